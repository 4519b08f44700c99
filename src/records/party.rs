use std::fmt;

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use crate::ids::{PartyId, WikidataId};
use crate::records::object::read_exact;
use crate::records::{Attribution, Names, is_empty};
use crate::time::Period;

/// What a party is.
///
/// # Examples
///
/// ```
/// use island_claims::PartyKind;
/// let data = island_claims::datasets::kuril();
/// let kind = |id: &str| data.party(&id.parse().unwrap()).map(|p| p.kind);
/// assert_eq!(kind("japan"), Some(PartyKind::State));
/// assert_eq!(kind("putin"), Some(PartyKind::Person));
/// assert_eq!("government_body".parse::<PartyKind>()?, PartyKind::GovernmentBody);
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
pub enum PartyKind {
    /// A sovereign state.
    State,
    /// A ministry, parliament, party organ or other body of a state.
    GovernmentBody,
    /// An organisation that is not a state body: a news agency, an alliance.
    Organisation,
    /// A person.
    Person,
    /// A self-governing territory or an administrative division of a state: Greenland, a
    /// prefecture, an oblast, the Falkland Islands Government. Usually `part_of` its state.
    Territory,
    /// A people: the Chagossians, the Falkland Islanders. Never a side of a derived dispute.
    People,
}

/// A relation of one party to another during a period, with its sources: an entry of
/// [`Party::part_of`] (Greenland, part of the Kingdom of Denmark), [`Party::protected_by`] (a
/// protected state and the power that conducts its foreign relations) or
/// [`Party::represents`] (Putin, acting for Russia).
///
/// On each day, a position counts for the *outermost* party of its holder, reached through
/// the relations in force that day (see [`Dataset::disputes`](crate::Dataset::disputes)).
///
/// # Examples
///
/// ```
/// use island_claims::{Party, PartyId, PartyKind};
///
/// let greenland = Party::new(PartyId::new("greenland")?, PartyKind::Territory)
///     .with_part_of(PartyId::new("denmark")?, "1979-05-01/..".parse()?);
/// assert_eq!(greenland.part_of[0].party.as_str(), "denmark");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Relation {
    /// The other party: the whole, the protecting power, or the party represented.
    pub party: PartyId,
    /// When.
    pub period: Period,
    /// The sources of the relation and its dates, with `account_of` where they are one
    /// party's account.
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub attributions: Vec<Attribution>,
}

impl Relation {
    /// A relation to `party` during `period`, without sources.
    ///
    /// ```
    /// use island_claims::Relation;
    /// let r = Relation::new("denmark".parse()?, "1979-05-01/..".parse()?);
    /// assert_eq!((r.party.as_str(), r.period.as_str()), ("denmark", "1979-05-01/.."));
    /// assert!(r.attributions.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(party: PartyId, period: Period) -> Self {
        Self { party, period, attributions: Vec::new() }
    }

    /// This relation, with one more source.
    ///
    /// ```
    /// use island_claims::{Attribution, Relation};
    /// let r = Relation::new("denmark".parse()?, "1979-05-01/..".parse()?)
    ///     .with_attribution(Attribution::new("home-rule-act".parse()?));
    /// assert_eq!(r.attributions[0].source.as_str(), "home-rule-act");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_attribution(mut self, attribution: Attribution) -> Self {
        self.attributions.push(attribution);
        self
    }
}

/// Which list of a [`Party`] a [`Relation`] stands in.
///
/// # Examples
///
/// ```
/// use island_claims::{Party, PartyKind, RelationKind};
/// let putin = Party::new("putin".parse()?, PartyKind::Person)
///     .with_representation("russia".parse()?, "2012-05-07/..".parse()?);
/// let (kind, relation) = putin.relations().next().ok_or("a relation")?;
/// assert_eq!((kind, relation.party.as_str()), (RelationKind::Represents, "russia"));
/// assert_eq!(RelationKind::PartOf.to_string(), "part_of");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RelationKind {
    /// `part_of`: a territory part of its state, an emirate that joined a federation.
    PartOf,
    /// `protected_by`: a protected state and the power that conducts its foreign relations.
    ProtectedBy,
    /// `represents`: a person or body acting for a party.
    Represents,
}

/// An entry of [`Party::represents`]: a [`Relation`], by its name before version 3.
#[deprecated(note = "write `Relation`: one type holds every relation between parties")]
pub type Representation = Relation;

/// An entry of [`Party::part_of`]: a [`Relation`], by its name before version 3.
#[deprecated(note = "write `Relation`: one type holds every relation between parties")]
pub type Membership = Relation;

/// One line of succession: an entry of [`Party::successor_of`], naming a party this one
/// continues, and who contests that it does.
///
/// In JSON an uncontested succession is the predecessor's id alone (`"ussr"`); a contested
/// one is an object `{"party": "china", "contested_by": ["roc"], "attributions": [...]}`,
/// whose `attributions` are the sources of the succession and of its contest. A succession
/// is contested when `contested_by` is not empty;
/// [`follow_succession`](crate::PositionQuery::follow_succession) does not follow it,
/// [`follow_contested_succession`](crate::PositionQuery::follow_contested_succession) does.
///
/// # Examples
///
/// ```
/// use island_claims::{Attribution, PartyId, SourceId, Succession};
///
/// let plain = Succession::new(PartyId::new("ussr")?);
/// assert!(!plain.is_contested());
/// let contested = Succession::new(PartyId::new("china")?)
///     .with_contested_by(PartyId::new("roc")?)
///     .with_attribution(Attribution::new(SourceId::new("un-2758")?));
/// assert!(contested.is_contested());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Succession {
    /// The party continued (the predecessor).
    pub party: PartyId,
    /// The parties that contest this succession: another government claiming to continue
    /// the same predecessor, say. Empty for an uncontested succession.
    #[serde(default, deserialize_with = "crate::records::object::list", skip_serializing_if = "is_empty")]
    pub contested_by: Vec<PartyId>,
    /// The sources of the succession and of its contest.
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub attributions: Vec<Attribution>,
}

impl Succession {
    /// An uncontested succession of `party`, without sources.
    ///
    /// ```
    /// use island_claims::Succession;
    /// let s = Succession::new("ussr".parse()?);
    /// assert_eq!(s.party.as_str(), "ussr");
    /// assert!(!s.is_contested() && s.attributions.is_empty());
    /// // In a party's JSON, an uncontested succession is the predecessor's id alone.
    /// let russia = island_claims::Party::new("russia".parse()?, island_claims::PartyKind::State).with_succession(s);
    /// assert_eq!(serde_json::to_value(&russia)?["successor_of"], "ussr");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(party: PartyId) -> Self {
        Self { party, contested_by: Vec::new(), attributions: Vec::new() }
    }

    /// This succession, contested by `party` as well.
    ///
    /// ```
    /// use island_claims::Succession;
    /// let s = Succession::new("china".parse()?).with_contested_by("prc".parse()?);
    /// assert_eq!(s.contested_by[0].as_str(), "prc");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_contested_by(mut self, party: PartyId) -> Self {
        self.contested_by.push(party);
        self
    }

    /// This succession, with one more source.
    ///
    /// ```
    /// use island_claims::{Attribution, Succession};
    /// let s = Succession::new("china".parse()?)
    ///     .with_contested_by("prc".parse()?)
    ///     .with_attribution(Attribution::new("unga-2758".parse()?));
    /// assert_eq!(s.attributions[0].source.as_str(), "unga-2758");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_attribution(mut self, attribution: Attribution) -> Self {
        self.attributions.push(attribution);
        self
    }

    /// Whether some party contests this succession.
    ///
    /// ```
    /// use island_claims::Succession;
    /// assert!(!Succession::new("ussr".parse()?).is_contested());
    /// assert!(Succession::new("china".parse()?).with_contested_by("prc".parse()?).is_contested());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_contested(&self) -> bool {
        !self.contested_by.is_empty()
    }

    /// Whether the succession is written as the predecessor's id alone: uncontested and
    /// without sources.
    fn is_plain(&self) -> bool {
        self.contested_by.is_empty() && self.attributions.is_empty()
    }
}

/// A succession read from an id (`"ussr"`) or from an object.
impl<'de> Deserialize<'de> for Succession {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(SuccessionVisitor { list: false }).and_then(|mut v: Vec<Succession>| {
            v.pop().ok_or_else(|| de::Error::custom("expected a party id or an object"))
        })
    }
}

/// Reads `successor_of`: an id, an object, or a list of ids and objects. With `list` false,
/// a list is refused (a list item is one succession).
struct SuccessionVisitor {
    list: bool,
}

impl<'de> Visitor<'de> for SuccessionVisitor {
    type Value = Vec<Succession>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.list {
            f.write_str("a party id, an object {party, contested_by, attributions}, or a list of them")
        } else {
            f.write_str("a party id or an object {party, contested_by, attributions}")
        }
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        PartyId::new(v).map(|p| vec![Succession::new(p)]).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        SuccessionObject::deserialize(MapAccessDeserializer::new(map)).map(|s| vec![s.into()])
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        if !self.list {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        read_exact(seq, |s: Succession| s)
    }
}

/// The object form of a [`Succession`], read by serde's derive.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SuccessionObject {
    party: PartyId,
    #[serde(default, deserialize_with = "crate::records::object::list")]
    contested_by: Vec<PartyId>,
    #[serde(default, deserialize_with = "crate::records::object::objects")]
    attributions: Vec<Attribution>,
}

impl From<SuccessionObject> for Succession {
    fn from(o: SuccessionObject) -> Self {
        Self { party: o.party, contested_by: o.contested_by, attributions: o.attributions }
    }
}

/// `deserialize_with` for `successor_of`.
fn successor_of<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<Succession>, D::Error> {
    deserializer.deserialize_any(SuccessionVisitor { list: true })
}

/// `serialize_with` for `successor_of`: one plain succession as its id alone, as version 1
/// wrote it; otherwise a list, each plain succession as its id and the others as objects.
fn write_successor_of<S: Serializer>(lines: &[Succession], serializer: S) -> Result<S::Ok, S::Error> {
    struct Line<'a>(&'a Succession);
    impl Serialize for Line<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            if self.0.is_plain() { self.0.party.serialize(serializer) } else { self.0.serialize(serializer) }
        }
    }
    match lines {
        [one] if one.is_plain() => Line(one).serialize(serializer),
        _ => {
            let mut seq = serializer.serialize_seq(Some(lines.len()))?;
            for line in lines {
                seq.serialize_element(&Line(line))?;
            }
            seq.end()
        }
    }
}

/// The JSON Schema of `successor_of`: an id, or a list of ids and objects.
#[cfg(feature = "schema")]
fn successor_of_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let id = generator.subschema_for::<PartyId>();
    let line = generator.subschema_for::<Succession>();
    schemars::json_schema!({
        "anyOf": [
            id.clone(),
            {"type": "array", "items": {"anyOf": [id, line]}}
        ]
    })
}

/// A state, territory, government body, organisation or person that holds positions or takes part in
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
/// assert_eq!(russia.successor_of[0].party.as_str(), "ussr");
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
    /// The parties this one continues (Russia continues the USSR), each perhaps contested.
    /// In JSON an id, or a list of ids and [`Succession`] objects.
    #[serde(
        default,
        deserialize_with = "successor_of",
        serialize_with = "write_successor_of",
        skip_serializing_if = "is_empty"
    )]
    #[cfg_attr(feature = "schema", schemars(schema_with = "successor_of_schema"))]
    pub successor_of: Vec<Succession>,
    /// The states or bodies this party acts for, and when.
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub represents: Vec<Relation>,
    /// The parties this one is part of, and when (Greenland, part of the Kingdom of Denmark).
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub part_of: Vec<Relation>,
    /// The powers that conduct this party's foreign relations, and when (a protected state).
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub protected_by: Vec<Relation>,
    /// The Wikidata item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<WikidataId>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Party {
    /// A party with only its id and kind.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let japan = Party::new("japan".parse()?, PartyKind::State);
    /// assert_eq!(japan.id.as_str(), "japan");
    /// assert!(japan.names.is_empty() && japan.exists.is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: PartyId, kind: PartyKind) -> Self {
        Self {
            id,
            kind,
            names: Names::new(),
            exists: None,
            successor_of: Vec::new(),
            represents: Vec::new(),
            part_of: Vec::new(),
            protected_by: Vec::new(),
            wikidata: None,
            note: None,
        }
    }

    /// This party, with these names.
    ///
    /// ```
    /// use island_claims::{Names, Party, PartyKind};
    /// let japan = Party::new("japan".parse()?, PartyKind::State)
    ///     .with_names(Names::new().with_name("en", "Japan")?.with_name("ja", "日本")?);
    /// assert_eq!(japan.names.get("ja"), Some("日本"));
    /// // Any name finds it once it is in a dataset; the embedded one has it so.
    /// let data = island_claims::datasets::kuril();
    /// assert_eq!(data.find_parties("日本")[0].id, japan.id);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_names(mut self, names: Names) -> Self {
        self.names = names;
        self
    }

    /// This party, existing during `period`.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let ussr = Party::new("ussr".parse()?, PartyKind::State).with_exists("1922-12-30/1991-12-26".parse()?);
    /// assert_eq!(ussr.exists.as_ref().map(|p| p.as_str()), Some("1922-12-30/1991-12-26"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_exists(mut self, period: Period) -> Self {
        self.exists = Some(period);
        self
    }

    /// This party, as the uncontested successor of `predecessor` (one more line of
    /// succession, beside any already given).
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let russia = Party::new("russia".parse()?, PartyKind::State).with_successor_of("ussr".parse()?);
    /// assert_eq!(russia.successor_of[0].party.as_str(), "ussr");
    /// assert!(!russia.successor_of[0].is_contested());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_successor_of(mut self, predecessor: PartyId) -> Self {
        self.successor_of.push(Succession::new(predecessor));
        self
    }

    /// This party, with one more line of succession, contested or not.
    ///
    /// ```
    /// use island_claims::{Party, PartyId, PartyKind, Succession};
    ///
    /// let roc = Party::new(PartyId::new("roc")?, PartyKind::State)
    ///     .with_succession(Succession::new(PartyId::new("china")?).with_contested_by(PartyId::new("prc")?));
    /// assert!(roc.successor_of[0].is_contested());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_succession(mut self, succession: Succession) -> Self {
        self.successor_of.push(succession);
        self
    }

    /// This party, part of `party` during `period`.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let oblast = Party::new("sakhalin-oblast".parse()?, PartyKind::Territory)
    ///     .with_part_of("ussr".parse()?, "1947-01-02/1991-12-26".parse()?)
    ///     .with_part_of("russia".parse()?, "1991-12-26/..".parse()?);
    /// let states: Vec<&str> = oblast.part_of.iter().map(|r| r.party.as_str()).collect();
    /// assert_eq!(states, ["ussr", "russia"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_part_of(mut self, party: PartyId, period: Period) -> Self {
        self.part_of.push(Relation::new(party, period));
        self
    }

    /// This party, protected by `party` during `period`: `party` conducts its foreign
    /// relations, and its positions count for `party` then.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let emirate = Party::new("sharjah".parse()?, PartyKind::State)
    ///     .with_protected_by("united-kingdom".parse()?, "1820/1971-12-01".parse()?);
    /// assert_eq!(emirate.protected_by[0].party.as_str(), "united-kingdom");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_protected_by(mut self, party: PartyId, period: Period) -> Self {
        self.protected_by.push(Relation::new(party, period));
        self
    }

    /// This party, with one more relation of `part_of`, `protected_by` or `represents`, with
    /// its sources.
    ///
    /// ```
    /// use island_claims::{Attribution, Party, PartyKind, Relation, RelationKind};
    /// let greenland = Party::new("greenland".parse()?, PartyKind::Territory).with_relation(
    ///     RelationKind::PartOf,
    ///     Relation::new("denmark".parse()?, "1979-05-01/..".parse()?).with_attribution(Attribution::new("act".parse()?)),
    /// );
    /// assert_eq!(greenland.part_of[0].attributions.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_relation(mut self, kind: RelationKind, relation: Relation) -> Self {
        match kind {
            RelationKind::PartOf => self.part_of.push(relation),
            RelationKind::ProtectedBy => self.protected_by.push(relation),
            RelationKind::Represents => self.represents.push(relation),
        }
        self
    }

    /// Its relations to other parties, each with its kind: `part_of`, then `protected_by`,
    /// then `represents`.
    ///
    /// ```
    /// use island_claims::RelationKind;
    /// let data = island_claims::datasets::kuril();
    /// let putin = data.party(&"putin".parse()?).ok_or("Putin")?;
    /// let kinds: Vec<(RelationKind, &str)> = putin.relations().map(|(k, r)| (k, r.party.as_str())).collect();
    /// assert!(kinds.contains(&(RelationKind::Represents, "russia")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn relations(&self) -> impl Iterator<Item = (RelationKind, &Relation)> {
        fn of(kind: RelationKind, list: &[Relation]) -> impl Iterator<Item = (RelationKind, &Relation)> {
            list.iter().map(move |r| (kind, r))
        }
        of(RelationKind::PartOf, &self.part_of)
            .chain(of(RelationKind::ProtectedBy, &self.protected_by))
            .chain(of(RelationKind::Represents, &self.represents))
    }

    /// This party, acting for `party` during `period`.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let putin = Party::new("putin".parse()?, PartyKind::Person)
    ///     .with_representation("russia".parse()?, "2000-05-07/2008-05-07".parse()?)
    ///     .with_representation("russia".parse()?, "2012-05-07/..".parse()?);
    /// assert_eq!(putin.represents.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_representation(mut self, party: PartyId, period: Period) -> Self {
        self.represents.push(Relation::new(party, period));
        self
    }

    /// This party, with its Wikidata item.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let japan = Party::new("japan".parse()?, PartyKind::State).with_wikidata("Q17".parse()?);
    /// assert_eq!(japan.wikidata.map(|q| q.to_string()), Some("Q17".to_owned()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_wikidata(mut self, item: WikidataId) -> Self {
        self.wikidata = Some(item);
        self
    }

    /// This party, with a note.
    ///
    /// ```
    /// use island_claims::{Party, PartyKind};
    /// let p = Party::new("south-sakhalin-oblast".parse()?, PartyKind::Territory).with_note("merged into Sakhalin Oblast in 1947");
    /// assert_eq!(p.note.as_deref(), Some("merged into Sakhalin Oblast in 1947"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}
