//! The islands each position covers once groups and regions are expanded.

use std::collections::HashMap;

use crate::ids::IslandId;
use crate::records::Records;
use crate::resolve::{At, IdIndex, IslandIx, PositionIx, place};

place! {
    /// The place of a distinct expanded island set in [`Expansions`].
    ExpansionIx,
}

/// Every position's islands expanded through the members of groups and regions, with equal
/// sets stored once: most positions of a large dataset share a handful of sets.
#[derive(Debug, Clone, Default)]
pub(crate) struct Expansions {
    /// Each distinct set, as island places in dataset order.
    sets: Vec<Box<[IslandIx]>>,
    /// The same sets as ids, for answers that borrow them.
    ids: Vec<Box<[IslandId]>>,
    /// Each set with every group and region above its islands: the islands a position with
    /// that set *concerns*. Sorted.
    related: Vec<Box<[IslandIx]>>,
    /// For each position, its set.
    of_position: Box<[ExpansionIx]>,
}

impl Expansions {
    /// Expands the islands of every position of `r`. Unknown islands expand to nothing; a
    /// `part_of` cycle (which validation refuses) is walked once round.
    pub(crate) fn new(r: &Records, islands: &IdIndex, parent: &[Option<IslandIx>]) -> Self {
        let n = r.islands.len();
        let mut children: Vec<Vec<IslandIx>> = vec![Vec::new(); n];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = p {
                children.at_mut(*p).push(IslandIx::new(i));
            }
        }
        let mut out = Self::default();
        let mut interned: HashMap<Box<[IslandIx]>, ExpansionIx> = HashMap::new();
        let mut seen = vec![false; n];
        let mut stack = Vec::new();
        let mut set: Vec<IslandIx> = Vec::new();
        let mut of_position = Vec::with_capacity(r.positions.len());
        for pos in &r.positions {
            stack.extend(pos.islands.iter().filter_map(|i| islands.island(&r.islands, i)));
            // Depth-first through members; `seen` stops cycles and repeats.
            while let Some(i) = stack.pop() {
                let s = seen.at_mut(i);
                if *s {
                    continue;
                }
                *s = true;
                set.push(i);
                stack.extend(children.at(i).iter().copied());
            }
            for &i in &set {
                *seen.at_mut(i) = false;
            }
            set.sort_unstable();
            // Most sets were seen before: look up by slice, allocate only a new one.
            let e = if let Some(&e) = interned.get(&set[..]) {
                e
            } else {
                let e = ExpansionIx::new(out.sets.len());
                let set = std::mem::take(&mut set).into_boxed_slice();
                out.ids.push(set.iter().map(|&i| r.islands.at(i).id.clone()).collect());
                out.related.push(related(&set, parent, &mut seen));
                interned.insert(set.clone(), e);
                out.sets.push(set);
                e
            };
            set.clear();
            of_position.push(e);
        }
        out.of_position = of_position.into_boxed_slice();
        out
    }

    /// The set of the position at `p`.
    #[inline]
    pub(crate) fn of(&self, p: PositionIx) -> ExpansionIx {
        *self.of_position.at(p)
    }

    /// The island places of a set, in dataset order.
    #[inline]
    pub(crate) fn set(&self, e: ExpansionIx) -> &[IslandIx] {
        self.sets.at(e)
    }

    /// The island ids of a set, in dataset order, boxed as answers borrow them.
    #[inline]
    #[allow(clippy::borrowed_box)] // A thin reference keeps a `Match` at four words.
    pub(crate) fn ids(&self, e: ExpansionIx) -> &Box<[IslandId]> {
        self.ids.at(e)
    }

    /// The islands a set concerns: its own and every group or region above them, sorted.
    #[inline]
    pub(crate) fn related(&self, e: ExpansionIx) -> &[IslandIx] {
        self.related.at(e)
    }
}

/// `set` and every group or region above its islands, sorted. `seen` is all false on entry
/// and on return.
fn related(set: &[IslandIx], parent: &[Option<IslandIx>], seen: &mut [bool]) -> Box<[IslandIx]> {
    let mut out: Vec<IslandIx> = Vec::with_capacity(set.len());
    for &i in set {
        let mut cur = Some(i);
        while let Some(c) = cur {
            let s = seen.at_mut(c);
            // Seen: from here up is already in (this also ends a cycle).
            if *s {
                break;
            }
            *s = true;
            out.push(c);
            cur = *parent.at(c);
        }
    }
    for &i in &out {
        *seen.at_mut(i) = false;
    }
    out.sort_unstable();
    out.into_boxed_slice()
}
