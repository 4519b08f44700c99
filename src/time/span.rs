//! Finite ranges of days to query, and day ranges that may be unbounded.

use chrono::NaiveDate;

use super::days::{date_of, day_number, year_days};
use super::error::DateError;

/// An inclusive range of days whose ends may be unbounded.
///
/// `None` at the start means "without limit in the past", at the end "without limit in the
/// future". Returned by [`Period::hull`](crate::Period::hull) and [`Period::core`](crate::Period::core).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DayRange {
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl DayRange {
    /// The days between two internal day numbers; an infinite number leaves that side unbounded.
    pub(crate) fn of_days(first: i32, last: i32) -> Self {
        Self { first: date_of(first), last: date_of(last) }
    }

    /// The first day, or `None` when the range has no limit in the past.
    #[must_use]
    pub fn first(&self) -> Option<NaiveDate> {
        self.first
    }

    /// The last day, or `None` when the range has no limit in the future.
    #[must_use]
    pub fn last(&self) -> Option<NaiveDate> {
        self.last
    }

    /// Whether `day` lies in the range.
    #[must_use]
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.first.is_none_or(|f| f <= day) && self.last.is_none_or(|l| day <= l)
    }
}

/// A finite, inclusive range of days to query: a day, a year, or any two days.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::Span;
///
/// let y = Span::year(1956);
/// assert_eq!(y.first(), NaiveDate::from_ymd_opt(1956, 1, 1));
/// let d = NaiveDate::from_ymd_opt(1960, 1, 27).unwrap();
/// assert!(Span::new(d, d).is_ok());
/// assert!(Span::new(d, d.pred_opt().unwrap()).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    first: i32,
    last: i32,
}

impl Span {
    /// The days from `first` to `last`, both included.
    ///
    /// # Errors
    ///
    /// [`DateError::ReversedSpan`] when `last` is before `first`.
    pub fn new(first: NaiveDate, last: NaiveDate) -> Result<Self, DateError> {
        if last < first {
            return Err(DateError::ReversedSpan { first, last });
        }
        Ok(Self { first: day_number(first), last: day_number(last) })
    }

    /// One day.
    #[must_use]
    pub fn day(day: NaiveDate) -> Self {
        let n = day_number(day);
        Self { first: n, last: n }
    }

    /// One calendar year. Years beyond chrono's range (about ±262,000) are allowed and lie
    /// after (or before) every dated end, so only open-ended periods reach them.
    #[must_use]
    pub fn year(year: i32) -> Self {
        let (first, last) = year_days(year);
        Self { first, last }
    }

    /// The first day, or `None` for a year beyond chrono's range.
    #[must_use]
    pub fn first(&self) -> Option<NaiveDate> {
        date_of(self.first)
    }

    /// The last day, or `None` for a year beyond chrono's range.
    #[must_use]
    pub fn last(&self) -> Option<NaiveDate> {
        date_of(self.last)
    }

    pub(crate) fn days(&self) -> (i32, i32) {
        (self.first, self.last)
    }
}

impl From<NaiveDate> for Span {
    /// One day: [`Span::day`].
    fn from(day: NaiveDate) -> Self {
        Self::day(day)
    }
}

impl From<i32> for Span {
    /// One calendar year: [`Span::year`]. So every time query takes a year, a day or a span:
    ///
    /// ```
    /// use island_claims::Span;
    /// assert_eq!(Span::from(1956), Span::year(1956));
    /// ```
    fn from(year: i32) -> Self {
        Self::year(year)
    }
}
