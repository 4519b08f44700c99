//! The JSON Schema of the dataset format, generated from the record types.
//!
//! The schema (JSON Schema draft 2020-12) describes the file that
//! [`Dataset::from_json`](crate::Dataset::from_json) reads, so that tools in other languages can
//! check a dataset, or offer completion while it is edited, without this crate. It is derived
//! with `schemars` from the same types that serde reads, so it cannot drift from the reader;
//! a copy is committed as `schema/island-claims.schema.json` in the repository.
//!
//! The schema checks each record's own form: field names (a misspelt field is refused, as
//! `deny_unknown_fields` refuses it), enum spellings, slug ids, numbers in range. What it cannot
//! say is left to validation: that references resolve, that periods are not reversed, that
//! EDTF text is well-formed beyond its format annotation (`"format": "edtf"`), and the other
//! checks of [`ValidationReport`](crate::ValidationReport). A file that loads always passes the
//! schema; a file that passes the schema may still be refused by validation.
//!
//! The schema as committed (`schema/island-claims.schema.json`, the text of
//! [`dataset_schema_json`]), to read here:
//!
#![doc = concat!("<details><summary>island-claims.schema.json</summary>\n\n```json\n", include_str!("../../schema/island-claims.schema.json"), "```\n\n</details>")]

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::transform::{Transform, transform_subschemas};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::ids::{AlternativesId, EventId, IslandId, PartyId, PositionId, SourceId, WikidataId};
use crate::records::{Lang, Names};
use crate::time::{Period, When};

/// The id pattern of every record kind, as in `DESIGN.md`.
const SLUG_PATTERN: &str = "^[a-z0-9][a-z0-9-]{0,63}$";

/// A loose form of BCP 47 that every well-formed tag matches; the library checks the rest.
const LANG_PATTERN: &str = "^[A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*$";

/// The JSON Schema of the dataset format, as a JSON value.
///
/// # Examples
///
/// ```
/// let schema = island_claims::export::schema::dataset_schema();
/// assert_eq!(
///     schema["properties"]["format"]["enum"],
///     serde_json::json!(["island-claims/1", "island-claims/2", "island-claims/3"])
/// );
/// // Unknown fields are refused, as the reader refuses them.
/// assert_eq!(schema["additionalProperties"], false);
/// assert_eq!(schema["$defs"]["Position"]["additionalProperties"], false);
/// ```
#[must_use]
pub fn dataset_schema() -> serde_json::Value {
    let generator = SchemaSettings::draft2020_12().for_deserialize().with_transform(TidyDescriptions).into_generator();
    generator.into_root_schema_for::<crate::dataset::RawDataset>().to_value()
}

/// The JSON Schema of the dataset format as pretty-printed JSON text, ending in a newline:
/// the exact text of `schema/island-claims.schema.json`.
///
/// # Examples
///
/// ```
/// let text = island_claims::export::schema::dataset_schema_json();
/// assert!(text.starts_with('{') && text.ends_with("}\n"));
/// assert!(text.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
/// ```
#[must_use]
pub fn dataset_schema_json() -> String {
    // `{:#}` is serde_json's infallible pretty printer.
    format!("{:#}\n", dataset_schema())
}

/// Turns the rustdoc comments that schemars copies into descriptions into plain prose: drops
/// the sections from the first heading on (the code examples) and the targets of intra-doc
/// links, which mean nothing outside Rust.
#[derive(Debug, Clone, Copy)]
struct TidyDescriptions;

impl Transform for TidyDescriptions {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(serde_json::Value::String(d)) = schema.get_mut("description") {
            *d = tidy(d);
        }
        transform_subschemas(self, schema);
    }
}

fn tidy(doc: &str) -> String {
    let doc = doc.split("\n\n# ").next().unwrap_or(doc).trim();
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    // "[`X`]" and "[`X`](path)" become "`X`".
    while let Some((before, after)) = rest.split_once("[`") {
        out.push_str(before);
        let Some((code, tail)) = after.split_once("`]") else {
            out.push_str("[`");
            rest = after;
            continue;
        };
        out.push('`');
        out.push_str(code);
        out.push('`');
        rest = match tail.strip_prefix('(').and_then(|t| t.split_once(')')) {
            Some((_, t)) => t,
            None => tail,
        };
    }
    out.push_str(rest);
    out
}

macro_rules! slug_schema {
    ($($name:ident => $what:literal,)*) => {$(
        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "pattern": SLUG_PATTERN,
                    "description": concat!(
                        "The id of ", $what, ": a slug of lowercase ASCII letters, digits and \
                         hyphens, starting with a letter or digit, at most 64 bytes \
                         (\"iturup\", \"kyodo-2021-05-23\")."
                    )
                })
            }
        }
    )*};
}

slug_schema! {
    IslandId => "an island, group of islands or region",
    PartyId => "a party",
    PositionId => "a position",
    EventId => "an event",
    SourceId => "a source",
    AlternativesId => "a group of contingent alternatives",
}

impl JsonSchema for WikidataId {
    fn schema_name() -> Cow<'static, str> {
        "WikidataId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^Q[1-9][0-9]*$",
            "description": "A Wikidata item id: Q followed by a positive number (\"Q17\")."
        })
    }
}

impl JsonSchema for When {
    fn schema_name() -> Cow<'static, str> {
        "When".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "edtf",
            "minLength": 1,
            "description": "One date of some precision in EDTF (ISO 8601-2 Annex A, levels 0 to 2), \
                            proleptic Gregorian: \"1956\", \"1973-10\", \"1956-10-19\", \"197X\" (a \
                            decade), \"1956~\" (approximate), \"1956?\" (uncertain), \"[1956,1957]\" \
                            (one of).",
            "examples": ["1956-10-19", "2021-06?", "20XX"]
        })
    }
}

impl JsonSchema for Period {
    fn schema_name() -> Cow<'static, str> {
        "Period".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "format": "edtf",
            "minLength": 1,
            "description": "An EDTF interval (ISO 8601-2 Annex A), both ends inclusive, or a single \
                            EDTF date that is both ends: \"1956-12-12/1960-01-27\", \"1993/..\" (open \
                            end: still holds), \"/1945\" (unknown start), \"1956\" (began and ended \
                            within 1956). Each end is an EDTF date of any precision.",
            "examples": ["1956-12-12/1960-01-27", "1991-12-26/..", "1956"]
        })
    }
}

impl JsonSchema for Lang {
    fn schema_name() -> Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": LANG_PATTERN,
            "description": "A well-formed BCP 47 language tag: \"en\", \"ru\", \"ja\", \"ja-Latn\"."
        })
    }
}

impl JsonSchema for Names {
    fn schema_name() -> Cow<'static, str> {
        "Names".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "object",
            "propertyNames": {"pattern": LANG_PATTERN},
            "additionalProperties": {"type": "string"},
            "description": "Names by BCP 47 language tag: {\"en\": \"Shikotan\", \"ja\": \"色丹島\"}.",
            "examples": [{"en": "Shikotan", "ru": "Шикотан", "ja": "色丹島", "ja-Latn": "Shikotan-to"}]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_refuses_unknown_fields() {
        let schema = dataset_schema();
        for def in ["Island", "Party", "Source", "Event", "Position", "Attribution", "Participant", "Location"] {
            assert_eq!(schema["$defs"][def]["additionalProperties"], false, "{def}");
        }
    }

    #[test]
    fn ids_and_dates_have_their_own_definitions() {
        let schema = dataset_schema();
        assert_eq!(schema["$defs"]["IslandId"]["pattern"], SLUG_PATTERN);
        assert_eq!(schema["$defs"]["Period"]["format"], "edtf");
        assert_eq!(schema["$defs"]["Stance"]["oneOf"][0]["const"], "claims_sovereignty");
    }

    #[test]
    fn descriptions_are_prose_without_rust() {
        assert_eq!(tidy("A thing.\n\n# Examples\n\n```\ncode\n```"), "A thing.");
        assert_eq!(tidy("see [`A::b`] and [`C`](crate::C)."), "see `A::b` and `C`.");
        assert_eq!(tidy("odd [`x"), "odd [`x");
        let text = dataset_schema_json();
        assert!(!text.contains("```") && !text.contains("(crate::"), "{text}");
    }
}
