//! The legend under the chart: every colour, pattern and mark the picture uses, and what it
//! means.

use svg::node::element::{Group, Line, Rectangle, Text};

use super::draw::{DISPUTE_COLOUR, Drawing, EVENT_COLOUR, diamond, ends};
use super::layout::Start;
use super::style::{pattern_id, px, stance_legend, stance_pattern};
use super::text::{width, xml_safe};
use super::{LANE_H, MARGIN};
use crate::records::Stance;

const FONT: f64 = 11.0;
/// Where items start after a line's heading.
const INDENT: f64 = 70.0;
const SWATCH_W: f64 = 26.0;

/// Places legend items left to right, wrapping at the right margin.
struct Flow {
    x: f64,
    y: f64,
    max_x: f64,
    group: Group,
}

impl Flow {
    /// Starts a line headed `heading`.
    fn heading(&mut self, heading: &str) {
        if self.x > MARGIN {
            self.x = MARGIN;
            self.y += 20.0;
        }
        self.group = std::mem::take(&mut self.group).add(text(heading, self.x, self.y).set("font-weight", "bold"));
        self.x = MARGIN + INDENT;
    }

    /// The place of an item `w` pixels wide: its left and baseline.
    fn place(&mut self, w: f64) -> (f64, f64) {
        if self.x + w > self.max_x && self.x > MARGIN + INDENT {
            self.x = MARGIN + INDENT;
            self.y += 20.0;
        }
        let at = (self.x, self.y);
        self.x += w + 14.0;
        at
    }

    /// An item: a mark drawn by `mark` at (x, top of a swatch), then `label`.
    fn item(&mut self, label: &str, mark_w: f64, mark: impl FnOnce(Group, f64, f64) -> Group) {
        let (x, y) = self.place(mark_w + 6.0 + width(label, FONT));
        let g = std::mem::take(&mut self.group);
        self.group = mark(g, x, y - 10.0).add(text(label, x + mark_w + 6.0, y));
    }
}

fn text(s: &str, x: f64, y: f64) -> Text {
    Text::new(xml_safe(s)).set("x", px(x)).set("y", px(y)).set("font-size", FONT).set("fill", "#222")
}

fn swatch(x: f64, y: f64) -> Rectangle {
    Rectangle::new().set("x", px(x)).set("y", px(y)).set("width", SWATCH_W).set("height", 12)
}

/// The legend and its height.
pub(super) fn legend(d: &Drawing<'_>, top: f64, width: f64) -> (Group, f64) {
    let layout = d.layout();
    let mut f = Flow { x: MARGIN, y: top, max_x: width - MARGIN, group: Group::new().set("class", "legend") };
    f.heading("Parties:");
    for party in &layout.parties {
        let colour = d.colour(party).to_owned();
        f.item(&d.names().party(party), SWATCH_W, |g, x, y| g.add(swatch(x, y).set("fill", colour)));
    }
    f.heading("Stances:");
    for &s in &layout.stances {
        f.item(stance_legend(s), SWATCH_W, |g, x, y| stance_swatch(g, s, x, y));
    }
    dates(&mut f);
    events(&mut f);
    if layout.rows.iter().any(|r| !r.disputes.is_empty()) {
        f.heading("Disputes:");
        f.item("derived dispute: surely held, possibly held", SWATCH_W, |g, x, y| {
            g.add(swatch(x, y).set("fill", DISPUTE_COLOUR).set("fill-opacity", 0.28))
                .add(swatch(x, y).set("width", 13).set("fill", DISPUTE_COLOUR).set("fill-opacity", 0.85))
        });
    }
    let h = f.y - top + 6.0;
    (f.group, h)
}

fn stance_swatch(mut g: Group, s: Stance, x: f64, y: f64) -> Group {
    g = g.add(swatch(x, y).set("fill", "#777"));
    if stance_pattern(s).is_some() {
        g = g.add(swatch(x, y).set("fill", format!("url(#{})", pattern_id(s))));
    }
    if s == Stance::Renounces {
        g = g.add(
            swatch(x, y)
                .set("fill", "none")
                .set("stroke", "#777")
                .set("stroke-width", 1.5)
                .set("stroke-dasharray", "4 2"),
        );
    }
    g
}

/// The marks of a band's dates and ends.
fn dates(f: &mut Flow) {
    f.heading("Dates:");
    f.item("surely held", SWATCH_W, |g, x, y| g.add(swatch(x, y).set("fill", "#777")));
    f.item("may have held (dates uncertain)", SWATCH_W, |g, x, y| {
        g.add(swatch(x, y).set("fill", "#777").set("fill-opacity", 0.32))
    });
    let band = |g: Group, x: f64, y: f64, start: Start, right: bool| {
        let y = y - (LANE_H - 12.0) / 2.0;
        let r =
            Rectangle::new().set("x", px(x)).set("y", px(y)).set("width", 16).set("height", LANE_H).set("fill", "#777");
        ends(g.add(r), (x, x + 16.0), y, (start, right), "#777")
    };
    f.item("began before the picture", 30.0, |g, x, y| band(g, x + 12.0, y, Start::BeforePicture, false));
    f.item("goes on after the picture", 30.0, |g, x, y| band(g, x + 2.0, y, Start::Dated, true));
    f.item("start unknown", 34.0, |g, x, y| band(g, x + 18.0, y, Start::Unknown, false));
}

/// The marks of the events row.
fn events(f: &mut Flow) {
    f.heading("Events:");
    f.item("an event (hover for what happened and its sources)", 12.0, |g, x, y| g.add(diamond(x + 6.0, y + 6.0)));
    f.item("an event over several days", 30.0, |g, x, y| {
        g.add(
            Line::new()
                .set("x1", px(x))
                .set("x2", px(x + 30.0))
                .set("y1", px(y + 6.0))
                .set("y2", px(y + 6.0))
                .set("stroke", EVENT_COLOUR)
                .set("stroke-width", 2),
        )
        .add(diamond(x + 15.0, y + 6.0))
    });
    f.item("several events close together (how many)", 22.0, |g, x, y| {
        g.add(diamond(x + 6.0, y + 6.0)).add(
            Text::new("3").set("x", px(x + 11.5)).set("y", px(y + 5.0)).set("font-size", 8).set("fill", EVENT_COLOUR),
        )
    });
    f.item("the most important are labelled; the events row shows each event once", 0.0, |g, _, _| g);
}
