//! What happened to one island: `cargo run --example timeline -- shikotan`.
//!
//! Prints, in time order, the events concerning the island and the starts and ends of the
//! positions concerning it, through its groups and regions and its own members.

mod common;

use std::process::ExitCode;

use common::Args;
use island_claims::{IslandId, TimelineEntry};

const USAGE: &str = "usage: timeline ISLAND [--file PATH] [--json]

Lists in time order the events concerning ISLAND (an island, group or region id such as
shikotan) and the starts and ends of the positions concerning it, including positions on the
groups and regions it belongs to and on its members.

options:
  --file PATH  query this dataset (JSON) instead of the built-in one
  --json       print the entries as JSON
  -h, --help   print this help";

fn main() -> ExitCode {
    common::run(|| {
        let Some(args) = Args::parse("timeline", USAGE, &[])? else { return Ok(()) };
        let island: IslandId = args.id(args.one_positional("ISLAND")?)?;
        let data = args.dataset()?;
        let entries = data.timeline(&island)?;
        if args.json {
            return common::print_json(&entries);
        }
        if entries.is_empty() {
            common::say(format!("nothing recorded about {island}"))?;
            return Ok(());
        }
        let rows: Vec<Vec<String>> = entries
            .iter()
            .map(|entry| {
                let when = entry.when().unwrap_or("unknown").to_owned();
                match *entry {
                    TimelineEntry::Event { event } => {
                        vec![when, format!("event ({})", event.kind), event.id.to_string(), event.title.clone()]
                    }
                    TimelineEntry::PositionStart { position, .. } | TimelineEntry::PositionEnd { position, .. } => {
                        let kind = if matches!(entry, TimelineEntry::PositionStart { .. }) { "starts" } else { "ends" };
                        let what = format!(
                            "{} {} on {}",
                            position.holder,
                            common::stance_label(position.stance, position.counterpart.as_ref()),
                            common::join(&position.islands)
                        );
                        vec![when, kind.to_owned(), position.id.to_string(), what]
                    }
                    _ => vec![when, "other".to_owned(), String::new(), String::new()],
                }
            })
            .collect();
        common::say(format!("timeline of {island}:"))?;
        common::print_table(&["when", "what", "id", "details"], &rows)?;
        Ok(())
    })
}
