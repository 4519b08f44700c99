//! [`Dataset::conflicts`]: accounts that cannot both be true: of one party's positions, and
//! of one event.

use serde::{Deserialize as DeriveDeserialize, Serialize as DeriveSerialize};

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::records::{Attribution, Event, Position, Relation, RelationKind};
use crate::resolve::{At, IslandIx, PartyIx, RankIx, UnionFind};
use crate::time::{Certainty, NEG_INF, POS_INF, Period};

/// Why two positions, or two accounts of one event, cannot both be true.
///
/// # Examples
///
/// ```
/// use island_claims::ConflictKind;
/// let kinds: Vec<ConflictKind> = island_claims::datasets::kuril().conflicts().iter().map(|c| c.kind()).collect();
/// assert_eq!(kinds[..3], [ConflictKind::Scope, ConflictKind::Scope, ConflictKind::Stance]);
/// assert_eq!(ConflictKind::Date.to_string(), "date");
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
    DeriveSerialize,
    DeriveDeserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ConflictKind {
    /// Incompatible stances on shared islands
    /// ([`Stance::is_incompatible_with`](crate::Stance::is_incompatible_with)): one account
    /// says the party renounced an island, another that it claimed it.
    Stance,
    /// The same stance towards the same counterpart on different, overlapping island sets:
    /// according to Putin, Japan in 1956 claimed two islands; according to Japan, four.
    Scope,
    /// Two accounts of one event (linked by `same_as`) whose dates surely differ: no day is a
    /// possible reading of both. Which day a garrison surrendered.
    Date,
    /// Two accounts of one event whose dates may agree but which name different islands
    /// (expanded through groups): where a flag was planted.
    Islands,
    /// Two holders' title (`holds_title`) to shared islands at a time both may hold, from
    /// different accounts and not alternatives of one group: title is exclusive (a court
    /// found for one state, a treaty for the other).
    Title,
    /// Two accounts of one relation of a party (`part_of`, `protected_by` or `represents` the
    /// same party) that may be of the same stint but whose starts or ends surely differ: the
    /// day an emirate joined a federation.
    Relation,
}

impl ConflictKind {
    /// Whether this kind is of two accounts of one event ([`EventConflict`]) rather than of
    /// two positions ([`PositionConflict`]).
    ///
    /// ```
    /// use island_claims::ConflictKind;
    /// assert!(ConflictKind::Date.is_of_events());
    /// assert!(!ConflictKind::Scope.is_of_events());
    /// ```
    #[must_use]
    pub fn is_of_events(self) -> bool {
        matches!(self, Self::Date | Self::Islands)
    }
}

/// Two accounts that cannot both be true: two positions of one party, or two accounts of
/// one event.
///
/// Both kinds say [why](Self::kind), on [which islands](Self::islands) and [per which
/// sources](Self::sources); the rest is on the kind's own type. A conflict serializes as its
/// kind's type does: a position conflict has `positions` and `party`, an event conflict
/// `events`.
///
/// # Examples
///
/// ```
/// use island_claims::{Conflict, ConflictKind};
/// let data = island_claims::datasets::kuril();
/// for c in data.conflicts() {
///     match &c {
///         Conflict::Positions(p) => println!("{}: {} / {}", p.party(), p.positions().0.id, p.positions().1.id),
///         Conflict::Events(e) => println!("one event: {} / {}", e.events().0.id, e.events().1.id),
///         _ => {}
///     }
/// }
/// assert_eq!(data.conflicts()[0].kind(), ConflictKind::Scope);
/// assert!(data.conflicts()[0].as_events().is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Conflict<'a> {
    /// Two positions of one party ([`ConflictKind::Stance`], [`ConflictKind::Scope`]).
    Positions(PositionConflict<'a>),
    /// Two accounts of one event ([`ConflictKind::Date`], [`ConflictKind::Islands`]).
    Events(EventConflict<'a>),
    /// Two accounts of one relation between parties ([`ConflictKind::Relation`]).
    Relations(RelationConflict<'a>),
}

impl<'a> Conflict<'a> {
    /// Why they cannot both be true.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// // Two US accounts of which islands it recognised as Japanese (1952 and 1954).
    /// let first = &conflicts[0];
    /// assert_eq!(first.kind(), island_claims::ConflictKind::Scope);
    /// ```
    #[must_use]
    pub fn kind(&self) -> ConflictKind {
        match self {
            Self::Positions(c) => c.kind,
            Self::Events(c) => c.kind,
            Self::Relations(_) => ConflictKind::Relation,
        }
    }

    /// The islands they disagree on, expanded through groups, in dataset order (see
    /// [`PositionConflict::islands`], [`EventConflict::islands`]). They borrow the dataset, not
    /// the conflict, so `data.conflicts()[0].islands()` outlives the list of conflicts.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// // Two US accounts of which islands it recognised as Japanese (1952 and 1954).
    /// let first = &conflicts[0];
    /// let islands: Vec<&str> = first.islands().iter().map(|i| i.as_str()).collect();
    /// assert_eq!(islands, ["habomai", "suisho", "akiyuri", "shibotsu", "taraku", "kaigara"]);
    /// ```
    #[must_use]
    pub fn islands(&self) -> Vec<&'a IslandId> {
        match self {
            Self::Positions(c) => c.islands.clone(),
            Self::Events(c) => c.islands.clone(),
            Self::Relations(_) => Vec::new(),
        }
    }

    /// The sources of both, first's then second's, without repeats.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// // Two US accounts of which islands it recognised as Japanese (1952 and 1954).
    /// let first = &conflicts[0];
    /// let sources: Vec<&str> = first.sources().iter().map(|s| s.as_str()).collect();
    /// assert_eq!(sources, ["frus-1952-54-v08-d531", "frus-1952-54-v14p2-d833", "frus-1952-54-v14p2-d846"]);
    /// ```
    #[must_use]
    pub fn sources(&self) -> Vec<&'a SourceId> {
        match self {
            Self::Positions(c) => c.sources.clone(),
            Self::Events(c) => c.sources.clone(),
            Self::Relations(c) => c.sources.clone(),
        }
    }

    /// The conflict of two positions, if it is one.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// // Two US accounts of which islands it recognised as Japanese (1952 and 1954).
    /// let first = &conflicts[0];
    /// assert_eq!(first.as_positions().map(|p| p.party().as_str()), Some("united-states"));
    /// assert!(first.as_events().is_none());
    /// ```
    #[must_use]
    pub fn as_positions(&self) -> Option<&PositionConflict<'a>> {
        match self {
            Self::Positions(c) => Some(c),
            Self::Events(_) | Self::Relations(_) => None,
        }
    }

    /// The conflict of two accounts of one event, if it is one.
    ///
    /// ```
    /// let data = island_claims::datasets::spratly();
    /// let conflicts = data.conflicts();
    /// let maps = conflicts.iter().find_map(|c| c.as_events()).ok_or("an event conflict")?;
    /// assert_eq!(maps.events().0.id.as_str(), "roc-map-1947");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_events(&self) -> Option<&EventConflict<'a>> {
        match self {
            Self::Events(c) => Some(c),
            Self::Positions(_) | Self::Relations(_) => None,
        }
    }

    /// The conflict of two accounts of one relation, if it is one.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(r#"{"format": "island-claims/3",
    ///   "parties": [{"id": "federation", "kind": "state"},
    ///     {"id": "emirate", "kind": "state", "part_of": [
    ///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
    ///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
    ///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    ///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
    /// let conflicts = data.conflicts();
    /// assert_eq!(conflicts[0].as_relations().map(|r| r.with().as_str()), Some("federation"));
    /// assert!(conflicts[0].as_positions().is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_relations(&self) -> Option<&RelationConflict<'a>> {
        match self {
            Self::Relations(c) => Some(c),
            Self::Positions(_) | Self::Events(_) => None,
        }
    }
}

/// Two positions of one party that may hold at the same time, come from different
/// accounts, and cannot both be true.
///
/// It serializes as an object with the fields `positions` (the two ids, earlier start
/// first), `party`, `kind` (`"stance"` or `"scope"`), `islands` (the ids they disagree on),
/// `overlap` (EDTF), `certainty` of the overlap, and `sources` (the ids of both, without
/// repeats).
///
/// # Examples
///
/// ```
/// use island_claims::{Certainty, ConflictKind};
/// let data = island_claims::datasets::kuril();
/// let conflicts = data.conflicts();
/// let c = conflicts[0].as_positions().unwrap();
/// // Two accounts of which islands the United States recognised as Japanese: Yuri Island
/// // alone (1952), or all the Habomai Islands (1954).
/// assert_eq!(c.kind(), ConflictKind::Scope);
/// assert_eq!(c.party().as_str(), "united-states");
/// assert_eq!(c.positions().0.id.as_str(), "us-yuri-japanese-1952");
/// assert_eq!(c.positions().1.id.as_str(), "us-habomai-japanese-1954");
/// assert_eq!(c.overlap().as_str(), "[1951-09-05..1952-10-17]/1956-09-06");
/// assert_eq!(c.certainty(), Certainty::Definite);
/// let disputed: Vec<&str> = c.islands().iter().map(|i| i.as_str()).collect();
/// assert_eq!(disputed, ["habomai", "suisho", "akiyuri", "shibotsu", "taraku", "kaigara"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct PositionConflict<'a> {
    kind: ConflictKind,
    positions: (&'a Position, &'a Position),
    islands: Vec<&'a IslandId>,
    overlap: Period,
    certainty: Certainty,
    sources: Vec<&'a SourceId>,
}

impl<'a> PositionConflict<'a> {
    /// Why they cannot both be true.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// assert_eq!(us.kind(), island_claims::ConflictKind::Scope);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> ConflictKind {
        self.kind
    }

    /// The two positions, the one that starts earlier (then the smaller id) first.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// let (a, b) = us.positions();
    /// assert_eq!((a.id.as_str(), b.id.as_str()), ("us-yuri-japanese-1952", "us-habomai-japanese-1954"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn positions(&self) -> (&'a Position, &'a Position) {
        self.positions
    }

    /// The party both positions are of; for a [`ConflictKind::Title`] conflict, of two
    /// holders, the first one's.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// assert_eq!(us.party().as_str(), "united-states");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn party(&self) -> &'a PartyId {
        &self.positions.0.holder
    }

    /// The islands they disagree on, expanded through groups, in dataset order: for a
    /// stance conflict those both cover, for a scope conflict those only one covers.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// assert_eq!(us.islands()[0].as_str(), "habomai");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn islands(&self) -> Vec<&'a IslandId> {
        self.islands.clone()
    }

    /// When both may hold: its hull is the days both hulls share. Its ends are the later
    /// of the two starts and the earlier of the two ends, as written in the positions.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// assert_eq!(us.overlap().as_str(), "[1951-09-05..1952-10-17]/1956-09-06");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn overlap(&self) -> Period {
        self.overlap.clone()
    }

    /// `Definite` when the two surely hold at some common time (on every reading of their
    /// dates), `Possible` when only some readings overlap.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// assert_eq!(us.certainty(), island_claims::Certainty::Definite);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// The sources of both positions, first's then second's, without repeats.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let conflicts = data.conflicts();
    /// let us = conflicts[0].as_positions().ok_or("a conflict of positions")?;
    /// assert_eq!(us.sources().len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> Vec<&'a SourceId> {
        self.sources.clone()
    }
}

/// Two events that are accounts of one happening (linked by `same_as`, directly or through
/// other accounts), come from different accounts, and disagree: on the date, or on the
/// islands.
///
/// It serializes as an object with the fields `events` (the two ids, in dataset order),
/// `kind` (`"date"` or `"islands"`), `islands` (the ids only one names) and `sources` (the
/// ids of both, without repeats).
///
/// # Examples
///
/// ```
/// use island_claims::{ConflictKind, Dataset};
///
/// let data = Dataset::from_json(r#"{"format": "island-claims/2",
///   "islands": [{"id": "isle", "kind": "island"}],
///   "parties": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}],
///   "sources": [{"id": "s", "kind": "scholarship", "title": "Surrender", "published": "2000"}],
///   "events": [
///     {"id": "per-a", "kind": "military_action", "when": "1945-09-01", "title": "Surrender",
///      "islands": ["isle"], "attributions": [{"source": "s", "account_of": "a"}]},
///     {"id": "per-b", "kind": "military_action", "when": "1945-09-05", "title": "Surrender",
///      "islands": ["isle"], "same_as": "per-a", "attributions": [{"source": "s", "account_of": "b"}]}]}"#)?;
/// let conflicts = data.conflicts();
/// let c = conflicts[0].as_events().unwrap();
/// assert_eq!(c.kind(), ConflictKind::Date);
/// assert_eq!((c.events().0.id.as_str(), c.events().1.id.as_str()), ("per-a", "per-b"));
/// assert!(c.islands().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct EventConflict<'a> {
    kind: ConflictKind,
    events: (&'a Event, &'a Event),
    islands: Vec<&'a IslandId>,
    sources: Vec<&'a SourceId>,
}

impl<'a> EventConflict<'a> {
    /// [`ConflictKind::Date`] when their dates surely differ (whatever their islands),
    /// else [`ConflictKind::Islands`].
    ///
    /// ```
    /// let data = island_claims::datasets::spratly();
    /// let conflicts = data.conflicts();
    /// // The ROC's account dates the map of the islands 1947; the PRC's, 1948.
    /// let maps = conflicts.iter().find_map(|c| c.as_events()).ok_or("an event conflict")?;
    /// assert_eq!(maps.kind(), island_claims::ConflictKind::Date);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> ConflictKind {
        self.kind
    }

    /// The two accounts, in dataset order.
    ///
    /// ```
    /// let data = island_claims::datasets::spratly();
    /// let conflicts = data.conflicts();
    /// // The ROC's account dates the map of the islands 1947; the PRC's, 1948.
    /// let maps = conflicts.iter().find_map(|c| c.as_events()).ok_or("an event conflict")?;
    /// let (a, b) = maps.events();
    /// assert_eq!((a.when.as_str(), b.when.as_str()), ("1947", "1948-02"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn events(&self) -> (&'a Event, &'a Event) {
        self.events
    }

    /// The islands only one of them names, expanded through groups, in dataset order. Empty
    /// when they name the same islands, or when either names none (an account silent on
    /// where says nothing against another's): so a [`ConflictKind::Date`] conflict may list
    /// islands too, when the accounts differ on both.
    ///
    /// ```
    /// let data = island_claims::datasets::spratly();
    /// let conflicts = data.conflicts();
    /// // The ROC's account dates the map of the islands 1947; the PRC's, 1948.
    /// let maps = conflicts.iter().find_map(|c| c.as_events()).ok_or("an event conflict")?;
    /// // They disagree on the date, not on the islands.
    /// assert!(maps.islands().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn islands(&self) -> Vec<&'a IslandId> {
        self.islands.clone()
    }

    /// The sources of both, first's then second's, without repeats.
    ///
    /// ```
    /// let data = island_claims::datasets::spratly();
    /// let conflicts = data.conflicts();
    /// // The ROC's account dates the map of the islands 1947; the PRC's, 1948.
    /// let maps = conflicts.iter().find_map(|c| c.as_events()).ok_or("an event conflict")?;
    /// let sources: Vec<&str> = maps.sources().iter().map(|s| s.as_str()).collect();
    /// assert_eq!(sources, ["spr-cato-2016-07-14-moi", "spr-prc-gov-statement-2016"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> Vec<&'a SourceId> {
        self.sources.clone()
    }
}

/// Two accounts of one relation of a party: two entries of its `part_of`, `protected_by` or
/// `represents` naming the same party, from different accounts, that may be of one stint (their
/// periods may overlap) but whose starts or ends surely differ.
///
/// It serializes as [`OwnedRelationConflict`](crate::query::OwnedRelationConflict) does: `party`,
/// `relation` (`part_of`, `protected_by` or `represents`), `with` (the other party), `kind`
/// (`"relation"`), `periods` (the two, in the party's order) and `sources`.
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
///
/// let data = Dataset::from_json(r#"{"format": "island-claims/3",
///   "parties": [{"id": "federation", "kind": "state"},
///     {"id": "emirate", "kind": "state", "part_of": [
///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
/// let conflicts = data.conflicts();
/// let c = conflicts[0].as_relations().unwrap();
/// assert_eq!((c.party().as_str(), c.with().as_str()), ("emirate", "federation"));
/// assert_eq!(c.relations().1.period.as_str(), "1972-02-10/..");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct RelationConflict<'a> {
    party: &'a PartyId,
    kind: RelationKind,
    relations: (&'a Relation, &'a Relation),
    sources: Vec<&'a SourceId>,
}

impl<'a> RelationConflict<'a> {
    /// The party whose relation it is.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(r#"{"format": "island-claims/3",
    ///   "parties": [{"id": "federation", "kind": "state"},
    ///     {"id": "emirate", "kind": "state", "part_of": [
    ///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
    ///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
    ///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    ///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
    /// let conflicts = data.conflicts();
    /// let joined = conflicts[0].as_relations().ok_or("a relation conflict")?;
    /// assert_eq!(joined.party().as_str(), "emirate");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn party(&self) -> &'a PartyId {
        self.party
    }

    /// Which relation: `part_of`, `protected_by` or `represents`.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(r#"{"format": "island-claims/3",
    ///   "parties": [{"id": "federation", "kind": "state"},
    ///     {"id": "emirate", "kind": "state", "part_of": [
    ///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
    ///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
    ///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    ///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
    /// let conflicts = data.conflicts();
    /// let joined = conflicts[0].as_relations().ok_or("a relation conflict")?;
    /// assert_eq!(joined.relation(), island_claims::RelationKind::PartOf);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn relation(&self) -> RelationKind {
        self.kind
    }

    /// The party both entries name.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(r#"{"format": "island-claims/3",
    ///   "parties": [{"id": "federation", "kind": "state"},
    ///     {"id": "emirate", "kind": "state", "part_of": [
    ///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
    ///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
    ///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    ///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
    /// let conflicts = data.conflicts();
    /// let joined = conflicts[0].as_relations().ok_or("a relation conflict")?;
    /// assert_eq!(joined.with().as_str(), "federation");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with(&self) -> &'a PartyId {
        &self.relations.0.party
    }

    /// The two entries, in the party's order.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(r#"{"format": "island-claims/3",
    ///   "parties": [{"id": "federation", "kind": "state"},
    ///     {"id": "emirate", "kind": "state", "part_of": [
    ///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
    ///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
    ///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    ///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
    /// let conflicts = data.conflicts();
    /// let joined = conflicts[0].as_relations().ok_or("a relation conflict")?;
    /// let (a, b) = joined.relations();
    /// assert_eq!((a.period.as_str(), b.period.as_str()), ("1971-12-02/..", "1972-02-10/.."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn relations(&self) -> (&'a Relation, &'a Relation) {
        self.relations
    }

    /// The sources of both, first's then second's, without repeats.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(r#"{"format": "island-claims/3",
    ///   "parties": [{"id": "federation", "kind": "state"},
    ///     {"id": "emirate", "kind": "state", "part_of": [
    ///       {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a"}]},
    ///       {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]}],
    ///   "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    ///     {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#)?;
    /// let conflicts = data.conflicts();
    /// let joined = conflicts[0].as_relations().ok_or("a relation conflict")?;
    /// assert_eq!(joined.sources().iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> Vec<&'a SourceId> {
        self.sources.clone()
    }
}

/// The sources of `a` then of `b`, without repeats.
fn both_sources<'a>(a: impl Iterator<Item = &'a SourceId>, b: impl Iterator<Item = &'a SourceId>) -> Vec<&'a SourceId> {
    let mut sources: Vec<&SourceId> = Vec::new();
    for s in a.chain(b) {
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    sources
}

/// The islands both sorted sets hold, and those only one holds.
fn split<T: Copy + Ord>(a: &[T], b: &[T]) -> (Vec<T>, Vec<T>) {
    let (mut both, mut one) = (Vec::new(), Vec::new());
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (Some(&&x), Some(&&y)) if x == y => {
                both.push(x);
                a.next();
                b.next();
            }
            (Some(&&x), Some(&&y)) if x < y => {
                one.push(x);
                a.next();
            }
            (_, Some(&&y)) => {
                one.push(y);
                b.next();
            }
            (Some(&&x), None) => {
                one.push(x);
                a.next();
            }
            (None, None) => break,
        }
    }
    (both, one)
}

impl Dataset {
    /// Every pair of accounts that cannot both be true.
    ///
    /// First, every pair of positions of one party that may hold at the same time, are
    /// backed by different sources or different accounts, and cannot both be true
    /// ([`Conflict::Positions`]):
    ///
    /// - [`ConflictKind::Stance`]: incompatible stances on islands both cover;
    /// - [`ConflictKind::Scope`]: the same stance towards the same counterpart on island
    ///   sets that overlap but differ (expanded through groups).
    ///
    /// Each says whether the two surely overlap in time. They come in the order of their
    /// first position, then of their second ([`Dataset::all_positions`] order).
    ///
    /// Then every pair of events that are accounts of one happening, backed by different
    /// accounts, that disagree ([`Conflict::Events`]):
    ///
    /// - [`ConflictKind::Date`]: their dates surely differ (no day is a reading of both);
    /// - [`ConflictKind::Islands`]: otherwise, both name islands and the sets differ once
    ///   expanded through groups, as a position's islands are (so order and repeats do not
    ///   count, and a group covers itself and its members).
    ///
    /// `same_as` is an undirected link: either event may name the other, and events linked
    /// through others (`a` and `c` both `same_as` `b`) are all accounts of one happening, so
    /// every two of them are compared. They come in dataset order of their first event, then
    /// of their second.
    ///
    /// Two records are backed by different accounts when no source gives both as the same
    /// party's account (the same `source` and `account_of`,
    /// [`Attribution::same_account`](crate::Attribution::same_account)).
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let json = serde_json::to_value(data.conflicts())?;
    /// assert_eq!(json[0]["positions"], serde_json::json!(["us-yuri-japanese-1952", "us-habomai-japanese-1954"]));
    /// assert_eq!(json[0]["kind"], "scope");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn conflicts(&self) -> Vec<Conflict<'_>> {
        let mut all: Vec<Conflict<'_>> = self.position_conflicts().into_iter().map(Conflict::Positions).collect();
        all.extend(self.event_conflicts().into_iter().map(Conflict::Events));
        all.extend(self.relation_conflicts().into_iter().map(Conflict::Relations));
        all
    }

    /// Two accounts of one relation: for each party, each two entries of one kind naming the
    /// same party, from different accounts, whose periods may overlap and whose starts or
    /// ends surely differ; in the parties' order, then the entries'.
    fn relation_conflicts(&self) -> Vec<RelationConflict<'_>> {
        let mut out = Vec::new();
        for party in self.parties() {
            for (n, (kind, a)) in party.relations().enumerate() {
                for (other_kind, b) in party.relations().skip(n + 1) {
                    if kind != other_kind || a.party != b.party {
                        continue;
                    }
                    let attributed = !a.attributions.is_empty() && !b.attributions.is_empty();
                    if !attributed || Attribution::lists_share_an_account(&a.attributions, &b.attributions) {
                        continue;
                    }
                    let (ba, bb) = (a.period.bounds(), b.period.bounds());
                    let may_overlap = ba.start_lo <= bb.end_hi && bb.start_lo <= ba.end_hi;
                    let apart = |x: (i32, i32), y: (i32, i32)| x.1 < y.0 || y.1 < x.0;
                    let starts_differ = apart((ba.start_lo, ba.start_hi), (bb.start_lo, bb.start_hi));
                    let ends_differ = apart((ba.end_lo, ba.end_hi), (bb.end_lo, bb.end_hi));
                    if may_overlap && (starts_differ || ends_differ) {
                        let sources = both_sources(
                            a.attributions.iter().map(|x| &x.source),
                            b.attributions.iter().map(|x| &x.source),
                        );
                        out.push(RelationConflict { party: &party.id, kind, relations: (a, b), sources });
                    }
                }
            }
        }
        out
    }

    fn position_conflicts(&self) -> Vec<PositionConflict<'_>> {
        let index = self.index();
        let mut found: Vec<(RankIx, RankIx, PositionConflict<'_>)> = Vec::new();
        for party in 0..self.parties().len() {
            let ranks: Vec<RankIx> = index.holder(PartyIx::new(party)).ranks(index.len()).collect();
            for (n, &a) in ranks.iter().enumerate() {
                let ba = index.bounds_at(a);
                for &b in ranks.iter().skip(n + 1) {
                    let bb = index.bounds_at(b);
                    // Ranks go by earliest start: none further on can overlap `a` either.
                    if bb.start_lo > ba.end_hi {
                        break;
                    }
                    if let Some(c) = self.conflict(a, b) {
                        found.push((a, b, c));
                    }
                }
            }
        }
        // Title is exclusive between holders: each two titles of different holders.
        let titles: Vec<RankIx> = (0..index.len())
            .map(RankIx::new)
            .filter(|&r| self.all_positions().at(index.position_at(r)).stance == crate::records::Stance::HoldsTitle)
            .collect();
        for (n, &a) in titles.iter().enumerate() {
            for &b in titles.iter().skip(n + 1) {
                let [pa, pb] = [a, b].map(|r| self.all_positions().at(index.position_at(r)));
                let overlap = index.bounds_at(b).start_lo <= index.bounds_at(a).end_hi;
                if pa.holder != pb.holder && overlap && !self.one_line(&pa.holder, &pb.holder) {
                    if let Some(c) = self.conflict(a, b) {
                        found.push((a, b, c));
                    }
                }
            }
        }
        found.sort_by_key(|&(a, b, _)| (a, b));
        found.into_iter().map(|(_, _, c)| c).collect()
    }

    /// Whether one of the two parties continues the other by uncontested succession: title
    /// passing down a line of succession is not two titles.
    fn one_line(&self, a: &PartyId, b: &PartyId) -> bool {
        let relations = &self.resolved().relations;
        let (Some(x), Some(y)) = (self.resolved().party(self.records(), a), self.resolved().party(self.records(), b))
        else {
            return false;
        };
        let continues = |p, q| relations.succession(p, false).iter().any(|&(r, _)| r == q);
        continues(x, y) || continues(y, x)
    }

    /// The conflict between the positions at ranks `a` and `b` (`a` first, overlapping in
    /// time; of one holder, or two titles), if they have one.
    fn conflict(&self, a: RankIx, b: RankIx) -> Option<PositionConflict<'_>> {
        let index = self.index();
        let (ma, mb) = (self.match_at(a, NEG_INF, POS_INF, None)?, self.match_at(b, NEG_INF, POS_INF, None)?);
        let (pa, pb) = (ma.position(), mb.position());
        // One account's own history is validation's; internal papers are nobody's account.
        if pa.shares_an_account_with(pb) || pa.internal || pb.internal {
            return None;
        }
        let expansions = &self.resolved().expansions;
        let (ea, eb) = (expansions.set(index.expansion_at(a)), expansions.set(index.expansion_at(b)));
        let (both, one) = split(ea, eb);
        if both.is_empty() {
            return None;
        }
        let (kind, islands) = if pa.cannot_stand_beside(pb) {
            (ConflictKind::Stance, both)
        } else if pa.titles_exclude(pb) {
            (ConflictKind::Title, both)
        } else if pa.holder == pb.holder
            && pa.stance == pb.stance
            && pa.counterpart == pb.counterpart
            && pa.regarding == pb.regarding
            && !pa.is_handover_with(pb)
            && !one.is_empty()
        {
            (ConflictKind::Scope, one)
        } else {
            return None;
        };
        let (ba, bb) = (index.bounds_at(a), index.bounds_at(b));
        let start = if bb.start_lo > ba.start_lo { pb.period.start() } else { pa.period.start() };
        let end = if bb.end_hi < ba.end_hi { pb.period.end() } else { pa.period.end() };
        // Each period has a dated end, so the later start or the earlier end is dated.
        let overlap = Period::new(start.clone(), end.clone()).ok()?;
        // A contingent position may not have held at all: possible at most.
        let sure = ba.surely_overlaps(&bb) && !index.is_contingent(a) && !index.is_contingent(b);
        let certainty = if sure { Certainty::Definite } else { Certainty::Possible };
        let sources = both_sources(pa.sources(), pb.sources());
        let islands = islands.iter().map(|&i| &self.islands().at(i).id).collect();
        Some(PositionConflict { kind, positions: (pa, pb), islands, overlap, certainty, sources })
    }

    /// The conflicts between accounts of one event, by the `same_as` links.
    fn event_conflicts(&self) -> Vec<EventConflict<'_>> {
        let events = self.events();
        let resolved = self.resolved();
        // Each event's happening: the smallest event place it is linked to, through links
        // followed both ways.
        let mut happening = UnionFind::new(events.len());
        let mut linked = false;
        for (i, e) in events.iter().enumerate() {
            let Some(other) = &e.same_as else { continue };
            let j = resolved.events.get(events, other.as_str());
            debug_assert!(j.is_some(), "a valid dataset's same_as names an event");
            let Some(j) = j else { continue };
            happening.join(i, j);
            linked = true;
        }
        if !linked {
            return Vec::new();
        }
        let mut happenings: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
        for i in 0..events.len() {
            happenings.at_mut(happening.find(i)).push(i);
        }
        let mut found = Vec::new();
        for accounts in happenings.iter().filter(|h| h.len() > 1) {
            for (n, &i) in accounts.iter().enumerate() {
                for &j in accounts.iter().skip(n + 1) {
                    found.extend(self.event_conflict(events.at(i), events.at(j)).map(|c| (i, j, c)));
                }
            }
        }
        found.sort_by_key(|&(i, j, _)| (i, j));
        found.into_iter().map(|(_, _, c)| c).collect()
    }

    /// The conflict between two accounts `a` and `b` (in dataset order) of one event, if
    /// they have one.
    fn event_conflict<'a>(&'a self, a: &'a Event, b: &'a Event) -> Option<EventConflict<'a>> {
        if a.shares_an_account_with(b) {
            return None;
        }
        let (ba, bb) = (a.when.bounds(), b.when.bounds());
        let dates_differ = ba.end_hi < bb.start_lo || bb.end_hi < ba.start_lo;
        let (ea, eb) = (self.event_islands(a), self.event_islands(b));
        let one = if ea.is_empty() || eb.is_empty() { Vec::new() } else { split(&ea, &eb).1 };
        let kind = if dates_differ {
            ConflictKind::Date
        } else if !one.is_empty() {
            ConflictKind::Islands
        } else {
            return None;
        };
        let islands = one.iter().map(|&i| &self.islands().at(i).id).collect();
        let sources = both_sources(a.attributions.iter().map(|x| &x.source), b.attributions.iter().map(|x| &x.source));
        Some(EventConflict { kind, events: (a, b), islands, sources })
    }

    /// The islands an event names, expanded down through groups and regions, in dataset
    /// order.
    fn event_islands(&self, e: &Event) -> Vec<IslandIx> {
        let resolved = self.resolved();
        resolved.island_tree.expand(e.islands.iter().filter_map(|i| resolved.island(self.records(), i)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_sorted_sets() {
        assert_eq!(split(&[1, 2, 4], &[2, 3]), (vec![2], vec![1, 3, 4]));
        assert_eq!(split(&[], &[1]), (vec![], vec![1]));
        assert_eq!(split(&[5], &[5]), (vec![5], vec![]));
    }
}
