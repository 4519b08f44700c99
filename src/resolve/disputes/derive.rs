//! The derivation of disputes from positions; see [`super`] for the rules.

use std::collections::{HashMap, HashSet};

use crate::ids::PartyId;
use strum::IntoEnumIterator;

use crate::records::{
    Against, Bearing, ByAgainst, ByContention, Contention, EventKind, PartyKind, Records, RelationKind, Role, Stance,
};
use crate::resolve::{At, IslandIx, PartyIx, PositionIx, Resolved, UnionFind, idx, place};
use crate::time::{Bounds, NEG_INF, POS_INF};

use super::days::{Days, Run};
use super::{Derived, DisputedIsland, Dyad, Ending, How};

/// A line of succession, named by the least place among its parties.
type Line = PartyIx;

place! {
    /// The place of a [`Piece`] in the derivation's list.
    PieceIx,
}

/// Which side each party is on, and what a party acts for.
struct Sides {
    /// For each party, its line: the parties joined to it by uncontested succession.
    line: Vec<Line>,
    /// For each party, the parties it is part of, is protected by, or represents, with the
    /// relation's bounds.
    up: Vec<Vec<(PartyIx, Bounds)>>,
    /// For each party, whether it is a state, and whether it can be a side at all
    /// (organisations and peoples cannot).
    state: Vec<bool>,
    may_side: Vec<bool>,
    /// For each line, the days on which it starts a new stint, in order: the day after a
    /// membership or protection of one of its parties ended (leaving a federation, the end of
    /// a protection). A dispute does not run on across them.
    breaks: HashMap<Line, Vec<i32>>,
    /// Pairs of lines (least first) never in dispute: joined by a contested succession.
    apart: HashSet<(Line, Line)>,
}

/// The days a period of bounds `b` possibly holds on (its hull) and surely holds on (its
/// core): the one reading of a period as days in the derivation.
fn hull_and_core(b: &Bounds) -> (Days, Days) {
    (Days::run(b.start_lo, b.end_hi), Days::run(b.start_hi, b.end_lo))
}

/// Two lines, least first.
fn pair(a: Line, b: Line) -> (Line, Line) {
    (a.min(b), a.max(b))
}

/// What one side of a dispute is: the line of its origin (the lowest state a position
/// counts through, or the outermost party where no state is on the way) and the stint of
/// that line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct SideKey {
    origin: Line,
    stint: u32,
}

impl Sides {
    fn new(r: &Records, res: &Resolved) -> Self {
        let n = r.parties.len();
        // The sets joined by uncontested successions, each named by its least party.
        let mut lines = UnionFind::new(n);
        let mut contested = Vec::new();
        for (i, preds) in res.relations.predecessors.iter().enumerate() {
            for pred in preds.iter() {
                if pred.contested {
                    contested.push((PartyIx::new(i), pred.party));
                } else {
                    lines.join(i, pred.party.get());
                }
            }
        }
        let line: Vec<Line> = (0..n).map(|i| PartyIx::new(lines.find(i))).collect();
        let up: Vec<Vec<(PartyIx, Bounds)>> = r
            .parties
            .iter()
            .map(|p| p.relations().filter_map(|(_, m)| Some((res.party(r, &m.party)?, m.period.bounds()))).collect())
            .collect();
        let mut breaks: HashMap<Line, Vec<i32>> = HashMap::new();
        for (i, p) in r.parties.iter().enumerate() {
            for (kind, m) in p.relations() {
                let ends = m.period.bounds().end_hi;
                if kind != RelationKind::Represents && ends < POS_INF {
                    let own = *line.at(i);
                    breaks.entry(own).or_default().push(ends.saturating_add(1));
                }
            }
        }
        for days in breaks.values_mut() {
            days.sort_unstable();
            days.dedup();
        }
        let state = r.parties.iter().map(|p| p.kind == PartyKind::State).collect();
        let may_side =
            r.parties.iter().map(|p| !matches!(p.kind, PartyKind::Organisation | PartyKind::People)).collect();
        let mut sides = Self { line, up, state, may_side, breaks, apart: HashSet::new() };
        sides.apart = contested.iter().map(|&(a, b)| pair(sides.line(a), sides.line(b))).collect();
        sides
    }

    fn line(&self, p: PartyIx) -> Line {
        *self.line.at(p)
    }

    /// `party`, then every party it is part of, is protected by or represents, at any time and
    /// to any depth, each once.
    fn above(&self, party: PartyIx) -> Vec<PartyIx> {
        let mut seen = vec![party];
        let mut next = 0;
        while let Some(&p) = seen.get(next) {
            next += 1;
            for &(w, _) in self.up.at(p) {
                if !seen.contains(&w) {
                    seen.push(w);
                }
            }
        }
        seen
    }

    /// The outermost party above `party` on `day`, through the relations that surely hold
    /// that day.
    fn top_on(&self, party: PartyIx, day: i32) -> PartyIx {
        let mut at = party;
        let mut steps = 0;
        while let Some(&(w, _)) = self.up.at(at).iter().find(|(_, b)| b.start_hi <= day && day <= b.end_lo) {
            at = w;
            steps += 1;
            // A cycle (which validation refuses) has no top: stop where the walk began again.
            if steps > self.up.len() {
                break;
            }
        }
        at
    }

    /// The parties that the positions of `party`, on their `possible` and `definite` days,
    /// count as: the outermost party on the days the relations on the way may hold
    /// (definitely on the days they surely hold), and the party itself on the days none may
    /// hold; each with the origin it counts through (the lowest state on the way, if any).
    fn lift(
        &self,
        party: PartyIx,
        origin: Option<PartyIx>,
        possible: Days,
        definite: Days,
        path: &mut Vec<PartyIx>,
        out: &mut Vec<(PartyIx, PartyIx, Days, Days)>,
    ) {
        // Around a cycle of relations (each party acting for the next) no party is on top, so
        // those days count for none of them.
        if path.contains(&party) {
            return;
        }
        let origin = origin.or_else(|| self.state.at(party).then_some(party));
        let ups = self.up.at(party);
        if ups.is_empty() {
            if !possible.is_empty() {
                out.push((party, origin.unwrap_or(party), possible, definite));
            }
            return;
        }
        path.push(party);
        let (mut own_poss, mut own_def) = (possible.clone(), definite.clone());
        for &(whole, m) in ups {
            let (hull, core) = hull_and_core(&m);
            let lifted = possible.and(&hull);
            if !lifted.is_empty() {
                self.lift(whole, origin, lifted, definite.and(&core), path, out);
            }
            // The days the relation may hold are the whole's, not the part's as well: an
            // official's words at the uncertain end of a term are the state's, possibly.
            own_poss = own_poss.minus(&hull);
            own_def = own_def.minus(&hull);
        }
        path.pop();
        if !own_poss.is_empty() {
            out.push((party, origin.unwrap_or(party), own_poss, own_def));
        }
    }

    /// The stints of `origin`'s line that `days` fall in: each stint's number and days.
    fn stints(&self, origin: Line, possible: &Days, definite: &Days) -> Vec<(u32, Days, Days)> {
        let Some(breaks) = self.breaks.get(&origin).filter(|b| !b.is_empty()) else {
            return vec![(0, possible.clone(), definite.clone())];
        };
        let mut out = Vec::new();
        let mut from = NEG_INF;
        // Each stint ends the day before the next begins; the last runs on to the open end
        // (POS_INF itself: `POS_INF + 1` would saturate, and the last stint lose its open end).
        let ends = breaks.iter().map(|&to| to.saturating_sub(1)).chain(std::iter::once(POS_INF));
        for (k, (last, next)) in ends.zip(breaks.iter().copied().map(Some).chain(std::iter::once(None))).enumerate() {
            let stint = Days::run(from, last);
            let (p, d) = (possible.and(&stint), definite.and(&stint));
            if !p.is_empty() {
                out.push((idx(k), p, d));
            }
            let Some(next) = next else { break };
            from = next;
        }
        out
    }
}

/// A position as it counts for one outermost party on some of its days.
struct Piece {
    position: PositionIx,
    /// The outermost party it counts for on these days.
    party: PartyIx,
    line: Line,
    side: SideKey,
    stance: Stance,
    /// The line of its counterpart, if it has a known one.
    counterpart: Option<Line>,
    possible: Days,
    definite: Days,
}

impl Piece {
    fn against(&self, line: Line) -> Option<Against> {
        Against::of(self.stance, self.counterpart == Some(line))
    }

    /// Whether it names `line` as its counterpart.
    fn towards(&self, line: Line) -> bool {
        self.counterpart == Some(line)
    }
}

/// Possible and definite days.
#[derive(Default, Clone)]
struct Both {
    possible: Days,
    definite: Days,
}

impl Both {
    fn of(runs: (Vec<Run>, Vec<Run>)) -> Self {
        Self { possible: Days::of(runs.0), definite: Days::of(runs.1) }
    }
}

/// The days of the pieces of one party on one island, as they bear on one other line: its
/// claims and holds against that line, and the stances that keep a hold from contending.
#[derive(Default)]
struct Family {
    claim: Both,
    hold: Both,
    /// `neutral_on_sovereignty`.
    neutral: Both,
    /// `recognises_sovereignty_of` the other line.
    recognises: Both,
    /// `recognises_administration_of` the other line.
    accepts_hold: Both,
    /// `demands_transfer` from the other line.
    demands: Both,
}

impl Family {
    fn of<'a>(pieces: impl Iterator<Item = &'a Piece> + Clone, other: Line) -> Self {
        // A slot's days: most come from one piece, which is cloned, not sorted.
        #[derive(Default)]
        enum Acc<'p> {
            #[default]
            Empty,
            One(&'p Piece),
            Many(Vec<Run>, Vec<Run>),
        }
        impl<'p> Acc<'p> {
            fn take(&mut self, p: &'p Piece) {
                *self = match std::mem::take(self) {
                    Self::Empty => Self::One(p),
                    Self::One(q) => {
                        let (mut possible, mut definite) = (q.possible.runs().to_vec(), q.definite.runs().to_vec());
                        possible.extend_from_slice(p.possible.runs());
                        definite.extend_from_slice(p.definite.runs());
                        Self::Many(possible, definite)
                    }
                    Self::Many(mut possible, mut definite) => {
                        possible.extend_from_slice(p.possible.runs());
                        definite.extend_from_slice(p.definite.runs());
                        Self::Many(possible, definite)
                    }
                };
            }
            fn days(self) -> Both {
                match self {
                    Self::Empty => Both::default(),
                    Self::One(p) => Both { possible: p.possible.clone(), definite: p.definite.clone() },
                    Self::Many(possible, definite) => Both::of((possible, definite)),
                }
            }
        }
        // The demands matter only beside a recognition of the other's administration.
        let recognises_hold =
            pieces.clone().any(|p| p.stance == Stance::RecognisesAdministrationOf && p.towards(other));
        let (mut claim, mut hold, mut neutral) = (Acc::Empty, Acc::Empty, Acc::Empty);
        let (mut recognises, mut accepts_hold, mut demands) = (Acc::Empty, Acc::Empty, Acc::Empty);
        for p in pieces {
            // Matched exhaustively: a new bearing does not compile until it is placed here.
            match p.stance.bearing() {
                Bearing::Claim | Bearing::Demand | Bearing::Hold => match p.against(other) {
                    Some(Against::Claim) => {
                        if recognises_hold && p.stance.bearing() == Bearing::Demand {
                            demands.take(p);
                        }
                        claim.take(p);
                    }
                    Some(Against::Hold) => hold.take(p),
                    // A demand made of a third party.
                    None => {}
                },
                Bearing::Neutral => neutral.take(p),
                Bearing::RecognisesSovereignty if p.towards(other) => recognises.take(p),
                Bearing::RecognisesAdministration if p.towards(other) => accepts_hold.take(p),
                Bearing::RecognisesSovereignty | Bearing::RecognisesAdministration | Bearing::Lease | Bearing::None => {
                }
            }
        }
        Self {
            claim: claim.days(),
            hold: hold.days(),
            neutral: neutral.days(),
            recognises: recognises.days(),
            accepts_hold: accepts_hold.days(),
            demands: demands.days(),
        }
    }

    /// The days of its holds that count against `other`'s family: held in its own right,
    /// not while it is neutral on sovereignty or recognises the other's, nor while the other
    /// recognises the administration and demands no transfer. `None` when nothing keeps any
    /// of them from counting (the usual case): then they all count.
    fn own_hold(&self, other: &Self) -> Option<Both> {
        let none = |b: &Both| b.possible.is_empty();
        if none(&self.hold) || (none(&self.neutral) && none(&self.recognises) && none(&other.accepts_hold)) {
            return None;
        }
        let mut surely_not = self.neutral.definite.clone();
        surely_not.add(&self.recognises.definite);
        surely_not.add(&other.accepts_hold.definite.minus(&other.demands.possible));
        let mut maybe_not = self.neutral.possible.clone();
        maybe_not.add(&self.recognises.possible);
        maybe_not.add(&other.accepts_hold.possible.minus(&other.demands.definite));
        Some(Both { possible: self.hold.possible.minus(&surely_not), definite: self.hold.definite.minus(&maybe_not) })
    }
}

/// What one island of a contest amounts to.
struct IslandContest {
    island: IslandIx,
    possible: Days,
    definite: Days,
    /// Each position behind it, on which side (true: the contest's first), with the days on
    /// which it contends.
    backing: Vec<(PositionIx, bool, Days)>,
}

/// What the contention of two sides over the islands under one root amounts to, before it
/// is cut into disputes.
#[derive(Default)]
struct Contest {
    possible: Days,
    definite: Days,
    islands: Vec<IslandContest>,
    /// The days of each kind of contention.
    kinds: ByContention<Days>,
    /// Each pair of outermost parties, one of each side, first side's first.
    dyads: HashMap<(PartyIx, PartyIx), (Days, Days)>,
}

/// Every dispute of the records, in no particular order.
pub(super) fn derive(r: &Records, res: &Resolved) -> Vec<Derived> {
    let sides = Sides::new(r, res);
    let pieces = pieces(r, res, &sides);

    // Each island's root: the topmost group or region above it, or itself.
    let root: Vec<IslandIx> = (0..r.islands.len()).map(|i| res.island_tree.root(IslandIx::new(i))).collect();
    // Each piece on each island of its position, by root.
    let mut by_root: HashMap<IslandIx, Vec<(IslandIx, PieceIx)>> = HashMap::new();
    for (k, piece) in pieces.iter().enumerate() {
        for &x in res.expansions.set(res.expansions.of(piece.position)) {
            let top = *root.at(x);
            by_root.entry(top).or_default().push((x, PieceIx::new(k)));
        }
    }

    let mut out = Vec::new();
    let mut roots: Vec<IslandIx> = by_root.keys().copied().collect();
    roots.sort_unstable();
    for top in roots {
        let Some(mut entries) = by_root.remove(&top) else { continue };
        let piece = |k: PieceIx| pieces.at(k);
        // By island, side and party; within these by piece, so by position (pieces are made
        // in position order), which lets `meet` find a shared position in one pass.
        entries.sort_unstable_by_key(|&(x, k)| (x, piece(k).side, piece(k).party, k));
        let mut contests: HashMap<(SideKey, SideKey), Contest> = HashMap::new();
        for island in entries.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(x, _)) = island.first() else { continue };
            let on_x: Vec<&Piece> = island.iter().map(|&(_, k)| piece(k)).collect();
            contest_island(r, x, &on_x, &sides, &mut contests);
        }
        let mut keys: Vec<(SideKey, SideKey)> = contests.keys().copied().collect();
        keys.sort_unstable();
        for key in keys {
            if let Some(contest) = contests.remove(&key) {
                cut(r, res, &sides, top, &contest, &mut out);
            }
        }
    }
    out
}

/// Every public position that can bear on a dispute, cut into the outermost parties it
/// counts for and the stints of its side. Internal positions count for nothing; contingent
/// ones have no definite day.
fn pieces(r: &Records, res: &Resolved, sides: &Sides) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lifted = Vec::new();
    for (i, pos) in r.positions.iter().enumerate() {
        if !Against::may_bear(pos.stance) || pos.internal {
            continue;
        }
        let Some(holder) = res.party(r, &pos.holder) else { continue };
        let counterpart = pos.counterpart.as_ref().and_then(|c| res.party(r, c)).map(|c| sides.line(c));
        let (possible, definite) = hull_and_core(&pos.period.bounds());
        let definite = if pos.contingent { Days::default() } else { definite };
        sides.lift(holder, None, possible, definite, &mut Vec::new(), &mut lifted);
        for (party, origin, possible, definite) in lifted.drain(..) {
            if !sides.may_side.at(party) {
                continue;
            }
            let (line, origin) = (sides.line(party), sides.line(origin));
            for (stint, possible, definite) in sides.stints(origin, &possible, &definite) {
                let side = SideKey { origin, stint };
                out.push(Piece {
                    position: PositionIx::new(i),
                    party,
                    line,
                    side,
                    stance: pos.stance,
                    counterpart,
                    possible,
                    definite,
                });
            }
        }
    }
    out
}

/// Adds the contention on island `x` of every two groups of pieces among `on_x` (sorted by
/// side, then party) of different sides, outermost parties and lines to `contests`.
fn contest_island(
    r: &Records,
    x: IslandIx,
    on_x: &[&Piece],
    sides: &Sides,
    contests: &mut HashMap<(SideKey, SideKey), Contest>,
) {
    let (hull, core) = r
        .islands
        .at(x)
        .exists
        .as_ref()
        .map_or_else(|| (Days::run(NEG_INF, POS_INF), Days::run(NEG_INF, POS_INF)), |p| hull_and_core(&p.bounds()));
    let groups: Vec<&[&Piece]> = on_x.chunk_by(|a, b| a.side == b.side && a.party == b.party).collect();
    for (i, a_pieces) in groups.iter().enumerate() {
        for b_pieces in groups.iter().skip(i + 1) {
            let (Some(a0), Some(b0)) = (a_pieces.first(), b_pieces.first()) else { continue };
            if a0.side == b0.side
                || a0.party == b0.party
                || a0.line == b0.line
                || sides.apart.contains(&pair(a0.line, b0.line))
            {
                continue;
            }
            let Meeting { possible, definite, kinds, backing } = meet(a_pieces, b_pieces, (&hull, &core));
            if possible.is_empty() {
                continue;
            }
            // Groups come sorted by side, so `a0`'s side is the contest's first.
            debug_assert!(a0.side < b0.side, "groups out of side order");
            let contest = contests.entry((a0.side, b0.side)).or_default();
            contest.possible.add(&possible);
            contest.definite.add(&definite);
            for k in Contention::iter() {
                contest.kinds.get_mut(k).add(kinds.get(k));
            }
            // Islands come in order: this one is the last, if the contest has it yet.
            match contest.islands.last_mut().filter(|c| c.island == x) {
                Some(c) => {
                    c.possible.add(&possible);
                    c.definite.add(&definite);
                    c.backing.extend(backing);
                }
                None => contest.islands.push(IslandContest {
                    island: x,
                    possible: possible.clone(),
                    definite: definite.clone(),
                    backing,
                }),
            }
            let dyad = contest.dyads.entry((a0.party, b0.party)).or_default();
            dyad.0.add(&possible);
            dyad.1.add(&definite);
        }
    }
}

/// How the positions of two groups of pieces contend on one island.
#[derive(Default)]
struct Meeting {
    possible: Days,
    definite: Days,
    /// The days of each kind of contention.
    kinds: ByContention<Days>,
    /// Each position behind it, whether of the first group, with the days on which it
    /// contends.
    backing: Vec<(PositionIx, bool, Days)>,
}

/// How the pieces `a` of one outermost party and side and `b` of another contend on an
/// island of existence `exists` (hull, core). Two pieces of one position (a claim of an
/// oblast that counts for two states at once) never contend with each other: a dispute takes
/// two positions.
fn meet(a: &[&Piece], b: &[&Piece], exists: (&Days, &Days)) -> Meeting {
    let (Some(a0), Some(b0)) = (a.first(), b.first()) else { return Meeting::default() };
    let (hull, core) = exists;
    let fa = Family::of(a.iter().copied(), b0.line);
    let fb = Family::of(b.iter().copied(), a0.line);
    // Each family's claim and hold in its own right against the other, by `Against`.
    let (ha, hb) = (fa.own_hold(&fb), fb.own_hold(&fa));
    let (ca, cb) = (counting(&fa, ha.as_ref()), counting(&fb, hb.as_ref()));
    let mut m = Meeting::default();
    if share_a_position(a, b) {
        // Rare: pair by pair, leaving out each position's pair with itself, each piece's days
        // cut to those on which its kind counts.
        for p in a {
            for q in b.iter().filter(|q| q.position != p.position) {
                let (Some(ra), Some(rb)) = (p.against(b0.line), q.against(a0.line)) else { continue };
                let Some(kind) = Contention::between(ra, rb) else { continue };
                let (wa, wb) = (ca.get(ra), cb.get(rb));
                let days = p.possible.and(&wa.possible).and(&q.possible).and(&wb.possible).and(hull);
                if days.is_empty() {
                    continue;
                }
                m.definite.add(&p.definite.and(&wa.definite).and(&q.definite).and(&wb.definite).and(core));
                m.kinds.get_mut(kind).add(&days);
                m.possible.add(&days);
                m.backing.push((p.position, true, days.clone()));
                m.backing.push((q.position, false, days));
            }
        }
        return m;
    }
    // Otherwise by the unions of each kind of stance: linear in the pieces.
    for ra in Against::iter() {
        for rb in Against::iter() {
            let Some(kind) = Contention::between(ra, rb) else { continue };
            let (wa, wb) = (ca.get(ra), cb.get(rb));
            let days = wa.possible.and(&wb.possible).and(hull);
            if days.is_empty() {
                continue;
            }
            m.definite.add(&wa.definite.and(&wb.definite).and(core));
            m.kinds.get_mut(kind).add(&days);
            m.possible.add(&days);
        }
    }
    if m.possible.is_empty() {
        return m;
    }
    // Each piece whose days meet a contending kind of the other group's: for each kind of
    // one group, the days on which it counts and some kind of the other's contends with it.
    let contending = |own: &ByAgainst<&Both>, theirs: &ByAgainst<&Both>| {
        ByAgainst::from_fn(|mine| {
            let mut out = Days::default();
            for other in Against::iter().filter(|&other| Contention::between(mine, other).is_some()) {
                out.add(&theirs.get(other).possible);
            }
            out.and(&own.get(mine).possible).and(hull)
        })
    };
    let (wa, wb) = (contending(&ca, &cb), contending(&cb, &ca));
    for (mine, window, other, first) in [(a, &wa, b0.line, true), (b, &wb, a0.line, false)] {
        for p in mine {
            let Some(days) = p.against(other).map(|role| window.get(role)) else { continue };
            let days = p.possible.and(days);
            if !days.is_empty() {
                m.backing.push((p.position, first, days));
            }
        }
    }
    m
}

/// A family's days by what they count as against the other's: its claims, and its holds in
/// their own right (`own_hold`, where something keeps some of them from counting).
fn counting<'f>(f: &'f Family, own_hold: Option<&'f Both>) -> ByAgainst<&'f Both> {
    ByAgainst::from_fn(|k| match k {
        Against::Claim => &f.claim,
        Against::Hold => own_hold.unwrap_or(&f.hold),
    })
}

/// Whether two lists of pieces, each in position order, have a position in common: one pass
/// over both.
fn share_a_position(a: &[&Piece], b: &[&Piece]) -> bool {
    let ordered = |l: &[&Piece]| l.windows(2).all(|w| w.first().map(|p| p.position) <= w.last().map(|p| p.position));
    debug_assert!(ordered(a) && ordered(b), "pieces out of position order");
    let (mut i, mut j) = (0, 0);
    while let (Some(p), Some(q)) = (a.get(i), b.get(j)) {
        match p.position.cmp(&q.position) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// A pair of outermost parties of a dispute, its first side's first, with its possible and
/// definite days in the dispute's run.
type DyadDays = ([PartyIx; 2], Days, Days);

/// Cuts the contention of two sides under the root `top` into disputes: one for each run of
/// days on which it possibly held.
fn cut(r: &Records, res: &Resolved, sides: &Sides, top: IslandIx, contest: &Contest, out: &mut Vec<Derived>) {
    for &(lo, hi) in contest.possible.runs() {
        let within = |d: &Days| d.and(&Days::run(lo, hi));
        let dyads = dyads_in_run(r, contest, lo, hi);
        let side = side_parties(r, &dyads);
        let (mut islands, backing) = islands_in_run(r, res, sides, contest, &side, lo, hi);
        let mut positions: Vec<PositionIx> = backing.iter().map(|(p, _, _)| *p).collect();
        positions.sort_unstable();
        positions.dedup();
        let end = if hi == POS_INF { Ending::default() } else { ending(r, res, sides, &side, &backing, hi) };
        if let [one] = &mut islands[..] {
            one.end = end.clone();
        }
        let contention: Vec<Contention> = Contention::iter().filter(|&k| contest.kinds.get(k).meets(lo, hi)).collect();
        // The answers name parties and the territory by id.
        let id = |p: PartyIx| r.parties.at(p).id.clone();
        let mut sides_ids = side.map(|s| s.into_iter().map(id).collect::<Box<[PartyId]>>());
        let mut dyads: Box<[Dyad]> = dyads
            .into_iter()
            .map(|([a, b], possible, definite)| Dyad { parties: [id(a), id(b)], possible, definite })
            .collect();
        // Each run of the contest's days is some dyad's, so each side has a party.
        let (Some(last_a), Some(last_b)) = (sides_ids[0].last(), sides_ids[1].last()) else {
            debug_assert!(false, "a side without a party");
            continue;
        };
        let mut named = [last_a.clone(), last_b.clone()];
        // The side whose first party's id comes first is listed first.
        if sides_ids[1].first() < sides_ids[0].first() {
            sides_ids.swap(0, 1);
            named.swap(0, 1);
            for dyad in dyads.iter_mut() {
                dyad.parties.swap(0, 1);
            }
        }
        out.push(Derived {
            territory: r.islands.at(top).id.clone(),
            named,
            sides: sides_ids,
            per_island: islands.into_boxed_slice(),
            possible: (lo, hi),
            definite: within(&contest.definite),
            contention: contention.into_boxed_slice(),
            positions: positions.into_boxed_slice(),
            dyads,
            end,
        });
    }
}

/// The first possible day of `days`, or the infinite past.
fn first_day(days: &Days) -> i32 {
    days.hull().map_or(NEG_INF, |h| h.0)
}

/// Each dyad of `contest` in the run `lo..=hi`, with its days in the run: in order of its
/// first day, then of its parties' ids.
fn dyads_in_run(r: &Records, contest: &Contest, lo: i32, hi: i32) -> Vec<DyadDays> {
    let span = Days::run(lo, hi);
    let id = |p: PartyIx| &r.parties.at(p).id;
    let mut dyads: Vec<DyadDays> = contest
        .dyads
        .iter()
        .filter(|(_, (p, _))| p.meets(lo, hi))
        .map(|(&(a, b), (p, d))| ([a, b], p.and(&span), d.and(&span)))
        .collect();
    dyads.sort_unstable_by(|x, y| first_day(&x.1).cmp(&first_day(&y.1)).then_with(|| x.0.map(id).cmp(&y.0.map(id))));
    dyads
}

/// Each side's outermost parties in `dyads`, in the order of the first day each took part,
/// then of ids.
fn side_parties(r: &Records, dyads: &[DyadDays]) -> [Vec<PartyIx>; 2] {
    let id = |p: PartyIx| &r.parties.at(p).id;
    let mut side: [Vec<(i32, PartyIx)>; 2] = Default::default();
    for (parties, possible, _) in dyads {
        for (s, p) in side.iter_mut().zip(parties) {
            let day = first_day(possible);
            match s.iter_mut().find(|(_, q)| q == p) {
                Some(entry) => entry.0 = entry.0.min(day),
                None => s.push((day, *p)),
            }
        }
    }
    for s in &mut side {
        s.sort_unstable_by(|x, y| x.0.cmp(&y.0).then_with(|| id(x.1).cmp(id(y.1))));
    }
    side.map(|s| s.into_iter().map(|(_, p)| p).collect())
}

/// The islands of `contest` in the run `lo..=hi`, each with its days and ending, in place
/// order; and every position behind them, with its side and last day of contention in the
/// run. The ending of a dispute of one island is left to the dispute's.
fn islands_in_run(
    r: &Records,
    res: &Resolved,
    sides: &Sides,
    contest: &Contest,
    side: &[Vec<PartyIx>; 2],
    lo: i32,
    hi: i32,
) -> (Vec<DisputedIsland>, Vec<(PositionIx, bool, i32)>) {
    let mut islands: Vec<DisputedIsland> = Vec::new();
    let mut backing: Vec<(PositionIx, bool, i32)> = Vec::new();
    let in_run: Vec<&IslandContest> = contest.islands.iter().filter(|c| c.possible.meets(lo, hi)).collect();
    for c in &in_run {
        // Every island in the run has a day in it.
        let (Some(first), Some(last)) = (first_within(&c.possible, lo, hi), last_within(&c.possible, lo, hi)) else {
            debug_assert!(false, "an island of the run without a day in it");
            continue;
        };
        let start = backing.len();
        backing.extend(c.backing.iter().filter_map(|(p, s, d)| Some((*p, *s, last_within(d, lo, hi)?))));
        // A dispute of one island ends as that island does: one ending, computed by the caller.
        let end = if last == POS_INF || in_run.len() == 1 {
            Ending::default()
        } else {
            ending(r, res, sides, side, backing.get(start..).unwrap_or_default(), last)
        };
        islands.push(DisputedIsland {
            island: c.island,
            id: r.islands.at(c.island).id.clone(),
            possible: (first, last),
            definite: c.definite.and(&Days::run(lo, hi)),
            end,
        });
    }
    islands.sort_unstable_by_key(|i| i.island);
    (islands, backing)
}

/// The first day of `days` within `lo..=hi`, if any.
fn first_within(days: &Days, lo: i32, hi: i32) -> Option<i32> {
    days.runs().iter().find(|r| r.1 >= lo && r.0 <= hi).map(|r| r.0.max(lo))
}

/// The last day of `days` within `lo..=hi`, if any.
fn last_within(days: &Days, lo: i32, hi: i32) -> Option<i32> {
    days.runs().iter().rev().find(|r| r.0 <= hi && r.1 >= lo).map(|r| r.1.min(hi))
}

/// How a dispute, or one island of it, ended on day `last`, from the positions behind it
/// (each with its side, true for the first, and its last day of contention): the `ended_by`
/// of those whose contention stops that day, and what the ending was.
fn ending(
    r: &Records,
    res: &Resolved,
    sides: &Sides,
    side: &[Vec<PartyIx>; 2],
    backing: &[(PositionIx, bool, i32)],
    last: i32,
) -> Ending {
    let event_of = |id: &crate::ids::EventId| res.events.get(&r.events, id.as_str());
    let stopping: Vec<(&crate::records::Position, bool)> = backing
        .iter()
        .filter(|(_, _, end)| *end == last)
        .map(|&(p, s, _)| (r.positions.at(p), s))
        .filter(|(p, _)| p.period.bounds().end_hi == last)
        .collect();
    let mut ended_by: Vec<usize> =
        stopping.iter().filter_map(|(p, _)| p.ended_by.as_ref().and_then(event_of)).collect();
    ended_by.sort_unstable();
    ended_by.dedup();
    let ended_by = ended_by.into_boxed_slice();
    let absorbed = || {
        let (Some(&a), Some(&b)) = (side[0].last(), side[1].last()) else { return false };
        let day = last.saturating_add(1);
        sides.top_on(a, day) == sides.top_on(b, day)
    };
    // The one event that ended every position whose end stopped the contention.
    let one_event = match (&ended_by[..], stopping.iter().all(|(p, _)| p.ended_by.is_some())) {
        ([e], true) => Some(*e),
        _ => None,
    };
    let Some(e) = one_event.filter(|_| !stopping.is_empty()) else {
        let how = if absorbed() { How::Absorbed } else { How::Ended };
        return Ending { ended_by, how, by: None };
    };
    // A participant stands for its own line and for every party it is part of, is protected
    // by or acts for, to any depth; a side, for its outermost parties' lines.
    let side_lines = |s: &[PartyIx]| s.iter().map(|&p| sides.line(p)).collect::<Vec<_>>();
    let lines = [side_lines(&side[0]), side_lines(&side[1])];
    let takes_part = |roles: &dyn Fn(Role) -> bool, s: usize| {
        let participants = r.events.at(e).participants.iter().filter(|p| roles(p.role));
        participants
            .filter_map(|p| res.party(r, &p.party))
            .any(|p| sides.above(p).into_iter().any(|q| lines.at(s).contains(&sides.line(q))))
    };
    let pleaded = |role: Role| role.pleads();
    let signed = |role: Role| role == Role::Signatory;
    let any = |_: Role| true;
    let is_ruling = r.events.at(e).kind == EventKind::Ruling;
    let how = if is_ruling && takes_part(&pleaded, 0) && takes_part(&pleaded, 1) {
        How::Adjudicated
    } else if takes_part(&signed, 0) && takes_part(&signed, 1) {
        How::Settled
    } else if let Some(s) = one_side(&stopping) {
        let own_act = takes_part(&any, usize::from(!s));
        let other_signed = takes_part(&signed, usize::from(s));
        if own_act || !other_signed { How::Renounced } else { How::Ended }
    } else if absorbed() {
        How::Absorbed
    } else {
        How::Ended
    };
    Ending { ended_by, how, by: Some(e) }
}

/// Whether the positions that stopped are all of the first side (`Some(true)`) or all of the
/// second (`Some(false)`); `None` when both sides' stopped.
fn one_side(stopping: &[(&crate::records::Position, bool)]) -> Option<bool> {
    let first = stopping.first()?.1;
    stopping.iter().all(|&(_, s)| s == first).then_some(first)
}
