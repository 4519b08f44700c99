//! Loading and saving at scale: `Dataset::from_json` (parse, validate, index) and
//! `Dataset::to_json`, on seeded synthetic datasets of 10k, 100k and 1M positions.
//!
//! Then an edit's round trip at 10k and 100k: `to_builder` + `build` (each copies every
//! record) against `into_builder` + `into_dataset` (no copy; both validate and index).
//!
//! And `datasets::all()`'s first call: the five embedded datasets loaded and merged.
//!
//! `cargo bench --bench load` (add `-- --quick` for a faster, rougher run; `-- rebuild` for
//! the round trip only, `-- datasets_all` for the embedded datasets). Throughput is the
//! size of the JSON text read or written, so criterion reports MB/s. The 1M case takes
//! seconds per iteration and runs the minimum of ten samples.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main};
use island_claims::Dataset;
use island_claims::synth::{self, Config, SIZES};

fn load(c: &mut Criterion) {
    let mut read = c.benchmark_group("from_json");
    read.sampling_mode(SamplingMode::Flat);
    let mut texts = Vec::new();
    for n in SIZES {
        let json = synth::json(&Config::new(n)).expect("synthetic data");
        read.throughput(Throughput::Bytes(json.len() as u64));
        configure(&mut read, n);
        read.bench_with_input(BenchmarkId::from_parameter(n), &json, |b, json| {
            b.iter_with_large_drop(|| Dataset::from_json(black_box(json)).expect("valid"));
        });
        texts.push((n, json));
    }
    read.finish();

    let mut write = c.benchmark_group("to_json");
    write.sampling_mode(SamplingMode::Flat);
    for (n, json) in texts {
        let data = Dataset::from_json(&json).expect("valid");
        drop(json);
        let pretty = data.to_json();
        write.throughput(Throughput::Bytes(pretty.len() as u64));
        configure(&mut write, n);
        write.bench_with_input(BenchmarkId::from_parameter(n), &data, |b, data| {
            b.iter_with_large_drop(|| data.to_json());
        });
    }
    write.finish();

    let mut rebuild = c.benchmark_group("rebuild");
    rebuild.sampling_mode(SamplingMode::Flat);
    for n in SIZES.into_iter().filter(|&n| n <= 100_000) {
        let data = synth::dataset(&Config::new(n)).expect("synthetic data");
        configure(&mut rebuild, n);
        rebuild.bench_with_input(BenchmarkId::new("to_builder+build", n), &data, |b, data| {
            b.iter_with_large_drop(|| data.to_builder().build().expect("valid"));
        });
        rebuild.bench_with_input(BenchmarkId::new("into_builder+into_dataset", n), &data, |b, data| {
            b.iter_batched(
                || data.clone(),
                |data| data.into_builder().into_dataset().expect("valid"),
                BatchSize::LargeInput,
            );
        });
    }
    rebuild.finish();
}

/// Few samples for the large sizes, so the whole bench stays within a few minutes on two cores.
fn configure<M: criterion::measurement::Measurement>(g: &mut criterion::BenchmarkGroup<'_, M>, n: usize) {
    let (samples, secs) = match n {
        0..=10_000 => (20, 3),
        10_001..=100_000 => (10, 5),
        _ => (10, 10),
    };
    g.sample_size(samples).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(secs));
}

/// `datasets::all()` on its first call, which no benchmark can repeat (the dataset is cached
/// for the process): what that call does, done afresh each time, loading and validating the
/// five embedded files and merging them. Issue 22's target: under 5 ms.
fn embedded(c: &mut Criterion) {
    use island_claims::{OnClash, datasets};
    let texts: Vec<&str> = ["kuril", "liancourt-rocks", "chagos", "falklands", "spratly"]
        .into_iter()
        .map(|name| datasets::json_of(name).expect("an embedded dataset"))
        .collect();
    c.bench_function("datasets_all_first_call", |b| {
        b.iter_with_large_drop(|| {
            let mut parts = texts.iter().map(|t| Dataset::from_json(black_box(t)).expect("valid"));
            let first = parts.next().expect("the Kuril dataset");
            parts.fold(first, |all, next| all.merge(&next, OnClash::Refuse).expect("they merge"))
        });
    });
}

criterion_group!(benches, load);
criterion_group!(datasets, embedded);
criterion_main!(benches, datasets);
