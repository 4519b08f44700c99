//! The exports as their users read them (issue 25), each read back with an independent
//! parser: PLOVER lines with serde_json against the manual's vocabularies
//! (`tests/data/plover/manual.json`), the GeoJSON with the `geojson` crate, the CSV with the
//! `csv` crate, and the JSON Schema with the `jsonschema` validator.

use island_claims::Dataset;
use island_claims::datasets;
use serde_json::{Value, json};

/// Every embedded dataset, by name, and all of them together.
fn embedded() -> Vec<(&'static str, &'static Dataset)> {
    vec![
        ("kuril", datasets::kuril()),
        ("liancourt-rocks", datasets::liancourt_rocks()),
        ("chagos", datasets::chagos()),
        ("falklands", datasets::falklands()),
        ("spratly", datasets::spratly()),
        ("all", datasets::all()),
    ]
}

mod plover {
    use std::collections::BTreeSet;

    use island_claims::export::plover::{self, SkipReason};
    use island_claims::{EventKind, PloverCategory, Role};

    use super::*;

    fn manual() -> Value {
        serde_json::from_str(include_str!("data/plover/manual.json")).expect("the fixture is JSON")
    }

    fn names(v: &Value) -> BTreeSet<String> {
        match v {
            Value::Array(a) => a.iter().map(|x| x.as_str().unwrap().to_owned()).collect(),
            Value::Object(o) => o.keys().cloned().collect(),
            _ => panic!("a list or an object: {v}"),
        }
    }

    fn lines(data: &Dataset) -> Vec<Value> {
        let mut out = Vec::new();
        plover::write_jsonl(data, &mut out).unwrap();
        String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).expect("one JSON object")).collect()
    }

    fn record(data: &Dataset, id: &str) -> Result<Value, SkipReason> {
        plover::event_record(data, data.event(&id.parse().unwrap()).unwrap_or_else(|| panic!("event {id}")))
    }

    fn parties(r: &Value, side: &str) -> Vec<String> {
        r[side].as_array().unwrap().iter().map(|e| e["party_id"].as_str().unwrap().to_owned()).collect()
    }

    /// Checks one entity object against the manual's entity fields and sector codes.
    fn check_entity(m: &Value, e: &Value, at: &str) {
        let allowed: BTreeSet<String> = names(&m["entity_fields"])
            .into_iter()
            .chain(plover::ENTITY_EXTENSIONS.iter().map(|s| (*s).to_owned()))
            .collect();
        for key in names(e) {
            assert!(
                allowed.contains(&key),
                "{at}: entity field '{key}' is neither the manual's nor a declared extension"
            );
        }
        assert!(e["entity_text"].as_str().is_some_and(|t| !t.is_empty()), "{at}");
        if let Some(sector) = e.get("sector_code") {
            assert!(names(&m["sector_codes"]).contains(sector.as_str().unwrap()), "{at}: sector {sector}");
        }
    }

    #[test]
    fn the_extensions_do_not_reuse_a_name_of_the_manual() {
        let m = manual();
        let record_fields = names(&m["record_fields"]);
        for ext in plover::RECORD_EXTENSIONS {
            assert!(!record_fields.contains(*ext), "{ext}");
        }
        for ext in plover::ENTITY_EXTENSIONS {
            assert!(!names(&m["entity_fields"]).contains(*ext), "{ext}");
        }
    }

    #[test]
    fn every_line_for_every_embedded_dataset_uses_only_the_manuals_fields_and_values() {
        let m = manual();
        let types = m["event_types"].as_object().unwrap();
        let record_fields: BTreeSet<String> = names(&m["record_fields"])
            .into_iter()
            .chain(plover::RECORD_EXTENSIONS.iter().map(|s| (*s).to_owned()))
            .collect();
        let required: Vec<&String> = m["record_fields"]
            .as_object()
            .unwrap()
            .iter()
            .filter(|(_, r)| r == &&json!(true))
            .map(|(k, _)| k)
            .collect();
        let contexts = names(&m["contexts"]);
        let mut seen_types = BTreeSet::new();
        let mut written = 0;
        for (name, data) in embedded() {
            for r in lines(data) {
                written += 1;
                let at = format!("{name}: {}", r["id"]);
                for key in names(&r) {
                    assert!(record_fields.contains(&key), "{at}: field '{key}'");
                }
                for key in &required {
                    assert!(r.get(key.as_str()).is_some(), "{at}: required field '{key}' missing");
                }
                for list in names(&m["list_fields"]) {
                    if let Some(v) = r.get(&list) {
                        assert!(v.is_array() || (v.is_null() && list == "mode"), "{at}: '{list}' is a list: {v}");
                    }
                }
                let event = r["event"].as_array().unwrap();
                assert_eq!(event.len(), 1, "{at}");
                let ty = event[0].as_str().unwrap();
                let def = types.get(ty).unwrap_or_else(|| panic!("{at}: event type {ty} is not the manual's"));
                seen_types.insert(ty.to_owned());
                assert_eq!(r["quad_code"], def["quad_code"], "{at}: the quad class of {ty}");
                if let Some(modes) = r["mode"].as_array() {
                    assert!(!modes.is_empty(), "{at}: no mode is null, not []");
                    for mode in modes {
                        assert!(
                            def["modes"].as_array().unwrap().contains(mode),
                            "{at}: mode {mode} is not one of {ty}'s"
                        );
                    }
                }
                for c in r["context"].as_array().unwrap() {
                    assert!(contexts.contains(c.as_str().unwrap()), "{at}: context {c}");
                }
                assert!(chrono::NaiveDate::parse_from_str(r["date"].as_str().unwrap(), "%Y-%m-%d").is_ok(), "{at}");
                let actors = r["actor"].as_array().unwrap();
                assert!(!actors.is_empty(), "{at}");
                if def["requires_recipient"] == true {
                    assert!(!r["recipient"].as_array().unwrap().is_empty(), "{at}: {ty} requires a recipient");
                }
                for e in actors.iter().chain(r["recipient"].as_array().unwrap()).chain(r["others"].as_array().unwrap())
                {
                    check_entity(&m, e, &at);
                }
                if let Some(loc) = r.get("event_loc") {
                    for key in names(loc) {
                        assert!(names(&m["location_fields"]).contains(&key), "{at}: location field {key}");
                    }
                }
                for key in names(&r["cite_info"]) {
                    assert!(names(&m["cite_info_fields"]).contains(&key), "{at}: citation field {key}");
                }
                if let Some(lang) = r["cite_info"].get("language") {
                    assert_eq!(lang.as_str().unwrap().len(), 2, "{at}: ISO 639-1");
                }
            }
        }
        assert!(written > 100, "{written}");
        // The crate's mapping covers most of the manual, and never PROTEST (physical action).
        assert!(seen_types.len() >= 9, "{seen_types:?}");
        assert!(!seen_types.contains("PROTEST"));
    }

    #[test]
    fn quad_classes_and_required_recipients_are_the_manuals() {
        let m = manual();
        for c in PloverCategory::iter() {
            let def = &m["event_types"][c.as_ref()];
            assert!(def.is_object(), "{c} is an event type of the manual");
            assert_eq!(json!(plover::quad_code(c)), def["quad_code"], "{c}");
        }
        assert_eq!(plover::quad_code(PloverCategory::Sanction), 4, "SANCTION's section: material conflict");
        assert_eq!(m["event_types"].as_object().unwrap().len(), PloverCategory::iter().count());
    }

    #[test]
    fn event_mode_and_context_are_lists() {
        let r = record(datasets::kuril(), "gromyko-tokyo-1972").unwrap();
        assert_eq!(r["event"], json!(["CONSULT"]));
        assert_eq!(r["mode"], json!(["visit"]));
        assert_eq!(r["context"], json!(["territory", "diplomatic"]));
    }

    #[test]
    fn a_kind_without_a_fitting_mode_has_none() {
        // A treaty (SUPPORT has no modes), talks without a host, a use of force (ASSAULT's
        // modes are weapons).
        let kuril = datasets::kuril();
        assert_eq!(record(kuril, "london-talks-1955").unwrap()["mode"], Value::Null);
        assert_eq!(record(kuril, "shumshu-landing-1945").unwrap()["mode"], Value::Null);
        for e in kuril.events().iter().filter(|e| e.kind == EventKind::Treaty) {
            if let Ok(r) = plover::event_record(kuril, e) {
                assert_eq!(r["mode"], Value::Null, "{}", e.id);
            }
        }
        // Each kind with a mode: the manual's own words for it.
        assert_eq!(record(kuril, "occupation-iturup-1945").unwrap()["mode"], json!(["seize"]));
        assert_eq!(record(kuril, "soviet-memorandum-1960").unwrap()["mode"], json!(["phone"]));
        let falklands = datasets::falklands();
        assert_eq!(record(falklands, "jewett-possession-1820").unwrap()["mode"], json!(["territory"]));
        assert_eq!(record(falklands, "expulsion-1833-per-argentina").unwrap()["mode"], json!(["deport"]));
        assert_eq!(record(falklands, "port-louis-handover-1767").unwrap()["mode"], json!(["withdraw"]));
        let chagos = datasets::chagos();
        assert_eq!(record(chagos, "mpa-arbitration-instituted-2010").unwrap()["mode"], json!(["allege"]));
    }

    #[test]
    fn signing_and_ratifying_is_support() {
        let kuril = datasets::kuril();
        let treaties: Vec<_> = kuril.events().iter().filter(|e| e.kind == EventKind::Treaty).collect();
        assert!(!treaties.is_empty());
        for e in treaties {
            let r = plover::event_record(kuril, e).unwrap();
            assert_eq!((&r["event"], &r["quad_code"]), (&json!(["SUPPORT"]), &json!(1)), "{}", e.id);
        }
        // The USSR attended San Francisco and did not sign: it is no actor of the signing.
        let sf = record(kuril, "sf-treaty-1951").unwrap();
        assert_eq!(parties(&sf, "actor"), ["japan", "united-states", "united-kingdom"]);
        assert_eq!(parties(&sf, "others"), ["ussr"]);
        let tiny = Dataset::from_json(include_str!("data/tiny.json")).unwrap();
        assert_eq!(record(&tiny, "jd-1956-signed").unwrap()["event"], json!(["SUPPORT"]));
    }

    #[test]
    fn an_offer_is_agree_of_class_one() {
        let r = record(datasets::kuril(), "malik-offer-1955").unwrap();
        assert_eq!((&r["event"], &r["quad_code"]), (&json!(["AGREE"]), &json!(1)));
        assert_eq!(parties(&r, "actor"), ["malik", "ussr"]);
        assert_eq!(parties(&r, "recipient"), ["japan"]);
    }

    #[test]
    fn a_diplomatic_protest_is_accuse_and_protest_is_never_written() {
        for (name, data) in embedded() {
            for e in data.events().iter().filter(|e| e.kind == EventKind::Protest) {
                let r = plover::event_record(data, e).unwrap();
                assert_eq!(
                    (&r["event"], &r["mode"], &r["quad_code"]),
                    (&json!(["ACCUSE"]), &json!(["disapprove"]), &json!(3)),
                    "{name}: {}",
                    e.id
                );
            }
        }
    }

    #[test]
    fn the_visitor_acts_the_host_receives_and_a_bystander_is_neither() {
        let kuril = datasets::kuril();
        let r = record(kuril, "tanaka-moscow-1973").unwrap();
        assert_eq!(parties(&r, "actor"), ["tanaka", "ohira", "japan"]);
        assert_eq!(parties(&r, "recipient"), ["brezhnev", "gromyko", "ussr"]);
        // Japan at a Russian leader's visit to the islands: no consultation took place, and
        // Japan is not an actor of it.
        assert_eq!(record(kuril, "medvedev-kunashir-2010"), Err(SkipReason::OneSided));
        assert_eq!(record(kuril, "mishustin-iturup-2021"), Err(SkipReason::OneSided));
        assert_eq!(plover::side(EventKind::Visit, Role::Other), None);
        assert_eq!(plover::side(EventKind::Treaty, Role::Mediator), None);
        // A bystander of an event that is written goes to `others`, not to the actors.
        let chagos = datasets::chagos();
        let arbitration = record(chagos, "mpa-arbitration-instituted-2010").unwrap();
        assert_eq!(parties(&arbitration, "actor"), ["mauritius"]);
        assert_eq!(parties(&arbitration, "recipient"), ["united-kingdom"]);
        let spratly = datasets::spratly();
        let filed = record(spratly, "arbitration-filed-2013").unwrap();
        assert_eq!(parties(&filed, "actor"), ["philippines"]);
        assert!(parties(&filed, "recipient").is_empty());
        assert_eq!(parties(&filed, "others"), ["prc"]);
        assert_eq!(filed["others"][0]["role"], "other");
    }

    #[test]
    fn entities_have_the_manuals_fields_and_a_person_the_state_as_country() {
        let kuril = datasets::kuril();
        let r = record(kuril, "nagato-2016").unwrap();
        let putin = r["actor"].as_array().unwrap().iter().find(|e| e["party_id"] == "putin").unwrap();
        assert_eq!(putin["entity_text"], "Vladimir Putin");
        assert_eq!(putin["entity_name"], "Vladimir Putin");
        assert_eq!(putin["country_name"], "Russian Federation", "the English name of the state Putin represents");
        assert_eq!(putin["sector_code"], "GOV");
        assert!(putin.get("party").is_none() && putin.get("actor_text").is_none());
        let japan = r["recipient"].as_array().unwrap().iter().find(|e| e["party_id"] == "japan").unwrap();
        assert_eq!(
            japan["identifier_id"],
            json!(kuril.party(&"japan".parse().unwrap()).unwrap().wikidata.unwrap().to_string())
        );
        assert_eq!(japan["country_name"], "Japan");
        // Gorbachev acted for the USSR in 1991, not for Russia.
        let r = record(kuril, "gorbachev-visit-1991").unwrap();
        assert_eq!(r["actor"][0]["country_name"], "Soviet Union");
    }

    #[test]
    fn event_loc_has_the_extracted_and_the_resolved_place() {
        let kuril = datasets::kuril();
        let r = record(kuril, "tanaka-moscow-1973").unwrap();
        assert_eq!(r["event_loc"], json!({"extracted_place": "Moscow"}));
        assert!(r.get("name").is_none());
        let r = record(kuril, "occupation-iturup-1945").unwrap();
        assert_eq!(r["event_loc"]["resolved_place"], "Iturup");
        assert!(r["event_loc"]["lat"].is_f64() && r["event_loc"]["lon"].is_f64());
    }

    #[test]
    fn memoranda_between_parties_are_written_and_internal_ones_are_not() {
        let kuril = datasets::kuril();
        for id in ["soviet-memorandum-1960", "soviet-memorandum-1960-02-24", "scapin-677"] {
            let r = record(kuril, id).unwrap();
            assert_eq!(r["event"], json!(["CONSULT"]), "{id}");
            assert_eq!(parties(&r, "recipient"), ["japan"], "{id}");
        }
        // The State Department's legal memorandum was addressed to nobody.
        assert_eq!(record(kuril, "us-legal-memo-1949"), Err(SkipReason::OneSided));
        // A colony's premier visiting the Prime Minister of its state is a consultation,
        // although PLOVER folds the colony into the state.
        let meeting = record(datasets::chagos(), "wilson-ramgoolam-meeting-1965").unwrap();
        assert_eq!(parties(&meeting, "actor"), ["colony-of-mauritius"]);
        assert_eq!(meeting["actor"][0]["country_name"], "United Kingdom");
    }

    #[test]
    fn every_skip_has_its_reason() {
        for (name, data) in embedded() {
            let mut out = Vec::new();
            let summary = plover::write_jsonl(data, &mut out).unwrap();
            assert_eq!(summary.written() + summary.skipped().len(), data.events().len(), "{name}");
            for (id, reason) in summary.skipped() {
                let e = data.event(id).unwrap();
                match reason {
                    SkipReason::NoCategory => assert_eq!(e.kind.plover(), None, "{id}"),
                    SkipReason::NoActor => assert!(
                        e.participants.iter().all(|p| plover::side(e.kind, p.role) != Some(plover::Side::Actor)),
                        "{id}"
                    ),
                    SkipReason::OneSided => {
                        assert_eq!(e.kind.plover(), Some(PloverCategory::Consult), "{id}");
                        assert!(
                            e.participants
                                .iter()
                                .all(|p| plover::side(e.kind, p.role) != Some(plover::Side::Recipient)),
                            "{id}"
                        );
                    }
                    SkipReason::NoRecipient => assert!(
                        e.participants.iter().all(|p| plover::side(e.kind, p.role) != Some(plover::Side::Recipient)),
                        "{id}"
                    ),
                    SkipReason::NoDate => assert!(e.when.hull().first().is_none(), "{id}"),
                    other => panic!("{id}: unexpected {other}"),
                }
            }
        }
    }
}

#[cfg(feature = "csv")]
mod csv_tables {
    use island_claims::export::csv;

    use super::*;

    type Writer = fn(&Dataset, &mut Vec<u8>) -> std::io::Result<()>;

    fn tables() -> [(&'static str, &'static [&'static str], Writer); 3] {
        [
            ("positions", csv::POSITION_COLUMNS, |d, o| csv::write_positions(d, o)),
            ("events", csv::EVENT_COLUMNS, |d, o| csv::write_events(d, o)),
            ("disputes", csv::DISPUTE_COLUMNS, |d, o| csv::write_disputes(d, o)),
        ]
    }

    /// Reserved words of SQL (SQL:2016 and DuckDB) that a column of ours might be named. Not
    /// `rank`, which the standard reserves as a function name but DuckDB, PostgreSQL and
    /// SQLite take as a column name unquoted (`SELECT rank FROM ...` runs in DuckDB 2.0.1).
    const SQL_RESERVED: &[&str] = &[
        "all",
        "and",
        "any",
        "as",
        "between",
        "by",
        "case",
        "cast",
        "check",
        "column",
        "current",
        "date",
        "day",
        "default",
        "do",
        "else",
        "end",
        "except",
        "false",
        "for",
        "from",
        "grant",
        "group",
        "having",
        "in",
        "into",
        "is",
        "join",
        "key",
        "like",
        "limit",
        "month",
        "not",
        "null",
        "of",
        "offset",
        "on",
        "or",
        "order",
        "over",
        "partition",
        "period",
        "range",
        "references",
        "row",
        "rows",
        "select",
        "some",
        "start",
        "system",
        "table",
        "then",
        "time",
        "to",
        "true",
        "union",
        "user",
        "using",
        "value",
        "values",
        "when",
        "where",
        "window",
        "with",
        "year",
    ];

    fn read(bytes: &[u8]) -> (Vec<String>, Vec<::csv::StringRecord>) {
        let mut r = ::csv::ReaderBuilder::new().from_reader(bytes);
        let header = r.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = r.records().map(|x| x.expect("every row parses")).collect();
        (header, rows)
    }

    #[test]
    fn no_column_is_an_sql_keyword_and_edtf_columns_say_so() {
        for (name, columns, _) in tables() {
            for c in columns {
                assert!(!SQL_RESERVED.contains(c), "{name}: column '{c}' is an SQL keyword");
            }
        }
        assert!(csv::POSITION_COLUMNS.contains(&"end_edtf") && csv::EVENT_COLUMNS.contains(&"when_edtf"));
        assert!(!csv::POSITION_COLUMNS.contains(&"end") && !csv::EVENT_COLUMNS.contains(&"when"));
    }

    #[test]
    fn records_end_in_crlf_and_every_embedded_dataset_reads_back() {
        for (name, data) in embedded() {
            for (table, columns, write) in tables() {
                let mut out = Vec::new();
                write(data, &mut out).unwrap();
                assert!(out.ends_with(b"\r\n"), "{name} {table}");
                // Every LF ends a record or sits inside a quoted text cell (a note with a line
                // break); the reader below checks that the record count matches.
                let text = String::from_utf8(out.clone()).unwrap();
                assert!(!text.starts_with('\u{feff}'), "no byte-order mark unless asked");
                let (header, rows) = read(&out);
                assert_eq!(header, columns, "{name} {table}");
                assert!(rows.iter().all(|r| r.len() == columns.len()), "{name} {table}");
                let expected = match table {
                    "positions" => data.all_positions().len(),
                    "events" => data.events().len(),
                    _ => data.disputes().iter().map(|d| d.dyads().count()).sum(),
                };
                assert_eq!(rows.len(), expected, "{name} {table}");
                let mut lines = text.split("\r\n");
                assert_eq!(lines.next().map(|l| l.split(',').count()), Some(columns.len()));
            }
        }
    }

    #[test]
    fn edtf_cells_are_quoted_and_iso_days_are_bare() {
        let data = datasets::kuril();
        let mut out = Vec::new();
        csv::write_events(data, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let line = text.lines().find(|l| l.starts_with("joint-declaration-1956,")).unwrap();
        assert!(line.contains(r#","1956-10-19",1956-10-19,1956-10-19,"#), "{line}");
        // A year alone, which a spreadsheet would turn into a number, is quoted too.
        let mut out = Vec::new();
        csv::write_positions(data, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(r#","1917","#), "a year-only end is quoted");
        // And the reader gives back the bare EDTF text: no apostrophe, no formula.
        let (header, rows) = read(text.as_bytes());
        let col = |n: &str| header.iter().position(|c| c == n).unwrap();
        for (row, p) in rows.iter().zip(data.all_positions()) {
            assert_eq!(&row[col("period_edtf")], p.period.as_str());
            assert!(!row[col("hull_first")].starts_with('"'));
        }
    }

    #[test]
    fn the_byte_order_mark_is_offered() {
        let mut out = csv::BYTE_ORDER_MARK.to_vec();
        csv::write_events(datasets::kuril(), &mut out).unwrap();
        assert_eq!(&out[..3], [0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(out).unwrap();
        assert!(text.trim_start_matches('\u{feff}').starts_with("id,kind,plover,when_edtf,"));
        // The names in other scripts are UTF-8.
        let mut out = Vec::new();
        csv::write_events(datasets::kuril(), &mut out).unwrap();
        assert!(String::from_utf8(out).is_ok());
    }

    #[test]
    fn events_say_whose_account_each_source_gives() {
        let data = datasets::kuril();
        let mut out = Vec::new();
        csv::write_events(data, &mut out).unwrap();
        let (header, rows) = read(&out);
        let col = |n: &str| header.iter().position(|c| c == n).unwrap();
        let mut with_accounts = 0;
        for (row, e) in rows.iter().zip(data.events()) {
            let sources: Vec<&str> = row[col("sources")].split(';').collect();
            let accounts = &row[col("accounts_of")];
            if e.attributions.iter().all(|a| a.account_of.is_none()) {
                assert_eq!(accounts, "", "{}", e.id);
                continue;
            }
            with_accounts += 1;
            let accounts: Vec<&str> = accounts.split(';').collect();
            assert_eq!(accounts.len(), sources.len(), "{}: one entry per source", e.id);
            for (a, (cell, source)) in e.attributions.iter().zip(accounts.iter().zip(&sources)) {
                assert_eq!(*source, a.source.as_str());
                assert_eq!(*cell, a.account_of.as_ref().map_or("", |p| p.as_str()), "{}", e.id);
            }
        }
        assert!(with_accounts > 10, "{with_accounts}");
    }
}

#[cfg(feature = "schema")]
mod schema {
    use island_claims::export::schema;
    use proptest::prelude::*;

    use super::*;

    fn validator() -> jsonschema::Validator {
        // Formats asserted (`uri`), no custom format registered: as a strict validator sees it.
        jsonschema::options().should_validate_formats(true).build(&schema::dataset_schema()).expect("a valid schema")
    }

    fn schema_errors(json: &Value) -> Vec<String> {
        validator().iter_errors(json).map(|e| format!("{e} at {}", e.instance_path())).collect()
    }

    fn tiny() -> Value {
        serde_json::from_str(include_str!("data/tiny.json")).unwrap()
    }

    #[test]
    fn it_has_an_id_and_no_custom_format() {
        let s = schema::dataset_schema();
        assert_eq!(s["$id"], schema::SCHEMA_ID);
        assert!(schema::SCHEMA_ID.starts_with("urn:uuid:"));
        let text = schema::dataset_schema_json();
        assert!(!text.contains("\"edtf\""), "no format a strict validator does not know");
        assert_eq!(s["$defs"]["Source"]["properties"]["url"]["format"], "uri");
        assert_eq!(s["$defs"]["WikidataId"]["maxLength"], 21);
    }

    #[test]
    fn every_embedded_dataset_passes_as_given_and_as_written() {
        // `all` is merged in memory and has no text of its own.
        for name in datasets::NAMES.iter().filter(|n| datasets::json_of(n).is_ok()) {
            let given: Value = serde_json::from_str(datasets::json_of(name).unwrap()).unwrap();
            assert_eq!(schema_errors(&given), Vec::<String>::new(), "{name}");
        }
        for (name, data) in embedded() {
            let written: Value = serde_json::from_str(&data.to_json()).unwrap();
            assert_eq!(schema_errors(&written), Vec::<String>::new(), "{name} as written");
        }
    }

    /// Sets `pointer` of tiny.json (creating the last key) to `value`.
    fn variant(edits: &[(&str, Value)]) -> Value {
        let mut json = tiny();
        for (pointer, value) in edits {
            let (parent, key) = pointer.rsplit_once('/').unwrap();
            json.pointer_mut(parent).unwrap().as_object_mut().unwrap().insert(key.into(), value.clone());
        }
        json
    }

    #[test]
    fn malformed_variants_fail_both_schema_and_library() {
        let cases: Vec<(&str, Value)> = vec![
            ("url without a scheme", variant(&[("/sources/0/url", json!("www.mofa.go.jp/territory"))])),
            ("url that is prose", variant(&[("/sources/0/url", json!("not a url"))])),
            ("url with a space", variant(&[("/sources/0/url", json!("https://exa mple.com/"))])),
            (
                "url with a letter outside ASCII",
                variant(&[("/sources/0/url", json!("https://example.com/geográfico"))]),
            ),
            ("rank without its reason", variant(&[("/positions/0/rank", json!("deprecated"))])),
            (
                "rank with a blank reason",
                variant(&[("/positions/0/rank", json!("preferred")), ("/positions/0/rank_reason", json!("   "))]),
            ),
            ("contingent without conditions", variant(&[("/positions/1/contingent", json!(true))])),
            (
                "contingent with empty conditions",
                variant(&[("/positions/1/contingent", json!(true)), ("/positions/1/conditions", json!(""))]),
            ),
            ("wikidata beyond 64 bits", variant(&[("/parties/0/wikidata", json!("Q18446744073709551616"))])),
            ("wikidata far too long", variant(&[("/parties/0/wikidata", json!(format!("Q{}", "9".repeat(40))))])),
            ("wikidata zero", variant(&[("/parties/0/wikidata", json!("Q0"))])),
            ("period month 13", variant(&[("/positions/0/period", json!("1956-13"))])),
            ("period in US order", variant(&[("/positions/0/period", json!("06/14/2022"))])),
            ("period ending 'present'", variant(&[("/positions/0/period", json!("2022-06-14/present"))])),
            ("date as prose", variant(&[("/events/0/when", json!("yesterday"))])),
            ("published with spaces", variant(&[("/sources/0/published", json!(" 1956 "))])),
        ];
        for (what, json) in cases {
            assert!(!schema_errors(&json).is_empty(), "the schema accepts {what}");
            assert!(Dataset::from_json(&json.to_string()).is_err(), "the library accepts {what}");
        }
    }

    #[test]
    fn the_library_says_why_a_url_is_refused() {
        let json = variant(&[("/sources/0/url", json!("www.mofa.go.jp/territory"))]);
        let err = Dataset::from_json(&json.to_string()).unwrap_err().to_string();
        assert!(err.contains("value_out_of_range") || err.contains("not an absolute URI"), "{err}");
        assert!(err.contains("jd-1956-text") && err.contains("www.mofa.go.jp/territory"), "{err}");
    }

    #[test]
    fn edge_variants_pass_both() {
        let cases: Vec<(&str, Value)> = vec![
            ("the largest wikidata id", variant(&[("/parties/0/wikidata", json!("Q18446744073709551615"))])),
            ("a URN", variant(&[("/sources/0/url", json!("urn:isbn:9780000000000"))])),
            ("a percent-encoded address", variant(&[("/sources/0/url", json!("https://example.com/geogr%C3%A1fico"))])),
            (
                "a rank with its reason",
                variant(&[
                    ("/positions/0/rank", json!("deprecated")),
                    ("/positions/0/rank_reason", json!("superseded")),
                ]),
            ),
            (
                "contingent with conditions",
                variant(&[
                    ("/positions/1/contingent", json!(true)),
                    ("/positions/1/conditions", json!("if the treaty is read so")),
                ]),
            ),
            ("a level 2 period", variant(&[("/positions/0/period", json!("[..1956-12-12]/1960-01-27~"))])),
            ("a season", variant(&[("/events/0/when", json!("1956-23"))])),
        ];
        for (what, json) in cases {
            assert_eq!(schema_errors(&json), Vec::<String>::new(), "the schema refuses {what}");
            assert!(Dataset::from_json(&json.to_string()).is_ok(), "the library refuses {what}");
        }
    }

    fn pattern(def: &str) -> jsonschema::Validator {
        let s = schema::dataset_schema();
        jsonschema::validator_for(&json!({"type": "string", "pattern": s["$defs"][def]["pattern"]})).unwrap()
    }

    static PERIOD: std::sync::LazyLock<jsonschema::Validator> = std::sync::LazyLock::new(|| pattern("Period"));
    static WHEN: std::sync::LazyLock<jsonschema::Validator> = std::sync::LazyLock::new(|| pattern("When"));

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Every period and date the library reads has the shape the schema gives.
        #[test]
        fn every_date_the_library_reads_matches_the_schema(period in island_claims::strategies::period_text(),
                                                           when in island_claims::strategies::when_text()) {
            prop_assume!(island_claims::Period::parse(&period).is_ok());
            prop_assert!(PERIOD.is_valid(&json!(period)), "{}", period);
            prop_assume!(island_claims::When::parse(&when).is_ok());
            prop_assert!(WHEN.is_valid(&json!(when)), "{}", when);
        }
    }
}

#[cfg(feature = "geojson")]
mod geojson_map {
    use chrono::NaiveDate;
    use island_claims::export::geojson as export;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// The map as the `geojson` crate reads it back from the text.
    fn read(data: &Dataset, date: NaiveDate) -> geojson::FeatureCollection {
        let mut out = Vec::new();
        export::write(data, date, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        match text.parse::<geojson::GeoJson>().expect("valid GeoJSON") {
            geojson::GeoJson::FeatureCollection(fc) => fc,
            other => panic!("not a FeatureCollection: {other:?}"),
        }
    }

    fn feature<'a>(fc: &'a geojson::FeatureCollection, id: &str) -> &'a geojson::Feature {
        fc.features
            .iter()
            .find(|f| f.id == Some(geojson::feature::Id::String(id.into())))
            .unwrap_or_else(|| panic!("feature {id}"))
    }

    fn prop<'a>(fc: &'a geojson::FeatureCollection, id: &str, key: &str) -> &'a Value {
        feature(fc, id).property(key).unwrap_or_else(|| panic!("{id}: no property {key}"))
    }

    #[test]
    fn contested_is_definite_possible_or_no_on_kuril() {
        let kuril = datasets::kuril();
        // Before the war nobody contests the islands.
        let before = read(kuril, day(1940, 1, 1));
        assert!(before.features.iter().all(|f| f.property("contested") == Some(&json!("no"))));
        // 1945-08-20: the Soviet landings had begun, the occupation's days are uncertain:
        // the northern Kurils are possibly contested; the southern islands are not yet.
        let war = read(kuril, day(1945, 8, 20));
        assert_eq!(prop(&war, "kuril-islands", "contested"), "possible");
        assert_eq!(prop(&war, "iturup", "contested"), "no");
        // Today: Japan's claim against Russia's administration, surely.
        let now = read(kuril, day(2021, 6, 1));
        for id in ["south-kurils", "iturup", "habomai", "suisho"] {
            assert_eq!(prop(&now, id, "contested"), "definite", "{id}");
        }
        // The northern Kurils: Japan renounced them in 1951.
        assert_eq!(prop(&now, "kuril-islands", "contested"), "no");
        // The rule is the derived disputes': the map agrees with disputes_during.
        for f in &now.features {
            let contested = f.property("contested").and_then(Value::as_str).unwrap();
            assert!(["definite", "possible", "no"].contains(&contested));
        }
        assert!(
            kuril.disputes_during(day(2021, 6, 1)).iter().any(|m| m.certainty() == island_claims::Certainty::Definite)
        );
    }

    #[test]
    fn contested_is_definite_possible_or_no_on_spratly() {
        let spratly = datasets::spratly();
        assert_eq!(prop(&read(spratly, day(1930, 1, 1)), "spratly-islands", "contested"), "no");
        // France's and Japan's claims of 1933: in some reading of their dates, in mid-1933.
        let mid_1933 = read(spratly, day(1933, 6, 1));
        assert_eq!(prop(&mid_1933, "spratly-islands", "contested"), "possible");
        assert_eq!(prop(&mid_1933, "itu-aba", "contested"), "possible");
        let later = read(spratly, day(1934, 6, 1));
        assert_eq!(prop(&later, "itu-aba", "contested"), "definite");
        let now = read(spratly, day(2021, 6, 1));
        assert_eq!(prop(&now, "louisa-reef", "contested"), "definite");
    }

    #[test]
    fn flat_fields_beside_the_arrays() {
        let now = read(datasets::kuril(), day(2021, 6, 1));
        assert_eq!(prop(&now, "shikotan", "name"), "Shikotan");
        assert_eq!(prop(&now, "shikotan", "administrator"), "Sakhalin Oblast; Russian Federation");
        assert_eq!(prop(&now, "shikotan", "claimants"), "Japan; Russian Federation", "each party once");
        assert!(prop(&now, "shikotan", "claimed_by").as_array().unwrap().len() > 2, "the arrays are kept");
        let tiny = Dataset::from_json(include_str!("data/tiny.json")).unwrap();
        let before = read(&tiny, day(1950, 1, 1));
        assert_eq!(prop(&before, "shikotan", "claimants"), &Value::Null, "nobody claims it in tiny.json's 1950");
        assert_eq!(prop(&before, "shikotan", "administrator"), "Soviet Union");
        for f in &now.features {
            for key in ["name", "contested"] {
                assert!(f.property(key).is_some_and(Value::is_string), "{key}");
            }
            for key in ["administrator", "claimants"] {
                assert!(f.property(key).is_some_and(|v| v.is_string() || v.is_null()), "{key}");
            }
        }
    }

    #[test]
    fn each_claim_says_whose_account_it_is_and_its_sources() {
        let now = read(datasets::kuril(), day(2021, 6, 1));
        let claims = prop(&now, "shikotan", "claimed_by").as_array().unwrap();
        let per_putin = claims.iter().find(|c| c["position"] == "japan-four-islands-later-per-putin").unwrap();
        assert_eq!(per_putin["party"], "japan");
        assert_eq!(per_putin["account_of"], json!(["putin"]));
        assert_eq!(per_putin["sources"], json!(["seed-article"]));
        for c in claims {
            let position = datasets::kuril().position(&c["position"].as_str().unwrap().parse().unwrap()).unwrap();
            let sources: Vec<&str> = position.attributions.iter().map(|a| a.source.as_str()).collect();
            assert_eq!(c["sources"], json!(sources));
            let accounts = c["account_of"].as_array().unwrap();
            let mut seen = std::collections::BTreeSet::new();
            assert!(accounts.iter().all(|a| seen.insert(a.as_str().unwrap())), "each party once: {accounts:?}");
        }
    }

    #[test]
    fn unlocated_features_are_listed_and_groups_are_their_members() {
        for (name, data) in embedded() {
            let fc = read(data, day(2021, 6, 1));
            let unlocated = fc.foreign_members.as_ref().and_then(|m| m.get("unlocated")).expect("unlocated");
            let listed: Vec<&str> = unlocated.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
            for (f, island) in fc.features.iter().zip(data.islands()) {
                let located = f.geometry.is_some();
                assert_eq!(f.property("located"), Some(&json!(located)), "{name}: {}", island.id);
                assert_eq!(listed.contains(&island.id.as_str()), !located, "{name}: {}", island.id);
                match f.geometry.as_ref().map(|g| &g.value) {
                    Some(geojson::GeometryValue::MultiPoint { coordinates: points }) => {
                        assert!(island.kind.has_members(), "{name}: {}", island.id);
                        assert_eq!(f.property("geometry_of"), Some(&json!("members")));
                        let bbox = f.bbox.as_ref().expect("a MultiPoint has its bbox");
                        for p in points {
                            assert!(bbox[0] <= p[0] && p[0] <= bbox[2] && bbox[1] <= p[1] && p[1] <= bbox[3]);
                        }
                    }
                    Some(geojson::GeometryValue::Point { coordinates: p }) => {
                        let at = island.location.expect("a point is the island's own location");
                        assert_eq!(p.as_slice(), [at.lon, at.lat]);
                        assert_eq!(f.property("geometry_of"), Some(&json!("location")));
                    }
                    Some(other) => panic!("{name}: {}: unexpected {other:?}", island.id),
                    None => assert_eq!(f.property("geometry_of"), Some(&Value::Null)),
                }
            }
        }
        // The southern Kurils, a region with no location of its own, are the points of their
        // islands rather than nothing; the Spratly group likewise.
        let kuril = read(datasets::kuril(), day(2021, 6, 1));
        let south = feature(&kuril, "south-kurils");
        match south.geometry.as_ref().map(|g| &g.value) {
            Some(geojson::GeometryValue::MultiPoint { coordinates: points }) => assert!(points.len() >= 4),
            other => panic!("{other:?}"),
        }
        let spratly = read(datasets::spratly(), day(2021, 6, 1));
        assert_eq!(prop(&spratly, "spratly-islands", "geometry_of"), "members");
        let listed = spratly.foreign_members.unwrap()["unlocated"].clone();
        assert!(listed.as_array().unwrap().contains(&json!("louisa-reef")));
    }
}
