//! What a generated dataset is made of, before it is assembled: sizes, and indices into
//! pools of names and texts, drawn by proptest.

use std::ops::RangeInclusive;

use proptest::prelude::*;
use proptest::sample::select;
use strum::IntoEnumIterator;

use crate::records::{EventKind, IslandKind, Names, PartyKind, Rank, Role, SourceKind, Stance};
use crate::strategies::{DatasetParams, dates};
use crate::time::{Period, When};

/// Names to draw from: English, Russian and Japanese, in native and Latin script, and a few
/// more, some with quotes and accents.
pub(super) const ISLAND_NAMES: &[(&str, &str)] = &[
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

pub(super) const PARTY_NAMES: &[(&str, &str)] = &[
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
pub(super) const TEXTS: &[&str] = &[
    "after a peace treaty is concluded",
    "in 1956 there were two islands",
    "平和条約締結後に引き渡す",
    "после заключения мирного договора",
    "with \"quotes\", a back\\slash and a\nnew line",
    "Soviet-Japanese Joint Declaration",
    "",
    "a long note that goes on for a while to see that nothing depends on short text",
];

pub(super) const LANGUAGES: &[&str] = &["en", "ru", "ja", "ja-Latn", "de"];

pub(super) fn names(pool: &'static [(&'static str, &'static str)], picks: &[usize]) -> Names {
    let mut names = Names::new();
    for &p in picks {
        if let Some(&(tag, name)) = pool.get(p % pool.len()) {
            if let Ok(with) = names.clone().with_name(tag, name) {
                names = with;
            }
        }
    }
    names
}

pub(super) fn text(pick: usize) -> String {
    TEXTS.get(pick % TEXTS.len()).copied().unwrap_or_default().to_owned()
}

pub(super) fn all<T: IntoEnumIterator>() -> Vec<T> {
    T::iter().collect()
}

/// `seed` as an index into `n` items, if there are any.
pub(super) fn pick(seed: usize, n: usize) -> Option<usize> {
    seed.checked_rem(n)
}

#[derive(Debug, Clone)]
pub(super) struct IslandPlan {
    pub(super) kind: IslandKind,
    pub(super) parent: Option<usize>,
    pub(super) names: Vec<usize>,
    pub(super) area_tenths: Option<u32>,
    pub(super) location: Option<(i32, i32)>,
    pub(super) wikidata: Option<u64>,
    pub(super) note: Option<usize>,
    /// For a part: when it exists (other kinds are drawn without).
    pub(super) exists: Option<Period>,
}

fn island_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = IslandPlan> {
    (
        prop_oneof![
            5 => Just(IslandKind::Island),
            2 => Just(IslandKind::Group),
            1 => Just(IslandKind::Region),
            2 => Just(IslandKind::Part),
        ],
        proptest::option::weighted(0.8, 0..64usize),
        proptest::collection::vec(0..64usize, 0..4),
        proptest::option::of(0..100_000u32),
        proptest::option::of((-90_000..=90_000i32, -180_000..=180_000i32)),
        proptest::option::of(1..100_000_000u64),
        proptest::option::weighted(0.2, 0..64usize),
        proptest::option::weighted(0.7, dates::dataset_period(years)),
    )
        .prop_map(|(kind, parent, names, area_tenths, location, wikidata, note, exists)| IslandPlan {
            kind,
            parent,
            names,
            area_tenths,
            location,
            wikidata,
            note,
            exists: exists.filter(|_| kind == IslandKind::Part),
        })
}

#[derive(Debug, Clone)]
pub(super) struct PartyPlan {
    pub(super) kind: PartyKind,
    pub(super) names: Vec<usize>,
    pub(super) exists: Option<Period>,
    /// Lines of succession: a predecessor, and perhaps a contest (a contester and a source).
    pub(super) successor_of: Vec<(usize, Option<(usize, usize)>)>,
    pub(super) represents: Vec<(usize, Period)>,
    pub(super) part_of: Vec<(usize, Period)>,
    pub(super) wikidata: Option<u64>,
}

fn party_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = PartyPlan> {
    (
        select(all::<PartyKind>()),
        proptest::collection::vec(0..64usize, 0..3),
        proptest::option::of(dates::dataset_period(years.clone())),
        proptest::collection::vec((0..64usize, proptest::option::weighted(0.3, (0..64usize, 0..64usize))), 0..=2),
        proptest::collection::vec((0..64usize, dates::dataset_period(years.clone())), 0..2),
        proptest::collection::vec((0..64usize, dates::dataset_period(years)), 0..2),
        proptest::option::of(1..100_000_000u64),
    )
        .prop_map(|(kind, names, exists, successor_of, represents, part_of, wikidata)| PartyPlan {
            kind,
            names,
            exists,
            successor_of,
            represents,
            part_of,
            wikidata,
        })
}

#[derive(Debug, Clone)]
pub(super) struct SourcePlan {
    pub(super) kind: SourceKind,
    pub(super) title: usize,
    pub(super) publisher: Option<usize>,
    pub(super) published: When,
    /// When it was written; left out where it is surely after `published`.
    pub(super) written: Option<When>,
    pub(super) accessed: Option<When>,
    /// Whether `published` is left out, for an undated page (only when `accessed` is given).
    pub(super) undated: bool,
    pub(super) url: bool,
    pub(super) language: Option<usize>,
    pub(super) cites: Vec<usize>,
}

impl SourcePlan {
    /// Its `published`, unless the plan leaves it out.
    pub(super) fn published(&self) -> Option<&When> {
        (!(self.undated && self.accessed.is_some())).then_some(&self.published)
    }

    /// The date the source counts from: its publication, or else its access.
    pub(super) fn known_from(&self) -> &When {
        self.published().or(self.accessed.as_ref()).unwrap_or(&self.published)
    }
}

fn source_plan(years: RangeInclusive<i32>) -> impl Strategy<Value = SourcePlan> {
    (
        select(all::<SourceKind>()),
        0..64usize,
        proptest::option::of(0..64usize),
        dates::dataset_when(years.clone()),
        any::<bool>(),
        proptest::option::of(0..64usize),
        proptest::collection::vec(0..64usize, 0..3),
        (
            proptest::option::weighted(0.2, dates::dataset_when(years.clone())),
            proptest::option::weighted(0.25, dates::dataset_when(years)),
            proptest::bool::weighted(0.5),
        ),
    )
        .prop_map(|(kind, title, publisher, published, url, language, cites, (written, accessed, undated))| {
            SourcePlan { kind, title, publisher, published, written, accessed, undated, url, language, cites }
        })
}

/// An attribution: source, account of, quote, locator.
pub(super) type AttributionPlan = (usize, Option<usize>, Option<usize>, Option<usize>);

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
pub(super) struct EventPlan {
    pub(super) kind: EventKind,
    pub(super) when: Period,
    pub(super) title: usize,
    pub(super) participants: Vec<(usize, Role)>,
    pub(super) islands: Vec<usize>,
    pub(super) attributions: Vec<AttributionPlan>,
    pub(super) place: Option<usize>,
    /// An earlier event this one is another account of.
    pub(super) same_as: Option<usize>,
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
        proptest::option::weighted(0.3, 0..64usize),
    )
        .prop_map(|(kind, when, title, participants, islands, attributions, place, same_as)| EventPlan {
            kind,
            when,
            title,
            participants,
            islands,
            attributions,
            place,
            same_as,
        })
}

#[derive(Debug, Clone)]
pub(super) struct PositionPlan {
    pub(super) holder: usize,
    pub(super) stance: Stance,
    pub(super) islands: Vec<usize>,
    pub(super) counterpart: Option<usize>,
    pub(super) period: Period,
    pub(super) conditions: Option<usize>,
    pub(super) established_by: Option<usize>,
    pub(super) ended_by: Option<usize>,
    pub(super) attributions: Vec<AttributionPlan>,
    pub(super) rank: Rank,
    pub(super) note: Option<usize>,
    /// Version 3: 0 internal, 1 contingent, 2 with a planned end; otherwise none of these.
    pub(super) kind: u8,
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
        0..12u8,
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
                kind,
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
                    kind,
                }
            },
        )
}

#[derive(Debug, Clone)]
pub(super) struct Plan {
    pub(super) islands: Vec<IslandPlan>,
    pub(super) parties: Vec<PartyPlan>,
    pub(super) sources: Vec<SourcePlan>,
    pub(super) events: Vec<EventPlan>,
    pub(super) positions: Vec<PositionPlan>,
    pub(super) warnings: bool,
}

pub(super) fn plan(p: DatasetParams) -> impl Strategy<Value = Plan> {
    use proptest::collection::vec;
    let warnings = p.warnings;
    (
        vec(island_plan(p.years.clone()), p.islands),
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
