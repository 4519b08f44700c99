//! Who claimed what in a year: `cargo run --example who_claimed -- 1956`.
//!
//! Prints a table per party of the positions that may have held at some time in the year:
//! islands, stance, how surely, period, whose account it is and sources (by number, listed
//! with their titles and dates at the end). Islands and parties are named in English, or in
//! `--lang TAG`; `--ids` prints ids instead. `--as-known-at DATE` first restricts the
//! dataset to what its sources had published by that day; `--all-stances` shows every stance,
//! not only claims; `--include-internal` adds positions recorded only in a holder's own papers
//! (left out otherwise); `--json` prints the matches as JSON.

mod common;

use std::process::ExitCode;

use common::{Args, Failure, Namer, Opt};
use island_claims::{Dataset, Match};

const USAGE: &str = "usage: who_claimed YEAR [--as-known-at YYYY-MM-DD] [--all-stances] [--include-internal]
                        [--dataset NAME | --file PATH] [--lang TAG | --ids] [--json]

Lists who claimed what over which islands at some time in YEAR, grouped by party, with how
surely each position held then (definite or possible), its period, whose account it is and its
sources, numbered and listed with their titles and dates after the tables. 'according to'
names the party whose account a source reports (Putin's account of Japan's stance), or 'its
sources' where the sources speak for themselves. The table names islands as the positions do;
--json lists them expanded through groups and regions.

options:
  --as-known-at DATE  only what sources had published on or before DATE
  --all-stances       every stance (administers, offers_transfer, ...), not only claims
  --include-internal  also plans and instructions in a holder's own papers, not put to anyone
                      then (the Soviet plan of 1972), which are left out otherwise
  --dataset NAME      an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                      falklands, spratly or all
  --file PATH         query this dataset (JSON) instead
{NAMING}
  --json              print the matches as JSON (by id)
  -h, --help          print this help";

fn main() -> ExitCode {
    common::run(|| {
        let [lang, ids] = common::NAMING;
        let opts = [
            Opt { name: "--as-known-at", takes_value: true },
            Opt { name: "--all-stances", takes_value: false },
            Opt { name: "--include-internal", takes_value: false },
            lang,
            ids,
        ];
        let usage = USAGE.replace("{NAMING}", common::NAMING_USAGE);
        let Some(args) = Args::parse("who_claimed", usage, &opts)? else { return Ok(()) };
        let year = args.year(args.one_positional("YEAR")?)?;
        let known_at = args.value("--as-known-at").map(|d| args.date(d)).transpose()?;
        let all = args.dataset()?;
        let data = match known_at {
            Some(day) => all.as_known_at(day),
            None => all,
        };
        let mut query = data.query().during(year);
        if !args.switch("--all-stances") {
            query = query.claims();
        }
        if args.switch("--include-internal") {
            query = query.include_internal();
        }
        let matches = query.run()?;
        if args.json {
            return common::print_json(&matches);
        }
        let names = args.namer(&data)?;
        print_report(&data, &names, &matches, year, args.switch("--all-stances"))
    })
}

fn print_report(
    data: &Dataset,
    names: &Namer<'_>,
    matches: &[Match<'_>],
    year: i32,
    all_stances: bool,
) -> Result<(), Failure> {
    let what = if all_stances { "positions" } else { "claims" };
    if matches.is_empty() {
        return common::say(format!("no {what} in {year}"));
    }
    common::say(format!("{what} in {year} ({} in all):", matches.len()))?;
    // Parties in dataset order; within a party, the query's order (by start).
    for party in data.parties() {
        let rows: Vec<Vec<String>> = matches
            .iter()
            .filter(|m| m.party() == &party.id)
            .map(|m| {
                vec![
                    names.islands(&m.position().islands),
                    names.stance(m.stance(), m.counterpart()),
                    m.certainty().to_string(),
                    m.period().to_string(),
                    according_to(names, m) + if m.position().internal { " (internal)" } else { "" },
                    names.cite(m.sources()),
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        common::say(format!("\n{}", names.party_heading(&party.id)))?;
        common::print_table(&["islands", "stance", "certainty", "period", "according to", "sources"], &rows)?;
    }
    names.print_sources()
}

/// Whose accounts a match rests on: the parties whose accounts its sources report, and "its
/// sources" for the attributions that report none.
fn according_to(names: &Namer<'_>, m: &Match<'_>) -> String {
    let accounts: Vec<String> = m
        .position()
        .accounts()
        .into_iter()
        .map(|a| a.map_or_else(|| "its sources".to_owned(), |p| names.party(p)))
        .collect();
    accounts.join(", ")
}
