//! One EDTF date of some precision.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use compact_str::CompactString;
use edtf_core::{Bound, Edtf, ParseError, SetKind};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

use super::days::{NEG_INF, POS_INF, date_of, day_number, from_naive, to_naive};
use super::error::{DateError, edtf_error};
use super::hints;
use super::span::DayRange;
use super::widen;

/// A date of some precision: one EDTF date covering an inclusive range of days.
///
/// `1956` covers 1956-01-01 to 1956-12-31, `197X` the 1970s, `1956-10-19` one day.
/// A one-of set such as `[1956,1957]` is also a date: one of those years, and so is a date
/// known only by a bound: `[..2008-06-22]` (on or before), `[1984..]` (on or after).
/// Qualifiers (`?` uncertain, `~` approximate, `%` both) keep the stated bounds and
/// [widen](Self::widened) the readings that certainty weighs.
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
///
/// # Accepted and refused forms
///
/// A date ([`When`]) is any one EDTF date of levels 0 to 2 whose years lie within about
/// ±262,000, the range of `chrono`:
///
/// | form | example | covers |
/// |---|---|---|
/// | year, month, day | `1956`, `1956-10`, `1956-10-19` | that year, month or day |
/// | date and time | `1956-10-19T10:00:00`, `...Z`, `...+09:00` | that day (the time is kept as written) |
/// | negative and year zero | `-0660`, `0000` | that year (astronomical numbering) |
/// | long years | `Y-12000`, `Y17000` | that year |
/// | unspecified digits | `197X`, `19XX`, `1956-XX`, `1956-1X-XX` | every day they may be |
/// | seasons, quarters | `1956-21` (spring), `1956-33` (first quarter) | the months of it |
/// | qualifiers | `1956?`, `1956~`, `1956%`, `?1956-10`, `1956-~10` | as without them, [widened](Self::widened) for certainty |
/// | one of a set | `[1956,1957]`, `[1956..1960]`, `[1760-01..1760-12]` | from its first to its last day |
/// | known only by a bound | `[..2008-06-22]`, `[1984..]`, `[1760-01,1760-12..]` | from the infinite past to the bound's last day, or from its first day on |
///
/// `?` (uncertain), `~` (approximate) and `%` (both) keep the date's stated bounds
/// ([`earliest`](Self::earliest), [`latest`](Self::latest)) and are reported by
/// [`is_uncertain`](Self::is_uncertain) and [`is_approximate`](Self::is_approximate); the
/// date may lie one unit of the qualified precision either way (two for `%`), which
/// [`widened`](Self::widened) gives and every certainty uses.
///
/// A [`Period`](crate::Period) is one such date (which began and ended within it) or an
/// interval of two ends, each a date of the forms above (but not a date and time), `..`
/// (open) or empty (unknown): `1956-10-19/1960-01-27`, `1993/..`, `/1945`, `1945/`,
/// `[..1973-12-17]/..`. The EDTF level 2 ends `..1985/1990` (began on or before 1985) and
/// `1985/1990..` (ended on or after 1990) mean `[..1985]/1990` and `1985/[1990..]`.
///
/// Refused, each with a message that says so:
///
/// | form | example | why, and what to write |
/// |---|---|---|
/// | an interval where one date is expected | `1956/1960` | write one date, or the set `[1956..1960]` |
/// | an all-of set | `{1956,1957}` | a record has one date |
/// | an all-of set as an end of an interval | `{1970,1973}/2022-06-13` | an end is one date: write a one-of set `[1970,1973]` if one of them is meant |
/// | a date and time as an end of an interval | `1985-04-12T10:00:00/1990` | not EDTF: write the day |
/// | unspecified digits in a negative year | `-199X`, `-01XX` | `edtf-core` refuses them: write `[-1999..-1990]` |
/// | fractional seconds | `1985-04-12T10:00:00.123` | not EDTF: write `1985-04-12T10:00:00` |
/// | years beyond about ±262,000 | `Y-300000` | outside `chrono`'s calendar |
/// | a period with no dated end | `../..`, `/` | says nothing |
///
/// Common mistakes get the spelling that was probably meant, checked to be accepted:
/// `06/14/2022` and `14.06.2022` (EDTF is year-month-day: `2022-06-14`), `2022/06/14`,
/// `2022-6-14`, `19561019`, `1950s` (`195X`), `197x`, `c. 1956` (`1956~`), ` 1956 `,
/// `1956-1960` (`1956/1960` or `[1956..1960]`), `..1956` (`[..1956]`), and in a period
/// `2022-06-14/present` (an ongoing period is `2022-06-14/..`), `unknown/1956` (an unknown
/// end is empty: `/1956`).
///
/// ```
/// use island_claims::{Period, When};
/// for ok in ["1956", "1956-10-19T10:00:00Z", "-0660", "Y-12000", "1956-1X-XX", "1956-21",
///            "?1956-10", "1956-~10", "[1760-01..1760-12]", "[-1999..-1990]",
///            "[..1760-12-03]", "[1760-12..]"] {
///     assert!(When::parse(ok).is_ok(), "{ok}");
/// }
/// assert_eq!(When::parse("1956?")?.earliest(), When::parse("1956")?.earliest());
/// for refused in ["1956/1960", "{1956,1957}", "-199X", "1985-04-12T10:00:00.123", "Y-300000"] {
///     assert!(When::parse(refused).is_err(), "{refused}");
/// }
/// for ok in ["..1956/1960", "1956/1960..", "[1970..1973]/2022-06-13", "[..1973-12-17]/.."] {
///     assert!(Period::parse(ok).is_ok(), "{ok}");
/// }
/// for refused in ["{1970,1973}/2022-06-13", "1985-04-12T10:00:00/1990", "../..", "/"] {
///     assert!(Period::parse(refused).is_err(), "{refused}");
/// }
/// # Ok::<(), island_claims::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct When {
    /// As given; a date of up to 24 bytes (every common form) is stored inline.
    text: CompactString,
    /// The stated first and last day numbers; [`NEG_INF`] or [`POS_INF`] on a side that a
    /// set leaves open (`[..1760]`, `[1760..]`).
    lo: i32,
    hi: i32,
    /// The same, widened by the qualifiers; equal to the stated ones without qualifiers.
    wide_lo: i32,
    wide_hi: i32,
    uncertain: bool,
    approximate: bool,
}

impl When {
    /// Parses one EDTF date (levels 0 to 2).
    ///
    /// # Errors
    ///
    /// [`DateError::Edtf`] when the text is not valid EDTF (`1956-13`, `abc`), with the
    /// spelling to use for the common mistakes (`06/14/2022`, `c. 1956`),
    /// [`DateError::WrongForm`] when it is an interval or an all-of set, and
    /// [`DateError::OutOfRange`] when its year is beyond about ±262,000. See
    /// [accepted and refused forms](Self#accepted-and-refused-forms).
    ///
    /// ```
    /// use island_claims::When;
    /// assert!(When::parse("1956~").unwrap().is_approximate());
    /// assert!(When::parse("1956/1960").is_err());
    /// let err = When::parse("06/14/2022").unwrap_err();
    /// assert!(err.to_string().ends_with("EDTF is year-month-day; write '2022-06-14'"));
    /// ```
    pub fn parse(text: &str) -> Result<Self, DateError> {
        Self::parse_or(text, |e| hints::explain(text, &e, |t| Self::parse_or(t, |e| edtf_error(t, e)).is_ok()))
    }

    /// Parses `text`, turning `edtf-core`'s refusal into an error with `refuse`.
    fn parse_or(text: &str, refuse: impl Fn(ParseError) -> DateError) -> Result<Self, DateError> {
        if let Some(when) = Self::plain(text) {
            return Ok(when);
        }
        let edtf = Edtf::parse(text).map_err(refuse)?;
        Self::from_parsed(text, &edtf)
    }

    /// A plain year, month or day, read without the general parser (see `fast`).
    pub(super) fn plain(text: &str) -> Option<Self> {
        let (earliest, latest) = super::fast::plain_date(text)?;
        Some(Self::unqualified(CompactString::new(text), day_number(earliest), day_number(latest)))
    }

    /// A date without qualifiers: its widened days are its stated ones.
    fn unqualified(text: CompactString, lo: i32, hi: i32) -> Self {
        Self { text, lo, hi, wide_lo: lo, wide_hi: hi, uncertain: false, approximate: false }
    }

    /// The date `edtf`, already parsed from `text`.
    pub(super) fn from_parsed(text: &str, edtf: &Edtf) -> Result<Self, DateError> {
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
        // An open side of a one-of set (`[..1760]`) reaches as far as an open end of a period.
        let day = |b: Bound| match b {
            Bound::NegativeInfinity => Ok(NEG_INF),
            Bound::PositiveInfinity => Ok(POS_INF),
            Bound::Date(d) => to_naive(d).map(day_number).ok_or_else(out_of_range),
            Bound::Unknown => Err(out_of_range()),
        };
        let (lo, hi) = (day(bounds.earliest)?, day(bounds.latest)?);
        if lo == POS_INF || hi == NEG_INF {
            return Err(out_of_range());
        }
        let (wide_lo, wide_hi) = widen::widened(edtf, lo, hi);
        Ok(Self {
            text: CompactString::new(text),
            lo,
            hi,
            wide_lo,
            wide_hi,
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
        let n = day_number(date);
        Self::unqualified(CompactString::from(from_naive(date).to_string()), n, n)
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
    ///
    /// ```
    /// use island_claims::When;
    /// let w = When::parse("1956-10-19~")?;
    /// assert_eq!(w.as_str(), "1956-10-19~");
    /// assert_eq!(w.to_string(), w.as_str());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The first day of this date as stated, without its qualifiers: `1956?` from 1956-01-01.
    ///
    /// A date known only by an upper bound (`[..2008-06-22]`) has no first day: this is then
    /// [`NaiveDate::MIN`], and [`range`](Self::range) says `None`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::When;
    /// assert_eq!(When::parse("1956?")?.earliest(), NaiveDate::from_ymd_opt(1956, 1, 1).unwrap());
    /// assert_eq!(When::parse("[..2008-06-22]")?.earliest(), NaiveDate::MIN);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn earliest(&self) -> NaiveDate {
        date_of(self.lo).unwrap_or(NaiveDate::MIN)
    }

    /// The last day of this date as stated, without its qualifiers: `1956?` to 1956-12-31.
    ///
    /// A date known only by a lower bound (`[1984..]`) has no last day: this is then
    /// [`NaiveDate::MAX`], and [`range`](Self::range) says `None`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::When;
    /// assert_eq!(When::parse("[..2008-06-22]")?.latest(), NaiveDate::from_ymd_opt(2008, 6, 22).unwrap());
    /// assert_eq!(When::parse("[1984..]")?.latest(), NaiveDate::MAX);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn latest(&self) -> NaiveDate {
        date_of(self.hi).unwrap_or(NaiveDate::MAX)
    }

    /// The days this date may be as stated, without its qualifiers; unbounded on a side that a
    /// date known only by a bound leaves open.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::When;
    /// let before = When::parse("[..2008-06-22]")?.range();
    /// assert_eq!((before.first(), before.last()), (None, NaiveDate::from_ymd_opt(2008, 6, 22)));
    /// let year = When::parse("1971?")?.range();
    /// assert_eq!(year.first(), NaiveDate::from_ymd_opt(1971, 1, 1));
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn range(&self) -> DayRange {
        DayRange::of_days(self.lo, self.hi)
    }

    /// The days this date may be once its qualifiers count: one unit of the qualified
    /// precision on either side (a year for `1971?` or `1971~`, a month for `1971-06~`, a day
    /// for `1971-06-14?`), two for `%`. Without a qualifier, its [`range`](Self::range).
    ///
    /// A qualifier on one component widens by that component's unit (`?1971-06-14`, a year
    /// either way; `1971-?06-14`, a month); one written at the end qualifies the whole date
    /// and widens by its precision. A season (`1971-21?`) widens by its own length. In a
    /// one-of set each member widens on its own (`[1956?,1960]` from 1955). Certainty
    /// ([`Period::certainty_during`](crate::Period::certainty_during) and every query)
    /// weighs these days; the stated ones stay what [`earliest`](Self::earliest) and
    /// [`latest`](Self::latest) give.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::When;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    /// let year = When::parse("1971?")?.widened();
    /// assert_eq!((year.first(), year.last()), (d(1970, 1, 1), d(1972, 12, 31)));
    /// let month = When::parse("1971-06~")?.widened();
    /// assert_eq!((month.first(), month.last()), (d(1971, 5, 1), d(1971, 7, 31)));
    /// let both = When::parse("1971%")?.widened();
    /// assert_eq!((both.first(), both.last()), (d(1969, 1, 1), d(1973, 12, 31)));
    /// assert_eq!(When::parse("1971")?.widened(), When::parse("1971")?.range());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn widened(&self) -> DayRange {
        DayRange::of_days(self.wide_lo, self.wide_hi)
    }

    /// Whether the source is unsure of this date (`?` or `%` in EDTF).
    ///
    /// ```
    /// use island_claims::When;
    /// assert!(When::parse("1956?")?.is_uncertain());
    /// assert!(When::parse("1956%")?.is_uncertain());
    /// assert!(!When::parse("1956~")?.is_uncertain());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn is_uncertain(&self) -> bool {
        self.uncertain
    }

    /// Whether this date is an estimate (`~` or `%` in EDTF).
    ///
    /// ```
    /// use island_claims::When;
    /// assert!(When::parse("1956~")?.is_approximate());
    /// assert!(When::parse("1956%")?.is_approximate());
    /// assert!(!When::parse("1956?")?.is_approximate());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }

    /// The stated day numbers, infinite on an open side.
    pub(crate) fn days(&self) -> (i32, i32) {
        (self.lo, self.hi)
    }

    /// The widened day numbers, infinite on an open side.
    pub(crate) fn widened_days(&self) -> (i32, i32) {
        (self.wide_lo, self.wide_hi)
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
        crate::parsed::deserialize_via(deserializer, When::parse)
    }
}

impl From<When> for String {
    fn from(w: When) -> String {
        w.text.into_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Period;

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
}
