//! Two small disputes written in format island-claims/3 from sources read (issue 20):
//! Hans Island (Canada / Denmark, with Greenland) and Pedra Branca / Middle Rocks / South Ledge
//! (Malaysia / Singapore). Each test asks the public API what DESIGN.md says the answer is.
//! tests/data/SMALL-DISPUTES.md lists the sources and every fact that could not be written
//! without bending it.

use island_claims::Dataset;

fn hans() -> Dataset {
    Dataset::from_json(include_str!("data/hans-island.json")).expect("the Hans Island file loads")
}

#[test]
fn hans_loads() {
    let data = hans();
    assert!(data.warnings().is_empty(), "{:?}", data.warnings());
}

#[test]
fn debug_print() {
    let data = hans();
    for d in data.disputes() {
        println!("{:?} {} {} {:?} ended_by={:?}", d.parties(), d.territory(), d.period(), d.outcome(),
            d.ended_by().map(|e| e.id.to_string()).collect::<Vec<_>>());
        for i in d.per_island() { println!("  {} {} {:?}", i.island(), i.period(), i.outcome()); }
        for y in d.dyads() { println!("  dyad {:?} {}", y.parties(), y.period()); }
    }
    for c in data.conflicts() { println!("conflict {:?}", c); }
}

#[test]
fn debug_print_pb() {
    let data = Dataset::from_json(include_str!("data/pedra-branca.json")).unwrap_or_else(|e| panic!("{e}"));
    println!("warnings {:?}", data.warnings());
    for d in data.disputes() {
        println!("{:?} {} {} {:?} ended_by={:?} sides={:?}/{:?}", d.parties(), d.territory(), d.period(), d.outcome(),
            d.ended_by().map(|e| e.id.to_string()).collect::<Vec<_>>(), d.side(0).collect::<Vec<_>>(), d.side(1).collect::<Vec<_>>());
        for i in d.per_island() { println!("  {} {} {:?} {:?}", i.island(), i.period(), i.outcome(), i.outcome_event().map(|e| e.id.to_string())); }
    }
    for c in data.conflicts() { println!("conflict {:?}", c); }
}
