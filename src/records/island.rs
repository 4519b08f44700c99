use serde::{Deserialize, Serialize};

use crate::ids::{IslandId, WikidataId};
use crate::records::Names;

/// What an island record stands for.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum IslandKind {
    /// A single island or islet.
    Island,
    /// A named group of islands, such as the Habomai islets.
    Group,
    /// A wider region, such as the southern Kurils; may hold groups and islands.
    Region,
}

impl IslandKind {
    /// Whether other islands may be `part_of` a record of this kind.
    #[must_use]
    pub fn has_members(self) -> bool {
        matches!(self, Self::Group | Self::Region)
    }
}

/// A point on the globe: latitude and longitude in degrees (WGS 84).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Latitude, -90 to 90, north positive.
    #[cfg_attr(feature = "schema", schemars(range(min = -90.0, max = 90.0)))]
    pub lat: f64,
    /// Longitude, -180 to 180, east positive.
    #[cfg_attr(feature = "schema", schemars(range(min = -180.0, max = 180.0)))]
    pub lon: f64,
}

/// An island, a group of islands or a region that positions and events can name.
///
/// A position on a group or region applies to every member, through `part_of`.
///
/// # Examples
///
/// ```
/// use island_claims::{Island, IslandId, IslandKind, Names};
///
/// let shikotan = Island::new(IslandId::new("shikotan")?, IslandKind::Island)
///     .with_names(Names::new().with_name("en", "Shikotan")?)
///     .with_part_of(IslandId::new("south-kurils")?);
/// assert_eq!(shikotan.part_of.as_ref().map(|i| i.as_str()), Some("south-kurils"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Island {
    /// Unique among islands.
    pub id: IslandId,
    /// Island, group or region.
    pub kind: IslandKind,
    /// Names by language.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// The group or region this belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<IslandId>,
    /// Land area in square kilometres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 0.0)))]
    pub area_km2: Option<f64>,
    /// A representative point.
    #[serde(
        default,
        deserialize_with = "crate::records::object::optional_object",
        skip_serializing_if = "Option::is_none"
    )]
    pub location: Option<Location>,
    /// The Wikidata item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<WikidataId>,
    /// Free text: where sources disagree, which figure was chosen and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Island {
    /// An island with only its id and kind.
    #[must_use]
    pub fn new(id: IslandId, kind: IslandKind) -> Self {
        Self {
            id,
            kind,
            names: Names::new(),
            part_of: None,
            area_km2: None,
            location: None,
            wikidata: None,
            note: None,
        }
    }

    /// This island, with these names.
    #[must_use]
    pub fn with_names(mut self, names: Names) -> Self {
        self.names = names;
        self
    }

    /// This island, as a member of `group`.
    #[must_use]
    pub fn with_part_of(mut self, group: IslandId) -> Self {
        self.part_of = Some(group);
        self
    }
}
