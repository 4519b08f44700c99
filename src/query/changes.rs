//! [`Dataset::changes`]: how one party's stances changed over time.

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeStruct, Serializer};
use serde::{Deserialize as DeriveDeserialize, Serialize as DeriveSerialize};

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId};
use crate::query::{Match, QueryError};
use crate::records::{Position, Stance};
use crate::time::{Bounds, Certainty, NEG_INF, POS_INF, Period, date_of};

/// What a [`Change`] does to its position's certainty on a day.
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
pub enum ChangeKind {
    /// The position begins to hold on some reading of its dates (or on every reading, when
    /// its start is an exact day): from not holding to possibly or definitely holding.
    Started,
    /// Every reading of its start has passed: from possibly to definitely holding.
    Confirmed,
    /// The earliest reading of its end has passed: from definitely to possibly holding.
    MayHaveEnded,
    /// No reading of its end is still to come: it no longer holds.
    Ended,
}

/// One step in the history of a party's stances: on `day`, a position's certainty of
/// holding changes from `before` to `after`.
///
/// Replaying a party's changes in order reproduces the day queries: after applying every
/// change up to and including day D, the positions whose last `after` is `Some(c)` are
/// exactly that party's [`positions_during(D)`](Dataset::positions_during), each with certainty `c`.
///
/// It serializes as an object with the fields `day` (`YYYY-MM-DD`, or null for a state
/// that holds from before any dated day), `kind`, `position` (id), `party`, `stance`,
/// `islands` (expanded ids), `counterpart`, `period` (EDTF), `before` and `after`
/// (`"definite"`, `"possible"` or null).
///
/// # Examples
///
/// ```
/// use island_claims::{Certainty, ChangeKind};
/// let data = island_claims::datasets::kuril();
/// let changes = data.changes(&"ussr".parse()?)?;
/// let of = |id: &str| -> Vec<(String, ChangeKind, Option<Certainty>)> {
///     changes
///         .iter()
///         .filter(|c| c.position().id.as_str() == id)
///         .map(|c| (c.day().map_or_else(String::new, |d| d.to_string()), c.kind(), c.after()))
///         .collect()
/// };
/// // The promise of the Joint Declaration, in force on 1956-12-12, withdrawn by the memorandum
/// // of 1960-01-27.
/// assert_eq!(of("ussr-promise-1956"), [
///     ("1956-12-12".into(), ChangeKind::Started, Some(Certainty::Definite)),
///     ("1960-01-28".into(), ChangeKind::Ended, None),
/// ]);
/// // The offer of 1955 began on a day of August 1955 that no source gives.
/// assert_eq!(of("ussr-offer-1955")[..2], [
///     ("1955-08-01".into(), ChangeKind::Started, Some(Certainty::Possible)),
///     ("1955-08-31".into(), ChangeKind::Confirmed, Some(Certainty::Definite)),
/// ]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change<'a> {
    day: Option<NaiveDate>,
    // The position with its expanded islands, as matched over all time. That match's
    // certainty plays no part here: `before` and `after` say how surely the position holds.
    of: Match<'a>,
    before: Option<Certainty>,
    after: Option<Certainty>,
}

impl<'a> Change<'a> {
    /// The first day of the new state, or `None` when the position holds from before any
    /// dated day (an open or unknown start). An end's change falls on the day after the
    /// last day its end may be.
    #[must_use]
    pub fn day(&self) -> Option<NaiveDate> {
        self.day
    }

    /// What the change does.
    #[must_use]
    pub fn kind(&self) -> ChangeKind {
        match (self.before, self.after) {
            (None, _) => ChangeKind::Started,
            (_, None) => ChangeKind::Ended,
            (Some(Certainty::Possible), Some(_)) => ChangeKind::Confirmed,
            (Some(Certainty::Definite), Some(_)) => ChangeKind::MayHaveEnded,
        }
    }

    /// How surely the position held just before `day`; `None` when it did not.
    #[must_use]
    pub fn before(&self) -> Option<Certainty> {
        self.before
    }

    /// How surely it holds from `day` on, until its next change; `None` when it no longer
    /// holds.
    #[must_use]
    pub fn after(&self) -> Option<Certainty> {
        self.after
    }

    /// The position that changes.
    #[must_use]
    pub fn position(&self) -> &'a Position {
        self.of.position()
    }

    /// The party that holds it.
    #[must_use]
    pub fn party(&self) -> &'a PartyId {
        self.of.party()
    }

    /// Its stance.
    #[must_use]
    pub fn stance(&self) -> Stance {
        self.of.stance()
    }

    /// Its islands, expanded through groups and regions.
    #[must_use]
    pub fn islands(&self) -> &'a [IslandId] {
        self.of.islands()
    }

    /// Its counterpart, where it has one.
    #[must_use]
    pub fn counterpart(&self) -> Option<&'a PartyId> {
        self.of.counterpart()
    }

    /// Its period.
    #[must_use]
    pub fn period(&self) -> &'a Period {
        self.of.period()
    }
}

impl Serialize for Change<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Change", 10)?;
        s.serialize_field("day", &self.day.map(|d| d.to_string()))?;
        s.serialize_field("kind", &self.kind())?;
        self.of.serialize_position_fields(&mut s)?;
        s.serialize_field("before", &self.before)?;
        s.serialize_field("after", &self.after)?;
        s.end()
    }
}

/// The days on which a period's certainty of holding may change, in order: its certainty
/// on a day depends only on which of these days have been reached.
fn turning_days(b: &Bounds) -> impl Iterator<Item = i32> {
    // An end that may be infinitely early (`[..1850]`) turns nothing after a real day.
    let after = |d: i32| (d != POS_INF && d != NEG_INF).then(|| d.checked_add(1)).flatten();
    let mut days = [Some(b.start_lo), Some(b.start_hi), after(b.end_lo), after(b.end_hi)];
    days.sort_unstable();
    let mut last = None;
    days.into_iter().flatten().filter(move |&d| {
        let new = last != Some(d) && d != NEG_INF && d != POS_INF;
        last = Some(d);
        new
    })
}

impl Dataset {
    /// The changes of `party`'s positions over time, in time order: each position starting,
    /// becoming certain, becoming uncertain as the readings of its end begin, and ending.
    ///
    /// Changes come by day (those with no day first), then in the order of
    /// [`Dataset::query`]. A position whose start and end are exact days has two
    /// changes, `started` and `ended`; uncertain ends add `confirmed` and `may_have_ended`
    /// where the certainty of holding changes. Succession is not followed: the USSR's
    /// changes are its own.
    ///
    /// # Errors
    ///
    /// [`QueryError::UnknownParty`] when the dataset has no party with this id.
    ///
    /// ```
    /// use island_claims::ChangeKind;
    /// let data = island_claims::datasets::kuril();
    /// let japan = data.changes(&"japan".parse()?)?;
    /// let steps: Vec<(&str, ChangeKind)> = japan.iter().map(|c| (c.position().id.as_str(), c.kind())).collect();
    /// // From the Treaty of Shimoda (1855-02-07) on, Japan's positions in time order.
    /// assert_eq!(
    ///     steps[..5],
    ///     [
    ///         ("japan-administers-habomai-1855", ChangeKind::Started),
    ///         ("japan-administers-iturup-1855", ChangeKind::Started),
    ///         ("japan-administers-kunashir-shikotan-1855", ChangeKind::Started),
    ///         ("japan-sovereign-four-1855", ChangeKind::Started),
    ///         ("japan-sovereign-kurils-1875", ChangeKind::Started),
    ///     ]
    /// );
    /// assert!(data.changes(&"jpan".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn changes(&self, party: &PartyId) -> Result<Vec<Change<'_>>, QueryError> {
        let p = self.party_index(party)?;
        let index = self.index();
        let mut changes = Vec::new();
        let Some(tree) = index.holder(p) else { return Ok(changes) };
        for rank in tree.ranks(index.len()) {
            let (Some(b), Some(m)) = (index.bounds_at(rank), self.match_at(rank, NEG_INF, POS_INF, None)) else {
                continue;
            };
            // Internal papers are no change of the party's public position.
            if m.position().internal {
                continue;
            }
            let change = |day, before, after| Change { day, of: m, before, after };
            // A contingent position may not have held at all: possible at most.
            let contingent = index.is_contingent(rank);
            let on =
                |first, last| b.certainty(first, last).map(|c| if contingent { c.min(Certainty::Possible) } else { c });
            // The state before every dated day: on a real day earlier than all of them, which
            // an end that may be infinitely early (`../[..1850]`) no longer surely reaches.
            let mut state = on(NEG_INF + 1, NEG_INF + 1);
            if state.is_some() {
                changes.push(change(None, None, state));
            }
            for day in turning_days(&b) {
                // A day past the calendar's end: the position never leaves this state.
                let Some(date) = date_of(day) else { break };
                let now = on(day, day);
                if now != state {
                    changes.push(change(Some(date), state, now));
                    state = now;
                }
            }
        }
        // Stable: within a day, positions keep their rank order.
        changes.sort_by_key(|c| c.day);
        Ok(changes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turning_days_skip_infinities_and_repeats() {
        let b = Bounds { start_lo: 5, start_hi: 5, end_lo: 9, end_hi: POS_INF };
        assert_eq!(turning_days(&b).collect::<Vec<_>>(), [5, 10]);
        let b = Bounds { start_lo: NEG_INF, start_hi: 20, end_lo: 10, end_hi: 20 };
        assert_eq!(turning_days(&b).collect::<Vec<_>>(), [11, 20, 21]);
        // An end on or before day 20 (`[..20]`) as both ends of a single-date period.
        let b = Bounds { start_lo: NEG_INF, start_hi: 20, end_lo: NEG_INF, end_hi: 20 };
        assert_eq!(turning_days(&b).collect::<Vec<_>>(), [20, 21]);
    }
}
