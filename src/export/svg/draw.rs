//! Turns a layout into SVG elements.

use std::collections::HashMap;

use svg::Document;
use svg::node::element::{
    ClipPath, Definitions, Description, Group, Line, Path, Polygon, Rectangle, Style, Text, Title,
};

use super::events::{Cluster, EventTrack};
use super::layout::{Band, DisputeBand, Label, Lane, Layout, Row, Scale, Start, track_y};
use super::legend::legend;
use super::prose::Names;
use super::style::{colour, pattern_id, px, stance_pattern};
use super::text::{BOLD, ELLIPSIS, fit, width, xml_safe};
use super::{
    ARROW_W, AXIS_H, BAND_FONT, EVENT_FONT, EVENT_LINE_H, HEADER_H, LANE_FONT, LANE_H, MARGIN, RAIL_H, ROW_FONT,
    RowKind, TITLE_H, Timeline,
};
use crate::dataset::Dataset;
use crate::ids::PartyId;
use crate::records::Stance;

/// The one colour of derived disputes: the parties' colours belong to their positions.
pub(super) const DISPUTE_COLOUR: &str = "#8b1a1a";
/// The colour of event diamonds and leaders.
pub(super) const EVENT_COLOUR: &str = "#333";

/// Builds the SVG elements from a layout.
pub(super) struct Drawing<'a> {
    options: &'a Timeline,
    layout: &'a Layout<'a>,
    names: Names<'a>,
    colours: HashMap<&'a PartyId, String>,
    scale: Scale,
}

impl<'a> Drawing<'a> {
    pub(super) fn new(options: &'a Timeline, data: &'a Dataset, layout: &'a Layout<'a>) -> Self {
        // Colours go to every party that holds a position anywhere in the dataset, not only
        // in this picture, so that a party keeps its colour across pictures of one dataset;
        // there are as many colours as parties, so no two share one.
        let holders = data.parties().iter().filter(|p| data.all_positions().iter().any(|x| x.holder == p.id));
        let colours = holders.enumerate().map(|(i, party)| (&party.id, colour(i))).collect();
        Self { options, layout, names: Names { data }, colours, scale: layout.scale }
    }

    pub(super) fn colour(&self, party: &PartyId) -> &str {
        self.colours.get(party).map_or("#888", String::as_str)
    }

    pub(super) fn names(&self) -> Names<'a> {
        self.names
    }

    pub(super) fn layout(&self) -> &'a Layout<'a> {
        self.layout
    }

    pub(super) fn document(&self) -> Document {
        let width = f64::from(self.options.width);
        let mut y = MARGIN;
        let (heading, title) = self.heading(y);
        let mut body = Group::new().add(heading);
        y += TITLE_H;
        let plot_top = y;
        body = body.add(self.axis(y, true));
        y += AXIS_H;
        let events = &self.layout.events;
        if !events.clusters.is_empty() {
            body = body.add(self.events(events, y));
            y += events.height();
        }
        // Row backgrounds and labels first, then the year grid, then the bands, so that the
        // grid shows through the backgrounds but not over the bands.
        let mut backgrounds = Group::new().set("class", "row-labels");
        let mut rows = Group::new().set("class", "rows");
        for (i, row) in self.layout.rows.iter().enumerate() {
            let h = row.height();
            backgrounds = backgrounds.add(self.row_background(row, i, y, h));
            rows = rows.add(self.row(row, y));
            y += h;
        }
        body = body.add(backgrounds).add(self.grid(plot_top + AXIS_H, y)).add(rows);
        body = body.add(self.axis(y, false));
        y += AXIS_H + 10.0;
        let (legend, legend_h) = legend(self, y, width);
        body = body.add(legend);
        y += legend_h + MARGIN;

        Document::new()
            .set("width", width)
            .set("height", px(y))
            .set("viewBox", format!("0 0 {} {}", width, px(y)))
            .set("role", "img")
            .set("aria-labelledby", "picture-title picture-desc")
            .set("font-family", "DejaVu Sans, Arial, Helvetica, sans-serif")
            .add(Title::new(xml_safe(&title)).set("id", "picture-title"))
            .add(Description::new().set("id", "picture-desc").add(svg::node::Text::new(xml_safe(&self.description()))))
            .add(Style::new(
                "text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif}\
                 .band:hover rect,.event:hover path{stroke:#000;stroke-width:1}",
            ))
            .add(self.definitions(y))
            .add(Rectangle::new().set("width", "100%").set("height", "100%").set("fill", "#fff"))
            .add(body)
    }

    /// What the picture shows, in a sentence or two, for `<desc>`.
    fn description(&self) -> String {
        let l = self.layout;
        let (from, to) = l.selection.years;
        let parties: Vec<String> = l.parties.iter().map(|p| self.names.party(p)).collect();
        let positions: usize = l.rows.iter().flat_map(|r| &r.lanes).map(|lane| lane.bands.len()).sum();
        let events: usize = l.events.clusters.iter().map(|c| c.events.len()).sum();
        let rows = match self.options.row_kind() {
            RowKind::Islands => "one row per island",
            RowKind::Parties => "one row per party",
        };
        let mut t = format!(
            "A timeline from {from} to {to}, {rows}, with a lane per party and stance: {positions} bands for the \
             positions of {} and {events} events.",
            super::text::and_list(&parties)
        );
        let disputes: usize = l.rows.iter().map(|r| r.disputes.len()).sum();
        if disputes > 0 {
            t.push_str(&format!(" A last row shows {disputes} derived disputes."));
        }
        t
    }

    fn definitions(&self, height: f64) -> Definitions {
        let mut defs = Definitions::new();
        for s in <Stance as strum::IntoEnumIterator>::iter() {
            if let Some(p) = stance_pattern(s) {
                defs = defs.add(p);
            }
        }
        defs.add(
            ClipPath::new().set("id", "plot").add(
                // Wide enough for the arrows of bands that run on beyond the picture, and for
                // the labels after bands.
                Rectangle::new()
                    .set("x", px(self.scale.x0 - ARROW_W - 2.0))
                    .set("y", 0)
                    .set("width", px(self.scale.x1 - self.scale.x0 + 2.0 * ARROW_W + 12.0))
                    .set("height", px(height)),
            ),
        )
    }

    /// The heading and the title it shows.
    fn heading(&self, y: f64) -> (Group, String) {
        let (from, to) = self.layout.selection.years;
        let title = match &self.options.title {
            Some(t) => xml_safe(t),
            None => {
                let s = &self.layout.selection;
                let what = match (&s.dispute, s.island, s.party) {
                    (Some((_, d)), _, _) => {
                        let side =
                            |n: usize| d.side(n).map(|p| self.names.party(p)).collect::<Vec<_>>().join(", then ");
                        format!("{}: {} and {}", self.names.island(d.territory()), side(0), side(1))
                    }
                    (None, Some(i), _) => format!("{}: claims and control", self.names.island(i)),
                    (None, None, Some(p)) => format!("Positions of {}", self.names.party(p)),
                    (None, None, None) => "Island claims".to_owned(),
                };
                format!("{what}, {from}\u{2013}{to}")
            }
        };
        let rows = match self.options.row_kind() {
            RowKind::Islands => "A row per island and a lane per party and stance",
            RowKind::Parties => "A row per party and a lane per stance",
        };
        let long = format!(
            "{rows}. Colour: party; pattern: stance; solid: surely held; faded: dates uncertain. \
             \u{25c6}: events. Hover for details and sources."
        );
        let room = f64::from(self.options.width) - 2.0 * MARGIN;
        let sub = if width(&long, 11.0) <= room {
            long
        } else {
            fit("Hover over bands and \u{25c6} events for details and sources.", 11.0, room).unwrap_or_default()
        };
        let g = Group::new()
            .set("class", "heading")
            .add(
                Text::new(fit(&title, 17.0 * BOLD, room).unwrap_or_default())
                    .set("x", MARGIN)
                    .set("y", y + 16.0)
                    .set("font-size", 17)
                    .set("font-weight", "bold"),
            )
            .add(Text::new(sub).set("x", MARGIN).set("y", y + 34.0).set("font-size", 11).set("fill", "#444"));
        (g, title)
    }

    fn axis(&self, y: f64, top: bool) -> Group {
        let mut g = Group::new().set("class", if top { "axis axis-top" } else { "axis axis-bottom" });
        let line_y = if top { y + AXIS_H } else { y };
        g = g.add(
            Line::new()
                .set("x1", px(self.scale.x0))
                .set("x2", px(self.scale.x1))
                .set("y1", px(line_y))
                .set("y2", px(line_y))
                .set("stroke", "#444"),
        );
        for (year, x) in self.scale.ticks() {
            let (t1, t2, ty) =
                if top { (line_y - 5.0, line_y, line_y - 8.0) } else { (line_y, line_y + 5.0, line_y + 16.0) };
            g = g
                .add(
                    Line::new()
                        .set("x1", px(x))
                        .set("x2", px(x))
                        .set("y1", px(t1))
                        .set("y2", px(t2))
                        .set("stroke", "#444"),
                )
                .add(
                    Text::new(year.to_string())
                        .set("x", px(x))
                        .set("y", px(ty))
                        .set("font-size", 11)
                        .set("text-anchor", "middle")
                        .set("fill", "#222"),
                );
        }
        g
    }

    fn grid(&self, y0: f64, y1: f64) -> Group {
        let mut g = Group::new().set("class", "grid").set("stroke", "#000").set("stroke-opacity", 0.12);
        for (_, x) in self.scale.ticks() {
            g = g.add(Line::new().set("x1", px(x)).set("x2", px(x)).set("y1", px(y0)).set("y2", px(y1)));
        }
        g
    }

    /// The events row: its label, the rail of diamonds and the labels under it.
    fn events(&self, track: &EventTrack<'a>, y: f64) -> Group {
        let h = track.height();
        let mut g = Group::new()
            .set("class", "events-row")
            .set("data-row", "events")
            .add(
                Rectangle::new()
                    .set("x", MARGIN)
                    .set("y", px(y))
                    .set("width", f64::from(self.options.width) - 2.0 * MARGIN)
                    .set("height", px(h))
                    .set("fill", "#fbf8ef"),
            )
            .add(
                label_text(
                    &Label { text: "Events".to_owned(), full: "Events".to_owned(), x: MARGIN + 6.0 },
                    y + 13.0,
                    ROW_FONT,
                )
                .set("font-weight", "bold")
                .add(Title::new("Events concerning the islands and parties shown, each drawn once")),
            );
        for c in &track.clusters {
            g = g.add(self.cluster(c, y));
        }
        g
    }

    /// A diamond on the rail (with the days it may lie on, or the number of events it
    /// stands for), its leader and label.
    fn cluster(&self, c: &Cluster<'a>, top: f64) -> Group {
        let ids: Vec<&str> = c.events.iter().map(|e| e.id.as_str()).collect();
        let y = top + RAIL_H / 2.0 + 1.0;
        let mut g =
            Group::new().set("class", "event").set("data-events", ids.join(" ")).add(Title::new(xml_safe(&c.title)));
        if let Some((a, b)) = c.span {
            g = g.add(
                Line::new()
                    .set("x1", px(a))
                    .set("x2", px(b.max(a + 1.0)))
                    .set("y1", px(y))
                    .set("y2", px(y))
                    .set("stroke", EVENT_COLOUR)
                    .set("stroke-width", 2),
            );
        }
        if let Some((line, label)) = &c.label {
            #[allow(clippy::cast_precision_loss)] // At most a few lines.
            let ly = top + RAIL_H + *line as f64 * EVENT_LINE_H;
            g = g
                .add(
                    Line::new()
                        .set("x1", px(c.x))
                        .set("x2", px(c.x))
                        .set("y1", px(y + 5.0))
                        .set("y2", px(ly - 8.0))
                        .set("stroke", "#999")
                        .set("stroke-width", 0.7),
                )
                .add(label_text(label, ly, EVENT_FONT).set("class", "label event-label"));
        }
        g = g.add(diamond(c.x, y));
        if c.events.len() > 1 && c.count_fits {
            g = g.add(
                Text::new(c.events.len().to_string())
                    .set("x", px(c.x + 5.5))
                    .set("y", px(y - 1.0))
                    .set("font-size", 8)
                    .set("fill", EVENT_COLOUR),
            );
        }
        g
    }

    /// A row's background, striped, and its label, which tells more on hover; and the labels
    /// of its lanes.
    fn row_background(&self, row: &Row<'a>, index: usize, y: f64, h: f64) -> Group {
        let width = f64::from(self.options.width);
        let fill = if index % 2 == 0 { "#f2f2f2" } else { "#fff" };
        let mut g = Group::new()
            .add(
                Rectangle::new()
                    .set("x", MARGIN)
                    .set("y", px(y))
                    .set("width", width - 2.0 * MARGIN)
                    .set("height", px(h))
                    .set("fill", fill),
            )
            .add(
                label_text(&row.label, y + 13.0, ROW_FONT)
                    .set("class", "label row-label")
                    .set("font-weight", "bold")
                    .add(Title::new(xml_safe(&row.title))),
            );
        let mut top = y + HEADER_H;
        for lane in &row.lanes {
            g = g.add(
                label_text(&lane.label, top + LANE_H - 4.0, LANE_FONT)
                    .set("class", "label lane-label")
                    .set("fill", "#333"),
            );
            top += track_y(lane.tracks);
        }
        g
    }

    /// A row's lanes and their bands, and the disputes of the disputes row.
    fn row(&self, row: &Row<'a>, y: f64) -> Group {
        let mut g = Group::new().set("class", "row").set("data-row", row.id).set("clip-path", "url(#plot)");
        let mut top = y + HEADER_H;
        for lane in &row.lanes {
            g = g.add(self.lane(lane, top));
            top += track_y(lane.tracks);
        }
        for band in &row.disputes {
            g = g.add(self.dispute(band, top + track_y(band.track)));
        }
        g
    }

    fn lane(&self, lane: &Lane<'a>, top: f64) -> Group {
        let mut g = Group::new()
            .set("class", "lane")
            .set("data-party", lane.holder.as_str())
            .set("data-stance", lane.stance.as_ref());
        if let Some(a) = lane.account {
            g = g.set("data-account", a.as_str());
        }
        for band in &lane.bands {
            g = g.add(self.band(band, top + track_y(band.track)));
        }
        g
    }

    /// A derived dispute: faded over the days it possibly held, solid over the days it surely
    /// held, in one colour for every dispute (the parties' colours belong to their positions).
    fn dispute(&self, band: &DisputeBand<'a>, y: f64) -> Group {
        let (x0, x1) = (self.scale.x(band.possible.0), self.scale.x(band.possible.1));
        let w = (x1 - x0).max(2.0);
        let rect =
            |x: f64, w: f64| Rectangle::new().set("x", px(x)).set("y", px(y)).set("width", px(w)).set("height", LANE_H);
        let mut g = Group::new()
            .set("class", "dispute")
            .set("data-dispute", band.number)
            .add(Title::new(xml_safe(&self.names.dispute(&band.dispute))))
            .add(rect(x0, w).set("fill", DISPUTE_COLOUR).set("fill-opacity", 0.28));
        for &(c0, c1) in &band.definite {
            let (cx0, cx1) = (self.scale.x(c0), self.scale.x(c1));
            g = g.add(rect(cx0, (cx1 - cx0).max(1.0)).set("fill", DISPUTE_COLOUR).set("fill-opacity", 0.85));
        }
        let start = if band.runs_left { Start::BeforePicture } else { Start::Dated };
        g = ends(g, (x0, x0 + w), y, (start, band.runs_right), DISPUTE_COLOUR);
        if let Some(label) = &band.label {
            g = g.add(halo(label_text(label, y + LANE_H - 4.0, BAND_FONT).set("class", "label band-label")));
        }
        g
    }

    fn band(&self, band: &Band<'a>, y: f64) -> Group {
        let p = band.position;
        let colour = self.colour(&p.holder);
        let (x0, x1) = (self.scale.x(band.hull.0), self.scale.x(band.hull.1));
        let w = (x1 - x0).max(2.0);
        let mut g = Group::new()
            .set("class", "band")
            .set("data-position", p.id.as_str())
            .add(Title::new(xml_safe(&self.names.position(p))));
        let rect =
            |x: f64, w: f64| Rectangle::new().set("x", px(x)).set("y", px(y)).set("width", px(w)).set("height", LANE_H);
        // The hull, faded; then the core, solid; then the stance's pattern over both.
        g = g.add(rect(x0, w).set("fill", colour).set("fill-opacity", 0.32));
        if let Some((c0, c1)) = band.core {
            let (cx0, cx1) = (self.scale.x(c0), self.scale.x(c1));
            g = g.add(rect(cx0, (cx1 - cx0).max(1.0)).set("fill", colour));
        }
        if stance_pattern(p.stance).is_some() {
            g = g.add(rect(x0, w).set("fill", format!("url(#{})", pattern_id(p.stance))));
        }
        // Giving up a claim leaves nothing to fill: the band is an outline.
        if p.stance == Stance::Renounces {
            g = g.add(
                rect(x0, w)
                    .set("fill", "none")
                    .set("stroke", colour)
                    .set("stroke-width", 1.5)
                    .set("stroke-dasharray", "4 2"),
            );
        }
        // A thin dark edge keeps a band apart from its neighbours in greyscale print.
        g = g.add(
            rect(x0, w).set("fill", "none").set("stroke", "#000").set("stroke-opacity", 0.35).set("stroke-width", 0.6),
        );
        g = ends(g, (x0, x0 + w), y, (band.start, band.runs_right), colour);
        if let Some(label) = &band.label {
            g = g.add(halo(label_text(label, y + LANE_H - 4.0, BAND_FONT).set("class", "label band-label")));
        }
        g
    }
}

/// A label as SVG text at baseline `y`; its whole text is its accessible name, so that a
/// label cut with an ellipsis still says everything to a screen reader and a script.
pub(super) fn label_text(label: &Label, y: f64, size: f64) -> Text {
    let t = Text::new(xml_safe(&label.text)).set("x", px(label.x)).set("y", px(y)).set("font-size", size);
    if label.text.ends_with(ELLIPSIS) && label.text != label.full {
        t.set("aria-label", xml_safe(&label.full))
    } else {
        t
    }
}

/// Dark text on a white halo, which reads on a band of any colour and pattern and on the
/// background after it.
fn halo(t: Text) -> Text {
    t.set("fill", "#111")
        .set("stroke", "#fff")
        .set("stroke-width", 2.6)
        .set("stroke-opacity", 0.9)
        .set("stroke-linejoin", "round")
        .set("paint-order", "stroke")
}

/// An event's diamond, centred at `x`, `y`.
pub(super) fn diamond(x: f64, y: f64) -> Path {
    Path::new()
        .set("d", format!("M{},{}l4.5,5l-4.5,5l-4.5,-5z", px(x), px(y - 5.0)))
        .set("fill", EVENT_COLOUR)
        .set("stroke", "#fff")
        .set("stroke-width", 0.8)
}

/// `g` with the marks at the ends of the band `x0..x1` at `y`: an arrow where it runs on
/// beyond the picture, a dotted stub and a question mark where its start is unknown.
pub(super) fn ends(mut g: Group, (x0, x1): (f64, f64), y: f64, (start, right): (Start, bool), colour: &str) -> Group {
    let mid = y + LANE_H / 2.0;
    let arrow = |x: f64, tip: f64| {
        Polygon::new()
            .set("points", format!("{},{} {},{} {},{}", px(x), px(y), px(tip), px(mid), px(x), px(y + LANE_H)))
            .set("fill", colour)
    };
    if right {
        g = g.add(arrow(x1, x1 + ARROW_W - 1.0));
    }
    match start {
        Start::Dated => {}
        Start::BeforePicture => g = g.add(arrow(x0, x0 - ARROW_W + 1.0)),
        Start::Unknown => {
            g = g.add(
                Line::new()
                    .set("x1", px(x0 - ARROW_W))
                    .set("x2", px(x0))
                    .set("y1", px(mid))
                    .set("y2", px(mid))
                    .set("stroke", colour)
                    .set("stroke-width", 2)
                    .set("stroke-dasharray", "1.5 1.5"),
            );
            g = g.add(
                Text::new("?")
                    .set("x", px(x0 - ARROW_W - 6.0))
                    .set("y", px(y + LANE_H - 3.0))
                    .set("font-size", 10)
                    .set("font-weight", "bold")
                    .set("fill", "#000"),
            );
        }
    }
    g
}
