//! One error for `?`, and what every error of the crate has in common: a stable code to
//! match on, a JSON form, and a [`source`](std::error::Error::source) that leads to the
//! underlying error.
//!
//! Each fallible call returns the error type of what it does, whose variants are the ways it
//! can fail and carry what the caller needs back (the report of every problem, the refused
//! records). Each error type has `code()`, written beside its variants: a snake_case name
//! that never changes for the same cause (as [`IssueCode`](crate::IssueCode) does for
//! validation). Each serializes as `{"code": ..., "message": ...}`, with the `report` of every
//! problem where it has one. A server maps the code to a status, and writes the JSON as the
//! body. [`Error`] takes any of them, for code that calls several with `?`.
//!
//! | type | returned by | codes |
//! |---|---|---|
//! | [`IdError`] | parsing an id | [`IdError::code`] |
//! | [`LangError`] | parsing a language tag | [`LangError::code`] |
//! | [`DateError`] | parsing a date or period; [`Span::new`](crate::Span::new) | [`DateError::code`] |
//! | [`LoadError`] | [`Dataset::from_json`](crate::Dataset::from_json) | [`LoadError::code`] |
//! | [`ValidationReport`] | [`DatasetBuilder::build`](crate::DatasetBuilder::build) | [`ValidationReport::code`] |
//! | [`Refused`] | [`DatasetBuilder::into_dataset`](crate::DatasetBuilder::into_dataset) | [`Refused::code`] |
//! | [`QueryError`] | the queries that name records | [`QueryError::code`] |
//! | [`MergeError`] | [`Dataset::merge`](crate::Dataset::merge) | [`MergeError::code`] |
//! | [`UnknownDataset`] | [`datasets::by_name`](crate::datasets::by_name) | [`UnknownDataset::code`] |

use serde::ser::{Serialize, Serializer};

use crate::dataset::{LoadError, MergeError, Refused};
use crate::datasets::UnknownDataset;
use crate::ids::IdError;
use crate::query::QueryError;
use crate::records::LangError;
use crate::time::DateError;
use crate::validate::ValidationReport;

/// Any error of the crate, for code that uses several of its fallible calls with `?`.
///
/// Every error type converts into it; [`source`](std::error::Error::source) is the error it
/// was made from, and [`code`](Self::code) that error's code.
///
/// ```
/// use island_claims::{Dataset, Error};
///
/// fn claims_of(json: &str, party: &str) -> Result<usize, Error> {
///     let data = Dataset::from_json(json)?;
///     let party = party.parse()?;
///     Ok(data.query().holder(&party).claims().run()?.len())
/// }
/// let tiny = include_str!("../tests/data/tiny.json");
/// assert_eq!(claims_of(tiny, "japan").unwrap(), 2);
/// let err = claims_of(tiny, "china").unwrap_err();
/// assert_eq!(err.code(), "unknown_party");
/// assert!(std::error::Error::source(&err).is_some());
/// assert_eq!(claims_of(tiny, "Japan").unwrap_err().code(), "id_bad_character");
/// assert_eq!(claims_of("{", "japan").unwrap_err().code(), "json_syntax");
/// assert_eq!(serde_json::to_value(&err).unwrap()["code"], "unknown_party");
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An id was refused.
    #[error("{0}")]
    Id(#[from] IdError),
    /// A language tag was refused.
    #[error("{0}")]
    Lang(#[from] LangError),
    /// A date, period or span was refused.
    #[error("{0}")]
    Date(#[from] DateError),
    /// A JSON text could not be loaded.
    #[error("{0}")]
    Load(#[from] LoadError),
    /// Records were refused by validation.
    #[error("{0}")]
    Invalid(#[from] ValidationReport),
    /// A build was refused; the records are in it.
    #[error("{0}")]
    Refused(#[from] Box<Refused>),
    /// A query named a record the dataset does not have.
    #[error("{0}")]
    Query(#[from] QueryError),
    /// Two datasets could not be merged.
    #[error("{0}")]
    Merge(#[from] MergeError),
    /// No embedded dataset has this name.
    #[error("{0}")]
    Dataset(#[from] UnknownDataset),
    /// A timeline picture could not be drawn.
    #[cfg(feature = "svg")]
    #[error("{0}")]
    Timeline(#[from] crate::export::svg::TimelineError),
}

impl From<Refused> for Error {
    fn from(refused: Refused) -> Self {
        Self::Refused(Box::new(refused))
    }
}

impl Error {
    /// The code of the error it was made from.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Id(e) => e.code(),
            Self::Lang(e) => e.code(),
            Self::Date(e) => e.code(),
            Self::Load(e) => e.code(),
            Self::Invalid(e) => e.code(),
            Self::Refused(e) => e.code(),
            Self::Query(e) => e.code(),
            Self::Merge(e) => e.code(),
            Self::Dataset(e) => e.code(),
            #[cfg(feature = "svg")]
            Self::Timeline(e) => e.code(),
        }
    }
}

impl Serialize for Error {
    /// As the error it was made from: `{"code": ..., "message": ...}`, with the `report` of
    /// every problem where there is one.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Id(e) => e.serialize(serializer),
            Self::Lang(e) => e.serialize(serializer),
            Self::Date(e) => e.serialize(serializer),
            Self::Load(e) => e.serialize(serializer),
            Self::Invalid(e) => {
                crate::coded::code_and_message(serializer, e.code(), &e.to_string(), Some(("report", e)))
            }
            Self::Refused(e) => e.serialize(serializer),
            Self::Query(e) => e.serialize(serializer),
            Self::Merge(e) => e.serialize(serializer),
            Self::Dataset(e) => e.serialize(serializer),
            #[cfg(feature = "svg")]
            Self::Timeline(e) => e.serialize(serializer),
        }
    }
}

// The picture's error has its codes here until its module, which is being redrawn, takes them.
#[cfg(feature = "svg")]
impl crate::export::svg::TimelineError {
    /// A stable code for the cause: `unknown_island`, `unknown_party`, `years_reversed`,
    /// `year_out_of_range` or `nothing_dated`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        use crate::export::svg::TimelineError as T;
        match self {
            T::UnknownIsland(_) => "unknown_island",
            T::UnknownParty(_) => "unknown_party",
            T::EmptyRange { .. } => "years_reversed",
            T::YearOutOfRange(_) => "year_out_of_range",
            T::NothingDated => "nothing_dated",
        }
    }
}

#[cfg(feature = "svg")]
crate::coded::serialize_coded!(crate::export::svg::TimelineError);
