//! JSON in and out: the interchange format.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::dataset::Dataset;
use crate::records::Records;
use crate::records::object::{Object, objects};
use crate::records::{Event, Island, Party, Position, Source};
use crate::validate::{self, Gaps, RecordKind, SyntaxError, ValidationReport};

/// The format tag this version writes, in the `format` field.
///
/// Files of every tag in [`FORMATS_READ`] load; [`Dataset::to_json`] writes this one.
pub const FORMAT: &str = "island-claims/3";

/// The format tags this version reads: version 1 files load unchanged, with the same answers
/// (apart from certainty where a `?`, `~` or `%` qualifier now counts; see `CHANGELOG.md`).
pub const FORMATS_READ: [&str; 3] = ["island-claims/1", "island-claims/2", "island-claims/3"];

/// Whether this version reads files tagged `format`.
fn reads(format: &str) -> bool {
    FORMATS_READ.contains(&format)
}

/// The largest JSON text [`Dataset::from_json`] accepts: 1 GiB.
pub const MAX_JSON_BYTES: usize = 1 << 30;

/// Why a JSON text could not be loaded as a dataset.
///
/// To list every problem, whatever the variant: [`LoadError::report`].
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// Not JSON, or JSON not of the dataset's shape: a missing or unknown field, a wrong type
    /// (an array where an object belongs), a bad id or date.
    ///
    /// The fields name the first such problem. `report` lists it with every other: when the
    /// text is JSON of the right outline, each record is read on its own, so every record that
    /// cannot be read is listed, with the validation issues of the records that could be.
    #[error("{}", syntax_display(report))]
    Syntax {
        /// Where, as a JSON path such as `positions[3].period` (`.` for the top).
        path: String,
        /// Line of the problem, from 1.
        line: usize,
        /// Column of the problem, from 1.
        column: usize,
        /// What is wrong.
        message: String,
        /// Every problem found, this one first; also the error's
        /// [`source`](std::error::Error::source).
        #[source]
        report: ValidationReport,
    },
    /// The `format` field names a format this version does not read.
    #[error(
        "unsupported format '{found}'; this version reads 'island-claims/1', 'island-claims/2' and '{FORMAT}' (write \"format\": \"{FORMAT}\")"
    )]
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
    /// Every record was read, but they are inconsistent: the report lists every problem.
    #[error("{0}")]
    Invalid(#[source] ValidationReport),
}

impl LoadError {
    /// A stable code for the cause: `json_syntax`, `format_unsupported`, `json_too_large` or
    /// `dataset_invalid`. Its JSON carries the `report` of every problem when there is one.
    ///
    /// ```
    /// use island_claims::Dataset;
    /// let err = Dataset::from_json(r#"{"format": "island-claims/9"}"#).unwrap_err();
    /// assert_eq!(err.code(), "format_unsupported");
    /// let json = serde_json::to_value(Dataset::from_json("[").unwrap_err())?;
    /// assert_eq!(json["code"], "json_syntax");
    /// assert!(json["report"]["syntax_errors"].is_array());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Syntax { .. } => "json_syntax",
            Self::UnsupportedFormat { .. } => "format_unsupported",
            Self::TooLarge { .. } => "json_too_large",
            Self::Invalid(_) => "dataset_invalid",
        }
    }
}

impl Serialize for LoadError {
    /// `{"code": ..., "message": ..., "report": ...}`, the report when there is one.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let report = self.report().map(|r| ("report", r));
        crate::coded::code_and_message(serializer, self.code(), &self.to_string(), report)
    }
}

impl LoadError {
    /// Every problem found, when the text was read far enough to find any: for
    /// [`LoadError::Syntax`] and [`LoadError::Invalid`].
    ///
    /// ```
    /// use island_claims::Dataset;
    ///
    /// let json = r#"{"format": "island-claims/2", "islands": [
    ///   {"id": "a", "kind": "isle"}, {"id": "b", "kind": "island", "area_km2": "big"}]}"#;
    /// let report = Dataset::from_json(json).unwrap_err().report().cloned().unwrap();
    /// let paths: Vec<&str> = report.syntax_errors().iter().map(|e| e.path.as_str()).collect();
    /// assert_eq!(paths, ["islands[0].kind", "islands[1].area_km2"]);
    /// ```
    #[must_use]
    pub fn report(&self) -> Option<&ValidationReport> {
        match self {
            Self::Invalid(r) | Self::Syntax { report: r, .. } => Some(r),
            _ => None,
        }
    }
}

/// One line for a lone problem (the first syntax error, which the variant's fields repeat),
/// the whole report when there are more.
fn syntax_display(report: &ValidationReport) -> String {
    match report.syntax_errors() {
        [lone] if report.issues().is_empty() => lone.to_string(),
        _ => report.to_string(),
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
                       crate, versions island-claims/1, island-claims/2 and island-claims/3."
    )
)]
pub(crate) struct RawDataset {
    /// The format tag: `island-claims/1`, `island-claims/2` or `island-claims/3`.
    #[cfg_attr(feature = "schema", schemars(schema_with = "format_tag"))]
    format: String,
    /// Islands, groups of islands and regions.
    #[serde(default, deserialize_with = "objects")]
    islands: Vec<Island>,
    /// States, government bodies, organisations and persons.
    #[serde(default, deserialize_with = "objects")]
    parties: Vec<Party>,
    /// The publications that positions and events are attributed to.
    #[serde(default, deserialize_with = "objects")]
    sources: Vec<Source>,
    /// Treaties, statements, visits and other dated happenings.
    #[serde(default, deserialize_with = "objects")]
    events: Vec<Event>,
    /// The standing stances of parties on islands over periods.
    #[serde(default, deserialize_with = "objects")]
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

/// The schema of the `format` field: the tags this version reads.
#[cfg(feature = "schema")]
fn format_tag(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "enum": FORMATS_READ,
        "description": "The format tag: `island-claims/3`, or `island-claims/1` or `island-claims/2` for a file of an earlier version, which reads unchanged."
    })
}

/// Only the format tag, read leniently, to tell an unsupported format from a syntax error.
#[derive(Deserialize)]
struct FormatOnly {
    format: String,
}

/// The outline of a dataset file: its format tag and the text of each record, unread. The
/// slow path reads each record from it on its own, to find every record that cannot be read.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Outline<'a> {
    format: String,
    #[serde(default, borrow, deserialize_with = "raw_list")]
    islands: Vec<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "raw_list")]
    parties: Vec<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "raw_list")]
    sources: Vec<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "raw_list")]
    events: Vec<&'a RawValue>,
    #[serde(default, borrow, deserialize_with = "raw_list")]
    positions: Vec<&'a RawValue>,
}

/// `deserialize_with` for a list of the outline: an array of any JSON values, kept as text.
fn raw_list<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<&'de RawValue>, D::Error> {
    struct RawList;
    impl<'de> serde::de::Visitor<'de> for RawList {
        type Value = Vec<&'de RawValue>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("an array of objects")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(text) = seq.next_element()? {
                out.push(text);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_seq(RawList)
}

/// Only the id of a record that could not be read, if it has one, so that references to
/// it are not also reported as unknown.
#[derive(Deserialize)]
struct IdOnly {
    id: String,
}

impl Dataset {
    /// Reads a dataset from JSON text and validates it.
    ///
    /// The top level and every record and nested object (`location`, `names`, `represents`,
    /// `participants`, `attributions`) must be JSON objects; an array is refused even when its
    /// items would fill the fields in order.
    ///
    /// # Errors
    ///
    /// [`LoadError::Syntax`] with the JSON path, line and column when the text is not a
    /// dataset of this format's shape (an unknown field, a misspelt stance, a bad date), and a
    /// report of every record that cannot be read, with the validation issues of the others;
    /// [`LoadError::UnsupportedFormat`] when `format` is not one of [`FORMATS_READ`];
    /// [`LoadError::TooLarge`] beyond [`MAX_JSON_BYTES`]; [`LoadError::Invalid`] with every
    /// problem when the records are inconsistent.
    ///
    /// ```
    /// use island_claims::{Dataset, LoadError};
    ///
    /// assert!(Dataset::from_json(r#"{"format": "island-claims/3"}"#).is_ok());
    /// // Version 1 and 2 files load unchanged.
    /// assert!(Dataset::from_json(r#"{"format": "island-claims/1"}"#).is_ok());
    /// let err = Dataset::from_json(r#"{"format": "island-claims/4"}"#).unwrap_err();
    /// assert!(matches!(err, LoadError::UnsupportedFormat { .. }));
    ///
    /// let err = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [{"id": "a", "kind": "isle"}]}"#)
    ///     .unwrap_err();
    /// assert!(matches!(&err, LoadError::Syntax { path, .. } if path == "islands[0].kind"));
    /// assert!(err.to_string().contains("unknown variant `isle`, expected one of `island`, `group`, `region`"));
    ///
    /// let err = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [["a", "island"]]}"#).unwrap_err();
    /// assert_eq!(err.to_string(), "islands[0]: invalid type: sequence, expected an object (line 1, column 42)");
    /// ```
    pub fn from_json(json: &str) -> Result<Self, LoadError> {
        if json.len() > MAX_JSON_BYTES {
            return Err(LoadError::TooLarge { len: json.len() });
        }
        // The fast path reads without tracking where it is; only a text that fails is read
        // again, record by record with each JSON path tracked, to say where and what.
        // Tracking costs a tenth of a load.
        let mut de = serde_json::Deserializer::from_str(json);
        let Ok(Object(raw)) = Object::<RawDataset>::deserialize(&mut de).and_then(|raw| de.end().map(|()| raw)) else {
            return Err(explain(json));
        };
        if !reads(&raw.format) {
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
    /// It cannot fail: every value of the records has a JSON form (see [`write`]).
    ///
    /// ```
    /// use island_claims::Dataset;
    /// let data = Dataset::from_json(r#"{"format": "island-claims/1"}"#)?;
    /// // A version 1 file is written back as version 3.
    /// assert!(data.to_json().contains(r#""format": "island-claims/3""#));
    /// assert_eq!(Dataset::from_json(&data.to_json())?, data);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        write(self.records(), Layout::Pretty)
    }
}

/// How [`write`] lays the JSON out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Layout {
    /// Indented, one field a line: for people and diffs.
    Pretty,
    /// No spaces or newlines: for machines (the synthetic datasets).
    #[cfg_attr(not(feature = "synth"), allow(dead_code))]
    Compact,
}

/// The five record lists as a dataset file: the one writer of the format, behind
/// [`Dataset::to_json`], [`DatasetBuilder::to_json`](crate::DatasetBuilder::to_json) and the
/// synthetic datasets.
///
/// Writing cannot fail. `serde_json` fails only on a map key that is not a string, a
/// `Serialize` impl that reports an error, or a writer that does: the only map of the
/// records is `names`, keyed by language tags written as strings; no impl of the crate
/// reports an error; and the writer is a `String`.
pub(crate) fn write(r: &Records, layout: Layout) -> String {
    let raw = RawDatasetRef {
        format: FORMAT,
        islands: &r.islands,
        parties: &r.parties,
        sources: &r.sources,
        events: &r.events,
        positions: &r.positions,
    };
    let written = match layout {
        Layout::Pretty => serde_json::to_string_pretty(&raw),
        Layout::Compact => serde_json::to_string(&raw),
    };
    match written {
        Ok(text) => text,
        Err(e) => unreachable!("every record has a JSON form, as `write`'s docs say: {e}"),
    }
}

/// Why `json` failed to read, with every problem: the slow path of [`Dataset::from_json`],
/// run only on a text the fast path refused.
///
/// The outline is read first; a problem there (not JSON, an unknown top-level field, a list
/// that is not an array) stops the reading. Then each record is read on its own, and the
/// records that could be read are validated, so that one report says everything.
fn explain(json: &str) -> LoadError {
    let outline = match read_outline(json) {
        Ok(outline) => outline,
        Err(e) => {
            if let Ok(Object(FormatOnly { format })) = serde_json::from_str::<Object<FormatOnly>>(json) {
                if !reads(&format) {
                    return LoadError::UnsupportedFormat { found: format };
                }
            }
            return syntax_error(vec![e], Vec::new());
        }
    };
    if !reads(&outline.format) {
        return LoadError::UnsupportedFormat { found: outline.format };
    }
    let mut reader = RecordReader { json, lines: LineCursor::default(), gaps: Gaps::default(), errors: Vec::new() };
    let records = Records {
        islands: reader.list(RecordKind::Island, &outline.islands),
        parties: reader.list(RecordKind::Party, &outline.parties),
        sources: reader.list(RecordKind::Source, &outline.sources),
        events: reader.list(RecordKind::Event, &outline.events),
        positions: reader.list(RecordKind::Position, &outline.positions),
    };
    let resolved = crate::resolve::Resolved::new(&records);
    let issues = validate::check(&records, &resolved, &reader.gaps);
    // No error here means the fast path refused what the slow one reads: not expected, but
    // `syntax_error` says so rather than load data read another way.
    syntax_error(reader.errors, issues)
}

/// The outline of `json`, or the one problem that stops it being read.
fn read_outline(json: &str) -> Result<Outline<'_>, SyntaxError> {
    let mut de = serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, Object<Outline<'_>>>(&mut de) {
        // Text after the dataset's object is refused, not ignored.
        Ok(Object(outline)) => de.end().map(|()| outline).map_err(|e| error_at(".".to_owned(), &e, None)),
        Err(e) => {
            let outline_error = error_at(json_path(None, e.path()), e.inner(), None);
            // The outline skims records without reading them, and says less about a bad one
            // ("key must be a string" for a trailing comma): reading the whole text as a
            // dataset says more, when it stops at the same place.
            let mut de = serde_json::Deserializer::from_str(json);
            match serde_path_to_error::deserialize::<_, Object<RawDataset>>(&mut de) {
                Err(e) if (e.inner().line(), e.inner().column()) == (outline_error.line, outline_error.column) => {
                    Err(error_at(json_path(None, e.path()), e.inner(), None))
                }
                _ => Err(outline_error),
            }
        }
    }
}

/// Reads records one by one from their text in the outline, noting those that cannot be read.
struct RecordReader<'a> {
    json: &'a str,
    lines: LineCursor,
    gaps: Gaps,
    errors: Vec<SyntaxError>,
}

impl<'a> RecordReader<'a> {
    fn list<T: Deserialize<'a>>(&mut self, kind: RecordKind, texts: &[&'a RawValue]) -> Vec<T> {
        let mut out = Vec::with_capacity(texts.len());
        for (i, text) in texts.iter().enumerate() {
            let text = text.get();
            let mut de = serde_json::Deserializer::from_str(text);
            match serde_path_to_error::deserialize::<_, Object<T>>(&mut de) {
                Ok(Object(record)) => {
                    out.push(record);
                    self.gaps.read(kind, i);
                }
                Err(e) => {
                    // `text` lies inside `json`: its offset turns the record's line and column
                    // into the file's.
                    let offset = (text.as_ptr() as usize).saturating_sub(self.json.as_ptr() as usize);
                    let start = self.lines.position(self.json, offset);
                    let path = json_path(Some((kind, i)), e.path());
                    self.errors.push(error_at(path, e.inner(), Some(start)));
                    if let Ok(Object(IdOnly { id })) = serde_json::from_str::<Object<IdOnly>>(text) {
                        self.gaps.unread(kind, id);
                    }
                }
            }
        }
        out
    }
}

/// The line and column (from 1, in bytes) of byte offsets of one text, asked in increasing
/// order within each list: it counts lines from where it was last asked, so a list's errors
/// cost one pass over the text, not one each.
#[derive(Default)]
struct LineCursor {
    offset: usize,
    line: usize,
    line_start: usize,
}

impl LineCursor {
    fn position(&mut self, text: &str, offset: usize) -> (usize, usize) {
        if offset < self.offset || self.line == 0 {
            *self = Self { offset: 0, line: 1, line_start: 0 };
        }
        let skipped = text.as_bytes().get(self.offset..offset).unwrap_or_default();
        for (i, &b) in skipped.iter().enumerate() {
            if b == b'\n' {
                self.line += 1;
                self.line_start = self.offset + i + 1;
            }
        }
        self.offset = offset;
        (self.line, offset - self.line_start + 1)
    }
}

/// The JSON path of a problem: the record's place in its list, if any, then the path within.
/// serde_path_to_error writes `?` for a key it had not read yet; those are left out, and an
/// empty path is the top, `.`.
fn json_path(record: Option<(RecordKind, usize)>, within: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut path = match record {
        Some((kind, i)) => format!("{}[{i}]", kind.list_name()),
        None => String::new(),
    };
    for segment in within {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    if path.is_empty() { ".".to_owned() } else { path }
}

/// A syntax error at `path` from serde_json's error; `start` is where the text it read begins
/// in the file (line and column), when that was not the file itself.
fn error_at(path: String, e: &serde_json::Error, start: Option<(usize, usize)>) -> SyntaxError {
    let (line, column) = match start {
        None => (e.line(), e.column()),
        Some((line, column)) if e.line() <= 1 => (line, (column + e.column()).saturating_sub(1)),
        Some((line, _)) => (line.saturating_add(e.line() - 1), e.column()),
    };
    // serde_json counts from 0 for a problem found by peeking at a value's first character.
    SyntaxError { path, line, column: column.max(1), message: strip_position(&e.to_string()) }
}

/// The error of a text with these syntax errors (at least one is reported: should there be
/// none, one saying the text could not be read) and the validation issues of what was read.
fn syntax_error(mut errors: Vec<SyntaxError>, issues: Vec<validate::Issue>) -> LoadError {
    let first = match errors.first() {
        Some(first) => first.clone(),
        None => {
            let message = "the text could not be read".to_owned();
            let unread = SyntaxError { path: ".".to_owned(), line: 0, column: 0, message };
            errors.push(unread.clone());
            unread
        }
    };
    let SyntaxError { path, line, column, message } = first;
    LoadError::Syntax { path, line, column, message, report: ValidationReport::with_syntax(errors, issues) }
}

/// Gives back the room that reading left in the lists not read at their exact size: the five
/// record lists (grown by doubling) and the names. A record's own lists are read at their
/// exact size (`records::object::read_exact`).
fn shrink(r: &mut Records) {
    for island in &mut r.islands {
        island.names.shrink_to_fit();
    }
    for party in &mut r.parties {
        party.names.shrink_to_fit();
    }
    r.islands.shrink_to_fit();
    r.parties.shrink_to_fit();
    r.sources.shrink_to_fit();
    r.events.shrink_to_fit();
    r.positions.shrink_to_fit();
}

/// serde_json appends " at line L column C" to its messages; the error carries both apart.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message.get(..i).unwrap_or(message).to_owned(),
        None => message.to_owned(),
    }
}
