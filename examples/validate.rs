//! Checks a dataset file: `cargo run --example validate -- FILE.json`.
//!
//! Prints a one-line summary and any warnings and exits 0 when the dataset is valid; prints
//! every problem, one per line starting with its code, and exits 1 when it is not; exits 2
//! when the file cannot be read.

use std::process::ExitCode;

use island_claims::{Dataset, LoadError};

const USAGE: &str = "usage: validate FILE.json\n\nChecks an island-claims dataset and lists every problem.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        [path] => path,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("error: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    match Dataset::from_json(&text) {
        Ok(data) => {
            println!(
                "ok: {} islands, {} parties, {} sources, {} events, {} positions, {} warnings",
                data.islands().len(),
                data.parties().len(),
                data.sources().len(),
                data.events().len(),
                data.all_positions().len(),
                data.warnings().len()
            );
            for w in data.warnings() {
                println!("warning {w}");
            }
            ExitCode::SUCCESS
        }
        Err(LoadError::Invalid(report)) => {
            for issue in report.issues() {
                println!("{issue}");
            }
            eprintln!("{path}: {} errors", report.errors().count());
            ExitCode::from(1)
        }
        Err(e @ LoadError::UnsupportedFormat { .. }) => {
            println!("unsupported_format: {e}");
            ExitCode::from(1)
        }
        Err(e) => {
            println!("syntax_error: {e}");
            ExitCode::from(1)
        }
    }
}
