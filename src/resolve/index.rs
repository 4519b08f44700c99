//! The interval index behind every time query, built once with a dataset.
//!
//! Positions are ranked once by (earliest start, latest start, id): that is the order of
//! every answer, so no query sorts. The bounds of each period, the position, its expanded
//! island set and its stance are kept in rank order, one array each, so that a query reads
//! contiguous memory and never touches the records themselves.
//!
//! A query for the days `first..=last` wants the ranks whose hull `[start_lo, end_hi]`
//! overlaps them: a prefix of the ranks (those with `start_lo <= last`, found by a binary
//! search of the blocks' first starts, then of one block) filtered by `end_hi >= first`.
//! A [`Tree`] answers that in rank order in O(log n + k). It cuts its ranks into blocks of
//! [`BLOCK`], keeps each block's greatest and smallest `end_hi`, and a sparse table that gives
//! in O(1) the block with the greatest `end_hi` in any range of blocks. The query splits the
//! range of blocks at that block; it stops where even that block ends before `first`, and
//! otherwise reports the left part, the block, then the right part. Every block it scans,
//! except perhaps the last one of the prefix, holds a hit, so it reads at most
//! `BLOCK * (k + 1)` entries and makes at most `2k + 1` table look-ups. A block whose
//! smallest end is late enough is reported whole, as a run; another as a bit mask of its
//! hits, computed without branches.
//!
//! Whether a hit is definite or possible is then decided by [`Bounds::certainty`].
//!
//! One tree covers all positions; each holder and each island has its own over its ranks (an
//! island's over the positions that concern it through groups and members, see
//! [`QueryIndex::build`]). Memory, per position: 25 bytes of ranked arrays; per tree entry,
//! 4 bytes of rank (none for the tree of all positions) and, for a tree of m entries, about
//! `4 * log2(m / 64) / 64` bytes of sparse table (under 1 byte up to billions of entries).
//! The trees of the islands hold each position once per island it concerns.

use std::fmt;

use crate::records::{Records, Stance};
use crate::resolve::{At, ExpansionIx, PositionIx, Resolved, idx, place};
use crate::time::{Bounds, Certainty, NEG_INF, POS_INF};

place! {
    /// A position's rank in the index: its place in the order of every answer.
    RankIx,
}

/// Entries per block: a block's hits fit in the bits of a `u64`, and a scan of one reads
/// four cache lines of ends.
const BLOCK: usize = 64;

/// The ranked bounds of every position and the trees that search them.
#[derive(Clone, Default)]
pub(crate) struct QueryIndex {
    /// The earliest start and latest end of each rank, which the trees search.
    ranked: Ranked,
    start_hi: Box<[i32]>,
    end_lo: Box<[i32]>,
    /// The dataset index of the position at each rank.
    position: Box<[u32]>,
    /// Its expanded island set.
    expansion: Box<[ExpansionIx]>,
    stance: Box<[Stance]>,
    /// Whether the position at each rank is internal (left out of queries unless asked).
    internal: Box<[bool]>,
    /// Whether any is.
    any_internal: bool,
    /// Whether the position at each rank is contingent: it may not have held at all, so every
    /// answer about it is possible at most.
    contingent: Box<[bool]>,
    all: Tree,
    /// One tree per party, by dataset index, over the positions it holds.
    by_holder: Box<[Tree]>,
    /// One tree per island, by dataset index, over the positions that concern it.
    by_island: Box<[Tree]>,
}

impl fmt::Debug for QueryIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("QueryIndex")
            .field("positions", &self.position.len())
            .field("holders", &self.by_holder.len())
            .field("islands", &self.by_island.len())
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Ranked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Ranked").field("len", &self.start_lo.len()).finish_non_exhaustive()
    }
}

impl fmt::Debug for Tree {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Tree").field("blocks", &self.block_max.len()).finish_non_exhaustive()
    }
}

impl QueryIndex {
    /// Ranks the positions and builds every tree. Never fails: a position whose holder is
    /// unknown is in no holder's tree, and one on unknown islands in no island's.
    pub(crate) fn build(records: &Records, resolved: &Resolved) -> Self {
        let positions = &records.positions;
        let mut keyed: Vec<(i32, i32, u32)> = positions
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let b = p.period.bounds();
                (b.start_lo, b.start_hi, idx(i))
            })
            .collect();
        let id_of = |i: u32| &positions.at(i as usize).id;
        keyed.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then_with(|| id_of(a.2).cmp(id_of(b.2))));

        let n = keyed.len();
        let (mut start_hi, mut end_lo, mut end_hi) =
            (Vec::with_capacity(n), Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut expansion, mut stance) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut internal, mut contingent) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let mut holder_lists: Vec<Vec<u32>> = vec![Vec::new(); records.parties.len()];
        for (rank, &(_, _, p)) in keyed.iter().enumerate() {
            let pos = positions.at(p as usize);
            let b = pos.period.bounds();
            start_hi.push(b.start_hi);
            end_lo.push(b.end_lo);
            end_hi.push(b.end_hi);
            internal.push(pos.internal);
            contingent.push(pos.contingent);
            expansion.push(resolved.expansions.of(PositionIx::new(p as usize)));
            stance.push(pos.stance);
            // An unknown holder (in records that validation refuses) is in no holder's tree.
            if let Some(h) = resolved.party(records, &pos.holder) {
                holder_lists.at_mut(h).push(idx(rank));
            }
        }

        // An island's positions: those whose expanded islands, or a group or region holding
        // one of them, include it.
        let mut island_lists: Vec<Vec<u32>> = vec![Vec::new(); records.islands.len()];
        for (rank, &e) in expansion.iter().enumerate() {
            for &i in resolved.expansions.related(e) {
                island_lists.at_mut(i).push(idx(rank));
            }
        }

        let ranked = Ranked::new(keyed.iter().map(|k| k.0).collect(), end_hi.into_boxed_slice());
        let by_holder = holder_lists.into_iter().map(|list| ranked.tree(Some(list))).collect();
        let by_island = island_lists.into_iter().map(|list| ranked.tree(Some(list))).collect();
        Self {
            start_hi: start_hi.into_boxed_slice(),
            end_lo: end_lo.into_boxed_slice(),
            all: ranked.tree(None),
            ranked,
            position: keyed.iter().map(|k| k.2).collect(),
            expansion: expansion.into_boxed_slice(),
            stance: stance.into_boxed_slice(),
            any_internal: internal.contains(&true),
            internal: internal.into_boxed_slice(),
            contingent: contingent.into_boxed_slice(),
            by_holder,
            by_island,
        }
    }

    /// Whether some indexed position is internal.
    pub(crate) fn any_internal(&self) -> bool {
        self.any_internal
    }

    /// How many positions are indexed.
    pub(crate) fn len(&self) -> usize {
        self.position.len()
    }

    /// The tree over every position.
    pub(crate) fn all(&self) -> &Tree {
        &self.all
    }

    /// The tree over the positions of a party.
    pub(crate) fn holder(&self, party: crate::resolve::PartyIx) -> &Tree {
        self.by_holder.at(party)
    }

    /// The tree over the positions concerning an island.
    pub(crate) fn island(&self, island: crate::resolve::IslandIx) -> &Tree {
        self.by_island.at(island)
    }

    /// The position at `rank`.
    #[inline]
    pub(crate) fn position_at(&self, rank: RankIx) -> PositionIx {
        PositionIx::new(*self.position.at(rank) as usize)
    }

    /// The expanded island set of the position at `rank`.
    #[inline]
    pub(crate) fn expansion_at(&self, rank: RankIx) -> ExpansionIx {
        *self.expansion.at(rank)
    }

    /// The bounds of the position at `rank`.
    #[inline]
    pub(crate) fn bounds_at(&self, rank: RankIx) -> Bounds {
        Bounds {
            start_lo: *self.ranked.start_lo.at(rank),
            start_hi: *self.start_hi.at(rank),
            end_lo: *self.end_lo.at(rank),
            end_hi: *self.ranked.end_hi.at(rank),
        }
    }

    /// How surely the position at `rank` held at some time in `first..=last`; `None` when
    /// its hull does not overlap them.
    #[inline]
    pub(crate) fn certainty_at(&self, rank: RankIx, first: i32, last: i32) -> Option<Certainty> {
        let c = self.bounds_at(rank).certainty(first, last)?;
        Some(if self.is_contingent(rank) { c.min(Certainty::Possible) } else { c })
    }

    /// Whether the position at `rank` is contingent (possible at most).
    pub(crate) fn is_contingent(&self, rank: RankIx) -> bool {
        *self.contingent.at(rank)
    }

    /// Calls `found` with each rank of `hits` whose hull overlaps `first..=last`, reading
    /// the bounds of its block as slices.
    #[inline]
    pub(crate) fn resolve_hits(&self, hits: Hits, first: i32, last: i32, mut found: impl FnMut(Hit)) {
        let (lo, hi) = match hits {
            Hits::Run(lo, hi) => (lo as usize, hi as usize),
            Hits::Mask(base, _) => (base as usize, (base as usize).saturating_add(BLOCK).min(self.position.len())),
        };
        let range = lo..hi;
        debug_assert!(hi <= self.position.len(), "hits {range:?} beyond {} ranks", self.position.len());
        let (Some(start_lo), Some(start_hi), Some(end_lo), Some(end_hi)) = (
            self.ranked.start_lo.get(range.clone()),
            self.start_hi.get(range.clone()),
            self.end_lo.get(range.clone()),
            self.ranked.end_hi.get(range.clone()),
        ) else {
            return;
        };
        let (Some(position), Some(expansion), Some(stance), Some(internal)) = (
            self.position.get(range.clone()),
            self.expansion.get(range.clone()),
            self.stance.get(range.clone()),
            self.internal.get(range),
        ) else {
            return;
        };
        // Every slice has `hi - lo` entries, so `i` below is always in them.
        let mut one = |i: usize| {
            let (start_lo, start_hi, end_lo, end_hi) = (*start_lo.at(i), *start_hi.at(i), *end_lo.at(i), *end_hi.at(i));
            let (p, e, s, internal) = (*position.at(i), *expansion.at(i), *stance.at(i), *internal.at(i));
            if let Some(certainty) = (Bounds { start_lo, start_hi, end_lo, end_hi }).certainty(first, last) {
                let certainty = if self.is_contingent(RankIx::new(lo + i)) {
                    certainty.min(Certainty::Possible)
                } else {
                    certainty
                };
                found(Hit {
                    rank: RankIx::new(lo + i),
                    position: PositionIx::new(p as usize),
                    expansion: e,
                    stance: s,
                    internal,
                    certainty,
                });
            }
        };
        match hits {
            Hits::Run(..) => (0..hi.saturating_sub(lo)).for_each(one),
            Hits::Mask(_, mut mask) => {
                while mask != 0 {
                    one(mask.trailing_zeros() as usize);
                    mask &= mask - 1;
                }
            }
        }
    }

    /// Calls `found` with the [`Hits`] of `tree` whose hulls overlap `first..=last`, in rank
    /// order; see [`Ranked::search_hits`].
    #[inline]
    pub(crate) fn search_hits(&self, tree: &Tree, first: i32, last: i32, found: impl FnMut(Hits)) {
        self.ranked.search_hits(tree, first, last, found);
    }
}

/// Intervals in rank order (ascending earliest start), with what a [`Tree`] over them needs
/// to search them: the interval index of positions, and of derived disputes.
#[derive(Clone, Default)]
pub(crate) struct Ranked {
    start_lo: Box<[i32]>,
    /// The earliest start of each block of [`BLOCK`] ranks: a first, cache-resident level
    /// for the binary search of `start_lo`.
    block_first: Box<[i32]>,
    end_hi: Box<[i32]>,
}

impl Ranked {
    /// The intervals `start_lo[i]..=end_hi[i]`, whose starts ascend.
    pub(crate) fn new(start_lo: Box<[i32]>, end_hi: Box<[i32]>) -> Self {
        debug_assert!(start_lo.len() == end_hi.len(), "starts and ends of different lengths");
        debug_assert!(start_lo.is_sorted(), "ranked starts that do not ascend");
        Self { block_first: start_lo.iter().step_by(BLOCK).copied().collect(), start_lo, end_hi }
    }

    /// A tree over the ranks `ranks` (ascending), or over every rank.
    pub(crate) fn tree(&self, ranks: Option<Vec<u32>>) -> Tree {
        Tree::new(ranks, &self.end_hi)
    }

    /// How many ranks start on or before `last`: a search of the blocks' first starts, then
    /// of one block.
    fn prefix(&self, last: i32) -> usize {
        let blocks = self.block_first.partition_point(|&s| s <= last);
        let Some(lo) = blocks.checked_sub(1).map(|b| b.saturating_mul(BLOCK)) else { return 0 };
        let hi = lo.saturating_add(BLOCK).min(self.start_lo.len());
        lo + self.start_lo.get(lo..hi).map_or(0, |block| block.partition_point(|&s| s <= last))
    }

    /// Calls `hit` with every rank of `tree` whose hull overlaps `first..=last`, in rank order.
    #[cfg(test)]
    pub(crate) fn search(&self, tree: &Tree, first: i32, last: i32, mut hit: impl FnMut(RankIx)) {
        self.search_hits(tree, first, last, |hits| hits.for_each(&mut hit));
    }

    /// Calls `found` with the [`Hits`] of `tree` whose hulls overlap `first..=last`, in rank
    /// order. Over all positions they come a block at a time: a large answer as long runs
    /// that callers can copy out slice by slice, a sparse one as masks.
    pub(crate) fn search_hits(&self, tree: &Tree, first: i32, last: i32, mut found: impl FnMut(Hits)) {
        let prefix = self.prefix(last);
        let len = match &tree.ranks {
            None => prefix,
            Some(ranks) => ranks.partition_point(|&r| (r as usize) < prefix),
        };
        if len == 0 {
            return;
        }
        let blocks = idx(len.div_ceil(BLOCK));
        let mut stack = Stack::default();
        stack.push(Frame::Range(0, blocks));
        while let Some(frame) = stack.pop() {
            match frame {
                Frame::Block(b) => self.scan_block(tree, b, len, first, &mut found),
                Frame::Range(l, r) => {
                    let Some(b) = tree.argmax(l, r) else { continue };
                    if tree.block_max.get(b as usize).is_none_or(|&m| m < first) {
                        continue;
                    }
                    // Pushed in reverse: the left part comes out first.
                    if b + 1 < r {
                        stack.push(Frame::Range(b + 1, r));
                    }
                    stack.push(Frame::Block(b));
                    if l < b {
                        stack.push(Frame::Range(l, b));
                    }
                }
            }
        }
    }

    /// Reports the hits of block `b` of `tree`, whose entries below `len` start early enough.
    fn scan_block(&self, tree: &Tree, b: u32, len: usize, first: i32, found: &mut impl FnMut(Hits)) {
        let lo = (b as usize).saturating_mul(BLOCK);
        let hi = lo.saturating_add(BLOCK).min(len);
        // Every entry ends late enough: no test needed (most blocks of a large answer).
        let dense = tree.block_min.get(b as usize).is_some_and(|&m| m >= first);
        match &tree.ranks {
            None if dense => found(Hits::Run(idx(lo), idx(hi))),
            None => {
                // A mask of the block's hits, computed without branches: about half the
                // entries of a block at an answer's edge hit, which no predictor guesses.
                let mut mask: u64 = 0;
                let ends = self.end_hi.get(lo..hi).unwrap_or(&[]);
                // Eight at a time into a byte: a shape the compiler turns into vector
                // compares and a move of their signs.
                for (n, chunk) in ends.chunks(8).enumerate() {
                    let byte = chunk.iter().enumerate().fold(0u8, |b, (bit, &end)| b | (u8::from(end >= first) << bit));
                    mask |= u64::from(byte) << (8 * n);
                }
                if mask != 0 {
                    found(Hits::Mask(idx(lo), mask));
                }
            }
            Some(ranks) => {
                for &r in ranks.get(lo..hi).unwrap_or(&[]) {
                    if dense || self.end_hi.get(r as usize).is_some_and(|&end| end >= first) {
                        found(Hits::Run(r, r.saturating_add(1)));
                    }
                }
            }
        }
    }
}

/// A position found by a search, with what a query filters it by.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub(crate) rank: RankIx,
    pub(crate) position: PositionIx,
    pub(crate) expansion: ExpansionIx,
    pub(crate) stance: Stance,
    /// Whether the position is internal.
    pub(crate) internal: bool,
    /// How surely it held at some time of the span searched.
    pub(crate) certainty: Certainty,
}

/// Some hits of a search, in rank order.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Hits {
    /// The ranks `lo..hi`.
    Run(u32, u32),
    /// The ranks `base + i` for each bit `i` set.
    Mask(u32, u64),
}

impl Hits {
    /// How many ranks.
    pub(crate) fn len(self) -> usize {
        match self {
            Self::Run(lo, hi) => hi.saturating_sub(lo) as usize,
            Self::Mask(_, mask) => mask.count_ones() as usize,
        }
    }

    /// Calls `f` with each rank, in order.
    pub(crate) fn for_each(self, mut f: impl FnMut(RankIx)) {
        match self {
            Self::Run(lo, hi) => (lo..hi).for_each(|r| f(RankIx::new(r as usize))),
            Self::Mask(base, mut mask) => {
                while mask != 0 {
                    f(RankIx::new(base.saturating_add(mask.trailing_zeros()) as usize));
                    mask &= mask - 1;
                }
            }
        }
    }
}

/// A searchable set of ranks: blocks of [`BLOCK`] entries, the greatest end of each, and a
/// sparse table of the block with the greatest end in every power-of-two run of blocks.
#[derive(Clone, Default)]
pub(crate) struct Tree {
    /// The ranks it holds, ascending; `None` for every rank.
    ranks: Option<Box<[u32]>>,
    block_max: Box<[i32]>,
    /// The smallest end of each block: a block whose smallest end is late enough is all hits.
    block_min: Box<[i32]>,
    /// Level `l` (from 1) starts at `(l - 1) * blocks`; its entry `i` is the block with the
    /// greatest end among `i..i + 2^l`. Level 0 would be the identity and is not stored.
    sparse: Box<[u32]>,
}

impl Tree {
    fn new(ranks: Option<Vec<u32>>, end_hi: &[i32]) -> Self {
        let end_of = |r: u32| *end_hi.at(r as usize);
        let (mut block_max, mut block_min) = (Vec::new(), Vec::new());
        let mut add_block = |ends: &mut dyn Iterator<Item = i32>| {
            let (min, max) = ends.fold((POS_INF, NEG_INF), |(lo, hi), e| (lo.min(e), hi.max(e)));
            block_min.push(min);
            block_max.push(max);
        };
        match &ranks {
            None => end_hi.chunks(BLOCK).for_each(|c| add_block(&mut c.iter().copied())),
            Some(ranks) => ranks.chunks(BLOCK).for_each(|c| add_block(&mut c.iter().map(|&r| end_of(r)))),
        }
        let blocks = block_max.len();
        let max_of = |b: u32| *block_max.at(b as usize);
        let mut sparse: Vec<u32> = Vec::new();
        let mut width = 1usize;
        // prev[i]: the block with the greatest end among i..i + width.
        let mut prev: Vec<u32> = (0..blocks).map(idx).collect();
        while width.saturating_mul(2) <= blocks {
            let level: Vec<u32> = (0..blocks)
                .map(|i| {
                    let a = *prev.at(i);
                    match prev.get(i + width) {
                        Some(&b) if max_of(b) > max_of(a) => b,
                        _ => a,
                    }
                })
                .collect();
            sparse.extend_from_slice(&level);
            prev = level;
            width *= 2;
        }
        Self {
            ranks: ranks.map(Vec::into_boxed_slice),
            block_max: block_max.into_boxed_slice(),
            block_min: block_min.into_boxed_slice(),
            sparse: sparse.into_boxed_slice(),
        }
    }

    /// Every rank it holds, ascending.
    pub(crate) fn ranks(&self, total: usize) -> impl Iterator<Item = RankIx> + '_ {
        let (explicit, all) = match &self.ranks {
            Some(r) => (Some(r.iter().map(|&r| RankIx::new(r as usize))), None),
            None => (None, Some((0..total).map(RankIx::new))),
        };
        explicit.into_iter().flatten().chain(all.into_iter().flatten())
    }

    /// Whether it holds `rank`.
    pub(crate) fn contains(&self, rank: RankIx) -> bool {
        self.ranks.as_ref().is_none_or(|r| r.binary_search(&idx(rank.get())).is_ok())
    }

    /// The block with the greatest end among the blocks `l..r`, if that is not empty.
    fn argmax(&self, l: u32, r: u32) -> Option<u32> {
        let len = r.checked_sub(l).filter(|&n| n > 0)?;
        let level = len.ilog2();
        if level == 0 {
            return Some(l);
        }
        let blocks = self.block_max.len();
        let at = |i: u32| {
            let offset = (level as usize - 1).saturating_mul(blocks).saturating_add(i as usize);
            self.sparse.get(offset).copied()
        };
        let a = at(l)?;
        let b = at(r - (1 << level))?;
        let max_of = |x: u32| *self.block_max.at(x as usize);
        Some(if max_of(b) > max_of(a) { b } else { a })
    }
}

#[derive(Clone, Copy)]
enum Frame {
    /// The blocks `l..r`, not yet looked at.
    Range(u32, u32),
    /// One block to scan.
    Block(u32),
}

/// A stack that lives on the call stack while small, so typical queries allocate only
/// their answer.
struct Stack {
    inline: [Frame; 48],
    len: usize,
    spill: Vec<Frame>,
}

impl Default for Stack {
    fn default() -> Self {
        Self { inline: [Frame::Block(0); 48], len: 0, spill: Vec::new() }
    }
}

impl Stack {
    fn push(&mut self, frame: Frame) {
        match self.inline.get_mut(self.len) {
            Some(slot) if self.spill.is_empty() => {
                *slot = frame;
                self.len += 1;
            }
            _ => self.spill.push(frame),
        }
    }

    fn pop(&mut self) -> Option<Frame> {
        if let Some(frame) = self.spill.pop() {
            return Some(frame);
        }
        self.len = self.len.checked_sub(1)?;
        self.inline.get(self.len).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tree over explicit ends, searched against a plain filter.
    fn check(ends: &[i32], first: i32) {
        let index = Ranked::new(vec![NEG_INF; ends.len()].into(), ends.into());
        let tree = index.tree(None);
        let mut got = Vec::new();
        index.search(&tree, first, POS_INF, |r| got.push(r));
        let want: Vec<RankIx> = (0..ends.len()).filter(|&i| ends[i] >= first).map(RankIx::new).collect();
        assert_eq!(got, want, "first {first}");
    }

    #[test]
    fn search_matches_a_filter() {
        // A deterministic mix of short and long ends over several blocks and levels.
        let mut x: u64 = 7;
        let ends: Vec<i32> = (0..1000)
            .map(|_| {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                ((x >> 33) % 5000) as i32
            })
            .collect();
        for first in [-1, 0, 10, 2500, 4990, 4999, 5000] {
            check(&ends, first);
        }
        check(&[], 0);
        check(&[5], 5);
        check(&[5], 6);
    }

    #[test]
    fn deep_stacks_spill() {
        // Ascending ends: every block is the greatest of its range, and the stack grows.
        let ends: Vec<i32> = (0..10_000).collect();
        check(&ends, 0);
        check(&ends, 9_999);
        let descending: Vec<i32> = (0..10_000).rev().collect();
        check(&descending, 5);
    }

    #[test]
    fn stack_is_lifo_across_the_spill() {
        let mut s = Stack::default();
        for i in 0..100 {
            s.push(Frame::Block(i));
        }
        for i in (0..100).rev() {
            assert!(matches!(s.pop(), Some(Frame::Block(b)) if b == i));
        }
        assert!(s.pop().is_none());
    }
}
