//! The generator's promises: exact sizes, validity, determinism, the advertised shape.
//! The 10k size class runs in `cargo test`, 100k with `--ignored`, 1M in the benches.

use std::collections::HashSet;

use super::*;
use crate::{PeriodEnd, Stance};

fn check_size_class(n: usize) {
    let config = Config::new(n);
    let data = dataset(&config).unwrap_or_else(|e| panic!("size {n}: {e}"));
    assert_eq!(data.all_positions().len(), n);
    assert!(data.warnings().is_empty(), "{:?}", data.warnings().first());

    // The JSON text loads, with no error and no warning, to the same dataset.
    let text = json(&config).expect("json");
    let loaded = Dataset::from_json(&text).expect("synthetic json loads");
    assert!(loaded.warnings().is_empty());
    assert!(loaded == data, "json and builder give the same records");

    // A fifth open-ended, give or take.
    let open = data.all_positions().iter().filter(|p| p.period.end() == &PeriodEnd::Open).count();
    let share = open as f64 / n as f64;
    assert!((0.15..=0.25).contains(&share), "open-ended share {share}");

    // The shape the module documents.
    let stances: HashSet<Stance> = data.all_positions().iter().map(|p| p.stance).collect();
    assert!(stances.len() >= 9, "stances used: {stances:?}");
    assert!(data.parties().iter().any(|p| !p.successor_of.is_empty()));
    assert!(data.islands().iter().any(|i| i.kind == crate::IslandKind::Group));
    assert!(data.all_positions().iter().any(|p| p.established_by.is_some()));
    assert!(data.sources().iter().any(|s| !s.cites.is_empty()));
    let shortest = data.all_positions().iter().filter_map(|p| p.period.core()).count();
    assert!(shortest > n / 2, "most positions surely held on some day");
}

#[test]
fn size_class_10k_validates() {
    check_size_class(10_000);
}

#[test]
#[ignore = "takes several seconds in a debug build: cargo test --release -- --ignored"]
fn size_class_100k_validates() {
    check_size_class(100_000);
}

#[test]
fn same_seed_same_bytes() {
    let c = Config::new(300);
    assert_eq!(json(&c).expect("json"), json(&c).expect("json"));
    assert_ne!(json(&c).expect("json"), json(&c.with_seed(1)).expect("json"));
}

#[test]
fn exact_sizes_small_and_odd() {
    for n in [0, 1, 7, 199, 200, 201, 1_000] {
        let data = dataset(&Config::new(n)).unwrap_or_else(|e| panic!("size {n}: {e}"));
        assert_eq!(data.all_positions().len(), n, "size {n}");
    }
}

#[test]
fn many_seeds_validate() {
    for seed in 0..20 {
        let data = dataset(&Config::new(2_000).with_seed(seed)).unwrap_or_else(|e| panic!("seed {seed}: {e}"));
        assert!(data.warnings().is_empty(), "seed {seed}: {:?}", data.warnings().first());
    }
}

#[test]
fn probes_find_days_of_the_asked_size() {
    let data = dataset(&Config::new(5_000)).expect("valid");
    let day = date_matching(&data, 0.01).expect("a day");
    let year = year_matching(&data, 0.05).expect("a year");
    let at = |p: &crate::Position| p.period.certainty_at(day).is_some();
    let n = data.all_positions().iter().filter(|p| at(p)).count();
    assert!((50..=80).contains(&n), "{n} positions at {day}");
    let in_year = data.all_positions().iter().filter(|p| p.period.certainty_during(crate::Span::year(year)).is_some());
    assert!(in_year.count() >= 250);
    assert_eq!(date_matching(&data, 2.0), None);
}

#[test]
fn the_lean_shape_is_as_documented() {
    let config = Config::new(5_000).with_shape(Shape::Lean);
    let text = json(&config).expect("json");
    let data = Dataset::from_json(&text).expect("the lean json loads");
    assert_eq!((data.all_positions().len(), data.islands().len(), data.parties().len()), (5_000, 500, 5));
    assert_eq!(data.sources().len(), 1);
    let per_position = text.len() / 5_000;
    assert!((130..=190).contains(&per_position), "{per_position} bytes of JSON per position");
    assert!(data.all_positions().iter().all(|p| p.islands.len() == 1 && p.note.is_none() && p.counterpart.is_none()));
    assert_eq!(json(&config).expect("json"), text, "deterministic");
}
