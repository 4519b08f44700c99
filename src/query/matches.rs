//! Answers to "who held what when": [`Match`], and the year, day and span queries.

use chrono::NaiveDate;

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
/// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
///
/// let claims = data.claims_in_year(1956);
/// let ids: Vec<&str> = claims.iter().map(|m| m.position().id.as_str()).collect();
/// assert_eq!(ids, ["japan-four", "japan-two-per-putin"]);
/// let four = &claims[0];
/// assert_eq!(four.party().as_str(), "japan");
/// assert_eq!(four.certainty(), Certainty::Definite);
/// assert!(four.islands().iter().any(|i| i.as_str() == "suisho"));
///
/// let json = serde_json::to_value(four)?;
/// assert_eq!(json["period"], "1956/..");
/// assert_eq!(json["certainty"], "definite");
/// assert_eq!(json["counterpart"], serde_json::Value::Null);
/// assert_eq!(json["via_successor"], serde_json::Value::Null);
///
/// // A query on Russia that follows succession says which rows came through it.
/// let russia = "russia".parse()?;
/// let held = data.positions().holder(&russia).follow_succession().in_year(1980).run()?;
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
    /// let with = data.positions().holder(&denmark).include_parts().in_year(2000).run()?;
    /// assert_eq!(with[0].via_part(), Some(&denmark));
    /// assert!(data.positions().holder(&denmark).in_year(2000).run()?.is_empty());
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
        let position = self.all_positions().at(index.position_at(rank));
        let islands = self.resolved().expansions.ids(index.expansion_at(rank));
        Some(Match::new(position, islands, certainty, via))
    }

    /// Who claimed what at some time in `span`: the positions whose stance is a claim
    /// ([`Stance::is_claim`]) and whose period may overlap the span, each saying whether
    /// it surely does.
    ///
    /// The same as `self.positions().claims().during(span).run()`: matches come in the order
    /// of their period's start, then of position id, in O(log n + k) for k matches through
    /// the interval index.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Span;
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// let claims = data.claims_during(Span::new(d(1955, 1, 1), d(1955, 12, 31))?);
    /// assert!(claims.is_empty());
    /// assert_eq!(data.claims_during(Span::new(d(1955, 6, 1), d(1956, 6, 1))?).len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn claims_during(&self, span: Span) -> Vec<Match<'_>> {
        self.positions().claims().during(span).matches()
    }

    /// Who claimed what on `date`: see [`Dataset::claims_during`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use island_claims::Certainty;
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let claims = data.claims_at(NaiveDate::from_ymd_opt(1956, 6, 1).unwrap());
    /// // Both Japanese claims started at some time in 1956: perhaps after June.
    /// assert!(claims.iter().all(|m| m.certainty() == Certainty::Possible));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn claims_at(&self, date: NaiveDate) -> Vec<Match<'_>> {
        self.claims_during(Span::day(date))
    }

    /// Who claimed what at some time in `year`: see [`Dataset::claims_during`]. Any `i32`
    /// year is accepted; years beyond the calendar's range reach only open-ended periods.
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// assert_eq!(data.claims_in_year(1950).len(), 0);
    /// assert_eq!(data.claims_in_year(2021)[0].position().id.as_str(), "japan-four");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn claims_in_year(&self, year: i32) -> Vec<Match<'_>> {
        self.claims_during(Span::year(year))
    }

    /// Every position, of any stance, whose period may overlap `span`, each saying whether
    /// it surely does: `self.positions().during(span).run()`, in the same order and cost as
    /// [`Dataset::claims_during`].
    ///
    /// ```
    /// use island_claims::Span;
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let held: Vec<&str> = data.positions_during(Span::year(1972)).iter().map(|m| m.position().id.as_str()).collect();
    /// assert_eq!(held, ["ussr-administers", "japan-four", "ussr-plan-1972"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn positions_during(&self, span: Span) -> Vec<Match<'_>> {
        self.positions().during(span).matches()
    }

    /// Every position that may hold on `date`: see [`Dataset::positions_during`].
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let day = NaiveDate::from_ymd_opt(1958, 1, 1).unwrap();
    /// assert_eq!(data.positions_at(day).len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn positions_at(&self, date: NaiveDate) -> Vec<Match<'_>> {
        self.positions_during(Span::day(date))
    }

    /// Every position that may hold at some time in `year`: see
    /// [`Dataset::positions_during`].
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// assert_eq!(data.positions_in_year(1944).len(), 0);
    /// assert_eq!(data.positions_in_year(1945).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn positions_in_year(&self, year: i32) -> Vec<Match<'_>> {
        self.positions_during(Span::year(year))
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
