//! Pictures and interchange: a dataset written as a timeline picture, GeoJSON, CSV, a JSON
//! Schema, or PLOVER event data.
//!
//! Each format lives in its own module. Those that need a dependency of their own sit behind
//! a crate feature of the same name, so a user who needs none of them compiles none of them:
//!
//! | module | writes | feature |
//! |---|---|---|
//! | [`svg`] | a timeline picture (SVG) of positions and events | `svg` |
//! | [`geojson`] | islands as a GeoJSON FeatureCollection, with who administers and claims them at a date | `geojson` |
//! | [`csv`] | positions, events and disputes as CSV tables | `csv` |
//! | [`schema`] | the JSON Schema of the dataset format | `schema` |
//! | [`plover`] | events as PLOVER event data (JSON Lines) | always (uses `serde_json` only) |
//!
//! The dataset's own JSON is written by [`Dataset::to_json`](crate::Dataset::to_json).
//!
//! Every writer takes a [`Dataset`](crate::Dataset), which is valid by construction, so the
//! only failures left are those of the output (an I/O error) and of the options asked for (an
//! unknown island, a year range that is empty); each function's `# Errors` section says which.
//!
//! A module whose feature is off is absent, and its link above leads back to this page.
// Without its feature a module does not exist: its intra-doc link points here instead, so
// that the docs build with any set of features.
//!
#![cfg_attr(not(feature = "svg"), doc = "[`svg`]: self")]
#![cfg_attr(not(feature = "geojson"), doc = "[`geojson`]: self")]
#![cfg_attr(not(feature = "csv"), doc = "[`csv`]: self")]
#![cfg_attr(not(feature = "schema"), doc = "[`schema`]: self")]

#[cfg(feature = "csv")]
#[cfg_attr(docsrs, doc(cfg(feature = "csv")))]
pub mod csv;
#[cfg(feature = "geojson")]
#[cfg_attr(docsrs, doc(cfg(feature = "geojson")))]
pub mod geojson;
pub mod plover;
#[cfg(feature = "schema")]
#[cfg_attr(docsrs, doc(cfg(feature = "schema")))]
pub mod schema;
#[cfg(feature = "svg")]
#[cfg_attr(docsrs, doc(cfg(feature = "svg")))]
pub mod svg;

/// An ISO 8601 calendar day (`1956-10-19`), or the empty string for an open end.
#[cfg(any(feature = "csv", feature = "geojson"))]
pub(crate) fn iso_day(day: Option<chrono::NaiveDate>) -> String {
    day.map(|d| d.to_string()).unwrap_or_default()
}
