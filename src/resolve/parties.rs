//! The party relations once resolved: each party's lines of succession, its parts (the
//! parties `part_of` it) and its agents (the parties that `represents` it), and the walk
//! that a query on a party makes through them.
//!
//! A query on a party may count the positions of other parties: its predecessors (with
//! `follow_succession`), its parts and its agents. A predecessor counts whatever the time;
//! a part or agent counts only for the time its membership or representation held. The walk
//! therefore carries, for each party it reaches, a [`Window`]: what is known of the days on
//! which every membership and representation along the way held at once.

use std::collections::HashMap;

use crate::records::Records;
use crate::resolve::{At, IdIndex, PartyIx};
use crate::time::{Bounds, Certainty, NEG_INF, POS_INF};

/// One step of succession, resolved: the predecessor, and whether another party contests it.
/// (A *line* is all the parties joined by such steps; see DESIGN.md's glossary.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Step {
    pub(crate) party: PartyIx,
    pub(crate) contested: bool,
}

/// How a query reached a party from the one it asked about: a set of the kinds of step
/// taken, empty for the party itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Route(u8);

impl Route {
    /// The party asked about.
    pub(crate) const DIRECT: Self = Self(0);
    /// Through `successor_of`.
    pub(crate) const SUCCESSOR: Self = Self(1);
    /// Through a contested `successor_of` (always with [`Self::SUCCESSOR`]).
    pub(crate) const CONTESTED: Self = Self(2);
    /// Through `part_of`.
    pub(crate) const PART: Self = Self(4);
    /// Through `represents`.
    pub(crate) const AGENT: Self = Self(8);

    /// Both routes' steps.
    #[must_use]
    pub(crate) fn with(self, other: Self) -> Self {
        Self(self.0 | other.0)
    }

    /// Whether every step of `other` was taken.
    pub(crate) fn has(self, other: Self) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }
}

/// Which relations a query follows from the party it asks about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Follow {
    pub(crate) succession: bool,
    pub(crate) contested: bool,
    pub(crate) parts: bool,
    pub(crate) agents: bool,
}

/// What is known of the days on which a set of periods (the memberships and representations
/// along a route) all held: the greatest earliest and latest start, the least earliest and
/// latest end, and whether every two of them surely overlap. By Helly's theorem for
/// intervals, they may all hold at one time exactly when `start_lo <= end_hi`, and all surely hold at
/// one time with another period when each two of them surely overlap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Window {
    start_lo: i32,
    start_hi: i32,
    end_lo: i32,
    end_hi: i32,
    sure: bool,
}

impl Window {
    /// No period at all: every day.
    pub(crate) const ALL: Self =
        Self { start_lo: NEG_INF, start_hi: NEG_INF, end_lo: POS_INF, end_hi: POS_INF, sure: true };

    /// The window of these periods and `b`, or `None` when they cannot all hold at one time.
    pub(crate) fn and(&self, b: &Bounds) -> Option<Self> {
        let w = Self {
            start_lo: self.start_lo.max(b.start_lo),
            start_hi: self.start_hi.max(b.start_hi),
            end_lo: self.end_lo.min(b.end_lo),
            end_hi: self.end_hi.min(b.end_hi),
            sure: self.sure && b.start_hi <= self.end_lo && self.start_hi <= b.end_lo,
        };
        (w.start_lo <= w.end_hi).then_some(w)
    }

    /// How surely a position of period `p` held, during the days `first..=last`, at a time
    /// when these periods all held: possibly when some reading of each meets the others,
    /// definitely when every reading does.
    pub(crate) fn certainty(&self, p: &Bounds, first: i32, last: i32) -> Option<Certainty> {
        let lo = self.start_lo.max(p.start_lo).max(first);
        let hi = self.end_hi.min(p.end_hi).min(last);
        if lo > hi {
            return None;
        }
        let sure = self.sure
            && p.certainty(first, last) == Some(Certainty::Definite)
            && self.start_hi <= last
            && self.end_lo >= first
            && self.start_hi <= p.end_lo
            && p.start_hi <= self.end_lo;
        Some(if sure { Certainty::Definite } else { Certainty::Possible })
    }

    /// Whether these periods all surely hold at one time (each two surely overlap).
    pub(crate) fn is_sure(&self) -> bool {
        self.sure
    }

    /// Whether every position this window admits, `other` admits at least as surely.
    pub(crate) fn covers(&self, other: &Self) -> bool {
        self.start_lo <= other.start_lo
            && self.end_hi >= other.end_hi
            && self.start_hi <= other.start_hi
            && self.end_lo >= other.end_lo
            && (self.sure || !other.sure)
    }
}

/// A party reached by a query's walk, with the window its positions count in and the route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reached {
    pub(crate) party: PartyIx,
    pub(crate) window: Window,
    pub(crate) route: Route,
}

/// For each party, the parties related to it by a dated relation (`part_of`, `represents`),
/// with the relation's bounds.
pub(crate) type Dated = Box<[Box<[(PartyIx, Bounds)]>]>;

/// The party relations of a dataset, by party place.
#[derive(Debug, Clone, Default)]
pub(crate) struct Relations {
    /// For each party, the predecessors its `successor_of` names that are known.
    pub(crate) predecessors: Box<[Box<[Step]>]>,
    /// For each party, the parties `part_of` it, with the membership's bounds.
    pub(crate) parts: Dated,
    /// For each party, the parties that represent it, with the representation's bounds.
    pub(crate) agents: Dated,
}

impl Relations {
    /// Resolves the party relations of `r`; unknown parties are left out.
    pub(crate) fn new(r: &Records, parties: &IdIndex) -> Self {
        let predecessors = r
            .parties
            .iter()
            .map(|x| {
                x.successor_of
                    .iter()
                    .filter_map(|s| {
                        Some(Step { party: parties.party(&r.parties, &s.party)?, contested: s.is_contested() })
                    })
                    .collect()
            })
            .collect();
        let mut parts = vec![Vec::new(); r.parties.len()];
        let mut agents = vec![Vec::new(); r.parties.len()];
        for (i, x) in r.parties.iter().enumerate() {
            for m in &x.part_of {
                if let Some(whole) = parties.party(&r.parties, &m.party) {
                    parts.at_mut(whole).push((PartyIx::new(i), m.period.bounds()));
                }
            }
            for rep in &x.represents {
                if let Some(whole) = parties.party(&r.parties, &rep.party) {
                    agents.at_mut(whole).push((PartyIx::new(i), rep.period.bounds()));
                }
            }
        }
        let boxed = |v: Vec<Vec<(PartyIx, Bounds)>>| v.into_iter().map(Vec::into_boxed_slice).collect();
        Self { predecessors, parts: boxed(parts), agents: boxed(agents) }
    }

    /// The party itself, then its predecessors through `successor_of` (all of them, every
    /// line, breadth first: nearest first), each once; contested lines only with
    /// `contested`. A cycle (which validation refuses) is walked once round.
    pub(crate) fn succession(&self, party: PartyIx, contested: bool) -> Vec<(PartyIx, Route)> {
        let mut chain = vec![(party, Route::DIRECT)];
        let mut next = 0;
        while let Some(&(p, route)) = chain.get(next) {
            next += 1;
            for line in self.predecessors.get(p.get()).map_or(&[][..], |l| &l[..]) {
                if (line.contested && !contested) || chain.iter().any(|(q, _)| *q == line.party) {
                    continue;
                }
                let step = if line.contested { Route::SUCCESSOR.with(Route::CONTESTED) } else { Route::SUCCESSOR };
                chain.push((line.party, route.with(step)));
            }
        }
        chain
    }

    /// The parties whose positions a query on `party` counts, as `follow` says: the party,
    /// its predecessors, then the parts and agents of any of these to any depth (a part of a
    /// part; an agent of a part), each with the window of the memberships and
    /// representations on its way. A party reached on several routes is listed once per
    /// route whose window no earlier route's window covers; the first entry of a party
    /// reached directly or by succession has [`Window::ALL`].
    pub(crate) fn reach(&self, party: PartyIx, follow: Follow) -> Vec<Reached> {
        let start =
            if follow.succession { self.succession(party, follow.contested) } else { vec![(party, Route::DIRECT)] };
        let mut found: Vec<Reached> =
            start.into_iter().map(|(party, route)| Reached { party, window: Window::ALL, route }).collect();
        if !follow.parts && !follow.agents {
            return found;
        }
        let mut at: HashMap<PartyIx, Vec<usize>> = HashMap::new();
        for (i, r) in found.iter().enumerate() {
            at.entry(r.party).or_default().push(i);
        }
        let empty: &[(PartyIx, Bounds)] = &[];
        let mut next = 0;
        while let Some(&from) = found.get(next) {
            next += 1;
            let parts = if follow.parts { self.parts.get(from.party.get()).map_or(empty, |x| x) } else { empty };
            let agents = if follow.agents { self.agents.get(from.party.get()).map_or(empty, |x| x) } else { empty };
            let steps = parts.iter().map(|s| (s, Route::PART)).chain(agents.iter().map(|s| (s, Route::AGENT)));
            for (&(to, bounds), kind) in steps {
                let Some(window) = from.window.and(&bounds) else { continue };
                let seen = at.entry(to).or_default();
                if seen.iter().any(|&j| found.get(j).is_some_and(|r| r.window.covers(&window))) {
                    continue;
                }
                seen.push(found.len());
                found.push(Reached { party: to, window, route: from.route.with(kind) });
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Period;

    fn b(text: &str) -> Bounds {
        text.parse::<Period>().unwrap_or_else(|e| panic!("{e}")).bounds()
    }

    #[test]
    fn a_window_is_the_days_all_its_periods_share() {
        let w = Window::ALL.and(&b("1950/1970")).unwrap_or_else(|| panic!("overlap"));
        let (y1962, y1980) = (b("1962"), b("1980").start_lo);
        assert_eq!(w.certainty(&b("1960/1965"), y1962.start_lo, y1962.end_hi), Some(Certainty::Definite));
        assert_eq!(w.certainty(&b("1975/1980"), NEG_INF, POS_INF), None);
        assert_eq!(w.certainty(&b("1965/1980"), y1980, y1980), None);
        // An uncertain membership makes a sure position only possible.
        let unsure = Window::ALL.and(&b("1950/196X")).unwrap_or_else(|| panic!("overlap"));
        assert_eq!(unsure.certainty(&b("1962/1963"), NEG_INF, POS_INF), Some(Certainty::Possible));
        assert_eq!(unsure.certainty(&b("1952/1953"), NEG_INF, POS_INF), Some(Certainty::Definite));
        assert!(Window::ALL.and(&b("1950/1955")).and_then(|w| w.and(&b("1960/1970"))).is_none());
    }

    #[test]
    fn a_window_covers_the_narrower() {
        let wide = Window::ALL.and(&b("1950/1970")).unwrap_or_else(|| panic!("overlap"));
        let narrow = wide.and(&b("1960/1980")).unwrap_or_else(|| panic!("overlap"));
        assert!(wide.covers(&narrow));
        assert!(!narrow.covers(&wide));
        assert!(Window::ALL.covers(&wide));
    }
}
