//! Loading any text ends in a dataset or a typed error, and a loaded dataset writes and
//! reads back equal.
#![no_main]

use island_claims::Dataset;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match Dataset::from_json(&text) {
        Ok(dataset) => {
            let json = dataset.to_json();
            let again = Dataset::from_json(&json).expect("a written dataset reads back");
            assert_eq!(again, dataset);
        }
        Err(e) => {
            // Every error has a message.
            assert!(!e.to_string().is_empty());
        }
    }
});
