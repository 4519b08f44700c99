//! Writes a dataset in another format:
//! `cargo run --example export --all-features -- --format geojson --date 1956-10-19`.
//!
//! GeoJSON for maps, CSV for spreadsheets, the JSON Schema of the dataset format, or PLOVER
//! event data, to a file or to standard output.

use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use island_claims::Dataset;
use island_claims::export::{csv, geojson, plover, schema};

const USAGE: &str = "usage: export --format geojson|csv|schema|plover [--date YYYY-MM-DD] [--table positions|events]
              [--file PATH] [--out FILE]

Writes a dataset in another format:
  geojson  the islands as a GeoJSON FeatureCollection, [longitude, latitude], with who
           administers and who claims each on --date (default: today)
  csv      one row per position, or per event with --table events; dates in EDTF and as ISO days
  schema   the JSON Schema of the dataset format (the dataset itself is not read)
  plover   the events that have a PLOVER category, as PLOVER event data in JSON Lines;
           the events skipped are listed on standard error

options:
  --format FORMAT  geojson, csv, schema or plover (required)
  --date DAY       the day the GeoJSON describes, as YYYY-MM-DD
  --table TABLE    the CSV table: positions (default) or events
  --file PATH      export this dataset (JSON) instead of the built-in Kuril dataset
  --out FILE       write to FILE instead of standard output
  -h, --help       print this help";

/// The dataset exported without `--file`.
fn default_dataset() -> &'static Dataset {
    island_claims::datasets::kuril()
}

/// Why the program stops: a usage error (exit 2) or a failure (exit 1).
enum Failure {
    Usage(String),
    Failed(String),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Self::Failed(format!("cannot write: {e}"))
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(m)) => {
            eprintln!("export: {m}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Failed(m)) => {
            eprintln!("export: {m}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Failure> {
    let (mut format, mut date, mut table, mut file, mut out) = (None, None, None, None, None);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            println!("{USAGE}");
            return Ok(());
        }
        let mut value = || args.next().ok_or_else(|| Failure::Usage(format!("option '{arg}' needs a value")));
        match arg.as_str() {
            "--format" => format = Some(value()?),
            "--date" => date = Some(value()?),
            "--table" => table = Some(value()?),
            "--file" => file = Some(value()?),
            "--out" => out = Some(value()?),
            _ => return Err(Failure::Usage(format!("unexpected argument '{arg}'"))),
        }
    }
    let format = format.ok_or_else(|| Failure::Usage("missing --format".into()))?;
    if date.is_some() && format != "geojson" {
        return Err(Failure::Usage("--date applies to --format geojson only".into()));
    }
    if table.is_some() && format != "csv" {
        return Err(Failure::Usage("--table applies to --format csv only".into()));
    }
    if file.is_some() && format == "schema" {
        return Err(Failure::Usage(
            "--file does not apply to --format schema: the schema is the same for every dataset".into(),
        ));
    }
    let loaded = file.as_deref().map(load).transpose()?;
    let data = || loaded.as_ref().unwrap_or_else(|| default_dataset());
    let date = match date {
        Some(d) => NaiveDate::parse_from_str(&d, "%Y-%m-%d")
            .map_err(|e| Failure::Usage(format!("--date '{d}' is not a day as YYYY-MM-DD: {e}")))?,
        None => today(),
    };

    // Write to memory first, so that a failure leaves no half-written file behind.
    let mut buf: Vec<u8> = Vec::new();
    match format.as_str() {
        "schema" => buf.extend_from_slice(schema::dataset_schema_json().as_bytes()),
        "geojson" => geojson::write(data(), date, &mut buf)?,
        "csv" => match table.as_deref().unwrap_or("positions") {
            "positions" => csv::write_positions(data(), &mut buf)?,
            "events" => csv::write_events(data(), &mut buf)?,
            other => return Err(Failure::Usage(format!("--table takes 'positions' or 'events', not '{other}'"))),
        },
        "plover" => {
            let summary = plover::write_jsonl(data(), &mut buf)?;
            eprintln!("{} events written, {} skipped", summary.written(), summary.skipped().len());
            let mut reasons: Vec<plover::SkipReason> = summary.skipped().iter().map(|(_, r)| *r).collect();
            reasons.sort_by_key(|r| r.to_string());
            reasons.dedup();
            for reason in reasons {
                let ids: Vec<&str> =
                    summary.skipped().iter().filter(|(_, r)| *r == reason).map(|(e, _)| e.as_str()).collect();
                eprintln!("skipped ({}): {}", reason.as_ref().replace('_', " "), ids.join(", "));
            }
        }
        other => {
            return Err(Failure::Usage(format!("unknown format '{other}'; expected geojson, csv, schema or plover")));
        }
    }
    match out {
        Some(path) => std::fs::write(&path, &buf).map_err(|e| Failure::Failed(format!("cannot write {path}: {e}")))?,
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(&buf)?;
            stdout.flush()?;
        }
    }
    Ok(())
}

/// Reads and validates the dataset at `path`.
fn load(path: &str) -> Result<Dataset, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::Failed(format!("cannot read {path}: {e}")))?;
    Dataset::from_json(&text).map_err(|e| Failure::Failed(format!("{path}: {e}")))
}

/// Today (UTC), from the system clock.
fn today() -> NaiveDate {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch.checked_add_days(chrono::Days::new(days)).unwrap_or(epoch)
}
