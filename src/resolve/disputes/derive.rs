//! The derivation of disputes from positions; see [`super`] for the rules.

use std::collections::{HashMap, HashSet};

use crate::ids::PartyId;
use crate::records::{Against, Contention, Records};
use crate::resolve::{At, IslandIx, PartyIx, PositionIx, Resolved, place};
use crate::time::{Bounds, NEG_INF, POS_INF};

use super::days::{Days, Run};
use super::{Derived, Dyad};

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
    /// For each party, the parties it is part of or represents, with the period's bounds.
    up: Vec<Vec<(PartyIx, Bounds)>>,
    /// Pairs of lines (least first) never in dispute: joined by a contested succession, or
    /// one part of, or acting for, the other.
    apart: HashSet<(Line, Line)>,
}

/// Two lines, least first.
fn pair(a: Line, b: Line) -> (Line, Line) {
    (a.min(b), a.max(b))
}

impl Sides {
    fn new(r: &Records, res: &Resolved) -> Self {
        let n = r.parties.len();
        // Union-find over uncontested successions, each set rooted at its least party.
        let mut parent: Vec<Line> = (0..n).map(PartyIx::new).collect();
        fn find(parent: &mut [Line], mut x: Line) -> Line {
            while let Some(&p) = parent.at(x.get()) {
                if p == x {
                    break;
                }
                let grand = parent.get(p.get()).copied().unwrap_or(p);
                if let Some(slot) = parent.at_mut(x.get()) {
                    *slot = grand;
                }
                x = p;
            }
            x
        }
        let mut contested = Vec::new();
        for (i, lines) in res.relations.predecessors.iter().enumerate() {
            for line in lines.iter() {
                let (a, b) = (PartyIx::new(i), line.party);
                if line.contested {
                    contested.push((a, b));
                    continue;
                }
                let (a, b) = pair(find(&mut parent, a), find(&mut parent, b));
                if let Some(slot) = parent.at_mut(b.get()) {
                    *slot = a;
                }
            }
        }
        let line: Vec<Line> = (0..n).map(|i| find(&mut parent, PartyIx::new(i))).collect();
        let up: Vec<Vec<(PartyIx, Bounds)>> = r
            .parties
            .iter()
            .map(|p| {
                let wholes = p.part_of.iter().map(|m| (&m.party, &m.period));
                let principals = p.represents.iter().map(|m| (&m.party, &m.period));
                wholes.chain(principals).filter_map(|(id, period)| Some((res.party(r, id)?, period.bounds()))).collect()
            })
            .collect();
        let mut sides = Self { line, up, apart: HashSet::new() };
        let mut apart: HashSet<(Line, Line)> =
            contested.iter().map(|&(a, b)| pair(sides.line(a), sides.line(b))).collect();
        for p in (0..n).map(PartyIx::new) {
            for w in sides.above(p).into_iter().skip(1) {
                apart.insert(pair(sides.line(p), sides.line(w)));
            }
        }
        sides.apart = apart;
        sides
    }

    fn line(&self, p: PartyIx) -> Line {
        self.line.get(p.get()).copied().unwrap_or(p)
    }

    /// `party`, then every party it is part of or represents, to any depth, each once.
    fn above(&self, party: PartyIx) -> Vec<PartyIx> {
        let mut seen = vec![party];
        let mut next = 0;
        while let Some(&p) = seen.get(next) {
            next += 1;
            for &(w, _) in self.up.get(p.get()).into_iter().flatten() {
                if !seen.contains(&w) {
                    seen.push(w);
                }
            }
        }
        seen
    }

    /// The parties whose positions `poss` (possible days) and `def` (definite days) of
    /// `party` count as: the party it is part of or represents on the days that membership
    /// or representation may hold (to any depth; definitely on the days it surely holds), and
    /// the party itself on the days none may hold.
    fn lift(
        &self,
        party: PartyIx,
        poss: Days,
        def: Days,
        path: &mut Vec<PartyIx>,
        out: &mut Vec<(PartyIx, Days, Days)>,
    ) {
        // Around a cycle of memberships or representations (each party acting for the next)
        // no party is on top, so those days count for none of them.
        if path.contains(&party) {
            return;
        }
        let ups = self.up.get(party.get()).map_or(&[][..], |u| &u[..]);
        if ups.is_empty() {
            if !poss.is_empty() {
                out.push((party, poss, def));
            }
            return;
        }
        path.push(party);
        let (mut own_poss, mut own_def) = (poss.clone(), def.clone());
        for &(whole, m) in ups {
            let (hull, core) = (Days::run(m.start_lo, m.end_hi), Days::run(m.start_hi, m.end_lo));
            let lifted = poss.and(&hull);
            if !lifted.is_empty() {
                self.lift(whole, lifted, def.and(&core), path, out);
            }
            // The days the membership may hold are the whole's, not the part's as well: an
            // official's words at the uncertain end of a term are the state's, possibly.
            own_poss = own_poss.minus(&hull);
            own_def = own_def.minus(&hull);
        }
        path.pop();
        if !own_poss.is_empty() {
            out.push((party, own_poss, own_def));
        }
    }
}

/// A position as it counts for one party on some of its days.
struct Piece {
    position: PositionIx,
    party: PartyIx,
    line: Line,
    stance: crate::records::Stance,
    /// The line of its counterpart, if it has a known one.
    counterpart: Option<Line>,
    poss: Days,
    def: Days,
}

impl Piece {
    fn against(&self, line: Line) -> Option<Against> {
        Against::of(self.stance, self.counterpart == Some(line))
    }
}

/// The possible and definite days of the pieces of one party on one island that count as
/// each kind of stance against one other line.
#[derive(Default)]
struct Family {
    poss: [Days; 3],
    def: [Days; 3],
}

impl Family {
    fn of<'a>(pieces: impl Iterator<Item = &'a Piece>, against: Line) -> Self {
        let mut runs: [(Vec<Run>, Vec<Run>); 3] = Default::default();
        for p in pieces {
            if let Some((poss, def)) = p.against(against).and_then(|a| runs.get_mut(a.get())) {
                poss.extend_from_slice(p.poss.runs());
                def.extend_from_slice(p.def.runs());
            }
        }
        let [a, b, c] = runs.map(|(p, d)| (Days::of(p), Days::of(d)));
        Self { poss: [a.0, b.0, c.0], def: [a.1, b.1, c.1] }
    }

    /// The possible days of the kinds that contend with `a`.
    fn contending(&self, a: Against) -> Days {
        let mut out = Days::default();
        for b in Against::ALL {
            if Contention::between(a, b).is_some() {
                out.add(&self.poss[b.get()]);
            }
        }
        out
    }
}

/// What the contention of two lines over the islands under one root amounts to, before it
/// is cut into disputes.
#[derive(Default)]
struct Contest {
    poss: Days,
    def: Days,
    islands: Vec<(IslandIx, Days)>,
    kinds: [Days; 3],
    dyads: HashMap<(PartyIx, PartyIx), (Days, Days)>,
    /// Each position behind it, with the days on which it contends.
    backing: Vec<(PositionIx, Days)>,
}

/// Every dispute of the records, in no particular order.
pub(super) fn derive(r: &Records, res: &Resolved) -> Vec<Derived> {
    let sides = Sides::new(r, res);
    let pieces = pieces(r, res, &sides);

    // Each island's root: the topmost group or region above it, or itself.
    let root: Vec<IslandIx> =
        (0..r.islands.len()).map(|i| res.ancestors(IslandIx::new(i)).last().unwrap_or(IslandIx::new(i))).collect();
    // Each piece on each island of its position, by root.
    let mut by_root: HashMap<IslandIx, Vec<(IslandIx, PieceIx)>> = HashMap::new();
    for (k, piece) in pieces.iter().enumerate() {
        for &x in res.expansions.set(res.expansions.of(piece.position)) {
            let top = root.get(x.get()).copied().unwrap_or(x);
            by_root.entry(top).or_default().push((x, PieceIx::new(k)));
        }
    }

    let mut out = Vec::new();
    let mut roots: Vec<IslandIx> = by_root.keys().copied().collect();
    roots.sort_unstable();
    for top in roots {
        let Some(mut entries) = by_root.remove(&top) else { continue };
        let piece = |k: PieceIx| pieces.at(k.get());
        // By island, line and party; within a party by piece, so by position (pieces are made
        // in position order), which lets `meet` find a shared position in one pass.
        entries.sort_unstable_by_key(|&(x, k)| (x, piece(k).map(|p| (p.line, p.party)), k));
        let mut contests: HashMap<(Line, Line), Contest> = HashMap::new();
        for island in entries.chunk_by(|a, b| a.0 == b.0) {
            let Some(&(x, _)) = island.first() else { continue };
            let on_x: Vec<&Piece> = island.iter().filter_map(|&(_, k)| piece(k)).collect();
            contest_island(r, x, &on_x, &sides, &mut contests);
        }
        let mut keys: Vec<(Line, Line)> = contests.keys().copied().collect();
        keys.sort_unstable();
        for key in keys {
            if let Some(contest) = contests.remove(&key) {
                cut(r, res, &sides, top, key, &contest, &mut out);
            }
        }
    }
    out
}

/// Every position that can count against another party, cut into the parties it counts for.
fn pieces(r: &Records, res: &Resolved, sides: &Sides) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut lifted = Vec::new();
    for (i, pos) in r.positions.iter().enumerate() {
        if !Against::may_count(pos.stance) {
            continue;
        }
        let Some(holder) = res.party(r, &pos.holder) else { continue };
        let counterpart = pos.counterpart.as_ref().and_then(|c| res.party(r, c)).map(|c| sides.line(c));
        let b = pos.period.bounds();
        sides.lift(
            holder,
            Days::run(b.start_lo, b.end_hi),
            Days::run(b.start_hi, b.end_lo),
            &mut Vec::new(),
            &mut lifted,
        );
        for (party, poss, def) in lifted.drain(..) {
            let line = sides.line(party);
            out.push(Piece { position: PositionIx::new(i), party, line, stance: pos.stance, counterpart, poss, def });
        }
    }
    out
}

/// Adds the contention on island `x` of every two parties of different lines among `on_x`
/// (sorted by line, then party) to `contests`.
fn contest_island(
    r: &Records,
    x: IslandIx,
    on_x: &[&Piece],
    sides: &Sides,
    contests: &mut HashMap<(Line, Line), Contest>,
) {
    let exists = r.islands.at(x.get()).and_then(|i| i.exists.as_ref()).map(|p| p.bounds());
    let (hull, core) = match exists {
        Some(b) => (Days::run(b.start_lo, b.end_hi), Days::run(b.start_hi, b.end_lo)),
        None => (Days::run(NEG_INF, POS_INF), Days::run(NEG_INF, POS_INF)),
    };
    let parties: Vec<&[&Piece]> = on_x.chunk_by(|a, b| a.party == b.party).collect();
    for (i, a_pieces) in parties.iter().enumerate() {
        for b_pieces in parties.iter().skip(i + 1) {
            let (Some(a0), Some(b0)) = (a_pieces.first(), b_pieces.first()) else { continue };
            if a0.line == b0.line || sides.apart.contains(&pair(a0.line, b0.line)) {
                continue;
            }
            let Meeting { poss, def, kinds, backing } = meet(a_pieces, b_pieces, (&hull, &core));
            if poss.is_empty() {
                continue;
            }
            let contest = contests.entry((a0.line, b0.line)).or_default();
            contest.backing.extend(backing);
            contest.poss.add(&poss);
            contest.def.add(&def);
            for (all, k) in contest.kinds.iter_mut().zip(&kinds) {
                all.add(k);
            }
            match contest.islands.last_mut() {
                Some((last, days)) if *last == x => days.add(&poss),
                _ => contest.islands.push((x, poss.clone())),
            }
            let dyad = contest.dyads.entry((a0.party, b0.party)).or_default();
            dyad.0.add(&poss);
            dyad.1.add(&def);
        }
    }
}

/// How the positions of two parties of different lines on one island contend.
#[derive(Default)]
struct Meeting {
    poss: Days,
    def: Days,
    kinds: [Days; 3],
    /// Each position behind it, with the days on which it contends.
    backing: Vec<(PositionIx, Days)>,
}

/// How the pieces `a` of one party and `b` of another, of different lines, contend on an
/// island of existence `exists` (hull, core). Two pieces of one position (a claim of an
/// oblast that counts for two states at once) never contend with each other: a dispute takes
/// two positions.
fn meet(a: &[&Piece], b: &[&Piece], exists: (&Days, &Days)) -> Meeting {
    let (Some(a0), Some(b0)) = (a.first(), b.first()) else { return Meeting::default() };
    let (hull, core) = exists;
    let mut m = Meeting::default();
    if share_a_position(a, b) {
        // Rare: pair by pair, leaving out each position's pair with itself.
        for p in a {
            for q in b.iter().filter(|q| q.position != p.position) {
                let (Some(ra), Some(rb)) = (p.against(b0.line), q.against(a0.line)) else { continue };
                let Some(kind) = Contention::between(ra, rb) else { continue };
                let days = p.poss.and(&q.poss).and(hull);
                if days.is_empty() {
                    continue;
                }
                m.def.add(&p.def.and(&q.def).and(core));
                m.kinds[kind as usize].add(&days);
                m.poss.add(&days);
                m.backing.push((p.position, days.clone()));
                m.backing.push((q.position, days));
            }
        }
        return m;
    }
    // Otherwise by the unions of each kind of stance: linear in the pieces.
    let fa = Family::of(a.iter().copied(), b0.line);
    let fb = Family::of(b.iter().copied(), a0.line);
    for ra in Against::ALL {
        for rb in Against::ALL {
            let Some(kind) = Contention::between(ra, rb) else { continue };
            let days = fa.poss[ra.get()].and(&fb.poss[rb.get()]).and(hull);
            if days.is_empty() {
                continue;
            }
            m.def.add(&fa.def[ra.get()].and(&fb.def[rb.get()]).and(core));
            m.kinds[kind as usize].add(&days);
            m.poss.add(&days);
        }
    }
    if m.poss.is_empty() {
        return m;
    }
    // Each piece whose days meet a contending piece of the other party's.
    for (mine, theirs, other) in [(a, &fb, b0.line), (b, &fa, a0.line)] {
        for p in mine {
            let Some(role) = p.against(other) else { continue };
            let days = p.poss.and(&theirs.contending(role)).and(hull);
            if !days.is_empty() {
                m.backing.push((p.position, days));
            }
        }
    }
    m
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

/// Cuts the contention of two lines under the root `top` into disputes: one for each run of
/// days on which it possibly held.
fn cut(
    r: &Records,
    res: &Resolved,
    sides: &Sides,
    top: IslandIx,
    lines: (Line, Line),
    contest: &Contest,
    out: &mut Vec<Derived>,
) {
    for &(lo, hi) in contest.poss.runs() {
        let span = Days::run(lo, hi);
        let within = |d: &Days| d.and(&span);
        // Each dyad, its first side's party first, in order of its first day, then of ids.
        let id = |p: PartyIx| r.parties.at(p.get()).map(|x| &x.id);
        let mut dyads: Vec<([PartyIx; 2], Days, Days)> = contest
            .dyads
            .iter()
            .filter(|(_, (p, _))| p.meets(lo, hi))
            .map(|(&(a, b), (p, d))| (if sides.line(a) == lines.0 { [a, b] } else { [b, a] }, within(p), within(d)))
            .collect();
        dyads.sort_unstable_by(|x, y| {
            let first = |d: &Days| d.hull().map_or(i32::MIN, |h| h.0);
            first(&x.1).cmp(&first(&y.1)).then_with(|| x.0.map(id).cmp(&y.0.map(id)))
        });
        let mut side: [Vec<PartyIx>; 2] = Default::default();
        for (parties, _, _) in &dyads {
            for (s, p) in side.iter_mut().zip(parties) {
                if !s.contains(p) {
                    s.push(*p);
                }
            }
        }
        let mut positions: Vec<PositionIx> =
            contest.backing.iter().filter(|(_, d)| d.meets(lo, hi)).map(|(p, _)| *p).collect();
        positions.sort_unstable();
        positions.dedup();
        let (ended_by, settled_by) =
            if hi == POS_INF { (Box::default(), None) } else { ending(r, res, sides, lines, &positions, hi) };
        let mut islands: Vec<IslandIx> =
            contest.islands.iter().filter(|(_, d)| d.meets(lo, hi)).map(|(x, _)| *x).collect();
        islands.sort_unstable();
        let contention: Vec<Contention> =
            [Contention::BothClaim, Contention::ClaimAgainstAdministration, Contention::DisputedRecognition]
                .into_iter()
                .zip(&contest.kinds)
                .filter(|(_, d)| d.meets(lo, hi))
                .map(|(k, _)| k)
                .collect();
        // The answers name parties and the territory by id: every place here is one of the
        // records', so none is left out.
        let ids = |s: &[PartyIx]| s.iter().filter_map(|&p| id(p).cloned()).collect::<Box<[PartyId]>>();
        let mut sides_ids = [ids(&side[0]), ids(&side[1])];
        let mut dyads: Box<[Dyad]> = dyads
            .into_iter()
            .filter_map(|([a, b], possible, definite)| {
                Some(Dyad { parties: [id(a)?.clone(), id(b)?.clone()], possible, definite })
            })
            .collect();
        let (Some(territory), Some(last_a), Some(last_b)) =
            (r.islands.at(top.get()).map(|i| i.id.clone()), sides_ids[0].last(), sides_ids[1].last())
        else {
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
            territory,
            named,
            sides: sides_ids,
            islands: islands.into_boxed_slice(),
            possible: (lo, hi),
            definite: within(&contest.def),
            contention: contention.into_boxed_slice(),
            positions: positions.into_boxed_slice(),
            dyads,
            ended_by,
            settled_by,
        });
    }
}

/// The events that ended a dispute of `positions` between `lines` whose last day is `last`
/// (the `ended_by` of its positions whose latest end is that day), and the one that settled
/// it, if every position behind it ended by one event in which both sides took part.
fn ending(
    r: &Records,
    res: &Resolved,
    sides: &Sides,
    lines: (Line, Line),
    positions: &[PositionIx],
    last: i32,
) -> (Box<[usize]>, Option<usize>) {
    let ends = |p: &PositionIx| r.positions.at(p.get());
    let event = |id: &crate::ids::EventId| res.events.get(&r.events, id.as_str());
    let mut ended: Vec<usize> = positions
        .iter()
        .filter_map(ends)
        .filter(|p| p.period.bounds().end_hi == last)
        .filter_map(|p| p.ended_by.as_ref().and_then(event))
        .collect();
    ended.sort_unstable();
    ended.dedup();
    let ended = ended.into_boxed_slice();

    let mut all = positions.iter().filter_map(ends).map(|p| p.ended_by.as_ref());
    let Some(Some(first)) = all.next() else { return (ended, None) };
    if !all.all(|e| e == Some(first)) {
        return (ended, None);
    }
    let Some(e) = event(first) else { return (ended, None) };
    let Some(ev) = r.events.at(e) else { return (ended, None) };
    // A participant takes part for its own line and for every party it is part of or acts
    // for, to any depth.
    let took_part: Vec<Line> = ev
        .participants
        .iter()
        .filter_map(|p| res.party(r, &p.party))
        .flat_map(|p| sides.above(p))
        .map(|p| sides.line(p))
        .collect();
    let settled = took_part.contains(&lines.0) && took_part.contains(&lines.1);
    (ended, settled.then_some(e))
}
