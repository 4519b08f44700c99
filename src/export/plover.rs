//! Events as PLOVER event data, one JSON object per line.
//!
//! [PLOVER](https://github.com/openeventdata/PLOVER) (Political Language Ontology for
//! Verifiable Event Records) is the event-data standard that replaced CAMEO. Writing events in
//! its shape lets event-data users join this dataset with theirs. Each event whose
//! [`EventKind`](crate::EventKind) maps to a PLOVER category
//! ([`EventKind::plover`](crate::EventKind::plover)) becomes one record:
//!
//! ```json
//! {"id": "jd-1956-signed", "date": "1956-10-19", "event": "AGREE", "mode": "joint_declaration",
//!  "context": "territory", "quad_code": 1,
//!  "actor": [{"party": "ussr", "actor_text": "Soviet Union", "identifier_id": "Q15180", "role": "signatory"},
//!            {"party": "japan", "actor_text": "Japan", "identifier_id": "Q17", "role": "signatory"}],
//!  "recipient": [],
//!  "event_loc": {"name": "Moscow"}, "comment": "Soviet-Japanese Joint Declaration signed",
//!  "cite_info": {"corpus": "island-claims", "citation": "jd-1956-text", "title": "...", "url": "...", "language": "en"},
//!  "edtf": "1956-10-19", "islands": ["shikotan", "habomai"], "sources": ["jd-1956-text"]}
//! ```
//!
//! The fields follow the PLOVER manual's JSON section:
//!
//! - `id`: the event id, unique within the dataset.
//! - `date`: the first day the event may have happened (`YYYY-MM-DD`); `enddate`, only when
//!   the event spans or may lie on more than one day, its last. An event dated `1956` has
//!   `date` 1956-01-01 and `enddate` 1956-12-31; an open end has no `enddate`.
//! - `actor` and `recipient`: lists of actor objects, one per participant. As PLOVER asks,
//!   symmetric events (signatories, negotiators, visitor and host, seller and buyer) list every
//!   party as actor and none as recipient; only addressees, targets and respondents are
//!   recipients, the parties an event is directed at (PLOVER's "recipient" is "the entity or
//!   entities to whom the event is directed"; a respondent is the party a case is brought
//!   against). Each actor object has the
//!   party's id (`party`), its English name (`actor_text`), its Wikidata id where known
//!   (`identifier_id`, which PLOVER recommends) and its `role`.
//! - `event`: the PLOVER category (`AGREE`, `CONSULT`, ...); `quad_code` its quad category
//!   (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
//! - `mode`: this crate's event kind (`joint_declaration`, `visit`): finer than the category,
//!   as PLOVER modes are.
//! - `context`: always `"territory"`.
//! - `cite_info`: the citation object of the event's first source (`corpus` is
//!   `"island-claims"`, `citation` the source id, then `title`, `url`, `publication`,
//!   `language` where known).
//! - `event_loc` (`{"name": place}`) and `comment` (the title), where known.
//! - Extensions, which PLOVER allows: `edtf` (the date as given), `islands` (the island ids as
//!   given) and `sources` (every source id the event is attributed to).
//!
//! An event is skipped, and said so in the [`Summary`], when its kind has no PLOVER category
//! (statements, publications, legislation: PLOVER dropped CAMEO's "make public statement";
//! rulings and resolutions: see [`EventKind::plover`](crate::EventKind::plover) for why),
//! when no participant acts in it (PLOVER requires an actor), or when its start is unknown
//! (PLOVER requires a date).

use std::io;

use serde_json::{Map, Value, json};

use crate::dataset::Dataset;
use crate::ids::EventId;
use crate::records::{Event, Party, PloverCategory, Role};

/// The `context` of every record written: these are territorial disputes.
pub const CONTEXT: &str = "territory";

/// Why an event was not written as PLOVER.
///
/// ```
/// use island_claims::export::plover::SkipReason;
/// assert_eq!(SkipReason::NoCategory.to_string(), "no_category");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// Its kind has no PLOVER category ([`EventKind::plover`](crate::EventKind::plover) is
    /// `None`): statements, memoranda, publications, legislation, decrees, rulings,
    /// resolutions.
    NoCategory,
    /// No participant acts in it: it has no participants, or only addressees and targets.
    NoActor,
    /// Its start is unknown or open, so it has no first day.
    NoDate,
}

/// What [`write_jsonl`] wrote and what it skipped.
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::plover::{self, SkipReason};
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let summary = plover::write_jsonl(&data, std::io::sink())?;
/// assert_eq!(summary.written(), 2);
/// assert_eq!(summary.skipped()[0].0.as_str(), "memo-1960-01-27");
/// assert_eq!(summary.skipped()[0].1, SkipReason::NoCategory);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    written: usize,
    skipped: Vec<(EventId, SkipReason)>,
}

impl Summary {
    /// How many records were written.
    #[must_use]
    pub fn written(&self) -> usize {
        self.written
    }

    /// The events skipped, in dataset order, each with its reason.
    #[must_use]
    pub fn skipped(&self) -> &[(EventId, SkipReason)] {
        &self.skipped
    }
}

/// The PLOVER record of one event of `data`, or why it has none.
///
/// # Errors
///
/// The [`SkipReason`] when the event cannot be written as PLOVER (see the
/// [module docs](self)).
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::plover::{self, SkipReason};
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let signed = data.event(&"jd-1956-signed".parse()?).unwrap();
/// let record = plover::event_record(&data, signed).unwrap();
/// assert_eq!(record["event"], "AGREE");
/// assert_eq!(record["date"], "1956-10-19");
/// assert_eq!(record["actor"][0]["party"], "ussr");
///
/// let statement = data.event(&"putin-spief-2021".parse()?).unwrap();
/// assert_eq!(plover::event_record(&data, statement), Err(SkipReason::NoCategory));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn event_record(data: &Dataset, event: &Event) -> Result<Value, SkipReason> {
    let category = event.kind.plover().ok_or(SkipReason::NoCategory)?;
    let hull = event.when.hull();
    let first = hull.first().ok_or(SkipReason::NoDate)?;
    let (recipients, actors): (Vec<_>, Vec<_>) =
        event.participants.iter().partition(|p| matches!(p.role, Role::Addressee | Role::Target | Role::Respondent));
    if actors.is_empty() {
        return Err(SkipReason::NoActor);
    }
    let actor = |p: &&crate::records::Participant| {
        let party = data.party(&p.party);
        let mut o = Map::new();
        o.insert("party".into(), json!(p.party.as_str()));
        o.insert("actor_text".into(), json!(party.map_or(p.party.as_str(), display_name)));
        if let Some(q) = party.and_then(|x| x.wikidata) {
            o.insert("identifier_id".into(), json!(q.to_string()));
        }
        o.insert("role".into(), json!(p.role.as_ref()));
        Value::Object(o)
    };

    let mut r = Map::new();
    r.insert("id".into(), json!(event.id.as_str()));
    r.insert("date".into(), json!(first.to_string()));
    if hull.last() != Some(first) {
        if let Some(last) = hull.last() {
            r.insert("enddate".into(), json!(last.to_string()));
        }
    }
    r.insert("actor".into(), actors.iter().map(actor).collect());
    r.insert("recipient".into(), recipients.iter().map(actor).collect());
    r.insert("event".into(), json!(category.as_ref()));
    r.insert("quad_code".into(), json!(quad_code(category)));
    r.insert("mode".into(), json!(event.kind.as_ref()));
    r.insert("context".into(), json!(CONTEXT));
    if let Some(place) = &event.place {
        r.insert("event_loc".into(), json!({ "name": place }));
    }
    r.insert("comment".into(), json!(event.title));
    if let Some(cite) = event.attributions.first().map(|a| cite_info(data, a)) {
        r.insert("cite_info".into(), cite);
    }
    r.insert("edtf".into(), json!(event.when.as_str()));
    r.insert("islands".into(), event.islands.iter().map(|i| json!(i.as_str())).collect());
    r.insert("sources".into(), event.attributions.iter().map(|a| json!(a.source.as_str())).collect());
    Ok(Value::Object(r))
}

/// Writes every event of `data` that has a PLOVER form as JSON Lines: one record per line, in
/// dataset order, each line ending in `\n`.
///
/// # Errors
///
/// The I/O error of `out`, if writing fails.
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::plover;
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let mut out = Vec::new();
/// let summary = plover::write_jsonl(&data, &mut out)?;
/// let text = String::from_utf8(out)?;
/// assert_eq!(text.lines().count(), summary.written());
/// // The memorandum and Putin's statement have no PLOVER category.
/// assert_eq!(summary.skipped().len(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_jsonl<W: io::Write>(data: &Dataset, mut out: W) -> io::Result<Summary> {
    let mut summary = Summary::default();
    for event in data.events() {
        match event_record(data, event) {
            Ok(record) => {
                serde_json::to_writer(&mut out, &record)?;
                out.write_all(b"\n")?;
                summary.written += 1;
            }
            Err(reason) => summary.skipped.push((event.id.clone(), reason)),
        }
    }
    out.flush()?;
    Ok(summary)
}

fn display_name(party: &Party) -> &str {
    party.names.english().or_else(|| party.names.iter().next().map(|(_, n)| n)).unwrap_or(party.id.as_str())
}

fn cite_info(data: &Dataset, attribution: &crate::records::Attribution) -> Value {
    let mut c = Map::new();
    c.insert("corpus".into(), json!("island-claims"));
    c.insert("citation".into(), json!(attribution.source.as_str()));
    if let Some(s) = data.source(&attribution.source) {
        c.insert("title".into(), json!(s.title));
        if let Some(url) = &s.url {
            c.insert("url".into(), json!(url));
        }
        if let Some(publisher) = &s.publisher {
            c.insert("publication".into(), json!(publisher));
        }
        if let Some(lang) = &s.language {
            c.insert("language".into(), json!(lang.as_str()));
        }
    }
    Value::Object(c)
}

/// PLOVER's quad category of an event category.
fn quad_code(c: PloverCategory) -> u8 {
    use PloverCategory as P;
    match c {
        P::Agree | P::Consult | P::Support | P::Concede => 1,
        P::Cooperate | P::Aid | P::Retreat => 2,
        P::Request | P::Accuse | P::Reject | P::Threaten | P::Sanction => 3,
        P::Protest | P::Mobilize | P::Coerce | P::Assault => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Dataset {
        Dataset::from_json(include_str!("../../tests/data/tiny.json")).unwrap()
    }

    #[test]
    fn symmetric_events_have_no_recipient() {
        let data = tiny();
        let ev = data.event(&"jd-1956-signed".parse().unwrap()).unwrap();
        let r = event_record(&data, ev).unwrap();
        assert_eq!(r["actor"].as_array().unwrap().len(), 2);
        assert_eq!(r["recipient"].as_array().unwrap().len(), 0);
        assert_eq!(r["actor"][1]["identifier_id"], "Q17");
        assert_eq!(r["context"], "territory");
        assert_eq!(r["quad_code"], 1);
        assert!(r.get("enddate").is_none());
        assert_eq!(r["event_loc"]["name"], "Moscow");
        assert_eq!(r["cite_info"]["citation"], "jd-1956-text");
    }

    #[test]
    fn imprecise_dates_span_date_to_enddate() {
        let mut b = tiny().to_builder();
        for e in b.events_mut() {
            if e.id == "jd-1956-in-force" {
                e.when = "1956".parse().unwrap();
            }
        }
        let data = b.build().unwrap();
        let ev = data.event(&"jd-1956-in-force".parse().unwrap()).unwrap();
        let r = event_record(&data, ev).unwrap();
        assert_eq!((r["date"].as_str(), r["enddate"].as_str()), (Some("1956-01-01"), Some("1956-12-31")));
        assert_eq!(r["edtf"], "1956");
    }

    #[test]
    fn addressees_are_recipients_and_events_without_actors_are_skipped() {
        let mut b = tiny().to_builder();
        for e in b.events_mut() {
            if e.id == "jd-1956-in-force" {
                e.participants.retain(|p| p.party == "japan");
                e.participants[0].role = Role::Addressee;
            }
        }
        let data = b.build().unwrap();
        let ev = data.event(&"jd-1956-in-force".parse().unwrap()).unwrap();
        assert_eq!(event_record(&data, ev), Err(SkipReason::NoActor));
    }

    #[test]
    fn every_category_has_a_quad() {
        for c in PloverCategory::iter() {
            assert!((1..=4).contains(&quad_code(c)));
        }
    }
}
