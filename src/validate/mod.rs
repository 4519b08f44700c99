//! Validation: every problem in a dataset, each with a stable code.
//!
//! [`Dataset::builder`](crate::Dataset::builder)`.build()` and
//! [`Dataset::from_json`](crate::Dataset::from_json) check the whole dataset and report every
//! problem at once in a [`ValidationReport`]. Errors refuse the dataset; warnings do not, and
//! stay readable through [`Dataset::warnings`](crate::Dataset::warnings).
//!
//! Checks between two periods ask whether the problem is *sure*, so uncertain dates are never
//! punished: a position dated `195X/..` held by a party that exists from `1956` is not refused,
//! since one reading of the decade fits.
//!
//! ```
//! use island_claims::{Dataset, IssueCode};
//!
//! // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
//! let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
//!   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
//!   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
//! let err = Dataset::from_json(json).unwrap_err();
//! let report = err.report().ok_or("a report")?;
//! assert!(report.has(IssueCode::UnknownReference) && report.has(IssueCode::StateRepresentsState));
//! assert_eq!(
//!     report.to_string().lines().next(),
//!     Some("dataset refused with 1 error and 1 warning")
//! );
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod checks;
mod cycles;
mod gaps;
mod incompatible;

use std::fmt;

use serde::{Deserialize, Serialize};

pub(crate) use checks::{check, warnings};
pub(crate) use gaps::Gaps;

/// Whether `issues` refuse a dataset: whether any is an error.
pub(crate) fn refuses(issues: &[Issue]) -> bool {
    issues.iter().any(|i| i.severity == Severity::Error)
}

/// Whether a problem refuses the dataset.
///
/// # Examples
///
/// ```
/// use island_claims::IssueCode;
/// use island_claims::validate::Severity;
/// assert_eq!(IssueCode::UnknownReference.severity(), Severity::Error);
/// assert_eq!(IssueCode::StateRepresentsState.severity(), Severity::Warning);
/// assert_eq!(Severity::Warning.to_string(), "warning");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, strum::Display, strum::AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    /// Suspicious but possible: loading goes on.
    Warning,
    /// Inconsistent: the dataset is refused.
    Error,
}

/// The stable code of a validation problem. The snake_case names are part of the crate's
/// contract: tools may match on them.
///
/// # Examples
///
/// ```
/// use island_claims::{Dataset, IssueCode};
///
/// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
/// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
/// let err = Dataset::from_json(json).unwrap_err();
/// let report = err.report().ok_or("a report")?;
/// let codes: Vec<IssueCode> = report.issues().iter().map(|i| i.code).collect();
/// assert_eq!(codes, [IssueCode::UnknownReference, IssueCode::StateRepresentsState]);
/// assert_eq!(IssueCode::UnknownReference.to_string(), "unknown_reference");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum IssueCode {
    /// Two records of one kind share an id.
    DuplicateId,
    /// A record names an island, party, source or event that the dataset does not have.
    UnknownReference,
    /// A position names no island.
    EmptyIslands,
    /// A period whose end is surely before its start.
    PeriodReversed,
    /// A position surely holds on a day its holder surely did not exist.
    PositionOutsideHolderExistence,
    /// An event surely happened when one of its participants surely did not exist.
    EventOutsideParticipantExistence,
    /// A position surely holds on a day one of the islands it names surely did not exist (a
    /// part before the settlement that made it).
    PositionOutsideIslandExistence,
    /// An event surely happened when one of the islands it names surely did not exist.
    EventOutsideIslandExistence,
    /// A position or event without any attribution to a source, or a contested succession
    /// without one.
    MissingAttribution,
    /// A stance that needs a counterpart has none.
    CounterpartRequired,
    /// A stance that has no counterpart names one.
    CounterpartNotAllowed,
    /// A position's counterpart is its own holder.
    CounterpartIsHolder,
    /// Islands are, through `part_of`, part of themselves.
    PartOfCycle,
    /// An island, group or region is `part_of` a record that is a single island or a part,
    /// not a group or region.
    PartOfNotAGroup,
    /// A part is `part_of` a group or region, not an island (or a part of one).
    PartOfNotAnIsland,
    /// A part names no island in `part_of`: a part is always a part of one island.
    PartWithoutIsland,
    /// Parties are, through `successor_of` (along any of their lines), their own successors.
    SuccessorCycle,
    /// A position surely starts before the event that established it.
    PositionBeforeEstablishingEvent,
    /// A position surely lasts beyond the event that ended it.
    PositionAfterEndingEvent,
    /// A source cites a source the dataset does not have.
    SourceCitesUnknown,
    /// An event is attributed to a source surely published before the event (a warning:
    /// announcements precede events).
    SourcePublishedBeforeEvent,
    /// One holder, per one source, takes incompatible stances on the same islands at a time
    /// when both surely held.
    IncompatiblePositions,
    /// A rank other than `normal` without a `rank_reason`.
    MissingRankReason,
    /// A value outside its range: a negative or infinite area, a latitude beyond ±90, a
    /// longitude beyond ±180, a source `url` that is not an absolute URI (RFC 3986).
    ValueOutOfRange,
    /// A source has neither `published` nor `accessed`, and no dated source cites it: "as
    /// known at" cannot place it.
    SourceUndated,
    /// A source was surely `written` after it was `published`.
    SourceWrittenAfterPublished,
    /// An event is `same_as` itself.
    EventSameAsItself,
    /// A party is, through `part_of`, part of itself: it names itself, or a chain of
    /// memberships leads back to it at a time when every one of them surely held.
    PartyPartOfCycle,
    /// A succession is contested by the successor itself or by its predecessor, rather than
    /// by another party.
    SuccessionContestedByItsParty,
    /// An `accepts` or `rejects` position names no event in `regarding`.
    RegardingRequired,
    /// A position of a stance other than `accepts` or `rejects` names an event in `regarding`.
    RegardingNotAllowed,
    /// A `contingent` position has no `conditions` saying what it depends on.
    ContingentWithoutConditions,
    /// A position names an `alternatives` group but is not `contingent`.
    AlternativesNotContingent,
    /// A state `represents` a state (a warning): a state that conducts another's foreign
    /// relations is written on the protected state as `protected_by`.
    StateRepresentsState,
}

impl IssueCode {
    /// How serious problems of this kind are.
    ///
    /// ```
    /// use island_claims::IssueCode;
    /// use island_claims::validate::Severity;
    /// assert_eq!(IssueCode::DuplicateId.severity(), Severity::Error);
    /// assert_eq!(IssueCode::SourcePublishedBeforeEvent.severity(), Severity::Warning);
    /// ```
    #[must_use]
    pub fn severity(self) -> Severity {
        // No wildcard: a new code does not compile until it says how serious it is.
        match self {
            Self::SourcePublishedBeforeEvent | Self::StateRepresentsState => Severity::Warning,
            Self::DuplicateId
            | Self::UnknownReference
            | Self::EmptyIslands
            | Self::PeriodReversed
            | Self::PositionOutsideHolderExistence
            | Self::EventOutsideParticipantExistence
            | Self::PositionOutsideIslandExistence
            | Self::EventOutsideIslandExistence
            | Self::MissingAttribution
            | Self::CounterpartRequired
            | Self::CounterpartNotAllowed
            | Self::CounterpartIsHolder
            | Self::PartOfCycle
            | Self::PartOfNotAGroup
            | Self::PartOfNotAnIsland
            | Self::PartWithoutIsland
            | Self::SuccessorCycle
            | Self::PositionBeforeEstablishingEvent
            | Self::PositionAfterEndingEvent
            | Self::SourceCitesUnknown
            | Self::IncompatiblePositions
            | Self::MissingRankReason
            | Self::ValueOutOfRange
            | Self::SourceUndated
            | Self::SourceWrittenAfterPublished
            | Self::EventSameAsItself
            | Self::PartyPartOfCycle
            | Self::SuccessionContestedByItsParty
            | Self::RegardingRequired
            | Self::RegardingNotAllowed
            | Self::ContingentWithoutConditions
            | Self::AlternativesNotContingent => Severity::Error,
        }
    }
}

/// The five record kinds, to say where a problem is.
///
/// # Examples
///
/// ```
/// use island_claims::{Dataset, IssueCode};
///
/// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
/// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
/// let err = Dataset::from_json(json).unwrap_err();
/// let report = err.report().ok_or("a report")?;
/// use island_claims::validate::RecordKind;
/// assert!(report.issues().iter().all(|i| i.subject.kind == RecordKind::Party));
/// assert_eq!(RecordKind::Party.to_string(), "party");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    strum::Display,
    strum::AsRefStr,
    strum::EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RecordKind {
    /// An [`Island`](crate::Island).
    Island,
    /// A [`Party`](crate::Party).
    Party,
    /// A [`Source`](crate::Source).
    Source,
    /// An [`Event`](crate::Event).
    Event,
    /// A [`Position`](crate::Position).
    Position,
}

impl RecordKind {
    /// The name of this kind's list in a dataset file, as in a JSON path: `islands`,
    /// `parties`, `sources`, `events`, `positions`.
    ///
    /// ```
    /// use island_claims::validate::RecordKind;
    /// assert_eq!(RecordKind::Party.list_name(), "parties");
    /// ```
    #[must_use]
    pub fn list_name(self) -> &'static str {
        match self {
            Self::Island => "islands",
            Self::Party => "parties",
            Self::Source => "sources",
            Self::Event => "events",
            Self::Position => "positions",
        }
    }
}

/// The record a problem is about.
///
/// # Examples
///
/// ```
/// use island_claims::{Dataset, IssueCode};
///
/// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
/// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
/// let err = Dataset::from_json(json).unwrap_err();
/// let report = err.report().ok_or("a report")?;
/// let subject = &report.errors().next().ok_or("an error")?.subject;
/// assert_eq!((subject.id.as_str(), subject.index, subject.field), ("c", 2, "successor_of"));
/// assert_eq!(subject.to_string(), "party 'c' (parties[2].successor_of)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Subject {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// Its place in its list as given (0 for the first island, party, ...): in the builder's
    /// list, or in the JSON file's, counting records that could not be read.
    pub index: usize,
    /// The field at fault.
    pub field: &'static str,
}

impl Subject {
    /// Where the field is in a dataset file, as a JSON path: `positions[5].period`.
    ///
    /// ```
    /// use island_claims::Dataset;
    ///
    /// let json = r#"{"format": "island-claims/2", "parties": [
    ///   {"id": "japan", "kind": "state"}, {"id": "ussr", "kind": "state", "successor_of": "rsfsr"}]}"#;
    /// let report = Dataset::from_json(json).unwrap_err().report().cloned().unwrap();
    /// assert_eq!(report.issues()[0].subject.path(), "parties[1].successor_of");
    /// ```
    #[must_use]
    pub fn path(&self) -> String {
        format!("{}[{}].{}", self.kind.list_name(), self.index, self.field)
    }
}

impl fmt::Display for Subject {
    /// `party 'ussr' (parties[1].successor_of)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} '{}' ({})", self.kind, self.id, self.path())
    }
}

/// One problem found in a dataset.
///
/// # Examples
///
/// ```
/// use island_claims::{Dataset, IssueCode};
///
/// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
/// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
/// let err = Dataset::from_json(json).unwrap_err();
/// let report = err.report().ok_or("a report")?;
/// let issue = report.errors().next().ok_or("an error")?;
/// assert_eq!(issue.code, IssueCode::UnknownReference);
/// assert!(issue.to_string().starts_with("error unknown_reference at parties[2].successor_of: "));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Issue {
    /// What kind of problem: a stable code.
    pub code: IssueCode,
    /// Error or warning.
    pub severity: Severity,
    /// Where.
    pub subject: Subject,
    /// A lowercase message naming the record and field.
    pub message: String,
}

impl fmt::Display for Issue {
    /// One line: severity, code, JSON path and message, as in
    /// `error unknown_reference at positions[0].holder: position 'p' names unknown party 'x' in holder`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} at {}: {}", self.severity, self.code, self.subject.path(), self.message)
    }
}

/// A part of a JSON file that could not be read as the format says: not JSON, or not of the
/// dataset's shape (a missing or unknown field, a wrong type, a bad id or date).
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
/// let err = Dataset::from_json(r#"{"format": "island-claims/3",
///   "islands": [{"id": "shikotan", "kind": "islnd"}]}"#).unwrap_err();
/// let syntax = &err.report().ok_or("a report")?.syntax_errors()[0];
/// assert_eq!((syntax.path.as_str(), syntax.line), ("islands[0].kind", 2));
/// assert!(syntax.message.contains("islnd"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct SyntaxError {
    /// Where, as a JSON path such as `positions[3].period` (`.` for the top).
    pub path: String,
    /// Line of the problem, from 1.
    pub line: usize,
    /// Column of the problem, from 1, in bytes.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for SyntaxError {
    /// `positions[3].period: invalid EDTF date '1956-02-30' ... (line 40, column 18)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (line {}, column {})", self.path, self.message, self.line, self.column)
    }
}

/// Every problem found in a dataset that was refused: the records of a JSON file that could not
/// be read ([`ValidationReport::syntax_errors`]), and the validation issues of the records that
/// could ([`ValidationReport::issues`]).
///
/// Its `Display` is a summary line that counts errors and warnings, then one line per problem,
/// errors first, each starting with its severity.
///
/// # Examples
///
/// ```
/// use island_claims::{Dataset, IssueCode};
///
/// let json = r#"{"format": "island-claims/2",
///   "islands": [{"id": "a", "kind": "island"}, {"id": "a", "kind": "island", "part_of": "zz"}]}"#;
/// let err = Dataset::from_json(json).unwrap_err();
/// let report = err.report().unwrap();
/// let codes: Vec<IssueCode> = report.errors().map(|i| i.code).collect();
/// assert_eq!(codes, [IssueCode::DuplicateId, IssueCode::UnknownReference]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValidationReport {
    #[serde(rename = "syntax_errors")]
    syntax: Vec<SyntaxError>,
    issues: Vec<Issue>,
}

impl ValidationReport {
    /// The code of a refusal: `dataset_invalid` (each issue has its own [`IssueCode`]).
    #[must_use]
    pub fn code(&self) -> &'static str {
        "dataset_invalid"
    }
}

impl ValidationReport {
    pub(crate) fn new(issues: Vec<Issue>) -> Self {
        Self { syntax: Vec::new(), issues }
    }

    pub(crate) fn with_syntax(syntax: Vec<SyntaxError>, issues: Vec<Issue>) -> Self {
        Self { syntax, issues }
    }

    /// The parts of a JSON file that could not be read as records, in the order of the file's
    /// lists (islands, parties, sources, events, positions). Each is an error. Empty for a
    /// builder's report, and when every record was read.
    ///
    /// ```
    /// use island_claims::Dataset;
    /// let err = Dataset::from_json(r#"{"format": "island-claims/3", "islands": [{"id": "Shikotan", "kind": "island"}]}"#)
    ///     .unwrap_err();
    /// let report = err.report().ok_or("a report")?;
    /// assert_eq!(report.syntax_errors()[0].path, "islands[0].id");
    /// assert!(report.issues().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn syntax_errors(&self) -> &[SyntaxError] {
        &self.syntax
    }

    /// Every validation problem of the records that were read, errors and warnings, in the
    /// order found. A reference to a record that could not be read is not reported as unknown.
    ///
    /// ```
    /// use island_claims::{Dataset, IssueCode};
    ///
    /// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
    /// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
    ///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
    ///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
    /// let err = Dataset::from_json(json).unwrap_err();
    /// let report = err.report().ok_or("a report")?;
    /// assert_eq!(report.issues().len(), 2);
    /// assert!(report.syntax_errors().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn issues(&self) -> &[Issue] {
        &self.issues
    }

    /// The validation problems that refuse the dataset.
    ///
    /// ```
    /// use island_claims::{Dataset, IssueCode};
    ///
    /// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
    /// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
    ///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
    ///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
    /// let err = Dataset::from_json(json).unwrap_err();
    /// let report = err.report().ok_or("a report")?;
    /// let errors: Vec<&str> = report.errors().map(|i| i.subject.id.as_str()).collect();
    /// assert_eq!(errors, ["c"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn errors(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Error)
    }

    /// The problems that alone would not refuse it.
    ///
    /// ```
    /// use island_claims::{Dataset, IssueCode};
    ///
    /// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
    /// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
    ///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
    ///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
    /// let err = Dataset::from_json(json).unwrap_err();
    /// let report = err.report().ok_or("a report")?;
    /// let warnings: Vec<IssueCode> = report.warnings().map(|i| i.code).collect();
    /// assert_eq!(warnings, [IssueCode::StateRepresentsState]);
    /// // A dataset with warnings alone loads, and keeps them.
    /// let ok = Dataset::from_json(&json.replace(r#", "successor_of": "nobody""#, ""))?;
    /// assert_eq!(ok.warnings().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn warnings(&self) -> impl Iterator<Item = &Issue> {
        self.issues.iter().filter(|i| i.severity == Severity::Warning)
    }

    /// Whether any problem has this code.
    ///
    /// ```
    /// use island_claims::{Dataset, IssueCode};
    ///
    /// // Party `b`, a state, acts for state `a` (a warning); `c` continues a party there is not (an error).
    /// let json = r#"{"format": "island-claims/3", "parties": [{"id": "a", "kind": "state"},
    ///   {"id": "b", "kind": "state", "represents": [{"party": "a", "period": "2000/.."}]},
    ///   {"id": "c", "kind": "state", "successor_of": "nobody"}]}"#;
    /// let err = Dataset::from_json(json).unwrap_err();
    /// let report = err.report().ok_or("a report")?;
    /// assert!(report.has(IssueCode::UnknownReference));
    /// assert!(!report.has(IssueCode::DuplicateId));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn has(&self, code: IssueCode) -> bool {
        self.issues.iter().any(|i| i.code == code)
    }
}

impl fmt::Display for ValidationReport {
    /// `dataset refused with 2 errors and 1 warning`, then one line per problem: errors (those
    /// of syntax first), then warnings.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors = self.syntax.len() + self.errors().count();
        let warnings = self.warnings().count();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        write!(f, "dataset refused with {errors} error{}", plural(errors))?;
        match warnings {
            0 => f.write_str(" and no warnings")?,
            n => write!(f, " and {n} warning{}", plural(n))?,
        }
        for e in &self.syntax {
            write!(f, "\n{} {e}", Severity::Error)?;
        }
        for issue in self.errors().chain(self.warnings()) {
            write!(f, "\n{issue}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ValidationReport {}
