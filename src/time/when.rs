//! One EDTF date of some precision.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use compact_str::CompactString;
use edtf_core::{Bound, Edtf, ParseError, SetElement, SetKind};
use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

use super::days::{day_number, from_naive, to_naive};
use super::error::{DateError, edtf_error};
use super::hints;

/// A date of some precision: one EDTF date covering an inclusive range of days.
///
/// `1956` covers 1956-01-01 to 1956-12-31, `197X` the 1970s, `1956-10-19` one day.
/// Qualifiers (`?` uncertain, `~` approximate) are kept and do not (yet) move the bounds.
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
/// | qualifiers | `1956?`, `1956~`, `1956%`, `?1956-10`, `1956-~10` | as without them |
/// | one of a set | `[1956,1957]`, `[1956..1960]`, `[1760-01..1760-12]` | from its first to its last day |
///
/// `?` (uncertain) and `~` (approximate) are kept, and [`is_uncertain`](Self::is_uncertain)
/// and [`is_approximate`](Self::is_approximate) report them, but they do not (yet) change any
/// answer: bounds, hull, core and certainty are those of the date without them.
///
/// A [`Period`](crate::Period) is one such date (which began and ended within it) or an
/// interval of two ends, each a date of the forms above (but not a set, nor a date and time),
/// `..` (open) or empty (unknown): `1956-10-19/1960-01-27`, `1993/..`, `/1945`, `1945/`.
///
/// Refused, each with a message that says so:
///
/// | form | example | why, and what to write |
/// |---|---|---|
/// | an interval where one date is expected | `1956/1960` | write one date, or the set `[1956..1960]` |
/// | an all-of set | `{1956,1957}` | a record has one date |
/// | a one-of set with an open end | `[..1760-12-03]`, `[1760-12..]`, `[1760-01,1760-12..]` | not supported yet |
/// | an on-or-before or on-or-after end | `..1956/1960`, `1956/1960..` | not supported |
/// | a set as an end of an interval | `[1970..1973]/2022-06-13` | not EDTF: write one date, such as `197X/2022-06-13` |
/// | a date and time as an end of an interval | `1985-04-12T10:00:00/1990` | not EDTF: write the day |
/// | unspecified digits in a negative year | `-199X`, `-01XX` | `edtf-core` refuses them: write `[-1999..-1990]` |
/// | fractional seconds | `1985-04-12T10:00:00.123` | not EDTF: write `1985-04-12T10:00:00` |
/// | years beyond about ±262,000 | `Y-300000` | outside `chrono`'s calendar |
/// | a period with no dated end | `../..`, `/` | says nothing |
///
/// Common mistakes get the spelling that was probably meant, checked to be accepted:
/// `06/14/2022` and `14.06.2022` (EDTF is year-month-day: `2022-06-14`), `2022/06/14`,
/// `2022-6-14`, `19561019`, `1950s` (`195X`), `197x`, `c. 1956` (`1956~`), ` 1956 `,
/// `1956-1960` (`1956/1960` or `[1956..1960]`), and in a period `2022-06-14/present` (an
/// ongoing period is `2022-06-14/..`), `unknown/1956` (an unknown end is empty: `/1956`).
///
/// ```
/// use island_claims::{Period, When};
/// for ok in ["1956", "1956-10-19T10:00:00Z", "-0660", "Y-12000", "1956-1X-XX", "1956-21",
///            "?1956-10", "1956-~10", "[1760-01..1760-12]", "[-1999..-1990]"] {
///     assert!(When::parse(ok).is_ok(), "{ok}");
/// }
/// assert_eq!(When::parse("1956?")?.earliest(), When::parse("1956")?.earliest());
/// for refused in ["1956/1960", "{1956,1957}", "[..1760-12-03]", "[1760-12..]", "-199X",
///                 "1985-04-12T10:00:00.123", "Y-300000"] {
///     assert!(When::parse(refused).is_err(), "{refused}");
/// }
/// for refused in ["..1956/1960", "1956/1960..", "[1970..1973]/2022-06-13",
///                 "1985-04-12T10:00:00/1990", "../..", "/"] {
///     assert!(Period::parse(refused).is_err(), "{refused}");
/// }
/// # Ok::<(), island_claims::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct When {
    /// As given; a date of up to 24 bytes (every common form) is stored inline.
    text: CompactString,
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
    /// [`DateError::Edtf`] when the text is not valid EDTF (`1956-13`, `abc`), with the
    /// spelling to use for the common mistakes (`06/14/2022`, `c. 1956`),
    /// [`DateError::WrongForm`] when it is an interval, an all-of set or a one-of set with an
    /// open end, and [`DateError::OutOfRange`] when its year is beyond about ±262,000. See
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
        Some(Self { text: CompactString::new(text), earliest, latest, uncertain: false, approximate: false })
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
            Edtf::Set(s) if s.kind == SetKind::OneMember => {
                let open = |m: &SetElement| matches!(m, SetElement::OnOrBefore(_) | SetElement::OnOrAfter(_));
                if s.elements.iter().any(open) {
                    return Err(DateError::WrongForm {
                        input: text.to_owned(),
                        found: "a one-of set with an open end ('..1760' or '1760..')",
                        expected: "members that are dates or closed ranges such as '[1760-01..1760-12]'; \
                                   open ends in sets are not supported yet",
                    });
                }
            }
            Edtf::Set(_) => return Err(wrong("a set of several dates")),
            Edtf::Interval(_) => return Err(wrong("an interval")),
        }
        let bounds = edtf.bounds();
        let out_of_range = || DateError::OutOfRange { input: text.to_owned() };
        let (Bound::Date(lo), Bound::Date(hi)) = (bounds.earliest, bounds.latest) else {
            return Err(out_of_range());
        };
        Ok(Self {
            text: CompactString::new(text),
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
            text: CompactString::from(from_naive(date).to_string()),
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
