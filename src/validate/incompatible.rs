//! `incompatible_positions`: one account that has one holder take stances that cannot both
//! hold, on the same islands, at surely the same time.

use std::collections::HashMap;

use crate::ids::PartyId;
use crate::records::Stance;
use crate::resolve::{At, PositionIx};
use crate::validate::checks::{Checker, Record};
use crate::validate::{IssueCode, RecordKind};

impl Checker<'_> {
    /// Same holder, same source, surely overlapping periods, overlapping islands and stances
    /// that cannot both hold.
    pub(super) fn incompatible_positions(&mut self) {
        let r = self.r;
        let mut by_holder: HashMap<&PartyId, Vec<usize>> = HashMap::new();
        for (i, pos) in r.positions.iter().enumerate() {
            by_holder.entry(&pos.holder).or_default().push(i);
        }
        let mut holders: Vec<_> = by_holder.into_iter().collect();
        holders.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (_, mut list) in holders {
            // Sweep by the latest start reading: a later position can only surely overlap an
            // earlier one if it surely starts before the earlier one's earliest end.
            list.sort_unstable_by_key(|&i| r.positions.at(i).period.bounds().start_hi);
            for (n, &a) in list.iter().enumerate() {
                let pa = r.positions.at(a);
                let ba = pa.period.bounds();
                for &b in list.iter().skip(n + 1) {
                    let pb = r.positions.at(b);
                    let bb = pb.period.bounds();
                    if bb.start_hi > ba.end_lo {
                        break;
                    }
                    if !ba.surely_overlaps(&bb)
                        || !pa.cannot_stand_beside(pb)
                        || !pa.shares_an_account_with(pb)
                        || !self.islands_overlap(a, b)
                    {
                        continue;
                    }
                    let (first, second) = if a < b { (pa, pb) } else { (pb, pa) };
                    let (id, other) = (second.id.as_str(), first.id.as_str());
                    self.on(Record::new(RecordKind::Position, id, a.max(b)), "stance").issue(
                        IssueCode::IncompatiblePositions,
                        format!(
                            "position '{id}' ({} {}) and position '{other}' ({} {}) of holder '{}' cannot both hold \
                             on the same islands at the same time per the same source",
                            second.stance, second.period, first.stance, first.period, second.holder
                        ),
                    );
                }
            }
        }
    }

    /// Title is exclusive: two holders' `holds_title` on the same islands, per one account,
    /// at a time when both surely held.
    pub(super) fn exclusive_titles(&mut self) {
        let r = self.r;
        let titles: Vec<usize> =
            (0..r.positions.len()).filter(|&i| r.positions.at(i).stance == Stance::HoldsTitle).collect();
        for (n, &a) in titles.iter().enumerate() {
            for &b in titles.iter().skip(n + 1) {
                let (pa, pb) = (r.positions.at(a), r.positions.at(b));
                if !pa.titles_exclude(pb)
                    || !pa.period.bounds().surely_overlaps(&pb.period.bounds())
                    || !pa.shares_an_account_with(pb)
                    || !self.islands_overlap(a, b)
                {
                    continue;
                }
                let id = pb.id.as_str();
                self.on(Record::new(RecordKind::Position, id, b), "stance").issue(
                    IssueCode::IncompatiblePositions,
                    format!(
                        "position '{id}' gives '{}' title ({}) where position '{}' gives '{}' title ({}) per the same \
                         source; title is exclusive: if the source leaves open which holds, make both contingent \
                         alternatives of one group",
                        pb.holder, pb.period, pa.id, pa.holder, pa.period
                    ),
                );
            }
        }
    }

    fn islands_overlap(&self, a: usize, b: usize) -> bool {
        let set = |p: usize| self.d.expansions.set(self.d.expansions.of(PositionIx::new(p)));
        sorted_intersect(set(a), set(b))
    }
}

/// Whether two sorted slices share an element.
pub(crate) fn sorted_intersect<T: Ord>(a: &[T], b: &[T]) -> bool {
    let (mut i, mut j) = (0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intersect() {
        assert!(sorted_intersect(&[1, 3, 5], &[2, 5]));
        assert!(!sorted_intersect(&[1, 3], &[2, 4]));
        assert!(!sorted_intersect::<u32>(&[], &[1]));
    }
}
