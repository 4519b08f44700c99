//! EDTF handling through the public API: precisions, qualifiers, open and unknown ends,
//! Julian input, and refusals that name the field.

use chrono::NaiveDate;
use island_claims::{Certainty, Dataset, LoadError, Period, PeriodEnd, Span, When};

fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, day)
}

/// (core first, core last) or None, then (hull first, hull last); None inside = unbounded.
type CoreHull = (Option<(Option<NaiveDate>, Option<NaiveDate>)>, (Option<NaiveDate>, Option<NaiveDate>));

fn core_hull(text: &str) -> CoreHull {
    let p = Period::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
    let h = p.hull();
    (p.core().map(|c| (c.first(), c.last())), (h.first(), h.last()))
}

#[test]
fn single_dates_bound_to_their_days() {
    let cases = [
        ("1956", d(1956, 1, 1), d(1956, 12, 31)),
        ("1973-10", d(1973, 10, 1), d(1973, 10, 31)),
        ("1956-10-19", d(1956, 10, 19), d(1956, 10, 19)),
        ("197X", d(1970, 1, 1), d(1979, 12, 31)),
        ("1956~", d(1956, 1, 1), d(1956, 12, 31)),
        ("1956?", d(1956, 1, 1), d(1956, 12, 31)),
    ];
    for (text, first, last) in cases {
        let w = When::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!((Some(w.earliest()), Some(w.latest())), (first, last), "{text}");
        assert_eq!(w.to_string(), text);
        // As a period, a single date began and ended within itself: no sure day unless it is one day.
        let (core, hull) = core_hull(text);
        assert_eq!(hull, (first, last), "{text}");
        assert_eq!(core.is_some(), first == last, "{text}");
    }
    assert!(When::parse("1956~").expect("valid").is_approximate());
    assert!(When::parse("1956?").expect("valid").is_uncertain());
}

#[test]
fn intervals_with_open_and_unknown_ends() {
    assert_eq!(core_hull("1993/.."), (Some((d(1993, 12, 31), None)), (d(1993, 1, 1), None)));
    assert_eq!(core_hull("/1945"), (None, (None, d(1945, 12, 31))));
    assert_eq!(
        core_hull("1956-10-19/1960-01-27"),
        (Some((d(1956, 10, 19), d(1960, 1, 27))), (d(1956, 10, 19), d(1960, 1, 27)))
    );
    let p = Period::parse("1993/..").expect("valid");
    assert_eq!(p.end(), &PeriodEnd::Open);
    assert_eq!(Period::parse("/1945").expect("valid").start(), &PeriodEnd::Unknown);
}

#[test]
fn certainty_at_the_edges() {
    let c = |p: &str, y: i32| Period::parse(p).expect("valid").certainty_during(Span::year(y));
    assert_eq!(c("195X/1970", 1955), Some(Certainty::Possible));
    assert_eq!(c("195X/1970", 1960), Some(Certainty::Definite));
    assert_eq!(c("1956/1956", 1956), Some(Certainty::Definite));
    assert_eq!(c("/1945", 1900), Some(Certainty::Possible));
    assert_eq!(c("/1945", 1945), Some(Certainty::Definite));
    for year in [1993, 1994, 2026, 9999] {
        assert_eq!(c("1993/..", year), Some(Certainty::Definite), "{year}");
    }
}

#[test]
fn julian_dates_are_converted_on_input() {
    assert_eq!(When::from_julian(1855, 1, 26).expect("valid").as_str(), "1855-02-07");
    assert_eq!(When::from_julian(1875, 4, 25).expect("valid").as_str(), "1875-05-07");
    assert_eq!(When::from_julian(1905, 8, 23).expect("valid").as_str(), "1905-09-05");
    assert!(When::from_julian(1855, 2, 30).is_err());
}

#[test]
fn impossible_dates_are_refused() {
    for bad in ["1956-02-30", "1956-13", "abc"] {
        let err = When::parse(bad).expect_err(bad);
        assert!(err.to_string().starts_with(&format!("invalid EDTF date '{bad}'")), "{err}");
    }
}

#[test]
fn impossible_dates_in_json_name_the_field() {
    let tiny = include_str!("data/tiny.json");
    for (bad, path) in
        [("1956-02-30", "positions[0].period"), ("1956-13", "positions[0].period"), ("abc", "positions[0].period")]
    {
        let json = tiny.replacen("\"1956-12-12/1960-01-27\"", &format!("\"{bad}\""), 1);
        match Dataset::from_json(&json) {
            Err(LoadError::Syntax { path: p, message, .. }) => {
                assert_eq!(p, path);
                assert!(message.contains(bad), "{message}");
            }
            other => panic!("{bad}: expected a syntax error, got {other:?}"),
        }
    }
    let json = tiny.replacen("\"published\": \"1956-10-19\"", "\"published\": \"1956-02-30\"", 1);
    let err = Dataset::from_json(&json).expect_err("refused");
    assert!(err.to_string().starts_with("sources[0].published: invalid EDTF date '1956-02-30'"), "{err}");
}
