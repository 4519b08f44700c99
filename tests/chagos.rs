//! The Chagos dataset (data/chagos/chagos.json): the facts a historian checks first, asked
//! through the public API. Loaded with `Dataset::from_json` until it is embedded in
//! `island_claims::datasets`.

use chrono::NaiveDate;
use island_claims::{
    Certainty, Dataset, Event, EventKind, IslandKind, Outcome, PartyKind, PeriodEnd, Position, Role, Stance,
};

mod common;
use common::{day, event, id};

fn data() -> &'static Dataset {
    island_claims::datasets::chagos()
}

/// The first and last day an event may have happened on.
fn days(e: &Event) -> (NaiveDate, NaiveDate) {
    let hull = e.when.hull();
    (hull.first().expect("a first day"), hull.last().expect("a last day"))
}

fn role_of(e: &Event, party: &str) -> Vec<Role> {
    e.participants.iter().filter(|p| p.party.as_str() == party).map(|p| p.role).collect()
}

/// Who claims the archipelago (or part of it) in `year`, with how sure the match is.
fn claimants(data: &Dataset, year: i32) -> Vec<(String, Certainty)> {
    data.claims_during(year)
        .iter()
        .filter(|m| m.islands().iter().any(|i| i.as_str() == "chagos-archipelago"))
        .map(|m| (m.position().holder.as_str().to_owned(), m.certainty()))
        .collect()
}

/// The positions `holder` holds with `stance`, at any time.
fn held<'a>(data: &'a Dataset, holder: &str, stance: Stance) -> Vec<&'a Position> {
    data.query().holder(&id(holder)).stance(stance).run().expect("known ids").iter().map(|m| m.position()).collect()
}

#[test]
fn loads_without_warnings() {
    let data = data();
    assert!(data.warnings().is_empty(), "unexplained warnings: {:#?}", data.warnings());
    assert!(data.events().len() >= 20);
}

#[test]
fn the_biot_order_detached_the_archipelago_on_8_november_1965() {
    let data = data();
    let order = event(data, "biot-order-1965");
    assert_eq!(order.kind, EventKind::Decree);
    assert_eq!(days(order), (day(1965, 11, 8), day(1965, 11, 8)));
    assert_eq!(role_of(order, "united-kingdom"), [Role::Author]);
    assert!(order.islands.iter().any(|i| i.as_str() == "chagos-archipelago"));
}

#[test]
fn the_lancaster_house_undertakings_come_before_the_order_and_independence_after() {
    let data = data();
    let lancaster = days(event(data, "lancaster-house-undertakings-1965")).0;
    let order = days(event(data, "biot-order-1965")).0;
    let independence = event(data, "mauritius-independence-1968");
    assert_eq!(lancaster, day(1965, 9, 23));
    assert!(lancaster < order);
    assert_eq!(days(independence), (day(1968, 3, 12), day(1968, 3, 12)));
    assert!(independence.islands.is_empty(), "independence handed over no Chagos island");
}

#[test]
fn mauritius_exists_as_a_state_from_independence() {
    let data = data();
    let mauritius = data.party(&id("mauritius")).expect("mauritius");
    assert_eq!(mauritius.kind, PartyKind::State);
    let exists = mauritius.exists.as_ref().expect("an existence period");
    assert_eq!(exists.hull().first(), Some(day(1968, 3, 12)));
    assert!(matches!(exists.end(), PeriodEnd::Open));
}

#[test]
fn in_1966_only_the_united_kingdom_claims_the_archipelago() {
    let data = data();
    let claims = claimants(data, 1966);
    assert_eq!(claims, [("united-kingdom".to_owned(), Certainty::Definite)]);
}

#[test]
fn in_2020_mauritius_and_the_united_kingdom_both_surely_claim_it() {
    let data = data();
    let claims = claimants(data, 2020);
    assert!(claims.contains(&("united-kingdom".to_owned(), Certainty::Definite)), "{claims:?}");
    assert!(claims.contains(&("mauritius".to_owned(), Certainty::Definite)), "{claims:?}");
    assert!(!claims.iter().any(|(h, _)| h == "maldives"), "the Maldives claims only from 2024");
}

#[test]
fn the_mauritian_claim_is_dated_only_to_the_1970s() {
    let data = data();
    let in_1970: Vec<_> = claimants(data, 1970).into_iter().filter(|(h, _)| h == "mauritius").collect();
    assert_eq!(in_1970, [("mauritius".to_owned(), Certainty::Possible)]);
    let in_1980: Vec<_> = claimants(data, 1980).into_iter().filter(|(h, _)| h == "mauritius").collect();
    assert_eq!(in_1980, [("mauritius".to_owned(), Certainty::Definite)]);
}

#[test]
fn the_chagossians_were_removed_by_the_united_kingdom_1967_to_1973() {
    let data = data();
    let people = data.party(&id("chagossians")).expect("chagossians");
    assert_eq!(people.kind, PartyKind::People);
    let removal = event(data, "chagossian-removal-1967-1973");
    assert_eq!(removal.kind, EventKind::Expulsion);
    assert_eq!(days(removal), (day(1967, 1, 1), day(1973, 12, 31)));
    assert_eq!(role_of(removal, "united-kingdom"), [Role::Actor]);
    assert_eq!(role_of(removal, "chagossians"), [Role::Target]);
    let diego = event(data, "diego-garcia-removal-1971");
    assert_eq!(days(diego), (day(1971, 7, 1), day(1971, 9, 30)));
}

#[test]
fn the_united_states_leases_diego_garcia_from_the_united_kingdom_for_fixed_terms() {
    let data = data();
    let leases = held(data, "united-states", Stance::Leases);
    assert_eq!(leases.len(), 2);
    for lease in &leases {
        assert_eq!(lease.counterpart.as_ref().map(|c| c.as_str()), Some("united-kingdom"));
        assert!(lease.planned_end, "{} has an end fixed in advance", lease.id);
        assert_eq!(lease.islands.iter().map(|i| i.as_str()).collect::<Vec<_>>(), ["diego-garcia"]);
    }
    let first = leases.iter().map(|l| l.period.hull().first().expect("a start")).min();
    assert_eq!(first, Some(day(1966, 12, 30)));
    let last = leases.iter().map(|l| l.period.hull().last().expect("an end")).max();
    assert_eq!(last, Some(day(2036, 12, 31)));
}

#[test]
fn the_icj_opinion_is_advice_not_an_adjudication() {
    let data = data();
    let opinion = event(data, "icj-advisory-opinion-2019");
    assert_eq!(opinion.kind, EventKind::Ruling);
    assert_eq!(days(opinion), (day(2019, 2, 25), day(2019, 2, 25)));
    assert_eq!(role_of(opinion, "international-court-of-justice"), [Role::Adjudicator]);
    for state in ["united-kingdom", "mauritius"] {
        let roles = role_of(opinion, state);
        assert!(
            !roles.iter().any(|r| matches!(r, Role::Applicant | Role::Respondent | Role::Party | Role::Claimant)),
            "{state}: {roles:?}"
        );
    }
    assert!(
        data.all_positions()
            .iter()
            .all(|p| p.ended_by.as_ref().map(|e| e.as_str()) != Some("icj-advisory-opinion-2019"))
    );
}

#[test]
fn the_united_kingdom_rejects_the_opinion_and_mauritius_accepts_it() {
    let data = data();
    let stance_on = |holder: &str, stance: Stance| {
        held(data, holder, stance)
            .iter()
            .any(|p| p.regarding.as_ref().map(|e| e.as_str()) == Some("icj-advisory-opinion-2019"))
    };
    assert!(stance_on("united-kingdom", Stance::Rejects));
    assert!(stance_on("mauritius", Stance::Accepts));
    assert!(!stance_on("united-kingdom", Stance::Accepts));
}

#[test]
fn the_mpa_award_of_18_march_2015_was_pleaded_by_both_and_decided_no_sovereignty() {
    let data = data();
    let award = event(data, "mpa-award-2015");
    assert_eq!(award.kind, EventKind::Ruling);
    assert_eq!(days(award), (day(2015, 3, 18), day(2015, 3, 18)));
    assert_eq!(role_of(award, "mauritius"), [Role::Applicant]);
    assert_eq!(role_of(award, "united-kingdom"), [Role::Respondent]);
    assert_eq!(role_of(award, "chagos-mpa-tribunal"), [Role::Adjudicator]);
    assert!(data.all_positions().iter().all(|p| p.ended_by.as_ref().map(|e| e.as_str()) != Some("mpa-award-2015")));
}

#[test]
fn resolution_73_295_backs_mauritius_from_22_may_2019() {
    let data = data();
    let resolution = event(data, "unga-73-295-2019");
    assert_eq!(resolution.kind, EventKind::Resolution);
    assert_eq!(days(resolution), (day(2019, 5, 22), day(2019, 5, 22)));
    let support = held(data, "un-general-assembly", Stance::SupportsClaimOf);
    assert_eq!(support.len(), 1);
    assert_eq!(support[0].counterpart.as_ref().map(|c| c.as_str()), Some("mauritius"));
    assert_eq!(support[0].period.hull().first(), Some(day(2019, 5, 22)));
}

#[test]
fn the_itlos_special_chamber_ruled_on_28_january_2021_between_mauritius_and_the_maldives() {
    let data = data();
    let judgment = event(data, "itlos-preliminary-objections-2021");
    assert_eq!(days(judgment), (day(2021, 1, 28), day(2021, 1, 28)));
    assert_eq!(role_of(judgment, "maldives"), [Role::Respondent]);
    assert_eq!(role_of(judgment, "mauritius"), [Role::Applicant]);
    assert!(role_of(judgment, "united-kingdom").is_empty(), "the UK was no party");
}

#[test]
fn blenheim_reef_is_a_low_tide_elevation_of_the_archipelago() {
    let data = data();
    let reef = data.island(&id("blenheim-reef")).expect("blenheim-reef");
    assert_eq!(reef.kind, IslandKind::LowTideElevation);
    assert_eq!(reef.part_of.as_ref().map(|i| i.as_str()), Some("chagos-archipelago"));
}

#[test]
fn the_2025_treaty_is_signed_but_no_transfer_has_happened() {
    let data = data();
    let treaty = event(data, "treaty-signed-2025");
    assert_eq!(treaty.kind, EventKind::Treaty);
    assert_eq!(days(treaty), (day(2025, 5, 22), day(2025, 5, 22)));
    assert_eq!(role_of(treaty, "united-kingdom"), [Role::Signatory]);
    assert_eq!(role_of(treaty, "mauritius"), [Role::Signatory]);
    assert!(data.events().iter().all(|e| e.kind != EventKind::Transfer), "no transfer day is in the sources");
    let promise: Vec<_> = held(data, "united-kingdom", Stance::PromisedTransfer)
        .into_iter()
        .filter(|p| p.established_by.as_ref().map(|e| e.as_str()) == Some("treaty-signed-2025"))
        .collect();
    assert_eq!(promise.len(), 1);
    assert!(promise[0].conditions.as_deref().is_some_and(|c| c.contains("entry into force")));
    let uk_claim = held(data, "united-kingdom", Stance::ClaimsSovereignty).into_iter().next().expect("the UK claim");
    assert!(matches!(uk_claim.period.end(), PeriodEnd::Open), "the UK claim runs on until entry into force");
}

#[test]
fn the_2024_offer_became_the_2025_promise_on_the_day_of_signature() {
    let data = data();
    let offer = held(data, "united-kingdom", Stance::OffersTransfer).into_iter().next().expect("the 2024 offer");
    assert_eq!(offer.period.hull().first(), Some(day(2024, 10, 3)));
    assert_eq!(offer.period.hull().last(), Some(day(2025, 5, 22)));
    assert_eq!(offer.ended_by.as_ref().map(|e| e.as_str()), Some("treaty-signed-2025"));
}

#[test]
fn the_dispute_between_mauritius_and_the_united_kingdom_is_found_and_still_open() {
    let data = data();
    let between = |year: i32| {
        data.disputes_during(year).iter().any(|m| {
            let d = m.dispute();
            let mut parties = d.parties().map(|p| p.as_str());
            parties.sort_unstable();
            parties == ["mauritius", "united-kingdom"]
        })
    };
    assert!(!between(1965), "no dispute before Mauritius existed");
    assert!(between(1985));
    assert!(between(2019));
    let dispute = data
        .disputes()
        .into_iter()
        .find(|d| {
            let mut p = d.parties().map(|p| p.as_str());
            p.sort_unstable();
            p == ["mauritius", "united-kingdom"]
        })
        .expect("the dispute");
    assert_eq!(dispute.outcome(), Outcome::Ongoing);
}

#[test]
fn the_maldives_backed_mauritius_in_2023_and_claims_for_itself_from_late_2024() {
    let data = data();
    let at = |date: NaiveDate, stance: Stance| {
        data.positions_during(date).iter().any(|m| m.position().holder.as_str() == "maldives" && m.stance() == stance)
    };
    assert!(at(day(2023, 6, 1), Stance::SupportsClaimOf));
    assert!(!at(day(2023, 6, 1), Stance::ClaimsSovereignty));
    assert!(at(day(2025, 1, 1), Stance::ClaimsSovereignty));
    assert!(!at(day(2025, 1, 1), Stance::SupportsClaimOf));
}

#[test]
fn no_conflicting_accounts_of_the_two_main_parties() {
    let data = data();
    for conflict in data.conflicts() {
        if let Some(pair) = conflict.as_positions() {
            let (a, b) = pair.positions();
            for holder in [&a.holder, &b.holder] {
                assert!(!["united-kingdom", "mauritius"].contains(&holder.as_str()), "{} / {}", a.id, b.id);
            }
        }
    }
}

#[test]
fn the_1965_undertaking_was_given_to_the_colony_and_stands_towards_the_state_from_independence() {
    let data = data();
    let promises = held(data, "united-kingdom", Stance::PromisedTransfer);
    let to = |slug: &str| promises.iter().find(|p| p.id.as_str() == slug).unwrap_or_else(|| panic!("no {slug}"));
    let colony = to("uk-promise-defence-1965");
    assert_eq!(colony.counterpart.as_ref().map(|c| c.as_str()), Some("colony-of-mauritius"));
    assert_eq!(colony.period.hull().last(), Some(day(1968, 3, 11)));
    let state = to("uk-promise-defence-1968");
    assert_eq!(state.counterpart.as_ref().map(|c| c.as_str()), Some("mauritius"));
    assert_eq!(state.period.hull().first(), Some(day(1968, 3, 12)));
    assert_eq!(state.established_by.as_ref().map(|e| e.as_str()), Some("mauritius-independence-1968"));
}

#[test]
fn the_uk_rejections_of_2019_are_not_stated_as_holding_to_this_day() {
    let data = data();
    let rejections: Vec<_> = held(data, "united-kingdom", Stance::Rejects)
        .into_iter()
        .filter(|p| ["uk-rejects-icj-opinion", "uk-rejects-unga-73-295"].contains(&p.id.as_str()))
        .collect();
    assert_eq!(rejections.len(), 2);
    for p in rejections {
        assert!(!matches!(p.period.end(), PeriodEnd::Open), "{}: no source after 2020", p.id);
    }
}

#[test]
fn the_maldivian_letter_to_the_uk_is_dated_8_november_2024() {
    let data = data();
    let letter = event(data, "muizzu-letter-2024");
    assert_eq!(days(letter), (day(2024, 11, 8), day(2024, 11, 8)));
    let claim = held(data, "maldives", Stance::ClaimsSovereignty).into_iter().next().expect("the claim");
    assert_eq!(claim.period.hull().first(), Some(day(2024, 11, 8)));
}
