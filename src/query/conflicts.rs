//! [`Dataset::conflicts`]: accounts of one party's positions that cannot both be true.

use serde::Serialize as DeriveSerialize;
use serde::ser::{Serialize, SerializeStruct, Serializer};

use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::records::Position;
use crate::resolve::{At, PartyIx, RankIx};
use crate::time::{Certainty, Period};

/// Why two positions cannot both be true.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    DeriveSerialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum ConflictKind {
    /// Incompatible stances on shared islands
    /// ([`Stance::is_incompatible_with`](crate::Stance::is_incompatible_with)): one account
    /// says the party renounced an island, another that it claimed it.
    Stance,
    /// The same stance towards the same counterpart on different, overlapping island sets:
    /// according to Putin, Japan in 1956 claimed two islands; according to Japan, four.
    Scope,
}

/// Two positions of one party that may hold at the same time, come from different
/// accounts, and cannot both be true.
///
/// It serializes as an object with the fields `positions` (the two ids, earlier start
/// first), `party`, `kind` (`"stance"` or `"scope"`), `islands` (the ids they disagree on),
/// `overlap` (EDTF), `certainty` of the overlap, and `sources` (the ids of both, without
/// repeats).
///
/// # Examples
///
/// ```
/// use island_claims::{Certainty, ConflictKind};
/// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let conflicts = data.conflicts();
/// let c = &conflicts[0];
/// assert_eq!(c.kind(), ConflictKind::Scope);
/// assert_eq!(c.positions().0.id.as_str(), "japan-four");
/// assert_eq!(c.positions().1.id.as_str(), "japan-two-per-putin");
/// assert_eq!(c.overlap().as_str(), "1956/1956");
/// // Japan's claim to four islands starts at some time in 1956: perhaps after the other ended.
/// assert_eq!(c.certainty(), Certainty::Possible);
/// let disputed: Vec<&str> = c.islands().iter().map(|i| i.as_str()).collect();
/// assert_eq!(disputed, ["south-kurils", "iturup", "kunashir"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<'a> {
    kind: ConflictKind,
    positions: (&'a Position, &'a Position),
    islands: Vec<&'a IslandId>,
    overlap: Period,
    certainty: Certainty,
    sources: Vec<&'a SourceId>,
}

impl<'a> Conflict<'a> {
    /// Why they cannot both be true.
    #[must_use]
    pub fn kind(&self) -> ConflictKind {
        self.kind
    }

    /// The two positions, the one that starts earlier (then the smaller id) first.
    #[must_use]
    pub fn positions(&self) -> (&'a Position, &'a Position) {
        self.positions
    }

    /// The party both positions are of.
    #[must_use]
    pub fn party(&self) -> &'a PartyId {
        &self.positions.0.holder
    }

    /// The islands they disagree on, expanded through groups, in dataset order: for a
    /// stance conflict those both cover, for a scope conflict those only one covers.
    #[must_use]
    pub fn islands(&self) -> &[&'a IslandId] {
        &self.islands
    }

    /// When both may hold: its hull is the days both hulls share. Its ends are the later
    /// of the two starts and the earlier of the two ends, as written in the positions.
    #[must_use]
    pub fn overlap(&self) -> &Period {
        &self.overlap
    }

    /// `Definite` when the two surely hold at some common time (on every reading of their
    /// dates), `Possible` when only some readings overlap.
    #[must_use]
    pub fn certainty(&self) -> Certainty {
        self.certainty
    }

    /// The sources of both positions, first's then second's, without repeats.
    #[must_use]
    pub fn sources(&self) -> &[&'a SourceId] {
        &self.sources
    }
}

impl Serialize for Conflict<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Conflict", 7)?;
        s.serialize_field("positions", &[&self.positions.0.id, &self.positions.1.id])?;
        s.serialize_field("party", self.party())?;
        s.serialize_field("kind", &self.kind)?;
        s.serialize_field("islands", &self.islands)?;
        s.serialize_field("overlap", self.overlap.as_str())?;
        s.serialize_field("certainty", &self.certainty)?;
        s.serialize_field("sources", &self.sources)?;
        s.end()
    }
}

/// The islands both sorted sets hold, and those only one holds.
fn split<T: Copy + Ord>(a: &[T], b: &[T]) -> (Vec<T>, Vec<T>) {
    let (mut both, mut one) = (Vec::new(), Vec::new());
    let (mut a, mut b) = (a.iter().peekable(), b.iter().peekable());
    loop {
        match (a.peek(), b.peek()) {
            (Some(&&x), Some(&&y)) if x == y => {
                both.push(x);
                a.next();
                b.next();
            }
            (Some(&&x), Some(&&y)) if x < y => {
                one.push(x);
                a.next();
            }
            (_, Some(&&y)) => {
                one.push(y);
                b.next();
            }
            (Some(&&x), None) => {
                one.push(x);
                a.next();
            }
            (None, None) => break,
        }
    }
    (both, one)
}

impl Dataset {
    /// Every pair of positions of one party that may hold at the same time, are backed by
    /// different sources or different accounts, and cannot both be true:
    ///
    /// - [`ConflictKind::Stance`]: incompatible stances on islands both cover;
    /// - [`ConflictKind::Scope`]: the same stance towards the same counterpart on island
    ///   sets that overlap but differ (expanded through groups).
    ///
    /// Two positions are backed by different accounts when no source gives both as the same
    /// party's account (the same `source` and `account_of`). Each conflict says whether the
    /// two surely overlap in time. Pairs come in the order of their first position, then
    /// of their second ([`Dataset::positions`] order).
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let json = serde_json::to_value(data.conflicts())?;
    /// assert_eq!(json[0]["positions"], serde_json::json!(["japan-four", "japan-two-per-putin"]));
    /// assert_eq!(json[0]["kind"], "scope");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn conflicts(&self) -> Vec<Conflict<'_>> {
        let index = self.index();
        let mut found: Vec<(RankIx, RankIx, Conflict<'_>)> = Vec::new();
        for party in 0..self.parties().len() {
            let Some(tree) = index.holder(PartyIx::new(party)) else { continue };
            let ranks: Vec<RankIx> = tree.ranks(index.len()).collect();
            for (n, &a) in ranks.iter().enumerate() {
                let Some(ba) = index.bounds_at(a) else { continue };
                for &b in ranks.iter().skip(n + 1) {
                    let Some(bb) = index.bounds_at(b) else { continue };
                    // Ranks go by earliest start: none further on can overlap `a` either.
                    if bb.start_lo > ba.end_hi {
                        break;
                    }
                    if let Some(c) = self.conflict(a, b) {
                        found.push((a, b, c));
                    }
                }
            }
        }
        found.sort_by_key(|&(a, b, _)| (a, b));
        found.into_iter().map(|(_, _, c)| c).collect()
    }

    /// The conflict between the positions at ranks `a` and `b` (`a` first, overlapping in
    /// time, same holder), if they have one.
    fn conflict(&self, a: RankIx, b: RankIx) -> Option<Conflict<'_>> {
        let index = self.index();
        let (ma, mb) = (self.match_at(a, i32::MIN, i32::MAX, None)?, self.match_at(b, i32::MIN, i32::MAX, None)?);
        let (pa, pb) = (ma.position(), mb.position());
        if pa.shares_an_account_with(pb) {
            return None;
        }
        let expansions = &self.resolved().expansions;
        let (ea, eb) = (expansions.set(index.expansion_at(a)?), expansions.set(index.expansion_at(b)?));
        let (both, one) = split(ea, eb);
        if both.is_empty() {
            return None;
        }
        let (kind, islands) =
            if pa.stance.is_incompatible_with(pb.stance, pa.counterpart.as_ref(), pb.counterpart.as_ref()) {
                (ConflictKind::Stance, both)
            } else if pa.stance == pb.stance && pa.counterpart == pb.counterpart && !one.is_empty() {
                (ConflictKind::Scope, one)
            } else {
                return None;
            };
        let (ba, bb) = (index.bounds_at(a)?, index.bounds_at(b)?);
        let start = if bb.start_lo > ba.start_lo { pb.period.start() } else { pa.period.start() };
        let end = if bb.end_hi < ba.end_hi { pb.period.end() } else { pa.period.end() };
        // Each period has a dated end, so the later start or the earlier end is dated.
        let overlap = Period::new(start.clone(), end.clone()).ok()?;
        let certainty = if ba.surely_overlaps(&bb) { Certainty::Definite } else { Certainty::Possible };
        let mut sources: Vec<&SourceId> = Vec::new();
        for s in pa.sources().chain(pb.sources()) {
            if !sources.contains(&s) {
                sources.push(s);
            }
        }
        let islands = islands.iter().filter_map(|&i| self.islands().at(i.get())).map(|x| &x.id).collect();
        Some(Conflict { kind, positions: (pa, pb), islands, overlap, certainty, sources })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_sorted_sets() {
        assert_eq!(split(&[1, 2, 4], &[2, 3]), (vec![2], vec![1, 3, 4]));
        assert_eq!(split(&[], &[1]), (vec![], vec![1]));
        assert_eq!(split(&[5], &[5]), (vec![5], vec![]));
    }
}
