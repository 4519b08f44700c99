//! Which islands were disputed in a year, by whom, since when: `cargo run --example disputes -- 1972`.
//!
//! Derives the disputes from the dataset's positions ([`Dataset::disputes`]) and lists those
//! that may have held at some time in the year: the two sides, the islands, the kind of
//! contention, since when and until when (possibly and surely), how surely it held that year,
//! how it stands (ongoing, settled, adjudicated, renounced, absorbed or ended, with the event),
//! each island's own span and outcome, and the sources of the positions it rests on. Ends with
//! the count.
//! `--as-known-at DATE` first restricts the dataset to what its sources had published by that
//! day; `--json` prints the disputes as JSON.

mod common;

use std::process::ExitCode;

use common::{Args, Failure, Opt};
use island_claims::{Dataset, DayRange, DisputeMatch};

const USAGE: &str = "usage: disputes YEAR [--as-known-at YYYY-MM-DD] [--dataset NAME | --file PATH] [--json]

Lists every island dispute that may have held at some time in YEAR, derived from the dataset's
positions: two sides of which one claims islands that the other claims or administers in its own
right. A side is the party a position counts for that day, continued by succession and
accession (the USSR, then Russia), its parties listed in order. For each: the islands, the kind
of contention, since when (the first day it possibly held, and the first day it surely held),
until when, how surely it held in YEAR (definite or possible), how it stands (ongoing, settled,
adjudicated, renounced, absorbed or ended, with the event), each island's own span and outcome,
and the sources of the positions it rests on.

options:
  --as-known-at DATE  only what sources had published on or before DATE
  --dataset NAME      an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                      falklands, spratly or all
  --file PATH         query this dataset (JSON) instead
  --json              print the disputes as JSON
  -h, --help          print this help";

fn main() -> ExitCode {
    common::run(|| {
        let opts = [Opt { name: "--as-known-at", takes_value: true }];
        let Some(args) = Args::parse("disputes", USAGE, &opts)? else { return Ok(()) };
        let year = args.year(args.one_positional("YEAR")?)?;
        let known_at = args.value("--as-known-at").map(|d| args.date(d)).transpose()?;
        let all = args.dataset()?;
        let data = match known_at {
            Some(day) => all.as_known_at(day),
            None => all,
        };
        let found = data.disputes_during(year);
        if args.json {
            return common::print_json(&found);
        }
        print_report(&data, &found, year)
    })
}

fn print_report(data: &Dataset, found: &[DisputeMatch<'_>], year: i32) -> Result<(), Failure> {
    for (n, m) in found.iter().enumerate() {
        let d = m.dispute();
        let side = |s: usize| d.side(s).map(|p| common::party_label(data, p)).collect::<Vec<_>>().join(", then ");
        common::say(format!("\n{}. {}  vs  {}", n + 1, side(0), side(1)))?;
        let sure = d.definite().collect::<Vec<_>>();
        let rows: Vec<[String; 2]> = vec![
            ["territory".into(), d.territory().to_string()],
            ["islands".into(), common::join(d.islands())],
            ["contention".into(), common::join(d.contention().iter().map(|c| c.to_string()))],
            ["since".into(), since(d.possible(), sure.first())],
            ["until".into(), until(d.possible(), sure.last())],
            [format!("in {year}"), m.certainty().to_string()],
            ["period (EDTF)".into(), d.period()],
            ["stands".into(), stands(d.outcome(), d.outcome_event(), d.ended_by())],
            ["positions".into(), common::join(d.positions().map(|p| &p.id))],
            ["sources".into(), common::join(d.sources())],
        ];
        for row in rows {
            common::say(format!("   {:<14} {}", row[0], row[1]))?;
        }
        common::say("   by island")?;
        for i in d.per_island() {
            let how = stands(i.outcome(), i.outcome_event(), i.ended_by());
            common::say(format!("     {:<12} {}  {how}", i.island().as_str(), i.period()))?;
        }
    }
    let sure = found.iter().filter(|m| m.certainty() == island_claims::Certainty::Definite).count();
    let noun = if found.len() == 1 { "dispute" } else { "disputes" };
    common::say(format!("\n{} {noun} in {year} ({sure} definite, {} possible)", found.len(), found.len() - sure))
}

fn day(d: Option<island_claims::chrono::NaiveDate>, open: &str) -> String {
    d.map_or_else(|| open.to_owned(), |d| d.to_string())
}

fn since(possible: DayRange, sure: Option<&DayRange>) -> String {
    let first = day(possible.first(), "unknown");
    match sure.map(|s| s.first()) {
        Some(s) if s == possible.first() => first,
        Some(s) => format!("possibly {first}, surely {}", day(s, "unknown")),
        None => format!("possibly {first}, never surely"),
    }
}

fn until(possible: DayRange, sure: Option<&DayRange>) -> String {
    let last = day(possible.last(), "now");
    match sure.map(|s| s.last()) {
        Some(s) if s == possible.last() => last,
        Some(s) => format!("surely {}, possibly {last}", day(s, "now")),
        None => format!("possibly {last}"),
    }
}

fn stands<'a>(
    outcome: island_claims::Outcome,
    by: Option<&'a island_claims::Event>,
    ended_by: impl Iterator<Item = &'a island_claims::Event>,
) -> String {
    let events: Vec<&str> = ended_by.map(|e| e.id.as_str()).collect();
    match (by, events.is_empty()) {
        (Some(e), _) => format!("{outcome} by {}", e.id),
        (None, false) => format!("{outcome} ({})", events.join(", ")),
        (None, true) => outcome.to_string(),
    }
}
