//! The timeline picture, read back as XML with an independent parser (roxmltree) and, where
//! the machine has Chromium, opened in the browser: what an article needs of it holds (a
//! title, a lane per party and stance, labels cut only with an ellipsis, tooltips in prose,
//! whose account a position is, events drawn once, a complete legend, distinct colours).

#![cfg(feature = "svg")]

use std::collections::{BTreeMap, BTreeSet};

use island_claims::Dataset;
use island_claims::export::svg::{RowKind, Timeline, TimelineError};
use roxmltree::{Document, Node};

fn tiny() -> Dataset {
    Dataset::from_json(include_str!("data/tiny.json")).expect("tiny.json loads")
}

fn kuril() -> &'static Dataset {
    island_claims::datasets::kuril()
}

/// Whether a period may hold at some time in the years `from..=to`.
fn in_years(p: &island_claims::Period, from: i32, to: i32) -> bool {
    let hull = p.hull();
    hull.first().is_none_or(|d| chrono::Datelike::year(&d) <= to)
        && hull.last().is_none_or(|d| chrono::Datelike::year(&d) >= from)
}

fn parse(svg: &str) -> Document<'_> {
    let doc = Document::parse(svg).expect("the SVG is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    doc
}

fn has_class(n: Node<'_, '_>, class: &str) -> bool {
    n.attribute("class").is_some_and(|c| c.split(' ').any(|x| x == class))
}

/// The hover text of an element: its `<title>` child.
fn title_of<'a>(n: Node<'a, '_>) -> &'a str {
    n.children().find(|c| c.has_tag_name("title")).and_then(|t| t.text()).unwrap_or_default().trim()
}

/// The rows of a picture: row id → the positions banded in it.
fn rows(svg: &str) -> BTreeMap<String, BTreeSet<String>> {
    let doc = parse(svg);
    let mut rows = BTreeMap::new();
    for row in doc.descendants().filter(|n| n.attribute("class") == Some("row")) {
        let bands = row
            .descendants()
            .filter(|n| has_class(*n, "band"))
            .map(|b| {
                assert!(!title_of(b).is_empty(), "every band says what it is on hover");
                b.attribute("data-position").unwrap().to_owned()
            })
            .collect();
        let previous = rows.insert(row.attribute("data-row").unwrap().to_owned(), bands);
        assert!(previous.is_none(), "one row per island");
    }
    rows
}

/// The events drawn, each as often as it is drawn.
fn events(svg: &str) -> Vec<String> {
    let doc = parse(svg);
    let mut out: Vec<String> = doc
        .descendants()
        .filter(|n| has_class(*n, "event"))
        .flat_map(|n| {
            assert!(!title_of(n).is_empty(), "an event marker has a title");
            n.attribute("data-events").unwrap().split(' ').map(str::to_owned).collect::<Vec<_>>()
        })
        .collect();
    out.sort();
    out
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|s| (*s).to_owned()).collect()
}

/// The picture's title, as its heading shows it.
fn heading(svg: &str) -> String {
    let doc = parse(svg);
    let heading = doc.descendants().find(|n| n.attribute("class") == Some("heading")).unwrap();
    heading.descendants().find(|n| n.has_tag_name("text")).and_then(|n| n.text()).unwrap().trim().to_owned()
}

/// The labels of a picture: (class, text drawn, whole text).
fn labels(svg: &str) -> Vec<(String, String, String)> {
    let doc = parse(svg);
    doc.descendants()
        .filter(|n| n.has_tag_name("text") && has_class(*n, "label"))
        .map(|n| {
            // The text's own words, without its hover text: the writer puts each on a line.
            let text: String = n.children().filter(Node::is_text).filter_map(|c| c.text()).collect();
            let text = text.trim().to_owned();
            let whole = n.attribute("aria-label").map_or_else(|| text.clone(), str::to_owned);
            (n.attribute("class").unwrap().to_owned(), text, whole)
        })
        .collect()
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
    // Each event once, though most concern every row.
    let mut all_events: Vec<String> = data.events().iter().map(|e| e.id.to_string()).collect();
    all_events.sort();
    assert_eq!(events(&svg), all_events);
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
    // Every event in the years, exactly once.
    let drawn = events(&svg);
    let unique: BTreeSet<&String> = drawn.iter().collect();
    assert_eq!(unique.len(), drawn.len(), "no event is drawn twice");
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
    assert_eq!(t.clone().dispute(0).render(&data), Err(TimelineError::UnknownDispute(0)));
    let n = data.disputes().len();
    assert_eq!(t.clone().dispute(n + 1).render(&data), Err(TimelineError::UnknownDispute(n + 1)));
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

/// The x where the time axis ends, and where the band of `position` ends (its faded hull).
fn right_edges(svg: &str, position: &str) -> (f64, f64) {
    let doc = parse(svg);
    let num = |n: Node<'_, '_>, a: &str| n.attribute(a).unwrap().parse::<f64>().unwrap();
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
    assert_eq!(heading(&svg), "Island claims, 1895\u{2013}2014");
    // The open end runs to the right edge of the picture, and on beyond it (an arrow).
    let (axis_end, band_end) = right_edges(&svg, "claim");
    assert!((axis_end - band_end).abs() < 0.01, "the band ends at {band_end}, the axis at {axis_end}");
    let doc = parse(&svg);
    let band = doc.descendants().find(|n| n.attribute("data-position") == Some("claim")).unwrap();
    assert!(band.children().any(|n| n.has_tag_name("polygon")), "an open end is drawn as running on");
}

#[test]
fn the_default_years_reach_the_last_reading_of_every_date() {
    // An end known only to the decade reaches its last year; an event may be later still.
    let data = dated("1950", &[("held", "administers", "1950/197X")], &[]);
    assert_eq!(heading(&Timeline::new().render(&data).unwrap()), "Island claims, 1950\u{2013}1979");
    let data = dated("1950", &[("held", "administers", "1950/197X")], &[("said", "1985-03")]);
    assert_eq!(heading(&Timeline::new().render(&data).unwrap()), "Island claims, 1950\u{2013}1985");
    // Open ends are not dates: with nothing dated after the start, the picture ends with
    // the start's year and the band runs out at its right edge.
    let data = dated("1895", &[("claim", "claims_sovereignty", "1895-01-14/..")], &[]);
    let svg = Timeline::new().render(&data).unwrap();
    assert_eq!(heading(&svg), "Island claims, 1895\u{2013}1895");
    let (axis_end, band_end) = right_edges(&svg, "claim");
    assert!((axis_end - band_end).abs() < 0.01);
    // A source dated only to its century counts from the first year it may be of, so
    // that "20XX" does not stretch the picture to 2099.
    let data = dated("20XX", &[("claim", "claims_sovereignty", "1895-01-14/..")], &[]);
    assert_eq!(heading(&Timeline::new().render(&data).unwrap()), "Island claims, 1895\u{2013}2000");
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
    assert_eq!(heading(&Timeline::new().render(&data).unwrap()), "Island claims, 1895\u{2013}2020");
    let isle = Timeline::new().island("isle".parse().unwrap()).render(&data).unwrap();
    assert_eq!(heading(&isle), "Isle: claims and control, 1895\u{2013}2014");
    let a = Timeline::new().party("a".parse().unwrap()).render(&data).unwrap();
    assert_eq!(heading(&a), "Positions of A, 1895\u{2013}2014");
}

#[test]
fn text_from_the_data_is_escaped() {
    let mut b = tiny().to_builder();
    b.events_mut()[0].title = "<b>\"Tom & Jerry\"</b> \u{1} ']]>".into();
    b.islands_mut()[1].names = island_claims::Names::new().with_name("en", "<Iturup> & \"co\"").unwrap();
    let data = b.build().unwrap();
    let svg = Timeline::new().render(&data).unwrap();
    let doc = parse(&svg);
    let texts: String = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(texts.contains("<b>\"Tom & Jerry\"</b>  ']]>"));
    assert!(texts.contains("<Iturup> & \"co\""));
}

#[test]
fn the_picture_has_a_title_and_a_description() {
    let svg = Timeline::new().island("shikotan".parse().unwrap()).render(kuril()).unwrap();
    let doc = parse(&svg);
    let root = doc.root_element();
    let first: Vec<Node<'_, '_>> = root.children().filter(Node::is_element).take(2).collect();
    assert!(first[0].has_tag_name("title") && first[1].has_tag_name("desc"), "<title> and <desc> come first");
    let title = first[0].text().unwrap();
    assert_eq!(title, heading(&svg));
    assert!(title.starts_with("Shikotan: claims and control, 1855\u{2013}"), "{title}");
    let desc = first[1].text().unwrap();
    assert!(desc.starts_with("A timeline from 1855 to ") && desc.contains("Soviet Union"), "{desc}");
    assert_eq!(root.attribute("role"), Some("img"));
    assert_eq!(root.attribute("aria-labelledby"), Some("picture-title picture-desc"));
    assert_eq!(first[0].attribute("id"), Some("picture-title"));
    // A title asked for is the picture's title too.
    let svg = Timeline::new().title("The four islands").render(kuril()).unwrap();
    assert!(svg.contains(r#"<title id="picture-title">The four islands</title>"#));
}

/// The lanes of each row: row id → (party, stance, account) of each lane, in order.
fn lanes(svg: &str) -> BTreeMap<String, Vec<(String, String, Option<String>)>> {
    let doc = parse(svg);
    let mut out = BTreeMap::new();
    for row in doc.descendants().filter(|n| n.attribute("class") == Some("row")) {
        let lanes = row
            .children()
            .filter(|n| has_class(*n, "lane"))
            .map(|l| {
                let key = |a: &str| l.attribute(a).map(str::to_owned);
                (key("data-party").unwrap(), key("data-stance").unwrap(), key("data-account"))
            })
            .collect();
        out.insert(row.attribute("data-row").unwrap().to_owned(), lanes);
    }
    out
}

#[test]
fn each_lane_is_one_party_and_one_stance() {
    let data = kuril();
    for svg in [
        Timeline::new().from_year(1855).render(data).unwrap(),
        Timeline::new().rows(RowKind::Parties).island("shikotan".parse().unwrap()).render(data).unwrap(),
        Timeline::new().dispute(2).render(data).unwrap(),
    ] {
        let doc = parse(&svg);
        for (row, lanes) in lanes(&svg) {
            let unique: BTreeSet<_> = lanes.iter().collect();
            assert_eq!(unique.len(), lanes.len(), "one lane per party, stance and account in {row}");
        }
        // Every band of a lane is the lane's party's, in the lane's stance and account.
        for lane in doc.descendants().filter(|n| has_class(*n, "lane")) {
            for band in lane.children().filter(|n| has_class(*n, "band")) {
                let p = data.position(&band.attribute("data-position").unwrap().parse().unwrap()).unwrap();
                assert_eq!(lane.attribute("data-party"), Some(p.holder.as_str()));
                assert_eq!(lane.attribute("data-stance"), Some(p.stance.as_ref()));
            }
        }
    }
    // Shikotan's row: the USSR's claim and Japan's each have a lane, never one between them.
    let svg = Timeline::new().from_year(1855).render(data).unwrap();
    let shikotan = &lanes(&svg)["shikotan"];
    let claims: Vec<&str> = shikotan
        .iter()
        .filter(|(_, s, a)| s == "claims_sovereignty" && a.is_none())
        .map(|(p, _, _)| p.as_str())
        .collect();
    assert_eq!(claims, ["japan", "ussr", "russia"]);
}

#[test]
fn whose_account_a_position_is_shows() {
    // Japan's demand for two islands is Putin's account of it: a lane of its own, labelled so.
    let svg = Timeline::new().dispute(2).render(kuril()).unwrap();
    let japan = &lanes(&svg)["japan"];
    assert!(japan.contains(&("japan".to_owned(), "demands_transfer".to_owned(), Some("putin".to_owned()))));
    assert!(japan.contains(&("japan".to_owned(), "demands_transfer".to_owned(), None)));
    let lane_labels: Vec<String> =
        labels(&svg).into_iter().filter(|(c, _, _)| c.contains("lane-label")).map(|(_, _, whole)| whole).collect();
    assert!(lane_labels.contains(&"demands transfer (per Vladimir Putin)".to_owned()), "{lane_labels:?}");
    let doc = parse(&svg);
    let band =
        doc.descendants().find(|n| n.attribute("data-position") == Some("japan-two-islands-1956-per-putin")).unwrap();
    assert!(title_of(band).contains("(Vladimir Putin's account)"), "{}", title_of(band));
}

#[test]
fn the_1956_promise_is_labelled() {
    let svg = Timeline::new().island("shikotan".parse().unwrap()).rows(RowKind::Parties).render(kuril()).unwrap();
    let doc = parse(&svg);
    let lane = doc
        .descendants()
        .find(|n| has_class(*n, "lane") && n.attribute("data-stance") == Some("promised_transfer"))
        .expect("a lane of promises");
    assert_eq!(lane.attribute("data-party"), Some("ussr"));
    let band = lane.children().find(|n| n.attribute("data-position") == Some("ussr-promise-1956")).unwrap();
    let label = band.descendants().find(|n| has_class(*n, "band-label")).expect("the promise is labelled");
    assert_eq!(label.text().map(str::trim), Some("to Japan: Habomai Islands, Shikotan"));
    assert!(label.attribute("aria-label").is_none(), "whole, not cut");
    let title = title_of(band);
    assert!(
        title.starts_with(
            "Soviet Union has promised to transfer Habomai Islands and Shikotan to Japan, 1956-12-12 to 1960-01-27."
        ),
        "{title}"
    );
    // The lane's label says what the band is.
    let lane_labels: Vec<(String, String, String)> = labels(&svg);
    assert!(lane_labels.iter().any(|(c, text, _)| c.contains("lane-label") && text == "promised transfer"));
}

/// The stance words of a lane label (see the module docs of `export::svg`).
fn stance_words(stance: &str) -> &'static str {
    match stance {
        "administers" => "administers",
        "claims_sovereignty" => "claims sovereignty",
        "demands_transfer" => "demands transfer",
        "promised_transfer" => "promised transfer",
        "offers_transfer" => "offers transfer",
        "recognises_sovereignty_of" => "recognises sovereignty",
        "disputes_sovereignty_of" => "disputes sovereignty",
        "denies_dispute" => "denies a dispute",
        "acknowledges_dispute" => "acknowledges a dispute",
        "renounces" => "renounces",
        "supports_claim_of" => "supports a claim",
        other => panic!("no words for {other} in this test"),
    }
}

#[test]
fn labels_that_do_not_fit_are_cut_with_an_ellipsis_never_silently() {
    let data = kuril();
    let name = |id: &str| data.party(&id.parse().unwrap()).unwrap().names.english().unwrap().to_owned();
    for width in [480, 800, 1200] {
        let svg = Timeline::new().from_year(1855).width(width).render(data).unwrap();
        let doc = parse(&svg);
        let mut cut = 0;
        // Lane labels, against the words they must say: "Japan claims sovereignty (per ...)".
        for row in doc.descendants().filter(|n| n.attribute("class") == Some("row")) {
            for lane in row.children().filter(|n| has_class(*n, "lane")) {
                let mut whole = format!(
                    "{} {}",
                    name(lane.attribute("data-party").unwrap()),
                    stance_words(lane.attribute("data-stance").unwrap())
                );
                if let Some(a) = lane.attribute("data-account") {
                    whole.push_str(&format!(" (per {})", name(a)));
                }
                assert!(labels(&svg).iter().any(|(_, _, w)| *w == whole), "no label says {whole:?}");
            }
        }
        for (class, text, whole) in labels(&svg) {
            if text == whole {
                continue;
            }
            cut += 1;
            let kept =
                text.strip_suffix('\u{2026}').unwrap_or_else(|| panic!("{class}: {text:?} cut without an ellipsis"));
            assert!(whole.starts_with(kept.trim_end()), "{text:?} is not the start of {whole:?}");
        }
        if width == 480 {
            assert!(cut > 0, "a narrow picture cuts some labels");
        }
    }
}

#[test]
fn tooltips_are_prose_with_source_titles() {
    let data = kuril();
    let svg = Timeline::new().from_year(1855).disputes().render(data).unwrap();
    let doc = parse(&svg);
    let code = |t: &str| t.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').any(|w| w.contains('_'));
    for band in doc.descendants().filter(|n| has_class(*n, "band")) {
        let p = data.position(&band.attribute("data-position").unwrap().parse().unwrap()).unwrap();
        let title = title_of(band);
        let holder = data.party(&p.holder).unwrap().names.english().unwrap();
        assert!(title.starts_with(holder), "{title}");
        assert!(!code(title), "a code name in {title:?}");
        for a in &p.attributions {
            let source = data.source(&a.source).unwrap();
            assert!(title.contains(&format!("\u{201c}{}\u{201d}", source.title.trim())), "{title}");
        }
    }
    for marker in doc.descendants().filter(|n| has_class(*n, "event")) {
        let title = title_of(marker);
        for id in marker.attribute("data-events").unwrap().split(' ') {
            let e = data.event(&id.parse().unwrap()).unwrap();
            assert!(title.contains(e.title.trim_end_matches('.')), "{title}");
        }
        assert!(!code(title), "a code name in {title:?}");
    }
    for dispute in doc.descendants().filter(|n| has_class(*n, "dispute")) {
        let title = title_of(dispute);
        assert!(title.starts_with("Dispute between ") && !code(title), "{title}");
    }
    // The dispute over the four islands, in words.
    assert!(svg.contains(
        "Dispute between Japan and Soviet Union, then Russian Federation over South Kurils / Northern Territories"
    ));
}

/// The legend's words for a stance.
fn legend_words(stance: &str) -> &'static str {
    match stance {
        "administers" => "administers (de facto control)",
        "recognises_sovereignty_of" => "recognises sovereignty of",
        "disputes_sovereignty_of" => "disputes sovereignty of",
        "denies_dispute" => "denies a dispute exists",
        "supports_claim_of" => "supports the claim of",
        other => stance_words(other),
    }
}

#[test]
fn the_legend_names_every_mark() {
    let svg = Timeline::new().from_year(1855).disputes().render(kuril()).unwrap();
    let doc = parse(&svg);
    let legend = doc.descendants().find(|n| n.attribute("class") == Some("legend")).unwrap();
    let texts: BTreeSet<&str> =
        legend.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text()).map(str::trim).collect();
    for entry in [
        "surely held",
        "may have held (dates uncertain)",
        "began before the picture",
        "goes on after the picture",
        "start unknown",
        "an event (hover for what happened and its sources)",
        "an event over several days",
        "several events close together (how many)",
        "the most important are labelled; the events row shows each event once",
        "derived dispute: surely held, possibly held",
    ] {
        assert!(texts.contains(entry), "the legend lacks {entry:?}");
    }
    // Every party and stance drawn.
    for (_, lanes) in lanes(&svg) {
        for (party, stance, _) in lanes {
            let name = kuril().party(&party.parse().unwrap()).unwrap().names.english().unwrap();
            assert!(texts.contains(name), "{name}");
            assert!(texts.contains(legend_words(&stance)), "{stance}");
        }
    }
}

#[test]
fn events_are_drawn_once_and_the_weightiest_labelled() {
    let svg = Timeline::new().dispute(2).from_year(1940).render(kuril()).unwrap();
    let drawn = events(&svg);
    assert_eq!(drawn.iter().collect::<BTreeSet<_>>().len(), drawn.len());
    let event_labels: Vec<String> =
        labels(&svg).into_iter().filter(|(c, _, _)| c.contains("event-label")).map(|(_, t, _)| t).collect();
    assert!(event_labels.len() >= 8, "{event_labels:?}");
    assert!(event_labels.iter().any(|l| l.starts_with("Soviet-Japanese Joint Declaration")), "{event_labels:?}");
}

#[test]
fn colours_are_distinct_per_party() {
    // The Spratly dataset has more parties than the palette of ten had colours.
    let svg = Timeline::new().render(island_claims::datasets::spratly()).unwrap();
    let doc = parse(&svg);
    let mut colours: BTreeMap<String, String> = BTreeMap::new();
    for lane in doc.descendants().filter(|n| has_class(*n, "lane")) {
        let party = lane.attribute("data-party").unwrap().to_owned();
        let band = lane.descendants().find(|n| has_class(*n, "band")).unwrap();
        let fill = band.children().find(|n| n.has_tag_name("rect")).unwrap().attribute("fill").unwrap().to_owned();
        let previous = colours.insert(party.clone(), fill.clone());
        assert!(previous.is_none_or(|p| p == fill), "{party} has one colour");
    }
    assert!(colours.len() >= 11, "{colours:?}");
    let distinct: BTreeSet<&String> = colours.values().collect();
    assert_eq!(distinct.len(), colours.len(), "two parties share a colour: {colours:?}");
}

#[test]
fn an_unknown_start_is_marked_not_faded_to_the_edge() {
    let data =
        dated("2000", &[("held", "administers", "/1990-06-01"), ("older", "claims_sovereignty", "1900/1995")], &[]);
    let svg = Timeline::new().from_year(1950).render(&data).unwrap();
    let doc = parse(&svg);
    let band = |id: &str| doc.descendants().find(|n| n.attribute("data-position") == Some(id)).unwrap();
    let held = band("held");
    let question = |n: Node<'_, '_>| n.has_tag_name("text") && n.text().map(str::trim) == Some("?");
    assert!(held.descendants().any(question), "a question mark");
    assert!(!held.children().any(|n| n.has_tag_name("polygon")), "no arrow: it is not known to run on");
    // A start before the picture is an arrow at the edge.
    let older = band("older");
    assert!(older.children().any(|n| n.has_tag_name("polygon")));
    assert!(!older.descendants().any(question));
}

#[test]
fn a_view_per_island_and_per_dispute_of_every_dataset() {
    use island_claims::datasets;
    for data in
        [datasets::kuril(), datasets::liancourt_rocks(), datasets::chagos(), datasets::falklands(), datasets::spratly()]
    {
        for (n, d) in data.disputes().into_iter().enumerate() {
            let svg = Timeline::new().dispute(n + 1).render(data).unwrap();
            let doc = parse(&svg);
            let bands: Vec<&str> = doc
                .descendants()
                .filter(|n| has_class(*n, "dispute"))
                .filter_map(|n| n.attribute("data-dispute"))
                .collect();
            assert_eq!(bands, [(n + 1).to_string().as_str()]);
            let territory = data.island(d.territory()).unwrap().names.english().unwrap();
            assert!(heading(&svg).starts_with(territory), "{}", heading(&svg));
            for row in rows(&svg).keys().filter(|r| *r != "disputes") {
                assert!(d.side(0).chain(d.side(1)).any(|p| p.as_str() == row), "{row} is a side");
            }
        }
        for island in data.islands() {
            let svg = Timeline::new().island(island.id.clone()).render(data).unwrap();
            assert!(heading(&svg).starts_with(island.names.english().unwrap()));
        }
    }
}

/// The timeline's disputes row: a band per derived dispute in the years shown, faded over its
/// possible days and solid over its definite ones, narrowed by the island or party asked.
#[test]
fn the_timeline_draws_a_band_per_dispute() {
    let data = kuril();
    let svg = Timeline::new().from_year(1940).disputes().render(data).unwrap();
    let count = |svg: &str| svg.matches(r#"<g class="dispute""#).count();
    assert_eq!(count(&svg), data.disputes().len());
    // Japan's ongoing dispute over the four: its title, a faded hull and a solid run per
    // definite run of days.
    let at = svg.find("Dispute between Japan and Soviet Union, then Russian Federation").unwrap();
    let start = svg[..at].rfind("<g class=\"dispute\"").unwrap();
    let band = &svg[start..start + svg[start..].find("</g>").unwrap()];
    // From the Soviet occupation of Iturup, as the second review of the data dates it.
    assert!(band.contains("surely from 1945-08-28 on"), "{band}");
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

/// Opens the picture of Shikotan in Chromium, where the machine has it, and reads back from
/// the browser's own DOM and layout: the title, the labels and the tooltips are there, and
/// no label said to fit overflows its band or overlaps another event label. Skipped, saying
/// so, without `/usr/bin/chromium`.
#[test]
fn the_picture_opens_in_a_browser() {
    let chromium = std::path::Path::new("/usr/bin/chromium");
    if !chromium.exists() {
        eprintln!("SKIPPED the_picture_opens_in_a_browser: /usr/bin/chromium is absent (apt-get install chromium)");
        return;
    }
    let svg = Timeline::new().island("shikotan".parse().unwrap()).rows(RowKind::Parties).render(kuril()).unwrap();
    let dir = std::env::temp_dir().join(format!("island-claims-svg-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("page.html");
    std::fs::write(
        &page,
        format!("<!DOCTYPE html><html><body>{svg}<pre id=\"out\"></pre><script>{CHECK}</script></body></html>"),
    )
    .unwrap();
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1400,1200",
            &format!("--user-data-dir={}", dir.join("profile").display()),
            "--dump-dom",
            &format!("file://{}", page.display()),
        ])
        .output()
        .expect("chromium runs");
    let _ = std::fs::remove_dir_all(&dir);
    let dom = String::from_utf8_lossy(&out.stdout);
    let start = dom.find("<pre id=\"out\">").expect("the page was dumped") + "<pre id=\"out\">".len();
    let json = &dom[start..start + dom[start..].find("</pre>").unwrap()];
    let json = json.replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
    let r: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert!(r["title"].as_str().unwrap().starts_with("Shikotan: claims and control, 1855"), "{r}");
    assert!(r["desc"].as_str().unwrap().starts_with("A timeline from 1855"), "{r}");
    assert!(r["labels"].as_array().unwrap().iter().any(|l| l == "to Japan: Habomai Islands, Shikotan"), "{r}");
    assert!(r["labels"].as_array().unwrap().iter().any(|l| l == "promised transfer"), "{r}");
    assert!(r["tooltips"].as_array().unwrap().iter().any(|t| t.as_str().unwrap().starts_with(
        "Soviet Union has promised to transfer Habomai Islands and Shikotan to Japan, 1956-12-12 to 1960-01-27."
    )));
    assert!(r["bands"].as_u64().unwrap() > 20, "{r}");
    assert_eq!(r["overflowing"], serde_json::json!([]), "labels on bands that overflow them in the browser");
    assert_eq!(r["overlapping"], serde_json::json!([]), "event labels that overlap in the browser");
    assert_eq!(r["clipped"], serde_json::json!([]), "labels that run out of the picture in the browser");
    assert_eq!(r["covering"], serde_json::json!([]), "labels after a band that cover the next band");
    assert_eq!(r["column"], serde_json::json!([]), "row and lane labels that run into the time axis");
}

/// The script the browser runs on the page: what its DOM and layout say, as JSON.
const CHECK: &str = r#"
const svg = document.querySelector('svg');
const r = {
  title: svg.querySelector(':scope > title').textContent.trim(),
  desc: svg.querySelector(':scope > desc').textContent.trim(),
  // A label's own words, without the hover text some carry.
  labels: [...svg.querySelectorAll('text.label')]
    .map(t => [...t.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim()),
  tooltips: [...svg.querySelectorAll('g.band > title, g.event > title')].map(t => t.textContent.trim()),
  bands: svg.querySelectorAll('g.band').length,
  overflowing: [], overlapping: [], clipped: [], covering: [], column: [],
};
const rects = [...svg.querySelectorAll('g.band')].map(g => [g, g.querySelector('rect').getBBox()]);
const axis = svg.querySelector('g.axis-top line').getBBox().x;
const width = svg.viewBox.baseVal.width;
for (const band of svg.querySelectorAll('g.band')) {
  const rect = band.querySelector('rect').getBBox();
  const label = band.querySelector('text.band-label');
  if (!label) continue;
  const b = label.getBBox();
  const on = b.x < rect.x + rect.width;
  if (on && b.x + b.width > rect.x + rect.width + 1) r.overflowing.push(label.textContent);
  if (b.x + b.width > width) r.clipped.push(label.textContent);
  // A label after its band covers no other band of its track.
  for (const [other, o] of rects) {
    if (!on && other !== band && Math.abs(o.y - rect.y) < 1 && o.x < b.x + b.width && b.x < o.x + o.width) {
      r.covering.push(label.textContent.trim());
    }
  }
}
// The labels of rows and lanes stay in their column, left of the time axis.
for (const t of svg.querySelectorAll('text.row-label, text.lane-label')) {
  const b = t.getBBox();
  if (b.x + b.width > axis + 1) r.column.push(t.textContent.trim());
}
const boxes = [...svg.querySelectorAll('text.event-label')].map(t => [t.textContent, t.getBBox()]);
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const [a, p] = boxes[i], [b, q] = boxes[j];
  if (p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height) r.overlapping.push([a, b]);
}
document.getElementById('out').textContent = JSON.stringify(r);
"#;
