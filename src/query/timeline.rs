//! [`Dataset::timeline`]: what happened to one island, in time order.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::dataset::Dataset;
use crate::ids::IslandId;
use crate::query::QueryError;
use crate::records::{Event, Island, Position};
use crate::resolve::At;
use crate::time::{Bounds, NEG_INF, POS_INF, Period, PeriodEnd};

/// One entry of an island's [timeline](Dataset::timeline): an event, a position starting or
/// ending, or an island or part coming into being or ceasing to exist.
///
/// It serializes as an object with the fields `kind` (`"event"`, `"position_start"`,
/// `"position_end"`, `"island_start"` or `"island_end"`), `when` (EDTF, or null for an unknown
/// end), `id` (the event's, the position's or the island's), `event_kind` and `title` (events;
/// null otherwise), `party` and `stance` (positions; null otherwise), `islands` (the event's as
/// named; the position's expanded; the island itself) and `sources` (empty for an island).
///
/// # Examples
///
/// ```
/// use island_claims::TimelineEntry;
/// let data = island_claims::datasets::kuril();
/// let timeline = data.timeline(&"shikotan".parse()?)?;
/// let first = &timeline[0];
/// assert!(matches!(first, TimelineEntry::Event { .. }));
/// assert_eq!(first.when(), Some("1855-02-07"));
/// assert_eq!(serde_json::to_value(first)?["id"], "shimoda-1855");
/// // The same day, Japan's administration of Kunashir and Shikotan starts.
/// assert!(matches!(timeline[1], TimelineEntry::PositionStart { .. }));
/// assert_eq!(serde_json::to_value(&timeline[1])?["id"], "japan-administers-kunashir-shikotan-1855");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum TimelineEntry<'a> {
    /// An event concerning the island.
    Event {
        /// The event.
        event: &'a Event,
    },
    /// A position concerning the island starts (no entry for an open start, `..`).
    PositionStart {
        /// The position.
        position: &'a Position,
        /// Its islands, expanded through groups and regions.
        islands: &'a [IslandId],
    },
    /// A position concerning the island ends (no entry for an open end: it still holds).
    PositionEnd {
        /// The position.
        position: &'a Position,
        /// Its islands, expanded through groups and regions.
        islands: &'a [IslandId],
    },
    /// The island, or one above or below it through `part_of` (such as a part drawn by a
    /// settlement), begins to exist: the start of its `exists` (no entry for an open start).
    IslandStart {
        /// The island or part.
        island: &'a Island,
    },
    /// The island, or one above or below it, ceases to exist: the end of its `exists` (no
    /// entry for an open end).
    IslandEnd {
        /// The island or part.
        island: &'a Island,
    },
}

impl<'a> TimelineEntry<'a> {
    /// When it happened, as EDTF: the event's date or period, or the position's start or
    /// end. `None` for an end that no source gives.
    #[must_use]
    pub fn when(&self) -> Option<&'a str> {
        match *self {
            Self::Event { event } => Some(event.when.as_str()),
            Self::PositionStart { position, .. } => position.period.start().when().map(|w| w.as_str()),
            Self::PositionEnd { position, .. } => position.period.end().when().map(|w| w.as_str()),
            Self::IslandStart { island } => island.exists.as_ref().and_then(|e| e.start().when()).map(|w| w.as_str()),
            Self::IslandEnd { island } => island.exists.as_ref().and_then(|e| e.end().when()).map(|w| w.as_str()),
        }
    }

    /// The event, for an event entry.
    #[must_use]
    pub fn event(&self) -> Option<&'a Event> {
        match *self {
            Self::Event { event } => Some(event),
            Self::PositionStart { .. }
            | Self::PositionEnd { .. }
            | Self::IslandStart { .. }
            | Self::IslandEnd { .. } => None,
        }
    }

    /// The position, for a start or end entry.
    #[must_use]
    pub fn position(&self) -> Option<&'a Position> {
        match *self {
            Self::Event { .. } | Self::IslandStart { .. } | Self::IslandEnd { .. } => None,
            Self::PositionStart { position, .. } | Self::PositionEnd { position, .. } => Some(position),
        }
    }

    /// The island or part, for an entry of its coming into being or ceasing to exist.
    ///
    /// ```
    /// use island_claims::Dataset;
    ///
    /// let data = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [
    ///   {"id": "x", "kind": "island"},
    ///   {"id": "x-north", "kind": "part", "part_of": "x", "exists": "2022-06-14/.."}]}"#)?;
    /// let timeline = data.timeline(&"x".parse()?)?;
    /// assert_eq!(timeline[0].island().map(|i| i.id.as_str()), Some("x-north"));
    /// assert_eq!(timeline[0].when(), Some("2022-06-14"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn island(&self) -> Option<&'a Island> {
        match *self {
            Self::IslandStart { island } | Self::IslandEnd { island } => Some(island),
            Self::Event { .. } | Self::PositionStart { .. } | Self::PositionEnd { .. } => None,
        }
    }

    /// The sort key: earliest and latest day, then an island's beginning before events
    /// before starts before ends before an island's end (an island exists before anything
    /// happens to it; an event establishes or ends positions on its day; a position starts
    /// before it ends), then id. An end is never earlier than its own start.
    fn key(&self) -> (i32, i32, u8, &'a str) {
        let end = |b: Bounds| (b.end_lo.max(b.start_lo), b.end_hi.max(b.start_hi));
        match *self {
            Self::IslandStart { island } => {
                let b = existence(island);
                (b.start_lo, b.start_hi, 0, island.id.as_str())
            }
            Self::Event { event } => {
                let b = event.when.bounds();
                (b.start_lo, b.start_hi, 1, event.id.as_str())
            }
            Self::PositionStart { position, .. } => {
                let b = position.period.bounds();
                (b.start_lo, b.start_hi, 2, position.id.as_str())
            }
            Self::PositionEnd { position, .. } => {
                let (lo, hi) = end(position.period.bounds());
                (lo, hi, 3, position.id.as_str())
            }
            Self::IslandEnd { island } => {
                let (lo, hi) = end(existence(island));
                (lo, hi, 4, island.id.as_str())
            }
        }
    }
}

/// The bounds of an island's existence; always, for one without `exists` (which has no
/// entry of its own).
fn existence(island: &Island) -> Bounds {
    debug_assert!(island.exists.is_some(), "an existence entry for island '{}' without exists", island.id);
    island
        .exists
        .as_ref()
        .map_or(Bounds { start_lo: NEG_INF, start_hi: NEG_INF, end_lo: POS_INF, end_hi: POS_INF }, Period::bounds)
}

impl Serialize for TimelineEntry<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("TimelineEntry", 9)?;
        let (kind, id) = match *self {
            Self::Event { event } => ("event", event.id.as_str()),
            Self::PositionStart { position, .. } => ("position_start", position.id.as_str()),
            Self::PositionEnd { position, .. } => ("position_end", position.id.as_str()),
            Self::IslandStart { island } => ("island_start", island.id.as_str()),
            Self::IslandEnd { island } => ("island_end", island.id.as_str()),
        };
        s.serialize_field("kind", kind)?;
        s.serialize_field("when", &self.when())?;
        s.serialize_field("id", id)?;
        match *self {
            Self::Event { event } => {
                s.serialize_field("event_kind", &event.kind)?;
                s.serialize_field("title", &event.title)?;
                s.serialize_field("party", &None::<()>)?;
                s.serialize_field("stance", &None::<()>)?;
                s.serialize_field("islands", &event.islands)?;
                s.serialize_field("sources", &event.attributions.iter().map(|a| &a.source).collect::<Vec<_>>())?;
            }
            Self::PositionStart { position, islands } | Self::PositionEnd { position, islands } => {
                s.serialize_field("event_kind", &None::<()>)?;
                s.serialize_field("title", &None::<()>)?;
                s.serialize_field("party", &position.holder)?;
                s.serialize_field("stance", &position.stance)?;
                s.serialize_field("islands", islands)?;
                s.serialize_field("sources", &position.sources().collect::<Vec<_>>())?;
            }
            Self::IslandStart { island } | Self::IslandEnd { island } => {
                s.serialize_field("event_kind", &None::<()>)?;
                s.serialize_field("title", &None::<()>)?;
                s.serialize_field("party", &None::<()>)?;
                s.serialize_field("stance", &None::<()>)?;
                s.serialize_field("islands", std::slice::from_ref(&island.id))?;
                s.serialize_field("sources", &[] as &[IslandId])?;
            }
        }
        s.end()
    }
}

impl Dataset {
    /// What happened to `island`, in time order: the events concerning it, the starts and
    /// ends of the positions concerning it, and the beginning and end of the existence of it
    /// and of every island, group, region or part above or below it that has an `exists`
    /// (the halves of a divided island, from the settlement that drew the border).
    ///
    /// Concerning means naming the island, a group or region it belongs to, or one of its
    /// members or parts (a timeline of the Habomai group shows positions on the southern
    /// Kurils and on each islet; one of a part, positions on its whole island). Entries are
    /// ordered by the earliest day each may have happened, then the latest; on a tie an
    /// island's beginning comes first, then events (they establish and end positions), then
    /// starts, then ends, then an island's end, then by id. An unknown start sorts first; an unknown end sorts at its
    /// start's earliest day, after what surely happened then.
    ///
    /// # Errors
    ///
    /// [`QueryError::UnknownIsland`] when the dataset has no island with this id.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let timeline = data.timeline(&"habomai".parse()?)?;
    /// assert_eq!(timeline[0].event().map(|e| e.title.as_str()), Some("Treaty of Shimoda"));
    /// let whens: Vec<Option<&str>> = timeline.iter().take(4).map(|e| e.when()).collect();
    /// assert_eq!(whens, [Some("1855-02-07"); 4]);
    /// assert!(data.timeline(&"habomay".parse()?).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline(&self, island: &IslandId) -> Result<Vec<TimelineEntry<'_>>, QueryError> {
        let i = self.island_index(island)?;
        let related = self.resolved().related_islands(i);
        let concerns = |id: &IslandId| {
            self.resolved().island(self.records(), id).is_some_and(|j| related.at(j.get()).copied().unwrap_or(false))
        };
        let mut entries: Vec<TimelineEntry<'_>> = self
            .events()
            .iter()
            .filter(|e| e.islands.iter().any(concerns))
            .map(|event| TimelineEntry::Event { event })
            .collect();
        for (j, island) in self.islands().iter().enumerate() {
            let Some(exists) = island.exists.as_ref().filter(|_| related.at(j).copied().unwrap_or(false)) else {
                continue;
            };
            if !matches!(exists.start(), PeriodEnd::Open) {
                entries.push(TimelineEntry::IslandStart { island });
            }
            if !matches!(exists.end(), PeriodEnd::Open) {
                entries.push(TimelineEntry::IslandEnd { island });
            }
        }
        let index = self.index();
        if let Some(tree) = index.island(i) {
            for rank in tree.ranks(index.len()) {
                let Some(m) = self.match_at(rank, NEG_INF, POS_INF, None) else { continue };
                let (position, islands) = (m.position(), m.islands());
                // Internal papers are no public fact of the island's history (as in every query).
                if position.internal {
                    continue;
                }
                if !matches!(position.period.start(), PeriodEnd::Open) {
                    entries.push(TimelineEntry::PositionStart { position, islands });
                }
                if !matches!(position.period.end(), PeriodEnd::Open) {
                    entries.push(TimelineEntry::PositionEnd { position, islands });
                }
            }
        }
        entries.sort_by(|a, b| a.key().cmp(&b.key()));
        Ok(entries)
    }
}
