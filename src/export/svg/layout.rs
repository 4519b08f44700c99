//! Which rows, lanes, bands and labels a timeline has, and where they go.
//!
//! A row is an island (or a party); in it, a lane per party and stance (and account, when
//! the sources report a position as another party's account of it), so that a lane tells one
//! party's one story: the USSR's claim and later Japan's never share one. A lane has one
//! track, or more where its bands overlap.

use chrono::NaiveDate;

use super::events::EventTrack;
use super::prose::Names;
use super::select::{Selection, clip, covered, day, is_region_with_members};
use super::style::{counterpart_word, stance_label, stance_rank};
use super::text::{BOLD, fit, width};
use super::{
    ARROW_W, BAND_FONT, HEADER_H, LANE_FONT, LANE_GAP, LANE_H, MARGIN, ROW_FONT, ROW_PAD, RowKind, Timeline,
    TimelineError,
};
use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId};
use crate::query::Dispute;
use crate::records::{Island, IslandKind, Position, Stance};
use crate::time::PeriodEnd;

/// How far, in pixels, two bands in one track may overlap: enough for the shared day of a
/// handover, too little to hide anything.
const TOUCH: f64 = 2.0;

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

/// How a band begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Start {
    /// On a day its dates give (perhaps uncertainly: the faded part).
    Dated,
    /// Before the picture does: an arrow at the left edge.
    BeforePicture,
    /// On a day no source gives: the band begins where it is first known to hold, after a
    /// dotted stub and a question mark, not faded to the left edge as if it had held there.
    Unknown,
}

/// A label placed in the picture: its text (cut with an ellipsis where the whole does not
/// fit), the whole text, and where it starts.
#[derive(Debug, Clone)]
pub(super) struct Label {
    pub(super) text: String,
    pub(super) full: String,
    pub(super) x: f64,
}

/// One position drawn in one lane.
#[derive(Debug)]
pub(super) struct Band<'a> {
    pub(super) position: &'a Position,
    /// The days it may have held, clipped to the picture: first day, day after the last.
    pub(super) hull: (i64, i64),
    /// The days it surely held, clipped, if any.
    pub(super) core: Option<(i64, i64)>,
    pub(super) start: Start,
    /// Whether it may go on after the picture ends.
    pub(super) runs_right: bool,
    /// Its track in the lane, from the top.
    pub(super) track: usize,
    pub(super) label: Option<Label>,
}

/// The bands of one party's one stance (in one account) in a row.
#[derive(Debug)]
pub(super) struct Lane<'a> {
    pub(super) holder: &'a PartyId,
    pub(super) stance: Stance,
    /// The party whose account every source of the lane's positions gives, when that is not
    /// the holder.
    pub(super) account: Option<&'a PartyId>,
    /// The label at the left, as it fits the label column.
    pub(super) label: Label,
    pub(super) bands: Vec<Band<'a>>,
    pub(super) tracks: usize,
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
    pub(super) track: usize,
    pub(super) label: Option<Label>,
}

/// One row of the picture: an island, a party, or the derived disputes.
#[derive(Debug)]
pub(super) struct Row<'a> {
    /// The island or party id, or `disputes` (`data-row`).
    pub(super) id: &'a str,
    /// The label at the left.
    pub(super) label: Label,
    /// The label's hover text.
    pub(super) title: String,
    pub(super) lanes: Vec<Lane<'a>>,
    /// The disputes of the disputes row (empty in every other row).
    pub(super) disputes: Vec<DisputeBand<'a>>,
    dispute_tracks: usize,
}

impl Row<'_> {
    /// The tracks of the row, all lanes together.
    pub(super) fn tracks(&self) -> usize {
        self.lanes.iter().map(|l| l.tracks).sum::<usize>() + self.dispute_tracks
    }

    pub(super) fn height(&self) -> f64 {
        #[allow(clippy::cast_precision_loss)] // Few tracks.
        let tracks = self.tracks().max(1) as f64;
        HEADER_H + tracks * (LANE_H + LANE_GAP) + ROW_PAD
    }
}

/// The y offset of a track from the top of its row's lanes.
pub(super) fn track_y(track: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)] // Few tracks.
    let t = track as f64;
    t * (LANE_H + LANE_GAP)
}

/// Everything a timeline shows, placed.
#[derive(Debug)]
pub(super) struct Layout<'a> {
    pub(super) selection: Selection<'a>,
    pub(super) events: EventTrack<'a>,
    pub(super) rows: Vec<Row<'a>>,
    /// The holders of the bands drawn, in dataset order: the legend's parties.
    pub(super) parties: Vec<&'a PartyId>,
    /// The stances of the bands drawn, in legend order.
    pub(super) stances: Vec<Stance>,
    pub(super) scale: Scale,
}

impl<'a> Layout<'a> {
    pub(super) fn new(options: &'a Timeline, data: &'a Dataset) -> Result<Self, TimelineError> {
        let selection = Selection::new(options, data)?;
        let names = Names { data };
        let kind = options.row_kind();
        let mut rows = row_heads(&selection, kind, names);
        let mut lanes = lanes(&selection, kind, &rows);
        let label_w = label_column(&rows, &lanes, f64::from(options.width));
        let (first, end) = selection.days;
        let scale = Scale {
            first,
            end,
            x0: MARGIN + label_w,
            x1: f64::from(options.width) - MARGIN - 12.0,
            years: selection.years,
        };
        let around: Vec<&IslandId> =
            selection.island.map(|i| data.ancestry(i).map(|a| &a.id).collect()).unwrap_or_default();
        for row_lanes in &mut lanes {
            for lane in row_lanes.iter_mut() {
                stack(lane, &scale);
                label_bands(lane, kind, names, &scale, &around);
            }
        }
        for (row, row_lanes) in rows.iter_mut().zip(lanes) {
            row.lanes = row_lanes;
            row.label = fitted(&row.label.full, ROW_FONT * BOLD, label_w - 6.0, MARGIN + 6.0);
            for lane in &mut row.lanes {
                lane.label = fitted(&lane.label.full, LANE_FONT, label_w - 16.0, MARGIN + 16.0);
            }
        }
        rows.retain(|r| !r.lanes.is_empty() || kind == RowKind::Islands);
        if options.disputes || selection.dispute.is_some() {
            rows.extend(dispute_row(&selection, &scale, names, label_w));
        }
        let events = EventTrack::new(&selection, &scale, names);
        let (parties, stances) = legend_entries(data, &rows);
        Ok(Self { selection, events, rows, parties, stances, scale })
    }
}

/// A label that fits `room` pixels at `size`, at `x`.
fn fitted(full: &str, size: f64, room: f64, x: f64) -> Label {
    let text = fit(full, size, room).unwrap_or_default();
    Label { text, full: full.to_owned(), x }
}

/// The rows, without their lanes: every island of the selection that has a row of its own,
/// or every party.
fn row_heads<'a>(s: &Selection<'a>, kind: RowKind, names: Names<'a>) -> Vec<Row<'a>> {
    let data = s.data;
    let row = |id: &'a str, label: String, title: String| Row {
        id,
        label: Label { text: String::new(), full: label, x: 0.0 },
        title,
        lanes: Vec::new(),
        disputes: Vec::new(),
        dispute_tracks: 0,
    };
    match kind {
        RowKind::Islands => data
            .islands()
            .iter()
            .filter(|i| s.shows(&i.id) && row_of(s, &i.id) == Some(&i.id))
            .map(|i| row(i.id.as_str(), names.island(&i.id), island_title(data, i, names)))
            .collect(),
        RowKind::Parties => data
            .parties()
            .iter()
            .filter(|p| s.positions.iter().any(|x| x.holder == p.id))
            .map(|p| {
                let mut title = format!("{} ({})", names.party(&p.id), p.kind.as_ref().replace('_', " "));
                if let Some(e) = &p.exists {
                    title.push_str(&format!(", exists {e}"));
                }
                row(p.id.as_str(), names.party(&p.id), title)
            })
            .collect(),
    }
}

/// The row an island is drawn in: its own, or its outermost group's; none for a region with
/// members (its members have rows). The island asked for keeps its own row.
fn row_of<'a>(s: &Selection<'a>, island: &'a IslandId) -> Option<&'a IslandId> {
    if is_region_with_members(s.data, island) {
        return None;
    }
    if s.island == Some(island) {
        return Some(island);
    }
    // The groups above the island, short of the island asked for (whose members it shows).
    let above = s.data.ancestry(island).skip(1).take_while(|i| Some(&i.id) != s.island);
    let group = above.filter(|i| i.kind == IslandKind::Group).last();
    Some(group.map_or(island, |g| &g.id))
}

/// The lanes of each row, with their bands in start order, not yet stacked.
fn lanes<'a>(s: &Selection<'a>, kind: RowKind, rows: &[Row<'a>]) -> Vec<Vec<Lane<'a>>> {
    let data = s.data;
    let row_index = |id: &str| rows.iter().position(|r| r.id == id);
    let mut out: Vec<Vec<Lane<'a>>> = rows.iter().map(|_| Vec::new()).collect();
    for &p in &s.positions {
        let Some(band) = band(p, s.days) else { continue };
        let mut targets: Vec<usize> = match kind {
            RowKind::Islands => covered(data, p)
                .iter()
                .filter(|i| s.shows(i))
                .filter_map(|i| row_of(s, i))
                .filter_map(|r| row_index(r.as_str()))
                .collect(),
            RowKind::Parties => row_index(p.holder.as_str()).into_iter().collect(),
        };
        targets.sort_unstable();
        targets.dedup();
        let account = account(p);
        for row in targets {
            let Some(row_lanes) = out.get_mut(row) else { continue };
            let band = Band { label: None, ..band };
            match row_lanes.iter_mut().find(|l| *l.holder == p.holder && l.stance == p.stance && l.account == account) {
                Some(lane) => lane.bands.push(band),
                None => row_lanes.push(lane(p, account, kind, Names { data }, band)),
            }
        }
    }
    let party_rank = |id: &PartyId| data.parties().iter().position(|p| &p.id == id);
    for row_lanes in &mut out {
        row_lanes.sort_by_key(|l| (party_rank(l.holder), stance_rank(l.stance), l.account.map(party_rank)));
        for lane in row_lanes.iter_mut() {
            lane.bands.sort_by_key(|b| (b.hull.0, b.hull.1));
        }
    }
    out
}

/// The band of a position within days `first..end`, or `None` outside them.
fn band(p: &Position, days: (i64, i64)) -> Option<Band<'_>> {
    let (hull, runs_left, runs_right) = clip(p.period.hull(), days)?;
    let core = p.period.core().and_then(|c| clip(c, days)).map(|(c, _, _)| c);
    let start = match (runs_left, p.period.start()) {
        (false, _) => Start::Dated,
        (true, PeriodEnd::Open) => Start::BeforePicture,
        (true, PeriodEnd::Unknown) => Start::Unknown,
        // A date known only by its upper bound (`[..1950]`) is as unknown as no date.
        (true, PeriodEnd::At(w)) if w.range().first().is_none() => Start::Unknown,
        (true, PeriodEnd::At(_)) => Start::BeforePicture,
    };
    // An unknown start is drawn from the first day the position surely held.
    let hull = match (start, core) {
        (Start::Unknown, Some(c)) => (c.0, hull.1),
        _ => hull,
    };
    Some(Band { position: p, hull, core, start, runs_right, track: 0, label: None })
}

/// A new lane for the position `p` (in `account`), holding `band`, with its label: the
/// stance, after the holder's name in a row of an island, and whose account it is.
fn lane<'a>(
    p: &'a Position,
    account: Option<&'a PartyId>,
    kind: RowKind,
    names: Names<'_>,
    band: Band<'a>,
) -> Lane<'a> {
    let mut label = match kind {
        RowKind::Islands => format!("{} {}", names.party(&p.holder), stance_label(p.stance)),
        RowKind::Parties => stance_label(p.stance).to_owned(),
    };
    if let Some(a) = account {
        label.push_str(&format!(" (per {})", names.party(a)));
    }
    let label = Label { text: String::new(), full: label, x: 0.0 };
    Lane { holder: &p.holder, stance: p.stance, account, label, bands: vec![band], tracks: 1 }
}

/// The party whose account every attribution of the position reports, when that is not the
/// holder itself ("according to Putin").
fn account(p: &Position) -> Option<&PartyId> {
    match p.accounts()[..] {
        [Some(party)] if party != &p.holder => Some(party),
        _ => None,
    }
}

/// The width of the label column: the widest row or lane label, within bounds that leave
/// the time axis most of the picture.
fn label_column(rows: &[Row<'_>], lanes: &[Vec<Lane<'_>>], width: f64) -> f64 {
    let rows_w = rows.iter().map(|r| super::text::width(&r.label.full, ROW_FONT * BOLD) + 12.0);
    let lanes_w = lanes.iter().flatten().map(|l| super::text::width(&l.label.full, LANE_FONT) + 22.0);
    let widest = rows_w.chain(lanes_w).fold(0.0, f64::max);
    widest.clamp(110.0, (width * 0.3).max(110.0))
}

/// The x extent of a band as drawn: its hull, with the arrow or stub at either end.
fn extent(b: &Band<'_>, scale: &Scale) -> (f64, f64) {
    let x0 = scale.x(b.hull.0);
    let x1 = scale.x(b.hull.1).max(x0 + 2.0);
    let left = match b.start {
        Start::Dated => 0.0,
        Start::BeforePicture | Start::Unknown => ARROW_W,
    };
    (x0 - left, x1 + if b.runs_right { ARROW_W } else { 0.0 })
}

/// Puts each band of a lane in the first of its tracks where it overlaps nothing by more than
/// [`TOUCH`]: bands that only touch share a track, so that a handover reads as one line.
fn stack(lane: &mut Lane<'_>, scale: &Scale) {
    let mut tracks: Vec<Vec<(f64, f64)>> = Vec::new();
    for band in &mut lane.bands {
        let (x0, x1) = extent(band, scale);
        let free = tracks.iter().position(|t| t.iter().all(|&(a, b)| x1 <= a + TOUCH || b <= x0 + TOUCH));
        let track = free.unwrap_or(tracks.len());
        if track == tracks.len() {
            tracks.push(Vec::new());
        }
        if let Some(t) = tracks.get_mut(track) {
            t.push((x0, x1));
        }
        band.track = track;
    }
    lane.tracks = tracks.len().max(1);
}

/// The text a band carries: its counterpart ("to Japan"), the event whose outcome it accepts
/// or rejects, and, in a party's row, its islands,
/// unless they are only the island the picture is of and the groups and regions it lies in
/// (`around`), which every band of the picture would repeat.
fn band_text(p: &Position, kind: RowKind, names: Names<'_>, around: &[&IslandId]) -> String {
    let word = counterpart_word(p.stance);
    let mut parts: Vec<String> = Vec::new();
    if let (Some(c), false) = (&p.counterpart, word.is_empty()) {
        parts.push(format!("{word} {}", names.party(c)));
    }
    // An outcome accepted or rejected: the event that had it.
    if let Some(e) = p.regarding.as_ref().and_then(|e| names.data.event(e)) {
        parts.push(e.title.clone());
    }
    if kind == RowKind::Parties && !p.islands.iter().all(|i| around.contains(&i)) {
        parts.push(p.islands.iter().map(|i| names.island(i)).collect::<Vec<_>>().join(", "));
    }
    parts.join(": ")
}

/// Where a band's label goes: on the band (`x0..x1`) where the text fits, else just after
/// the band as drawn (`drawn_end`) up to the next thing in its track (`next`), else cut with
/// an ellipsis to the larger of the two.
fn place_label(text: String, (x0, x1): (f64, f64), drawn_end: f64, next: f64) -> Option<Label> {
    let inside = x1 - x0 - 8.0;
    let after = next - drawn_end - 8.0;
    let whole = width(&text, BAND_FONT);
    let (room, x) = if whole <= inside || (whole > after && inside >= after) {
        (inside, x0 + 4.0)
    } else {
        (after, drawn_end + 4.0)
    };
    fit(&text, BAND_FONT, room).map(|t| Label { text: t, full: text, x })
}

/// Labels each band of a stacked lane (see [`place_label`]).
fn label_bands(lane: &mut Lane<'_>, kind: RowKind, names: Names<'_>, scale: &Scale, around: &[&IslandId]) {
    let extents: Vec<(usize, (f64, f64))> = lane.bands.iter().map(|b| (b.track, extent(b, scale))).collect();
    for (i, band) in lane.bands.iter_mut().enumerate() {
        let text = band_text(band.position, kind, names, around);
        if text.is_empty() {
            continue;
        }
        let (x0, x1) = (scale.x(band.hull.0), scale.x(band.hull.1).max(scale.x(band.hull.0) + 2.0));
        let drawn_end = extents.get(i).map_or(x1, |(_, (_, b))| *b);
        let later = extents.iter().skip(i + 1).filter(|(t, _)| *t == band.track).map(|(_, (a, _))| *a);
        let next = later.fold(scale.x1 + 10.0, f64::min);
        band.label = place_label(text, (x0, x1), drawn_end, next);
    }
}

/// The row of the derived disputes of the selection that may have held within its days: a
/// band each, in tracks where they overlap; `None` when there are none.
fn dispute_row<'a>(s: &Selection<'a>, scale: &Scale, names: Names<'a>, label_w: f64) -> Option<Row<'a>> {
    let data = s.data;
    let selected: Vec<(usize, Dispute<'a>)> = match &s.dispute {
        Some((n, d)) => vec![(*n, *d)],
        None => data
            .disputes()
            .into_iter()
            .enumerate()
            .map(|(i, d)| (i + 1, d))
            .filter(|(_, d)| s.party.is_none_or(|a| d.side(0).chain(d.side(1)).any(|p| p == a)))
            .filter(|(_, d)| d.islands().any(|i| s.shows(i)))
            .collect(),
    };
    let mut row = Row {
        id: "disputes",
        label: fitted("Disputes", ROW_FONT * BOLD, label_w - 6.0, MARGIN + 6.0),
        title: "Disputes derived from the positions: two sides whose positions on the same islands cannot both stand"
            .to_owned(),
        lanes: Vec::new(),
        disputes: Vec::new(),
        dispute_tracks: 0,
    };
    let mut tracks: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    for (number, d) in selected {
        let Some((possible, runs_left, runs_right)) = clip(d.possible(), s.days) else { continue };
        let definite = d.definite().filter_map(|r| clip(r, s.days)).map(|(c, _, _)| c).collect();
        let (x0, x1) = (scale.x(possible.0), scale.x(possible.1).max(scale.x(possible.0) + 2.0));
        let track = tracks.iter().position(|t| t.iter().all(|&(a, b)| x1 <= a + TOUCH || b <= x0 + TOUCH));
        let track = track.unwrap_or_else(|| {
            tracks.push(Vec::new());
            tracks.len() - 1
        });
        if let Some(t) = tracks.get_mut(track) {
            t.push((x0, x1));
        }
        let side = |n: usize| d.side(n).map(|p| names.party(p)).collect::<Vec<_>>().join(", then ");
        texts.push(format!("{} \u{2013} {} over {}", side(0), side(1), names.island(d.territory())));
        row.disputes.push(DisputeBand {
            dispute: d,
            number,
            possible,
            definite,
            runs_left,
            runs_right,
            track,
            label: None,
        });
    }
    let extents: Vec<(usize, f64)> = row.disputes.iter().map(|b| (b.track, scale.x(b.possible.0))).collect();
    for ((i, band), text) in row.disputes.iter_mut().enumerate().zip(texts) {
        let (x0, x1) = (scale.x(band.possible.0), scale.x(band.possible.1).max(scale.x(band.possible.0) + 2.0));
        let drawn_end = x1 + if band.runs_right { ARROW_W } else { 0.0 };
        let later = extents.iter().skip(i + 1).filter(|(t, _)| *t == band.track).map(|(_, a)| *a);
        band.label = place_label(text, (x0, x1), drawn_end, later.fold(scale.x1 + 10.0, f64::min));
    }
    row.dispute_tracks = tracks.len();
    (!row.disputes.is_empty()).then_some(row)
}

/// The parties (in dataset order) and stances (in legend order) of the bands drawn.
fn legend_entries<'a>(data: &'a Dataset, rows: &[Row<'a>]) -> (Vec<&'a PartyId>, Vec<Stance>) {
    let lanes = || rows.iter().flat_map(|r| &r.lanes);
    let parties = data.parties().iter().map(|p| &p.id).filter(|id| lanes().any(|l| l.holder == *id)).collect();
    let mut stances: Vec<Stance> = lanes().map(|l| l.stance).collect();
    stances.sort_by_key(|s| stance_rank(*s));
    stances.dedup();
    (parties, stances)
}

fn island_title(data: &Dataset, island: &Island, names: Names<'_>) -> String {
    let mut t = format!("{} ({})", names.island(&island.id), island.kind.as_ref().replace('_', " "));
    let others: Vec<String> =
        island.names.iter().filter(|(l, _)| l.as_str() != "en").map(|(l, n)| format!("{l}: {n}")).collect();
    if !others.is_empty() {
        t.push_str(&format!("\n{}", others.join(", ")));
    }
    if let Some(parent) = island.part_of.as_ref().and_then(|p| data.island(p)) {
        t.push_str(&format!("\npart of {}", names.island(&parent.id)));
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
}
