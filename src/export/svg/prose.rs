//! The hover texts of a picture, in sentences: what a position, an event or a dispute says,
//! with its dates and the titles and dates of its sources.

use std::fmt::Write as _;

use super::style::{contention_phrase, outcome_phrase, stance_clause};
use super::text::and_list;
use crate::dataset::Dataset;
use crate::ids::{IslandId, PartyId};
use crate::query::Dispute;
use crate::records::{Attribution, Event, Position};
use crate::time::{DayRange, Period, PeriodEnd, When};

/// Names records as a reader knows them: in English where the dataset has it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Names<'a> {
    pub(super) data: &'a Dataset,
}

impl<'a> Names<'a> {
    pub(super) fn party(&self, party: &PartyId) -> String {
        self.data.party(party).and_then(|p| p.names.english()).unwrap_or(party.as_str()).to_owned()
    }

    pub(super) fn island(&self, island: &IslandId) -> String {
        self.data.island(island).and_then(|i| i.names.english()).unwrap_or(island.as_str()).to_owned()
    }

    pub(super) fn islands(&self, islands: &[IslandId]) -> String {
        and_list(&islands.iter().map(|i| self.island(i)).collect::<Vec<_>>())
    }

    /// The sentence a position's band shows on hover: "Soviet Union promises to transfer
    /// Habomai and Shikotan to Japan, 1956-12-12 to 1960-01-27.", then how sure its dates
    /// are, its conditions and rank, and its sources.
    pub(super) fn position(&self, p: &Position) -> String {
        let holder = self.party(&p.holder);
        let other = p.counterpart.as_ref().map_or_else(|| "another party".to_owned(), |c| self.party(c));
        let mut t =
            format!("{}, {}.", stance_clause(p.stance, &holder, &self.islands(&p.islands), &other), period(&p.period));
        let (hull, core) = (p.period.hull(), p.period.core());
        if core != Some(hull) {
            match core {
                Some(c) => {
                    let _ = write!(t, " Surely held {}; possibly {}.", days(c), days(hull));
                }
                None => {
                    let _ = write!(t, " No day is sure; possibly held {}.", days(hull));
                }
            }
        }
        if p.contingent {
            t.push_str(" Contingent: it holds only if its conditions are met.");
        }
        if let Some(c) = &p.conditions {
            let _ = write!(t, " Conditions: {c}.");
        }
        if !p.rank.is_normal() {
            let _ = write!(t, " Ranked {}", p.rank);
            match &p.rank_reason {
                Some(r) => {
                    let _ = write!(t, ": {r}.");
                }
                None => t.push('.'),
            }
        }
        t.push_str(&self.sources(&p.attributions));
        t
    }

    /// An event on hover: "1956-10-19: Soviet-Japanese Joint Declaration (a joint
    /// declaration). Soviet Union and Japan as signatories.", its summary and its sources.
    pub(super) fn event(&self, e: &Event) -> String {
        let kind = e.kind.as_ref().replace('_', " ");
        let mut t = format!("{}: {} ({kind}).", capitalised(&event_when(&e.when)), e.title.trim_end_matches('.'));
        let mut roles: Vec<(String, Vec<String>)> = Vec::new();
        for p in &e.participants {
            let role = p.role.as_ref().replace('_', " ");
            match roles.iter_mut().find(|(r, _)| *r == role) {
                Some((_, names)) => names.push(self.party(&p.party)),
                None => roles.push((role, vec![self.party(&p.party)])),
            }
        }
        if !roles.is_empty() {
            let parts: Vec<String> =
                roles.iter().map(|(role, names)| format!("{} ({role})", and_list(names))).collect();
            let _ = write!(t, " Taking part: {}.", parts.join("; "));
        }
        if let Some(s) = &e.summary {
            let _ = write!(t, " {}", s.trim());
        }
        t.push_str(&self.sources(&e.attributions));
        t
    }

    /// A derived dispute on hover: its sides, territory, dates, kind and outcome.
    pub(super) fn dispute(&self, d: &Dispute<'_>) -> String {
        let side = |s: usize| and_then_list(&d.side(s).map(|p| self.party(p)).collect::<Vec<_>>());
        let islands: Vec<&IslandId> = d.islands().collect();
        let count = if islands.len() > 1 { format!(" ({} islands)", islands.len()) } else { String::new() };
        let mut t = format!("Dispute between {} and {} over {}{count}", side(0), side(1), self.island(d.territory()));
        let possible = d.possible();
        let definite: Vec<DayRange> = d.definite().collect();
        match definite.first() {
            Some(first) if *first == possible && definite.len() == 1 => {
                let _ = write!(t, ", surely {}", days(possible));
            }
            Some(_) => {
                let sure: Vec<String> = definite.iter().map(|r| days(*r)).collect();
                let _ = write!(t, ", possibly {}, surely {}", days(possible), and_list(&sure));
            }
            None => {
                let _ = write!(t, ", possibly {} (never surely)", days(possible));
            }
        }
        let kinds: Vec<String> = d.contention().iter().map(|c| contention_phrase(*c).to_owned()).collect();
        let _ = write!(t, "; {}. {}.", outcome_phrase(d.outcome()), capitalised(&and_list(&kinds)));
        t
    }

    /// " Sources: “Title”, Publisher, 2021-06 (Putin's account); …" for these attributions.
    fn sources(&self, attributions: &[Attribution]) -> String {
        let mut out: Vec<String> = Vec::new();
        for a in attributions {
            let mut s = match self.data.source(&a.source) {
                Some(src) => {
                    let mut s = format!("\u{201c}{}\u{201d}", src.title.trim());
                    if let Some(p) = &src.publisher {
                        let _ = write!(s, ", {p}");
                    }
                    if let Some(w) = src.known_from() {
                        let _ = write!(s, ", {}", when(w));
                    }
                    s
                }
                None => a.source.to_string(),
            };
            if let Some(who) = &a.account_of {
                let _ = write!(s, " ({}'s account)", self.party(who));
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
        match out.len() {
            0 => String::new(),
            1 => format!("\nSource: {}.", out.join("")),
            _ => format!("\nSources: {}.", out.join("; ")),
        }
    }
}

/// Parties one after the other: "Soviet Union, then Russian Federation".
fn and_then_list(names: &[String]) -> String {
    names.join(", then ")
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// A period as prose: "1956-12-12 to 1960-01-27", "since 1991-12-26", "until 1945".
fn period(p: &Period) -> String {
    match (p.start(), p.end()) {
        (PeriodEnd::At(a), PeriodEnd::At(b)) if a == b => on(a),
        (PeriodEnd::At(a), PeriodEnd::At(b)) => format!("{} to {}", when(a), when(b)),
        (PeriodEnd::At(a), PeriodEnd::Open) => format!("since {}", when(a)),
        (PeriodEnd::At(a), PeriodEnd::Unknown) => format!("from {} to a date no source gives", when(a)),
        (PeriodEnd::Open, PeriodEnd::At(b)) => format!("until {}", when(b)),
        (PeriodEnd::Unknown, PeriodEnd::At(b)) => format!("from a date no source gives to {}", when(b)),
        (PeriodEnd::Open, PeriodEnd::Open) => "at all times".to_owned(),
        (PeriodEnd::Open | PeriodEnd::Unknown, PeriodEnd::Open | PeriodEnd::Unknown) => {
            "on dates no source gives".to_owned()
        }
    }
}

/// A date after a preposition: "on 2021-05-29", "in 1973-10", "in the 1970s".
fn on(w: &When) -> String {
    let text = when(w);
    if w.as_str().len() == 10 && text == w.as_str() { format!("on {text}") } else { format!("in {text}") }
}

/// When an event happened: its day, or "1955-06-03 to 1955-09".
fn event_when(p: &Period) -> String {
    match (p.start(), p.end()) {
        (PeriodEnd::At(a), PeriodEnd::At(b)) if a == b => when(a),
        _ => period(p),
    }
}

/// A date as prose: as written when it is a plain year, month or day; else the days it may
/// stand for, with its qualifier.
pub(super) fn when(w: &When) -> String {
    let text = w.as_str();
    let plain = |t: &str| t.chars().all(|c| c.is_ascii_digit() || c == '-');
    if plain(text) {
        return text.to_owned();
    }
    // A decade or century: "197X" is the 1970s.
    if text.len() == 4 && text.ends_with('X') {
        let digits = text.trim_end_matches('X');
        if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
            return format!("the {}{}s", digits, "0".repeat(4 - digits.len()));
        }
    }
    let bare: String = text.chars().filter(|c| !matches!(c, '?' | '~' | '%')).collect();
    let qualifier = if text.contains('~') && !text.contains('?') { " (approximately)" } else { " (uncertain)" };
    if plain(&bare) {
        return format!("{bare}{qualifier}");
    }
    let r = w.range();
    match (r.first(), r.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("a day between {a} and {b}"),
        (Some(a), None) => format!("a day on or after {a}"),
        (None, Some(b)) => format!("a day by {b}"),
        (None, None) => "an unknown date".to_owned(),
    }
}

/// Days as prose: "1956-12-12 to 1960-01-27", "from 1991-12-26 on".
fn days(r: DayRange) -> String {
    match (r.first(), r.last()) {
        (Some(a), Some(b)) if a == b => format!("on {a}"),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) => format!("from {a} on"),
        (None, Some(b)) => format!("until {b}"),
        (None, None) => "at all times".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_read_as_prose() {
        let p = |s: &str| period(&s.parse().unwrap());
        assert_eq!(p("1956-12-12/1960-01-27"), "1956-12-12 to 1960-01-27");
        assert_eq!(p("1991-12-26/.."), "since 1991-12-26");
        assert_eq!(p("1973-10/1973-10"), "in 1973-10");
        assert_eq!(p("2021-05-29/2021-05-29"), "on 2021-05-29");
        assert_eq!(p("197X/2001"), "the 1970s to 2001");
        assert_eq!(p("20XX/.."), "since the 2000s");
        assert_eq!(p("[1951-09-05..1955-01-26]/1956-09-06"), "a day between 1951-09-05 and 1955-01-26 to 1956-09-06");
        assert_eq!(p("2000?/2001?"), "2000 (uncertain) to 2001 (uncertain)");
    }
}
