//! [`PositionQuery`]: positions filtered by holder, island, stance, time, certainty and source.

use std::fmt;

use chrono::NaiveDate;

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::query::{Match, QueryError};
use crate::records::{Position, Stance};
use crate::resolve::{At, Hit, IslandIx, PartyIx, RankIx, Tree};
use crate::time::{Certainty, NEG_INF, POS_INF, Span};

/// A query over a dataset's positions, built by chaining filters and answered by
/// [`run`](Self::run). Made by [`Dataset::positions`].
///
/// Every filter is optional and calling one again replaces it. Without a time filter every
/// position matches, definitely. Ids are checked against the dataset: an unknown one makes
/// `run` fail rather than answer nothing.
///
/// Every time query of the crate ([`Dataset::claims_in_year`], [`Dataset::positions_at`],
/// ...) is a call of this builder.
///
/// # Order and cost
///
/// Matches come in the order of the interval index: their period's start (earliest reading,
/// then latest), then position id. The index keeps one tree over all positions, one per
/// holder and one per island, and `run` searches the narrowest that applies: the holder's
/// (one per party of the succession chain), else the island's, else all. Finding the `h`
/// positions of that tree whose hull overlaps the time costs O(log n + h); the other
/// filters (stance, the island beside a holder, certainty, source) are then tested on each of
/// the `h`, so the cost is O(log n + h) for `k <= h` matches. Without a filter beyond time
/// and holder or island, `h` is `k`.
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
    holder: Option<PartyIx>,
    island: Option<IslandIx>,
    stances: Stances,
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
            stances: Stances::Any,
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
        f.debug_struct("PositionQuery")
            .field("holder", &self.holder.and_then(|i| self.data.parties().at(i.get())).map(|p| &p.id))
            .field("island", &self.island.and_then(|i| self.data.islands().at(i.get())).map(|x| &x.id))
            .field("stances", &self.stances)
            .field("span", &self.span)
            .field("certainty", &self.certainty)
            .field("source", &self.source)
            .field("follow_succession", &self.follow_succession)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl<'a> PositionQuery<'a> {
    /// The dataset it asks.
    pub(crate) fn dataset(&self) -> &'a Dataset {
        self.data
    }

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
        self.stances = Stances::One(stance);
        self
    }

    /// Only claims: positions whose stance [is a claim](Stance::is_claim). Replaces
    /// [`stance`](Self::stance), as that replaces this.
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let claims = data.positions().claims().in_year(1956).run()?;
    /// assert!(claims.iter().all(|m| m.stance().is_claim()));
    /// assert_eq!(claims, data.claims_in_year(1956));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn claims(mut self) -> Self {
        self.stances = Stances::Claims;
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
    /// position id (see the type's docs for the cost).
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
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.matches()),
        }
    }

    /// The answer of a query whose filters name no unknown id.
    pub(crate) fn matches(&self) -> Vec<Match<'a>> {
        debug_assert!(self.error.is_none(), "a query with an unknown id answered");
        let index = self.data.index();
        let island = self.island.and_then(|i| index.island(i));
        let Some(holder) = self.holder else {
            let mut out = Vec::new();
            self.search(island.unwrap_or(index.all()), None, None, &mut out, |_, m| m);
            return out;
        };
        let chain = if self.follow_succession { self.data.resolved().succession(holder) } else { vec![holder] };
        let queried = self.data.parties().at(holder.get()).map(|p| &p.id);
        let mut out: Vec<(RankIx, Match<'a>)> = Vec::new();
        for (step, party) in chain.into_iter().enumerate() {
            let Some(tree) = index.holder(party) else { continue };
            let via = if step == 0 { None } else { queried };
            let mut part = Vec::new();
            self.search(tree, island, via, &mut part, |rank, m| (rank, m));
            out = merge_by_rank(out, part);
        }
        out.into_iter().map(|(_, m)| m).collect()
    }

    /// The one search behind every time query: the matches of `tree` (that are also in
    /// `also_in`) passing every filter, in rank order, each written to `out` as `row` makes
    /// it. The hits are found a block at a time first, so that `out` is sized once: growing
    /// a vector of matches would copy it over and over.
    fn search<T>(
        &self,
        tree: &Tree,
        also_in: Option<&Tree>,
        via: Option<&'a PartyId>,
        out: &mut Vec<T>,
        row: impl Fn(RankIx, Match<'a>) -> T,
    ) {
        let also_in = also_in.filter(|t| !std::ptr::eq(*t, tree));
        // The year, day and span queries filter at most by claims; a test per hit costs a
        // fifth of a large answer's time, so those get loops of their own (the compiler
        // makes one copy of `collect` per filter).
        let only_time = also_in.is_none() && self.source.is_none() && self.certainty == Certainty::Possible;
        match (only_time, self.stances) {
            (true, Stances::Any) => self.collect(tree, via, out, row, |_, _| true),
            (true, Stances::Claims) => self.collect(tree, via, out, row, |hit, _| hit.stance.is_claim()),
            _ => self.collect(tree, via, out, row, |hit, position| {
                self.stances.keeps(hit.stance)
                    && hit.certainty >= self.certainty
                    && also_in.is_none_or(|t| t.contains(hit.rank))
                    && self.source.is_none_or(|s| position.attributions.iter().any(|a| a.source == *s))
            }),
        }
    }

    /// The matches of `tree` that `keep`, in rank order, written to `out` as `row` makes them.
    #[inline]
    fn collect<T>(
        &self,
        tree: &Tree,
        via: Option<&'a PartyId>,
        out: &mut Vec<T>,
        row: impl Fn(RankIx, Match<'a>) -> T,
        keep: impl Fn(&Hit, &Position) -> bool,
    ) {
        let data = self.data;
        let index = data.index();
        let (first, last) = self.span.unwrap_or((NEG_INF, POS_INF));
        let mut blocks = Vec::new();
        let mut hits = 0usize;
        index.search_hits(tree, first, last, |h| {
            hits = hits.saturating_add(h.len());
            blocks.push(h);
        });
        out.reserve(hits);
        let (positions, expansions) = (data.all_positions(), &data.resolved().expansions);
        for h in blocks {
            index.resolve_hits(h, first, last, |hit: Hit| {
                let (Some(position), Some(islands)) = (positions.at(hit.position.get()), expansions.ids(hit.expansion))
                else {
                    return;
                };
                if keep(&hit, position) {
                    out.push(row(hit.rank, Match::new(position, islands, hit.certainty, via)));
                }
            });
        }
    }
}

/// Which stances a query keeps.
#[derive(Debug, Clone, Copy)]
enum Stances {
    Any,
    One(Stance),
    Claims,
}

impl Stances {
    #[inline]
    fn keeps(self, stance: Stance) -> bool {
        match self {
            Self::Any => true,
            Self::One(s) => s == stance,
            Self::Claims => stance.is_claim(),
        }
    }
}

/// Two answers in rank order as one.
fn merge_by_rank<T>(a: Vec<(RankIx, T)>, b: Vec<(RankIx, T)>) -> Vec<(RankIx, T)> {
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
        let r = RankIx::new;
        let a = vec![(r(1), 'a'), (r(4), 'b'), (r(9), 'c')];
        let b = vec![(r(0), 'x'), (r(5), 'y')];
        let merged: Vec<usize> = merge_by_rank(a, b).into_iter().map(|x| x.0.get()).collect();
        assert_eq!(merged, [0, 1, 4, 5, 9]);
    }
}
