//! [`PositionQuery`]: positions filtered by holder, island, stance, time, certainty and source.

use std::fmt;

use chrono::NaiveDate;

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::query::{Match, QueryError};
use crate::records::{Position, Stance};
use crate::resolve::{At, Follow, Hit, IslandIx, PartyIx, RankIx, Reached, Route, Tree, Window};
use crate::time::{Certainty, NEG_INF, POS_INF, Span};

/// A query over a dataset's positions, built by chaining filters and answered by
/// [`run`](Self::run). Made by [`Dataset::query`].
///
/// Every filter is optional, and each is given at most once: a second holder, island,
/// stance (`stance` or `claims`), time, certainty or source makes `run` fail with
/// [`QueryError::RepeatedFilter`] rather than silently replace the first. Without a time
/// filter every position matches, definitely. Ids are checked against the dataset: an
/// unknown one makes `run` fail rather than answer nothing.
///
/// Every time query of the crate ([`Dataset::claims_during`],
/// [`Dataset::positions_during`]) is a call of this builder.
///
/// # Order and cost
///
/// Matches come in the order of the interval index: their period's start (earliest reading,
/// then latest), then position id. The index keeps one tree over all positions, one per
/// holder and one per island, and `run` searches the narrowest that applies: the holder's
/// (one per party reached through succession, parts and agents), else the island's, else
/// all. Finding the `h` positions of that tree whose hull overlaps the time costs
/// O(log n + h); the other
/// filters (stance, the island beside a holder, certainty, source) are then tested on each of
/// the `h`, so the cost is O(log n + h) for `k <= h` matches. Without a filter beyond time
/// and holder or island, `h` is `k`.
///
/// # Examples
///
/// ```
/// use island_claims::{Certainty, Stance};
/// let data = island_claims::datasets::kuril();
///
/// // Russia's positions in 1980, as the USSR.
/// let russia = "russia".parse()?;
/// let held = data.query().holder(&russia).follow_succession().during(1980).run()?;
/// assert!(!held.is_empty());
/// assert!(held.iter().all(|m| m.party().as_str() == "ussr" && m.via_successor() == Some(&russia)));
///
/// // Definite claims concerning the islet Suisho, through its group and region.
/// let on_suisho = data
///     .query()
///     .island(&"suisho".parse()?)
///     .stance(Stance::ClaimsSovereignty)
///     .during(1956)
///     .certainty(Certainty::Definite)
///     .run()?;
/// assert!(on_suisho.iter().any(|m| m.party().as_str() == "japan"));
/// assert!(on_suisho.iter().all(|m| m.certainty() == Certainty::Definite));
///
/// let err = data.query().island(&"shikotn".parse()?).run().unwrap_err();
/// assert_eq!(err.to_string(), "unknown island 'shikotn'");
///
/// // One time filter: a year and then a day would have to be read as one or the other.
/// let day = island_claims::chrono::NaiveDate::from_ymd_opt(1956, 10, 19).unwrap();
/// let err = data.query().during(1956).during(day).run().unwrap_err();
/// assert_eq!(err.code(), "filter_repeated");
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
    follow: Follow,
    include_internal: bool,
    given: Given,
    error: Option<QueryError>,
}

impl Dataset {
    /// A query over every position, to narrow with filters and [`run`](PositionQuery::run).
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// // Every position but the internal ones (plans and instructions in a holder's own papers).
    /// let public = data.query().run()?;
    /// assert_eq!(public.len(), data.all_positions().iter().filter(|p| !p.internal).count());
    /// let japan = data.query().holder(&"japan".parse()?).claims().during(1956).run()?;
    /// assert!(!japan.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use = "a query does nothing until it is run"]
    pub fn query(&self) -> PositionQuery<'_> {
        PositionQuery {
            data: self,
            holder: None,
            island: None,
            stances: Stances::Any,
            span: None,
            certainty: Certainty::Possible,
            source: None,
            follow: Follow::default(),
            include_internal: false,
            given: Given::default(),
            error: None,
        }
    }

    /// A query over every position: the old name of [`query`](Self::query).
    #[deprecated(
        note = "write `query()`; in the next version `positions()` lists the positions as `islands()` lists the islands, and `all_positions()` goes"
    )]
    #[must_use = "a query does nothing until it is run"]
    pub fn positions(&self) -> PositionQuery<'_> {
        self.query()
    }
}

impl fmt::Debug for PositionQuery<'_> {
    /// The filters, without the dataset.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PositionQuery")
            .field("holder", &self.holder.map(|i| &self.data.parties().at(i).id))
            .field("island", &self.island.map(|i| &self.data.islands().at(i).id))
            .field("stances", &self.stances)
            .field("span", &self.span)
            .field("certainty", &self.certainty)
            .field("source", &self.source)
            .field("follow_succession", &self.follow.succession)
            .field("follow_contested_succession", &self.follow.contested)
            .field("include_parts", &self.follow.parts)
            .field("include_agents", &self.follow.agents)
            .field("include_internal", &self.include_internal)
            .field("error", &self.error)
            .finish_non_exhaustive()
    }
}

impl<'a> PositionQuery<'a> {
    /// The dataset it asks.
    pub(crate) fn dataset(&self) -> &'a Dataset {
        self.data
    }

    /// The first unknown id a filter named, which makes the query fail.
    pub(crate) fn error(&self) -> Option<&QueryError> {
        self.error.as_ref()
    }

    fn fail(mut self, error: QueryError) -> Self {
        self.error.get_or_insert(error);
        self
    }

    /// Notes that `filter` is given; the query fails if it was given before.
    fn give(mut self, filter: Filter) -> Self {
        if self.given.has(filter) {
            return self.fail(QueryError::RepeatedFilter(filter.name()));
        }
        self.given.add(filter);
        self
    }

    /// Only positions held by `party` (and, with
    /// [`follow_succession`](Self::follow_succession), by the parties it continues).
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let japan = data.query().holder(&"japan".parse()?).during(1956).run()?;
    /// assert!(!japan.is_empty() && japan.iter().all(|m| m.party().as_str() == "japan"));
    /// assert!(data.query().holder(&"jpan".parse()?).run().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn holder(self, party: &PartyId) -> Self {
        let mut this = self.give(Filter::Holder);
        match this.data.party_index(party) {
            Ok(p) => {
                this.holder = Some(p);
                this
            }
            Err(e) => this.fail(e),
        }
    }

    /// Only positions concerning `island`: naming it, a group or region it belongs to, or
    /// a member of it.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// // Positions on Shikotan, or on a group or region that holds it.
    /// let on_shikotan = data.query().island(&"shikotan".parse()?).during(1956).run()?;
    /// assert!(!on_shikotan.is_empty());
    /// assert!(on_shikotan.iter().all(|m| m.islands().iter().any(|i| i.as_str() == "shikotan")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn island(self, island: &IslandId) -> Self {
        let mut this = self.give(Filter::Island);
        match this.data.island_index(island) {
            Ok(i) => {
                this.island = Some(i);
                this
            }
            Err(e) => this.fail(e),
        }
    }

    /// Only positions of this stance. A query has one stance filter: this or
    /// [`claims`](Self::claims).
    ///
    /// ```
    /// use island_claims::Stance;
    ///
    /// let data = island_claims::datasets::kuril();
    /// let administered = data.query().stance(Stance::Administers).during(1960).run()?;
    /// assert!(administered.iter().any(|m| m.party().as_str() == "ussr"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stance(self, stance: Stance) -> Self {
        let mut this = self.give(Filter::Stance);
        this.stances = Stances::One(stance);
        this
    }

    /// Only claims: positions whose stance [is a claim](Stance::is_claim). A query has one
    /// stance filter: this or [`stance`](Self::stance).
    ///
    /// ```
    /// use island_claims::Stance;
    ///
    /// let data = island_claims::datasets::kuril();
    /// let claims = data.query().claims().during(1956).run()?;
    /// assert!(claims.iter().all(|m| m.stance().is_claim()));
    /// assert_eq!(claims, data.claims_during(1956));
    /// // Two stance filters are refused rather than one silently dropped.
    /// assert!(data.query().claims().stance(Stance::Administers).run().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn claims(self) -> Self {
        let mut this = self.give(Filter::Stance);
        this.stances = Stances::Claims;
        this
    }

    /// Only positions that may hold at some time `when`: a year (`1956`), a day (a
    /// [`NaiveDate`]) or a [`Span`]. Each match says whether it surely does. A query has one
    /// time filter.
    ///
    /// ```
    /// use island_claims::chrono::NaiveDate;
    /// use island_claims::{Certainty, Span};
    ///
    /// let data = island_claims::datasets::kuril();
    /// let in_1956 = data.query().during(1956).run()?;
    /// let day = NaiveDate::from_ymd_opt(1956, 10, 19).unwrap();
    /// let on_the_day = data.query().during(day).run()?;
    /// assert!(on_the_day.len() <= in_1956.len());
    /// let decade = Span::new(day, NaiveDate::from_ymd_opt(1966, 10, 18).unwrap())?;
    /// let sure = data.query().during(decade).certainty(Certainty::Definite).run()?;
    /// assert!(sure.iter().all(|m| m.certainty() == Certainty::Definite));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn during(self, when: impl Into<Span>) -> Self {
        let mut this = self.give(Filter::Time);
        this.span = Some(when.into().days());
        this
    }

    /// Only positions that may hold on `date`.
    #[deprecated(note = "write `during(date)`: one method takes a day, a year or a span")]
    pub fn at(self, date: NaiveDate) -> Self {
        self.during(date)
    }

    /// Only positions that may hold at some time in `year`.
    #[deprecated(note = "write `during(year)`: one method takes a day, a year or a span")]
    pub fn in_year(self, year: i32) -> Self {
        self.during(year)
    }

    /// Only matches at least this sure: `Certainty::Definite` drops the possible ones.
    ///
    /// ```
    /// use island_claims::Certainty;
    ///
    /// let data = island_claims::datasets::kuril();
    /// let all = data.query().during(1855).run()?;
    /// let sure = data.query().during(1855).certainty(Certainty::Definite).run()?;
    /// assert!(sure.len() <= all.len());
    /// assert!(sure.iter().all(|m| m.certainty() == Certainty::Definite));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn certainty(self, minimum: Certainty) -> Self {
        let mut this = self.give(Filter::Certainty);
        this.certainty = minimum;
        this
    }

    /// Only positions attributed to `source`.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let source = data.sources()[0].id.clone();
    /// let cited = data.query().source(&source).run()?;
    /// assert!(cited.iter().all(|m| m.position().sources().any(|s| *s == source)));
    /// assert!(data.query().source(&"no-such-source".parse()?).run().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn source(self, source: &SourceId) -> Self {
        let mut this = self.give(Filter::Source);
        match this.data.source(source) {
            Some(s) => {
                this.source = Some(&s.id);
                this
            }
            None => this.fail(QueryError::UnknownSource(source.clone())),
        }
    }

    /// With a [`holder`](Self::holder), also the positions of the parties it continues
    /// through `successor_of` (Russia, including as the USSR), along every uncontested line
    /// and to any depth, whatever the time: a predecessor's positions count for its
    /// successor. Those matches say so through [`Match::via_successor`]. A contested line
    /// (a [`Succession`](crate::Succession) with `contested_by`) is not followed; see
    /// [`follow_contested_succession`](Self::follow_contested_succession). Without a holder
    /// this changes nothing.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let russia = "russia".parse()?;
    /// let as_ussr = data.query().holder(&russia).follow_succession().during(1972).run()?;
    /// assert!(as_ussr.iter().any(|m| m.party().as_str() == "ussr" && m.via_successor() == Some(&russia)));
    /// assert!(data.query().holder(&russia).during(1972).run()?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn follow_succession(mut self) -> Self {
        self.follow.succession = true;
        self
    }

    /// [`follow_succession`](Self::follow_succession), along contested lines too: both
    /// governments that claim to continue one country count its positions. Those matches
    /// also say [`Match::via_contested_succession`].
    ///
    /// ```
    /// let data = island_claims::datasets::spratly();
    /// let taiwan = "roc-taiwan".parse()?;
    /// // The Republic of China on Taiwan continues China only on a line the PRC contests.
    /// let plain = data.query().holder(&taiwan).follow_succession().during(1946).run()?;
    /// let contested = data.query().holder(&taiwan).follow_contested_succession().during(1946).run()?;
    /// assert!(contested.len() > plain.len());
    /// assert!(contested.iter().any(|m| m.via_contested_succession() && m.party().as_str() == "china"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn follow_contested_succession(mut self) -> Self {
        self.follow.succession = true;
        self.follow.contested = true;
        self
    }

    /// With a [`holder`](Self::holder), also the positions of the parties that are part of
    /// it (its `part_of` parties: Greenland for Denmark), at the time they are part of it.
    ///
    /// "At the time" means: a part's position counts only if some day may lie in the
    /// position, in the membership and in the time asked about, all three; the match is
    /// definite only if every reading of the position and of the membership overlap each
    /// other and the time asked about. So the certainty of such a
    /// match is the weaker of the position's and the membership's, and without a time filter
    /// it is definite only when the position and the membership surely overlap.
    ///
    /// This is transitive: a prefecture part of a region part of a state counts for the
    /// state, at the times when both memberships held at once. It combines with
    /// [`follow_succession`](Self::follow_succession) (first the holder's predecessors are
    /// taken, then the parts of any of them) and with
    /// [`include_agents`](Self::include_agents) (parts of agents and agents of parts). A
    /// position reached on several routes is listed once, as surely as the surest route
    /// gives. Those matches say so through [`Match::via_part`]. Without a holder this changes
    /// nothing.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let russia = "russia".parse()?;
    /// // Sakhalin Oblast administers the islands as part of Russia.
    /// let with_parts = data.query().holder(&russia).include_parts().during(2000).run()?;
    /// assert!(with_parts.iter().any(|m| m.party().as_str() == "sakhalin-oblast" && m.via_part() == Some(&russia)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn include_parts(mut self) -> Self {
        self.follow.parts = true;
        self
    }

    /// With a [`holder`](Self::holder), also the positions of the parties that represent it
    /// (a foreign minister or ministry for the state, through their `represents`), while
    /// they represent it: "while" exactly as [`include_parts`](Self::include_parts) says
    /// "at the time", with the representation's period in place of the membership's, and
    /// with the same transitivity and combinations. Those matches say so through
    /// [`Match::via_agent`].
    ///
    /// ```
    /// use island_claims::Dataset;
    ///
    /// let data = Dataset::from_json(r#"{"format": "island-claims/2",
    ///   "islands": [{"id": "x", "kind": "island"}],
    ///   "parties": [{"id": "state", "kind": "state"},
    ///     {"id": "minister", "kind": "person", "represents": [{"party": "state", "period": "2000/2004"}]}],
    ///   "sources": [{"id": "s", "kind": "news_report", "title": "t", "published": "2010"}],
    ///   "positions": [{"id": "m", "holder": "minister", "stance": "claims_sovereignty",
    ///     "islands": ["x"], "period": "2002/2008", "attributions": [{"source": "s"}]}]}"#)?;
    /// let state = "state".parse()?;
    /// assert_eq!(data.query().holder(&state).include_agents().during(2003).run()?.len(), 1);
    /// // No longer the state's minister in 2006.
    /// assert!(data.query().holder(&state).include_agents().during(2006).run()?.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn include_agents(mut self) -> Self {
        self.follow.agents = true;
        self
    }

    /// Also internal positions: plans, instructions and fallbacks in a holder's own papers,
    /// not put to anyone then ([`Position::internal`](crate::Position::internal)), which
    /// queries leave out otherwise.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let public = data.query().during(1972).run()?.len();
    /// let all = data.query().during(1972).include_internal().run()?.len();
    /// assert!(all >= public);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn include_internal(mut self) -> Self {
        self.include_internal = true;
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
    /// let data = island_claims::datasets::kuril();
    /// assert!(!data.query().holder(&"japan".parse()?).run()?.is_empty());
    /// let err = data.query().holder(&"jpan".parse()?).run().unwrap_err();
    /// assert_eq!(err.to_string(), "unknown party 'jpan'");
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
        if self.holder.is_none() {
            return self.search_without_holder(|_, m| m);
        }
        self.ranked_matches().into_iter().map(|(_, m)| m).collect()
    }

    /// The answer with each match's rank in the index, for callers that read what the index
    /// keeps of it (its expanded islands and what they concern).
    pub(crate) fn ranked_matches(&self) -> Vec<(RankIx, Match<'a>)> {
        debug_assert!(self.error.is_none(), "a query with an unknown id answered");
        let Some(holder) = self.holder else {
            return self.search_without_holder(|rank, m| (rank, m));
        };
        let index = self.data.index();
        let island = self.island.map(|i| index.island(i));
        let reached = self.data.resolved().relations.reach(holder, self.follow);
        let queried = &self.data.parties().at(holder).id;
        let mut out: Vec<(RankIx, Match<'a>)> = Vec::new();
        let mut done: Vec<PartyIx> = Vec::new();
        for r in &reached {
            if done.contains(&r.party) {
                continue;
            }
            done.push(r.party);
            let tree = index.holder(r.party);
            let mut part = Vec::new();
            // The first route to a party is its surest when it has no window: the party
            // itself or a predecessor, found before any part or agent.
            if r.window == Window::ALL {
                let via = (r.route != Route::DIRECT).then_some((queried, r.route));
                self.search(tree, island, via, &mut part, |rank, m| (rank, m));
            } else {
                let routes: Vec<&Reached> = reached.iter().filter(|x| x.party == r.party).collect();
                self.search_through(tree, island, queried, &routes, &mut part);
            }
            out = merge_by_rank(out, part);
        }
        out
    }

    /// The answer of a query without a holder, each match made a row by `row`: a search of
    /// the island's tree, or of every position's.
    fn search_without_holder<T>(&self, row: impl Fn(RankIx, Match<'a>) -> T) -> Vec<T> {
        let index = self.data.index();
        let tree = self.island.map_or(index.all(), |i| index.island(i));
        let mut out = Vec::new();
        self.search(tree, None, None, &mut out, row);
        out
    }

    /// Whether `hit`, of `position`, counted as of `certainty`, passes every filter but time
    /// and holder: the one test of both searches. `also_in` is the island's tree when a
    /// holder's tree is searched.
    #[inline]
    fn keeps(&self, hit: &Hit, certainty: Certainty, also_in: Option<&Tree>, position: &Position) -> bool {
        self.stances.keeps(hit.stance)
            && (self.include_internal || !hit.internal)
            && certainty >= self.certainty
            && also_in.is_none_or(|t| t.contains(hit.rank))
            && self.source.is_none_or(|s| position.attributions.iter().any(|a| a.source == *s))
    }

    /// The matches of `tree` (that are also in `also_in`) reached through a part or agent
    /// on one of `routes`: each position counts as surely as its surest route lets it (see
    /// [`include_parts`](Self::include_parts)), then passes every other filter.
    fn search_through(
        &self,
        tree: &Tree,
        also_in: Option<&Tree>,
        queried: &'a PartyId,
        routes: &[&Reached],
        out: &mut Vec<(RankIx, Match<'a>)>,
    ) {
        let also_in = also_in.filter(|t| !std::ptr::eq(*t, tree));
        let data = self.data;
        let index = data.index();
        let (first, last) = self.span.unwrap_or((NEG_INF, POS_INF));
        let (positions, expansions) = (data.all_positions(), &data.resolved().expansions);
        index.search_hits(tree, first, last, |h| {
            index.resolve_hits(h, first, last, |hit: Hit| {
                let (position, islands) = (positions.at(hit.position), expansions.ids(hit.expansion));
                // The index's bounds, which are those every other certainty is read from.
                let bounds = index.bounds_at(hit.rank);
                let best = routes
                    .iter()
                    .filter_map(|r| Some((r.window.certainty(&bounds, first, last)?, r.route)))
                    .fold(None, |best: Option<(Certainty, Route)>, (c, route)| match best {
                        Some((b, _)) if b >= c => best,
                        _ => Some((c, route)),
                    });
                let Some((certainty, route)) = best else { return };
                // A contingent position may not have held at all: possible at most.
                let certainty =
                    if index.is_contingent(hit.rank) { certainty.min(Certainty::Possible) } else { certainty };
                if self.keeps(&hit, certainty, also_in, position) {
                    out.push((hit.rank, Match::new(position, islands, certainty, Some((queried, route)))));
                }
            });
        });
    }

    /// The one search behind every time query: the matches of `tree` (that are also in
    /// `also_in`) passing every filter, in rank order, each written to `out` as `row` makes
    /// it. The hits are found a block at a time first, so that `out` is sized once: growing
    /// a vector of matches would copy it over and over.
    fn search<T>(
        &self,
        tree: &Tree,
        also_in: Option<&Tree>,
        via: Option<(&'a PartyId, Route)>,
        out: &mut Vec<T>,
        row: impl Fn(RankIx, Match<'a>) -> T,
    ) {
        let also_in = also_in.filter(|t| !std::ptr::eq(*t, tree));
        // The year, day and span queries filter at most by claims; a test per hit costs a
        // fifth of a large answer's time, so those get loops of their own (the compiler
        // makes one copy of `collect` per filter).
        let only_time = also_in.is_none()
            && self.source.is_none()
            && self.certainty == Certainty::Possible
            && (self.include_internal || !self.data.index().any_internal());
        match (only_time, self.stances) {
            (true, Stances::Any) => self.collect(tree, via, out, row, |_, _| true),
            (true, Stances::Claims) => self.collect(tree, via, out, row, |hit, _| hit.stance.is_claim()),
            _ => self.collect(tree, via, out, row, |hit, position| self.keeps(hit, hit.certainty, also_in, position)),
        }
    }

    /// The matches of `tree` that `keep`, in rank order, written to `out` as `row` makes them.
    #[inline]
    fn collect<T>(
        &self,
        tree: &Tree,
        via: Option<(&'a PartyId, Route)>,
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
                let (position, islands) = (positions.at(hit.position), expansions.ids(hit.expansion));
                if keep(&hit, position) {
                    out.push(row(hit.rank, Match::new(position, islands, hit.certainty, via)));
                }
            });
        }
    }
}

/// The filters a query takes at most once each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filter {
    Holder,
    Island,
    Stance,
    Time,
    Certainty,
    Source,
}

impl Filter {
    /// The filter as [`QueryError::RepeatedFilter`] names it: its methods.
    const fn name(self) -> &'static str {
        match self {
            Self::Holder => "holder",
            Self::Island => "island",
            Self::Stance => "stance or claims",
            Self::Time => "during",
            Self::Certainty => "certainty",
            Self::Source => "source",
        }
    }
}

/// The filters given so far.
#[derive(Debug, Clone, Copy, Default)]
struct Given(u8);

impl Given {
    const fn bit(filter: Filter) -> u8 {
        1 << filter as u8
    }

    const fn has(self, filter: Filter) -> bool {
        self.0 & Self::bit(filter) != 0
    }

    const fn add(&mut self, filter: Filter) {
        self.0 |= Self::bit(filter);
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
