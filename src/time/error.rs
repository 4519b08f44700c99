//! Why a date, period or span was refused.

use chrono::NaiveDate;

/// Why a date, period or span was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DateError {
    /// Not valid EDTF, as `edtf-core` reports it.
    #[error("invalid EDTF date '{input}' at offset {offset}: {message}")]
    Edtf {
        /// The refused text.
        input: String,
        /// Byte offset of the problem.
        offset: usize,
        /// What is wrong there.
        message: &'static str,
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

pub(super) fn edtf_error(input: &str, e: edtf_core::ParseError) -> DateError {
    DateError::Edtf { input: input.to_owned(), offset: e.offset, message: e.message }
}
