//! The resolved form of a dataset's records: what they mean once every reference is
//! followed, built once by [`Resolved::new`], which cannot fail.
//!
//! Records name one another by id. Validation, queries and exports all need the same facts
//! about those names: where each id is, which island a `part_of` names, which parties a
//! party's `successor_of`, `part_of` and `represents` name, which islands a position covers once groups are expanded. They are
//! computed here, once, from records that may still be invalid (an unknown id resolves to
//! nothing, a repeated id to its first record, a `part_of` cycle is walked at most once
//! round), so that validation can read them to find the problems and queries can read them
//! knowing there are none. The interval index ([`QueryIndex`]) is built from the records and
//! this form; it is independent of validation, so the two can run at the same time.
//!
//! Places in the record lists are typed ([`IslandIx`], [`PartyIx`], [`PositionIx`], ...), so
//! that an island's place is never used as a party's.

pub(crate) mod disputes;
mod ids;
pub(crate) mod index;
mod islands;
mod parties;
mod union;

pub(crate) use disputes::Disputes;
pub(crate) use ids::{IdIndex, Keyed};
pub(crate) use index::{Hit, QueryIndex, RankIx, Ranked, Tree};
pub(crate) use islands::{ExpansionIx, Expansions, IslandTree};
pub(crate) use parties::{Follow, Reached, Relations, Route, Window};
pub(crate) use union::UnionFind;

use crate::ids::{IslandId, PartyId};
use crate::records::Records;
use chrono::NaiveDate;

/// A place in a list as the `u32` that typed places and the index's arrays store: the one
/// conversion. Memory runs out long before a list holds `u32::MAX` entries (each takes well
/// over a byte), which the assertion states.
#[inline]
pub(crate) fn idx(i: usize) -> u32 {
    debug_assert!(u32::try_from(i).is_ok(), "a list of more than u32::MAX entries");
    #[allow(clippy::cast_possible_truncation)] // Asserted above.
    let i = i as u32;
    i
}

/// Declares a typed place in one of the dataset's lists, stored as a `u32`.
macro_rules! place {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub(crate) struct $name(u32);

        impl $name {
            /// The place `i` (see [`idx`](crate::resolve::idx)).
            #[inline]
            pub(crate) fn new(i: usize) -> Self {
                Self($crate::resolve::idx(i))
            }

            /// The place as an index into its list.
            #[inline]
            pub(crate) fn get(self) -> usize {
                self.0 as usize
            }
        }

        impl $crate::resolve::Place for $name {
            #[inline]
            fn index(self) -> usize {
                self.get()
            }
        }
    )*};
}
pub(crate) use place;

place! {
    /// The place of an island, group or region in the dataset's list.
    IslandIx,
    /// The place of a party in the dataset's list.
    PartyIx,
    /// The place of a position in the dataset's list.
    PositionIx,
}

/// An index into one of the dataset's lists: a typed place, or a plain `usize` where a list
/// is read beside the records it was built from.
pub(crate) trait Place: Copy {
    /// The place as an index into its list.
    fn index(self) -> usize;
}

impl Place for usize {
    #[inline]
    fn index(self) -> usize {
        self
    }
}

/// Reading a list at a place that an invariant says is in it: the place came from a table
/// built over this very list (the resolved form is built from the records it indexes, and a
/// `Dataset` holds only valid records). So the code reads as the rule, and a broken invariant
/// is a bug of this crate that panics, in tests and fuzzing as anywhere, rather than an
/// answer that silently leaves data out. Where a place comes from the caller (an id the user
/// gives), look it up with a fallible method instead.
pub(crate) trait At<T> {
    /// The entry at `i`, which must exist.
    fn at(&self, i: impl Place) -> &T;
    /// The entry at `i`, which must exist, to change.
    fn at_mut(&mut self, i: impl Place) -> &mut T;
}

impl<T> At<T> for [T] {
    #[inline]
    #[track_caller]
    fn at(&self, i: impl Place) -> &T {
        let (i, len) = (i.index(), self.len());
        match self.get(i) {
            Some(x) => x,
            None => outside(i, len),
        }
    }

    #[inline]
    #[track_caller]
    fn at_mut(&mut self, i: impl Place) -> &mut T {
        let (i, len) = (i.index(), self.len());
        match self.get_mut(i) {
            Some(x) => x,
            None => outside(i, len),
        }
    }
}

/// The panic of a broken invariant, kept out of line: `at` sits in the queries' inner loops,
/// where its check should cost a compare and a branch, not the formatting of a message.
#[cold]
#[inline(never)]
#[track_caller]
fn outside(i: usize, len: usize) -> ! {
    panic!("place {i} outside a list of {len}: an invariant of the resolved form broke")
}

/// What the records mean once their references are followed. See the module docs.
#[derive(Debug, Clone, Default)]
pub(crate) struct Resolved {
    pub(crate) islands: IdIndex,
    pub(crate) parties: IdIndex,
    pub(crate) sources: IdIndex,
    pub(crate) events: IdIndex,
    pub(crate) positions: IdIndex,
    /// The `part_of` tree of the islands.
    pub(crate) island_tree: IslandTree,
    /// For each party, its predecessors, parts and agents.
    pub(crate) relations: Relations,
    /// The islands each position covers, groups expanded.
    pub(crate) expansions: Expansions,
    /// For each source, the first day by which it was surely public: its own
    /// [`public_by`](crate::Source::public_by), or else the earliest such day of the sources
    /// that cite it (papers known only through the report that quotes them). `None` for a
    /// source with no date that no dated source cites.
    pub(crate) known_by: Box<[Option<NaiveDate>]>,
}

/// For each source, the first day it was surely public, its own or through the sources that
/// cite it, to any depth.
fn known_by(r: &Records, sources: &IdIndex) -> Box<[Option<NaiveDate>]> {
    let mut known: Vec<Option<NaiveDate>> = r.sources.iter().map(crate::records::Source::public_by).collect();
    // Each round dates the sources cited by a dated one; a chain of n citations takes n
    // rounds, and a round that dates nothing new ends it.
    loop {
        let mut changed = false;
        for (i, s) in r.sources.iter().enumerate() {
            let Some(by) = *known.at(i) else { continue };
            for cited in &s.cites {
                let Some(c) = sources.get(&r.sources, cited.as_str()) else { continue };
                // Only a source with a date of its own writing is known through another.
                let cited = r.sources.at(c);
                let (own, written) = (cited.public_by(), cited.written.is_some());
                let slot = known.at_mut(c);
                if own.is_none() && written && slot.is_none_or(|d| by < d) {
                    *slot = Some(by);
                    changed = true;
                }
            }
        }
        if !changed {
            break;
        }
    }
    known.into_boxed_slice()
}

impl Resolved {
    /// Resolves every reference of `records`. Never fails: see the module docs for what an
    /// invalid reference resolves to.
    pub(crate) fn new(r: &Records) -> Self {
        let islands = IdIndex::new(&r.islands);
        let parties = IdIndex::new(&r.parties);
        let island_tree = IslandTree::new(r, &islands);
        let relations = Relations::new(r, &parties);
        let expansions = Expansions::new(r, &islands, &island_tree);
        let sources = IdIndex::new(&r.sources);
        Self {
            known_by: known_by(r, &sources),
            sources,
            events: IdIndex::new(&r.events),
            positions: IdIndex::new(&r.positions),
            islands,
            parties,
            island_tree,
            relations,
            expansions,
        }
    }

    /// The place of the island with this id.
    #[inline]
    pub(crate) fn island(&self, r: &Records, id: &IslandId) -> Option<IslandIx> {
        self.islands.island(&r.islands, id)
    }

    /// The place of the party with this id.
    #[inline]
    pub(crate) fn party(&self, r: &Records, id: &PartyId) -> Option<PartyIx> {
        self.parties.party(&r.parties, id)
    }
}
