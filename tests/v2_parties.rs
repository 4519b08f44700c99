//! Version 2 parties: territories `part_of` their states, agents, several lines of
//! succession and contested succession, through the public API.

use island_claims::{Certainty, Dataset, IssueCode, Match, PartyId, PartyKind, Span};

fn id(s: &str) -> PartyId {
    s.parse().expect("a valid id")
}

fn load(parties: &str, positions: &str) -> Dataset {
    let json = format!(
        r#"{{"format": "island-claims/2",
  "islands": [{{"id": "rock", "kind": "island"}}],
  "parties": [{parties}],
  "sources": [{{"id": "s", "kind": "news_report", "title": "t", "published": "2020"}},
              {{"id": "un", "kind": "official_statement", "title": "u", "published": "1971"}}],
  "positions": [{positions}]}}"#
    );
    Dataset::from_json(&json).unwrap_or_else(|e| panic!("{e}"))
}

fn position(id: &str, holder: &str, period: &str) -> String {
    format!(
        r#"{{"id": "{id}", "holder": "{holder}", "stance": "claims_sovereignty", "islands": ["rock"],
            "period": "{period}", "attributions": [{{"source": "s"}}]}}"#
    )
}

fn ids(matches: &[Match<'_>]) -> Vec<String> {
    matches.iter().map(|m| m.position().id.to_string()).collect()
}

fn codes(json: &str) -> Vec<IssueCode> {
    match Dataset::from_json(json) {
        Ok(_) => Vec::new(),
        Err(e) => e.report().expect("a report").errors().map(|i| i.code).collect(),
    }
}

/// Denmark, Greenland part of it from 1979 (home rule), and a prefecture-like district part
/// of Greenland from 2009.
fn denmark() -> Dataset {
    load(
        r#"{"id": "denmark", "kind": "state"},
           {"id": "greenland", "kind": "territory", "part_of": [{"party": "denmark", "period": "1979-05-01/.."}]},
           {"id": "district", "kind": "territory", "part_of": [{"party": "greenland", "period": "2009/2015"}]}"#,
        &[
            position("greenland-claim", "greenland", "1985/.."),
            position("greenland-early", "greenland", "1970/1975"),
            position("district-claim", "district", "2010/2012"),
        ]
        .join(","),
    )
}

#[test]
fn a_territory_is_a_party_kind() {
    let data = denmark();
    let greenland = data.party(&id("greenland")).expect("greenland");
    assert_eq!(greenland.kind, PartyKind::Territory);
    assert_eq!(greenland.part_of[0].party, id("denmark"));
    assert_eq!("territory".parse::<PartyKind>().expect("a kind"), PartyKind::Territory);
}

#[test]
fn a_territorys_claim_counts_for_its_state_with_include_parts_only() {
    let data = denmark();
    let denmark = id("denmark");
    assert!(data.query().holder(&denmark).during(1990).run().expect("known").is_empty());
    let with = data.query().holder(&denmark).include_parts().during(1990).run().expect("known");
    assert_eq!(ids(&with), ["greenland-claim"]);
    assert_eq!(with[0].party(), &id("greenland"));
    assert_eq!(with[0].via_part(), Some(&denmark));
    assert_eq!(with[0].via_successor(), None);
    assert_eq!(with[0].via_agent(), None);
    assert_eq!(with[0].certainty(), Certainty::Definite);
    // Greenland's claim of 1970 came before it was part of Denmark: it never counts.
    let all = data.query().holder(&denmark).include_parts().run().expect("known");
    assert!(!ids(&all).contains(&"greenland-early".to_owned()), "{:?}", ids(&all));
    // The territory's own query is unchanged.
    let own = data.query().holder(&id("greenland")).include_parts().during(1972).run().expect("known");
    assert_eq!(ids(&own), ["greenland-early"]);
}

#[test]
fn parts_are_followed_to_any_depth_while_every_membership_holds() {
    let data = denmark();
    let denmark = id("denmark");
    let in_2011 = data.query().holder(&denmark).include_parts().during(2011).run().expect("known");
    assert_eq!(ids(&in_2011), ["greenland-claim", "district-claim"]);
    assert_eq!(in_2011[1].via_part(), Some(&denmark));
    // The district's membership ended in 2015, its claim in 2012: nothing of it in 2013.
    let in_2013 = data.query().holder(&denmark).include_parts().during(2013).run().expect("known");
    assert_eq!(ids(&in_2013), ["greenland-claim"]);
}

#[test]
fn a_part_counts_only_as_surely_as_its_membership() {
    let data = load(
        r#"{"id": "state", "kind": "state"},
           {"id": "region", "kind": "territory", "part_of": [{"party": "state", "period": "199X/.."}]}"#,
        &position("claim", "region", "1990/2000"),
    );
    let state = id("state");
    let in_1995 = data.query().holder(&state).include_parts().during(1995).run().expect("known");
    assert_eq!(in_1995[0].certainty(), Certainty::Possible, "the membership may start in 1999");
    let in_1999 = data.query().holder(&state).include_parts().during(1999).run().expect("known");
    assert_eq!(in_1999[0].certainty(), Certainty::Definite);
    let definite =
        data.query().holder(&state).include_parts().during(1995).certainty(Certainty::Definite).run().expect("known");
    assert!(definite.is_empty());
}

#[test]
fn an_agents_position_counts_with_include_agents_only_while_it_represents() {
    let data = load(
        r#"{"id": "state", "kind": "state"},
           {"id": "minister", "kind": "person", "represents": [{"party": "state", "period": "2000/2004"}]}"#,
        &[position("minister-claim", "minister", "2002/2008")].join(","),
    );
    let state = id("state");
    assert!(data.query().holder(&state).during(2003).run().expect("known").is_empty());
    let during = data.query().holder(&state).include_agents().during(2003).run().expect("known");
    assert_eq!(ids(&during), ["minister-claim"]);
    assert_eq!(during[0].via_agent(), Some(&state));
    assert_eq!(during[0].via_part(), None);
    assert!(data.query().holder(&state).include_agents().during(2006).run().expect("known").is_empty());
    // include_parts alone does not count agents.
    assert!(data.query().holder(&state).include_parts().during(2003).run().expect("known").is_empty());
    // Across 2003-2006 the claim possibly held while he represented it, and surely did.
    let span = Span::new(date(2003, 1, 1), date(2006, 12, 31)).expect("a span");
    let across = data.query().holder(&state).include_agents().during(span).run().expect("known");
    assert_eq!(across[0].certainty(), Certainty::Definite);
}

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

#[test]
fn agents_and_parts_combine_with_succession() {
    let data = load(
        r#"{"id": "old", "kind": "state", "exists": "1900/1950"},
           {"id": "new", "kind": "state", "exists": "1950/..", "successor_of": "old"},
           {"id": "old-envoy", "kind": "person", "represents": [{"party": "old", "period": "1930/1940"}]},
           {"id": "old-province", "kind": "territory", "part_of": [{"party": "old", "period": "1900/1950"}]}"#,
        &[position("envoy", "old-envoy", "1935"), position("province", "old-province", "1920/1930")].join(","),
    );
    let new = id("new");
    let q = || data.query().holder(&new).follow_succession();
    assert!(q().run().expect("known").is_empty());
    let both = q().include_agents().include_parts().run().expect("known");
    assert_eq!(ids(&both), ["province", "envoy"]);
    assert!(both.iter().all(|m| m.via_successor() == Some(&new)));
    assert_eq!(both[0].via_part(), Some(&new));
    assert_eq!(both[1].via_agent(), Some(&new));
    // Without succession, the predecessor's agents are not the successor's.
    assert!(data.query().holder(&new).include_agents().run().expect("known").is_empty());
}

/// Two states each continuing a part of an old one, and two governments each claiming to
/// continue one country.
fn successions() -> Dataset {
    load(
        r#"{"id": "east", "kind": "state", "exists": "1900/1950"},
           {"id": "west", "kind": "state", "exists": "1900/1950"},
           {"id": "union", "kind": "state", "exists": "1950/..", "successor_of": ["east", "west"]},
           {"id": "country", "kind": "state", "exists": "1900/1949"},
           {"id": "mainland", "kind": "state", "exists": "1949/..", "successor_of": "country"},
           {"id": "island-gov", "kind": "state", "exists": "1949/..",
            "successor_of": [{"party": "country", "contested_by": ["mainland"], "attributions": [{"source": "un"}]}]}"#,
        &[
            position("east-claim", "east", "1920/1950"),
            position("west-claim", "west", "1930/1950"),
            position("country-claim", "country", "1910/1949"),
        ]
        .join(","),
    )
}

#[test]
fn two_predecessors_are_both_followed() {
    let data = successions();
    let union = id("union");
    let held = data.query().holder(&union).follow_succession().run().expect("known");
    assert_eq!(ids(&held), ["east-claim", "west-claim"]);
    assert!(held.iter().all(|m| m.via_successor() == Some(&union) && !m.via_contested_succession()));
    let lines: Vec<&str> = data.party(&union).expect("union").successor_of.iter().map(|l| l.party.as_str()).collect();
    assert_eq!(lines, ["east", "west"]);
}

#[test]
fn a_contested_succession_is_followed_only_when_asked() {
    let data = successions();
    let gov = id("island-gov");
    let line = &data.party(&gov).expect("gov").successor_of[0];
    assert!(line.is_contested());
    assert_eq!(line.contested_by, [id("mainland")]);
    assert!(data.query().holder(&gov).follow_succession().run().expect("known").is_empty());
    let asked = data.query().holder(&gov).follow_contested_succession().run().expect("known");
    assert_eq!(ids(&asked), ["country-claim"]);
    assert_eq!(asked[0].via_successor(), Some(&gov));
    assert!(asked[0].via_contested_succession());
    // The uncontested successor is followed as before.
    let mainland = data.query().holder(&id("mainland")).follow_succession().run().expect("known");
    assert_eq!(ids(&mainland), ["country-claim"]);
    assert!(!mainland[0].via_contested_succession());
}

#[test]
fn a_contest_not_yet_published_is_not_known() {
    let data = successions();
    let gov = id("island-gov");
    let before = data.as_known_at(date(1970, 12, 31));
    assert!(!before.party(&gov).expect("gov").successor_of[0].is_contested());
    assert!(before.query().holder(&gov).follow_succession().run().expect("known").is_empty(), "no claim known yet");
    let after = data.as_known_at(date(2020, 12, 31));
    assert!(after.party(&gov).expect("gov").successor_of[0].is_contested());
    assert!(after.query().holder(&gov).follow_succession().run().expect("known").is_empty());
}

#[test]
fn successions_round_trip_through_json() {
    let data = successions();
    let json = data.to_json();
    assert!(json.contains(r#""successor_of": "country""#) || json.contains(r#""successor_of":"country""#), "{json}");
    let again = Dataset::from_json(&json).expect("reloads");
    assert_eq!(again.parties(), data.parties());
}

#[test]
fn a_v1_single_successor_still_reads() {
    let json = r#"{"format": "island-claims/1",
      "parties": [{"id": "ussr", "kind": "state"}, {"id": "russia", "kind": "state", "successor_of": "ussr"}]}"#;
    let data = Dataset::from_json(json).expect("loads");
    assert_eq!(data.party(&id("russia")).expect("russia").successor_of[0].party, id("ussr"));
}

#[test]
fn a_successor_of_that_is_not_an_id_or_object_is_refused_with_the_place() {
    let json = r#"{"format": "island-claims/2", "parties": [{"id": "a", "kind": "state", "successor_of": 5}]}"#;
    let err = Dataset::from_json(json).expect_err("refused");
    let text = err.to_string();
    assert!(text.contains("parties[0].successor_of"), "{text}");
    assert!(text.contains("a party id, an object"), "{text}");
    let nested = r#"{"format": "island-claims/2", "parties": [{"id": "a", "kind": "state", "successor_of": [["b"]]}]}"#;
    assert!(Dataset::from_json(nested).is_err());
}

const PARTIES: &str = r#"{"id": "a", "kind": "state"}, {"id": "b", "kind": "territory"}"#;

fn parties_json(extra: &str) -> String {
    format!(
        r#"{{"format": "island-claims/2", "sources": [{{"id": "s", "kind": "news_report", "title": "t", "published": "2020"}}],
          "parties": [{PARTIES}, {extra}]}}"#
    )
}

#[test]
fn part_of_names_known_parties_with_periods_in_order() {
    let unknown =
        parties_json(r#"{"id": "c", "kind": "territory", "part_of": [{"party": "zz", "period": "2000/.."}]}"#);
    assert_eq!(codes(&unknown), [IssueCode::UnknownReference]);
    let reversed =
        parties_json(r#"{"id": "c", "kind": "territory", "part_of": [{"party": "a", "period": "2000/1990"}]}"#);
    assert_eq!(codes(&reversed), [IssueCode::PeriodReversed]);
}

#[test]
fn party_part_of_cycle_refuses_a_party_part_of_itself() {
    let json = parties_json(r#"{"id": "c", "kind": "territory", "part_of": [{"party": "c", "period": "2000"}]}"#);
    let err = Dataset::from_json(&json).expect_err("refused");
    let report = err.report().expect("a report");
    let issue = report.errors().next().expect("an error");
    assert_eq!(issue.code, IssueCode::PartyPartOfCycle);
    assert_eq!(issue.subject.path(), "parties[2].part_of");
    assert!(issue.message.contains("names itself"), "{}", issue.message);
}

#[test]
fn party_part_of_cycle_refuses_a_ring_only_when_it_surely_holds_at_one_time() {
    let ring = |first: &str, second: &str| {
        format!(
            r#"{{"format": "island-claims/2", "parties": [
              {{"id": "a", "kind": "state", "part_of": [{{"party": "b", "period": "{first}"}}]}},
              {{"id": "b", "kind": "state", "part_of": [{{"party": "a", "period": "{second}"}}]}}]}}"#
        )
    };
    // A is part of B, then B of A: no cycle at any one time.
    assert!(codes(&ring("1900/1950", "1960/..")).is_empty());
    // Perhaps at one time, perhaps not: not punished.
    assert!(codes(&ring("1900/1950", "195X/..")).is_empty());
    let err = Dataset::from_json(&ring("1900/1950", "1940/..")).expect_err("refused");
    let report = err.report().expect("a report");
    let issues: Vec<_> = report.errors().collect();
    assert_eq!(issues.len(), 1, "{report}");
    assert_eq!(issues[0].code, IssueCode::PartyPartOfCycle);
    assert!(issues[0].message.contains("'a' -> 'b' -> 'a'"), "{}", issues[0].message);
}

#[test]
fn a_cycle_over_several_succession_lines_is_refused() {
    let json = r#"{"format": "island-claims/2", "parties": [
      {"id": "a", "kind": "state", "successor_of": ["c", "b"]},
      {"id": "b", "kind": "state"},
      {"id": "c", "kind": "state", "successor_of": ["b", "a"]}]}"#;
    let err = Dataset::from_json(json).expect_err("refused");
    let report = err.report().expect("a report");
    let issues: Vec<_> = report.errors().collect();
    assert_eq!(issues.len(), 1, "{report}");
    assert_eq!(issues[0].code, IssueCode::SuccessorCycle);
    assert!(issues[0].message.contains("'a' -> 'c' -> 'a'"), "{}", issues[0].message);
}

#[test]
fn succession_contested_by_its_party_is_refused() {
    let line = |by: &str| {
        parties_json(&format!(
            r#"{{"id": "c", "kind": "state", "successor_of":
               [{{"party": "a", "contested_by": ["{by}"], "attributions": [{{"source": "s"}}]}}]}}"#
        ))
    };
    assert!(codes(&line("b")).is_empty());
    assert_eq!(codes(&line("c")), [IssueCode::SuccessionContestedByItsParty]);
    assert_eq!(codes(&line("a")), [IssueCode::SuccessionContestedByItsParty]);
}

#[test]
fn a_contested_succession_needs_its_sources() {
    let bare = parties_json(r#"{"id": "c", "kind": "state", "successor_of": [{"party": "a", "contested_by": ["b"]}]}"#);
    let err = Dataset::from_json(&bare).expect_err("refused");
    let report = err.report().expect("a report");
    let issue = report.errors().next().expect("an error");
    assert_eq!(issue.code, IssueCode::MissingAttribution);
    assert_eq!(issue.subject.path(), "parties[2].successor_of");
    let unknown = parties_json(
        r#"{"id": "c", "kind": "state", "successor_of": [{"party": "a", "contested_by": ["zz"], "attributions": [{"source": "nope"}]}]}"#,
    );
    assert_eq!(codes(&unknown), [IssueCode::UnknownReference, IssueCode::UnknownReference]);
}
