//! What tools built on the crate need (issue 14): finding records by name, every island with
//! its positions from one query, names kept in the order given, and JSON that a load and a
//! save leave byte for byte as it was.

use chrono::NaiveDate;
use island_claims::{Dataset, Names, datasets};

const TINY: &str = include_str!("data/tiny.json");

/// Any typed id, from its slug.
fn id<T: std::str::FromStr>(slug: &str) -> T
where
    T::Err: std::fmt::Debug,
{
    slug.parse().expect("a valid id")
}

fn ids<'a, T: 'a>(records: impl IntoIterator<Item = &'a T>, id: impl Fn(&T) -> &str) -> Vec<String> {
    records.into_iter().map(|r| id(r).to_owned()).collect()
}

#[test]
fn islands_are_found_by_any_name_in_any_language_ignoring_case_and_diacritics() {
    let data = datasets::kuril();
    let find = |name: &str| ids(data.find_islands(name), |i| i.id.as_str());
    for name in ["Iturup", "ITURUP", "iturup", "Итуруп", "ИТУРУП", "択捉島", "  Iturup "] {
        assert_eq!(find(name), ["iturup"], "{name}");
    }
    // Whole names only, and nothing for a name that is not there.
    assert!(find("Itur").is_empty());
    assert!(find("").is_empty());
    assert!(find("Atlantis").is_empty());
    // Each island of the dataset is found by each of its names and by its id.
    for island in data.islands() {
        assert!(find(island.id.as_str()).contains(&island.id.to_string()));
        for (_, name) in island.names.iter() {
            assert!(find(name).contains(&island.id.to_string()), "{name}");
        }
    }
}

#[test]
fn diacritics_and_compatibility_forms_are_folded_but_kana_marks_are_not() {
    let json = r#"{"format": "island-claims/2", "islands": [
        {"id": "orleans", "kind": "island", "names": {"fr": "Île d'Orléans"}},
        {"id": "yolka", "kind": "island", "names": {"ru": "Ёлка"}},
        {"id": "do", "kind": "island", "names": {"ja": "ド島"}}],
      "parties": [{"id": "sao-tome", "kind": "state", "names": {"pt": "São Tomé e Príncipe"}}]}"#;
    let data = Dataset::from_json(json).expect("loads");
    let find = |name: &str| ids(data.find_islands(name), |i| i.id.as_str());
    assert_eq!(find("ile d'orleans"), ["orleans"]);
    assert_eq!(find("ÎLE D'ORLÉANS"), ["orleans"]);
    assert_eq!(find("Елка"), ["yolka"]);
    assert_eq!(find("ド島"), ["do"]);
    assert!(find("ト島").is_empty(), "ド and ト are different words");
    assert_eq!(find("ﾄﾞ島"), ["do"], "half-width kana are their full-width forms");
    assert_eq!(ids(data.find_parties("sao tome e principe"), |p| p.id.as_str()), ["sao-tome"]);
}

#[test]
fn parties_are_found_by_any_name() {
    let data = datasets::kuril();
    for name in ["Japan", "japan", "日本", "Япония", "Nihon"] {
        assert_eq!(ids(data.find_parties(name), |p| p.id.as_str()), ["japan"], "{name}");
    }
    assert_eq!(ids(data.find_parties("Сергей Лавров"), |p| p.id.as_str()), ["lavrov"]);
}

#[test]
fn every_island_with_its_positions_equals_one_query_per_island() {
    let data = datasets::kuril();
    for day in ["1854-01-01", "1875-06-01", "1945-08-20", "1956-10-19", "1972-08-03", "1993-10-13", "2021-06-04"] {
        let day: NaiveDate = day.parse().expect("a day");
        let by_island = data.query().during(day).by_island().expect("known ids");
        assert_eq!(by_island.len(), data.islands().len());
        for (entry, island) in by_island.iter().zip(data.islands()) {
            assert_eq!(entry.island(), island);
            let one = data.query().during(day).island(&island.id).run().expect("known id");
            assert_eq!(entry.matches(), one.as_slice(), "{} on {day}", island.id);
        }
    }
    // Other filters apply as they do to `run`.
    let claims = data.query().claims().during(1956).by_island().expect("known ids");
    assert!(claims.iter().flat_map(|e| e.matches()).all(|m| m.stance().is_claim()));
    assert!(data.query().holder(&"jpan".parse().expect("an id")).by_island().is_err());
}

#[test]
fn names_keep_the_order_they_were_given_in() {
    let json = r#"{"format": "island-claims/2", "islands": [
        {"id": "shikotan", "kind": "island", "names": {"ru": "Шикотан", "en": "Shikotan", "ja": "色丹島"}}]}"#;
    let data = Dataset::from_json(json).expect("loads");
    let tags: Vec<&str> = data.islands()[0].names.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(tags, ["ru", "en", "ja"]);
    let saved = data.to_json();
    let (ru, en, ja) = (saved.find("Шикотан"), saved.find("\"Shikotan\""), saved.find("色丹島"));
    assert!(ru < en && en < ja, "{saved}");
    // Equality does not depend on the order.
    let a = Names::new().with_name("en", "Shikotan").and_then(|n| n.with_name("ja", "色丹島")).expect("tags");
    let b = Names::new().with_name("ja", "色丹島").and_then(|n| n.with_name("en", "Shikotan")).expect("tags");
    assert_eq!(a, b);
    assert_ne!(a, Names::new().with_name("en", "Shikotan").expect("a tag"));
}

#[test]
fn a_file_written_by_to_json_is_read_and_written_back_byte_for_byte() {
    for json in [TINY, include_str!("data/query-edges.json"), include_str!("../data/kuril.json")] {
        let written = Dataset::from_json(json).expect("loads").to_json();
        let again = Dataset::from_json(&written).expect("loads").to_json();
        assert_eq!(written, again);
    }
}

/// The Kuril dataset with one position's period changed, one event removed and one source
/// added, as a JSON edit.
fn edited_kuril() -> Dataset {
    let mut json: serde_json::Value = serde_json::from_str(include_str!("../data/kuril.json")).expect("json");
    let positions = json["positions"].as_array_mut().expect("a list");
    let japan = positions.iter_mut().find(|p| p["id"] == "japan-claims-four-1949").expect("the 1949 claim");
    let old_period = japan["period"].clone();
    japan["period"] = "1949-07-01/1951-09-07".into();
    assert_ne!(old_period, japan["period"]);
    let events = json["events"].as_array_mut().expect("a list");
    let unused = events.iter().position(|e| e["id"] == "gromyko-tokyo-1972").expect("the visit");
    events.remove(unused);
    json["sources"].as_array_mut().expect("a list").push(serde_json::json!({
        "id": "new-source", "kind": "reference_work", "title": "A new source", "published": "2026"}));
    Dataset::from_json(&json.to_string()).expect("the edit loads")
}

#[test]
fn a_diff_lists_what_was_added_removed_and_changed_with_the_fields() {
    use island_claims::validate::RecordKind;
    use island_claims::{FieldChange, RecordChange};
    let old = datasets::kuril();
    let new = edited_kuril();
    let diff = old.diff(&new);
    let summary: Vec<(RecordKind, &str, &str)> = diff
        .changes
        .iter()
        .map(|c| {
            let what = match c.change {
                RecordChange::Added => "added",
                RecordChange::Removed => "removed",
                RecordChange::Changed(_) => "changed",
            };
            (c.kind, c.id.as_str(), what)
        })
        .collect();
    assert_eq!(
        summary,
        [
            (RecordKind::Source, "new-source", "added"),
            (RecordKind::Event, "gromyko-tokyo-1972", "removed"),
            (RecordKind::Position, "japan-claims-four-1949", "changed"),
        ]
    );
    let RecordChange::Changed(fields) = &diff.changes[2].change else { panic!("a change") };
    let old_period = old.all_positions().iter().find(|p| p.id.as_str() == "japan-claims-four-1949").expect("there");
    assert_eq!(
        fields,
        &[FieldChange {
            field: "period".into(),
            old: Some(old_period.period.as_str().into()),
            new: Some("1949-07-01/1951-09-07".into()),
        }]
    );
    // The other way round, what was added is removed.
    let back = new.diff(old);
    assert_eq!(back.changes.len(), 3);
    assert!(back.changes.iter().any(|c| c.id == "new-source" && c.change == RecordChange::Removed));
    assert!(back.changes.iter().any(|c| c.id == "gromyko-tokyo-1972" && c.change == RecordChange::Added));
    // It reads back from its JSON, and says nothing for equal datasets.
    let json = serde_json::to_string(&diff).expect("serializes");
    assert_eq!(serde_json::from_str::<island_claims::DatasetDiff>(&json).expect("reads back"), diff);
    assert!(json.contains(r#""change":{"type":"changed","fields":[{"field":"period""#), "{json}");
    assert!(old.diff(old).is_empty());
    assert!(diff.to_string().contains("positions: changed japan-claims-four-1949\n  period: \""), "{diff}");
}

#[test]
fn the_builder_reads_finds_edits_and_removes_records_of_every_kind_by_id() {
    let data = datasets::kuril().clone();
    let mut b = data.clone().into_builder();
    assert_eq!(b.islands(), data.islands());
    assert_eq!(b.parties(), data.parties());
    assert_eq!(b.sources(), data.sources());
    assert_eq!(b.events(), data.events());
    assert_eq!(b.all_positions(), data.all_positions());
    for i in data.islands() {
        assert_eq!(b.get_island(&i.id), Some(i));
    }
    for p in data.parties() {
        assert_eq!(b.get_party(&p.id), Some(p));
    }
    for s in data.sources() {
        assert_eq!(b.get_source(&s.id), Some(s));
    }
    for e in data.events() {
        assert_eq!(b.get_event(&e.id), Some(e));
    }
    for p in data.all_positions() {
        assert_eq!(b.get_position(&p.id), Some(p));
    }
    // Edit one record of each kind, remove a position, and build.
    b.island_mut(&id("iturup")).expect("there").note = Some("edited".into());
    b.party_mut(&id("japan")).expect("there").note = Some("edited".into());
    b.source_mut(&id("seed-article")).expect("there").note = Some("edited".into());
    b.event_mut(&id("gromyko-tokyo-1972")).expect("there").note = Some("edited".into());
    b.position_mut(&id("japan-claims-four-1949")).expect("there").note = Some("edited".into());
    let removed = b.remove_position(&id("japan-claims-four-1949")).expect("there");
    assert_eq!(removed.note.as_deref(), Some("edited"));
    assert!(b.get_position(&id("japan-claims-four-1949")).is_none());
    assert_eq!(b.all_positions().len(), data.all_positions().len() - 1);
    assert!(b.remove_position(&id("japan-claims-four-1949")).is_none(), "removed once");
    let edited = b.into_dataset().expect("still valid");
    let notes = edited.diff(&data);
    assert_eq!(notes.changes.len(), 5, "{notes}");
}

#[test]
fn a_refused_build_gives_back_every_record_unchanged() {
    let mut b = datasets::kuril().to_builder();
    let japan = b.remove_party(&"japan".parse().expect("an id")).expect("there");
    let before = b.clone();
    let refused = b.into_dataset().expect_err("positions of an unknown party");
    assert!(refused.report.has(island_claims::IssueCode::UnknownReference));
    assert_eq!(refused.builder, before, "nothing lost or fixed");
    assert_eq!(refused.to_string(), refused.report.to_string());
    let mut b = refused.builder;
    b.parties_mut().insert(0, japan);
    assert_eq!(&b.into_dataset().expect("mended"), datasets::kuril());
}

#[test]
fn every_enum_lists_its_values_without_importing_strum() {
    use island_claims::{EventKind, Role, SourceKind, Stance};
    // This file does not import strum: the inherent `iter()` is enough.
    let stances: Vec<String> = Stance::iter().map(|s| s.to_string()).collect();
    assert!(stances.contains(&"claims_sovereignty".to_owned()));
    for s in Stance::iter() {
        assert_eq!(s.to_string().parse::<Stance>().expect("its own spelling"), s);
    }
    assert!(EventKind::iter().len() > 5 && Role::iter().len() > 3 && SourceKind::iter().len() > 3);
}

/// The shipped dataset is in the form `to_json` writes (with a final newline), so that an edit
/// made through the crate changes only the lines it edits. `UPDATE_SHIPPED=1 cargo test --test
/// tools` rewrites it after a hand edit.
#[test]
fn the_shipped_dataset_is_in_the_form_to_json_writes() {
    let text = include_str!("../data/kuril.json");
    let written = format!("{}\n", Dataset::from_json(text).expect("loads").to_json());
    if std::env::var_os("UPDATE_SHIPPED").is_some() {
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/data/kuril.json"), &written).expect("writable");
        return;
    }
    assert!(
        text == written,
        "data/kuril.json is not in the form to_json writes; rewrite it with UPDATE_SHIPPED=1 cargo test --test tools"
    );
}

/// Owned answers (issue 14): each has the JSON of its answer, reads back from it, and outlives
/// the dataset, so a handler holding the dataset in an `Arc` can return it.
mod owned {
    use super::*;
    use island_claims::query::{OwnedChange, OwnedConflict, OwnedMatch, OwnedTimelineEntry};
    use serde::Serialize;
    use serde::de::DeserializeOwned;
    use std::sync::Arc;

    /// The owned value has the borrowed one's JSON and reads back equal from it.
    fn same_json<B: Serialize, O: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(borrowed: &B, owned: &O) {
        let json = serde_json::to_value(borrowed).expect("serializes");
        assert_eq!(serde_json::to_value(owned).expect("serializes"), json);
        assert_eq!(&serde_json::from_value::<O>(json).expect("reads back"), owned);
    }

    fn is_static_send<T: Send + Sync + 'static>(_: &T) {}

    #[test]
    fn every_answer_of_the_kuril_dataset_has_an_owned_form_with_its_json() {
        let data = datasets::kuril();
        for year in (1850..=2030).step_by(5) {
            for m in data.positions_during(year) {
                same_json(&m, &m.into_owned());
            }
        }
        let russia = id("russia");
        for m in data.query().holder(&russia).follow_succession().include_parts().run().expect("known") {
            let owned = m.into_owned();
            same_json(&m, &owned);
            is_static_send(&owned);
        }
        let conflicts = data.conflicts();
        assert!(!conflicts.is_empty());
        for c in &conflicts {
            same_json(c, &c.clone().into_owned());
        }
        for party in data.parties() {
            for c in data.changes(&party.id).expect("known") {
                same_json(&c, &c.into_owned());
            }
        }
        for island in data.islands() {
            for e in data.timeline(&island.id).expect("known") {
                same_json(&e, &e.into_owned());
            }
        }
    }

    /// What a server handler does: the dataset behind an `Arc`, the answer returned.
    fn handler(data: Arc<Dataset>, year: i32) -> Vec<OwnedMatch> {
        data.claims_during(year).into_iter().map(|m| m.into_owned()).collect()
    }

    #[test]
    fn a_handler_returns_owned_answers_from_a_shared_dataset() {
        let data = Arc::new(datasets::kuril().clone());
        let answer = std::thread::spawn({
            let data = Arc::clone(&data);
            move || handler(data, 1956)
        })
        .join()
        .expect("no panic");
        assert_eq!(answer.len(), data.claims_during(1956).len());
        let conflicts: Vec<OwnedConflict> = data.conflicts().into_iter().map(|c| c.into_owned()).collect();
        let changes: Vec<OwnedChange> =
            data.changes(&id("japan")).expect("known").into_iter().map(|c| c.into_owned()).collect();
        let timeline: Vec<OwnedTimelineEntry> =
            data.timeline(&id("shikotan")).expect("known").into_iter().map(|e| e.into_owned()).collect();
        drop(data);
        assert!(!conflicts.is_empty() && !changes.is_empty() && !timeline.is_empty());
        is_static_send(&(answer, conflicts, changes, timeline));
    }
}

/// Every field of every record can be set in code: a record given its required fields and
/// every `with_*` writes every field the format has (the JSON Schema's list of them).
#[cfg(feature = "schema")]
#[test]
fn every_optional_field_of_every_record_has_a_setter() {
    use island_claims::{
        Attribution, Event, EventKind, Island, IslandKind, Lang, Location, Names, Party, PartyKind, Position, Rank,
        Role, Source, SourceKind, Stance, Succession,
    };
    let schema = island_claims::export::schema::dataset_schema();
    let when = |t: &str| t.parse::<island_claims::When>().expect("a date");
    let period = |t: &str| t.parse::<island_claims::Period>().expect("a period");
    let names = Names::new().with_name("en", "X").expect("a tag");
    let source_of = || Attribution::new(id("s")).with_account_of(id("b")).with_quote("q").with_locator("p. 1");
    let island = Island::new(id("x"), IslandKind::Part)
        .with_names(names.clone())
        .with_part_of(id("whole"))
        .with_exists(period("2022/.."))
        .with_area_km2(1.5)
        .with_location(Location { lat: 43.5, lon: 146.0 })
        .with_wikidata(id("Q1"))
        .with_note("n");
    let party = Party::new(id("p"), PartyKind::Territory)
        .with_names(names)
        .with_exists(period("1990/.."))
        .with_succession(Succession::new(id("old")).with_contested_by(id("rival")).with_attribution(source_of()))
        .with_part_of(id("state"), period("1990/.."))
        .with_representation(id("state"), period("1990/.."))
        .with_protected_by(id("state"), period("1990/.."))
        .with_wikidata(id("Q2"))
        .with_note("n");
    let source = Source::new(id("s"), SourceKind::NewsReport, "T", when("2021"))
        .with_written(when("1972"))
        .with_accessed(when("2026-12"))
        .with_publisher("P")
        .with_author("A")
        .with_url("https://example.org/")
        .with_language("en".parse::<Lang>().expect("a tag"))
        .with_citation(id("other"))
        .with_note("n");
    let event = Event::new(id("e"), EventKind::Transfer, period("2022-06-14"), "T")
        .with_summary("S")
        .with_participant(id("p"), Role::Buyer)
        .with_island(id("x"))
        .with_attribution(source_of())
        .with_place("Here")
        .with_same_as(id("e2"))
        .with_note("n");
    let position = Position::new(id("q"), id("p"), Stance::Leases, vec![id("x")], period("2022/.."))
        .with_counterpart(id("state"))
        .with_conditions("C")
        .with_established_by(id("e"))
        .with_ended_by(id("e2"))
        .with_attribution(source_of())
        .with_rank(Rank::Preferred)
        .with_rank_reason("R")
        .with_note("n")
        .with_planned_end()
        .with_regarding(id("e"))
        .with_internal()
        .with_contingent("C")
        .with_alternatives(id("g"));
    let check = |kind: &str, record: serde_json::Value| {
        let written: std::collections::BTreeSet<String> =
            record.as_object().expect("an object").keys().cloned().collect();
        let all: std::collections::BTreeSet<String> =
            schema["$defs"][kind]["properties"].as_object().expect("properties").keys().cloned().collect();
        assert_eq!(written, all, "{kind}: a field without a setter, or a setter the schema lacks");
    };
    check("Island", serde_json::to_value(&island).expect("json"));
    check("Party", serde_json::to_value(&party).expect("json"));
    check("Source", serde_json::to_value(&source).expect("json"));
    check("Event", serde_json::to_value(&event).expect("json"));
    check("Position", serde_json::to_value(&position).expect("json"));
    let attribution = serde_json::to_value(source_of()).expect("json");
    check("Attribution", attribution);
}

/// Errors (issue 14): a code to match on, a JSON form, a source that leads to the cause, and one
/// `Error` that every fallible call's error converts into.
mod errors {
    use super::*;
    use island_claims::{DateError, Error, LoadError, Period, QueryError};
    use std::error::Error as _;

    #[test]
    fn every_error_has_a_code_json_and_converts_into_the_crate_error() {
        let cases: Vec<(Error, &str)> = vec![
            ("".parse::<island_claims::PartyId>().unwrap_err().into(), "id_empty"),
            ("Japan".parse::<island_claims::PartyId>().unwrap_err().into(), "id_bad_character"),
            (island_claims::Lang::new("not a tag").unwrap_err().into(), "language_tag_malformed"),
            (Period::parse("06/14/2022").unwrap_err().into(), "date_not_edtf"),
            (Dataset::from_json("[").unwrap_err().into(), "json_syntax"),
            (Dataset::from_json(r#"{"format": "x"}"#).unwrap_err().into(), "format_unsupported"),
            (datasets::kuril().timeline(&id("atlantis")).unwrap_err().into(), "unknown_island"),
        ];
        for (err, code) in cases {
            assert_eq!(err.code(), code, "{err}");
            let json = serde_json::to_value(&err).expect("serializes");
            assert_eq!(json["code"], code);
            assert_eq!(json["message"], err.to_string());
            // The crate error's source is the error it was made from, with the same message.
            let source = err.source().expect("a source");
            assert_eq!(source.to_string(), err.to_string());
        }
    }

    #[test]
    fn a_refusal_chains_to_its_report_and_writes_it() {
        let mut json: serde_json::Value = serde_json::from_str(TINY).expect("json");
        json["positions"][0]["holder"] = "nobody".into();
        let err = Dataset::from_json(&json.to_string()).unwrap_err();
        assert_eq!(err.code(), "dataset_invalid");
        let report = err.source().expect("the report");
        assert_eq!(report.to_string(), err.report().expect("a report").to_string());
        let written = serde_json::to_value(&err).expect("serializes");
        let codes: Vec<&str> =
            written["report"]["issues"].as_array().expect("a list").iter().filter_map(|i| i["code"].as_str()).collect();
        assert!(codes.contains(&"unknown_reference"), "{codes:?}");

        let mut b = Dataset::from_json(TINY).expect("loads").into_builder();
        b.remove_party(&id("japan"));
        let refused = b.into_dataset().unwrap_err();
        assert_eq!(refused.code(), "dataset_invalid");
        assert!(refused.source().is_some());
        let as_crate_error: Error = refused.into();
        assert_eq!(as_crate_error.code(), "dataset_invalid");
        assert!(serde_json::to_value(&as_crate_error).expect("serializes")["report"]["issues"].is_array());
    }

    #[test]
    fn codes_are_snake_case_and_tell_causes_apart() {
        let errs: Vec<Error> = vec![
            Error::from(DateError::OutOfRange { input: "x".into() }),
            Error::from(QueryError::UnknownParty(id("p"))),
            Error::from(QueryError::UnknownSource(id("s"))),
            Error::from(LoadError::TooLarge { len: 1 }),
        ];
        let codes: Vec<&str> = errs.iter().map(Error::code).collect();
        assert_eq!(codes, ["date_out_of_range", "unknown_party", "unknown_source", "json_too_large"]);
        for code in codes {
            assert!(code.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{code}");
        }
    }
}

/// Merge (issue 14).
mod merge {
    use super::*;
    use island_claims::validate::RecordKind;
    use island_claims::{MergeError, OnClash};
    use serde_json::{Value, json};

    fn load(v: &Value) -> Dataset {
        Dataset::from_json(&v.to_string()).expect("loads")
    }

    /// The left side: one record of each kind that the right side also has, differently.
    fn left() -> Dataset {
        load(&json!({"format": "island-claims/2",
            "islands": [{"id": "isle", "kind": "island", "note": "left"}],
            "parties": [{"id": "p", "kind": "state", "note": "left"}],
            "sources": [{"id": "src", "kind": "news_report", "title": "L", "published": "2000", "note": "left"}],
            "events": [{"id": "ev", "kind": "statement", "when": "2001", "title": "L", "attributions": [{"source": "src"}]}]}))
    }

    /// The right side: the same ids, different records, and every reference field naming them.
    fn right() -> Dataset {
        let by_p = json!([{"source": "src", "account_of": "p"}]);
        load(&json!({"format": "island-claims/2",
            "islands": [
                {"id": "isle", "kind": "island", "note": "right"},
                {"id": "isle-half", "kind": "part", "part_of": "isle"}],
            "parties": [
                {"id": "p", "kind": "state", "note": "right"},
                {"id": "q", "kind": "state"},
                {"id": "t", "kind": "territory", "part_of": [{"party": "p", "period": "1990/.."}],
                 "represents": [{"party": "p", "period": "1990/.."}],
                 "successor_of": [{"party": "p", "contested_by": ["q"], "attributions": by_p}]}],
            "sources": [
                {"id": "src", "kind": "news_report", "title": "R", "published": "2000", "note": "right"},
                {"id": "src-b", "kind": "news_report", "title": "R2", "published": "2001", "cites": ["src"]}],
            "events": [
                {"id": "ev", "kind": "statement", "when": "2001", "title": "R", "attributions": by_p},
                {"id": "ev-b", "kind": "statement", "when": "2001", "title": "R2", "same_as": "ev",
                 "participants": [{"party": "p", "role": "speaker"}], "islands": ["isle"], "attributions": by_p}],
            "positions": [
                {"id": "pos", "holder": "p", "stance": "claims_sovereignty", "islands": ["isle"], "period": "2001/..",
                 "established_by": "ev", "attributions": by_p},
                {"id": "pos-b", "holder": "q", "stance": "demands_transfer", "counterpart": "p", "islands": ["isle"],
                 "period": "2001/2001", "ended_by": "ev-b", "attributions": by_p}]}))
    }

    #[test]
    fn equal_records_merge_silently() {
        let kuril = datasets::kuril();
        assert_eq!(&kuril.merge(kuril, OnClash::Refuse).expect("no clash"), kuril);
    }

    #[test]
    fn clashes_are_reported_with_both_places_and_settled_as_asked() {
        let err = left().merge(&right(), OnClash::Refuse).unwrap_err();
        let MergeError::Clash(clashes) = &err else { panic!("a clash: {err}") };
        let found: Vec<(RecordKind, &str, usize, usize)> =
            clashes.iter().map(|c| (c.kind, c.id.as_str(), c.left, c.right)).collect();
        assert_eq!(
            found,
            [
                (RecordKind::Island, "isle", 0, 0),
                (RecordKind::Party, "p", 0, 0),
                (RecordKind::Source, "src", 0, 0),
                (RecordKind::Event, "ev", 0, 0)
            ]
        );
        assert_eq!(err.code(), "records_clash");
        assert_eq!(serde_json::to_value(&err).expect("json")["clashes"][1]["id"], "p");
        let kept = left().merge(&right(), OnClash::KeepLeft).expect("valid");
        assert_eq!(kept.island(&id("isle")).and_then(|i| i.note.as_deref()), Some("left"));
        let kept = left().merge(&right(), OnClash::KeepRight).expect("valid");
        assert_eq!(kept.island(&id("isle")).and_then(|i| i.note.as_deref()), Some("right"));
        assert_eq!(kept.islands()[0].id.as_str(), "isle", "in the left one's place");
    }

    #[test]
    fn rename_rewrites_every_reference_to_a_renamed_record() {
        let merged = left().merge(&right(), OnClash::Rename).expect("valid");
        let ids = |list: Vec<&str>| list.into_iter().map(str::to_owned).collect::<Vec<_>>();
        assert_eq!(ids(merged.islands().iter().map(|i| i.id.as_str()).collect()), ["isle", "isle-2", "isle-half"]);
        assert_eq!(ids(merged.parties().iter().map(|p| p.id.as_str()).collect()), ["p", "p-2", "q", "t"]);
        // Every record that came from the right names the new ids, never the left's.
        let from_right: Vec<Value> = [
            serde_json::to_value(&merged.islands()[1..]),
            serde_json::to_value(&merged.parties()[1..]),
            serde_json::to_value(&merged.sources()[1..]),
            serde_json::to_value(&merged.events()[1..]),
            serde_json::to_value(merged.all_positions()),
        ]
        .into_iter()
        .map(|v| v.expect("json"))
        .collect();
        fn strings(v: &Value, out: &mut Vec<String>) {
            match v {
                Value::String(s) => out.push(s.clone()),
                Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                Value::Object(o) => o.values().for_each(|x| strings(x, out)),
                _ => {}
            }
        }
        let mut named = Vec::new();
        from_right.iter().for_each(|v| strings(v, &mut named));
        for old in ["isle", "p", "src", "ev"] {
            assert!(!named.contains(&old.to_owned()), "'{old}' is still named: {named:?}");
            assert!(named.contains(&format!("{old}-2")), "'{old}-2' is not named: {named:?}");
        }
    }

    #[test]
    fn names_of_the_two_sides_combine_and_a_name_clash_is_a_clash() {
        let one = |names: Value| {
            load(&json!({"format": "island-claims/2",
                "islands": [{"id": "iturup", "kind": "island", "names": names}],
                "parties": [{"id": "japan", "kind": "state", "names": {"en": "Japan"}}]}))
        };
        let merged =
            one(json!({"en": "Iturup"})).merge(&one(json!({"ja": "択捉島"})), OnClash::Refuse).expect("combine");
        let names: Vec<(String, String)> =
            merged.islands()[0].names.iter().map(|(t, n)| (t.to_string(), n.to_owned())).collect();
        assert_eq!(names, [("en".to_owned(), "Iturup".to_owned()), ("ja".to_owned(), "択捉島".to_owned())]);
        assert!(one(json!({"en": "Iturup"})).merge(&one(json!({"en": "Etorofu"})), OnClash::Refuse).is_err());
    }

    #[test]
    fn the_merged_records_are_validated() {
        // Each side is valid; together, one holder both claims and renounces the island.
        let side = |stance: &str| {
            load(&json!({"format": "island-claims/2",
                "islands": [{"id": "isle", "kind": "island"}],
                "parties": [{"id": "p", "kind": "state"}],
                "sources": [{"id": "src", "kind": "news_report", "title": "T", "published": "2000"}],
                "positions": [{"id": stance.replace('_', "-"), "holder": "p", "stance": stance, "islands": ["isle"],
                    "period": "2001/..", "attributions": [{"source": "src"}]}]}))
        };
        let err = side("claims_sovereignty").merge(&side("renounces"), OnClash::Refuse).unwrap_err();
        assert!(
            matches!(&err, MergeError::Invalid(r) if r.has(island_claims::IssueCode::IncompatiblePositions)),
            "{err}"
        );
        assert_eq!(island_claims::Error::from(err).code(), "dataset_invalid");
    }
}

/// Accessors borrow the dataset, not the answer, so they outlive a temporary list of answers.
#[test]
fn conflict_accessors_outlive_the_list_of_conflicts() {
    let data = datasets::kuril();
    let islands = data.conflicts()[0].islands();
    let sources = data.conflicts()[0].sources();
    let overlap = data.conflicts()[0].as_positions().map(|c| c.overlap());
    assert!(!islands.is_empty() && !sources.is_empty() && overlap.is_some());
    let held = data.as_known_at(day(2020, 12, 31)).claims_during(1956).len();
    assert!(held > 0);
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

/// The merge the issue asks for: the Kuril dataset with a small one that shares `japan` (equal)
/// and has a source id of its own meaning, under each rule.
#[test]
fn the_kuril_dataset_merges_with_a_small_one_under_each_rule() {
    use island_claims::{MergeError, OnClash};
    let kuril = datasets::kuril();
    let japan = serde_json::to_value(kuril.party(&id("japan")).expect("a party")).expect("json");
    let small = Dataset::from_json(
        &serde_json::json!({"format": "island-claims/2",
            "islands": [{"id": "senkaku", "kind": "group"}],
            "parties": [japan],
            "sources": [{"id": "seed-article", "kind": "reference_work", "title": "Another page", "published": "2010"}],
            "positions": [{"id": "japan-administers-senkaku", "holder": "japan", "stance": "administers",
                "islands": ["senkaku"], "period": "1972-05-15/..", "attributions": [{"source": "seed-article"}]}]})
        .to_string(),
    )
    .expect("loads");
    let n = |d: &Dataset| (d.islands().len(), d.parties().len(), d.sources().len(), d.all_positions().len());
    let (i, p, s, q) = n(kuril);

    let err = kuril.merge(&small, OnClash::Refuse).unwrap_err();
    let MergeError::Clash(clashes) = &err else { panic!("{err}") };
    assert_eq!(clashes.len(), 1, "japan is equal on both sides; only the source clashes");
    assert_eq!(clashes[0].id, "seed-article");

    let left = kuril.merge(&small, OnClash::KeepLeft).expect("valid");
    assert_eq!(n(&left), (i + 1, p, s, q + 1));
    assert_eq!(left.source(&id("seed-article")), kuril.source(&id("seed-article")));

    // The right source replaces the seed: the Kuril records attributed to it now cite the other page.
    let right = kuril.merge(&small, OnClash::KeepRight).expect("valid");
    assert_eq!(right.source(&id("seed-article")).map(|s| s.title.as_str()), Some("Another page"));

    let renamed = kuril.merge(&small, OnClash::Rename).expect("valid");
    assert_eq!(n(&renamed), (i + 1, p, s + 1, q + 1));
    let added = renamed.position(&id("japan-administers-senkaku")).expect("merged in");
    assert_eq!(added.attributions[0].source.as_str(), "seed-article-2");
    assert_eq!(renamed.source(&id("seed-article")), kuril.source(&id("seed-article")));
}
