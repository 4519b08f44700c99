//! Temporal queries: who held which stance on which islands, when, and how surely.
//!
//! Every query takes `&self` on a [`Dataset`], borrows its answers from it, and says the
//! [`Certainty`](crate::Certainty) of each match under the rules of
//! [`Period::certainty_during`](crate::Period::certainty_during): a position *definitely*
//! matches a span when every reading of its uncertain ends overlaps it, *possibly* when some
//! does.
//!
//! - [`Dataset::claims_during`]: who claimed what; [`Dataset::positions_during`]: every
//!   stance. Each takes a year, a day or a [`Span`](crate::Span) and returns [`Match`]es.
//! - [`Dataset::query`]: a [`PositionQuery`] builder to filter by holder (optionally
//!   following succession), island, stance, time, certainty and source.
//! - [`Dataset::as_known_at`]: the dataset as its sources knew it on a day.
//! - [`Dataset::timeline`], [`Dataset::changes`], [`Dataset::conflicts`].
//! - [`Dataset::disputes`]: the disputes that follow from the positions, and
//!   [`Dataset::disputes_during`] a year, a day or a span.
//! - [`Dataset::find_islands`] and [`Dataset::find_parties`] by any of their names;
//!   [`PositionQuery::by_island`]: every island with the matches that cover it.
//!
//! # Islands and groups
//!
//! A position or event *concerns* an island when it names that island, a group or region
//! the island belongs to, or an island, group or region that belongs to it. So a query on an
//! islet of the Habomai group sees positions on the group and on the southern Kurils, and a
//! query on the group also sees positions on any of its islets. A part of an island is one more
//! step of the same walk: a query on the northern half of a divided island sees positions on the
//! whole island, even those that held before the half existed (a claim to the whole island in
//! 2000 concerns each later half), and a query on the island sees those on its halves.
//!
//! # Order and cost
//!
//! Matches come in the order of their period's start (earliest reading, then latest), then
//! of position id: the order of the interval index, built once with the dataset, so no query
//! sorts. Time queries cost O(log n + k) for k matches, over all positions, one holder's or
//! one island's.

mod builder;
mod changes;
mod conflicts;
mod disputes;
mod find;
mod matches;
mod owned;
mod timeline;

pub use builder::PositionQuery;
pub use changes::{Change, ChangeKind};
pub use conflicts::{Conflict, ConflictKind, EventConflict, PositionConflict, RelationConflict};
pub use disputes::{Dispute, DisputeMatch, DisputedIsland, Dyad, Outcome};
pub use find::{IslandPositions, fold_name};
pub use matches::Match;
pub use owned::{
    OwnedChange, OwnedConflict, OwnedDays, OwnedDispute, OwnedDisputeMatch, OwnedDyad, OwnedEventConflict, OwnedMatch,
    OwnedPositionConflict, OwnedRelationConflict, OwnedTimelineEntry, TimelineKind,
};
pub use timeline::TimelineEntry;

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::resolve::{IslandIx, PartyIx};

/// Why a query could not be answered: it names a record the dataset does not have, or it
/// was given one filter twice.
///
/// A query about an unknown id is an error rather than an empty answer, so that a typo is
/// not mistaken for "nobody claimed anything".
///
/// # Examples
///
/// ```
/// let data = island_claims::datasets::kuril();
/// let err = data.timeline(&"shikotn".parse()?).unwrap_err();
/// assert_eq!(err.to_string(), "unknown island 'shikotn'");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QueryError {
    /// No island, group or region has this id.
    #[error("unknown island '{0}'")]
    UnknownIsland(IslandId),
    /// No party has this id.
    #[error("unknown party '{0}'")]
    UnknownParty(PartyId),
    /// No source has this id.
    #[error("unknown source '{0}'")]
    UnknownSource(SourceId),
    /// A [`PositionQuery`] was given a filter twice (it names the filter's methods): a second
    /// stance, time or other filter would have to replace the first or be read beside it,
    /// and the query cannot know which was meant.
    #[error("the query was given two '{0}' filters; give one (a year, a day and a span are all one `during`)")]
    RepeatedFilter(&'static str),
}

impl QueryError {
    /// A stable code for the cause: `unknown_island`, `unknown_party`, `unknown_source` or
    /// `filter_repeated`.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let err = data.timeline(&"atlantis".parse()?).unwrap_err();
    /// assert_eq!(err.code(), "unknown_island");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownIsland(_) => "unknown_island",
            Self::UnknownParty(_) => "unknown_party",
            Self::UnknownSource(_) => "unknown_source",
            Self::RepeatedFilter(_) => "filter_repeated",
        }
    }
}

crate::coded::serialize_coded!(QueryError);

impl Dataset {
    /// The place of a party, or the error naming it.
    pub(crate) fn party_index(&self, id: &PartyId) -> Result<PartyIx, QueryError> {
        self.resolved().party(self.records(), id).ok_or_else(|| QueryError::UnknownParty(id.clone()))
    }

    /// The place of an island, or the error naming it.
    pub(crate) fn island_index(&self, id: &IslandId) -> Result<IslandIx, QueryError> {
        self.resolved().island(self.records(), id).ok_or_else(|| QueryError::UnknownIsland(id.clone()))
    }
}
