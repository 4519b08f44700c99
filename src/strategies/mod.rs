//! [Proptest](https://docs.rs/proptest) strategies: valid datasets of every shape the model
//! allows, EDTF dates, and datasets with a single defect.
//!
//! Enabled by the `proptest` feature. Use them to test your own tools on generated datasets:
//! [`dataset`] yields datasets that are valid by construction, with islands in groups and
//! regions, parties that succeed each other or represent others, open and unknown period
//! ends, decades and uncertain or approximate dates, conflicting accounts from different
//! sources, and names in several languages and scripts. Every shrunk case is valid too.
//!
//! [`single_defect`] takes a valid dataset apart and breaks it in one way, so that building
//! it again reports exactly one [`IssueCode`](crate::IssueCode).
//!
//! # Examples
//!
//! ```
//! use island_claims::strategies::dataset;
//! use proptest::prelude::*;
//!
//! proptest!(|(data in dataset())| {
//!     // Every position of a generated dataset covers at least the islands it names.
//!     for pos in data.all_positions() {
//!         let covered = data.covered_islands(&pos.id).unwrap();
//!         prop_assert!(pos.islands.iter().all(|i| covered.contains(i)));
//!     }
//! });
//! ```
//!
//! A failing case prints the dataset's `Debug` form, which is long; print
//! [`Dataset::to_json`](crate::Dataset::to_json) in your assertion message instead, or map
//! the strategy into a type whose `Debug` does.

mod dates;
mod defects;

use std::collections::BTreeSet;
use std::ops::RangeInclusive;

use proptest::prelude::*;
use proptest::sample::select;
use strum::IntoEnumIterator;

pub use dates::{period, period_text, when, when_text};
pub use defects::{Defect, any_defect, single_defect};

use crate::dataset::{Dataset, DatasetBuilder};
use crate::ids::{EventId, IslandId, PartyId, PositionId, SourceId, WikidataId};
use crate::records::{
    Attribution, CounterpartRule, Event, EventKind, Island, IslandKind, Lang, Location, Names, Party, PartyKind,
    Position, Rank, Representation, Role, Source, SourceKind, Stance,
};
use crate::time::{Period, When};

/// Sizes and options of generated datasets, for [`dataset_with`] and [`dataset_builder_with`].
///
/// ```
/// use island_claims::strategies::{DatasetParams, dataset_with};
/// use proptest::prelude::*;
///
/// let params = DatasetParams::default().positions(5..=20).years(1900..=1960).without_warnings();
/// proptest!(|(data in dataset_with(params.clone()))| {
///     prop_assert!(data.warnings().is_empty());
/// });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetParams {
    islands: RangeInclusive<usize>,
    parties: RangeInclusive<usize>,
    sources: RangeInclusive<usize>,
    events: RangeInclusive<usize>,
    positions: RangeInclusive<usize>,
    years: RangeInclusive<i32>,
    warnings: bool,
}

impl Default for DatasetParams {
    /// 1 to 8 islands, 2 to 5 parties, 1 to 5 sources, 0 to 5 events, 0 to 12 positions,
    /// dated between 1850 and 2030, warnings allowed.
    fn default() -> Self {
        Self {
            islands: 1..=8,
            parties: 2..=5,
            sources: 1..=5,
            events: 0..=5,
            positions: 0..=12,
            years: 1850..=2030,
            warnings: true,
        }
    }
}

/// `range`, with its ends raised to at least `min`.
fn at_least(range: RangeInclusive<usize>, min: usize) -> RangeInclusive<usize> {
    let (lo, hi) = range.into_inner();
    lo.max(min)..=hi.max(min)
}

impl DatasetParams {
    /// How many islands, groups and regions (at least one).
    #[must_use]
    pub fn islands(mut self, n: RangeInclusive<usize>) -> Self {
        self.islands = at_least(n, 1);
        self
    }

    /// How many parties (at least two, so that every stance can name a counterpart).
    #[must_use]
    pub fn parties(mut self, n: RangeInclusive<usize>) -> Self {
        self.parties = at_least(n, 2);
        self
    }

    /// How many sources (at least one, since every position needs one).
    #[must_use]
    pub fn sources(mut self, n: RangeInclusive<usize>) -> Self {
        self.sources = at_least(n, 1);
        self
    }

    /// How many events, at most; some may be left out to keep the dataset valid.
    #[must_use]
    pub fn events(mut self, n: RangeInclusive<usize>) -> Self {
        self.events = n;
        self
    }

    /// How many positions, at most; some may be left out to keep the dataset valid.
    #[must_use]
    pub fn positions(mut self, n: RangeInclusive<usize>) -> Self {
        self.positions = n;
        self
    }

    /// The years dates are drawn from.
    #[must_use]
    pub fn years(mut self, years: RangeInclusive<i32>) -> Self {
        self.years = years;
        self
    }

    /// Leaves out what would cause a warning (an event attributed to a source published
    /// before it), so that [`Dataset::warnings`] is empty.
    #[must_use]
    pub fn without_warnings(mut self) -> Self {
        self.warnings = false;
        self
    }
}

/// Names to draw from: English, Russian and Japanese, in native and Latin script, and a few
/// more, some with quotes and accents.
const ISLAND_NAMES: &[(&str, &str)] = &[
    ("en", "Shikotan"),
    ("ru", "Шикотан"),
    ("ja", "色丹島"),
    ("ja-Latn", "Shikotan-tō"),
    ("en", "Iturup"),
    ("ru", "Итуруп"),
    ("ja", "択捉島"),
    ("ja-Latn", "Etorofu-tō"),
    ("en", "Habomai Islands"),
    ("ru", "острова Хабомаи"),
    ("ja", "歯舞群島"),
    ("ain", "Sikotan"),
    ("zh-Hant", "色丹島"),
    ("fr", "Île Tanfilyev"),
    ("en", "\"Suisho\" (Tanfilyev) Island"),
    ("ru-Latn", "Ostrov Tanfil'yeva"),
];

const PARTY_NAMES: &[(&str, &str)] = &[
    ("en", "Japan"),
    ("ja", "日本国"),
    ("en", "Soviet Union"),
    ("ru", "Союз Советских Социалистических Республик"),
    ("en", "Russia"),
    ("ru", "Россия"),
    ("en", "Vladimir Putin"),
    ("ru", "Владимир Путин"),
    ("ja", "外務省"),
    ("en", "Ministry of Foreign Affairs"),
    ("de", "Außenministerium"),
];

/// Free texts for titles, quotes, conditions and notes.
const TEXTS: &[&str] = &[
    "after a peace treaty is concluded",
    "in 1956 there were two islands",
    "平和条約締結後に引き渡す",
    "после заключения мирного договора",
    "with \"quotes\", a back\\slash and a\nnew line",
    "Soviet-Japanese Joint Declaration",
    "",
    "a long note that goes on for a while to see that nothing depends on short text",
];

const LANGUAGES: &[&str] = &["en", "ru", "ja", "ja-Latn", "de"];

fn names(pool: &'static [(&'static str, &'static str)], picks: &[usize]) -> Names {
    let mut names = Names::new();
    for &p in picks {
        if let Some(&(tag, name)) = pool.get(p % pool.len()) {
            if let Ok(with) = names.clone().with(tag, name) {
                names = with;
            }
        }
    }
    names
}

fn text(pick: usize) -> String {
    TEXTS.get(pick % TEXTS.len()).copied().unwrap_or_default().to_owned()
}

fn all<T: IntoEnumIterator>() -> Vec<T> {
    T::iter().collect()
}

/// `seed` as an index into `n` items, if there are any.
fn pick(seed: usize, n: usize) -> Option<usize> {
    seed.checked_rem(n)
}

#[derive(Debug, Clone)]
struct IslandPlan {
    kind: IslandKind,
    parent: Option<usize>,
    names: Vec<usize>,
    area_tenths: Option<u32>,
    location: Option<(i32, i32)>,
    wikidata: Option<u64>,
    note: Option<usize>,
}

fn island_plan() -> impl Strategy<Value = IslandPlan> {
    (
        prop_oneof![5 => Just(IslandKind::Island), 2 => Just(IslandKind::Group), 1 => Just(IslandKind::Region)],
        proptest::option::weighted(0.8, 0..64usize),
        proptest::collection::vec(0..64usize, 0..4),
        proptest::option::of(0..100_000u32),
        proptest::option::of((-90_000..=90_000i32, -180_000..=180_000i32)),
        proptest::option::of(1..100_000_000u64),
        proptest::option::weighted(0.2, 0..64usize),
    )
        .prop_map(|(kind, parent, names, area_tenths, location, wikidata, note)| IslandPlan {
            kind,
            parent,
            names,
            area_tenths,
            location,
            wikidata,
            note,
        })
}

#[derive(Debug, Clone)]
struct PartyPlan {
    kind: PartyKind,
    names: Vec<usize>,
    exists: Option<Period>,
    successor_of: Option<usize>,
    represents: Vec<(usize, Period)>,
    wikidata: Option<u64>,
}

fn party_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = PartyPlan> {
    (
        select(all::<PartyKind>()),
        proptest::collection::vec(0..64usize, 0..3),
        proptest::option::of(dates::dataset_period(years.clone())),
        proptest::option::weighted(0.3, 0..64usize),
        proptest::collection::vec((0..64usize, dates::dataset_period(years)), 0..2),
        proptest::option::of(1..100_000_000u64),
    )
        .prop_map(|(kind, names, exists, successor_of, represents, wikidata)| PartyPlan {
            kind,
            names,
            exists,
            successor_of,
            represents,
            wikidata,
        })
}

#[derive(Debug, Clone)]
struct SourcePlan {
    kind: SourceKind,
    title: usize,
    publisher: Option<usize>,
    published: When,
    url: bool,
    language: Option<usize>,
    cites: Vec<usize>,
}

fn source_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = SourcePlan> {
    (
        select(all::<SourceKind>()),
        0..64usize,
        proptest::option::of(0..64usize),
        dates::dataset_when(years),
        any::<bool>(),
        proptest::option::of(0..64usize),
        proptest::collection::vec(0..64usize, 0..3),
    )
        .prop_map(|(kind, title, publisher, published, url, language, cites)| SourcePlan {
            kind,
            title,
            publisher,
            published,
            url,
            language,
            cites,
        })
}

/// An attribution: source, account of, quote, locator.
type AttributionPlan = (usize, Option<usize>, Option<usize>, Option<usize>);

fn attributions_plan() -> impl Strategy<Value = Vec<AttributionPlan>> {
    proptest::collection::vec(
        (
            0..64usize,
            proptest::option::weighted(0.3, 0..64usize),
            proptest::option::weighted(0.3, 0..64usize),
            proptest::option::weighted(0.2, 0..64usize),
        ),
        1..=3,
    )
}

#[derive(Debug, Clone)]
struct EventPlan {
    kind: EventKind,
    when: Period,
    title: usize,
    participants: Vec<(usize, Role)>,
    islands: Vec<usize>,
    attributions: Vec<AttributionPlan>,
    place: Option<usize>,
}

fn event_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = EventPlan> {
    (
        select(all::<EventKind>()),
        dates::dataset_period(years),
        0..64usize,
        proptest::collection::vec((0..64usize, select(all::<Role>())), 0..3),
        proptest::collection::vec(0..64usize, 0..3),
        attributions_plan(),
        proptest::option::of(0..64usize),
    )
        .prop_map(|(kind, when, title, participants, islands, attributions, place)| EventPlan {
            kind,
            when,
            title,
            participants,
            islands,
            attributions,
            place,
        })
}

#[derive(Debug, Clone)]
struct PositionPlan {
    holder: usize,
    stance: Stance,
    islands: Vec<usize>,
    counterpart: Option<usize>,
    period: Period,
    conditions: Option<usize>,
    established_by: Option<usize>,
    ended_by: Option<usize>,
    attributions: Vec<AttributionPlan>,
    rank: Rank,
    note: Option<usize>,
}

fn position_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = PositionPlan> {
    (
        0..64usize,
        select(all::<Stance>()),
        proptest::collection::vec(0..64usize, 1..=3),
        proptest::option::weighted(0.8, 0..64usize),
        dates::dataset_period(years),
        proptest::option::weighted(0.3, 0..64usize),
        proptest::option::weighted(0.3, 0..64usize),
        proptest::option::weighted(0.3, 0..64usize),
        attributions_plan(),
        prop_oneof![6 => Just(Rank::Normal), 1 => Just(Rank::Preferred), 1 => Just(Rank::Deprecated)],
        proptest::option::weighted(0.2, 0..64usize),
    )
        .prop_map(
            |(
                holder,
                stance,
                islands,
                counterpart,
                period,
                conditions,
                established_by,
                ended_by,
                attributions,
                rank,
                note,
            )| {
                PositionPlan {
                    holder,
                    stance,
                    islands,
                    counterpart,
                    period,
                    conditions,
                    established_by,
                    ended_by,
                    attributions,
                    rank,
                    note,
                }
            },
        )
}

#[derive(Debug, Clone)]
struct Plan {
    islands: Vec<IslandPlan>,
    parties: Vec<PartyPlan>,
    sources: Vec<SourcePlan>,
    events: Vec<EventPlan>,
    positions: Vec<PositionPlan>,
    warnings: bool,
}

fn plan(p: DatasetParams) -> impl Strategy<Value = Plan> {
    use proptest::collection::vec;
    let warnings = p.warnings;
    (
        vec(island_plan(), p.islands),
        vec(party_plan(p.years.clone()), p.parties),
        vec(source_plan(p.years.clone()), p.sources),
        vec(event_plan(p.years.clone()), p.events),
        vec(position_plan(p.years), p.positions),
    )
        .prop_map(move |(islands, parties, sources, events, positions)| Plan {
            islands,
            parties,
            sources,
            events,
            positions,
            warnings,
        })
}

/// Whether `inner` may hold within `outer` on every day it surely holds: its core lies in
/// `outer`'s hull, and some reading of it overlaps that hull.
fn fits_within(inner: &Period, outer: &Period) -> bool {
    let hull = outer.hull();
    let core_inside = inner.core().is_none_or(|core| {
        let first_ok = match (hull.first(), core.first()) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(h), Some(c)) => h <= c,
        };
        let last_ok = match (hull.last(), core.last()) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(h), Some(c)) => c <= h,
        };
        first_ok && last_ok
    });
    core_inside && hulls_overlap(inner, outer)
}

fn hulls_overlap(a: &Period, b: &Period) -> bool {
    let (a, b) = (a.hull(), b.hull());
    let before = |x: Option<chrono::NaiveDate>, y: Option<chrono::NaiveDate>| match (x, y) {
        (Some(x), Some(y)) => x < y,
        _ => false,
    };
    // Disjoint when one ends before the other starts.
    !(before(a.last(), b.first()) || before(b.last(), a.first()))
}

/// The kind of a party, as a word for its id.
fn party_word(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::State => "state",
        PartyKind::GovernmentBody => "body",
        PartyKind::Organisation => "org",
        PartyKind::Person => "person",
    }
}

fn attribution(a: &AttributionPlan, sources: &[SourceId], parties: &[PartyId]) -> Option<Attribution> {
    let &(source, account, quote, locator) = a;
    let mut out = Attribution::new(sources.get(pick(source, sources.len())?)?.clone());
    if let Some(p) = account.and_then(|s| parties.get(pick(s, parties.len())?)) {
        out = out.account_of(p.clone());
    }
    if let Some(q) = quote {
        out = out.quote(text(q));
    }
    if let Some(l) = locator {
        out = out.locator(format!("p. {}", l + 1));
    }
    Some(out)
}

/// An accepted position, as far as the check for incompatible positions needs it.
struct Accepted {
    holder: usize,
    stance: Stance,
    counterpart: Option<usize>,
    period: Period,
    covers: BTreeSet<usize>,
    sources: BTreeSet<usize>,
}

impl Plan {
    /// The records of the plan, mended where needed so that every one is valid.
    fn assemble(&self) -> Option<DatasetBuilder> {
        let mut b = Dataset::builder();

        // Islands: a member is part of an earlier group or region, so part_of is a forest.
        let mut island_ids = Vec::new();
        let mut parent: Vec<Option<usize>> = Vec::new();
        for (i, plan) in self.islands.iter().enumerate() {
            let id = IslandId::new(&format!("{}-{i}", plan.kind)).ok()?;
            let groups: Vec<usize> =
                (0..i).filter(|&j| self.islands.get(j).is_some_and(|x| x.kind.has_members())).collect();
            let up = plan.parent.and_then(|s| groups.get(pick(s, groups.len())?).copied());
            let mut island = Island::new(id.clone(), plan.kind).named(names(ISLAND_NAMES, &plan.names));
            if let Some(up) = up.and_then(|u| island_ids.get(u)) {
                island = island.part_of(IslandId::clone(up));
            }
            island.area_km2 = plan.area_tenths.map(|a| f64::from(a) / 10.0);
            island.location =
                plan.location.map(|(lat, lon)| Location { lat: f64::from(lat) / 1000.0, lon: f64::from(lon) / 1000.0 });
            island.wikidata = plan.wikidata.and_then(|q| WikidataId::new(&format!("Q{q}")).ok());
            island.note = plan.note.map(text);
            b = b.island(island);
            island_ids.push(id);
            parent.push(up);
        }
        // What each island covers: itself and, for groups and regions, every member.
        let mut covers: Vec<BTreeSet<usize>> = (0..island_ids.len()).map(|i| BTreeSet::from([i])).collect();
        for i in (0..island_ids.len()).rev() {
            if let (Some(Some(p)), Some(mine)) = (parent.get(i), covers.get(i).cloned()) {
                if let Some(up) = covers.get_mut(*p) {
                    up.extend(mine);
                }
            }
        }

        // Parties: a successor succeeds an earlier party, so successor_of has no cycle.
        let party_ids: Vec<PartyId> = self
            .parties
            .iter()
            .enumerate()
            .map(|(i, p)| PartyId::new(&format!("{}-{i}", party_word(p.kind))))
            .collect::<Result<_, _>>()
            .ok()?;
        let n_parties = party_ids.len();
        for (i, plan) in self.parties.iter().enumerate() {
            let id = party_ids.get(i)?.clone();
            let mut party = Party::new(id, plan.kind).named(names(PARTY_NAMES, &plan.names));
            party.exists = plan.exists.clone();
            if let Some(pred) = plan.successor_of.and_then(|s| party_ids.get(pick(s, i)?)) {
                party = party.successor_of(pred.clone());
            }
            for (other, period) in &plan.represents {
                // Any party but itself.
                let j = (i + 1 + pick(*other, n_parties.saturating_sub(1))?) % n_parties;
                party.represents.push(Representation { party: party_ids.get(j)?.clone(), period: period.clone() });
            }
            party.wikidata = plan.wikidata.and_then(|q| WikidataId::new(&format!("Q{q}")).ok());
            b = b.party(party);
        }
        let exists = |p: usize| self.parties.get(p).and_then(|x| x.exists.as_ref());

        // Sources.
        let source_ids: Vec<SourceId> =
            (0..self.sources.len()).map(|i| SourceId::new(&format!("source-{i}"))).collect::<Result<_, _>>().ok()?;
        for (i, plan) in self.sources.iter().enumerate() {
            let id = source_ids.get(i)?.clone();
            let mut source = Source::new(id, plan.kind, text(plan.title), plan.published.clone());
            source.publisher =
                plan.publisher.map(|p| PARTY_NAMES.get(p % PARTY_NAMES.len()).map_or("", |x| x.1).into());
            source.url = plan.url.then(|| format!("https://example.org/sources/{i}"));
            source.language = plan.language.and_then(|l| Lang::new(LANGUAGES.get(l % LANGUAGES.len())?).ok());
            for &c in &plan.cites {
                let j = pick(c, source_ids.len())?;
                if j != i {
                    source.cites.push(source_ids.get(j)?.clone());
                }
            }
            b = b.source(source);
        }

        // Events: participants only while they surely may exist; without warnings, only
        // sources published no earlier than the event may begin.
        let mut events: Vec<(EventId, Period)> = Vec::new();
        for (i, plan) in self.events.iter().enumerate() {
            let id = EventId::new(&format!("event-{i}")).ok()?;
            let mut event = Event::new(id.clone(), plan.kind, plan.when.clone(), text(plan.title));
            for &(p, role) in &plan.participants {
                let p = pick(p, n_parties)?;
                if exists(p).is_none_or(|e| fits_within(&plan.when, e)) {
                    event = event.with_participant(party_ids.get(p)?.clone(), role);
                }
            }
            for &island in &plan.islands {
                event = event.with_island(island_ids.get(pick(island, island_ids.len())?)?.clone());
            }
            for a in &plan.attributions {
                let source = self.sources.get(pick(a.0, self.sources.len())?)?;
                let early = match plan.when.hull().first() {
                    Some(first) => source.published.latest() < first,
                    None => false,
                };
                if self.warnings || !early {
                    event = event.attributed(attribution(a, &source_ids, &party_ids)?);
                }
            }
            if event.attributions.is_empty() {
                continue;
            }
            event.place = plan.place.map(|p| format!("place {p}"));
            events.push((id, plan.when.clone()));
            b = b.event(event);
        }

        // Positions: within the holder's existence, counterparts as the stance wants, linked
        // events that fit, and no incompatible stance of the same holder per a shared source.
        let mut accepted: Vec<Accepted> = Vec::new();
        for (i, plan) in self.positions.iter().enumerate() {
            let h = pick(plan.holder, n_parties)?;
            let period = match exists(h) {
                Some(e) if !fits_within(&plan.period, e) => e.clone(),
                _ => plan.period.clone(),
            };
            let islands: Vec<usize> = plan.islands.iter().map(|&s| pick(s, island_ids.len())).collect::<Option<_>>()?;
            let other = |s: usize| Some((h + 1 + pick(s, n_parties.saturating_sub(1))?) % n_parties);
            let counterpart = match plan.stance.counterpart_rule() {
                CounterpartRule::Required => other(plan.counterpart.unwrap_or(0)),
                CounterpartRule::Optional => plan.counterpart.and_then(other),
                CounterpartRule::NotAllowed => None,
            };
            let covers: BTreeSet<usize> = islands.iter().filter_map(|&x| covers.get(x)).flatten().copied().collect();
            let counterpart_id = |c: Option<usize>| c.and_then(|c| party_ids.get(c));
            let conflicts: Vec<&Accepted> = accepted
                .iter()
                .filter(|a| {
                    a.holder == h
                        && a.stance.is_incompatible_with(
                            plan.stance,
                            counterpart_id(a.counterpart),
                            counterpart_id(counterpart),
                        )
                        && hulls_overlap(&a.period, &period)
                        && !a.covers.is_disjoint(&covers)
                })
                .collect();
            let forbidden: BTreeSet<usize> = conflicts.iter().flat_map(|a| a.sources.iter().copied()).collect();
            let mut sources: Vec<(usize, &AttributionPlan)> = Vec::new();
            for a in &plan.attributions {
                let s = pick(a.0, source_ids.len())?;
                if !forbidden.contains(&s) {
                    sources.push((s, a));
                }
            }
            // A conflicting account needs a source of its own; without one, leave it out.
            let fallback;
            if sources.is_empty() {
                let Some(s) = (0..source_ids.len()).find(|s| !forbidden.contains(s)) else { continue };
                fallback = (s, None, None, None);
                sources.push((s, &fallback));
            }

            let id = PositionId::new(&format!("position-{i}")).ok()?;
            let island_list = islands.iter().map(|&x| island_ids.get(x).cloned()).collect::<Option<_>>()?;
            let mut pos = Position::new(id, party_ids.get(h)?.clone(), plan.stance, island_list, period.clone());
            pos.counterpart = counterpart_id(counterpart).cloned();
            pos.conditions = plan.conditions.map(text);
            let bounds = period.bounds();
            let event = |s: Option<usize>| s.and_then(|s| events.get(pick(s, events.len())?));
            pos.established_by = event(plan.established_by)
                .filter(|(_, when)| bounds.start_hi >= when.bounds().start_lo)
                .map(|(id, _)| id.clone());
            pos.ended_by = event(plan.ended_by)
                .filter(|(_, when)| bounds.end_lo <= when.bounds().end_hi)
                .map(|(id, _)| id.clone());
            for (s, a) in &sources {
                let mut attr = attribution(a, &source_ids, &party_ids)?;
                attr.source = source_ids.get(*s)?.clone();
                pos = pos.attributed(attr);
            }
            pos.rank = plan.rank;
            if !plan.rank.is_normal() {
                pos.rank_reason = Some(format!("generated as {}", plan.rank));
            }
            pos.note = plan.note.map(text);
            accepted.push(Accepted {
                holder: h,
                stance: plan.stance,
                counterpart,
                period,
                covers,
                sources: sources.iter().map(|(s, _)| *s).collect(),
            });
            b = b.position(pos);
        }
        Some(b)
    }
}

/// Builders holding the records of a valid dataset, shaped by `params`: `build()` succeeds.
///
/// Use it to add records of your own before building, or to break the dataset on purpose.
pub fn dataset_builder_with(params: DatasetParams) -> impl Strategy<Value = DatasetBuilder> {
    plan(params).prop_filter_map("every plan assembles", |p| p.assemble())
}

/// Builders holding the records of a valid dataset of the default shape.
///
/// ```
/// use island_claims::strategies::dataset_builder;
/// use proptest::prelude::*;
///
/// proptest!(|(builder in dataset_builder())| {
///     prop_assert!(builder.build().is_ok());
/// });
/// ```
pub fn dataset_builder() -> impl Strategy<Value = DatasetBuilder> {
    dataset_builder_with(DatasetParams::default())
}

/// Valid datasets shaped by `params`.
pub fn dataset_with(params: DatasetParams) -> impl Strategy<Value = Dataset> {
    dataset_builder_with(params).prop_filter_map("generated datasets are valid", |b| b.into_dataset().ok())
}

/// Valid datasets of the default shape (see [`DatasetParams::default`]).
pub fn dataset() -> impl Strategy<Value = Dataset> {
    dataset_with(DatasetParams::default())
}

/// The records of `builder` as dataset JSON, valid or not: the readable way to show a
/// failing case. Records that cannot be written (none in practice) are left out.
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::strategies::builder_json;
///
/// let json = builder_json(&Dataset::builder());
/// assert!(json.contains("\"format\": \"island-claims/1\""));
/// ```
#[must_use]
pub fn builder_json(builder: &DatasetBuilder) -> String {
    let mut b = builder.clone();
    let value = serde_json::json!({
        "format": crate::FORMAT,
        "islands": serde_json::to_value(b.islands_mut()).unwrap_or_default(),
        "parties": serde_json::to_value(b.parties_mut()).unwrap_or_default(),
        "sources": serde_json::to_value(b.sources_mut()).unwrap_or_default(),
        "events": serde_json::to_value(b.events_mut()).unwrap_or_default(),
        "positions": serde_json::to_value(b.positions_mut()).unwrap_or_default(),
    });
    serde_json::to_string_pretty(&value).unwrap_or_default()
}
