//! Disputes derived from positions: [`Dataset::disputes`] and its time queries.

use chrono::NaiveDate;
use serde::ser::{Serialize, Serializer};

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::records::{Contention, Event, Position};
use crate::resolve::At;
use crate::resolve::disputes::{Days, Derived, DisputedIsland as DerivedIsland, Dyad as DerivedDyad, Ending, How};
use crate::time::{Certainty, DayRange, NEG_INF, POS_INF, Span, edtf_between};

/// A dispute derived from the dataset's positions: two sides whose positions on the same
/// islands, at the same time, cannot both stand.
///
/// See [`Dataset::disputes`] for how disputes are derived. A side is a *line* of parties
/// joined by succession: the dispute of Japan with the USSR and then Russia is one dispute,
/// whose second side lists both, [`parties`](Self::parties) names Russia (the party that
/// continues it), and whose [`dyads`](Self::dyads) give each pair of parties its own days.
///
/// It serializes as [`OwnedDispute`](crate::query::OwnedDispute) does: the fields `parties`, `sides`,
/// `territory`, `islands`, `contention`, `possible` (`{"first", "last"}`, ISO dates, `null`
/// for unbounded), `definite` (a list of such spans), `period` (EDTF), `ongoing`
/// (`"definite"`, `"possible"` or `null`), `outcome`, `ended_by`, `settled_by`, `positions`,
/// `sources` and `dyads` (each with `parties`, `possible`, `definite`, `period` and `ongoing`).
///
/// # Examples
///
/// ```
/// let data = island_claims::datasets::kuril();
/// let d = data.disputes().into_iter().find(|d| d.ongoing().is_some()).unwrap();
/// let names = d.parties().map(|p| p.as_str());
/// assert_eq!(names, ["japan", "russia"]);
/// let second: Vec<&str> = d.side(1).map(|p| p.as_str()).collect();
/// assert_eq!(second, ["ussr", "russia"]);
/// assert!(d.islands().any(|i| i.as_str() == "iturup"));
/// assert!(d.positions().all(|p| !p.attributions.is_empty()));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Dispute<'a> {
    data: &'a Dataset,
    d: &'a Derived,
}

/// How a dispute stands at the end of what the dataset records.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    serde::Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Outcome {
    /// It surely still holds: two contending positions are open-ended (`..`).
    Ongoing,
    /// It may still hold: some contention has an end that is not known.
    PossiblyOngoing,
    /// It ended by an agreement both sides signed (role `signatory`): every position whose
    /// end stopped the contention was ended by it.
    Settled,
    /// It ended by a binding `ruling` in a case both sides pleaded (as applicant, respondent,
    /// claimant or party), whether or not the winner went on claiming. An advisory opinion, an
    /// order that removes a case or a discontinuance has no such parties, and adjudicates
    /// nothing.
    Adjudicated,
    /// Only one side's positions ended, by an event of its own (a renunciation) or a treaty
    /// the other side did not sign.
    Renounced,
    /// Both sides came under one outermost party (a federation both joined).
    Absorbed,
    /// It ended otherwise: a position lapsed, or the end is not explained.
    Ended,
}

impl<'a> Dispute<'a> {
    /// The party that names each side: the last of its line to take part (Russia, not the
    /// USSR). The first side is the one whose first party's id sorts first.
    #[must_use]
    pub fn parties(&self) -> [&'a PartyId; 2] {
        let [a, b] = &self.d.named;
        [a, b]
    }

    /// The parties of side `side` (0 or 1) that took part, in the order of their first day
    /// in the dispute; empty for another `side`.
    pub fn side(&self, side: usize) -> impl Iterator<Item = &'a PartyId> + 'a {
        self.d.sides.get(side).map_or(&[][..], |s| &s[..]).iter()
    }

    /// The topmost group or region of its islands (or the island itself): the territory, as
    /// a hand-coded claims dataset would name it.
    #[must_use]
    pub fn territory(&self) -> &'a IslandId {
        &self.d.territory
    }

    /// The islands contended for at some time of the dispute, expanded through groups and
    /// parts as the queries expand them, in dataset order.
    pub fn islands(&self) -> impl Iterator<Item = &'a IslandId> + 'a {
        let data = self.data;
        self.d.per_island.iter().filter_map(move |i| data.islands().at(i.island.get())).map(|i| &i.id)
    }

    /// Each island of the dispute with its own days, end and outcome, in dataset order: the
    /// northern Kurils' contention ended in 1952 while the southern islands' goes on. The
    /// dispute's days are the union of its islands'.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let d = data.disputes().into_iter().find(|d| d.ongoing().is_some()).unwrap();
    /// let iturup = d.per_island().find(|i| i.island().as_str() == "iturup").unwrap();
    /// assert_eq!(iturup.outcome(), island_claims::Outcome::Ongoing);
    /// ```
    pub fn per_island(&self) -> impl Iterator<Item = DisputedIsland<'a>> + 'a {
        let data = self.data;
        self.d.per_island.iter().map(move |d| DisputedIsland { data, d })
    }

    /// The kinds of contention in it, in the order of [`Contention`].
    #[must_use]
    pub fn contention(&self) -> &'a [Contention] {
        &self.d.contention
    }

    /// The days on which it possibly held: from the first day on which two contending
    /// positions may both have held to the last (`None` ends are unbounded).
    #[must_use]
    pub fn possible(&self) -> DayRange {
        DayRange::of_days(self.d.possible.0, self.d.possible.1)
    }

    /// The runs of days on which it definitely held, in order; empty when no day is sure.
    pub fn definite(&self) -> impl Iterator<Item = DayRange> + 'a {
        runs(&self.d.definite)
    }

    /// Its span as an EDTF period: each end a day, or the days it lies between
    /// (`[1945-09-05..1949-06-01]/..`); an open end (`..`) when it surely held from the
    /// infinite past or still holds; an empty end when nothing bounds it, and the empty text
    /// when nothing bounds either.
    #[must_use]
    pub fn period(&self) -> String {
        period_edtf(self.d.possible, &self.d.definite)
    }

    /// How surely it still holds at the end of what the dataset records: definitely when it
    /// definitely holds on every day from some day on, possibly when it may; `None` when it
    /// ended.
    #[must_use]
    pub fn ongoing(&self) -> Option<Certainty> {
        ongoing(self.d.possible, &self.d.definite)
    }

    /// How it stands: ongoing, possibly ongoing, or how it ended (settled, adjudicated,
    /// renounced, absorbed or ended otherwise), on its last day.
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        outcome(self.ongoing(), &self.d.end)
    }

    /// The event the outcome names: the agreement that settled it, the ruling that
    /// adjudicated it, the act or treaty by which one side renounced; `None` for another
    /// outcome.
    #[must_use]
    pub fn outcome_event(&self) -> Option<&'a Event> {
        outcome_event(self.data, self.outcome(), &self.d.end)
    }

    /// The events that ended it: the `ended_by` of its positions whose end stopped the
    /// contention on its last possible day, in dataset order. Empty while it may be ongoing.
    pub fn ended_by(&self) -> impl Iterator<Item = &'a Event> + 'a {
        let data = self.data;
        self.d.end.ended_by.iter().filter_map(move |&e| data.events().at(e))
    }

    /// The event that settled it, when the outcome is [`Outcome::Settled`].
    #[must_use]
    pub fn settled_by(&self) -> Option<&'a Event> {
        if self.outcome() == Outcome::Settled { self.outcome_event() } else { None }
    }

    /// The positions it rests on, in dataset order: each contends, on some day of the
    /// dispute, with a position of the other side.
    pub fn positions(&self) -> impl Iterator<Item = &'a Position> + 'a {
        let data = self.data;
        self.d.positions.iter().filter_map(move |&p| data.all_positions().at(p.get()))
    }

    /// The sources behind its positions, each once, in the order of its positions and their
    /// attributions.
    #[must_use]
    pub fn sources(&self) -> Vec<&'a SourceId> {
        let mut seen = std::collections::HashSet::new();
        self.positions().flat_map(Position::sources).filter(|s| seen.insert(*s)).collect()
    }

    /// Each pair of parties, one of each side, that contended in it, in order of their first
    /// day: the rows of a dyadic table.
    pub fn dyads(&self) -> impl Iterator<Item = Dyad<'a>> + 'a {
        self.d.dyads.iter().map(|d| Dyad { d })
    }

    /// How surely it held at some time of `span`: definitely when it definitely held on some
    /// day of it.
    #[must_use]
    pub fn certainty_during(&self, span: Span) -> Option<Certainty> {
        let (first, last) = span.days();
        self.d.certainty(first, last)
    }
}

/// How an ending reads once it is known whether the contention may go on.
fn outcome(ongoing: Option<Certainty>, end: &Ending) -> Outcome {
    match ongoing {
        Some(Certainty::Definite) => Outcome::Ongoing,
        Some(Certainty::Possible) => Outcome::PossiblyOngoing,
        None => match end.how {
            How::Settled => Outcome::Settled,
            How::Adjudicated => Outcome::Adjudicated,
            How::Renounced => Outcome::Renounced,
            How::Absorbed => Outcome::Absorbed,
            How::Ended => Outcome::Ended,
        },
    }
}

fn outcome_event<'a>(data: &'a Dataset, outcome: Outcome, end: &Ending) -> Option<&'a Event> {
    match outcome {
        Outcome::Settled | Outcome::Adjudicated | Outcome::Renounced => end.by.and_then(|e| data.events().at(e)),
        Outcome::Ongoing | Outcome::PossiblyOngoing | Outcome::Absorbed | Outcome::Ended => None,
    }
}

/// The first and last day of a set of possible days (an empty set, which no answer holds,
/// reads as a range beyond every day).
fn hull_range(possible: &Days) -> DayRange {
    let (first, last) = possible.hull().unwrap_or((POS_INF, POS_INF));
    DayRange::of_days(first, last)
}

/// [`period_edtf`] of a set of possible days: the empty text for an empty set.
fn set_period(possible: &Days, definite: &Days) -> String {
    possible.hull().map_or_else(String::new, |h| period_edtf(h, definite))
}

/// [`ongoing`] of a set of possible days.
fn set_ongoing(possible: &Days, definite: &Days) -> Option<Certainty> {
    possible.hull().and_then(|h| ongoing(h, definite))
}

/// One island of a dispute, with its own days, end and outcome ([`Dispute::per_island`]).
#[derive(Debug, Clone, Copy)]
pub struct DisputedIsland<'a> {
    data: &'a Dataset,
    d: &'a DerivedIsland,
}

impl<'a> DisputedIsland<'a> {
    /// The island.
    #[must_use]
    pub fn island(&self) -> &'a IslandId {
        &self.d.id
    }

    /// The first and last day on which it was possibly contended for in the dispute.
    #[must_use]
    pub fn possible(&self) -> DayRange {
        DayRange::of_days(self.d.possible.0, self.d.possible.1)
    }

    /// The runs of days on which it was definitely contended for.
    pub fn definite(&self) -> impl Iterator<Item = DayRange> + 'a {
        runs(&self.d.definite)
    }

    /// Its span as an EDTF period, as [`Dispute::period`] writes it.
    #[must_use]
    pub fn period(&self) -> String {
        period_edtf(self.d.possible, &self.d.definite)
    }

    /// How surely it is still contended for.
    #[must_use]
    pub fn ongoing(&self) -> Option<Certainty> {
        ongoing(self.d.possible, &self.d.definite)
    }

    /// How its contention stands or ended.
    #[must_use]
    pub fn outcome(&self) -> Outcome {
        outcome(self.ongoing(), &self.d.end)
    }

    /// The event its outcome names, as [`Dispute::outcome_event`] says.
    #[must_use]
    pub fn outcome_event(&self) -> Option<&'a Event> {
        outcome_event(self.data, self.outcome(), &self.d.end)
    }

    /// The events that ended its contention, in dataset order.
    pub fn ended_by(&self) -> impl Iterator<Item = &'a Event> + 'a {
        let data = self.data;
        self.d.end.ended_by.iter().filter_map(move |&e| data.events().at(e))
    }
}

/// The days of one pair of parties, one of each side of a dispute.
#[derive(Debug, Clone, Copy)]
pub struct Dyad<'a> {
    d: &'a DerivedDyad,
}

impl<'a> Dyad<'a> {
    /// The party of the dispute's first side, then the one of its second.
    #[must_use]
    pub fn parties(&self) -> [&'a PartyId; 2] {
        let [a, b] = &self.d.parties;
        [a, b]
    }

    /// The first and last day on which the two possibly contended.
    #[must_use]
    pub fn possible(&self) -> DayRange {
        hull_range(&self.d.possible)
    }

    /// The runs of days on which the two definitely contended.
    pub fn definite(&self) -> impl Iterator<Item = DayRange> + 'a {
        runs(&self.d.definite)
    }

    /// Their span as an EDTF period, as [`Dispute::period`] writes it.
    #[must_use]
    pub fn period(&self) -> String {
        set_period(&self.d.possible, &self.d.definite)
    }

    /// How surely the two still contend, as [`Dispute::ongoing`] says it.
    #[must_use]
    pub fn ongoing(&self) -> Option<Certainty> {
        set_ongoing(&self.d.possible, &self.d.definite)
    }
}

/// A dispute that a time query found, with how surely it held then.
#[derive(Debug, Clone, Copy)]
pub struct DisputeMatch<'a> {
    dispute: Dispute<'a>,
    certainty: Certainty,
}

impl<'a> DisputeMatch<'a> {
    /// The dispute.
    #[must_use]
    pub fn dispute(&self) -> Dispute<'a> {
        self.dispute
    }

    /// How surely it held at some time of the span asked about: definitely when it
    /// definitely held on some day of it.
    #[must_use]
    pub fn certainty(&self) -> Certainty {
        self.certainty
    }
}

impl Dataset {
    /// Every dispute that follows from the positions: two sides, not linked by succession or
    /// by `part_of`, whose positions on the same islands at the same time cannot both stand.
    /// In the order of their first possible day, then of their parties' ids.
    ///
    /// The rules:
    /// - **Contention**: both claim the islands; one claims them while the other holds them
    ///   in fact; or one disputes the other's sovereignty (see [`Contention`] for which
    ///   stances count how).
    /// - **Sides**: parties joined by uncontested succession are one side, continued by the
    ///   successor (the USSR, then Russia). A party's positions count for the party it is
    ///   `part_of` or `represents` while that holds (an oblast for its state, a minister for
    ///   the government), so a territory is never in dispute with its own state; parties
    ///   joined by a contested succession are not in dispute with each other either.
    /// - **Islands**: groups and regions expand to their members, islands to their parts, as
    ///   the queries expand them; a part counts only while it may exist.
    /// - **Days**: the contention possibly holds on a day on which both positions possibly
    ///   hold, definitely on a day in both of their cores. Everything two sides contend for
    ///   under one topmost group or region ([`territory`](Dispute::territory)) is one
    ///   dispute for each run of days on which some contention possibly holds.
    /// - **End**: see [`Dispute::ended_by`], [`Dispute::settled_by`], [`Outcome`].
    ///
    /// Derived on first use, once (linear in the positions and their islands, with a sort);
    /// later calls and the time queries read what was derived.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// for d in data.disputes() {
    ///     let [a, b] = d.parties();
    ///     assert_ne!(a, b);
    ///     assert!(d.positions().next().is_some());
    /// }
    /// // The Russian Empire recognised Japan's sovereignty: it is in no dispute.
    /// assert!(data.disputes().iter().all(|d| d.parties().iter().all(|p| p.as_str() != "russian-empire")));
    /// ```
    #[must_use]
    pub fn disputes(&self) -> Vec<Dispute<'_>> {
        self.derived_disputes().list().iter().map(|d| Dispute { data: self, d }).collect()
    }

    /// The disputes that possibly held at some time `when` (a year, a day or a [`Span`]),
    /// each with how surely, in the order of [`disputes`](Self::disputes). O(log n + k)
    /// through the disputes' interval index.
    ///
    /// ```
    /// use island_claims::Certainty;
    /// use island_claims::chrono::NaiveDate;
    ///
    /// let data = island_claims::datasets::kuril();
    /// assert!(data.disputes_during(2021).iter().any(|m| m.certainty() == Certainty::Definite));
    /// let in_1972 = data.disputes_during(1972);
    /// assert!(in_1972.iter().any(|m| m.dispute().side(1).any(|p| p.as_str() == "ussr")));
    /// let day = NaiveDate::from_ymd_opt(1940, 1, 1).unwrap();
    /// assert!(data.disputes_during(day).is_empty());
    /// ```
    #[must_use]
    pub fn disputes_during(&self, when: impl Into<Span>) -> Vec<DisputeMatch<'_>> {
        let (first, last) = when.into().days();
        let mut out = Vec::new();
        self.derived_disputes().search(first, last, &mut out, |d, certainty| DisputeMatch {
            dispute: Dispute { data: self, d },
            certainty,
        });
        out
    }

    /// The disputes that possibly held at some time of `year`.
    #[deprecated(note = "write `disputes_during(year)`: one method takes a day, a year or a span")]
    #[must_use]
    pub fn disputes_in_year(&self, year: i32) -> Vec<DisputeMatch<'_>> {
        self.disputes_during(year)
    }

    /// The disputes that possibly held on `date`.
    #[deprecated(note = "write `disputes_during(date)`: one method takes a day, a year or a span")]
    #[must_use]
    pub fn disputes_at(&self, date: NaiveDate) -> Vec<DisputeMatch<'_>> {
        self.disputes_during(date)
    }
}

fn runs(days: &Days) -> impl Iterator<Item = DayRange> + '_ {
    days.runs().iter().map(|&(a, b)| DayRange::of_days(a, b))
}

fn ongoing(possible: (i32, i32), definite: &Days) -> Option<Certainty> {
    if possible.1 != POS_INF {
        None
    } else if definite.runs().last().is_some_and(|r| r.1 == POS_INF) {
        Some(Certainty::Definite)
    } else {
        Some(Certainty::Possible)
    }
}

/// `possible` and `definite` as an EDTF period: each end the days it lies between.
fn period_edtf(possible: (i32, i32), definite: &Days) -> String {
    let (lo, hi) = possible;
    let sure = definite.hull();
    // The start lies between the first possible day and the first sure one (or, with no sure
    // day, the last possible one); the end between the last sure day (or the first possible
    // one) and the last possible one.
    let start_hi = sure.map_or(hi, |s| s.0);
    let end_lo = sure.map_or(lo, |s| s.1);
    let start = if start_hi == NEG_INF { "..".to_owned() } else { edtf_between(lo, start_hi) };
    let end = if end_lo == POS_INF { "..".to_owned() } else { edtf_between(end_lo, hi) };
    if start.is_empty() && end.is_empty() {
        // Nothing bounds either end: EDTF has no period for that.
        return String::new();
    }
    format!("{start}/{end}")
}

impl Serialize for Dispute<'_> {
    /// The JSON of [`OwnedDispute`](crate::query::OwnedDispute), which is made for it.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.into_owned().serialize(serializer)
    }
}

impl Serialize for DisputeMatch<'_> {
    /// The JSON of [`OwnedDisputeMatch`](crate::query::OwnedDisputeMatch): `certainty`, then the
    /// dispute's fields.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.into_owned().serialize(serializer)
    }
}

impl Serialize for Dyad<'_> {
    /// The JSON of [`OwnedDyad`](crate::query::OwnedDyad).
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.into_owned().serialize(serializer)
    }
}
