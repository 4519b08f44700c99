//! Sets of days as sorted, disjoint runs: what derived disputes are made of.
//!
//! A dispute holds on the days on which two contending positions both hold, so its days are
//! unions and intersections of positions' hulls and cores. Runs that meet (one ends the day
//! before the next starts) are one run. Day numbers are those of [`crate::time`], with
//! `NEG_INF` and `POS_INF` for an unbounded past or future.

use crate::time::{NEG_INF, POS_INF};

/// An inclusive run of days, `first <= last`.
pub(crate) type Run = (i32, i32);

/// A set of days: runs in ascending order, neither overlapping nor meeting.
///
/// Most sets of a derivation are a single run (a position's hull), so one run is kept inline
/// and only a set of two or more allocates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Days(Runs);

/// The runs of a [`Days`]: `Many` always holds two or more, so that equal sets are equal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Runs {
    #[default]
    Empty,
    One(Run),
    Many(Vec<Run>),
}

impl Days {
    /// The days `first..=last`; none when `first > last`, or when the run lies wholly at
    /// one infinity (a core that starts only "on or after" some day and never ends surely
    /// holds on no day).
    pub(crate) fn run(first: i32, last: i32) -> Self {
        let real = first <= last && first != POS_INF && last != NEG_INF;
        Self(if real { Runs::One((first, last)) } else { Runs::Empty })
    }

    /// The union of any runs (empty ones, `first > last`, are skipped).
    pub(crate) fn of(mut runs: Vec<Run>) -> Self {
        runs.retain(|r| r.0 <= r.1);
        runs.sort_unstable();
        let mut out = Self::default();
        for r in runs {
            out.push(r);
        }
        out
    }

    /// Appends `r`, which starts no earlier than the last run, merging it with the last run
    /// when they overlap or meet.
    fn push(&mut self, r: Run) {
        debug_assert!(r.0 <= r.1, "an empty run {r:?}");
        let meets = |last: &mut Run| {
            let m = r.0 <= last.1.saturating_add(1);
            if m {
                last.1 = last.1.max(r.1);
            }
            m
        };
        match &mut self.0 {
            Runs::Empty => self.0 = Runs::One(r),
            Runs::One(last) => {
                if !meets(last) {
                    let first = *last;
                    self.0 = Runs::Many(vec![first, r]);
                }
            }
            Runs::Many(v) => {
                if !v.last_mut().is_some_and(meets) {
                    v.push(r);
                }
            }
        }
    }

    /// Its runs, ascending.
    pub(crate) fn runs(&self) -> &[Run] {
        match &self.0 {
            Runs::Empty => &[],
            Runs::One(r) => std::slice::from_ref(r),
            Runs::Many(v) => v,
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        matches!(self.0, Runs::Empty)
    }

    /// The first and last day, if any.
    pub(crate) fn hull(&self) -> Option<Run> {
        let runs = self.runs();
        Some((runs.first()?.0, runs.last()?.1))
    }

    /// Adds every day of `other`.
    pub(crate) fn add(&mut self, other: &Self) {
        if other.is_empty() {
            return;
        }
        if self.is_empty() {
            *self = other.clone();
            return;
        }
        // Merge the two ascending lists.
        let (a, b) = (self.runs(), other.runs());
        let (mut i, mut j) = (0, 0);
        let mut out = Self::default();
        loop {
            let next = match (a.get(i), b.get(j)) {
                (Some(&x), Some(&y)) if x <= y => {
                    i += 1;
                    x
                }
                (_, Some(&y)) => {
                    j += 1;
                    y
                }
                (Some(&x), None) => {
                    i += 1;
                    x
                }
                (None, None) => break,
            };
            out.push(next);
        }
        *self = out;
    }

    /// The days in both.
    pub(crate) fn and(&self, other: &Self) -> Self {
        let (a, b) = (self.runs(), other.runs());
        let (mut i, mut j) = (0, 0);
        let mut out = Self::default();
        while let (Some(&x), Some(&y)) = (a.get(i), b.get(j)) {
            let (lo, hi) = (x.0.max(y.0), x.1.min(y.1));
            if lo <= hi {
                out.push((lo, hi));
            }
            if x.1 < y.1 {
                i += 1;
            } else {
                j += 1;
            }
        }
        out
    }

    /// The days of this set that are not in `other`.
    pub(crate) fn minus(&self, other: &Self) -> Self {
        let b = other.runs();
        let mut out = Self::default();
        let mut j = 0;
        for &(mut lo, hi) in self.runs() {
            // Skip the runs of `other` that end before this one starts.
            while b.get(j).is_some_and(|r| r.1 < lo) {
                j += 1;
            }
            let mut k = j;
            let mut open = true;
            while let Some(&(blo, bhi)) = b.get(k) {
                if blo > hi {
                    break;
                }
                if blo > lo {
                    out.push((lo, blo - 1));
                }
                if bhi >= hi {
                    open = false;
                    break;
                }
                lo = bhi + 1;
                k += 1;
            }
            if open {
                out.push((lo, hi));
            }
        }
        out
    }

    /// Whether some day lies in `first..=last`.
    pub(crate) fn meets(&self, first: i32, last: i32) -> bool {
        meets(self.runs(), first, last)
    }
}

/// Whether some day of the ascending, disjoint `runs` lies in `first..=last`: the first run
/// that ends on or after `first` decides.
pub(crate) fn meets(runs: &[Run], first: i32, last: i32) -> bool {
    runs.get(runs.partition_point(|r| r.1 < first)).is_some_and(|r| r.0 <= last)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The set as a plain list of days in 0..40.
    fn plain(d: &Days) -> Vec<i32> {
        (0..40).filter(|&x| d.meets(x, x)).collect()
    }

    #[test]
    fn operations_agree_with_plain_sets_of_days() {
        let mut x: u64 = 3;
        let mut next = |n: u64| {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            ((x >> 33) % n) as i32
        };
        for _ in 0..500 {
            let mut set = || {
                let runs = (0..next(4)).map(|_| {
                    let a = next(40);
                    (a, a + next(8) - 2)
                });
                Days::of(runs.collect())
            };
            let (a, b) = (set(), set());
            let (pa, pb) = (plain(&a), plain(&b));
            let both: Vec<i32> = pa.iter().copied().filter(|d| pb.contains(d)).collect();
            let only: Vec<i32> = pa.iter().copied().filter(|d| !pb.contains(d)).collect();
            let either: Vec<i32> = (0..40).filter(|d| pa.contains(d) || pb.contains(d)).collect();
            assert_eq!(plain(&a.and(&b)), both, "{a:?} and {b:?}");
            assert_eq!(plain(&a.minus(&b)), only, "{a:?} minus {b:?}");
            let mut u = a.clone();
            u.add(&b);
            assert_eq!(plain(&u), either, "{a:?} add {b:?}");
            // Canonical: runs ascend, neither overlap nor meet.
            for d in [&a.and(&b), &a.minus(&b), &u] {
                assert!(d.runs().windows(2).all(|w| w[0].1 + 1 < w[1].0), "{d:?}");
                assert!(d.runs().iter().all(|r| r.0 <= r.1), "{d:?}");
            }
        }
    }

    #[test]
    fn unbounded_runs_neither_overflow_nor_split() {
        let all = Days::run(NEG_INF, POS_INF);
        assert_eq!(all.minus(&Days::run(NEG_INF, POS_INF)), Days::default());
        assert_eq!(all.minus(&Days::run(0, 5)).runs(), [(NEG_INF, -1), (6, POS_INF)]);
        assert_eq!(Days::of(vec![(0, POS_INF), (POS_INF, POS_INF)]).runs(), [(0, POS_INF)]);
        assert!(all.meets(POS_INF, POS_INF));
        assert!(Days::run(POS_INF, POS_INF).is_empty() && Days::run(NEG_INF, NEG_INF).is_empty());
    }
}
