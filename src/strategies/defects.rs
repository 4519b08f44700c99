//! Valid datasets broken in exactly one way, one strategy per validation code.

use std::fmt;

use proptest::prelude::*;
use proptest::sample::{Index, select};

use super::{DatasetParams, dataset_with};
use crate::dataset::{Dataset, DatasetBuilder};
use crate::ids::{EventId, IslandId, PartyId, SourceId};
use crate::records::{
    Attribution, CounterpartRule, Event, EventKind, Island, IslandKind, Location, Party, PartyKind, Position, Rank,
    Relation, Role, Source, SourceKind, Stance, Succession,
};
use crate::time::{Period, When};
use crate::validate::IssueCode;

/// A valid dataset taken apart and broken in one way, so that building it reports
/// [`code`](Self::code) and nothing else (for a warning code: builds, with that warning).
///
/// Its `Debug` form says what was changed and prints the broken records as JSON.
#[derive(Clone)]
pub struct Defect {
    code: IssueCode,
    change: String,
    base: Dataset,
    builder: DatasetBuilder,
}

impl Defect {
    /// The code that building [`builder`](Self::builder) reports.
    #[must_use]
    pub fn code(&self) -> IssueCode {
        self.code
    }

    /// What was changed, in words.
    #[must_use]
    pub fn change(&self) -> &str {
        &self.change
    }

    /// The valid dataset before the change.
    #[must_use]
    pub fn base(&self) -> &Dataset {
        &self.base
    }

    /// The broken records.
    #[must_use]
    pub fn builder(&self) -> &DatasetBuilder {
        &self.builder
    }

    /// The broken records, to edit further.
    #[must_use]
    pub fn into_builder(self) -> DatasetBuilder {
        self.builder
    }
}

impl fmt::Debug for Defect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Defect {} ({}) in:\n{}", self.code, self.change, self.builder.to_json())
    }
}

/// Broken datasets that report `code`, and only it.
///
/// Each is a valid generated dataset, taken apart with
/// [`Dataset::to_builder`] and changed through the `*_mut` editors or by adding records.
/// Every code has a strategy: adding a code to [`IssueCode`] without one here does not
/// compile.
///
/// ```
/// use island_claims::IssueCode;
/// use island_claims::strategies::single_defect;
/// use proptest::prelude::*;
///
/// proptest!(|(defect in single_defect(IssueCode::PartOfCycle))| {
///     let report = defect.builder().build().unwrap_err();
///     prop_assert!(report.errors().all(|i| i.code == IssueCode::PartOfCycle));
/// });
/// ```
pub fn single_defect(code: IssueCode) -> BoxedStrategy<Defect> {
    let params = DatasetParams::default().without_warnings().positions(1..=8).events(1..=4).islands(2..=8);
    (dataset_with(params), any::<Index>(), any::<Index>(), 0..8usize, 1860..=2000i32)
        .prop_map(move |(base, ix, other, variant, year)| {
            let mut b = base.to_builder();
            let pick = Pick { ix, other, variant, year };
            let change = break_it(code, &base, &mut b, &pick);
            Defect { code, change, base, builder: b }
        })
        .boxed()
}

/// Broken datasets, each reporting one code, drawn from every code.
pub fn any_defect() -> impl Strategy<Value = Defect> {
    select(IssueCode::iter().collect::<Vec<_>>()).prop_flat_map(single_defect)
}

/// The random choices a defect may use.
struct Pick {
    ix: Index,
    other: Index,
    variant: usize,
    year: i32,
}

impl Pick {
    /// An index below `n`, if `n` is not zero.
    fn of(&self, n: usize) -> Option<usize> {
        (n > 0).then(|| self.ix.index(n))
    }

    fn period(&self, from: i32, to: i32) -> Period {
        period(&format!("{}/{}", self.year + from, self.year + to))
    }
}

fn id<T: std::str::FromStr>(s: &str) -> T
where
    T::Err: fmt::Debug,
{
    // The ids here are literals that are valid slugs.
    s.parse().unwrap_or_else(|e| unreachable!("'{s}' is a valid id: {e:?}"))
}

fn period(s: &str) -> Period {
    Period::parse(s).unwrap_or_else(|e| unreachable!("'{s}' is a valid period: {e}"))
}

fn when(s: &str) -> When {
    When::parse(s).unwrap_or_else(|e| unreachable!("'{s}' is a valid date: {e}"))
}

const FRESH_PARTY: &str = "defect-party";
const FRESH_SOURCE: &str = "defect-source";
const FRESH_EVENT: &str = "defect-event";
const FRESH_PART: &str = "defect-part";

/// Adds a party of its own (so no other position shares its holder) and a position held by
/// it on the first island, attributed to the first source. Returns its index.
fn fresh_position(b: &mut DatasetBuilder, base: &Dataset, stance: Stance, period: Period) -> usize {
    if !b.parties_mut().iter().any(|p| p.id == FRESH_PARTY) {
        b.parties_mut().push(Party::new(id(FRESH_PARTY), PartyKind::Organisation));
    }
    let island = base.islands().first().map_or_else(|| id("missing"), |i| i.id.clone());
    let source = base.sources().first().map_or_else(|| id("missing"), |s| s.id.clone());
    let n = b.positions_mut().len();
    let pos = Position::new(id(&format!("defect-position-{n}")), id(FRESH_PARTY), stance, vec![island], period)
        .with_attribution(Attribution::new(source));
    b.positions_mut().push(pos);
    n
}

/// Adds a source published in 2100, after every generated event, and an event at `when`
/// attributed to it.
fn fresh_event(b: &mut DatasetBuilder, when: Period) {
    b.sources_mut().push(Source::new(id(FRESH_SOURCE), SourceKind::ArchiveDocument, "defect", self::when("2100")));
    let event = Event::new(id(FRESH_EVENT), EventKind::Other, when, "defect")
        .with_attribution(Attribution::new(id(FRESH_SOURCE)));
    b.events_mut().push(event);
}

/// Adds a part existing during `exists`, of the first island that may have parts (or of a
/// new island when there is none).
fn fresh_part(b: &mut DatasetBuilder, base: &Dataset, exists: Period) {
    let whole = base.islands().iter().find(|i| i.kind.has_parts()).map(|i| i.id.clone());
    let whole = whole.unwrap_or_else(|| {
        b.islands_mut().push(Island::new(id("defect-whole"), IslandKind::Island));
        id("defect-whole")
    });
    b.islands_mut().push(Island::new(id(FRESH_PART), IslandKind::Part).with_part_of(whole).with_exists(exists));
}

fn position_mut(b: &mut DatasetBuilder, i: usize) -> Option<&mut Position> {
    b.positions_mut().get_mut(i)
}

/// Some party other than the holder of position `i`.
fn other_party(base: &Dataset, holder: &PartyId) -> PartyId {
    base.parties().iter().map(|p| &p.id).find(|p| *p != holder).cloned().unwrap_or_else(|| id("missing"))
}

/// Changes `b` so that it reports `code` only, and says how.
#[allow(clippy::too_many_lines)] // One arm per code reads better than one function each.
fn break_it(code: IssueCode, base: &Dataset, b: &mut DatasetBuilder, pick: &Pick) -> String {
    let positions = base.all_positions().len();
    let y = pick.year;
    match code {
        IssueCode::DuplicateId => {
            let kinds =
                [base.islands().len(), base.parties().len(), base.sources().len(), base.events().len(), positions];
            let available: Vec<usize> = (0..kinds.len()).filter(|&k| kinds.get(k).is_some_and(|&n| n > 0)).collect();
            let kind = available.get(pick.variant % available.len().max(1)).copied().unwrap_or(0);
            let i = pick.of(kinds.get(kind).copied().unwrap_or(0)).unwrap_or(0);
            match kind {
                1 => copy(b.parties_mut(), i, "party"),
                2 => copy(b.sources_mut(), i, "source"),
                3 => copy(b.events_mut(), i, "event"),
                4 => copy(b.positions_mut(), i, "position"),
                _ => copy(b.islands_mut(), i, "island"),
            }
        }
        IssueCode::UnknownReference => {
            let i = pick.of(positions);
            match (pick.variant % 7, i) {
                (6, _) => {
                    let p = pick.of(base.parties().len()).unwrap_or(0);
                    if let Some(party) = b.parties_mut().get_mut(p) {
                        party.part_of.push(crate::records::Relation::new(id("missing-party"), period("2000/..")));
                    }
                    format!("party {p} is part of an unknown party")
                }
                (1, _) => {
                    let p = pick.of(base.parties().len()).unwrap_or(0);
                    if let Some(party) = b.parties_mut().get_mut(p) {
                        party.successor_of.push(Succession::new(id("missing-party")));
                    }
                    format!("party {p} succeeds an unknown party")
                }
                (2, Some(i)) => {
                    if let Some(pos) = position_mut(b, i) {
                        pos.islands.push(id("missing-island"));
                    }
                    format!("position {i} names an unknown island")
                }
                (3, Some(i)) => {
                    if let Some(pos) = position_mut(b, i) {
                        pos.attributions.push(Attribution::new(id("missing-source")));
                    }
                    format!("position {i} is attributed to an unknown source")
                }
                (4, Some(i)) => {
                    if let Some(pos) = position_mut(b, i) {
                        pos.established_by = Some(id("missing-event"));
                    }
                    format!("position {i} is established by an unknown event")
                }
                (5, _) if !base.events().is_empty() => {
                    let e = pick.other.index(base.events().len());
                    if let Some(ev) = b.events_mut().get_mut(e) {
                        ev.same_as = Some(id("missing-event"));
                    }
                    format!("event {e} is same_as an unknown event")
                }
                _ => {
                    let i = pick.of(base.islands().len()).unwrap_or(0);
                    if let Some(island) = b.islands_mut().get_mut(i) {
                        island.part_of = Some(id("missing-island"));
                    }
                    format!("island {i} is part of an unknown island")
                }
            }
        }
        IssueCode::EmptyIslands => {
            let i = pick.of(positions).unwrap_or_else(|| fresh_position(b, base, Stance::Administers, period("2000")));
            if let Some(pos) = position_mut(b, i) {
                pos.islands.clear();
            }
            format!("position {i} names no island")
        }
        IssueCode::PeriodReversed => {
            let p = pick.of(base.parties().len()).unwrap_or(0);
            let other = pick.other.index(base.parties().len().max(1));
            let other = if other == p { (p + 1) % base.parties().len().max(1) } else { other };
            let whom = base.parties().get(other).map_or_else(|| id("missing"), |x| x.id.clone());
            let gap = 1 + i32::try_from(pick.variant).unwrap_or(0);
            let reversed = period(&format!("{}/{y}", y + gap));
            // A state does not represent a state (a warning): it protects it.
            let both_states = base.parties().get(p).is_some_and(|x| x.kind == PartyKind::State)
                && base.parties().get(other).is_some_and(|x| x.kind == PartyKind::State);
            if let Some(party) = b.parties_mut().get_mut(p) {
                let list = if both_states { &mut party.protected_by } else { &mut party.represents };
                list.push(Relation::new(whom, reversed.clone()));
            }
            format!("party {p} represents another during the reversed period {reversed}")
        }
        IssueCode::PositionOutsideHolderExistence => {
            let exists = pick.period(0, 1);
            let during = if pick.variant % 2 == 0 { pick.period(5, 10) } else { pick.period(-10, -5) };
            let i = fresh_position(b, base, Stance::ClaimsSovereignty, during.clone());
            if let Some(party) = b.parties_mut().iter_mut().find(|p| p.id == FRESH_PARTY) {
                party.exists = Some(exists.clone());
            }
            format!("position {i} holds during {during}, its holder exists during {exists}")
        }
        IssueCode::EventOutsideParticipantExistence => {
            let exists = pick.period(0, 1);
            let when = period(&(y + 5).to_string());
            fresh_event(b, when.clone());
            let mut party = Party::new(id(FRESH_PARTY), PartyKind::Person);
            party.exists = Some(exists.clone());
            b.parties_mut().push(party);
            if let Some(ev) = b.events_mut().last_mut() {
                ev.participants.push(crate::records::Participant { party: id(FRESH_PARTY), role: Role::Speaker });
            }
            format!("event at {when} has a participant existing during {exists}")
        }
        IssueCode::MissingAttribution => match (pick.variant % 2, pick.of(base.events().len())) {
            (1, Some(e)) => {
                if let Some(ev) = b.events_mut().get_mut(e) {
                    ev.attributions.clear();
                }
                format!("event {e} has no attribution")
            }
            _ => {
                let i =
                    pick.of(positions).unwrap_or_else(|| fresh_position(b, base, Stance::Administers, period("2000")));
                if let Some(pos) = position_mut(b, i) {
                    pos.attributions.clear();
                }
                format!("position {i} has no attribution")
            }
        },
        IssueCode::CounterpartRequired => {
            // A position of a holder of its own: an existing one left without its counterpart
            // could become incompatible with another of its holder's, since a missing
            // counterpart may be any party.
            let required: Vec<Stance> =
                Stance::iter().filter(|s| s.counterpart_rule() == CounterpartRule::Required).collect();
            let stance = required.get(pick.variant % required.len().max(1)).copied().unwrap_or(Stance::DemandsTransfer);
            let i = fresh_position(b, base, stance, pick.period(0, 3));
            format!("position {i} has stance {stance} and no counterpart")
        }
        IssueCode::CounterpartNotAllowed => {
            let existing =
                base.all_positions().iter().position(|p| p.stance.counterpart_rule() == CounterpartRule::NotAllowed);
            let i = existing.unwrap_or_else(|| fresh_position(b, base, Stance::Administers, period("2000")));
            if let Some(pos) = position_mut(b, i) {
                pos.counterpart = Some(other_party(base, &pos.holder));
            }
            format!("position {i} names a counterpart its stance does not take")
        }
        IssueCode::CounterpartIsHolder => {
            let existing =
                base.all_positions().iter().position(|p| p.stance.counterpart_rule() != CounterpartRule::NotAllowed);
            let i = existing.unwrap_or_else(|| fresh_position(b, base, Stance::OffersTransfer, period("2000")));
            if let Some(pos) = position_mut(b, i) {
                pos.counterpart = Some(pos.holder.clone());
            }
            format!("position {i} names its holder as counterpart")
        }
        IssueCode::PartOfCycle => {
            let group = base.islands().iter().position(|i| i.kind.has_members());
            match group.filter(|_| pick.variant % 2 == 0) {
                Some(g) => {
                    if let Some(island) = b.islands_mut().get_mut(g) {
                        island.part_of = Some(island.id.clone());
                    }
                    format!("group {g} is part of itself")
                }
                None => {
                    // A ring of new groups, each part of the next.
                    let n = 1 + pick.variant % 3;
                    for k in 0..n {
                        let island = Island::new(id(&format!("defect-ring-{k}")), IslandKind::Group)
                            .with_part_of(id(&format!("defect-ring-{}", (k + 1) % n)));
                        b.islands_mut().push(island);
                    }
                    format!("a ring of {n} new groups, each part of the next")
                }
            }
        }
        IssueCode::PartOfNotAGroup => {
            let part = base.islands().iter().find(|i| i.kind == IslandKind::Part).map(|i| i.id.clone());
            if let Some(part) = part.filter(|_| pick.variant % 2 == 1) {
                b.islands_mut().push(Island::new(id("defect-island"), IslandKind::Island).with_part_of(part.clone()));
                return format!("a new island is part of the part '{part}'");
            }
            b.islands_mut().push(Island::new(id("defect-island"), IslandKind::Island));
            // A part may be part of an island: break one that is not a part.
            let whole: Vec<usize> = (0..base.islands().len())
                .filter(|&i| base.islands().get(i).is_some_and(|x| x.kind != IslandKind::Part))
                .collect();
            let i = pick.of(whole.len()).and_then(|k| whole.get(k).copied()).unwrap_or(0);
            if let Some(island) = b.islands_mut().get_mut(i) {
                island.part_of = Some(id("defect-island"));
            }
            format!("island {i} is part of a new single island")
        }
        IssueCode::PartOfNotAnIsland => {
            let group = base.islands().iter().find(|i| i.kind.has_members()).map(|i| i.id.clone());
            let group = group.unwrap_or_else(|| {
                b.islands_mut().push(Island::new(id("defect-group"), IslandKind::Group));
                id("defect-group")
            });
            b.islands_mut().push(Island::new(id(FRESH_PART), IslandKind::Part).with_part_of(group.clone()));
            format!("a new part is part of the group or region '{group}'")
        }
        IssueCode::PartWithoutIsland => {
            let existing = base.islands().iter().position(|i| i.kind == IslandKind::Part);
            match existing.filter(|_| pick.variant % 2 == 0) {
                Some(i) => {
                    if let Some(part) = b.islands_mut().get_mut(i) {
                        part.part_of = None;
                    }
                    format!("part {i} names no island")
                }
                None => {
                    b.islands_mut().push(Island::new(id(FRESH_PART), IslandKind::Part));
                    "a new part names no island".to_owned()
                }
            }
        }
        IssueCode::PositionOutsideIslandExistence => {
            let exists = pick.period(0, 1);
            let during = if pick.variant % 2 == 0 { pick.period(5, 10) } else { pick.period(-10, -5) };
            fresh_part(b, base, exists.clone());
            let i = fresh_position(b, base, Stance::ClaimsSovereignty, during.clone());
            if let Some(pos) = position_mut(b, i) {
                pos.islands = vec![id(FRESH_PART)];
            }
            format!("position {i} holds during {during} on a part existing during {exists}")
        }
        IssueCode::EventOutsideIslandExistence => {
            let exists = pick.period(0, 1);
            let when = period(&(y + 5).to_string());
            fresh_part(b, base, exists.clone());
            fresh_event(b, when.clone());
            if let Some(ev) = b.events_mut().last_mut() {
                ev.islands.push(id(FRESH_PART));
            }
            format!("event at {when} names a part existing during {exists}")
        }
        IssueCode::SuccessorCycle => {
            let start = pick.of(base.parties().len()).unwrap_or(0);
            // Follow the successions from `start` to their end, and close the ring there.
            let mut last = start;
            let mut steps = 0;
            while let Some(next) = base
                .parties()
                .get(last)
                .and_then(|p| p.successor_of.first())
                .and_then(|s| base.parties().iter().position(|p| p.id == s.party))
            {
                last = next;
                steps += 1;
                if steps > base.parties().len() {
                    break;
                }
            }
            let first = base.parties().get(start).map_or_else(|| id("missing"), |p| p.id.clone());
            if let Some(party) = b.parties_mut().get_mut(last) {
                party.successor_of.push(Succession::new(first));
            }
            format!("party {last} now succeeds party {start}, closing a ring of {} parties", steps + 1)
        }
        IssueCode::PartyPartOfCycle => {
            let p = pick.of(base.parties().len()).unwrap_or(0);
            let during = pick.period(0, 10);
            let q = (p + 1) % base.parties().len().max(1);
            let ids: Vec<PartyId> =
                [p, q].iter().filter_map(|&k| base.parties().get(k).map(|x| x.id.clone())).collect();
            match (pick.variant % 2, ids.as_slice()) {
                (1, [a, z]) if a != z => {
                    // Each part of the other, at the same time: a ring of two.
                    if let Some(party) = b.parties_mut().get_mut(p) {
                        party.part_of.push(crate::records::Relation::new(z.clone(), during.clone()));
                    }
                    if let Some(party) = b.parties_mut().get_mut(q) {
                        party.part_of.push(crate::records::Relation::new(a.clone(), during.clone()));
                    }
                    format!("parties {p} and {q} are each part of the other during {during}")
                }
                _ => {
                    let me = ids.first().cloned().unwrap_or_else(|| id("missing"));
                    if let Some(party) = b.parties_mut().get_mut(p) {
                        party.part_of.push(crate::records::Relation::new(me, during.clone()));
                    }
                    format!("party {p} is part of itself during {during}")
                }
            }
        }
        IssueCode::SuccessionContestedByItsParty => {
            // A new party succeeding an existing one, contested by itself or by its
            // predecessor: no cycle, and the line has a source.
            let p = pick.of(base.parties().len()).unwrap_or(0);
            let pred = base.parties().get(p).map_or_else(|| id("missing"), |x| x.id.clone());
            let source = base.sources().first().map_or_else(|| id("missing"), |s| s.id.clone());
            let heir: PartyId = id("defect-heir");
            let by = if pick.variant % 2 == 0 { heir.clone() } else { pred.clone() };
            let line = Succession::new(pred).with_contested_by(by).with_attribution(Attribution::new(source));
            b.parties_mut().push(Party::new(heir, PartyKind::State).with_succession(line));
            format!("a new party succeeds party {p}, its succession contested by one of the two")
        }
        IssueCode::PositionBeforeEstablishingEvent | IssueCode::PositionAfterEndingEvent => {
            let when = period(&y.to_string());
            fresh_event(b, when.clone());
            let during = pick.period(-5, 5);
            let i = fresh_position(b, base, Stance::Administers, during.clone());
            let before = code == IssueCode::PositionBeforeEstablishingEvent;
            if let Some(pos) = position_mut(b, i) {
                if before {
                    pos.established_by = Some(id(FRESH_EVENT));
                } else {
                    pos.ended_by = Some(id(FRESH_EVENT));
                }
            }
            let link = if before { "established" } else { "ended" };
            format!("position {i} during {during} is {link} by an event at {when}")
        }
        IssueCode::SourceCitesUnknown => {
            let s = pick.of(base.sources().len()).unwrap_or(0);
            if let Some(source) = b.sources_mut().get_mut(s) {
                source.cites.push(id::<SourceId>("missing-source"));
            }
            format!("source {s} cites an unknown source")
        }
        IssueCode::SourcePublishedBeforeEvent => {
            b.sources_mut().push(Source::new(id(FRESH_SOURCE), SourceKind::NewsReport, "early", when(&y.to_string())));
            let at = period(&(y + 1 + i32::try_from(pick.variant).unwrap_or(0)).to_string());
            let event = Event::new(id::<EventId>(FRESH_EVENT), EventKind::Statement, at.clone(), "later")
                .with_attribution(Attribution::new(id(FRESH_SOURCE)));
            b.events_mut().push(event);
            format!("an event at {at} is attributed to a source published in {y}")
        }
        IssueCode::SourceUndated => {
            let s = pick.of(base.sources().len()).unwrap_or(0);
            if let Some(source) = b.sources_mut().get_mut(s) {
                source.published = None;
                source.accessed = None;
                source.written = None;
            }
            format!("source {s} has no date")
        }
        IssueCode::SourceWrittenAfterPublished => {
            // A source of its own, cited by none, so that no event's warning changes.
            let later = y + 1 + i32::try_from(pick.variant).unwrap_or(0);
            let mut source = Source::new(id(FRESH_SOURCE), SourceKind::ArchiveDocument, "memo", when(&y.to_string()))
                .with_written(when(&later.to_string()));
            if pick.variant % 2 == 1 {
                source.accessed = Some(when(&(later + 1).to_string()));
            }
            b.sources_mut().push(source);
            format!("a source published in {y} was written in {later}")
        }
        IssueCode::EventSameAsItself => {
            let e = match pick.of(base.events().len()) {
                Some(e) => e,
                None => {
                    fresh_event(b, period(&y.to_string()));
                    b.events_mut().len().saturating_sub(1)
                }
            };
            if let Some(ev) = b.events_mut().get_mut(e) {
                ev.same_as = Some(ev.id.clone());
            }
            format!("event {e} is same_as itself")
        }
        IssueCode::IncompatiblePositions => {
            let counterpart = base.parties().first().map_or_else(|| id("missing"), |p| p.id.clone());
            // Every incompatible pair of the table, both naming the same counterpart where
            // they may name one.
            let with = |s: Stance| (s.counterpart_rule() != CounterpartRule::NotAllowed).then_some(&counterpart);
            let pairs: Vec<(Stance, Stance)> = Stance::iter()
                .flat_map(|a| Stance::iter().map(move |z| (a, z)))
                .filter(|&(a, z)| a <= z && a.is_incompatible_with(z, with(a), with(z)))
                .collect();
            let (a, z) = pairs
                .get(pick.variant % pairs.len())
                .copied()
                .unwrap_or((Stance::ClaimsSovereignty, Stance::Renounces));
            // An island that always exists, so that only the stances are at fault.
            let always: Vec<&IslandId> = base.islands().iter().filter(|i| i.exists.is_none()).map(|i| &i.id).collect();
            let island = pick.other.index(always.len().max(1));
            let island: IslandId = always.get(island).map_or_else(|| id("missing"), |&i| i.clone());
            let mut made = Vec::new();
            for (stance, during) in [(a, pick.period(0, 10)), (z, pick.period(5, 15))] {
                let i = fresh_position(b, base, stance, during);
                if let Some(pos) = position_mut(b, i) {
                    pos.islands = vec![island.clone()];
                    pos.counterpart = with(stance).cloned();
                }
                made.push(i);
                if stance.needs_regarding() {
                    if !b.events_mut().iter().any(|e| e.id == FRESH_EVENT) {
                        fresh_event(b, period("1850"));
                    }
                    if let Some(pos) = position_mut(b, i) {
                        pos.regarding = Some(id(FRESH_EVENT));
                    }
                }
            }
            format!("positions {made:?} of one holder: {a} and {z} on '{island}' per one source")
        }
        IssueCode::RegardingRequired => {
            let stance = if pick.variant % 2 == 0 { Stance::Accepts } else { Stance::Rejects };
            let i = fresh_position(b, base, stance, pick.period(0, 10));
            format!("position {i} {stance} with no regarding")
        }
        IssueCode::RegardingNotAllowed => {
            fresh_event(b, period(&y.to_string()));
            let i = fresh_position(b, base, Stance::Administers, pick.period(0, 10));
            if let Some(pos) = position_mut(b, i) {
                pos.regarding = Some(id(FRESH_EVENT));
            }
            format!("position {i} administers regarding an event")
        }
        IssueCode::ContingentWithoutConditions => {
            // Of a fresh holder and a stance no other holder's can exclude (title could).
            let i = fresh_position(b, base, Stance::Administers, pick.period(0, 10));
            if let Some(pos) = position_mut(b, i) {
                pos.contingent = true;
                pos.conditions = (pick.variant % 2 == 1).then(|| " ".to_owned());
            }
            format!("position {i} is contingent on nothing")
        }
        IssueCode::AlternativesNotContingent => {
            let i = fresh_position(b, base, Stance::Administers, pick.period(0, 10));
            if let Some(pos) = position_mut(b, i) {
                pos.alternatives = Some(id("defect-group"));
                pos.conditions = (pick.variant % 2 == 1).then(|| "if".to_owned());
            }
            format!("position {i} is an alternative but not contingent")
        }
        IssueCode::StateRepresentsState => {
            let during = pick.period(0, 10);
            b.parties_mut().push(Party::new(id("defect-protected"), PartyKind::State));
            b.parties_mut().push(
                Party::new(id("defect-protector"), PartyKind::State)
                    .with_representation(id("defect-protected"), during),
            );
            "a state represents a state".to_owned()
        }
        IssueCode::MissingRankReason => {
            let i = pick.of(positions).unwrap_or_else(|| fresh_position(b, base, Stance::Administers, period("2000")));
            let blank = pick.variant % 2 == 0;
            if let Some(pos) = position_mut(b, i) {
                pos.rank = if pick.variant % 3 == 0 { Rank::Deprecated } else { Rank::Preferred };
                pos.rank_reason = blank.then(|| "  ".to_owned());
            }
            format!("position {i} has a rank other than normal and no reason")
        }
        IssueCode::ValueOutOfRange => {
            let i = pick.of(base.islands().len()).unwrap_or(0);
            let by = 0.5 + f64::from(y - 1860);
            let what = if let Some(island) = b.islands_mut().get_mut(i) {
                match pick.variant % 3 {
                    0 => {
                        island.area_km2 = Some(-by);
                        "a negative area"
                    }
                    1 => {
                        island.location = Some(Location { lat: 90.0 + by, lon: 0.0 });
                        "a latitude beyond 90"
                    }
                    _ => {
                        island.location = Some(Location { lat: 0.0, lon: -180.0 - by });
                        "a longitude beyond -180"
                    }
                }
            } else {
                "nothing"
            };
            format!("island {i} has {what}")
        }
    }
}

/// Appends a copy of record `i` of `list`, repeating its id.
fn copy<T: Clone>(list: &mut Vec<T>, i: usize, kind: &str) -> String {
    if let Some(record) = list.get(i).cloned() {
        list.push(record);
    }
    format!("{kind} {i} appears twice")
}
