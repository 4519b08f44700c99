//! Inputs at the edges the fuzz targets (`fuzz/`) explore, kept as tests: dates at the ends
//! of the supported calendar, queries at the ends of `i32` and of chrono's days, and loading
//! malformed text. None may panic. A crash the fuzzer finds is added here.

use chrono::NaiveDate;
use island_claims::{Dataset, LoadError, Span};

/// A small dataset whose every date is `period`: a group and its member, a party and its
/// successor, an event, and two positions of one holder per different sources.
fn dataset_dated(period: &str) -> String {
    format!(
        r#"{{"format": "island-claims/1",
  "islands": [{{"id": "g", "kind": "group"}}, {{"id": "m", "kind": "island", "part_of": "g"}}],
  "parties": [{{"id": "x", "kind": "state", "exists": "{period}"}}, {{"id": "y", "kind": "state", "successor_of": "x"}}],
  "sources": [{{"id": "s", "kind": "news_report", "title": "t", "published": "Y262142"}},
              {{"id": "t", "kind": "news_report", "title": "t", "published": "Y-262143"}}],
  "events": [{{"id": "e", "kind": "other", "title": "t", "when": "{period}", "islands": ["m"],
              "participants": [{{"party": "x", "role": "other"}}], "attributions": [{{"source": "s"}}]}}],
  "positions": [
    {{"id": "p", "holder": "x", "stance": "claims_sovereignty", "islands": ["g"], "period": "{period}",
     "attributions": [{{"source": "s"}}], "established_by": "e"}},
    {{"id": "q", "holder": "x", "stance": "renounces", "islands": ["m"], "period": "{period}",
     "attributions": [{{"source": "t", "account_of": "y"}}], "ended_by": "e"}}]}}"#
    )
}

/// Runs every query at the far ends of time.
fn query_everything(data: &Dataset) {
    let days = [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::from_ymd_opt(1956, 10, 19).unwrap()];
    for year in [i32::MIN, -262_145, -262_144, -262_143, 0, 1956, 262_142, 262_143, i32::MAX] {
        let _ = data.positions_during(year);
        let _ = data.claims_during(year);
        for party in data.parties() {
            let _ = data.query().holder(&party.id).follow_succession().during(year).run().unwrap();
        }
    }
    for day in days {
        let _ = data.positions_during(day);
        let _ = data.claims_during(day);
        let _ = data.as_known_at(day);
    }
    let all = Span::new(NaiveDate::MIN, NaiveDate::MAX).unwrap();
    let _ = data.positions_during(all);
    for island in data.islands() {
        let _ = data.timeline(&island.id).unwrap();
        let _ = data.query().island(&island.id).during(all).run().unwrap();
    }
    for party in data.parties() {
        let _ = data.changes(&party.id).unwrap();
    }
    let _ = data.conflicts();
}

#[test]
fn dates_at_the_ends_of_the_calendar_load_and_answer() {
    let loaded = [
        "/Y262142",
        "Y262142",
        "Y-262143",
        "Y262142/Y262142",
        "Y-262142?/",
        "Y-262142/Y-262142~",
        "-9999/..",
        "9999-12-31/",
        "/-9999-01-01",
    ];
    for period in loaded {
        match Dataset::from_json(&dataset_dated(period)) {
            Ok(data) => query_everything(&data),
            // Some of these make the two positions surely overlap: refused, not a panic.
            Err(LoadError::Invalid(report)) => assert!(report.errors().count() > 0, "{period}"),
            Err(e) => panic!("{period}: {e}"),
        }
    }
    // Beyond chrono's years: a typed error naming the place.
    let err = Dataset::from_json(&dataset_dated("Y-262144/..")).unwrap_err();
    assert!(matches!(&err, LoadError::Syntax { path, .. } if path == "parties[0].exists"), "{err}");
    assert!(err.to_string().contains("outside the supported range of years"));
}

#[test]
fn malformed_text_is_a_typed_error() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let cases = [
        "",
        "\u{feff}",
        "null",
        "{}",
        "{\"format\": 1}",
        "{\"format\": \"island-claims/1\"} trailing",
        "{\"format\": \"island-claims/1\", \"islands\": [{\"id\": \"a\", \"kind\": \"island\", \"area_km2\": 1e400}]}",
        "{\"format\": \"island-claims/1\", \"positions\": [{\"id\": \"p\", \"period\": \"1956-02-30\"}]}",
        &deep,
    ];
    for text in cases {
        let err = Dataset::from_json(text).unwrap_err();
        assert!(!err.to_string().is_empty());
    }
}

#[test]
fn the_largest_finite_numbers_round_trip() {
    // JSON has no NaN or infinity; a dataset can only hold finite numbers, which round-trip.
    let json = r#"{"format": "island-claims/1",
      "islands": [{"id": "a", "kind": "island", "area_km2": 1.7976931348623157e308,
                   "location": {"lat": -90, "lon": 180}}]}"#;
    let data = Dataset::from_json(json).unwrap();
    assert_eq!(Dataset::from_json(&data.to_json()).unwrap(), data);
}
