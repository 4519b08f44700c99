//! JSON in and out, and how bad JSON is refused.

use island_claims::{Dataset, LoadError};

const TINY: &str = include_str!("data/tiny.json");

fn syntax(json: &str) -> (String, usize, usize, String) {
    match Dataset::from_json(json) {
        Err(LoadError::Syntax { path, line, column, message, .. }) => (path, line, column, message),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn save_then_load_gives_an_equal_dataset() {
    let data = Dataset::from_json(TINY).expect("loads");
    let saved = data.to_json();
    let again = Dataset::from_json(&saved).expect("loads again");
    assert_eq!(again, data);
    assert_eq!(again.to_json(), saved, "saving is stable");
    assert_eq!(data.to_builder().build().expect("rebuilds"), data);
}

#[test]
fn saved_json_keeps_every_field() {
    let data = Dataset::from_json(TINY).expect("loads");
    let saved: serde_json::Value = serde_json::from_str(&data.to_json()).expect("json");
    let mut original: serde_json::Value = serde_json::from_str(TINY).expect("json");
    // The fixture is a version 1 file; it is written back as version 3, and otherwise unchanged.
    original["format"] = "island-claims/3".into();
    assert_eq!(saved, original, "the fixture writes no defaults, so saving reproduces it exactly");
}

#[test]
fn an_unknown_field_is_refused_with_its_path() {
    let json = TINY.replacen(r#""conditions": "after"#, r#""condition": "after"#, 1);
    let (path, line, _, message) = syntax(&json);
    assert_eq!(path, "positions[0].condition");
    assert!(message.starts_with("unknown field `condition`, expected one of"), "{message}");
    assert!(line > 1);
}

#[test]
fn a_syntax_error_names_path_line_and_column() {
    let json =
        "{\n  \"format\": \"island-claims/1\",\n  \"islands\": [\n    {\"id\": \"a\", \"kind\": \"island\",}\n  ]\n}";
    let (path, line, column, message) = syntax(json);
    assert_eq!((path.as_str(), line, column), ("islands[0]", 4, 34), "{message}");
    assert_eq!(message, "trailing comma");
}

#[test]
fn an_unknown_enum_spelling_names_the_field_and_the_spellings() {
    let json = TINY.replacen(r#""stance": "promised_transfer""#, r#""stance": "promised""#, 1);
    let err = Dataset::from_json(&json).expect_err("refused");
    let text = err.to_string();
    // The fixture's one warning is listed after the error.
    assert!(
        text.lines().nth(1).is_some_and(|line| line.starts_with(
            "error positions[0].stance: unknown variant `promised`, expected one of `claims_sovereignty`"
        )),
        "{text}"
    );
    assert!(text.contains("`denies_dispute`"), "{text}");
}

#[test]
fn a_bad_id_names_its_field() {
    let json = TINY.replacen(r#""holder": "ussr""#, r#""holder": "USSR""#, 1);
    let (path, _, _, message) = syntax(&json);
    assert_eq!(path, "positions[0].holder");
    assert!(message.contains("party id 'USSR' has unexpected character 'U'"), "{message}");
}

#[test]
fn an_unsupported_format_is_told_apart() {
    let err = Dataset::from_json(r#"{"format": "island-claims/4", "islands": [{"new": true}]}"#).expect_err("refused");
    assert_eq!(err, LoadError::UnsupportedFormat { found: "island-claims/4".into() });
    assert_eq!(
        err.to_string(),
        r#"unsupported format 'island-claims/4'; this version reads 'island-claims/1', 'island-claims/2' and 'island-claims/3' (write "format": "island-claims/3")"#
    );
    let err = Dataset::from_json(r#"{"format": "other"}"#).expect_err("refused");
    assert!(matches!(err, LoadError::UnsupportedFormat { .. }));
}

#[test]
fn every_version_loads_and_version_3_is_written() {
    for format in island_claims::FORMATS_READ {
        let data = Dataset::from_json(&TINY.replacen("island-claims/1", format, 1)).expect("loads");
        assert!(data.to_json().contains(r#""format": "island-claims/3""#));
    }
}

#[test]
fn a_missing_format_is_a_syntax_error() {
    let (path, _, _, message) = syntax(r#"{"islands": []}"#);
    assert_eq!(path, ".");
    assert!(message.contains("missing field `format`"), "{message}");
}

#[test]
fn text_after_the_dataset_is_refused() {
    let (path, _, _, message) = syntax(r#"{"format": "island-claims/1"} {}"#);
    assert_eq!(path, ".");
    assert_eq!(message, "trailing characters");
}

#[test]
fn invalid_records_give_the_report() {
    let json = TINY.replacen(r#""holder": "ussr""#, r#""holder": "nobody""#, 1);
    let err = Dataset::from_json(&json).expect_err("refused");
    let report = err.report().expect("a validation report");
    assert_eq!(report.errors().count(), 1);
}

#[test]
fn very_deep_input_is_refused_cleanly() {
    let depth = 100_000;
    let deep = format!(r#"{{"format": "x", "islands": {}{}}}"#, "[".repeat(depth), "]".repeat(depth));
    assert!(Dataset::from_json(&deep).is_err());
    let deep = format!(r#"{{"format": "island-claims/1", "x": {}{}}}"#, "[".repeat(depth), "]".repeat(depth));
    assert!(matches!(Dataset::from_json(&deep), Err(LoadError::Syntax { .. })));
    let deep = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(matches!(Dataset::from_json(&deep), Err(LoadError::Syntax { .. })));
}

#[test]
fn not_json_at_all_is_a_syntax_error() {
    for text in ["", "null", "[]", "\"island\"", "{", "\u{feff}{}", "{\"format\": 1}"] {
        assert!(matches!(Dataset::from_json(text), Err(LoadError::Syntax { .. })), "{text:?}");
    }
}

#[test]
fn numbers_round_trip_exactly() {
    let json = r#"{"format": "island-claims/1", "islands": [{"id": "a", "kind": "island",
        "area_km2": 3166.6400000000003, "location": {"lat": -1.1628437767390523, "lon": 105.25562017849097}}]}"#;
    let data = Dataset::from_json(json).expect("loads");
    let again = Dataset::from_json(&data.to_json()).expect("loads again");
    assert_eq!(again, data);
    let loc = again.islands()[0].location.expect("a location");
    // serde_json's default float parser reads these two one unit in the last place off.
    assert_eq!(loc.lat.to_bits(), (-1.162_843_776_739_052_3_f64).to_bits());
    assert_eq!(loc.lon.to_bits(), 105.255_620_178_490_97_f64.to_bits());
}
