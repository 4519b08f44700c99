//! Where each id of a record list is.

use std::hash::{BuildHasher, RandomState};

use crate::ids::{IslandId, PartyId};
use crate::records::{Event, Island, Party, Position, Source};
use crate::resolve::{At, IslandIx, PartyIx, idx};

/// A record with a string id, as [`IdIndex`] reads it.
pub(crate) trait Keyed {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn key(&self) -> &str {
                self.id.as_str()
            }
        }
    )*};
}
keyed!(Island, Party, Source, Event, Position);

/// Where each id of one record list is: an open-addressing table (linear probing, at most
/// half full) of record places, hashed by the id's text with std's randomly keyed SipHash.
/// It holds no copy of any id: a probe compares the id with the record's own. 8 to 16 bytes
/// per record, one allocation, against a `HashMap<Id, u32>`'s ~40 bytes and a cloned id each.
///
/// An id given twice resolves to its first record; the repeats are kept for validation.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    /// `EMPTY` or a record place; the length is zero or a power of two.
    slots: Box<[u32]>,
    hasher: RandomState,
    /// Each record whose id an earlier record has, with that earlier record: (repeat, first).
    repeats: Box<[(usize, usize)]>,
}

const EMPTY: u32 = u32::MAX;

impl IdIndex {
    /// Indexes `records`.
    pub(crate) fn new<R: Keyed>(records: &[R]) -> Self {
        if records.is_empty() {
            return Self::default();
        }
        let len = records.len().saturating_mul(2).next_power_of_two();
        let mut index = Self { slots: vec![EMPTY; len].into_boxed_slice(), ..Self::default() };
        let mut repeats = Vec::new();
        for (i, record) in records.iter().enumerate() {
            let at = index.find(records, record.key());
            let slot = index.slots.at_mut(at);
            if *slot == EMPTY {
                let place = idx(i);
                debug_assert!(place != EMPTY, "more records than places");
                *slot = place;
            } else {
                repeats.push((i, *slot as usize));
            }
        }
        index.repeats = repeats.into_boxed_slice();
        index
    }

    /// The slot holding `id` among `records`, or the empty slot where it would go. The table
    /// is never full, so the probe ends.
    fn find<R: Keyed>(&self, records: &[R], id: &str) -> usize {
        let mask = self.slots.len().wrapping_sub(1);
        // Truncation is the point: the low bits pick the slot.
        #[allow(clippy::cast_possible_truncation)]
        let mut at = self.hasher.hash_one(id) as usize & mask;
        while let Some(&slot) = self.slots.get(at) {
            if slot == EMPTY || records.at(slot as usize).key() == id {
                break;
            }
            at = (at + 1) & mask;
        }
        at
    }

    /// The place of the record with this id, the first one if several share it.
    pub(crate) fn get<R: Keyed>(&self, records: &[R], id: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let slot = *self.slots.get(self.find(records, id))?;
        (slot != EMPTY).then_some(slot as usize)
    }

    /// Whether a record has this id.
    pub(crate) fn contains<R: Keyed>(&self, records: &[R], id: &str) -> bool {
        self.get(records, id).is_some()
    }

    /// Each record whose id an earlier one has, with the first record of that id, in order.
    pub(crate) fn repeats(&self) -> &[(usize, usize)] {
        &self.repeats
    }

    /// The place of the island with this id, when this indexes `islands`.
    pub(crate) fn island(&self, islands: &[Island], id: &IslandId) -> Option<IslandIx> {
        self.get(islands, id.as_str()).map(IslandIx::new)
    }

    /// The place of the party with this id, when this indexes `parties`.
    pub(crate) fn party(&self, parties: &[Party], id: &PartyId) -> Option<PartyIx> {
        self.get(parties, id.as_str()).map(PartyIx::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::IslandKind;

    #[test]
    fn finds_the_first_and_keeps_each_repeat_in_order() {
        let island = |id: &str| Island::new(id.parse().unwrap_or_else(|e| panic!("{e}")), IslandKind::Island);
        let islands: Vec<Island> = ["a", "b", "a", "c", "b", "a"].into_iter().map(island).collect();
        let index = IdIndex::new(&islands);
        assert_eq!(index.get(&islands, "a"), Some(0));
        assert_eq!(index.get(&islands, "b"), Some(1));
        assert_eq!(index.get(&islands, "c"), Some(3));
        assert_eq!(index.get(&islands, "d"), None);
        assert_eq!(index.repeats(), [(2, 0), (4, 1), (5, 0)]);
        let empty = IdIndex::new::<Island>(&[]);
        assert_eq!(empty.get::<Island>(&[], "a"), None);
        assert!(empty.repeats().is_empty());
    }
}
