//! The answers of the version-1 code on the fixtures of `tests/data/`, kept in
//! `tests/data/v1-answers.json`, so that a change of the model or of its engine (the resolved
//! core, leaner records, format version 2) is shown to answer the same questions the same way.
//!
//! The fixture was written by the version-1 code with `UPDATE_V1_ANSWERS=1 cargo test --test
//! v1_answers`; write it again only for a change of answers that the CHANGELOG explains.

use island_claims::{Dataset, Match};
use serde_json::{Value, json};

const FIXTURES: &[(&str, &str)] =
    &[("tiny", include_str!("data/tiny.json")), ("query-edges", include_str!("data/query-edges.json"))];

fn matches(found: &[Match<'_>]) -> Value {
    found.iter().map(|m| json!([m.position().id.as_str(), m.certainty(), m.via_successor()])).collect()
}

/// Every answer of one dataset: each year's positions, each day's (the first of each month)
/// claims, each party's changes with and without succession, each island's timeline, and
/// the conflicts.
fn answers(data: &Dataset) -> Value {
    let years: Vec<Value> = (1850..=2060).map(|y| json!([y, matches(&data.positions_during(y))])).collect();
    let days: Vec<Value> = (1900..=2030)
        .flat_map(|y| (1..=12).map(move |m| (y, m)))
        .filter_map(|(y, m)| {
            let day = chrono::NaiveDate::from_ymd_opt(y, m, 1)?;
            Some(json!([day.to_string(), matches(&data.claims_during(day))]))
        })
        .collect();
    let parties: Vec<Value> = data
        .parties()
        .iter()
        .map(|p| {
            let changes = data.changes(&p.id).unwrap();
            let held = data.query().holder(&p.id).follow_succession().run().unwrap();
            json!([p.id.as_str(), serde_json::to_value(&changes).unwrap(), matches(&held)])
        })
        .collect();
    let islands: Vec<Value> = data
        .islands()
        .iter()
        .map(|i| json!([i.id.as_str(), serde_json::to_value(data.timeline(&i.id).unwrap()).unwrap()]))
        .collect();
    json!({
        "years": years,
        "first_days_claims": days,
        "parties": parties,
        "islands": islands,
        "conflicts": serde_json::to_value(data.conflicts()).unwrap(),
    })
}

#[test]
fn the_fixtures_answer_as_the_version_1_code_did() {
    let now: Value = FIXTURES
        .iter()
        .map(|(name, json)| (name.to_string(), answers(&Dataset::from_json(json).unwrap())))
        .collect::<serde_json::Map<_, _>>()
        .into();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/v1-answers.json");
    if std::env::var_os("UPDATE_V1_ANSWERS").is_some() {
        std::fs::write(path, serde_json::to_string(&now).unwrap() + "\n").unwrap();
    }
    let kept: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    for (name, _) in FIXTURES {
        for part in ["years", "first_days_claims", "parties", "islands", "conflicts"] {
            assert_eq!(now[name][part], kept[name][part], "{name}: {part} differ from the version-1 answers");
        }
    }
}
