//! Version 2: islands that come into being and divide. An island X is divided by a settlement
//! of 2022-06-14 into the parts X-north and X-south; A administers the whole island until the
//! day before, then the north, and B the south.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use island_claims::{
    Certainty, Dataset, Island, IslandId, IslandKind, IssueCode, Match, Period, PositionId, TimelineEntry, strategies,
};
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;

const DIVIDED: &str = r#"{
  "format": "island-claims/2",
  "islands": [
    {"id": "x", "kind": "island", "names": {"en": "X"}},
    {"id": "x-north", "kind": "part", "part_of": "x", "exists": "2022-06-14/..", "names": {"en": "X (north)"}},
    {"id": "x-south", "kind": "part", "part_of": "x", "exists": "2022-06-14/..", "names": {"en": "X (south)"}}
  ],
  "parties": [
    {"id": "a", "kind": "state", "names": {"en": "A"}},
    {"id": "b", "kind": "state", "names": {"en": "B"}}
  ],
  "sources": [
    {"id": "settlement-text", "kind": "treaty_text", "title": "Settlement", "published": "2022-06-14"}
  ],
  "events": [
    {"id": "settlement", "kind": "agreement", "when": "2022-06-14", "title": "Border settlement",
     "participants": [{"party": "a", "role": "signatory"}, {"party": "b", "role": "signatory"}],
     "islands": ["x-north", "x-south"], "attributions": [{"source": "settlement-text"}]}
  ],
  "positions": [
    {"id": "a-administers-x", "holder": "a", "stance": "administers", "islands": ["x"],
     "period": "1900/2022-06-13", "ended_by": "settlement", "attributions": [{"source": "settlement-text"}]},
    {"id": "a-administers-north", "holder": "a", "stance": "administers", "islands": ["x-north"],
     "period": "2022-06-14/..", "established_by": "settlement", "attributions": [{"source": "settlement-text"}]},
    {"id": "b-administers-south", "holder": "b", "stance": "administers", "islands": ["x-south"],
     "period": "2022-06-14/..", "established_by": "settlement", "attributions": [{"source": "settlement-text"}]}
  ]
}"#;

fn divided() -> Dataset {
    Dataset::from_json(DIVIDED).unwrap_or_else(|e| panic!("the divided island loads: {e}"))
}

fn island(s: &str) -> IslandId {
    s.parse().unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Who holds what on `x` on `date`: (holder, position id, certainty), sorted.
fn holders(data: &Dataset, x: &str, date: NaiveDate) -> Vec<(String, String, Certainty)> {
    let matches: Vec<Match<'_>> = data.query().island(&island(x)).during(date).run().unwrap();
    let mut out: Vec<_> =
        matches.iter().map(|m| (m.party().to_string(), m.position().id.to_string(), m.certainty())).collect();
    out.sort();
    out
}

fn row(holder: &str, position: &str) -> (String, String, Certainty) {
    (holder.to_owned(), position.to_owned(), Certainty::Definite)
}

#[test]
fn the_north_half_in_2000_is_held_through_the_whole_island() {
    // Before the settlement the half did not exist, but a position on the whole island
    // concerns each later half: asked about the half in 2000, the answer is A, through X.
    let data = divided();
    assert_eq!(holders(&data, "x-north", day(2000, 1, 1)), [row("a", "a-administers-x")]);
    assert_eq!(holders(&data, "x-south", day(2000, 1, 1)), [row("a", "a-administers-x")]);
}

#[test]
fn after_the_settlement_each_half_has_its_own_holder() {
    let data = divided();
    assert_eq!(holders(&data, "x-north", day(2023, 1, 1)), [row("a", "a-administers-north")]);
    assert_eq!(holders(&data, "x-south", day(2023, 1, 1)), [row("b", "b-administers-south")]);
}

#[test]
fn the_whole_island_in_2023_sees_both_halves() {
    // A query on the island sees the positions on its parts, as one on a group sees those on
    // its members.
    let data = divided();
    assert_eq!(
        holders(&data, "x", day(2023, 1, 1)),
        [row("a", "a-administers-north"), row("b", "b-administers-south")]
    );
    // And on the day before the settlement, the whole island alone.
    assert_eq!(holders(&data, "x", day(2022, 6, 13)), [row("a", "a-administers-x")]);
}

#[test]
fn a_position_on_the_whole_island_covers_its_parts() {
    let data = divided();
    let covered: Vec<&str> = data
        .covered_islands(&PositionId::new("a-administers-x").unwrap())
        .unwrap()
        .iter()
        .map(IslandId::as_str)
        .collect();
    assert_eq!(covered, ["x", "x-north", "x-south"]);
    // A position on one half covers that half only.
    let north: Vec<&str> = data
        .covered_islands(&PositionId::new("a-administers-north").unwrap())
        .unwrap()
        .iter()
        .map(IslandId::as_str)
        .collect();
    assert_eq!(north, ["x-north"]);
}

#[test]
fn parts_round_trip_through_json() {
    let data = divided();
    let again = Dataset::from_json(&data.to_json()).unwrap();
    assert_eq!(again.islands(), data.islands());
    let north = again.island(&island("x-north")).unwrap();
    assert_eq!(north.kind, IslandKind::Part);
    assert_eq!(north.exists.as_ref().map(Period::as_str), Some("2022-06-14/.."));
    assert!(data.to_json().contains(r#""kind": "part""#));
}

#[test]
fn the_timeline_of_a_half_shows_its_coming_into_being() {
    let data = divided();
    let timeline = data.timeline(&island("x-north")).unwrap();
    let listed: Vec<(&str, Option<&str>)> = timeline
        .iter()
        .map(|e| match e {
            TimelineEntry::IslandStart { island } => (island.id.as_str(), e.when()),
            TimelineEntry::Event { event } => (event.id.as_str(), e.when()),
            TimelineEntry::PositionStart { position, .. } | TimelineEntry::PositionEnd { position, .. } => {
                (position.id.as_str(), e.when())
            }
            _ => ("other", None),
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("a-administers-x", Some("1900")),
            ("a-administers-x", Some("2022-06-13")),
            ("x-north", Some("2022-06-14")),
            ("settlement", Some("2022-06-14")),
            ("a-administers-north", Some("2022-06-14")),
        ]
    );
    let json = serde_json::to_value(timeline[2]).unwrap();
    assert_eq!(json["kind"], "island_start");
    assert_eq!(json["id"], "x-north");
    // The whole island's timeline shows both halves begin.
    let whole = data.timeline(&island("x")).unwrap();
    let begun: BTreeSet<&str> = whole.iter().filter_map(TimelineEntry::island).map(|i| i.id.as_str()).collect();
    assert_eq!(begun, BTreeSet::from(["x-north", "x-south"]));
}

fn refused_with(json: &str) -> BTreeSet<IssueCode> {
    let err = Dataset::from_json(json).expect_err("refused");
    err.report().unwrap().errors().map(|i| i.code).collect()
}

#[test]
fn a_position_on_a_half_before_the_settlement_is_refused() {
    let json = DIVIDED.replace(
        r#""period": "2022-06-14/..", "established_by": "settlement", "attributions": [{"source": "settlement-text"}]},
    {"id": "b-administers-south""#,
        r#""period": "2020/..", "attributions": [{"source": "settlement-text"}]},
    {"id": "b-administers-south""#,
    );
    assert_ne!(json, DIVIDED);
    assert_eq!(refused_with(&json), BTreeSet::from([IssueCode::PositionOutsideIslandExistence]));
    let err = Dataset::from_json(&json).unwrap_err();
    let issue = err.report().unwrap().errors().next().unwrap().clone();
    assert_eq!(issue.subject.path(), "positions[1].period");
    assert!(issue.message.contains("island 'x-north' exists only 2022-06-14/.."), "{}", issue.message);
}

#[test]
fn only_possibly_outside_is_accepted() {
    // "2022" may be the settlement's day or later in the year: not surely before it.
    let json =
        DIVIDED.replace(r#""period": "2022-06-14/..", "established_by": "settlement""#, r#""period": "2022/..""#);
    assert_ne!(json, DIVIDED);
    assert!(Dataset::from_json(&json).is_ok());
    // An event dated only "2022" on a half is not refused either.
    let json = DIVIDED.replace(r#""when": "2022-06-14""#, r#""when": "2022""#);
    assert!(Dataset::from_json(&json).is_ok());
}

#[test]
fn an_event_on_a_half_before_it_existed_is_refused() {
    let json = DIVIDED.replace(r#""when": "2022-06-14""#, r#""when": "2021-01-01""#);
    let codes = refused_with(&json);
    assert!(codes.contains(&IssueCode::EventOutsideIslandExistence), "{codes:?}");
}

#[test]
fn part_of_rules() {
    let load = |islands: &str| {
        let json = format!(r#"{{"format": "island-claims/2", "islands": [{islands}]}}"#);
        match Dataset::from_json(&json) {
            Ok(_) => BTreeSet::new(),
            Err(e) => e.report().unwrap().errors().map(|i| i.code).collect(),
        }
    };
    let none = BTreeSet::new();
    // A part of an island, and a part of a part (a half divided again), load.
    assert_eq!(
        load(
            r#"{"id": "x", "kind": "island"}, {"id": "n", "kind": "part", "part_of": "x"},
                {"id": "ne", "kind": "part", "part_of": "n"}"#
        ),
        none
    );
    // A part of a group is refused; so is a part of nothing.
    assert_eq!(
        load(r#"{"id": "g", "kind": "group"}, {"id": "n", "kind": "part", "part_of": "g"}"#),
        BTreeSet::from([IssueCode::PartOfNotAnIsland])
    );
    assert_eq!(load(r#"{"id": "n", "kind": "part"}"#), BTreeSet::from([IssueCode::PartWithoutIsland]));
    // Islands, groups and regions are never part of a part.
    for kind in ["island", "group", "region"] {
        let islands = format!(
            r#"{{"id": "x", "kind": "island"}}, {{"id": "n", "kind": "part", "part_of": "x"}},
               {{"id": "y", "kind": "{kind}", "part_of": "n"}}"#
        );
        assert_eq!(load(&islands), BTreeSet::from([IssueCode::PartOfNotAGroup]), "{kind}");
    }
    // An island part of an island is told how to write a part.
    let err = Dataset::from_json(
        r#"{"format": "island-claims/2", "islands": [{"id": "x", "kind": "island"}, {"id": "n", "kind": "island", "part_of": "x"}]}"#,
    )
    .unwrap_err();
    let message = &err.report().unwrap().errors().next().unwrap().message;
    assert!(message.contains(r#"write "kind": "part""#), "{message}");
}

#[test]
fn an_island_exists_period_is_checked_like_any_period() {
    let json = DIVIDED.replacen(r#""exists": "2022-06-14/..""#, r#""exists": "2022/2020""#, 1);
    assert!(refused_with(&json).contains(&IssueCode::PeriodReversed));
}

#[test]
fn the_builder_makes_the_same_parts() {
    let data = Dataset::builder()
        .with_island(Island::new(island("x"), IslandKind::Island))
        .with_island(
            Island::new(island("x-north"), IslandKind::Part)
                .with_part_of(island("x"))
                .with_exists("2022-06-14/..".parse().unwrap()),
        )
        .build()
        .unwrap();
    let (made, read) = (data.island(&island("x-north")).unwrap(), divided());
    let read = read.island(&island("x-north")).unwrap();
    assert_eq!((made.kind, &made.part_of, &made.exists), (read.kind, &read.part_of, &read.exists));
}

#[test]
fn generated_datasets_have_parts_with_exists() {
    let mut runner = TestRunner::deterministic();
    let strategy = strategies::dataset();
    let with_parts = (0..64)
        .filter(|_| {
            let data = strategy.new_tree(&mut runner).unwrap().current();
            data.islands().iter().any(|i| i.kind == IslandKind::Part && i.exists.is_some())
        })
        .count();
    assert!(with_parts > 0, "no generated dataset of 64 has a part with exists");
}

#[cfg(feature = "geojson")]
#[test]
fn the_geojson_map_shows_each_half_only_once_it_exists() {
    use island_claims::export::geojson;

    let data = divided();
    let feature = |date: NaiveDate, id: &str| {
        let map = serde_json::to_value(geojson::feature_collection(&data, date)).unwrap();
        map["features"].as_array().unwrap().iter().find(|f| f["id"] == id).unwrap()["properties"].clone()
    };
    let administered = |p: &serde_json::Value| -> Vec<String> {
        p["administered_by"].as_array().unwrap().iter().map(|e| e["position"].as_str().unwrap().to_owned()).collect()
    };
    // Before the settlement the half has no positions; the whole island has A's.
    let north = feature(day(2000, 1, 1), "x-north");
    assert_eq!(north["kind"], "part");
    assert_eq!(north["exists"], "2022-06-14/..");
    assert!(administered(&north).is_empty());
    assert_eq!(north["contested"], "no");
    assert_eq!(administered(&feature(day(2000, 1, 1), "x")), ["a-administers-x"]);
    // After it, each half its own holder, and the island both, not contested.
    assert_eq!(administered(&feature(day(2023, 1, 1), "x-north")), ["a-administers-north"]);
    assert_eq!(administered(&feature(day(2023, 1, 1), "x-south")), ["b-administers-south"]);
    let whole = feature(day(2023, 1, 1), "x");
    assert_eq!(administered(&whole), ["a-administers-north", "b-administers-south"]);
    assert_eq!(whole["contested"], "no");
}

#[cfg(feature = "svg")]
#[test]
fn the_svg_timeline_gives_each_half_a_row_that_says_when_it_exists() {
    use island_claims::export::svg::Timeline;

    let svg = Timeline::new().from_year(1990).render(&divided()).unwrap();
    for half in ["X (north)", "X (south)"] {
        assert!(svg.contains(&format!("{half} (part)\npart of X\nexists 2022-06-14/..")), "{half} in {svg}");
    }
}
