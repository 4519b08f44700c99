//! A timeline picture of a dispute, as SVG, made to be read in an article: one view per
//! island ([`Timeline::island`]) or per dispute ([`Timeline::dispute`]), legible in greyscale
//! print, labelled where it matters, with the details in sentences on hover.
//!
//! Time runs left to right with year ticks. Each row is an island (or a party); in it, a lane
//! per party and stance, labelled at the left ("Soviet Union", "promised transfer"), so that a
//! lane tells one party's one story. A position reported only in another party's account
//! ("Japan demands two islands, according to Putin") gets a lane of its own, labelled with
//! whose account it is. Each position is a band: coloured by the party that holds it,
//! patterned by its stance (so that stances differ in print without colour), solid over the
//! days on which it surely held (its [core](crate::Period::core)) and faded over the days on
//! which it only may have held (the rest of its [hull](crate::Period::hull)); an arrow where
//! it runs on beyond the picture, a dotted stub and a question mark where no source gives its
//! start. A band carries its counterpart ("to Japan") on it, or just after it when it is too
//! short, and a label that does not fit even there is cut with an ellipsis (…), never
//! silently.
//!
//! Events are drawn once each, in an events row at the top: a diamond per event (with a line
//! over the days it may lie on, when they are several), or one diamond with a count for
//! events too close together to tell apart; the most important (treaties, handovers, the
//! events that start a position drawn) are labelled with their titles. Hovering over a band,
//! a diamond or a dispute shows it in sentences ("Soviet Union has promised to transfer
//! Habomai and Shikotan to Japan, 1956-12-12 to 1960-01-27."), with the titles, publishers
//! and dates of its sources. The legend under the chart names every colour, pattern and mark.
//!
//! ```
//! use island_claims::Dataset;
//! use island_claims::export::svg::Timeline;
//!
//! let data = Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
//! let svg = Timeline::new().from_year(1940).to_year(2025).render(&data)?;
//! assert!(svg.starts_with("<svg"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Rows
//!
//! With [`RowKind::Islands`] (the default) each island has a row, and a position is drawn in
//! the row of every island it covers through groups and regions. Regions get no row of their
//! own (their positions show in their members' rows), and the islets of a group share the
//! group's row, as the Habomai islets are usually spoken of together; an islet asked for
//! by [`Timeline::island`] gets its own row. With [`RowKind::Parties`] (the default of a
//! view of one dispute) each party that holds a position has a row, and each band also names
//! the islands it covers.
//!
//! # The SVG
//!
//! The output is SVG 2 as browsers read it: the elements of SVG 1.1, a `<title>` and `<desc>`
//! for the whole picture, `paint-order` for label halos, ARIA attributes (`role`,
//! `aria-labelledby`, and `aria-label` holding the whole text of a label cut with an
//! ellipsis) and `data-*` attributes, which SVG 2 allows on every element; no script and no
//! external resources. Each row is a `<g class="row" data-row="ID">`, each lane in it a
//! `<g class="lane" data-party="ID" data-stance="STANCE">` (with `data-account="ID"` for
//! another party's account), each band a `<g class="band" data-position="ID">`, each diamond
//! a `<g class="event" data-events="ID ID ...">` and each dispute a
//! `<g class="dispute" data-dispute="N">`, so that the picture can be styled or scripted
//! further. Hover texts are `<title>` children.

mod draw;
mod events;
mod layout;
mod legend;
mod prose;
mod select;
mod style;
mod text;

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId};

use draw::Drawing;
use layout::Layout;

/// What the rows of a timeline stand for.
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::svg::{RowKind, Timeline};
///
/// let data = Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
/// let by_party = Timeline::new().rows(RowKind::Parties).render(&data)?;
/// assert!(by_party.contains(r#"data-row="ussr""#) && !by_party.contains(r#"data-row="iturup""#));
/// // Each of the USSR's stances has its lane in the party's row.
/// assert!(by_party.contains(r#"data-party="ussr" data-stance="promised_transfer""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum RowKind {
    /// One row per island or group of islands (the default).
    #[default]
    Islands,
    /// One row per party that holds a position.
    Parties,
}

/// Why a timeline could not be drawn.
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::svg::{Timeline, TimelineError};
///
/// let data = Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
/// let err = Timeline::new().party("china".parse()?).render(&data).unwrap_err();
/// assert_eq!(err.to_string(), "the dataset has no party 'china'");
/// assert!(matches!(Timeline::new().to_year(10_000).render(&data), Err(TimelineError::YearOutOfRange(10_000))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TimelineError {
    /// [`Timeline::island`] names an island the dataset does not have.
    #[error("the dataset has no island '{0}'")]
    UnknownIsland(IslandId),
    /// [`Timeline::party`] names a party the dataset does not have.
    #[error("the dataset has no party '{0}'")]
    UnknownParty(PartyId),
    /// The last year asked for is before the first.
    #[error("the timeline would end in {to}, before it starts in {from}")]
    EmptyRange {
        /// The first year.
        from: i32,
        /// The last year.
        to: i32,
    },
    /// A year outside what the picture can show (1 to 9999).
    #[error("year {0} is outside the years a timeline can show (1 to 9999)")]
    YearOutOfRange(i32),
    /// [`Timeline::dispute`] names a dispute the dataset does not have: the disputes are
    /// numbered from 1 in [`Dataset::disputes`] order.
    #[error("the dataset has no dispute {0}; its disputes are numbered from 1 in the order of Dataset::disputes")]
    UnknownDispute(usize),
    /// No year was given and nothing in the selection has a date to start or end from.
    #[error("nothing to draw: no position or event of the selection has a date; give the years")]
    NothingDated,
}

impl TimelineError {
    /// A stable code for the cause: `unknown_island`, `unknown_party`, `years_reversed`,
    /// `year_out_of_range`, `unknown_dispute` or `nothing_dated`.
    ///
    /// ```
    /// use island_claims::export::svg::Timeline;
    ///
    /// let data = island_claims::datasets::kuril();
    /// let err = Timeline::new().dispute(99).render(data).unwrap_err();
    /// assert_eq!(err.code(), "unknown_dispute");
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownIsland(_) => "unknown_island",
            Self::UnknownParty(_) => "unknown_party",
            Self::EmptyRange { .. } => "years_reversed",
            Self::YearOutOfRange(_) => "year_out_of_range",
            Self::UnknownDispute(_) => "unknown_dispute",
            Self::NothingDated => "nothing_dated",
        }
    }
}

crate::coded::serialize_coded!(TimelineError);

/// A timeline picture to draw: which rows, which records, which years, how wide.
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::svg::{RowKind, Timeline, TimelineError};
///
/// let data = Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
///
/// // Every island, 1945 to 2025.
/// let svg = Timeline::new().from_year(1945).to_year(2025).render(&data)?;
/// assert!(svg.contains(r#"data-row="shikotan""#));
///
/// // Only Japan's positions, one row per party.
/// let svg = Timeline::new().rows(RowKind::Parties).party("japan".parse()?).render(&data)?;
/// assert!(svg.contains(r#"data-row="japan""#) && !svg.contains(r#"data-row="ussr""#));
///
/// // An island the dataset does not have.
/// let err = Timeline::new().island("urup".parse()?).render(&data).unwrap_err();
/// assert_eq!(err, TimelineError::UnknownIsland("urup".parse()?));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    rows: Option<RowKind>,
    island: Option<IslandId>,
    dispute: Option<usize>,
    party: Option<PartyId>,
    from: Option<i32>,
    to: Option<i32>,
    width: u32,
    title: Option<String>,
    disputes: bool,
}

impl Default for Timeline {
    fn default() -> Self {
        Self::new()
    }
}

/// The narrowest picture drawn, in pixels: below it the labels no longer fit.
pub const MIN_WIDTH: u32 = 480;

impl Timeline {
    /// A timeline of every island and every position, over all the years the records span,
    /// 1200 pixels wide.
    #[must_use]
    pub fn new() -> Self {
        Self {
            rows: None,
            island: None,
            dispute: None,
            party: None,
            from: None,
            to: None,
            width: 1200,
            title: None,
            disputes: false,
        }
    }

    /// This timeline, with rows of this kind (by default one row per island, or per party
    /// for a view of one [`dispute`](Self::dispute)).
    #[must_use]
    pub fn rows(mut self, rows: RowKind) -> Self {
        self.rows = Some(rows);
        self
    }

    /// The kind of rows drawn.
    fn row_kind(&self) -> RowKind {
        match (self.rows, self.dispute) {
            (Some(r), _) => r,
            (None, Some(_)) => RowKind::Parties,
            (None, None) => RowKind::Islands,
        }
    }

    /// This timeline, a view of one derived dispute: the `number`th of
    /// [`Dataset::disputes`], counted from 1 (as `data-dispute` numbers them). It shows the
    /// positions of the dispute's parties on its territory, one row per party, the events
    /// those parties took part in there, and the dispute's own band in a last row.
    ///
    /// ```
    /// use island_claims::export::svg::{Timeline, TimelineError};
    /// let data = island_claims::datasets::kuril();
    /// // The dispute over the four islands; disputes count from 1 in `disputes()` order.
    /// let n = 1 + data.disputes().iter().position(|d| d.territory().as_str() == "south-kurils").unwrap();
    /// let svg = Timeline::new().dispute(n).render(data)?;
    /// assert!(svg.contains(
    ///     "<title id=\"picture-title\">South Kurils / Northern Territories: \
    ///      Japan and Soviet Union, then Russian Federation, 1855\u{2013}"
    /// ));
    /// assert!(svg.contains(r#"data-row="japan""#) && svg.contains(&format!(r#"data-dispute="{n}""#)));
    /// assert_eq!(Timeline::new().dispute(99).render(&data), Err(TimelineError::UnknownDispute(99)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn dispute(mut self, number: usize) -> Self {
        self.dispute = Some(number);
        self
    }

    /// This timeline, a view of one island: only `island` (for a group or region: its
    /// members) and the positions and events that concern it, as
    /// [`Dataset::timeline`](crate::Dataset::timeline) counts them: those naming it, a group or
    /// region it belongs to, or one of its members. With [`RowKind::Parties`] (as the
    /// `timeline_svg` example draws it) a row per party, a lane per stance.
    ///
    /// ```
    /// use island_claims::export::svg::{RowKind, Timeline};
    /// let data = island_claims::datasets::kuril();
    /// let svg = Timeline::new().island("shikotan".parse()?).rows(RowKind::Parties).render(data)?;
    /// // The USSR's promise of 1956 to transfer two islands has its lane and its label.
    /// assert!(svg.contains(r#"data-party="ussr" data-stance="promised_transfer""#));
    /// assert!(svg.contains("to Japan: Habomai Islands, Shikotan"));
    /// // Iturup is no part of Shikotan's story.
    /// assert!(!svg.contains(r#"data-position="ussr-administers-iturup-1945""#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn island(mut self, island: IslandId) -> Self {
        self.island = Some(island);
        self
    }

    /// This timeline, showing only the positions `party` holds and the events it takes part in.
    #[must_use]
    pub fn party(mut self, party: PartyId) -> Self {
        self.party = Some(party);
        self
    }

    /// This timeline, starting on 1 January of `year`; records that end before are left out
    /// and those that start before run in from the left edge.
    #[must_use]
    pub fn from_year(mut self, year: i32) -> Self {
        self.from = Some(year);
        self
    }

    /// This timeline, ending on 31 December of `year`; records that start after are left out
    /// and those that go on beyond run out at the right edge.
    #[must_use]
    pub fn to_year(mut self, year: i32) -> Self {
        self.to = Some(year);
        self
    }

    /// This timeline, `pixels` wide (at least [`MIN_WIDTH`]); the height follows the rows.
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
    /// use island_claims::export::svg::Timeline;
    /// let svg = Timeline::new().width(800).render(&data)?;
    /// assert!(svg.contains(r#"width="800""#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn width(mut self, pixels: u32) -> Self {
        self.width = pixels.max(MIN_WIDTH);
        self
    }

    /// This timeline, with `title` above it (and as its `<title>`) instead of the default,
    /// which names the selection and its years ("Shikotan: claims and control, 1855–2024").
    ///
    /// ```
    /// let data = island_claims::Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
    /// use island_claims::export::svg::Timeline;
    /// let svg = Timeline::new().title("Shikotan & Habomai").render(&data)?;
    /// assert!(svg.contains("Shikotan &amp; Habomai"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// This timeline, with a last row of the disputes derived from the positions
    /// ([`Dataset::disputes`]): a band per dispute, faded over the days it possibly held and
    /// solid over those it surely held, labelled with its two sides. With
    /// [`island`](Self::island) or [`party`](Self::party), only the disputes over those
    /// islands or with that party. Each band is a `<g class="dispute" data-dispute="N">`, `N`
    /// its number in [`Dataset::disputes`] order from 1, with its sides, territory, period,
    /// outcome and positions as hover text.
    ///
    /// ```
    /// use island_claims::export::svg::Timeline;
    /// let data = island_claims::datasets::kuril();
    /// let svg = Timeline::new().from_year(1940).disputes().render(&data)?;
    /// assert!(svg.contains(r#"data-row="disputes""#));
    /// let bands = svg.matches(r#"class="dispute""#).count();
    /// assert_eq!(bands, data.disputes_during(island_claims::Span::new(
    ///     island_claims::chrono::NaiveDate::from_ymd_opt(1940, 1, 1).unwrap(),
    ///     island_claims::chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
    /// )?).len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn disputes(mut self) -> Self {
        self.disputes = true;
        self
    }

    /// Draws the timeline of `data` as an SVG document.
    ///
    /// Without [`from_year`](Self::from_year) the picture starts in the first year any selected
    /// position or event may have begun. Without [`to_year`](Self::to_year) it ends on 31
    /// December of the last year anything selected is dated to: the latest reading of every
    /// date a selected position or event names (its start or its end), or the date a source
    /// behind them is known from (its publication, else the day it was accessed; of every
    /// source when neither [`island`](Self::island), [`party`](Self::party) nor
    /// [`dispute`](Self::dispute) narrows the selection), whichever is latest. A source's
    /// date counts from its earliest reading, so a source dated only `20XX` reaches 2000, not
    /// 2099.
    ///
    /// An open end (`1993/..`) is not a date, so it does not carry the picture further by
    /// itself: a position still held runs to the right edge with an arrow saying that it goes
    /// on. The right edge is the data's last dated year, not today, so that a picture of a
    /// dataset is the same whenever it is drawn; ask for
    /// [`to_year`](Self::to_year) of the current year for a picture up to now.
    ///
    /// # Errors
    ///
    /// [`TimelineError::UnknownIsland`], [`TimelineError::UnknownParty`] or
    /// [`TimelineError::UnknownDispute`] when the selection names a record the dataset lacks; [`TimelineError::EmptyRange`] when the last year is
    /// before the first; [`TimelineError::YearOutOfRange`] for a year outside 1 to 9999;
    /// [`TimelineError::NothingDated`] when no year is given and nothing selected has a date.
    ///
    /// ```
    /// use island_claims::Dataset;
    /// use island_claims::export::svg::{Timeline, TimelineError};
    ///
    /// let data = Dataset::from_json(include_str!("../../../tests/data/tiny.json"))?;
    /// let svg = Timeline::new().render(&data)?;
    /// assert!(svg.ends_with("</svg>\n"));
    /// // From the USSR's administration in 1945 to the sources of 2021.
    /// assert!(svg.contains("Island claims, 1945\u{2013}2021"));
    /// let err = Timeline::new().from_year(2000).to_year(1990).render(&data).unwrap_err();
    /// assert_eq!(err, TimelineError::EmptyRange { from: 2000, to: 1990 });
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn render(&self, data: &Dataset) -> Result<String, TimelineError> {
        let layout = Layout::new(self, data)?;
        Ok(format!("{}\n", Drawing::new(self, data, &layout).document()))
    }
}

// Geometry, in pixels.
const MARGIN: f64 = 16.0;
const TITLE_H: f64 = 46.0;
const AXIS_H: f64 = 22.0;
/// The line of a row's label, above its lanes.
const HEADER_H: f64 = 17.0;
const LANE_H: f64 = 15.0;
const LANE_GAP: f64 = 3.0;
const ROW_PAD: f64 = 4.0;
/// The width of the arrow or stub at a band's end.
const ARROW_W: f64 = 8.0;
/// The rail of event diamonds, and each line of event labels under it.
const RAIL_H: f64 = 16.0;
const EVENT_LINE_H: f64 = 12.0;
/// How close two diamonds may come before they are drawn as one.
const DIAMOND_W: f64 = 10.0;
// Font sizes.
const ROW_FONT: f64 = 12.0;
const LANE_FONT: f64 = 10.0;
const BAND_FONT: f64 = 10.0;
const EVENT_FONT: f64 = 10.0;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_has_a_floor() {
        assert_eq!(Timeline::new().width(10).width, MIN_WIDTH);
    }
}
