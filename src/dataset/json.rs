//! JSON in and out: the interchange format.

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::records::Records;
use crate::records::{Event, Island, Party, Position, Source};
use crate::validate::ValidationReport;

/// The format tag this version reads and writes, in the `format` field.
pub const FORMAT: &str = "island-claims/1";

/// The largest JSON text [`Dataset::from_json`] accepts: 1 GiB.
pub const MAX_JSON_BYTES: usize = 1 << 30;

/// Why a JSON text could not be loaded as a dataset.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// Not JSON, or JSON not of the dataset's shape: a missing or unknown field, a wrong type,
    /// a bad id or date. Names the place.
    #[error("{path}: {message} (line {line}, column {column})")]
    Syntax {
        /// Where, as a JSON path such as `positions[3].period` (`.` for the top).
        path: String,
        /// Line of the problem, from 1.
        line: usize,
        /// Column of the problem, from 1.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The `format` field names a format this version does not read.
    #[error("unsupported format '{found}'; this version reads '{FORMAT}'")]
    UnsupportedFormat {
        /// The format found.
        found: String,
    },
    /// The text is larger than [`MAX_JSON_BYTES`].
    #[error("the JSON text is {len} bytes long; at most {MAX_JSON_BYTES} are read")]
    TooLarge {
        /// Its length in bytes.
        len: usize,
    },
    /// Well-formed, but the records are inconsistent: the report lists every problem.
    #[error(transparent)]
    Invalid(ValidationReport),
}

impl LoadError {
    /// The validation report, when the records were read but refused.
    #[must_use]
    pub fn report(&self) -> Option<&ValidationReport> {
        match self {
            Self::Invalid(r) => Some(r),
            _ => None,
        }
    }
}

/// The top-level object of a dataset file.
///
/// The file as written: every list optional, nothing checked beyond each field's own form.
/// The JSON Schema (feature `schema`) is derived from this very type, so the two cannot drift.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[cfg_attr(
    feature = "schema",
    schemars(
        title = "island-claims dataset",
        description = "Who claimed, held, offered, recognised or denied what over which islands, \
                       when, and according to whom: the interchange format of the island-claims \
                       crate, version island-claims/1."
    )
)]
pub(crate) struct RawDataset {
    /// The format tag; this version reads `island-claims/1`.
    #[cfg_attr(feature = "schema", schemars(schema_with = "format_tag"))]
    format: String,
    /// Islands, groups of islands and regions.
    #[serde(default)]
    islands: Vec<Island>,
    /// States, government bodies, organisations and persons.
    #[serde(default)]
    parties: Vec<Party>,
    /// The publications that positions and events are attributed to.
    #[serde(default)]
    sources: Vec<Source>,
    /// Treaties, statements, visits and other dated happenings.
    #[serde(default)]
    events: Vec<Event>,
    /// The standing stances of parties on islands over periods.
    #[serde(default)]
    positions: Vec<Position>,
}

#[derive(Serialize)]
struct RawDatasetRef<'a> {
    format: &'static str,
    islands: &'a [Island],
    parties: &'a [Party],
    sources: &'a [Source],
    events: &'a [Event],
    positions: &'a [Position],
}

/// The schema of the `format` field: this version's tag.
#[cfg(feature = "schema")]
fn format_tag(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "const": FORMAT,
        "description": "The format tag; this version reads `island-claims/1`."
    })
}

/// Only the format tag, read leniently, to tell an unsupported format from a syntax error.
#[derive(Deserialize)]
struct FormatOnly {
    format: String,
}

impl Dataset {
    /// Reads a dataset from JSON text and validates it.
    ///
    /// # Errors
    ///
    /// [`LoadError::Syntax`] with the JSON path, line and column when the text is not a
    /// dataset of this format's shape (an unknown field, a misspelt stance, a bad date);
    /// [`LoadError::UnsupportedFormat`] when `format` is not [`FORMAT`];
    /// [`LoadError::TooLarge`] beyond [`MAX_JSON_BYTES`]; [`LoadError::Invalid`] with every
    /// problem when the records are inconsistent.
    ///
    /// ```
    /// use island_claims::{Dataset, LoadError};
    ///
    /// assert!(Dataset::from_json(r#"{"format": "island-claims/1"}"#).is_ok());
    ///
    /// let err = Dataset::from_json(r#"{"format": "island-claims/1", "islands": [{"id": "a", "kind": "isle"}]}"#)
    ///     .unwrap_err();
    /// assert!(matches!(&err, LoadError::Syntax { path, .. } if path == "islands[0].kind"));
    /// assert!(err.to_string().contains("unknown variant `isle`, expected one of `island`, `group`, `region`"));
    /// ```
    pub fn from_json(json: &str) -> Result<Self, LoadError> {
        if json.len() > MAX_JSON_BYTES {
            return Err(LoadError::TooLarge { len: json.len() });
        }
        // The fast path reads without tracking where it is; only a text that fails is read
        // again with its JSON path tracked, to say where. Tracking costs a tenth of a load.
        let mut de = serde_json::Deserializer::from_str(json);
        let Ok(raw) = RawDataset::deserialize(&mut de).and_then(|raw| de.end().map(|()| raw)) else {
            return Err(explain(json));
        };
        if raw.format != FORMAT {
            return Err(LoadError::UnsupportedFormat { found: raw.format });
        }
        let mut records = Records {
            islands: raw.islands,
            parties: raw.parties,
            sources: raw.sources,
            events: raw.events,
            positions: raw.positions,
        };
        shrink(&mut records);
        Dataset::validate(records).map_err(LoadError::Invalid)
    }

    /// Writes the dataset as pretty-printed JSON in the format [`Dataset::from_json`] reads.
    /// Reading it back gives an equal dataset.
    ///
    /// # Errors
    ///
    /// None in practice: every value of a valid dataset has a JSON form. The result type
    /// passes on `serde_json`'s error rather than hide the possibility.
    ///
    /// ```
    /// use island_claims::Dataset;
    /// let data = Dataset::from_json(r#"{"format": "island-claims/1"}"#)?;
    /// assert_eq!(Dataset::from_json(&data.to_json()?)?, data);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        let r = self.records();
        serde_json::to_string_pretty(&RawDatasetRef {
            format: FORMAT,
            islands: &r.islands,
            parties: &r.parties,
            sources: &r.sources,
            events: &r.events,
            positions: &r.positions,
        })
    }
}

/// Why `json` failed to read, with the JSON path of the problem: the slow path of
/// [`Dataset::from_json`], run only on a text the fast path refused.
fn explain(json: &str) -> LoadError {
    let mut de = serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, RawDataset>(&mut de) {
        Err(e) => {
            if let Ok(FormatOnly { format }) = serde_json::from_str::<FormatOnly>(json) {
                if format != FORMAT {
                    return LoadError::UnsupportedFormat { found: format };
                }
            }
            // serde_path_to_error writes `?` for a key it had not read yet; leave it out.
            let path = e.path().to_string();
            let path = path.strip_suffix(".?").map_or(path.clone(), str::to_owned);
            syntax(path, &e.into_inner())
        }
        // Text after the dataset's object is refused, not ignored.
        Ok(_) => match de.end() {
            Err(e) => syntax(".".to_owned(), &e),
            // The fast path refused what the slow one accepts: not expected, but say so
            // rather than load half-read data.
            Ok(()) => LoadError::Syntax {
                path: ".".to_owned(),
                line: 0,
                column: 0,
                message: "the text could not be read".to_owned(),
            },
        },
    }
}

/// Gives back the room that reading left in every list: serde grows a list by doubling, so
/// a position's one island sat in room for four. A quarter to a third of a loaded dataset's
/// heap was such room.
fn shrink(r: &mut Records) {
    for island in &mut r.islands {
        island.names.shrink_to_fit();
    }
    for party in &mut r.parties {
        party.names.shrink_to_fit();
        party.represents.shrink_to_fit();
    }
    for source in &mut r.sources {
        source.cites.shrink_to_fit();
    }
    for event in &mut r.events {
        event.participants.shrink_to_fit();
        event.islands.shrink_to_fit();
        event.attributions.shrink_to_fit();
    }
    for position in &mut r.positions {
        position.islands.shrink_to_fit();
        position.attributions.shrink_to_fit();
    }
    r.islands.shrink_to_fit();
    r.parties.shrink_to_fit();
    r.sources.shrink_to_fit();
    r.events.shrink_to_fit();
    r.positions.shrink_to_fit();
}

fn syntax(path: String, e: &serde_json::Error) -> LoadError {
    LoadError::Syntax { path, line: e.line(), column: e.column(), message: strip_position(&e.to_string()) }
}

/// serde_json appends " at line L column C" to its messages; the error carries both apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}
