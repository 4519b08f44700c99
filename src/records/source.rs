use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::ids::SourceId;
use crate::records::{Lang, is_empty};
use crate::time::When;

/// What kind of publication a source is.
///
/// # Examples
///
/// ```
/// use island_claims::SourceKind;
/// let data = island_claims::datasets::kuril();
/// let text = data.source(&"sf-treaty-text".parse()?).ok_or("the San Francisco treaty's text")?;
/// assert_eq!(text.kind, SourceKind::TreatyText);
/// assert_eq!("court_document".parse::<SourceKind>()?, SourceKind::CourtDocument);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
    /// A court's or tribunal's document: a judgment, an award, an order, an advisory opinion,
    /// a pleading.
    CourtDocument,
    /// A page of no institution: a blog, a forum, a mirror of another site.
    WebPage,
}

/// A publication that positions and events are attributed to.
///
/// Its `published` date is the *assertion time*: a view of the dataset "as known at" a day
/// keeps only what sources published by then. An undated page has no `published` but the day
/// it was `accessed`, and counts from then ([`Source::known_from`]); a source with neither is
/// refused (`source_undated`). A document first published long after it was `written` (a
/// 1972 memorandum released in 2021) counts from its publication, not from its writing.
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
/// )
/// .with_written("1972-08-03".parse()?);
/// assert_eq!(kyodo.known_from().map(|d| d.as_str()), Some("2021-05-23"));
///
/// let page = Source::undated(
///     SourceId::new("mofa-page")?,
///     SourceKind::OfficialStatement,
///     "Northern Territories",
///     "2008-06-22".parse()?,
/// );
/// assert!(page.published.is_none());
/// assert_eq!(page.known_from().map(|d| d.as_str()), Some("2008-06-22"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
// Required unless `accessed` is given, or `written` with a dated source citing it (which the
// schema cannot check; validation does).
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{"required": ["published"]}, {"required": ["accessed"]}, {"required": ["written"]}]))
)]
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
    /// [`Dataset::as_known_at`](crate::Dataset::as_known_at) compares against. Required unless
    /// `accessed` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<When>,
    /// When the document itself was written, where that is not when it was published: a 1972
    /// memorandum first published in 2021. Surely after `published` is refused
    /// (`source_written_after_published`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<When>,
    /// When an undated page was seen: the assertion time of a source without `published`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessed: Option<When>,
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
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("frus-1955-57-v23p1-d52".parse()?, SourceKind::ArchiveDocument,
    ///     "FRUS 1955-1957, vol. XXIII, part 1, document 52", "1991".parse()?);
    /// assert_eq!(s.published.as_ref().map(|d| d.as_str()), Some("1991"));
    /// assert_eq!(s.title, "FRUS 1955-1957, vol. XXIII, part 1, document 52");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: SourceId, kind: SourceKind, title: impl Into<String>, published: When) -> Self {
        Self::dated(id, kind, title, Some(published), None)
    }

    /// An undated source (a web page without a date) with its id, kind, title and the day
    /// it was seen, from which "as known at" counts it.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let page = Source::undated("page".parse()?, SourceKind::ReferenceWork, "A page", "2008-06-22".parse()?);
    /// assert_eq!(page.accessed.as_ref().map(|d| d.as_str()), Some("2008-06-22"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn undated(id: SourceId, kind: SourceKind, title: impl Into<String>, accessed: When) -> Self {
        Self::dated(id, kind, title, None, Some(accessed))
    }

    fn dated(
        id: SourceId,
        kind: SourceKind,
        title: impl Into<String>,
        published: Option<When>,
        accessed: Option<When>,
    ) -> Self {
        Self {
            id,
            kind,
            title: title.into(),
            publisher: None,
            author: None,
            published,
            written: None,
            accessed,
            url: None,
            language: None,
            cites: Vec::new(),
            note: None,
        }
    }

    /// Its date as a source: its publication, or else, for an undated page, the day it was
    /// accessed; what the timeline picture and the early-source warning read. `None` only for
    /// a source with neither, which a dataset refuses. ([`Dataset::as_known_at`] counts a
    /// source from [`public_by`](Self::public_by), which also weighs `accessed` when a
    /// publication date is vaguer.)
    ///
    /// [`Dataset::as_known_at`]: crate::Dataset::as_known_at
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let page = Source::new("s".parse()?, SourceKind::NewsReport, "T", "2021".parse()?)
    ///     .with_accessed("2024-01-05".parse()?);
    /// // Publication comes first: the page was public before it was seen.
    /// assert_eq!(page.known_from().map(|d| d.as_str()), Some("2021"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn known_from(&self) -> Option<&When> {
        self.published.as_ref().or(self.accessed.as_ref())
    }

    /// The first day by which the source was surely public, which
    /// [`Dataset::as_known_at`](crate::Dataset::as_known_at) counts it from: the last day its
    /// `published` date may stand for, or the last day of `accessed` when that is earlier (a
    /// page that was seen was public). `None` only for a source with neither date.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::{Source, SourceKind};
    /// let page = Source::new("s".parse()?, SourceKind::ReferenceWork, "T", "20XX".parse()?);
    /// assert_eq!(page.public_by(), NaiveDate::from_ymd_opt(2099, 12, 31));
    /// // Seen in December 2026: surely public by its end, whatever year of the century it is from.
    /// let page = page.with_accessed("2026-12".parse()?);
    /// assert_eq!(page.public_by(), NaiveDate::from_ymd_opt(2026, 12, 31));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn public_by(&self) -> Option<NaiveDate> {
        [&self.published, &self.accessed].into_iter().flatten().map(When::latest).min()
    }

    /// This source, written on `written` (before its publication).
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("frus-1955-57-v23p1-d52".parse()?, SourceKind::ArchiveDocument,
    ///     "FRUS 1955-1957, vol. XXIII, part 1, document 52", "1991".parse()?)
    ///     .with_written("1955-02-10".parse()?);
    /// // Written in 1955, published in 1991: "as known at" counts from 1991.
    /// assert_eq!(s.written.as_ref().map(|d| d.as_str()), Some("1955-02-10"));
    /// assert_eq!(s.known_from().map(|d| d.as_str()), Some("1991"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_written(mut self, written: When) -> Self {
        self.written = Some(written);
        self
    }

    /// This source, seen on `accessed`.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("frus-1955-57-v23p1-d52".parse()?, SourceKind::ArchiveDocument,
    ///     "FRUS 1955-1957, vol. XXIII, part 1, document 52", "1991".parse()?)
    ///     .with_accessed("2024-03-01".parse()?);
    /// assert_eq!(s.accessed.as_ref().map(|d| d.as_str()), Some("2024-03-01"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_accessed(mut self, accessed: When) -> Self {
        self.accessed = Some(accessed);
        self
    }

    /// This source, citing `other`.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// // A report that cites the agency dispatch it relies on.
    /// let s = Source::new("seed-article".parse()?, SourceKind::NewsReport, "Putin spoke in favor of dialogue", "2021-06".parse()?)
    ///     .with_citation("interfax-2021-06-04".parse()?);
    /// assert_eq!(s.cites[0].as_str(), "interfax-2021-06-04");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_citation(mut self, other: SourceId) -> Self {
        self.cites.push(other);
        self
    }

    /// This source, with its publisher.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("frus-1955-57-v23p1-d52".parse()?, SourceKind::ArchiveDocument,
    ///     "FRUS 1955-1957, vol. XXIII, part 1, document 52", "1991".parse()?)
    ///     .with_publisher("US Department of State, Office of the Historian");
    /// assert_eq!(s.publisher.as_deref(), Some("US Department of State, Office of the Historian"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_publisher(mut self, publisher: impl Into<String>) -> Self {
        self.publisher = Some(publisher.into());
        self
    }

    /// This source, with its author.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("hara-1998".parse()?, SourceKind::Scholarship, "Japanese-Soviet/Russian Relations since 1945", "1998".parse()?)
    ///     .with_author("Kimie Hara");
    /// assert_eq!(s.author.as_deref(), Some("Kimie Hara"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_author(mut self, author: impl Into<String>) -> Self {
        self.author = Some(author.into());
        self
    }

    /// This source, with the address it was read at.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("mofa".parse()?, SourceKind::OfficialStatement, "Japan's Northern Territories", "20XX".parse()?)
    ///     .with_url("https://www.mofa.go.jp/region/europe/russia/territory/index.html");
    /// assert!(s.url.as_deref().is_some_and(|u| u.starts_with("https://www.mofa.go.jp/")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// This source, in `language`.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("kyodo".parse()?, SourceKind::NewsReport, "Kyodo dispatch", "2021-05-23".parse()?)
    ///     .with_language("ja".parse()?);
    /// assert_eq!(s.language.as_ref().map(|l| l.as_str()), Some("ja"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_language(mut self, language: Lang) -> Self {
        self.language = Some(language);
        self
    }

    /// This source, with a note.
    ///
    /// ```
    /// use island_claims::{Source, SourceKind};
    /// let s = Source::new("frus-1955-57-v23p1-d52".parse()?, SourceKind::ArchiveDocument,
    ///     "FRUS 1955-1957, vol. XXIII, part 1, document 52", "1991".parse()?)
    ///     .with_note("memorandum of a conversation");
    /// assert_eq!(s.note.as_deref(), Some("memorandum of a conversation"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }
}

/// Whether `text` is an absolute URI (RFC 3986 §4.3): a scheme, `:`, then only the ASCII
/// characters a URI may hold, each `%` starting a two-digit hex escape, at most one `#`, and
/// `[` `]` only around the host. The rule `url` follows in validation
/// (`value_out_of_range`) and in the JSON Schema (`format: uri`); a browser's address with
/// letters outside ASCII is written percent-encoded (`geogr%C3%A1fico`).
pub(crate) fn is_absolute_uri(text: &str) -> bool {
    let Some((scheme, rest)) = text.split_once(':') else { return false };
    let mut s = scheme.bytes();
    let scheme_ok = s.next().is_some_and(|b| b.is_ascii_alphabetic())
        && s.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    // The authority, where an IP literal host may stand in brackets.
    let authority_len = rest.strip_prefix("//").map_or(0, |a| 2 + a.find(['/', '?', '#']).unwrap_or(a.len()));
    let mut fragments = 0;
    let mut bytes = rest.bytes().enumerate();
    while let Some((i, b)) = bytes.next() {
        let ok = match b {
            b'%' => {
                bytes.next().is_some_and(|(_, h)| h.is_ascii_hexdigit())
                    && bytes.next().is_some_and(|(_, h)| h.is_ascii_hexdigit())
            }
            b'#' => {
                fragments += 1;
                fragments == 1
            }
            b'[' | b']' => i < authority_len,
            b'-' | b'.' | b'_' | b'~' | b'!' | b'$' | b'&' | b'\'' | b'(' | b')' | b'*' | b'+' | b',' | b';' | b'='
            | b':' | b'@' | b'/' | b'?' => true,
            _ => b.is_ascii_alphanumeric(),
        };
        if !ok {
            return false;
        }
    }
    scheme_ok
}

#[cfg(test)]
mod uri_tests {
    use super::is_absolute_uri;

    #[test]
    fn absolute_uris_and_what_is_not_one() {
        for ok in ["https://example.com/a?b=c#d", "urn:uuid:03b3ba7a", "mailto:a@b.c", "http://[::1]:80/x", "a:"] {
            assert!(is_absolute_uri(ok), "{ok}");
        }
        for bad in [
            "www.example.com",
            "not a url",
            "https://exa mple.com",
            "https://example.com/é",
            "https://x/%zz",
            "https://x/a#b#c",
            "1http://x",
            "https://x/[a]",
            "",
        ] {
            assert!(!is_absolute_uri(bad), "{bad}");
        }
    }
}
