//! Every public type can cross threads: a server can keep a `Dataset` in an `Arc` and answer
//! from several threads, and an error can be sent to another thread to be reported.

// `Membership` and `Representation`, deprecated aliases of `Relation`, are still exported.
#![allow(deprecated)]

/// Compiles only if every listed type is `Send + Sync`; also names them, for the test below.
macro_rules! send_sync {
    ($($t:ty),* $(,)?) => {
        const LISTED: &str = stringify!($($t),*);
        #[test]
        fn every_listed_type_is_send_and_sync() {
            fn ok<T: Send + Sync>() {}
            $(ok::<$t>();)*
        }
    };
}

use island_claims::*;

send_sync!(
    Attribution,
    Certainty,
    Change<'static>,
    ChangeKind,
    Clash,
    Conflict<'static>,
    ConflictKind,
    Contention,
    CounterpartRule,
    Dataset,
    DatasetBuilder,
    DatasetDiff,
    DateError,
    DayRange,
    Event,
    Error,
    Dispute<'static>,
    DisputeMatch<'static>,
    Dyad<'static>,
    EventConflict<'static>,
    EventId,
    EventKind,
    IdError,
    Island,
    IslandId,
    IslandKind,
    IslandPositions<'static>,
    FieldChange,
    Issue,
    IssueCode,
    Lang,
    LangError,
    LoadError,
    Location,
    Match<'static>,
    Membership,
    MergeError,
    Names,
    OnClash,
    Participant,
    Party,
    query::OwnedChange,
    Outcome,
    query::OwnedConflict,
    query::OwnedDays,
    query::OwnedDispute,
    query::OwnedDisputeMatch,
    query::OwnedDyad,
    query::OwnedEventConflict,
    query::OwnedMatch,
    query::OwnedPositionConflict,
    query::OwnedTimelineEntry,
    PartyId,
    PartyKind,
    Period,
    PeriodEnd,
    PloverCategory,
    AlternativesId,
    DisputedIsland<'static>,
    Position,
    PositionConflict<'static>,
    RelationConflict<'static>,
    query::OwnedRelationConflict,
    PositionId,
    PositionQuery<'static>,
    QueryError,
    Rank,
    RecordChange,
    RecordDiff,
    validate::RecordKind,
    Refused,
    Relation,
    RelationKind,
    Representation,
    Role,
    validate::Severity,
    Source,
    SourceId,
    SourceKind,
    Span,
    Stance,
    validate::Subject,
    Succession,
    validate::SyntaxError,
    TimelineEntry<'static>,
    TimelineKind,
    ValidationReport,
    When,
    WikidataId,
    export::plover::Side,
    export::plover::SkipReason,
    export::plover::Summary,
    synth::Config,
    synth::Shape,
    synth::SynthError,
    strategies::Defect,
    strategies::DatasetParams,
);

#[cfg(feature = "svg")]
#[test]
fn svg_types_are_send_and_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<export::svg::Timeline>();
    ok::<export::svg::RowKind>();
    ok::<export::svg::TimelineError>();
}

/// The list above names every type the crate root re-exports, so that a new public type
/// cannot be left out of the check.
#[test]
fn the_list_names_every_type_the_crate_root_exports() {
    let lib = include_str!("../src/lib.rs");
    let mut missing = Vec::new();
    for block in lib.split("pub use ").skip(1) {
        let block = block.split(';').next().unwrap_or_default();
        let names = block.rsplit_once("::").map_or(block, |(_, names)| names);
        for name in names.split(|c: char| !c.is_alphanumeric() && c != '_') {
            // Types are CamelCase; constants (FORMAT, MAX_ID_LEN) and modules are not.
            let is_type = name.chars().next().is_some_and(char::is_uppercase) && name.chars().any(char::is_lowercase);
            let listed = LISTED.split(|c: char| !c.is_alphanumeric() && c != '_').any(|t| t == name);
            if is_type && !listed {
                missing.push(name.to_owned());
            }
        }
    }
    assert!(missing.is_empty(), "not checked for Send + Sync: {missing:?}");
}
