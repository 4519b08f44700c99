//! The embedded Kuril dataset: it loads, with no errors and no unexplained warnings, and every
//! record is attributed to dated sources.

use island_claims::datasets;

#[test]
fn loads_without_errors_or_warnings() {
    let data = island_claims::Dataset::from_json(datasets::kuril_json()).expect("the embedded dataset loads");
    assert!(data.warnings().is_empty(), "unexplained warnings: {:#?}", data.warnings());
    assert_eq!(&data, datasets::kuril());
}

#[test]
fn is_the_same_dataset_on_every_call() {
    assert!(std::ptr::eq(datasets::kuril(), datasets::kuril()));
}

#[test]
fn covers_what_the_issue_asks_for() {
    let data = datasets::kuril();
    for island in ["iturup", "kunashir", "shikotan", "habomai", "south-kurils", "kuril-islands"] {
        assert!(data.island(&island.parse().expect("id")).is_some(), "{island}");
    }
    for party in ["japan", "ussr", "russia", "united-states", "putin", "tanaka"] {
        assert!(data.party(&party.parse().expect("id")).is_some(), "{party}");
    }
    assert!(data.events().len() >= 35, "{} events", data.events().len());
    let russia = data.party(&"russia".parse().expect("id")).expect("russia");
    let lines: Vec<&str> = russia.successor_of.iter().map(|l| l.party.as_str()).collect();
    assert_eq!(lines, ["ussr"]);
}

#[test]
fn every_record_is_attributed_and_every_source_dated() {
    let data = datasets::kuril();
    assert!(data.events().iter().all(|e| !e.attributions.is_empty()));
    assert!(data.all_positions().iter().all(|p| !p.attributions.is_empty()));
    for s in data.sources() {
        // A source known only through others that cite it has no url of its own; it says so.
        assert!(s.url.is_some() || s.note.is_some(), "source '{}' has neither url nor note", s.id);
        // Dated (published, or for a page of no date, accessed), or (version 3) known only
        // through a dated source that cites it: the
        // Politburo papers of 1972, through Kyodo's report of 2021.
        match s.published.as_ref().or(s.accessed.as_ref()) {
            Some(dated) => assert!(dated.earliest() <= dated.latest()),
            None => {
                assert!(s.written.is_some(), "source '{}' has neither a publication nor a writing date", s.id);
                let cited_by_dated = data.sources().iter().any(|c| c.published.is_some() && c.cites.contains(&s.id));
                assert!(cited_by_dated, "source '{}' is undated and no dated source cites it", s.id);
            }
        }
    }
}

#[test]
fn the_treaty_of_shimoda_is_stored_in_the_gregorian_calendar() {
    let data = datasets::kuril();
    let shimoda = data.events().iter().find(|e| e.title.contains("Shimoda")).expect("the 1855 treaty");
    let julian = island_claims::When::from_julian(1855, 1, 26).expect("a julian day");
    assert_eq!(shimoda.when.hull().first(), Some(julian.earliest()));
}
