//! Property tests: the promises of DESIGN.md checked on generated data.
//!
//! Each property is its own test with its own case count. A failing case prints the shrunk
//! dataset as JSON.
//!
//! `ISLAND_CLAIMS_CASES_PERCENT` scales every count (default 100): the mutation check runs
//! the suite once per mutant and sets it lower, a long hunt for bugs sets it higher.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate};
use island_claims::strategies;
use island_claims::validate::Severity;
use island_claims::{
    Certainty, ConflictKind, Dataset, DatasetBuilder, EventId, IslandId, IslandKind, IssueCode, Match, PartyId, Period,
    PeriodEnd, Position, PositionConflict, SourceId, Span, Stance, TimelineEntry, When,
};
use proptest::prelude::*;
use proptest::sample::Index;

/// An event conflict, as compared: the two event ids, kind, islands and sources.
type EventConflictRow = (String, String, ConflictKind, Vec<IslandId>, Vec<SourceId>);

/// The configuration of a property run with `n` cases, scaled by
/// `ISLAND_CLAIMS_CASES_PERCENT`.
fn cases(n: u32) -> ProptestConfig {
    let percent = std::env::var("ISLAND_CLAIMS_CASES_PERCENT").ok().and_then(|p| p.parse::<u32>().ok()).unwrap_or(100);
    ProptestConfig::with_cases((n.saturating_mul(percent) / 100).max(1))
}

/// A dataset whose `Debug` form is its JSON, so that a failing case is readable.
#[derive(Clone)]
struct Shown(Dataset);

impl fmt::Debug for Shown {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_json())
    }
}

/// Builder records, shown as JSON.
#[derive(Clone)]
struct ShownBuilder(DatasetBuilder);

impl fmt::Debug for ShownBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.to_json())
    }
}

fn dataset() -> impl Strategy<Value = Shown> {
    strategies::dataset().prop_map(Shown)
}

// ---------------------------------------------------------------------------------------
// 1. Generated datasets build, and round-trip through JSON and the builder.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(300))]

    #[test]
    fn p1_generated_datasets_build_and_round_trip(builder in strategies::dataset_builder().prop_map(ShownBuilder)) {
        let data = match builder.0.build() {
            Ok(d) => d,
            Err(report) => return Err(TestCaseError::fail(format!("generated dataset refused: {report}"))),
        };
        let json = data.to_json();
        let again = Dataset::from_json(&json).unwrap();
        prop_assert_eq!(&again, &data);
        prop_assert_eq!(again.to_json(), json);
        prop_assert_eq!(again.warnings(), data.warnings());
        let rebuilt = data.to_builder().build().unwrap();
        prop_assert_eq!(&rebuilt, &data);
        prop_assert!(data.warnings().iter().all(|w| w.severity == Severity::Warning));
    }
}

// ---------------------------------------------------------------------------------------
// 2. Each single defect is refused with its own code, and only it.
// ---------------------------------------------------------------------------------------

/// Checks one defect; the message names the codes found.
fn check_defect(defect: &strategies::Defect) -> Result<(), TestCaseError> {
    let code = defect.code();
    let built = defect.builder().build();
    if code.severity() == Severity::Warning {
        let data = built.map_err(|r| TestCaseError::fail(format!("a warning refused the dataset: {r}")))?;
        let codes: BTreeSet<IssueCode> = data.warnings().iter().map(|w| w.code).collect();
        prop_assert_eq!(codes, BTreeSet::from([code]), "warnings {:?}", data.warnings());
        return Ok(());
    }
    let report = match built {
        Ok(_) => return Err(TestCaseError::fail(format!("{code} was not refused"))),
        Err(r) => r,
    };
    let codes: BTreeSet<IssueCode> = report.issues().iter().map(|i| i.code).collect();
    prop_assert_eq!(codes, BTreeSet::from([code]), "report: {}", report);
    Ok(())
}

/// Every code in turn, so a code without a defect strategy fails here (it does not even
/// compile: `single_defect` matches every code).
#[test]
fn p2_single_defects_report_only_their_code() {
    for code in IssueCode::iter() {
        let mut runner = proptest::test_runner::TestRunner::new(cases(24));
        if let Err(e) = runner.run(&strategies::single_defect(code), |d| check_defect(&d)) {
            panic!("{code}: {e}");
        }
    }
}

proptest! {
    #![proptest_config(cases(100))]

    #[test]
    fn p2_any_defect_reports_only_its_code(defect in strategies::any_defect()) {
        check_defect(&defect)?;
    }
}

// ---------------------------------------------------------------------------------------
// 8. Dates: bounds are ordered, the core lies in the hull, the text round-trips.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(2000))]

    #[test]
    fn p8_when_bounds_and_text(text in strategies::when_text()) {
        let when = When::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert!(when.earliest() <= when.latest());
        prop_assert_eq!(when.as_str(), &text);
        prop_assert_eq!(&When::parse(&when.to_string()).unwrap(), &when);
        let json = serde_json::to_string(&when).unwrap();
        prop_assert_eq!(serde_json::from_str::<When>(&json).unwrap(), when.clone());
        // A date is also a period that began and ended within it.
        let p = Period::parse(&text).unwrap();
        prop_assert_eq!(p.hull(), when.range());
        prop_assert_eq!(p.widened_hull(), when.widened());
        prop_assert_eq!(when.range().first().unwrap_or(NaiveDate::MIN), when.earliest());
        prop_assert_eq!(when.range().last().unwrap_or(NaiveDate::MAX), when.latest());
        // The widened days are DESIGN's: a unit of the qualified precision either way.
        let (lo, hi) = design_widened(&when);
        prop_assert_eq!((lo, hi), (lo_no(when.widened().first()), hi_no(when.widened().last())), "{}", text);
        prop_assert!(lo <= lo_no(when.range().first()) && hi_no(when.range().last()) <= hi);
        if !when.is_uncertain() && !when.is_approximate() {
            prop_assert_eq!(when.widened(), when.range());
        }
    }

    #[test]
    fn p8_period_bounds_and_text(text in strategies::period_text()) {
        let p = Period::parse(&text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
        prop_assert!(!p.is_reversed());
        prop_assert_eq!(p.as_str(), &text);
        prop_assert_eq!(&Period::parse(&p.to_string()).unwrap(), &p);
        let json = serde_json::to_string(&p).unwrap();
        prop_assert_eq!(&serde_json::from_str::<Period>(&json).unwrap(), &p);
        // Each dated end: earliest <= latest, and its own text round-trips.
        for end in [p.start(), p.end()] {
            if let Some(w) = end.when() {
                prop_assert!(w.earliest() <= w.latest());
                prop_assert_eq!(&When::parse(w.as_str()).unwrap(), w);
            }
        }
        // The hull is ordered, and the core (when there is one) is ordered and inside it.
        let hull = p.hull();
        if let (Some(a), Some(b)) = (hull.first(), hull.last()) {
            prop_assert!(a <= b);
        }
        if let Some(core) = p.core() {
            if let (Some(a), Some(b)) = (core.first(), core.last()) {
                prop_assert!(a <= b);
            }
            for day in [core.first(), core.last()].into_iter().flatten() {
                prop_assert!(hull.contains(day), "core day {} outside hull", day);
            }
            prop_assert!(hull.first().is_none() || core.first().is_some(), "core unbounded where hull is bounded");
            prop_assert!(hull.last().is_none() || core.last().is_some(), "core unbounded where hull is bounded");
        }
        // The widened hull holds the stated one, the widened core lies in the stated one.
        let wide = p.widened_hull();
        prop_assert!(lo_no(wide.first()) <= lo_no(hull.first()) && hi_no(hull.last()) <= hi_no(wide.last()));
        if let Some(core) = p.widened_core() {
            let stated = p.core();
            prop_assert!(stated.is_some(), "a widened core without a stated one");
            let stated = stated.unwrap();
            prop_assert!(lo_no(stated.first()) <= lo_no(core.first()) && hi_no(core.last()) <= hi_no(stated.last()));
        }
        // The widened hull and core agree with the certainty of a day, and with DESIGN's words.
        for day in [hull.first(), hull.last(), wide.first(), wide.last()].into_iter().flatten() {
            prop_assert!(p.certainty_at(day).is_some());
            prop_assert_eq!(p.certainty_at(day), certainty_by_design(&readings(&p), day_no(day), day_no(day)));
        }
        for day in [wide.first(), wide.last()].into_iter().flatten() {
            for outside in [day.pred_opt(), day.succ_opt()].into_iter().flatten().filter(|d| !wide.contains(*d)) {
                prop_assert_eq!(p.certainty_at(outside), None);
            }
        }
        if let Some(core) = p.widened_core() {
            for day in [core.first(), core.last()].into_iter().flatten() {
                prop_assert_eq!(p.certainty_at(day), Some(island_claims::Certainty::Definite));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// 9. Loading never panics.
// ---------------------------------------------------------------------------------------

/// Any JSON value, nested a few levels.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        strategies::period_text().prop_map(Value::String),
        "[a-z0-9-]{1,8}".prop_map(Value::String),
        Just(Value::String("island-claims/1".into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map("[a-z_]{1,10}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every node of a JSON value, by path.
fn paths(v: &serde_json::Value, here: Vec<PathStep>, out: &mut Vec<Vec<PathStep>>) {
    out.push(here.clone());
    match v {
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let mut p = here.clone();
                p.push(PathStep::Index(i));
                paths(item, p, out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, item) in map {
                let mut p = here.clone();
                p.push(PathStep::Key(k.clone()));
                paths(item, p, out);
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum PathStep {
    Index(usize),
    Key(String),
}

fn node_mut<'a>(v: &'a mut serde_json::Value, path: &[PathStep]) -> Option<&'a mut serde_json::Value> {
    let Some((first, rest)) = path.split_first() else { return Some(v) };
    let next = match first {
        PathStep::Index(i) => v.get_mut(*i)?,
        PathStep::Key(k) => v.get_mut(k.as_str())?,
    };
    node_mut(next, rest)
}

/// Loading must end in `Ok` or a typed error; a panic fails the test by itself. A loaded
/// dataset must also write and read back.
fn load(text: &str) -> Result<(), TestCaseError> {
    if let Ok(data) = Dataset::from_json(text) {
        let json = data.to_json();
        prop_assert_eq!(Dataset::from_json(&json).unwrap(), data);
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(500))]

    #[test]
    fn p9_arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        load(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn p9_arbitrary_json_never_panics(value in json_value(), wrap in any::<bool>()) {
        // Half the cases look like a dataset at the top, so the fields below are reached.
        let value = if wrap {
            serde_json::json!({"format": "island-claims/1", "islands": value.clone(), "positions": [value]})
        } else {
            value
        };
        load(&value.to_string())?;
    }

}

proptest! {
    #![proptest_config(cases(200))]

    #[test]
    fn p9_valid_datasets_with_a_field_replaced_never_panic(
        data in dataset(),
        at in any::<proptest::sample::Index>(),
        replacement in json_value(),
    ) {
        let mut value: serde_json::Value = serde_json::from_str(&data.0.to_json()).unwrap();
        let mut all = Vec::new();
        paths(&value, Vec::new(), &mut all);
        let path = at.get(&all).clone();
        if let Some(node) = node_mut(&mut value, &path) {
            *node = replacement;
        }
        load(&value.to_string())?;
    }
}

// ---------------------------------------------------------------------------------------
// The naive reference: DESIGN.md's semantics over `all_positions()`, through public API
// only, without the index.
// ---------------------------------------------------------------------------------------

/// Day numbers standing for the infinite past and future.
const PAST: i64 = i64::MIN;
const FUTURE: i64 = i64::MAX;

/// Whether `later` continues `earlier` through uncontested `successor_of`, to any depth.
fn continues(data: &Dataset, later: &island_claims::PartyId, earlier: &island_claims::PartyId) -> bool {
    let mut seen = vec![later.clone()];
    let mut next = 0;
    while let Some(p) = seen.get(next).cloned() {
        next += 1;
        for line in data.party(&p).into_iter().flat_map(|x| &x.successor_of).filter(|l| !l.is_contested()) {
            if &line.party == earlier {
                return true;
            }
            if !seen.contains(&line.party) {
                seen.push(line.party.clone());
            }
        }
    }
    false
}

fn day_no(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// A first day, or the infinite past where there is none.
fn lo_no(d: Option<NaiveDate>) -> i64 {
    d.map_or(PAST, day_no)
}

/// A last day, or the infinite future where there is none.
fn hi_no(d: Option<NaiveDate>) -> i64 {
    d.map_or(FUTURE, day_no)
}

/// The days a date may be once its qualifiers count, from DESIGN.md's words: "an end that is
/// uncertain (`?`) or approximate (`~`) may lie one unit of its precision on either side (a
/// year either way for `1971?`, a month for `1971-06~`, a day for `1971-06-14?`; twice that
/// for `%`)". A qualifier next to one component (`?1971-06`, `1971?-06`) qualifies that
/// component, and one after the date its last, which is its precision. A one-of set is any of
/// its members, each read so; `..` in a set reaches the infinite past or future. Written for
/// the forms the strategies write (and `edtf-core` writes back for interval ends).
fn design_widened(w: &When) -> (i64, i64) {
    let text = w.as_str();
    let Some(inner) = text.strip_prefix('[').and_then(|t| t.strip_suffix(']')) else { return widened_member(text) };
    let mut out = (FUTURE, PAST);
    for member in inner.split(',') {
        let (lo, hi) = if let Some(date) = member.strip_prefix("..") {
            (PAST, widened_member(date).1)
        } else if let Some(date) = member.strip_suffix("..") {
            (widened_member(date).0, FUTURE)
        } else if let Some((a, b)) = member.split_once("..") {
            (widened_member(a).0, widened_member(b).1)
        } else {
            widened_member(member)
        };
        out = (out.0.min(lo), out.1.max(hi));
    }
    out
}

/// One date of the forms the strategies write, widened by DESIGN's words.
fn widened_member(text: &str) -> (i64, i64) {
    let w = When::parse(text).unwrap();
    let (first, last) = (w.earliest(), w.latest());
    // The components; a negative year's sign is not a separator.
    let parts: Vec<&str> = text.strip_prefix('-').unwrap_or(text).split('-').collect();
    let (mut lo, mut hi) = (first, last);
    for (i, part) in parts.iter().enumerate() {
        let n: u32 = if part.contains('%') {
            2
        } else if part.contains(['?', '~']) {
            1
        } else {
            0
        };
        if n == 0 {
            continue;
        }
        // A year, a month or a day either way.
        let (a, b) = match i {
            0 => (first.checked_sub_months(Months::new(12 * n)), last.checked_add_months(Months::new(12 * n))),
            1 => (first.checked_sub_months(Months::new(n)), last.checked_add_months(Months::new(n))),
            _ => (first.checked_sub_days(Days::new(n.into())), last.checked_add_days(Days::new(n.into()))),
        };
        let (a, b) = (a.unwrap(), b.unwrap());
        // Without a day, a date ends at the end of a month: so does its widened reading.
        let b = if parts.len() < 3 { end_of_month(b) } else { b };
        lo = lo.min(a);
        hi = hi.max(b);
    }
    (day_no(lo), day_no(hi))
}

fn end_of_month(d: NaiveDate) -> NaiveDate {
    let next = if d.month() == 12 {
        NaiveDate::from_ymd_opt(d.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(d.year(), d.month() + 1, 1)
    };
    next.unwrap().pred_opt().unwrap()
}

/// DESIGN.md's certainty over the readings: definite when every reading overlaps the days
/// `first..=last` (`start.latest <= last` and `end.earliest >= first`), possible when some does.
fn certainty_by_design(r: &Readings, first: i64, last: i64) -> Option<Certainty> {
    if r.start_hi <= last && r.end_lo >= first {
        Some(Certainty::Definite)
    } else if r.start_lo <= last && r.end_hi >= first {
        Some(Certainty::Possible)
    } else {
        None
    }
}

/// The days of a query span; a year beyond chrono's range lies past every real day on its side.
fn span_days(span: Span, year: Option<i32>) -> (i64, i64) {
    match (span.first(), span.last(), year) {
        (Some(a), Some(b), _) => (day_no(a), day_no(b)),
        (_, _, Some(y)) if y < 0 => (PAST + 1, PAST + 2),
        _ => (FUTURE - 2, FUTURE - 1),
    }
}

/// The four readings of a period, as DESIGN.md defines them: the earliest and latest day of
/// its start and of its end, each widened by its qualifiers ("certainty uses the widened
/// ones"). An open end is infinite; an unknown start may lie anywhere before the end (its
/// latest reading is the end's latest), an unknown end anywhere after the start (its earliest
/// reading is the start's earliest); and no reading ends before it starts.
#[derive(Debug, Clone, Copy)]
struct Readings {
    start_lo: i64,
    start_hi: i64,
    end_lo: i64,
    end_hi: i64,
}

fn readings(p: &Period) -> Readings {
    let dated = |e: &PeriodEnd| e.when().map(design_widened);
    let (end_lo, end_hi) = match p.end() {
        PeriodEnd::Open => (FUTURE, FUTURE),
        PeriodEnd::Unknown => (PAST, FUTURE), // end_lo is fixed below
        e @ PeriodEnd::At(_) => dated(e).unwrap(),
    };
    let (start_lo, start_hi) = match p.start() {
        PeriodEnd::Open => (PAST, PAST),
        PeriodEnd::Unknown => (PAST, end_hi),
        s @ PeriodEnd::At(_) => dated(s).unwrap(),
    };
    let end_lo = if matches!(p.end(), PeriodEnd::Unknown) { start_lo } else { end_lo };
    // No reading ends before it starts (unless every one does: a reversed period).
    let possible = start_lo <= end_hi;
    let end_lo = if possible { end_lo.max(start_lo) } else { end_lo };
    let start_hi = if possible { start_hi.min(end_hi) } else { start_hi };
    Readings { start_lo, start_hi, end_lo, end_hi }
}

/// Order of query answers: earliest start reading, latest start reading, position id.
fn answer_key(p: &Position) -> (i64, i64, String) {
    let r = readings(&p.period);
    (r.start_lo, r.start_hi, p.id.to_string())
}

/// One answer, as compared: position id, certainty, and the party followed from.
type Row = (String, Certainty, Option<String>);

fn rows(matches: &[Match<'_>]) -> Vec<Row> {
    matches
        .iter()
        .map(|m| {
            let via = m.via_successor().or(m.via_part()).or(m.via_agent());
            (m.position().id.to_string(), m.certainty(), via.map(|p| p.to_string()))
        })
        .collect()
}

/// A contingent position may not have held at all: possible at most (version 3).
fn at_most(p: &Position, c: Certainty) -> Certainty {
    if p.contingent { c.min(Certainty::Possible) } else { c }
}

/// Positions matching `keep` during `span` (of `year`, if one beyond chrono's range), in
/// answer order, each with its certainty by DESIGN's words.
fn naive_during(data: &Dataset, span: Span, keep: impl Fn(&Position) -> bool) -> Vec<Row> {
    naive_during_days(data, span_days(span, None), keep)
}

fn naive_during_days(data: &Dataset, (first, last): (i64, i64), keep: impl Fn(&Position) -> bool) -> Vec<Row> {
    let mut found: Vec<(&Position, Certainty)> = data
        .all_positions()
        .iter()
        // Version 3: internal positions are left out; contingent ones are possible at most.
        .filter(|p| keep(p) && !p.internal)
        .filter_map(|p| certainty_by_design(&readings(&p.period), first, last).map(|c| (p, at_most(p, c))))
        .collect();
    found.sort_by_key(|(p, _)| answer_key(p));
    found.into_iter().map(|(p, c)| (p.id.to_string(), c, None)).collect()
}

/// Each island with its members (itself, and for groups and regions everything below; for
/// an island, its parts, which lie below it through `part_of` like members).
fn subtree(data: &Dataset, island: &IslandId) -> BTreeSet<IslandId> {
    let mut out = BTreeSet::from([island.clone()]);
    loop {
        let more: Vec<IslandId> = data
            .islands()
            .iter()
            .filter(|i| i.part_of.as_ref().is_some_and(|p| out.contains(p)) && !out.contains(&i.id))
            .map(|i| i.id.clone())
            .collect();
        if more.is_empty() {
            return out;
        }
        out.extend(more);
    }
}

/// What a position covers: the islands it names and everything below them.
fn naive_cover(data: &Dataset, p: &Position) -> BTreeSet<IslandId> {
    p.islands.iter().flat_map(|i| subtree(data, i)).collect()
}

/// Whether a record naming `named` concerns `island`: one lies below (or is) the other.
fn concerns(data: &Dataset, named: &[IslandId], island: &IslandId) -> bool {
    let below = subtree(data, island);
    named.iter().any(|n| below.contains(n) || subtree(data, n).contains(island))
}

/// The holder and, following succession, every party it continues along any line (the
/// contested ones only with `contested`), each once.
fn succession(data: &Dataset, party: &PartyId, follow: bool, contested: bool) -> Vec<PartyId> {
    let mut chain = vec![party.clone()];
    if !follow {
        return chain;
    }
    let mut next = 0;
    while let Some(p) = chain.get(next).cloned() {
        next += 1;
        for line in &data.party(&p).unwrap().successor_of {
            if (contested || !line.is_contested()) && !chain.contains(&line.party) {
                chain.push(line.party.clone());
            }
        }
    }
    chain
}

/// Every route a query on `holder` may count a party's positions through, from DESIGN.md's
/// words: the holder and its predecessors with no period; then every path without a repeated
/// party down `part_of` (parts) and `represents` (agents), with the periods of its steps.
fn naive_routes(data: &Dataset, holder: &PartyId, f: &Filters) -> Vec<(PartyId, Vec<Period>)> {
    let chain = succession(data, holder, f.follow, f.contested);
    let mut routes: Vec<(PartyId, Vec<Period>)> = chain.iter().map(|p| (p.clone(), Vec::new())).collect();
    if !f.parts && !f.agents {
        return routes;
    }
    let mut stack: Vec<(PartyId, Vec<Period>, Vec<PartyId>)> =
        chain.iter().map(|p| (p.clone(), Vec::new(), vec![p.clone()])).collect();
    while let Some((at, periods, seen)) = stack.pop() {
        for q in data.parties() {
            if seen.contains(&q.id) {
                continue;
            }
            let parts = q.part_of.iter().filter(|_| f.parts).filter(|m| m.party == at).map(|m| &m.period);
            let agents = q.represents.iter().filter(|_| f.agents).filter(|r| r.party == at).map(|r| &r.period);
            for period in parts.chain(agents) {
                let mut periods = periods.clone();
                periods.push(period.clone());
                let mut seen = seen.clone();
                seen.push(q.id.clone());
                routes.push((q.id.clone(), periods.clone()));
                stack.push((q.id.clone(), periods, seen));
            }
        }
    }
    routes
}

/// How surely a position of period `p` held during `span` (all time without one) while every
/// period of `route` held: possibly when all their hulls meet; definitely when every reading
/// of each two of them (the span's days included) overlaps.
fn route_certainty(route: &[Period], p: &Period, span: Option<Span>) -> Option<Certainty> {
    let mut all: Vec<Readings> = route.iter().map(readings).chain([readings(p)]).collect();
    if let Some(span) = span {
        let first = span.first().map_or(PAST, day_no);
        let last = span.last().map_or(FUTURE, day_no);
        all.push(Readings { start_lo: first, start_hi: first, end_lo: last, end_hi: last });
    }
    let lo = all.iter().map(|r| r.start_lo).max()?;
    let hi = all.iter().map(|r| r.end_hi).min()?;
    if lo > hi {
        return None;
    }
    let sure =
        all.iter().enumerate().all(|(i, x)| all.iter().enumerate().all(|(j, y)| i == j || x.start_hi <= y.end_lo));
    Some(if sure { Certainty::Definite } else { Certainty::Possible })
}

/// The filters of one builder query.
#[derive(Debug, Clone)]
struct Filters {
    holder: Option<PartyId>,
    follow: bool,
    contested: bool,
    parts: bool,
    agents: bool,
    island: Option<IslandId>,
    stance: Option<Stance>,
    span: Option<Span>,
    certainty: Certainty,
    source: Option<SourceId>,
}

fn run_builder<'a>(data: &'a Dataset, f: &Filters) -> Vec<Match<'a>> {
    let mut q = data.query();
    if let Some(h) = &f.holder {
        q = q.holder(h);
    }
    if f.follow {
        q = if f.contested { q.follow_contested_succession() } else { q.follow_succession() };
    }
    if f.parts {
        q = q.include_parts();
    }
    if f.agents {
        q = q.include_agents();
    }
    if let Some(i) = &f.island {
        q = q.island(i);
    }
    if let Some(s) = f.stance {
        q = q.stance(s);
    }
    if let Some(s) = f.span {
        q = q.during(s);
    }
    q = q.certainty(f.certainty);
    if let Some(s) = &f.source {
        q = q.source(s);
    }
    q.run().unwrap()
}

fn naive_builder(data: &Dataset, f: &Filters) -> Vec<Row> {
    let routes = f.holder.as_ref().map(|h| naive_routes(data, h, f));
    let mut found: Vec<(&Position, Certainty, Option<String>)> = Vec::new();
    for p in data.all_positions().iter().filter(|p| !p.internal) {
        let (certainty, via) = match (&routes, &f.holder) {
            (Some(routes), Some(h)) => {
                let best = routes
                    .iter()
                    .filter(|(party, _)| *party == p.holder)
                    .filter_map(|(_, periods)| route_certainty(periods, &p.period, f.span))
                    .max();
                match best {
                    None => continue,
                    Some(c) => (c, (p.holder != *h).then(|| h.to_string())),
                }
            }
            _ => match f.span {
                None => (Certainty::Definite, None),
                Some(span) => {
                    let (first, last) = span_days(span, None);
                    match certainty_by_design(&readings(&p.period), first, last) {
                        Some(c) => (c, None),
                        None => continue,
                    }
                }
            },
        };
        if f.island.as_ref().is_some_and(|i| !concerns(data, &p.islands, i))
            || f.stance.is_some_and(|s| p.stance != s)
            || f.source.as_ref().is_some_and(|s| !p.sources().any(|x| x == s))
        {
            continue;
        }
        let certainty = at_most(p, certainty);
        if certainty < f.certainty {
            continue;
        }
        found.push((p, certainty, via));
    }
    found.sort_by_key(|(p, _, _)| answer_key(p));
    found.into_iter().map(|(p, c, via)| (p.id.to_string(), c, via)).collect()
}

/// A span from a first day and a length.
fn span_of(first: NaiveDate, days: u32) -> Span {
    Span::new(first, first + chrono::Days::new(u64::from(days))).unwrap()
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (1840..=2040i32, 1..=366u32)
        .prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap_or_else(|| NaiveDate::from_yo_opt(y, 365).unwrap()))
}

fn any_span() -> impl Strategy<Value = Span> {
    (any_day(), prop_oneof![Just(0u32), 0..40u32, 0..4000u32, 0..40_000u32]).prop_map(|(d, n)| span_of(d, n))
}

/// Random filters over `data`'s own ids, mostly, and each filter left out half the time.
fn filters(data: &Dataset, picks: &FilterPicks) -> Filters {
    let pick = |ix: &Option<Index>, n: usize| ix.as_ref().filter(|_| n > 0).map(|ix| ix.index(n));
    Filters {
        holder: pick(&picks.holder, data.parties().len()).map(|i| data.parties()[i].id.clone()),
        follow: picks.follow,
        contested: picks.relations.0,
        parts: picks.relations.1,
        agents: picks.relations.2,
        island: pick(&picks.island, data.islands().len()).map(|i| data.islands()[i].id.clone()),
        stance: picks.stance,
        span: picks.span,
        certainty: picks.certainty,
        source: pick(&picks.source, data.sources().len()).map(|i| data.sources()[i].id.clone()),
    }
}

#[derive(Debug, Clone)]
struct FilterPicks {
    holder: Option<Index>,
    follow: bool,
    /// Contested succession, parts, agents.
    relations: (bool, bool, bool),
    island: Option<Index>,
    stance: Option<Stance>,
    span: Option<Span>,
    certainty: Certainty,
    source: Option<Index>,
}

fn filter_picks() -> impl Strategy<Value = FilterPicks> {
    (
        proptest::option::of(any::<Index>()),
        (any::<bool>(), any::<(bool, bool, bool)>()),
        proptest::option::of(any::<Index>()),
        proptest::option::of(proptest::sample::select(Stance::iter().collect::<Vec<_>>())),
        proptest::option::of(any_span()),
        prop_oneof![Just(Certainty::Possible), Just(Certainty::Definite)],
        proptest::option::weighted(0.3, any::<Index>()),
    )
        .prop_map(|(holder, (follow, relations), island, stance, span, certainty, source)| FilterPicks {
            holder,
            follow,
            relations,
            island,
            stance,
            span,
            certainty,
            source,
        })
}

// ---------------------------------------------------------------------------------------
// 3. Every query equals the naive reference.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(200))]

    #[test]
    fn p3_time_queries_equal_the_reference(
        data in dataset(),
        year in 1840..=2040i32,
        day in any_day(),
        span in any_span(),
    ) {
        let data = &data.0;
        let claim = |p: &Position| p.stance.is_claim();
        prop_assert_eq!(rows(&data.claims_during(year)), naive_during(data, Span::year(year), claim));
        prop_assert_eq!(rows(&data.claims_during(day)), naive_during(data, Span::day(day), claim));
        prop_assert_eq!(rows(&data.claims_during(span)), naive_during(data, span, claim));
        prop_assert_eq!(rows(&data.positions_during(year)), naive_during(data, Span::year(year), |_| true));
        prop_assert_eq!(rows(&data.positions_during(day)), naive_during(data, Span::day(day), |_| true));
        prop_assert_eq!(rows(&data.positions_during(span)), naive_during(data, span, |_| true));
        // Each match carries its position's expanded islands, holder and sources.
        for m in data.positions_during(span) {
            let p = m.position();
            prop_assert_eq!(m.islands(), data.covered_islands(&p.id).unwrap());
            prop_assert_eq!(m.party(), &p.holder);
            prop_assert_eq!(m.stance(), p.stance);
            prop_assert_eq!(m.counterpart(), p.counterpart.as_ref());
            prop_assert_eq!(m.period(), &p.period);
            prop_assert!(m.sources().eq(p.sources()));
        }
    }

    #[test]
    fn p3_far_years_equal_the_reference(data in dataset(), year in prop_oneof![Just(i32::MIN), Just(i32::MAX), -300_000..=300_000i32]) {
        let data = &data.0;
        prop_assert_eq!(rows(&data.positions_during(year)), naive_during_days(data, span_days(Span::year(year), Some(year)), |_| true));
    }

    #[test]
    fn p3_position_builder_equals_the_reference(data in dataset(), picks in proptest::collection::vec(filter_picks(), 1..6)) {
        let data = &data.0;
        for p in &picks {
            let f = filters(data, p);
            prop_assert_eq!(rows(&run_builder(data, &f)), naive_builder(data, &f), "filters {:?}", f);
        }
    }

    #[test]
    fn p3_a_part_sees_every_position_on_its_whole_island(data in dataset()) {
        // DESIGN.md: "a query on a part still sees positions on the whole island", whenever
        // they held, so a claim to the whole island in 2000 concerns each later half.
        let data = &data.0;
        for part in data.islands().iter().filter(|i| i.kind == IslandKind::Part) {
            let seen: BTreeSet<String> =
                data.query().island(&part.id).run().unwrap().iter().map(|m| m.position().id.to_string()).collect();
            let mut up = part.part_of.clone();
            while let Some(whole) = up {
                for p in data.all_positions().iter().filter(|p| p.islands.contains(&whole) && !p.internal) {
                    prop_assert!(seen.contains(p.id.as_str()), "{} on {} not seen from part {}", p.id, whole, part.id);
                }
                up = data.island(&whole).and_then(|i| i.part_of.clone());
            }
        }
    }

    #[test]
    fn p3_timeline_equals_the_reference(data in dataset()) {
        let data = &data.0;
        for island in data.islands() {
            let timeline = data.timeline(&island.id).unwrap();
            let got: BTreeSet<(u8, String)> = timeline
                .iter()
                .map(|e| match e {
                    TimelineEntry::Event { event } => (0, event.id.to_string()),
                    TimelineEntry::PositionStart { position, .. } => (1, position.id.to_string()),
                    TimelineEntry::PositionEnd { position, .. } => (2, position.id.to_string()),
                    TimelineEntry::IslandStart { island } => (3, island.id.to_string()),
                    TimelineEntry::IslandEnd { island } => (4, island.id.to_string()),
                    _ => unreachable!(),
                })
                .collect();
            prop_assert_eq!(got.len(), timeline.len(), "an entry repeats");
            let mut want = BTreeSet::new();
            for e in data.events().iter().filter(|e| concerns(data, &e.islands, &island.id)) {
                want.insert((0, e.id.to_string()));
            }
            // Internal papers are no public fact of the island's history (version 3).
            for p in data.all_positions().iter().filter(|p| concerns(data, &p.islands, &island.id) && !p.internal) {
                if !matches!(p.period.start(), PeriodEnd::Open) {
                    want.insert((1, p.id.to_string()));
                }
                if !matches!(p.period.end(), PeriodEnd::Open) {
                    want.insert((2, p.id.to_string()));
                }
            }
            // The existence of the island and of those above and below it (its parts).
            for other in data.islands().iter().filter(|o| concerns(data, std::slice::from_ref(&o.id), &island.id)) {
                let Some(exists) = &other.exists else { continue };
                if !matches!(exists.start(), PeriodEnd::Open) {
                    want.insert((3, other.id.to_string()));
                }
                if !matches!(exists.end(), PeriodEnd::Open) {
                    want.insert((4, other.id.to_string()));
                }
            }
            prop_assert_eq!(&got, &want, "timeline of {}", island.id);
            // In time order: by the earliest day each may have happened.
            let earliest = |e: &TimelineEntry<'_>| match e {
                TimelineEntry::Event { event } => readings(&event.when).start_lo,
                TimelineEntry::PositionStart { position, .. } => readings(&position.period).start_lo,
                TimelineEntry::PositionEnd { position, .. } => {
                    let r = readings(&position.period);
                    r.end_lo.max(r.start_lo)
                }
                TimelineEntry::IslandStart { island } => readings(island.exists.as_ref().unwrap()).start_lo,
                TimelineEntry::IslandEnd { island } => {
                    let r = readings(island.exists.as_ref().unwrap());
                    r.end_lo.max(r.start_lo)
                }
                _ => unreachable!(),
            };
            let days: Vec<i64> = timeline.iter().map(earliest).collect();
            prop_assert!(days.windows(2).all(|w| w[0] <= w[1]), "timeline of {} out of order: {:?}", island.id, days);
        }
    }

    #[test]
    fn p3_conflicts_equal_the_reference(data in dataset()) {
        let data = &data.0;
        let all_conflicts = data.conflicts();
        let of_positions: Vec<&PositionConflict<'_>> = all_conflicts.iter().filter_map(|c| c.as_positions()).collect();
        // Position conflicts come first.
        prop_assert!(all_conflicts.iter().take(of_positions.len()).all(|c| c.as_positions().is_some()));
        let got: BTreeSet<(String, String, ConflictKind, Certainty)> = of_positions
            .iter()
            .map(|c| (c.positions().0.id.to_string(), c.positions().1.id.to_string(), c.kind(), c.certainty()))
            .map(|(a, b, k, c)| if a <= b { (a, b, k, c) } else { (b, a, k, c) })
            .collect();
        prop_assert_eq!(got.len(), of_positions.len(), "a conflict repeats");
        for c in of_positions {
            let (a, b) = c.positions();
            prop_assert_eq!(c.party(), &a.holder);
            // The first starts no later than the second.
            prop_assert!(readings(&a.period).start_lo <= readings(&b.period).start_lo);
            // The islands in dispute, in dataset order: shared ones for a stance conflict,
            // those only one covers for a scope conflict.
            let (ca, cb) = (naive_cover(data, a), naive_cover(data, b));
            let disputed: Vec<&IslandId> = data
                .islands()
                .iter()
                .map(|i| &i.id)
                .filter(|i| match c.kind() {
                    ConflictKind::Stance | ConflictKind::Title => ca.contains(*i) && cb.contains(*i),
                    _ => ca.contains(*i) != cb.contains(*i),
                })
                .collect();
            prop_assert_eq!(c.islands(), &disputed[..]);
            // The sources of both, first's then second's, without repeats.
            let mut sources: Vec<&SourceId> = Vec::new();
            for s in a.sources().chain(b.sources()) {
                if !sources.contains(&s) {
                    sources.push(s);
                }
            }
            prop_assert_eq!(c.sources(), &sources[..]);
            // The overlap's hull is the days both hulls share.
            let (ra, rb) = (readings(&a.period), readings(&b.period));
            let ro = readings(&c.overlap());
            prop_assert_eq!(ro.start_lo, ra.start_lo.max(rb.start_lo), "overlap {}", c.overlap());
            prop_assert_eq!(ro.end_hi, ra.end_hi.min(rb.end_hi), "overlap {}", c.overlap());
        }
        let mut want = BTreeSet::new();
        let all = data.all_positions();
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                // Version 3: two holders' title is exclusive, unless both are alternatives of
                // one group.
                // Title passing down a line of succession is not two titles.
                let titles = a.stance == island_claims::Stance::HoldsTitle
                    && b.stance == island_claims::Stance::HoldsTitle
                    && a.holder != b.holder
                    && !(a.alternatives.is_some() && a.alternatives == b.alternatives)
                    && !continues(data, &a.holder, &b.holder)
                    && !continues(data, &b.holder, &a.holder);
                if a.holder != b.holder && !titles {
                    continue;
                }
                // Backed by different accounts: no source gives both as the same party's.
                let same_voice = a.attributions.iter().any(|x| {
                    b.attributions.iter().any(|y| x.source == y.source && x.account_of == y.account_of)
                });
                let (ra, rb) = (readings(&a.period), readings(&b.period));
                let may_overlap = ra.start_lo <= rb.end_hi && rb.start_lo <= ra.end_hi;
                let surely = ra.start_hi <= rb.end_lo && rb.start_hi <= ra.end_lo;
                let (ca, cb) = (naive_cover(data, a), naive_cover(data, b));
                if same_voice || !may_overlap || ca.is_disjoint(&cb) {
                    continue;
                }
                // Version 3: internal papers are nobody's account; a position ended by the
                // event that established the other is a handover on that day, not a conflict;
                // accepting and rejecting conflict only about one event.
                if a.internal || b.internal {
                    continue;
                }
                let hands = |x: &island_claims::Position, y: &island_claims::Position| {
                    x.ended_by.is_some() && x.ended_by == y.established_by
                };
                let handover = hands(a, b) || hands(b, a);
                let about_one_event = !(a.stance.needs_regarding() && b.stance.needs_regarding())
                    || a.regarding.is_none()
                    || b.regarding.is_none()
                    || a.regarding == b.regarding;
                let kind = if !handover
                    && about_one_event
                    && a.stance.is_incompatible_with(b.stance, a.counterpart.as_ref(), b.counterpart.as_ref())
                {
                    ConflictKind::Stance
                } else if titles {
                    ConflictKind::Title
                } else if !handover
                    && a.stance == b.stance
                    && a.counterpart == b.counterpart
                    && a.regarding == b.regarding
                    && ca != cb
                {
                    ConflictKind::Scope
                } else {
                    continue;
                };
                // A contingent position may not have held at all (version 3).
                let sure = surely && !a.contingent && !b.contingent;
                let certainty = if sure { Certainty::Definite } else { Certainty::Possible };
                let (x, y) = (a.id.to_string(), b.id.to_string());
                want.insert(if x <= y { (x, y, kind, certainty) } else { (y, x, kind, certainty) });
            }
        }
        prop_assert_eq!(got, want);
    }

    /// Event conflicts, from DESIGN.md's words: two events that are accounts of one
    /// happening (`same_as`, followed both ways and through other accounts), from different
    /// accounts, whose dates surely differ or whose islands differ.
    #[test]
    fn p3_event_conflicts_equal_the_reference(data in dataset()) {
        let data = &data.0;
        let got: Vec<EventConflictRow> = data
            .conflicts()
            .iter()
            .filter_map(|c| c.as_events())
            .map(|c| {
                let (a, b) = c.events();
                (a.id.to_string(), b.id.to_string(), c.kind(), c.islands().iter().map(|i| (*i).clone()).collect(),
                 c.sources().iter().map(|s| (*s).clone()).collect())
            })
            .collect();
        let events = data.events();
        // Which happening each event is of: grow each event's set of linked events until
        // nothing is added.
        let mut linked: Vec<BTreeSet<usize>> = (0..events.len()).map(|i| BTreeSet::from([i])).collect();
        loop {
            let mut grew = false;
            for (i, e) in events.iter().enumerate() {
                let Some(other) = &e.same_as else { continue };
                let j = events.iter().position(|x| &x.id == other).expect("same_as names an event");
                let union: BTreeSet<usize> = linked[i].union(&linked[j]).copied().collect();
                for k in union.clone() {
                    if linked[k] != union {
                        linked[k] = union.clone();
                        grew = true;
                    }
                }
            }
            if !grew {
                break;
            }
        }
        let mut want = Vec::new();
        for (i, a) in events.iter().enumerate() {
            for (j, b) in events.iter().enumerate().skip(i + 1) {
                if !linked[i].contains(&j) {
                    continue;
                }
                let same_voice = a.attributions.iter().any(|x| {
                    b.attributions.iter().any(|y| x.source == y.source && x.account_of == y.account_of)
                });
                if same_voice {
                    continue;
                }
                let (ra, rb) = (readings(&a.when), readings(&b.when));
                let dates_differ = ra.end_hi < rb.start_lo || rb.end_hi < ra.start_lo;
                let cover = |e: &island_claims::Event| -> BTreeSet<IslandId> {
                    e.islands.iter().flat_map(|i| subtree(data, i)).collect()
                };
                let (ca, cb) = (cover(a), cover(b));
                let differ: Vec<IslandId> = if ca.is_empty() || cb.is_empty() {
                    Vec::new()
                } else {
                    data.islands().iter().map(|x| x.id.clone()).filter(|x| ca.contains(x) != cb.contains(x)).collect()
                };
                let kind = if dates_differ {
                    ConflictKind::Date
                } else if !differ.is_empty() {
                    ConflictKind::Islands
                } else {
                    continue;
                };
                let mut sources: Vec<SourceId> = Vec::new();
                for s in a.attributions.iter().chain(&b.attributions).map(|x| &x.source) {
                    if !sources.contains(s) {
                        sources.push(s.clone());
                    }
                }
                want.push((a.id.to_string(), b.id.to_string(), kind, differ, sources));
            }
        }
        prop_assert_eq!(got, want);
    }

    #[test]
    fn p3_as_known_at_equals_the_reference(data in dataset(), day in any_day()) {
        let data = &data.0;
        let view = data.as_known_at(day);
        // A source counts once it was surely public by `day`: surely published, or surely seen.
        let known = |s: &SourceId| {
            data.source(s).is_some_and(|s| [&s.published, &s.accessed].into_iter().flatten().any(|w| w.latest() <= day))
        };
        let mut b = data.to_builder();
        b.sources_mut().retain(|s| known(&s.id));
        for s in b.sources_mut() {
            s.cites.retain(|c| known(c));
        }
        b.events_mut().retain_mut(|e| {
            e.attributions.retain(|a| known(&a.source));
            !e.attributions.is_empty()
        });
        // A contest whose every source is later is not known yet; so are the sources of a
        // relation.
        for party in b.parties_mut() {
            for line in &mut party.successor_of {
                line.attributions.retain(|a| known(&a.source));
                if line.attributions.is_empty() {
                    line.contested_by.clear();
                }
            }
            for relation in party.part_of.iter_mut().chain(&mut party.protected_by).chain(&mut party.represents) {
                relation.attributions.retain(|a| known(&a.source));
            }
        }
        let events: BTreeSet<EventId> = b.events_mut().iter().map(|e| e.id.clone()).collect();
        for e in b.events_mut() {
            e.same_as = e.same_as.take().filter(|s| events.contains(s));
        }
        // Version 3: no end it could not know. An end surely after `day` reads as some day
        // after it, unless planned; a stance about an event's outcome waits for the event.
        let after: Option<island_claims::PeriodEnd> =
            day.succ_opt().map(|next| island_claims::PeriodEnd::At(format!("[{next}..]").parse().unwrap()));
        b.positions_mut().retain_mut(|p| {
            p.attributions.retain(|a| known(&a.source));
            p.established_by = p.established_by.take().filter(|e| events.contains(e));
            p.ended_by = p.ended_by.take().filter(|e| events.contains(e));
            let dated_end = matches!(p.period.end(), PeriodEnd::At(_));
            if dated_end && readings(&p.period).end_lo > day_no(day) && !p.planned_end {
                if let Some(end) = &after {
                    if let Ok(period) = Period::new(p.period.start().clone(), end.clone()) {
                        p.period = period;
                        p.ended_by = None;
                    }
                }
            }
            let about_known = !p.stance.needs_regarding() || p.regarding.as_ref().is_some_and(|e| events.contains(e));
            !p.attributions.is_empty() && about_known
        });
        let want = b.build().unwrap();
        prop_assert_eq!(view.to_json(), want.to_json());
        // The view is not validated again, yet has exactly the warnings validation would give.
        prop_assert_eq!(view.warnings(), want.warnings());
        // And answers like the validated dataset.
        prop_assert_eq!(view.query().run().unwrap(), want.query().run().unwrap());
        prop_assert_eq!(view.conflicts().len(), want.conflicts().len());
    }
}

// ---------------------------------------------------------------------------------------
// 4. Definite matches are possible ones; a narrower span never gains a match.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(200))]

    #[test]
    fn p4_definite_within_possible_and_narrower_never_gains(
        data in dataset(),
        outer in any_span(),
        cut in (0.0..=1.0f64, 0.0..=1.0f64),
    ) {
        let data = &data.0;
        // A span inside `outer`.
        let (first, last) = (outer.first().unwrap(), outer.last().unwrap());
        let len = (last - first).num_days();
        let a = (len as f64 * cut.0.min(cut.1)) as u64;
        let b = (len as f64 * cut.0.max(cut.1)) as u64;
        let inner = Span::new(first + chrono::Days::new(a), first + chrono::Days::new(b)).unwrap();

        let set = |m: Vec<Match<'_>>| m.iter().map(|m| (m.position().id.to_string(), m.certainty())).collect::<BTreeMap<_, _>>();
        let possible = set(data.query().during(outer).run().unwrap());
        let definite = set(data.query().during(outer).certainty(Certainty::Definite).run().unwrap());
        for (id, c) in &definite {
            prop_assert_eq!(*c, Certainty::Definite);
            prop_assert_eq!(possible.get(id), Some(&Certainty::Definite), "{} definite but not among the possible", id);
        }
        prop_assert_eq!(definite.len(), possible.values().filter(|c| **c == Certainty::Definite).count());

        let narrow = set(data.positions_during(inner));
        for (id, c) in &narrow {
            let wide = possible.get(id);
            prop_assert!(wide.is_some(), "{} matches {:?} but not the wider {:?}", id, inner, outer);
            // A position surely holding in the narrower span surely holds in the wider.
            prop_assert!(*c == Certainty::Possible || wide == Some(&Certainty::Definite));
        }
        let claims = set(data.claims_during(inner));
        prop_assert!(claims.iter().all(|(id, c)| narrow.get(id) == Some(c)), "a claim that is not a position");
    }
}

// ---------------------------------------------------------------------------------------
// 5. As known at: monotone, and the whole dataset once everything is published.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(150))]

    #[test]
    fn p5_as_known_at_is_monotone(data in dataset(), a in any_day(), b in any_day()) {
        let data = &data.0;
        let (early, late) = (a.min(b), a.max(b));
        let (v1, v2) = (data.as_known_at(early), data.as_known_at(late));
        let ids = |d: &Dataset| {
            let mut s: BTreeSet<String> = BTreeSet::new();
            s.extend(d.sources().iter().map(|x| format!("source {}", x.id)));
            s.extend(d.events().iter().map(|x| format!("event {}", x.id)));
            s.extend(d.all_positions().iter().map(|x| format!("position {}", x.id)));
            for p in d.all_positions() {
                s.extend(p.attributions.iter().map(|a| format!("position {} per {}", p.id, a.source)));
            }
            s
        };
        let (i1, i2) = (ids(&v1), ids(&v2));
        let lost: Vec<&String> = i1.difference(&i2).collect();
        prop_assert!(lost.is_empty(), "known at {} but not at {}: {:?}", early, late, lost);
        prop_assert_eq!(v1.islands(), data.islands());
        // Parties all stay, with every line of succession; a contest, once known, stays known.
        prop_assert_eq!(v1.parties().len(), data.parties().len());
        for ((p1, p2), p) in v1.parties().iter().zip(v2.parties()).zip(data.parties()) {
            prop_assert_eq!(&p1.id, &p.id);
            prop_assert_eq!(&p1.part_of, &p.part_of);
            prop_assert_eq!(&p1.represents, &p.represents);
            let lines = |x: &island_claims::Party| x.successor_of.iter().map(|l| l.party.clone()).collect::<Vec<_>>();
            prop_assert_eq!(lines(p1), lines(p));
            for (l1, l2) in p1.successor_of.iter().zip(&p2.successor_of) {
                prop_assert!(!l1.is_contested() || l2.is_contested(), "a contest known at {} is lost at {}", early, late);
            }
        }
    }

    #[test]
    fn p5_as_known_after_every_publication_is_the_whole(data in dataset(), later in 0..5000u64) {
        let data = &data.0;
        let public_by = |s: &island_claims::Source| [&s.published, &s.accessed].into_iter().flatten().map(|w| w.latest()).min();
        let last = data.sources().iter().map(|s| public_by(s).unwrap()).max().unwrap();
        prop_assert_eq!(data.latest_publication(), Some(last));
        // Version 3: a view knows no end after its day, so the whole needs a day after every
        // end as well as every publication.
        // (The earliest reading of each end: `[1859..]` may end in 1859.)
        let last_end = data
            .all_positions()
            .iter()
            .map(|p| readings(&p.period).end_lo)
            .filter(|&e| e != PAST && e != FUTURE)
            .filter_map(|e| i32::try_from(e).ok().and_then(NaiveDate::from_num_days_from_ce_opt))
            .max();
        let last = last_end.map_or(last, |e| e.max(last));
        // A source dated only by a lower bound (`[1984..]`) is last published at chrono's end.
        let view = data.as_known_at(last.checked_add_days(chrono::Days::new(later)).unwrap_or(last));
        prop_assert_eq!(&view, data);
        prop_assert_eq!(view.warnings(), data.warnings());
    }
}

// ---------------------------------------------------------------------------------------
// 6. Group expansion.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(150))]

    #[test]
    fn p6_group_positions_reach_members_and_only_related_islands(data in dataset()) {
        let data = &data.0;
        for p in data.all_positions() {
            // The covered islands are the named ones and everything below them.
            let covered: BTreeSet<IslandId> = data.covered_islands(&p.id).unwrap().iter().cloned().collect();
            prop_assert_eq!(&covered, &naive_cover(data, p), "covered islands of {}", p.id);
        }
        for island in data.islands() {
            let seen: BTreeSet<&str> = data
                .query()
                .island(&island.id)
                .include_internal()
                .run()
                .unwrap()
                .iter()
                .map(|m| m.position().id.as_str())
                .collect();
            for p in data.all_positions() {
                // Seen by a member of what it names, by what it names, and by a group or
                // region holding what it names; by nothing else.
                let member = p.islands.iter().any(|n| subtree(data, n).contains(&island.id));
                let holds_named = p.islands.iter().any(|n| subtree(data, &island.id).contains(n));
                prop_assert_eq!(
                    seen.contains(p.id.as_str()),
                    member || holds_named,
                    "position {} on {:?} asked about {}", p.id, p.islands, island.id
                );
                if member {
                    prop_assert!(data.covered_islands(&p.id).unwrap().contains(&island.id));
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// 7. Replaying a party's changes reproduces its positions on each day.
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(cases(150))]

    #[test]
    fn p7_changes_replayed_reproduce_positions_at(data in dataset(), extra in proptest::collection::vec(any_day(), 0..4)) {
        let data = &data.0;
        for party in data.parties() {
            let changes = data.changes(&party.id).unwrap();
            let days: Vec<Option<NaiveDate>> = changes.iter().map(|c| c.day()).collect();
            prop_assert!(days.windows(2).all(|w| w[0] <= w[1]), "changes of {} out of order", party.id);
            // The state after each change's day, checked on that day and the day before it.
            let mut state: BTreeMap<String, Certainty> = BTreeMap::new();
            let mut checks: Vec<NaiveDate> = extra.clone();
            let at = |day: NaiveDate| -> BTreeMap<String, Certainty> {
                data.positions_during(day)
                    .iter()
                    .filter(|m| m.party() == &party.id)
                    .map(|m| (m.position().id.to_string(), m.certainty()))
                    .collect()
            };
            for (n, c) in changes.iter().enumerate() {
                let before = state.get(c.position().id.as_str()).copied();
                prop_assert_eq!(c.before(), before, "change {} of {}: before", n, party.id);
                prop_assert_ne!(c.before(), c.after());
                match c.after() {
                    Some(x) => state.insert(c.position().id.to_string(), x),
                    None => state.remove(c.position().id.as_str()),
                };
                let last_of_day = changes.get(n + 1).is_none_or(|next| next.day() != c.day());
                if let (Some(day), true) = (c.day(), last_of_day) {
                    prop_assert_eq!(&state, &at(day), "{} after the changes of {}", party.id, day);
                    if let Some(prev) = day.pred_opt() {
                        checks.push(prev);
                    }
                }
                if c.day().is_none() && last_of_day {
                    // The state before every dated day: that of the earliest day of all.
                    prop_assert_eq!(&state, &at(NaiveDate::MIN), "{} before any dated day", party.id);
                }
            }
            // On any day, the state after every change up to it.
            for day in checks {
                let mut s: BTreeMap<String, Certainty> = BTreeMap::new();
                for c in changes.iter().take_while(|c| c.day().is_none_or(|d| d <= day)) {
                    match c.after() {
                        Some(x) => s.insert(c.position().id.to_string(), x),
                        None => s.remove(c.position().id.as_str()),
                    };
                }
                prop_assert_eq!(&s, &at(day), "{} on {}", party.id, day);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Boundaries the mutation check found untested in validation.
// ---------------------------------------------------------------------------------------

/// Two positions of one holder per one source, on one island, with exact-day periods.
fn two_positions(first: (&str, Stance, String), second: (&str, Stance, String)) -> DatasetBuilder {
    let json = r#"{"format": "island-claims/1",
      "islands": [{"id": "i", "kind": "island"}],
      "parties": [{"id": "h", "kind": "state"}, {"id": "c", "kind": "state"}],
      "sources": [{"id": "s", "kind": "news_report", "title": "t", "published": "2100"}]}"#;
    let mut b = Dataset::from_json(json).unwrap().to_builder();
    for (id, stance, period) in [first, second] {
        let mut p = Position::new(
            id.parse().unwrap(),
            "h".parse().unwrap(),
            stance,
            vec!["i".parse().unwrap()],
            period.parse().unwrap(),
        )
        .with_attribution(island_claims::Attribution::new("s".parse().unwrap()));
        if stance.counterpart_rule() != island_claims::CounterpartRule::NotAllowed {
            p = p.with_counterpart("c".parse().unwrap());
        }
        b.positions_mut().push(p);
    }
    b
}

proptest! {
    #![proptest_config(cases(100))]

    /// Incompatible stances that surely share a single day are refused, whichever order the
    /// positions are listed in; the issue names the one listed later, at its index.
    #[test]
    fn incompatible_positions_sharing_one_day_are_refused(
        day in any_day(),
        before in 0..4000u64,
        after in 0..4000u64,
        pair in proptest::sample::select(vec![
            (Stance::ClaimsSovereignty, Stance::Renounces),
            (Stance::ClaimsSovereignty, Stance::RecognisesSovereigntyOf),
            (Stance::DemandsTransfer, Stance::Renounces),
            (Stance::RecognisesSovereigntyOf, Stance::DisputesSovereigntyOf),
            (Stance::NeutralOnSovereignty, Stance::ClaimsSovereignty),
            (Stance::NeutralOnSovereignty, Stance::RecognisesSovereigntyOf),
            (Stance::NeutralOnSovereignty, Stance::DisputesSovereigntyOf),
        ]),
        early_listed_first in any::<bool>(),
        apart in 0..3u64,
    ) {
        // The early position ends on `day`; the late one starts `apart` days later.
        let early = ("early", pair.0, format!("{}/{}", day - chrono::Days::new(before), day));
        let start = day + chrono::Days::new(apart);
        let late = ("late", pair.1, format!("{}/{}", start, start + chrono::Days::new(after)));
        let b = if early_listed_first { two_positions(early, late) } else { two_positions(late, early) };
        let result = b.build();
        if apart > 0 {
            prop_assert!(result.is_ok(), "periods {} days apart refused", apart);
            return Ok(());
        }
        let report = match result {
            Ok(_) => return Err(TestCaseError::fail("incompatible positions sharing a day were accepted")),
            Err(r) => r,
        };
        let issues: Vec<_> = report.issues().iter().collect();
        prop_assert_eq!(issues.len(), 1, "{}", report);
        prop_assert_eq!(issues[0].code, IssueCode::IncompatiblePositions);
        let later = if early_listed_first { "late" } else { "early" };
        prop_assert_eq!(issues[0].subject.id.as_str(), later);
        prop_assert_eq!(issues[0].subject.index, 1);
        let earlier = if early_listed_first { "early" } else { "late" };
        prop_assert!(issues[0].message.contains(&format!("position '{later}'")), "{}", issues[0].message);
        prop_assert!(issues[0].message.contains(&format!("position '{earlier}'")), "{}", issues[0].message);
    }

    /// A ring of groups, alone in a dataset, is reported once with every member in order,
    /// back to the first.
    #[test]
    fn part_of_ring_message_lists_the_whole_ring(n in 1..6usize) {
        let islands: Vec<String> = (0..n)
            .map(|k| format!(r#"{{"id": "g{k}", "kind": "group", "part_of": "g{}"}}"#, (k + 1) % n))
            .collect();
        let json = format!(r#"{{"format": "island-claims/1", "islands": [{}]}}"#, islands.join(","));
        let err = Dataset::from_json(&json).unwrap_err();
        let issues = err.report().unwrap().issues();
        prop_assert_eq!(issues.len(), 1);
        let ring: Vec<String> = (0..=n).map(|k| format!("'g{}'", k % n)).collect();
        prop_assert!(issues[0].message.ends_with(&ring.join(" -> ")), "{}", issues[0].message);
    }

    /// A reversed period is reported with the days it ends by and starts from.
    #[test]
    fn reversed_period_message_names_its_bounds(start in 1000..=2999i32, gap in 1..50i32) {
        let end = start - gap;
        let json = format!(r#"{{"format": "island-claims/1",
          "parties": [{{"id": "h", "kind": "state", "exists": "{start:04}/{end:04}"}}]}}"#);
        let err = Dataset::from_json(&json).unwrap_err();
        let report = err.report().unwrap();
        let issue = &report.issues()[0];
        prop_assert_eq!(issue.code, IssueCode::PeriodReversed);
        prop_assert!(issue.message.contains(&format!("by {end:04}-12-31")), "{}", issue.message);
        prop_assert!(issue.message.contains(&format!("from {start:04}-01-01")), "{}", issue.message);
    }
}
