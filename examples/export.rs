//! Writes a dataset in another format:
//! `cargo run --example export --all-features -- --format geojson --date 1956-10-19`.
//!
//! GeoJSON for maps, CSV for spreadsheets, the JSON Schema of the dataset format, or PLOVER
//! event data, to a file or to standard output; or every table as Parquet files, for DuckDB,
//! Polars or Spark, into a directory.

mod common;

use std::process::ExitCode;

use common::{Args, Failure, Opt};
use island_claims::Dataset;
use island_claims::export::{csv, geojson, parquet, plover, schema};

const USAGE: &str =
    "usage: export --format geojson|csv|schema|plover|parquet [--date YYYY-MM-DD] [--table positions|events|disputes]
              [--bom] [--dataset NAME | --file PATH] [--out FILE]

Writes a dataset in another format:
  geojson  the islands as a GeoJSON FeatureCollection, [longitude, latitude], with who
           administers and who claims each on --date (default: today)
  csv      one row per position, or per event with --table events, or per derived dispute and
           pair of parties with --table disputes; dates in EDTF (quoted, as text) and as
           ISO days; RFC 4180 with CRLF line ends
  schema   the JSON Schema of the dataset format (the dataset itself is not read)
  plover   the events that have a PLOVER category, as PLOVER event data in JSON Lines;
           the events skipped are listed on standard error
  parquet  every table (positions, disputes, ...) as one Parquet file each, into the directory
           --out (required); docs/sql.md has the SQL of the crate's queries over them

options:
  --format FORMAT  geojson, csv, schema, plover or parquet (required)
  --date DAY       the day the GeoJSON describes, as YYYY-MM-DD
  --table TABLE    the CSV table: positions (default), events or disputes
  --bom            begin the CSV with a UTF-8 byte-order mark, for Excel on Windows
  --dataset NAME   an embedded dataset: kuril (the default), liancourt-rocks, chagos,
                   falklands, spratly or all
  --file PATH      export this dataset (JSON) instead
  --out FILE       write to FILE instead of standard output (parquet: the directory)
  -h, --help       print this help";

fn main() -> ExitCode {
    common::run(|| {
        let value = |name| Opt { name, takes_value: true };
        let opts = [
            value("--format"),
            value("--date"),
            value("--table"),
            value("--out"),
            Opt { name: "--bom", takes_value: false },
        ];
        let Some(args) = Args::parse("export", USAGE, &opts)? else { return Ok(()) };
        args.no_positional()?;
        args.no_json()?;
        let format = args.value("--format").ok_or_else(|| args.usage_error("missing --format"))?;
        let (date, table) = (args.value("--date"), args.value("--table"));
        if date.is_some() && format != "geojson" {
            return Err(args.usage_error("--date applies to --format geojson only"));
        }
        if table.is_some() && format != "csv" {
            return Err(args.usage_error("--table applies to --format csv only"));
        }
        let bom = args.switch("--bom");
        if bom && format != "csv" {
            return Err(args.usage_error("--bom applies to --format csv only"));
        }
        if args.file.is_some() && format == "schema" {
            return Err(
                args.usage_error("--file does not apply to --format schema: the schema is the same for every dataset")
            );
        }

        if format == "parquet" {
            let dir = args.value("--out").ok_or_else(|| args.usage_error("--format parquet needs --out DIR"))?;
            return write_parquet(&args.dataset()?, std::path::Path::new(dir));
        }

        // Write to memory first, so that a failure leaves no half-written file behind.
        let mut buf: Vec<u8> = Vec::new();
        match format {
            "schema" => buf.extend_from_slice(schema::dataset_schema_json().as_bytes()),
            "geojson" => {
                let date = date.map(|d| args.date(d)).transpose()?.unwrap_or_else(common::today);
                geojson::write(&args.dataset()?, date, &mut buf).map_err(cannot_write)?;
            }
            "csv" => {
                let write = match table.unwrap_or("positions") {
                    "positions" => csv::write_positions,
                    "events" => csv::write_events,
                    "disputes" => csv::write_disputes,
                    other => {
                        return Err(args.usage_error(&format!(
                            "--table takes 'positions', 'events' or 'disputes', not '{other}'"
                        )));
                    }
                };
                if bom {
                    buf.extend_from_slice(csv::BYTE_ORDER_MARK);
                }
                write(&args.dataset()?, &mut buf).map_err(cannot_write)?;
            }
            "plover" => write_plover(&args.dataset()?, &mut buf)?,
            other => {
                return Err(args.usage_error(&format!(
                    "unknown format '{other}'; expected geojson, csv, schema, plover or parquet"
                )));
            }
        }
        common::write_output(args.value("--out").unwrap_or("-"), &buf)
    })
}

/// Writes the PLOVER events to `buf` and lists the events skipped, by reason, on standard
/// error.
fn write_plover(data: &Dataset, buf: &mut Vec<u8>) -> Result<(), Failure> {
    let summary = plover::write_jsonl(data, buf).map_err(cannot_write)?;
    eprintln!("{} events written, {} skipped", summary.written(), summary.skipped().len());
    let mut reasons: Vec<plover::SkipReason> = summary.skipped().iter().map(|(_, r)| *r).collect();
    reasons.sort_by_key(|r| r.to_string());
    reasons.dedup();
    for reason in reasons {
        let ids: Vec<&str> = summary.skipped().iter().filter(|(_, r)| *r == reason).map(|(e, _)| e.as_str()).collect();
        eprintln!("skipped ({}): {}", reason.as_ref().replace('_', " "), ids.join(", "));
    }
    Ok(())
}

/// Writes every table into `dir` and lists the files and their rows on standard error.
fn write_parquet(data: &Dataset, dir: &std::path::Path) -> Result<(), Failure> {
    let written = parquet::write_dir(data, dir).map_err(|e| Failure::Data(e.to_string()))?;
    for (table, path, rows) in written.files() {
        eprintln!("{table:<24} {rows:>9} rows  {}", path.display());
    }
    Ok(())
}

fn cannot_write(e: std::io::Error) -> Failure {
    Failure::Data(format!("cannot write: {e}"))
}
