//! Draws a dispute's history as an SVG timeline:
//! `cargo run --example timeline_svg --features svg -- --from 1855 --out kuril.svg`.
//!
//! One row per island (or per party), a coloured band per position, a diamond per event; open
//! the file in a browser and hover over a band or a diamond for its details and sources.

use std::process::ExitCode;

use island_claims::Dataset;
use island_claims::export::svg::{RowKind, Timeline};

const USAGE: &str = "usage: timeline_svg [--island ID | --party ID] [--by island|party] [--from YEAR] [--to YEAR]
                    [--width PIXELS] [--title TEXT] [--file PATH] --out FILE.svg

Draws the positions and events of a dataset as an SVG timeline: one row per island (or per
party), time from left to right, a band per position coloured by party and patterned by stance
(solid where it surely held, faded where its dates leave it uncertain), a diamond per event.
Open the file in a browser and hover over a band or a diamond for its details and sources.

options:
  --island ID     only this island, group or region, one row per party
  --party ID      only this party's positions and events, one row per island
  --by KIND       rows per 'island' or per 'party' (overrides the default above)
  --from YEAR     start in YEAR (default: the first year of the records drawn)
  --to YEAR       end in YEAR (default: the current year)
  --width PIXELS  the picture's width (default 1200)
  --title TEXT    the title above the picture
  --file PATH     draw this dataset (JSON) instead of the built-in Kuril dataset
  --out FILE.svg  where to write the picture ('-' for standard output)
  -h, --help      print this help";

/// The dataset drawn without `--file`.
fn default_dataset() -> &'static Dataset {
    island_claims::datasets::kuril()
}

/// Why the program stops: a usage error (exit 2) or a failure (exit 1).
enum Failure {
    Usage(String),
    Failed(String),
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(m)) => {
            eprintln!("timeline_svg: {m}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Failed(m)) => {
            eprintln!("timeline_svg: {m}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Failure> {
    let mut timeline = Timeline::new();
    let (mut island, mut party, mut by, mut to, mut file, mut out) = (None, None, None, None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            println!("{USAGE}");
            return Ok(());
        }
        let mut value = || args.next().ok_or_else(|| Failure::Usage(format!("option '{arg}' needs a value")));
        match arg.as_str() {
            "--island" => island = Some(value()?),
            "--party" => party = Some(value()?),
            "--by" => by = Some(value()?),
            "--from" => timeline = timeline.from_year(year(&value()?)?),
            "--to" => to = Some(year(&value()?)?),
            "--width" => {
                let v = value()?;
                let w = v.parse().map_err(|_| Failure::Usage(format!("'{v}' is not a width in pixels")))?;
                timeline = timeline.width(w);
            }
            "--title" => timeline = timeline.title(value()?),
            "--file" => file = Some(value()?),
            "--out" => out = Some(value()?),
            _ => return Err(Failure::Usage(format!("unexpected argument '{arg}'"))),
        }
    }
    let out = out.ok_or_else(|| Failure::Usage("missing --out FILE.svg".into()))?;
    let rows = match (by.as_deref(), &island) {
        (Some("island"), _) => RowKind::Islands,
        (Some("party"), _) | (None, Some(_)) => RowKind::Parties,
        (None, None) => RowKind::Islands,
        (Some(other), _) => return Err(Failure::Usage(format!("--by takes 'island' or 'party', not '{other}'"))),
    };
    timeline = timeline.rows(rows).to_year(to.unwrap_or_else(current_year));
    match (island, party) {
        (Some(_), Some(_)) => return Err(Failure::Usage("give --island or --party, not both".into())),
        (Some(i), None) => timeline = timeline.island(i.parse().map_err(|e| Failure::Usage(format!("--island: {e}")))?),
        (None, Some(p)) => timeline = timeline.party(p.parse().map_err(|e| Failure::Usage(format!("--party: {e}")))?),
        (None, None) => {}
    }

    let loaded;
    let data = match &file {
        Some(path) => {
            let text =
                std::fs::read_to_string(path).map_err(|e| Failure::Failed(format!("cannot read {path}: {e}")))?;
            loaded = Dataset::from_json(&text).map_err(|e| Failure::Failed(format!("{path}: {e}")))?;
            &loaded
        }
        None => default_dataset(),
    };
    let svg = timeline.render(data).map_err(|e| Failure::Failed(e.to_string()))?;
    if out == "-" {
        print!("{svg}");
    } else {
        std::fs::write(&out, svg).map_err(|e| Failure::Failed(format!("cannot write {out}: {e}")))?;
        eprintln!("wrote {out}");
    }
    Ok(())
}

fn year(text: &str) -> Result<i32, Failure> {
    text.parse().map_err(|_| Failure::Usage(format!("'{text}' is not a year")))
}

/// This year, from the system clock (UTC); 2025 if the clock is before 1970.
fn current_year() -> i32 {
    use chrono::Datelike;
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days)))
        .map_or(2025, |d| d.year())
}
