//! Reading a value from JSON through its own parser.
//!
//! Ids, dates, periods and language tags are parsed on construction, and serde must read them
//! through the same parser, so that bad data cannot bypass it. `#[serde(try_from = "String")]`
//! does that at the cost of a `String` made only to be parsed and dropped; [`deserialize_via`]
//! parses the text the deserializer holds, with the same messages.

use std::fmt;

use serde::Deserializer;
use serde::de::{self, Visitor};

/// Reads a string through `parse`, as `#[serde(try_from = "String")]` would, with the same
/// messages, but without making a `String` of it first.
pub(crate) fn deserialize_via<'de, D, T, E>(deserializer: D, parse: fn(&str) -> Result<T, E>) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    struct Via<T, E>(fn(&str) -> Result<T, E>);

    impl<T, E: fmt::Display> Visitor<'_> for Via<T, E> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }

        fn visit_str<Er: de::Error>(self, v: &str) -> Result<T, Er> {
            (self.0)(v).map_err(Er::custom)
        }
    }

    deserializer.deserialize_str(Via(parse))
}
