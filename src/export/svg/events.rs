//! The events row: one diamond per event, or per cluster of events too close to tell apart,
//! on one rail at the top of the picture, and the labels of the most important ones
//! staggered on lines below it, each tied to its diamond by a leader.
//!
//! An event is drawn once, whatever islands and parties it concerns: repeating it on every
//! row it touches piled diamonds up where they said nothing new.

use super::layout::{Label, Scale};
use super::prose::Names;
use super::select::{Selection, day};
use super::style::event_weight;
use super::text::{fit, width};
use super::{DIAMOND_W, EVENT_FONT, EVENT_LINE_H, RAIL_H};
use crate::records::Event;

/// The most label lines under the rail.
const MAX_LINES: usize = 5;
/// The widest an event label is drawn, in pixels, for the weightiest events and for the
/// rest; a longer title is cut with an ellipsis.
const MAX_LABEL_W: [f64; 2] = [260.0, 165.0];
/// The narrowest room a cut label is put in.
const MIN_CUT_W: f64 = 110.0;
/// Space kept around labels and leaders.
const GAP: f64 = 4.0;

/// An x extent, in pixels.
type Extent = (f64, f64);

/// A diamond on the rail: one event, or several that lie too close together to draw apart.
#[derive(Debug)]
pub(super) struct Cluster<'a> {
    /// Its events, in time order.
    pub(super) events: Vec<&'a Event>,
    /// The x of its diamond.
    pub(super) x: f64,
    /// For one event that may lie on more than one day: the x extent of those days.
    pub(super) span: Option<(f64, f64)>,
    /// Its label, on line `line` (from 1) under the rail.
    pub(super) label: Option<(usize, Label)>,
    /// The hover text.
    pub(super) title: String,
    /// Whether there is room for the count of its events beside its diamond.
    pub(super) count_fits: bool,
    /// The weight of each event, as [`weight`] gives it.
    weights: Vec<u8>,
}

impl Cluster<'_> {
    fn weight(&self) -> u8 {
        self.weights.iter().copied().max().unwrap_or(0)
    }
}

/// The events row.
#[derive(Debug)]
pub(super) struct EventTrack<'a> {
    pub(super) clusters: Vec<Cluster<'a>>,
    /// The label lines used.
    pub(super) lines: usize,
}

impl<'a> EventTrack<'a> {
    pub(super) fn new(s: &Selection<'a>, scale: &Scale, names: Names<'_>) -> Self {
        let mut clusters = clusters(s, scale, names);
        let lines = place_labels(&mut clusters, scale);
        Self { clusters, lines }
    }

    /// The height of the row: none without events.
    pub(super) fn height(&self) -> f64 {
        if self.clusters.is_empty() {
            return 0.0;
        }
        #[allow(clippy::cast_precision_loss)] // At most MAX_LINES.
        let lines = self.lines as f64;
        RAIL_H + lines * EVENT_LINE_H + 6.0
    }
}

/// Where an event goes: the middle of the days it may lie on, clipped to the picture, and
/// those days when they are more than one; `None` outside the picture.
fn place(e: &Event, (first, end): (i64, i64)) -> Option<(i64, Option<(i64, i64)>)> {
    let hull = e.when.hull();
    let (a, b) = match (hull.first().map(day), hull.last().map(|d| day(d) + 1)) {
        (Some(a), Some(b)) => (a, b),
        // An event with an open or unknown end is marked where it is known to be.
        (Some(a), None) => (a, a + 1),
        (None, Some(b)) => (b - 1, b),
        (None, None) => return None,
    };
    if b <= first || a >= end {
        return None;
    }
    let (ca, cb) = (a.max(first), b.min(end));
    Some(((ca + cb) / 2, (b - a > 1).then_some((ca, cb))))
}

/// The events of the selection in clusters: an event joins the cluster before it when its
/// diamond would overlap that cluster's first.
fn clusters<'a>(s: &Selection<'a>, scale: &Scale, names: Names<'_>) -> Vec<Cluster<'a>> {
    // Each event's x, the x extent of its days when they are several, and the event.
    let mut placed: Vec<(f64, Option<Extent>, &'a Event)> = s
        .events
        .iter()
        .filter_map(|e| {
            place(e, s.days).map(|(at, span)| (scale.x(at), span.map(|(a, b)| (scale.x(a), scale.x(b))), *e))
        })
        .collect();
    placed.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<Cluster<'a>> = Vec::new();
    let mut first_x = f64::MIN;
    for (x, span, e) in placed {
        let weight = weight(s, e);
        match out.last_mut() {
            Some(c) if x - first_x < DIAMOND_W => {
                c.events.push(e);
                c.weights.push(weight);
                c.span = None;
            }
            _ => {
                first_x = x;
                let title = String::new();
                out.push(Cluster {
                    events: vec![e],
                    x,
                    span,
                    label: None,
                    title,
                    count_fits: true,
                    weights: vec![weight],
                });
            }
        }
    }
    let xs: Vec<f64> = out.iter().map(|c| c.x).collect();
    for (c, next) in out.iter_mut().zip(xs.iter().skip(1).map(Some).chain([None])) {
        c.count_fits = next.is_none_or(|n| n - c.x >= 2.2 * DIAMOND_W);
    }
    for c in &mut out {
        if let [first, .., last] = c.events[..] {
            c.x = (scale.x(place(first, s.days).map_or(0, |p| p.0)) + scale.x(place(last, s.days).map_or(0, |p| p.0)))
                / 2.0;
        }
        let texts: Vec<String> = c.events.iter().map(|e| names.event(e)).collect();
        c.title = match texts.len() {
            1 => texts.concat(),
            n => format!("{n} events close together:\n\n{}", texts.join("\n\n")),
        };
    }
    out
}

/// How much an event matters to the picture: its kind's weight, and more for an event that
/// starts a position drawn.
fn weight(s: &Selection<'_>, e: &Event) -> u8 {
    let establishes = s.positions.iter().any(|p| p.established_by.as_ref() == Some(&e.id));
    event_weight(e.kind) + if establishes { 4 } else { 0 }
}

/// The label of a cluster: the title of its weightiest event (the earliest of equals), and
/// how many more it holds.
fn label_text(c: &Cluster<'_>) -> String {
    let mut best: Option<(u8, &Event)> = None;
    for (e, &w) in c.events.iter().zip(&c.weights) {
        if best.is_none_or(|(bw, _)| w > bw) {
            best = Some((w, e));
        }
    }
    let title = best.map_or("", |(_, e)| e.title.as_str());
    match c.events.len() {
        0 | 1 => title.to_owned(),
        n => format!("{title} (+{})", n - 1),
    }
}

/// What is already on the label lines: per line, the x extents of its labels; and the
/// leaders, each an x and the line it reaches down to.
#[derive(Default)]
struct Lines {
    labels: Vec<Vec<(f64, f64)>>,
    leaders: Vec<(f64, usize)>,
}

impl Lines {
    /// Whether a leader coming down at `x` reaches `line` (from 1) without crossing a label
    /// on the lines above.
    fn reaches(&self, line: usize, x: f64) -> bool {
        self.labels.iter().take(line - 1).all(|above| above.iter().all(|&(a, b)| x < a - GAP || b + GAP < x))
    }

    /// Whether the extent `a..b` is free on `line`: it overlaps no label there and crosses no
    /// leader that comes down to it or further.
    fn free(&self, line: usize, (a, b): (f64, f64)) -> bool {
        let on = self.labels.get(line - 1).map_or(&[][..], |l| &l[..]);
        on.iter().all(|&(x, y)| b + GAP <= x || y + GAP <= a)
            && self.leaders.iter().all(|&(lx, depth)| depth < line || lx < a - GAP || b + GAP < lx)
    }

    /// The room on `line` for a label starting at its leader `x` and running right: up to
    /// the next label or leader in the way.
    fn room_right(&self, line: usize, x: f64, right: f64) -> f64 {
        let start = x - 3.0;
        let on = self.labels.get(line - 1).map_or(&[][..], |l| &l[..]);
        if !self.free(line, (start, start + 1.0)) {
            return 0.0;
        }
        let next_label = on.iter().map(|&(a, _)| a).filter(|&a| a > start).fold(right, f64::min);
        let next_leader = self.leaders.iter().filter(|&&(lx, depth)| depth >= line && lx > start).map(|&(lx, _)| lx);
        next_leader.fold(next_label, f64::min) - GAP - start
    }

    fn take(&mut self, line: usize, extent: (f64, f64), x: f64) {
        while self.labels.len() < line {
            self.labels.push(Vec::new());
        }
        if let Some(l) = self.labels.get_mut(line - 1) {
            l.push(extent);
        }
        self.leaders.push((x, line));
    }
}

/// Where a label `w` wide for a leader at `x` goes on the first line that has room for it
/// whole: running right from the leader, or, only where the right edge leaves no room for
/// that, ending at it, if no weightier diamond lies under it (a label running left bars the
/// leaders of the diamonds it covers). Its line and left end.
fn whole(
    lines: &Lines,
    x: f64,
    w: f64,
    (left, right): (f64, f64),
    diamonds: &[(f64, u8)],
    weight: u8,
) -> Option<(usize, f64)> {
    let a = if x - 3.0 + w <= right { x - 3.0 } else { x + 3.0 - w };
    if a < left || diamonds.iter().any(|&(d, dw)| a - GAP < d && d < x - 1.0 && dw > weight) {
        return None;
    }
    (1..=MAX_LINES)
        .filter(|&line| lines.reaches(line, x))
        .find(|&line| lines.free(line, (a, a + w)))
        .map(|line| (line, a))
}

/// Labels the clusters, weightiest first (in tiers of weight) and within a tier from right to
/// left, each on the shallowest line where its whole label fits, else cut with an ellipsis on
/// the shallowest line with room for a useful part; returns the lines used. Right to left, a label goes under
/// those to its right, so that no leader has to cross a label (a staircase).
fn place_labels(clusters: &mut [Cluster<'_>], scale: &Scale) -> usize {
    let (left, right) = (scale.x0 - 4.0, scale.x1 + 10.0);
    let tier = |w: u8| match w {
        0..=2 => 0,
        3..=4 => 1,
        5..=6 => 2,
        _ => 3,
    };
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| clusters.get(i).map(|c| (tier(c.weight()), c.x));
        match (key(a), key(b)) {
            (Some((ta, xa)), Some((tb, xb))) => tb.cmp(&ta).then(xb.total_cmp(&xa)),
            _ => std::cmp::Ordering::Equal,
        }
    });
    let mut lines = Lines::default();
    let diamonds: Vec<(f64, u8)> = clusters.iter().map(|c| (c.x, c.weight())).collect();
    for i in order {
        let Some(c) = clusters.get_mut(i) else { continue };
        let full = label_text(c);
        let max_w = if tier(c.weight()) == 3 { MAX_LABEL_W[0] } else { MAX_LABEL_W[1] };
        let Some(text) = fit(&full, EVENT_FONT, max_w) else { continue };
        let w = width(&text, EVENT_FONT);
        // Near the right edge a label runs left over the diamonds before it, barring their
        // leaders: there, only a short one.
        let short = (c.x - 3.0 + w > right).then(|| fit(&full, EVENT_FONT, MAX_LABEL_W[1])).flatten();
        let text = short.unwrap_or(text);
        let w = width(&text, EVENT_FONT);
        let chosen = match whole(&lines, c.x, w, (left, right), &diamonds, c.weight()) {
            Some((line, a)) => Some((line, a, text)),
            // The shallowest line with room for a useful part of it, so that the lines
            // under it stay free for the labels of the events to its left.
            None => (1..=MAX_LINES)
                .filter(|&line| lines.reaches(line, c.x))
                .map(|line| (line, lines.room_right(line, c.x, right)))
                .find(|&(_, room)| room >= MIN_CUT_W)
                .and_then(|(line, room)| fit(&full, EVENT_FONT, room.min(max_w)).map(|t| (line, c.x - 3.0, t))),
        };
        if let Some((line, a, text)) = chosen {
            lines.take(line, (a, a + width(&text, EVENT_FONT)), c.x);
            c.label = Some((line, Label { text, full, x: a }));
        }
    }
    close_up(clusters, &lines)
}

/// Moves labels up over the label lines left empty (a staircase can skip one), and returns
/// the lines used.
fn close_up(clusters: &mut [Cluster<'_>], lines: &Lines) -> usize {
    let used: Vec<usize> =
        (1..=lines.labels.len()).filter(|&l| lines.labels.get(l - 1).is_some_and(|x| !x.is_empty())).collect();
    for c in clusters {
        if let Some((line, _)) = &mut c.label {
            *line = used.iter().position(|&l| l == *line).map_or(*line, |p| p + 1);
        }
    }
    used.len()
}
