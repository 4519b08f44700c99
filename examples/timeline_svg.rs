//! Draws a dispute's history as an SVG timeline:
//! `cargo run --example timeline_svg --features svg -- --island shikotan --out shikotan.svg`.
//!
//! One view per island (`--island`) or per dispute (`--dispute N`), or the whole dataset; a
//! lane per party and stance, a band per position, labelled diamonds for events; open the
//! file in a browser and hover over a band or a diamond for what it says and its sources.

mod common;

use std::process::ExitCode;

use common::{Args, Failure, Opt};
use island_claims::export::svg::{RowKind, Timeline};
use island_claims::{IslandId, PartyId};

const USAGE: &str =
    "usage: timeline_svg [--island ID | --party ID | --dispute N] [--by island|party] [--from YEAR] [--to YEAR]
                    [--width PIXELS] [--title TEXT] [--disputes] [--dataset NAME | --file PATH] --out FILE.svg

Draws the positions and events of a dataset as an SVG timeline: one row per island (or per
party) with a lane per party and stance, time from left to right, a band per position coloured
by party and patterned by stance (solid where it surely held, faded where its dates leave it
uncertain), and the events in a row at the top, the most important labelled. Open the file in
a browser and hover over a band or a diamond for what it says and its sources.

options:
  --island ID     only this island, group or region, one row per party
  --party ID      only this party's positions and events, one row per island
  --dispute N     only the Nth derived dispute (as the disputes example numbers them): its
                  parties' positions on its territory, one row per party
  --by KIND       rows per 'island' or per 'party' (overrides the default above)
  --from YEAR     start in YEAR (default: the first year of the records drawn)
  --to YEAR       end in YEAR (default: the last year anything drawn is dated to)
  --width PIXELS  the picture's width (default 1200)
  --title TEXT    the title above the picture
  --disputes      add a last row with a band per derived dispute (who disputed which islands
                  with whom, faded where only possible)
  --dataset NAME  an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                  falklands, spratly or all
  --file PATH     draw this dataset (JSON) instead
  --out FILE.svg  where to write the picture ('-' for standard output)
  -h, --help      print this help";

fn main() -> ExitCode {
    common::run(|| {
        let valued = ["--island", "--party", "--dispute", "--by", "--from", "--to", "--width", "--title", "--out"]
            .map(|name| Opt { name, takes_value: true });
        let opts: Vec<Opt> = valued.into_iter().chain([Opt { name: "--disputes", takes_value: false }]).collect();
        let Some(args) = Args::parse("timeline_svg", USAGE, &opts)? else { return Ok(()) };
        args.no_positional()?;
        args.no_json()?;
        let out = args.value("--out").ok_or_else(|| args.usage_error("missing --out FILE.svg"))?;
        let island: Option<IslandId> = args.value("--island").map(|i| args.id(i)).transpose()?;
        let party: Option<PartyId> = args.value("--party").map(|p| args.id(p)).transpose()?;
        let dispute: Option<usize> = match args.value("--dispute") {
            Some(n) => Some(n.parse().map_err(|_| args.usage_error(&format!("'{n}' is not a dispute number")))?),
            None => None,
        };
        let narrowed = island.is_some() || dispute.is_some();
        let rows = match (args.value("--by"), narrowed) {
            (Some("island"), _) | (None, false) => RowKind::Islands,
            (Some("party"), _) | (None, true) => RowKind::Parties,
            (Some(other), _) => {
                return Err(args.usage_error(&format!("--by takes 'island' or 'party', not '{other}'")));
            }
        };
        let mut timeline = Timeline::new().rows(rows);
        match (island, party, dispute) {
            (Some(i), None, None) => timeline = timeline.island(i),
            (None, Some(p), None) => timeline = timeline.party(p),
            (None, None, Some(n)) => timeline = timeline.dispute(n),
            (None, None, None) => {}
            _ => return Err(args.usage_error("give one of --island, --party and --dispute")),
        }
        if let Some(year) = args.value("--from") {
            timeline = timeline.from_year(args.year(year)?);
        }
        if let Some(year) = args.value("--to") {
            timeline = timeline.to_year(args.year(year)?);
        }
        if let Some(w) = args.value("--width") {
            let pixels = w.parse().map_err(|_| args.usage_error(&format!("'{w}' is not a width in pixels")))?;
            timeline = timeline.width(pixels);
        }
        if let Some(title) = args.value("--title") {
            timeline = timeline.title(title);
        }
        if args.switch("--disputes") {
            timeline = timeline.disputes();
        }

        let svg = timeline.render(&args.dataset()?).map_err(|e| Failure::Data(e.to_string()))?;
        common::write_output(out, svg.as_bytes())?;
        if out != "-" {
            eprintln!("wrote {out}");
        }
        Ok(())
    })
}
