//! [`PositionQuery`]: positions filtered by holder, island, stance, time, certainty and source.

use std::fmt;

use chrono::NaiveDate;

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::query::index::Tree;
use crate::query::{Match, QueryError};
use crate::records::Stance;
use crate::time::{Certainty, NEG_INF, POS_INF, Span};

/// A query over a dataset's positions, built by chaining filters and answered by
/// [`run`](Self::run). Made by [`Dataset::positions`].
///
/// Every filter is optional and calling one again replaces it. Without a time filter every
/// position matches, definitely. Ids are checked against the dataset: an unknown one makes
/// `run` fail rather than answer nothing.
///
/// # Examples
///
/// ```
/// use island_claims::{Certainty, Stance};
/// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
///
/// // Russia's positions in 1980, as the USSR.
/// let russia = "russia".parse()?;
/// let held = data.positions().holder(&russia).follow_succession().in_year(1980).run()?;
/// assert_eq!(held.len(), 1);
/// assert_eq!(held[0].party().as_str(), "ussr");
/// assert_eq!(held[0].via_successor(), Some(&russia));
///
/// // Definite claims concerning the islet Suisho, through its group and region.
/// let on_suisho = data
///     .positions()
///     .island(&"suisho".parse()?)
///     .stance(Stance::ClaimsSovereignty)
///     .in_year(1956)
///     .certainty(Certainty::Definite)
///     .run()?;
/// assert_eq!(on_suisho.len(), 2);
///
/// let err = data.positions().island(&"shikotn".parse()?).run().unwrap_err();
/// assert_eq!(err.to_string(), "unknown island 'shikotn'");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
#[must_use = "a query does nothing until it is run"]
pub struct PositionQuery<'a> {
    data: &'a Dataset,
    holder: Option<u32>,
    island: Option<u32>,
    stance: Option<Stance>,
    span: Option<(i32, i32)>,
    certainty: Certainty,
    source: Option<&'a SourceId>,
    follow_succession: bool,
    error: Option<QueryError>,
}

impl Dataset {
    /// A query over every position, to narrow with filters and [`run`](PositionQuery::run).
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// assert_eq!(data.positions().run()?.len(), data.all_positions().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn positions(&self) -> PositionQuery<'_> {
        PositionQuery {
            data: self,
            holder: None,
            island: None,
            stance: None,
            span: None,
            certainty: Certainty::Possible,
            source: None,
            follow_succession: false,
            error: None,
        }
    }
}

impl fmt::Debug for PositionQuery<'_> {
    /// The filters, without the dataset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = |i: Option<u32>, ids: &dyn Fn(usize) -> Option<String>| i.and_then(|i| ids(i as usize));
        f.debug_struct("PositionQuery")
            .field("holder", &name(self.holder, &|i| self.data.parties().get(i).map(|p| p.id.to_string())))
            .field("island", &name(self.island, &|i| self.data.islands().get(i).map(|x| x.id.to_string())))
            .field("stance", &self.stance)
            .field("span", &self.span)
            .field("certainty", &self.certainty)
            .field("source", &self.source)
            .field("follow_succession", &self.follow_succession)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl<'a> PositionQuery<'a> {
    fn fail(mut self, error: QueryError) -> Self {
        self.error.get_or_insert(error);
        self
    }

    /// Only positions held by `party` (and, with
    /// [`follow_succession`](Self::follow_succession), by the parties it continues).
    pub fn holder(mut self, party: &PartyId) -> Self {
        match self.data.party_index(party) {
            Ok(p) => {
                self.holder = Some(p);
                self
            }
            Err(e) => self.fail(e),
        }
    }

    /// Only positions concerning `island`: naming it, a group or region it belongs to, or
    /// a member of it.
    pub fn island(mut self, island: &IslandId) -> Self {
        match self.data.island_index(island) {
            Ok(i) => {
                self.island = Some(i);
                self
            }
            Err(e) => self.fail(e),
        }
    }

    /// Only positions of this stance.
    pub fn stance(mut self, stance: Stance) -> Self {
        self.stance = Some(stance);
        self
    }

    /// Only positions that may hold at some time in `span`; each match says whether it
    /// surely does.
    pub fn during(mut self, span: Span) -> Self {
        self.span = Some(span.days());
        self
    }

    /// Only positions that may hold on `date`.
    pub fn at(self, date: NaiveDate) -> Self {
        self.during(Span::day(date))
    }

    /// Only positions that may hold at some time in `year`.
    pub fn in_year(self, year: i32) -> Self {
        self.during(Span::year(year))
    }

    /// Only matches at least this sure: `Certainty::Definite` drops the possible ones.
    pub fn certainty(mut self, minimum: Certainty) -> Self {
        self.certainty = minimum;
        self
    }

    /// Only positions attributed to `source`.
    pub fn source(mut self, source: &SourceId) -> Self {
        match self.data.source(source) {
            Some(s) => {
                self.source = Some(&s.id);
                self
            }
            None => self.fail(QueryError::UnknownSource(source.clone())),
        }
    }

    /// With a [`holder`](Self::holder), also the positions of the parties it continues
    /// through `successor_of` (Russia, including as the USSR). Those matches say so through
    /// [`Match::via_successor`]. Without a holder this changes nothing.
    pub fn follow_succession(mut self) -> Self {
        self.follow_succession = true;
        self
    }

    /// Answers the query: the matches in the order of their period's start, then of
    /// position id, in O(log n + k) for a time filter with k matches.
    ///
    /// # Errors
    ///
    /// [`QueryError`] naming the first unknown island, party or source given to a filter.
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// assert_eq!(data.positions().holder(&"japan".parse()?).run()?.len(), 2);
    /// assert!(data.positions().holder(&"jpan".parse()?).run().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn run(self) -> Result<Vec<Match<'a>>, QueryError> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let index = self.data.index();
        let island_tree = match self.island {
            Some(i) => index.island(i),
            None => None,
        };
        let Some(holder) = self.holder else {
            return Ok(self.collect(island_tree.unwrap_or(index.all()), None, None));
        };
        let queried = self.data.parties().get(holder as usize).map(|p| &p.id);
        let mut out: Vec<(u32, Match<'a>)> = Vec::new();
        for (step, party) in self.chain(holder).into_iter().enumerate() {
            let Some(tree) = index.holder(party) else { continue };
            let via = if step == 0 { None } else { queried };
            let mut part = Vec::new();
            self.search(tree, island_tree, via, |rank, m| part.push((rank, m)));
            out = merge_by_rank(out, part);
        }
        Ok(out.into_iter().map(|(_, m)| m).collect())
    }

    /// The holder and, when following succession, the parties it continues, nearest first.
    fn chain(&self, holder: u32) -> Vec<u32> {
        let parties = self.data.parties();
        let mut chain = vec![holder];
        if !self.follow_succession {
            return chain;
        }
        let mut cur = holder;
        // Validation refuses successor cycles; the step limit only keeps this finite.
        for _ in 0..parties.len() {
            let next = parties.get(cur as usize).and_then(|p| p.successor_of.as_ref());
            let Some(next) = next.and_then(|id| self.data.party_index(id).ok()) else { break };
            if chain.contains(&next) {
                break;
            }
            chain.push(next);
            cur = next;
        }
        chain
    }

    fn collect(&self, tree: &Tree, island: Option<&Tree>, via: Option<&'a PartyId>) -> Vec<Match<'a>> {
        let mut out = Vec::new();
        self.search(tree, island, via, |_, m| out.push(m));
        out
    }

    /// Calls `found` with each rank of `tree` and its match that passes every filter;
    /// `island`, when given, is a tree the rank must also be in.
    fn search(
        &self,
        tree: &Tree,
        island: Option<&Tree>,
        via: Option<&'a PartyId>,
        mut found: impl FnMut(u32, Match<'a>),
    ) {
        let data = self.data;
        let index = data.index();
        let (first, last) = self.span.unwrap_or((NEG_INF, POS_INF));
        let island = island.filter(|i| !std::ptr::eq(*i, tree));
        index.search(tree, first, last, |rank| {
            if self.stance.is_some_and(|s| index.stance_at(rank) != Some(s))
                || island.is_some_and(|i| !i.contains(rank))
            {
                return;
            }
            let Some(m) = data.match_at(rank, first, last, via) else { return };
            if m.certainty() < self.certainty || self.source.is_some_and(|s| !m.sources().any(|x| x == s)) {
                return;
            }
            found(rank, m);
        });
    }
}

/// Merges two lists sorted by rank into one.
fn merge_by_rank<T>(a: Vec<(u32, T)>, b: Vec<(u32, T)>) -> Vec<(u32, T)> {
    if a.is_empty() {
        return b;
    }
    let mut out = Vec::with_capacity(a.len().saturating_add(b.len()));
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    loop {
        let take_a = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) => x.0 <= y.0,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        out.extend(if take_a { a.next() } else { b.next() });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_rank_order() {
        let a = vec![(1, 'a'), (4, 'b'), (9, 'c')];
        let b = vec![(0, 'x'), (5, 'y')];
        let merged: Vec<u32> = merge_by_rank(a, b).into_iter().map(|x| x.0).collect();
        assert_eq!(merged, [0, 1, 4, 5, 9]);
    }
}
