//! Turns a layout into SVG elements.

use std::collections::HashMap;
use std::fmt::Write as _;

use svg::Document;
use svg::node::element::{ClipPath, Definitions, Group, Line, Path, Polygon, Rectangle, Style, Text, Title};

use super::layout::{Band, DisputeBand, Layout, Marker, Row, Scale};
use super::style::{PALETTE, STANCE_ORDER, pattern_id, px, stance_label, stance_pattern, xml_safe};
use super::{AXIS_H, CHAR_W, EVENT_LANE_H, LABEL_FONT, LANE_GAP, LANE_H, MARGIN, ROW_PAD, RowKind, TITLE_H, Timeline};
use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId};
use crate::records::{Position, Stance};

/// The one colour of derived disputes: the parties' colours belong to their positions.
const DISPUTE_COLOUR: &str = "#8b1a1a";

/// Builds the SVG elements from a layout.
pub(super) struct Drawing<'a> {
    options: &'a Timeline,
    data: &'a Dataset,
    layout: &'a Layout<'a>,
    colours: HashMap<&'a PartyId, &'static str>,
    scale: Scale,
}

impl<'a> Drawing<'a> {
    pub(super) fn new(options: &'a Timeline, data: &'a Dataset, layout: &'a Layout<'a>) -> Self {
        // Colours go to every party that holds a position anywhere in the dataset, not only
        // in this picture, so that a party keeps its colour across pictures of one dataset.
        let mut colours = HashMap::new();
        let holders = data.parties().iter().filter(|p| data.all_positions().iter().any(|x| x.holder == p.id));
        for (i, party) in holders.enumerate() {
            colours.insert(&party.id, PALETTE.get(i % PALETTE.len()).copied().unwrap_or("#888"));
        }
        Self { options, data, layout, colours, scale: layout.scale }
    }

    fn colour(&self, party: &PartyId) -> &'static str {
        self.colours.get(party).copied().unwrap_or("#888")
    }

    fn party_name(&self, party: &PartyId) -> String {
        self.data.party(party).and_then(|p| p.names.english()).unwrap_or(party.as_str()).to_owned()
    }

    fn island_name(&self, island: &IslandId) -> String {
        self.data.island(island).and_then(|i| i.names.english()).unwrap_or(island.as_str()).to_owned()
    }

    pub(super) fn document(&self) -> Document {
        let width = f64::from(self.options.width);
        let mut y = MARGIN;
        let mut body = Group::new();

        body = body.add(self.heading(y));
        y += TITLE_H;
        let plot_top = y;
        body = body.add(self.axis(y, true));
        y += AXIS_H;

        // Row backgrounds and labels first, then the year grid, then the bands and markers,
        // so that the grid shows through the backgrounds but not over the bands.
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
        let (legend, legend_h) = self.legend(y, width);
        body = body.add(legend);
        y += legend_h + MARGIN;

        Document::new()
            .set("width", width)
            .set("height", px(y))
            .set("viewBox", format!("0 0 {} {}", width, px(y)))
            .set("font-family", "DejaVu Sans, Arial, Helvetica, sans-serif")
            .add(Style::new(
                "text{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif}\
                 .band:hover rect,.event:hover path{stroke:#000;stroke-width:1}",
            ))
            .add(self.definitions(y))
            .add(Rectangle::new().set("width", "100%").set("height", "100%").set("fill", "#fff"))
            .add(body)
    }

    fn definitions(&self, height: f64) -> Definitions {
        let mut defs = Definitions::new();
        for &s in STANCE_ORDER {
            if let Some(p) = stance_pattern(s) {
                defs = defs.add(p);
            }
        }
        defs.add(
            ClipPath::new().set("id", "plot").add(
                // Wide enough for the arrows of bands that run on beyond the picture.
                Rectangle::new()
                    .set("x", px(self.scale.x0 - 9.0))
                    .set("y", 0)
                    .set("width", px(self.scale.x1 - self.scale.x0 + 18.0))
                    .set("height", px(height)),
            ),
        )
    }

    fn heading(&self, y: f64) -> Group {
        let (from, to) = self.layout.years;
        let title = match &self.options.title {
            Some(t) => xml_safe(t),
            None => {
                let what = match (&self.options.island, &self.options.party) {
                    (Some(i), _) => format!("{}: claims and control", self.island_name(i)),
                    (None, Some(p)) => format!("Positions of {}", self.party_name(p)),
                    (None, None) => "Island claims".to_owned(),
                };
                format!("{what}, {from}\u{2013}{to}")
            }
        };
        let rows = match self.options.rows {
            RowKind::Islands => "one row per island",
            RowKind::Parties => "one row per party",
        };
        let long = format!(
            "{rows}; a band per position: colour = party, pattern = stance, solid = surely held, \
             faded = dates uncertain; \u{25c6} = event. Hover for details and sources."
        );
        let width = f64::from(self.options.width) - 2.0 * MARGIN;
        let sub = if text_w(&long) <= width {
            long
        } else {
            "Hover over bands and \u{25c6} events for details and sources.".to_owned()
        };
        Group::new()
            .set("class", "heading")
            .add(Text::new(title).set("x", MARGIN).set("y", y + 16.0).set("font-size", 17).set("font-weight", "bold"))
            .add(Text::new(sub).set("x", MARGIN).set("y", y + 34.0).set("font-size", 11).set("fill", "#555"))
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

    /// A row's background, striped, and its label, which tells more on hover.
    fn row_background(&self, row: &Row<'a>, index: usize, y: f64, h: f64) -> Group {
        let width = f64::from(self.options.width);
        let fill = if index % 2 == 0 { "#f4f4f4" } else { "#fff" };
        Group::new()
            .add(
                Rectangle::new()
                    .set("x", MARGIN)
                    .set("y", px(y))
                    .set("width", width - 2.0 * MARGIN)
                    .set("height", px(h))
                    .set("fill", fill),
            )
            .add(
                Text::new(xml_safe(&row.label))
                    .set("x", MARGIN + 6.0)
                    .set("y", px(y + ROW_PAD + events_h(row) + 11.0))
                    .set("font-size", 12)
                    .set("font-weight", "bold")
                    .set("fill", "#222")
                    .add(Title::new(xml_safe(&row.title))),
            )
    }

    /// A row's bands, lane by lane, and its event markers above them.
    fn row(&self, row: &Row<'a>, y: f64) -> Group {
        let mut g = Group::new().set("class", "row").set("data-row", row.id).set("clip-path", "url(#plot)");
        let lanes_top = y + ROW_PAD + events_h(row);
        for band in &row.bands {
            #[allow(clippy::cast_precision_loss)] // Few lanes.
            let by = lanes_top + band.lane as f64 * (LANE_H + LANE_GAP);
            g = g.add(self.band(band, by));
        }
        for band in &row.disputes {
            #[allow(clippy::cast_precision_loss)] // Few lanes.
            let by = lanes_top + band.lane as f64 * (LANE_H + LANE_GAP);
            g = g.add(self.dispute(band, by));
        }
        for marker in &row.markers {
            g = g.add(self.marker(marker, y + ROW_PAD + EVENT_LANE_H / 2.0));
        }
        g
    }

    /// A derived dispute: faded over the days it possibly held, solid over the days it surely
    /// held, in one colour for every dispute (the parties' colours belong to their positions).
    fn dispute(&self, band: &DisputeBand<'a>, y: f64) -> Group {
        const COLOUR: &str = DISPUTE_COLOUR;
        let d = &band.dispute;
        let side = |s: usize| d.side(s).map(|p| self.party_name(p)).collect::<Vec<_>>().join(" then ");
        let names = format!("{} – {}", side(0), side(1));
        let contention = d.contention().iter().map(|c| c.to_string()).collect::<Vec<_>>().join(", ");
        let positions = d.positions().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", ");
        let title = format!(
            "{names}\n{}: {}\n{contention}; {}\npositions: {positions}",
            self.island_name(d.territory()),
            d.period(),
            d.outcome()
        );
        let (x0, x1) = (self.scale.x(band.possible.0), self.scale.x(band.possible.1));
        let w = (x1 - x0).max(2.0);
        let rect =
            |x: f64, w: f64| Rectangle::new().set("x", px(x)).set("y", px(y)).set("width", px(w)).set("height", LANE_H);
        let mut g = Group::new()
            .set("class", "dispute")
            .set("data-dispute", band.number)
            .add(Title::new(xml_safe(&title)))
            .add(rect(x0, w).set("fill", COLOUR).set("fill-opacity", 0.28));
        for &(c0, c1) in &band.definite {
            let (cx0, cx1) = (self.scale.x(c0), self.scale.x(c1));
            g = g.add(rect(cx0, (cx1 - cx0).max(1.0)).set("fill", COLOUR).set("fill-opacity", 0.85));
        }
        g = runs_on(g, (x0, x0 + w), y, (band.runs_left, band.runs_right), COLOUR);
        if text_w(&names) + 8.0 <= w {
            g = g.add(
                Text::new(xml_safe(&names))
                    .set("x", px(x0 + 4.0))
                    .set("y", px(y + LANE_H - 4.0))
                    .set("font-size", LABEL_FONT)
                    .set("fill", "#fff"),
            );
        }
        g
    }

    fn band(&self, band: &Band<'a>, y: f64) -> Group {
        let p = band.position;
        let colour = self.colour(&p.holder);
        let (x0, x1) = (self.scale.x(band.hull.0), self.scale.x(band.hull.1));
        let w = (x1 - x0).max(2.0);
        let mut g =
            Group::new().set("class", "band").set("data-position", p.id.as_str()).add(Title::new(self.band_title(p)));
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
        if p.stance == Stance::Renounces {
            g = g.add(
                rect(x0, w)
                    .set("fill", "none")
                    .set("stroke", colour)
                    .set("stroke-width", 1.5)
                    .set("stroke-dasharray", "4 2"),
            );
        }
        // Arrows where the band runs on beyond the picture.
        g = runs_on(g, (x0, x0 + w), y, (band.runs_left, band.runs_right), colour);
        if let Some(label) = self.band_label(p, w) {
            g = g.add(
                Text::new(label)
                    .set("x", px(x0 + 4.0))
                    .set("y", px(y + LANE_H - 4.0))
                    .set("font-size", LABEL_FONT)
                    .set("fill", "#111")
                    .set("stroke", "#fff")
                    .set("stroke-width", 2.6)
                    .set("stroke-opacity", 0.9)
                    .set("stroke-linejoin", "round")
                    .set("paint-order", "stroke"),
            );
        }
        g
    }

    /// The longest label that fits a band `width` pixels wide, if any does.
    fn band_label(&self, p: &Position, width: f64) -> Option<String> {
        let holder = self.party_name(&p.holder);
        let cp = p.counterpart.as_ref().map(|c| self.party_name(c));
        let what = match (p.stance, &cp) {
            (Stance::Administers, _) => "administers".to_owned(),
            (Stance::ClaimsSovereignty, _) => "claims".to_owned(),
            (Stance::DemandsTransfer, Some(c)) => format!("demands transfer from {c}"),
            (Stance::OffersTransfer, Some(c)) => format!("offers transfer to {c}"),
            (Stance::PromisedTransfer, Some(c)) => format!("promised transfer to {c}"),
            (Stance::RecognisesSovereigntyOf, Some(c)) => format!("recognises {c}'s sovereignty"),
            (Stance::DisputesSovereigntyOf, Some(c)) => format!("disputes {c}'s sovereignty"),
            (Stance::DeniesDispute, _) => "denies a dispute".to_owned(),
            (Stance::AcknowledgesDispute, _) => "acknowledges a dispute".to_owned(),
            (Stance::Renounces, _) => "renounces".to_owned(),
            (Stance::RecognisesAdministrationOf, Some(c)) => format!("recognises {c}'s administration"),
            (Stance::NeutralOnSovereignty, _) => "neutral on sovereignty".to_owned(),
            (Stance::Owns, _) => "owns property".to_owned(),
            (Stance::Leases, Some(c)) => format!("leases from {c}"),
            (Stance::SupportsClaimOf, Some(c)) => format!("supports {c}'s claim"),
            (Stance::HoldsTitle, _) => "holds title".to_owned(),
            (Stance::Disclaims, _) => "disclaims".to_owned(),
            (Stance::Accepts, _) => "accepts outcome".to_owned(),
            (Stance::Rejects, _) => "rejects outcome".to_owned(),
            (s, None) => stance_label(s).to_owned(),
        };
        let short = match p.stance {
            Stance::DemandsTransfer => "demands",
            Stance::OffersTransfer => "offers",
            Stance::PromisedTransfer => "promised",
            Stance::RecognisesSovereigntyOf => "recognises",
            Stance::DisputesSovereigntyOf => "disputes",
            Stance::DeniesDispute => "denies dispute",
            Stance::AcknowledgesDispute => "acknowledges dispute",
            Stance::RecognisesAdministrationOf => "recognises",
            Stance::NeutralOnSovereignty => "neutral",
            Stance::Leases => "leases",
            Stance::SupportsClaimOf => "supports",
            Stance::Accepts => "accepts",
            Stance::Rejects => "rejects",
            Stance::Administers
            | Stance::ClaimsSovereignty
            | Stance::Renounces
            | Stance::Owns
            | Stance::HoldsTitle
            | Stance::Disclaims => "",
        };
        let islands = match self.options.rows {
            RowKind::Parties => {
                format!(": {}", p.islands.iter().map(|i| self.island_name(i)).collect::<Vec<_>>().join(", "))
            }
            RowKind::Islands => String::new(),
        };
        let per = self.account(p).map(|a| format!(" (per {a})")).unwrap_or_default();
        let mut candidates =
            vec![format!("{holder} {what}{islands}{per}"), format!("{holder} {what}{per}"), format!("{holder} {what}")];
        if !short.is_empty() {
            candidates.push(format!("{holder} {short}"));
        }
        candidates.push(holder.clone());
        #[allow(clippy::cast_precision_loss)] // Labels are short.
        let fits = |s: &String| s.chars().count() as f64 * CHAR_W + 8.0 <= width;
        candidates.into_iter().find(fits).map(|s| xml_safe(&s))
    }

    /// The party whose account every attribution of the position reports, when that is not
    /// the holder itself ("according to Putin").
    fn account(&self, p: &Position) -> Option<String> {
        match p.accounts()[..] {
            [Some(party)] if party != &p.holder => Some(self.party_name(party)),
            _ => None,
        }
    }

    fn band_title(&self, p: &Position) -> String {
        let mut t = format!("{} {}", self.party_name(&p.holder), p.stance);
        if let Some(c) = &p.counterpart {
            let _ = write!(t, " ({})", self.party_name(c));
        }
        let islands: Vec<String> = p.islands.iter().map(|i| self.island_name(i)).collect();
        let _ = write!(t, ": {}\n{}", islands.join(", "), p.period);
        let hull = p.period.hull();
        let day = |d: Option<chrono::NaiveDate>, open: &str| d.map_or(open.to_owned(), |d| d.to_string());
        match p.period.core() {
            Some(c) => {
                let _ = write!(t, " (surely held {} to {}", day(c.first(), "the beginning"), day(c.last(), "today"));
            }
            None => t.push_str(" (no day surely held"),
        }
        let _ = write!(t, "; may have held {} to {})", day(hull.first(), "the beginning"), day(hull.last(), "today"));
        if let Some(c) = &p.conditions {
            let _ = write!(t, "\nconditions: {c}");
        }
        if !p.rank.is_normal() {
            let _ = write!(t, "\nrank: {}", p.rank);
            if let Some(r) = &p.rank_reason {
                let _ = write!(t, " ({r})");
            }
        }
        for a in &p.attributions {
            let _ = write!(t, "\nsource: {}", a.source);
            if let Some(s) = self.data.source(&a.source) {
                let _ = write!(t, " \u{2013} {}", s.title);
            }
            if let Some(who) = &a.account_of {
                let _ = write!(t, " (according to {})", self.party_name(who));
            }
        }
        xml_safe(&t)
    }

    fn marker(&self, m: &Marker<'a>, y: f64) -> Group {
        let e = m.event;
        let x = self.scale.x(m.at);
        let mut g = Group::new().set("class", "event").set("data-event", e.id.as_str());
        let mut title = format!("{} \u{00b7} {}\n{}", e.when, e.title, e.kind.as_ref().replace('_', " "));
        if !e.participants.is_empty() {
            let who: Vec<String> =
                e.participants.iter().map(|p| format!("{} ({})", self.party_name(&p.party), p.role)).collect();
            let _ = write!(title, "\n{}", who.join(", "));
        }
        if let Some(s) = &e.summary {
            let _ = write!(title, "\n{s}");
        }
        g = g.add(Title::new(xml_safe(&title)));
        if let Some((a, b)) = m.span {
            let (xa, xb) = (self.scale.x(a), self.scale.x(b));
            g = g.add(
                Line::new()
                    .set("x1", px(xa))
                    .set("x2", px(xb))
                    .set("y1", px(y))
                    .set("y2", px(y))
                    .set("stroke", "#333")
                    .set("stroke-width", 1.5),
            );
        }
        g.add(
            Path::new()
                .set("d", format!("M{},{}l4.5,5l-4.5,5l-4.5,-5z", px(x), px(y - 5.0)))
                .set("fill", "#333")
                .set("stroke", "#fff")
                .set("stroke-width", 0.8),
        )
    }

    /// The legend and its height.
    fn legend(&self, top: f64, width: f64) -> (Group, f64) {
        let mut g = Group::new().set("class", "legend");
        let mut flow = Flow { x0: MARGIN, x: MARGIN, y: top, max_x: width - MARGIN, line_h: 20.0 };
        let swatch =
            |x: f64, y: f64| Rectangle::new().set("x", px(x)).set("y", px(y - 10.0)).set("width", 26).set("height", 12);
        let text = |s: String, x: f64, y: f64| {
            Text::new(xml_safe(&s)).set("x", px(x)).set("y", px(y)).set("font-size", 11).set("fill", "#222")
        };

        g = g.add(text("Parties:".to_owned(), flow.x, flow.y).set("font-weight", "bold"));
        flow.x += 62.0;
        for party in &self.layout.parties {
            let name = self.party_name(party);
            let (x, y) = flow.place(34.0 + text_w(&name) + 14.0);
            g = g.add(swatch(x, y).set("fill", self.colour(party))).add(text(name, x + 32.0, y));
        }
        flow.newline();
        g = g.add(text("Stances:".to_owned(), flow.x, flow.y).set("font-weight", "bold"));
        flow.x += 62.0;
        for &s in STANCE_ORDER.iter().filter(|s| self.layout.stances.contains(s)) {
            let label = stance_label(s).to_owned();
            let (x, y) = flow.place(34.0 + text_w(&label) + 14.0);
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
            g = g.add(text(label, x + 32.0, y));
        }
        flow.newline();
        g = g.add(text("Dates:".to_owned(), flow.x, flow.y).set("font-weight", "bold"));
        flow.x += 62.0;
        let items: [(&str, f64); 2] = [("surely held", 1.0), ("may have held (uncertain start or end)", 0.32)];
        for (label, opacity) in items {
            let (x, y) = flow.place(34.0 + text_w(label) + 14.0);
            g = g.add(swatch(x, y).set("fill", "#777").set("fill-opacity", opacity)).add(text(
                label.to_owned(),
                x + 32.0,
                y,
            ));
        }
        let (x, y) = flow.place(60.0 + text_w("continues beyond the picture"));
        g = g
            .add(swatch(x, y).set("fill", "#777").set("width", 18))
            .add(
                Polygon::new()
                    .set(
                        "points",
                        format!(
                            "{},{} {},{} {},{}",
                            px(x + 18.0),
                            px(y - 10.0),
                            px(x + 25.0),
                            px(y - 4.0),
                            px(x + 18.0),
                            px(y + 2.0)
                        ),
                    )
                    .set("fill", "#777"),
            )
            .add(text("continues beyond the picture".to_owned(), x + 32.0, y));
        let (x, y) = flow.place(40.0 + text_w("event (hover for details)"));
        g = g
            .add(
                Path::new()
                    .set("d", format!("M{},{}l4.5,5l-4.5,5l-4.5,-5z", px(x + 10.0), px(y - 9.0)))
                    .set("fill", "#333"),
            )
            .add(text("event (hover for details)".to_owned(), x + 22.0, y));
        if self.layout.rows.iter().any(|r| !r.disputes.is_empty()) {
            let label = "dispute (surely / possibly held)";
            let (x, y) = flow.place(34.0 + text_w(label) + 14.0);
            g = g
                .add(swatch(x, y).set("fill", DISPUTE_COLOUR).set("fill-opacity", 0.28))
                .add(swatch(x, y).set("width", 13).set("fill", DISPUTE_COLOUR).set("fill-opacity", 0.85))
                .add(text(label.to_owned(), x + 32.0, y));
        }
        (g, flow.y - top)
    }
}

/// The height of a row's event lane: none when it has no events.
/// `g` with an arrow at each end of the band `x0..x1` at `y` that runs on beyond the picture
/// (`left`, `right`).
fn runs_on(mut g: Group, (x0, x1): (f64, f64), y: f64, (left, right): (bool, bool), colour: &str) -> Group {
    let mid = y + LANE_H / 2.0;
    for (run, x, tip) in [(right, x1, x1 + 7.0), (left, x0, x0 - 7.0)] {
        if run {
            let points = format!("{},{} {},{} {},{}", px(x), px(y), px(tip), px(mid), px(x), px(y + LANE_H));
            g = g.add(Polygon::new().set("points", points).set("fill", colour));
        }
    }
    g
}

fn events_h(row: &Row<'_>) -> f64 {
    if row.markers.is_empty() { 0.0 } else { EVENT_LANE_H }
}

#[allow(clippy::cast_precision_loss)] // Labels are short.
fn text_w(s: &str) -> f64 {
    s.chars().count() as f64 * 6.2
}

/// Places legend items left to right, wrapping at the right margin.
struct Flow {
    x0: f64,
    x: f64,
    y: f64,
    max_x: f64,
    line_h: f64,
}

impl Flow {
    fn place(&mut self, w: f64) -> (f64, f64) {
        if self.x + w > self.max_x && self.x > self.x0 + 62.0 {
            self.newline();
            self.x += 62.0;
        }
        let at = (self.x, self.y);
        self.x += w;
        at
    }

    fn newline(&mut self) {
        self.x = self.x0;
        self.y += self.line_h;
    }
}
