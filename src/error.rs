//! One error for `?`, and what every error of the crate has in common: a stable code to
//! match on, a JSON form, and a [`source`](std::error::Error::source) that leads to the
//! underlying error.
//!
//! Each error type of the crate has `code()`, a snake_case name that never changes for the
//! same cause (as [`IssueCode`](crate::IssueCode) does for validation), and serializes as
//! `{"code": ..., "message": ...}`, with the `report` of every problem where it has one. A
//! server maps the code to a status, and writes the JSON as the body.
//!
//! | type | codes |
//! |---|---|
//! | [`IdError`] | `id_empty`, `id_too_long`, `id_bad_character`, `wikidata_id_malformed` |
//! | [`LangError`] | `language_tag_malformed` |
//! | [`DateError`] | `date_not_edtf`, `date_wrong_form`, `date_out_of_range`, `date_not_julian`, `span_reversed` |
//! | [`LoadError`] | `json_syntax`, `format_unsupported`, `json_too_large`, `dataset_invalid` |
//! | [`ValidationReport`] | `dataset_invalid` |
//! | [`Refused`] | `dataset_invalid` |
//! | [`QueryError`] | `unknown_island`, `unknown_party`, `unknown_source` |
//! | [`MergeError`] | `records_clash`, `dataset_invalid` |
//! | `export::parquet::ParquetError` (feature `parquet`) | `parquet_directory`, `parquet_write`, `parquet_encode` |

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::dataset::{LoadError, MergeError, Refused};
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
///     Ok(data.positions().holder(&party).claims().run()?.len())
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
    /// A timeline picture could not be drawn.
    #[cfg(feature = "svg")]
    #[error("{0}")]
    Timeline(#[from] crate::export::svg::TimelineError),
    /// A table could not be written as Parquet.
    #[cfg(feature = "parquet")]
    #[error("{0}")]
    Parquet(#[from] crate::export::parquet::ParquetError),
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
            #[cfg(feature = "svg")]
            Self::Timeline(e) => e.code(),
            #[cfg(feature = "parquet")]
            Self::Parquet(e) => e.code(),
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
            Self::Invalid(e) => code_and_message(serializer, e.code(), e.to_string(), Some(e)),
            Self::Refused(e) => e.serialize(serializer),
            Self::Query(e) => e.serialize(serializer),
            Self::Merge(e) => e.serialize(serializer),
            #[cfg(feature = "svg")]
            Self::Timeline(e) => e.serialize(serializer),
            #[cfg(feature = "parquet")]
            Self::Parquet(e) => e.serialize(serializer),
        }
    }
}

/// `{"code": ..., "message": ...}` and, when there is one, `"report"`.
fn code_and_message<S: Serializer>(
    serializer: S,
    code: &'static str,
    message: String,
    report: Option<&ValidationReport>,
) -> Result<S::Ok, S::Error> {
    let mut s = serializer.serialize_struct("Error", 3)?;
    s.serialize_field("code", code)?;
    s.serialize_field("message", &message)?;
    if let Some(report) = report {
        s.serialize_field("report", report)?;
    }
    s.end()
}

/// For each error type: its code, and its JSON (`{"code", "message"}`, and the `report` of
/// the types that have one, whose `Serialize` is written out below).
macro_rules! codes {
    ($(#[$doc:meta])* $t:ty, |$e:ident| $code:expr) => {
        impl $t {
            $(#[$doc])*
            #[must_use]
            pub fn code(&self) -> &'static str {
                let $e = self;
                $code
            }
        }
    };
    ($(#[$doc:meta])* $t:ty, |$e:ident| $code:expr, without report) => {
        codes!($(#[$doc])* $t, |$e| $code);

        impl Serialize for $t {
            /// `{"code": ..., "message": ...}` (see [`crate::error`]).
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                code_and_message(serializer, self.code(), self.to_string(), None)
            }
        }
    };
}

codes!(
    /// A stable code for the cause: `id_empty`, `id_too_long`, `id_bad_character` or
    /// `wikidata_id_malformed`.
    ///
    /// ```
    /// assert_eq!("Japan".parse::<island_claims::PartyId>().unwrap_err().code(), "id_bad_character");
    /// ```
    IdError,
    |e| match e {
        IdError::Empty { .. } => "id_empty",
        IdError::TooLong { .. } => "id_too_long",
        IdError::BadChar { .. } => "id_bad_character",
        IdError::Wikidata(_) => "wikidata_id_malformed",
    },
    without report
);

codes!(
    /// A stable code for the cause: `language_tag_malformed`.
    ///
    /// ```
    /// assert_eq!(island_claims::Lang::new("not a tag").unwrap_err().code(), "language_tag_malformed");
    /// ```
    LangError,
    |_e| "language_tag_malformed",
    without report
);

codes!(
    /// A stable code for the cause: `date_not_edtf`, `date_wrong_form`, `date_out_of_range`,
    /// `date_not_julian` or `span_reversed`.
    ///
    /// ```
    /// assert_eq!(island_claims::Period::parse("06/14/2022").unwrap_err().code(), "date_not_edtf");
    /// ```
    DateError,
    |e| match e {
        DateError::Edtf { .. } => "date_not_edtf",
        DateError::WrongForm { .. } => "date_wrong_form",
        DateError::OutOfRange { .. } => "date_out_of_range",
        DateError::Julian { .. } => "date_not_julian",
        DateError::ReversedSpan { .. } => "span_reversed",
    },
    without report
);

codes!(
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
    LoadError,
    |e| match e {
        LoadError::Syntax { .. } => "json_syntax",
        LoadError::UnsupportedFormat { .. } => "format_unsupported",
        LoadError::TooLarge { .. } => "json_too_large",
        LoadError::Invalid(_) => "dataset_invalid",
    }
);

impl Serialize for LoadError {
    /// `{"code": ..., "message": ..., "report": ...}`, the report when there is one.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        code_and_message(serializer, self.code(), self.to_string(), self.report())
    }
}

codes!(
    /// A stable code for the cause: `unknown_island`, `unknown_party` or `unknown_source`.
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../tests/data/tiny.json"))?;
    /// let err = data.timeline(&"atlantis".parse()?).unwrap_err();
    /// assert_eq!(err.code(), "unknown_island");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    QueryError,
    |e| match e {
        QueryError::UnknownIsland(_) => "unknown_island",
        QueryError::UnknownParty(_) => "unknown_party",
        QueryError::UnknownSource(_) => "unknown_source",
    },
    without report
);

impl ValidationReport {
    /// The code of a refusal: `dataset_invalid` (each issue has its own
    /// [`IssueCode`](crate::IssueCode)).
    #[must_use]
    pub fn code(&self) -> &'static str {
        "dataset_invalid"
    }
}

impl Refused {
    /// The code of a refused build: `dataset_invalid`, as its report's.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.report.code()
    }
}

impl Serialize for Refused {
    /// `{"code": "dataset_invalid", "message": ..., "report": ...}`, without the records.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        code_and_message(serializer, self.code(), self.to_string(), Some(&self.report))
    }
}

#[cfg(feature = "svg")]
codes!(
    /// A stable code for the cause: `unknown_island`, `unknown_party`, `years_reversed`,
    /// `year_out_of_range` or `nothing_dated`.
    crate::export::svg::TimelineError,
    |e| {
        use crate::export::svg::TimelineError as T;
        match e {
            T::UnknownIsland(_) => "unknown_island",
            T::UnknownParty(_) => "unknown_party",
            T::EmptyRange { .. } => "years_reversed",
            T::YearOutOfRange(_) => "year_out_of_range",
            T::NothingDated => "nothing_dated",
        }
    },
    without report
);
