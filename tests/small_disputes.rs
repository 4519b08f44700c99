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
