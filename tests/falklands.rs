//! The Falkland Islands / Islas Malvinas dataset (data/falklands/falklands.json): the facts a
//! historian checks first, asked through the public query API. Each test names the fact of
//! data/falklands/facts.md it rests on; where the governments' accounts differ, the test checks
//! that both are kept, and that `conflicts()` finds the disagreement where one is modelled.

use island_claims::chrono::NaiveDate;
use island_claims::{Certainty, ConflictKind, Dataset, Event, EventKind, Match, PartyKind, Role, Stance};

mod common;
use common::{day, event, id};

fn data() -> &'static Dataset {
    island_claims::datasets::falklands()
}

/// The first and last possible day of an event.
fn days(e: &Event) -> (NaiveDate, NaiveDate) {
    let hull = e.when.hull();
    (hull.first().expect("a first day"), hull.last().expect("a last day"))
}

fn took_part(e: &Event, party: &str, role: Role) -> bool {
    e.participants.iter().any(|p| p.party.as_str() == party && p.role == role)
}

/// Who administers `island` on `date`, and how surely: (party, position id, certainty).
fn administrators(data: &Dataset, island: &str, date: NaiveDate) -> Vec<(String, String, Certainty)> {
    data.query()
        .island(&id(island))
        .stance(Stance::Administers)
        .during(date)
        .run()
        .expect("a valid query")
        .iter()
        .map(|m: &Match<'_>| (m.party().to_string(), m.position().id.to_string(), m.certainty()))
        .collect()
}

/// The parties that surely administer `island` on `date`.
fn surely_administering(data: &Dataset, island: &str, date: NaiveDate) -> Vec<String> {
    let mut v: Vec<String> = administrators(data, island, date)
        .into_iter()
        .filter(|(_, _, c)| *c == Certainty::Definite)
        .map(|(p, _, _)| p)
        .collect();
    v.sort();
    v.dedup();
    v
}

/// The parties with a claim (claims_sovereignty or demands_transfer) in `year`, and how surely.
fn claimants(data: &Dataset, year: i32) -> Vec<(String, Certainty)> {
    let mut v: Vec<(String, Certainty)> =
        data.claims_during(year).into_iter().map(|m| (m.party().to_string(), m.certainty())).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v.dedup_by(|a, b| a.0 == b.0);
    v
}

/// The disputes of `year` as "a vs b" (parties in the dispute's order), with certainty.
fn disputes(data: &Dataset, year: i32) -> Vec<(String, Certainty)> {
    let mut v: Vec<(String, Certainty)> = data
        .disputes_during(year)
        .into_iter()
        .map(|m| {
            let d = m.dispute();
            let [a, b] = d.parties();
            (format!("{a} vs {b}"), m.certainty())
        })
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

#[test]
fn loads_without_errors_or_warnings_and_every_source_is_dated() {
    let data = data();
    assert!(data.warnings().is_empty(), "unexplained warnings: {:#?}", data.warnings());
    assert!(data.events().iter().all(|e| !e.attributions.is_empty()));
    assert!(data.all_positions().iter().all(|p| !p.attributions.is_empty()));
    for s in data.sources() {
        assert!(s.id.as_str().starts_with("falk-"), "source '{}' lacks the dataset prefix", s.id);
        assert!(s.published.is_some() || s.accessed.is_some(), "source '{}' is undated", s.id);
    }
    assert!((15..=30).contains(&data.all_positions().len()));
    assert!((20..=40).contains(&data.events().len()));
}

/// F01, F06: the French founded Port Saint Louis in 1764 and handed it to Spain on 1767-04-01.
#[test]
fn the_french_settlement_passed_to_spain_on_1_april_1767() {
    let data = data();
    assert_eq!(surely_administering(data, "east-falkland", day(1766, 6, 1)), ["kingdom-of-france"]);
    assert_eq!(surely_administering(data, "east-falkland", day(1767, 4, 2)), ["spain"]);
    let handover = event(data, "port-louis-handover-1767");
    assert_eq!(handover.kind, EventKind::Transfer);
    assert_eq!(days(handover), (day(1767, 4, 1), day(1767, 4, 1)));
    assert!(took_part(handover, "kingdom-of-france", Role::Seller) && took_part(handover, "spain", Role::Buyer));
    let paid = event(data, "spain-reimburses-bougainville-1766");
    assert_eq!((paid.kind, days(paid).0), (EventKind::Purchase, day(1766, 1, 1)));
}

/// F03, F04: Byron took possession on 1765-01-23; Macbride settled Port Egmont in January 1766.
#[test]
fn britain_claimed_from_byrons_landing_and_settled_port_egmont_in_1766() {
    let data = data();
    let byron = event(data, "byron-takes-possession-1765");
    assert_eq!(days(byron), (day(1765, 1, 23), day(1765, 1, 23)));
    assert!(took_part(byron, "great-britain", Role::Actor));
    let claim = data.all_positions().iter().find(|p| p.id.as_str() == "great-britain-claims-1765").expect("the claim");
    assert_eq!(claim.established_by.as_ref().map(|e| e.as_str()), Some("byron-takes-possession-1765"));
    // In 1766 three crowns claimed the islands at once.
    let names: Vec<String> = claimants(data, 1766).into_iter().map(|(p, _)| p).collect();
    assert_eq!(names, ["great-britain", "kingdom-of-france", "spain"]);
    assert_eq!(surely_administering(data, "saunders-island", day(1766, 2, 1)), ["great-britain"]);
}

/// F08, F09, F10: Spain took Port Egmont on 1770-06-10, promised it back on 1771-01-22 with a
/// reservation of sovereignty, and Britain held it again until 1774.
#[test]
fn port_egmont_was_taken_in_1770_and_restored_in_1771_without_prejudice_to_sovereignty() {
    let data = data();
    assert_eq!(surely_administering(data, "saunders-island", day(1770, 7, 1)), ["spain"]);
    assert_eq!(surely_administering(data, "saunders-island", day(1772, 6, 1)), ["great-britain"]);
    let declaration = event(data, "masserano-declaration-1771");
    assert_eq!(days(declaration).0, day(1771, 1, 22));
    let text = declaration.attributions.iter().find_map(|a| a.quote.as_deref().filter(|q| q.contains("souveraineté")));
    assert!(text.is_some_and(|q| q.contains("droit antérieur de souveraineté")), "the reservation is quoted");
    // Spain recognised British administration at Port Egmont, not British sovereignty, and kept claiming.
    let recognising = data
        .query()
        .holder(&id("spain"))
        .stance(Stance::RecognisesAdministrationOf)
        .during(day(1773, 1, 1))
        .run()
        .expect("a valid query");
    assert_eq!(recognising.len(), 1);
    assert!(claimants(data, 1773).contains(&("spain".to_string(), Certainty::Definite)));
}

/// F11: Britain withdrew in May 1774 but left a plaque; its claim went on while nobody British was there.
#[test]
fn after_1774_britain_claimed_without_holding_anything() {
    let data = data();
    assert!(administrators(data, "saunders-island", day(1780, 1, 1)).is_empty());
    assert_eq!(surely_administering(data, "east-falkland", day(1780, 1, 1)), ["spain"]);
    assert!(claimants(data, 1780).contains(&("great-britain".to_string(), Certainty::Definite)));
    let withdrawal = event(data, "british-withdrawal-1774");
    // Four pages agree on May 1774 (20 or 21 May): the month, not the day.
    assert_eq!(days(withdrawal), (day(1774, 5, 1), day(1774, 5, 31)));
}

/// F13: the Spanish left Puerto Soledad on 1811-02-13; nobody held the islands in 1815.
#[test]
fn spain_left_in_1811_and_the_islands_were_empty_of_government_until_the_1820s() {
    let data = data();
    assert_eq!(surely_administering(data, "east-falkland", day(1811, 2, 13)), ["spain"]);
    assert!(administrators(data, "falkland-islands", day(1815, 1, 1)).is_empty());
    let evacuation = event(data, "spanish-evacuation-1811");
    assert_eq!(days(evacuation).0, day(1811, 2, 13));
}

/// F16, F00f: Jewett's possession of 1820-11-06 for the United Provinces begins Argentina's claim;
/// the United Provinces are written as Argentina, not as a predecessor state.
#[test]
fn argentinas_claim_runs_from_jewetts_act_of_1820_and_the_united_provinces_are_argentina() {
    let data = data();
    let jewett = event(data, "jewett-possession-1820");
    assert_eq!(days(jewett), (day(1820, 11, 6), day(1820, 11, 6)));
    let claims = data.claims_during(day(1820, 11, 6));
    assert!(
        claims
            .iter()
            .any(|m| m.position().id.as_str() == "argentina-claims-1820" && m.certainty() == Certainty::Definite)
    );
    let argentina = data.party(&id("argentina")).expect("argentina");
    assert!(argentina.successor_of.is_empty());
    assert!(data.party(&id("united-provinces")).is_none());
    // The claim still holds today.
    assert!(claimants(data, 2024).contains(&("argentina".to_string(), Certainty::Definite)));
}

/// F20, F22: the decree of 1829-06-10 and the British protest of 1829-11-19, in the UK's words.
#[test]
fn the_1829_decree_drew_a_british_protest_on_19_november() {
    let data = data();
    let decree = event(data, "decree-1829");
    assert_eq!((decree.kind, days(decree).0), (EventKind::Decree, day(1829, 6, 10)));
    let protest = event(data, "uk-protest-1829");
    assert_eq!((protest.kind, days(protest).0), (EventKind::Protest, day(1829, 11, 19)));
    assert!(protest.attributions.iter().any(|a| a.account_of.as_ref().is_some_and(|p| p.as_str() == "united-kingdom")));
    assert!(took_part(protest, "argentina", Role::Addressee));
}

/// F16, section 9: Argentina's account (whole archipelago, 1820-1833) and the neutral timeline
/// (East Falkland only, 1829-1831 and 1832-1833) are both kept, and conflicts() finds them.
#[test]
fn argentine_administration_before_1833_is_kept_in_both_accounts() {
    let data = data();
    let in_1825 = administrators(data, "east-falkland", day(1825, 1, 1));
    assert_eq!(
        in_1825.iter().map(|(_, p, _)| p.as_str()).collect::<Vec<_>>(),
        ["argentina-administers-1820-per-argentina"]
    );
    let scope: Vec<(String, String)> = data
        .conflicts()
        .iter()
        .filter_map(|c| c.as_positions())
        .filter(|c| c.party().as_str() == "argentina" && c.kind() == ConflictKind::Scope)
        .map(|c| (c.positions().0.id.to_string(), c.positions().1.id.to_string()))
        .collect();
    for neutral in ["argentina-administers-1829", "argentina-administers-1832"] {
        assert!(
            scope.iter().any(|(a, b)| [a.as_str(), b.as_str()].contains(&neutral)
                && [a.as_str(), b.as_str()].contains(&"argentina-administers-1820-per-argentina")),
            "{neutral} against Argentina's account: {scope:?}"
        );
    }
}

/// F05: was the 1766-1767 transfer a sale, or France recognising Spain's sovereignty? Both kept.
#[test]
fn the_french_transfer_is_a_sale_in_one_account_and_a_recognition_in_argentinas() {
    let data = data();
    let conflict = data
        .conflicts()
        .iter()
        .filter_map(|c| c.as_positions())
        .find(|c| c.party().as_str() == "kingdom-of-france" && c.kind() == ConflictKind::Stance)
        .map(|c| {
            let (a, b) = c.positions();
            let mut ids = [a.id.to_string(), b.id.to_string()];
            ids.sort();
            ids
        });
    assert_eq!(
        conflict,
        Some([
            "kingdom-of-france-claims-1764".to_string(),
            "kingdom-of-france-recognises-spain-per-argentina".to_string()
        ])
    );
}

/// F25, F26: 1833-01-03, the British return: a reassertion in the UK's account, an expulsion of
/// authorities and population in Argentina's. Two records of one happening, linked by same_as.
#[test]
fn on_3_january_1833_the_british_returned_and_the_two_accounts_differ() {
    let data = data();
    let british = event(data, "british-return-1833");
    let argentine = event(data, "expulsion-1833-per-argentina");
    assert_eq!(days(british), (day(1833, 1, 3), day(1833, 1, 3)));
    assert_eq!(days(argentine), days(british));
    assert_eq!(argentine.kind, EventKind::Expulsion);
    assert_eq!(argentine.same_as.as_ref().map(|e| e.as_str()), Some("british-return-1833"));
    assert!(argentine.attributions.iter().all(|a| a.account_of.as_ref().is_some_and(|p| p.as_str() == "argentina")));
    assert!(british.attributions.iter().any(|a| a.account_of.as_ref().is_some_and(|p| p.as_str() == "united-kingdom")));
    assert!(surely_administering(data, "east-falkland", day(1833, 1, 2)).contains(&"argentina".to_string()));
    assert_eq!(surely_administering(data, "east-falkland", day(1833, 1, 4)), ["united-kingdom"]);
}

/// F34-F37: invaded 1982-04-02, resolution 502 on 04-03, surrender 06-14: Argentina administered
/// for those weeks only.
#[test]
fn argentina_held_the_islands_from_2_april_to_14_june_1982() {
    let data = data();
    assert_eq!(surely_administering(data, "falkland-islands", day(1982, 4, 1)), ["united-kingdom"]);
    assert_eq!(surely_administering(data, "falkland-islands", day(1982, 5, 1)), ["argentina"]);
    assert_eq!(surely_administering(data, "falkland-islands", day(1982, 6, 15)), ["united-kingdom"]);
    let invasion = event(data, "invasion-1982");
    assert_eq!((invasion.kind, days(invasion).0), (EventKind::MilitaryAction, day(1982, 4, 2)));
    let resolution = event(data, "unsc-502");
    assert_eq!((resolution.kind, days(resolution).0), (EventKind::Resolution, day(1982, 4, 3)));
    assert!(took_part(resolution, "united-nations", Role::Author));
    let surrender = event(data, "surrender-1982");
    assert_eq!(days(surrender), (day(1982, 6, 14), day(1982, 6, 14)));
    let occupation = data.all_positions().iter().find(|p| p.id.as_str() == "argentina-administers-1982").expect("1982");
    assert_eq!(occupation.ended_by.as_ref().map(|e| e.as_str()), Some("surrender-1982"));
}

/// F30: resolution 2065 of 1965-12-16 recognised a sovereignty dispute; Argentina invokes it.
#[test]
fn resolution_2065_recognised_the_dispute_in_1965() {
    let data = data();
    let r = event(data, "unga-2065");
    assert_eq!((r.kind, days(r).0), (EventKind::Resolution, day(1965, 12, 16)));
    let un = data
        .query()
        .holder(&id("united-nations"))
        .stance(Stance::AcknowledgesDispute)
        .during(1966)
        .run()
        .expect("a valid query");
    assert_eq!(un.len(), 1);
    let accepting = data.query().holder(&id("argentina")).stance(Stance::Accepts).during(1970).run().expect("query");
    assert!(accepting.iter().any(|m| m.position().regarding.as_ref().is_some_and(|e| e.as_str() == "unga-2065")));
}

/// F39, F40: relations resumed under the sovereignty formula: joint statements of delegations
/// (negotiators, not signatories), 1989-10-19 and 1990-02-15; neither ended a claim.
#[test]
fn the_madrid_statements_of_1989_and_1990_left_sovereignty_under_the_umbrella() {
    let data = data();
    for (slug, on) in [("madrid-1989", day(1989, 10, 19)), ("madrid-1990", day(1990, 2, 15))] {
        let e = event(data, slug);
        assert_eq!((e.kind, days(e).0), (EventKind::JointStatement, on), "{slug}");
        assert!(took_part(e, "argentina", Role::Negotiator) && took_part(e, "united-kingdom", Role::Negotiator));
        assert!(!e.participants.iter().any(|p| p.role == Role::Signatory), "{slug}");
        assert!(!data.all_positions().iter().any(|p| p.ended_by.as_ref().is_some_and(|x| x.as_str() == slug)));
    }
    let names: Vec<String> = claimants(data, 1991).into_iter().map(|(p, _)| p).collect();
    assert_eq!(names, ["argentina", "united-kingdom"]);
}

/// F41: the constitution of 1994 states the claim in its first transitory provision.
#[test]
fn the_1994_constitution_states_the_claim() {
    let data = data();
    let c = event(data, "constitution-1994");
    assert_eq!((c.kind, days(c).0), (EventKind::Legislation, day(1994, 8, 22)));
    assert!(c.attributions.iter().any(|a| a.locator.as_deref() == Some("Disposición transitoria primera")
        && a.quote.as_deref().is_some_and(|q| q.contains("imprescriptible soberanía"))));
    let demand = data
        .query()
        .holder(&id("argentina"))
        .stance(Stance::DemandsTransfer)
        .during(day(1995, 1, 1))
        .run()
        .expect("a valid query");
    assert_eq!(demand.len(), 1);
    assert_eq!(demand[0].position().counterpart.as_ref().map(|p| p.as_str()), Some("united-kingdom"));
}

/// F43-F46: the referendum of 10-11 March 2013: the Islanders are a people, the FIG a territory
/// part of the UK; the UK accepts the result and Argentina rejects it.
#[test]
fn the_2013_referendum_is_accepted_by_the_uk_and_rejected_by_argentina() {
    let data = data();
    let r = event(data, "referendum-2013");
    assert_eq!(r.kind, EventKind::Referendum);
    assert_eq!(days(r), (day(2013, 3, 10), day(2013, 3, 11)));
    assert_eq!(data.party(&id("falkland-islanders")).map(|p| p.kind), Some(PartyKind::People));
    let fig = data.party(&id("falkland-islands-government")).expect("the FIG");
    assert_eq!(fig.kind, PartyKind::Territory);
    assert!(fig.part_of.iter().any(|m| m.party.as_str() == "united-kingdom" && !m.attributions.is_empty()));
    for (holder, stance) in [("united-kingdom", Stance::Accepts), ("argentina", Stance::Rejects)] {
        let found = data.query().holder(&id(holder)).stance(stance).during(2014).run().expect("query");
        assert!(
            found.iter().any(|m| m.position().regarding.as_ref().is_some_and(|e| e.as_str() == "referendum-2013")),
            "{holder} {stance}"
        );
    }
}

/// Derived disputes: France, Britain and Spain in the 1760s; Britain (then the United Kingdom)
/// and Spain until 1811; Argentina and the United Kingdom since, ongoing.
#[test]
fn derived_disputes_follow_the_claims_from_the_1760s_to_today() {
    let data = data();
    let y1766: Vec<String> = disputes(data, 1766).into_iter().map(|(d, _)| d).collect();
    assert_eq!(y1766, ["great-britain vs kingdom-of-france", "kingdom-of-france vs spain", "united-kingdom vs spain"]);
    assert_eq!(disputes(data, 1900), [("argentina vs united-kingdom".to_string(), Certainty::Definite)]);
    assert_eq!(disputes(data, 2024), [("argentina vs united-kingdom".to_string(), Certainty::Definite)]);
    let all = data.disputes();
    let uk_spain = all
        .iter()
        .find(|d| d.parties().map(|p| p.as_str()) == ["united-kingdom", "spain"])
        .expect("Britain against Spain");
    // One dispute across the union of 1801: Great Britain, then the United Kingdom.
    assert_eq!(uk_spain.side(0).map(|p| p.as_str()).collect::<Vec<_>>(), ["great-britain", "united-kingdom"]);
    assert_eq!(uk_spain.possible().last(), Some(day(1811, 2, 13)));
    let current =
        all.iter().find(|d| d.parties().map(|p| p.as_str()) == ["argentina", "united-kingdom"]).expect("today's");
    assert_eq!(current.ongoing(), Some(Certainty::Definite));
    // F15: Argentina's claim of 1810-1820 is only its later account, written as contingent, so
    // queries count it as possible at most and the dispute with the United Kingdom is sure only
    // from Jewett's act of 1820-11-06.
    let early =
        data.all_positions().iter().find(|p| p.id.as_str() == "argentina-claims-1810-per-argentina").expect("1810");
    assert!(early.contingent && early.conditions.as_deref().is_some_and(|c| c.contains("Jewett")));
    assert!(early.attributions.iter().all(|a| a.account_of.as_ref().is_some_and(|p| p.as_str() == "argentina")));
    assert_eq!(current.possible().first(), Some(day(1810, 5, 25)));
    assert_eq!(current.definite().next().and_then(|r| r.first()), Some(day(1820, 11, 6)));
    let jewett = data.all_positions().iter().find(|p| p.id.as_str() == "argentina-claims-1820").expect("1820");
    assert!(!jewett.contingent);
    // A people or an organisation is never a side.
    for d in &all {
        for p in d.parties() {
            assert!(
                !["falkland-islanders", "united-nations", "falkland-islands-government"].contains(&p.as_str()),
                "{p}"
            );
        }
    }
}

/// F28: no British authority from the murders of 26 August 1833 to Smith's arrival in January 1834;
/// the British claim runs on through the gap.
#[test]
fn british_administration_lapsed_from_august_1833_to_january_1834() {
    let data = data();
    assert_eq!(surely_administering(data, "east-falkland", day(1833, 8, 26)), ["united-kingdom"]);
    assert!(administrators(data, "east-falkland", day(1833, 11, 1)).is_empty());
    assert_eq!(surely_administering(data, "east-falkland", day(1834, 2, 1)), ["united-kingdom"]);
    assert!(claimants(data, 1833).contains(&("united-kingdom".to_string(), Certainty::Definite)));
}

/// F49: in the talks after resolution 2065 the UK itself called sovereignty the subject of dispute.
#[test]
fn the_uk_acknowledged_the_dispute_in_the_talks_of_1969_to_1978() {
    let data = data();
    let found = data
        .query()
        .holder(&id("united-kingdom"))
        .stance(Stance::AcknowledgesDispute)
        .during(1970)
        .run()
        .expect("a valid query");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].certainty(), Certainty::Definite);
    assert_eq!(found[0].position().counterpart.as_ref().map(|p| p.as_str()), Some("argentina"));
    assert!(
        found[0]
            .position()
            .attributions
            .iter()
            .all(|a| a.account_of.as_ref().is_some_and(|p| p.as_str() == "united-kingdom"))
    );
}
