//! Draws a dispute's history as an SVG timeline:
//! `cargo run --example timeline_svg --features svg -- --from 1855 --out kuril.svg`.
//!
//! One row per island (or per party), a coloured band per position, a diamond per event; open
//! the file in a browser and hover over a band or a diamond for its details and sources.

mod common;

use std::process::ExitCode;

use common::{Args, Failure, Opt};
use island_claims::export::svg::{RowKind, Timeline};
use island_claims::{IslandId, PartyId};

const USAGE: &str = "usage: timeline_svg [--island ID | --party ID] [--by island|party] [--from YEAR] [--to YEAR]
                    [--width PIXELS] [--title TEXT] [--disputes] [--dataset NAME | --file PATH] --out FILE.svg

Draws the positions and events of a dataset as an SVG timeline: one row per island (or per
party), time from left to right, a band per position coloured by party and patterned by stance
(solid where it surely held, faded where its dates leave it uncertain), a diamond per event.
Open the file in a browser and hover over a band or a diamond for its details and sources.

options:
  --island ID     only this island, group or region, one row per party
  --party ID      only this party's positions and events, one row per island
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
        let valued = ["--island", "--party", "--by", "--from", "--to", "--width", "--title", "--out"]
            .map(|name| Opt { name, takes_value: true });
        let opts: Vec<Opt> = valued.into_iter().chain([Opt { name: "--disputes", takes_value: false }]).collect();
        let Some(args) = Args::parse("timeline_svg", USAGE, &opts)? else { return Ok(()) };
        args.no_positional()?;
        args.no_json()?;
        let out = args.value("--out").ok_or_else(|| args.usage_error("missing --out FILE.svg"))?;
        let island: Option<IslandId> = args.value("--island").map(|i| args.id(i)).transpose()?;
        let party: Option<PartyId> = args.value("--party").map(|p| args.id(p)).transpose()?;
        let rows = match (args.value("--by"), &island) {
            (Some("island"), _) | (None, None) => RowKind::Islands,
            (Some("party"), _) | (None, Some(_)) => RowKind::Parties,
            (Some(other), _) => {
                return Err(args.usage_error(&format!("--by takes 'island' or 'party', not '{other}'")));
            }
        };
        let mut timeline = Timeline::new().rows(rows);
        match (island, party) {
            (Some(_), Some(_)) => return Err(args.usage_error("give --island or --party, not both")),
            (Some(i), None) => timeline = timeline.island(i),
            (None, Some(p)) => timeline = timeline.party(p),
            (None, None) => {}
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
