//! island-claims beside what a user would otherwise pick, on the same synthetic data and the
//! same questions, checking that every peer returns the same positions.
//!
//! ```text
//! cargo run --release -p peers                       # 1M positions, both shapes
//! cargo run --release -p peers -- --shape lean --positions 100000 --seed 7 --runs 5
//! ```
//!
//! For each shape of synthetic data (`disputes`, the project's own; `lean`, the least a
//! position can say), prints loading (median time, MB/s, ratio to plain serde_json),
//! memory (resident set growth and live heap of the loaded dataset against the JSON size),
//! `as_known_at`, for a date and a year query each peer's median time and how many times
//! slower it is than island-claims, and the derivation of disputes (time, count, memory) with
//! a year query of disputes beside a year query of positions of about as many rows, with
//! every target met or missed. Each shape runs in a process of its own, so that one shape's
//! freed memory does not hide the other's growth.
//! See BENCHMARKS.md.

mod alloc;
mod floor;
mod intervals;

use std::hint::black_box;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use island_claims::synth::{self, Config, Shape};
use island_claims::{Certainty, Dataset, IslandId, Match, PartyId, QueryError, Span};

use crate::intervals::{Coitrees, ColumnScan, Scan, Sqlite, Superintervals, day};

#[global_allocator]
static ALLOC: alloc::Counting = alloc::Counting;

struct Args {
    positions: usize,
    seed: u64,
    runs: usize,
    /// `None`: each shape in a child process.
    shape: Option<Shape>,
    /// The JSON to load, written by the parent process; generated here when `None`.
    json_file: Option<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { positions: 1_000_000, seed: synth::DEFAULT_SEED, runs: 5, shape: None, json_file: None };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match flag.as_str() {
            "--positions" => args.positions = value("--positions")?.parse().map_err(|e| format!("--positions: {e}"))?,
            "--seed" => args.seed = value("--seed")?.parse().map_err(|e| format!("--seed: {e}"))?,
            "--runs" => args.runs = value("--runs")?.parse().map_err(|e| format!("--runs: {e}"))?,
            "--json-file" => args.json_file = Some(value("--json-file")?),
            "--shape" => {
                args.shape = match value("--shape")?.as_str() {
                    "disputes" => Some(Shape::Disputes),
                    "lean" => Some(Shape::Lean),
                    "both" => None,
                    other => return Err(format!("--shape: '{other}'; expected disputes, lean or both")),
                }
            }
            "-h" | "--help" => {
                return Err("usage: peers [--positions N] [--seed S] [--runs R] [--shape disputes|lean|both]\n\
                            R: runs of each load (median); queries run until a time budget"
                    .to_owned());
            }
            other => return Err(format!("unknown argument '{other}'; try --help")),
        }
    }
    if args.runs == 0 {
        return Err("--runs must be at least 1".to_owned());
    }
    Ok(args)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// The median of `f`'s run times: at least `min_runs` runs, more while within `budget`.
fn time<R>(min_runs: usize, budget: Duration, mut f: impl FnMut() -> R) -> Duration {
    let started = Instant::now();
    let mut times = Vec::new();
    while times.len() < min_runs || (started.elapsed() < budget && times.len() < 100_000) {
        let t = Instant::now();
        let out = black_box(f());
        times.push(t.elapsed());
        // Freeing the answer is not part of giving it.
        drop(out);
    }
    median(times)
}

/// A named query, returning how many positions it found.
type Peer<'a> = (&'static str, Box<dyn FnMut() -> usize + 'a>);

/// Median time of each closure over rounds of one call each: at least `min_rounds`, more
/// while within `budget`. Freeing the answer is timed, alike for all.
fn rounds(peers: &mut [Peer<'_>], min_rounds: usize, budget: Duration) -> Vec<Duration> {
    let started = Instant::now();
    let mut times: Vec<Vec<Duration>> = vec![Vec::new(); peers.len()];
    let mut round = 0;
    while round < min_rounds || (started.elapsed() < budget && round < 100_000) {
        for (peer, t) in peers.iter_mut().zip(&mut times) {
            // One call untimed first: each is timed with warm caches, as in a loop of
            // queries, not after another peer's scan has flushed them.
            black_box((peer.1)());
            let start = Instant::now();
            black_box((peer.1)());
            t.push(start.elapsed());
        }
        round += 1;
    }
    times.into_iter().map(median).collect()
}

fn fmt(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.2} µs", s * 1e6)
    }
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let result = match args.shape {
        Some(shape) => run(&args, shape),
        None => both(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("peers: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Each shape in a child process of its own, one after the other. The JSON is generated
/// here and read by the child from a file, so that nothing the generator freed is reused by
/// the load whose resident growth the child measures.
fn both(args: &Args) -> Result<(), String> {
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    for (name, shape) in [("disputes", Shape::Disputes), ("lean", Shape::Lean)] {
        let config = Config::new(args.positions).with_seed(args.seed).with_shape(shape);
        let json = synth::json(&config).map_err(|e| e.to_string())?;
        let file = std::env::temp_dir().join(format!("island-claims-peers-{}-{name}.json", std::process::id()));
        std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
        let status = std::process::Command::new(&me)
            .args(["--shape", name, "--positions", &args.positions.to_string()])
            .args(["--seed", &args.seed.to_string(), "--runs", &args.runs.to_string()])
            .arg("--json-file")
            .arg(&file)
            .status();
        let _ = std::fs::remove_file(&file);
        if !status.map_err(|e| e.to_string())?.success() {
            return Err(format!("the {name} run failed"));
        }
        println!();
    }
    Ok(())
}

/// The resident set of this process, in bytes, as Linux reports it (0 elsewhere).
fn resident() -> usize {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: usize = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

fn run(args: &Args, shape: Shape) -> Result<(), String> {
    // The embedded dataset first, while this process has never loaded it.
    let t = Instant::now();
    let kuril = island_claims::datasets::kuril();
    let kuril_first = t.elapsed();
    let kuril_year = time(1_000, Duration::from_millis(200), || kuril.claims_during(1956));

    let config = Config::new(args.positions).with_seed(args.seed).with_shape(shape);
    let t = Instant::now();
    let json = match &args.json_file {
        Some(file) => std::fs::read_to_string(file).map_err(|e| format!("{file}: {e}"))?,
        None => synth::json(&config).map_err(|e| e.to_string())?,
    };
    println!(
        "island-claims peers, shape {shape:?}: {} positions (seed {}), compact JSON {:.1} MB, ready in {}",
        args.positions,
        args.seed,
        mb(json.len()),
        fmt(t.elapsed())
    );
    println!(
        "machine: {} cores; medians of {} loads; queries in interleaved rounds (one warm call each) for ~4 s\n",
        cores(),
        args.runs
    );

    // ---- loading --------------------------------------------------------------------------
    // The first load of this process, so that its resident growth is its own.
    let (heap0, blocks0) = alloc::live();
    let rss0 = resident();
    let data = Dataset::from_json(&json).map_err(|e| e.to_string())?;
    let rss1 = resident();
    let (heap1, blocks1) = alloc::live();
    let ours_heap = heap1 - heap0;
    let ours_rss = rss1.saturating_sub(rss0);
    let n_positions = data.all_positions().len().max(1);

    // The derivation of disputes: `disputes()` derives them on its first call and caches
    // them in the dataset, so only a dataset on which it was never called can time it (a
    // clone taken later would carry the cache). `data` is one. It runs here, before the load
    // timings below free datasets whose memory the derivation could reuse, which would hide
    // its resident growth. What is kept is the cache: the list returned is freed before the
    // memory is read.
    let (disputes_heap0, _) = alloc::live();
    let disputes_rss0 = resident();
    let t = Instant::now();
    let all_disputes = data.disputes();
    let mut derive_times = vec![t.elapsed()];
    let n_disputes = all_disputes.len();
    drop(all_disputes);
    let derive_rss = resident().saturating_sub(disputes_rss0);
    let derive_heap = alloc::live().0.saturating_sub(disputes_heap0);

    let ours_time = time(args.runs, Duration::ZERO, || Dataset::from_json(&json).expect("loads"));

    let (heap0, _) = alloc::live();
    let floor_data = floor::parse(&json);
    let (heap1, _) = alloc::live();
    let floor_heap = heap1 - heap0;
    drop(floor_data);
    let floor_time = time(args.runs, Duration::ZERO, || floor::parse(&json));

    // The other runs of the derivation, each on a dataset loaded afresh: a clone of `data`
    // would carry its cache and time nothing.
    for _ in 1..args.runs {
        let fresh = Dataset::from_json(&json).map_err(|e| e.to_string())?;
        let t = Instant::now();
        let derived = fresh.disputes();
        derive_times.push(t.elapsed());
        if derived.len() != n_disputes {
            return Err(format!("disputes(): {} disputes from one load, {n_disputes} from another", derived.len()));
        }
    }
    let derive_time = median(derive_times);

    let rate = |d: Duration| mb(json.len()) / d.as_secs_f64();
    let load_ratio = ours_time.as_secs_f64() / floor_time.as_secs_f64();
    println!("LOADING the same {:.1} MB                      median      MB/s   × floor", mb(json.len()));
    println!("  serde_json → plain structs (floor)       {:>10}  {:>8.1}    1.00", fmt(floor_time), rate(floor_time));
    println!(
        "  island-claims from_json (+validate+index){:>10}  {:>8.1}  {:>6.2}   target ≤ 1.5: {}",
        fmt(ours_time),
        rate(ours_time),
        load_ratio,
        verdict(load_ratio <= 1.5)
    );

    let mem_ratio = ours_rss as f64 / json.len() as f64;
    println!("\nMEMORY");
    println!("  JSON text                                 {:>9.1} MB", mb(json.len()));
    println!(
        "  island-claims Dataset, resident growth    {:>9.1} MB  {:.2}× JSON   target ≤ 1.5: {}",
        mb(ours_rss),
        mem_ratio,
        verdict(mem_ratio <= 1.5)
    );
    println!(
        "  island-claims Dataset, live heap          {:>9.1} MB  {:.2}× JSON, {} blocks",
        mb(ours_heap),
        ours_heap as f64 / json.len() as f64,
        blocks1 - blocks0,
    );
    println!(
        "    ({:.0} bytes and {:.1} heap blocks per position; the system allocator adds 8-16 bytes per block)",
        ours_heap as f64 / n_positions as f64,
        (blocks1 - blocks0) as f64 / n_positions as f64
    );
    println!(
        "  plain structs (floor), heap               {:>9.1} MB  {:.2}× JSON",
        mb(floor_heap),
        floor_heap as f64 / json.len() as f64
    );
    drop(json);

    // ---- as known at ---------------------------------------------------------------------
    let known_day = NaiveDate::from_ymd_opt(2000, 1, 1).ok_or("bad day")?;
    let known = time(args.runs, Duration::ZERO, || data.as_known_at(known_day));
    let known_ratio = known.as_secs_f64() / ours_time.as_secs_f64();
    println!("\nAS KNOWN AT 2000-01-01");
    println!(
        "  as_known_at                               {:>10}  {:.1}% of the load   target < 10%: {}",
        fmt(known),
        100.0 * known_ratio,
        verdict(known_ratio < 0.1)
    );

    // ---- queries --------------------------------------------------------------------------
    let hulls = intervals::hulls(&data);
    let t = Instant::now();
    let scan = Scan::new(&hulls);
    let columns = ColumnScan::new(&hulls);
    let coi = Coitrees::new(&hulls);
    let coi_build = t.elapsed();
    let t = Instant::now();
    let si = Superintervals::new(&hulls);
    let si_build = t.elapsed();
    let t = Instant::now();
    let sqlite = Sqlite::new(&hulls).map_err(|e| format!("sqlite: {e}"))?;
    let sqlite_build = t.elapsed();
    println!(
        "\n(builds: coitrees {}, superintervals {}, SQLite R*Tree {})",
        fmt(coi_build),
        fmt(si_build),
        fmt(sqlite_build)
    );

    let n = data.all_positions().len();
    // The lean shape's single days spread thinner: it has no day with 0.05% of positions.
    let date = synth::date_matching(&data, 0.0005)
        .or_else(|| synth::date_matching(&data, 0.0002))
        .ok_or("no day with 0.02% of positions")?;
    let year = synth::year_matching(&data, 0.005).ok_or("no year with 0.5% of positions")?;
    let (y0, y1) = (
        NaiveDate::from_ymd_opt(year, 1, 1).ok_or("bad year")?,
        NaiveDate::from_ymd_opt(year, 12, 31).ok_or("bad year")?,
    );
    let questions = [
        (
            format!("date {date}"),
            (day(date), day(date)),
            Target { scan: 300.0, sqlite: Some(10.0), interval: Some(1.0) },
        ),
        (format!("year {year}"), (day(y0), day(y1)), Target { scan: 50.0, sqlite: None, interval: Some(1.0) }),
    ];
    for (label, (first, last), target) in questions {
        let ours = || {
            if first == last { data.positions_during(date) } else { data.positions_during(year) }
        };
        // Same answer from everyone, as sets of position ids.
        fn ids(mut v: Vec<&str>) -> Vec<&str> {
            v.sort_unstable();
            v
        }
        let by_index = |v: Vec<u32>| {
            ids(v.into_iter().filter_map(|i| data.all_positions().get(i as usize)).map(|p| p.id.as_str()).collect())
        };
        let expected = ids(ours().iter().map(|m| m.position().id.as_str()).collect());
        let answers = [
            ("scan (Vec of pairs)", by_index(scan.query(first, last))),
            ("scan (two columns)", by_index(columns.query(first, last))),
            ("coitrees", by_index(coi.query(first, last))),
            ("superintervals", by_index(si.query(first, last))),
            ("SQLite R*Tree", by_index(sqlite.query(first, last))),
        ];
        for (name, got) in &answers {
            if *got != expected {
                return Err(format!(
                    "{label}: {name} returns {} positions, island-claims {}",
                    got.len(),
                    expected.len()
                ));
            }
        }
        let k = expected.len();
        println!(
            "\nQUERY {label}: {k} positions ({:.3}% of {n}), the same ids from every peer",
            100.0 * k as f64 / n as f64
        );
        // Round-robin: each round times one call of every peer, so that a change in the
        // machine's load (it is shared) falls on all of them alike.
        let mut peers: [Peer<'_>; 6] = [
            ("island-claims", Box::new(|| ours().len())),
            ("coitrees", Box::new(|| coi.query(first, last).len())),
            ("superintervals", Box::new(|| si.query(first, last).len())),
            ("SQLite R*Tree", Box::new(|| sqlite.query(first, last).len())),
            ("scan (Vec of pairs)", Box::new(|| scan.query(first, last).len())),
            ("scan (two columns)", Box::new(|| columns.query(first, last).len())),
        ];
        let times = rounds(&mut peers, 30, Duration::from_secs(4));
        let rows: Vec<(&str, Duration)> = peers.iter().map(|p| p.0).zip(times).collect();
        let t_ours = rows[0].1;
        println!("  peer                          median    peer ÷ ours");
        for &(name, t) in &rows {
            println!("  {name:<26} {:>10}  {:>10.1}", fmt(t), t.as_secs_f64() / t_ours.as_secs_f64());
        }
        let best_scan = rows[4].1.min(rows[5].1);
        let best_interval = rows[1].1.min(rows[2].1);
        let over = |t: Duration| t.as_secs_f64() / t_ours.as_secs_f64();
        println!(
            "  targets: ≥ {}× faster than the fastest scan: {:.0}× {}",
            target.scan,
            over(best_scan),
            verdict(over(best_scan) >= target.scan)
        );
        if let Some(s) = target.sqlite {
            println!(
                "           ≥ {s}× faster than SQLite's R*Tree: {:.1}× {}",
                over(rows[3].1),
                verdict(over(rows[3].1) >= s)
            );
        }
        if let Some(i) = target.interval {
            let ratio = 1.0 / over(best_interval);
            println!("           ≤ {i}× the best interval crate's time: {ratio:.2}× {}", verdict(ratio <= i));
        }
    }

    let derivation = Derivation { time: derive_time, disputes: n_disputes, rss: derive_rss, heap: derive_heap };
    report_disputes(&data, &derivation, ours_time, args.runs)?;

    println!("\nEMBEDDED KURIL DATASET");
    println!(
        "  datasets::kuril() first call (parse+validate+index): {}   target < 1 ms: {}",
        fmt(kuril_first),
        verdict(kuril_first < Duration::from_millis(1))
    );
    println!(
        "  kuril().claims_during(1956):                         {}   target < 10 µs: {}",
        fmt(kuril_year),
        verdict(kuril_year < Duration::from_micros(10))
    );
    Ok(())
}

/// The years searched for a query's year, as [`synth::year_matching`] searches them: the
/// synthetic data's disputes start from 1625 on.
const YEARS: std::ops::RangeInclusive<i32> = 1600..=2025;

/// What the first `disputes()` call on a dataset cost, measured in `run`.
struct Derivation {
    /// Median over the runs, each on a dataset that had never derived its disputes.
    time: Duration,
    /// How many disputes it derived.
    disputes: usize,
    /// Resident set growth of the first one: the cache, and the working memory it freed that
    /// the allocator kept.
    rss: usize,
    /// Live heap growth of the first one: the cache alone.
    heap: usize,
}

/// Prints the derivation of disputes and sets a year query of disputes beside a year query
/// of positions returning about as many rows, so that the two indexes are compared at the
/// same answer size.
fn report_disputes(data: &Dataset, derivation: &Derivation, load_time: Duration, runs: usize) -> Result<(), String> {
    let Derivation { time: derive_time, disputes: n_disputes, rss, heap } = *derivation;
    println!("\nDISPUTES derived from the positions");
    println!(
        "  disputes() first call (derivation)        {:>10}  {n_disputes} disputes, {:.1}% of the load (median of {runs})",
        fmt(derive_time),
        100.0 * derive_time.as_secs_f64() / load_time.as_secs_f64()
    );
    println!(
        "    resident growth {:.1} MB (with the derivation's freed working memory), live heap left {:.1} MB ({:.0} bytes per dispute)",
        mb(rss),
        mb(heap),
        heap as f64 / n_disputes.max(1) as f64
    );

    // The year with the most disputes (the earliest of equals): the largest answer a year
    // query of disputes gives, where the cost of each row shows most.
    let (k, year) = YEARS
        .map(|y| (data.disputes_during(y).len(), y))
        .max_by_key(|&(k, y)| (k, std::cmp::Reverse(y)))
        .ok_or("no year to search")?;
    if k == 0 {
        println!("  no dispute in {}-{}: no year query of disputes to time", YEARS.start(), YEARS.end());
        return Ok(());
    }

    // The index's answer against a scan of every dispute, certainty included, as the
    // queries above check every peer's answer against ours.
    let span = Span::year(year);
    let found = data.disputes_during(year);
    let scanned = data.disputes().iter().filter(|d| d.certainty_during(span).is_some()).count();
    if scanned != k || found.iter().any(|m| m.dispute().certainty_during(span) != Some(m.certainty())) {
        return Err(format!(
            "disputes_during({year}): {k} disputes, a scan of disputes() {scanned}, or another certainty"
        ));
    }
    let definite = found.iter().filter(|m| m.certainty() == Certainty::Definite).count();
    drop(found);

    let (rival, rows) = position_query_of_size(data, k, year)?;
    println!(
        "\nQUERY disputes in year {year}, the year with the most disputes: {k} ({definite} definite), as a scan of \
         disputes() finds"
    );
    println!("  beside {}: the year query of positions whose rows come closest", rival.label());
    // Medians of many runs each, as for the embedded dataset's year query.
    let t_disputes = time(100, Duration::from_secs(2), || data.disputes_during(year));
    let t_positions = time(100, Duration::from_secs(2), || rival.run(data));
    // No year of positions may return exactly k rows: the target compares the time per row
    // (a query's cost beyond its search is linear in its rows), and the raw ratio is shown.
    let raw = t_disputes.as_secs_f64() / t_positions.as_secs_f64();
    #[allow(clippy::cast_precision_loss)] // Row counts are far below 2^52.
    let ratio = raw * rows.max(1) as f64 / k.max(1) as f64;
    // The rows seldom match exactly: the time per row shows how much of the ratio is theirs.
    let per_row = |t: Duration, rows: usize| format!("{:.1} ns", t.as_secs_f64() * 1e9 / rows.max(1) as f64);
    println!("  query                                         median      rows   per row");
    println!(
        "  {:<42}{:>10}  {k:>8}  {:>8}",
        format!("disputes_during({year})"),
        fmt(t_disputes),
        per_row(t_disputes, k)
    );
    println!("  {:<42}{:>10}  {rows:>8}  {:>8}", rival.label(), fmt(t_positions), per_row(t_positions, rows));
    println!(
        "  target disputes year query ≤ 1.0× positions year query of as many rows, per row: {ratio:.2}× {} \
         (raw {raw:.2}× for {k} against {rows} rows)",
        verdict(ratio <= 1.0)
    );
    Ok(())
}

/// A year query of positions, to set beside a year query of disputes.
#[derive(Clone, Copy)]
enum PositionYear<'a> {
    /// `positions_during(year)`.
    All(i32),
    /// `positions().holder(party).during(year).run()`.
    Holder(&'a PartyId, i32),
    /// `positions().island(island).during(year).run()`.
    Island(&'a IslandId, i32),
}

impl<'a> PositionYear<'a> {
    fn run(self, data: &'a Dataset) -> Result<Vec<Match<'a>>, QueryError> {
        match self {
            Self::All(year) => Ok(data.positions_during(year)),
            Self::Holder(party, year) => data.query().holder(party).during(year).run(),
            Self::Island(island, year) => data.query().island(island).during(year).run(),
        }
    }

    fn label(self) -> String {
        match self {
            Self::All(year) => format!("positions_during({year})"),
            Self::Holder(party, year) => format!("positions().holder({party}).during({year})"),
            Self::Island(island, year) => format!("positions().island({island}).during({year})"),
        }
    }
}

/// The year query of positions whose answer comes closest to `k` rows, and its rows: the
/// plain year query of some year if one comes within a factor of 2; else the closest of
/// that one and of every holder's and every island's query in `year` (the disputes' year),
/// which narrow a year's answer when even the sparsest year has too many positions.
fn position_query_of_size<'a>(data: &'a Dataset, k: usize, year: i32) -> Result<(PositionYear<'a>, usize), String> {
    let closest = |queries: &mut dyn Iterator<Item = PositionYear<'a>>| -> Result<_, String> {
        let mut best: Option<(PositionYear<'a>, usize)> = None;
        for q in queries {
            let rows = q.run(data).map_err(|e| e.to_string())?.len();
            if best.is_none_or(|(_, r)| rows.abs_diff(k) < r.abs_diff(k)) {
                best = Some((q, rows));
            }
        }
        Ok(best)
    };
    let near = |rows: usize| rows <= 2 * k && 2 * rows >= k;
    let mut best = closest(&mut YEARS.map(PositionYear::All))?;
    if !best.is_some_and(|(_, rows)| near(rows)) {
        let mut narrowed = (data.parties().iter().map(|p| PositionYear::Holder(&p.id, year)))
            .chain(data.islands().iter().map(|i| PositionYear::Island(&i.id, year)));
        if let Some(n) = closest(&mut narrowed)?
            && best.is_none_or(|(_, rows)| n.1.abs_diff(k) < rows.abs_diff(k))
        {
            best = Some(n);
        }
    }
    best.ok_or_else(|| "no year query of positions to compare".to_owned())
}

struct Target {
    scan: f64,
    sqlite: Option<f64>,
    interval: Option<f64>,
}

fn verdict(met: bool) -> &'static str {
    if met { "met" } else { "MISSED" }
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
