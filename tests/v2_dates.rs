//! Version 2 dates through the public API: qualifiers that widen the possible reading, dates
//! known only by a bound (`[..2008-06-22]`, `[1984..]`), and the EDTF level 2 ends
//! `..1985/1990` and `1985/1990..` (DESIGN.md, "Version 2": "Qualifiers count" and "Dates
//! known only by a bound").

use chrono::NaiveDate;
use island_claims::{Certainty, Dataset, Match, Period, PeriodEnd, Span, When};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn period(text: &str) -> Period {
    Period::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// A small dataset: one island, one claimant, one position per period text, each backed by
/// one source published `[..2008-06-22]` (online by that day, first seen then).
fn dataset(periods: &[(&str, &str)]) -> Dataset {
    let positions: Vec<String> = periods
        .iter()
        .map(|(id, p)| {
            format!(
                r#"{{"id": "{id}", "holder": "japan", "stance": "claims_sovereignty", "islands": ["shikotan"],
                   "period": "{p}", "attributions": [{{"source": "web-page"}}]}}"#
            )
        })
        .collect();
    let json = format!(
        r#"{{
          "format": "island-claims/2",
          "islands": [{{"id": "shikotan", "kind": "island", "names": {{"en": "Shikotan"}}}}],
          "parties": [{{"id": "japan", "kind": "state", "names": {{"en": "Japan"}}}}],
          "sources": [{{"id": "web-page", "kind": "official_statement", "title": "A page online by 2008-06-22",
                        "published": "[..2008-06-22]"}}],
          "events": [],
          "positions": [{}]
        }}"#,
        positions.join(",")
    );
    Dataset::from_json(&json).unwrap_or_else(|e| panic!("{e}"))
}

/// Each match as (position id, certainty).
fn found(matches: &[Match<'_>]) -> Vec<(String, Certainty)> {
    matches.iter().map(|m| (m.position().id.to_string(), m.certainty())).collect()
}

fn one(id: &str, c: Certainty) -> Vec<(String, Certainty)> {
    vec![(id.to_owned(), c)]
}

#[test]
fn an_uncertain_start_holds_definitely_later_and_only_possibly_in_its_year_and_the_one_before() {
    let p = period("1971?/..");
    assert_eq!(p.certainty_during(Span::year(1980)), Some(Certainty::Definite));
    assert_eq!(p.certainty_during(Span::year(1973)), Some(Certainty::Definite));
    // `1971?` may be 1972: only from its last day does every reading hold.
    assert_eq!(p.certainty_during(Span::year(1972)), Some(Certainty::Definite));
    assert_eq!(p.certainty_at(day(1972, 6, 1)), Some(Certainty::Possible));
    assert_eq!(p.certainty_at(day(1973, 1, 1)), Some(Certainty::Definite));
    for year in [1971, 1970] {
        assert_eq!(p.certainty_during(Span::year(year)), Some(Certainty::Possible), "{year}");
    }
    assert_eq!(p.certainty_at(day(1970, 1, 1)), Some(Certainty::Possible));
    assert_eq!(p.certainty_during(Span::year(1969)), None);
    assert_eq!(p.certainty_at(day(1969, 12, 31)), None);
    // Without the qualifier 1971 is definite and 1970 is not reached.
    let plain = period("1971/..");
    assert_eq!(plain.certainty_during(Span::year(1971)), Some(Certainty::Definite));
    assert_eq!(plain.certainty_during(Span::year(1970)), None);
    // The stated bounds stay; the widened ones say what certainty weighs.
    assert_eq!(p.hull(), plain.hull());
    assert_eq!(p.core(), plain.core());
    assert_eq!(p.widened_hull().first(), Some(day(1970, 1, 1)));
    assert_eq!(p.widened_core().and_then(|c| c.first()), Some(day(1972, 12, 31)));
}

#[test]
fn the_query_index_agrees_with_the_period_on_qualified_ends() {
    let data = dataset(&[("japan-claim", "1971?/..")]);
    for (year, want) in [
        (1969, vec![]),
        (1970, one("japan-claim", Certainty::Possible)),
        (1971, one("japan-claim", Certainty::Possible)),
        (1972, one("japan-claim", Certainty::Definite)),
        (1980, one("japan-claim", Certainty::Definite)),
    ] {
        assert_eq!(found(&data.positions_during(year)), want, "positions in {year}");
        assert_eq!(found(&data.claims_during(year)), want, "claims in {year}");
    }
    assert_eq!(found(&data.claims_during(day(1972, 6, 1))), one("japan-claim", Certainty::Possible));
    assert_eq!(found(&data.claims_during(day(1973, 1, 1))), one("japan-claim", Certainty::Definite));
    let definite = data.query().during(Span::year(1971)).certainty(Certainty::Definite).run().unwrap();
    assert!(definite.is_empty());
}

#[test]
fn qualifiers_widen_by_one_unit_of_their_precision() {
    let range = |w: &str| {
        let r = When::parse(w).unwrap().widened();
        (r.first(), r.last())
    };
    let d = |y, m, dd| Some(day(y, m, dd));
    assert_eq!(range("1971-06~"), (d(1971, 5, 1), d(1971, 7, 31)));
    assert_eq!(range("1971-06-14?"), (d(1971, 6, 13), d(1971, 6, 15)));
    assert_eq!(range("1971%"), (d(1969, 1, 1), d(1973, 12, 31)));
    assert_eq!(range("1971?"), (d(1970, 1, 1), d(1972, 12, 31)));
    // A qualifier on one component widens by its unit.
    assert_eq!(range("?1971-06-14"), (d(1970, 6, 14), d(1972, 6, 14)));
    assert_eq!(range("1971-?06"), (d(1971, 5, 1), d(1971, 7, 31)));
    // In a one-of set, by member.
    assert_eq!(range("[1956?,1960]"), (d(1955, 1, 1), d(1960, 12, 31)));
    // The stated bounds are those of the date without its qualifier.
    let w = When::parse("1971-06~").unwrap();
    assert_eq!((w.earliest(), w.latest()), (day(1971, 6, 1), day(1971, 6, 30)));

    // As a period's end, the same margins decide certainty.
    let month = period("1971-06~/..");
    assert_eq!(month.certainty_at(day(1971, 5, 1)), Some(Certainty::Possible));
    assert_eq!(month.certainty_at(day(1971, 4, 30)), None);
    assert_eq!(month.certainty_at(day(1971, 7, 30)), Some(Certainty::Possible));
    assert_eq!(month.certainty_at(day(1971, 7, 31)), Some(Certainty::Definite));
    let days = period("1971-06-14?/..");
    assert_eq!(days.certainty_at(day(1971, 6, 13)), Some(Certainty::Possible));
    assert_eq!(days.certainty_at(day(1971, 6, 12)), None);
    assert_eq!(days.certainty_at(day(1971, 6, 15)), Some(Certainty::Definite));
    let both = period("1971%/..");
    assert_eq!(both.certainty_during(Span::year(1969)), Some(Certainty::Possible));
    assert_eq!(both.certainty_during(Span::year(1968)), None);
    assert_eq!(both.certainty_during(Span::year(1972)), Some(Certainty::Possible));
    assert_eq!(both.certainty_at(day(1973, 12, 31)), Some(Certainty::Definite));
    // An approximate end: possibly still holding a year after, surely only until its first day
    // less a year.
    let end = period("1950/1960~");
    assert_eq!(end.certainty_during(Span::year(1961)), Some(Certainty::Possible));
    assert_eq!(end.certainty_during(Span::year(1962)), None);
    assert_eq!(end.certainty_at(day(1959, 1, 1)), Some(Certainty::Definite));
    assert_eq!(end.certainty_at(day(1959, 1, 2)), Some(Certainty::Possible));
}

#[test]
fn a_source_published_on_or_before_a_day_counts_from_that_day() {
    let data = dataset(&[("japan-claim", "1971?/..")]);
    let source = data.source(&"web-page".parse().unwrap()).unwrap();
    assert_eq!(source.published.as_ref().expect("published").as_str(), "[..2008-06-22]");
    assert_eq!(source.published.as_ref().expect("published").latest(), day(2008, 6, 22));
    assert_eq!(source.published.as_ref().expect("published").range().first(), None);
    let claim = "japan-claim".parse().unwrap();
    let known = data.as_known_at(day(2008, 6, 22));
    assert!(known.position(&claim).is_some());
    assert_eq!(known.sources().len(), 1);
    let before = data.as_known_at(day(2008, 6, 21));
    assert!(before.position(&claim).is_none());
    assert!(before.sources().is_empty());
    // It round-trips as written.
    let again = Dataset::from_json(&data.to_json()).unwrap();
    assert_eq!(
        again
            .source(&"web-page".parse().unwrap())
            .unwrap()
            .published
            .as_ref()
            .map(island_claims::When::as_str)
            .unwrap_or_default(),
        "[..2008-06-22]"
    );
}

#[test]
fn dates_known_only_by_a_bound_parse_and_keep_their_text() {
    for text in ["[1984..]", "[..2008-06-22]", "[..1973-12-17]/..", "..1985/1990", "1985/1990..", "[1760-01,1760-12..]"]
    {
        let p = period(text);
        assert_eq!(p.as_str(), text);
        assert_eq!(p.to_string(), text);
        assert_eq!(serde_json::to_string(&p).unwrap(), format!("\"{text}\""));
        assert_eq!(serde_json::from_str::<Period>(&format!("\"{text}\"")).unwrap(), p);
    }
    for text in ["[1984..]", "[..2008-06-22]"] {
        assert_eq!(When::parse(text).unwrap().as_str(), text);
    }
    let after = When::parse("[1984..]").unwrap();
    assert_eq!(after.earliest(), day(1984, 1, 1));
    assert_eq!(after.range().last(), None);
}

#[test]
fn dates_known_only_by_a_bound_answer_as_design_says() {
    // `[1984..]`: one date on or after 1984, never surely on a given day.
    let after = period("[1984..]");
    assert_eq!(after.certainty_during(Span::year(1983)), None);
    assert_eq!(after.certainty_during(Span::year(1984)), Some(Certainty::Possible));
    assert_eq!(after.certainty_during(Span::year(2100)), Some(Certainty::Possible));
    assert_eq!(after.hull().first(), Some(day(1984, 1, 1)));
    assert_eq!(after.hull().last(), None);

    // `[..1973-12-17]/..`: began on or before 1973-12-17 and still holds.
    let began = period("[..1973-12-17]/..");
    assert_eq!(began.start().when().map(When::as_str), Some("[..1973-12-17]"));
    assert_eq!(began.end(), &PeriodEnd::Open);
    assert_eq!(began.certainty_at(day(1973, 12, 17)), Some(Certainty::Definite));
    assert_eq!(began.certainty_during(Span::year(2030)), Some(Certainty::Definite));
    assert_eq!(began.certainty_at(day(1973, 12, 16)), Some(Certainty::Possible));
    assert_eq!(began.certainty_during(Span::year(1000)), Some(Certainty::Possible));
    assert_eq!((began.hull().first(), began.hull().last()), (None, None));
    assert_eq!(began.core().and_then(|c| c.first()), Some(day(1973, 12, 17)));
    let spelled = period("..1973-12-17/..");
    assert_eq!((spelled.start(), spelled.end()), (began.start(), began.end()));

    // The level 2 ends mean the same as the sets.
    for (level2, set) in [("..1985/1990", "[..1985]/1990"), ("1985/1990..", "1985/[1990..]")] {
        let (a, b) = (period(level2), period(set));
        assert_eq!((a.hull(), a.core()), (b.hull(), b.core()), "{level2}");
        assert_eq!(a.start(), b.start(), "{level2}");
        assert_eq!(a.end(), b.end(), "{level2}");
        for year in [1000, 1984, 1985, 1988, 1990, 1991, 3000] {
            assert_eq!(a.certainty_during(Span::year(year)), b.certainty_during(Span::year(year)), "{level2} {year}");
        }
    }
    let before = period("..1985/1990");
    assert_eq!(before.certainty_during(Span::year(1900)), Some(Certainty::Possible));
    assert_eq!(before.certainty_during(Span::year(1985)), Some(Certainty::Definite));
    assert_eq!(before.certainty_at(day(1985, 12, 31)), Some(Certainty::Definite));
    assert_eq!(before.certainty_at(day(1985, 12, 30)), Some(Certainty::Possible));
    assert_eq!(before.certainty_during(Span::year(1991)), None);
    let until = period("1985/1990..");
    assert_eq!(until.certainty_during(Span::year(1984)), None);
    assert_eq!(until.certainty_at(day(1990, 1, 1)), Some(Certainty::Definite));
    assert_eq!(until.certainty_at(day(1990, 1, 2)), Some(Certainty::Possible));
    assert_eq!(until.certainty_during(Span::year(2050)), Some(Certainty::Possible));
}

#[test]
fn the_query_index_answers_dates_known_only_by_a_bound() {
    let data =
        dataset(&[("after-1984", "[1984..]"), ("began-by-1973", "[..1973-12-17]/.."), ("until-1990", "1985/1990..")]);
    let year = |y| found(&data.positions_during(y));
    let c = |id: &str, c| (id.to_owned(), c);
    assert_eq!(year(1960), vec![c("began-by-1973", Certainty::Possible)]);
    assert_eq!(year(1984), vec![c("began-by-1973", Certainty::Definite), c("after-1984", Certainty::Possible)]);
    assert_eq!(
        year(1987),
        vec![
            c("began-by-1973", Certainty::Definite),
            c("after-1984", Certainty::Possible),
            c("until-1990", Certainty::Definite)
        ]
    );
    assert_eq!(
        year(2050),
        vec![
            c("began-by-1973", Certainty::Definite),
            c("after-1984", Certainty::Possible),
            c("until-1990", Certainty::Possible)
        ]
    );
    for y in [1960, 1984, 1987, 2050] {
        assert_eq!(found(&data.claims_during(y)), year(y), "{y}");
    }
}
