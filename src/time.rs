//! Dates and periods as EDTF strings, bounded to days.
//!
//! Every date in the model is an [EDTF](https://www.loc.gov/standards/datetime/) string
//! (ISO 8601-2 Annex A), parsed and bounded by the `edtf-core` crate: `1956`, `1973-10`,
//! `1956-10-19`, `197X`, `1956~`, `1956?`. A [`When`] is one such date and covers an inclusive
//! range of days. A [`Period`] is an interval of two ends, each a `When`, open (`..`) or unknown
//! (empty): `1956-10-19/1960-01-27`, `1993/..`, `/1945`. All dates are proleptic Gregorian;
//! Julian dates are converted on input with [`When::from_julian`] and [`Period::from_julian`].
//!
//! Queries ask how sure a match is. A period *definitely* holds on a day inside its
//! [core](Period::core) and *possibly* on a day inside its [hull](Period::hull); see
//! [`Period::certainty_during`].

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use edtf_core::{Bound, BoundDate, Edtf, IntervalEndpoint, SetKind};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize};

/// Internal day number of "infinitely long ago": below every real day.
pub(crate) const NEG_INF: i32 = i32::MIN;
/// Internal day number of "forever": above every real day.
pub(crate) const POS_INF: i32 = i32::MAX;

/// Why a date, period or span was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not valid EDTF, as `edtf-core` reports it.
    #[error("invalid EDTF date '{input}' at offset {offset}: {message}")]
    Edtf {
        /// The refused text.
        input: String,
        /// Byte offset of the problem.
        offset: usize,
        /// What is wrong there.
        message: &'static str,
    },
    /// Valid EDTF, but not of the form expected here (an interval where one date is expected).
    #[error("'{input}' is {found}; expected {expected}")]
    WrongForm {
        /// The refused text.
        input: String,
        /// What the text is.
        found: &'static str,
        /// What was expected.
        expected: &'static str,
    },
    /// A date outside the years this crate can compute with (about ±262,000).
    #[error("date '{input}' lies outside the supported range of years")]
    OutOfRange {
        /// The refused text.
        input: String,
    },
    /// A Julian calendar date that does not exist.
    #[error("julian date {year:04}-{month:02}-{day:02} is not a valid julian calendar day")]
    Julian {
        /// Year (astronomical numbering).
        year: i64,
        /// Month, 1 to 12.
        month: u8,
        /// Day of month (0 when only a year or month was given).
        day: u8,
    },
    /// A span whose last day is before its first.
    #[error("span ends on {last} before it starts on {first}")]
    ReversedSpan {
        /// The first day given.
        first: NaiveDate,
        /// The last day given.
        last: NaiveDate,
    },
}

fn edtf_error(input: &str, e: edtf_core::ParseError) -> DateError {
    DateError::Edtf { input: input.to_owned(), offset: e.offset, message: e.message }
}

fn to_naive(b: BoundDate) -> Option<NaiveDate> {
    let year = i32::try_from(b.year).ok()?;
    NaiveDate::from_ymd_opt(year, u32::from(b.month), u32::from(b.day))
}

fn from_naive(d: NaiveDate) -> BoundDate {
    // Month and day always fit in a u8.
    BoundDate {
        year: i64::from(d.year()),
        month: u8::try_from(d.month()).unwrap_or(1),
        day: u8::try_from(d.day()).unwrap_or(1),
    }
}

/// The internal day number of a date: days since 0001-01-01 (day 1).
pub(crate) fn day_number(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// The date of an internal day number, if it is a real day.
pub(crate) fn date_of(n: i32) -> Option<NaiveDate> {
    if n == NEG_INF || n == POS_INF {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(n)
}

/// The first and last internal day numbers of a year. Years beyond what chrono can represent
/// map past every real day (but short of the infinities), so that only open ends reach them.
pub(crate) fn year_days(year: i32) -> (i32, i32) {
    match (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) {
        (Some(a), Some(b)) => (day_number(a), day_number(b)),
        _ if year > 0 => (POS_INF - 2, POS_INF - 1),
        _ => (NEG_INF + 1, NEG_INF + 2),
    }
}

/// A date of some precision: one EDTF date covering an inclusive range of days.
///
/// `1956` covers 1956-01-01 to 1956-12-31, `197X` the 1970s, `1956-10-19` one day.
/// Qualifiers (`?` uncertain, `~` approximate) are kept and do not move the bounds.
/// A one-of set such as `[1956,1957]` is also a date: one of those years.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::When;
///
/// let decade: When = "197X".parse()?;
/// assert_eq!(decade.earliest(), NaiveDate::from_ymd_opt(1970, 1, 1).unwrap());
/// assert_eq!(decade.latest(), NaiveDate::from_ymd_opt(1979, 12, 31).unwrap());
///
/// let err = When::parse("1956-02-30").unwrap_err();
/// assert!(err.to_string().contains("day is out of range"));
/// # Ok::<(), island_claims::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct When {
    text: Box<str>,
    earliest: NaiveDate,
    latest: NaiveDate,
    uncertain: bool,
    approximate: bool,
}

impl When {
    /// Parses one EDTF date (levels 0 to 2).
    ///
    /// # Errors
    ///
    /// [`DateError::Edtf`] when the text is not valid EDTF (`1956-13`, `abc`),
    /// [`DateError::WrongForm`] when it is an interval or an all-of set, and
    /// [`DateError::OutOfRange`] when its year is beyond about ±262,000.
    ///
    /// ```
    /// use island_claims::When;
    /// assert!(When::parse("1956~").unwrap().is_approximate());
    /// assert!(When::parse("1956/1960").is_err());
    /// ```
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let edtf = Edtf::parse(text).map_err(|e| edtf_error(text, e))?;
        Self::from_parsed(text, &edtf)
    }

    /// The date `edtf`, already parsed from `text`.
    fn from_parsed(text: &str, edtf: &Edtf) -> Result<Self, DateError> {
        let wrong = |found| DateError::WrongForm {
            input: text.to_owned(),
            found,
            expected: "a single EDTF date such as '1956' or '1956-10-19'",
        };
        match edtf {
            Edtf::Date(_) | Edtf::DateTime(_) => {}
            Edtf::Set(s) if s.kind == SetKind::OneMember => {}
            Edtf::Set(_) => return Err(wrong("a set of several dates")),
            Edtf::Interval(_) => return Err(wrong("an interval")),
        }
        let bounds = edtf.bounds();
        let out_of_range = || DateError::OutOfRange { input: text.to_owned() };
        let (Bound::Date(lo), Bound::Date(hi)) = (bounds.earliest, bounds.latest) else {
            return Err(out_of_range());
        };
        Ok(Self {
            text: text.into(),
            earliest: to_naive(lo).ok_or_else(out_of_range)?,
            latest: to_naive(hi).ok_or_else(out_of_range)?,
            uncertain: edtf.is_uncertain(),
            approximate: edtf.is_approximate(),
        })
    }

    /// The date of one exact day.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::When;
    /// let d = NaiveDate::from_ymd_opt(1956, 10, 19).unwrap();
    /// assert_eq!(When::day(d).as_str(), "1956-10-19");
    /// ```
    #[must_use]
    pub fn day(date: NaiveDate) -> Self {
        Self {
            text: from_naive(date).to_string().into(),
            earliest: date,
            latest: date,
            uncertain: false,
            approximate: false,
        }
    }

    /// Converts a complete proleptic Julian (Old Style) date to the Gregorian day it names.
    ///
    /// Russian sources before 1918 give Julian dates: the Treaty of Shimoda was signed on
    /// 1855-01-26 Julian, which is 1855-02-07 Gregorian.
    ///
    /// # Errors
    ///
    /// [`DateError::Julian`] when the date does not exist in the Julian calendar, and
    /// [`DateError::OutOfRange`] when it is beyond the supported years.
    ///
    /// ```
    /// use island_claims::When;
    /// assert_eq!(When::from_julian(1855, 1, 26)?.as_str(), "1855-02-07");
    /// assert!(When::from_julian(1855, 2, 30).is_err());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    pub fn from_julian(year: i64, month: u8, day: u8) -> Result<Self, DateError> {
        let julian = edtf_calendars::JulianDate { year, month, day };
        let g = edtf_calendars::julian_to_gregorian(julian).map_err(|_| DateError::Julian { year, month, day })?;
        let date = to_naive(g).ok_or_else(|| DateError::OutOfRange { input: julian.to_string() })?;
        Ok(Self::day(date))
    }

    /// The EDTF text, as given.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The first day this date may be.
    #[must_use]
    pub fn earliest(&self) -> NaiveDate {
        self.earliest
    }

    /// The last day this date may be.
    #[must_use]
    pub fn latest(&self) -> NaiveDate {
        self.latest
    }

    /// Whether the source is unsure of this date (`?` or `%` in EDTF).
    #[must_use]
    pub fn is_uncertain(&self) -> bool {
        self.uncertain
    }

    /// Whether this date is an estimate (`~` or `%` in EDTF).
    #[must_use]
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    pub(crate) fn days(&self) -> (i32, i32) {
        (day_number(self.earliest), day_number(self.latest))
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for When {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for When {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_via(deserializer, When::parse)
    }
}

/// Reads a string through `parse`, as `#[serde(try_from = "String")]` would, with the same
/// messages, but from the text the deserializer holds: no `String` is made only to be parsed
/// and dropped (two allocations per period saved when loading).
fn deserialize_via<'de, D, T, E>(deserializer: D, parse: fn(&str) -> Result<T, E>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    struct Via<T, E>(fn(&str) -> Result<T, E>);

    impl<T, E: fmt::Display> Visitor<'_> for Via<T, E> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<Er: de::Error>(self, v: &str) -> Result<T, Er> {
            (self.0)(v).map_err(Er::custom)
        }
    }

    deserializer.deserialize_str(Via(parse))
}

impl From<When> for String {
    fn from(w: When) -> String {
        w.text.into_string()
    }
}

/// One end of a [`Period`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PeriodEnd {
    /// A date of some precision.
    At(When),
    /// Open (`..` in EDTF): without limit, forever before or after.
    Open,
    /// Unknown (empty in EDTF): a real end that no source gives.
    Unknown,
}

impl PeriodEnd {
    /// The date of this end, if it has one.
    #[must_use]
    pub fn when(&self) -> Option<&When> {
        match self {
            Self::At(w) => Some(w),
            Self::Open | Self::Unknown => None,
        }
    }

    fn text(&self) -> &str {
        match self {
            Self::At(w) => w.as_str(),
            Self::Open => "..",
            Self::Unknown => "",
        }
    }

    fn parse(text: &str) -> Result<Self, DateError> {
        match text {
            "" => Ok(Self::Unknown),
            ".." => Ok(Self::Open),
            _ => When::parse(text).map(Self::At),
        }
    }
}

/// An inclusive range of days whose ends may be unbounded.
///
/// `None` at the start means "without limit in the past", at the end "without limit in the
/// future". Returned by [`Period::hull`] and [`Period::core`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DayRange {
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
}

impl DayRange {
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

/// How sure a query match is, over every reading of the uncertain dates.
///
/// `Definite` sorts above `Possible`, so `certainty >= Certainty::Possible` keeps both.
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
    fn from(day: NaiveDate) -> Self {
        Self::day(day)
    }
}

/// The four bounds of a period as internal day numbers: the earliest and latest reading of
/// its start and of its end. Infinite ends are [`NEG_INF`] and [`POS_INF`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Bounds {
    pub(crate) start_lo: i32,
    pub(crate) start_hi: i32,
    pub(crate) end_lo: i32,
    pub(crate) end_hi: i32,
}

impl Bounds {
    fn of(start: &PeriodEnd, end: &PeriodEnd) -> Self {
        let (end_lo, end_hi) = match end {
            PeriodEnd::At(w) => w.days(),
            PeriodEnd::Open => (POS_INF, POS_INF),
            // Filled in from the start below.
            PeriodEnd::Unknown => (NEG_INF, POS_INF),
        };
        let (start_lo, start_hi) = match start {
            PeriodEnd::At(w) => w.days(),
            PeriodEnd::Open => (NEG_INF, NEG_INF),
            // An unknown start lies anywhere before the end; its latest reading is the end's.
            PeriodEnd::Unknown => (NEG_INF, end_hi),
        };
        // An unknown end lies anywhere after the start; its earliest reading is the start's.
        let end_lo = if matches!(end, PeriodEnd::Unknown) { start_lo } else { end_lo };
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

    /// Whether the end surely comes before the start.
    pub(crate) fn is_reversed(&self) -> bool {
        self.end_hi < self.start_lo
    }
}

/// An interval of time, both ends inclusive, each a date, open or unknown.
///
/// Written in EDTF: `1956-10-19/1960-01-27`, `1993/..` (still holds), `/1945` (began at an
/// unknown time before the end of 1945), or a single date such as `1956` (began and ended
/// within 1956). The [hull](Self::hull) holds every day on which the period may have held,
/// the [core](Self::core) every day on which it surely held.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::{Certainty, Period, Span};
///
/// let p: Period = "195X/1970".parse()?;
/// assert_eq!(p.certainty_during(Span::year(1955)), Some(Certainty::Possible));
/// assert_eq!(p.certainty_during(Span::year(1960)), Some(Certainty::Definite));
/// assert_eq!(p.certainty_during(Span::year(1971)), None);
///
/// assert!(Period::parse("1956-13/1960").is_err());
/// # Ok::<(), island_claims::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Period {
    text: Box<str>,
    start: PeriodEnd,
    end: PeriodEnd,
    bounds: Bounds,
}

impl Period {
    /// Parses an EDTF interval or a single EDTF date (which then is both ends).
    ///
    /// An interval whose end is surely before its start is accepted here, so that loading
    /// reports it with every other problem as `period_reversed`; a dataset never holds one.
    ///
    /// # Errors
    ///
    /// [`DateError::Edtf`] when either end is not valid EDTF, [`DateError::WrongForm`] for
    /// a set of several dates or an `..date` / `date..` end, [`DateError::OutOfRange`] for
    /// years beyond about ±262,000.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        match Edtf::parse(text) {
            Ok(Edtf::Interval(iv)) => {
                let start = Self::interval_end(text, &iv.start)?;
                let end = Self::interval_end(text, &iv.end)?;
                Ok(Self::with_text(text.into(), start, end))
            }
            Ok(edtf) => {
                let when = When::from_parsed(text, &edtf)?;
                Ok(Self::with_text(text.into(), PeriodEnd::At(when.clone()), PeriodEnd::At(when)))
            }
            Err(e) => {
                // edtf-core refuses an interval whose end precedes its start. Its ends alone
                // may still be valid: keep it so validation can report it with the rest.
                let reversed = e.message == "interval end precedes interval start";
                let err = edtf_error(text, e);
                let Some((a, b)) = text.split_once('/').filter(|_| reversed) else { return Err(err) };
                match (PeriodEnd::parse(a), PeriodEnd::parse(b)) {
                    (Ok(start @ PeriodEnd::At(_)), Ok(end @ PeriodEnd::At(_))) => {
                        Ok(Self::with_text(text.into(), start, end))
                    }
                    _ => Err(err),
                }
            }
        }
    }

    fn interval_end(text: &str, end: &IntervalEndpoint) -> Result<PeriodEnd, DateError> {
        match end {
            IntervalEndpoint::Open => Ok(PeriodEnd::Open),
            IntervalEndpoint::Unknown => Ok(PeriodEnd::Unknown),
            IntervalEndpoint::Date(d) => {
                let one = Edtf::Date(*d).to_string();
                // The end's own text is edtf-core's writing of it; it is not parsed again.
                When::from_parsed(&one, &Edtf::Date(*d)).map(PeriodEnd::At).map_err(|e| match e {
                    DateError::OutOfRange { .. } => DateError::OutOfRange { input: text.to_owned() },
                    other => other,
                })
            }
            IntervalEndpoint::OnOrBefore(_) | IntervalEndpoint::OnOrAfter(_) => Err(DateError::WrongForm {
                input: text.to_owned(),
                found: "an interval with an on-or-before or on-or-after end",
                expected: "ends that are dates, '..' (open) or empty (unknown)",
            }),
        }
    }

    fn with_text(text: Box<str>, start: PeriodEnd, end: PeriodEnd) -> Self {
        let bounds = Bounds::of(&start, &end);
        Self { text, start, end, bounds }
    }

    /// A period from its two ends.
    ///
    /// # Errors
    ///
    /// [`DateError::WrongForm`] when neither end is a date (`../..` says nothing).
    ///
    /// ```
    /// use island_claims::{Period, PeriodEnd, When};
    /// let p = Period::new(PeriodEnd::At(When::parse("1993")?), PeriodEnd::Open)?;
    /// assert_eq!(p.as_str(), "1993/..");
    /// assert!(Period::new(PeriodEnd::Open, PeriodEnd::Unknown).is_err());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    pub fn new(start: PeriodEnd, end: PeriodEnd) -> Result<Self, DateError> {
        let text = format!("{}/{}", start.text(), end.text());
        if start.when().is_none() && end.when().is_none() {
            return Err(DateError::WrongForm {
                input: text,
                found: "a period without a dated end",
                expected: "at least one end that is a date",
            });
        }
        Ok(Self::with_text(text.into(), start, end))
    }

    /// A period that began and ended within one date: `1956` or `1956-10-19`.
    #[must_use]
    pub fn at(when: When) -> Self {
        Self::with_text(when.as_str().into(), PeriodEnd::At(when.clone()), PeriodEnd::At(when))
    }

    /// Converts a proleptic Julian (Old Style) year, month or day to the Gregorian period
    /// it covers: a Julian day is one Gregorian day, a Julian year or month a span of days.
    ///
    /// # Errors
    ///
    /// [`DateError::Julian`] when the parts do not name a Julian calendar day, month or year,
    /// and [`DateError::OutOfRange`] when the result is beyond the supported years.
    ///
    /// ```
    /// use island_claims::Period;
    /// assert_eq!(Period::from_julian(1917, None, None)?.as_str(), "1917-01-14/1918-01-13");
    /// assert_eq!(Period::from_julian(1855, Some(1), Some(26))?.as_str(), "1855-02-07");
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    pub fn from_julian(year: i64, month: Option<u8>, day: Option<u8>) -> Result<Self, DateError> {
        let bad = DateError::Julian { year, month: month.unwrap_or(0), day: day.unwrap_or(0) };
        let converted = edtf_calendars::convert(year, month, day).map_err(|_| bad)?;
        let out_of_range = |b: BoundDate| DateError::OutOfRange { input: b.to_string() };
        let one = |b: BoundDate| to_naive(b).map(When::day).ok_or_else(|| out_of_range(b));
        Ok(match converted {
            edtf_calendars::Converted::Day(d) => Self::at(one(d)?),
            edtf_calendars::Converted::Span { earliest, latest } => {
                let (start, end) = (one(earliest)?, one(latest)?);
                let text = format!("{start}/{end}");
                Self::with_text(text.into(), PeriodEnd::At(start), PeriodEnd::At(end))
            }
        })
    }

    /// The EDTF text, as given.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The start.
    #[must_use]
    pub fn start(&self) -> &PeriodEnd {
        &self.start
    }

    /// The end.
    #[must_use]
    pub fn end(&self) -> &PeriodEnd {
        &self.end
    }

    /// Every day on which the period may have held: from the start's earliest reading to the
    /// end's latest. Open and unknown ends make it unbounded on their side.
    #[must_use]
    pub fn hull(&self) -> DayRange {
        DayRange { first: date_of(self.bounds.start_lo), last: date_of(self.bounds.end_hi) }
    }

    /// Every day on which the period surely held: from the start's latest reading to the end's
    /// earliest, or `None` when there is no such day (`1956/1956` surely held at some time in
    /// 1956, but on no day that can be named).
    #[must_use]
    pub fn core(&self) -> Option<DayRange> {
        let b = self.bounds;
        (b.start_hi <= b.end_lo).then(|| DayRange { first: date_of(b.start_hi), last: date_of(b.end_lo) })
    }

    /// How surely the period held at some time during `span`: `Definite` when every reading
    /// of its ends overlaps the span, `Possible` when some does, `None` when none does.
    #[must_use]
    pub fn certainty_during(&self, span: Span) -> Option<Certainty> {
        let (first, last) = span.days();
        self.bounds.certainty(first, last)
    }

    /// How surely the period held on `day`.
    #[must_use]
    pub fn certainty_at(&self, day: NaiveDate) -> Option<Certainty> {
        self.certainty_during(Span::day(day))
    }

    /// Whether the end surely comes before the start (refused in a dataset).
    #[must_use]
    pub fn is_reversed(&self) -> bool {
        self.bounds.is_reversed()
    }

    pub(crate) fn bounds(&self) -> Bounds {
        self.bounds
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FromStr for Period {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<String> for Period {
    type Error = DateError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_via(deserializer, Period::parse)
    }
}

impl From<Period> for String {
    fn from(p: Period) -> String {
        p.text.into_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn bounds(s: &str) -> (NaiveDate, NaiveDate) {
        let w = When::parse(s).unwrap();
        (w.earliest(), w.latest())
    }

    #[test]
    fn when_bounds_at_each_precision() {
        assert_eq!(bounds("1956"), (d(1956, 1, 1), d(1956, 12, 31)));
        assert_eq!(bounds("1973-10"), (d(1973, 10, 1), d(1973, 10, 31)));
        assert_eq!(bounds("1956-10-19"), (d(1956, 10, 19), d(1956, 10, 19)));
        assert_eq!(bounds("197X"), (d(1970, 1, 1), d(1979, 12, 31)));
        assert_eq!(bounds("1956~"), (d(1956, 1, 1), d(1956, 12, 31)));
        assert_eq!(bounds("1956?"), (d(1956, 1, 1), d(1956, 12, 31)));
        assert_eq!(bounds("[1956,1957]"), (d(1956, 1, 1), d(1957, 12, 31)));
        assert!(When::parse("1956?").unwrap().is_uncertain());
        assert!(!When::parse("1956?").unwrap().is_approximate());
        assert!(When::parse("1956~").unwrap().is_approximate());
    }

    #[test]
    fn when_refuses_bad_text() {
        for bad in ["1956-02-30", "1956-13", "abc", ""] {
            assert!(matches!(When::parse(bad), Err(DateError::Edtf { .. })), "{bad}");
        }
        assert!(matches!(When::parse("1956/1960"), Err(DateError::WrongForm { .. })));
        assert!(matches!(When::parse("{1956,1957}"), Err(DateError::WrongForm { .. })));
        assert!(matches!(When::parse("Y170000002"), Err(DateError::OutOfRange { .. })));
        let msg = When::parse("1956-13").unwrap_err().to_string();
        assert_eq!(msg, "invalid EDTF date '1956-13' at offset 5: month must be 01-12 or a sub-year code 21-41");
    }

    #[test]
    fn julian_input_is_converted() {
        assert_eq!(When::from_julian(1855, 1, 26).unwrap().earliest(), d(1855, 2, 7));
        assert_eq!(When::from_julian(1900, 2, 29).unwrap().as_str(), "1900-03-13");
        assert!(matches!(When::from_julian(1855, 13, 1), Err(DateError::Julian { .. })));
        let p = Period::from_julian(1875, Some(4), None).unwrap();
        assert_eq!(p.hull().first(), Some(d(1875, 4, 13)));
    }

    type Ends = (Option<NaiveDate>, Option<NaiveDate>);

    fn core_hull(s: &str) -> (Option<Ends>, Ends) {
        let p = Period::parse(s).unwrap();
        let h = p.hull();
        (p.core().map(|c| (c.first(), c.last())), (h.first(), h.last()))
    }

    #[test]
    fn core_and_hull() {
        // A decade start: sure only from its last day.
        assert_eq!(
            core_hull("195X/1970"),
            (Some((Some(d(1959, 12, 31)), Some(d(1970, 1, 1)))), (Some(d(1950, 1, 1)), Some(d(1970, 12, 31))))
        );
        // A single year: began and ended in it; no day is sure.
        assert_eq!(core_hull("1956"), (None, (Some(d(1956, 1, 1)), Some(d(1956, 12, 31)))));
        assert_eq!(core_hull("1956/1956"), (None, (Some(d(1956, 1, 1)), Some(d(1956, 12, 31)))));
        // An open end is infinite.
        assert_eq!(core_hull("1993/.."), (Some((Some(d(1993, 12, 31)), None)), (Some(d(1993, 1, 1)), None)));
        // An unknown start: open in the hull, its latest reading is the end's latest.
        assert_eq!(core_hull("/1945"), (None, (None, Some(d(1945, 12, 31)))));
        // An unknown end: its earliest reading is the start's earliest.
        assert_eq!(core_hull("1945/"), (None, (Some(d(1945, 1, 1)), None)));
        assert_eq!(core_hull("../1945"), (Some((None, Some(d(1945, 1, 1)))), (None, Some(d(1945, 12, 31)))));
        assert_eq!(
            core_hull("1956-10-19/1960-01-27"),
            (Some((Some(d(1956, 10, 19)), Some(d(1960, 1, 27)))), (Some(d(1956, 10, 19)), Some(d(1960, 1, 27))))
        );
    }

    #[test]
    fn certainty_semantics() {
        let c = |p: &str, y: i32| Period::parse(p).unwrap().certainty_during(Span::year(y));
        assert_eq!(c("195X/1970", 1955), Some(Certainty::Possible));
        assert_eq!(c("195X/1970", 1960), Some(Certainty::Definite));
        assert_eq!(c("1956/1956", 1956), Some(Certainty::Definite));
        assert_eq!(c("1956", 1956), Some(Certainty::Definite));
        assert_eq!(c("1956", 1957), None);
        assert_eq!(c("/1945", 1900), Some(Certainty::Possible));
        assert_eq!(c("/1945", 1945), Some(Certainty::Definite));
        assert_eq!(c("/1945", 1946), None);
        assert_eq!(c("1993/..", 3000), Some(Certainty::Definite));
        assert_eq!(c("1993/..", 300_000), Some(Certainty::Definite));
        assert_eq!(c("1993/..", -300_000), None);
        assert_eq!(c("1993/..", 1992), None);
        let p = Period::parse("1956").unwrap();
        assert_eq!(p.certainty_at(d(1956, 6, 1)), Some(Certainty::Possible));
    }

    #[test]
    fn reversed_periods_parse_and_say_so() {
        let p = Period::parse("1960/1950").unwrap();
        assert!(p.is_reversed());
        assert_eq!(p.as_str(), "1960/1950");
        assert!(!Period::parse("1950/1960").unwrap().is_reversed());
        assert!(Period::parse("../..").is_err());
        assert!(Period::parse("/").is_err());
        assert!(Period::parse("1960/1950-02-30").is_err());
        assert!(matches!(Period::parse("..1956/1960"), Err(DateError::WrongForm { .. })));
        // Only a reversed interval is kept; any other text edtf-core refuses stays refused.
        assert!(matches!(Period::parse("[1956,1957]/1960"), Err(DateError::Edtf { .. })));
    }

    #[test]
    fn text_round_trips() {
        for s in ["1956", "1956-10-19/1960-01-27", "1993/..", "/1945", "197X/198X", "1956?/1960~"] {
            let p = Period::parse(s).unwrap();
            assert_eq!(p.to_string(), s);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), p);
        }
    }
}
