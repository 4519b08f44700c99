//! The five record kinds and the small types they share.
//!
//! Records are plain data: their fields are public so they are easy to write and read, and
//! every check that involves more than one field or record happens when a
//! [`Dataset`](crate::Dataset) is built. A record inside a dataset is only ever seen through a
//! shared reference, so it cannot be changed behind the dataset's back.

mod contention;
mod event;
mod island;
pub(crate) mod object;
mod party;
mod position;
mod source;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use contention::Contention;
pub(crate) use contention::{Against, ByAgainst, ByContention};
pub use event::{Event, EventKind, Participant, PloverCategory, Role};
pub use island::{Island, IslandKind, Location};
#[allow(deprecated)]
pub use party::{Membership, Representation};
pub use party::{Party, PartyKind, Relation, RelationKind, Succession};
pub(crate) use position::Bearing;
pub use position::{CounterpartRule, Position, Stance};
pub(crate) use source::is_absolute_uri;
pub use source::{Source, SourceKind};

use crate::ids::{PartyId, SourceId};

/// The five record lists of a dataset, as given: not yet checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Records {
    pub(crate) islands: Vec<Island>,
    pub(crate) parties: Vec<Party>,
    pub(crate) sources: Vec<Source>,
    pub(crate) events: Vec<Event>,
    pub(crate) positions: Vec<Position>,
}

/// Why a language tag was refused.
///
/// # Examples
///
/// ```
/// use island_claims::{Lang, LangError};
/// let err: LangError = Lang::new("not a tag").unwrap_err();
/// assert!(err.to_string().starts_with("'not a tag' is not a well-formed BCP 47 language tag"));
/// assert_eq!(err.code(), "language_tag_malformed");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{tag}' is not a well-formed BCP 47 language tag: {reason}")]
pub struct LangError {
    tag: String,
    reason: String,
}

impl LangError {
    /// A stable code for the cause: `language_tag_malformed`.
    ///
    /// ```
    /// assert_eq!(island_claims::Lang::new("not a tag").unwrap_err().code(), "language_tag_malformed");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        "language_tag_malformed"
    }
}

crate::coded::serialize_coded!(LangError);

/// A BCP 47 language tag such as `en`, `ru`, `ja` or `ja-Latn`, checked for well-formedness
/// (by the `language-tags` crate) and kept as written.
///
/// # Examples
///
/// ```
/// use island_claims::Lang;
///
/// assert_eq!(Lang::new("ja-Latn")?.as_str(), "ja-Latn");
/// assert!(Lang::new("not a tag").is_err());
/// # Ok::<(), island_claims::LangError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct Lang(Box<str>);

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::parsed::deserialize_via(deserializer, Self::new)
    }
}

impl Lang {
    /// Parses a language tag.
    ///
    /// # Errors
    ///
    /// [`LangError`] when `tag` is not well-formed BCP 47.
    ///
    /// ```
    /// use island_claims::Lang;
    /// assert_eq!(Lang::new("ru")?.as_str(), "ru");
    /// assert!(Lang::new("ja_JP").is_err()); // an underscore: `ja-JP` is the tag
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    pub fn new(tag: &str) -> Result<Self, LangError> {
        language_tags::LanguageTag::parse(tag).map_err(|e| LangError { tag: tag.to_owned(), reason: e.to_string() })?;
        Ok(Self(tag.into()))
    }

    /// The tag as written.
    ///
    /// ```
    /// use island_claims::Lang;
    /// let tag: Lang = "ja-Latn".parse()?;
    /// assert_eq!(tag.as_str(), "ja-Latn");
    /// assert_eq!(tag.to_string(), "ja-Latn");
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromStr for Lang {
    type Err = LangError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl TryFrom<String> for Lang {
    type Error = LangError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::new(&s)
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.0.into_string()
    }
}

/// Names of a record in several languages, keyed by language tag, in the order given.
///
/// Each tag has one name. The order is the one the names were given in (the file's, or
/// that of [`insert`](Names::insert) calls), and [`Dataset::to_json`](crate::Dataset::to_json)
/// writes them in it, so that saving a loaded file changes none of its lines. Two `Names` are
/// equal when they give the same name for each tag, in any order.
///
/// # Examples
///
/// ```
/// use island_claims::Names;
///
/// let mut names = Names::new().with_name("ja", "色丹島")?.with_name("en", "Shikotan")?;
/// assert_eq!(names.get("ja"), Some("色丹島"));
/// assert_eq!(names.english(), Some("Shikotan"));
/// // In the order given.
/// assert_eq!(names.iter().map(|(tag, _)| tag.as_str()).collect::<Vec<_>>(), ["ja", "en"]);
/// // A tag given again replaces its name in place.
/// assert_eq!(names.insert("en".parse()?, "Shikotan Island"), Some("Shikotan".to_owned()));
/// names.extend([("ru".parse()?, "Шикотан".to_owned())]);
/// assert_eq!(names.len(), 3);
/// assert!(Names::new().with_name("???", "x").is_err());
/// # Ok::<(), island_claims::LangError>(())
/// ```
#[derive(Clone, Default)]
pub struct Names(
    /// In the order given, each tag once. A map in JSON; a list here because records have
    /// one to four names, where a `BTreeMap`'s node costs about 450 bytes.
    Vec<(Lang, String)>,
);

impl Names {
    /// No names.
    ///
    /// ```
    /// use island_claims::Names;
    /// let names = Names::new();
    /// assert!(names.is_empty() && names.english().is_none());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// These names plus `name` in language `tag`, replacing any earlier name in that language.
    ///
    /// # Errors
    ///
    /// [`LangError`] when `tag` is not a well-formed language tag.
    ///
    /// ```
    /// use island_claims::Names;
    /// let names = Names::new().with_name("en", "Iturup")?.with_name("ja", "択捉島")?.with_name("en", "Etorofu")?;
    /// // A tag given again replaces the earlier name.
    /// assert_eq!(names.english(), Some("Etorofu"));
    /// assert_eq!(names.len(), 2);
    /// assert!(Names::new().with_name("en_GB", "x").is_err());
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    pub fn with_name(mut self, tag: &str, name: impl Into<String>) -> Result<Self, LangError> {
        self.insert(Lang::new(tag)?, name.into());
        Ok(self)
    }

    /// Adds `name` in language `tag`: at the end, or in place of the earlier name in that
    /// language, which it returns.
    ///
    /// ```
    /// use island_claims::Names;
    /// let mut names = Names::new();
    /// assert_eq!(names.insert("en".parse()?, "Habomai"), None);
    /// assert_eq!(names.insert("en".parse()?, "Habomai Islands"), Some("Habomai".to_owned()));
    /// assert_eq!(names.english(), Some("Habomai Islands"));
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    pub fn insert(&mut self, tag: Lang, name: impl Into<String>) -> Option<String> {
        let name = name.into();
        match self.0.iter_mut().find(|(k, _)| *k == tag) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, name)),
            None => {
                self.0.push((tag, name));
                None
            }
        }
    }

    /// The name in language `tag`, exactly as tagged.
    ///
    /// ```
    /// use island_claims::Names;
    /// let data = island_claims::datasets::kuril();
    /// let names = &data.island(&"shikotan".parse()?).ok_or("Shikotan")?.names;
    /// assert_eq!(names.get("ja"), Some("色丹島"));
    /// // Exactly as tagged: `ja` is not `ja-Latn`.
    /// assert_eq!(names.get("xx"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn get(&self, tag: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k.as_str() == tag).map(|(_, v)| v.as_str())
    }

    /// The English name, if there is one.
    ///
    /// ```
    /// use island_claims::Names;
    /// let data = island_claims::datasets::kuril();
    /// let names = &data.island(&"shikotan".parse()?).ok_or("Shikotan")?.names;
    /// assert_eq!(names.english(), Some("Shikotan"));
    /// assert_eq!(Names::new().english(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn english(&self) -> Option<&str> {
        self.get("en")
    }

    /// Every name with its language tag, in the order given.
    ///
    /// ```
    /// use island_claims::Names;
    /// let names = Names::new().with_name("ja", "色丹島")?.with_name("en", "Shikotan")?;
    /// let all: Vec<(&str, &str)> = names.iter().map(|(tag, name)| (tag.as_str(), name)).collect();
    /// assert_eq!(all, [("ja", "色丹島"), ("en", "Shikotan")]);
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&Lang, &str)> {
        self.0.iter().map(|(k, v)| (k, v.as_str()))
    }

    /// How many names there are.
    ///
    /// ```
    /// use island_claims::Names;
    /// assert_eq!(Names::new().with_name("en", "Kunashir")?.with_name("ru", "Кунашир")?.len(), 2);
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no names.
    ///
    /// ```
    /// use island_claims::Names;
    /// assert!(Names::new().is_empty());
    /// assert!(!Names::new().with_name("en", "Kunashir")?.is_empty());
    /// # Ok::<(), island_claims::LangError>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.0.shrink_to_fit();
    }
}

impl PartialEq for Names {
    /// The same name for each tag, in any order.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(tag, name)| other.get(tag.as_str()) == Some(name))
    }
}

impl Eq for Names {}

impl Extend<(Lang, String)> for Names {
    /// [`insert`](Names::insert)s each name in turn.
    fn extend<I: IntoIterator<Item = (Lang, String)>>(&mut self, names: I) {
        for (tag, name) in names {
            self.insert(tag, name);
        }
    }
}

impl FromIterator<(Lang, String)> for Names {
    /// The names in the order given; a tag given twice keeps its last name.
    fn from_iter<I: IntoIterator<Item = (Lang, String)>>(names: I) -> Self {
        let mut out = Self::new();
        out.extend(names);
        out
    }
}

impl fmt::Debug for Names {
    /// As a map: `Names({Lang("en"): "Shikotan"})`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        struct Map<'a>(&'a [(Lang, String)]);
        impl fmt::Debug for Map<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
            }
        }
        f.debug_tuple("Names").field(&Map(&self.0)).finish()
    }
}

impl Serialize for Names {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

impl<'de> Deserialize<'de> for Names {
    /// A map from language tag to name, in the file's order; a tag given twice keeps its
    /// last name, in the place of its first.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NamesVisitor;
        impl<'de> serde::de::Visitor<'de> for NamesVisitor {
            type Value = Names;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of names by language tag")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Names, A::Error> {
                let mut names = Names(Vec::with_capacity(map.size_hint().unwrap_or(2).min(16)));
                while let Some((tag, name)) = map.next_entry::<Lang, String>()? {
                    names.insert(tag, name);
                }
                Ok(names)
            }
        }
        deserializer.deserialize_map(NamesVisitor)
    }
}

impl std::borrow::Borrow<str> for Lang {
    fn borrow(&self) -> &str {
        &self.0
    }
}

/// Where a position or event comes from: a source, and optionally whose account it is.
///
/// # Examples
///
/// ```
/// use island_claims::{Attribution, PartyId, SourceId};
///
/// let a = Attribution::new(SourceId::new("interfax-2021-06-04")?)
///     .with_account_of(PartyId::new("putin")?)
///     .with_quote("in 1956 there were two islands");
/// assert_eq!(a.account_of.as_ref().map(|p| p.as_str()), Some("putin"));
/// # Ok::<(), island_claims::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Attribution {
    /// The source that published the fact.
    pub source: SourceId,
    /// The source's own words, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The party whose account the source reports ("according to Putin").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_of: Option<PartyId>,
    /// Where in the source: a page, article or paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locator: Option<String>,
}

impl Attribution {
    /// An attribution to `source`, with no quote, account or locator.
    ///
    /// ```
    /// use island_claims::Attribution;
    /// let a = Attribution::new("jd-1956-text".parse()?);
    /// assert_eq!(a.source.as_str(), "jd-1956-text");
    /// assert!(a.quote.is_none() && a.account_of.is_none() && a.locator.is_none());
    /// # Ok::<(), island_claims::IdError>(())
    /// ```
    #[must_use]
    pub fn new(source: SourceId) -> Self {
        Self { source, quote: None, account_of: None, locator: None }
    }

    /// Whether the two give the same account: the same source reporting the same party's
    /// account (or both no party's). Validation and [`Dataset::conflicts`] both rest on this:
    /// two incompatible positions in one account are an error, in two accounts a conflict.
    ///
    /// ```
    /// use island_claims::Attribution;
    /// let putin = Attribution::new("interfax".parse()?).with_account_of("putin".parse()?);
    /// assert!(putin.same_account(&putin.clone().with_quote("...")));
    /// assert!(!putin.same_account(&Attribution::new("interfax".parse()?)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// [`Dataset::conflicts`]: crate::Dataset::conflicts
    #[must_use]
    pub fn same_account(&self, other: &Self) -> bool {
        self.source == other.source && self.account_of == other.account_of
    }

    /// Whether some attribution of `a` and some of `b` give [the same
    /// account](Attribution::same_account): the one rule by which two records, positions or
    /// events, are backed by one account.
    pub(crate) fn lists_share_an_account(a: &[Self], b: &[Self]) -> bool {
        a.iter().any(|x| b.iter().any(|y| x.same_account(y)))
    }

    /// This attribution, as the account of `party`.
    ///
    /// ```
    /// use island_claims::Attribution;
    /// // Interfax reports Putin's account of what Japan sought in 1956.
    /// let a = Attribution::new("interfax-2021-06-04".parse()?).with_account_of("putin".parse()?);
    /// assert_eq!(a.account_of.as_ref().map(|p| p.as_str()), Some("putin"));
    /// # Ok::<(), island_claims::IdError>(())
    /// ```
    #[must_use]
    pub fn with_account_of(mut self, party: PartyId) -> Self {
        self.account_of = Some(party);
        self
    }

    /// This attribution, with the source's words.
    ///
    /// ```
    /// use island_claims::Attribution;
    /// let a = Attribution::new("jd-1956-text".parse()?)
    ///     .with_quote("agrees to transfer to Japan the Habomai Islands and the island of Shikotan");
    /// assert!(a.quote.as_deref().is_some_and(|q| q.contains("Shikotan")));
    /// # Ok::<(), island_claims::IdError>(())
    /// ```
    #[must_use]
    pub fn with_quote(mut self, quote: impl Into<String>) -> Self {
        self.quote = Some(quote.into());
        self
    }

    /// This attribution, with a place in the source.
    ///
    /// ```
    /// use island_claims::Attribution;
    /// let a = Attribution::new("jd-1956-text".parse()?).with_locator("article 9");
    /// assert_eq!(a.locator.as_deref(), Some("article 9"));
    /// # Ok::<(), island_claims::IdError>(())
    /// ```
    #[must_use]
    pub fn with_locator(mut self, locator: impl Into<String>) -> Self {
        self.locator = Some(locator.into());
        self
    }
}

/// How much a position is to be trusted beside others, as in Wikidata.
///
/// Conflicting accounts are kept side by side; rank says which one the dataset prefers,
/// and a rank other than `normal` needs a reason.
///
/// # Examples
///
/// ```
/// use island_claims::Rank;
/// assert_eq!(Rank::default(), Rank::Normal);
/// assert!(Rank::Preferred > Rank::Normal && Rank::Normal > Rank::Deprecated);
/// assert_eq!("preferred".parse::<Rank>()?, Rank::Preferred);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
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
pub enum Rank {
    /// Known to be wrong or superseded, kept for the record.
    Deprecated,
    /// The default.
    #[default]
    Normal,
    /// The best account among several.
    Preferred,
}

impl Rank {
    /// Whether this is the default rank (`normal`).
    ///
    /// ```
    /// use island_claims::Rank;
    /// assert!(Rank::Normal.is_normal());
    /// assert!(!Rank::Preferred.is_normal());
    /// ```
    #[must_use]
    pub fn is_normal(&self) -> bool {
        *self == Self::Normal
    }
}

/// Serde helper: skip a `Vec` field when empty.
pub(crate) fn is_empty<T>(v: &[T]) -> bool {
    v.is_empty()
}
