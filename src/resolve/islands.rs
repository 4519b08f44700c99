//! The `part_of` tree of the islands, and the islands each position covers once groups and
//! regions are expanded.

use std::collections::HashMap;

use crate::ids::IslandId;
use crate::records::Records;
use crate::resolve::{At, IdIndex, IslandIx, PositionIx, place};

place! {
    /// The place of a distinct expanded island set in [`Expansions`].
    ExpansionIx,
}

/// The `part_of` tree of the islands, by place: the one home of walking it, down (what a
/// group covers) and up (what concerns an island). Built from records that may still be
/// invalid: an unknown `part_of` is no parent, and a cycle (which validation refuses) is
/// walked once round.
#[derive(Debug, Clone, Default)]
pub(crate) struct IslandTree {
    /// For each island, the group, region or island its `part_of` names, if known.
    parent: Box<[Option<IslandIx>]>,
    /// For each island, the islands whose `part_of` names it.
    children: Box<[Box<[IslandIx]>]>,
}

impl IslandTree {
    /// The tree of the islands of `r`.
    pub(crate) fn new(r: &Records, islands: &IdIndex) -> Self {
        let parent: Box<[Option<IslandIx>]> =
            r.islands.iter().map(|x| x.part_of.as_ref().and_then(|p| islands.island(&r.islands, p))).collect();
        let mut children: Vec<Vec<IslandIx>> = vec![Vec::new(); parent.len()];
        for (i, p) in parent.iter().enumerate() {
            if let Some(p) = p {
                children.at_mut(*p).push(IslandIx::new(i));
            }
        }
        Self { parent, children: children.into_iter().map(Vec::into_boxed_slice).collect() }
    }

    /// How many islands the tree has.
    pub(crate) fn len(&self) -> usize {
        self.parent.len()
    }

    /// Each island's parent, by place.
    pub(crate) fn parents(&self) -> &[Option<IslandIx>] {
        &self.parent
    }

    /// The groups and regions above `island` through `part_of`, nearest first, without
    /// `island` itself. A cycle is walked once round.
    pub(crate) fn ancestors(&self, island: IslandIx) -> impl Iterator<Item = IslandIx> + '_ {
        let parent = move |i: IslandIx| *self.parent.at(i.get());
        std::iter::successors(parent(island), move |&i| parent(i)).take(self.parent.len())
    }

    /// The topmost group or region above `island`, or `island` itself.
    pub(crate) fn root(&self, island: IslandIx) -> IslandIx {
        self.ancestors(island).last().unwrap_or(island)
    }

    /// `named` and every island below them, in dataset order, each once: what a position or
    /// an event naming them covers. `seen` is all false on entry and on return; `out` is
    /// cleared first.
    pub(crate) fn expand_into(
        &self,
        named: impl IntoIterator<Item = IslandIx>,
        seen: &mut [bool],
        out: &mut Vec<IslandIx>,
    ) {
        out.clear();
        let mut stack: Vec<IslandIx> = named.into_iter().collect();
        // Depth-first through members; `seen` stops cycles and repeats.
        while let Some(i) = stack.pop() {
            let s = seen.at_mut(i.get());
            if *s {
                continue;
            }
            *s = true;
            out.push(i);
            stack.extend(self.children.at(i.get()).iter().copied());
        }
        for &i in out.iter() {
            *seen.at_mut(i.get()) = false;
        }
        out.sort_unstable();
    }

    /// `named` and every island below them, in dataset order: see
    /// [`expand_into`](Self::expand_into).
    pub(crate) fn expand(&self, named: impl IntoIterator<Item = IslandIx>) -> Vec<IslandIx> {
        let mut out = Vec::new();
        self.expand_into(named, &mut vec![false; self.len()], &mut out);
        out
    }

    /// `set` and every group or region above its islands, sorted: the islands something
    /// covering `set` concerns. `seen` is all false on entry and on return.
    pub(crate) fn with_ancestors(&self, set: &[IslandIx], seen: &mut [bool]) -> Box<[IslandIx]> {
        let mut out: Vec<IslandIx> = Vec::with_capacity(set.len());
        for &i in set {
            let mut cur = Some(i);
            while let Some(c) = cur {
                let s = seen.at_mut(c.get());
                // Seen: from here up is already in (this also ends a cycle).
                if *s {
                    break;
                }
                *s = true;
                out.push(c);
                cur = *self.parent.at(c.get());
            }
        }
        for &i in &out {
            *seen.at_mut(i.get()) = false;
        }
        out.sort_unstable();
        out.into_boxed_slice()
    }

    /// For `island`: whether each island is it, above it or below it through `part_of`, by
    /// place. Something that names a marked island concerns this one: the islands concerned
    /// by what covers `island` and every island below it.
    pub(crate) fn related(&self, island: IslandIx) -> Vec<bool> {
        let mut seen = vec![false; self.len()];
        let below = self.expand(std::iter::once(island));
        for i in self.with_ancestors(&below, &mut seen) {
            *seen.at_mut(i.get()) = true;
        }
        seen
    }
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
    /// Expands the islands of every position of `r` through `tree`. Unknown islands expand
    /// to nothing.
    pub(crate) fn new(r: &Records, islands: &IdIndex, tree: &IslandTree) -> Self {
        let mut out = Self::default();
        let mut interned: HashMap<Box<[IslandIx]>, ExpansionIx> = HashMap::new();
        let mut seen = vec![false; tree.len()];
        let mut set: Vec<IslandIx> = Vec::new();
        let mut of_position = Vec::with_capacity(r.positions.len());
        for pos in &r.positions {
            let named = pos.islands.iter().filter_map(|i| islands.island(&r.islands, i));
            tree.expand_into(named, &mut seen, &mut set);
            // Most sets were seen before: look up by slice, allocate only a new one.
            let e = if let Some(&e) = interned.get(&set[..]) {
                e
            } else {
                let e = ExpansionIx::new(out.sets.len());
                let set = std::mem::take(&mut set).into_boxed_slice();
                out.ids.push(set.iter().map(|&i| r.islands.at(i.get()).id.clone()).collect());
                out.related.push(tree.with_ancestors(&set, &mut seen));
                interned.insert(set.clone(), e);
                out.sets.push(set);
                e
            };
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
