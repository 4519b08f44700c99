//! Queries as the dataset grows: each public query on seeded synthetic datasets of 10k, 100k
//! and 1M positions (`island_claims::synth`), so that the growth with n shows.
//!
//! - `claims_in_year` / `claims_at`: a year and a day chosen so that about 0.5% and 0.05% of
//!   the positions may hold then (`synth::year_matching`, `synth::date_matching`);
//! - `holder_in_year` / `island_in_year`: the `positions()` builder for the busiest holder and
//!   the most named island, in the year 2000;
//! - `as_known_at`: the view as known on 2000-01-01 (a new, re-indexed dataset);
//! - `conflicts`: every conflict of the dataset;
//! - `kuril`: the embedded dataset's first load and a year query on it.
//!
//! `cargo bench --bench scale` (add `-- --quick` for a rougher, faster run).

use std::collections::HashMap;
use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use island_claims::synth::{self, Config, SIZES};
use island_claims::{Dataset, IslandId, PartyId};

struct Case {
    n: usize,
    data: Dataset,
    day: NaiveDate,
    year: i32,
    holder: PartyId,
    island: IslandId,
}

fn cases() -> Vec<Case> {
    SIZES
        .iter()
        .map(|&n| {
            let data = synth::dataset(&Config::new(n)).expect("synthetic data");
            let day = synth::date_matching(&data, 0.0005).expect("a day");
            let year = synth::year_matching(&data, 0.005).expect("a year");
            let holder = busiest(data.all_positions().iter().map(|p| &p.holder));
            let island = busiest(data.all_positions().iter().flat_map(|p| &p.islands));
            Case { n, data, day, year, holder, island }
        })
        .collect()
}

/// The value that occurs most often (the smallest such, so the choice is stable).
fn busiest<'a, T: Clone + Ord + std::hash::Hash + 'a>(items: impl Iterator<Item = &'a T>) -> T {
    let mut counts: HashMap<&T, usize> = HashMap::new();
    for item in items {
        *counts.entry(item).or_default() += 1;
    }
    let (item, _) = counts.into_iter().max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0))).expect("not empty");
    item.clone()
}

fn configure(g: &mut BenchmarkGroup<'_, WallTime>, n: usize, heavy: bool) {
    let (samples, secs) = match (heavy, n) {
        (false, _) => (30, 2),
        (true, 0..=10_000) => (20, 3),
        (true, 10_001..=100_000) => (10, 5),
        (true, _) => (10, 10),
    };
    g.sample_size(samples).warm_up_time(Duration::from_millis(300)).measurement_time(Duration::from_secs(secs));
    if heavy {
        g.sampling_mode(SamplingMode::Flat);
    }
}

fn queries(c: &mut Criterion) {
    let cases = cases();
    let modern = 2000;

    let mut g = c.benchmark_group("claims_in_year");
    for case in &cases {
        configure(&mut g, case.n, false);
        g.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            b.iter(|| case.data.claims_during(black_box(case.year)));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("claims_at");
    for case in &cases {
        configure(&mut g, case.n, false);
        g.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            b.iter(|| case.data.claims_during(black_box(case.day)));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("holder_in_year");
    for case in &cases {
        configure(&mut g, case.n, false);
        g.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            b.iter(|| case.data.query().holder(&case.holder).during(black_box(modern)).run().expect("known"));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("island_in_year");
    for case in &cases {
        configure(&mut g, case.n, false);
        g.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            b.iter(|| case.data.query().island(&case.island).during(black_box(modern)).run().expect("known"));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("as_known_at");
    let day = NaiveDate::from_ymd_opt(modern, 1, 1).expect("a date");
    for case in &cases {
        configure(&mut g, case.n, true);
        g.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            b.iter_with_large_drop(|| case.data.as_known_at(black_box(day)));
        });
    }
    g.finish();

    let mut g = c.benchmark_group("conflicts");
    for case in &cases {
        configure(&mut g, case.n, true);
        g.bench_with_input(BenchmarkId::from_parameter(case.n), case, |b, case| {
            b.iter_with_large_drop(|| case.data.conflicts());
        });
    }
    g.finish();
}

fn kuril(c: &mut Criterion) {
    let mut g = c.benchmark_group("kuril");
    // `datasets::kuril()` keeps its first answer; its first call is this load.
    g.bench_function("first_call", |b| {
        b.iter_with_large_drop(|| Dataset::from_json(black_box(island_claims::datasets::kuril_json())).expect("valid"));
    });
    let data = island_claims::datasets::kuril();
    g.bench_function("claims_in_year_1956", |b| b.iter(|| data.claims_during(black_box(1956))));
    g.finish();
}

criterion_group!(benches, queries, kuril);
criterion_main!(benches);
