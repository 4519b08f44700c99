//! Sets of places joined pairwise: the one union-find of the crate, behind the lines of
//! succession of derived disputes and the happenings of event accounts.

use crate::resolve::At;

/// Places `0..n` in disjoint sets, each named by its least member, so that the name of a
/// set does not depend on the order in which its pairs were joined.
#[derive(Debug, Clone)]
pub(crate) struct UnionFind {
    /// Each place's parent; a set's least member is its own parent.
    parent: Vec<usize>,
}

impl UnionFind {
    /// `n` places, each in a set of its own.
    pub(crate) fn new(n: usize) -> Self {
        Self { parent: (0..n).collect() }
    }

    /// The least member of the set of `x`. Halves the path as it goes, so a long chain is
    /// walked once.
    pub(crate) fn find(&mut self, mut x: usize) -> usize {
        loop {
            let p = *self.parent.at(x);
            if p == x {
                return x;
            }
            let grand = *self.parent.at(p);
            *self.parent.at_mut(x) = grand;
            x = p;
        }
    }

    /// Joins the sets of `a` and `b`.
    pub(crate) fn join(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        // Every link points to a smaller place: the least member stays the root.
        let (lo, hi) = (a.min(b), a.max(b));
        *self.parent.at_mut(hi) = lo;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_are_named_by_their_least_member() {
        let mut sets = UnionFind::new(6);
        sets.join(4, 2);
        sets.join(5, 4);
        sets.join(3, 1);
        assert_eq!((0..6).map(|i| sets.find(i)).collect::<Vec<_>>(), [0, 1, 2, 1, 2, 2]);
        sets.join(5, 3);
        assert_eq!((0..6).map(|i| sets.find(i)).collect::<Vec<_>>(), [0, 1, 1, 1, 1, 1]);
    }
}
