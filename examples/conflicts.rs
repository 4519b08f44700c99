//! Accounts that cannot both be true: `cargo run --example conflicts`.
//!
//! Prints every pair of positions of one party that may hold at the same time, come from
//! different sources or accounts, and contradict each other: incompatible stances on the same
//! islands, or the same stance on different island sets. Then every pair of accounts of one
//! event (`same_as`) that disagree: on the date, or on the islands. Then every pair of
//! accounts of one relation between parties whose dates surely differ. Sources are cited by
//! number and listed with their titles and dates at the end; islands and parties are named in
//! English, or in `--lang TAG`; `--ids` prints the ids of every record instead.

mod common;

use std::process::ExitCode;

use common::{Args, Namer};
use island_claims::{Event, EventConflict, PositionConflict};

const USAGE: &str = "usage: conflicts [--dataset NAME | --file PATH] [--lang TAG | --ids] [--json]

Lists every pair of positions of one party that may hold at the same time, are backed by
different sources or accounts, and cannot both be true: 'stance' when their stances on
shared islands are incompatible, 'scope' when they take the same stance on different island
sets. Says on which islands they disagree, when both may hold, and how surely they overlap.
Then lists every pair of accounts of one event (linked by same_as) from different accounts
that disagree: 'date' when their dates surely differ, 'islands' when they name different
islands; with whose accounts they are and the date each gives. Then lists every pair of
accounts of one relation between parties (part of, represents, protected by) whose periods
surely differ. Each position or event is followed by its sources, numbered and listed with
their titles and dates at the end.

options:
  --dataset NAME      an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                      falklands, spratly or all
  --file PATH         query this dataset (JSON) instead
{NAMING}
  --json              print the conflicts as JSON (by id)
  -h, --help          print this help";

fn main() -> ExitCode {
    common::run(|| {
        let usage = USAGE.replace("{NAMING}", common::NAMING_USAGE);
        let Some(args) = Args::parse("conflicts", usage, &common::NAMING)? else { return Ok(()) };
        args.no_positional()?;
        let data = args.dataset()?;
        let conflicts = data.conflicts();
        if args.json {
            return common::print_json(&conflicts);
        }
        let names = args.namer(&data)?;
        if conflicts.is_empty() {
            common::say("no conflicts")?;
            return Ok(());
        }
        let ids = names.ids();
        let rows: Vec<Vec<String>> =
            conflicts.iter().filter_map(|c| c.as_positions()).map(|c| position_row(&names, c)).collect();
        if !rows.is_empty() {
            common::say(format!("{} conflict{} of positions:", rows.len(), plural(rows.len())))?;
            let header: &[&str] = if ids {
                &["party", "kind", "positions", "disagree on", "overlap", "certainty", "sources"]
            } else {
                &["party", "kind", "positions (their sources)", "disagree on", "overlap", "certainty"]
            };
            common::print_table(header, &rows)?;
        }
        let rows: Vec<Vec<String>> =
            conflicts.iter().filter_map(|c| c.as_events()).map(|c| event_row(&names, c)).collect();
        if !rows.is_empty() {
            common::say(format!("{} conflict{} between accounts of one event:", rows.len(), plural(rows.len())))?;
            common::print_table(&["accounts of", "kind", "events", "dates", "disagree on", "sources"], &rows)?;
        }
        let rows: Vec<Vec<String>> =
            conflicts.iter().filter_map(|c| c.as_relations()).map(|c| relation_row(&names, c)).collect();
        if !rows.is_empty() {
            common::say(format!("{} conflict{} between accounts of one relation:", rows.len(), plural(rows.len())))?;
            common::print_table(&["party", "relation", "with", "periods", "sources"], &rows)?;
        }
        names.print_sources()
    })
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn position_row(names: &Namer<'_>, c: &PositionConflict<'_>) -> Vec<String> {
    let (a, b) = c.positions();
    if names.ids() {
        return vec![
            c.party().to_string(),
            c.kind().to_string(),
            format!("{} / {}", a.id, b.id),
            common::join(c.islands()),
            c.overlap().to_string(),
            c.certainty().to_string(),
            common::join(c.sources()),
        ];
    }
    // A position has no name: its stance, islands and sources say which it is.
    let position = |p: &island_claims::Position| {
        let stance = names.stance(p.stance, p.counterpart.as_ref());
        format!("{stance}: {} {}", names.islands(&p.islands), names.cite(p.sources()))
    };
    vec![
        names.party(c.party()),
        c.kind().to_string(),
        format!("{} / {}", position(a), position(b)),
        names.islands(c.islands()),
        c.overlap().to_string(),
        c.certainty().to_string(),
    ]
}

/// Whose accounts an event gives: the `account_of` of its attributions, or its sources'
/// own where none is named.
fn accounts(names: &Namer<'_>, e: &Event) -> String {
    let mut whose: Vec<String> = Vec::new();
    for a in &e.attributions {
        let own = || {
            if names.ids() { format!("{} (its own)", a.source) } else { format!("source {}", names.cite([&a.source])) }
        };
        let who = a.account_of.as_ref().map_or_else(own, |p| names.party(p));
        if !whose.contains(&who) {
            whose.push(who);
        }
    }
    whose.join(", ")
}

fn event_row(names: &Namer<'_>, c: &EventConflict<'_>) -> Vec<String> {
    let (a, b) = c.events();
    let islands = if c.islands().is_empty() { "-".to_owned() } else { names.islands(c.islands()) };
    let event = |e: &Event| if names.ids() { e.id.to_string() } else { e.title.clone() };
    vec![
        format!("{} / {}", accounts(names, a), accounts(names, b)),
        c.kind().to_string(),
        format!("{} / {}", event(a), event(b)),
        format!("{} / {}", a.when, b.when),
        islands,
        names.cite(c.sources()),
    ]
}

fn relation_row(names: &Namer<'_>, c: &island_claims::RelationConflict<'_>) -> Vec<String> {
    let (a, b) = c.relations();
    let relation = c.relation().to_string();
    vec![
        names.party(c.party()),
        if names.ids() { relation } else { relation.replace('_', " ") },
        names.party(c.with()),
        format!("{} / {}", a.period, b.period),
        names.cite(c.sources()),
    ]
}
