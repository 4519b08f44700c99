//! The Parquet tables and the SQL of docs/sql.md give the crate's answers: each query of the
//! page runs in DuckDB (its Python package, through tests/parquet_sql.py) over the tables
//! of the Kuril dataset, of all five embedded datasets and of 100,000 synthetic positions, for
//! several years, days, islands and "known at" days, and its ids and certainties must be the
//! crate's, exactly.
#![cfg(feature = "parquet")]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::day;
use island_claims::chrono::NaiveDate;
use island_claims::export::parquet::{self, ParquetError, Table};
use island_claims::synth::{self, Config};
use island_claims::{Certainty, Dataset, IslandId, IslandKind, Match};
use serde_json::{Value, json};

/// One query of docs/sql.md with its parameters, and the crate's answer: (key, certainty).
struct Case {
    query: &'static str,
    params: Value,
    expected: Vec<(String, String)>,
}

fn rows(matches: &[Match<'_>]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> =
        matches.iter().map(|m| (m.position().id.to_string(), m.certainty().to_string())).collect();
    out.sort();
    out
}

/// What to ask of a dataset.
struct Asks {
    years: Vec<i32>,
    days: Vec<NaiveDate>,
    islands: Vec<IslandId>,
    /// "Known at" days, each with years to ask.
    known: Vec<(NaiveDate, Vec<i32>)>,
}

fn cases(data: &Dataset, asks: &Asks) -> Vec<Case> {
    let mut out = Vec::new();
    // A dispute's key in the tables is its place in `disputes()`.
    let of = |d: &island_claims::Dispute<'_>| {
        (d.parties().map(ToString::to_string), d.territory().to_string(), d.possible(), d.period())
    };
    let places: std::collections::HashMap<_, usize> =
        data.disputes().iter().enumerate().map(|(i, d)| (of(d), i)).collect();
    assert_eq!(places.len(), data.disputes().len(), "parties, territory and days tell disputes apart");
    let key = |d: &island_claims::Dispute<'_>| places[&of(d)].to_string();
    for &year in &asks.years {
        out.push(Case {
            query: "claims_in_year",
            params: json!({"year": year}),
            expected: rows(&data.claims_during(year)),
        });
        let mut found: Vec<(String, String)> =
            data.disputes_during(year).iter().map(|m| (key(&m.dispute()), m.certainty().to_string())).collect();
        found.sort();
        out.push(Case { query: "disputes_in_year", params: json!({"year": year}), expected: found });
    }
    for &d in &asks.days {
        out.push(Case {
            query: "claims_at",
            params: json!({"day": d.to_string()}),
            expected: rows(&data.claims_during(d)),
        });
    }
    for island in &asks.islands {
        let all = data.query().island(island).run().expect("a known island");
        out.push(Case { query: "island", params: json!({"island": island.as_str()}), expected: rows(&all) });
        for &year in asks.years.iter().rev().take(3) {
            let found = data.query().island(island).during(year).run().expect("a known island");
            out.push(Case {
                query: "island_in_year",
                params: json!({"island": island.as_str(), "year": year}),
                expected: rows(&found),
            });
        }
    }
    for (known_at, years) in &asks.known {
        let view = data.as_known_at(*known_at);
        let after = known_at.succ_opt().expect("a next day");
        for &year in years {
            out.push(Case {
                query: "known_at",
                params: json!({"known_at": known_at.to_string(), "day_after": after.to_string(), "year": year}),
                expected: rows(&view.claims_during(year)),
            });
        }
    }
    out
}

/// The rows each case gives in `engine`, and each query's seconds.
fn run_engine(engine: &str, dir: &Path, cases: &[Case]) -> Vec<(Vec<(String, String)>, f64)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let asked: Vec<Value> = cases.iter().map(|c| json!({"query": c.query, "params": c.params})).collect();
    let (cases_path, out_path) = (dir.join("cases.json"), dir.join("answers.json"));
    std::fs::write(&cases_path, serde_json::to_vec(&asked).unwrap()).unwrap();
    let output = Command::new("python3")
        .arg(root.join("tests/parquet_sql.py"))
        .arg(engine)
        .arg(root.join("docs/sql.md"))
        .args([dir, &cases_path, &out_path])
        .output()
        .unwrap_or_else(|e| panic!("python3 is needed to run the SQL of docs/sql.md in {engine}: {e}"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    match output.status.code() {
        Some(0) => {}
        Some(3) => panic!("{stderr}(the Parquet test runs docs/sql.md in {engine}, and does not pass without it)"),
        _ => panic!("tests/parquet_sql.py failed ({}):\n{stderr}", output.status),
    }
    let answers: Vec<Value> = serde_json::from_slice(&std::fs::read(&out_path).unwrap()).unwrap();
    answers
        .iter()
        .map(|a| {
            let mut rows: Vec<(String, String)> = a["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    let key = match &r[0] {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (key, r[1].as_str().unwrap().to_owned())
                })
                .collect();
            rows.sort();
            (rows, a["seconds"].as_f64().unwrap_or(0.0))
        })
        .collect()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("island-claims-parquet-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Writes `data`, runs every case in `engine`, and checks each answer against the crate's.
fn check(name: &str, data: &Dataset, asks: &Asks, engine: &str) {
    let dir = temp_dir(name);
    let t = std::time::Instant::now();
    let written = parquet::write_dir(data, &dir).expect("tables written");
    eprintln!("{name}: tables written in {:?}", t.elapsed());
    assert_eq!(written.rows(Table::Positions), data.all_positions().len() as u64);
    assert_eq!(written.rows(Table::Disputes), data.disputes().len() as u64);
    let t = std::time::Instant::now();
    let cases = cases(data, asks);
    eprintln!("{name}: the crate answered in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let answers = run_engine(engine, &dir, &cases);
    eprintln!("{name}: {engine} answered in {:?}", t.elapsed());
    assert_eq!(answers.len(), cases.len());
    let (mut definite, mut possible) = (0, 0);
    for (case, (got, _)) in cases.iter().zip(&answers) {
        assert_eq!(
            got, &case.expected,
            "{name}: {engine} answers {} {} otherwise than the crate",
            case.query, case.params
        );
        definite += got.iter().filter(|r| r.1 == Certainty::Definite.as_ref()).count();
        possible += got.iter().filter(|r| r.1 == Certainty::Possible.as_ref()).count();
    }
    // The comparison saw both certainties, so it could tell them apart.
    assert!(definite > 0 && possible > 0, "{name}: {definite} definite and {possible} possible rows");
    for query in ["claims_in_year", "claims_at", "island", "island_in_year", "disputes_in_year", "known_at"] {
        assert!(
            cases.iter().zip(&answers).any(|(c, (got, _))| c.query == query && !got.is_empty()),
            "{name}: every {query} answer was empty"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn kuril_asks() -> Asks {
    let island = |s: &str| s.parse::<IslandId>().unwrap();
    Asks {
        years: vec![1855, 1945, 1951, 1956, 1960, 1972, 1991, 2021],
        days: vec![day(1945, 8, 28), day(1951, 9, 8), day(1956, 10, 19), day(1960, 1, 27), day(2021, 6, 4)],
        islands: vec![island("habomai"), island("shikotan"), island("south-kurils"), island("iturup")],
        known: vec![
            (day(1956, 12, 31), vec![1951, 1956, 1972]),
            (day(2020, 12, 31), vec![1956, 1972, 2021]),
            (day(2021, 7, 1), vec![1972, 2021]),
        ],
    }
}

#[test]
fn duckdb_answers_as_the_crate_on_kuril() {
    check("kuril", island_claims::datasets::kuril(), &kuril_asks(), "duckdb");
}

#[test]
fn duckdb_answers_as_the_crate_on_every_embedded_dataset() {
    let data = island_claims::datasets::all();
    let island = |s: &str| s.parse::<IslandId>().unwrap();
    let asks = Asks {
        years: vec![1833, 1905, 1952, 1965, 1982, 1999, 2008, 2016, 2024],
        days: vec![day(1982, 4, 2), day(2008, 5, 23), day(2019, 2, 25)],
        islands: vec![island("habomai"), island("falkland-islands"), island("diego-garcia")]
            .into_iter()
            .filter(|i| data.island(i).is_some())
            .collect(),
        known: vec![(day(1990, 1, 1), vec![1982, 1990, 2000]), (day(2016, 7, 11), vec![2010, 2016, 2020])],
    };
    assert!(asks.islands.len() >= 2, "the islands asked about are in the merged dataset");
    check("all", data, &asks, "duckdb");
}

/// 100,000 synthetic positions, some made internal, contingent or with a planned end (the
/// generator makes none), so that every column the SQL reads takes both values.
fn synthetic() -> Dataset {
    let mut b = synth::builder(&Config::new(100_000)).expect("synthetic records");
    for (i, p) in b.positions_mut().iter_mut().enumerate() {
        if i % 41 == 7 {
            p.internal = true;
        } else if i % 29 == 3 {
            p.contingent = true;
            p.conditions.get_or_insert_with(|| "if the survey finds it above water".to_owned());
        }
        if i % 13 == 5 {
            p.planned_end = true;
        }
    }
    b.into_dataset().map_err(|r| r.report).expect("a valid synthetic dataset")
}

fn synthetic_asks(data: &Dataset) -> Asks {
    let year = synth::year_matching(data, 0.005).expect("a year");
    let day = synth::date_matching(data, 0.0005).expect("a day");
    let islands: Vec<IslandId> = [IslandKind::Region, IslandKind::Group, IslandKind::Island]
        .iter()
        .filter_map(|k| data.islands().iter().rev().find(|i| i.kind == *k))
        .map(|i| i.id.clone())
        .collect();
    Asks {
        years: vec![year, 1700, 1850, 1920, 1990, 2015],
        days: vec![day, common::day(1901, 1, 1), common::day(2000, 6, 15)],
        islands,
        known: vec![
            (common::day(1900, 12, 31), vec![1850, 1900, 1950]),
            (common::day(1995, 6, 30), vec![1960, 1995, 2010]),
        ],
    }
}

#[test]
fn duckdb_answers_as_the_crate_on_100k_synthetic_positions() {
    let t = std::time::Instant::now();
    let data = synthetic();
    eprintln!("synth: generated in {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n = data.disputes().len();
    eprintln!("synth: {n} disputes derived in {:?}", t.elapsed());
    check("synth", &data, &synthetic_asks(&data), "duckdb");
}

/// The same queries on a second engine, Polars' SQL (`pip install polars`), outside CI:
/// `cargo test --features parquet,synth --test parquet -- --ignored`.
#[test]
#[ignore = "needs the Python package polars; run by hand (see docs/sql.md)"]
fn polars_answers_as_the_crate() {
    check("kuril-polars", island_claims::datasets::kuril(), &kuril_asks(), "polars");
    let data = synthetic();
    check("synth-polars", &data, &synthetic_asks(&data), "polars");
}

#[test]
fn a_failure_is_a_typed_error() {
    let data = island_claims::datasets::kuril();
    let dir = temp_dir("errors");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("a-file");
    std::fs::write(&file, b"not a directory").unwrap();
    let err = parquet::write_dir(data, &file.join("tables")).unwrap_err();
    assert!(matches!(err, ParquetError::Directory { .. }), "{err:?}");
    assert_eq!(err.code(), "parquet_directory");
    let crate_error = island_claims::Error::from(err);
    assert_eq!(crate_error.code(), "parquet_directory");
    assert_eq!(serde_json::to_value(&crate_error).unwrap()["code"], "parquet_directory");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rewriting_a_directory_replaces_every_table_and_leaves_no_partial_file() {
    let dir = temp_dir("rewrite");
    parquet::write_dir(island_claims::datasets::chagos(), &dir).unwrap();
    let written = parquet::write_dir(island_claims::datasets::kuril(), &dir).unwrap();
    let names: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(names.len(), 11, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".parquet") && !n.starts_with('.')));
    for (table, path, _) in written.files() {
        assert_eq!(path, dir.join(table.file_name()));
        assert_eq!(&std::fs::read(path).unwrap()[..4], b"PAR1");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_public_types_are_send_and_sync() {
    fn both<T: Send + Sync>() {}
    both::<Table>();
    both::<ParquetError>();
    both::<parquet::Written>();
}
