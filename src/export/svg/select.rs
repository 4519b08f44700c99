//! What a timeline shows before it is placed: the records its options select and the years
//! it spans.

use chrono::{Datelike, NaiveDate};

use super::{Timeline, TimelineError};
use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::query::Dispute;
use crate::records::{Event, IslandKind, Position, Source};
use crate::time::{DayRange, Period};

/// The first and last years a picture can show: four-digit years keep the axis readable and
/// every day within chrono's range.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// Day numbers: days since 0001-01-01 (day 1), as `i64` so that sums cannot overflow.
pub(super) fn day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// The records a timeline's options select, and the days it spans.
#[derive(Debug)]
pub(super) struct Selection<'a> {
    pub(super) data: &'a Dataset,
    /// The island asked for, as the dataset spells it.
    pub(super) island: Option<&'a IslandId>,
    /// The party asked for.
    pub(super) party: Option<&'a PartyId>,
    /// The dispute asked for, with its number.
    pub(super) dispute: Option<(usize, Dispute<'a>)>,
    /// The positions drawn, in dataset order: those of the selection that may hold within
    /// the years.
    pub(super) positions: Vec<&'a Position>,
    /// The events of the selection, in dataset order.
    pub(super) events: Vec<&'a Event>,
    /// The first and last year shown.
    pub(super) years: (i32, i32),
    /// The first day shown and the day after the last.
    pub(super) days: (i64, i64),
}

/// The parties a selection is about: one party, or the sides of one dispute.
enum Parties<'a> {
    All,
    Only(Vec<&'a PartyId>),
}

impl Parties<'_> {
    fn has(&self, party: &PartyId) -> bool {
        match self {
            Self::All => true,
            Self::Only(ps) => ps.contains(&party),
        }
    }
}

impl<'a> Selection<'a> {
    /// The records `options` select from `data`, and the years to show.
    pub(super) fn new(options: &Timeline, data: &'a Dataset) -> Result<Self, TimelineError> {
        check_years(options)?;
        let dispute = match options.dispute {
            Some(n) => {
                let d = n.checked_sub(1).and_then(|i| data.disputes().into_iter().nth(i));
                Some((n, d.ok_or(TimelineError::UnknownDispute(n))?))
            }
            None => None,
        };
        let island = match (&options.island, &dispute) {
            (Some(i), _) => Some(data.island(i).map(|r| &r.id).ok_or_else(|| TimelineError::UnknownIsland(i.clone()))?),
            (None, Some((_, d))) => Some(d.territory()),
            (None, None) => None,
        };
        let parties = match (&options.party, &dispute) {
            (Some(p), _) => {
                Parties::Only(vec![data.party(p).map(|r| &r.id).ok_or_else(|| TimelineError::UnknownParty(p.clone()))?])
            }
            (None, Some((_, d))) => Parties::Only(d.side(0).chain(d.side(1)).collect()),
            (None, None) => Parties::All,
        };
        let concerns = Concerns::new(data, island);
        let positions: Vec<&Position> = data
            .all_positions()
            .iter()
            .filter(|p| parties.has(&p.holder))
            .filter(|p| concerns.any(covered(data, p)))
            .collect();
        let events: Vec<&Event> = data
            .events()
            .iter()
            .filter(|e| e.participants.iter().any(|p| parties.has(&p.party)))
            .filter(|e| concerns.any(&e.islands))
            .collect();
        let narrowed = island.is_some() || !matches!(parties, Parties::All);
        let sources = sources_behind(data, narrowed, &positions, &events);
        let years = years(options, &positions, &events, &sources)?;
        let days = match (NaiveDate::from_ymd_opt(years.0, 1, 1), NaiveDate::from_ymd_opt(years.1, 12, 31)) {
            (Some(a), Some(b)) => (day(a), day(b) + 1),
            _ => return Err(TimelineError::YearOutOfRange(years.0)),
        };
        let positions = positions.into_iter().filter(|p| clip(p.period.hull(), days).is_some()).collect();
        let party = match &parties {
            Parties::Only(ps) if options.party.is_some() => ps.first().copied(),
            Parties::All | Parties::Only(_) => None,
        };
        Ok(Self { data, island, party, dispute, positions, events, years, days })
    }

    /// Whether `island` has a place in a picture of the selection: it is the island asked
    /// for or lies within it (the dataset's one walk up `part_of`).
    pub(super) fn shows(&self, island: &IslandId) -> bool {
        self.island.is_none_or(|asked| self.data.ancestry(island).any(|i| &i.id == asked))
    }
}

/// Which islands a selection concerns: the dataset's one rule ([`Dataset::timeline`]'s):
/// the island asked for, every island, group or region above it and every member below it.
struct Concerns<'a> {
    data: &'a Dataset,
    /// By island place, whether it is concerned; `None` for every island.
    related: Option<Vec<bool>>,
}

impl<'a> Concerns<'a> {
    fn new(data: &'a Dataset, island: Option<&IslandId>) -> Self {
        let resolved = data.resolved();
        let related = island.and_then(|i| resolved.island(data.records(), i)).map(|i| resolved.island_tree.related(i));
        Self { data, related }
    }

    /// Whether any of `islands` is concerned.
    fn any(&self, islands: &[IslandId]) -> bool {
        let Some(related) = &self.related else { return true };
        let resolved = self.data.resolved();
        islands.iter().any(|id| {
            resolved.island(self.data.records(), id).is_some_and(|ix| related.get(ix.get()).copied().unwrap_or(false))
        })
    }
}

/// The islands a position covers, through groups and regions.
pub(super) fn covered<'a>(data: &'a Dataset, p: &'a Position) -> &'a [IslandId] {
    data.covered_islands(&p.id).unwrap_or(&p.islands)
}

/// Whether an island is a region with members: its members have rows, it has none. A member
/// is an island whose nearest group or region, on the dataset's one walk up `part_of`, is it.
pub(super) fn is_region_with_members(data: &Dataset, island: &IslandId) -> bool {
    data.island(island).is_some_and(|i| i.kind == IslandKind::Region)
        && data.islands().iter().any(|i| data.ancestry(&i.id).nth(1).is_some_and(|parent| &parent.id == island))
}

fn check_years(options: &Timeline) -> Result<(), TimelineError> {
    for y in [options.from, options.to].into_iter().flatten() {
        if !YEARS.contains(&y) {
            return Err(TimelineError::YearOutOfRange(y));
        }
    }
    match (options.from, options.to) {
        (Some(from), Some(to)) if to < from => Err(TimelineError::EmptyRange { from, to }),
        _ => Ok(()),
    }
}

/// The sources behind a selection: every source for the whole dataset, else those the
/// selected positions and events cite.
fn sources_behind<'a>(
    data: &'a Dataset,
    narrowed: bool,
    positions: &[&'a Position],
    events: &[&'a Event],
) -> Vec<&'a Source> {
    if !narrowed {
        return data.sources().iter().collect();
    }
    let cited = positions.iter().flat_map(|p| &p.attributions).chain(events.iter().flat_map(|e| &e.attributions));
    let mut ids: Vec<&SourceId> = cited.map(|a| &a.source).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.into_iter().filter_map(|id| data.source(id)).collect()
}

/// A range of days clipped to `first..end`: its clipped bounds and whether it runs on beyond
/// the left and right edges; `None` when it lies wholly outside.
pub(super) fn clip(range: DayRange, (first, end): (i64, i64)) -> Option<((i64, i64), bool, bool)> {
    let a = range.first().map(day);
    let b = range.last().map(|d| day(d) + 1);
    let (ca, cb) = (a.map_or(first, |a| a.max(first)), b.map_or(end, |b| b.min(end)));
    (ca < cb).then_some(((ca, cb), a.is_none_or(|a| a < first), b.is_none_or(|b| b > end)))
}

/// The years the picture spans: those asked for, or the years the selection is dated to.
///
/// The first year is the first any position or event may have begun in. The last is the last
/// year anything is dated to: the latest reading of every date a position or event names (its
/// start or end), and the first year of the date every source behind them is known from (its
/// publication, else its access), so that a source dated only `20XX` does not stretch the
/// picture to 2099. An open end is not a date: it does not move the last year, and its band
/// runs out at the right edge.
fn years(
    options: &Timeline,
    positions: &[&Position],
    events: &[&Event],
    sources: &[&Source],
) -> Result<(i32, i32), TimelineError> {
    let periods = || positions.iter().map(|p| &p.period).chain(events.iter().map(|e| &e.when));
    let first = periods().flat_map(dated_days).min();
    let published = sources.iter().filter_map(|s| s.known_from()).filter_map(|w| w.range().first());
    let last = periods().flat_map(dated_days).chain(published).max();
    let clamp = |d: NaiveDate| d.year().clamp(*YEARS.start(), *YEARS.end());
    let from = options.from.or(first.map(clamp));
    let to = options.to.or(last.map(clamp));
    match (from, to) {
        (Some(f), Some(t)) if t >= f => Ok((f, t)),
        // Only one end given and the data all on the other side of it: show that one year.
        (Some(f), Some(_)) if options.from.is_some() => Ok((f, f)),
        (Some(_), Some(t)) => Ok((t, t)),
        (Some(f), None) => Ok((f, f)),
        (None, Some(t)) => Ok((t, t)),
        (None, None) => Err(TimelineError::NothingDated),
    }
}

/// Every day a period's ends name: not the open side of a date known only by a bound
/// (`[..1973-12-17]`), which is no more a date than an open end.
fn dated_days(p: &Period) -> impl Iterator<Item = NaiveDate> + '_ {
    [p.start().when(), p.end().when()]
        .into_iter()
        .flatten()
        .flat_map(|w| [w.range().first(), w.range().last()])
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_known_only_by_a_bound_names_only_its_bound() {
        let p: Period = "[..1973-12-17]/[1990..]".parse().unwrap();
        let days: Vec<NaiveDate> = dated_days(&p).collect();
        assert_eq!(
            days,
            [NaiveDate::from_ymd_opt(1973, 12, 17).unwrap(), NaiveDate::from_ymd_opt(1990, 1, 1).unwrap()]
        );
    }

    #[test]
    fn clipping_says_which_side_runs_on() {
        let d = |y| day(NaiveDate::from_ymd_opt(y, 1, 1).unwrap());
        let days = (d(1950), d(1961));
        let p: Period = "1945/..".parse().unwrap();
        let ((a, b), left, right) = clip(p.hull(), days).unwrap();
        assert_eq!((a, b, left, right), (days.0, days.1, true, true));
        let p: Period = "1970/1980".parse().unwrap();
        assert!(clip(p.hull(), days).is_none());
        let p: Period = "1955-06-01/1956".parse().unwrap();
        let (_, left, right) = clip(p.hull(), days).unwrap();
        assert!(!left && !right);
    }
}
