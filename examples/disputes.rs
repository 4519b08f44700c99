//! Which islands were disputed in a year, by whom, since when: `cargo run --example disputes -- 1972`.
//!
//! Derives the disputes from the dataset's positions ([`Dataset::disputes`]) and lists those
//! that may have held at some time in the year: the two sides, the islands, the kind of
//! contention, since when and until when (possibly and surely), how surely it held that year,
//! how it stands (ongoing, settled, adjudicated, renounced, absorbed or ended, with the event),
//! each island's own span and outcome, and the sources of the positions it rests on, with
//! their titles and dates. Ends with the count. Islands and parties are named in English, or
//! in `--lang TAG`; `--ids` prints ids instead, and the positions and sources by id.
//! `--as-known-at DATE` first restricts the dataset to what its sources had published by that
//! day; `--json` prints the disputes as JSON.

mod common;

use std::process::ExitCode;

use common::{Args, Failure, Namer, Opt};
use island_claims::{DayRange, DisputeMatch};

const USAGE: &str = "usage: disputes YEAR [--as-known-at YYYY-MM-DD] [--dataset NAME | --file PATH]
                     [--lang TAG | --ids] [--json]

Lists every island dispute that may have held at some time in YEAR, derived from the dataset's
positions: two sides of which one claims islands that the other claims or administers in its own
right. A side is the party a position counts for that day, continued by succession and
accession (the USSR, then Russia), its parties listed in order. For each: the islands, the kind
of contention, since when (the first day it possibly held, and the first day it surely held),
until when, how surely it held in YEAR (definite or possible), how it stands (ongoing, settled,
adjudicated, renounced, absorbed or ended, with the event), each island's own span and outcome,
how many positions it rests on, and their sources with their titles and dates.

options:
  --as-known-at DATE  only what sources had published on or before DATE
  --dataset NAME      an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                      falklands, spratly or all
  --file PATH         query this dataset (JSON) instead
{NAMING}
  --json              print the disputes as JSON (by id)
  -h, --help          print this help";

fn main() -> ExitCode {
    common::run(|| {
        let [lang, ids] = common::NAMING;
        let opts = [Opt { name: "--as-known-at", takes_value: true }, lang, ids];
        let usage = USAGE.replace("{NAMING}", common::NAMING_USAGE);
        let Some(args) = Args::parse("disputes", usage, &opts)? else { return Ok(()) };
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
        let names = args.namer(&data)?;
        print_report(&names, &found, year)
    })
}

fn print_report(names: &Namer<'_>, found: &[DisputeMatch<'_>], year: i32) -> Result<(), Failure> {
    for (n, m) in found.iter().enumerate() {
        let d = m.dispute();
        let side = |s: usize| d.side(s).map(|p| names.party_heading(p)).collect::<Vec<_>>().join(", then ");
        common::say(format!("\n{}. {}  vs  {}", n + 1, side(0), side(1)))?;
        let sure = d.definite().collect::<Vec<_>>();
        let contention = d.contention().iter().map(|c| c.to_string());
        let (positions, sources) = if names.ids() {
            (common::join(d.positions().map(|p| &p.id)), common::join(d.sources()))
        } else {
            let sources = d.sources();
            names.cite(sources.iter().copied());
            let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
            (count(d.positions().count(), "position"), count(sources.len(), "source") + ", listed below")
        };
        let rows: Vec<[String; 2]> = vec![
            ["territory".into(), names.island(d.territory())],
            ["islands".into(), names.islands(d.islands())],
            [
                "contention".into(),
                if names.ids() {
                    common::join(contention)
                } else {
                    common::join(contention.map(|c| c.replace('_', " ")))
                },
            ],
            ["since".into(), since(d.possible(), sure.first())],
            ["until".into(), until(d.possible(), sure.last())],
            [format!("in {year}"), m.certainty().to_string()],
            ["period (EDTF)".into(), d.period()],
            ["stands".into(), stands(names, d.outcome(), d.outcome_event(), d.ended_by())],
            ["positions".into(), positions],
            ["sources".into(), sources],
        ];
        for row in rows {
            common::say(format!("   {:<14} {}", row[0], row[1]))?;
        }
        common::say("   by island")?;
        let islands: Vec<_> = d.per_island().collect();
        let width = islands.iter().map(|i| common::width(&names.island(i.island()))).max().unwrap_or(0).max(12);
        for i in islands {
            let how = stands(names, i.outcome(), i.outcome_event(), i.ended_by());
            let name = names.island(i.island());
            let pad = " ".repeat(width - common::width(&name));
            common::say(format!("     {name}{pad} {}  {how}", i.period()))?;
        }
        names.print_sources_indented("   sources", "     ")?;
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
    names: &Namer<'_>,
    outcome: island_claims::Outcome,
    by: Option<&'a island_claims::Event>,
    ended_by: impl Iterator<Item = &'a island_claims::Event>,
) -> String {
    let events: Vec<String> = ended_by.map(|e| names.event(e)).collect();
    match (by, events.is_empty()) {
        (Some(e), _) => format!("{outcome} by {}", names.event(e)),
        (None, false) => format!("{outcome} ({})", events.join(", ")),
        (None, true) => outcome.to_string(),
    }
}
