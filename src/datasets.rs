//! Datasets that ship with the crate, compiled into the binary.

use std::sync::OnceLock;

use crate::Dataset;

/// The Kuril dataset's JSON text, as compiled in.
const KURIL_JSON: &str = include_str!("../data/kuril.json");

/// The Kuril Islands / Northern Territories dispute between Russia (the USSR before 1991) and
/// Japan, from the 1855 Treaty of Shimoda to the 2020s: islands, parties, events, positions and
/// the sources behind every record, conflicting accounts side by side.
///
/// The JSON is compiled into the binary and validated once, on the first call; later calls
/// return the same dataset. No file is read at run time. Its provenance and the choices made
/// compiling it are described in `data/README.md` in the repository.
///
/// # Panics
///
/// Only if the embedded file were invalid, which the crate's tests rule out for every release:
/// the dataset is fixed at compile time and no input reaches it.
///
/// # Examples
///
/// ```
/// let kuril = island_claims::datasets::kuril();
/// assert!(kuril.island(&"shikotan".parse()?).is_some());
/// # Ok::<(), island_claims::IdError>(())
/// ```
#[must_use]
pub fn kuril() -> &'static Dataset {
    static KURIL: OnceLock<Dataset> = OnceLock::new();
    KURIL.get_or_init(|| match Dataset::from_json(KURIL_JSON) {
        Ok(data) => data,
        // Unreachable for a released crate: tests/kuril.rs loads this very text.
        Err(e) => panic!("the embedded Kuril dataset is invalid, which the crate's tests rule out: {e}"),
    })
}

/// The Kuril dataset's JSON text, as compiled in: to save it, or to load it with changes.
///
/// ```
/// let text = island_claims::datasets::kuril_json();
/// assert!(text.contains("\"format\": \"island-claims/3\""));
/// ```
#[must_use]
pub fn kuril_json() -> &'static str {
    KURIL_JSON
}
