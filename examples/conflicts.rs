//! Accounts that cannot both be true: `cargo run --example conflicts`.
//!
//! Prints every pair of positions of one party that may hold at the same time, come from
//! different sources or accounts, and contradict each other: incompatible stances on the same
//! islands, or the same stance on different island sets. Then every pair of accounts of one
//! event (`same_as`) that disagree: on the date, or on the islands.

mod common;

use std::process::ExitCode;

use common::Args;
use island_claims::{Event, EventConflict, PositionConflict};

const USAGE: &str = "usage: conflicts [--dataset NAME | --file PATH] [--json]

Lists every pair of positions of one party that may hold at the same time, are backed by
different sources or accounts, and cannot both be true: 'stance' when their stances on
shared islands are incompatible, 'scope' when they take the same stance on different island
sets. Says on which islands they disagree, when both may hold, and how surely they overlap.
Then lists every pair of accounts of one event (linked by same_as) from different accounts
that disagree: 'date' when their dates surely differ, 'islands' when they name different
islands; with whose accounts they are and the date each gives.

options:
  --dataset NAMEan embedded dataset: kuril (the default), liancourt-rocks, chagos,
               falklands, spratly or all
  --file PATH  query this dataset (JSON) instead
  --json       print the conflicts as JSON
  -h, --help   print this help";

fn main() -> ExitCode {
    common::run(|| {
        let Some(args) = Args::parse("conflicts", USAGE, &[])? else { return Ok(()) };
        args.no_positional()?;
        let data = args.dataset()?;
        let conflicts = data.conflicts();
        if args.json {
            return common::print_json(&conflicts);
        }
        if conflicts.is_empty() {
            common::say("no conflicts")?;
            return Ok(());
        }
        let rows: Vec<Vec<String>> = conflicts.iter().filter_map(|c| c.as_positions()).map(position_row).collect();
        if !rows.is_empty() {
            common::say(format!("{} conflict{} of positions:", rows.len(), plural(rows.len())))?;
            common::print_table(
                &["party", "kind", "positions", "disagree on", "overlap", "certainty", "sources"],
                &rows,
            )?;
        }
        let rows: Vec<Vec<String>> = conflicts.iter().filter_map(|c| c.as_events()).map(event_row).collect();
        if !rows.is_empty() {
            common::say(format!("{} conflict{} between accounts of one event:", rows.len(), plural(rows.len())))?;
            common::print_table(&["accounts of", "kind", "events", "dates", "disagree on", "sources"], &rows)?;
        }
        let rows: Vec<Vec<String>> = conflicts.iter().filter_map(|c| c.as_relations()).map(relation_row).collect();
        if !rows.is_empty() {
            common::say(format!("{} conflict{} between accounts of one relation:", rows.len(), plural(rows.len())))?;
            common::print_table(&["party", "relation", "with", "periods", "sources"], &rows)?;
        }
        Ok(())
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn position_row(c: &PositionConflict<'_>) -> Vec<String> {
    let (a, b) = c.positions();
    vec![
        c.party().to_string(),
        c.kind().to_string(),
        format!("{} / {}", a.id, b.id),
        common::join(c.islands()),
        c.overlap().to_string(),
        c.certainty().to_string(),
        common::join(c.sources()),
    ]
}

/// Whose accounts an event gives: the `account_of` of its attributions, or its sources'
/// own where none is named.
fn accounts(e: &Event) -> String {
    let mut whose: Vec<String> = Vec::new();
    for a in &e.attributions {
        let who = a.account_of.as_ref().map_or_else(|| format!("{} (its own)", a.source), ToString::to_string);
        if !whose.contains(&who) {
            whose.push(who);
        }
    }
    whose.join(", ")
}

fn event_row(c: &EventConflict<'_>) -> Vec<String> {
    let (a, b) = c.events();
    let islands = if c.islands().is_empty() { "-".to_owned() } else { common::join(c.islands()) };
    vec![
        format!("{} / {}", accounts(a), accounts(b)),
        c.kind().to_string(),
        format!("{} / {}", a.id, b.id),
        format!("{} / {}", a.when, b.when),
        islands,
        common::join(c.sources()),
    ]
}

fn relation_row(c: &island_claims::RelationConflict<'_>) -> Vec<String> {
    let (a, b) = c.relations();
    vec![
        c.party().to_string(),
        c.relation().to_string(),
        c.with().to_string(),
        format!("{} / {}", a.period, b.period),
        common::join(c.sources()),
    ]
}
