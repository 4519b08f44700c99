//! The generator proper: disputes, then their polities, sources, tracks of positions.
//!
//! Validity is kept by construction, not by retrying:
//! - every position lies inside its holder's existence (its hull inside the existence hull);
//! - one holder's positions never surely overlap on shared islands: each holder splits a
//!   dispute's islands into disjoint *chunks*, and on each chunk its positions follow one
//!   another in time (a *track*), each starting after the previous one's latest reading;
//! - the only overlaps inside a holder are deliberate *counter-accounts* (about 1% of
//!   positions): another source's account of the same time, inside the original's hull,
//!   attributed to sources the original does not use, so that `conflicts()` has something
//!   to find while validation (which asks for a shared source) has nothing to refuse;
//! - an event that establishes or ends a position is dated by that position's own start or
//!   end, and attributed to sources published no earlier than the event.

use chrono::{Datelike, NaiveDate};

use crate::synth::rng::Rng;
use crate::synth::text::word;
use crate::synth::{Config, SynthError};
use crate::{DatasetBuilder, IslandId, PartyId, Period, SourceId, When};

/// Positions per dispute, on average: the number of disputes grows with the size asked for.
const POSITIONS_PER_DISPUTE: usize = 200;
/// The share of positions that are open-ended (`start/..`).
pub(super) const OPEN_SHARE: f64 = 0.2;
/// The share of positions that get a counter-account from another source.
pub(super) const COUNTER_SHARE: f64 = 0.01;
pub(super) const DAYS_PER_YEAR: f64 = 365.25;

pub(super) type Result<T> = std::result::Result<T, SynthError>;

pub(super) fn date(n: i64) -> Result<NaiveDate> {
    i32::try_from(n).ok().and_then(NaiveDate::from_num_days_from_ce_opt).ok_or(SynthError::Internal("day out of range"))
}

pub(super) fn day(d: NaiveDate) -> i64 {
    i64::from(d.num_days_from_ce())
}

pub(super) fn years(n: f64) -> i64 {
    (n * DAYS_PER_YEAR) as i64
}

/// How precisely an end is dated.
#[derive(Clone, Copy)]
pub(super) enum Prec {
    Day,
    Month,
    Year,
    Decade,
}

/// A state of a polity, as positions and counterparts see it.
#[derive(Clone)]
pub(super) struct State {
    pub(super) id: PartyId,
    /// First and last day of its existence, the last clipped to the horizon.
    pub(super) window: (i64, i64),
    /// Exists until now and beyond: may hold open-ended positions.
    pub(super) open: bool,
    pub(super) ministry: Option<PartyId>,
}

/// A state and its successors: the USSR and Russia are one polity.
pub(super) struct Polity {
    pub(super) states: Vec<State>,
}

/// Who holds a track of positions, and when it can.
#[derive(Clone)]
pub(super) struct Holder {
    pub(super) id: PartyId,
    pub(super) window: (i64, i64),
    pub(super) open: bool,
    /// Index of its polity among the dispute's sides.
    pub(super) side: usize,
    /// A person: positions last days to a few years, not centuries.
    pub(super) short: bool,
}

/// A top-level member of a dispute's region: a group with its members, or one island.
#[derive(Clone)]
pub(super) struct Child {
    pub(super) id: IslandId,
    pub(super) members: Vec<IslandId>,
}

/// A source as the attribution picker sees it.
pub(super) struct Src {
    pub(super) id: SourceId,
    pub(super) latest: i64,
}

pub(super) struct Dispute {
    pub(super) region: IslandId,
    pub(super) name: String,
    pub(super) children: Vec<Child>,
    /// Sorted by the last day they may have been published.
    pub(super) sources: Vec<Src>,
    pub(super) start: i64,
    /// Polity indices, one per side.
    pub(super) sides: Vec<usize>,
    /// Position count at which this dispute is full.
    pub(super) limit: usize,
}

/// What a position of a track says, before it is written down.
pub(super) struct Draft {
    pub(super) islands: Vec<IslandId>,
    pub(super) period: Period,
    pub(super) start: Option<When>,
    pub(super) end: Option<When>,
    /// First and last day of its hull, the last `i64::MAX` when open.
    pub(super) hull: (i64, i64),
}

pub(crate) struct Gen {
    pub(super) rng: Rng,
    pub(super) horizon: i64,
    pub(super) seq: u64,
    pub(super) open: usize,
    pub(super) polities: Vec<Polity>,
    pub(super) b: DatasetBuilder,
}

pub(crate) fn generate(config: &Config) -> Result<DatasetBuilder> {
    let horizon = NaiveDate::from_ymd_opt(2025, 12, 31).map(day).ok_or(SynthError::Internal("horizon"))?;
    let mut g = Gen {
        rng: Rng::new(config.seed()),
        horizon,
        seq: 0,
        open: 0,
        polities: Vec::new(),
        b: DatasetBuilder::default(),
    };
    let disputes = config.positions().div_ceil(POSITIONS_PER_DISPUTE).max(1);
    for i in 0..disputes {
        let limit = config.positions() * (i + 1) / disputes;
        g.dispute(limit)?;
    }
    Ok(g.b)
}

impl Gen {
    pub(super) fn next_seq(&mut self) -> String {
        self.seq += 1;
        base36(self.seq)
    }

    pub(super) fn count(&mut self) -> usize {
        self.b.positions_mut().len()
    }

    // ---- dates -------------------------------------------------------------------------

    pub(super) fn when(&mut self, n: i64, prec: Prec) -> Result<When> {
        let d = date(n)?;
        let (y, m) = (d.year(), d.month());
        let q = if matches!(prec, Prec::Year | Prec::Month) && self.rng.chance(0.08) {
            if self.rng.chance(0.5) { "?" } else { "~" }
        } else {
            ""
        };
        let text = match prec {
            Prec::Day => return Ok(When::day(d)),
            Prec::Month => format!("{y:04}-{m:02}{q}"),
            Prec::Year => format!("{y:04}{q}"),
            Prec::Decade => format!("{:03}X", y / 10),
        };
        Ok(When::parse(&text)?)
    }

    pub(super) fn precision(&mut self, n: i64) -> Prec {
        let early = n < years(1900.0);
        match self.rng.weighted(&[62, 18, 17, if early { 3 } else { 0 }]) {
            0 => Prec::Day,
            1 => Prec::Month,
            2 => Prec::Year,
            _ => Prec::Decade,
        }
    }

    /// A start date around day `n` whose earliest reading is not before `floor`.
    pub(super) fn start_when(&mut self, n: i64, floor: i64) -> Result<When> {
        let prec = self.precision(n);
        let w = self.when(n, prec)?;
        if day(w.earliest()) < floor { Ok(When::day(date(n)?)) } else { Ok(w) }
    }

    /// An end date around day `n` whose latest reading is not after `ceil`.
    pub(super) fn end_when(&mut self, n: i64, ceil: i64) -> Result<When> {
        let prec = self.precision(n);
        let w = self.when(n, prec)?;
        if day(w.latest()) > ceil { Ok(When::day(date(n)?)) } else { Ok(w) }
    }

    // ---- disputes ----------------------------------------------------------------------

    pub(super) fn dispute(&mut self, limit: usize) -> Result<()> {
        let start_year = 2015 - (390.0 * self.rng.unit().powi(2)) as i64;
        let start = years(start_year as f64);
        let name = word(&mut self.rng);
        let (region, children) = self.islands(&name)?;
        let mut sides = Vec::new();
        // Side 0 is always a polity that exists today, so persons can always be found.
        sides.push(self.polity(start_year, true)?);
        let n_sides = 2 + self.rng.weighted(&[55, 30, 15]);
        while sides.len() < n_sides {
            let recent = self.polities.len().saturating_sub(50);
            let reuse = self.rng.chance(0.5) && self.polities.len() > recent + 1;
            let p = if reuse {
                recent + self.rng.below(self.polities.len() - recent)
            } else {
                let open = self.rng.chance(0.8);
                self.polity(start_year, open)?
            };
            if !sides.contains(&p) {
                sides.push(p);
            }
        }
        let quota = limit.saturating_sub(self.count());
        let mut d = Dispute { region, name, children, sources: Vec::new(), start, sides, limit };
        for _ in 0..(quota / 6).max(4) {
            self.source(&mut d, None)?;
        }
        d.sources.sort_by_key(|s| s.latest);

        // States and ministries: one track per chunk of the region.
        let mut holders = Vec::new();
        for (side, &p) in d.sides.iter().enumerate() {
            let Some(polity) = self.polities.get(p) else { continue };
            for st in &polity.states {
                let window = (st.window.0.max(d.start), st.window.1);
                if window.1 - window.0 < 30 {
                    continue;
                }
                holders.push(Holder { id: st.id.clone(), window, open: st.open, side, short: false });
                if let Some(m) = &st.ministry {
                    holders.push(Holder { id: m.clone(), window, open: st.open, side, short: false });
                }
            }
        }
        for h in &holders {
            for chunk in self.chunks(&d) {
                self.track(&mut d, h, &chunk)?;
            }
        }
        // Then officials, each with one track, until the dispute is full.
        let mut attempts = 0;
        while self.count() < d.limit && attempts < 100_000 {
            attempts += 1;
            if let Some(h) = self.person(&d)? {
                let chunk = self.chunks(&d).into_iter().next().unwrap_or_default();
                self.track(&mut d, &h, &chunk)?;
            }
        }
        Ok(())
    }

    /// How one holder splits the region's members into disjoint chunks, one track each.
    pub(super) fn chunks(&mut self, d: &Dispute) -> Vec<Vec<Child>> {
        let n = d.children.len();
        let k = 1 + self.rng.below(n.min(3));
        if k == 1 {
            return vec![vec![Child { id: d.region.clone(), members: Vec::new() }]];
        }
        let mut chunks = vec![Vec::new(); k];
        for (i, c) in d.children.iter().enumerate() {
            // The first k children seed one chunk each, so none is empty.
            let at = if i < k { i } else { self.rng.below(k) };
            if let Some(chunk) = chunks.get_mut(at) {
                chunk.push(c.clone());
            }
        }
        chunks
    }

    /// The islands one position of a chunk names: usually all of it, sometimes a part.
    pub(super) fn chunk_islands(&mut self, chunk: &[Child]) -> Vec<IslandId> {
        if chunk.len() > 1 && self.rng.chance(0.3) {
            let mut out: Vec<IslandId> = chunk.iter().filter(|_| self.rng.chance(0.5)).map(|c| c.id.clone()).collect();
            if out.is_empty() {
                out.extend(self.rng.pick(chunk).map(|c| c.id.clone()));
            }
            return out;
        }
        if let [only] = chunk {
            if !only.members.is_empty() && self.rng.chance(0.3) {
                return self.rng.pick(&only.members).cloned().into_iter().collect();
            }
        }
        chunk.iter().map(|c| c.id.clone()).collect()
    }
}

pub(super) fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS.get((n % 36) as usize).copied().unwrap_or(b'0'));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
