//! What happened to one island: `cargo run --example timeline -- shikotan`.
//!
//! Prints what the island is (part of which island or group, and when it exists), then, in time
//! order, the events concerning the island, the starts and ends of the positions concerning
//! it, through its groups and regions and its own members and parts, and when it and those
//! parts come into being or cease to exist.

mod common;

use std::process::ExitCode;

use common::{Args, Namer};
use island_claims::{Dataset, Island, IslandId, IslandKind, Period, PeriodEnd, TimelineEntry};

const USAGE: &str = "usage: timeline ISLAND [--dataset NAME | --file PATH] [--lang TAG | --ids] [--json]

Lists in time order the events concerning ISLAND (an island, group, region or part id such as
shikotan) and the starts and ends of the positions concerning it, including positions on the
groups, regions and island it belongs to and on its members and parts, and when it and those
parts exist (a part of an island divided by a border, from the settlement that drew it), with
the sources of each line, numbered and listed with their titles and dates after the table.

options:
  --dataset NAME      an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                      falklands, spratly or all
  --file PATH         query this dataset (JSON) instead
{NAMING}
  --json              print the entries as JSON (by id)
  -h, --help          print this help";

fn main() -> ExitCode {
    common::run(|| {
        let usage = USAGE.replace("{NAMING}", common::NAMING_USAGE);
        let Some(args) = Args::parse("timeline", usage, &common::NAMING)? else { return Ok(()) };
        let island: IslandId = args.id(args.one_positional("ISLAND")?)?;
        let data = args.dataset()?;
        let entries = data.timeline(&island)?;
        if args.json {
            return common::print_json(&entries);
        }
        let names = args.namer(&data)?;
        if entries.is_empty() {
            common::say(format!("nothing recorded about {}", names.island(&island)))?;
            return Ok(());
        }
        if !names.ids() {
            let rows: Vec<Vec<String>> = entries.iter().map(|entry| named_row(&names, entry)).collect();
            common::say(format!("timeline of {}:", about(&names, &data, &island)))?;
            for part in parts(&data, &island) {
                common::say(format!("  {}", about(&names, &data, &part.id)))?;
            }
            common::print_table(&["when", "what", "details", "sources"], &rows)?;
            return names.print_sources();
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
                    TimelineEntry::IslandStart { island } => {
                        vec![when, "comes into being".to_owned(), island.id.to_string(), what_island(&names, island)]
                    }
                    TimelineEntry::IslandEnd { island } => {
                        vec![when, "ceases to exist".to_owned(), island.id.to_string(), what_island(&names, island)]
                    }
                    _ => vec![when, "other".to_owned(), String::new(), String::new()],
                }
            })
            .collect();
        common::say(format!("timeline of {}:", about(&names, &data, &island)))?;
        for part in parts(&data, &island) {
            common::say(format!("  {}", about(&names, &data, &part.id)))?;
        }
        common::print_table(&["when", "what", "id", "details"], &rows)?;
        Ok(())
    })
}

/// The parts an island is divided into.
fn parts<'a>(data: &'a Dataset, island: &'a IslandId) -> impl Iterator<Item = &'a Island> + 'a {
    data.islands().iter().filter(move |i| i.kind == IslandKind::Part && i.part_of.as_ref() == Some(island))
}

/// A line of the timeline for a reader: when, what happened, the records by name, and the
/// sources by number.
fn named_row(names: &Namer<'_>, entry: &TimelineEntry<'_>) -> Vec<String> {
    let when = entry.when().unwrap_or("unknown").to_owned();
    match *entry {
        TimelineEntry::Event { event } => vec![
            when,
            event.kind.to_string().replace('_', " "),
            event.title.clone(),
            names.cite(event.attributions.iter().map(|a| &a.source)),
        ],
        TimelineEntry::PositionStart { position, .. } | TimelineEntry::PositionEnd { position, .. } => {
            let kind = if matches!(entry, TimelineEntry::PositionStart { .. }) { "starts" } else { "ends" };
            let what = format!(
                "{}: {} ({})",
                names.party(&position.holder),
                names.stance(position.stance, position.counterpart.as_ref()),
                names.islands(&position.islands)
            );
            vec![when, kind.to_owned(), what, names.cite(position.sources())]
        }
        TimelineEntry::IslandStart { island } => {
            vec![when, "comes into being".to_owned(), about_island(names, island), "-".to_owned()]
        }
        TimelineEntry::IslandEnd { island } => {
            vec![when, "ceases to exist".to_owned(), about_island(names, island), "-".to_owned()]
        }
        _ => vec![when, "other".to_owned(), String::new(), String::new()],
    }
}

/// `x-north: part of x, exists from 2022-06-14`: the island, what it belongs to and when it
/// exists, as far as the record says.
fn about(names: &Namer<'_>, data: &Dataset, id: &IslandId) -> String {
    match data.island(id) {
        Some(island) => about_island(names, island),
        None => names.island(id),
    }
}

/// As [`about`], of a record at hand.
fn about_island(names: &Namer<'_>, island: &Island) -> String {
    let what = what_island(names, island);
    let name = names.island(&island.id);
    if what.is_empty() { name } else { format!("{name}: {what}") }
}

/// `part of x, exists from 2022-06-14`, `group`, or nothing for a lone island.
fn what_island(names: &Namer<'_>, island: &Island) -> String {
    let mut said = Vec::new();
    match (&island.part_of, island.kind) {
        (Some(whole), kind @ (IslandKind::Part | IslandKind::Island)) => {
            let of = if kind == IslandKind::Part { "part of" } else { "in" };
            said.push(format!("{of} {}", names.island(whole)));
        }
        (Some(whole), kind) => said.push(format!("{kind} in {}", names.island(whole))),
        (None, IslandKind::Island) => {}
        (None, kind) => said.push(kind.to_string()),
    }
    if let Some(exists) = &island.exists {
        said.push(existence(exists));
    }
    said.join(", ")
}

/// `exists from 2022-06-14`, `exists until 1945`, `exists from 1900 to 1945`.
fn existence(exists: &Period) -> String {
    match (exists.start(), exists.end()) {
        (PeriodEnd::At(start), PeriodEnd::Open) => format!("exists from {start}"),
        (PeriodEnd::At(start), PeriodEnd::Unknown) => format!("exists from {start}, until a date no source gives"),
        (PeriodEnd::Open | PeriodEnd::Unknown, PeriodEnd::At(end)) => format!("exists until {end}"),
        (PeriodEnd::At(start), PeriodEnd::At(end)) => format!("exists from {start} to {end}"),
        _ => format!("exists {exists}"),
    }
}
