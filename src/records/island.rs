use serde::{Deserialize, Serialize};

use crate::ids::{IslandId, WikidataId};
use crate::records::Names;
use crate::time::Period;

/// What an island record stands for.
///
/// # Examples
///
/// ```
/// use island_claims::IslandKind;
/// let data = island_claims::datasets::kuril();
/// let kind = |id: &str| data.island(&id.parse().unwrap()).map(|i| i.kind);
/// assert_eq!(kind("south-kurils"), Some(IslandKind::Region));
/// assert_eq!(kind("habomai"), Some(IslandKind::Group));
/// assert_eq!(kind("shikotan"), Some(IslandKind::Island));
/// assert_eq!("low_tide_elevation".parse::<IslandKind>()?, IslandKind::LowTideElevation);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
    /// A part of one island, such as each side of a border drawn across it. Its `part_of`
    /// names the island (or a part of it, for a part divided again), and it usually has an
    /// `exists` period: from the settlement that drew the border.
    Part,
    /// A rock: in the sources' words (UNCLOS article 121(3)), a feature above water at high
    /// tide that cannot sustain human habitation or economic life of its own. Where the
    /// classification is itself disputed, give the kind the sources give and say so in a note.
    /// It is `part_of` a group or region, like an island.
    Rock,
    /// A low-tide elevation (UNCLOS article 13): above water at low tide and submerged at high
    /// tide, as a court or the sources class it. It is `part_of` a group or region, like an
    /// island.
    LowTideElevation,
}

impl IslandKind {
    /// Whether islands, groups and regions may be `part_of` a record of this kind: a group
    /// or a region. Parts are not members: see [`IslandKind::has_parts`].
    ///
    /// ```
    /// use island_claims::IslandKind;
    /// assert!(IslandKind::Group.has_members());
    /// assert!(!IslandKind::Island.has_members());
    /// assert!(!IslandKind::Part.has_members());
    /// ```
    #[must_use]
    pub fn has_members(self) -> bool {
        matches!(self, Self::Group | Self::Region)
    }

    /// Whether a [`Part`](IslandKind::Part) may be `part_of` a record of this kind: an
    /// island, or a part divided again.
    ///
    /// ```
    /// use island_claims::IslandKind;
    /// assert!(IslandKind::Island.has_parts());
    /// assert!(IslandKind::Part.has_parts());
    /// assert!(!IslandKind::Group.has_parts());
    /// ```
    #[must_use]
    pub fn has_parts(self) -> bool {
        matches!(self, Self::Island | Self::Part | Self::Rock | Self::LowTideElevation)
    }

    /// Whether a record of this kind may be `part_of` one of kind `whole`: a part of an
    /// island or part, anything else of a group or region.
    ///
    /// ```
    /// use island_claims::IslandKind;
    /// assert!(IslandKind::Part.may_be_part_of(IslandKind::Island));
    /// assert!(IslandKind::Island.may_be_part_of(IslandKind::Group));
    /// assert!(!IslandKind::Island.may_be_part_of(IslandKind::Part));
    /// assert!(!IslandKind::Part.may_be_part_of(IslandKind::Region));
    /// ```
    #[must_use]
    pub fn may_be_part_of(self, whole: Self) -> bool {
        if self == Self::Part { whole.has_parts() } else { whole.has_members() }
    }
}

/// A point on the globe: latitude and longitude in degrees (WGS 84).
///
/// # Examples
///
/// ```
/// use island_claims::{Island, IslandKind, Location};
/// let shikotan = Island::new("shikotan".parse()?, IslandKind::Island)
///     .with_location(Location { lat: 43.8, lon: 146.75 });
/// assert_eq!(shikotan.location.map(|l| l.lat), Some(43.8));
/// // In JSON, an object of two numbers.
/// assert_eq!(serde_json::to_value(shikotan.location)?, serde_json::json!({"lat": 43.8, "lon": 146.75}));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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

/// An island, a group of islands, a region or a part of an island that positions and events
/// can name.
///
/// A position on a group or region applies to every member, through `part_of`; a position on
/// an island applies to each of its parts, even to a part that came into being later (a claim
/// to the whole island in 2000 concerns each later half).
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
///
/// // One side of a border drawn across an island by a settlement.
/// let north = Island::new(IslandId::new("x-north")?, IslandKind::Part)
///     .with_part_of(IslandId::new("x")?)
///     .with_exists("2022-06-14/..".parse()?);
/// assert_eq!(north.exists.as_ref().map(|p| p.as_str()), Some("2022-06-14/.."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Island {
    /// Unique among islands.
    pub id: IslandId,
    /// Island, group, region or part.
    pub kind: IslandKind,
    /// Names by language.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// The group or region this belongs to; for a part, the island (or part) it divides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of: Option<IslandId>,
    /// When this island or part existed; `None` when no limit is known (most islands).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exists: Option<Period>,
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
    ///
    /// ```
    /// use island_claims::{Island, IslandKind};
    /// let yuri = Island::new("yuri".parse()?, IslandKind::Island);
    /// assert_eq!(yuri.id.as_str(), "yuri");
    /// assert!(yuri.names.is_empty() && yuri.part_of.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: IslandId, kind: IslandKind) -> Self {
        Self {
            id,
            kind,
            names: Names::new(),
            part_of: None,
            exists: None,
            area_km2: None,
            location: None,
            wikidata: None,
            note: None,
        }
    }

    /// This island, with these names.
    ///
    /// ```
    /// use island_claims::{Island, IslandKind, Names};
    /// let names = Names::new().with_name("en", "Shikotan")?.with_name("ja", "色丹島")?.with_name("ru", "Шикотан")?;
    /// let shikotan = Island::new("shikotan".parse()?, IslandKind::Island).with_names(names);
    /// assert_eq!(shikotan.names.get("ja"), Some("色丹島"));
    /// assert_eq!(shikotan.names.english(), Some("Shikotan"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_names(mut self, names: Names) -> Self {
        self.names = names;
        self
    }

    /// This island, as a member of `group` (or, for a part, as a part of that island).
    ///
    /// ```
    /// use island_claims::{Island, IslandKind};
    /// let suisho = Island::new("suisho".parse()?, IslandKind::Island).with_part_of("habomai".parse()?);
    /// assert_eq!(suisho.part_of.as_ref().map(|g| g.as_str()), Some("habomai"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_part_of(mut self, group: IslandId) -> Self {
        self.part_of = Some(group);
        self
    }

    /// This island or part, existing during `period`.
    ///
    /// ```
    /// use island_claims::{Island, IslandKind};
    /// // Hans Island was divided by the settlement of 2022.
    /// let north = Island::new("hans-canada".parse()?, IslandKind::Part)
    ///     .with_part_of("hans".parse()?)
    ///     .with_exists("2022-06-14/..".parse()?);
    /// assert_eq!(north.exists.as_ref().map(|p| p.as_str()), Some("2022-06-14/.."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_exists(mut self, period: Period) -> Self {
        self.exists = Some(period);
        self
    }

    /// This island, with its area in square kilometres.
    ///
    /// ```
    /// use island_claims::{Island, IslandKind};
    /// let iturup = Island::new("iturup".parse()?, IslandKind::Island).with_area_km2(3166.6);
    /// assert_eq!(iturup.area_km2, Some(3166.6));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_area_km2(mut self, area: f64) -> Self {
        self.area_km2 = Some(area);
        self
    }

    /// This island, with the point that places it.
    ///
    /// ```
    /// use island_claims::{Island, IslandKind, Location};
    /// let iturup = Island::new("iturup".parse()?, IslandKind::Island).with_location(Location { lat: 45.033, lon: 147.617 });
    /// assert_eq!(iturup.location.map(|l| l.lon), Some(147.617));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_location(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// This island, with its Wikidata item.
    ///
    /// ```
    /// use island_claims::{Island, IslandKind};
    /// let shikotan = Island::new("shikotan".parse()?, IslandKind::Island).with_wikidata("Q211370".parse()?);
    /// assert_eq!(shikotan.wikidata.map(|q| q.number()), Some(211370));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_wikidata(mut self, item: WikidataId) -> Self {
        self.wikidata = Some(item);
        self
    }

    /// This island, with a note.
    ///
    /// ```
    /// use island_claims::{Island, IslandKind};
    /// let iturup = Island::new("iturup".parse()?, IslandKind::Island).with_note("area as given by the Russian census");
    /// assert_eq!(iturup.note.as_deref(), Some("area as given by the Russian census"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}
