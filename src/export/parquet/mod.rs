//! Every table of a dataset as Parquet files, for DuckDB, Polars, Spark and any engine that
//! reads Parquet, with columns that make the crate's certainty a plain SQL filter.
//!
//! [`write_dir`] writes one file per [`Table`] into a directory (`positions.parquet`, ...);
//! [`write_table`] writes one table to any writer. `docs/sql.md` has the SQL of the crate's
//! queries over these files, and a test runs it in DuckDB against the crate's answers.
//!
//! # Periods
//!
//! Every period is written as its EDTF text (`period`, `when`, `exists`) and nine columns
//! more: the earliest and latest reading of its start and of its end (`start_earliest`,
//! `start_latest`, `end_earliest`, `end_latest`, as `DATE`), with qualifiers counted as every
//! query counts them (`1971?` may be 1970 to 1972), and four flags: whether each end is open
//! (`start_open`, `end_open`: `..`) or unknown (`start_unknown`, `end_unknown`: empty). A date
//! column is null where the reading is infinitely early or late. The earliest start and the
//! latest end are null only towards the infinite past and future, so
//!
//! - a position **possibly** holds during the days `first..=last` when
//!   `coalesce(start_earliest <= last, true) AND coalesce(end_latest >= first, true)`;
//! - it **definitely** holds then when it is not `contingent` and
//!   `coalesce(start_latest <= last, start_open) AND coalesce(end_earliest >= first, end_open)`
//!   (a null `start_latest` is the infinite past when the start is open, and otherwise a start
//!   with no latest reading, such as an unknown start of an open-ended period).
//!
//! These are the rules of [`Period::certainty_during`](crate::Period::certainty_during), read
//! from the same four numbers the crate's interval index keeps.
//!
//! # Streaming
//!
//! Rows are appended to a batch of [`BATCH_ROWS`] rows, and each full batch goes to the
//! Parquet writer, which encodes it into the current row group and writes a row group once it
//! holds [`ROW_GROUP_ROWS`] rows. Writing a million positions holds one batch in Arrow form
//! and one row group in encoded form, never a second copy of the dataset.
//!
//! # Examples
//!
//! ```
//! use island_claims::export::parquet::{self, Table};
//!
//! let data = island_claims::datasets::kuril();
//! let dir = std::env::temp_dir().join(format!("island-claims-doc-{}", std::process::id()));
//! let written = parquet::write_dir(&data, &dir)?;
//! assert_eq!(written.rows(Table::Positions), data.all_positions().len() as u64);
//! assert!(dir.join("positions.parquet").is_file());
//!
//! // A directory that cannot be made is an error, not a panic.
//! let err = parquet::write_dir(&data, &dir.join("positions.parquet").join("sub")).unwrap_err();
//! assert_eq!(err.code(), "parquet_directory");
//! # std::fs::remove_dir_all(&dir).ok();
//! # Ok::<(), parquet::ParquetError>(())
//! ```

mod batch;
mod tables;

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;

use crate::dataset::Dataset;
use batch::{Batch, Columns};

/// Rows per record batch: the most of a table held in Arrow form while it is written.
pub const BATCH_ROWS: usize = 16_384;

/// Rows per Parquet row group: the most of a table held encoded before it is written out.
pub const ROW_GROUP_ROWS: usize = 131_072;

/// A table of a dataset, written as one Parquet file named after it ([`Table::file_name`]).
///
/// Ids are slugs, enums their snake_case names, lists of ids `LIST<VARCHAR>`. What each
/// table's columns hold is in `docs/sql.md`.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Table {
    /// One row per island, group, region or part, with its `exists` period.
    Islands,
    /// One row per party, with its `exists` period and predecessors.
    Parties,
    /// One row per `part_of`, `protected_by` and `represents` entry of a party.
    Relations,
    /// One row per source, with `known_from`: the day "as known at" counts it from.
    Sources,
    /// One row per event, with its participants and `known_from`.
    Events,
    /// One row per position: its islands as recorded, as covered (groups expanded) and every
    /// island whose query sees it (`concerns`); its period; `internal`, `contingent` and
    /// `known_from`.
    Positions,
    /// One row per attribution of a position or an event.
    Attributions,
    /// One row per derived dispute ([`Dataset::disputes`]), keyed by its place in that list.
    Disputes,
    /// One row per run of days on which a dispute definitely held.
    DisputeDefinite,
    /// One row per island of a dispute ([`Dispute::per_island`](crate::Dispute::per_island)).
    DisputeIslands,
    /// One row per run of days on which an island of a dispute was definitely contended for.
    DisputeIslandDefinite,
}

impl Table {
    /// The file [`write_dir`] writes it to: its name and `.parquet`.
    ///
    /// ```
    /// use island_claims::export::parquet::Table;
    /// assert_eq!(Table::DisputeDefinite.file_name(), "dispute_definite.parquet");
    /// ```
    #[must_use]
    pub fn file_name(self) -> String {
        format!("{self}.parquet")
    }
}

/// Why a table could not be written.
///
/// ```
/// use island_claims::export::parquet::{self, Table};
///
/// struct Full;
/// impl std::io::Write for Full {
///     fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
///         Err(std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full"))
///     }
///     fn flush(&mut self) -> std::io::Result<()> { Ok(()) }
/// }
/// let data = island_claims::datasets::kuril();
/// let err = parquet::write_table(&data, Table::Islands, Full).unwrap_err();
/// assert_eq!(err.code(), "parquet_write");
/// assert_eq!(err.to_string(), "cannot write table 'islands': disk full");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ParquetError {
    /// The output directory could not be made.
    #[error("cannot create directory '{}': {message}", path.display())]
    Directory {
        /// The directory.
        path: PathBuf,
        /// The kind of I/O error.
        kind: io::ErrorKind,
        /// The I/O error's message.
        message: String,
    },
    /// A table's bytes could not be written (or its file created or renamed).
    #[error("cannot write table '{table}'{}: {message}", path.as_ref().map(|p| format!(" to '{}'", p.display())).unwrap_or_default())]
    Write {
        /// The table.
        table: Table,
        /// Its file, when written by [`write_dir`].
        path: Option<PathBuf>,
        /// The kind of I/O error.
        kind: io::ErrorKind,
        /// The I/O error's message.
        message: String,
    },
    /// Arrow or Parquet refused a table's data.
    #[error("cannot encode table '{table}' as parquet: {message}")]
    Encode {
        /// The table.
        table: Table,
        /// Arrow's or Parquet's message.
        message: String,
    },
}

impl ParquetError {
    /// A stable code for the cause: `parquet_directory`, `parquet_write` or `parquet_encode`.
    ///
    /// ```
    /// use island_claims::export::parquet::{ParquetError, Table};
    /// let e = ParquetError::Encode { table: Table::Positions, message: "bad".into() };
    /// assert_eq!(e.code(), "parquet_encode");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Directory { .. } => "parquet_directory",
            Self::Write { .. } => "parquet_write",
            Self::Encode { .. } => "parquet_encode",
        }
    }

    fn write(table: Table, path: Option<&Path>, e: &io::Error) -> Self {
        Self::Write { table, path: path.map(Path::to_path_buf), kind: e.kind(), message: e.to_string() }
    }
}

crate::coded::serialize_coded!(ParquetError);

/// What [`write_dir`] wrote: each table's file and its number of rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    files: Vec<(Table, PathBuf, u64)>,
}

impl Written {
    /// Each table, its file and its number of rows, in the order of [`Table`].
    pub fn files(&self) -> impl Iterator<Item = (Table, &Path, u64)> {
        self.files.iter().map(|(t, p, n)| (*t, p.as_path(), *n))
    }

    /// The rows written of `table`.
    #[must_use]
    pub fn rows(&self, table: Table) -> u64 {
        self.files.iter().find(|f| f.0 == table).map_or(0, |f| f.2)
    }
}

/// Writes every [`Table`] of `data` into `dir` (made if missing), one file each, named by
/// [`Table::file_name`]; an existing file of that name is replaced.
///
/// Each file is written under a temporary name and renamed when complete, so a failure
/// never leaves a partial table under a table's name.
///
/// # Errors
///
/// [`ParquetError::Directory`] when `dir` cannot be made, [`ParquetError::Write`] when a file
/// cannot be written, [`ParquetError::Encode`] when Parquet refuses a table.
///
/// ```
/// use island_claims::export::parquet;
/// let data = island_claims::datasets::liancourt_rocks();
/// let dir = std::env::temp_dir().join(format!("island-claims-doc-dir-{}", std::process::id()));
/// let written = parquet::write_dir(&data, &dir)?;
/// assert_eq!(written.files().count(), 11);
/// # std::fs::remove_dir_all(&dir).ok();
/// # Ok::<(), parquet::ParquetError>(())
/// ```
pub fn write_dir(data: &Dataset, dir: &Path) -> Result<Written, ParquetError> {
    fs::create_dir_all(dir).map_err(|e| ParquetError::Directory {
        path: dir.to_path_buf(),
        kind: e.kind(),
        message: e.to_string(),
    })?;
    let mut files = Vec::new();
    for table in <Table as strum::IntoEnumIterator>::iter() {
        let path = dir.join(table.file_name());
        let partial = dir.join(format!(".{}.partial", table.file_name()));
        let fail = |e: &io::Error| ParquetError::write(table, Some(&path), e);
        let file = fs::File::create(&partial).map_err(|e| fail(&e))?;
        let rows = match write_table(data, table, BufWriter::new(file)) {
            Ok(rows) => rows,
            Err(e) => {
                // Nothing of a failed table is left behind; the first error is the one told.
                let _ = fs::remove_file(&partial);
                return Err(match e {
                    ParquetError::Write { table, kind, message, .. } => {
                        ParquetError::Write { table, path: Some(path), kind, message }
                    }
                    other => other,
                });
            }
        };
        fs::rename(&partial, &path).map_err(|e| fail(&e))?;
        files.push((table, path, rows));
    }
    Ok(Written { files })
}

/// Writes one table of `data` to `out` as a Parquet file, and returns its number of rows.
///
/// # Errors
///
/// [`ParquetError::Write`] when `out` fails, [`ParquetError::Encode`] when Parquet refuses
/// the table.
///
/// ```
/// use island_claims::export::parquet::{self, Table};
/// let data = island_claims::datasets::kuril();
/// let mut bytes = Vec::new();
/// let rows = parquet::write_table(&data, Table::Disputes, &mut bytes)?;
/// assert_eq!(rows, data.disputes().len() as u64);
/// assert_eq!(&bytes[..4], b"PAR1");
/// # Ok::<(), parquet::ParquetError>(())
/// ```
pub fn write_table<W: Write + Send>(data: &Dataset, table: Table, out: W) -> Result<u64, ParquetError> {
    let mut sink = Sink { out, error: None };
    let result = tables::write(data, table, &mut sink);
    let io_error = sink.error.take();
    match (result, io_error) {
        (Ok(rows), None) => Ok(rows),
        // Parquet wraps the writer's error in its own: tell the I/O error itself.
        (_, Some(e)) => Err(ParquetError::write(table, None, &e)),
        (Err(message), None) => Err(ParquetError::Encode { table, message }),
    }
}

/// The writer a table goes to, keeping its first I/O error, which Parquet would report only
/// as text.
struct Sink<W> {
    out: W,
    error: Option<io::Error>,
}

impl<W: Write> Write for Sink<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf).inspect_err(|e| self.keep(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush().inspect_err(|e| self.keep(e))
    }
}

impl<W> Sink<W> {
    fn keep(&mut self, e: &io::Error) {
        if self.error.is_none() {
            self.error = Some(io::Error::new(e.kind(), e.to_string()));
        }
    }
}

/// Streams rows into a Parquet file: [`BATCH_ROWS`] at a time, [`ROW_GROUP_ROWS`] per row
/// group, Snappy-compressed (read by every engine). Returns the number of rows.
fn stream<W: Write + Send, T>(
    out: W,
    columns: Columns,
    rows: impl IntoIterator<Item = T>,
    mut row: impl FnMut(&mut Batch, T),
) -> Result<u64, String> {
    let mut batch = Batch::new(columns);
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(ROW_GROUP_ROWS))
        .build();
    let mut writer = ArrowWriter::try_new(out, batch.schema().clone(), Some(props)).map_err(|e| e.to_string())?;
    let mut total: u64 = 0;
    for r in rows {
        row(&mut batch, r);
        batch.end_row();
        total = total.saturating_add(1);
        if batch.rows() >= BATCH_ROWS {
            writer.write(&batch.finish()?).map_err(|e| e.to_string())?;
        }
    }
    if batch.rows() > 0 {
        writer.write(&batch.finish()?).map_err(|e| e.to_string())?;
    }
    let mut out = writer.into_inner().map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    Ok(total)
}
