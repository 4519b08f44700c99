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

/// The message a dataset gives for `bad` written where tiny.json has `field` set to `was`,
/// checked to name the JSON `path`.
fn json_message(bad: &str, was: &str, path: &str) -> String {
    let tiny = include_str!("data/tiny.json");
    assert!(tiny.contains(was), "tiny.json has no {was}");
    let json = tiny.replacen(was, &was.replacen(was.split('"').nth(3).unwrap_or(""), bad, 1), 1);
    match Dataset::from_json(&json) {
        Err(LoadError::Syntax { path: p, message, .. }) => {
            assert_eq!(p, path, "{bad}: {message}");
            message
        }
        other => panic!("{bad}: expected a syntax error, got {other:?}"),
    }
}

fn period_message(bad: &str) -> String {
    let err = bad.parse::<Period>().map(|p| p.to_string()).expect_err(bad).to_string();
    let in_json = json_message(bad, r#""period": "1956-12-12/1960-01-27""#, "positions[0].period");
    assert!(in_json.contains(&err), "{bad}: the dataset says {in_json:?}, the parser {err:?}");
    err
}

fn when_message(bad: &str) -> String {
    let err = When::parse(bad).map(|w| w.to_string()).expect_err(bad).to_string();
    let in_json = json_message(bad, r#""published": "1956-10-19""#, "sources[0].published");
    assert!(in_json.contains(&err), "{bad}: the dataset says {in_json:?}, the parser {err:?}");
    err
}

fn assert_says(message: &str, bad: &str, parts: &[&str]) {
    for part in parts {
        assert!(message.contains(part), "{bad}: {message:?} does not say {part:?}");
    }
    assert!(message.starts_with(&format!("invalid EDTF date '{bad}'")), "{bad}: {message:?}");
    // Lowercase, but for "EDTF", edtf-core's "(or X)" and the quoted spellings.
    let prose = message.split('\'').step_by(2).collect::<String>().replace("EDTF", "edtf").replace("(or X)", "");
    assert_eq!(prose, prose.to_lowercase(), "{bad}: {message:?} is not lowercase");
}

/// The mistakes people make most often in a period, what the message must say, and the
/// spelling it must suggest (issue 10).
const PERIOD_MISTAKES: &[(&str, &[&str])] = &[
    ("06/14/2022", &["EDTF is year-month-day", "write '2022-06-14'"]),
    ("14/06/2022", &["EDTF is year-month-day", "write '2022-06-14'"]),
    ("03/04/2022", &["EDTF is year-month-day", "write '2022-03-04' or '2022-04-03'"]),
    ("6/14/2022", &["write '2022-06-14'"]),
    ("2022/06/14", &["'-'", "write '2022-06-14'"]),
    ("14.06.2022", &["EDTF is year-month-day", "write '2022-06-14'"]),
    ("2022-06-14/present", &["the end 'present'", "ends in '..'", "write '2022-06-14/..'"]),
    ("2022-06-14/now", &["the end 'now'", "write '2022-06-14/..'"]),
    ("2022-06-14/today", &["write '2022-06-14/..'"]),
    ("2022-06-14/open", &["the end 'open'", "write '2022-06-14/..'"]),
    ("unknown/1956", &["the start 'unknown'", "left empty", "write '/1956'"]),
    ("2022-6-14", &["month must be two digits", "write '2022-06-14'"]),
    ("1956-10-19/2022-6-14", &["the end '2022-6-14'", "month must be two digits", "write '1956-10-19/2022-06-14'"]),
    ("{1970,1973}/2022-06-13", &["at offset 0", "the start '{1970,1973}'", "one date", "not an all-of set"]),
    ("1950/{1970,1973}", &["at offset 5", "the end '{1970,1973}'", "not an all-of set"]),
    ("[1970..1973]/2022-6-13", &["the end '2022-6-13'", "write '[1970..1973]/2022-06-13'"]),
    ("1956-02-30/1960", &["the start '1956-02-30'", "day is out of range"]),
    ("1985-04-12T10:00:00.123", &["fractional seconds are not EDTF", "write '1985-04-12T10:00:00'"]),
    ("1985-04-12T10:00:00.5Z", &["fractional seconds are not EDTF", "write '1985-04-12T10:00:00Z'"]),
    ("c. 1956", &["'~'", "write '1956~'"]),
    ("circa 1956", &["write '1956~'"]),
    ("1956-1960", &["'/'", "write '1956/1960' or '[1956..1960]'"]),
    (" 1956 ", &["whitespace is not allowed", "write '1956'"]),
    ("1956 / 1960", &["whitespace is not allowed", "write '1956/1960'"]),
    ("1950s", &["'X'", "write '195X'"]),
    ("197x", &["write '197X'"]),
    ("-199X", &["negative years cannot contain unspecified digits", "write '[-1999..-1990]'"]),
    ("-01XX", &["negative years cannot contain unspecified digits", "write '[-0199..-0100]'"]),
    ("..1956", &["write '../1956' or '[..1956]'"]),
    ("1956..", &["write '1956/..' or '[1956..]'"]),
];

#[test]
fn common_mistakes_in_a_period_say_what_to_write() {
    for (bad, parts) in PERIOD_MISTAKES {
        assert_says(&period_message(bad), bad, parts);
    }
}

/// The same mistakes where one date is expected: only spellings of one date are suggested.
const DATE_MISTAKES: &[(&str, &[&str])] = &[
    ("06/14/2022", &["EDTF is year-month-day", "write '2022-06-14'"]),
    ("2022/06/14", &["write '2022-06-14'"]),
    ("14.06.2022", &["write '2022-06-14'"]),
    ("present", &["not a date", "'..'"]),
    ("unknown", &["not a date", "'XXXX'"]),
    ("2022-6-14", &["month must be two digits", "write '2022-06-14'"]),
    ("1985-04-12T10:00:00.123", &["fractional seconds are not EDTF", "write '1985-04-12T10:00:00'"]),
    ("c. 1956", &["write '1956~'"]),
    ("1956-1960", &["'/'", "write '[1956..1960]'"]),
    (" 1956 ", &["whitespace is not allowed", "write '1956'"]),
    ("-199X", &["write '[-1999..-1990]'"]),
    ("..2008-06-22", &["bound of a date", "write '[..2008-06-22]'"]),
    ("1984..", &["write '[1984..]'"]),
];

#[test]
fn common_mistakes_in_a_date_say_what_to_write() {
    for (bad, parts) in DATE_MISTAKES {
        let message = when_message(bad);
        assert_says(&message, bad, parts);
        // A period is never suggested where a date is expected.
        assert!(suggestions(&message).iter().all(|s| !s.contains('/')), "{bad}: {message}");
    }
}

#[test]
fn every_suggested_spelling_is_accepted() {
    let mut suggested = 0;
    for (bad, _) in PERIOD_MISTAKES {
        for spelling in suggestions(&period_message(bad)) {
            assert!(Period::parse(&spelling).is_ok(), "{bad}: suggests {spelling:?}, which is refused");
            suggested += 1;
        }
    }
    for (bad, _) in DATE_MISTAKES {
        for spelling in suggestions(&when_message(bad)) {
            assert!(When::parse(&spelling).is_ok(), "{bad}: suggests {spelling:?}, which is refused");
            suggested += 1;
        }
    }
    assert!(suggested > PERIOD_MISTAKES.len(), "only {suggested} spellings suggested");
}

/// The spellings after "; write ", each in single quotes.
fn suggestions(message: &str) -> Vec<String> {
    let Some((_, tail)) = message.rsplit_once("; write ") else { return Vec::new() };
    tail.split(" or ").map(|s| s.trim_matches('\'').to_owned()).collect()
}

#[test]
fn one_of_sets_with_an_open_end_are_dates_anywhere_a_date_is_read() {
    let tiny = include_str!("data/tiny.json");
    for text in ["[..1760-12-03]", "[1760-12..]", "[..1984]", "[1760-01,1760-02,1760-12..]"] {
        let when = When::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(when.as_str(), text);
        let period = Period::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(period.hull(), when.range(), "{text}");
        // As a source's `published`.
        let json = tiny.replacen(r#""published": "1956-10-19""#, &format!(r#""published": "{text}""#), 1);
        let data = Dataset::from_json(&json).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(data.sources()[0].published.as_ref().map(island_claims::When::as_str), Some(text));
    }
    // As an end of a position's period.
    for period in ["[..1956-12-12]/1960-01-27", "1956-12-12/[..1960-01-27]", "[1956-12-01..1956-12-12]/1960-01-27"] {
        let json = tiny.replacen(r#""period": "1956-12-12/1960-01-27""#, &format!(r#""period": "{period}""#), 1);
        let data = Dataset::from_json(&json).unwrap_or_else(|e| panic!("{period}: {e}"));
        assert_eq!(data.all_positions()[0].period.as_str(), period);
    }
    // An open side reaches as far as an open end of a period.
    let (set, open) = (Period::parse("[..1984]/1990").expect("valid"), Period::parse("../1990").expect("valid"));
    assert_eq!(set.hull(), open.hull());
    for year in [-200_000, 1000, 1983] {
        assert_eq!(set.certainty_during(Span::year(year)), Some(Certainty::Possible), "{year}");
    }
    assert_eq!(open.certainty_during(Span::year(1000)), Some(Certainty::Definite));
    assert_eq!(set.certainty_during(Span::year(1984)), Some(Certainty::Definite));
}

#[test]
fn qualifiers_keep_the_stated_bounds_and_widen_certainty() {
    let plain = Period::parse("1956/1960").expect("valid");
    let qualified = Period::parse("1956?/1960~").expect("valid");
    // The stated bounds are those of the dates without qualifiers.
    assert_eq!((plain.hull(), plain.core()), (qualified.hull(), qualified.core()));
    // Certainty weighs a year either way of each qualified end.
    assert_eq!(qualified.widened_hull().first(), d(1955, 1, 1));
    assert_eq!(qualified.widened_hull().last(), d(1961, 12, 31));
    let c = |p: &Period, y: i32| p.certainty_during(Span::year(y));
    assert_eq!(c(&plain, 1955), None);
    assert_eq!(c(&qualified, 1955), Some(Certainty::Possible));
    assert_eq!(c(&plain, 1956), Some(Certainty::Definite));
    assert_eq!(c(&qualified, 1956), Some(Certainty::Possible));
    assert_eq!(c(&qualified, 1958), Some(Certainty::Definite));
    assert_eq!(c(&qualified, 1960), Some(Certainty::Possible));
    assert_eq!(c(&qualified, 1961), Some(Certainty::Possible));
    assert_eq!(c(&qualified, 1962), None);
    // A date without a qualifier widens to itself.
    assert_eq!(plain.widened_hull(), plain.hull());
    assert_eq!(plain.widened_core(), plain.core());
}
