//! The JSON Schema of the dataset format, generated from the record types.
//!
//! The schema (JSON Schema draft 2020-12) describes the file that
//! [`Dataset::from_json`](crate::Dataset::from_json) reads, so that tools in other languages can
//! check a dataset, or offer completion while it is edited, without this crate. It is derived
//! with `schemars` from the same types that serde reads, so it cannot drift from the reader;
//! a copy is committed as `schema/island-claims.schema.json` in the repository.
//!
//! The schema checks each record's own form: field names (a misspelt field is refused, as
//! `deny_unknown_fields` refuses it), enum spellings, slug ids, numbers in range, the shape
//! of EDTF dates, a `url` that is an absolute URI (`format: uri`, RFC 3986, which the
//! library checks too), Wikidata ids within the library's limit (`Q` and a number that fits
//! 64 bits, at most 21 characters), and the text the library requires within one record (a
//! `rank_reason` with some non-space character when `rank` is not `normal`, `conditions`
//! when `contingent`). What it cannot say is left to validation: that references resolve,
//! that periods are not reversed, every rule of EDTF beyond its shape (`1956-02-30` has the
//! shape of a day), and the other checks of [`ValidationReport`](crate::ValidationReport).
//! A file that loads always passes the schema; a file that passes the schema may still be
//! refused by validation.
//!
//! **Strict validators.** The schema uses only standard keywords and formats, so Ajv in
//! strict mode compiles it (EDTF is a `pattern`, not a custom format); `format: uri` needs
//! Ajv's standard formats, from the `ajv-formats` package:
//!
//! ```js
//! const Ajv2020 = require("ajv/dist/2020");
//! const addFormats = require("ajv-formats");
//! const ajv = new Ajv2020({strict: true, allErrors: true});
//! addFormats(ajv);
//! const validate = ajv.compile(require("./island-claims.schema.json"));
//! if (!validate(dataset)) console.log(validate.errors);
//! ```
//!
//! **Its id.** `$id` is [`SCHEMA_ID`], a URN in the registered `uuid` namespace (RFC 4122
//! §3), chosen once for format version 3. The crate has no public home yet, and an `https:`
//! id would name a place that does not exist; a `tag:` URI needs a domain or e-mail address
//! its minter owns (RFC 4151 §2.1), and a URN in an unregistered namespace
//! (`urn:island-claims:...`) is not a valid URN (RFC 8141). A UUID URN identifies the schema
//! without claiming a place: tools key their caches by it, and `$ref`s inside the schema
//! (`#/$defs/...`) resolve against it.
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

/// The `$id` of the schema of format version 3: a UUID URN (see the [module docs](self) for
/// why).
///
/// ```
/// let schema = island_claims::export::schema::dataset_schema();
/// assert_eq!(schema["$id"], island_claims::export::schema::SCHEMA_ID);
/// ```
pub const SCHEMA_ID: &str = "urn:uuid:03b3ba7a-bfab-47fc-b0ef-28accb958d0e";

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
    let mut schema = generator.into_root_schema_for::<crate::dataset::RawDataset>().to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert("$id".into(), SCHEMA_ID.into());
    }
    if let Some(url) = schema.pointer_mut("/$defs/Source/properties/url").and_then(|u| u.as_object_mut()) {
        url.insert("format".into(), "uri".into());
    }
    if let Some(position) = schema.pointer_mut("/$defs/Position").and_then(|p| p.as_object_mut()) {
        position.insert("allOf".into(), position_requirements());
    }
    define_required(&mut schema);
    schema
}

/// Gives every subschema that lists `required` properties a `properties` entry for each, as
/// Ajv's strict mode asks (`strictRequired`): the branches of "published, accessed or
/// written" name a field that their parent defines. `true` adds no constraint.
fn define_required(schema: &mut serde_json::Value) {
    match schema {
        serde_json::Value::Object(o) => {
            let required: Vec<String> = o
                .get("required")
                .and_then(|r| r.as_array())
                .map(|r| r.iter().filter_map(|k| k.as_str().map(str::to_owned)).collect())
                .unwrap_or_default();
            if !required.is_empty() {
                if let Some(props) = o.entry("properties").or_insert_with(|| serde_json::json!({})).as_object_mut() {
                    for key in required {
                        props.entry(key).or_insert(serde_json::Value::Bool(true));
                    }
                }
            }
            for value in o.values_mut() {
                define_required(value);
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(define_required),
        _ => {}
    }
}

/// The text a position must have by the library's rules within one record:
/// `missing_rank_reason` and `contingent_without_conditions` as `if`/`then`, with a
/// non-space character, as the library trims before it checks.
fn position_requirements() -> serde_json::Value {
    let text =
        |what: &str| serde_json::json!({"type": "string", "minLength": 1, "pattern": "\\S", "description": what});
    serde_json::json!([
        {
            "if": {"required": ["rank"], "properties": {"rank": {"enum": ["deprecated", "preferred"]}}},
            "then": {
                "required": ["rank_reason"],
                "properties": {"rank_reason": text("Required, and not blank, when `rank` is not `normal`.")}
            }
        },
        {
            "if": {"required": ["contingent"], "properties": {"contingent": {"const": true}}},
            "then": {
                "required": ["conditions"],
                "properties": {"conditions": text("Required, and not blank, when `contingent` is true.")}
            }
        }
    ])
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
            "pattern": format!("^Q{}$", decimal_at_most(u64::MAX)),
            "maxLength": 1 + u64::MAX.to_string().len(),
            "description": "A Wikidata item id: Q followed by a positive number without leading zeros \
                            that fits in 64 bits, as the library stores it (\"Q17\")."
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
            "pattern": format!("^{}$", edtf::when()),
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
            "pattern": format!("^{}$", edtf::period()),
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

/// A regular expression (ECMA-262, as JSON Schema's `pattern`) for the decimal numbers from 1
/// to `max`, without leading zeros: shorter numbers, then for each digit of `max` the numbers
/// of its length that first fall below it there, then `max` itself.
fn decimal_at_most(max: u64) -> String {
    let text = max.to_string();
    let digits = text.as_bytes();
    let len = digits.len();
    let mut alternatives = Vec::new();
    if len > 1 {
        alternatives.push(format!("[1-9][0-9]{{0,{}}}", len - 2));
    }
    for (i, &d) in digits.iter().enumerate() {
        let lowest = if i == 0 { b'1' } else { b'0' };
        if d > lowest {
            let below = char::from(d - 1);
            alternatives.push(format!("{}[{}-{below}][0-9]{{{}}}", &text[..i], char::from(lowest), len - i - 1));
        }
    }
    alternatives.push(text.clone());
    format!("(?:{})", alternatives.join("|"))
}

/// The shape of EDTF dates and periods as regular expressions: a superset of what the
/// library reads (every accepted form of [`When`] and [`Period`] matches; a shape that no
/// EDTF has, such as `06/14/2022`, `1956-13` or `present`, does not), so that a validator
/// without an EDTF parser still refuses what is plainly not EDTF.
mod edtf {
    /// A qualifier before or after a component: uncertain, approximate, or both.
    const Q: &str = "[?~%]?";
    /// A year: four digits or `X`s, or a long year `Y...` with an exponent, then significant
    /// digits.
    const YEAR: &str = "(?:Y-?[0-9]+(?:E[0-9]+)?|-?[0-9X]{4})(?:S[0-9]+)?";
    /// A month, season (21-24) or sub-year grouping (25-41), or unspecified digits.
    const MONTH: &str = "(?:0[1-9X]|1[0-2X]|2[1-9X]|3[0-9X]|4[01X]|X[0-9X])";
    /// A day, or unspecified digits.
    const DAY: &str = "(?:0[1-9X]|[12][0-9X]|3[01X]|X[0-9X])";
    /// A time of day with an optional zone.
    const TIME: &str = "(?:T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}(?::[0-9]{2})?)?)?";

    /// One date without set brackets.
    fn date() -> String {
        format!("{Q}{YEAR}{Q}(?:-{Q}{MONTH}{Q}(?:-{Q}{DAY}{Q}{TIME})?)?")
    }

    /// A one-of set: dates, ranges `a..b` and open ranges `..b`, `a..`, comma-separated.
    fn set() -> String {
        let d = date();
        let item = format!("(?:{d}(?:\\.\\.(?:{d})?)?|\\.\\.{d})");
        format!("\\[{item}(?:,{item})*\\]")
    }

    /// One date: a plain date or a one-of set.
    pub(super) fn when() -> String {
        format!("(?:{}|{})", date(), set())
    }

    /// A period: one date, or two ends around `/`, each a date, a set, the level 2 open
    /// ends `..a` and `a..`, `..` (open) or nothing (unknown).
    pub(super) fn period() -> String {
        let d = date();
        let end = format!("(?:{}|\\.\\.{d}|{d}\\.\\.|\\.\\.)?", when());
        format!("(?:{}|{end}/{end})", when())
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
        assert!(schema["$defs"]["Period"]["pattern"].as_str().is_some_and(|p| p.starts_with('^')));
        assert!(schema["$defs"]["Period"].get("format").is_none(), "no custom format for strict validators");
        assert_eq!(schema["$defs"]["Stance"]["oneOf"][0]["const"], "claims_sovereignty");
    }

    #[test]
    fn decimal_limits_are_exact() {
        assert_eq!(decimal_at_most(9), "(?:[1-8][0-9]{0}|9)");
        assert_eq!(decimal_at_most(1), "(?:1)");
        assert_eq!(decimal_at_most(20), "(?:[1-9][0-9]{0,0}|[1-1][0-9]{1}|20)");
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
