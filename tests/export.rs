//! The exports, read back with independent parsers: the SVG as XML (roxmltree), the GeoJSON
//! and PLOVER as plain JSON (serde_json), the CSV with a CSV reader, and datasets checked
//! against the JSON Schema by an independent validator (jsonschema).
//!
//! Each module runs when its crate feature is on; `cargo test --all-features` runs them all.

use island_claims::Dataset;

fn tiny() -> Dataset {
    Dataset::from_json(include_str!("data/tiny.json")).expect("tiny.json loads")
}

fn kuril() -> &'static Dataset {
    island_claims::datasets::kuril()
}

/// Whether a period may hold at some time in the years `from..=to`.
#[cfg(feature = "svg")]
fn in_years(p: &island_claims::Period, from: i32, to: i32) -> bool {
    let hull = p.hull();
    hull.first().is_none_or(|d| chrono::Datelike::year(&d) <= to)
        && hull.last().is_none_or(|d| chrono::Datelike::year(&d) >= from)
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

#[cfg(feature = "svg")]
mod svg {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;
    use island_claims::export::svg::{RowKind, Timeline, TimelineError};

    /// The rows of a picture: row id → the positions banded in it.
    fn rows(svg: &str) -> BTreeMap<String, BTreeSet<String>> {
        let doc = roxmltree::Document::parse(svg).expect("the SVG is well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "svg");
        assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
        let mut rows = BTreeMap::new();
        for row in root.descendants().filter(|n| n.attribute("class") == Some("row")) {
            let bands = row
                .descendants()
                .filter(|n| n.attribute("class") == Some("band"))
                .map(|b| {
                    // Every band says what it is on hover.
                    let title = b.children().find(|c| c.has_tag_name("title")).expect("a band has a title");
                    assert!(!title.text().unwrap_or_default().is_empty());
                    b.attribute("data-position").unwrap().to_owned()
                })
                .collect();
            let previous = rows.insert(row.attribute("data-row").unwrap().to_owned(), bands);
            assert!(previous.is_none(), "one row per island");
        }
        rows
    }

    fn events(svg: &str) -> BTreeSet<String> {
        let doc = roxmltree::Document::parse(svg).unwrap();
        doc.descendants()
            .filter(|n| n.attribute("class") == Some("event"))
            .map(|n| {
                assert!(n.children().any(|c| c.has_tag_name("title")), "an event marker has a title");
                n.attribute("data-event").unwrap().to_owned()
            })
            .collect()
    }

    fn set(ids: &[&str]) -> BTreeSet<String> {
        ids.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_row_per_island_and_a_band_per_position_in_range() {
        let data = tiny();
        let svg = Timeline::new().from_year(1940).to_year(2025).render(&data).unwrap();
        let rows = rows(&svg);
        // The region has no row of its own; the Habomai islet shares its group's row.
        assert_eq!(rows.keys().cloned().collect::<BTreeSet<_>>(), set(&["habomai", "iturup", "kunashir", "shikotan"]));
        let all = ["ussr-administers", "russia-administers", "japan-four"];
        assert_eq!(rows["iturup"], set(&all));
        let mut shikotan = all.to_vec();
        shikotan.extend(["ussr-promise-1956", "japan-two-per-putin", "ussr-plan-1972"]);
        assert_eq!(rows["shikotan"], set(&shikotan));
        assert_eq!(rows["habomai"], rows["shikotan"]);
        assert_eq!(events(&svg), data.events().iter().map(|e| e.id.to_string()).collect());
    }

    #[test]
    fn years_clip_what_is_drawn() {
        let data = tiny();
        let svg = Timeline::new().from_year(1973).to_year(1990).render(&data).unwrap();
        let rows = rows(&svg);
        for (row, bands) in &rows {
            let expected: BTreeSet<String> = data
                .all_positions()
                .iter()
                .filter(|p| in_years(&p.period, 1973, 1990))
                .filter(|p| data.covered_islands(&p.id).unwrap().iter().any(|i| i == row.as_str()))
                .map(|p| p.id.to_string())
                .collect();
            assert_eq!(bands, &expected, "{row}");
        }
        assert_eq!(rows["shikotan"], set(&["ussr-administers", "japan-four"]));
        assert!(events(&svg).is_empty());
    }

    #[test]
    fn the_kuril_timeline_has_every_island_and_every_position() {
        let data = kuril();
        let svg = Timeline::new().from_year(1855).to_year(2025).render(data).unwrap();
        let rows = rows(&svg);
        for island in ["iturup", "kunashir", "shikotan", "habomai"] {
            assert!(rows.contains_key(island), "{island}");
        }
        // Islets of the Habomai group share its row.
        assert!(!rows.contains_key("suisho"));
        let drawn: BTreeSet<&String> = rows.values().flatten().collect();
        for p in data.all_positions().iter().filter(|p| in_years(&p.period, 1855, 2025)) {
            assert!(drawn.contains(&p.id.to_string()), "{} is drawn", p.id);
        }
    }

    #[test]
    fn rows_per_party_and_a_chosen_island() {
        let data = tiny();
        let svg = Timeline::new().rows(RowKind::Parties).island("suisho".parse().unwrap()).render(&data).unwrap();
        let rows = rows(&svg);
        assert_eq!(rows.keys().cloned().collect::<BTreeSet<_>>(), set(&["japan", "russia", "ussr"]));
        // Both of Japan's positions reach the islet: the four islands, and Habomai per Putin.
        assert_eq!(rows["japan"], set(&["japan-four", "japan-two-per-putin"]));
        // Only parties with a band in the years get a row: the USSR's end in 1991.
        let svg = Timeline::new().rows(RowKind::Parties).from_year(1995).to_year(2000).render(&data).unwrap();
        assert_eq!(self::rows(&svg).keys().cloned().collect::<BTreeSet<_>>(), set(&["japan", "russia"]));
        let svg = Timeline::new().island("suisho".parse().unwrap()).render(&data).unwrap();
        assert_eq!(self::rows(&svg).keys().cloned().collect::<Vec<_>>(), ["suisho"]);
    }

    #[test]
    fn refused_selections_say_why() {
        let data = tiny();
        let t = Timeline::new();
        assert_eq!(
            t.clone().party("china".parse().unwrap()).render(&data),
            Err(TimelineError::UnknownParty("china".parse().unwrap()))
        );
        assert_eq!(t.clone().from_year(0).render(&data), Err(TimelineError::YearOutOfRange(0)));
        let empty = Dataset::from_json(r#"{"format": "island-claims/1"}"#).unwrap();
        assert_eq!(t.clone().render(&empty), Err(TimelineError::NothingDated));
        // With years, an empty dataset is an empty picture, not an error.
        assert!(rows(&t.from_year(2000).to_year(2001).render(&empty).unwrap()).is_empty());
    }

    /// A dataset of one island, one party and one source, with these positions
    /// (id, stance, period) and events (id, when), all attributed to the source.
    fn dated(published: &str, positions: &[(&str, &str, &str)], events: &[(&str, &str)]) -> Dataset {
        let positions: Vec<serde_json::Value> = positions
            .iter()
            .map(|(id, stance, period)| {
                serde_json::json!({"id": id, "holder": "a", "stance": stance, "islands": ["isle"],
                    "period": period, "attributions": [{"source": "s"}]})
            })
            .collect();
        let events: Vec<serde_json::Value> = events
            .iter()
            .map(|(id, when)| {
                serde_json::json!({"id": id, "kind": "statement", "when": when, "title": id,
                    "participants": [{"party": "a", "role": "speaker"}], "islands": ["isle"],
                    "attributions": [{"source": "s"}]})
            })
            .collect();
        let json = serde_json::json!({
            "format": "island-claims/1",
            "islands": [{"id": "isle", "kind": "island", "names": {"en": "Isle"}}],
            "parties": [{"id": "a", "kind": "state", "names": {"en": "A"}}],
            "sources": [{"id": "s", "kind": "news_report", "title": "S", "published": published}],
            "events": events,
            "positions": positions,
        });
        Dataset::from_json(&json.to_string()).expect("the dated fixture loads")
    }

    /// The picture's title.
    fn title(svg: &str) -> String {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let heading = doc.descendants().find(|n| n.attribute("class") == Some("heading")).unwrap();
        heading.descendants().find(|n| n.has_tag_name("text")).and_then(|n| n.text()).unwrap().trim().to_owned()
    }

    /// The x where the time axis ends, and where the band of `position` ends (its faded hull).
    fn right_edges(svg: &str, position: &str) -> (f64, f64) {
        let doc = roxmltree::Document::parse(svg).unwrap();
        let num = |n: roxmltree::Node<'_, '_>, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
        let axis = doc.descendants().find(|n| n.attribute("class") == Some("axis axis-top")).unwrap();
        let axis_end = num(axis.children().find(|n| n.has_tag_name("line")).unwrap(), "x2");
        let band = doc.descendants().find(|n| n.attribute("data-position") == Some(position)).unwrap();
        let hull = band.children().find(|n| n.has_tag_name("rect")).unwrap();
        (axis_end, num(hull, "x") + num(hull, "width"))
    }

    #[test]
    fn the_default_years_reach_the_last_dated_source() {
        // Issue 10: one open-ended claim and a source of 2014 drew "Island claims, 1895–1895".
        let data = dated("2014", &[("claim", "claims_sovereignty", "1895-01-14/..")], &[]);
        let svg = Timeline::new().render(&data).unwrap();
        assert_eq!(title(&svg), "Island claims, 1895\u{2013}2014");
        // The open end runs to the right edge of the picture, and on beyond it (an arrow).
        let (axis_end, band_end) = right_edges(&svg, "claim");
        assert!((axis_end - band_end).abs() < 0.01, "the band ends at {band_end}, the axis at {axis_end}");
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let band = doc.descendants().find(|n| n.attribute("data-position") == Some("claim")).unwrap();
        assert!(band.children().any(|n| n.has_tag_name("polygon")), "an open end is drawn as running on");
    }

    #[test]
    fn the_default_years_reach_the_last_reading_of_every_date() {
        // An end known only to the decade reaches its last year; an event may be later still.
        let data = dated("1950", &[("held", "administers", "1950/197X")], &[]);
        assert_eq!(title(&Timeline::new().render(&data).unwrap()), "Island claims, 1950\u{2013}1979");
        let data = dated("1950", &[("held", "administers", "1950/197X")], &[("said", "1985-03")]);
        assert_eq!(title(&Timeline::new().render(&data).unwrap()), "Island claims, 1950\u{2013}1985");
        // Open ends are not dates: with nothing dated after the start, the picture ends with
        // the start's year and the band runs out at its right edge.
        let data = dated("1895", &[("claim", "claims_sovereignty", "1895-01-14/..")], &[]);
        let svg = Timeline::new().render(&data).unwrap();
        assert_eq!(title(&svg), "Island claims, 1895\u{2013}1895");
        let (axis_end, band_end) = right_edges(&svg, "claim");
        assert!((axis_end - band_end).abs() < 0.01);
        // A source dated only to its century counts from the first year it may be of, so
        // that "20XX" does not stretch the picture to 2099.
        let data = dated("20XX", &[("claim", "claims_sovereignty", "1895-01-14/..")], &[]);
        assert_eq!(title(&Timeline::new().render(&data).unwrap()), "Island claims, 1895\u{2013}2000");
    }

    #[test]
    fn a_selection_reaches_the_sources_of_what_it_shows() {
        // Only the sources behind the positions and events drawn set the end of a selection.
        let mut b = dated("2014", &[("claim", "claims_sovereignty", "1895-01-14/..")], &[]).to_builder();
        let mut late = b.sources_mut()[0].clone();
        late.id = "later".parse().unwrap();
        late.published = Some("2020".parse().unwrap());
        b.sources_mut().push(late);
        let data = b.build().unwrap();
        assert_eq!(title(&Timeline::new().render(&data).unwrap()), "Island claims, 1895\u{2013}2020");
        let isle = Timeline::new().island("isle".parse().unwrap()).render(&data).unwrap();
        assert_eq!(title(&isle), "Isle: claims and control, 1895\u{2013}2014");
        let a = Timeline::new().party("a".parse().unwrap()).render(&data).unwrap();
        assert_eq!(title(&a), "Positions of A, 1895\u{2013}2014");
    }

    #[test]
    fn text_from_the_data_is_escaped() {
        let mut b = tiny().to_builder();
        b.events_mut()[0].title = "<b>\"Tom & Jerry\"</b> \u{1} ']]>".into();
        b.islands_mut()[1].names = island_claims::Names::new().with_name("en", "<Iturup> & \"co\"").unwrap();
        let data = b.build().unwrap();
        let svg = Timeline::new().render(&data).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let texts: String = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains("<b>\"Tom & Jerry\"</b>  ']]>"));
        assert!(texts.contains("<Iturup> & \"co\""));
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

/// The timeline's disputes row: a band per derived dispute in the years shown, faded over its
/// possible days and solid over its definite ones, narrowed by the island or party asked.
#[cfg(feature = "svg")]
#[test]
fn the_timeline_draws_a_band_per_dispute() {
    use island_claims::export::svg::Timeline;
    let data = island_claims::datasets::kuril();
    let svg = Timeline::new().from_year(1940).disputes().render(data).unwrap();
    let count = |svg: &str| svg.matches(r#"<g class="dispute""#).count();
    assert_eq!(count(&svg), data.disputes().len());
    // Japan's ongoing dispute over the four: its title, a faded hull and a solid run per
    // definite run of days.
    let at = svg.find("Japan – Soviet Union then Russian Federation").unwrap();
    let band = &svg[at..svg[at..].find("</g>").unwrap() + at];
    // From the Soviet occupation of Iturup, as the second review of the data dates it.
    assert!(band.contains("1945-08-28/.."));
    let d = data
        .disputes()
        .into_iter()
        .find(|d| d.territory().as_str() == "south-kurils" && d.parties()[0].as_str() == "japan")
        .unwrap();
    assert_eq!(band.matches("fill-opacity=\"0.85\"").count(), d.definite().count());
    assert_eq!(band.matches("fill-opacity=\"0.28\"").count(), 1);
    // Without the option, no disputes row; with a party, only its disputes.
    assert_eq!(count(&Timeline::new().from_year(1940).render(data).unwrap()), 0);
    // Since version 3 the United States, which disputed Soviet sovereignty but claimed
    // nothing, is in no dispute (version 2 drew two); Japan is in two.
    let us = Timeline::new().from_year(1940).party("united-states".parse().unwrap()).disputes().render(data).unwrap();
    assert_eq!(count(&us), 0);
    let japan = Timeline::new().from_year(1940).party("japan".parse().unwrap()).disputes().render(data).unwrap();
    assert_eq!(count(&japan), 2);
    // Before 1945 there is none, and no empty row is drawn.
    let early = Timeline::new().from_year(1900).to_year(1940).disputes().render(data).unwrap();
    assert!(!early.contains(r#"data-row="disputes""#));
}
