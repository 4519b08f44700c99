//! Derived disputes: checked against a naive derivation written from the words of DESIGN.md
//! ("Derived disputes") on generated datasets, and on the Kuril dataset.
//!
//! The reference looks at every pair of positions on every *elementary run* of days: the
//! days between two consecutive bounds of any period of the dataset, on which every
//! position, membership, representation and island existence either possibly holds on all
//! of them or on none, and likewise definitely. So one day of each run decides for all.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use island_claims::strategies;
use island_claims::{Certainty, Contention, Dataset, DayRange, Outcome, PartyId, Period, Position, Span, Stance};
use proptest::prelude::*;

/// Days `first..=last`, as day numbers.
type Run = (i64, i64);
/// A dyad as compared: its parties, first and last possible day, definite runs.
type DyadRow = (String, String, Run, Vec<Run>);

const PAST: i64 = i64::MIN;
const FUTURE: i64 = i64::MAX;

fn no(d: NaiveDate) -> i64 {
    i64::from(chrono::Datelike::num_days_from_ce(&d))
}

/// A day range as day numbers, `PAST`/`FUTURE` for an unbounded side.
fn days(r: DayRange) -> (i64, i64) {
    (r.first().map_or(PAST, no), r.last().map_or(FUTURE, no))
}

fn hull(p: &Period) -> (i64, i64) {
    days(p.widened_hull())
}

fn core(p: &Period) -> Option<(i64, i64)> {
    p.widened_core().map(days)
}

fn within(d: i64, r: Option<(i64, i64)>) -> bool {
    r.is_some_and(|(a, b)| a <= d && d <= b)
}

/// Whether `party` is `a` or reaches it through `successor_of` lines that nobody contests,
/// in either direction: one line of succession.
fn lines(data: &Dataset) -> BTreeMap<PartyId, usize> {
    let ids: Vec<&PartyId> = data.parties().iter().map(|p| &p.id).collect();
    let mut line: Vec<usize> = (0..ids.len()).collect();
    // Relax until stable: each party takes the least line of its uncontested neighbours.
    loop {
        let mut changed = false;
        for (i, p) in data.parties().iter().enumerate() {
            for s in p.successor_of.iter().filter(|s| !s.is_contested()) {
                let Some(j) = ids.iter().position(|q| **q == s.party) else { continue };
                let m = line[i].min(line[j]);
                if line[i] != m || line[j] != m {
                    line[i] = m;
                    line[j] = m;
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    ids.into_iter().cloned().zip(line).collect()
}

/// The parties `party` is part of or represents, with the period.
fn ups(data: &Dataset, party: &PartyId) -> Vec<(PartyId, Period)> {
    let Some(p) = data.party(party) else { return Vec::new() };
    let wholes = p.part_of.iter().map(|m| (m.party.clone(), m.period.clone()));
    wholes.chain(p.represents.iter().map(|r| (r.party.clone(), r.period.clone()))).collect()
}

/// Every party above `party` through `part_of` and `represents`, to any depth.
fn above(data: &Dataset, party: &PartyId) -> BTreeSet<PartyId> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![party.clone()];
    while let Some(p) = todo.pop() {
        for (w, _) in ups(data, &p) {
            if seen.insert(w.clone()) {
                todo.push(w);
            }
        }
    }
    seen
}

/// Who a position of `holder` counts for on day `d`, if it possibly (`sure` false) or
/// definitely (`sure` true) holds then: for the party it is part of or represents while that
/// possibly (definitely) holds, and for itself while none possibly holds.
fn counts_for(data: &Dataset, holder: &PartyId, d: i64, sure: bool, depth: usize, out: &mut BTreeSet<PartyId>) {
    let ups = ups(data, holder);
    if depth > data.parties().len() {
        return;
    }
    let mut own = true;
    for (w, period) in &ups {
        let (possibly, surely) = (within(d, Some(hull(period))), within(d, core(period)));
        if (sure && surely) || (!sure && possibly) {
            counts_for(data, w, d, sure, depth + 1, out);
        }
        if possibly {
            own = false;
        }
    }
    if own {
        out.insert(holder.clone());
    }
}

/// What a stance counts as against another party (Contention's table): 0 claim, 1 hold,
/// 2 dispute.
fn against(p: &Position, other_line: usize, line: &BTreeMap<PartyId, usize>) -> Option<u8> {
    let names_other = p.counterpart.as_ref().and_then(|c| line.get(c)) == Some(&other_line);
    match p.stance {
        Stance::ClaimsSovereignty => Some(0),
        Stance::DemandsTransfer if names_other => Some(0),
        Stance::Administers => Some(1),
        Stance::Leases if !names_other => Some(1),
        Stance::DisputesSovereigntyOf if names_other => Some(2),
        _ => None,
    }
}

fn contention(a: u8, b: u8) -> Option<Contention> {
    match (a, b) {
        (0, 0) => Some(Contention::BothClaim),
        (0, 1) | (1, 0) => Some(Contention::ClaimAgainstAdministration),
        (2, 0 | 1) | (0 | 1, 2) => Some(Contention::DisputedRecognition),
        _ => None,
    }
}

/// The topmost group or region above an island, or the island.
fn root(data: &Dataset, island: &island_claims::IslandId) -> String {
    let mut at = island.clone();
    for _ in 0..data.islands().len() {
        match data.island(&at).and_then(|i| i.part_of.clone()) {
            Some(up) => at = up,
            None => break,
        }
    }
    at.to_string()
}

/// One contention on one elementary run: who, where, what, how surely, and which positions.
#[derive(Debug, Clone)]
struct Fact {
    root: String,
    lines: (usize, usize),
    dyad: (PartyId, PartyId),
    island: String,
    kind: Contention,
    sure: bool,
    positions: [String; 2],
}

/// A dispute as compared.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Row {
    territory: String,
    sides: [Vec<String>; 2],
    possible: (i64, i64),
    definite: Vec<(i64, i64)>,
    islands: Vec<String>,
    contention: Vec<Contention>,
    positions: Vec<String>,
    /// Each dyad: its parties, first and last possible day, definite runs.
    dyads: Vec<DyadRow>,
    ended_by: Vec<String>,
    settled_by: Option<String>,
}

/// Merges runs that overlap or meet.
fn merge(mut runs: Vec<(i64, i64)>) -> Vec<(i64, i64)> {
    runs.sort_unstable();
    let mut out: Vec<(i64, i64)> = Vec::new();
    for r in runs {
        match out.last_mut() {
            Some(l) if r.0 <= l.1.saturating_add(1) => l.1 = l.1.max(r.1),
            _ => out.push(r),
        }
    }
    out
}

/// The disputes of `data`, derived from DESIGN.md's words by looking at every pair of
/// positions on every elementary run of days.
fn naive(data: &Dataset) -> Vec<Row> {
    let line = lines(data);
    let line_of = |p: &PartyId| line.get(p).copied().unwrap_or(usize::MAX);
    // Pairs of lines never in dispute: a contested succession, or part of / acting for.
    let mut apart: BTreeSet<(usize, usize)> = BTreeSet::new();
    for p in data.parties() {
        let mut linked: Vec<PartyId> =
            p.successor_of.iter().filter(|s| s.is_contested()).map(|s| s.party.clone()).collect();
        linked.extend(above(data, &p.id));
        for q in linked {
            let (a, b) = (line_of(&p.id), line_of(&q));
            apart.insert((a.min(b), a.max(b)));
        }
    }
    // The elementary runs.
    let mut cuts: BTreeSet<i64> = BTreeSet::new();
    let mut add = |p: &Period| {
        for (a, b) in std::iter::once(hull(p)).chain(core(p)) {
            for x in [a, b.saturating_add(1)] {
                if x != PAST && x != FUTURE {
                    cuts.insert(x);
                }
            }
        }
    };
    data.all_positions().iter().for_each(|p| add(&p.period));
    for party in data.parties() {
        party.part_of.iter().for_each(|m| add(&m.period));
        party.represents.iter().for_each(|r| add(&r.period));
    }
    data.islands().iter().filter_map(|i| i.exists.as_ref()).for_each(&mut add);
    let cuts: Vec<i64> = cuts.into_iter().collect();
    let mut runs: Vec<(i64, i64)> = Vec::new();
    let mut start = PAST;
    for &c in &cuts {
        runs.push((start, c - 1));
        start = c;
    }
    runs.push((start, FUTURE));

    let mut facts: Vec<((i64, i64), Fact)> = Vec::new();
    let positions = data.all_positions();
    for &run in &runs {
        // A day of the run that is a real day (any day of it decides).
        let d = if run.0 == PAST { run.1 } else { run.0 };
        for (i, p) in positions.iter().enumerate() {
            for q in positions.iter().skip(i + 1) {
                let (ip, iq) = (data.covered_islands(&p.id).unwrap(), data.covered_islands(&q.id).unwrap());
                let common: Vec<_> = ip.iter().filter(|x| iq.contains(x)).collect();
                if common.is_empty() {
                    continue;
                }
                for sure in [false, true] {
                    let held =
                        |x: &Position| if sure { within(d, core(&x.period)) } else { within(d, Some(hull(&x.period))) };
                    if !held(p) || !held(q) {
                        continue;
                    }
                    let (mut fp, mut fq) = (BTreeSet::new(), BTreeSet::new());
                    counts_for(data, &p.holder, d, sure, 0, &mut fp);
                    counts_for(data, &q.holder, d, sure, 0, &mut fq);
                    for a in &fp {
                        for b in &fq {
                            let (la, lb) = (line_of(a), line_of(b));
                            if la == lb || apart.contains(&(la.min(lb), la.max(lb))) {
                                continue;
                            }
                            let (Some(ra), Some(rb)) = (against(p, lb, &line), against(q, la, &line)) else { continue };
                            let Some(kind) = contention(ra, rb) else { continue };
                            for x in &common {
                                let exists = data.island(x).and_then(|i| i.exists.as_ref());
                                let ok = match exists {
                                    None => true,
                                    Some(e) if sure => within(d, core(e)),
                                    Some(e) => within(d, Some(hull(e))),
                                };
                                if !ok {
                                    continue;
                                }
                                // The lower line first, its party first.
                                let (lines, dyad, pos) = if la < lb {
                                    ((la, lb), (a.clone(), b.clone()), [p.id.to_string(), q.id.to_string()])
                                } else {
                                    ((lb, la), (b.clone(), a.clone()), [q.id.to_string(), p.id.to_string()])
                                };
                                let fact = Fact {
                                    root: root(data, x),
                                    lines,
                                    dyad,
                                    island: x.to_string(),
                                    kind,
                                    sure,
                                    positions: pos,
                                };
                                facts.push((run, fact));
                            }
                        }
                    }
                }
            }
        }
    }

    // Group by root and pair of lines; cut at the days on which nothing possibly holds.
    // By territory and pair of lines.
    type Group = (String, (usize, usize));
    let mut groups: BTreeMap<Group, Vec<(Run, Fact)>> = BTreeMap::new();
    for (run, f) in facts {
        groups.entry((f.root.clone(), f.lines)).or_default().push((run, f));
    }
    let mut out = Vec::new();
    for ((territory, _), facts) in groups {
        let possible = merge(facts.iter().map(|(r, _)| *r).collect());
        for &span in &possible {
            let inside: Vec<&((i64, i64), Fact)> =
                facts.iter().filter(|(r, _)| r.0 >= span.0 && r.1 <= span.1).collect();
            let definite = merge(inside.iter().filter(|(_, f)| f.sure).map(|(r, _)| *r).collect());
            let set = |f: &dyn Fn(&Fact) -> String| inside.iter().map(|(_, x)| f(x)).collect::<BTreeSet<String>>();
            let mut sides = [
                set(&|f| f.dyad.0.to_string()).into_iter().collect::<Vec<_>>(),
                set(&|f| f.dyad.1.to_string()).into_iter().collect(),
            ];
            sides.sort();
            let mut islands: Vec<String> = set(&|f| f.island.clone()).into_iter().collect();
            let order: Vec<String> = data.islands().iter().map(|i| i.id.to_string()).collect();
            islands.sort_by_key(|i| order.iter().position(|o| o == i));
            let contention: Vec<Contention> =
                inside.iter().map(|(_, f)| f.kind).collect::<BTreeSet<_>>().into_iter().collect();
            let positions: BTreeSet<String> = inside.iter().flat_map(|(_, f)| f.positions.clone()).collect();
            let mut dyads: BTreeMap<(String, String), (Vec<Run>, Vec<Run>)> = BTreeMap::new();
            for (r, f) in &inside {
                let key = (f.dyad.0.to_string(), f.dyad.1.to_string());
                let entry = dyads.entry(key).or_default();
                entry.0.push(*r);
                if f.sure {
                    entry.1.push(*r);
                }
            }
            let mut dyads: Vec<_> = dyads
                .into_iter()
                .map(|((a, b), (p, d))| {
                    let p = merge(p);
                    (a, b, (p[0].0, p[p.len() - 1].1), merge(d))
                })
                .collect();
            // Compared with the sides in sorted order: a dyad's parties follow them.
            if sides[0].first() != Some(&dyads[0].0) && !sides[0].contains(&dyads[0].0) {
                for d in &mut dyads {
                    std::mem::swap(&mut d.0, &mut d.1);
                }
            }
            dyads.sort();
            let backing: Vec<&Position> =
                positions.iter().map(|id| data.position(&id.parse().unwrap()).unwrap()).collect();
            let (ended_by, settled_by) = if span.1 == FUTURE {
                (Vec::new(), None)
            } else {
                let mut ended: Vec<String> = backing
                    .iter()
                    .filter(|p| hull(&p.period).1 == span.1)
                    .filter_map(|p| p.ended_by.as_ref().map(|e| e.to_string()))
                    .collect::<BTreeSet<_>>()
                    .into_iter()
                    .collect();
                let events: Vec<String> = data.events().iter().map(|e| e.id.to_string()).collect();
                ended.sort_by_key(|e| events.iter().position(|x| x == e));
                let ends: BTreeSet<Option<String>> =
                    backing.iter().map(|p| p.ended_by.as_ref().map(|e| e.to_string())).collect();
                let settled = match ends.into_iter().collect::<Vec<_>>().as_slice() {
                    [Some(e)] => {
                        let event = data.event(&e.parse().unwrap()).unwrap();
                        let took_part: BTreeSet<usize> = event
                            .participants
                            .iter()
                            .flat_map(|p| std::iter::once(p.party.clone()).chain(above(data, &p.party)))
                            .map(|p| line_of(&p))
                            .collect();
                        let side_line = |s: &Vec<String>| line_of(&s[0].parse().unwrap());
                        sides.iter().all(|s| took_part.contains(&side_line(s))).then(|| e.clone())
                    }
                    _ => None,
                };
                (ended, settled)
            };
            out.push(Row {
                territory: territory.clone(),
                sides,
                possible: span,
                definite,
                islands,
                contention,
                positions: positions.into_iter().collect(),
                dyads,
                ended_by,
                settled_by,
            });
        }
    }
    out.sort();
    out
}

/// The disputes `disputes()` derives, as compared.
fn derived(data: &Dataset) -> Vec<Row> {
    let mut out: Vec<Row> = data.disputes().iter().map(row_of).collect();
    out.sort();
    out
}

/// A dispute, as compared.
fn row_of(d: &island_claims::Dispute<'_>) -> Row {
    {
        {
            let mut sides = [0, 1].map(|s| {
                let mut v: Vec<String> = d.side(s).map(|p| p.to_string()).collect();
                v.sort();
                v
            });
            let swapped = sides[1] < sides[0];
            sides.sort();
            let mut dyads: Vec<_> = d
                .dyads()
                .map(|y| {
                    let [a, b] = y.parties().map(|p| p.to_string());
                    let (a, b) = if swapped { (b, a) } else { (a, b) };
                    (a, b, days(y.possible()), y.definite().map(days).collect::<Vec<_>>())
                })
                .collect();
            dyads.sort();
            let mut positions: Vec<String> = d.positions().map(|p| p.id.to_string()).collect();
            positions.sort();
            Row {
                territory: d.territory().to_string(),
                sides,
                possible: days(d.possible()),
                definite: d.definite().map(days).collect(),
                islands: d.islands().map(|i| i.to_string()).collect(),
                contention: d.contention().to_vec(),
                positions,
                dyads,
                ended_by: d.ended_by().map(|e| e.id.to_string()).collect(),
                settled_by: d.settled_by().map(|e| e.id.to_string()),
            }
        }
    }
}

/// Datasets with enough parties, positions and shared islands for disputes to arise.
fn contested() -> impl Strategy<Value = Dataset> {
    use strategies::DatasetParams;
    let params = DatasetParams::default().islands(1..=3).parties(3..=6).positions(10..=24).years(1950..=2000);
    // The generator links most parties by succession, membership or representation, which
    // leaves few pairs that can be in dispute: half the parties lose their links.
    strategies::dataset_with(params).prop_filter_map("a dataset that builds without the links", |data| {
        let mut b = data.into_builder();
        for p in b.parties_mut().iter_mut().step_by(2) {
            p.successor_of.clear();
            p.part_of.clear();
            p.represents.clear();
        }
        b.build().ok()
    })
}

fn cases(n: u32) -> ProptestConfig {
    let percent = std::env::var("ISLAND_CLAIMS_CASES_PERCENT").ok().and_then(|p| p.parse::<u32>().ok()).unwrap_or(100);
    ProptestConfig::with_cases((n.saturating_mul(percent) / 100).max(1))
}

fn any_span() -> impl Strategy<Value = Span> {
    (1800..2040i32, 0..400u32, 0..20_000u64).prop_map(|(y, d, len)| {
        let first = NaiveDate::from_ymd_opt(y, 1, 1).unwrap() + chrono::Days::new(d.into());
        Span::new(first, first + chrono::Days::new(len)).unwrap()
    })
}

proptest! {
    #![proptest_config(cases(120))]

    #[test]
    fn disputes_equal_the_naive_derivation(data in prop_oneof![strategies::dataset(), contested()], span in any_span()) {
        let want = naive(&data);
        prop_assert_eq!(derived(&data), want.clone(), "dataset: {}", data.to_json());

        let all = data.disputes();
        // In the order of their first possible day.
        prop_assert!(all.windows(2).all(|w| days(w[0].possible()).0 <= days(w[1].possible()).0));
        for d in &all {
            // Every position behind it exists and possibly holds at some time of it.
            for p in d.positions() {
                let found = data.position(&p.id).unwrap();
                let (a, b) = hull(&found.period);
                let (lo, hi) = days(d.possible());
                prop_assert!(a <= hi && b >= lo, "{} outside {:?}", p.id, d.possible());
            }
            // The named parties end their sides; every period text parses.
            for (s, named) in d.parties().iter().enumerate() {
                prop_assert_eq!(d.side(s).last(), Some(*named));
            }
            let unbounded = days(d.possible()) == (PAST, FUTURE) && d.definite().next().is_none();
            prop_assert!(d.period().parse::<Period>().is_ok() || (unbounded && d.period().is_empty()), "{}", d.period());
            prop_assert_eq!(d.outcome() == Outcome::Settled, d.settled_by().is_some() && d.ongoing().is_none());
        }

        // The time query: the disputes whose possible days meet the span, definite when a
        // definite day does.
        let (first, last) = (no(span.first().unwrap()), no(span.last().unwrap()));
        let expected: Vec<(Row, Certainty)> = derived(&data)
            .into_iter()
            .filter(|r| r.possible.0 <= last && r.possible.1 >= first)
            .map(|r| {
                let sure = r.definite.iter().any(|&(a, b)| a <= last && b >= first);
                (r, if sure { Certainty::Definite } else { Certainty::Possible })
            })
            .collect();
        let got: Vec<(Row, Certainty)> = data
            .disputes_during(span)
            .iter()
            .map(|m| (row_of(&m.dispute()), m.certainty()))
            .collect();
        let mut got_sorted = got.clone();
        got_sorted.sort();
        prop_assert_eq!(got_sorted, expected);
    }
}

/// The property above is not vacuous: generated datasets have disputes of every kind.
#[test]
fn generated_datasets_have_disputes_of_every_kind() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut kinds = BTreeSet::new();
    let (mut with, mut ended) = (0, 0);
    for _ in 0..100 {
        let data = contested().new_tree(&mut runner).unwrap().current();
        let all = data.disputes();
        with += usize::from(!all.is_empty());
        for d in &all {
            kinds.extend(d.contention().iter().copied());
            ended += usize::from(d.outcome() == Outcome::Ended);
        }
    }
    assert!(with >= 30, "only {with} of 100 datasets have a dispute");
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    assert!(ended > 0, "no dispute ended");
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The dispute of Japan with the USSR, then Russia, over the southern Kurils: from the Soviet
/// occupation on, one line continued by the successor, still ongoing.
#[test]
fn kuril_japan_disputes_the_southern_kurils_with_the_ussr_then_russia_from_the_occupation_on() {
    let data = island_claims::datasets::kuril();
    let all = data.disputes();
    let south: Vec<_> =
        all.iter().filter(|d| d.territory().as_str() == "south-kurils" && d.parties()[0].as_str() == "japan").collect();
    assert_eq!(south.len(), 1, "one dispute, not one per successor");
    let d = south[0];
    assert_eq!(d.parties().map(|p| p.as_str()), ["japan", "russia"]);
    assert_eq!(d.side(1).map(|p| p.as_str()).collect::<Vec<_>>(), ["ussr", "russia"]);
    // The Soviet forces took the four from 1945-09-05 (ussr-administers-1945); Japan's claim
    // surely held against them by 1949-06-01 (japan-claims-four-1949).
    assert_eq!(d.possible().first(), Some(day(1945, 9, 5)));
    assert_eq!(d.possible().last(), None);
    assert_eq!(d.definite().next().and_then(|r| r.first()), Some(day(1949, 6, 1)));
    assert_eq!(d.period(), "[1945-09-05..1949-06-01]/..");
    assert_eq!((d.ongoing(), d.outcome()), (Some(Certainty::Definite), Outcome::Ongoing));
    assert!(d.ended_by().next().is_none() && d.settled_by().is_none());
    for island in ["iturup", "kunashir", "shikotan", "habomai", "suisho"] {
        assert!(d.islands().any(|i| i.as_str() == island), "{island}");
    }
    assert_eq!(
        d.contention(),
        [Contention::BothClaim, Contention::ClaimAgainstAdministration, Contention::DisputedRecognition]
    );
    // One dyad per successor: the USSR's ends at its dissolution, Russia's begins then.
    let dyads: Vec<_> = d.dyads().map(|y| (y.parties().map(|p| p.as_str()), y.possible())).collect();
    assert_eq!(dyads.len(), 2);
    assert_eq!(dyads[0].0, ["japan", "ussr"]);
    assert_eq!(dyads[0].1.last(), Some(day(1991, 12, 26)));
    assert_eq!(dyads[1].0, ["japan", "russia"]);
    assert_eq!(dyads[1].1.first(), Some(day(1991, 12, 26)));
    // The oblast's administration counts for its state: it is behind the dispute, and the
    // oblast is no party to it.
    assert!(d.positions().any(|p| p.id.as_str() == "sakhalin-oblast-administers-1947"));
    assert!(all.iter().all(|d| d.side(0).chain(d.side(1)).all(|p| !p.as_str().contains("oblast"))));
    // Without the claim of 1951-55 the line would break at the San Francisco treaty.
    assert!(d.positions().any(|p| p.id.as_str() == "japan-claims-habomai-shikotan-1952"));
    assert_eq!(d.certainty_during(Span::year(1953)), Some(Certainty::Definite));
    for source in d.sources() {
        assert!(data.source(source).is_some(), "{source}");
    }
}

#[test]
fn kuril_the_russian_empire_is_in_no_dispute_with_japan() {
    let data = island_claims::datasets::kuril();
    let since_1875 = Span::new(day(1875, 5, 7), day(2026, 12, 31)).unwrap();
    for m in data.disputes_during(since_1875) {
        let d = m.dispute();
        assert!(d.side(0).chain(d.side(1)).all(|p| p.as_str() != "russian-empire"), "{}", d.period());
    }
    // Nor before: it recognised Japan's sovereignty from Shimoda on.
    assert!(data.disputes().iter().all(|d| d.side(0).chain(d.side(1)).all(|p| p.as_str() != "russian-empire")));
}

/// The counts the `disputes` example prints for 1972 and 2021.
#[test]
fn kuril_counts_of_disputes_in_1972_and_2021() {
    let data = island_claims::datasets::kuril();
    let rows = |year| {
        let mut v: Vec<(String, String, Certainty)> = data
            .disputes_in_year(year)
            .iter()
            .map(|m| {
                let d = m.dispute();
                (d.parties().map(|p| p.as_str()).join(" vs "), d.territory().to_string(), m.certainty())
            })
            .collect();
        v.sort();
        v
    };
    let sure = |t: &str, a: &str| (a.to_owned(), t.to_owned(), Certainty::Definite);
    // 1972: Japan against the USSR over the four; the US disputing Soviet sovereignty over
    // the Kurils and over Habomai and Shikotan (two territories of the dataset).
    assert_eq!(
        rows(1972),
        [
            sure("south-kurils", "japan vs russia"),
            sure("kuril-islands", "united-states vs russia"),
            sure("south-kurils", "united-states vs russia")
        ]
    );
    // 2021: the US position ended with the USSR (1991-12-26); Japan against Russia remains.
    assert_eq!(rows(2021), [sure("south-kurils", "japan vs russia")]);
    let us = data.disputes().into_iter().find(|d| d.parties()[0].as_str() == "united-states").unwrap();
    assert_eq!(us.outcome(), Outcome::Ended);
    assert_eq!(us.ended_by().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["ussr-dissolution-1991"]);
}

/// Japan's claims to the Kurils north of the four (1875-1951) against the Soviet
/// administration make a dispute of their own, ended by the San Francisco treaty.
#[test]
fn kuril_the_northern_kurils_were_disputed_until_san_francisco() {
    let data = island_claims::datasets::kuril();
    let north = data
        .disputes()
        .into_iter()
        .find(|d| d.territory().as_str() == "kuril-islands" && d.parties()[0].as_str() == "japan");
    let north = north.unwrap();
    assert_eq!(north.period(), "1945-09-05/1951-09-07");
    assert_eq!(north.outcome(), Outcome::Ended);
    assert_eq!(north.ended_by().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["sf-treaty-1951"]);
    // The USSR signed no treaty at San Francisco: nothing settled it.
    assert!(north.settled_by().is_none());
}

/// A small dataset: one island, parties and positions given as JSON fragments, one source.
fn small(parties: &str, events: &str, positions: &[(&str, &str, &str, &str, &str)]) -> Dataset {
    let positions: Vec<String> = positions
        .iter()
        .map(|(id, holder, stance, period, extra)| {
            format!(
                r#"{{"id": "{id}", "holder": "{holder}", "stance": "{stance}", "islands": ["isle"],
                    "period": "{period}", "attributions": [{{"source": "s"}}]{extra}}}"#
            )
        })
        .collect();
    let json = format!(
        r#"{{"format": "island-claims/2",
            "islands": [{{"id": "isle", "kind": "island"}}],
            "parties": [{parties}],
            "sources": [{{"id": "s", "kind": "reference_work", "title": "S", "published": "2024"}}],
            "events": [{events}],
            "positions": [{}]}}"#,
        positions.join(",")
    );
    Dataset::from_json(&json).unwrap_or_else(|e| panic!("{e}\n{json}"))
}

const TREATY: &str = r#"{"id": "treaty", "kind": "treaty", "when": "1950-06-01", "title": "Treaty",
    "participants": [{"party": "a", "role": "signatory"}, {"party": "b", "role": "signatory"}],
    "attributions": [{"source": "s"}]}"#;

#[test]
fn a_dispute_whose_positions_all_end_by_a_treaty_of_both_is_settled_by_it() {
    let parties = r#"{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}"#;
    let ended = r#", "ended_by": "treaty""#;
    let data = small(
        parties,
        TREATY,
        &[
            ("a-claims", "a", "claims_sovereignty", "1900/1950-06-01", ended),
            ("b-holds", "b", "administers", "1900/1950-06-01", ended),
        ],
    );
    let all = data.disputes();
    assert_eq!(all.len(), 1);
    let d = &all[0];
    assert_eq!((d.outcome(), d.settled_by().map(|e| e.id.as_str())), (Outcome::Settled, Some("treaty")));
    assert_eq!(d.ended_by().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["treaty"]);
    assert_eq!(d.contention(), [Contention::ClaimAgainstAdministration]);
    assert_eq!(d.period(), "1900/1950-06-01");

    // One side's position lapsing without the treaty: ended, by the treaty of the other's.
    let data = small(
        parties,
        TREATY,
        &[
            ("a-claims", "a", "claims_sovereignty", "1900/1950-06-01", ended),
            ("b-holds", "b", "administers", "1900/..", ""),
        ],
    );
    let d = &data.disputes()[0];
    assert_eq!((d.outcome(), d.settled_by()), (Outcome::Ended, None));
    assert_eq!(d.ended_by().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["treaty"]);

    // A treaty only one side signed settles nothing.
    let one = TREATY.replace(r#", {"party": "b", "role": "signatory"}"#, "");
    let data = small(
        parties,
        &one,
        &[
            ("a-claims", "a", "claims_sovereignty", "1900/1950-06-01", ended),
            ("b-holds", "b", "administers", "1900/1950-06-01", ended),
        ],
    );
    assert_eq!(data.disputes()[0].outcome(), Outcome::Ended);
}

#[test]
fn a_territory_counts_for_its_state_and_is_in_no_dispute_with_it() {
    let parties = r#"{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"},
        {"id": "t", "kind": "territory", "part_of": [{"party": "b", "period": "1900/.."}]}"#;
    let data = small(
        parties,
        "",
        &[
            ("a-claims", "a", "claims_sovereignty", "1950/..", ""),
            ("t-holds", "t", "administers", "1950/..", ""),
            ("t-claims", "t", "claims_sovereignty", "1950/..", ""),
            ("b-holds", "b", "administers", "1950/..", ""),
        ],
    );
    let all = data.disputes();
    assert_eq!(all.len(), 1, "a against b only");
    assert_eq!(all[0].parties().map(|p| p.as_str()), ["a", "b"]);
    assert!(all[0].positions().any(|p| p.id.as_str() == "t-holds"));
    assert_eq!(all[0].outcome(), Outcome::Ongoing);
}

#[test]
fn governments_of_a_contested_succession_are_in_no_dispute_with_each_other() {
    let parties = r#"{"id": "old", "kind": "state", "exists": "1900/1949"},
        {"id": "g1", "kind": "state", "exists": "1949/..", "successor_of": "old"},
        {"id": "g2", "kind": "state", "exists": "1949/..",
         "successor_of": [{"party": "old", "contested_by": ["g1"], "attributions": [{"source": "s"}]}]},
        {"id": "x", "kind": "state"}"#;
    let data = small(
        parties,
        "",
        &[
            ("g1-claims", "g1", "claims_sovereignty", "1950/..", ""),
            ("g2-claims", "g2", "claims_sovereignty", "1950/..", ""),
            ("x-claims", "x", "claims_sovereignty", "1950/..", ""),
        ],
    );
    let mut pairs: Vec<[&str; 2]> = data.disputes().iter().map(|d| d.parties().map(|p| p.as_str())).collect();
    pairs.sort();
    // Each against x; not against each other.
    assert_eq!(pairs, [["g1", "x"], ["g2", "x"]]);
}
