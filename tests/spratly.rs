//! The Spratly Islands dataset (data/spratly): the facts a historian would check first, asked
//! through the public query API, not by reading the JSON. Six claimants; features held by
//! different parties at once; France's annexation of 1933, Japan's rule from 1939 and its
//! renunciation in 1951; the 2016 award, which is not a ruling on sovereignty and which China
//! rejects; the contested succession of China.

use chrono::NaiveDate;
use island_claims::{Certainty, ConflictKind, Dataset, Event, EventKind, IslandKind, Match, Outcome, Role, Stance};

mod common;
use common::{day, id};

fn data() -> &'static Dataset {
    island_claims::datasets::spratly()
}

fn event(slug: &str) -> &'static Event {
    data().event(&id(slug)).unwrap_or_else(|| panic!("no event '{slug}'"))
}

/// The matches of `holder`'s positions of `stance` on `island` on `date`.
fn held_at(holder: &str, stance: Stance, island: &str, date: NaiveDate) -> Vec<Match<'static>> {
    data()
        .query()
        .holder(&id(holder))
        .stance(stance)
        .island(&id(island))
        .during(date)
        .run()
        .expect("the query names known records")
}

/// How surely `holder` held `stance` on `island` on `date` (None: not at all).
fn certainty(holder: &str, stance: Stance, island: &str, date: NaiveDate) -> Option<Certainty> {
    let found = held_at(holder, stance, island, date);
    if found.iter().any(|m| m.certainty() == Certainty::Definite) {
        Some(Certainty::Definite)
    } else if found.is_empty() {
        None
    } else {
        Some(Certainty::Possible)
    }
}

/// The first day an event may have happened on.
fn first_day(e: &Event) -> Option<NaiveDate> {
    e.when.hull().first()
}

/// Whether two parties are the two sides of a derived dispute that held (at least possibly) in `year`,
/// and how surely.
fn dispute_in_year(a: &str, b: &str, year: i32) -> Option<Certainty> {
    data()
        .disputes_during(year)
        .iter()
        .filter(|m| {
            let sides = m.dispute().parties().map(|p| p.as_str());
            sides.contains(&a) && sides.contains(&b)
        })
        .map(|m| m.certainty())
        .max_by_key(|c| matches!(c, Certainty::Definite))
}

#[test]
fn loads_with_no_warnings_and_every_record_is_attributed_to_a_dated_source() {
    let d = data();
    assert!(d.warnings().is_empty(), "warnings: {:#?}", d.warnings());
    assert!(d.events().iter().all(|e| !e.attributions.is_empty()));
    assert!(d.all_positions().iter().all(|p| !p.attributions.is_empty()));
    for s in d.sources() {
        assert!(s.published.is_some() || s.accessed.is_some() || s.written.is_some(), "{} is undated", s.id);
        assert!(s.id.as_str().starts_with("spr-"), "{} lacks the spr- prefix", s.id);
    }
}

#[test]
fn six_claimants_claim_in_2020_and_japan_no_longer_does() {
    let claimants: std::collections::BTreeSet<&str> =
        data().claims_during(2020).iter().map(|m| m.party().as_str()).collect();
    for party in ["prc", "roc-taiwan", "vietnam", "philippines", "malaysia", "brunei"] {
        assert!(claimants.contains(party), "{party} does not claim in 2020: {claimants:?}");
    }
    assert!(!claimants.contains("japan"));
}

#[test]
fn five_parties_hold_features_at_once_in_2000() {
    let y2k = day(2000, 1, 1);
    for (holder, island) in [
        ("roc-taiwan", "itu-aba"),
        ("philippines", "thitu"),
        ("vietnam", "southwest-cay"),
        ("prc", "fiery-cross-reef"),
        ("malaysia", "swallow-reef"),
        ("philippines", "second-thomas-shoal"),
    ] {
        assert_eq!(
            certainty(holder, Stance::Administers, island, y2k),
            Some(Certainty::Definite),
            "{holder} on {island}"
        );
    }
    // Nobody else administers Itu Aba then.
    for other in ["prc", "vietnam", "philippines"] {
        assert_eq!(certainty(other, Stance::Administers, "itu-aba", y2k), None, "{other}");
    }
}

#[test]
fn the_roc_has_garrisoned_itu_aba_since_1956_after_china_took_it_in_1946() {
    assert_eq!(certainty("roc-taiwan", Stance::Administers, "itu-aba", day(1957, 1, 1)), Some(Certainty::Definite));
    assert_eq!(certainty("roc-taiwan", Stance::Administers, "itu-aba", day(1953, 6, 1)), None, "withdrawn 1950-1956");
    assert_eq!(certainty("china", Stance::Administers, "itu-aba", day(1947, 6, 1)), Some(Certainty::Definite));
    assert_eq!(first_day(event("china-occupies-itu-aba-1946")), Some(day(1946, 12, 12)));
}

#[test]
fn france_annexed_in_1933_and_japan_held_the_islands_from_1939_to_1945() {
    let seized = event("france-seizes-spratlys-1933");
    assert_eq!(seized.kind, EventKind::Occupation);
    assert_eq!(first_day(seized), Some(day(1933, 4, 6)));
    assert_eq!(certainty("france", Stance::ClaimsSovereignty, "thitu", day(1934, 1, 1)), Some(Certainty::Definite));
    assert_eq!(first_day(event("japan-annexes-1939")), Some(day(1939, 3, 30)));
    assert_eq!(certainty("japan", Stance::Administers, "itu-aba", day(1942, 1, 1)), Some(Certainty::Definite));
    assert_eq!(certainty("japan", Stance::Administers, "itu-aba", day(1938, 1, 1)), None);
}

#[test]
fn japan_renounced_the_spratlys_at_san_francisco_by_article_2f() {
    let treaty = event("spr-sf-treaty-1951");
    assert_eq!(first_day(treaty), Some(day(1951, 9, 8)));
    let renounced = held_at("japan", Stance::Renounces, "spratly-islands", day(1960, 1, 1));
    assert_eq!(renounced.len(), 1);
    let p = renounced[0].position();
    assert_eq!(p.established_by.as_ref().map(|e| e.as_str()), Some("spr-sf-treaty-1951"));
    assert!(p.attributions.iter().any(|a| a.locator.as_deref() == Some("Art. 2(f)")));
    assert_eq!(
        certainty("japan", Stance::ClaimsSovereignty, "spratly-islands", day(1951, 9, 7)),
        Some(Certainty::Definite)
    );
    assert_eq!(certainty("japan", Stance::ClaimsSovereignty, "spratly-islands", day(1951, 9, 8)), None);
}

#[test]
fn the_johnson_south_reef_clash_of_1988_gave_the_prc_the_reef() {
    let clash = event("johnson-south-clash-1988");
    assert_eq!(clash.kind, EventKind::MilitaryAction);
    assert_eq!(first_day(clash), Some(day(1988, 3, 14)));
    assert!(clash.participants.iter().any(|p| p.party.as_str() == "vietnam"));
    assert_eq!(
        certainty("prc", Stance::Administers, "johnson-south-reef", day(1988, 3, 15)),
        Some(Certainty::Definite)
    );
    assert_eq!(certainty("prc", Stance::Administers, "johnson-south-reef", day(1988, 3, 13)), None);
    // Fiery Cross was taken in the first weeks of 1988, before the clash.
    assert_eq!(certainty("prc", Stance::Administers, "fiery-cross-reef", day(1988, 3, 1)), Some(Certainty::Definite));
}

#[test]
fn mischief_reef_is_a_low_tide_elevation_the_prc_holds_since_1994_or_1995() {
    let reef = data().island(&id("mischief-reef")).expect("mischief-reef");
    assert_eq!(reef.kind, IslandKind::LowTideElevation);
    assert_eq!(reef.part_of.as_ref().map(|g| g.as_str()), Some("spratly-islands"));
    assert_eq!(certainty("prc", Stance::Administers, "mischief-reef", day(1994, 6, 1)), Some(Certainty::Possible));
    assert_eq!(certainty("prc", Stance::Administers, "mischief-reef", day(1996, 1, 1)), Some(Certainty::Definite));
    // The 1995 protest.
    let protest = event("philippines-protests-mischief-1995");
    assert_eq!(protest.kind, EventKind::Protest);
    assert!(protest.participants.iter().any(|p| p.party.as_str() == "prc" && p.role == Role::Addressee));
}

#[test]
fn second_thomas_shoal_is_held_by_the_philippines_since_1999_and_claimed_by_the_prc() {
    let shoal = data().island(&id("second-thomas-shoal")).expect("second-thomas-shoal");
    assert_eq!(shoal.kind, IslandKind::LowTideElevation);
    assert_eq!(
        certainty("philippines", Stance::Administers, "second-thomas-shoal", day(2024, 7, 21)),
        Some(Certainty::Definite)
    );
    assert_eq!(certainty("philippines", Stance::Administers, "second-thomas-shoal", day(1998, 1, 1)), None);
    assert_eq!(
        certainty("prc", Stance::ClaimsSovereignty, "second-thomas-shoal", day(2024, 7, 21)),
        Some(Certainty::Definite)
    );
    // Since the arbitration the Philippines disputes that anyone can own it; it no longer claims it.
    assert_eq!(certainty("philippines", Stance::ClaimsSovereignty, "second-thomas-shoal", day(2020, 1, 1)), None);
    assert_eq!(
        certainty("philippines", Stance::DisputesSovereigntyOf, "second-thomas-shoal", day(2020, 1, 1)),
        Some(Certainty::Definite)
    );
}

#[test]
fn the_2016_award_is_a_ruling_china_did_not_plead_and_it_rules_on_no_sovereignty() {
    let award = event("award-2016");
    assert_eq!(award.kind, EventKind::Ruling);
    assert_eq!(first_day(award), Some(day(2016, 7, 12)));
    assert!(
        award.participants.iter().any(|p| p.party.as_str() == "scs-arbitral-tribunal" && p.role == Role::Adjudicator)
    );
    assert!(award.participants.iter().any(|p| p.party.as_str() == "philippines" && p.role == Role::Applicant));
    let china = award.participants.iter().find(|p| p.party.as_str() == "prc").expect("China is named");
    assert!(
        !matches!(china.role, Role::Respondent | Role::Applicant | Role::Party | Role::Claimant),
        "China did not plead"
    );
    assert!(award.attributions.iter().any(|a| {
        a.quote
            .as_deref()
            .is_some_and(|q| q.contains("does not rule on any question of sovereignty over land territory"))
    }));
    // No position ends by it.
    assert!(data().all_positions().iter().all(|p| p.ended_by.as_ref().map(|e| e.as_str()) != Some("award-2016")));
}

#[test]
fn china_and_the_roc_reject_the_award_the_philippines_accepts_it() {
    let award: island_claims::EventId = id("award-2016");
    for (holder, stance) in
        [("prc", Stance::Rejects), ("roc-taiwan", Stance::Rejects), ("philippines", Stance::Accepts)]
    {
        let found =
            data().query().holder(&id(holder)).stance(stance).during(day(2017, 1, 1)).run().expect("known records");
        assert!(found.iter().any(|m| m.position().regarding.as_ref() == Some(&award)), "{holder} {stance}");
    }
    let prc_accepts = data().query().holder(&id("prc")).stance(Stance::Accepts).run().expect("known records");
    assert!(prc_accepts.is_empty());
}

#[test]
fn the_award_leaves_the_disputes_open() {
    for (a, b) in [("prc", "philippines"), ("prc", "vietnam"), ("malaysia", "prc"), ("philippines", "vietnam")] {
        assert_eq!(dispute_in_year(a, b, 2017), Some(Certainty::Definite), "{a} v {b} in 2017");
    }
    // Brunei's claim is contingent (sovereignty or only maritime jurisdiction?): a dispute,
    // possibly and never surely.
    assert_eq!(dispute_in_year("brunei", "prc", 2017), Some(Certainty::Possible));
    let prc_ph = data()
        .disputes()
        .into_iter()
        .find(|d| {
            let s = d.parties().map(|p| p.as_str());
            s.contains(&"prc") && s.contains(&"philippines")
        })
        .expect("a PRC-Philippines dispute");
    assert_eq!(prc_ph.outcome(), Outcome::Ongoing);
    assert!(prc_ph.ended_by().next().is_none());
}

#[test]
fn the_two_chinese_governments_are_a_contested_succession_and_never_in_dispute_with_each_other() {
    let roc = data().party(&id("roc-taiwan")).expect("roc-taiwan");
    assert_eq!(roc.successor_of.len(), 1);
    let line = &roc.successor_of[0];
    assert_eq!(line.party.as_str(), "china");
    assert_eq!(line.contested_by.iter().map(|p| p.as_str()).collect::<Vec<_>>(), ["prc"]);
    assert!(!line.attributions.is_empty());
    let prc = data().party(&id("prc")).expect("prc");
    assert!(prc.successor_of.iter().all(|l| l.party.as_str() == "china" && l.contested_by.is_empty()));
    for y in [1960, 1990, 2020] {
        assert_eq!(dispute_in_year("prc", "roc-taiwan", y), None, "{y}");
    }
    // Both claim the whole group in 2020.
    for holder in ["prc", "roc-taiwan"] {
        assert_eq!(
            certainty(holder, Stance::ClaimsSovereignty, "swallow-reef", day(2020, 1, 1)),
            Some(Certainty::Definite)
        );
    }
}

#[test]
fn southwest_cay_passed_from_the_philippines_to_south_vietnam_to_vietnam_in_1975() {
    // The Philippine hold rests on Wikipedia copies only: contingent (second review), so the
    // position is there in 1974, possibly and never surely.
    let ph = held_at("philippines", Stance::Administers, "southwest-cay", day(1974, 1, 1));
    assert_eq!(ph.len(), 1);
    assert!(ph[0].position().contingent, "the Philippine hold on Southwest Cay is contingent");
    assert_eq!(ph[0].certainty(), Certainty::Possible);
    // Taken on 1975-04-14 (Nhan Dan): South Vietnam's day before, Vietnam's from then.
    assert!(held_at("south-vietnam", Stance::Administers, "southwest-cay", day(1975, 4, 13)).len() == 1);
    assert!(held_at("south-vietnam", Stance::Administers, "southwest-cay", day(1975, 4, 15)).is_empty());
    assert_eq!(certainty("vietnam", Stance::Administers, "southwest-cay", day(1975, 4, 14)), Some(Certainty::Definite));
    assert_eq!(
        certainty("south-vietnam", Stance::Administers, "southwest-cay", day(1975, 4, 1)),
        Some(Certainty::Possible)
    );
    assert_eq!(certainty("vietnam", Stance::Administers, "southwest-cay", day(1976, 1, 1)), Some(Certainty::Definite));
    let campaign = event("east-sea-campaign-1975");
    assert_eq!(first_day(campaign), Some(day(1975, 4, 9)));
    let ended = data()
        .disputes()
        .into_iter()
        .find(|d| {
            let s = d.parties().map(|p| p.as_str());
            s.contains(&"south-vietnam") && s.contains(&"vietnam")
        })
        .expect("the two Vietnams");
    // The contention ends with the Republic of Vietnam itself (1975-04-30), after the campaign
    // had taken its two features (by 1975-04-29): ended, by no event of the dataset.
    assert_eq!(ended.outcome(), Outcome::Ended);
    assert_eq!(ended.possible().last(), Some(day(1975, 4, 30)));
}

#[test]
fn the_three_accounts_of_the_philippine_occupation_of_thitu_are_date_conflicts() {
    let pairs: Vec<(&str, &str)> = data()
        .conflicts()
        .iter()
        .filter_map(|c| c.as_events())
        .filter(|c| c.kind() == ConflictKind::Date)
        .map(|c| (c.events().0.id.as_str(), c.events().1.id.as_str()))
        .collect();
    let has = |a: &str, b: &str| pairs.iter().any(|&(x, y)| (x, y) == (a, b) || (y, x) == (a, b));
    assert!(has("ph-occupies-thitu-per-batongbacal", "ph-occupies-thitu-per-award"), "{pairs:?}");
    assert!(has("ph-occupies-thitu-per-batongbacal", "ph-occupies-thitu-per-wikipedia"), "{pairs:?}");
    // The ROC's 1947 and the PRC's 1948 for the same map.
    assert!(has("roc-map-1947", "china-map-1948"), "{pairs:?}");
    // The two Mischief Reef accounts overlap (1994/1995-02 and 1995): no conflict.
    assert!(!has("prc-occupies-mischief-per-fox", "prc-occupies-mischief-per-wikipedia"));
}

#[test]
fn the_1958_note_is_read_two_ways_and_conflicts_finds_it() {
    let note = event("pham-van-dong-note-1958");
    assert_eq!(first_day(note), Some(day(1958, 9, 14)));
    let accounts: Vec<&str> =
        note.attributions.iter().filter_map(|a| a.account_of.as_ref()).map(|p| p.as_str()).collect();
    assert!(accounts.contains(&"prc") && accounts.contains(&"vietnam"), "{accounts:?}");
    let recognition = data().position(&id("vietnam-recognises-prc-per-prc-1958")).expect("the PRC's reading");
    assert!(recognition.contingent);
    let stance_conflicts: Vec<(&str, &str)> = data()
        .conflicts()
        .iter()
        .filter_map(|c| c.as_positions())
        .filter(|c| c.party().as_str() == "vietnam" && c.kind() == ConflictKind::Stance)
        .map(|c| (c.positions().0.id.as_str(), c.positions().1.id.as_str()))
        .collect();
    assert!(
        stance_conflicts.iter().any(
            |&(a, b)| [a, b].contains(&"vietnam-recognises-prc-per-prc-1958") && [a, b].contains(&"vietnam-claims")
        ),
        "{stance_conflicts:?}"
    );
}

#[test]
fn the_philippines_claims_the_kalayaan_features_but_not_swallow_reef_or_spratly_island() {
    let claims: Vec<Match<'_>> =
        data().claims_during(2020).into_iter().filter(|m| m.party().as_str() == "philippines").collect();
    let covers = |island: &str| claims.iter().any(|m| m.islands().iter().any(|i| i.as_str() == island));
    for island in ["itu-aba", "thitu", "fiery-cross-reef", "johnson-south-reef", "southwest-cay"] {
        assert!(covers(island), "{island}");
    }
    assert!(!covers("swallow-reef"));
    assert!(!covers("spratly-island"));
    assert_eq!(first_day(event("pd-1596-1978")), Some(day(1978, 6, 11)));
}

#[test]
fn malaysia_claims_swallow_reef_from_1979_and_holds_it_from_1983() {
    assert_eq!(
        certainty("malaysia", Stance::ClaimsSovereignty, "swallow-reef", day(1980, 1, 1)),
        Some(Certainty::Definite)
    );
    assert_eq!(certainty("malaysia", Stance::ClaimsSovereignty, "swallow-reef", day(1979, 1, 1)), None);
    assert_eq!(certainty("malaysia", Stance::Administers, "swallow-reef", day(1982, 1, 1)), None);
    assert_eq!(certainty("malaysia", Stance::Administers, "swallow-reef", day(1984, 1, 1)), Some(Certainty::Definite));
    assert_eq!(dispute_in_year("malaysia", "vietnam", 1990), Some(Certainty::Definite));
}

#[test]
fn the_japanese_and_french_claims_met_from_1939_and_the_peace_treaty_ended_japans() {
    let d = data()
        .disputes()
        .into_iter()
        .find(|d| {
            let s = d.parties().map(|p| p.as_str());
            s.contains(&"france") && s.contains(&"japan")
        })
        .expect("France and Japan");
    // Only Japan's positions ended, by a treaty France did not sign: renounced (version 3).
    assert_eq!(d.outcome(), Outcome::Renounced);
    assert!(d.ended_by().any(|e| e.id.as_str() == "spr-sf-treaty-1951"));
    assert_eq!(dispute_in_year("france", "japan", 1940), Some(Certainty::Definite));
    assert_eq!(dispute_in_year("france", "japan", 1953), None);
}

#[test]
fn the_itu_aba_classification_follows_the_award_and_the_roc_dissent_is_noted() {
    let itu_aba = data().island(&id("itu-aba")).expect("itu-aba");
    assert_eq!(itu_aba.kind, IslandKind::Rock);
    assert!(itu_aba.note.as_deref().is_some_and(|n| n.contains("DISAGREE")));
    for rock in ["thitu", "southwest-cay", "spratly-island", "fiery-cross-reef", "johnson-south-reef"] {
        assert_eq!(data().island(&id(rock)).expect(rock).kind, IslandKind::Rock, "{rock}");
    }
}

#[test]
fn second_review_france_no_claimant_today_claimed_spratly_island_from_1930() {
    // France's claim ends between 1956 and 1995-03-31 (the first enumeration of six claimants
    // without France): not a claimant today, and no dispute with France goes on.
    assert_eq!(certainty("france", Stance::ClaimsSovereignty, "thitu", day(1957, 1, 1)), Some(Certainty::Possible));
    assert_eq!(certainty("france", Stance::ClaimsSovereignty, "thitu", day(2000, 1, 1)), None);
    assert!(
        data().disputes_during(2000).iter().all(|m| !m.dispute().parties().map(|p| p.as_str()).contains(&"france"))
    );
    // Spratly Island from the Malicieuse (April 1930), before the group claim of 1933.
    assert_eq!(
        certainty("france", Stance::ClaimsSovereignty, "spratly-island", day(1931, 1, 1)),
        Some(Certainty::Definite)
    );
    assert_eq!(certainty("france", Stance::ClaimsSovereignty, "thitu", day(1931, 1, 1)), None);
}

#[test]
fn second_review_brunei_contingent_us_accepts_from_the_award_japan_left_by_1946() {
    let brunei = held_at("brunei", Stance::ClaimsSovereignty, "louisa-reef", day(2000, 1, 1));
    assert_eq!(brunei.len(), 1);
    assert!(brunei[0].position().contingent && brunei[0].position().conditions.is_some());
    assert_eq!(
        certainty("united-states", Stance::Accepts, "spratly-islands", day(2016, 7, 12)),
        Some(Certainty::Definite)
    );
    assert_eq!(certainty("japan", Stance::Administers, "itu-aba", day(1946, 6, 1)), Some(Certainty::Possible));
    // Japan's claim of 1933-1939 is France's account; Japan's own is only a dispute of France's title.
    let japan = held_at("japan", Stance::ClaimsSovereignty, "spratly-islands", day(1935, 1, 1));
    assert!(japan.iter().any(|m| {
        m.position().attributions.iter().any(|a| a.account_of.as_ref().map(|p| p.as_str()) == Some("france"))
    }));
}
