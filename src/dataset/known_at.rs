//! [`Dataset::as_known_at`]: the dataset as its sources knew it on a day (assertion time).

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::dataset::Dataset;
use crate::ids::{EventId, SourceId};
use crate::records::Attribution;
use crate::records::Records;
use crate::time::{Period, PeriodEnd, When, day_number};

impl Dataset {
    /// The dataset restricted to what its sources had published on or before `date`.
    ///
    /// This filters on *assertion time* (when a source published a fact), not on valid time
    /// (when the fact held): the Soviet plan of 1972 to hand over two islands became public
    /// in 2021, so it is absent from the dataset as known at 2020 and present as known at
    /// the day of its publication.
    ///
    /// - A source counts as published when it was *surely* published by `date`: when the
    ///   last day its `published` date may stand for is on or before `date`. A source dated
    ///   `2021-06` is known from 2021-06-30; one dated `20XX` only from 2099-12-31. The
    ///   reading is conservative: the view never holds what might not have been public yet.
    ///   A source with an `accessed` date counts from it by the same rule when that is earlier
    ///   (a page seen in 2026-12 was public by 2026-12-31, even if its `published` is `20XX`),
    ///   and an undated one from it alone ([`Source::public_by`](crate::Source::public_by)). When a document was
    ///   `written` does not matter: a 1972 memorandum first published in 2021 was not known
    ///   in 2000. A source with only a `written` date counts from the day the first dated
    ///   source that cites it does (papers known through the report that quotes them).
    /// - **No end it could not know.** A position whose end is surely after `date` still
    ///   holds in the view: its end reads `[D+1..]`, some day after `date` (and its `ended_by`
    ///   is dropped), so a claim that a judgment ended the next day is unended in the view of
    ///   the day before. A `planned_end` (fixed when the position began: a lease's term) is
    ///   kept. DESIGN.md says such an end "reads as open"; `[D+1..]` is open in the hull and
    ///   keeps the position's sure days as they were, so the view claims no day it did not
    ///   (after `date`, the position only possibly holds) and stays valid.
    /// - A position about the outcome of an event (`accepts`, `rejects`) drops out while the
    ///   event is not known.
    /// - Positions and events keep the attributions to published sources and drop the
    ///   others; a record left without any attribution drops out. So a record stays while
    ///   any of its sources is old enough.
    /// - A position whose `established_by` or `ended_by` event dropped out keeps the
    ///   position but loses the link: the event was not known yet, the position was. So does
    ///   an event whose `same_as` dropped out.
    /// - A source's `cites` keep only sources that are themselves published.
    /// - Islands and parties are not attributed to sources and all stay. A contested
    ///   succession keeps the attributions to published sources; when none is left, the
    ///   contest was not known yet, and the succession stays uncontested. The relations
    ///   `part_of`, `protected_by` and `represents` keep the attributions to published
    ///   sources.
    ///
    /// Removing records and links cannot make a valid dataset invalid, so the result is not
    /// validated again (it cannot fail); its warnings are those of the smaller dataset.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let data = island_claims::datasets::kuril();
    /// let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    /// // The Soviet plan of 1972 to hand over two islands, known from Kyodo's report of 2021-05-23.
    /// let plan = "ussr-plan-1972".parse()?;
    /// assert!(data.as_known_at(day(2021, 5, 22)).position(&plan).is_none());
    /// assert!(data.as_known_at(day(2021, 5, 23)).position(&plan).is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn as_known_at(&self, date: NaiveDate) -> Dataset {
        let r = self.records();
        let res = self.resolved();
        // A source counts from the day it was surely public, its own or that of the first
        // dated source that cites it (papers known only through the report that quotes them).
        let known_by = |i: usize| res.known_by.get(i).copied().flatten().is_some_and(|by| by <= date);
        let known = |s: &SourceId| res.sources.get(&r.sources, s.as_str()).is_some_and(known_by);
        let any_known = |attributions: &[Attribution]| attributions.iter().any(|a| known(&a.source));
        let today = day_number(date);
        // "On or after the next day": the end of a position still holding on `date`, as far
        // as anyone then knew. Its earliest reading is the next day, so the position surely
        // held through `date` where it did before, and no day after it is sure: the view
        // says nothing it could not know, and nothing its records did not (it stays valid).
        let after = date.succ_opt().and_then(|next| format!("[{next}..]").parse::<When>().ok());

        let sources = r
            .sources
            .iter()
            .enumerate()
            .filter(|&(i, _)| known_by(i))
            .map(|(_, s)| s)
            .map(|s| {
                let mut s = s.clone();
                s.cites.retain(|c| known(c));
                s
            })
            .collect();
        // A record is copied only when one of its sources is known, and its lists are then
        // filtered in place: no list is built only to be thrown away.
        let mut events: Vec<_> = r
            .events
            .iter()
            .filter(|e| any_known(&e.attributions))
            .map(|e| {
                let mut e = e.clone();
                e.attributions.retain(|a| known(&a.source));
                e
            })
            .collect();
        let kept_events: HashSet<EventId> = events.iter().map(|e| e.id.clone()).collect();
        let event_known = |id: &Option<EventId>| id.as_ref().filter(|id| kept_events.contains(*id)).cloned();
        let same_as: Vec<Option<EventId>> = events.iter().map(|e| event_known(&e.same_as)).collect();
        for (e, same_as) in events.iter_mut().zip(same_as) {
            e.same_as = same_as;
        }
        let positions = r
            .positions
            .iter()
            .filter(|p| any_known(&p.attributions))
            // A stance about an event's outcome is not known before the event is.
            .filter(|p| !p.stance.needs_regarding() || event_known(&p.regarding).is_some())
            .map(|p| {
                let mut p = p.clone();
                p.attributions.retain(|a| known(&a.source));
                p.established_by = event_known(&p.established_by);
                p.ended_by = event_known(&p.ended_by);
                // No end that could not be known yet: an end surely after the day reads as
                // "some day after it", unless it was planned when the position began (a
                // lease's term).
                let dated_end = matches!(p.period.end(), PeriodEnd::At(_));
                if dated_end && p.period.bounds().end_lo > today && !p.planned_end {
                    if let Some(unknown) = &after {
                        if let Ok(open) = Period::new(p.period.start().clone(), PeriodEnd::At(unknown.clone())) {
                            p.period = open;
                            p.ended_by = None;
                        }
                    }
                }
                p
            })
            .collect();
        let parties = r
            .parties
            .iter()
            .map(|p| {
                let mut p = p.clone();
                for line in &mut p.successor_of {
                    line.attributions.retain(|a| known(&a.source));
                    if line.attributions.is_empty() {
                        line.contested_by.clear();
                    }
                }
                for list in [&mut p.part_of, &mut p.protected_by, &mut p.represents] {
                    for relation in list.iter_mut() {
                        relation.attributions.retain(|a| known(&a.source));
                    }
                }
                p
            })
            .collect();
        let records = Records { islands: r.islands.clone(), parties, sources, events, positions };
        // A subset of a valid dataset with every dangling link removed is valid: no check
        // can fail that did not fail on the whole (asserted in debug builds).
        Dataset::from_valid(records)
    }
}
