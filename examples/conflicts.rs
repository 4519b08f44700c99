//! Accounts that cannot both be true: `cargo run --example conflicts`.
//!
//! Prints every pair of positions of one party that may hold at the same time, come from
//! different sources or accounts, and contradict each other: incompatible stances on the same
//! islands, or the same stance on different island sets.

mod common;

use std::process::ExitCode;

use common::Args;

const USAGE: &str = "usage: conflicts [--file PATH] [--json]

Lists every pair of positions of one party that may hold at the same time, are backed by
different sources or accounts, and cannot both be true: 'stance' when their stances on
shared islands are incompatible, 'scope' when they take the same stance on different island
sets. Says on which islands they disagree, when both may hold, and how surely they overlap.

options:
  --file PATH  query this dataset (JSON) instead of the built-in one
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
        let rows: Vec<Vec<String>> = conflicts
            .iter()
            .map(|c| {
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
            })
            .collect();
        common::say(format!("{} conflict{}:", conflicts.len(), if conflicts.len() == 1 { "" } else { "s" }))?;
        common::print_table(&["party", "kind", "positions", "disagree on", "overlap", "certainty", "sources"], &rows)?;
        Ok(())
    })
}
