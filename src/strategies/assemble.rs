//! A plan made into records, mended where needed so that every record is valid.

use std::collections::BTreeSet;

use crate::dataset::{Dataset, DatasetBuilder};
use crate::ids::{EventId, IslandId, PartyId, PositionId, SourceId, WikidataId};
use crate::records::Lang;
use crate::records::{
    Attribution, CounterpartRule, Event, Island, IslandKind, Location, Party, PartyKind, Position, Relation, Source,
    Stance, Succession,
};
use crate::strategies::plan::{AttributionPlan, ISLAND_NAMES, LANGUAGES, PARTY_NAMES, Plan, names, pick, text};
use crate::time::Period;

/// Whether `inner` may hold within `outer` on every day it surely holds: what validation asks
/// of a position or event within its party's existence, qualifiers counted.
fn fits_within(inner: &Period, outer: &Period) -> bool {
    !inner.bounds().surely_outside(&outer.bounds())
}

fn hulls_overlap(a: &Period, b: &Period) -> bool {
    let (a, b) = (a.hull(), b.hull());
    let before = |x: Option<chrono::NaiveDate>, y: Option<chrono::NaiveDate>| match (x, y) {
        (Some(x), Some(y)) => x < y,
        _ => false,
    };
    // Disjoint when one ends before the other starts.
    !(before(a.last(), b.first()) || before(b.last(), a.first()))
}

/// The kind of a party, as a word for its id.
fn party_word(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::State => "state",
        PartyKind::GovernmentBody => "body",
        PartyKind::Organisation => "org",
        PartyKind::Person => "person",
        PartyKind::Territory => "territory",
        PartyKind::People => "people",
    }
}

fn attribution(a: &AttributionPlan, sources: &[SourceId], parties: &[PartyId]) -> Option<Attribution> {
    let &(source, account, quote, locator) = a;
    let mut out = Attribution::new(sources.get(pick(source, sources.len())?)?.clone());
    if let Some(p) = account.and_then(|s| parties.get(pick(s, parties.len())?)) {
        out = out.with_account_of(p.clone());
    }
    if let Some(q) = quote {
        out = out.with_quote(text(q));
    }
    if let Some(l) = locator {
        out = out.with_locator(format!("p. {}", l + 1));
    }
    Some(out)
}

/// An accepted position, as far as the check for incompatible positions needs it.
struct Accepted {
    holder: usize,
    stance: Stance,
    counterpart: Option<usize>,
    period: Period,
    covers: BTreeSet<usize>,
    sources: BTreeSet<usize>,
}

/// A plan being made into records: the builder so far and the ids later records refer to.
struct Assembly<'p> {
    plan: &'p Plan,
    b: DatasetBuilder,
    island_ids: Vec<IslandId>,
    /// What each island covers: itself and, for groups, regions and islands, every member
    /// and part.
    covers: Vec<BTreeSet<usize>>,
    /// Each island's `part_of`, and its existence (parts only).
    parent: Vec<Option<usize>>,
    island_exists: Vec<Option<Period>>,
    party_ids: Vec<PartyId>,
    source_ids: Vec<SourceId>,
    /// The events kept, with their dates.
    events: Vec<(EventId, Period)>,
}

impl Plan {
    /// The records of the plan, mended where needed so that every one is valid.
    pub(super) fn assemble(&self) -> Option<DatasetBuilder> {
        let mut a = Assembly {
            plan: self,
            b: Dataset::builder(),
            island_ids: Vec::new(),
            covers: Vec::new(),
            parent: Vec::new(),
            island_exists: Vec::new(),
            party_ids: Vec::new(),
            source_ids: Vec::new(),
            events: Vec::new(),
        };
        a.islands()?;
        a.parties()?;
        a.sources()?;
        a.events()?;
        a.positions()?;
        Some(a.b)
    }
}

impl Assembly<'_> {
    /// Islands: a member is part of an earlier group or region, and a part of an earlier
    /// island or part, so part_of is a forest. A part with no island before it to divide
    /// becomes an island.
    fn islands(&mut self) -> Option<()> {
        let plans = &self.plan.islands;
        let mut parent: Vec<Option<usize>> = Vec::new();
        let mut kinds: Vec<IslandKind> = Vec::new();
        for (i, plan) in plans.iter().enumerate() {
            let wholes: Vec<usize> = (0..i).filter(|&j| kinds.get(j).is_some_and(|k| k.has_parts())).collect();
            let kind = if plan.kind == IslandKind::Part && wholes.is_empty() { IslandKind::Island } else { plan.kind };
            let id = IslandId::new(&format!("{kind}-{i}")).ok()?;
            let up = if kind == IslandKind::Part {
                wholes.get(pick(plan.parent.unwrap_or(0), wholes.len())?).copied()
            } else {
                let groups: Vec<usize> = (0..i).filter(|&j| kinds.get(j).is_some_and(|k| k.has_members())).collect();
                plan.parent.and_then(|s| groups.get(pick(s, groups.len())?).copied())
            };
            let mut island = Island::new(id.clone(), kind).with_names(names(ISLAND_NAMES, &plan.names));
            if let Some(up) = up.and_then(|u| self.island_ids.get(u)) {
                island = island.with_part_of(IslandId::clone(up));
            }
            island.exists = plan.exists.clone().filter(|_| kind == IslandKind::Part);
            self.island_exists.push(island.exists.clone());
            kinds.push(kind);
            island.area_km2 = plan.area_tenths.map(|a| f64::from(a) / 10.0);
            island.location =
                plan.location.map(|(lat, lon)| Location { lat: f64::from(lat) / 1000.0, lon: f64::from(lon) / 1000.0 });
            island.wikidata = plan.wikidata.and_then(|q| WikidataId::new(&format!("Q{q}")).ok());
            island.note = plan.note.map(text);
            self.b = std::mem::take(&mut self.b).with_island(island);
            self.island_ids.push(id);
            parent.push(up);
        }
        let mut covers: Vec<BTreeSet<usize>> = (0..self.island_ids.len()).map(|i| BTreeSet::from([i])).collect();
        for i in (0..self.island_ids.len()).rev() {
            if let (Some(Some(p)), Some(mine)) = (parent.get(i), covers.get(i).cloned()) {
                if let Some(up) = covers.get_mut(*p) {
                    up.extend(mine);
                }
            }
        }
        self.covers = covers;
        self.parent = parent;
        Some(())
    }

    /// Island `x`, or, if it surely did not exist during `when`, the nearest island above it
    /// that may have: a claim to the whole island concerns each later part.
    fn existing(&self, mut x: usize, when: &Period) -> usize {
        for _ in 0..self.island_ids.len() {
            let outside = self.island_exists.get(x).and_then(Option::as_ref).is_some_and(|e| !fits_within(when, e));
            match self.parent.get(x).copied().flatten() {
                Some(up) if outside => x = up,
                _ => break,
            }
        }
        x
    }

    /// Parties: a successor succeeds earlier parties and a part is part of an earlier party,
    /// so neither successor_of nor part_of has a cycle. A contested succession is contested
    /// by a third party, with a source.
    fn parties(&mut self) -> Option<()> {
        let plans = &self.plan.parties;
        self.party_ids = plans
            .iter()
            .enumerate()
            .map(|(i, p)| PartyId::new(&format!("{}-{i}", party_word(p.kind))))
            .collect::<Result<_, _>>()
            .ok()?;
        let n = self.party_ids.len();
        for (i, plan) in plans.iter().enumerate() {
            let id = self.party_ids.get(i)?.clone();
            let mut party = Party::new(id, plan.kind).with_names(names(PARTY_NAMES, &plan.names));
            party.exists = plan.exists.clone();
            let sources = self.plan.sources.len();
            for &(s, contest) in &plan.successor_of {
                let Some(j) = pick(s, i) else { continue };
                let Some(pred) = self.party_ids.get(j) else { continue };
                if party.successor_of.iter().any(|l| l.party == *pred) {
                    continue;
                }
                let mut line = Succession::new(pred.clone());
                if let Some((c, source)) = contest {
                    // Any party but the successor and the predecessor.
                    let others: Vec<usize> = (0..n).filter(|&k| k != i && k != j).collect();
                    let by = pick(c, others.len()).and_then(|k| others.get(k)).and_then(|&k| self.party_ids.get(k));
                    let source = pick(source, sources).and_then(|k| SourceId::new(&format!("source-{k}")).ok());
                    if let (Some(by), Some(source)) = (by, source) {
                        line = line.with_contested_by(by.clone()).with_attribution(Attribution::new(source));
                    }
                }
                party = party.with_succession(line);
            }
            for (whole, period) in &plan.part_of {
                if let Some(w) = pick(*whole, i).and_then(|j| self.party_ids.get(j)) {
                    party.part_of.push(Relation::new(w.clone(), period.clone()));
                }
            }
            for (other, period) in &plan.represents {
                // Any party but itself. A state does not represent a state: it protects it
                // (written on the protected state, which is this one).
                let j = (i + 1 + pick(*other, n.saturating_sub(1))?) % n;
                let relation = Relation::new(self.party_ids.get(j)?.clone(), period.clone());
                let both_states = plan.kind == PartyKind::State && plans.get(j)?.kind == PartyKind::State;
                if both_states { party.protected_by.push(relation) } else { party.represents.push(relation) }
            }
            party.wikidata = plan.wikidata.and_then(|q| WikidataId::new(&format!("Q{q}")).ok());
            self.b = std::mem::take(&mut self.b).with_party(party);
        }
        Some(())
    }

    fn exists(&self, party: usize) -> Option<&Period> {
        self.plan.parties.get(party).and_then(|x| x.exists.as_ref())
    }

    fn sources(&mut self) -> Option<()> {
        let plans = &self.plan.sources;
        self.source_ids =
            (0..plans.len()).map(|i| SourceId::new(&format!("source-{i}"))).collect::<Result<_, _>>().ok()?;
        for (i, plan) in plans.iter().enumerate() {
            let id = self.source_ids.get(i)?.clone();
            let mut source = Source::new(id, plan.kind, text(plan.title), plan.published.clone());
            source.published = plan.published().cloned();
            source.accessed = plan.accessed.clone();
            // A document is written before it is published: a later writing is left out.
            source.written =
                plan.written.clone().filter(|w| plan.published().is_none_or(|p| w.earliest() <= p.latest()));
            source.publisher =
                plan.publisher.map(|p| PARTY_NAMES.get(p % PARTY_NAMES.len()).map_or("", |x| x.1).into());
            source.url = plan.url.then(|| format!("https://example.org/sources/{i}"));
            source.language = plan.language.and_then(|l| Lang::new(LANGUAGES.get(l % LANGUAGES.len())?).ok());
            for &c in &plan.cites {
                let j = pick(c, self.source_ids.len())?;
                if j != i {
                    source.cites.push(self.source_ids.get(j)?.clone());
                }
            }
            self.b = std::mem::take(&mut self.b).with_source(source);
        }
        Some(())
    }

    /// Events: participants only while they surely may exist; without warnings, only
    /// sources published no earlier than the event may begin.
    fn events(&mut self) -> Option<()> {
        let n_parties = self.party_ids.len();
        for (i, plan) in self.plan.events.iter().enumerate() {
            let id = EventId::new(&format!("event-{i}")).ok()?;
            let mut event = Event::new(id.clone(), plan.kind, plan.when.clone(), text(plan.title));
            for &(p, role) in &plan.participants {
                let p = pick(p, n_parties)?;
                if self.exists(p).is_none_or(|e| fits_within(&plan.when, e)) {
                    event = event.with_participant(self.party_ids.get(p)?.clone(), role);
                }
            }
            for &island in &plan.islands {
                let x = self.existing(pick(island, self.island_ids.len())?, &plan.when);
                event = event.with_island(self.island_ids.get(x)?.clone());
            }
            for a in &plan.attributions {
                let source = self.plan.sources.get(pick(a.0, self.plan.sources.len())?)?;
                let early = match plan.when.hull().first() {
                    Some(first) => source.known_from().latest() < first,
                    None => false,
                };
                if self.plan.warnings || !early {
                    event = event.with_attribution(attribution(a, &self.source_ids, &self.party_ids)?);
                }
            }
            if event.attributions.is_empty() {
                continue;
            }
            event.place = plan.place.map(|p| format!("place {p}"));
            // Another account of an earlier event: never itself.
            event.same_as =
                plan.same_as.and_then(|s| self.events.get(pick(s, self.events.len())?)).map(|(id, _)| id.clone());
            self.events.push((id, plan.when.clone()));
            self.b = std::mem::take(&mut self.b).with_event(event);
        }
        Some(())
    }

    /// Positions: within the holder's existence, counterparts as the stance wants, linked
    /// events that fit, and no incompatible stance of the same holder per a shared source.
    fn positions(&mut self) -> Option<()> {
        let n_parties = self.party_ids.len();
        let mut accepted: Vec<Accepted> = Vec::new();
        for (i, plan) in self.plan.positions.iter().enumerate() {
            let h = pick(plan.holder, n_parties)?;
            let period = match self.exists(h) {
                Some(e) if !fits_within(&plan.period, e) => e.clone(),
                _ => plan.period.clone(),
            };
            let islands: Vec<usize> = plan
                .islands
                .iter()
                .map(|&s| Some(self.existing(pick(s, self.island_ids.len())?, &period)))
                .collect::<Option<_>>()?;
            let other = |s: usize| Some((h + 1 + pick(s, n_parties.saturating_sub(1))?) % n_parties);
            let counterpart = match plan.stance.counterpart_rule() {
                CounterpartRule::Required => other(plan.counterpart.unwrap_or(0)),
                CounterpartRule::Optional => plan.counterpart.and_then(other),
                CounterpartRule::NotAllowed => None,
            };
            let covers: BTreeSet<usize> =
                islands.iter().filter_map(|&x| self.covers.get(x)).flatten().copied().collect();
            let party_ids = &self.party_ids;
            let counterpart_id = |c: Option<usize>| c.and_then(|c| party_ids.get(c));
            // The sources of earlier positions this one cannot stand beside in one account.
            let forbidden: BTreeSet<usize> = accepted
                .iter()
                .filter(|a| {
                    // One holder's incompatible stances, or two holders' title (exclusive).
                    let clash = (a.holder == h
                        && a.stance.is_incompatible_with(
                            plan.stance,
                            counterpart_id(a.counterpart),
                            counterpart_id(counterpart),
                        ))
                        || (a.holder != h && a.stance == Stance::HoldsTitle && plan.stance == Stance::HoldsTitle);
                    clash && hulls_overlap(&a.period, &period) && !a.covers.is_disjoint(&covers)
                })
                .flat_map(|a| a.sources.iter().copied())
                .collect();
            let mut sources: Vec<(usize, &AttributionPlan)> = Vec::new();
            for a in &plan.attributions {
                let s = pick(a.0, self.source_ids.len())?;
                if !forbidden.contains(&s) {
                    sources.push((s, a));
                }
            }
            // A conflicting account needs a source of its own; without one, leave it out.
            let fallback;
            if sources.is_empty() {
                let Some(s) = (0..self.source_ids.len()).find(|s| !forbidden.contains(s)) else { continue };
                fallback = (s, None, None, None);
                sources.push((s, &fallback));
            }

            let id = PositionId::new(&format!("position-{i}")).ok()?;
            let island_list = islands.iter().map(|&x| self.island_ids.get(x).cloned()).collect::<Option<_>>()?;
            let mut pos = Position::new(id, party_ids.get(h)?.clone(), plan.stance, island_list, period.clone());
            pos.counterpart = counterpart_id(counterpart).cloned();
            pos.conditions = plan.conditions.map(text);
            // Version 3: a few internal, contingent (with its conditions) or planned positions.
            match plan.kind {
                0 => pos.internal = true,
                1 => {
                    pos.contingent = true;
                    pos.conditions = Some(
                        pos.conditions
                            .take()
                            .filter(|c| !c.trim().is_empty())
                            .unwrap_or_else(|| "if the sources' fact holds".to_owned()),
                    );
                }
                2 => pos.planned_end = true,
                _ => {}
            }
            if plan.stance.needs_regarding() {
                // About some event's outcome; without an event, no such position.
                let chosen = pick(plan.established_by.unwrap_or(i), self.events.len()).and_then(|k| self.events.get(k));
                let Some((event, _)) = chosen else { continue };
                pos.regarding = Some(event.clone());
            }
            let bounds = period.bounds();
            let event = |s: Option<usize>| s.and_then(|s| self.events.get(pick(s, self.events.len())?));
            pos.established_by = event(plan.established_by)
                .filter(|(_, when)| bounds.start_hi >= when.bounds().start_lo)
                .map(|(id, _)| id.clone());
            pos.ended_by = event(plan.ended_by)
                .filter(|(_, when)| bounds.end_lo <= when.bounds().end_hi)
                .map(|(id, _)| id.clone());
            for (s, a) in &sources {
                let mut attr = attribution(a, &self.source_ids, party_ids)?;
                attr.source = self.source_ids.get(*s)?.clone();
                pos = pos.with_attribution(attr);
            }
            pos.rank = plan.rank;
            if !plan.rank.is_normal() {
                pos.rank_reason = Some(format!("generated as {}", plan.rank));
            }
            pos.note = plan.note.map(text);
            accepted.push(Accepted {
                holder: h,
                stance: plan.stance,
                counterpart,
                period,
                covers,
                sources: sources.iter().map(|(s, _)| *s).collect(),
            });
            self.b = std::mem::take(&mut self.b).with_position(pos);
        }
        Some(())
    }
}
