//! What changed between two datasets: `cargo run --example diff -- OLD.json NEW.json`.
//!
//! Prints the records added, removed and changed, and for each changed record the fields that
//! differ with their old and new values; `--json` prints the same as JSON. Both files are
//! loaded and validated first, so a diff is always between two valid datasets.

mod common;

use common::{Args, Failure};
use island_claims::Dataset;

const USAGE: &str = "usage: diff OLD.json NEW.json [--json]

Lists the records that NEW adds to OLD, removes from it and changes, matched by kind and id,
and for each changed record the fields that differ, with the old and the new value as JSON.
Both files must load as valid datasets.

options:
  --json      print the differences as JSON
  -h, --help  print this help";

fn main() -> std::process::ExitCode {
    common::run(|| {
        let Some(args) = Args::parse("diff", USAGE, &[])? else { return Ok(()) };
        let [old, new] = args.positional.as_slice() else {
            return Err(args.usage_error("give two dataset files, OLD and NEW"));
        };
        let diff = load(old)?.diff(&load(new)?);
        if args.json {
            return common::print_json(&diff);
        }
        if diff.is_empty() {
            return common::say("no differences");
        }
        common::say(diff.to_string().trim_end())
    })
}

fn load(path: &str) -> Result<Dataset, Failure> {
    let text = std::fs::read_to_string(path).map_err(|e| Failure::Data(format!("cannot read {path}: {e}")))?;
    Dataset::from_json(&text).map_err(|e| Failure::Data(format!("{path}: {e}")))
}
