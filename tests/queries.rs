//! Temporal queries through the public API: the certainty edges of DESIGN.md, groups,
//! succession, "as known at", timelines, changes and conflicts, and the indexed answers
//! against a naive scan on every test dataset.

use chrono::{Datelike, NaiveDate};
use island_claims::{
    Attribution, Certainty, ChangeKind, ConflictKind, Dataset, Island, IslandId, IslandKind, Match, Party, PartyId,
    PartyKind, Period, PeriodEnd, Position, PositionId, QueryError, Source, SourceId, SourceKind, Span, Stance,
    TimelineEntry,
};

fn tiny() -> Dataset {
    Dataset::from_json(include_str!("data/tiny.json")).unwrap()
}

fn edges() -> Dataset {
    Dataset::from_json(include_str!("data/query-edges.json")).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn party(s: &str) -> PartyId {
    s.parse().unwrap()
}

fn island(s: &str) -> IslandId {
    s.parse().unwrap()
}

/// Ids and certainties of matches, in order.
fn found(matches: &[Match<'_>]) -> Vec<(String, Certainty)> {
    matches.iter().map(|m| (m.position().id.to_string(), m.certainty())).collect()
}

/// The certainty of one position among matches, if it is there.
fn certainty_of(matches: &[Match<'_>], id: &str) -> Option<Certainty> {
    matches.iter().find(|m| m.position().id.as_str() == id).map(Match::certainty)
}

// ---------------------------------------------------------------------------------------
// The edges of DESIGN.md "Dates".

#[test]
fn a_decade_start_is_possible_in_its_decade_and_definite_after() {
    let data = edges();
    assert_eq!(certainty_of(&data.claims_during(1955), "decade-start"), Some(Certainty::Possible));
    assert_eq!(certainty_of(&data.claims_during(1960), "decade-start"), Some(Certainty::Definite));
    assert_eq!(certainty_of(&data.positions_during(day(1959, 12, 30)), "decade-start"), Some(Certainty::Possible));
    assert_eq!(certainty_of(&data.positions_during(day(1959, 12, 31)), "decade-start"), Some(Certainty::Definite));
    assert_eq!(certainty_of(&data.claims_during(1949), "decade-start"), None);
    assert_eq!(certainty_of(&data.claims_during(1971), "decade-start"), None);
}

#[test]
fn a_period_within_one_year_is_definite_in_that_year_but_possible_on_each_day() {
    let data = edges();
    assert_eq!(certainty_of(&data.claims_during(1956), "one-year"), Some(Certainty::Definite));
    assert_eq!(certainty_of(&data.positions_during(day(1956, 6, 1)), "one-year"), Some(Certainty::Possible));
    assert_eq!(certainty_of(&data.claims_during(1957), "one-year"), None);
    // The same in tiny.json, where "1956" is Putin's account of Japan's claim.
    assert_eq!(certainty_of(&tiny().claims_during(1956), "japan-two-per-putin"), Some(Certainty::Definite));
}

#[test]
fn an_unknown_start_is_possible_before_and_definite_in_the_end_year() {
    let data = edges();
    assert_eq!(certainty_of(&data.claims_during(1900), "unknown-start"), Some(Certainty::Possible));
    assert_eq!(certainty_of(&data.claims_during(-5000), "unknown-start"), Some(Certainty::Possible));
    assert_eq!(certainty_of(&data.claims_during(1945), "unknown-start"), Some(Certainty::Definite));
    assert_eq!(certainty_of(&data.claims_during(1946), "unknown-start"), None);
}

#[test]
fn an_open_end_holds_for_every_later_year() {
    let data = edges();
    for year in [1994, 2024, 3000, 9999, 200_000, 262_142, 300_000, i32::MAX] {
        assert_eq!(certainty_of(&data.positions_during(year), "open-end"), Some(Certainty::Definite), "{year}");
    }
    // Started at some time in 1993 and never ended: surely held at some time in 1993.
    assert_eq!(certainty_of(&data.positions_during(1993), "open-end"), Some(Certainty::Definite));
    assert_eq!(certainty_of(&data.positions_during(day(1993, 6, 1)), "open-end"), Some(Certainty::Possible));
    assert_eq!(certainty_of(&data.positions_during(1992), "open-end"), None);
    assert_eq!(certainty_of(&data.positions_during(i32::MIN), "open-end"), None);
    assert_eq!(certainty_of(&data.positions_during(NaiveDate::MAX), "open-end"), Some(Certainty::Definite));
}

#[test]
fn claims_are_the_claim_stances_only() {
    let data = edges();
    for m in data.claims_during(Span::new(day(1900, 1, 1), day(2100, 1, 1)).unwrap()) {
        assert!(m.stance().is_claim(), "{}", m.position().id);
    }
    let claims = data.claims_during(2005);
    assert_eq!(found(&claims), [("on-group".to_owned(), Certainty::Definite)]);
    assert!(data.positions_during(2005).len() > claims.len());
}

#[test]
fn answers_come_in_start_order_then_id() {
    let data = tiny();
    let all = data.positions_during(Span::new(day(1900, 1, 1), day(2100, 1, 1)).unwrap());
    let ids: Vec<&str> = all.iter().map(|m| m.position().id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "ussr-administers",
            "japan-four",
            "japan-two-per-putin",
            "ussr-promise-1956",
            "ussr-plan-1972",
            "russia-administers"
        ]
    );
}

#[test]
fn matches_borrow_expanded_islands_and_serialize_with_the_agreed_fields() {
    let data = tiny();
    let claims = data.claims_during(day(1960, 1, 1));
    let four = &claims[0];
    assert_eq!(four.islands().len(), 6);
    assert_eq!(four.period().as_str(), "1956/..");
    assert_eq!(four.sources().map(SourceId::as_str).collect::<Vec<_>>(), ["mofa-territory"]);
    assert_eq!(four.via_successor(), None);

    let promise =
        data.positions_during(day(1958, 1, 1)).into_iter().find(|m| m.stance() == Stance::PromisedTransfer).unwrap();
    let json = serde_json::to_value(promise).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "position": "ussr-promise-1956",
            "party": "ussr",
            "stance": "promised_transfer",
            "islands": ["shikotan", "habomai", "suisho"],
            "counterpart": "japan",
            "period": "1956-12-12/1960-01-27",
            "certainty": "definite",
            "sources": ["jd-1956-text"],
            "via_successor": null,
            "via_contested_succession": false,
            "via_part": null,
            "via_agent": null
        })
    );
    // A row reached through succession says so.
    let russia = "russia".parse().unwrap();
    let through = data.query().holder(&russia).follow_succession().during(day(1958, 1, 1)).run().unwrap();
    let ussr = through.iter().find(|m| m.party().as_str() == "ussr").expect("the USSR's positions");
    assert_eq!(serde_json::to_value(ussr).unwrap()["via_successor"], "russia");
}

// ---------------------------------------------------------------------------------------
// The builder: islands through groups, succession, filters, unknown ids.

fn ids_of(matches: &[Match<'_>]) -> Vec<String> {
    matches.iter().map(|m| m.position().id.to_string()).collect()
}

#[test]
fn an_islet_sees_positions_on_its_group_and_region() {
    let data = edges();
    let on_islet = data.query().island(&island("islet")).during(2005).run().unwrap();
    assert_eq!(ids_of(&on_islet), ["open-end", "on-group"]);
    // The group sees its member's positions, the region everything in it.
    let on_group = data.query().island(&island("grp")).during(1972).run().unwrap();
    assert_eq!(ids_of(&on_group), ["offer-per-critic", "secret-offer"]);
    let on_region = data.query().island(&island("south")).during(2005).run().unwrap();
    assert_eq!(ids_of(&on_region), ["new-holds", "open-end", "on-group"]);
    // A sibling does not see the group's positions.
    let on_isle = data.query().island(&island("isle-a")).during(2005).run().unwrap();
    assert_eq!(ids_of(&on_isle), ["new-holds", "open-end"]);
    // In tiny.json, Suisho (in the Habomai group) sees positions on the group and the region.
    let tiny = tiny();
    let suisho = tiny.query().island(&island("suisho")).during(1958).run().unwrap();
    assert_eq!(ids_of(&suisho), ["ussr-administers", "japan-four", "ussr-promise-1956"]);
}

#[test]
fn succession_is_followed_only_when_asked() {
    let data = edges();
    let new = party("new");
    let without = data.query().holder(&new).during(1980).run().unwrap();
    assert!(without.is_empty());
    let with = data.query().holder(&new).follow_succession().during(1980).run().unwrap();
    assert_eq!(ids_of(&with), ["old-holds"]);
    assert_eq!(with[0].party().as_str(), "old");
    assert_eq!(with[0].via_successor(), Some(&new));
    // Through two steps, and the party's own positions unmarked, all in start order.
    let newest = party("newest");
    let chain = data.query().holder(&newest).follow_succession().during(1991).run().unwrap();
    assert_eq!(ids_of(&chain), ["old-holds", "new-holds"]);
    assert!(chain.iter().all(|m| m.via_successor() == Some(&newest)));
    let own = data.query().holder(&new).follow_succession().during(1995).run().unwrap();
    assert_eq!(ids_of(&own), ["new-holds"]);
    assert_eq!(own[0].via_successor(), None);
    // Following succession without a holder changes nothing.
    assert_eq!(data.query().follow_succession().run().unwrap().len(), data.all_positions().len());
}

#[test]
fn builder_filters_combine() {
    let data = edges();
    let all = data.query().run().unwrap();
    assert_eq!(all.len(), data.all_positions().len());
    assert!(all.iter().all(|m| m.certainty() == Certainty::Definite));

    let definite = data.query().during(1955).certainty(Certainty::Definite).run().unwrap();
    assert!(definite.iter().all(|m| m.certainty() == Certainty::Definite));
    assert!(!ids_of(&definite).contains(&"decade-start".to_owned()));

    let by_source = data.query().source(&"critic-2001".parse().unwrap()).run().unwrap();
    assert_eq!(ids_of(&by_source), ["alpha-renounces-far", "offer-per-critic"]);

    let alpha_claims_far = data
        .query()
        .holder(&party("alpha"))
        .island(&island("far"))
        .stance(Stance::ClaimsSovereignty)
        .during(day(1956, 3, 1))
        .run()
        .unwrap();
    assert_eq!(found(&alpha_claims_far), [("one-year".to_owned(), Certainty::Possible)]);

    let span = Span::new(day(1972, 6, 1), day(1972, 6, 30)).unwrap();
    let during = data.query().holder(&party("alpha")).during(span).run().unwrap();
    assert_eq!(ids_of(&during), ["offer-per-critic", "secret-offer"]);
    // A filter given twice is refused: a later call no longer silently replaces an earlier one.
    let twice = data.query().stance(Stance::Renounces).stance(Stance::Administers).run().unwrap_err();
    assert_eq!(twice, QueryError::RepeatedFilter("stance or claims"));
    let year_then_day = data.query().during(1956).during(day(1956, 3, 1)).run().unwrap_err();
    assert_eq!(year_then_day.code(), "filter_repeated");
}

#[test]
fn unknown_ids_are_errors_naming_the_id() {
    let data = tiny();
    let err = data.query().island(&island("shikotn")).run().unwrap_err();
    assert_eq!(err, QueryError::UnknownIsland(island("shikotn")));
    assert_eq!(err.to_string(), "unknown island 'shikotn'");
    let err = data.query().holder(&party("jpan")).during(1956).run().unwrap_err();
    assert_eq!(err.to_string(), "unknown party 'jpan'");
    let err = data.query().source(&"kyodo".parse().unwrap()).run().unwrap_err();
    assert_eq!(err.to_string(), "unknown source 'kyodo'");
    // The first unknown id is reported, whatever follows.
    let err = data.query().holder(&party("nobody")).island(&island("nowhere")).run().unwrap_err();
    assert_eq!(err, QueryError::UnknownParty(party("nobody")));
    assert_eq!(data.timeline(&island("nowhere")).unwrap_err().to_string(), "unknown island 'nowhere'");
    assert_eq!(data.changes(&party("nobody")).unwrap_err().to_string(), "unknown party 'nobody'");
}

// ---------------------------------------------------------------------------------------
// As known at.

#[test]
fn as_known_at_keeps_a_record_from_the_day_its_source_is_published() {
    let data = edges();
    let offer = "secret-offer".parse::<PositionId>().unwrap();
    let before = data.as_known_at(day(2021, 6, 4));
    let on_the_day = data.as_known_at(day(2021, 6, 5));
    assert!(before.position(&offer).is_none());
    assert!(before.event(&"secret-talks-1972".parse().unwrap()).is_none());
    assert!(before.source(&"archive-2021".parse().unwrap()).is_none());
    let kept = on_the_day.position(&offer).unwrap();
    // Only the attribution to what was published by then stays.
    assert_eq!(kept.sources().map(SourceId::as_str).collect::<Vec<_>>(), ["archive-2021"]);
    assert!(on_the_day.event(&"secret-talks-1972".parse().unwrap()).is_some());
    // A month date counts from its last day.
    let month_end = data.as_known_at(day(2021, 6, 30));
    assert_eq!(month_end.position(&offer).unwrap().attributions.len(), 2);
    assert!(data.as_known_at(day(2021, 6, 29)).source(&"digest-2021-06".parse().unwrap()).is_none());
    // The queries see the same.
    assert!(certainty_of(&before.positions_during(1972), "secret-offer").is_none());
    assert!(certainty_of(&on_the_day.positions_during(1972), "secret-offer").is_some());
}

#[test]
fn as_known_at_drops_links_to_unknown_events_and_stays_valid() {
    let data = edges();
    let before = data.as_known_at(day(2021, 6, 4));
    let critic = before.position(&"offer-per-critic".parse().unwrap()).unwrap();
    assert_eq!(critic.established_by, None);
    assert_eq!(
        data.position(&"offer-per-critic".parse().unwrap()).unwrap().established_by.as_ref().unwrap().as_str(),
        "secret-talks-1972"
    );
    // The view is a dataset like any other: it round-trips through JSON and validation.
    for d in [day(1800, 1, 1), day(1900, 12, 31), day(2000, 5, 9), day(2000, 5, 10), day(2021, 6, 4), day(2030, 1, 1)] {
        let view = data.as_known_at(d);
        assert_eq!(Dataset::from_json(&view.to_json()).unwrap(), view, "{d}");
        for s in view.sources() {
            assert!(s.published.as_ref().unwrap().latest() <= d);
            assert!(s.cites.iter().all(|c| view.source(c).is_some()));
        }
    }
    assert!(data.as_known_at(day(1800, 1, 1)).all_positions().is_empty());
    assert_eq!(data.as_known_at(day(2030, 1, 1)), data);
    // The seed's example: the Soviet plan of 1972 is unknown in 2020, known in 2021-07.
    let tiny = tiny();
    let plan = "ussr-plan-1972".parse().unwrap();
    assert!(tiny.as_known_at(day(2020, 12, 31)).position(&plan).is_none());
    assert!(tiny.as_known_at(day(2021, 7, 1)).position(&plan).is_some());
}

// ---------------------------------------------------------------------------------------
// Timeline, changes, conflicts.

#[test]
fn timeline_lists_events_and_position_ends_in_time_order() {
    let data = edges();
    let timeline = data.timeline(&island("islet")).unwrap();
    let listed: Vec<(&str, String)> = timeline
        .iter()
        .map(|e| {
            let kind = match e {
                TimelineEntry::Event { .. } => "event",
                TimelineEntry::PositionStart { .. } => "start",
                TimelineEntry::PositionEnd { .. } => "end",
                _ => "other",
            };
            let id = e.event().map(|x| x.id.to_string()).or_else(|| e.position().map(|p| p.id.to_string()));
            (kind, id.unwrap())
        })
        .collect();
    // By earliest day: "1972" may have ended in January, before the talks of March to May.
    let expect = [
        ("start", "offer-per-critic"),
        ("end", "offer-per-critic"),
        ("event", "secret-talks-1972"),
        ("start", "secret-offer"),
        ("end", "secret-offer"),
        ("start", "open-end"),
        ("start", "on-group"),
        ("end", "on-group"),
    ];
    assert_eq!(listed, expect.map(|(k, i)| (k, i.to_owned())));
    // Open ends have no end entry; an unknown start has a start entry with no date.
    let far = data.timeline(&island("far")).unwrap();
    assert_eq!(far[0].when(), None);
    assert_eq!(far[0].position().unwrap().id.as_str(), "unknown-start");
    let json = serde_json::to_value(far[0]).unwrap();
    assert_eq!(json["kind"], "position_start");
    assert_eq!(json["when"], serde_json::Value::Null);
}

#[test]
fn changes_of_a_party_in_time_order() {
    let data = tiny();
    let ussr = data.changes(&party("ussr")).unwrap();
    let steps: Vec<(String, &str, ChangeKind)> =
        ussr.iter().map(|c| (c.day().unwrap().to_string(), c.position().id.as_str(), c.kind())).collect();
    let expect = [
        ("1945-09-05", "ussr-administers", ChangeKind::Started),
        ("1956-12-12", "ussr-promise-1956", ChangeKind::Started),
        ("1960-01-28", "ussr-promise-1956", ChangeKind::Ended),
        ("1972-01-01", "ussr-plan-1972", ChangeKind::Started),
        ("1973-01-01", "ussr-plan-1972", ChangeKind::Ended),
        ("1991-12-27", "ussr-administers", ChangeKind::Ended),
    ];
    assert_eq!(steps, expect.map(|(d, p, k)| (d.to_owned(), p, k)));
    // An unknown start holds from before every date; a decade start is confirmed later.
    let edges = edges();
    let beta = edges.changes(&party("beta")).unwrap();
    assert_eq!(
        (beta[0].day(), beta[0].kind(), beta[0].after()),
        (None, ChangeKind::Started, Some(Certainty::Possible))
    );
    let alpha = edges.changes(&party("alpha")).unwrap();
    let decade: Vec<ChangeKind> =
        alpha.iter().filter(|c| c.position().id.as_str() == "decade-start").map(|c| c.kind()).collect();
    assert_eq!(decade, [ChangeKind::Started, ChangeKind::Confirmed, ChangeKind::MayHaveEnded, ChangeKind::Ended]);
    let json = serde_json::to_value(beta[0]).unwrap();
    assert_eq!(json["day"], serde_json::Value::Null);
    assert_eq!(json["kind"], "started");
    assert_eq!(json["after"], "possible");
}

/// Replaying a party's changes gives its `positions_at` on every change day, with the same
/// certainty, and on the days between.
fn check_changes_replay(data: &Dataset) {
    for p in data.parties() {
        let changes = data.changes(&p.id).unwrap();
        let mut state: std::collections::BTreeMap<String, Certainty> = Default::default();
        for (n, c) in changes.iter().enumerate() {
            let id = c.position().id.to_string();
            match c.after() {
                Some(after) => state.insert(id, after),
                None => state.remove(&id),
            };
            let Some(d) = c.day() else { continue };
            if changes.get(n + 1).is_some_and(|next| next.day() == Some(d)) {
                continue;
            }
            let mut want: Vec<(String, Certainty)> = found(&data.positions_during(d));
            want.retain(|(id, _)| data.position(&id.parse().unwrap()).unwrap().holder == p.id);
            want.sort();
            let got: Vec<(String, Certainty)> = state.clone().into_iter().collect();
            assert_eq!(got, want, "party {} on {d}", p.id);
        }
    }
}

#[test]
fn replaying_changes_gives_positions_at() {
    check_changes_replay(&tiny());
    check_changes_replay(&edges());
    check_changes_replay(&generated(400, 11));
}

#[test]
fn conflicts_between_accounts() {
    let tiny = tiny();
    let conflicts = tiny.conflicts();
    assert_eq!(conflicts.len(), 1);
    let c = conflicts[0].as_positions().unwrap();
    assert_eq!((c.positions().0.id.as_str(), c.positions().1.id.as_str()), ("japan-four", "japan-two-per-putin"));
    assert_eq!(c.kind(), ConflictKind::Scope);
    assert_eq!(c.party().as_str(), "japan");

    let data = edges();
    let conflicts = data.conflicts();
    let kinds: Vec<(&str, &str, ConflictKind, Certainty)> = conflicts
        .iter()
        .filter_map(|c| c.as_positions())
        .map(|c| (c.positions().0.id.as_str(), c.positions().1.id.as_str(), c.kind(), c.certainty()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("alpha-renounces-far", "one-year", ConflictKind::Stance, Certainty::Definite),
            ("offer-per-critic", "secret-offer", ConflictKind::Scope, Certainty::Possible),
        ]
    );
    let json = serde_json::to_value(&conflicts[1]).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "positions": ["offer-per-critic", "secret-offer"],
            "party": "alpha",
            "kind": "scope",
            "islands": ["isle-a"],
            "overlap": "1972-05/1972",
            "certainty": "possible",
            "sources": ["critic-2001", "archive-2021", "digest-2021-06"]
        })
    );
    // Known in 2001, the archive was not: no conflict yet.
    assert_eq!(data.as_known_at(day(2001, 12, 31)).conflicts().len(), 1);
}

#[test]
fn one_voice_saying_two_things_is_not_a_conflict() {
    // The same source, as the same party's account, gives both scopes: its own history.
    let mut b = tiny().to_builder();
    for p in b.positions_mut().iter_mut().filter(|p| p.holder.as_str() == "japan") {
        p.attributions = vec![Attribution::new("mofa-territory".parse().unwrap()).with_account_of(party("japan"))];
    }
    assert!(b.build().unwrap().conflicts().is_empty());
}

// ---------------------------------------------------------------------------------------
// The index against a naive scan.

/// A day number for ordering: `None` below or above every day.
fn lo(d: Option<NaiveDate>) -> i64 {
    d.map_or(i64::MIN, |d| i64::from(d.num_days_from_ce()))
}

fn hi(d: Option<NaiveDate>) -> i64 {
    d.map_or(i64::MAX, |d| i64::from(d.num_days_from_ce()))
}

/// The answer order, from public data only: earliest start, latest start, id, each reading
/// widened by the qualifiers.
fn start_key(p: &Position) -> (i64, i64, String) {
    let earliest = lo(p.period.widened_hull().first());
    let latest = match p.period.start() {
        PeriodEnd::At(w) => hi(w.widened().last()),
        PeriodEnd::Open => i64::MIN,
        PeriodEnd::Unknown => hi(p.period.widened_hull().last()),
    };
    (earliest, latest, p.id.to_string())
}

/// The oracle: every position, its certainty by `Period::certainty_during`, sorted.
fn naive(data: &Dataset, span: Span, keep: impl Fn(&Position) -> bool) -> Vec<(String, Certainty)> {
    let mut hits: Vec<(&Position, Certainty)> = data
        .all_positions()
        .iter()
        .filter(|p| keep(p))
        .filter_map(|p| p.period.certainty_during(span).map(|c| (p, c)))
        .collect();
    hits.sort_by_key(|(p, _)| start_key(p));
    hits.into_iter().map(|(p, c)| (p.id.to_string(), c)).collect()
}

/// The island and every group or region above it.
fn with_parents(data: &Dataset, id: &IslandId) -> Vec<IslandId> {
    let mut out = vec![id.clone()];
    while let Some(parent) = out.last().and_then(|i| data.island(i)).and_then(|i| i.part_of.clone()) {
        out.push(parent);
    }
    out
}

/// Whether a position names the island, something above it, or something below it.
fn concerns(data: &Dataset, p: &Position, target: &IslandId) -> bool {
    p.islands
        .iter()
        .any(|named| with_parents(data, named).contains(target) || with_parents(data, target).contains(named))
}

fn check_against_scan(data: &Dataset) {
    let mut spans: Vec<Span> = Vec::new();
    for year in (1790..2040).step_by(3).chain([i32::MIN, -1, 0, 1, 9999, 300_000, i32::MAX]) {
        spans.push(Span::year(year));
    }
    for (y, m, d) in
        [(1945, 9, 5), (1956, 12, 31), (1959, 12, 31), (1960, 1, 27), (1960, 1, 28), (1991, 12, 26), (2021, 6, 5)]
    {
        spans.push(Span::day(day(y, m, d)));
    }
    spans.push(Span::new(day(1900, 2, 3), day(1950, 7, 1)).unwrap());
    spans.push(Span::new(NaiveDate::MIN, NaiveDate::MAX).unwrap());
    for span in spans {
        assert_eq!(found(&data.positions_during(span)), naive(data, span, |_| true), "{span:?}");
        assert_eq!(found(&data.claims_during(span)), naive(data, span, |p| p.stance.is_claim()), "{span:?}");
        if let (Some(first), true) = (span.first(), span.first() == span.last()) {
            assert_eq!(found(&data.positions_during(first)), naive(data, span, |_| true));
        }
        for p in data.parties() {
            let got = data.query().holder(&p.id).during(span).run().unwrap();
            assert_eq!(found(&got), naive(data, span, |x| x.holder == p.id), "{} {span:?}", p.id);
        }
        for i in data.islands() {
            let got = data.query().island(&i.id).during(span).run().unwrap();
            assert_eq!(found(&got), naive(data, span, |x| concerns(data, x, &i.id)), "{} {span:?}", i.id);
            let definite = data.query().island(&i.id).during(span).certainty(Certainty::Definite).run().unwrap();
            let mut want = naive(data, span, |x| concerns(data, x, &i.id));
            want.retain(|(_, c)| *c == Certainty::Definite);
            assert_eq!(found(&definite), want);
        }
    }
    for year in [1800, 1956, 1972, 2000] {
        assert_eq!(found(&data.positions_during(year)), naive(data, Span::year(year), |_| true));
        assert_eq!(found(&data.claims_during(year)), naive(data, Span::year(year), |p| p.stance.is_claim()));
    }
}

#[test]
fn indexed_answers_equal_a_scan_on_the_fixtures() {
    check_against_scan(&tiny());
    check_against_scan(&edges());
}

#[test]
fn indexed_answers_equal_a_scan_on_generated_data() {
    for seed in 1..4 {
        check_against_scan(&generated(700, seed));
    }
}

/// A small deterministic random generator (PCG-like), so the test needs no dependency.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

/// A valid dataset of `n` positions with every kind of date and end, on a tree of islands.
fn generated(n: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let mut b = Dataset::builder()
        .with_island(Island::new(island("region"), IslandKind::Region))
        .with_island(Island::new(island("group"), IslandKind::Group).with_part_of(island("region")))
        .with_island(Island::new(island("islet"), IslandKind::Island).with_part_of(island("group")))
        .with_island(Island::new(island("big"), IslandKind::Island).with_part_of(island("region")))
        .with_island(Island::new(island("lone"), IslandKind::Island));
    for p in ["p0", "p1", "p2", "p3"] {
        b = b.with_party(Party::new(party(p), PartyKind::State));
    }
    b = b.with_party(Party::new(party("heir"), PartyKind::State).with_successor_of(party("p0")));
    for s in ["s0", "s1", "s2"] {
        b = b.with_source(Source::new(s.parse().unwrap(), SourceKind::Scholarship, "t", "1800".parse().unwrap()));
    }
    let islands = ["region", "group", "islet", "big", "lone"];
    let stances = [Stance::ClaimsSovereignty, Stance::Administers, Stance::DemandsTransfer, Stance::OffersTransfer];
    for i in 0..n {
        let y = 1790 + rng.below(240) as i32;
        let len = rng.below(40) as i32;
        let m = 1 + rng.below(12) as u32;
        let text = match rng.below(11) {
            0 => format!("{y}"),
            1 => format!("{y}-{m:02}"),
            2 => format!("{y}-{m:02}-{:02}/{}-{m:02}-28", 1 + rng.below(28), y + len),
            3 => format!("{}X/{}", y / 10, y / 10 * 10 + 10 + len),
            4 => format!("/{y}"),
            5 => format!("{y}/.."),
            6 => format!("../{y}-{m:02}"),
            7 => format!("{y}/"),
            8 => format!("{y}-{m:02}/{}", y + len),
            9 => format!("{y}~/{}?", y + len),
            _ => format!("{y}/{y}"),
        };
        let period: Period = text.parse().unwrap();
        let stance = stances[rng.below(4) as usize];
        let holder = ["p0", "p1", "p2", "p3", "heir"][rng.below(5) as usize];
        let mut pos = Position::new(
            format!("pos-{i}").parse().unwrap(),
            party(holder),
            stance,
            vec![island(islands[rng.below(5) as usize])],
            period,
        );
        if matches!(stance, Stance::DemandsTransfer | Stance::OffersTransfer) {
            pos = pos.with_counterpart(party(if holder == "p1" { "p2" } else { "p1" }));
        }
        if rng.below(4) == 0 {
            pos.islands.push(island(islands[rng.below(5) as usize]));
        }
        pos = pos.with_attribution(Attribution::new(format!("s{}", rng.below(3)).parse().unwrap()));
        b = b.with_position(pos);
    }
    b.build().unwrap()
}

#[test]
fn query_types_are_send_and_sync() {
    fn ok<T: Send + Sync>() {}
    ok::<Match<'_>>();
    ok::<island_claims::PositionQuery<'_>>();
    ok::<TimelineEntry<'_>>();
    ok::<island_claims::Change<'_>>();
    ok::<island_claims::Conflict<'_>>();
    ok::<QueryError>();
}
