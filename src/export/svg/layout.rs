//! Which rows, bands and markers a timeline has, and where they go.

use chrono::{Datelike, NaiveDate};

use super::style::stance_rank;
use super::{EVENT_LANE_H, LANE_GAP, LANE_H, MARGIN, ROW_PAD, RowKind, Timeline, TimelineError};
use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::query::Dispute;
use crate::records::{Event, Island, IslandKind, Position, Source, Stance};
use crate::time::{DayRange, Period};

/// The first and last years a picture can show: four-digit years keep the axis readable and
/// every day within chrono's range.
const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

/// A lane of a row: the stance of its bands and their extents in pixels.
type Lane = (Stance, Vec<(f64, f64)>);

/// How far, in pixels, two bands in one lane may overlap: enough for the shared day of a
/// handover, too little to hide anything.
const TOUCH: f64 = 2.0;

/// Day numbers: days since 0001-01-01 (day 1), as `i64` so that sums cannot overflow.
fn day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

/// Maps days to x positions.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scale {
    /// The first day shown.
    first: i64,
    /// The day after the last day shown.
    end: i64,
    /// The x of `first`.
    pub(super) x0: f64,
    /// The x of `end`.
    pub(super) x1: f64,
    years: (i32, i32),
}

impl Scale {
    /// The x position of the start of day `d`.
    pub(super) fn x(&self, d: i64) -> f64 {
        let span = (self.end - self.first).max(1);
        #[allow(clippy::cast_precision_loss)] // Day counts are far below 2^52.
        let f = (d - self.first) as f64 / span as f64;
        self.x0 + f * (self.x1 - self.x0)
    }

    /// The years to label and their x positions: every 1, 2, 5, 10, 20, 25, 50, 100, ...
    /// years, the smallest step that keeps labels at least 48 pixels apart.
    pub(super) fn ticks(&self) -> Vec<(i32, f64)> {
        let (from, to) = self.years;
        let n = f64::from(to - from + 1);
        let per_year = (self.x1 - self.x0) / n.max(1.0);
        let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000]
            .into_iter()
            .find(|&s| f64::from(s) * per_year >= 48.0)
            .unwrap_or(10_000);
        let first = from + (step - from.rem_euclid(step)) % step;
        (first..=to.saturating_add(1))
            .step_by(usize::try_from(step).unwrap_or(1))
            .filter_map(|y| NaiveDate::from_ymd_opt(y, 1, 1).map(|d| (y, self.x(day(d)))))
            .collect()
    }
}

/// One position drawn in one row.
#[derive(Debug)]
pub(super) struct Band<'a> {
    pub(super) position: &'a Position,
    /// The days it may have held, clipped to the picture: first day, day after the last.
    pub(super) hull: (i64, i64),
    /// The days it surely held, clipped, if any.
    pub(super) core: Option<(i64, i64)>,
    /// Whether it may have begun before the picture does.
    pub(super) runs_left: bool,
    /// Whether it may go on after the picture ends.
    pub(super) runs_right: bool,
    /// Its lane in the row, from the top.
    pub(super) lane: usize,
}

/// One derived dispute drawn in the disputes row.
#[derive(Debug)]
pub(super) struct DisputeBand<'a> {
    pub(super) dispute: Dispute<'a>,
    /// Its number in [`Dataset::disputes`] order, from 1 (`data-dispute`).
    pub(super) number: usize,
    /// The days it possibly held, clipped: first day, day after the last.
    pub(super) possible: (i64, i64),
    /// The runs of days it surely held, clipped.
    pub(super) definite: Vec<(i64, i64)>,
    pub(super) runs_left: bool,
    pub(super) runs_right: bool,
    pub(super) lane: usize,
}

/// One event drawn in one row.
#[derive(Debug)]
pub(super) struct Marker<'a> {
    pub(super) event: &'a Event,
    /// Where the diamond goes: the middle of the days the event may lie on.
    pub(super) at: i64,
    /// The days it may lie on, when that is more than one.
    pub(super) span: Option<(i64, i64)>,
}

/// One row of the picture.
#[derive(Debug)]
pub(super) struct Row<'a> {
    /// The island or party id (`data-row`).
    pub(super) id: &'a str,
    /// The label at the left.
    pub(super) label: String,
    /// The label's hover text.
    pub(super) title: String,
    pub(super) bands: Vec<Band<'a>>,
    /// The disputes of the disputes row (empty in every other row).
    pub(super) disputes: Vec<DisputeBand<'a>>,
    pub(super) markers: Vec<Marker<'a>>,
    lanes: usize,
}

impl Row<'_> {
    pub(super) fn height(&self) -> f64 {
        #[allow(clippy::cast_precision_loss)] // Few lanes.
        let lanes = self.lanes.max(1) as f64;
        let events = if self.markers.is_empty() { 0.0 } else { EVENT_LANE_H };
        2.0 * ROW_PAD + events + lanes * LANE_H + (lanes - 1.0) * LANE_GAP
    }
}

/// Everything a timeline shows, placed.
#[derive(Debug)]
pub(super) struct Layout<'a> {
    pub(super) rows: Vec<Row<'a>>,
    /// The holders of the bands drawn, in dataset order: the legend's parties.
    pub(super) parties: Vec<&'a PartyId>,
    /// The stances of the bands drawn.
    pub(super) stances: Vec<Stance>,
    /// The first and last year shown.
    pub(super) years: (i32, i32),
    pub(super) scale: Scale,
}

/// The islands of the dataset and how they nest.
struct Islands<'a> {
    data: &'a Dataset,
}

impl<'a> Islands<'a> {
    /// `island` and the groups and regions it is part of, nearest first (the dataset's one
    /// walk up `part_of`).
    fn ancestry(&self, island: &'a IslandId) -> impl Iterator<Item = &'a Island> + 'a {
        self.data.ancestry(island)
    }

    fn has_members(&self, island: &IslandId) -> bool {
        self.data.islands().iter().any(|i| i.part_of.as_ref() == Some(island))
    }

    /// Whether `island` is `of` or lies within it.
    fn within(&self, island: &'a IslandId, of: &IslandId) -> bool {
        self.ancestry(island).any(|i| &i.id == of)
    }

    /// The row an island is drawn in: its own, or its outermost group's; none for a region
    /// with members (its members have rows). The island asked for keeps its own row.
    fn row_of(&self, island: &'a IslandId, asked: Option<&IslandId>) -> Option<&'a IslandId> {
        let record = self.data.island(island)?;
        if record.kind == IslandKind::Region && self.has_members(island) {
            return None;
        }
        if asked == Some(island) {
            return Some(island);
        }
        let group = self.ancestry(island).skip(1).filter(|i| i.kind == IslandKind::Group).last();
        Some(group.map_or(island, |g| &g.id))
    }
}

impl<'a> Layout<'a> {
    pub(super) fn new(options: &'a Timeline, data: &'a Dataset) -> Result<Self, TimelineError> {
        let islands = Islands { data };
        let asked_island = match &options.island {
            Some(i) => Some(data.island(i).map(|r| &r.id).ok_or_else(|| TimelineError::UnknownIsland(i.clone()))?),
            None => None,
        };
        let asked_party = match &options.party {
            Some(p) => Some(data.party(p).map(|r| &r.id).ok_or_else(|| TimelineError::UnknownParty(p.clone()))?),
            None => None,
        };
        for y in [options.from, options.to].into_iter().flatten() {
            if !YEARS.contains(&y) {
                return Err(TimelineError::YearOutOfRange(y));
            }
        }
        if let (Some(from), Some(to)) = (options.from, options.to) {
            if to < from {
                return Err(TimelineError::EmptyRange { from, to });
            }
        }
        let in_selection = |id: &'a IslandId| asked_island.is_none_or(|a| islands.within(id, a));

        // The selection, before the years.
        let positions: Vec<&Position> = data
            .all_positions()
            .iter()
            .filter(|p| asked_party.is_none_or(|a| &p.holder == a))
            .filter(|p| asked_island.is_none() || covered(data, p).iter().any(&in_selection))
            .collect();
        let event_islands = |e: &'a Event| -> Vec<&'a IslandId> {
            data.islands()
                .iter()
                .map(|i| &i.id)
                .filter(|i| e.islands.iter().any(|named| islands.within(i, named)))
                .collect()
        };
        let events: Vec<&Event> = data
            .events()
            .iter()
            .filter(|e| asked_party.is_none_or(|a| e.participants.iter().any(|p| &p.party == a)))
            .filter(|e| asked_island.is_none() || event_islands(e).into_iter().any(in_selection))
            .collect();

        // The sources behind the selection: every source for the whole dataset, else those the
        // selected positions and events cite.
        let sources: Vec<&Source> = if asked_island.is_none() && asked_party.is_none() {
            data.sources().iter().collect()
        } else {
            let cited =
                positions.iter().flat_map(|p| &p.attributions).chain(events.iter().flat_map(|e| &e.attributions));
            let mut ids: Vec<&SourceId> = cited.map(|a| &a.source).collect();
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter().filter_map(|id| data.source(id)).collect()
        };
        let years = years(options, &positions, &events, &sources)?;
        let (first, end) = match (NaiveDate::from_ymd_opt(years.0, 1, 1), NaiveDate::from_ymd_opt(years.1, 12, 31)) {
            (Some(a), Some(b)) => (day(a), day(b) + 1),
            _ => return Err(TimelineError::YearOutOfRange(years.0)),
        };
        let positions: Vec<&Position> =
            positions.into_iter().filter(|p| clip(p.period.hull(), first, end).is_some()).collect();

        // The rows, each with its label.
        let mut rows: Vec<Row<'a>> = Vec::new();
        match options.rows {
            RowKind::Islands => {
                for island in data.islands() {
                    let id = &island.id;
                    if in_selection(id) && islands.row_of(id, asked_island) == Some(id) {
                        rows.push(Row::new(
                            id.as_str(),
                            display(&island.names, id.as_str()),
                            island_title(data, island),
                        ));
                    }
                }
            }
            RowKind::Parties => {
                for party in data.parties() {
                    if positions.iter().any(|p| p.holder == party.id) {
                        let mut title = format!("{} ({})", display(&party.names, party.id.as_str()), party.kind);
                        if let Some(e) = &party.exists {
                            title.push_str(&format!(", {e}"));
                        }
                        rows.push(Row::new(party.id.as_str(), display(&party.names, party.id.as_str()), title));
                    }
                }
            }
        }
        let row_ids: Vec<&str> = rows.iter().map(|r| r.id).collect();
        let row_index = |id: &str| row_ids.iter().position(|r| *r == id);

        // Bands: each position in each row it touches, clipped to the years.
        let mut placed: Vec<(usize, Band<'a>)> = Vec::new();
        for p in &positions {
            let Some((hull, runs_left, runs_right)) = clip(p.period.hull(), first, end) else { continue };
            let core = p.period.core().and_then(|c| clip(c, first, end)).map(|(c, _, _)| c);
            let targets: Vec<usize> = match options.rows {
                RowKind::Islands => {
                    let mut t: Vec<usize> = covered(data, p)
                        .iter()
                        .filter(|i| in_selection(i))
                        .filter_map(|i| islands.row_of(i, asked_island))
                        .filter_map(|r| row_index(r.as_str()))
                        .collect();
                    t.sort_unstable();
                    t.dedup();
                    t
                }
                RowKind::Parties => row_index(p.holder.as_str()).into_iter().collect(),
            };
            for row in targets {
                placed.push((row, Band { position: p, hull, core, runs_left, runs_right, lane: 0 }));
            }
        }

        // Event markers, in the rows of their islands or parties; the rest in a row of their own.
        let mut general: Vec<Marker<'a>> = Vec::new();
        for e in &events {
            let Some(marker) = Marker::new(e, first, end) else { continue };
            let mut targets: Vec<usize> = match options.rows {
                RowKind::Islands => event_islands(e)
                    .into_iter()
                    .filter(|i| in_selection(i))
                    .filter_map(|i| islands.row_of(i, asked_island))
                    .filter_map(|r| row_index(r.as_str()))
                    .collect(),
                RowKind::Parties => e
                    .participants
                    .iter()
                    .flat_map(|p| {
                        let own = row_index(p.party.as_str());
                        let represented = data
                            .party(&p.party)
                            .into_iter()
                            .flat_map(|x| x.represents.iter())
                            .filter_map(|r| row_index(r.party.as_str()));
                        own.into_iter().chain(represented)
                    })
                    .collect(),
            };
            targets.sort_unstable();
            targets.dedup();
            if targets.is_empty() {
                general.push(marker);
            } else {
                for row in targets {
                    if let Some(r) = rows.get_mut(row) {
                        r.markers.push(Marker { event: marker.event, at: marker.at, span: marker.span });
                    }
                }
            }
        }

        let longest = rows.iter().map(|r| r.label.chars().count()).max().unwrap_or(0).max(12);
        #[allow(clippy::cast_precision_loss)] // A label is short.
        let label_w = (longest as f64 * 7.6 + 26.0).clamp(100.0, 240.0);
        let width = f64::from(options.width);
        let scale = Scale { first, end, x0: MARGIN + label_w, x1: width - MARGIN - 12.0, years };

        if !general.is_empty() {
            let label = match options.rows {
                RowKind::Islands => "Other events",
                RowKind::Parties => "Events of others",
            };
            let mut row = Row::new("events", label.to_owned(), "Events that name no island shown here".to_owned());
            row.markers = general;
            rows.insert(0, row);
            for (r, _) in &mut placed {
                *r += 1;
            }
        }

        // Lanes: bands stacked by stance, then holder, then start, each in the first lane of
        // its stance where it overlaps nothing, so that each lane reads as one stance's story.
        // Bands that only touch share a lane: a handover (Japan administers until 1945-09-05,
        // the USSR from that day) reads as one line.
        let party_rank = |id: &PartyId| data.parties().iter().position(|p| &p.id == id).unwrap_or(usize::MAX);
        placed.sort_by_key(|(row, b)| (*row, stance_rank(b.position.stance), party_rank(&b.position.holder), b.hull.0));
        let mut lanes: Vec<Vec<Lane>> = rows.iter().map(|_| Vec::new()).collect();
        for (row, band) in &mut placed {
            let Some(row_lanes) = lanes.get_mut(*row) else { continue };
            let x0 = scale.x(band.hull.0);
            let x1 = scale.x(band.hull.1).max(x0 + 2.0) + if band.runs_right { 9.0 } else { 0.0 };
            let x0 = if band.runs_left { x0 - 8.0 } else { x0 };
            let stance = band.position.stance;
            let free = row_lanes.iter().position(|(s, lane)| *s == stance && fits(lane, x0, x1));
            let lane = free.unwrap_or(row_lanes.len());
            if lane == row_lanes.len() {
                row_lanes.push((stance, Vec::new()));
            }
            if let Some((_, l)) = row_lanes.get_mut(lane) {
                l.push((x0, x1));
            }
            band.lane = lane;
        }
        for (row, row_lanes) in rows.iter_mut().zip(&lanes) {
            row.lanes = row_lanes.len();
        }

        let mut parties: Vec<&'a PartyId> = Vec::new();
        let mut stances: Vec<Stance> = Vec::new();
        for party in data.parties() {
            if placed.iter().any(|(_, b)| b.position.holder == party.id) {
                parties.push(&party.id);
            }
        }
        for (_, b) in &placed {
            if !stances.contains(&b.position.stance) {
                stances.push(b.position.stance);
            }
        }
        for (row, band) in placed {
            if let Some(r) = rows.get_mut(row) {
                r.bands.push(band);
            }
        }
        if options.disputes {
            let selected = |d: &Dispute<'a>| {
                asked_party.is_none_or(|a| d.side(0).chain(d.side(1)).any(|p| p == a))
                    && (asked_island.is_none() || d.islands().any(in_selection))
            };
            if let Some(row) = dispute_row(data, &scale, first, end, selected) {
                rows.push(row);
            }
        }
        Ok(Self { rows, parties, stances, years, scale })
    }
}

/// Whether a band over `x0..x1` fits in a lane of bands at these extents: it overlaps none by
/// more than [`TOUCH`].
fn fits(lane: &[(f64, f64)], x0: f64, x1: f64) -> bool {
    lane.iter().all(|&(a, b)| x1 <= a + TOUCH || b <= x0 + TOUCH)
}

/// The row of the derived disputes that `selected` keeps and that may have held within days
/// `first..end`: a band each, in lanes where they overlap; `None` when there are none.
fn dispute_row<'a>(
    data: &'a Dataset,
    scale: &Scale,
    first: i64,
    end: i64,
    selected: impl Fn(&Dispute<'a>) -> bool,
) -> Option<Row<'a>> {
    let mut row = Row::new(
        "disputes",
        "Disputes".to_owned(),
        "Disputes derived from the positions: two sides whose positions on the same islands cannot both stand"
            .to_owned(),
    );
    let mut lanes: Vec<Vec<(f64, f64)>> = Vec::new();
    for (n, d) in data.disputes().into_iter().enumerate() {
        if !selected(&d) {
            continue;
        }
        let Some((possible, runs_left, runs_right)) = clip(d.possible(), first, end) else { continue };
        let definite = d.definite().filter_map(|r| clip(r, first, end)).map(|(c, _, _)| c).collect();
        let (x0, x1) = (scale.x(possible.0), scale.x(possible.1).max(scale.x(possible.0) + 2.0));
        let lane = lanes.iter().position(|l| fits(l, x0, x1));
        let lane = lane.unwrap_or_else(|| {
            lanes.push(Vec::new());
            lanes.len() - 1
        });
        if let Some(l) = lanes.get_mut(lane) {
            l.push((x0, x1));
        }
        row.disputes.push(DisputeBand { dispute: d, number: n + 1, possible, definite, runs_left, runs_right, lane });
    }
    row.lanes = lanes.len();
    (!row.disputes.is_empty()).then_some(row)
}

impl<'a> Row<'a> {
    fn new(id: &'a str, label: String, title: String) -> Self {
        Self { id, label, title, bands: Vec::new(), disputes: Vec::new(), markers: Vec::new(), lanes: 0 }
    }
}

impl<'a> Marker<'a> {
    /// The marker of `event` within days `first..end`, or `None` if it lies outside them.
    fn new(event: &'a Event, first: i64, end: i64) -> Option<Self> {
        let hull = event.when.hull();
        let a = hull.first().map(day);
        let b = hull.last().map(|d| day(d) + 1);
        // An event with an open or unknown end is marked where it is known to be.
        let (a, b) = match (a, b) {
            (Some(a), Some(b)) => (a, b),
            (Some(a), None) => (a, a + 1),
            (None, Some(b)) => (b - 1, b),
            (None, None) => return None,
        };
        if b <= first || a >= end {
            return None;
        }
        let (ca, cb) = (a.max(first), b.min(end));
        let span = (b - a > 1).then_some((ca, cb));
        Some(Self { event, at: (ca + cb) / 2, span })
    }
}

/// The islands a position covers, through groups and regions.
fn covered<'a>(data: &'a Dataset, p: &'a Position) -> &'a [IslandId] {
    data.covered_islands(&p.id).unwrap_or(&p.islands)
}

/// A range of days clipped to `first..end`: its clipped bounds and whether it runs on beyond
/// the left and right edges; `None` when it lies wholly outside.
fn clip(range: DayRange, first: i64, end: i64) -> Option<((i64, i64), bool, bool)> {
    let a = range.first().map(day);
    let b = range.last().map(|d| day(d) + 1);
    let (ca, cb) = (a.map_or(first, |a| a.max(first)), b.map_or(end, |b| b.min(end)));
    (ca < cb).then_some(((ca, cb), a.is_none_or(|a| a < first), b.is_none_or(|b| b > end)))
}

/// The years the picture spans: those asked for, or the years the selection is dated to.
///
/// The first year is the first any position or event may have begun in. The last is the last
/// year anything is dated to: the latest reading of every dated end of a position or event,
/// and the publication of every source behind them (its earliest reading, so that a source
/// dated only `20XX` does not stretch the picture to 2099). An open end is not a date: it
/// does not move the last year, and its band runs out at the right edge.
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

fn display(names: &crate::records::Names, id: &str) -> String {
    names.english().unwrap_or(id).to_owned()
}

fn island_title(data: &Dataset, island: &Island) -> String {
    let mut t = format!("{} ({})", display(&island.names, island.id.as_str()), island.kind);
    let others: Vec<String> =
        island.names.iter().filter(|(l, _)| l.as_str() != "en").map(|(l, n)| format!("{l}: {n}")).collect();
    if !others.is_empty() {
        t.push_str(&format!("\n{}", others.join(", ")));
    }
    if let Some(parent) = island.part_of.as_ref().and_then(|p| data.island(p)) {
        t.push_str(&format!("\npart of {}", display(&parent.names, parent.id.as_str())));
    }
    if let Some(e) = &island.exists {
        t.push_str(&format!("\nexists {e}"));
    }
    if let Some(a) = island.area_km2 {
        t.push_str(&format!("\n{a} km\u{b2}"));
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale(from: i32, to: i32, px: f64) -> Scale {
        let first = day(NaiveDate::from_ymd_opt(from, 1, 1).unwrap());
        let end = day(NaiveDate::from_ymd_opt(to, 12, 31).unwrap()) + 1;
        Scale { first, end, x0: 0.0, x1: px, years: (from, to) }
    }

    #[test]
    fn ticks_are_round_years_at_least_48_pixels_apart() {
        let years = |s: &Scale| s.ticks().into_iter().map(|(y, _)| y).collect::<Vec<_>>();
        assert_eq!(years(&scale(1855, 2025, 1000.0)), (1860..=2020).step_by(10).collect::<Vec<_>>());
        assert_eq!(years(&scale(1990, 1995, 600.0)), (1990..=1996).collect::<Vec<_>>());
        for pair in scale(1, 9999, 800.0).ticks().windows(2) {
            assert!(pair[1].1 - pair[0].1 >= 48.0);
        }
    }

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
        let s = scale(1950, 1960, 100.0);
        let p: Period = "1945/..".parse().unwrap();
        let ((a, b), left, right) = clip(p.hull(), s.first, s.end).unwrap();
        assert_eq!((a, b, left, right), (s.first, s.end, true, true));
        let p: Period = "1970/1980".parse().unwrap();
        assert!(clip(p.hull(), s.first, s.end).is_none());
        let p: Period = "1955-06-01/1956".parse().unwrap();
        let (_, left, right) = clip(p.hull(), s.first, s.end).unwrap();
        assert!(!left && !right);
    }
}
