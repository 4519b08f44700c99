//! Version 3 of the model, each part asked the question it exists for, on small datasets
//! written here. (Derived disputes have theirs in tests/disputes.rs, the two small disputes of
//! tests/data in tests/small_disputes.rs.)

use chrono::NaiveDate;
use island_claims::{Certainty, Dataset, IssueCode, Outcome, Span};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn load(json: &str) -> Dataset {
    Dataset::from_json(json).unwrap_or_else(|e| panic!("{e}"))
}

/// A lease fixed at fifty years, a claim ended by a judgment the next day, and Soviet-style
/// papers known only through the report that quotes them.
const KNOWN_AT: &str = r#"{
  "format": "island-claims/3",
  "islands": [{"id": "isle", "kind": "island"}, {"id": "atoll", "kind": "island"}],
  "parties": [
    {"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}, {"id": "c", "kind": "state"},
    {"id": "court", "kind": "organisation"}
  ],
  "sources": [
    {"id": "lease-text", "kind": "treaty_text", "title": "Lease", "published": "1966-12-30"},
    {"id": "claims", "kind": "official_statement", "title": "Claims", "published": "1980"},
    {"id": "judgment", "kind": "court_document", "title": "Judgment", "published": "2008-05-23"},
    {"id": "papers", "kind": "archive_document", "title": "Politburo papers", "written": "1972-08-03"},
    {"id": "report", "kind": "news_report", "title": "Report", "published": "2021-05-24", "cites": ["papers"]}
  ],
  "events": [
    {"id": "ruling", "kind": "ruling", "when": "2008-05-23", "title": "Judgment",
     "participants": [{"party": "court", "role": "adjudicator"}, {"party": "a", "role": "applicant"},
                      {"party": "b", "role": "respondent"}],
     "attributions": [{"source": "judgment"}]}
  ],
  "positions": [
    {"id": "c-leases", "holder": "c", "stance": "leases", "counterpart": "a", "islands": ["atoll"],
     "period": "1966-12-30/2016-12-29", "planned_end": true, "attributions": [{"source": "lease-text"}]},
    {"id": "a-claims", "holder": "a", "stance": "claims_sovereignty", "islands": ["isle"],
     "period": "1980/2008-05-23", "ended_by": "ruling",
     "attributions": [{"source": "claims"}, {"source": "judgment"}]},
    {"id": "b-claims", "holder": "b", "stance": "claims_sovereignty", "islands": ["isle"],
     "period": "1980/..", "attributions": [{"source": "claims"}]},
    {"id": "a-accepts", "holder": "a", "stance": "accepts", "regarding": "ruling", "islands": ["isle"],
     "period": "2008-05-23/..", "established_by": "ruling", "attributions": [{"source": "judgment"}]},
    {"id": "b-plan", "holder": "b", "stance": "offers_transfer", "counterpart": "a", "islands": ["isle"],
     "period": "1972-08-03/1972-12", "internal": true, "attributions": [{"source": "papers"}]}
  ]
}"#;

#[test]
fn a_view_the_day_before_a_judgment_shows_the_claim_unended() {
    let data = load(KNOWN_AT);
    let whole = data.disputes();
    assert_eq!(whole.len(), 1);
    assert_eq!(whole[0].outcome(), Outcome::Adjudicated);

    let view = data.as_known_at(day(2008, 5, 22));
    let claim = view.position(&"a-claims".parse().unwrap()).unwrap();
    assert_eq!(claim.period.as_str(), "1980/[2008-05-23..]");
    assert!(claim.ended_by.is_none(), "the judgment is not known yet");
    // Surely held on the day of the view, possibly after it.
    assert_eq!(view.claims_during(day(2008, 5, 22)).len(), 2);
    let later = view.claims_during(2010);
    assert!(later.iter().any(|m| m.position().id.as_str() == "a-claims" && m.certainty() == Certainty::Possible));
    let d = view.disputes();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].outcome(), Outcome::PossiblyOngoing);
    // The acceptance of an outcome not yet known is not known either.
    assert!(view.position(&"a-accepts".parse().unwrap()).is_none());
}

#[test]
fn a_view_keeps_a_planned_end() {
    let data = load(KNOWN_AT);
    let view = data.as_known_at(day(1970, 1, 1));
    let lease = view.position(&"c-leases".parse().unwrap()).unwrap();
    assert_eq!(lease.period.as_str(), "1966-12-30/2016-12-29", "fixed when the lease began");
    assert!(view.query().during(2020).run().unwrap().iter().all(|m| m.position().id.as_str() != "c-leases"));
}

#[test]
fn papers_are_known_from_the_report_that_cites_them() {
    let data = load(KNOWN_AT);
    let plan = "b-plan".parse().unwrap();
    assert!(data.as_known_at(day(2021, 5, 23)).position(&plan).is_none());
    let view = data.as_known_at(day(2021, 5, 24));
    assert!(view.position(&plan).is_some());
    assert!(view.source(&"papers".parse().unwrap()).is_some());
    // Without a dated source citing them, the papers have no date at all, and are refused.
    let uncited = KNOWN_AT.replace(r#", "cites": ["papers"]"#, "");
    let err = Dataset::from_json(&uncited).unwrap_err();
    let codes: Vec<IssueCode> = err.report().unwrap().errors().map(|i| i.code).collect();
    assert_eq!(codes, [IssueCode::SourceUndated]);
}

#[test]
fn an_internal_plan_is_left_out_unless_asked() {
    let data = load(KNOWN_AT);
    let b = "b".parse().unwrap();
    let in_1972 = data.query().holder(&b).during(1972).run().unwrap();
    assert!(in_1972.is_empty(), "{in_1972:?}");
    let with = data.query().holder(&b).during(1972).include_internal().run().unwrap();
    assert_eq!(with.len(), 1);
    assert!(with[0].position().internal);
}

#[test]
fn a_judgment_and_the_acceptance_it_established_are_no_conflict() {
    // a-claims ends by the ruling, a-accepts begins with it: a handover on that day, though
    // one account (the judgment) backs both.
    let data = load(KNOWN_AT);
    assert!(data.conflicts().is_empty());
    assert!(data.warnings().is_empty());
}

/// South Ledge: one of two states holds title, the sources leave open which.
const LEDGE: &str = r#"{
  "format": "island-claims/3",
  "islands": [{"id": "ledge", "kind": "low_tide_elevation"}],
  "parties": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}, {"id": "court", "kind": "organisation"}],
  "sources": [{"id": "judgment", "kind": "court_document", "title": "Judgment", "published": "2008-05-23"}],
  "positions": [
    {"id": "a-title", "holder": "a", "stance": "holds_title", "islands": ["ledge"], "period": "2008-05-23/..",
     "contingent": true, "alternatives": "ledge", "conditions": "if it lies in a's territorial sea",
     "attributions": [{"source": "judgment", "account_of": "court"}]},
    {"id": "b-title", "holder": "b", "stance": "holds_title", "islands": ["ledge"], "period": "2008-05-23/..",
     "contingent": true, "alternatives": "ledge", "conditions": "if it lies in b's territorial sea",
     "attributions": [{"source": "judgment", "account_of": "court"}]}
  ]
}"#;

#[test]
fn a_contingent_title_one_of_two_is_possible_and_never_definite() {
    let data = load(LEDGE);
    let found = data.query().during(Span::year(2020)).run().unwrap();
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|m| m.certainty() == Certainty::Possible));
    assert!(data.query().during(2020).certainty(Certainty::Definite).run().unwrap().is_empty());
    // Alternatives of one group are no conflict, and title contends with nothing.
    assert!(data.conflicts().is_empty());
    assert!(data.disputes().is_empty());
    // Outside one group, two titles per one source are refused: title is exclusive.
    let exclusive = LEDGE.replace(r#""alternatives": "ledge", "#, "");
    let err = Dataset::from_json(&exclusive).unwrap_err();
    assert!(err.report().unwrap().errors().all(|i| i.code == IssueCode::IncompatiblePositions));
}

#[test]
fn two_accounts_of_title_to_one_feature_are_a_conflict() {
    // A court's account against a state's: title is exclusive.
    let two = r#"{
  "format": "island-claims/3",
  "islands": [{"id": "ledge", "kind": "low_tide_elevation"}],
  "parties": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}, {"id": "court", "kind": "organisation"}],
  "sources": [{"id": "judgment", "kind": "court_document", "title": "Judgment", "published": "2008-05-23"}],
  "positions": [
    {"id": "a-title", "holder": "a", "stance": "holds_title", "islands": ["ledge"], "period": "2008-05-23/..",
     "attributions": [{"source": "judgment", "account_of": "court"}]},
    {"id": "b-title-per-b", "holder": "b", "stance": "holds_title", "islands": ["ledge"], "period": "2008-05-23/..",
     "attributions": [{"source": "judgment", "account_of": "b"}]}
  ]
}"#;
    let data = load(two);
    let conflicts = data.conflicts();
    assert_eq!(conflicts.len(), 1, "{two}");
    let c = conflicts[0].as_positions().unwrap();
    assert_eq!(c.kind(), island_claims::ConflictKind::Title);
    assert_eq!((c.positions().0.holder.as_str(), c.positions().1.holder.as_str()), ("a", "b"));
    assert_eq!(c.certainty(), Certainty::Definite);
}

#[test]
fn two_accounts_of_an_accession_day_are_a_conflict() {
    let data = load(
        r#"{"format": "island-claims/3",
  "parties": [{"id": "federation", "kind": "state"},
    {"id": "emirate", "kind": "state", "part_of": [
      {"party": "federation", "period": "1971-12-02/..", "attributions": [{"source": "a", "account_of": "emirate"}]},
      {"party": "federation", "period": "1972-02-10/..", "attributions": [{"source": "b"}]}]},
    {"id": "twice", "kind": "territory", "part_of": [
      {"party": "federation", "period": "1900/1910", "attributions": [{"source": "a"}]},
      {"party": "federation", "period": "1950/..", "attributions": [{"source": "b"}]}]}],
  "sources": [{"id": "a", "kind": "reference_work", "title": "A", "published": "2000"},
    {"id": "b", "kind": "reference_work", "title": "B", "published": "2001"}]}"#,
    );
    let conflicts = data.conflicts();
    // Two stints of one membership are no conflict; two days for one accession are.
    assert_eq!(conflicts.len(), 1);
    let c = conflicts[0].as_relations().unwrap();
    assert_eq!(c.relation(), island_claims::RelationKind::PartOf);
    assert_eq!((c.party().as_str(), c.with().as_str()), ("emirate", "federation"));
    let json = serde_json::to_value(&conflicts).unwrap();
    assert_eq!(json[0]["kind"], "relation");
    assert_eq!(json[0]["periods"], serde_json::json!(["1971-12-02/..", "1972-02-10/.."]));
    let owned: Vec<island_claims::query::OwnedConflict> = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(serde_json::to_value(&owned).unwrap(), json);
}
