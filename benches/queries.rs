//! Indexed time queries against the fastest scan, at 10k, 100k and 1M synthetic positions.
//!
//! The scan to beat filters a `Vec` of pre-computed (first day, last day) pairs: no record is
//! touched and only indices are collected, so it is the cheapest way to answer without an
//! index. The indexed queries are the public ones, returning full [`Match`]es with their
//! certainty.
//!
//! Synthetic positions start on a uniform day of the 222 years from 1800 and last up to 80
//! days (a few with month precision, a handful open-ended), so that a day matches about
//! 0.05% of them and a year about 0.5%, as in the targets of issue 3.
//!
//! Run: `cargo bench --bench queries`; quicker: `cargo bench --bench queries -- --quick`.

use std::hint::black_box;
use std::time::Duration;

use chrono::{Datelike, NaiveDate};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use island_claims::{
    Attribution, Dataset, Island, IslandId, IslandKind, Party, PartyId, PartyKind, Position, PositionId, Source,
    SourceId, SourceKind, Stance,
};

/// A small deterministic random generator (PCG-like), so the bench needs no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// Days from the first synthetic start to the last.
const RANGE_DAYS: u64 = 81_000;

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(1800, 1, 1).unwrap_or_default()
}

fn synthetic(n: usize) -> Dataset {
    let id = |s: &str| s.parse::<IslandId>().unwrap();
    let mut b = Dataset::builder()
        .with_island(Island::new(id("region"), IslandKind::Region))
        .with_island(Island::new(id("east"), IslandKind::Island).with_part_of(id("region")))
        .with_island(Island::new(id("west"), IslandKind::Island).with_part_of(id("region")))
        .with_island(Island::new(id("north"), IslandKind::Island));
    let islands = [id("region"), id("east"), id("west"), id("north")];
    let parties: Vec<PartyId> = (0..50).map(|i| format!("party-{i}").parse().unwrap()).collect();
    for p in &parties {
        b = b.with_party(Party::new(p.clone(), PartyKind::State));
    }
    let sources: Vec<SourceId> = (0..10).map(|i| format!("source-{i}").parse().unwrap()).collect();
    for s in &sources {
        b = b.with_source(Source::new(s.clone(), SourceKind::Scholarship, "synthetic", "2000".parse().unwrap()));
    }
    let mut rng = Rng(0x5eed);
    let mut positions = Vec::with_capacity(n);
    for i in 0..n {
        let start = first_day() + chrono::Days::new(rng.below(RANGE_DAYS));
        let end = start + chrono::Days::new(rng.below(80));
        let period = match rng.below(1000) {
            0..40 => format!("{}-{:02}/{}-{:02}", start.year(), start.month(), end.year(), end.month()),
            40 if i % 1000 == 0 => format!("{start}/.."),
            _ => format!("{start}/{end}"),
        };
        let stance = if rng.below(2) == 0 { Stance::ClaimsSovereignty } else { Stance::Administers };
        let position = Position::new(
            format!("p-{i}").parse::<PositionId>().unwrap(),
            parties[rng.below(50) as usize].clone(),
            stance,
            vec![islands[rng.below(4) as usize].clone()],
            period.parse().unwrap(),
        )
        .with_attribution(Attribution::new(sources[rng.below(10) as usize].clone()));
        positions.push(position);
    }
    *b.positions_mut() = positions;
    b.into_dataset().unwrap()
}

/// The hull of every position as (first day, last day), open ends at the extremes.
fn pairs(data: &Dataset) -> Vec<(i32, i32)> {
    data.all_positions()
        .iter()
        .map(|p| {
            let h = p.period.hull();
            (h.first().map_or(i32::MIN, |d| d.num_days_from_ce()), h.last().map_or(i32::MAX, |d| d.num_days_from_ce()))
        })
        .collect()
}

fn scan(pairs: &[(i32, i32)], first: i32, last: i32) -> Vec<u32> {
    pairs.iter().enumerate().filter(|&(_, &(a, b))| a <= last && b >= first).map(|(i, _)| i as u32).collect()
}

/// Days and years to query, away from the ends of the synthetic range.
fn query_days() -> Vec<NaiveDate> {
    let mut rng = Rng(42);
    (0..16).map(|_| first_day() + chrono::Days::new(1000 + rng.below(RANGE_DAYS - 2000))).collect()
}

fn bench(c: &mut Criterion) {
    for n in [10_000, 100_000, 1_000_000] {
        let data = synthetic(n);
        let pairs = pairs(&data);
        let days = query_days();
        let years: Vec<i32> = days.iter().map(Datelike::year).collect();
        let hits = |f: &dyn Fn(usize) -> usize| (0..days.len()).map(f).sum::<usize>() as f64 / days.len() as f64;
        eprintln!(
            "{n} positions: a day matches {:.3}% on average, a year {:.3}%",
            100.0 * hits(&|i| data.positions_during(days[i]).len()) / n as f64,
            100.0 * hits(&|i| data.positions_during(years[i]).len()) / n as f64,
        );

        let mut group = c.benchmark_group(format!("date/{n}"));
        group.bench_function(BenchmarkId::new("scan", n), |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % days.len();
                let d = days[i].num_days_from_ce();
                black_box(scan(&pairs, d, d))
            })
        });
        group.bench_function(BenchmarkId::new("index", n), |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % days.len();
                black_box(data.positions_during(days[i]))
            })
        });
        group.finish();

        let mut group = c.benchmark_group(format!("year/{n}"));
        group.bench_function(BenchmarkId::new("scan", n), |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % years.len();
                let (first, last) = year_days(years[i]);
                black_box(scan(&pairs, first, last))
            })
        });
        group.bench_function(BenchmarkId::new("index", n), |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % years.len();
                black_box(data.positions_during(years[i]))
            })
        });
        group.finish();

        let party: PartyId = "party-7".parse().unwrap();
        let mut group = c.benchmark_group(format!("holder-year/{n}"));
        group.bench_function(BenchmarkId::new("index", n), |b| {
            let mut i = 0;
            b.iter(|| {
                i = (i + 1) % years.len();
                black_box(data.query().holder(&party).during(years[i]).run())
            })
        });
        group.finish();
    }
}

fn year_days(year: i32) -> (i32, i32) {
    let day = |m, d| NaiveDate::from_ymd_opt(year, m, d).map_or(0, |d| d.num_days_from_ce());
    (day(1, 1), day(12, 31))
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(2));
    targets = bench
}
criterion_main!(benches);
