//! How a refused file is reported: only objects where the format has objects, paths as the
//! format spells them, and every problem of a file in one report, errors first.

use island_claims::validate::{RecordKind, Severity};
use island_claims::{Dataset, IssueCode, LoadError, ValidationReport};

const TINY: &str = include_str!("data/tiny.json");

/// The first problem's path and message, and the whole report, of a text refused as syntax.
fn syntax(json: &str) -> (String, String, ValidationReport) {
    match Dataset::from_json(json) {
        Err(LoadError::Syntax { path, message, report, .. }) => (path, message, report),
        other => panic!("expected a syntax error for {json}, got {other:?}"),
    }
}

/// `tiny` with `from` replaced by `to` once; panics when `from` is not there.
fn tiny_with(edits: &[(&str, &str)]) -> String {
    let mut json = TINY.to_owned();
    for (from, to) in edits {
        assert!(json.contains(from), "the fixture has {from}");
        json = json.replacen(from, to, 1);
    }
    json
}

/// Line and column (from 1, in bytes) where `needle` starts in `text`.
fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} is in the text"));
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, at - line_start + 1)
}

#[test]
fn an_array_is_refused_where_the_dataset_object_is_required() {
    for json in [r#"["island-claims/1"]"#, r#"["island-claims/1", [], [], [], [], []]"#, "[]"] {
        let (path, message, _) = syntax(json);
        assert_eq!(path, ".", "{json}");
        assert_eq!(message, "invalid type: sequence, expected an object", "{json}");
    }
}

#[test]
fn a_document_that_is_an_array_is_a_syntax_error_not_a_format() {
    let (path, message, _) = syntax(r#"["asd"]"#);
    assert_eq!((path.as_str(), message.as_str()), (".", "invalid type: sequence, expected an object"));
}

#[test]
fn an_array_is_refused_where_a_record_or_nested_object_is_required() {
    let cases = [
        (r#"{"format": "island-claims/1", "islands": [["a", "island"]]}"#.to_owned(), "islands[0]"),
        (
            tiny_with(&[(r#""location": {"lat": 45.033, "lon": 147.617}"#, r#""location": [45.033, 147.617]"#)]),
            "islands[1].location",
        ),
        (tiny_with(&[(r#""names": {"en": "Japan"}"#, r#""names": [["en", "Japan"]]"#)]), "parties[0].names"),
        (
            tiny_with(&[(r#"[{"party": "russia", "period": "2012-05-07/.."}]"#, r#"[["russia", "2012-05-07/.."]]"#)]),
            "parties[3].represents[0]",
        ),
        (
            tiny_with(&[(r#"{"party": "ussr", "role": "author"}"#, r#"["ussr", "author"]"#)]),
            "events[2].participants[0]",
        ),
        (
            tiny_with(&[(r#"[{"source": "kyodo-2021-05-23"}]"#, r#"[["kyodo-2021-05-23"]]"#)]),
            "positions[5].attributions[0]",
        ),
        (
            tiny_with(&[(r#"[{"source": "japantimes-2018-12-14"}]"#, r#"[["japantimes-2018-12-14"]]"#)]),
            "events[2].attributions[0]",
        ),
    ];
    for (json, expected) in cases {
        let (path, message, _) = syntax(&json);
        assert_eq!(path, expected);
        assert!(message.starts_with("invalid type: sequence, expected an object"), "{expected}: {message}");
    }
}

#[test]
fn a_list_that_is_not_an_array_says_so() {
    let (path, message, _) =
        syntax(r#"{"format": "island-claims/1", "islands": {"a": {"id": "a", "kind": "island"}}}"#);
    assert_eq!((path.as_str(), message.as_str()), ("islands", "invalid type: map, expected an array of objects"));
}

#[test]
fn syntax_errors_at_the_top_have_the_path_dot() {
    for json in ["{not json", "{format: \"island-claims/1\"}", "{\"format\": \"island-claims/1\",}", ""] {
        let (path, _, _) = syntax(json);
        assert_eq!(path, ".", "{json}");
    }
    // Inside a record, the path stops at the last key read.
    let (path, message, _) = syntax(r#"{"format": "island-claims/1", "islands": [{"id": "a", kind: 1}]}"#);
    assert_eq!((path.as_str(), message.as_str()), ("islands[0]", "key must be a string"));
}

#[test]
fn a_refused_document_names_no_internal_type() {
    for json in ["[]", "{}", "1", "[1, 2, 3, 4, 5, 6]"] {
        let text = Dataset::from_json(json).expect_err("refused").to_string();
        assert!(
            !text.contains("RawDataset") && !text.contains("elements") && !text.contains("struct"),
            "{json}: {text}"
        );
    }
}

#[test]
fn messages_use_the_list_names_of_the_format() {
    let json =
        r#"{"format": "island-claims/1", "parties": [{"id": "x", "kind": "state"}, {"id": "x", "kind": "state"}]}"#;
    let err = Dataset::from_json(json).expect_err("refused");
    let issue = &err.report().expect("a report").issues()[0];
    assert_eq!(issue.message, "party 'x' at parties[1] repeats the id of parties[0]");
    assert_eq!(issue.subject.to_string(), "party 'x' (parties[1].id)");
    assert_eq!(issue.subject.path(), "parties[1].id");

    // Every kind's list name is a key of the format, as written by `to_json`.
    let saved: serde_json::Value =
        serde_json::from_str(&Dataset::from_json(TINY).expect("loads").to_json()).expect("json");
    for kind in RecordKind::iter() {
        assert!(saved.get(kind.list_name()).is_some_and(serde_json::Value::is_array), "{kind}");
    }
}

#[test]
fn a_report_lists_errors_first_each_marked_with_its_severity() {
    // The tiny fixture has a warning about its events; an unknown holder in the last position
    // is an error found after it.
    let json = tiny_with(&[(
        r#""holder": "ussr", "stance": "offers_transfer""#,
        r#""holder": "nobody", "stance": "offers_transfer""#,
    )]);
    let err = Dataset::from_json(&json).expect_err("refused");
    let report = err.report().expect("a report");
    assert_eq!((report.errors().count(), report.warnings().count()), (1, 1));
    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0], "dataset refused with 1 error and 1 warning");
    assert_eq!(
        lines[1],
        "error unknown_reference at positions[5].holder: position 'ussr-plan-1972' names unknown party 'nobody' in holder"
    );
    assert!(lines[2].starts_with("warning source_published_before_event at events[1].attributions: "), "{text}");
}

#[test]
fn every_problem_of_a_file_is_reported_at_once() {
    let json = tiny_with(&[
        // A misspelt kind, a bad id, a missing required field, an unknown field, a bad date.
        (r#"{"id": "shikotan", "kind": "island""#, r#"{"id": "shikotan", "kind": "isle""#),
        (r#""successor_of": "ussr""#, r#""successor_of": "USSR""#),
        (r#""title": "Japan's Northern Territories","#, ""),
        (r#""title": "Soviet memorandum"#, r#""titel": "Soviet memorandum"#),
        (r#""period": "1945-09-05/1991-12-26""#, r#""period": "1945-09-05/1991-13-26""#),
        // And an unknown party in a record that reads, after the one that does not.
        (
            r#""holder": "japan", "stance": "claims_sovereignty", "islands": ["south-kurils"]"#,
            r#""holder": "japn", "stance": "claims_sovereignty", "islands": ["south-kurils"]"#,
        ),
    ]);
    let err = Dataset::from_json(&json).expect_err("refused");
    let LoadError::Syntax { path, line, column, report, .. } = &err else { panic!("a syntax error: {err:?}") };
    assert_eq!(path, "islands[3].kind", "the first problem is the variant's");

    let found: Vec<(&str, usize, usize)> =
        report.syntax_errors().iter().map(|e| (e.path.as_str(), e.line, e.column)).collect();
    let paths: Vec<&str> = found.iter().map(|f| f.0).collect();
    assert_eq!(
        paths,
        ["islands[3].kind", "parties[2].successor_of", "sources[1]", "events[2].titel", "positions[1].period"]
    );
    assert_eq!((found[0].1, found[0].2), (*line, *column));
    // Each line and column is the file's, not the record's: at (or just past) the defect.
    for (needle, (_, l, c)) in
        [r#""isle""#, r#""USSR""#, "", r#""titel""#, r#""1945-09-05/1991-13-26""#].iter().zip(&found)
    {
        if needle.is_empty() {
            // A missing field is found at the end of its record.
            let (start, _) = place_of(&json, r#"{"id": "mofa-territory""#);
            assert!((start..start + 3).contains(l), "sources[1] at line {l}");
            continue;
        }
        let (el, ec) = place_of(&json, needle);
        assert_eq!(*l, el, "{needle}");
        assert!((ec..=ec + needle.len() + 1).contains(c), "{needle}: column {c}, expected {ec}..");
    }
    let messages: Vec<&str> = report.syntax_errors().iter().map(|e| e.message.as_str()).collect();
    assert!(messages[0].starts_with("unknown variant `isle`"), "{}", messages[0]);
    assert!(messages[1].contains("party id 'USSR'"), "{}", messages[1]);
    assert!(messages[2].starts_with("missing field `title`"), "{}", messages[2]);
    assert!(messages[3].starts_with("unknown field `titel`"), "{}", messages[3]);
    assert!(messages[4].contains("1991-13-26"), "{}", messages[4]);

    // The records that could be read are validated; references to the unread ones
    // (shikotan, russia, mofa-territory, memo-1960-01-27) are not reported as unknown.
    let errors: Vec<_> = report.errors().collect();
    assert_eq!(errors.len(), 1, "{report}");
    assert_eq!(errors[0].code, IssueCode::UnknownReference);
    assert_eq!(errors[0].subject.id, "japan-four");
    assert_eq!(errors[0].subject.index, 3, "its place in the file, counting the unread position");
    assert_eq!(errors[0].subject.path(), "positions[3].holder");
    assert_eq!(report.warnings().count(), 1);

    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "dataset refused with 6 errors and 1 warning", "{text}");
    assert!(lines[1].starts_with("error islands[3].kind: unknown variant `isle`"), "{text}");
    assert!(lines[6].starts_with("error unknown_reference at positions[3].holder: position 'japan-four'"), "{text}");
    assert!(lines[7].starts_with("warning "), "{text}");
    assert_eq!(lines.len(), 8, "{text}");
}

#[test]
fn a_lone_problem_is_one_line() {
    let json = tiny_with(&[(r#""stance": "offers_transfer""#, r#""stance": "offers""#)]);
    let err = Dataset::from_json(&json).expect_err("refused");
    let LoadError::Syntax { report, .. } = &err else { panic!("a syntax error: {err:?}") };
    assert_eq!(report.syntax_errors().len(), 1);
    // The fixture's warning is reported with it.
    assert_eq!(report.warnings().count(), 1);
    let text = err.to_string();
    assert!(text.starts_with("dataset refused with 1 error and 1 warning\nerror positions[5].stance: "), "{text}");

    let err = Dataset::from_json(r#"{"format": "island-claims/1", "islands": [{"id": "a", "kind": "isle"}]}"#)
        .expect_err("refused");
    assert_eq!(
        err.to_string(),
        "islands[0].kind: unknown variant `isle`, expected one of `island`, `group`, `region`, `part`, `rock`, `low_tide_elevation` (line 1, column 68)"
    );
    assert_eq!(err.report().map(|r| r.syntax_errors().len()), Some(1));
}

#[test]
fn a_validation_issue_names_its_json_path_and_id() {
    let json = tiny_with(&[(
        r#""holder": "ussr", "stance": "offers_transfer""#,
        r#""holder": "nobody", "stance": "offers_transfer""#,
    )]);
    let err = Dataset::from_json(&json).expect_err("refused");
    let issue = err.report().and_then(|r| r.errors().next()).expect("an error");
    assert_eq!(issue.severity, Severity::Error);
    let text = issue.to_string();
    assert!(text.contains("positions[5].holder") && text.contains("'ussr-plan-1972'"), "{text}");
}
