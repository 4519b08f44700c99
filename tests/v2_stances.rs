//! Version 2's stances, event kinds and roles, through the public API: what validation
//! refuses and accepts, what each loads and writes as, where PLOVER puts each kind, and how
//! the exports read a lease.
//!
//! The datasets are small `island-claims/2` files: a group of two islands (the Senkaku
//! Islands), a single island (Guantanamo Bay, leased), and parties that hold the stances.

use island_claims::export::plover::{self, SkipReason};
use island_claims::{
    ConflictKind, CounterpartRule, Dataset, EventKind, IssueCode, LoadError, PloverCategory, Role, Stance,
};
use serde_json::{Value, json};

/// A version 2 file with these positions and events, and the islands, parties and sources
/// they refer to.
fn file(positions: &[Value], events: &[Value]) -> String {
    json!({
        "format": "island-claims/2",
        "islands": [
            {"id": "senkaku", "kind": "group", "names": {"en": "Senkaku Islands"}},
            {"id": "uotsuri", "kind": "island", "part_of": "senkaku", "names": {"en": "Uotsuri-shima"}},
            {"id": "kuba", "kind": "island", "part_of": "senkaku", "names": {"en": "Kuba-shima"}},
            {"id": "guantanamo", "kind": "island", "names": {"en": "Guantánamo Bay"},
             "location": {"lat": 19.9, "lon": -75.15}}
        ],
        "parties": [
            {"id": "japan", "kind": "state", "names": {"en": "Japan"}},
            {"id": "china", "kind": "state", "names": {"en": "China"}},
            {"id": "usa", "kind": "state", "names": {"en": "United States"}, "wikidata": "Q30"},
            {"id": "cuba", "kind": "state", "names": {"en": "Cuba"}},
            {"id": "kurihara", "kind": "person", "names": {"en": "Kurihara family"}},
            {"id": "icj", "kind": "organisation", "names": {"en": "International Court of Justice"}}
        ],
        "sources": [
            {"id": "one", "kind": "reference_work", "title": "One account", "published": "2020"},
            {"id": "two", "kind": "scholarship", "title": "Another account", "published": "2020"}
        ],
        "events": events,
        "positions": positions,
    })
    .to_string()
}

/// A position of `holder` on `islands` over `period`, attributed to `source`, towards
/// `counterpart` when given.
fn position(
    id: &str,
    holder: &str,
    stance: Stance,
    counterpart: Option<&str>,
    islands: &[&str],
    period: &str,
    source: &str,
) -> Value {
    let mut p = json!({"id": id, "holder": holder, "stance": stance.as_ref(), "islands": islands,
                       "period": period, "attributions": [{"source": source}]});
    if let Some(c) = counterpart {
        p["counterpart"] = json!(c);
    }
    p
}

/// A counterpart for `stance` where it takes one.
fn counterpart_for(stance: Stance) -> Option<&'static str> {
    (stance.counterpart_rule() != CounterpartRule::NotAllowed).then_some("china")
}

fn load(positions: &[Value]) -> Result<Dataset, LoadError> {
    Dataset::from_json(&file(positions, &[]))
}

/// The codes of the issues a refused file gives.
fn codes(result: Result<Dataset, LoadError>) -> Vec<IssueCode> {
    match result {
        Ok(_) => Vec::new(),
        Err(e) => e.report().expect("a validation report").issues().iter().map(|i| i.code).collect(),
    }
}

// ---------------------------------------------------------------------------------------
// neutral_on_sovereignty: one row of the incompatibility table per test.
// ---------------------------------------------------------------------------------------

/// `neutral_on_sovereignty` beside `other` by one holder, per one source, on the group and
/// one of its islands, over surely overlapping periods; in both orders.
fn neutral_beside(other: Stance) -> [Vec<IssueCode>; 2] {
    let neutral = position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["senkaku"], "1971/..", "one");
    let beside = position("usa-other", "usa", other, counterpart_for(other), &["uotsuri"], "1980/1990", "one");
    [codes(load(&[neutral.clone(), beside.clone()])), codes(load(&[beside, neutral]))]
}

#[test]
fn neutral_on_sovereignty_and_claims_sovereignty_are_refused_together() {
    for found in neutral_beside(Stance::ClaimsSovereignty) {
        assert_eq!(found, [IssueCode::IncompatiblePositions]);
    }
}

#[test]
fn neutral_on_sovereignty_and_recognises_sovereignty_of_are_refused_together() {
    for found in neutral_beside(Stance::RecognisesSovereigntyOf) {
        assert_eq!(found, [IssueCode::IncompatiblePositions]);
    }
}

#[test]
fn neutral_on_sovereignty_and_disputes_sovereignty_of_are_refused_together() {
    for found in neutral_beside(Stance::DisputesSovereigntyOf) {
        assert_eq!(found, [IssueCode::IncompatiblePositions]);
    }
}

#[test]
fn neutral_on_sovereignty_goes_with_every_other_stance() {
    // Version 3 adds a fourth: backing a claim is a view on sovereignty.
    let refused = [
        Stance::ClaimsSovereignty,
        Stance::RecognisesSovereigntyOf,
        Stance::DisputesSovereigntyOf,
        Stance::SupportsClaimOf,
    ];
    // `accepts` and `rejects` need an event to be about, which this fixture has not.
    for other in Stance::iter().filter(|s| !refused.contains(s) && !s.needs_regarding()) {
        for found in neutral_beside(other) {
            assert_eq!(found, [], "{other}");
        }
    }
}

#[test]
fn the_issue_names_both_positions_and_says_why() {
    let neutral = position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["senkaku"], "1971/..", "one");
    let claim = position("usa-claims", "usa", Stance::ClaimsSovereignty, None, &["kuba"], "1980", "one");
    let err = load(&[neutral, claim]).unwrap_err();
    let issue = &err.report().unwrap().issues()[0];
    assert_eq!(issue.subject.id.as_str(), "usa-claims");
    assert!(issue.message.contains("position 'usa-neutral' (neutral_on_sovereignty 1971/..)"), "{}", issue.message);
    assert!(issue.message.contains("claims_sovereignty"), "{}", issue.message);
}

#[test]
fn neutral_and_claiming_do_not_clash_apart_in_time_or_on_other_islands() {
    let neutral = position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["uotsuri"], "1971/..", "one");
    let before = position("usa-before", "usa", Stance::ClaimsSovereignty, None, &["uotsuri"], "1950/1970", "one");
    let elsewhere = position("usa-kuba", "usa", Stance::ClaimsSovereignty, None, &["kuba"], "1980/..", "one");
    assert!(load(&[neutral, before, elsewhere]).is_ok());
}

#[test]
fn neutral_and_claiming_per_different_accounts_are_a_conflict_not_an_error() {
    let neutral = position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["senkaku"], "1971/..", "one");
    let claim = position("usa-claims", "usa", Stance::ClaimsSovereignty, None, &["uotsuri"], "1980/1990", "two");
    let data = load(&[neutral, claim]).expect("two accounts may disagree");
    let conflicts = data.conflicts();
    assert_eq!(conflicts.len(), 1);
    assert_eq!(conflicts[0].kind(), ConflictKind::Stance);
    let islands: Vec<&str> = conflicts[0].islands().iter().map(|i| i.as_str()).collect();
    assert_eq!(islands, ["uotsuri"]);
}

#[test]
fn neutral_on_sovereignty_beside_recognising_administration_is_the_senkaku_case() {
    // The United States: no position on sovereignty, and Japan administers the islands.
    let neutral = position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["senkaku"], "1972/..", "one");
    let admin =
        position("usa-admin", "usa", Stance::RecognisesAdministrationOf, Some("japan"), &["senkaku"], "1972/..", "one");
    let data = load(&[neutral, admin]).expect("compatible");
    let usa = data.query().holder(&"usa".parse().unwrap()).during(2000).run().unwrap();
    assert_eq!(usa.len(), 2);
    // Neither is a claim.
    assert!(data.claims_during(2000).is_empty());
}

// ---------------------------------------------------------------------------------------
// owns
// ---------------------------------------------------------------------------------------

#[test]
fn owns_beside_any_stance_of_the_same_holder_is_accepted() {
    // `accepts` and `rejects` need an event to be about, which this fixture has not.
    for other in Stance::iter().filter(|s| !s.needs_regarding()) {
        let owns = position("owner-owns", "japan", Stance::Owns, None, &["senkaku"], "1932/2012-09-11", "one");
        let beside = position("owner-other", "japan", other, counterpart_for(other), &["uotsuri"], "1972/2000", "one");
        assert_eq!(codes(load(&[owns.clone(), beside.clone()])), [], "{other}");
        assert_eq!(codes(load(&[beside, owns])), [], "{other}");
    }
}

#[test]
fn owning_is_not_a_claim_nor_control() {
    let owns = position("family-owns", "kurihara", Stance::Owns, None, &["senkaku"], "1932/2012-09-11", "one");
    let data = load(&[owns]).unwrap();
    assert!(data.claims_during(2000).is_empty());
    let held = data.query().stance(Stance::Owns).during(2000).run().unwrap();
    assert_eq!(held.len(), 1);
    assert!(!held[0].stance().is_claim() && !held[0].stance().is_control());
    // A position on the group covers its islands.
    assert_eq!(held[0].islands().len(), 3);
}

// ---------------------------------------------------------------------------------------
// Counterparts
// ---------------------------------------------------------------------------------------

#[test]
fn the_new_stances_that_need_a_counterpart_are_refused_without_one() {
    for stance in [Stance::RecognisesAdministrationOf, Stance::Leases] {
        assert_eq!(stance.counterpart_rule(), CounterpartRule::Required);
        let without = position("p", "usa", stance, None, &["guantanamo"], "1903/..", "one");
        assert_eq!(codes(load(&[without])), [IssueCode::CounterpartRequired], "{stance}");
        let with = position("p", "usa", stance, Some("cuba"), &["guantanamo"], "1903/..", "one");
        assert_eq!(codes(load(&[with])), [], "{stance}");
        let itself = position("p", "usa", stance, Some("usa"), &["guantanamo"], "1903/..", "one");
        assert_eq!(codes(load(&[itself])), [IssueCode::CounterpartIsHolder], "{stance}");
    }
}

#[test]
fn the_new_stances_without_a_counterpart_refuse_one() {
    for stance in [Stance::NeutralOnSovereignty, Stance::Owns] {
        assert_eq!(stance.counterpart_rule(), CounterpartRule::NotAllowed);
        let with = position("p", "usa", stance, Some("cuba"), &["guantanamo"], "1903/..", "one");
        assert_eq!(codes(load(&[with])), [IssueCode::CounterpartNotAllowed], "{stance}");
        let without = position("p", "usa", stance, None, &["guantanamo"], "1903/..", "one");
        assert_eq!(codes(load(&[without])), [], "{stance}");
    }
}

// ---------------------------------------------------------------------------------------
// JSON spellings and round trips
// ---------------------------------------------------------------------------------------

#[test]
fn each_new_stance_loads_and_round_trips() {
    let new = [
        ("recognises_administration_of", Stance::RecognisesAdministrationOf),
        ("neutral_on_sovereignty", Stance::NeutralOnSovereignty),
        ("owns", Stance::Owns),
        ("leases", Stance::Leases),
    ];
    let positions: Vec<Value> = new
        .iter()
        .enumerate()
        .map(|(i, &(_, s))| position(&format!("p{i}"), "usa", s, counterpart_for(s), &["guantanamo"], "1903/..", "one"))
        .collect();
    let data = load(&positions).unwrap();
    for (p, (spelling, stance)) in data.all_positions().iter().zip(new) {
        assert_eq!(p.stance, stance);
        assert_eq!(stance.as_ref(), spelling);
        assert_eq!(spelling.parse::<Stance>(), Ok(stance));
    }
    let text = data.to_json();
    assert!(text.contains(r#""format": "island-claims/3""#) || text.contains(r#""format":"island-claims/3""#));
    for (spelling, _) in new {
        assert!(text.contains(&format!(r#""{spelling}""#)), "{spelling}");
    }
    assert_eq!(Dataset::from_json(&text).unwrap(), data);
}

/// One event of each new kind, with the new roles where they belong.
fn new_events() -> Vec<Value> {
    let at = |id: &str, kind: &str, when: &str, participants: Value| {
        json!({"id": id, "kind": kind, "when": when, "title": id, "participants": participants,
               "islands": ["uotsuri"], "attributions": [{"source": "one"}]})
    };
    vec![
        at("flag", "symbolic_act", "1996-07-14", json!([{"party": "japan", "role": "other"}])),
        at(
            "reversion",
            "transfer",
            "1972-05-15",
            json!([{"party": "usa", "role": "other"}, {"party": "japan", "role": "other"}]),
        ),
        at(
            "nationalisation",
            "purchase",
            "2012-09-11",
            json!([{"party": "kurihara", "role": "seller"}, {"party": "japan", "role": "buyer"}]),
        ),
        at(
            "judgment",
            "ruling",
            "2012-11-19",
            json!([{"party": "icj", "role": "adjudicator"}, {"party": "china", "role": "claimant"},
                   {"party": "japan", "role": "respondent"}]),
        ),
        at("resolution", "resolution", "1971-10-25", json!([{"party": "china", "role": "other"}])),
    ]
}

#[test]
fn each_new_event_kind_and_role_loads_and_round_trips() {
    let data = Dataset::from_json(&file(&[], &new_events())).unwrap();
    let kinds: Vec<EventKind> = data.events().iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [EventKind::SymbolicAct, EventKind::Transfer, EventKind::Purchase, EventKind::Ruling, EventKind::Resolution]
    );
    let roles: Vec<Role> = data.events().iter().flat_map(|e| e.participants.iter().map(|p| p.role)).collect();
    for role in [Role::Seller, Role::Buyer, Role::Adjudicator, Role::Claimant, Role::Respondent] {
        assert!(roles.contains(&role), "{role}");
    }
    let text = data.to_json();
    for spelling in ["symbolic_act", "transfer", "purchase", "ruling", "resolution"] {
        assert!(text.contains(&format!(r#""kind": "{spelling}""#)), "{spelling}");
    }
    for spelling in ["adjudicator", "seller", "buyer", "claimant", "respondent"] {
        assert!(text.contains(&format!(r#""role": "{spelling}""#)), "{spelling}");
    }
    assert_eq!(Dataset::from_json(&text).unwrap(), data);
}

#[test]
fn a_misspelt_new_value_is_refused_with_the_spellings() {
    let events = vec![json!({"id": "flag", "kind": "flag_planting", "when": "1996", "title": "t",
                             "attributions": [{"source": "one"}]})];
    let err = Dataset::from_json(&file(&[], &events)).unwrap_err().to_string();
    assert!(err.contains("events[0].kind") && err.contains("symbolic_act"), "{err}");
}

#[test]
fn any_role_goes_with_any_kind() {
    // Roles are not checked against kinds: the Alaska purchase was a treaty with a seller and
    // a buyer. No warning either.
    let treaty = json!({"id": "alaska", "kind": "treaty", "when": "1867-03-30", "title": "Alaska Purchase",
                        "participants": [{"party": "usa", "role": "buyer"}, {"party": "china", "role": "seller"}],
                        "attributions": [{"source": "one"}]});
    let data = Dataset::from_json(&file(&[], &[treaty])).unwrap();
    assert!(data.warnings().is_empty());
}

// ---------------------------------------------------------------------------------------
// PLOVER
// ---------------------------------------------------------------------------------------

#[test]
fn the_plover_mapping_of_each_new_kind_is_pinned() {
    use PloverCategory as P;
    assert_eq!(EventKind::SymbolicAct.plover(), Some(P::Threaten), "a flag planting is not an assault");
    assert_eq!(EventKind::Transfer.plover(), Some(P::Retreat), "ceding territory");
    assert_eq!(EventKind::Purchase.plover(), Some(P::Cooperate), "a material exchange");
    assert_eq!(EventKind::Ruling.plover(), None);
    assert_eq!(EventKind::Resolution.plover(), None);
    // A formal protest is diplomatic: PLOVER's ACCUSE "disapprove", not a demonstration.
    assert_eq!(EventKind::Protest.plover(), Some(P::Accuse));
}

#[test]
fn the_new_kinds_are_written_as_plover_or_skipped_with_a_reason() {
    let data = Dataset::from_json(&file(&[], &new_events())).unwrap();
    let record = |id: &str| plover::event_record(&data, data.event(&id.parse().unwrap()).unwrap());

    // Their only participants have the role `other`: bystanders are neither actor nor
    // recipient in PLOVER, so nobody acts (the kinds' types are pinned above).
    assert_eq!(record("flag"), Err(SkipReason::NoActor));
    assert_eq!(record("reversion"), Err(SkipReason::NoActor));

    // A sale: the buyer acts, the seller is the recipient (COOPERATE requires one).
    let sale = record("nationalisation").unwrap();
    assert_eq!(sale["event"], json!(["COOPERATE"]));
    assert_eq!(sale["quad_code"], 2);
    let role = |side: &str| -> Vec<&str> {
        sale[side].as_array().unwrap().iter().map(|a| a["role"].as_str().unwrap()).collect()
    };
    assert_eq!(role("actor"), ["buyer"]);
    assert_eq!(role("recipient"), ["seller"]);

    assert_eq!(record("judgment"), Err(SkipReason::NoCategory));
    assert_eq!(record("resolution"), Err(SkipReason::NoCategory));
}

#[test]
fn a_respondent_is_a_plover_recipient() {
    // A case brought against a party, recorded as a protest with the new roles.
    let protest = json!({"id": "case", "kind": "protest", "when": "2013-01-22", "title": "case",
                         "participants": [{"party": "china", "role": "claimant"}, {"party": "japan", "role": "respondent"}],
                         "attributions": [{"source": "one"}]});
    let data = Dataset::from_json(&file(&[], &[protest])).unwrap();
    let r = plover::event_record(&data, &data.events()[0]).unwrap();
    assert_eq!(r["actor"][0]["party_id"], "china");
    assert_eq!(r["recipient"][0]["party_id"], "japan");
    assert_eq!(r["recipient"][0]["role"], "respondent");
    assert_eq!((&r["event"], r["quad_code"].as_u64()), (&json!(["ACCUSE"]), Some(3)));
    assert_eq!(r["mode"], json!(["disapprove"]));
}

// ---------------------------------------------------------------------------------------
// Leases: a lessee holds the islands in fact
// ---------------------------------------------------------------------------------------

#[test]
fn a_lease_counts_as_control_and_not_as_a_claim() {
    let lease = position("usa-lease", "usa", Stance::Leases, Some("cuba"), &["guantanamo"], "1903-02-23/..", "one");
    let data = load(&[lease]).unwrap();
    assert!(data.claims_during(2000).is_empty());
    let held: Vec<_> = data
        .query()
        .island(&"guantanamo".parse().unwrap())
        .during(2000)
        .run()
        .unwrap()
        .into_iter()
        .filter(|m| m.stance().is_control())
        .collect();
    assert_eq!(held.len(), 1);
    assert_eq!(held[0].party().as_str(), "usa");
    assert_eq!(held[0].counterpart().map(|c| c.as_str()), Some("cuba"));
}

#[cfg(feature = "geojson")]
mod geojson {
    use super::*;
    use chrono::NaiveDate;

    fn properties(data: &Dataset, island: &str) -> Value {
        let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        let map = serde_json::to_value(island_claims::export::geojson::feature_collection(data, day)).unwrap();
        map["features"].as_array().unwrap().iter().find(|f| f["id"] == island).unwrap()["properties"].clone()
    }

    fn lease() -> Value {
        position("usa-lease", "usa", Stance::Leases, Some("cuba"), &["guantanamo"], "1903-02-23/..", "one")
    }

    #[test]
    fn a_lessee_is_listed_as_holding_the_island() {
        let p = properties(&load(&[lease()]).unwrap(), "guantanamo");
        assert_eq!(p["administered_by"][0]["party"], "usa");
        assert_eq!(p["administered_by"][0]["stance"], "leases");
        assert_eq!(p["contested"], "no", "a lease alone is not a dispute");
    }

    #[test]
    fn a_lessee_does_not_contest_its_lessor_s_claim() {
        let cuba = position("cuba-claims", "cuba", Stance::ClaimsSovereignty, None, &["guantanamo"], "1902/..", "one");
        let p = properties(&load(&[lease(), cuba]).unwrap(), "guantanamo");
        assert_eq!(p["claimed_by"][0]["party"], "cuba");
        assert_eq!(p["contested"], "no");
    }

    #[test]
    fn a_third_party_s_claim_against_a_lessee_needs_another_claimant() {
        let cuba = position("cuba-claims", "cuba", Stance::ClaimsSovereignty, None, &["guantanamo"], "1902/..", "one");
        let china =
            position("china-claims", "china", Stance::ClaimsSovereignty, None, &["guantanamo"], "1990/..", "one");
        let p = properties(&load(&[lease(), cuba, china]).unwrap(), "guantanamo");
        assert_eq!(p["contested"], "definite");
        // Without the lessor's claim too: the third party against the lessee alone. Version 2
        // said contested; since version 3 a lease is never a hold in the lessee's own right,
        // so a lone claim against a lessee contests nothing.
        let china =
            position("china-claims", "china", Stance::ClaimsSovereignty, None, &["guantanamo"], "1990/..", "one");
        let p = properties(&load(&[lease(), china]).unwrap(), "guantanamo");
        assert_eq!(p["contested"], "no");
    }

    #[test]
    fn the_stances_that_are_neither_claim_nor_control_never_contest() {
        let cp = Some("japan");
        let views = [
            position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["senkaku"], "1972/..", "one"),
            position("usa-admin", "usa", Stance::RecognisesAdministrationOf, cp, &["senkaku"], "1972/..", "one"),
            position("family", "kurihara", Stance::Owns, None, &["senkaku"], "1932/..", "one"),
            position("china-claims", "china", Stance::ClaimsSovereignty, None, &["senkaku"], "1971/..", "one"),
        ];
        let p = properties(&load(&views).unwrap(), "uotsuri");
        assert_eq!(p["administered_by"], json!([]));
        assert_eq!(p["contested"], "no", "a sole claimant, whoever else has a view");
    }
}

#[cfg(feature = "svg")]
mod svg {
    use super::*;
    use island_claims::export::svg::Timeline;

    #[test]
    fn every_new_stance_is_drawn_with_its_own_pattern_and_label() {
        let positions = [
            position("usa-lease", "usa", Stance::Leases, Some("cuba"), &["guantanamo"], "1903/..", "one"),
            position(
                "usa-admin",
                "usa",
                Stance::RecognisesAdministrationOf,
                Some("japan"),
                &["senkaku"],
                "1972/..",
                "one",
            ),
            position("usa-neutral", "usa", Stance::NeutralOnSovereignty, None, &["senkaku"], "1972/..", "one"),
            position("family", "kurihara", Stance::Owns, None, &["senkaku"], "1932/2012", "one"),
        ];
        let svg = Timeline::new().from_year(1900).to_year(2020).render(&load(&positions).unwrap()).unwrap();
        for pattern in
            ["stance-leases", "stance-recognises-administration-of", "stance-neutral-on-sovereignty", "stance-owns"]
        {
            assert!(svg.contains(&format!(r#"id="{pattern}""#)), "{pattern}");
        }
        for label in ["leases (holds under a lease)", "recognises administration of", "neutral on sovereignty"] {
            assert!(svg.contains(label), "{label}");
        }
    }
}

/// `contested` on generated datasets, against the derived disputes read island by island:
/// a feature is contested on a day when some dispute that possibly holds then contends for
/// an island that is the feature or lies within it (walking `part_of` in the records),
/// `"definite"` when that day lies in one of the island's definite runs. (The rule of
/// contention itself is checked against its own oracle with the disputes.)
#[cfg(all(feature = "geojson", feature = "proptest"))]
mod contested_oracle {
    use super::*;
    use chrono::NaiveDate;
    use island_claims::IslandId;
    use proptest::prelude::*;

    /// Whether `island` is `feature` or lies within it, walking `part_of` in the records.
    fn within(data: &Dataset, island: &IslandId, feature: &IslandId) -> bool {
        let mut at = Some(island);
        for _ in 0..=data.islands().len() {
            match at {
                Some(i) if i == feature => return true,
                Some(i) => at = data.island(i).and_then(|x| x.part_of.as_ref()),
                None => return false,
            }
        }
        false
    }

    fn naive(data: &Dataset, feature: &IslandId, day: NaiveDate) -> &'static str {
        let mut answer = "no";
        for d in data.disputes() {
            for i in d.per_island() {
                if i.possible().contains(day) && within(data, i.island(), feature) {
                    if i.definite().any(|r| r.contains(day)) {
                        return "definite";
                    }
                    answer = "possible";
                }
            }
        }
        answer
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn contested_follows_the_derived_disputes(data in island_claims::strategies::dataset(), year in 1850..2030i32) {
            let day = NaiveDate::from_ymd_opt(year, 6, 30).unwrap();
            let map = serde_json::to_value(island_claims::export::geojson::feature_collection(&data, day)).unwrap();
            for (f, island) in map["features"].as_array().unwrap().iter().zip(data.islands()) {
                prop_assert_eq!(f["properties"]["contested"].as_str(), Some(naive(&data, &island.id, day)), "{} {}", island.id, day);
            }
        }
    }
}
