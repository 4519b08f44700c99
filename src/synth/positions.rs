//! Positions: tracks of one holder on one chunk of islands, counter-accounts, and the events
//! that establish or end them.

use chrono::Datelike;

use crate::synth::generate::{
    COUNTER_SHARE, Child, DAYS_PER_YEAR, Dispute, Draft, Gen, Holder, OPEN_SHARE, Result, State, date, day,
};
use crate::synth::text::{self, capitalised, sentence, word};
use crate::{
    Attribution, Event, EventId, EventKind, IslandId, Period, PeriodEnd, Position, PositionId, Rank, Role, SourceId,
    Stance, When,
};

impl Gen {
    // ---- positions ---------------------------------------------------------------------

    /// One holder's positions on one chunk, one after another in time.
    pub(super) fn track(&mut self, d: &mut Dispute, h: &Holder, chunk: &[Child]) -> Result<()> {
        let (w0, w1) = h.window;
        if w1 <= w0 || chunk.is_empty() {
            return Ok(());
        }
        let closed_before_open = self.rng.below(3);
        // `floor` is the first day the next position's hull may take; `cursor` its start.
        let mut floor = w0;
        let mut cursor = w0 + self.rng.range(0, (w1 - w0) / 4);
        let (max_len, max_gap) = if h.short {
            (5.0 * DAYS_PER_YEAR, 2.0 * DAYS_PER_YEAR)
        } else {
            (300.0 * DAYS_PER_YEAR, 20.0 * DAYS_PER_YEAR)
        };
        let mut i = 0;
        while self.count() < d.limit && cursor <= w1 {
            let islands = self.chunk_islands(chunk);
            let total = self.count();
            let want_open = h.open && i >= closed_before_open && (self.open as f64) < OPEN_SHARE * (total + 1) as f64;
            let draft = if want_open {
                let start = self.start_when(cursor, floor)?;
                let hull = (day(start.earliest()), i64::MAX);
                let period = Period::new(PeriodEnd::At(start.clone()), PeriodEnd::Open)?;
                Draft { islands, period, start: Some(start), end: None, hull }
            } else {
                let len = self.rng.log_uniform(1.0, max_len) as i64;
                let mut e = cursor + len.max(1) - 1;
                if e > w1 {
                    if i > 0 {
                        break;
                    }
                    e = w1;
                }
                self.closed(islands, (floor, cursor), e, w1, i == 0)?
            };
            let (open, draft_end) = (draft.hull.1 == i64::MAX, draft.hull.1);
            self.position(d, h, chunk, draft)?;
            if open {
                return Ok(());
            }
            floor = draft_end + 1;
            cursor = floor + self.rng.log_uniform(1.0, max_gap) as i64;
            i += 1;
        }
        Ok(())
    }

    /// A closed period from about day `s` to about `e`, its hull inside `floor..=ceil`.
    pub(super) fn closed(
        &mut self,
        islands: Vec<IslandId>,
        (floor, s): (i64, i64),
        e: i64,
        ceil: i64,
        first: bool,
    ) -> Result<Draft> {
        if s == e && self.rng.chance(0.9) {
            let w = When::day(date(s)?);
            return Ok(Draft {
                islands,
                period: Period::at(w.clone()),
                start: Some(w.clone()),
                end: Some(w),
                hull: (s, s),
            });
        }
        let end = self.end_when(e, ceil)?;
        if first && self.rng.chance(0.0005) {
            // An unknown start: "began at some time before".
            let period = Period::new(PeriodEnd::Unknown, PeriodEnd::At(end.clone()))?;
            let hull = (i64::MIN, day(end.latest()));
            return Ok(Draft { islands, period, start: None, end: Some(end), hull });
        }
        let start = self.start_when(s, floor)?;
        let hull = (day(start.earliest()), day(end.latest()));
        let period = Period::new(PeriodEnd::At(start.clone()), PeriodEnd::At(end.clone()))?;
        Ok(Draft { islands, period, start: Some(start), end: Some(end), hull })
    }

    pub(super) fn stance(&mut self) -> Stance {
        const STANCES: [(Stance, u32); 9] = [
            (Stance::ClaimsSovereignty, 28),
            (Stance::Administers, 14),
            (Stance::DemandsTransfer, 12),
            (Stance::OffersTransfer, 8),
            (Stance::PromisedTransfer, 4),
            (Stance::RecognisesSovereigntyOf, 8),
            (Stance::DisputesSovereigntyOf, 10),
            (Stance::Renounces, 5),
            (Stance::DeniesDispute, 11),
        ];
        let weights: Vec<u32> = STANCES.iter().map(|s| s.1).collect();
        STANCES.get(self.rng.weighted(&weights)).map_or(Stance::ClaimsSovereignty, |s| s.0)
    }

    /// A state on another side of the dispute, with its window.
    pub(super) fn other_state(&mut self, d: &Dispute, side: usize) -> Option<State> {
        let others: Vec<usize> = d.sides.iter().enumerate().filter(|(s, _)| *s != side).map(|(_, &p)| p).collect();
        let p = *self.rng.pick(&others)?;
        let polity = self.polities.get(p)?;
        self.rng.pick(&polity.states).cloned()
    }

    pub(super) fn position(&mut self, d: &mut Dispute, h: &Holder, chunk: &[Child], draft: Draft) -> Result<()> {
        let stance = self.stance();
        let counterpart = match stance.counterpart_rule() {
            crate::CounterpartRule::Required => self.other_state(d, h.side),
            crate::CounterpartRule::Optional if self.rng.chance(0.5) => self.other_state(d, h.side),
            _ => None,
        };
        let from = draft.hull.0.max(d.start);
        let k = 1 + self.rng.weighted(&[70, 22, 8]);
        let mut attributions = Vec::new();
        for source in self.pick_sources(d, from, k, &[]) {
            attributions.push(self.attribution(source, h, d)?);
        }
        let year = draft.start.as_ref().or(draft.end.as_ref()).map_or(0, |w| w.earliest().year());
        let id = PositionId::new(&format!("{}-{}-{year}-{}", h.id, short(&stance), self.next_seq()))?;
        let mut pos = Position::new(id, h.id.clone(), stance, draft.islands.clone(), draft.period.clone());
        pos.counterpart = counterpart.as_ref().map(|c| c.id.clone());
        pos.attributions = attributions;
        if matches!(stance, Stance::OffersTransfer | Stance::PromisedTransfer) && self.rng.chance(0.5) {
            pos.conditions = self.rng.pick(text::CONDITIONS).map(|s| (*s).to_owned());
        }
        match self.rng.weighted(&[96, 2, 2]) {
            1 => pos.rank = Rank::Deprecated,
            2 => pos.rank = Rank::Preferred,
            _ => {}
        }
        if pos.rank != Rank::Normal {
            pos.rank_reason = self.rng.pick(text::RANK_REASONS).map(|s| (*s).to_owned());
        }
        if self.rng.chance(0.05) {
            pos.note = self.rng.pick(text::NOTES).map(|s| (*s).to_owned());
        }
        if let Some(start) = draft.start.as_ref().filter(|_| self.rng.chance(0.08)) {
            pos.established_by = Some(self.event(d, h, start, &draft.islands, counterpart.as_ref())?);
        }
        if let Some(end) = draft.end.as_ref().filter(|_| self.rng.chance(0.04)) {
            pos.ended_by = Some(self.event(d, h, end, &draft.islands, counterpart.as_ref())?);
        }
        let counter = self.rng.chance(COUNTER_SHARE);
        let main = pos.clone();
        self.b.positions_mut().push(pos);
        if draft.hull.1 == i64::MAX {
            self.open += 1;
        }
        if counter && self.count() < d.limit {
            self.counter_account(d, h, chunk, &main, &draft)?;
        }
        Ok(())
    }

    pub(super) fn attribution(&mut self, source: SourceId, h: &Holder, d: &Dispute) -> Result<Attribution> {
        let mut a = Attribution::new(source);
        if self.rng.chance(0.1) {
            a.quote = Some(sentence(&mut self.rng, 8, 24));
        }
        if self.rng.chance(0.1) {
            a.account_of =
                if self.rng.chance(0.5) { Some(h.id.clone()) } else { self.other_state(d, h.side).map(|s| s.id) };
        }
        if self.rng.chance(0.2) {
            a.locator = Some(format!("p. {}", 1 + self.rng.below(600)));
        }
        Ok(a)
    }

    /// Another source's account of the same holder at the same time that cannot be true
    /// together with `main`: an incompatible stance, or the same stance on other islands.
    pub(super) fn counter_account(
        &mut self,
        d: &mut Dispute,
        h: &Holder,
        chunk: &[Child],
        main: &Position,
        draft: &Draft,
    ) -> Result<()> {
        let same = main.islands.clone();
        let (stance, counterpart, islands) = match main.stance {
            Stance::ClaimsSovereignty if self.rng.chance(0.7) => (Stance::Renounces, None, same),
            Stance::DemandsTransfer => (Stance::Renounces, main.counterpart.clone(), same),
            Stance::RecognisesSovereigntyOf => (Stance::DisputesSovereigntyOf, main.counterpart.clone(), same),
            Stance::Renounces => (Stance::ClaimsSovereignty, None, same),
            // Same stance, narrower scope ("two islands, not four"), inside the chunk so that
            // no other track of the holder is touched.
            other => {
                let narrower: Vec<IslandId> = if main.islands.len() > 1 {
                    main.islands.iter().skip(1).cloned().collect()
                } else if main.islands.first() == Some(&d.region) {
                    self.rng.pick(&d.children).map(|c| c.id.clone()).into_iter().collect()
                } else {
                    let group = chunk.iter().find(|c| Some(&c.id) == main.islands.first());
                    group.and_then(|g| self.rng.pick(&g.members)).cloned().into_iter().collect()
                };
                if narrower.is_empty() {
                    return Ok(());
                }
                (other, main.counterpart.clone(), narrower)
            }
        };
        let lo = draft.hull.0.max(h.window.0);
        let hi = draft.hull.1.min(self.horizon);
        if hi < lo {
            return Ok(());
        }
        let s = self.rng.range(lo, hi);
        let e = self.rng.range(s, hi);
        let period = if draft.hull.1 == i64::MAX && self.rng.chance(0.3) {
            Period::new(PeriodEnd::At(When::day(date(s)?)), PeriodEnd::Open)?
        } else {
            Period::new(PeriodEnd::At(When::day(date(s)?)), PeriodEnd::At(When::day(date(e)?)))?
        };
        let open = period.end() == &PeriodEnd::Open;
        let sources = self.pick_sources(d, s, 1, &main.attributions);
        let Some(source) = sources.into_iter().next() else { return Ok(()) };
        let mut a = Attribution::new(source);
        a.account_of = self.other_state(d, h.side).map(|s| s.id);
        let id = PositionId::new(&format!("{}-alt-{}", main.id.as_str().get(..40).unwrap_or("p"), self.next_seq()))?;
        let mut pos = Position::new(id, h.id.clone(), stance, islands, period).with_attribution(a);
        pos.counterpart = counterpart;
        if self.rng.chance(0.3) {
            pos.rank = Rank::Deprecated;
            pos.rank_reason = self.rng.pick(text::RANK_REASONS).map(|s| (*s).to_owned());
        }
        self.b.positions_mut().push(pos);
        if open {
            self.open += 1;
        }
        Ok(())
    }

    /// An event dated `when` that establishes or ends a position of `h`.
    pub(super) fn event(
        &mut self,
        d: &mut Dispute,
        h: &Holder,
        when: &When,
        islands: &[IslandId],
        counterpart: Option<&State>,
    ) -> Result<EventId> {
        const KINDS: [(EventKind, Role, u32); 12] = [
            (EventKind::Treaty, Role::Signatory, 6),
            (EventKind::JointDeclaration, Role::Signatory, 3),
            (EventKind::Statement, Role::Speaker, 25),
            (EventKind::Memorandum, Role::Author, 6),
            (EventKind::Negotiation, Role::Negotiator, 8),
            (EventKind::Summit, Role::Host, 4),
            (EventKind::Visit, Role::Visitor, 5),
            (EventKind::Legislation, Role::Author, 5),
            (EventKind::Decree, Role::Author, 5),
            (EventKind::Proposal, Role::Author, 5),
            (EventKind::Protest, Role::Speaker, 6),
            (EventKind::Occupation, Role::Occupier, 2),
        ];
        let weights: Vec<u32> = KINDS.iter().map(|k| k.2).collect();
        let (kind, role, _) =
            KINDS.get(self.rng.weighted(&weights)).copied().unwrap_or((EventKind::Statement, Role::Speaker, 0));
        let id = EventId::new(
            &format!("{}-{kind}-{}-{}", d.name, when.earliest().year(), self.next_seq()).replace('_', "-"),
        )?;
        let mut ev = Event::new(id.clone(), kind, Period::at(when.clone()), sentence(&mut self.rng, 3, 8));
        ev = ev.with_participant(h.id.clone(), role);
        let (first, last) = (day(when.earliest()), day(when.latest()));
        if let Some(c) = counterpart.filter(|c| c.window.0 <= first && last <= c.window.1) {
            ev = ev.with_participant(c.id.clone(), Role::Addressee);
        }
        if self.rng.chance(0.5) {
            ev.summary = Some(sentence(&mut self.rng, 10, 30));
        }
        if self.rng.chance(0.6) {
            ev.islands = islands.to_vec();
        }
        if self.rng.chance(0.3) {
            ev.place = Some(capitalised(&word(&mut self.rng)));
        }
        // Sources published no earlier than the event, or one published that very day.
        let k = 1 + self.rng.below(2);
        let mut sources = self.pick_sources(d, first, k, &[]);
        sources.retain(|s| d.sources.iter().any(|x| &x.id == s && x.latest >= first));
        if sources.is_empty() {
            sources.push(self.source(d, Some(when))?);
        }
        ev.attributions = sources.into_iter().map(Attribution::new).collect();
        self.b.events_mut().push(ev);
        Ok(id)
    }
}

/// The first word of the stance's name, for ids: `claims`, `renounces`, ...
fn short(stance: &Stance) -> String {
    let name: &str = stance.as_ref();
    name.split('_').next().unwrap_or(name).to_owned()
}
