//! Parquet at scale: the time to write every table of 1M synthetic positions, the tables'
//! size beside the JSON's, and DuckDB's time for each query of docs/sql.md beside the crate's.
//!
//! `cargo bench --bench parquet --features parquet,synth` (needs `pip install duckdb`); an
//! argument `N` after `--` sets the number of positions (1,000,000 by default). Each time is
//! the best of five runs; DuckDB's excludes starting Python, and includes planning the query
//! and reading the files it needs (after a first run, from the page cache).

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use island_claims::export::parquet;
use island_claims::synth::{self, Config};
use island_claims::{Dataset, IslandId, IslandKind};
use serde_json::{Value, json};

const RUNS: usize = 5;

/// A query of the crate, answering its number of rows.
type Query<'a> = Box<dyn Fn() -> usize + 'a>;

fn best(mut f: impl FnMut() -> usize) -> (Duration, usize) {
    let mut best = Duration::MAX;
    let mut n = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        n = std::hint::black_box(f());
        best = best.min(t.elapsed());
    }
    (best, n)
}

fn main() {
    let n: usize = std::env::args().skip(1).find_map(|a| a.replace('_', "").parse().ok()).unwrap_or(1_000_000);
    let config = Config::new(n);
    let json_bytes = synth::json(&config).expect("synthetic json").len();
    let data = synth::dataset(&config).expect("synthetic data");
    let t = Instant::now();
    let disputes = data.disputes().len();
    println!("{n} positions, {disputes} disputes derived in {:.2?} (before writing)", t.elapsed());

    let dir = std::env::temp_dir().join(format!("island-claims-parquet-bench-{}", std::process::id()));
    // The peak of resident memory is reset (Linux: `clear_refs` 5) so that what writing adds
    // to the loaded dataset and its derived disputes shows.
    let before = resident_kb("VmRSS");
    let reset = std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let t = Instant::now();
    let written = parquet::write_dir(&data, &dir).expect("tables written");
    let write_time = t.elapsed();
    if let (Some(before), Some(peak), true) = (before, resident_kb("VmHWM"), reset) {
        println!(
            "resident memory: {:.0} MB before writing, peak {:.0} MB while writing (+{:.0} MB)",
            before as f64 / 1e3,
            peak as f64 / 1e3,
            peak.saturating_sub(before) as f64 / 1e3
        );
    }
    let mut total = 0u64;
    for (table, path, rows) in written.files() {
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        total += size;
        println!("  {table:<24} {rows:>9} rows {:>10.1} MB", size as f64 / 1e6);
    }
    println!(
        "all tables written in {write_time:.2?}: {:.1} MB of Parquet beside {:.1} MB of JSON ({:.2}x)",
        total as f64 / 1e6,
        json_bytes as f64 / 1e6,
        total as f64 / json_bytes as f64
    );

    let year = synth::year_matching(&data, 0.005).expect("a year");
    let day = synth::date_matching(&data, 0.0005).expect("a day");
    let island = busiest_island(&data);
    let known_at = island_claims::chrono::NaiveDate::from_ymd_opt(2000, 1, 1).expect("a day");
    let after = known_at.succ_opt().expect("a day");
    let cases: Vec<(&str, Value, Query<'_>)> = vec![
        ("claims_in_year", json!({"year": year}), Box::new(|| data.claims_during(year).len())),
        ("claims_at", json!({"day": day.to_string()}), Box::new(|| data.claims_during(day).len())),
        (
            "island",
            json!({"island": island.as_str()}),
            Box::new(|| data.query().island(&island).run().map_or(0, |m| m.len())),
        ),
        (
            "island_in_year",
            json!({"island": island.as_str(), "year": year}),
            Box::new(|| data.query().island(&island).during(year).run().map_or(0, |m| m.len())),
        ),
        ("disputes_in_year", json!({"year": year}), Box::new(|| data.disputes_during(year).len())),
        (
            "known_at",
            json!({"known_at": known_at.to_string(), "day_after": after.to_string(), "year": year}),
            Box::new(|| data.as_known_at(known_at).claims_during(year).len()),
        ),
    ];
    let asked: Vec<Value> =
        cases.iter().flat_map(|(q, p, _)| (0..RUNS).map(move |_| json!({"query": q, "params": p}))).collect();
    let answers = duckdb(&dir, &asked);
    println!("query (year {year}, day {day}, island {island}, known at {known_at}): crate / DuckDB, rows");
    for (i, (query, _, run)) in cases.iter().enumerate() {
        let (crate_time, rows) = best(run);
        let duck = &answers[i * RUNS..(i + 1) * RUNS];
        let duck_time = duck.iter().filter_map(|a| a["seconds"].as_f64()).fold(f64::MAX, f64::min);
        let duck_rows = duck[0]["rows"].as_array().map_or(0, Vec::len);
        assert_eq!(rows, duck_rows, "{query}: the crate and DuckDB found different numbers of rows");
        println!("  {query:<18} {crate_time:>10.2?} / {:>8.2} ms, {rows} rows", duck_time * 1e3);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The island the most positions concern, among groups and regions (a query that reads
/// many rows).
fn busiest_island(data: &Dataset) -> IslandId {
    data.islands()
        .iter()
        .filter(|i| i.kind == IslandKind::Region)
        .map(|i| (data.query().island(&i.id).run().map_or(0, |m| m.len()), &i.id))
        .max()
        .map(|(_, id)| id.clone())
        .expect("an island")
}

/// A line of `/proc/self/status`, in kB (Linux only).
fn resident_kb(key: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn duckdb(dir: &Path, asked: &[Value]) -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (cases, out) = (dir.join("cases.json"), dir.join("answers.json"));
    std::fs::write(&cases, serde_json::to_vec(asked).expect("json")).expect("cases written");
    let status = Command::new("python3")
        .arg(root.join("tests/parquet_sql.py"))
        .arg("duckdb")
        .arg(root.join("docs/sql.md"))
        .args([dir, &cases, &out])
        .status()
        .expect("python3 runs");
    assert!(status.success(), "tests/parquet_sql.py failed");
    serde_json::from_slice(&std::fs::read(&out).expect("answers")).expect("json")
}
