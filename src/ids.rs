//! Typed identifiers for the five record kinds.
//!
//! An id is a slug: a lowercase ASCII letter or digit, then up to 63 lowercase letters, digits
//! or hyphens (`^[a-z0-9][a-z0-9-]{0,63}$`). Ids are checked when they are made, from code or
//! from JSON, so an invalid id cannot exist in memory. Each record kind has its own id type, so
//! an island id cannot be passed where a party is expected.
//!
//! An id of up to 24 bytes is stored inline, without a heap allocation (`compact_str`): a
//! dataset repeats each party, island and source id in every record that names it, and
//! reading a million positions made four million small allocations for their ids alone.

use std::borrow::Borrow;
use std::fmt;
use std::str::FromStr;

use compact_str::CompactString;
use serde::{Deserialize, Serialize};

/// The longest id allowed, in bytes.
pub const MAX_ID_LEN: usize = 64;

/// Why a string is not a valid id or Wikidata item id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The string is empty.
    #[error("{kind} id is empty")]
    Empty {
        /// The kind of id being parsed ("island", "party", ...).
        kind: &'static str,
    },
    /// The string is longer than [`MAX_ID_LEN`] bytes.
    #[error("{kind} id '{id}' is {len} bytes long; at most {MAX_ID_LEN} are allowed")]
    TooLong {
        /// The kind of id being parsed.
        kind: &'static str,
        /// The first characters of the refused id.
        id: String,
        /// Its length in bytes.
        len: usize,
    },
    /// The string holds a character that is not allowed at its place.
    #[error(
        "{kind} id '{id}' has unexpected character {ch:?} at byte {at}; ids are lowercase \
         letters, digits and hyphens, starting with a letter or digit"
    )]
    BadChar {
        /// The kind of id being parsed.
        kind: &'static str,
        /// The refused id.
        id: String,
        /// The offending character.
        ch: char,
        /// Its byte offset.
        at: usize,
    },
    /// A Wikidata id that is not `Q` followed by a positive number.
    #[error("wikidata id '{0}' is not of the form Q<number>, as in 'Q17'")]
    Wikidata(String),
}

impl IdError {
    /// A stable code for the cause: `id_empty`, `id_too_long`, `id_bad_character` or
    /// `wikidata_id_malformed`.
    ///
    /// ```
    /// assert_eq!("Japan".parse::<island_claims::PartyId>().unwrap_err().code(), "id_bad_character");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Empty { .. } => "id_empty",
            Self::TooLong { .. } => "id_too_long",
            Self::BadChar { .. } => "id_bad_character",
            Self::Wikidata(_) => "wikidata_id_malformed",
        }
    }
}

crate::coded::serialize_coded!(IdError);

fn check_slug(kind: &'static str, s: &str) -> Result<(), IdError> {
    if s.is_empty() {
        return Err(IdError::Empty { kind });
    }
    if s.len() > MAX_ID_LEN {
        let id: String = s.chars().take(MAX_ID_LEN).collect();
        return Err(IdError::TooLong { kind, id, len: s.len() });
    }
    for (at, ch) in s.char_indices() {
        let ok = ch.is_ascii_lowercase() || ch.is_ascii_digit() || (ch == '-' && at > 0);
        if !ok {
            return Err(IdError::BadChar { kind, id: s.to_owned(), ch, at });
        }
    }
    Ok(())
}

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident, $kind:literal, $example:literal) => {
        $(#[$doc])*
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use island_claims::", stringify!($name), ";")]
        ///
        #[doc = concat!("let id = ", stringify!($name), "::new(\"", $example, "\")?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert!(", stringify!($name), "::new(\"Not A Slug\").is_err());")]
        /// # Ok::<(), island_claims::IdError>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(CompactString);

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            /// Reads the id from the text the deserializer holds, through [`Self::new`]: an id
            /// of up to 24 bytes is stored inline, so reading it allocates nothing.
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::parsed::deserialize_via(deserializer, Self::new)
            }
        }

        impl $name {
            /// Parses an id, checking the slug rule.
            ///
            /// # Errors
            ///
            /// [`IdError`] when `id` is empty, longer than 64 bytes, or holds a character
            /// other than lowercase ASCII letters, digits and (not first) hyphens.
            pub fn new(id: &str) -> Result<Self, IdError> {
                check_slug($kind, id)?;
                Ok(Self(CompactString::new(id)))
            }

            /// The id as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $name {
            type Err = IdError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = IdError;
            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = IdError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                check_slug($kind, &s)?;
                Ok(Self(CompactString::from(s)))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.into_string()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    };
}

slug_id!(
    /// The id of an [`Island`](crate::Island): an island, a group of islands or a region.
    IslandId, "island", "iturup"
);
slug_id!(
    /// The id of a [`Party`](crate::Party): a state, a government body, an organisation or a person.
    PartyId, "party", "ussr"
);
slug_id!(
    /// The id of a [`Position`](crate::Position): one party's standing stance over a period.
    PositionId, "position", "ussr-promise-1956"
);
slug_id!(
    /// The id of an [`Event`](crate::Event): a treaty, statement, visit or other dated happening.
    EventId, "event", "joint-declaration-1956"
);
slug_id!(
    /// The id of a [`Source`](crate::Source): where a fact was published.
    SourceId, "source", "kyodo-2021-05-23"
);
slug_id!(
    /// The id of a group of contingent [`Position`](crate::Position)s of which exactly one
    /// holds ([`Position::alternatives`](crate::Position::alternatives)).
    AlternativesId, "alternatives group", "south-ledge-title"
);

/// A Wikidata item id such as `Q17` (Japan), for joining with other data.
///
/// # Examples
///
/// ```
/// use island_claims::WikidataId;
///
/// let japan = WikidataId::new("Q17")?;
/// assert_eq!(japan.number(), 17);
/// assert!(WikidataId::new("Q0").is_err());
/// assert!(WikidataId::new("17").is_err());
/// # Ok::<(), island_claims::IdError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(into = "String")]
pub struct WikidataId(u64);

impl<'de> Deserialize<'de> for WikidataId {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::parsed::deserialize_via(deserializer, Self::new)
    }
}

impl WikidataId {
    /// Parses a Wikidata item id: `Q` followed by a positive number without leading zeros.
    ///
    /// # Errors
    ///
    /// [`IdError::Wikidata`] when `id` is not of that form.
    pub fn new(id: &str) -> Result<Self, IdError> {
        let bad = || IdError::Wikidata(id.chars().take(MAX_ID_LEN).collect());
        let digits = id.strip_prefix('Q').ok_or_else(bad)?;
        if digits.is_empty() || digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        digits.parse().map(Self).map_err(|_| bad())
    }

    /// The number after the `Q`.
    #[must_use]
    pub fn number(self) -> u64 {
        self.0
    }
}

impl fmt::Display for WikidataId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Q{}", self.0)
    }
}

impl FromStr for WikidataId {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::new(s)
    }
}

impl TryFrom<String> for WikidataId {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::new(&s)
    }
}

impl From<WikidataId> for String {
    fn from(id: WikidataId) -> String {
        id.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_rule() {
        assert!(IslandId::new("iturup").is_ok());
        assert!(IslandId::new("0-a").is_ok());
        assert!(IslandId::new(&"a".repeat(64)).is_ok());
        assert!(matches!(IslandId::new(""), Err(IdError::Empty { .. })));
        assert!(matches!(IslandId::new(&"a".repeat(65)), Err(IdError::TooLong { len: 65, .. })));
        assert!(matches!(IslandId::new("-a"), Err(IdError::BadChar { ch: '-', at: 0, .. })));
        assert!(matches!(IslandId::new("Iturup"), Err(IdError::BadChar { ch: 'I', .. })));
        assert!(matches!(IslandId::new("itu rup"), Err(IdError::BadChar { ch: ' ', at: 3, .. })));
        assert!(matches!(IslandId::new("итуруп"), Err(IdError::BadChar { at: 0, .. })));
    }

    #[test]
    fn messages_name_kind_and_place() {
        let e = PartyId::new("Japan").unwrap_err().to_string();
        assert!(e.starts_with("party id 'Japan' has unexpected character 'J' at byte 0"), "{e}");
    }

    #[test]
    fn serde_goes_through_the_parser() {
        let id: SourceId = serde_json::from_str("\"kyodo-2021\"").unwrap();
        assert_eq!(id, "kyodo-2021");
        assert!(serde_json::from_str::<SourceId>("\"Kyodo\"").is_err());
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"kyodo-2021\"");
        assert!(serde_json::from_str::<WikidataId>("\"Q17\"").is_ok());
        assert!(serde_json::from_str::<WikidataId>("\"Q017\"").is_err());
        assert!(serde_json::from_str::<WikidataId>("\"Q99999999999999999999999\"").is_err());
    }
}
