//! Two small disputes written in format island-claims/3 from sources read (issue 20):
//! Hans Island (Canada / Denmark, with Greenland part of Denmark) and Pedra Branca / Middle
//! Rocks / South Ledge (Malaysia / Singapore). Each test asks the public API what DESIGN.md
//! says the answer is. tests/data/SMALL-DISPUTES.md lists the sources of both files and every
//! fact that could not be written without bending it.

use std::collections::BTreeSet;

use island_claims::chrono::NaiveDate;
use island_claims::{Certainty, Dataset, Dispute, IssueCode, Outcome, Stance};

mod common;
use common::{day, id};

fn hans() -> Dataset {
    Dataset::from_json(include_str!("data/hans-island.json")).expect("the Hans Island file loads")
}

fn pedra() -> Dataset {
    Dataset::from_json(include_str!("data/pedra-branca.json")).expect("the Pedra Branca file loads")
}

fn names(d: &Dispute<'_>) -> [String; 2] {
    d.parties().map(|p| p.to_string())
}

/// The disputes of a year as (parties, certainty).
fn in_year(data: &Dataset, year: i32) -> Vec<([String; 2], Certainty)> {
    data.disputes_during(year).iter().map(|m| (names(&m.dispute()), m.certainty())).collect()
}

/// The ids of the positions of `stance` on `island` on `date`, each with its certainty.
fn held(data: &Dataset, island: &str, stance: Stance, date: NaiveDate) -> Vec<(String, Certainty)> {
    let mut v: Vec<(String, Certainty)> = data
        .query()
        .island(&id(island))
        .stance(stance)
        .during(date)
        .run()
        .expect("a valid query")
        .iter()
        .map(|m| (m.position().id.to_string(), m.certainty()))
        .collect();
    v.sort();
    v
}

fn refused_with(json: &str) -> BTreeSet<IssueCode> {
    let err = Dataset::from_json(json).expect_err("refused");
    err.report().expect("a validation report").errors().map(|i| i.code).collect()
}

// ----- Hans Island -----

#[test]
fn hans_loads_without_warnings() {
    let data = hans();
    assert!(data.warnings().is_empty(), "{:?}", data.warnings());
    assert_eq!(data.islands().len(), 3);
}

#[test]
fn hans_is_one_dispute_of_canada_and_denmark_settled_by_the_2022_agreement() {
    let data = hans();
    let disputes = data.disputes();
    assert_eq!(disputes.len(), 1, "{:?}", disputes.iter().map(names).collect::<Vec<_>>());
    let d = &disputes[0];
    assert_eq!(names(d), ["canada", "denmark"]);
    assert_eq!(d.territory().as_str(), "hans-island");
    assert_eq!(d.outcome(), Outcome::Settled);
    assert_eq!(d.settled_by().map(|e| e.id.as_str()), Some("agreement-2022"));
    assert_eq!(d.ended_by().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["agreement-2022"]);
    assert_eq!(d.ongoing(), None);
    // From some year of the early 1970s to the day before the agreement.
    assert_eq!(d.period(), "[1970-01-01..1973-12-31]/2022-06-13");
}

#[test]
fn greenlands_claim_counts_for_denmark() {
    let data = hans();
    let d = &data.disputes()[0];
    // Greenland's claim is one the dispute rests on, but Greenland is no side: its
    // outermost party is the Kingdom of Denmark.
    assert!(d.positions().any(|p| p.id.as_str() == "greenland-claims-hans"));
    assert_eq!(d.side(1).map(|p| p.as_str()).collect::<Vec<_>>(), ["denmark"]);
    assert!(data.disputes().iter().all(|d| d.parties().iter().all(|p| p.as_str() != "greenland")));
    // A query on Denmark that includes its parts finds Greenland's claim.
    let claims = data
        .query()
        .holder(&id("denmark"))
        .include_parts()
        .claims()
        .during(day(2010, 1, 1))
        .run()
        .expect("a valid query");
    let ids: BTreeSet<&str> = claims.iter().map(|m| m.position().id.as_str()).collect();
    assert_eq!(ids, BTreeSet::from(["denmark-claims-hans", "greenland-claims-hans"]));
}

#[test]
fn hans_disputes_by_year() {
    let data = hans();
    let pair = || ["canada".to_string(), "denmark".to_string()];
    assert!(in_year(&data, 1969).is_empty());
    // "Since the early 1970s": 1972 only possibly, 1974 surely.
    assert_eq!(in_year(&data, 1972), [(pair(), Certainty::Possible)]);
    assert_eq!(in_year(&data, 1974), [(pair(), Certainty::Definite)]);
    assert_eq!(in_year(&data, 1984), [(pair(), Certainty::Definite)]);
    assert_eq!(in_year(&data, 2022), [(pair(), Certainty::Definite)]);
    assert!(in_year(&data, 2023).is_empty());
    assert!(data.disputes_during(day(2022, 6, 14)).is_empty());
    assert_eq!(data.disputes_during(day(2022, 6, 13)).len(), 1);
}

#[test]
fn hans_per_island_is_the_whole_island_settled() {
    let data = hans();
    let d = &data.disputes()[0];
    let islands: Vec<(String, Outcome)> = d.per_island().map(|i| (i.island().to_string(), i.outcome())).collect();
    // The parts exist only from the agreement, when no one contends for them any more.
    assert_eq!(islands, [("hans-island".to_string(), Outcome::Settled)]);
    let whole = d.per_island().next().expect("one island");
    assert_eq!(whole.outcome_event().map(|e| e.id.as_str()), Some("agreement-2022"));
}

#[test]
fn hans_parts_exist_only_from_2022_06_14() {
    let data = hans();
    for part in ["hans-island-canadian-part", "hans-island-danish-part"] {
        let island = data.island(&id(part)).expect("the part");
        let hull = island.exists.as_ref().expect("a part has exists").hull();
        assert_eq!(hull.first(), Some(day(2022, 6, 14)), "{part}");
        assert_eq!(hull.last(), None, "{part} still exists");
    }
    // Who holds each side: from the agreement, and not the day before.
    let on = |date| held(&data, "hans-island-canadian-part", Stance::ClaimsSovereignty, date);
    let after: Vec<String> = on(day(2022, 6, 14)).into_iter().map(|(p, _)| p).collect();
    assert_eq!(after, ["canada-sovereign-canadian-part"]);
    // The day before, a query on the part sees the claims to the whole island (DESIGN: a claim
    // to the whole island concerns each later half), but no position on the part itself.
    let before: Vec<String> = on(day(2022, 6, 13)).into_iter().map(|(p, _)| p).collect();
    assert_eq!(before, ["canada-claims-hans", "denmark-claims-hans", "greenland-claims-hans"]);
    // A position on a part before it existed is refused.
    let json = include_str!("data/hans-island.json").replace(
        r#""islands": ["hans-island-canadian-part"],
     "period": "2022-06-14/..""#,
        r#""islands": ["hans-island-canadian-part"],
     "period": "2020/..""#,
    );
    assert_ne!(json, include_str!("data/hans-island.json"), "the replacement applies");
    assert!(refused_with(&json).contains(&IssueCode::PositionOutsideIslandExistence));
}

#[test]
fn hans_claims_and_the_two_accounts_of_the_shelf_agreement() {
    let data = hans();
    let claims: BTreeSet<String> = data.claims_during(2000).iter().map(|m| m.party().to_string()).collect();
    assert_eq!(claims, BTreeSet::from(["canada".to_string(), "denmark".to_string(), "greenland".to_string()]));
    let claims: BTreeSet<String> =
        data.claims_during(day(2023, 1, 1)).iter().map(|m| m.position().id.to_string()).collect();
    assert_eq!(
        claims,
        BTreeSet::from(["canada-sovereign-canadian-part".to_string(), "denmark-sovereign-danish-part".to_string()])
    );
    // 1973 (most sources) and 1974 (Pharand): two accounts of one agreement, side by side.
    let conflicts = data.conflicts();
    assert_eq!(conflicts.len(), 1);
    let text = format!("{:?}", conflicts[0]);
    assert!(text.contains("shelf-agreement-1973") && text.contains("shelf-delimitation-1974-pharand"), "{text}");
}

#[test]
fn hans_as_known_before_the_agreement_the_dispute_goes_on() {
    let data = hans();
    let view = data.as_known_at(day(2022, 6, 1));
    let disputes = view.disputes();
    assert_eq!(disputes.len(), 1);
    // Unended as far as anyone knew on 2022-06-01: it goes on past that day, and only
    // possibly (the view knows no day after its own; see `Dataset::as_known_at`).
    assert_eq!(disputes[0].outcome(), Outcome::PossiblyOngoing);
    assert!(view.claims_during(day(2030, 1, 1)).iter().any(|m| m.position().id.as_str() == "canada-claims-hans"));
}

// ----- Pedra Branca / Middle Rocks / South Ledge -----

#[test]
fn pedra_branca_loads_without_warnings() {
    let data = pedra();
    assert!(data.warnings().is_empty(), "{:?}", data.warnings());
    // Title is exclusive, but Johor's and Singapore's titles to Pedra Branca only possibly
    // overlap (the Court fixes no day of passing): no conflict.
    assert!(data.conflicts().is_empty(), "{:?}", data.conflicts());
}

#[test]
fn pedra_branca_is_one_dispute_adjudicated_by_the_2008_judgment() {
    let data = pedra();
    let disputes = data.disputes();
    assert_eq!(disputes.len(), 1, "{:?}", disputes.iter().map(names).collect::<Vec<_>>());
    let d = &disputes[0];
    assert_eq!(names(d), ["malaysia", "singapore"]);
    assert_eq!(d.territory().as_str(), "pedra-branca-features");
    assert_eq!(d.outcome(), Outcome::Adjudicated);
    assert_eq!(d.outcome_event().map(|e| e.id.as_str()), Some("judgment-2008"));
    assert_eq!(d.settled_by(), None);
    // Possibly from the map of 1979, surely from Singapore's protest of 1980-02-14.
    assert_eq!(d.period(), "[1979-01-01..1980-02-14]/2008-05-23");
    let first_sure = d.definite().next().expect("a definite run").first();
    assert_eq!(first_sure, Some(day(1980, 2, 14)));
    // Neither Johor (part of Malaysia) nor Britain nor the Court is a side.
    assert_eq!(d.side(0).map(|p| p.as_str()).collect::<Vec<_>>(), ["malaysia"]);
    assert_eq!(d.side(1).map(|p| p.as_str()).collect::<Vec<_>>(), ["singapore"]);
}

#[test]
fn pedra_branca_each_feature_adjudicated_on_its_own_days() {
    let data = pedra();
    let d = &data.disputes()[0];
    let islands: Vec<(String, String, Outcome)> =
        d.per_island().map(|i| (i.island().to_string(), i.period(), i.outcome())).collect();
    assert_eq!(
        islands,
        [
            ("pedra-branca".to_string(), "[1979-01-01..1980-02-14]/2008-05-23".to_string(), Outcome::Adjudicated),
            ("middle-rocks".to_string(), "1993/2008-05-23".to_string(), Outcome::Adjudicated),
            ("south-ledge".to_string(), "1993/2008-05-23".to_string(), Outcome::Adjudicated),
        ]
    );
    for i in d.per_island() {
        assert_eq!(i.outcome_event().map(|e| e.id.as_str()), Some("judgment-2008"), "{}", i.island());
    }
}

#[test]
fn pedra_branca_disputes_by_year() {
    let data = pedra();
    let pair = || ["malaysia".to_string(), "singapore".to_string()];
    assert!(in_year(&data, 1978).is_empty());
    assert_eq!(in_year(&data, 1979), [(pair(), Certainty::Possible)]);
    assert_eq!(in_year(&data, 1985), [(pair(), Certainty::Definite)]);
    assert_eq!(in_year(&data, 2008), [(pair(), Certainty::Definite)]);
    assert!(in_year(&data, 2009).is_empty());
    // The applications of 2017 and their discontinuance in 2018 revive no dispute.
    assert!(in_year(&data, 2017).is_empty());
    assert!(in_year(&data, 2018).is_empty());
}

#[test]
fn south_ledge_title_is_possible_and_never_definite() {
    let data = pedra();
    for date in [day(2008, 5, 23), day(2010, 1, 1), day(2025, 1, 1)] {
        let titles = held(&data, "south-ledge", Stance::HoldsTitle, date);
        assert_eq!(
            titles,
            [
                ("malaysia-title-south-ledge".to_string(), Certainty::Possible),
                ("singapore-title-south-ledge".to_string(), Certainty::Possible),
            ],
            "{date}"
        );
        let definite = data
            .query()
            .island(&id("south-ledge"))
            .stance(Stance::HoldsTitle)
            .certainty(Certainty::Definite)
            .during(date)
            .run()
            .expect("a valid query");
        assert!(definite.is_empty(), "{date}");
    }
    // Both are one group of alternatives, of which exactly one holds.
    let group: BTreeSet<String> = data
        .all_positions()
        .iter()
        .filter(|p| p.contingent)
        .map(|p| p.alternatives.as_ref().expect("an alternatives group").to_string())
        .collect();
    assert_eq!(group, BTreeSet::from(["south-ledge-title".to_string()]));
    // No one claims South Ledge after the judgment; both claimed it before.
    assert!(
        data.claims_during(day(2010, 1, 1)).iter().all(|m| m.islands().iter().all(|i| i.as_str() != "south-ledge"))
    );
    let before: BTreeSet<String> = data
        .claims_during(day(2000, 1, 1))
        .iter()
        .filter(|m| m.islands().iter().any(|i| i.as_str() == "south-ledge"))
        .map(|m| m.party().to_string())
        .collect();
    assert_eq!(before, BTreeSet::from(["malaysia".to_string(), "singapore".to_string()]));
}

#[test]
fn as_known_the_day_before_the_judgment_the_claims_are_unended() {
    let data = pedra();
    let view = data.as_known_at(day(2008, 5, 22));
    // The judgment and every source published from 2008-05-23 are unknown then.
    assert!(view.event(&id("judgment-2008")).is_none());
    let later: BTreeSet<String> =
        view.claims_during(day(2010, 1, 1)).iter().map(|m| m.position().id.to_string()).collect();
    for claim in [
        "malaysia-claims-pedra-branca",
        "malaysia-claims-south-ledge",
        "singapore-claims-mr-sl",
        "singapore-claims-pedra-branca",
    ] {
        assert!(later.contains(claim), "{claim} missing from {later:?}");
    }
    let disputes = view.disputes();
    assert_eq!(disputes.len(), 1);
    // Unended, and after the view's day only possibly (see `Dataset::as_known_at`).
    assert_eq!(disputes[0].outcome(), Outcome::PossiblyOngoing);
    assert!(disputes[0].certainty_during(island_claims::Span::day(day(2008, 5, 22))).is_some());
    // The full dataset knows that they ended.
    let now: BTreeSet<String> =
        data.claims_during(day(2010, 1, 1)).iter().map(|m| m.position().id.to_string()).collect();
    assert_eq!(
        now,
        BTreeSet::from(["malaysia-claims-middle-rocks".to_string(), "singapore-claims-pedra-branca".to_string()])
    );
}

#[test]
fn middle_rocks_title_is_malaysias_through_johor_and_pedra_brancas_singapores() {
    let data = pedra();
    let at = day(2010, 1, 1);
    let through_johor = data
        .query()
        .holder(&id("malaysia"))
        .include_parts()
        .stance(Stance::HoldsTitle)
        .island(&id("middle-rocks"))
        .during(at)
        .run()
        .expect("a valid query");
    let ids: Vec<(&str, Certainty)> = through_johor.iter().map(|m| (m.position().id.as_str(), m.certainty())).collect();
    assert_eq!(ids, [("johor-title-middle-rocks", Certainty::Definite)]);
    assert_eq!(
        held(&data, "pedra-branca", Stance::HoldsTitle, at),
        [("singapore-title-pedra-branca".to_string(), Certainty::Definite)]
    );
    // In 1960 Pedra Branca's title may be Johor's or already Singapore's.
    let in_1960: Vec<(String, Certainty)> = held(&data, "pedra-branca", Stance::HoldsTitle, day(1960, 1, 1));
    assert_eq!(
        in_1960,
        [
            ("johor-title-pedra-branca".to_string(), Certainty::Possible),
            ("singapore-title-pedra-branca".to_string(), Certainty::Possible),
        ]
    );
    // Johor disclaimed Pedra Branca in 1953; a disclaimer contends with nothing.
    assert_eq!(
        held(&data, "pedra-branca", Stance::Disclaims, day(1953, 9, 21)),
        [("johor-disclaims-pedra-branca".to_string(), Certainty::Definite)]
    );
}

#[test]
fn the_2018_orders_adjudicate_nothing_and_singapore_accepts_the_judgment() {
    let data = pedra();
    assert!(data.all_positions().iter().all(|p| p.ended_by.as_ref().is_none_or(|e| e.as_str() == "judgment-2008")));
    let d = &data.disputes()[0];
    assert!(d.ended_by().all(|e| e.id.as_str() == "judgment-2008"));
    let accepts = data.query().stance(Stance::Accepts).during(day(2020, 1, 1)).run().expect("a valid query");
    let ids: Vec<(&str, Option<&str>)> = accepts
        .iter()
        .map(|m| (m.position().id.as_str(), m.position().regarding.as_ref().map(|e| e.as_str())))
        .collect();
    assert_eq!(ids, [("singapore-accepts-judgment", Some("judgment-2008"))]);
}
