//! A typed, validated, source-attributed, temporal model of island disputes.
//!
//! `island-claims` records who claimed, held, offered, recognised or denied what over which
//! islands, when, and according to whom. It refuses inconsistent data with a full report of
//! every problem, and answers questions such as "who claimed what in 1956?", each answer
//! saying how certain it is and which sources back it.
//!
//! The model has five record kinds: [`Island`], [`Party`], [`Position`], [`Event`] and
//! [`Source`], held by a [`Dataset`] that is valid by construction. Dates are EDTF strings
//! ([`When`], [`Period`]); ids are typed slugs ([`IslandId`], [`PartyId`], ...).
//!
//! # Quick start: who claimed what in 1956?
//!
//! Five disputes ship with the crate, every record attributed to dated sources.
//! [`datasets::kuril()`] is the Kuril Islands / Northern Territories dispute between Japan and
//! the Soviet Union (Russia from 1991), from the Treaty of Shimoda of 1855 to the 2020s. Ask it
//! who claimed what in 1956, and print the English names of the parties and islands:
//!
//! ```
//! use island_claims::{Certainty, Stance};
//!
//! let data = island_claims::datasets::kuril();
//! let claims = data.query().claims().during(1956).run()?;
//! let said: Vec<String> = claims
//!     .iter()
//!     .map(|claim| {
//!         let party = data.party(claim.party()).and_then(|p| p.names.english()).unwrap_or(claim.party().as_str());
//!         let islands: Vec<&str> = claim
//!             .position()
//!             .islands
//!             .iter()
//!             .map(|id| data.island(id).and_then(|i| i.names.english()).unwrap_or(id.as_str()))
//!             .collect();
//!         format!("{party} {}: {} ({})", claim.stance(), islands.join(", "), claim.certainty())
//!     })
//!     .collect();
//! assert_eq!(said, [
//!     "Soviet Union claims_sovereignty: Kuril Islands, South Kurils / Northern Territories (definite)",
//!     "Japan claims_sovereignty: South Kurils / Northern Territories (definite)",
//!     "Japan demands_transfer: South Kurils / Northern Territories (definite)",
//!     "Japan demands_transfer: Shikotan, Habomai Islands (definite)",
//! ]);
//!
//! // Each answer says which sources back it; a source has a title and a date.
//! let japan = &claims[1];
//! let first = japan.sources().next().and_then(|id| data.source(id)).ok_or("a source")?;
//! assert_eq!(first.title, "FRUS 1955-1957, vol. XXIII, part 1, document 52");
//! assert_eq!(first.published.as_ref().map(|d| d.as_str()), Some("1991"));
//!
//! // Other stances than claims: the Soviet promise of the Joint Declaration of 1956 to hand
//! // over Shikotan and the Habomai Islands once a peace treaty is signed.
//! let promise = data.query().stance(Stance::PromisedTransfer).during(1956).run()?;
//! assert_eq!(promise[0].party().as_str(), "ussr");
//! assert_eq!(promise[0].counterpart().map(|p| p.as_str()), Some("japan"));
//! assert_eq!(promise[0].certainty(), Certainty::Definite);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The other embedded disputes are [`datasets::liancourt_rocks()`] (Dokdo / Takeshima: Japan
//! and South Korea), [`datasets::chagos()`] (the United Kingdom and Mauritius),
//! [`datasets::falklands()`] (the Falkland Islands / Islas Malvinas: the United Kingdom and
//! Argentina), [`datasets::spratly()`] (China, Taiwan, Vietnam, the Philippines, Malaysia and
//! Brunei), and [`datasets::all()`], the five merged into one. [`Dataset::disputes`] derives who
//! disputed which islands with whom, since when, and how it ended:
//!
//! ```
//! use island_claims::Outcome;
//!
//! let falklands = island_claims::datasets::falklands();
//! let in_1982 = falklands.disputes_during(1982);
//! let parties = in_1982[0].dispute().parties().map(|p| p.as_str());
//! assert_eq!(parties, ["argentina", "united-kingdom"]);
//! assert_eq!(in_1982[0].dispute().outcome(), Outcome::Ongoing);
//! ```
//!
//! Your own data loads from JSON ([`Dataset::from_json`]) or is built in code
//! ([`Dataset::builder`]); either way every record and every reference is checked, and bad data
//! is refused with a report of every problem:
//!
//! ```
//! use island_claims::{Dataset, IssueCode};
//!
//! let data = Dataset::from_json(r#"{
//!   "format": "island-claims/3",
//!   "islands": [{"id": "shikotan", "kind": "island", "names": {"en": "Shikotan", "ja": "色丹島"}}],
//!   "parties": [{"id": "japan", "kind": "state"}],
//!   "sources": [{"id": "mofa", "kind": "official_statement", "title": "Japan's position",
//!                "published": "2011"}],
//!   "positions": [{"id": "japan-claim", "holder": "japan", "stance": "claims_sovereignty",
//!                  "islands": ["shikotan"], "period": "1956/..",
//!                  "attributions": [{"source": "mofa"}]}]
//! }"#)?;
//! assert_eq!(data.claims_during(1956).len(), 1);
//!
//! let refused = Dataset::from_json(r#"{"format": "island-claims/3",
//!   "positions": [{"id": "japan-claim", "holder": "japan", "stance": "claims_sovereignty",
//!                  "islands": ["shikotan"], "period": "1956/..", "attributions": [{"source": "mofa"}]}]
//! }"#).unwrap_err();
//! let report = refused.report().ok_or("a validation report")?;
//! assert!(report.has(IssueCode::UnknownReference));
//! assert_eq!(report.errors().count(), 3); // the holder, the island and the source
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! The design, its three kinds of time and its certainty semantics are described in the
//! [`design`] page; the JSON format, field by field, in [`export::schema`] and the README.
//!
//! # Building a tool
//!
//! The patterns a server, an editor or a merge tool needs.
//!
//! **A handler that returns answers.** Answers borrow the dataset; their owned forms
//! ([`Match::into_owned`], [`Conflict::into_owned`], ...) do not, and have the same JSON. Errors
//! convert into [`Error`], whose [`code`](Error::code) a server maps to a status:
//!
//! ```
//! use std::sync::Arc;
//! use island_claims::query::OwnedMatch;
//! use island_claims::{Dataset, Error};
//!
//! fn claims(data: &Arc<Dataset>, party: &str, year: i32) -> Result<Vec<OwnedMatch>, Error> {
//!     let party = party.parse()?;
//!     let found = data.query().holder(&party).follow_succession().claims().during(year).run()?;
//!     Ok(found.into_iter().map(|m| m.into_owned()).collect())
//! }
//!
//! let data = Arc::new(island_claims::datasets::kuril().clone());
//! let body = serde_json::to_string(&claims(&data, "russia", 1956)?)?;
//! assert!(body.contains(r#""via_successor":"russia""#));
//! let err = claims(&data, "prussia", 1956).unwrap_err();
//! assert_eq!((err.code(), err.to_string().as_str()), ("unknown_party", "unknown party 'prussia'"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **An edit and a rebuild.** [`Dataset::into_builder`] takes the records without a copy; the
//! builder finds, edits and removes them by id; a refused build gives every record back with
//! the report; [`Dataset::diff`] says what the edit changed:
//!
//! ```
//! use island_claims::{Dataset, RecordChange};
//!
//! let before = island_claims::datasets::kuril().clone();
//! let mut builder = before.clone().into_builder();
//! let shikotan = "shikotan".parse()?;
//! builder.island_mut(&shikotan).expect("an island").note = Some("checked".into());
//! let after = match builder.into_dataset() {
//!     Ok(data) => data,
//!     Err(refused) => panic!("{}", refused.report), // refused.builder holds every record
//! };
//! let diff = before.diff(&after);
//! assert_eq!(diff.changes.len(), 1);
//! assert!(matches!(&diff.changes[0].change, RecordChange::Changed(fields) if fields[0].field == "note"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **A merge with renames.** [`Dataset::merge`] joins two datasets: equal records are one,
//! names combine, and [`OnClash::Rename`] gives a clashing record of the right side a new id,
//! rewriting every reference to it:
//!
//! ```
//! use island_claims::{Dataset, OnClash};
//!
//! let mine = Dataset::from_json(r#"{"format": "island-claims/2",
//!   "sources": [{"id": "mofa", "kind": "official_statement", "title": "Japan's position", "published": "2011"}]}"#)?;
//! let theirs = Dataset::from_json(r#"{"format": "island-claims/2",
//!   "islands": [{"id": "shikotan", "kind": "island"}], "parties": [{"id": "japan", "kind": "state"}],
//!   "sources": [{"id": "mofa", "kind": "official_statement", "title": "Another page", "published": "2020"}],
//!   "positions": [{"id": "japan-claim", "holder": "japan", "stance": "claims_sovereignty",
//!     "islands": ["shikotan"], "period": "1956/..", "attributions": [{"source": "mofa"}]}]}"#)?;
//! let both = mine.merge(&theirs, OnClash::Rename)?;
//! assert_eq!(both.sources().len(), 2);
//! assert_eq!(both.all_positions()[0].attributions[0].source.as_str(), "mofa-2");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **Finding things.** [`Dataset::find_islands`] and [`Dataset::find_parties`] take any name in
//! any language; [`PositionQuery::by_island`] files one query's answers under every island,
//! for a map or a table.
//!
//! # Features
//!
//! The optional parts sit behind crate features, so that a user compiles only the
//! dependencies of the parts they use. No feature is on by default.
//!
//! | feature | adds | dependency |
//! |---|---|---|
//! | `svg` | [`export::svg`]: a timeline picture of positions and events | `svg` |
//! | `geojson` | [`export::geojson`]: islands as GeoJSON, with who administers and claims them at a date | `geojson` |
//! | `csv` | [`export::csv`]: positions, events and disputes as CSV tables | `csv` |
//! | `schema` | [`export::schema`]: the JSON Schema of the dataset format; `schemars::JsonSchema` for the record types | `schemars` |
//! | `synth` | [`synth`]: seeded synthetic datasets of any size, for benchmarks and tests | none |
//! | `proptest` | [`strategies`]: proptest strategies for valid datasets, EDTF dates and single defects | `proptest` |
//!
//! [`export::plover`] (events as PLOVER event data) needs no feature.
//!
//! The documentation on docs.rs is built with every feature. A module whose feature is off
//! is absent; its link above then leads to the module that would hold it.
// Without its feature a module does not exist, and an intra-doc link to it would be broken:
// each such link then points at its parent instead, so that the docs build with any features.
//!
#![cfg_attr(not(feature = "svg"), doc = "[`export::svg`]: export")]
#![cfg_attr(not(feature = "geojson"), doc = "[`export::geojson`]: export")]
#![cfg_attr(not(feature = "csv"), doc = "[`export::csv`]: export")]
#![cfg_attr(not(feature = "schema"), doc = "[`export::schema`]: export")]
#![cfg_attr(not(feature = "synth"), doc = "[`synth`]: crate#features")]
#![cfg_attr(not(feature = "proptest"), doc = "[`strategies`]: crate#features")]
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod coded;
mod dataset;
pub mod datasets;
pub mod error;
pub mod design {
    //! Why the crate is as it is: its layers, its three kinds of time, its records and their
    //! validation, its queries, succession, derived disputes and exports. This page is the
    //! text of `DESIGN.md` at the root of the package.
    //!
    #![doc = include_str!("../DESIGN.md")]
}
pub mod export;
mod ids;
mod parsed;
pub mod query;
mod records;
mod resolve;
#[cfg(feature = "proptest")]
#[cfg_attr(docsrs, doc(cfg(feature = "proptest")))]
pub mod strategies;
#[cfg(feature = "synth")]
#[cfg_attr(docsrs, doc(cfg(feature = "synth")))]
pub mod synth;
mod time;
pub mod validate;

/// The date library of the public API (`NaiveDate` in [`Dataset::claims_during`],
/// [`Dataset::as_known_at`] and the exports), re-exported so that its version always matches.
pub use chrono;
pub use dataset::{
    Clash, Dataset, DatasetBuilder, DatasetDiff, FORMAT, FORMATS_READ, FieldChange, LoadError, MAX_JSON_BYTES,
    MergeError, OnClash, RecordChange, RecordDiff, Refused,
};
pub use error::Error;
pub use ids::{AlternativesId, EventId, IdError, IslandId, MAX_ID_LEN, PartyId, PositionId, SourceId, WikidataId};
pub use query::{
    Change, ChangeKind, Conflict, ConflictKind, Dispute, DisputeMatch, DisputedIsland, Dyad, EventConflict,
    IslandPositions, Match, Outcome, PositionConflict, PositionQuery, QueryError, RelationConflict, TimelineEntry,
    TimelineKind,
};
pub use records::{
    Attribution, Contention, CounterpartRule, Event, EventKind, Island, IslandKind, Lang, LangError, Location, Names,
    Participant, Party, PartyKind, PloverCategory, Position, Rank, Relation, RelationKind, Role, Source, SourceKind,
    Stance, Succession,
};
#[allow(deprecated)] // Their own deprecation tells a user what to write.
pub use records::{Membership, Representation};
pub use time::{Certainty, DateError, DayRange, Period, PeriodEnd, Span, When};
pub use validate::{Issue, IssueCode, ValidationReport};

/// Moved to [`query::OwnedChange`].
#[deprecated(note = "write `island_claims::query::OwnedChange`")]
pub type OwnedChange = query::OwnedChange;

/// Moved to [`query::OwnedConflict`].
#[deprecated(note = "write `island_claims::query::OwnedConflict`")]
pub type OwnedConflict = query::OwnedConflict;

/// Moved to [`query::OwnedDays`].
#[deprecated(note = "write `island_claims::query::OwnedDays`")]
pub type OwnedDays = query::OwnedDays;

/// Moved to [`query::OwnedDispute`].
#[deprecated(note = "write `island_claims::query::OwnedDispute`")]
pub type OwnedDispute = query::OwnedDispute;

/// Moved to [`query::OwnedDisputeMatch`].
#[deprecated(note = "write `island_claims::query::OwnedDisputeMatch`")]
pub type OwnedDisputeMatch = query::OwnedDisputeMatch;

/// Moved to [`query::OwnedDyad`].
#[deprecated(note = "write `island_claims::query::OwnedDyad`")]
pub type OwnedDyad = query::OwnedDyad;

/// Moved to [`query::OwnedEventConflict`].
#[deprecated(note = "write `island_claims::query::OwnedEventConflict`")]
pub type OwnedEventConflict = query::OwnedEventConflict;

/// Moved to [`query::OwnedMatch`].
#[deprecated(note = "write `island_claims::query::OwnedMatch`")]
pub type OwnedMatch = query::OwnedMatch;

/// Moved to [`query::OwnedPositionConflict`].
#[deprecated(note = "write `island_claims::query::OwnedPositionConflict`")]
pub type OwnedPositionConflict = query::OwnedPositionConflict;

/// Moved to [`query::OwnedRelationConflict`].
#[deprecated(note = "write `island_claims::query::OwnedRelationConflict`")]
pub type OwnedRelationConflict = query::OwnedRelationConflict;

/// Moved to [`query::OwnedTimelineEntry`].
#[deprecated(note = "write `island_claims::query::OwnedTimelineEntry`")]
pub type OwnedTimelineEntry = query::OwnedTimelineEntry;

/// Moved to [`validate::RecordKind`].
#[deprecated(note = "write `island_claims::validate::RecordKind`")]
pub type RecordKind = validate::RecordKind;

/// Moved to [`validate::Severity`].
#[deprecated(note = "write `island_claims::validate::Severity`")]
pub type Severity = validate::Severity;

/// Moved to [`validate::Subject`].
#[deprecated(note = "write `island_claims::validate::Subject`")]
pub type Subject = validate::Subject;

/// Moved to [`validate::SyntaxError`].
#[deprecated(note = "write `island_claims::validate::SyntaxError`")]
pub type SyntaxError = validate::SyntaxError;

/// Gives each enum of the public API an inherent `iter()` over its values, so that a user
/// does not need `strum` (at the crate's version) in scope to list them.
macro_rules! every_value {
    ($($t:ty),* $(,)?) => {$(
        impl $t {
            #[doc = concat!(
                "Every `", stringify!($t), "`, in the order of its declaration.\n\n",
                "No trait needs to be imported:\n\n```\n",
                "let all: Vec<island_claims::", stringify!($t), "> = island_claims::", stringify!($t), "::iter().collect();\n",
                "assert!(!all.is_empty());\n",
                "assert_eq!(all.len(), island_claims::", stringify!($t), "::iter().count());\n```"
            )]
            pub fn iter() -> impl DoubleEndedIterator<Item = Self> + ExactSizeIterator + Clone {
                <Self as strum::IntoEnumIterator>::iter()
            }
        }
    )*};
}

every_value!(
    Certainty,
    ChangeKind,
    ConflictKind,
    Contention,
    EventKind,
    IslandKind,
    IssueCode,
    Outcome,
    PartyKind,
    PloverCategory,
    Rank,
    validate::RecordKind,
    Role,
    SourceKind,
    Stance,
);

/// The README's examples run as doctests, so the README cannot drift from the API.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
