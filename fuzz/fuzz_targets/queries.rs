//! Queries over any loadable dataset: the first bytes choose the query arguments, the rest
//! is the dataset's JSON. No query may panic, and the answers must keep their promises.
#![no_main]

use chrono::NaiveDate;
use island_claims::{Certainty, Dataset, Span};
use libfuzzer_sys::fuzz_target;

fn day(n: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(n).unwrap_or(NaiveDate::MIN)
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 12 {
        return;
    }
    let (head, json) = data.split_at(12);
    let word = |i: usize| i32::from_le_bytes([head[i], head[i + 1], head[i + 2], head[i + 3]]);
    let Ok(dataset) = Dataset::from_json(&String::from_utf8_lossy(json)) else { return };

    let year = word(0);
    // Days within about ±11,000 years of year 1, so chrono can hold them.
    let a = day(word(4) % 4_000_000);
    let b = day(word(8) % 4_000_000);
    let span = Span::new(a.min(b), a.max(b)).expect("ordered");

    let in_year = dataset.positions_during(year);
    assert!(dataset.claims_during(year).len() <= in_year.len());
    let during = dataset.positions_during(span);
    let at_a = dataset.positions_during(a.min(b));
    // A day inside the span never matches more than the span.
    for m in &at_a {
        assert!(during.iter().any(|d| d.position().id == m.position().id));
    }
    let _ = dataset.claims_during(a);
    let _ = dataset.claims_during(span);

    let definite = dataset.positions().during(span).certainty(Certainty::Definite).run().expect("no filter by id");
    assert!(definite.iter().all(|m| m.certainty() == Certainty::Definite));
    assert!(definite.len() <= during.len());

    for party in dataset.parties() {
        let all = dataset.positions().holder(&party.id).follow_succession().during(year).run().expect("known");
        let own = dataset.positions().holder(&party.id).during(year).run().expect("known");
        assert!(own.len() <= all.len());
        let _ = dataset.changes(&party.id).expect("known");
    }
    for island in dataset.islands() {
        let _ = dataset.timeline(&island.id).expect("known");
        let _ = dataset.positions().island(&island.id).during(span).run().expect("known");
    }
    for source in dataset.sources() {
        let _ = dataset.positions().source(&source.id).run().expect("known");
    }
    let _ = dataset.conflicts();
    let view = dataset.as_known_at(a);
    assert!(view.all_positions().len() <= dataset.all_positions().len());
    if let Some(last) = dataset.latest_publication() {
        assert!(dataset.as_known_at(last) == dataset);
    }
});
