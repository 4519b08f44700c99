//! EDTF texts of every form the model reads: years, months, days, unspecified digits,
//! qualifiers on the whole date or on one component, one-of sets, dates known only by a bound
//! (`[..1956]`, `[1956..]`), and intervals with open, unknown, set and level 2 (`..1956`,
//! `1956..`) ends.

use std::ops::RangeInclusive;

use chrono::NaiveDate;
use proptest::prelude::*;

use crate::time::{Period, When};

/// The precision of a generated date.
#[derive(Debug, Clone, Copy)]
enum Form {
    Year,
    Month(u32),
    Day(u32, u32),
    /// `195X`
    Decade,
    /// `19XX`
    Century,
    /// `1956-XX`
    AnyMonth,
    /// `1956-10-XX`
    AnyDay(u32),
    /// `[1956,1958]`: one of two years.
    OneOf(i32),
    /// `[..1956-10]`: on or before a year, month or day (the month and day as in `Day`,
    /// month 0 for a year, day 0 for a month).
    Before(u32, u32),
    /// `[1956-10..]`: on or after.
    After(u32, u32),
    /// `[1956,1958..]`: one year, or another or any later one.
    OneOfOrAfter(i32),
}

fn form() -> impl Strategy<Value = Form> {
    prop_oneof![
        4 => Just(Form::Year),
        2 => (1..=12u32).prop_map(Form::Month),
        3 => (1..=12u32, 1..=31u32).prop_map(|(m, d)| Form::Day(m, d)),
        1 => Just(Form::Decade),
        1 => Just(Form::Century),
        1 => Just(Form::AnyMonth),
        1 => (1..=12u32).prop_map(Form::AnyDay),
        1 => (1..=5i32).prop_map(Form::OneOf),
        1 => (0..=12u32, 0..=31u32).prop_map(|(m, d)| Form::Before(m, d)),
        1 => (0..=12u32, 0..=31u32).prop_map(|(m, d)| Form::After(m, d)),
        1 => (1..=5i32).prop_map(Form::OneOfOrAfter),
    ]
}

/// A qualifier and where it goes: after the date (the whole date), or before its year, month
/// or day (that component only; where the date has no such component, after the date).
fn qualifier() -> impl Strategy<Value = (&'static str, Place)> {
    let mark = prop_oneof![1 => Just("?"), 1 => Just("~"), 1 => Just("%")];
    let place = prop_oneof![
        4 => Just(Place::After),
        1 => Just(Place::Year),
        1 => Just(Place::Month),
        1 => Just(Place::Day),
    ];
    prop_oneof![6 => Just(("", Place::After)), 3 => (mark, place)]
}

/// Where a qualifier is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    After,
    Year,
    Month,
    Day,
}

/// The last valid day of `month` in `year`, or `day` when it is valid.
fn clamp_day(year: i32, month: u32, day: u32) -> u32 {
    (1..=day).rev().find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some()).unwrap_or(1)
}

/// A year as EDTF writes it: four digits, with a sign below zero.
fn year_text(year: i32) -> String {
    if year < 0 { format!("-{:04}", year.unsigned_abs()) } else { format!("{year:04}") }
}

/// A date of its components, the qualifier `q` written at `place`.
fn qualified(parts: &[String], q: &str, place: Place) -> String {
    let at = match place {
        Place::Year => Some(0),
        Place::Month => Some(1),
        Place::Day => Some(2),
        Place::After => None,
    }
    .filter(|&i| i < parts.len());
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('-');
        }
        if Some(i) == at {
            out.push_str(q);
        }
        out.push_str(part);
    }
    if at.is_none() {
        out.push_str(q);
    }
    out
}

/// A year, month (`month > 0`) or day (`day > 0` too) in `year`.
fn ymd(year: i32, month: u32, day: u32) -> Vec<String> {
    let mut parts = vec![year_text(year)];
    if month > 0 {
        parts.push(format!("{month:02}"));
        if day > 0 {
            parts.push(format!("{:02}", clamp_day(year, month, day)));
        }
    }
    parts
}

fn render(year: i32, form: Form, (q, place): (&str, Place)) -> String {
    let y = year_text(year);
    let four_digits = (0..=9999).contains(&year);
    let parts: Vec<String> = match form {
        Form::Year => vec![y],
        Form::Month(m) => ymd(year, m, 0),
        Form::Day(m, d) => ymd(year, m, d),
        // Unspecified digits only make sense for years of four digits, not negative ones.
        Form::Decade if four_digits => vec![format!("{:03}X", year / 10)],
        Form::Century if four_digits => vec![format!("{:02}XX", year / 100)],
        Form::Decade | Form::Century => vec![y],
        Form::AnyMonth => vec![y, "XX".to_owned()],
        Form::AnyDay(m) => vec![y, format!("{m:02}"), "XX".to_owned()],
        // A set takes no qualifier of its own in EDTF; its members may.
        Form::OneOf(gap) => return format!("[{y},{}]", year_text(year.saturating_add(gap))),
        Form::Before(m, d) => return format!("[..{}]", qualified(&ymd(year, m, d), q, place)),
        Form::After(m, d) => return format!("[{}..]", qualified(&ymd(year, m, d), q, place)),
        Form::OneOfOrAfter(gap) => {
            return format!("[{},{}..]", qualified(&[y], q, place), year_text(year.saturating_add(gap)));
        }
    };
    qualified(&parts, q, place)
}
/// EDTF text of one date, in `years`, of any precision the model reads.
pub(super) fn when_text_in(years: RangeInclusive<i32>, sets: bool) -> impl Strategy<Value = String> {
    (years, form(), qualifier()).prop_map(move |(year, form, q)| {
        let form = match form {
            Form::OneOf(_) | Form::OneOfOrAfter(_) if !sets => Form::Year,
            Form::Before(m, d) | Form::After(m, d) if !sets => Form::Day(m.max(1), d.max(1)),
            f => f,
        };
        render(year, form, q)
    })
}

/// EDTF text of one date: a year, month or day, a decade or century (`195X`, `19XX`),
/// unspecified month or day (`1956-XX`, `1956-10-XX`), uncertain or approximate (`?`, `~`,
/// `%`) as a whole (`1956-10?`) or in one component (`?1956-10`, `1956-~10-19`), one of two
/// years (`[1956,1958]`), or known only by a bound (`[..1956-10]`, `[1956..]`,
/// `[1956,1958..]`), in the years 1000 to 2999 and a few far ones.
///
/// Every text is valid for [`When::parse`].
///
/// ```
/// use island_claims::When;
/// use island_claims::strategies::when_text;
/// use proptest::prelude::*;
///
/// proptest!(|(text in when_text())| {
///     let when = When::parse(&text).unwrap();
///     prop_assert!(when.earliest() <= when.latest());
/// });
/// ```
pub fn when_text() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => when_text_in(1000..=2999, true),
        1 => when_text_in(-9999..=9999, true),
    ]
}

/// A [`When`] of any form [`when_text`] writes.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let mut runner = TestRunner::deterministic();
/// for _ in 0..20 {
///     let when = island_claims::strategies::when().new_tree(&mut runner).map_err(|e| e.to_string())?.current();
///     assert_eq!(island_claims::When::parse(when.as_str())?, when);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn when() -> impl Strategy<Value = When> {
    when_text().prop_filter_map("when_text always parses", |t| When::parse(&t).ok())
}

/// One end of a generated interval.
#[derive(Debug, Clone)]
enum End {
    At(String),
    Open,
    Unknown,
}

impl End {
    fn text(&self) -> &str {
        match self {
            Self::At(t) => t,
            Self::Open => "..",
            Self::Unknown => "",
        }
    }
}

fn end(years: RangeInclusive<i32>) -> impl Strategy<Value = End> {
    prop_oneof![
        6 => when_text_in(years.clone(), false).prop_map(End::At),
        // Any one-of set may end a period, one known only by a bound too.
        2 => when_text_in(years, true).prop_map(End::At),
        1 => Just(End::Open),
        1 => Just(End::Unknown),
    ]
}

/// The level 2 ends: `..date` (on or before) as a start, `date..` (on or after) as an end,
/// for a date that is not a set.
fn level2(text: String, start: bool, on: bool) -> String {
    match (on && !text.starts_with('['), start) {
        (true, true) => format!("..{text}"),
        (true, false) => format!("{text}.."),
        (false, _) => text,
    }
}

/// The bounds of a date text, for ordering ends; `None` when it does not parse.
fn bounds(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    When::parse(text).ok().map(|w| (w.earliest(), w.latest()))
}

/// EDTF text of a period in `years` whose end is never surely before its start.
pub(super) fn period_text_in(years: RangeInclusive<i32>) -> impl Strategy<Value = String> {
    prop_oneof![
        1 => when_text_in(years.clone(), true),
        4 => (end(years.clone()), end(years), proptest::bool::weighted(0.1), proptest::bool::weighted(0.1))
            .prop_map(|(start, end, before, after)| {
                let (a, b) = match (&start, &end) {
                    (End::At(a), End::At(b)) => {
                        // A period surely ending before it starts is refused; swap its ends.
                        let reversed = matches!((bounds(a), bounds(b)), (Some(a), Some(b)) if b.1 < a.0);
                        if reversed { (b.clone(), a.clone()) } else { (a.clone(), b.clone()) }
                    }
                    // `../..`, `/`, `../` and `/..` say nothing and are refused: give one end a date.
                    (End::At(_), _) | (_, End::At(_)) => (start.text().to_owned(), end.text().to_owned()),
                    _ => (start.text().to_owned(), "1956".to_owned()),
                };
                // `..a` only moves the start earlier and `b..` the end later: never reversed.
                let dated = |t: &str| !t.is_empty() && t != "..";
                let a = if dated(&a) { level2(a, true, before) } else { a };
                let b = if dated(&b) { level2(b, false, after) } else { b };
                format!("{a}/{b}")
            }),
    ]
}

/// EDTF text of a period that a dataset accepts: an interval of two dates (`1956/1960`), with
/// an open (`1993/..`) or unknown (`/1945`) end, a one-of set as an end
/// (`[..1973-12-17]/..`), a level 2 end (`..1956/1960`, `1956/1960..`), or a single date
/// (`1956`), every date of any form [`when_text`] writes. Its end is never surely before its
/// start.
///
/// ```
/// use island_claims::Period;
/// use island_claims::strategies::period_text;
/// use proptest::prelude::*;
///
/// proptest!(|(text in period_text())| {
///     let period = Period::parse(&text).unwrap();
///     prop_assert!(!period.is_reversed());
///     prop_assert_eq!(period.to_string(), text);
/// });
/// ```
pub fn period_text() -> impl Strategy<Value = String> {
    prop_oneof![
        9 => period_text_in(1000..=2999),
        1 => period_text_in(-9999..=9999),
    ]
}

/// A [`Period`] of any form [`period_text`] writes.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let mut runner = TestRunner::deterministic();
/// for _ in 0..20 {
///     let period = island_claims::strategies::period().new_tree(&mut runner).map_err(|e| e.to_string())?.current();
///     assert_eq!(island_claims::Period::parse(period.as_str())?, period);
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn period() -> impl Strategy<Value = Period> {
    period_text().prop_filter_map("period_text always parses", |t| Period::parse(&t).ok())
}

/// A period in the years of generated datasets, parsed.
pub(super) fn dataset_period(years: RangeInclusive<i32>) -> impl Strategy<Value = Period> {
    period_text_in(years).prop_filter_map("period_text always parses", |t| Period::parse(&t).ok())
}

/// A date in the years of generated datasets, parsed.
pub(super) fn dataset_when(years: RangeInclusive<i32>) -> impl Strategy<Value = When> {
    when_text_in(years, true).prop_filter_map("when_text always parses", |t| When::parse(&t).ok())
}
