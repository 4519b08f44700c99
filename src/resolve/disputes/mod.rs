//! Disputes derived from positions: which two parties contended for which islands, when, and
//! how surely; built once, on first use, with an interval index of their own.
//!
//! The rules, in the words of DESIGN.md ("Derived disputes"), made exact:
//!
//! - **Sides.** Parties joined by uncontested `successor_of` are one *line* (the USSR and
//!   Russia): a line is one side of a dispute, continued by the successor. A position of a
//!   party that is `part_of` another party, or `represents` it, counts for that party on the
//!   days on which the membership or representation may hold (possibly; definitely on the
//!   days it surely holds), to any depth (an oblast of the USSR, a minister of Russia), and
//!   for itself only on the days on which none may hold. Two lines joined by a
//!   contested succession, or of which one has a party part of, or acting for, a party of the
//!   other at any time, are never in dispute with each other.
//! - **Contention.** Two positions of parties of different lines contend on an island both
//!   cover (groups and regions expanded to their members, islands to their parts) when their
//!   stances do, by [`Contention`](crate::Contention)'s table.
//! - **Days.** The contention *possibly* holds on a day on which both positions possibly hold
//!   (in both hulls) and the island possibly exists; it *definitely* holds on a day in both
//!   positions' cores and the island's existence core.
//! - **Disputes.** Everything two lines contend for under one root (the topmost group or
//!   region of the islands) is cut into disputes at the days on which no contention possibly
//!   holds: each run of days on which some contention possibly holds is one dispute. Its
//!   possible span is that run; its definite days, the days in it on which some contention
//!   definitely holds. Its positions are those whose possible days meet a contending
//!   position's in it; its islands, those on which some contention possibly holds in it.
//! - **Ending.** A dispute whose last day is not open ended: the events that ended it are the
//!   `ended_by` of its positions whose latest end is that day. It was *settled* by an event
//!   when every position behind it ended by that one event and a party of each side (or a
//!   part or agent of one) took part in it.

mod days;
mod derive;

pub(crate) use days::{Days, Run};

use crate::ids::{IslandId, PartyId};
use crate::records::{Contention, Records};
use crate::resolve::idx;
use crate::resolve::{At, IslandIx, PositionIx, RankIx, Ranked, Resolved, Tree};
use crate::time::Certainty;

/// One derived dispute, by places in the dataset's lists.
#[derive(Debug, Clone)]
pub(crate) struct Derived {
    /// The topmost group or region of its islands (or the island itself).
    pub(crate) territory: IslandId,
    /// The party that names each side: the last of it to take part.
    pub(crate) named: [PartyId; 2],
    /// The parties of each side that took part (none left out), in order of their first
    /// day in it.
    pub(crate) sides: [Box<[PartyId]>; 2],
    /// Its islands, in dataset order, each with its own days and ending.
    pub(crate) per_island: Box<[DisputedIsland]>,
    /// The days on which it possibly held: one run.
    pub(crate) possible: Run,
    /// The days on which it definitely held, within `possible`.
    pub(crate) definite: Days,
    /// The kinds of contention in it, in the order of [`Contention`].
    pub(crate) contention: Box<[Contention]>,
    /// The positions behind it, in dataset order.
    pub(crate) positions: Box<[PositionIx]>,
    /// One entry per pair of parties, one of each side, in order of their first day.
    pub(crate) dyads: Box<[Dyad]>,
    /// How it ended, on its last day (the default while it may go on).
    pub(crate) end: Ending,
}

/// One island of a dispute: the days it was contended for, and how that ended.
#[derive(Debug, Clone)]
pub(crate) struct DisputedIsland {
    pub(crate) island: IslandIx,
    pub(crate) id: IslandId,
    /// Its first and last possible day in the dispute.
    pub(crate) possible: Run,
    pub(crate) definite: Days,
    pub(crate) end: Ending,
}

/// How a dispute, or one island of it, ended.
#[derive(Debug, Clone, Default)]
pub(crate) struct Ending {
    /// The events that ended it (the `ended_by` of the positions whose end stopped the
    /// contention), by place, in dataset order.
    pub(crate) ended_by: Box<[usize]>,
    pub(crate) how: How,
    /// The one event that ended it, where one did.
    pub(crate) by: Option<usize>,
}

/// The kinds of ending; see [`Outcome`](crate::Outcome).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum How {
    Settled,
    Adjudicated,
    Renounced,
    Absorbed,
    #[default]
    Ended,
}

impl Derived {
    /// How surely it held at some time of `first..=last`: definitely when some definite day
    /// lies in it; `None` when no possible day does.
    pub(crate) fn certainty(&self, first: i32, last: i32) -> Option<Certainty> {
        certainty(self.possible, self.definite.runs(), first, last)
    }
}

/// How surely a dispute of `possible` days and `definite` runs held at some time of
/// `first..=last`: the one rule of [`Derived::certainty`] and of [`Disputes::search`], which
/// reads the runs from its flat array.
fn certainty(possible: Run, definite: &[Run], first: i32, last: i32) -> Option<Certainty> {
    if possible.0 > last || possible.1 < first {
        None
    } else if days::meets(definite, first, last) {
        Some(Certainty::Definite)
    } else {
        Some(Certainty::Possible)
    }
}

/// The days on which one party of each side contended, within a dispute.
#[derive(Debug, Clone)]
pub(crate) struct Dyad {
    /// A party of the dispute's first side, then one of its second.
    pub(crate) parties: [PartyId; 2],
    pub(crate) possible: Days,
    pub(crate) definite: Days,
}

/// Every dispute of a dataset, ranked by first possible day, and a tree to search them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Disputes {
    list: Box<[Derived]>,
    ranked: Ranked,
    all: Tree,
    /// The definite runs of every dispute, in rank order, flat: those of rank `r` are
    /// `definite[definite_at[r]..definite_at[r + 1]]`. A query reads them in the order it
    /// finds the disputes, from one array, rather than from each dispute's own list.
    definite_at: Box<[u32]>,
    definite: Box<[Run]>,
}

impl Disputes {
    /// Derives every dispute of `r`. Never fails; references that do not resolve count for
    /// nothing.
    pub(crate) fn new(r: &Records, res: &Resolved) -> Self {
        let mut list = derive::derive(r, res);
        fn key(d: &Derived) -> ((i32, i32), Option<&PartyId>, Option<&PartyId>, &IslandId) {
            (d.possible, d.sides[0].first(), d.sides[1].first(), &d.territory)
        }
        list.sort_by(|a, b| key(a).cmp(&key(b)));
        let ranked =
            Ranked::new(list.iter().map(|d| d.possible.0).collect(), list.iter().map(|d| d.possible.1).collect());
        let mut definite_at = Vec::with_capacity(list.len() + 1);
        let mut definite = Vec::new();
        for d in &list {
            definite_at.push(idx(definite.len()));
            definite.extend_from_slice(d.definite.runs());
        }
        definite_at.push(idx(definite.len()));
        Self {
            all: ranked.tree(None),
            ranked,
            list: list.into_boxed_slice(),
            definite_at: definite_at.into_boxed_slice(),
            definite: definite.into_boxed_slice(),
        }
    }

    /// Every dispute, in rank order.
    pub(crate) fn list(&self) -> &[Derived] {
        &self.list
    }

    /// Appends to `out` what `answer` makes of each dispute that possibly held on some day
    /// of `first..=last`, in rank order, with how surely it did.
    pub(crate) fn search<'a, T>(
        &'a self,
        first: i32,
        last: i32,
        out: &mut Vec<T>,
        answer: impl Fn(&'a Derived, Certainty) -> T,
    ) {
        self.ranked.search_hits(&self.all, first, last, |hits| {
            out.reserve(hits.len());
            hits.for_each(|rank: RankIx| {
                let r = rank.get();
                let (d, lo, hi) = (self.list.at(r), *self.definite_at.at(r), *self.definite_at.at(r + 1));
                let runs = self.definite.get(lo as usize..hi as usize).unwrap_or_default();
                if let Some(c) = certainty(d.possible, runs, first, last) {
                    out.push(answer(d, c));
                }
            });
        });
    }
}
