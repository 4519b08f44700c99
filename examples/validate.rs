//! Checks a dataset file: `cargo run --example validate -- FILE.json`.
//!
//! Prints a one-line summary and any warnings and exits 0 when the dataset is valid; prints
//! a summary that counts errors and warnings, then every problem, one per line starting with
//! its severity, errors first, and exits 1 when it is not; exits 2 when the file cannot be read.

use std::process::ExitCode;

use island_claims::Dataset;

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
            let warnings = data.warnings().len();
            println!(
                "ok: {} islands, {} parties, {} sources, {} events, {} positions, {warnings} warning{}",
                data.islands().len(),
                data.parties().len(),
                data.sources().len(),
                data.events().len(),
                data.all_positions().len(),
                if warnings == 1 { "" } else { "s" }
            );
            for w in data.warnings() {
                println!("{w}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            match e.report() {
                // "dataset refused with 2 errors and 1 warning", then a line per problem.
                Some(report) => println!("{path}: {report}"),
                None => println!("{path}: error {e}"),
            }
            ExitCode::from(1)
        }
    }
}
