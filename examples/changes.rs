//! How one party's stances changed: `cargo run --example changes -- ussr`.
//!
//! Prints, in time order, each position of the party starting, becoming certain, becoming
//! uncertain as the readings of its end begin, and ending.

mod common;

use std::process::ExitCode;

use common::Args;
use island_claims::PartyId;

const USAGE: &str = "usage: changes PARTY [--dataset NAME | --file PATH] [--json]

Lists in time order how the positions of PARTY (a party id such as japan) changed: each
started, became certain once every reading of its start had passed, became uncertain once
the earliest reading of its end had passed, and ended. A day is the first day of the new
state; 'before all dates' marks positions with an open or unknown start.

options:
  --dataset NAMEan embedded dataset: kuril (the default), liancourt-rocks, chagos,
               falklands, spratly or all
  --file PATH  query this dataset (JSON) instead
  --json       print the changes as JSON
  -h, --help   print this help";

fn main() -> ExitCode {
    common::run(|| {
        let Some(args) = Args::parse("changes", USAGE, &[])? else { return Ok(()) };
        let party: PartyId = args.id(args.one_positional("PARTY")?)?;
        let data = args.dataset()?;
        let changes = data.changes(&party)?;
        if args.json {
            return common::print_json(&changes);
        }
        if changes.is_empty() {
            common::say(format!("no positions of {party}"))?;
            return Ok(());
        }
        let rows: Vec<Vec<String>> = changes
            .iter()
            .map(|c| {
                vec![
                    c.day().map_or_else(|| "before all dates".to_owned(), |d| d.to_string()),
                    c.kind().to_string(),
                    c.after().map_or_else(|| "-".to_owned(), |a| a.to_string()),
                    c.position().id.to_string(),
                    common::stance_label(c.stance(), c.counterpart()),
                    common::join(&c.position().islands),
                    c.period().to_string(),
                ]
            })
            .collect();
        common::say(format!("changes of {}:", common::party_label(&data, &party)))?;
        common::print_table(&["day", "change", "now", "position", "stance", "islands", "period"], &rows)?;
        Ok(())
    })
}
