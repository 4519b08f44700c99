//! Finite ranges of days to query, and day ranges that may be unbounded.

use chrono::NaiveDate;

use super::days::{date_of, day_number, year_days};
use super::error::DateError;

/// An inclusive range of days whose ends may be unbounded.
///
/// `None` at the start means "without limit in the past", at the end "without limit in the
/// future". Returned by [`Period::hull`](crate::Period::hull) and [`Period::core`](crate::Period::core).
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::Period;
/// let hull = Period::parse("1991-12-26/..")?.hull();
/// assert_eq!(hull.first(), NaiveDate::from_ymd_opt(1991, 12, 26));
/// assert_eq!(hull.last(), None); // still held: no limit in the future
/// # Ok::<(), island_claims::DateError>(())
/// ```
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
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// assert_eq!(Period::parse("1956-10/1960")?.hull().first(), NaiveDate::from_ymd_opt(1956, 10, 1));
    /// assert_eq!(Period::parse("../1945")?.hull().first(), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn first(&self) -> Option<NaiveDate> {
        self.first
    }

    /// The last day, or `None` when the range has no limit in the future.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// assert_eq!(Period::parse("1956/1960-01")?.hull().last(), NaiveDate::from_ymd_opt(1960, 1, 31));
    /// assert_eq!(Period::parse("1991/..")?.hull().last(), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn last(&self) -> Option<NaiveDate> {
        self.last
    }

    /// Whether `day` lies in the range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let hull = Period::parse("1956-12-12/1960-01-27")?.hull();
    /// assert!(hull.contains(day(1956, 12, 12)) && hull.contains(day(1960, 1, 27)));
    /// assert!(!hull.contains(day(1960, 1, 28)));
    /// assert!(Period::parse("1991/..")?.hull().contains(day(9999, 12, 31)));
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
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
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::{DateError, Span};
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let summer = Span::new(day(1956, 6, 1), day(1956, 8, 31))?;
    /// assert_eq!((summer.first(), summer.last()), (Some(day(1956, 6, 1)), Some(day(1956, 8, 31))));
    /// let err = Span::new(day(1956, 8, 31), day(1956, 6, 1)).unwrap_err();
    /// assert!(matches!(err, DateError::ReversedSpan { .. }));
    /// # Ok::<(), DateError>(())
    /// ```
    pub fn new(first: NaiveDate, last: NaiveDate) -> Result<Self, DateError> {
        if last < first {
            return Err(DateError::ReversedSpan { first, last });
        }
        Ok(Self { first: day_number(first), last: day_number(last) })
    }

    /// One day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Span;
    /// let signed = NaiveDate::from_ymd_opt(1956, 10, 19).unwrap();
    /// let span = Span::day(signed);
    /// assert_eq!((span.first(), span.last()), (Some(signed), Some(signed)));
    /// assert_eq!(Span::from(signed), span);
    /// ```
    #[must_use]
    pub fn day(day: NaiveDate) -> Self {
        let n = day_number(day);
        Self { first: n, last: n }
    }

    /// One calendar year. Years beyond chrono's range (about ±262,000) are allowed and lie
    /// after (or before) every dated end, so only open-ended periods reach them.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Span;
    /// let y = Span::year(1956);
    /// assert_eq!(y.first(), NaiveDate::from_ymd_opt(1956, 1, 1));
    /// assert_eq!(y.last(), NaiveDate::from_ymd_opt(1956, 12, 31));
    /// // Far beyond chrono's calendar: no day to name, but still a year to ask about.
    /// assert_eq!(Span::year(i32::MAX).first(), None);
    /// ```
    #[must_use]
    pub fn year(year: i32) -> Self {
        let (first, last) = year_days(year);
        Self { first, last }
    }

    /// The first day, or `None` for a year beyond chrono's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Span;
    /// assert_eq!(Span::year(1945).first(), NaiveDate::from_ymd_opt(1945, 1, 1));
    /// ```
    #[must_use]
    pub fn first(&self) -> Option<NaiveDate> {
        date_of(self.first)
    }

    /// The last day, or `None` for a year beyond chrono's range.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Span;
    /// assert_eq!(Span::year(1945).last(), NaiveDate::from_ymd_opt(1945, 12, 31));
    /// ```
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
