use serde::{Deserialize, Serialize};

use crate::ids::SourceId;
use crate::records::{Lang, is_empty};
use crate::time::When;

/// What kind of publication a source is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// A news agency or newspaper report.
    NewsReport,
    /// A statement published by a government or its officials.
    OfficialStatement,
    /// The text of a treaty, declaration or agreement.
    TreatyText,
    /// A document from an archive (declassified papers, minutes).
    ArchiveDocument,
    /// A scholarly book or article.
    Scholarship,
    /// An encyclopedia, gazetteer or similar work.
    ReferenceWork,
}

/// A publication that positions and events are attributed to.
///
/// Its `published` date is the *assertion time*: a view of the dataset "as known at" a day
/// keeps only what sources published by then.
///
/// # Examples
///
/// ```
/// use island_claims::{Source, SourceId, SourceKind};
///
/// let kyodo = Source::new(
///     SourceId::new("kyodo-2021-05-23")?,
///     SourceKind::NewsReport,
///     "Soviet papers on 1972 plan",
///     "2021-05-23".parse()?,
/// );
/// assert_eq!(kyodo.published.as_str(), "2021-05-23");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Source {
    /// Unique among sources.
    pub id: SourceId,
    /// What kind of publication.
    pub kind: SourceKind,
    /// Its title.
    pub title: String,
    /// Who published it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Who wrote it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// When it was published: the assertion time, which
    /// [`Dataset::as_known_at`](crate::Dataset::as_known_at) compares against.
    pub published: When,
    /// Where to read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The language it is written in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Lang>,
    /// The sources it reports or quotes.
    #[serde(default, deserialize_with = "crate::records::object::list", skip_serializing_if = "is_empty")]
    pub cites: Vec<SourceId>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// A source with its id, kind, title and publication date.
    #[must_use]
    pub fn new(id: SourceId, kind: SourceKind, title: impl Into<String>, published: When) -> Self {
        Self {
            id,
            kind,
            title: title.into(),
            publisher: None,
            author: None,
            published,
            url: None,
            language: None,
            cites: Vec::new(),
            note: None,
        }
    }

    /// This source, citing `other`.
    #[must_use]
    pub fn with_citation(mut self, other: SourceId) -> Self {
        self.cites.push(other);
        self
    }
}
