//! The exports, read back with independent parsers: the GeoJSON and PLOVER as plain JSON
//! (serde_json), the CSV with a CSV reader, and datasets checked against the JSON Schema by an
//! independent validator (jsonschema). The SVG timeline has its own tests in `tests/svg.rs`.
//!
//! Each module runs when its crate feature is on; `cargo test --all-features` runs them all.

use island_claims::Dataset;

fn tiny() -> Dataset {
    Dataset::from_json(include_str!("data/tiny.json")).expect("tiny.json loads")
}

fn kuril() -> &'static Dataset {
    island_claims::datasets::kuril()
}

mod plover {
    use super::*;
    use island_claims::export::plover;

    const CATEGORIES: &[&str] = &[
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ];

    fn lines(data: &Dataset) -> (Vec<serde_json::Value>, plover::Summary) {
        let mut out = Vec::new();
        let summary = plover::write_jsonl(data, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.is_empty() || text.ends_with('\n'));
        let records = text.lines().map(|l| serde_json::from_str(l).expect("each line is one JSON object")).collect();
        (records, summary)
    }

    #[test]
    fn every_event_is_written_or_skipped_with_a_reason() {
        for data in [&tiny(), kuril()] {
            let (records, summary) = lines(data);
            assert_eq!(records.len(), summary.written());
            assert_eq!(records.len() + summary.skipped().len(), data.events().len());
            for (id, reason) in summary.skipped() {
                let event = data.event(id).unwrap();
                if *reason == plover::SkipReason::NoCategory {
                    assert_eq!(event.kind.plover(), None, "{id}");
                }
            }
        }
    }

    #[test]
    fn records_have_the_plover_shape() {
        let (records, _) = lines(kuril());
        assert!(records.len() > 10);
        for r in &records {
            let id = r["id"].as_str().unwrap();
            let event = kuril().event(&id.parse().unwrap()).expect("the id is the event's");
            let date = chrono::NaiveDate::parse_from_str(r["date"].as_str().unwrap(), "%Y-%m-%d").unwrap();
            assert_eq!(Some(date), event.when.hull().first(), "{id}");
            if let Some(end) = r.get("enddate") {
                let end = chrono::NaiveDate::parse_from_str(end.as_str().unwrap(), "%Y-%m-%d").unwrap();
                assert!(end > date, "{id}");
            }
            // Lists, as the manual's "PLOVER JSON" table asks (tests/exports_v3.rs checks the
            // values against the manual's vocabularies).
            let category = r["event"][0].as_str().unwrap();
            assert!(CATEGORIES.contains(&category), "{id}");
            assert_eq!(r["event"], serde_json::json!([event.kind.plover().unwrap().to_string()]));
            assert!(r["mode"].is_null() || r["mode"].is_array(), "{id}");
            assert_eq!(r["context"][0], "territory");
            let actors = r["actor"].as_array().unwrap();
            assert!(!actors.is_empty(), "{id}");
            for a in actors.iter().chain(r["recipient"].as_array().unwrap()) {
                assert!(kuril().party(&a["party_id"].as_str().unwrap().parse().unwrap()).is_some());
                assert!(a["entity_name"].is_string());
            }
            assert_eq!(r["cite_info"]["citation"], event.attributions[0].source.as_str());
        }
    }
}

#[cfg(feature = "geojson")]
mod geojson {
    use super::*;
    use chrono::NaiveDate;
    use island_claims::export::geojson;

    fn features(data: &Dataset, date: NaiveDate) -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        geojson::write(data, date, &mut out).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out).expect("the GeoJSON is JSON");
        assert_eq!(json["type"], "FeatureCollection");
        json["features"].as_array().unwrap().clone()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn parties(f: &serde_json::Value, key: &str) -> Vec<String> {
        f["properties"][key].as_array().unwrap().iter().map(|e| e["party"].as_str().unwrap().to_owned()).collect()
    }

    #[test]
    fn coordinates_are_longitude_then_latitude() {
        for data in [&tiny(), kuril()] {
            let features = features(data, day(2000, 1, 1));
            assert_eq!(features.len(), data.islands().len());
            for (f, island) in features.iter().zip(data.islands()) {
                assert_eq!(f["type"], "Feature");
                assert_eq!(f["id"], island.id.as_str());
                match island.location {
                    Some(_) if island.kind.has_members() => {}
                    Some(l) => {
                        assert_eq!(f["geometry"]["type"], "Point");
                        assert_eq!(f["geometry"]["coordinates"], serde_json::json!([l.lon, l.lat]), "{}", island.id);
                    }
                    // A region or group: the points of its members (tests/exports_v3.rs).
                    None if island.kind.has_members() => {}
                    None => assert!(f["geometry"].is_null()),
                }
            }
        }
        // The Kurils lie at about 146°E, 44°N: longitude is the larger number, first.
        let iturup = &features(kuril(), day(2000, 1, 1))[2];
        let c = iturup["geometry"]["coordinates"].as_array().unwrap();
        assert!(c[0].as_f64().unwrap() > 140.0 && c[1].as_f64().unwrap() < 50.0);
    }

    #[test]
    fn who_administers_and_claims_on_the_day() {
        let data = kuril();
        let at =
            |date| features(data, date).into_iter().find(|f| f["id"] == "shikotan").expect("shikotan is a feature");
        assert_eq!(parties(&at(day(1930, 1, 1)), "administered_by"), ["japan"]);
        // The state, and the oblast through which it administers them (a territory, part of it).
        assert_eq!(parties(&at(day(1970, 1, 1)), "administered_by"), ["ussr", "sakhalin-oblast"]);
        let now = at(day(2010, 1, 1));
        assert_eq!(parties(&now, "administered_by"), ["sakhalin-oblast", "russia"]);
        assert!(parties(&now, "claimed_by").contains(&"japan".to_owned()));
        assert_eq!(now["properties"]["contested"], "definite");
        assert_eq!(now["properties"]["date"], "2010-01-01");
        assert_eq!(now["properties"]["names"]["ja"], "色丹島");
    }

    /// A dataset of two parties (`a`, `b`) and these islands: `isle`; the group `split` of
    /// `split-east` and `split-west` (an island divided by a settlement); the group `atoll`
    /// with its `islet`. Positions are (id, holder, stance, islands, period); a transfer is
    /// demanded from the other party.
    fn places(positions: &[(&str, &str, &str, &[&str], &str)]) -> Dataset {
        let positions: Vec<serde_json::Value> = positions
            .iter()
            .map(|(id, holder, stance, islands, period)| {
                // `stance:party` names the counterpart; a demand otherwise names the other of a, b.
                let (stance, counterpart) = stance.split_once(':').map_or((*stance, None), |(s, c)| (s, Some(c)));
                let mut p = serde_json::json!({"id": id, "holder": holder, "stance": stance,
                    "islands": islands, "period": period, "attributions": [{"source": "s"}]});
                if let Some(c) = counterpart {
                    p["counterpart"] = serde_json::json!(c);
                } else if stance == "demands_transfer" {
                    p["counterpart"] = serde_json::json!(if *holder == "a" { "b" } else { "a" });
                }
                p
            })
            .collect();
        let island = |id: &str, kind: &str, part_of: Option<&str>| {
            let mut i = serde_json::json!({"id": id, "kind": kind, "names": {"en": id}});
            if let Some(g) = part_of {
                i["part_of"] = serde_json::json!(g);
            }
            i
        };
        let json = serde_json::json!({
            "format": "island-claims/1",
            "islands": [
                island("isle", "island", None),
                island("split", "group", None),
                island("split-east", "island", Some("split")),
                island("split-west", "island", Some("split")),
                island("atoll", "group", None),
                island("islet", "island", Some("atoll")),
            ],
            "parties": [
                {"id": "a", "kind": "state", "names": {"en": "A"}},
                {"id": "b", "kind": "state", "names": {"en": "B"}},
                {"id": "c", "kind": "state", "names": {"en": "C"}},
            ],
            "sources": [{"id": "s", "kind": "reference_work", "title": "S", "published": "2024"}],
            "positions": positions,
        });
        Dataset::from_json(&json.to_string()).expect("the places fixture loads")
    }

    fn feature(data: &Dataset, date: NaiveDate, island: &str) -> serde_json::Value {
        features(data, date).into_iter().find(|f| f["id"] == island).expect("every island is a feature")
    }

    #[test]
    fn contested_means_two_parties_with_incompatible_positions() {
        let contested = |positions: &[(&str, &str)]| {
            let positions: Vec<(String, &str, &str, &[&str], &str)> = positions
                .iter()
                .enumerate()
                .map(|(i, (holder, stance))| (format!("p{i}"), *holder, *stance, &["isle"][..], "1990/.."))
                .collect();
            let positions: Vec<_> = positions.iter().map(|(id, h, s, i, p)| (id.as_str(), *h, *s, *i, *p)).collect();
            feature(&places(&positions), day(2000, 1, 1), "isle")["properties"]["contested"].clone()
        };
        assert_eq!(contested(&[("a", "claims_sovereignty")]), "no", "a sole claimant");
        assert_eq!(
            contested(&[("a", "claims_sovereignty"), ("b", "administers")]),
            "definite",
            "claimant and administrator"
        );
        assert_eq!(contested(&[("a", "demands_transfer"), ("b", "administers")]), "definite", "a demand is a claim");
        assert_eq!(contested(&[("a", "claims_sovereignty"), ("b", "claims_sovereignty")]), "definite", "two claimants");
        assert_eq!(
            contested(&[("a", "claims_sovereignty"), ("a", "administers")]),
            "no",
            "a claimant that administers"
        );
        assert_eq!(
            contested(&[("a", "claims_sovereignty"), ("a", "administers"), ("b", "claims_sovereignty")]),
            "definite",
            "a claimant that administers against another claimant"
        );
        assert_eq!(contested(&[("a", "administers")]), "no", "administration that nobody disputes");
        // The rule of derived disputes (Contention): a demand contests only the party it is
        // made of. Since version 3 a party that claims nothing contests nothing, whatever it
        // disputes (version 2 said true here).
        assert_eq!(contested(&[("a", "demands_transfer:c"), ("b", "administers")]), "no", "a demand of a third party");
        assert_eq!(
            contested(&[("a", "disputes_sovereignty_of:b"), ("b", "administers")]),
            "no",
            "disputed sovereignty without a claim"
        );
        assert_eq!(
            contested(&[("a", "disputes_sovereignty_of:c"), ("b", "administers")]),
            "no",
            "another's sovereignty"
        );
        assert_eq!(contested(&[("a", "leases:b"), ("b", "claims_sovereignty")]), "no", "a lease from the claimant");
        // Version 3: a lease is never a hold in the lessee's own right (version 2 said true).
        assert_eq!(contested(&[("a", "leases:c"), ("b", "claims_sovereignty")]), "no", "a lease from a third party");
        assert_eq!(contested(&[]), "no", "nobody");
    }

    #[test]
    fn the_halves_of_a_divided_island_are_not_contested() {
        // Both claim the whole island until a settlement divides it; then each claims its
        // half, and one of them also administers its own.
        let data = places(&[
            ("a-whole", "a", "claims_sovereignty", &["split"], "1973/2022-06-13"),
            ("b-whole", "b", "claims_sovereignty", &["split"], "1973/2022-06-13"),
            ("a-east", "a", "claims_sovereignty", &["split-east"], "2022-06-14/.."),
            ("a-east-held", "a", "administers", &["split-east"], "2022-06-14/.."),
            ("b-west", "b", "claims_sovereignty", &["split-west"], "2022-06-14/.."),
        ]);
        let contested = |date, island| feature(&data, date, island)["properties"]["contested"].clone();
        for island in ["split", "split-east", "split-west"] {
            assert_eq!(contested(day(2000, 1, 1), island), "definite", "{island} before the settlement");
            assert_eq!(contested(day(2023, 1, 1), island), "no", "{island} after the settlement");
        }
        // The whole island is still claimed after the settlement, half by each.
        let whole = feature(&data, day(2023, 1, 1), "split");
        assert_eq!(parties(&whole, "claimed_by"), ["a", "b"]);
        assert_eq!(parties(&whole, "administered_by"), ["a"]);
    }

    #[test]
    fn group_features_count_positions_on_their_members() {
        let data = places(&[
            ("a-islet", "a", "administers", &["islet"], "1990/.."),
            ("b-atoll", "b", "claims_sovereignty", &["atoll"], "1990/.."),
        ]);
        for island in ["atoll", "islet"] {
            let f = feature(&data, day(2000, 1, 1), island);
            assert_eq!(parties(&f, "administered_by"), ["a"], "{island}");
            assert_eq!(parties(&f, "claimed_by"), ["b"], "{island}");
            assert_eq!(f["properties"]["contested"], "definite", "{island}");
        }
    }

    #[test]
    fn every_feature_lists_what_the_island_query_answers() {
        use island_claims::Stance;
        let ids = |f: &serde_json::Value, key: &str| -> Vec<String> {
            f["properties"][key]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| e["position"].as_str().unwrap().to_owned())
                .collect()
        };
        let dates = [day(1945, 8, 1), day(1956, 6, 1), day(1956, 12, 12), day(1980, 1, 1), day(2021, 6, 4)];
        for data in [&tiny(), kuril()] {
            for date in dates {
                for (f, island) in features(data, date).iter().zip(data.islands()) {
                    let answer = data.query().island(&island.id).during(date).run().unwrap();
                    let expected = |keep: &dyn Fn(Stance) -> bool| -> Vec<String> {
                        answer.iter().filter(|m| keep(m.stance())).map(|m| m.position().id.to_string()).collect()
                    };
                    assert_eq!(ids(f, "administered_by"), expected(&Stance::is_control), "{} {date}", island.id);
                    assert_eq!(ids(f, "claimed_by"), expected(&Stance::is_claim), "{} {date}", island.id);
                }
            }
        }
    }

    #[test]
    fn the_geojson_crate_reads_it_back() {
        let mut out = Vec::new();
        geojson::write(kuril(), day(1956, 10, 19), &mut out).unwrap();
        let parsed: ::geojson::GeoJson = String::from_utf8(out).unwrap().parse().unwrap();
        assert!(
            matches!(parsed, ::geojson::GeoJson::FeatureCollection(fc) if fc.features.len() == kuril().islands().len())
        );
    }
}

#[cfg(feature = "csv")]
mod csv {
    use super::*;
    use island_claims::export::csv;

    fn table(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = ::csv::ReaderBuilder::new().from_reader(bytes);
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = r
            .records()
            .map(|rec| {
                let rec = rec.expect("every row parses");
                assert_eq!(rec.len(), header.len(), "every row has every column");
                rec.iter().map(str::to_owned).collect()
            })
            .collect();
        (header, rows)
    }

    fn iso_or_empty(s: &str) {
        assert!(s.is_empty() || chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok(), "'{s}'");
    }

    #[test]
    fn one_row_per_position() {
        for data in [&tiny(), kuril()] {
            let mut out = Vec::new();
            csv::write_positions(data, &mut out).unwrap();
            let (header, rows) = table(&out);
            assert_eq!(header, csv::POSITION_COLUMNS);
            let col = |n: &str| header.iter().position(|c| c == n).unwrap();
            let ids: Vec<&str> = rows.iter().map(|r| r[col("id")].as_str()).collect();
            let expected: Vec<&str> = data.all_positions().iter().map(|p| p.id.as_str()).collect();
            assert_eq!(ids, expected);
            for (row, p) in rows.iter().zip(data.all_positions()) {
                assert_eq!(row[col("period_edtf")], p.period.as_str());
                assert_eq!(row[col("stance")], p.stance.to_string());
                for c in ["hull_first", "hull_last", "core_first", "core_last"] {
                    iso_or_empty(&row[col(c)]);
                }
                assert_eq!(row[col("hull_first")], p.period.hull().first().map(|d| d.to_string()).unwrap_or_default());
                assert_eq!(row[col("hull_last")], p.period.hull().last().map(|d| d.to_string()).unwrap_or_default());
            }
        }
    }

    #[test]
    fn one_row_per_event() {
        for data in [&tiny(), kuril()] {
            let mut out = Vec::new();
            csv::write_events(data, &mut out).unwrap();
            let (header, rows) = table(&out);
            assert_eq!(header, csv::EVENT_COLUMNS);
            assert_eq!(rows.len(), data.events().len());
            for (row, e) in rows.iter().zip(data.events()) {
                assert_eq!(row[0], e.id.as_str());
                assert_eq!(row[3], e.when.as_str());
                iso_or_empty(&row[4]);
                iso_or_empty(&row[5]);
                assert_eq!(row[6], e.title);
            }
        }
    }
}

#[cfg(feature = "schema")]
mod schema {
    use super::*;
    use island_claims::export::schema;

    const COMMITTED: &str = include_str!("../schema/island-claims.schema.json");

    fn validator() -> jsonschema::Validator {
        jsonschema::options()
            // Standard formats only (`uri`): EDTF is a pattern, no custom format is needed.
            .should_validate_formats(true)
            .build(&schema::dataset_schema())
            .expect("the schema is a valid JSON Schema")
    }

    fn errors(json: &serde_json::Value) -> Vec<String> {
        validator().iter_errors(json).map(|e| format!("{} at {}", e, e.instance_path())).collect()
    }

    #[test]
    fn the_committed_schema_is_current() {
        assert!(
            COMMITTED == schema::dataset_schema_json(),
            "schema/island-claims.schema.json is out of date; regenerate it with\n  \
             cargo run --example export --all-features -- --format schema --out schema/island-claims.schema.json"
        );
    }

    #[test]
    fn the_datasets_validate() {
        let kuril: serde_json::Value = serde_json::from_str(island_claims::datasets::kuril_json()).unwrap();
        assert_eq!(errors(&kuril), Vec::<String>::new());
        let tiny: serde_json::Value = serde_json::from_str(include_str!("data/tiny.json")).unwrap();
        assert_eq!(errors(&tiny), Vec::<String>::new());
        // What the library writes, the schema accepts.
        let written: serde_json::Value = serde_json::from_str(&super::tiny().to_json()).unwrap();
        assert_eq!(errors(&written), Vec::<String>::new());
    }

    #[test]
    fn every_fixture_that_loads_validates() {
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            if Dataset::from_json(&text).is_ok() {
                let json: serde_json::Value = serde_json::from_str(&text).unwrap();
                assert_eq!(errors(&json), Vec::<String>::new(), "{}", path.display());
            }
        }
    }

    #[test]
    fn a_misspelt_field_is_refused() {
        let mut json: serde_json::Value = serde_json::from_str(include_str!("data/tiny.json")).unwrap();
        let position = json["positions"][0].as_object_mut().unwrap();
        let period = position.remove("period").unwrap();
        position.insert("peroid".into(), period);
        let errs = errors(&json);
        assert!(errs.iter().any(|e| e.contains("peroid")), "{errs:?}");
        // The library refuses it too.
        assert!(Dataset::from_json(&json.to_string()).is_err());
    }

    #[test]
    fn bad_values_are_refused() {
        let tiny: serde_json::Value = serde_json::from_str(include_str!("data/tiny.json")).unwrap();
        let cases: [(&str, serde_json::Value); 6] = [
            ("/islands/0/id", "South Kurils".into()),
            ("/positions/0/stance", "claims".into()),
            ("/positions/0/period", "1956-13".into()),
            ("/islands/1/location/lat", 95.0.into()),
            ("/format", "island-claims/4".into()),
            ("/parties/0/wikidata", "Q017".into()),
        ];
        for (pointer, bad) in cases {
            let mut json = tiny.clone();
            *json.pointer_mut(pointer).unwrap() = bad;
            assert!(!errors(&json).is_empty(), "{pointer}");
            assert!(Dataset::from_json(&json.to_string()).is_err(), "{pointer}");
        }
    }
}
