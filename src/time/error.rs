//! Why a date, period or span was refused.

use chrono::NaiveDate;

/// Why a date, period or span was refused.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::{DateError, Span, When};
/// let err = When::parse("06/14/2022").unwrap_err();
/// assert!(matches!(err, DateError::Edtf { .. }));
/// assert_eq!(err.code(), "date_not_edtf");
/// let day = NaiveDate::from_ymd_opt(1956, 10, 19).unwrap();
/// let err = Span::new(day, day.pred_opt().unwrap()).unwrap_err();
/// assert!(matches!(err, DateError::ReversedSpan { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not valid EDTF: what `edtf-core` reports, or what a common mistake needs said instead
    /// (`06/14/2022`: "EDTF is year-month-day"), with the spellings to use when they are known.
    ///
    /// ```
    /// use island_claims::{DateError, Period};
    /// let err = Period::parse("2022-06-14/present").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid EDTF date '2022-06-14/present' at offset 11: the end 'present': \
    ///      a period that still holds ends in '..'; write '2022-06-14/..'"
    /// );
    /// assert!(matches!(err, DateError::Edtf { instead, .. } if instead == ["2022-06-14/.."]));
    /// ```
    #[error("invalid EDTF date '{input}' at offset {offset}: {message}{}", write_instead(.instead))]
    Edtf {
        /// The refused text.
        input: String,
        /// Byte offset of the problem.
        offset: usize,
        /// What is wrong there, naming the end of an interval it is in ("the start '...': ").
        message: String,
        /// Spellings of what was probably meant, each accepted where the text was given;
        /// empty when there is no safe guess.
        instead: Vec<String>,
    },
    /// Valid EDTF, but not of the form expected here (an interval where one date is expected).
    #[error("'{input}' is {found}; expected {expected}")]
    WrongForm {
        /// The refused text.
        input: String,
        /// What the text is.
        found: &'static str,
        /// What was expected.
        expected: &'static str,
    },
    /// A date outside the years this crate can compute with (about ±262,000).
    #[error("date '{input}' lies outside the supported range of years")]
    OutOfRange {
        /// The refused text.
        input: String,
    },
    /// A Julian calendar date that does not exist.
    #[error("julian date {year:04}-{month:02}-{day:02} is not a valid julian calendar day")]
    Julian {
        /// Year (astronomical numbering).
        year: i64,
        /// Month, 1 to 12.
        month: u8,
        /// Day of month (0 when only a year or month was given).
        day: u8,
    },
    /// A span whose last day is before its first.
    #[error("span ends on {last} before it starts on {first}")]
    ReversedSpan {
        /// The first day given.
        first: NaiveDate,
        /// The last day given.
        last: NaiveDate,
    },
}

impl DateError {
    /// A stable code for the cause: `date_not_edtf`, `date_wrong_form`, `date_out_of_range`,
    /// `date_not_julian` or `span_reversed`.
    ///
    /// ```
    /// assert_eq!(island_claims::Period::parse("06/14/2022").unwrap_err().code(), "date_not_edtf");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Edtf { .. } => "date_not_edtf",
            Self::WrongForm { .. } => "date_wrong_form",
            Self::OutOfRange { .. } => "date_out_of_range",
            Self::Julian { .. } => "date_not_julian",
            Self::ReversedSpan { .. } => "span_reversed",
        }
    }
}

crate::coded::serialize_coded!(DateError);

/// `edtf-core`'s refusal of `input`, as it says it.
pub(super) fn edtf_error(input: &str, e: edtf_core::ParseError) -> DateError {
    DateError::Edtf { input: input.to_owned(), offset: e.offset, message: e.message.to_owned(), instead: Vec::new() }
}

/// "; write 'a' or 'b'", or nothing when there is no spelling to suggest.
fn write_instead(spellings: &[String]) -> String {
    if spellings.is_empty() {
        return String::new();
    }
    let quoted: Vec<String> = spellings.iter().map(|s| format!("'{s}'")).collect();
    format!("; write {}", quoted.join(" or "))
}
