//! The Liancourt Rocks (Dokdo / Takeshima) dataset, asked through the public query API what a
//! historian checks first: who claimed and who held the rocks when, the prefecture's act of
//! 1905, the occupation directives of 1946, the Rhee line, Korea's presence from 1954, Japan's
//! three offers to go to the ICJ and Korea's refusals, and both parties' accounts of title kept
//! side by side (data/liancourt-rocks/facts.md).
//!
//! Three tests state what DESIGN.md (version 3) asks of contingent positions, of `holds_title`
//! conflicts and of a view as known at a day before an event's sources.

use chrono::NaiveDate;
use island_claims::{Certainty, Dataset, Event, EventKind, Match, PartyKind, Role, Stance};

mod common;
use common::{day, event, id};

fn data() -> &'static Dataset {
    island_claims::datasets::liancourt_rocks()
}

/// The one day an event happened on (its date must be a single day).
fn the_day(e: &Event) -> NaiveDate {
    let hull = e.when.hull();
    assert_eq!(hull.first(), hull.last(), "'{}' is not dated to one day", e.id);
    hull.first().expect("a first day")
}

/// The position ids among matches.
fn ids<'a>(matches: &[Match<'a>]) -> Vec<&'a str> {
    matches.iter().map(|m| m.position().id.as_str()).collect()
}

/// The claims a party holds on a day, with their certainty.
fn claims_of(data: &Dataset, party: &str, on: NaiveDate) -> Vec<(String, Certainty)> {
    data.claims_during(on)
        .iter()
        .filter(|m| m.party().as_str() == party)
        .map(|m| (m.position().id.to_string(), m.certainty()))
        .collect()
}

#[test]
fn loads_without_errors_or_warnings() {
    let data = data();
    assert!(data.warnings().is_empty(), "unexplained warnings: {:#?}", data.warnings());
    assert!((15..=30).contains(&data.all_positions().len()), "{} positions", data.all_positions().len());
    assert!((20..=40).contains(&data.events().len()), "{} events", data.events().len());
    for island in ["liancourt-rocks", "dokdo-dongdo", "dokdo-seodo"] {
        assert!(data.island(&id(island)).is_some(), "{island}");
    }
    let rocks = data.island(&id("liancourt-rocks")).expect("the group");
    assert_eq!(rocks.names.get("ko"), Some("독도"));
    assert_eq!(rocks.names.get("ja"), Some("竹島"));
}

#[test]
fn every_record_is_attributed_and_every_source_dated() {
    let data = data();
    assert!(data.events().iter().all(|e| !e.attributions.is_empty()));
    assert!(data.all_positions().iter().all(|p| !p.attributions.is_empty() && p.note.is_some()));
    for s in data.sources() {
        assert!(s.id.as_str().starts_with("lr-"), "source '{}' lacks the dataset prefix", s.id);
        assert!(s.published.is_some() || s.accessed.is_some(), "source '{}' is undated", s.id);
        assert!(s.url.is_some(), "source '{}' has no url", s.id);
    }
}

#[test]
fn shimane_is_a_prefecture_of_japan_and_its_administration_counts_for_japan() {
    let data = data();
    let shimane = data.party(&id("shimane-prefecture")).expect("shimane-prefecture");
    assert_eq!(shimane.kind, PartyKind::Territory);
    assert_eq!(shimane.part_of.iter().map(|m| m.party.as_str()).collect::<Vec<_>>(), ["japan"]);

    // Japan administered the rocks in 1920 only through its prefecture.
    let direct = data.query().holder(&id("japan")).stance(Stance::Administers).during(1920).run().expect("query");
    assert!(direct.is_empty(), "{:?}", ids(&direct));
    let with_parts = data
        .query()
        .holder(&id("japan"))
        .stance(Stance::Administers)
        .during(1920)
        .include_parts()
        .run()
        .expect("query");
    assert_eq!(ids(&with_parts), ["shimane-administers-1905"]);
    assert_eq!(with_parts[0].via_part().map(|p| p.as_str()), Some("japan"));
    assert_eq!(with_parts[0].position().holder.as_str(), "shimane-prefecture");
    assert_eq!(with_parts[0].certainty(), Certainty::Definite);
}

#[test]
fn the_1905_incorporation_cabinet_decision_then_prefectural_notice_40() {
    let data = data();
    let cabinet = event(data, "cabinet-decision-1905");
    assert_eq!(the_day(cabinet), day(1905, 1, 28));
    let notice = event(data, "shimane-notice-40-1905");
    assert_eq!(the_day(notice), day(1905, 2, 22));
    assert_eq!(notice.kind, EventKind::Decree);
    assert!(notice.participants.iter().any(|p| p.party.as_str() == "shimane-prefecture" && p.role == Role::Author));
    let admin = data.position(&id("shimane-administers-1905")).expect("the prefecture's administration");
    assert_eq!(admin.established_by.as_ref().map(|e| e.as_str()), Some("shimane-notice-40-1905"));
    assert_eq!(admin.period.hull().first(), Some(day(1905, 2, 22)));
}

#[test]
fn japan_claims_from_the_cabinet_decision_to_today_and_not_before() {
    let data = data();
    assert!(claims_of(data, "japan", day(1905, 1, 27)).is_empty());
    assert_eq!(claims_of(data, "japan", day(1905, 1, 28)), [("japan-claims-1905".to_string(), Certainty::Definite)]);
    // Not interrupted by the occupation: SCAPIN-677 suspended administration, not the claim.
    assert_eq!(claims_of(data, "japan", day(1950, 1, 1)).len(), 1);
    assert_eq!(claims_of(data, "japan", day(2024, 2, 22)).len(), 1);
    // Japan's account of title since the 17th century is title, not a claim.
    let title = data.query().holder(&id("japan")).stance(Stance::HoldsTitle).during(1700).run().expect("query");
    assert_eq!(ids(&title), ["japan-title-japanese-account"]);
    assert!(
        title[0].position().attributions.iter().all(|a| a.account_of.as_ref().map(|p| p.as_str()) == Some("japan"))
    );
}

#[test]
fn the_petition_of_1904_and_koreas_answer_of_1906_are_dated_to_the_day() {
    let data = data();
    assert_eq!(the_day(event(data, "nakai-petition-1904")), day(1904, 9, 29));
    assert_eq!(the_day(event(data, "uldo-magistrate-report-1906")), day(1906, 3, 29));
    let directive = event(data, "state-council-directive-3-1906");
    assert_eq!(the_day(directive), day(1906, 5, 10));
    assert!(directive.attributions.iter().all(|a| a.account_of.as_ref().map(|p| p.as_str()) == Some("south-korea")));
}

#[test]
fn scapin_677_ends_japanese_administration_and_scapin_1033_draws_the_macarthur_line() {
    let data = data();
    let scapin = event(data, "lr-scapin-677");
    assert_eq!(the_day(scapin), day(1946, 1, 29));
    assert!(scapin.participants.iter().any(|p| p.party.as_str() == "scap" && p.role == Role::Author));
    let admin = data.position(&id("shimane-administers-1905")).expect("admin");
    assert_eq!(admin.ended_by.as_ref().map(|e| e.as_str()), Some("lr-scapin-677"));
    let after = data
        .query()
        .holder(&id("japan"))
        .stance(Stance::Administers)
        .during(day(1946, 6, 1))
        .include_parts()
        .run()
        .expect("query");
    assert!(after.is_empty(), "{:?}", ids(&after));
    assert_eq!(the_day(event(data, "scapin-1033-macarthur-line")), day(1946, 6, 22));
    assert_eq!(the_day(event(data, "macarthur-line-abolished")), day(1952, 4, 25));
}

#[test]
fn imperial_edict_41_is_a_claim_that_depends_on_seokdo_being_dokdo() {
    let data = data();
    let edict = event(data, "imperial-edict-41-1900");
    assert_eq!(the_day(edict), day(1900, 10, 25));
    let claim = data.position(&id("korean-empire-edict-41-claim")).expect("the edict's claim");
    assert!(claim.contingent);
    assert!(claim.conditions.as_deref().is_some_and(|c| c.contains("Seokdo")));
    assert_eq!(claim.established_by.as_ref().map(|e| e.as_str()), Some("imperial-edict-41-1900"));
    assert_eq!(claims_of(data, "korean-empire", day(1901, 1, 1)).len(), 1);
    assert!(claims_of(data, "korean-empire", day(1900, 10, 24)).is_empty());
}

#[test]
fn a_contingent_claim_is_only_possible() {
    let data = data();
    assert_eq!(
        claims_of(data, "korean-empire", day(1901, 1, 1)),
        [("korean-empire-edict-41-claim".to_string(), Certainty::Possible)]
    );
    let d = data.disputes_during(1906);
    let empire = d.iter().find(|m| m.dispute().parties().iter().any(|p| p.as_str() == "korean-empire"));
    assert_eq!(empire.map(|m| m.certainty()), Some(Certainty::Possible));
}

#[test]
fn the_republics_claim_starts_with_its_1951_note_and_japan_protests_the_rhee_line() {
    let data = data();
    // The ROK asked the United States on 1951-07-19 that Japan renounce "Dokdo" (second review).
    let note = event(data, "korea-request-dokdo-1951");
    assert_eq!(the_day(note), day(1951, 7, 19));
    assert!(note.participants.iter().any(|p| p.party.as_str() == "united-states" && p.role == Role::Addressee));
    assert_eq!(
        claims_of(data, "south-korea", day(1951, 7, 19)),
        [("south-korea-claims-1951".to_string(), Certainty::Definite)]
    );
    // Before it, only Korea's own account of a claim since 1948.
    assert_eq!(
        claims_of(data, "south-korea", day(1951, 7, 18)),
        [("south-korea-claims-1948-korean-account".to_string(), Certainty::Definite)]
    );
    let claim = data.position(&id("south-korea-claims-1951")).expect("claim");
    assert_eq!(claim.established_by.as_ref().map(|e| e.as_str()), Some("korea-request-dokdo-1951"));
    // The Rhee line made it public; the claim goes on through it.
    let rhee = event(data, "rhee-line-1952");
    assert_eq!(the_day(rhee), day(1952, 1, 18));
    assert_eq!(
        claims_of(data, "south-korea", day(1952, 1, 18)),
        [("south-korea-claims-1951".to_string(), Certainty::Definite)]
    );
    let protest = data
        .query()
        .holder(&id("japan"))
        .stance(Stance::DisputesSovereigntyOf)
        .during(day(1952, 1, 28))
        .run()
        .expect("query");
    assert_eq!(ids(&protest), ["japan-disputes-korea-1952"]);
    assert_eq!(protest[0].counterpart().map(|p| p.as_str()), Some("south-korea"));
    assert!(
        data.query()
            .holder(&id("japan"))
            .stance(Stance::DisputesSovereigntyOf)
            .during(day(1952, 1, 27))
            .run()
            .expect("query")
            .is_empty()
    );
}

#[test]
fn korea_holds_the_rocks_from_1954_with_police_and_its_earlier_dates_are_kept_as_accounts() {
    let data = data();
    let held = |on: NaiveDate| {
        data.query().holder(&id("south-korea")).stance(Stance::Administers).during(on).run().expect("query")
    };
    let in_1960 = held(day(1960, 6, 1));
    let mut all = ids(&in_1960);
    all.sort_unstable();
    assert_eq!(
        all,
        [
            "south-korea-administers-1948-korean-account",
            "south-korea-administers-1952-reference",
            "south-korea-administers-1954"
        ]
    );
    assert!(in_1960.iter().all(|m| m.certainty() == Certainty::Definite));
    // In mid-1954 the police post is only possible (the month is not known).
    let mid_1954 = held(day(1954, 6, 1));
    let police = mid_1954.iter().find(|m| m.position().id.as_str() == "south-korea-administers-1954").expect("1954");
    assert_eq!(police.certainty(), Certainty::Possible);
    // The 1948 date is Korea's own account only.
    let korean = data.position(&id("south-korea-administers-1948-korean-account")).expect("1948");
    assert!(korean.attributions.iter().all(|a| a.account_of.as_ref().map(|p| p.as_str()) == Some("south-korea")));
    // The 1952 date rests on two reference works against the detailed record: deprecated, kept.
    let reference = data.position(&id("south-korea-administers-1952-reference")).expect("1952");
    assert_eq!(reference.rank, island_claims::Rank::Deprecated);
    // Korean police fired on the Hekura in 1953; the source of 1954 does not say who fired on the Oki.
    let hekura = event(data, "hekura-fired-upon-1953");
    assert_eq!(the_day(hekura), day(1953, 7, 12));
    assert!(hekura.participants.iter().any(|p| p.party.as_str() == "south-korea" && p.role == Role::Actor));
    let oki = event(data, "oki-fired-upon-1954");
    assert_eq!(the_day(oki), day(1954, 8, 23));
    assert!(oki.participants.iter().all(|p| p.role != Role::Actor));
}

#[test]
fn japan_offered_the_icj_three_times_and_korea_refused_each() {
    let data = data();
    let offers = [("icj-proposal-1954", 1954, 9), ("icj-proposal-1962", 1962, 3), ("icj-proposal-2012", 2012, 8)];
    for (slug, year, month) in offers {
        let e = event(data, slug);
        assert_eq!(e.kind, EventKind::Proposal, "{slug}");
        assert!(e.participants.iter().any(|p| p.party.as_str() == "japan"), "{slug}");
        assert!(
            e.participants.iter().any(|p| p.party.as_str() == "south-korea" && p.role == Role::Addressee),
            "{slug}"
        );
        let first = e.when.hull().first().expect("dated");
        assert_eq!(
            (first.format("%Y").to_string(), first.format("%m").to_string()),
            (year.to_string(), format!("{month:02}"))
        );
    }
    // The refusals are acts (events), not standing `rejects` positions: `rejects` is for the
    // outcome of a ruling, resolution or referendum (second review). Korea's standing refusal of
    // judicial settlement is its denial of a dispute.
    assert!(data.all_positions().iter().all(|p| p.stance != Stance::Rejects));
    for slug in ["icj-refusal-1954", "icj-refusal-2012"] {
        let e = event(data, slug);
        assert!(e.participants.iter().any(|p| p.party.as_str() == "south-korea" && p.role == Role::Author), "{slug}");
    }
    assert!(event(data, "icj-proposal-1962").summary.as_deref().is_some_and(|s| s.contains("did not accept")));
    assert_eq!(the_day(event(data, "icj-refusal-1954")), day(1954, 10, 28));
    assert_eq!(the_day(event(data, "icj-proposal-2012")), day(2012, 8, 21));
    assert_eq!(the_day(event(data, "icj-refusal-2012")), day(2012, 8, 30));
}

#[test]
fn korea_denies_a_dispute_that_japan_acknowledges() {
    let data = data();
    let on = day(2013, 1, 1);
    let denies = data.query().holder(&id("south-korea")).stance(Stance::DeniesDispute).during(on).run().expect("query");
    assert_eq!(ids(&denies), ["south-korea-denies-dispute"]);
    let acknowledges =
        data.query().holder(&id("japan")).stance(Stance::AcknowledgesDispute).during(on).run().expect("query");
    assert_eq!(ids(&acknowledges), ["japan-acknowledges-dispute-1954"]);
    assert!(
        data.query()
            .holder(&id("south-korea"))
            .stance(Stance::DeniesDispute)
            .during(day(1954, 10, 27))
            .run()
            .expect("query")
            .is_empty()
    );
}

#[test]
fn koreas_title_since_512_and_japans_since_the_17th_century_are_both_kept() {
    let data = data();
    let korean = [
        ("silla-title-korean-account", 600),
        ("goryeo-title-korean-account", 1200),
        ("joseon-title-korean-account", 1700),
        ("korean-empire-title-korean-account", 1901),
        ("south-korea-title-korean-account", 2000),
    ];
    for (slug, year) in korean {
        let p = data.position(&id(slug)).unwrap_or_else(|| panic!("{slug}"));
        assert_eq!(p.stance, Stance::HoldsTitle);
        assert!(
            p.attributions.iter().all(|a| a.account_of.as_ref().map(|x| x.as_str()) == Some("south-korea")),
            "{slug}"
        );
        let in_year = data.query().stance(Stance::HoldsTitle).during(year).run().expect("query");
        assert!(ids(&in_year).contains(&slug), "{slug} in {year}: {:?}", ids(&in_year));
    }
    let silla = data.position(&id("silla-title-korean-account")).expect("silla");
    assert_eq!(silla.period.hull().first(), Some(day(512, 1, 1)));
    assert_eq!(the_day_or_year(event(data, "silla-usan-guk-512")), 512);
    // In 1700 both accounts hold: Joseon's title by Korea's account, Japan's by Japan's.
    let in_1700 = data.query().stance(Stance::HoldsTitle).during(1700).run().expect("query");
    let mut holders: Vec<&str> = in_1700.iter().map(|m| m.party().as_str()).collect();
    holders.sort_unstable();
    assert_eq!(holders, ["japan", "joseon"]);
}

/// The year of an event dated to a year.
fn the_day_or_year(e: &Event) -> i32 {
    let first = e.when.hull().first().expect("dated");
    first.format("%Y").to_string().parse().expect("a year")
}

#[test]
fn the_two_accounts_of_title_are_a_conflict() {
    let data = data();
    let found = data.conflicts().iter().filter_map(|c| c.as_positions().map(|p| p.positions())).any(|(a, b)| {
        let pair = [a.id.as_str(), b.id.as_str()];
        pair.contains(&"japan-title-japanese-account") && pair.contains(&"joseon-title-korean-account")
    });
    assert!(found);
}

#[test]
fn the_korean_account_of_the_1877_order_conflicts_with_nothing_japan_did_later() {
    // Korea's account: Japan disclaimed the rocks in 1877 until the 1905 cabinet decision. It
    // ends the day before Japan's claim begins, so conflicts() finds no stance conflict.
    let data = data();
    let disclaim = data.position(&id("japan-disclaims-1877-korean-account")).expect("1877");
    assert_eq!(disclaim.stance, Stance::Disclaims);
    assert_eq!(disclaim.period.hull().last(), Some(day(1905, 1, 27)));
    let conflicts = data.conflicts();
    let pairs: Vec<[&str; 2]> = conflicts
        .iter()
        .filter_map(|c| c.as_positions().map(|p| p.positions()))
        .map(|(a, b)| {
            let mut pair = [a.id.as_str(), b.id.as_str()];
            pair.sort_unstable();
            pair
        })
        .collect();
    assert!(pairs.iter().all(|p| !p.contains(&"japan-disclaims-1877-korean-account")), "{pairs:?}");
    // Besides the two accounts of title (each Korean state's against Japan's; see
    // the_two_accounts_of_title_are_a_conflict), the one conflict: when the United States went
    // from the Rusk letter's view to neutrality is left open by the sources (between 1954 and
    // 2008), so the two possibly overlap.
    let others: Vec<&[&str; 2]> = pairs.iter().filter(|p| !p.contains(&"japan-title-japanese-account")).collect();
    assert_eq!(
        others,
        [&["united-states-neutral", "united-states-recognises-japan-1951"]],
        "{} conflicts",
        conflicts.len()
    );
    let titles = conflicts.iter().filter(|c| c.kind() == island_claims::ConflictKind::Title).count();
    assert_eq!(titles, pairs.len() - 1);
}

#[test]
fn the_united_states_recognised_japanese_sovereignty_in_the_rusk_letter() {
    let data = data();
    let rusk = event(data, "rusk-letter-1951");
    assert_eq!(the_day(rusk), day(1951, 8, 10));
    let us = data
        .query()
        .holder(&id("united-states"))
        .stance(Stance::RecognisesSovereigntyOf)
        .during(day(1953, 7, 22))
        .run()
        .expect("query");
    assert_eq!(ids(&us), ["united-states-recognises-japan-1951"]);
    assert_eq!(us[0].counterpart().map(|p| p.as_str()), Some("japan"));
    // By 2008 the United States said it had for decades taken no position (second review).
    let neutral = data
        .query()
        .holder(&id("united-states"))
        .stance(Stance::NeutralOnSovereignty)
        .during(day(2010, 1, 1))
        .run()
        .expect("query");
    assert_eq!(ids(&neutral), ["united-states-neutral"]);
    assert_eq!(neutral[0].certainty(), Certainty::Definite);
    assert!(
        data.query()
            .holder(&id("united-states"))
            .stance(Stance::RecognisesSovereigntyOf)
            .during(day(2010, 1, 1))
            .run()
            .expect("query")
            .is_empty()
    );
    // Never a side: the United States claims nothing.
    assert!(data.disputes().iter().all(|d| d.parties().iter().all(|p| p.as_str() != "united-states")));
}

#[test]
fn the_derived_dispute_is_japan_against_south_korea_and_goes_on() {
    let data = data();
    let in_1960 = data.disputes_during(1960);
    assert_eq!(in_1960.len(), 1);
    let d = in_1960[0].dispute();
    assert_eq!(d.parties().map(|p| p.as_str()), ["japan", "south-korea"]);
    assert_eq!(in_1960[0].certainty(), Certainty::Definite);
    assert_eq!(d.ongoing(), Some(Certainty::Definite));
    assert!(d.islands().any(|i| i.as_str() == "liancourt-rocks"));
    // It rests on the Rhee line claim and the police post among others.
    let behind: Vec<&str> = d.positions().map(|p| p.id.as_str()).collect();
    for p in ["japan-claims-1905", "south-korea-claims-1951", "south-korea-administers-1954"] {
        assert!(behind.contains(&p), "{p} not behind the dispute: {behind:?}");
    }
    // No dispute while Japan's claim stood alone (1930), nor before 1905.
    assert!(data.disputes_during(1930).is_empty());
    assert!(data.disputes_during(1890).is_empty());
    // Korea's own account dates the contention from the founding of the Republic (1948).
    assert_eq!(d.possible().first(), Some(day(1948, 8, 15)));
}

#[test]
fn what_was_known_before_the_2012_refusal() {
    let data = data();
    let before = data.as_known_at(day(2012, 8, 29));
    assert!(before.event(&id("icj-refusal-2012")).is_none());
    // The visit of 2012-08-10 was reported by 2012-08-12; the 2005 ordinance long before.
    assert!(before.event(&id("lee-myung-bak-visit-2012")).is_some());
    assert!(before.event(&id("takeshima-day-ordinance-2005")).is_some());
    let after = data.as_known_at(day(2012, 9, 1));
    assert!(after.event(&id("icj-refusal-2012")).is_some());
}

#[test]
fn undated_pages_count_from_when_they_were_read() {
    let data = data();
    let mid_2024 = data.as_known_at(day(2024, 6, 1));
    // Reported at the time (Asahi, 1953-07-13): known.
    assert!(mid_2024.event(&id("hekura-fired-upon-1953")).is_some());
    assert!(mid_2024.event(&id("icj-refusal-2012")).is_some());
    // Known here only from undated pages read in December 2026: not yet known in 2024.
    assert!(mid_2024.event(&id("oki-fired-upon-1954")).is_none());
    assert!(data.as_known_at(day(2026, 12, 7)).event(&id("oki-fired-upon-1954")).is_some());
}
