//! EDTF texts of every form the model reads: years, months, days, unspecified digits,
//! qualifiers, one-of sets, and intervals with open and unknown ends.

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
    ]
}

fn qualifier() -> impl Strategy<Value = &'static str> {
    prop_oneof![6 => Just(""), 1 => Just("?"), 1 => Just("~"), 1 => Just("%")]
}

/// The last valid day of `month` in `year`, or `day` when it is valid.
fn clamp_day(year: i32, month: u32, day: u32) -> u32 {
    (1..=day).rev().find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some()).unwrap_or(1)
}

/// A year as EDTF writes it: four digits, with a sign below zero.
fn year_text(year: i32) -> String {
    if year < 0 { format!("-{:04}", year.unsigned_abs()) } else { format!("{year:04}") }
}

fn render(year: i32, form: Form, qualifier: &str) -> String {
    let y = year_text(year);
    let body = match form {
        Form::Year => y,
        Form::Month(m) => format!("{y}-{m:02}"),
        Form::Day(m, d) => format!("{y}-{m:02}-{:02}", clamp_day(year, m, d)),
        // Unspecified digits only make sense for years of four digits, not negative ones.
        Form::Decade if (0..=9999).contains(&year) => format!("{:03}X", year / 10),
        Form::Century if (0..=9999).contains(&year) => format!("{:02}XX", year / 100),
        Form::Decade | Form::Century => y,
        Form::AnyMonth => format!("{y}-XX"),
        Form::AnyDay(m) => format!("{y}-{m:02}-XX"),
        // A set takes no qualifier of its own in EDTF.
        Form::OneOf(gap) => return format!("[{y},{}]", year_text(year.saturating_add(gap))),
    };
    format!("{body}{qualifier}")
}

/// EDTF text of one date, in `years`, of any precision the model reads.
pub(super) fn when_text_in(years: RangeInclusive<i32>, sets: bool) -> impl Strategy<Value = String> {
    (years, form(), qualifier()).prop_map(move |(year, form, q)| {
        let form = match form {
            Form::OneOf(_) if !sets => Form::Year,
            f => f,
        };
        render(year, form, q)
    })
}

/// EDTF text of one date: a year, month or day, a decade or century (`195X`, `19XX`),
/// unspecified month or day (`1956-XX`, `1956-10-XX`), uncertain or approximate (`?`, `~`,
/// `%`), or one of two years (`[1956,1958]`), in the years 1000 to 2999 and a few far ones.
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
        8 => when_text_in(years, false).prop_map(End::At),
        1 => Just(End::Open),
        1 => Just(End::Unknown),
    ]
}

/// The bounds of a date text, for ordering ends; `None` when it does not parse.
fn bounds(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    When::parse(text).ok().map(|w| (w.earliest(), w.latest()))
}

/// EDTF text of a period in `years` whose end is never surely before its start.
pub(super) fn period_text_in(years: RangeInclusive<i32>) -> impl Strategy<Value = String> {
    prop_oneof![
        1 => when_text_in(years.clone(), true),
        4 => (end(years.clone()), end(years)).prop_map(|(start, end)| {
            match (&start, &end) {
                (End::At(a), End::At(b)) => {
                    // A period surely ending before it starts is refused; swap its ends.
                    let reversed = matches!((bounds(a), bounds(b)), (Some(a), Some(b)) if b.1 < a.0);
                    if reversed { format!("{b}/{a}") } else { format!("{a}/{b}") }
                }
                // `../..`, `/`, `../` and `/..` say nothing and are refused: give one end a date.
                (End::At(_), _) | (_, End::At(_)) => format!("{}/{}", start.text(), end.text()),
                _ => format!("{}/1956", start.text()),
            }
        }),
    ]
}

/// EDTF text of a period that a dataset accepts: an interval of two dates (`1956/1960`), with
/// an open (`1993/..`) or unknown (`/1945`) end, or a single date (`1956`), every date of any
/// precision [`when_text`] writes. Its end is never surely before its start.
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
