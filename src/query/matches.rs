//! Answers to "who held what when": [`Match`], and the year, day and span queries.

use chrono::NaiveDate;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::records::{Position, Stance};
use crate::resolve::{At, RankIx, Route};
use crate::time::{Certainty, Period, Span};

/// One position that matches a query, with how surely it matches.
///
/// A match borrows everything from the dataset: the position, its holder, and its islands
/// expanded through groups and regions (computed once when the dataset was built).
///
/// It serializes as an object with exactly the fields `position` (id), `party` (the
/// holder's id), `stance`, `islands` (expanded ids), `counterpart` (id or null), `period`
/// (EDTF), `certainty` (`"definite"` or `"possible"`), `sources` (ids), and how it was
/// reached: `via_successor`, `via_part`, `via_agent` (the party asked about, or null) and
/// `via_contested_succession` (a bool). Other crates and the examples' `--json` output rely
/// on this shape.
///
/// # Examples
///
/// ```
/// use island_claims::Certainty;
/// let data = island_claims::datasets::kuril();
///
/// let claims = data.claims_during(1956);
/// let ids: Vec<&str> = claims.iter().map(|m| m.position().id.as_str()).collect();
/// assert_eq!(ids, ["ussr-claims-1946", "japan-claims-four", "japan-demands-four-1955", "japan-two-islands-1956-per-putin"]);
/// let four = &claims[1];
/// assert_eq!(four.party().as_str(), "japan");
/// assert_eq!(four.certainty(), Certainty::Definite);
/// // A claim to the southern Kurils covers each island and islet in them.
/// assert!(four.islands().iter().any(|i| i.as_str() == "suisho"));
///
/// let json = serde_json::to_value(four)?;
/// assert_eq!(json["period"], "1955-06-03/..");
/// assert_eq!(json["certainty"], "definite");
/// assert_eq!(json["counterpart"], serde_json::Value::Null);
/// assert_eq!(json["via_successor"], serde_json::Value::Null);
///
/// // A query on Russia that follows succession says which rows came through it.
/// let russia = "russia".parse()?;
/// let held = data.query().holder(&russia).follow_succession().during(1980).run()?;
/// let json = serde_json::to_value(&held[0])?;
/// assert_eq!((json["party"].as_str(), json["via_successor"].as_str()), (Some("ussr"), Some("russia")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match<'a> {
    position: &'a Position,
    // A thin reference to the interned set keeps a match at 32 bytes rather than 40: a
    // year's answer of thousands of matches is bound by how fast it is written.
    #[allow(clippy::borrowed_box)]
    islands: &'a Box<[IslandId]>,
    certainty: Certainty,
    // One byte beside the certainty, in what would be padding.
    route: Route,
    queried: Option<&'a PartyId>,
}

impl<'a> Match<'a> {
    /// The matching position.
    #[must_use]
    pub fn position(&self) -> &'a Position {
        self.position
    }

    /// The party that holds the position.
    #[must_use]
    pub fn party(&self) -> &'a PartyId {
        &self.position.holder
    }

    /// The position's stance.
    #[must_use]
    pub fn stance(&self) -> Stance {
        self.position.stance
    }

    /// The islands the position covers: those it names and, for groups and regions, all
    /// their members, in dataset order.
    #[must_use]
    pub fn islands(&self) -> &'a [IslandId] {
        self.islands
    }

    /// The other party of the stance, where it has one.
    #[must_use]
    pub fn counterpart(&self) -> Option<&'a PartyId> {
        self.position.counterpart.as_ref()
    }

    /// When the position held.
    #[must_use]
    pub fn period(&self) -> &'a Period {
        &self.position.period
    }

    /// How surely the position held during the time asked about: `Definite` when every
    /// reading of its dates overlaps it. Without a time filter, every match is definite.
    #[must_use]
    pub fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// The sources the position is attributed to, in order.
    pub fn sources(&self) -> impl Iterator<Item = &'a SourceId> + 'a {
        self.position.attributions.iter().map(|a| &a.source)
    }

    /// The party asked about, when this match was found by following succession from it:
    /// a query on Russia with [`follow_succession`](crate::PositionQuery::follow_succession)
    /// returns the USSR's positions with `via_successor() == Some("russia")` (and `party()`
    /// is the USSR). `None` for a position of the party asked about, and for every match of
    /// a query that does not follow succession. A match may have been reached through
    /// succession and then a part or agent: then this and [`via_part`](Self::via_part) or
    /// [`via_agent`](Self::via_agent) both say so.
    #[must_use]
    pub fn via_successor(&self) -> Option<&'a PartyId> {
        self.via(Route::SUCCESSOR)
    }

    /// Whether this match was reached through a contested line of succession, which only
    /// [`follow_contested_succession`](crate::PositionQuery::follow_contested_succession)
    /// follows. Such a match also has [`via_successor`](Self::via_successor).
    #[must_use]
    pub fn via_contested_succession(&self) -> bool {
        self.route.has(Route::CONTESTED)
    }

    /// The party asked about, when this match was found through a party that was part of it
    /// ([`include_parts`](crate::PositionQuery::include_parts)): a query on Denmark returns
    /// Greenland's positions with `via_part() == Some("denmark")` (and `party()` is
    /// Greenland). `None` otherwise.
    ///
    /// ```
    /// use island_claims::Dataset;
    ///
    /// let data = Dataset::from_json(r#"{"format": "island-claims/2",
    ///   "islands": [{"id": "hans", "kind": "island"}],
    ///   "parties": [{"id": "denmark", "kind": "state"},
    ///     {"id": "greenland", "kind": "territory", "part_of": [{"party": "denmark", "period": "1979/.."}]}],
    ///   "sources": [{"id": "s", "kind": "news_report", "title": "t", "published": "2000"}],
    ///   "positions": [{"id": "g", "holder": "greenland", "stance": "claims_sovereignty",
    ///     "islands": ["hans"], "period": "1990/..", "attributions": [{"source": "s"}]}]}"#)?;
    /// let denmark = "denmark".parse()?;
    /// let with = data.query().holder(&denmark).include_parts().during(2000).run()?;
    /// assert_eq!(with[0].via_part(), Some(&denmark));
    /// assert!(data.query().holder(&denmark).during(2000).run()?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn via_part(&self) -> Option<&'a PartyId> {
        self.via(Route::PART)
    }

    /// The party asked about, when this match was found through a party that represented it
    /// ([`include_agents`](crate::PositionQuery::include_agents)): a query on Russia returns
    /// Putin's positions with `via_agent() == Some("russia")`. `None` otherwise.
    #[must_use]
    pub fn via_agent(&self) -> Option<&'a PartyId> {
        self.via(Route::AGENT)
    }

    fn via(&self, step: Route) -> Option<&'a PartyId> {
        if self.route.has(step) { self.queried } else { None }
    }

    #[inline]
    #[allow(clippy::borrowed_box)] // See the field.
    pub(crate) fn new(
        position: &'a Position,
        islands: &'a Box<[IslandId]>,
        certainty: Certainty,
        via: Option<(&'a PartyId, Route)>,
    ) -> Self {
        let (queried, route) = via.map_or((None, Route::DIRECT), |(q, r)| (Some(q), r));
        Self { position, islands, certainty, route, queried }
    }
}

impl Serialize for Match<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Match", 12)?;
        self.serialize_position_fields(&mut s)?;
        s.serialize_field("certainty", &self.certainty)?;
        s.serialize_field("sources", &Sources(self.position))?;
        // How the match was reached, so that a USSR row of a query on Russia says so.
        s.serialize_field("via_successor", &self.via_successor())?;
        s.serialize_field("via_contested_succession", &self.via_contested_succession())?;
        s.serialize_field("via_part", &self.via_part())?;
        s.serialize_field("via_agent", &self.via_agent())?;
        s.end()
    }
}

impl Match<'_> {
    /// Writes the fields that describe the position, in both a match's and a
    /// [`Change`](crate::Change)'s JSON: `position`, `party`, `stance`, `islands`,
    /// `counterpart` and `period`.
    #[inline]
    pub(crate) fn serialize_position_fields<S: SerializeStruct>(&self, s: &mut S) -> Result<(), S::Error> {
        let p = self.position;
        s.serialize_field("position", &p.id)?;
        s.serialize_field("party", &p.holder)?;
        s.serialize_field("stance", &p.stance)?;
        s.serialize_field("islands", self.islands())?;
        s.serialize_field("counterpart", &p.counterpart)?;
        s.serialize_field("period", p.period.as_str())
    }
}

/// A position's source ids, serialized as a list without collecting them.
struct Sources<'a>(&'a Position);

impl Serialize for Sources<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.sources())
    }
}

impl Dataset {
    /// The match of the position at `rank`, if its hull overlaps `first..=last`.
    #[inline]
    pub(crate) fn match_at<'a>(
        &'a self,
        rank: RankIx,
        first: i32,
        last: i32,
        via: Option<(&'a PartyId, Route)>,
    ) -> Option<Match<'a>> {
        let index = self.index();
        let certainty = index.certainty_at(rank, first, last)?;
        let position = self.all_positions().at(index.position_at(rank)?.get())?;
        let islands = self.resolved().expansions.ids(index.expansion_at(rank)?)?;
        Some(Match::new(position, islands, certainty, via))
    }

    /// Who claimed what at some time `when` (a year, a day or a [`Span`]): the positions whose
    /// stance is a claim ([`Stance::is_claim`]) and whose period may overlap it, each saying
    /// whether it surely does.
    ///
    /// The same as `self.query().claims().during(when).run()`: matches come in the order
    /// of their period's start, then of position id, in O(log n + k) for k matches through
    /// the interval index.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Span;
    /// let data = island_claims::datasets::kuril();
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // The dataset begins with the Treaty of Shimoda, signed on 1855-02-07.
    /// assert!(data.claims_during(Span::new(d(1855, 1, 1), d(1855, 2, 6))?).is_empty());
    /// assert_eq!(data.claims_during(Span::new(d(1855, 1, 1), d(1855, 2, 7))?).len(), 1);
    /// assert_eq!(data.claims_during(Span::new(d(1955, 6, 1), d(1956, 6, 1))?).len(), 5);
    ///
    /// // A year: any `i32`; years beyond the calendar's range reach only open-ended periods.
    /// assert_eq!(data.claims_during(1854).len(), 0);
    /// assert_eq!(data.claims_during(1855)[0].position().id.as_str(), "japan-sovereign-four-1855");
    ///
    /// // A day.
    /// use island_claims::Certainty;
    /// let claims = data.claims_during(d(1956, 6, 1));
    /// let sure: Vec<(&str, Certainty)> = claims.iter().map(|m| (m.position().id.as_str(), m.certainty())).collect();
    /// assert_eq!(sure, [
    ///     ("ussr-claims-1946", Certainty::Definite),
    ///     ("japan-claims-four", Certainty::Definite),
    ///     ("japan-demands-four-1955", Certainty::Definite),
    ///     // Putin dates Japan's claim to two islands only "1956": perhaps after June.
    ///     ("japan-two-islands-1956-per-putin", Certainty::Possible),
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn claims_during(&self, when: impl Into<Span>) -> Vec<Match<'_>> {
        self.query().claims().during(when).matches()
    }

    /// Who claimed what on `date`.
    #[deprecated(note = "write `claims_during(date)`: one method takes a day, a year or a span")]
    #[must_use]
    pub fn claims_at(&self, date: NaiveDate) -> Vec<Match<'_>> {
        self.claims_during(date)
    }

    /// Who claimed what at some time in `year`.
    #[deprecated(note = "write `claims_during(year)`: one method takes a day, a year or a span")]
    #[must_use]
    pub fn claims_in_year(&self, year: i32) -> Vec<Match<'_>> {
        self.claims_during(year)
    }

    /// Every position, of any stance, whose period may overlap `when` (a year, a day or a
    /// [`Span`]), each saying whether it surely does: `self.query().during(when).run()`,
    /// in the same order and cost as [`Dataset::claims_during`]. Internal positions are left
    /// out, as every query leaves them out unless asked.
    ///
    /// ```
    /// use island_claims::Span;
    /// let data = island_claims::datasets::kuril();
    /// let held: Vec<&str> = data.positions_during(Span::year(1972)).iter().map(|m| m.position().id.as_str()).collect();
    /// assert_eq!(held.len(), 14);
    /// assert_eq!(held[..2], ["ussr-administers-1945", "ussr-administers-iturup-1945"]);
    /// // The Soviet plan of 1972 stayed in the Politburo's papers: internal, so left out.
    /// assert!(!held.contains(&"ussr-plan-1972"));
    ///
    /// // A year, or a day.
    /// assert_eq!(data.positions_during(1854).len(), 0);
    /// assert_eq!(data.positions_during(1855).len(), 5);
    /// let day = island_claims::chrono::NaiveDate::from_ymd_opt(1958, 1, 1).unwrap();
    /// let held = data.positions_during(day);
    /// assert_eq!(held.len(), 13);
    /// assert!(held.iter().any(|m| m.position().id.as_str() == "ussr-promise-1956"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn positions_during(&self, when: impl Into<Span>) -> Vec<Match<'_>> {
        self.query().during(when).matches()
    }

    /// Every position that may hold on `date`.
    #[deprecated(note = "write `positions_during(date)`: one method takes a day, a year or a span")]
    #[must_use]
    pub fn positions_at(&self, date: NaiveDate) -> Vec<Match<'_>> {
        self.positions_during(date)
    }

    /// Every position that may hold at some time in `year`.
    #[deprecated(note = "write `positions_during(year)`: one method takes a day, a year or a span")]
    #[must_use]
    pub fn positions_in_year(&self, year: i32) -> Vec<Match<'_>> {
        self.positions_during(year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_match_is_four_words() {
        assert_eq!(std::mem::size_of::<Match<'_>>(), 32);
    }
}
