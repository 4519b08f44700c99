//! Owned answers: each answer of a query as a value that borrows nothing, to return from a
//! server handler, send to another thread or read back from JSON.
//!
//! Each owned type serializes to exactly the JSON of the answer it was made from, and
//! deserializes from it: a server writes `serde_json::to_string(&m)` of a [`Match`] (or of
//! its owned form), and a client reads an [`OwnedMatch`] back.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::{EventId, IslandId, PartyId, PositionId, SourceId};
use crate::query::{
    Change, ChangeKind, Conflict, ConflictKind, Dispute, DisputeMatch, Dyad, EventConflict, Match, Outcome,
    PositionConflict, RelationConflict, TimelineEntry,
};
use crate::records::{Contention, EventKind, RelationKind, Stance};
use crate::time::{Certainty, DayRange, Period};

/// A [`Match`] that owns its values ([`Match::into_owned`]); its JSON is the match's.
///
/// ```
/// let data = island_claims::datasets::kuril().clone();
/// let owned: Vec<island_claims::query::OwnedMatch> = data.claims_during(1956).into_iter().map(|m| m.into_owned()).collect();
/// // `'static`: it outlives the dataset.
/// drop(data);
/// let json = serde_json::to_string(&owned)?;
/// let back: Vec<island_claims::query::OwnedMatch> = serde_json::from_str(&json)?;
/// assert_eq!(back, owned);
/// assert_eq!(owned[0].position.as_str(), "ussr-claims-1946");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedMatch {
    /// The position's id.
    pub position: PositionId,
    /// Its holder.
    pub party: PartyId,
    /// Its stance.
    pub stance: Stance,
    /// The islands it covers, expanded through groups and regions.
    pub islands: Vec<IslandId>,
    /// The other party of the stance, if it has one.
    pub counterpart: Option<PartyId>,
    /// When it held.
    pub period: Period,
    /// How surely it held in the time asked about.
    pub certainty: Certainty,
    /// Its sources, in order.
    pub sources: Vec<SourceId>,
    /// The party asked about, when reached through succession.
    pub via_successor: Option<PartyId>,
    /// Whether reached through a contested line of succession.
    pub via_contested_succession: bool,
    /// The party asked about, when reached through a part of it.
    pub via_part: Option<PartyId>,
    /// The party asked about, when reached through an agent of it.
    pub via_agent: Option<PartyId>,
}

impl Match<'_> {
    /// This match as an owned value, with the same JSON.
    #[must_use]
    pub fn into_owned(self) -> OwnedMatch {
        let p = self.position();
        OwnedMatch {
            position: p.id.clone(),
            party: p.holder.clone(),
            stance: p.stance,
            islands: self.islands().to_vec(),
            counterpart: p.counterpart.clone(),
            period: p.period.clone(),
            certainty: self.certainty(),
            sources: self.sources().cloned().collect(),
            via_successor: self.via_successor().cloned(),
            via_contested_succession: self.via_contested_succession(),
            via_part: self.via_part().cloned(),
            via_agent: self.via_agent().cloned(),
        }
    }
}

/// A [`Change`] that owns its values ([`Change::into_owned`]); its JSON is the change's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedChange {
    /// The day it took effect; `None` for a change at the start of time (an open start).
    #[serde(with = "day_text")]
    pub day: Option<NaiveDate>,
    /// What changed.
    pub kind: ChangeKind,
    /// The position's id.
    pub position: PositionId,
    /// Its holder.
    pub party: PartyId,
    /// Its stance.
    pub stance: Stance,
    /// The islands it covers, expanded.
    pub islands: Vec<IslandId>,
    /// The other party of the stance, if it has one.
    pub counterpart: Option<PartyId>,
    /// Its period.
    pub period: Period,
    /// How surely it held the day before.
    pub before: Option<Certainty>,
    /// How surely it holds from the day on.
    pub after: Option<Certainty>,
}

impl Change<'_> {
    /// This change as an owned value, with the same JSON.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let changes = data.changes(&"japan".parse()?)?;
    /// let owned = changes[0].into_owned();
    /// assert_eq!(serde_json::to_value(&owned)?, serde_json::to_value(changes[0])?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> OwnedChange {
        let p = self.position();
        OwnedChange {
            day: self.day(),
            kind: self.kind(),
            position: p.id.clone(),
            party: p.holder.clone(),
            stance: p.stance,
            islands: self.islands().to_vec(),
            counterpart: p.counterpart.clone(),
            period: p.period.clone(),
            before: self.before(),
            after: self.after(),
        }
    }
}

/// A [`Conflict`] that owns its values ([`Conflict::into_owned`]); its JSON is the
/// conflict's (the two kinds are told apart by their fields, `positions` or `events`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum OwnedConflict {
    /// Two positions of one party.
    Positions(OwnedPositionConflict),
    /// Two accounts of one event.
    Events(OwnedEventConflict),
    /// Two accounts of one relation between parties.
    Relations(OwnedRelationConflict),
}

/// A [`RelationConflict`] that owns its values; its JSON is the conflict's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedRelationConflict {
    /// The party whose relation it is.
    pub party: PartyId,
    /// Which relation.
    pub relation: RelationKind,
    /// The party both entries name.
    pub with: PartyId,
    /// Always [`ConflictKind::Relation`].
    pub kind: ConflictKind,
    /// The periods of the two entries, in the party's order.
    pub periods: [Period; 2],
    /// The sources of both, without repeats.
    pub sources: Vec<SourceId>,
}

impl RelationConflict<'_> {
    /// This conflict as an owned value, with the same JSON.
    #[must_use]
    pub fn into_owned(self) -> OwnedRelationConflict {
        let (a, b) = self.relations();
        OwnedRelationConflict {
            party: self.party().clone(),
            relation: self.relation(),
            with: self.with().clone(),
            kind: ConflictKind::Relation,
            periods: [a.period.clone(), b.period.clone()],
            sources: self.sources().into_iter().cloned().collect(),
        }
    }
}

/// A [`PositionConflict`] that owns its values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedPositionConflict {
    /// The two positions, earlier start first.
    pub positions: [PositionId; 2],
    /// Their holder.
    pub party: PartyId,
    /// How they conflict.
    pub kind: ConflictKind,
    /// The islands they disagree on.
    pub islands: Vec<IslandId>,
    /// When both may hold.
    pub overlap: Period,
    /// How surely both hold at some time of the overlap.
    pub certainty: Certainty,
    /// The sources of both, without repeats.
    pub sources: Vec<SourceId>,
}

/// An [`EventConflict`] that owns its values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedEventConflict {
    /// The two accounts, in dataset order.
    pub events: [EventId; 2],
    /// How they conflict.
    pub kind: ConflictKind,
    /// The islands only one of them names.
    pub islands: Vec<IslandId>,
    /// The sources of both, without repeats.
    pub sources: Vec<SourceId>,
}

impl Conflict<'_> {
    /// This conflict as an owned value, with the same JSON.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let owned: Vec<_> = data.conflicts().into_iter().map(|c| c.into_owned()).collect();
    /// let json = serde_json::to_string(&owned)?;
    /// assert_eq!(json, serde_json::to_string(&data.conflicts())?);
    /// assert_eq!(serde_json::from_str::<Vec<island_claims::query::OwnedConflict>>(&json)?, owned);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> OwnedConflict {
        match self {
            Self::Positions(c) => OwnedConflict::Positions(c.into_owned()),
            Self::Events(c) => OwnedConflict::Events(c.into_owned()),
            Self::Relations(c) => OwnedConflict::Relations(c.into_owned()),
        }
    }
}

impl PositionConflict<'_> {
    /// This conflict as an owned value, with the same JSON.
    #[must_use]
    pub fn into_owned(self) -> OwnedPositionConflict {
        let (a, b) = self.positions();
        OwnedPositionConflict {
            positions: [a.id.clone(), b.id.clone()],
            party: self.party().clone(),
            kind: self.kind(),
            islands: self.islands().into_iter().cloned().collect(),
            overlap: self.overlap(),
            certainty: self.certainty(),
            sources: self.sources().into_iter().cloned().collect(),
        }
    }
}

impl EventConflict<'_> {
    /// This conflict as an owned value, with the same JSON.
    #[must_use]
    pub fn into_owned(self) -> OwnedEventConflict {
        let (a, b) = self.events();
        OwnedEventConflict {
            events: [a.id.clone(), b.id.clone()],
            kind: self.kind(),
            islands: self.islands().into_iter().cloned().collect(),
            sources: self.sources().into_iter().cloned().collect(),
        }
    }
}

/// What a [`TimelineEntry`] is, as its JSON `kind` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TimelineKind {
    /// An event.
    Event,
    /// A position starts.
    PositionStart,
    /// A position ends.
    PositionEnd,
    /// An island comes into being.
    IslandStart,
    /// An island ceases to exist.
    IslandEnd,
}

/// A [`TimelineEntry`] that owns its values ([`TimelineEntry::into_owned`]); its JSON is the
/// entry's: the fields that do not apply to its kind are null.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedTimelineEntry {
    /// What it is.
    pub kind: TimelineKind,
    /// When, as EDTF (an event's date, a position's start or end, an island's existence's).
    pub when: Option<String>,
    /// The id of the event, position or island.
    pub id: String,
    /// An event's kind.
    pub event_kind: Option<EventKind>,
    /// An event's title.
    pub title: Option<String>,
    /// A position's holder.
    pub party: Option<PartyId>,
    /// A position's stance.
    pub stance: Option<Stance>,
    /// The islands it concerns.
    pub islands: Vec<IslandId>,
    /// Its sources.
    pub sources: Vec<SourceId>,
}

impl TimelineEntry<'_> {
    /// This entry as an owned value, with the same JSON.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let timeline = data.timeline(&"shikotan".parse()?)?;
    /// for entry in &timeline {
    ///     assert_eq!(serde_json::to_value(entry.into_owned())?, serde_json::to_value(entry)?);
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> OwnedTimelineEntry {
        let when = self.when().map(str::to_owned);
        match self {
            Self::Event { event } => OwnedTimelineEntry {
                kind: TimelineKind::Event,
                when,
                id: event.id.to_string(),
                event_kind: Some(event.kind),
                title: Some(event.title.clone()),
                party: None,
                stance: None,
                islands: event.islands.clone(),
                sources: event.attributions.iter().map(|a| a.source.clone()).collect(),
            },
            Self::PositionStart { position, islands } | Self::PositionEnd { position, islands } => OwnedTimelineEntry {
                kind: if matches!(self, Self::PositionStart { .. }) {
                    TimelineKind::PositionStart
                } else {
                    TimelineKind::PositionEnd
                },
                when,
                id: position.id.to_string(),
                event_kind: None,
                title: None,
                party: Some(position.holder.clone()),
                stance: Some(position.stance),
                islands: islands.to_vec(),
                sources: position.sources().cloned().collect(),
            },
            Self::IslandStart { island } | Self::IslandEnd { island } => OwnedTimelineEntry {
                kind: if matches!(self, Self::IslandStart { .. }) {
                    TimelineKind::IslandStart
                } else {
                    TimelineKind::IslandEnd
                },
                when,
                id: island.id.to_string(),
                event_kind: None,
                title: None,
                party: None,
                stance: None,
                islands: vec![island.id.clone()],
                sources: Vec::new(),
            },
        }
    }
}

/// A run of days as a dispute's JSON writes it: `{"first", "last"}`, each a day or `null`
/// where the run has no limit on that side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedDays {
    /// The first day, or `None` without limit in the past.
    #[serde(with = "day_text")]
    pub first: Option<NaiveDate>,
    /// The last day, or `None` without limit in the future.
    #[serde(with = "day_text")]
    pub last: Option<NaiveDate>,
}

impl From<DayRange> for OwnedDays {
    fn from(r: DayRange) -> Self {
        Self { first: r.first(), last: r.last() }
    }
}

/// A [`Dyad`] that owns its values ([`Dyad::into_owned`]); its JSON is the dyad's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedDyad {
    /// A party of the dispute's first side, then one of its second.
    pub parties: [PartyId; 2],
    /// The first and last day on which the two possibly contended.
    pub possible: OwnedDays,
    /// The runs of days on which they definitely did.
    pub definite: Vec<OwnedDays>,
    /// Their span as an EDTF period ([`Dyad::period`]).
    pub period: String,
    /// How surely they still contend.
    pub ongoing: Option<Certainty>,
}

impl Dyad<'_> {
    /// This dyad as an owned value, with the same JSON.
    #[must_use]
    pub fn into_owned(self) -> OwnedDyad {
        OwnedDyad {
            parties: self.parties().map(PartyId::clone),
            possible: self.possible().into(),
            definite: self.definite().map(OwnedDays::from).collect(),
            period: self.period(),
            ongoing: self.ongoing(),
        }
    }
}

/// A [`Dispute`] that owns its values ([`Dispute::into_owned`]); its JSON is the dispute's
/// (the fields below, in this order).
///
/// ```
/// let data = island_claims::datasets::kuril();
/// let owned: Vec<island_claims::query::OwnedDispute> = data.disputes().into_iter().map(|d| d.into_owned()).collect();
/// let json = serde_json::to_string(&owned)?;
/// assert_eq!(json, serde_json::to_string(&data.disputes())?);
/// let back: Vec<island_claims::query::OwnedDispute> = serde_json::from_str(&json)?;
/// assert_eq!(back, owned);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedDispute {
    /// The party that names each side ([`Dispute::parties`]).
    pub parties: [PartyId; 2],
    /// The parties of each side that took part, in order of their first day.
    pub sides: [Vec<PartyId>; 2],
    /// The topmost group or region of its islands.
    pub territory: IslandId,
    /// The islands contended for, expanded.
    pub islands: Vec<IslandId>,
    /// Its kinds of contention.
    pub contention: Vec<Contention>,
    /// The days on which it possibly held.
    pub possible: OwnedDays,
    /// The runs of days on which it definitely held.
    pub definite: Vec<OwnedDays>,
    /// Its span as an EDTF period ([`Dispute::period`]).
    pub period: String,
    /// How surely it still holds.
    pub ongoing: Option<Certainty>,
    /// How it stands.
    pub outcome: Outcome,
    /// The events that ended it.
    pub ended_by: Vec<EventId>,
    /// The event that settled it.
    pub settled_by: Option<EventId>,
    /// The positions behind it.
    pub positions: Vec<PositionId>,
    /// Their sources, each once.
    pub sources: Vec<SourceId>,
    /// Each pair of parties, one of each side.
    pub dyads: Vec<OwnedDyad>,
}

impl Dispute<'_> {
    /// This dispute as an owned value, with the same JSON.
    #[must_use]
    pub fn into_owned(self) -> OwnedDispute {
        OwnedDispute {
            parties: self.parties().map(PartyId::clone),
            sides: [0, 1].map(|s| self.side(s).cloned().collect()),
            territory: self.territory().clone(),
            islands: self.islands().cloned().collect(),
            contention: self.contention().to_vec(),
            possible: self.possible().into(),
            definite: self.definite().map(OwnedDays::from).collect(),
            period: self.period(),
            ongoing: self.ongoing(),
            outcome: self.outcome(),
            ended_by: self.ended_by().map(|e| e.id.clone()).collect(),
            settled_by: self.settled_by().map(|e| e.id.clone()),
            positions: self.positions().map(|p| p.id.clone()).collect(),
            sources: self.sources().into_iter().cloned().collect(),
            dyads: self.dyads().map(Dyad::into_owned).collect(),
        }
    }
}

/// A [`DisputeMatch`] that owns its values ([`DisputeMatch::into_owned`]); its JSON is the
/// match's: `certainty`, then the dispute's fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OwnedDisputeMatch {
    /// How surely the dispute held in the time asked about.
    pub certainty: Certainty,
    /// The dispute.
    #[serde(flatten)]
    pub dispute: OwnedDispute,
}

impl DisputeMatch<'_> {
    /// This match as an owned value, with the same JSON.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let found = data.disputes_during(1972);
    /// let owned: Vec<island_claims::query::OwnedDisputeMatch> = found.iter().map(|m| m.into_owned()).collect();
    /// assert_eq!(serde_json::to_value(&owned)?, serde_json::to_value(&found)?);
    /// let back: Vec<island_claims::query::OwnedDisputeMatch> = serde_json::from_value(serde_json::to_value(&found)?)?;
    /// assert_eq!(back, owned);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_owned(self) -> OwnedDisputeMatch {
        OwnedDisputeMatch { certainty: self.certainty(), dispute: self.dispute().into_owned() }
    }
}

/// A day as the text `2022-06-14`, or null: the form a change's `day` is written in.
mod day_text {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    #[allow(clippy::ref_option)] // The signature serde's `with` asks for.
    pub(super) fn serialize<S: Serializer>(day: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match day {
            Some(d) => s.serialize_str(&d.to_string()),
            None => s.serialize_none(),
        }
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|text| text.parse().map_err(|e| serde::de::Error::custom(format!("day '{text}': {e}"))))
            .transpose()
    }
}
