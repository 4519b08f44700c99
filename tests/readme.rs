//! The README's JSON examples and its field and value tables, checked against the crate, so
//! that a person writing a dataset by hand from the README alone gets a file that loads.

use std::collections::BTreeSet;

use island_claims::{Dataset, EventKind, IslandKind, PartyKind, Rank, Role, SourceKind, Stance};
use serde_json::{Value, json};
use strum::IntoEnumIterator;

const README: &str = include_str!("../README.md");

/// The bodies of the fenced code blocks of `text` tagged `lang`.
fn code_blocks<'a>(text: &'a str, lang: &str) -> Vec<&'a str> {
    let fence = format!("```{lang}\n");
    let mut blocks = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(&fence) {
        let body = &rest[start + fence.len()..];
        let end = body.find("```").expect("an unterminated code block");
        blocks.push(&body[..end]);
        rest = &body[end..];
    }
    blocks
}

/// The rows of the markdown table that follows the line `heading`, as cells without backticks.
fn table(heading: &str) -> Vec<Vec<String>> {
    let after = README.split_once(&format!("\n{heading}\n")).unwrap_or_else(|| panic!("README has no '{heading}'")).1;
    after
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .take_while(|l| l.starts_with('|'))
        .skip(2) // the header and the |---| line
        .map(|l| l.trim_matches('|').split('|').map(|c| c.trim().replace('`', "")).collect())
        .collect()
}

#[test]
fn every_json_example_of_the_readme_loads() {
    let blocks = code_blocks(README, "json");
    assert!(!blocks.is_empty(), "the README shows the format by example");
    for block in blocks {
        if let Err(e) = Dataset::from_json(block) {
            panic!("a JSON example of the README does not load: {e}\n{block}");
        }
    }
}

#[test]
fn every_json_example_of_the_crate_docs_is_json() {
    // The crate docs show dataset JSON inside Rust doctests, which run; a bare ```json block
    // there is an export's output, which must at least be a stream of JSON values.
    let mut seen = 0;
    for entry in walk("src") {
        let text = std::fs::read_to_string(&entry).unwrap();
        let docs: String = text
            .lines()
            .filter_map(|l| l.trim_start().strip_prefix("//!").or_else(|| l.trim_start().strip_prefix("///")))
            .map(|l| format!("{}\n", l.strip_prefix(' ').unwrap_or(l)))
            .collect();
        for block in code_blocks(&docs, "json") {
            seen += 1;
            if block.contains("\"format\"") {
                Dataset::from_json(block).unwrap_or_else(|e| panic!("{}: a JSON example does not load: {e}", entry));
            } else {
                for value in serde_json::Deserializer::from_str(block).into_iter::<Value>() {
                    value.unwrap_or_else(|e| panic!("{}: a JSON example is not JSON: {e}\n{block}", entry));
                }
            }
        }
    }
    assert!(seen > 0, "the walk found the docs' JSON examples");
}

fn walk(dir: &str) -> Vec<String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let path = path.to_str().unwrap().to_owned();
        if std::path::Path::new(&path).is_dir() {
            files.extend(walk(&path));
        } else if path.ends_with(".rs") {
            files.push(path);
        }
    }
    files
}

/// The spellings of an enum as the loader reads them.
fn spellings<T: IntoEnumIterator + serde::Serialize>() -> Vec<String> {
    T::iter().map(|v| serde_json::to_value(v).unwrap().as_str().unwrap().to_owned()).collect()
}

#[test]
fn the_values_table_lists_every_spelling_of_every_enum() {
    let rows = table("### Values");
    let listed = |name: &str| -> Vec<String> {
        let row = rows.iter().find(|r| r[0] == name).unwrap_or_else(|| panic!("no row '{name}' in ### Values"));
        row[1].split(',').map(|s| s.trim().to_owned()).collect()
    };
    assert_eq!(listed("island kind"), spellings::<IslandKind>());
    assert_eq!(listed("party kind"), spellings::<PartyKind>());
    assert_eq!(listed("source kind"), spellings::<SourceKind>());
    assert_eq!(listed("event kind"), spellings::<EventKind>());
    assert_eq!(listed("role"), spellings::<Role>());
    assert_eq!(listed("stance"), spellings::<Stance>());
    assert_eq!(listed("rank"), spellings::<Rank>());
    assert_eq!(rows.len(), 7, "a row of ### Values without a check here");
}

#[test]
fn regarding_is_required_by_accepts_and_rejects_and_written() {
    let mut data = full_with_ending_event();
    let pos = data.pointer_mut("/positions/0").unwrap().as_object_mut().unwrap();
    pos.insert("stance".into(), json!("rejects"));
    pos.remove("counterpart");
    assert!(!loads(&data), "rejects without regarding");
    data.pointer_mut("/positions/0").unwrap().as_object_mut().unwrap().insert("regarding".into(), json!("ev"));
    assert!(loads(&data));
    let written = Dataset::from_json(&data.to_string()).unwrap().to_json();
    assert!(written.contains(r#""regarding": "ev""#));
    assert!(table("**position**").iter().any(|r| r[0] == "regarding"));
}

/// A dataset with one record of every kind, each with every field given.
fn full() -> Value {
    json!({
        "format": "island-claims/3",
        "islands": [
            {"id": "group", "kind": "group"},
            {"id": "isle", "kind": "island", "names": {"en": "Isle"}, "part_of": "group", "exists": "1900/..", "area_km2": 2.5,
             "location": {"lat": 43.5, "lon": 146.0}, "wikidata": "Q1", "note": "n"}
        ],
        "parties": [
            {"id": "other", "kind": "state"},
            {"id": "rival", "kind": "territory"},
            {"id": "state", "kind": "state", "names": {"en": "State"}, "exists": "1900/..",
             "successor_of": [{"party": "other", "contested_by": ["rival"], "attributions": [{"source": "base"}]}],
             "represents": [{"party": "other", "period": "1900/1910", "attributions": [{"source": "base"}]}],
             "part_of": [{"party": "other", "period": "1900/1905", "attributions": [{"source": "base"}]}],
             "protected_by": [{"party": "rival", "period": "1906/1910", "attributions": [{"source": "base"}]}],
             "wikidata": "Q2", "note": "n"}
        ],
        "sources": [
            {"id": "base", "kind": "reference_work", "title": "Base", "published": "1950"},
            {"id": "src", "kind": "news_report", "title": "T", "published": "2000-01-02", "publisher": "P",
             "author": "A", "url": "https://example.org/", "language": "en", "cites": ["base"], "note": "n",
             "written": "1999", "accessed": "2020-05-01"}
        ],
        "events": [
            {"id": "ev", "kind": "treaty", "when": "1956-10-19", "title": "T",
             "attributions": [{"source": "src", "quote": "q", "account_of": "state", "locator": "p. 1"}],
             "summary": "s", "participants": [{"party": "state", "role": "signatory"}], "islands": ["isle"],
             "place": "Moscow", "same_as": "ev2", "note": "n"}
        ],
        "positions": [
            {"id": "pos", "holder": "state", "stance": "offers_transfer", "islands": ["isle"], "period": "1956-10-19/1960",
             "attributions": [{"source": "src"}], "counterpart": "other", "conditions": "c", "established_by": "ev",
             "ended_by": "ev2", "rank": "preferred", "rank_reason": "r", "note": "n",
             "planned_end": true, "internal": true, "contingent": true, "alternatives": "alt"}
        ]
    })
}

fn full_with_ending_event() -> Value {
    let mut data = full();
    data["events"].as_array_mut().unwrap().push(json!(
        {"id": "ev2", "kind": "memorandum", "when": "1960", "title": "T", "attributions": [{"source": "base"}]}
    ));
    data
}

fn loads(data: &Value) -> bool {
    Dataset::from_json(&data.to_string()).is_ok()
}

/// Checks one field table against the record at `pointer` of the full dataset: the table lists
/// exactly the fields the writer writes, and a field is refused when left out exactly when the
/// table says it is required.
fn check_table(heading: &str, pointer: &str) {
    check_table_but(heading, pointer, &[]);
}

/// [`check_table`], for a record that cannot have the fields `absent` (they need another
/// stance); those are checked on their own.
fn check_table_but(heading: &str, pointer: &str, absent: &[&str]) {
    let data = full_with_ending_event();
    assert!(loads(&data), "the full dataset loads: {:?}", Dataset::from_json(&data.to_string()).err());
    let written: Value = serde_json::from_str(&Dataset::from_json(&data.to_string()).unwrap().to_json()).unwrap();
    let rows = table(heading);
    let rows: Vec<_> = rows.into_iter().filter(|r| !absent.contains(&r[0].as_str())).collect();
    let fields: BTreeSet<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let record = written.pointer(pointer).unwrap_or_else(|| panic!("nothing at {pointer}"));
    let keys: BTreeSet<&str> = record.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(fields, keys, "{heading}: the table's fields and the fields written");
    for row in &rows {
        let (field, required) = (row[0].as_str(), row[1].as_str());
        let mut without = data.clone();
        without.pointer_mut(pointer).unwrap().as_object_mut().unwrap().remove(field);
        let refused = !loads(&without);
        // `required` and `when ...` (a condition the full record meets) are refused when missing;
        // `unless ...` names a field the full record gives, so it may be left out there.
        let needed = !required.is_empty() && !required.starts_with("unless ");
        assert_eq!(refused, needed, "{heading}: leaving out `{field}` (marked '{required}')");
    }
}

#[test]
fn the_field_tables_match_the_loader() {
    check_table("**island**", "/islands/1");
    check_table("**party**", "/parties/2");
    check_table("**source**", "/sources/1");
    check_table("**event**", "/events/0");
    // `regarding` goes with `accepts` and `rejects`, which have no counterpart: checked below.
    check_table_but("**position**", "/positions/0", &["regarding"]);
    check_table("**attribution** (in `attributions`)", "/events/0/attributions/0");
    check_table("**participant** (in `participants`)", "/events/0/participants/0");
    check_table("**relation** (in `represents`, `part_of` and `protected_by`)", "/parties/2/represents/0");
    check_table("**relation** (in `represents`, `part_of` and `protected_by`)", "/parties/2/part_of/0");
    check_table("**relation** (in `represents`, `part_of` and `protected_by`)", "/parties/2/protected_by/0");
    check_table(
        "**succession** (in `successor_of`: a predecessor named by its id alone is uncontested)",
        "/parties/2/successor_of/0",
    );
    check_table("**location**", "/islands/1/location");
}
