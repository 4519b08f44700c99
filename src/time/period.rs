//! Periods: intervals of two ends, each a date, open or unknown.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use compact_str::CompactString;
use edtf_core::{BoundDate, Edtf, IntervalEndpoint, ParseError, Set, SetElement, SetKind};
use serde::{Deserialize, Deserializer, Serialize};

use super::certainty::{Bounds, Certainty};
use super::days::{NEG_INF, POS_INF, to_naive};
use super::error::{DateError, edtf_error};
use super::hints;
use super::span::{DayRange, Span};
use super::when::When;

/// One end of a [`Period`].
///
/// # Examples
///
/// ```
/// use island_claims::{Period, PeriodEnd};
/// // `..` is open: the position still holds. An empty end is unknown: it ended, no source says when.
/// assert_eq!(Period::parse("1993/..")?.end(), &PeriodEnd::Open);
/// assert_eq!(Period::parse("/1945")?.start(), &PeriodEnd::Unknown);
/// assert!(matches!(Period::parse("1956/1960")?.end(), PeriodEnd::At(w) if w.as_str() == "1960"));
/// # Ok::<(), island_claims::DateError>(())
/// ```
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
    ///
    /// ```
    /// use island_claims::{Period, PeriodEnd};
    /// let p = Period::parse("1956-10-19/..")?;
    /// assert_eq!(p.start().when().map(|w| w.as_str()), Some("1956-10-19"));
    /// // An open end has no date.
    /// assert_eq!(p.end(), &PeriodEnd::Open);
    /// assert_eq!(p.end().when(), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
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

    /// One end of an interval that `edtf-core` did not read as a whole: empty, `..`, a date,
    /// a one-of set, or a level 2 `..date` start or `date..` end (not a date and time, which
    /// ends no EDTF interval).
    fn parse_end(text: &str, start: bool) -> Option<Self> {
        let date = |t: &str| match Edtf::parse(t) {
            Ok(Edtf::Date(d)) => Some(d),
            _ => None,
        };
        match text {
            "" => Some(Self::Unknown),
            ".." => Some(Self::Open),
            _ if text.starts_with('[') => When::parse(text).ok().map(Self::At),
            _ => {
                let bound = if start {
                    text.strip_prefix("..").and_then(date).map(SetElement::OnOrBefore)
                } else {
                    text.strip_suffix("..").and_then(date).map(SetElement::OnOrAfter)
                };
                match bound {
                    Some(element) => Period::bound_end(text, element).ok(),
                    None => date(text).and_then(|d| When::from_parsed(text, &Edtf::Date(d)).ok()).map(Self::At),
                }
            }
        }
    }
}

/// An interval of time, both ends inclusive, each a date, open or unknown.
///
/// Written in EDTF: `1956-10-19/1960-01-27`, `1993/..` (still holds), `/1945` (began at an
/// unknown time before the end of 1945), `[..1973-12-17]/..` (began on or before 1973-12-17
/// and still holds; also written `..1973-12-17/..`), or a single date such as `1956` (began
/// and ended within 1956). The [hull](Self::hull) holds every day on which the period may
/// have held as its dates are stated, the [core](Self::core) every day on which it surely
/// held. Qualified ends (`1971?`) may lie a unit further either way: the
/// [widened hull](Self::widened_hull) and [widened core](Self::widened_core) count that, and
/// so does [certainty](Self::certainty_during).
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
/// // A qualifier counts: `1971?` may be 1970 or 1972.
/// let p: Period = "1971?/..".parse()?;
/// assert_eq!(p.certainty_during(Span::year(1980)), Some(Certainty::Definite));
/// assert_eq!(p.certainty_during(Span::year(1971)), Some(Certainty::Possible));
/// assert_eq!(p.certainty_during(Span::year(1970)), Some(Certainty::Possible));
/// assert_eq!(p.certainty_during(Span::year(1969)), None);
///
/// assert!(Period::parse("1956-13/1960").is_err());
/// # Ok::<(), island_claims::DateError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub struct Period {
    /// As given; a period of up to 24 bytes (two days and a slash take 21) is stored inline.
    text: CompactString,
    start: PeriodEnd,
    end: PeriodEnd,
    /// The bounds of the widened ends: what certainty weighs.
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
    /// [`DateError::Edtf`] when either end is not valid EDTF, naming the end and, for the
    /// common mistakes (`06/14/2022`, `2022-06-14/present`), the spelling to use;
    /// [`DateError::WrongForm`] for an all-of set of several dates; [`DateError::OutOfRange`]
    /// for years beyond about ±262,000. See
    /// [accepted and refused forms](When#accepted-and-refused-forms).
    ///
    /// ```
    /// use island_claims::{Period, PeriodEnd};
    /// // The level 2 end `..1985` is the date `[..1985]`; the text stays as written.
    /// let p = Period::parse("..1985/1990")?;
    /// assert_eq!(p.as_str(), "..1985/1990");
    /// assert_eq!(p.start().when().map(|w| w.as_str()), Some("[..1985]"));
    ///
    /// let err = Period::parse("{1970,1973}/2022-06-13").unwrap_err();
    /// assert!(err.to_string().contains("the start '{1970,1973}': each end of an interval is one date"));
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self, DateError> {
        Self::parse_or(text, |e| hints::explain(text, &e, |t| Self::parse_or(t, |e| edtf_error(t, e)).is_ok()))
    }

    /// Parses `text`, turning `edtf-core`'s refusal into an error with `refuse`.
    fn parse_or(text: &str, refuse: impl Fn(ParseError) -> DateError) -> Result<Self, DateError> {
        match Self::plain(text) {
            Some(period) => Ok(period),
            None => Self::parse_general(text, refuse),
        }
    }

    /// Parses `text` with `edtf-core`, turning its refusal into an error with `refuse`.
    fn parse_general(text: &str, refuse: impl Fn(ParseError) -> DateError) -> Result<Self, DateError> {
        match Edtf::parse(text) {
            Ok(Edtf::Interval(iv)) => {
                let start = Self::interval_end(text, &iv.start)?;
                let end = Self::interval_end(text, &iv.end)?;
                Ok(Self::with_text(CompactString::new(text), start, end))
            }
            Ok(edtf) => {
                let when = When::from_parsed(text, &edtf)?;
                Ok(Self::with_text(CompactString::new(text), PeriodEnd::At(when.clone()), PeriodEnd::At(when)))
            }
            Err(e) => {
                // edtf-core refuses an interval whose end precedes its start. Its ends alone
                // may still be valid: keep it so validation can report it with the rest.
                let reversed = e.message == "interval end precedes interval start";
                // EDTF has no set as an end of an interval, but a one-of set is a date of the
                // model (`[..1973-12-17]/..`), and any date may end a period.
                let set = |t: &str| t.starts_with('[');
                let Some((a, b)) = text.split_once('/').filter(|(a, b)| reversed || set(a) || set(b)) else {
                    return Err(refuse(e));
                };
                match (PeriodEnd::parse_end(a, true), PeriodEnd::parse_end(b, false)) {
                    (Some(start @ PeriodEnd::At(_)), Some(end @ PeriodEnd::At(_))) => {
                        Ok(Self::with_text(CompactString::new(text), start, end))
                    }
                    (Some(start), Some(end)) if !reversed && (start.when().is_some() || end.when().is_some()) => {
                        Ok(Self::with_text(CompactString::new(text), start, end))
                    }
                    _ => Err(refuse(e)),
                }
            }
        }
    }

    /// A period whose ends are plain dates, `..` or empty (at least one a date), or a plain
    /// date: read without the general parser (see `fast`). A reversed one is kept, as
    /// [`Period::parse`] keeps it.
    fn plain(text: &str) -> Option<Self> {
        let end = |t: &str| match t {
            "" => Some(PeriodEnd::Unknown),
            ".." => Some(PeriodEnd::Open),
            _ => When::plain(t).map(PeriodEnd::At),
        };
        let (start, finish) = match text.split_once('/') {
            None => {
                let when = When::plain(text)?;
                (PeriodEnd::At(when.clone()), PeriodEnd::At(when))
            }
            Some((a, b)) => (end(a)?, end(b)?),
        };
        if start.when().is_none() && finish.when().is_none() {
            return None;
        }
        Some(Self::with_text(CompactString::new(text), start, finish))
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
            // `..1985` (on or before) and `1990..` (on or after) are the one-of sets
            // `[..1985]` and `[1990..]`: one date known only by a bound.
            IntervalEndpoint::OnOrBefore(d) => Self::bound_end(text, SetElement::OnOrBefore(*d)),
            IntervalEndpoint::OnOrAfter(d) => Self::bound_end(text, SetElement::OnOrAfter(*d)),
        }
    }

    /// The end `..date` or `date..` of the interval `text`, as the date `[..date]` or `[date..]`.
    fn bound_end(text: &str, element: SetElement) -> Result<PeriodEnd, DateError> {
        let set = Edtf::Set(Set { kind: SetKind::OneMember, elements: vec![element] });
        When::from_parsed(&set.to_string(), &set).map(PeriodEnd::At).map_err(|e| match e {
            DateError::OutOfRange { .. } => DateError::OutOfRange { input: text.to_owned() },
            other => other,
        })
    }

    fn with_text(text: CompactString, start: PeriodEnd, end: PeriodEnd) -> Self {
        let bounds = Bounds::widened(&start, &end);
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
        Ok(Self::with_text(CompactString::new(text), start, end))
    }

    /// A period that began and ended within one date: `1956` or `1956-10-19`.
    ///
    /// ```
    /// use island_claims::{Certainty, Period, Span, When};
    /// // The Joint Declaration was signed on one day.
    /// let signed = Period::at(When::parse("1956-10-19")?);
    /// assert_eq!(signed.as_str(), "1956-10-19");
    /// assert_eq!(signed.start(), signed.end());
    /// // A period within one year held at some time in it, on no day that can be named.
    /// let that_year = Period::at(When::parse("1956")?);
    /// assert_eq!(that_year.certainty_during(Span::year(1956)), Some(Certainty::Definite));
    /// assert_eq!(that_year.core(), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn at(when: When) -> Self {
        Self::with_text(CompactString::new(when.as_str()), PeriodEnd::At(when.clone()), PeriodEnd::At(when))
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
                Self::with_text(CompactString::from(text), PeriodEnd::At(start), PeriodEnd::At(end))
            }
        })
    }

    /// The EDTF text, as given.
    ///
    /// ```
    /// use island_claims::Period;
    /// // As written, qualifiers and all; `Display` writes the same.
    /// let p = Period::parse("1971?/1975-06~")?;
    /// assert_eq!(p.as_str(), "1971?/1975-06~");
    /// assert_eq!(p.to_string(), p.as_str());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The start.
    ///
    /// ```
    /// use island_claims::{Period, PeriodEnd};
    /// let p = Period::parse("1945-09-02/1991-12-26")?;
    /// assert_eq!(p.start().when().map(|w| w.as_str()), Some("1945-09-02"));
    /// assert_eq!(Period::parse("/1945")?.start(), &PeriodEnd::Unknown);
    /// assert_eq!(Period::parse("../1945")?.start(), &PeriodEnd::Open);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn start(&self) -> &PeriodEnd {
        &self.start
    }

    /// The end.
    ///
    /// ```
    /// use island_claims::{Period, PeriodEnd};
    /// let p = Period::parse("1945-09-02/1991-12-26")?;
    /// assert_eq!(p.end().when().map(|w| w.as_str()), Some("1991-12-26"));
    /// // Still held: an open end.
    /// assert_eq!(Period::parse("1991-12-26/..")?.end(), &PeriodEnd::Open);
    /// // Ended on a day no source gives: an unknown end.
    /// assert_eq!(Period::parse("1945/")?.end(), &PeriodEnd::Unknown);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn end(&self) -> &PeriodEnd {
        &self.end
    }

    /// Every day on which the period may have held as its dates are stated: from the start's
    /// earliest day to the end's latest, qualifiers not counted. Open and unknown ends, and
    /// ends known only by a bound (`[..1973]`), make it unbounded on their side.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// let hull = Period::parse("1971?/1975")?.hull();
    /// assert_eq!(hull.first(), NaiveDate::from_ymd_opt(1971, 1, 1));
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn hull(&self) -> DayRange {
        let b = Bounds::stated(&self.start, &self.end);
        DayRange::of_days(b.start_lo, b.end_hi)
    }

    /// Every day on which the period surely held as its dates are stated: from the start's
    /// latest day to the end's earliest, qualifiers not counted, or `None` when there is no
    /// such day (`1956/1956` surely held at some time in 1956, but on no day that can be named).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// // Surely held from the last day the start may name to the first the end may name.
    /// let core = Period::parse("1955-06/1956-10")?.core().unwrap();
    /// assert_eq!(core.first(), NaiveDate::from_ymd_opt(1955, 6, 30));
    /// assert_eq!(core.last(), NaiveDate::from_ymd_opt(1956, 10, 1));
    /// assert_eq!(Period::parse("1956/1956")?.core(), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn core(&self) -> Option<DayRange> {
        Self::core_of(Bounds::stated(&self.start, &self.end))
    }

    /// The [hull](Self::hull) with the qualifiers counted: each qualified end may lie one unit
    /// of its precision further out (see [`When::widened`]). Every day on which the period
    /// possibly held: `1971?/..` possibly held from 1970.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// let p = Period::parse("1971?/1975-06~")?;
    /// let hull = p.widened_hull();
    /// assert_eq!(hull.first(), NaiveDate::from_ymd_opt(1970, 1, 1));
    /// assert_eq!(hull.last(), NaiveDate::from_ymd_opt(1975, 7, 31));
    /// assert_eq!(Period::parse("1971/1975")?.widened_hull(), Period::parse("1971/1975")?.hull());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn widened_hull(&self) -> DayRange {
        DayRange::of_days(self.bounds.start_lo, self.bounds.end_hi)
    }

    /// The [core](Self::core) with the qualifiers counted: every day on which the period
    /// definitely held. `1971?/..` surely held only from 1972-12-31, the last day `1971?`
    /// may name.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Period;
    /// let core = Period::parse("1971?/..")?.widened_core().unwrap();
    /// assert_eq!(core.first(), NaiveDate::from_ymd_opt(1972, 12, 31));
    /// assert_eq!(core.last(), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn widened_core(&self) -> Option<DayRange> {
        Self::core_of(self.bounds)
    }

    fn core_of(b: Bounds) -> Option<DayRange> {
        // An end that may be infinitely early (`../[..1000]`), or a start infinitely late
        // (`[1984..]/..`), leaves no day that surely holds.
        let some_day = b.end_lo != NEG_INF && b.start_hi != POS_INF;
        (b.start_hi <= b.end_lo && some_day).then(|| DayRange::of_days(b.start_hi, b.end_lo))
    }

    /// How surely the period held at some time during `span`: `Definite` when every reading
    /// of its ends overlaps the span, `Possible` when some does, `None` when none does. The
    /// readings of a qualified end are those of its [widened](When::widened) days: a period
    /// that depends on one is only possibly there.
    ///
    /// ```
    /// use island_claims::{Certainty, Period, Span};
    /// let p = Period::parse("1956?/1960")?;
    /// assert_eq!(p.certainty_during(Span::year(1958)), Some(Certainty::Definite));
    /// // `1956?` may be 1955 or 1957: the period possibly held in 1955 and 1956, surely in 1957.
    /// assert_eq!(p.certainty_during(Span::year(1957)), Some(Certainty::Definite));
    /// assert_eq!(p.certainty_during(Span::year(1956)), Some(Certainty::Possible));
    /// assert_eq!(p.certainty_during(Span::year(1955)), Some(Certainty::Possible));
    /// assert_eq!(p.certainty_during(Span::year(1954)), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn certainty_during(&self, span: Span) -> Option<Certainty> {
        let (first, last) = span.days();
        self.bounds.certainty(first, last)
    }

    /// How surely the period held on `day`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::{Certainty, Period};
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let p = Period::parse("1956-12/1960-01-27")?;
    /// assert_eq!(p.certainty_at(day(1958, 1, 1)), Some(Certainty::Definite));
    /// // Began on some day of December 1956: perhaps after the 12th.
    /// assert_eq!(p.certainty_at(day(1956, 12, 12)), Some(Certainty::Possible));
    /// assert_eq!(p.certainty_at(day(1960, 1, 28)), None);
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
    #[must_use]
    pub fn certainty_at(&self, day: NaiveDate) -> Option<Certainty> {
        self.certainty_during(Span::day(day))
    }

    /// Whether the end surely comes before the start (refused in a dataset), qualifiers
    /// counted: `1972?/1971` may be `1971/1971`, and is not reversed.
    ///
    /// ```
    /// use island_claims::Period;
    /// assert!(Period::parse("1972/1971")?.is_reversed());
    /// // `1972?` may be 1971: not surely reversed.
    /// assert!(!Period::parse("1972?/1971")?.is_reversed());
    /// assert!(!Period::parse("1971/1972")?.is_reversed());
    /// # Ok::<(), island_claims::DateError>(())
    /// ```
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
        crate::parsed::deserialize_via(deserializer, Period::parse)
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
        // Only a reversed interval or one with a set as an end is kept; any other text
        // edtf-core refuses stays refused.
        assert!(Period::parse("[1956,1957]/1960").is_ok());
        assert!(Period::parse("[1980..]/1970").unwrap().is_reversed());
        assert!(matches!(Period::parse("{1956,1957}/1960"), Err(DateError::Edtf { .. })));
        assert!(matches!(Period::parse("[1956,1957]/1985-04-12T10:00:00"), Err(DateError::Edtf { .. })));
        assert!(matches!(Period::parse("1960/..1950"), Err(DateError::Edtf { .. })));
    }

    #[test]
    fn the_fast_path_agrees_with_edtf_core() {
        let mut dates = vec![String::new(), "..".to_owned()];
        for year in ["0000", "0001", "0999", "1582", "1600", "1900", "1956", "2000", "2024", "9999"] {
            dates.push(year.to_owned());
            for month in 0..=13 {
                dates.push(format!("{year}-{month:02}"));
                for day in [0, 1, 15, 28, 29, 30, 31, 32] {
                    dates.push(format!("{year}-{month:02}-{day:02}"));
                }
            }
        }
        let check = |text: &str| {
            if let Some(fast) = Period::plain(text) {
                let slow = Period::parse_general(text, |e| edtf_error(text, e));
                assert_eq!(Ok(&fast), slow.as_ref(), "{text}");
            }
        };
        let mut fast = 0;
        for a in &dates {
            check(a);
            fast += usize::from(Period::plain(a).is_some());
            if let Some(w) = When::plain(a) {
                assert_eq!(Ok(w), When::parse(a), "{a}");
            }
        }
        // Intervals: every pair of a sample of the ends above, reversed ones included.
        for a in dates.iter().step_by(7) {
            for b in dates.iter().step_by(11) {
                check(&format!("{a}/{b}"));
            }
        }
        assert!(fast > 700, "the fast path reads the plain dates ({fast})");
    }

    #[test]
    fn text_round_trips() {
        for s in [
            "1956",
            "1956-10-19/1960-01-27",
            "1993/..",
            "/1945",
            "197X/198X",
            "1956?/1960~",
            "[..1973-12-17]/..",
            "..1985/1990",
            "1985/1990..",
            "[1984..]",
        ] {
            let p = Period::parse(s).unwrap();
            assert_eq!(p.to_string(), s);
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<Period>(&json).unwrap(), p);
        }
    }
}
