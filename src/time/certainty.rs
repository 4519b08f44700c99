//! How sure a match is, from the four bounds of a period.

use serde::{Deserialize, Serialize};

use super::days::{NEG_INF, POS_INF};
use super::period::PeriodEnd;
use super::when::When;

/// How sure a query match is, over every reading of the uncertain dates.
///
/// `Definite` sorts above `Possible`, so `certainty >= Certainty::Possible` keeps both.
///
/// # Examples
///
/// ```
/// use island_claims::{Certainty, Period, Span};
/// let p = Period::parse("1956?/1960")?;
/// assert_eq!(p.certainty_during(Span::year(1958)), Some(Certainty::Definite));
/// assert_eq!(p.certainty_during(Span::year(1955)), Some(Certainty::Possible));
/// // Definite is the surer: a minimum certainty keeps it.
/// assert!(Certainty::Definite > Certainty::Possible);
/// assert_eq!(Certainty::Possible.to_string(), "possible");
/// # Ok::<(), island_claims::DateError>(())
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
pub enum Certainty {
    /// Some reading of the dates matches, but not every one.
    Possible,
    /// Every reading of the dates matches.
    Definite,
}

/// The four bounds of a period as internal day numbers: the earliest and latest reading of
/// its start and of its end. Infinite ends are [`NEG_INF`] and [`POS_INF`].
///
/// A [`Period`](super::Period) keeps the bounds of its widened ends (qualifiers counted, see
/// [`When::widened`]): those are the readings every certainty, check and query weighs. Its
/// stated hull and core come from [`Bounds::stated`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Bounds {
    pub(crate) start_lo: i32,
    pub(crate) start_hi: i32,
    pub(crate) end_lo: i32,
    pub(crate) end_hi: i32,
}

impl Bounds {
    /// The bounds of the ends with their qualifiers counted.
    pub(super) fn widened(start: &PeriodEnd, end: &PeriodEnd) -> Self {
        Self::of(start, end, When::widened_days)
    }

    /// The bounds of the ends as stated, without their qualifiers.
    pub(super) fn stated(start: &PeriodEnd, end: &PeriodEnd) -> Self {
        Self::of(start, end, When::days)
    }

    fn of(start: &PeriodEnd, end: &PeriodEnd, days: fn(&When) -> (i32, i32)) -> Self {
        let (end_lo, end_hi) = match end {
            PeriodEnd::At(w) => days(w),
            PeriodEnd::Open => (POS_INF, POS_INF),
            // Filled in from the start below.
            PeriodEnd::Unknown => (NEG_INF, POS_INF),
        };
        let (start_lo, start_hi) = match start {
            PeriodEnd::At(w) => days(w),
            PeriodEnd::Open => (NEG_INF, NEG_INF),
            // An unknown start lies anywhere before the end; its latest reading is the end's.
            PeriodEnd::Unknown => (NEG_INF, end_hi),
        };
        // An unknown end lies anywhere after the start; its earliest reading is the start's.
        let end_lo = if matches!(end, PeriodEnd::Unknown) { start_lo } else { end_lo };
        // No reading ends before it starts: an end known only as "on or before 2022" of a
        // period begun in 2001 ends in 2001 at the earliest, and a start "on or after 1984"
        // of a period ended in 1990 starts by 1990. (A period that surely ends before it
        // starts is refused by validation, and these clamps leave it as it is.)
        let end_lo = if end_lo < start_lo && start_lo <= end_hi { start_lo } else { end_lo };
        let start_hi = if start_hi > end_hi && start_lo <= end_hi { end_hi } else { start_hi };
        Self { start_lo, start_hi, end_lo, end_hi }
    }

    /// How surely the period overlaps the days `first..=last`.
    pub(crate) fn certainty(&self, first: i32, last: i32) -> Option<Certainty> {
        if self.start_hi <= last && self.end_lo >= first {
            Some(Certainty::Definite)
        } else if self.start_lo <= last && self.end_hi >= first {
            Some(Certainty::Possible)
        } else {
            None
        }
    }

    /// Whether the two periods overlap on every reading of both.
    pub(crate) fn surely_overlaps(&self, other: &Self) -> bool {
        self.start_hi <= other.end_lo && other.start_hi <= self.end_lo
    }

    /// Whether this period surely lies (at least partly) outside `outer`'s hull: every reading
    /// of it holds on some day outside (its core reaches past `outer`'s hull: with an open
    /// start, that includes the infinite past), or none overlaps it. Validation refuses a
    /// position or event so placed; the strategies generate only what it accepts.
    pub(crate) fn surely_outside(&self, outer: &Self) -> bool {
        let core_outside =
            self.start_hi <= self.end_lo && (self.start_hi < outer.start_lo || self.end_lo > outer.end_hi);
        let disjoint = self.end_hi < outer.start_lo || self.start_lo > outer.end_hi;
        core_outside || disjoint
    }

    /// Whether the end surely comes before the start.
    pub(crate) fn is_reversed(&self) -> bool {
        self.end_hi < self.start_lo
    }
}
