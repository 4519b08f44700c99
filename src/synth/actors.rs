//! The world positions are about: islands in groups, polities of succeeding states with
//! their ministries and officials, and the sources that report on them.

use chrono::Datelike;

use crate::synth::generate::{
    Child, DAYS_PER_YEAR, Dispute, Gen, Holder, Polity, Prec, Result, Src, State, date, day, years,
};
use crate::synth::rng::Rng;
use crate::synth::text::{self, capitalised, sentence, word};
use crate::{
    Attribution, Island, IslandId, IslandKind, Location, Names, Party, PartyId, PartyKind, Period, PeriodEnd, Source,
    SourceId, SourceKind, When, WikidataId,
};

impl Gen {
    /// A region, its groups and islands; returns the region and its top-level members.
    pub(super) fn islands(&mut self, name: &str) -> Result<(IslandId, Vec<Child>)> {
        let seq = self.next_seq();
        let region = IslandId::new(&format!("{name}-{seq}"))?;
        let (lat, lon) = (self.rng.range(-55, 65) as f64, self.rng.range(-179, 179) as f64);
        let names = self.names(&format!("{} Archipelago", capitalised(name)))?;
        self.b.islands_mut().push(Island::new(region.clone(), IslandKind::Region).with_names(names));
        let n_groups = self.rng.weighted(&[35, 35, 20, 10]);
        let n_islands = 2 + self.rng.below(11);
        let mut children: Vec<Child> = Vec::new();
        for _ in 0..n_groups {
            let w = word(&mut self.rng);
            let id = IslandId::new(&format!("{w}-{}", self.next_seq()))?;
            let names = self.names(&format!("{} Islands", capitalised(&w)))?;
            let mut group = Island::new(id.clone(), IslandKind::Group).with_names(names).with_part_of(region.clone());
            group.wikidata = self.wikidata(0.3)?;
            self.b.islands_mut().push(group);
            children.push(Child { id, members: Vec::new() });
        }
        let groups = children.len();
        for k in 0..n_islands {
            let w = word(&mut self.rng);
            let id = IslandId::new(&format!("{w}-{}", self.next_seq()))?;
            let names = self.names(&format!("{} Island", capitalised(&w)))?;
            // Each group gets a member first, then islands fall in groups or directly.
            let parent = if k < groups || (groups > 0 && self.rng.chance(0.5)) {
                let g = if k < groups { k } else { self.rng.below(groups) };
                children.get_mut(g).map(|c| {
                    c.members.push(id.clone());
                    c.id.clone()
                })
            } else {
                None
            };
            let mut island = Island::new(id.clone(), IslandKind::Island).with_names(names);
            island.part_of = Some(parent.clone().unwrap_or_else(|| region.clone()));
            island.area_km2 = Some((self.rng.log_uniform(0.1, 5000.0) * 10.0).round() / 10.0);
            let jitter = |r: &mut Rng| (r.unit() - 0.5) * 2.0;
            // Three decimals, as gazetteers give them (and as JSON floats read back exactly).
            let round = |x: f64| (x * 1000.0).round() / 1000.0;
            island.location = Some(Location {
                lat: round((lat + jitter(&mut self.rng)).clamp(-90.0, 90.0)),
                lon: round((lon + jitter(&mut self.rng)).clamp(-180.0, 180.0)),
            });
            island.wikidata = self.wikidata(0.3)?;
            self.b.islands_mut().push(island);
            if parent.is_none() {
                children.push(Child { id, members: Vec::new() });
            }
        }
        Ok((region, children))
    }

    pub(super) fn names(&mut self, english: &str) -> Result<Names> {
        let mut names = Names::new().with_name("en", english)?;
        if self.rng.chance(0.6) {
            let tag = self.rng.pick(text::LANGS.get(1..).unwrap_or_default()).copied().unwrap_or("fr");
            names = names.with_name(tag, capitalised(&word(&mut self.rng)))?;
        }
        Ok(names)
    }

    pub(super) fn wikidata(&mut self, p: f64) -> Result<Option<WikidataId>> {
        if !self.rng.chance(p) {
            return Ok(None);
        }
        let n = 1 + self.rng.below(120_000_000);
        Ok(Some(WikidataId::new(&format!("Q{n}"))?))
    }

    /// A new polity: a chain of one to three states, each the successor of the one before.
    pub(super) fn polity(&mut self, dispute_year: i64, open: bool) -> Result<usize> {
        let name = word(&mut self.rng);
        let first = years((dispute_year - self.rng.range(0, 150)) as f64) + self.rng.range(0, 364);
        let mut len = 1 + self.rng.weighted(&[50, 35, 15]);
        let (lo, hi) = (first + years(20.0), self.horizon - years(2.0));
        if hi <= lo {
            len = 1;
        }
        let mut cuts: Vec<i64> = (1..len).map(|_| self.rng.range(lo, hi)).collect();
        cuts.sort_unstable();
        cuts.dedup();
        let last_end = if open {
            None
        } else {
            let from = cuts.last().copied().unwrap_or(first) + years(5.0);
            (from < self.horizon - 365).then(|| self.rng.range(from, self.horizon - 365))
        };
        let mut states: Vec<State> = Vec::new();
        let mut bounds = vec![first];
        bounds.extend(cuts);
        for (k, &s) in bounds.iter().enumerate() {
            let end = bounds.get(k + 1).copied().or(last_end);
            let id = PartyId::new(&format!("{name}-{}", self.next_seq()))?;
            // An open start needs a dated end: `../..` says nothing.
            let start_end = if k == 0 {
                match self.rng.weighted(&[80, 15, if end.is_some() { 5 } else { 0 }]) {
                    0 => PeriodEnd::At(When::day(date(s)?)),
                    1 => PeriodEnd::At(self.when(s, Prec::Year)?),
                    _ => PeriodEnd::Open,
                }
            } else {
                PeriodEnd::At(When::day(date(s)?))
            };
            let end_end = match end {
                Some(e) => PeriodEnd::At(When::day(date(e)?)),
                None => PeriodEnd::Open,
            };
            let exists = Period::new(start_end.clone(), end_end)?;
            let window_start = match &start_end {
                PeriodEnd::At(w) => day(w.latest()) + 1,
                _ => s,
            };
            let label = if k == 0 { capitalised(&name) } else { format!("{} ({})", capitalised(&name), k + 1) };
            let mut party =
                Party::new(id.clone(), PartyKind::State).with_names(self.names(&label)?).with_exists(exists.clone());
            party.wikidata = self.wikidata(0.5)?;
            if let Some(prev) = states.last() {
                party.successor_of.push(crate::records::Succession::new(prev.id.clone()));
            }
            self.b.parties_mut().push(party);
            let ministry = if self.rng.chance(0.5) {
                let mid = PartyId::new(&format!("{id}-mfa"))?;
                let names = Names::new().with_name("en", format!("Ministry of Foreign Affairs of {label}"))?;
                let m = Party::new(mid.clone(), PartyKind::GovernmentBody)
                    .with_names(names)
                    .with_exists(exists.clone())
                    .with_representation(id.clone(), exists);
                self.b.parties_mut().push(m);
                Some(mid)
            } else {
                None
            };
            // A shared transition day belongs to both states: keep clear of it.
            let window_end = end.map_or(self.horizon, |e| e - 1);
            states.push(State { id, window: (window_start, window_end), open: end.is_none(), ministry });
        }
        self.polities.push(Polity { states });
        Ok(self.polities.len() - 1)
    }

    /// A new official of a state of the dispute, acting for it during a term.
    pub(super) fn person(&mut self, d: &Dispute) -> Result<Option<Holder>> {
        let side = self.rng.below(d.sides.len());
        let Some(polity) = d.sides.get(side).and_then(|&p| self.polities.get(p)) else { return Ok(None) };
        let Some(state) = self.rng.pick(&polity.states).cloned() else { return Ok(None) };
        let lo = state.window.0.max(d.start).max(years(1800.0));
        let hi = state.window.1;
        if hi - lo < 30 {
            return Ok(None);
        }
        // Terms lean towards the present, as records do.
        let t0 = lo + ((hi - 1 - lo) as f64 * self.rng.unit().sqrt()) as i64;
        let t1 = (t0 + self.rng.log_uniform(365.0, 20.0 * DAYS_PER_YEAR) as i64).min(hi);
        let birth = t0 - self.rng.range(years(25.0), years(70.0));
        let death = t1 + self.rng.range(0, years(50.0));
        let alive = death > self.horizon;
        let (first, last) = (word(&mut self.rng), word(&mut self.rng));
        let id = PartyId::new(&format!("{first}-{last}-{}", self.next_seq()))?;
        let birth_end = if self.rng.chance(0.5) {
            PeriodEnd::At(self.when(birth, Prec::Year)?)
        } else {
            PeriodEnd::At(When::day(date(birth)?))
        };
        let death_end = if alive { PeriodEnd::Open } else { PeriodEnd::At(When::day(date(death)?)) };
        let term = Period::new(PeriodEnd::At(When::day(date(t0)?)), PeriodEnd::At(When::day(date(t1)?)))?;
        let names = Names::new().with_name("en", format!("{} {}", capitalised(&first), capitalised(&last)))?;
        let mut party = Party::new(id.clone(), PartyKind::Person)
            .with_names(names)
            .with_exists(Period::new(birth_end, death_end)?)
            .with_representation(state.id.clone(), term);
        party.wikidata = self.wikidata(0.2)?;
        self.b.parties_mut().push(party);
        Ok(Some(Holder { id, window: (t0, t1), open: alive, side, short: true }))
    }

    /// A new source of the dispute, published on a day drawn towards the present, or at
    /// exactly `at` (for an event no earlier source reports).
    pub(super) fn source(&mut self, d: &mut Dispute, at: Option<&When>) -> Result<SourceId> {
        let publisher = word(&mut self.rng);
        let kind_name = self.rng.pick(text::PUBLISHER_KINDS).copied().unwrap_or("Times");
        let published = match at {
            Some(w) => w.clone(),
            None => {
                let n = d.start + ((self.horizon - d.start) as f64 * self.rng.unit().sqrt()) as i64;
                match self.rng.weighted(&[75, 15, 10]) {
                    0 => When::day(date(n)?),
                    1 => self.when(n, Prec::Month)?,
                    _ => self.when(n, Prec::Year)?,
                }
            }
        };
        let id = SourceId::new(&format!("{publisher}-{}-{}", published.earliest().year(), self.next_seq()))?;
        let kind = match self.rng.weighted(&[35, 20, 5, 10, 20, 10]) {
            0 => SourceKind::NewsReport,
            1 => SourceKind::OfficialStatement,
            2 => SourceKind::TreatyText,
            3 => SourceKind::ArchiveDocument,
            4 => SourceKind::Scholarship,
            _ => SourceKind::ReferenceWork,
        };
        let title = format!("{} ({})", sentence(&mut self.rng, 3, 9).trim_end_matches('.'), capitalised(&d.name));
        let mut s = Source::new(id.clone(), kind, title, published.clone());
        s.publisher = Some(format!("{} {kind_name}", capitalised(&publisher)));
        if self.rng.chance(0.4) {
            s.author = Some(format!("{} {}", capitalised(&word(&mut self.rng)), capitalised(&word(&mut self.rng))));
        }
        if self.rng.chance(0.5) {
            s.url = Some(format!("https://{publisher}.example.org/{}/{}", published.earliest().year(), id));
        }
        let lang = if self.rng.chance(0.6) { "en" } else { self.rng.pick(text::LANGS).copied().unwrap_or("en") };
        s.language = Some(crate::Lang::new(lang)?);
        if self.rng.chance(0.2) && !d.sources.is_empty() {
            for _ in 0..1 + self.rng.below(2) {
                if let Some(c) = self.rng.pick(&d.sources) {
                    if !s.cites.contains(&c.id) {
                        s.cites.push(c.id.clone());
                    }
                }
            }
        }
        let latest = day(published.latest());
        self.b.sources_mut().push(s);
        if at.is_some() {
            // Keep the pool sorted: later picks may use this source too.
            let at = d.sources.partition_point(|x| x.latest <= latest);
            d.sources.insert(at, Src { id: id.clone(), latest });
        } else {
            d.sources.push(Src { id: id.clone(), latest });
        }
        Ok(id)
    }

    /// `k` distinct sources of the dispute published no earlier than day `from` where there
    /// are such, avoiding `avoid`.
    pub(super) fn pick_sources(&mut self, d: &Dispute, from: i64, k: usize, avoid: &[Attribution]) -> Vec<SourceId> {
        let cut = d.sources.partition_point(|s| s.latest < from);
        let later = d.sources.get(cut..).unwrap_or_default();
        let pool = if later.len() > avoid.len() { later } else { &d.sources[..] };
        let mut out: Vec<SourceId> = Vec::with_capacity(k);
        for _ in 0..k * 4 {
            if out.len() == k {
                break;
            }
            if let Some(s) = self.rng.pick(pool) {
                if !out.contains(&s.id) && !avoid.iter().any(|a| a.source == s.id) {
                    out.push(s.id.clone());
                }
            }
        }
        out
    }
}
