//! How one party's stances changed: `cargo run --example changes -- ussr`.
//!
//! Prints, in time order, each position of the party starting, becoming certain, becoming
//! uncertain as the readings of its end begin, and ending, with the sources of each position
//! by number, listed with their titles and dates at the end. Islands and parties are named in
//! English, or in `--lang TAG`; `--ids` prints the ids of positions, islands and sources instead.

mod common;

use std::process::ExitCode;

use common::Args;
use island_claims::PartyId;

const USAGE: &str = "usage: changes PARTY [--dataset NAME | --file PATH] [--lang TAG | --ids] [--json]

Lists in time order how the positions of PARTY (a party id such as japan) changed: each
started, became certain once every reading of its start had passed, became uncertain once
the earliest reading of its end had passed, and ended. A day is the first day of the new
state; 'before all dates' marks positions with an open or unknown start. The sources of each
position are numbered and listed with their titles and dates after the table.

options:
  --dataset NAME      an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                      falklands, spratly or all
  --file PATH         query this dataset (JSON) instead
{NAMING}
  --json              print the changes as JSON (by id)
  -h, --help          print this help";

fn main() -> ExitCode {
    common::run(|| {
        let usage = USAGE.replace("{NAMING}", common::NAMING_USAGE);
        let Some(args) = Args::parse("changes", usage, &common::NAMING)? else { return Ok(()) };
        let party: PartyId = args.id(args.one_positional("PARTY")?)?;
        let data = args.dataset()?;
        let changes = data.changes(&party)?;
        if args.json {
            return common::print_json(&changes);
        }
        let names = args.namer(&data)?;
        if changes.is_empty() {
            common::say(format!("no positions of {}", names.party(&party)))?;
            return Ok(());
        }
        let rows: Vec<Vec<String>> = changes
            .iter()
            .map(|c| {
                let mut row = vec![
                    c.day().map_or_else(|| "before all dates".to_owned(), |d| d.to_string()),
                    c.kind().to_string(),
                    c.after().map_or_else(|| "-".to_owned(), |a| a.to_string()),
                    c.position().id.to_string(),
                    names.stance(c.stance(), c.counterpart()),
                    names.islands(&c.position().islands),
                    c.period().to_string(),
                ];
                if !names.ids() {
                    row[1] = row[1].replace('_', " ");
                    // A position has no name: its stance, islands and sources say what it is.
                    row.remove(3);
                    row.push(names.cite(c.position().sources()));
                }
                row
            })
            .collect();
        common::say(format!("changes of {}:", names.party_heading(&party)))?;
        if names.ids() {
            common::print_table(&["day", "change", "now", "position", "stance", "islands", "period"], &rows)
        } else {
            common::print_table(&["day", "change", "now", "stance", "islands", "period", "sources"], &rows)?;
            names.print_sources()
        }
    })
}
