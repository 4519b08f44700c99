use serde::{Deserialize, Serialize};

use crate::ids::{PartyId, WikidataId};
use crate::records::{Names, is_empty};
use crate::time::Period;

/// What a party is.
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
pub enum PartyKind {
    /// A sovereign state.
    State,
    /// A ministry, parliament, party organ or other body of a state.
    GovernmentBody,
    /// An organisation that is not a state body: a news agency, an alliance.
    Organisation,
    /// A person.
    Person,
}

/// A person or body acting for a state during a period (Putin for Russia from 2012).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Representation {
    /// The party represented.
    pub party: PartyId,
    /// When.
    pub period: Period,
}

/// A state, government body, organisation or person that holds positions or takes part in
/// events.
///
/// # Examples
///
/// ```
/// use island_claims::{Names, Party, PartyId, PartyKind, Period};
///
/// let russia = Party::new(PartyId::new("russia")?, PartyKind::State)
///     .with_names(Names::new().with_name("en", "Russia")?)
///     .with_exists("1991-12-26/..".parse()?)
///     .with_successor_of(PartyId::new("ussr")?);
/// assert!(russia.successor_of.is_some());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Party {
    /// Unique among parties.
    pub id: PartyId,
    /// State, body, organisation or person.
    pub kind: PartyKind,
    /// Names by language.
    #[serde(default, skip_serializing_if = "Names::is_empty")]
    pub names: Names,
    /// When the party existed; `None` when no limit is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exists: Option<Period>,
    /// The party this one continues (Russia continues the USSR).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub successor_of: Option<PartyId>,
    /// The states or bodies this party acts for, and when.
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub represents: Vec<Representation>,
    /// The Wikidata item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<WikidataId>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Party {
    /// A party with only its id and kind.
    #[must_use]
    pub fn new(id: PartyId, kind: PartyKind) -> Self {
        Self {
            id,
            kind,
            names: Names::new(),
            exists: None,
            successor_of: None,
            represents: Vec::new(),
            wikidata: None,
            note: None,
        }
    }

    /// This party, with these names.
    #[must_use]
    pub fn with_names(mut self, names: Names) -> Self {
        self.names = names;
        self
    }

    /// This party, existing during `period`.
    #[must_use]
    pub fn with_exists(mut self, period: Period) -> Self {
        self.exists = Some(period);
        self
    }

    /// This party, as the successor of `predecessor`.
    #[must_use]
    pub fn with_successor_of(mut self, predecessor: PartyId) -> Self {
        self.successor_of = Some(predecessor);
        self
    }

    /// This party, acting for `party` during `period`.
    #[must_use]
    pub fn with_representation(mut self, party: PartyId, period: Period) -> Self {
        self.represents.push(Representation { party, period });
        self
    }
}
