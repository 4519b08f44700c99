//! Events as PLOVER event data, one JSON object per line.
//!
//! [PLOVER](https://github.com/openeventdata/PLOVER) (Political Language Ontology for
//! Verifiable Event Records) is the event-data standard that replaced CAMEO. Writing events in
//! its shape lets event-data users join this dataset with theirs.
//!
//! **Version.** The records follow the PLOVER manual, *draft version 2.0*
//! (`PLOVER_MANUAL.tex` of the openeventdata/PLOVER repository, commit `5e0c24f` of
//! 2024-02-04), [`MANUAL_VERSION`]. Its field list and vocabularies (event types, modes per
//! event type, contexts, quad classes, entity, location and citation fields) are kept in the
//! repository as `tests/data/plover/manual.json`, and a test checks every line written for
//! the embedded datasets against them. Section names below are the manual's.
//!
//! Each event whose [`EventKind`] maps to a PLOVER event type
//! ([`EventKind::plover`]) becomes one record:
//!
//! ```json
//! {"id": "jd-1956-signed", "date": "1956-10-19",
//!  "actor": [{"entity_text": "Soviet Union", "entity_name": "Soviet Union", "identifier_id": "Q15180",
//!             "country_name": "Soviet Union", "sector_code": "GOV", "party_id": "ussr", "role": "signatory"},
//!            {"entity_text": "Japan", "entity_name": "Japan", "identifier_id": "Q17",
//!             "country_name": "Japan", "sector_code": "GOV", "party_id": "japan", "role": "signatory"}],
//!  "recipient": [], "event": ["SUPPORT"], "quad_code": 1, "mode": null,
//!  "context": ["territory", "diplomatic"],
//!  "event_loc": {"extracted_place": "Moscow"}, "comment": "Soviet-Japanese Joint Declaration signed",
//!  "cite_info": {"corpus": "island-claims", "codebook": "plover-2.0", "citation": "jd-1956-text", "title": "...", "url": "...", "language": "en"},
//!  "edtf": "1956-10-19", "islands": ["shikotan", "habomai"], "sources": ["jd-1956-text"], "others": []}
//! ```
//!
//! The fields are those of the manual's "PLOVER JSON" table (chapter "Data Fields"):
//!
//! - `id`: the event id, unique within the dataset.
//! - `date`: the first day the event may have happened (`YYYY-MM-DD`); `enddate`, only when
//!   the event spans or may lie on more than one day, its last. An event dated `1956` has
//!   `date` 1956-01-01 and `enddate` 1956-12-31; an open end has no `enddate`.
//! - `event`, `mode`, `context`: lists, as the table's note 3 says ("`event`, `mode` and
//!   `context` fields can have multiple entries"). `event` holds the one event type;
//!   `mode` the manual's modes of that type that fit the event ([`modes`]), or `null` where
//!   none does ("if no existing values seem appropriate, the field should be left null",
//!   section "Overview" of chapter "Event, Mode, and Context"); `context` is always
//!   `territory`, with `diplomatic`, `legal` or `military` where the kind says so
//!   ([`contexts`]).
//! - `quad_code`: the quad class of the event type, from the type's own section
//!   ([`quad_code`]): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
//!   4 material conflict.
//! - `actor` and `recipient`: lists of entity objects, one per participant, by the role it
//!   played ([`side`]): the manual's `actor` "initiated the event", its `recipient` is "the
//!   entity or entities to whom the event is directed" (section "Changes in treatment of
//!   political entities"). Addressees, targets, respondents and hosts are recipients ("the
//!   visitor will always be coded as the actor and the host will be the recipient", section
//!   CONSULT); the party that cedes territory is the actor of a transfer and the party that
//!   receives it its recipient; the buyer is the actor of a purchase and the seller its
//!   recipient. A participant of role `other` or `mediator` is neither: it is listed in the
//!   extension `others`.
//! - Each entity object has the manual's entity fields (chapter "Country Names and Sector
//!   Codes"): `entity_text` and `entity_name` (the party's English name: the data is coded by
//!   hand, so the text is the name), `identifier_id` (its Wikidata id, which the manual
//!   asks for, where known), `country_name` (see below) and `sector_code` (`GOV` for a state, a
//!   territory's government and a person acting for a state; `JUD` for an adjudicator;
//!   `CVL` for a people; none where the kind does not say, as for a government body, which
//!   may be an executive (`GOV`) or a legislature (`LEG`)). Two extensions, which the
//!   manual's fourth rule allows ("the remaining named fields in the actor/recipient JSON
//!   object are used for additional information"): `party_id`, the party's id in this
//!   dataset, and `role`.
//! - `country_name`: the English name of the state the party counts as on the event's first
//!   day: a state itself; a person, government body or territory through its `represents`
//!   and `part_of` relations that may hold that day (Putin as Russia, a prefecture as Japan),
//!   as the manual folds persons and dependencies into their state (section "Country names").
//!   None where no state is reached (an international organisation, a people).
//! - `event_loc`: a location object (table "Location object"): `extracted_place`, the
//!   event's `place` as the data gives it; and for an event that happens on the islands
//!   (an occupation, a use of force, a symbolic act, an expulsion, a transfer taking effect)
//!   and concerns one island with a location, `resolved_place` (its English name), `lat` and
//!   `lon`.
//! - `comment`: the title.
//! - `cite_info`: the citation object of the event's first source (table "Information object
//!   for citations"): `corpus` `"island-claims"`, `codebook` `"plover-2.0"`, `citation` the
//!   source id, then `title`, `url`, `publication`, and `language` where it is a two-letter
//!   ISO 639-1 code, as the table asks.
//! - Extensions, which the manual allows ("providers should feel free to include named
//!   fields beyond those provided here", chapter "Data Fields"): `edtf` (the date as given),
//!   `islands` (the island ids as given), `sources` (every source id the event is
//!   attributed to) and `others` (the participants that are neither actor nor recipient, as
//!   entity objects). [`RECORD_EXTENSIONS`] and [`ENTITY_EXTENSIONS`] list them.
//!
//! An event is skipped, and said so in the [`Summary`], when its kind has no PLOVER event
//! type (statements and publications: PLOVER dropped CAMEO's "make public statement";
//! rulings, resolutions, decrees: see [`EventKind::plover`] for
//! why), when no participant acts in it (PLOVER requires an actor), when its type requires
//! a recipient and it has none (`COOPERATE`, `AID`, `SANCTION`: "Requires recipient: Yes"),
//! when it is a consultation with one side only (no host nor addressee, and every actor of
//! one state: a leader's visit to his own state's islands, a memorandum addressed to
//! nobody), or when its start is unknown
//! (PLOVER requires a date).

use std::io;

use serde_json::{Map, Value, json};

use crate::dataset::Dataset;
use crate::ids::{EventId, PartyId};
use crate::records::{Event, EventKind, Participant, Party, PartyKind, PloverCategory, Role};
use crate::time::Span;

/// The PLOVER manual the records follow: draft version 2.0 of `PLOVER_MANUAL.tex`
/// (openeventdata/PLOVER, commit `5e0c24f`, 2024-02-04).
///
/// ```
/// assert_eq!(island_claims::export::plover::MANUAL_VERSION, "2.0");
/// ```
pub const MANUAL_VERSION: &str = "2.0";

/// The `codebook` of every record's `cite_info`, as the manual's citation table spells its
/// example (`plover-base-1.3.1`).
pub const CODEBOOK: &str = "plover-2.0";

/// The context every record has: these are territorial disputes (the manual's context
/// `territory`: "international and domestic territorial disputes").
pub const CONTEXT: &str = "territory";

/// The fields this crate adds to a record, beyond the manual's "PLOVER JSON" table.
///
/// ```
/// use island_claims::export::plover::RECORD_EXTENSIONS;
/// assert_eq!(RECORD_EXTENSIONS, ["edtf", "islands", "sources", "others"]);
/// ```
pub const RECORD_EXTENSIONS: &[&str] = &["edtf", "islands", "sources", "others"];

/// The fields this crate adds to an entity object (actor, recipient or other), beyond the
/// manual's entity fields.
///
/// ```
/// use island_claims::export::plover::ENTITY_EXTENSIONS;
/// assert_eq!(ENTITY_EXTENSIONS, ["party_id", "role"]);
/// ```
pub const ENTITY_EXTENSIONS: &[&str] = &["party_id", "role"];

/// Why an event was not written as PLOVER.
///
/// ```
/// use island_claims::export::plover::SkipReason;
/// assert_eq!(SkipReason::NoCategory.to_string(), "no_category");
/// assert_eq!(SkipReason::OneSided.to_string(), "one_sided");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// Its kind has no PLOVER event type ([`EventKind::plover`] is
    /// `None`): statements, publications, legislation, decrees, rulings, resolutions.
    NoCategory,
    /// No participant acts in it: it has no participants, or only recipients and others.
    NoActor,
    /// Its event type requires a recipient (`COOPERATE`, `AID`, `SANCTION`) and it has none.
    NoRecipient,
    /// A consultation (`CONSULT`) without a host or addressee whose actors are all of one
    /// state: a leader's visit to islands his state holds, a memorandum addressed to nobody.
    /// Nobody was consulted.
    OneSided,
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
/// // The declaration, its entry into force and the memorandum.
/// assert_eq!(summary.written(), 3);
/// assert_eq!(summary.skipped()[0].0.as_str(), "putin-spief-2021");
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

/// Where a participant stands in a PLOVER record.
///
/// ```
/// use island_claims::{EventKind, Role};
/// use island_claims::export::plover::{Side, side};
/// assert_eq!(side(EventKind::Visit, Role::Visitor), Some(Side::Actor));
/// assert_eq!(side(EventKind::Visit, Role::Host), Some(Side::Recipient));
/// assert_eq!(side(EventKind::Visit, Role::Other), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// In `actor`: it initiated the event.
    Actor,
    /// In `recipient`: the event was directed at it.
    Recipient,
}

/// Whether a participant of `role` in an event of `kind` is an actor, a recipient, or neither
/// (`None`, listed under `others`).
///
/// Section "Changes in treatment of political entities": the actor "initiated the event",
/// the recipient is the one "to whom the event is directed". Section CONSULT: "the visitor
/// will always be coded as the actor and the host will be the recipient". Section RETREAT
/// covers "ceding territory": in a transfer the party that cedes (the seller) acts and the
/// one that receives is the recipient; in a purchase the buyer acts.
#[must_use]
pub fn side(kind: EventKind, role: Role) -> Option<Side> {
    match role {
        Role::Signatory
        | Role::Negotiator
        | Role::Speaker
        | Role::Author
        | Role::Publisher
        | Role::Occupier
        | Role::Visitor
        | Role::Adjudicator
        | Role::Claimant
        | Role::Applicant
        | Role::Party
        | Role::Actor => Some(Side::Actor),
        Role::Addressee | Role::Target | Role::Respondent | Role::Host => Some(Side::Recipient),
        Role::Seller if kind == EventKind::Purchase => Some(Side::Recipient),
        Role::Seller => Some(Side::Actor),
        Role::Buyer if kind == EventKind::Purchase => Some(Side::Actor),
        Role::Buyer => Some(Side::Recipient),
        // A bystander (Japan at a Russian leader's visit to the islands) or a go-between did
        // not initiate the event, and it was not directed at them.
        Role::Other | Role::Mediator => None,
    }
}

/// The PLOVER modes of an event: those of its event type's mode table that the kind and
/// roles say, empty where none fits.
///
/// - CONSULT `visit` ("actor is visiting, recipient is hosting") when a visitor and a host
///   take part; `phone` ("consultation occurs via phone or some other remote medium") for a
///   letter or memorandum.
/// - COERCE `seize` for an occupation (taking control of land by coercion short of
///   violence, "confiscate property"), `deport` ("expel or deport individuals") for an
///   expulsion.
/// - THREATEN `territory` for a symbolic act: a flag planted is a threat "to occupy, seize
///   control of the whole or part of a territory" (in THREATEN "the mode is the content of
///   the threat").
/// - ACCUSE `disapprove` for a diplomatic protest ("used for diplomatic protests"), `allege`
///   for an application to a court ("sue, indict, or charge").
/// - RETREAT `withdraw` for a transfer ("retreat from territory").
/// - None for SUPPORT, AGREE and COOPERATE (the manual gives them no modes), nor for a use of
///   force (ASSAULT's modes are weapons, which the kind does not say), nor for talks without
///   a host.
///
/// ```
/// use island_claims::{Event, EventKind, Role};
/// use island_claims::export::plover::modes;
///
/// let visit = Event::new("v".parse()?, EventKind::Summit, "1973-10-07".parse()?, "Tanaka in Moscow")
///     .with_participant("japan".parse()?, Role::Visitor)
///     .with_participant("ussr".parse()?, Role::Host);
/// assert_eq!(modes(&visit), ["visit"]);
/// let treaty = Event::new("t".parse()?, EventKind::Treaty, "1956-12-12".parse()?, "In force");
/// assert!(modes(&treaty).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn modes(event: &Event) -> Vec<&'static str> {
    let has = |role: Role| event.participants.iter().any(|p| p.role == role);
    match event.kind {
        EventKind::Negotiation | EventKind::Summit | EventKind::Visit => {
            if has(Role::Visitor) && has(Role::Host) {
                vec!["visit"]
            } else {
                Vec::new()
            }
        }
        EventKind::Letter | EventKind::Memorandum => vec!["phone"],
        EventKind::Occupation => vec!["seize"],
        EventKind::Expulsion => vec!["deport"],
        EventKind::SymbolicAct => vec!["territory"],
        EventKind::Protest => vec!["disapprove"],
        EventKind::Application => vec!["allege"],
        EventKind::Transfer => vec!["withdraw"],
        EventKind::Treaty
        | EventKind::JointDeclaration
        | EventKind::JointStatement
        | EventKind::Communique
        | EventKind::Agreement
        | EventKind::Proposal
        | EventKind::Purchase
        | EventKind::MilitaryAction
        | EventKind::Statement
        | EventKind::Publication
        | EventKind::Legislation
        | EventKind::Decree
        | EventKind::Ruling
        | EventKind::Resolution
        | EventKind::Construction
        | EventKind::Referendum
        | EventKind::Other => Vec::new(),
    }
}

/// The PLOVER contexts of an event of `kind`: `territory` always, then `diplomatic` for
/// diplomacy between states (treaties, talks, notes, offers, protests), `legal` for a case
/// brought to a court, `military` for a use of force (the manual's contexts of those names;
/// its CAMEO-to-PLOVER table gives `diplomatic` to CAMEO 057, "sign formal agreement").
///
/// ```
/// use island_claims::EventKind;
/// use island_claims::export::plover::contexts;
/// assert_eq!(contexts(EventKind::Treaty), ["territory", "diplomatic"]);
/// assert_eq!(contexts(EventKind::Occupation), ["territory"]);
/// ```
#[must_use]
pub fn contexts(kind: EventKind) -> Vec<&'static str> {
    let more = match kind {
        EventKind::Treaty
        | EventKind::JointDeclaration
        | EventKind::JointStatement
        | EventKind::Communique
        | EventKind::Agreement
        | EventKind::Memorandum
        | EventKind::Letter
        | EventKind::Negotiation
        | EventKind::Summit
        | EventKind::Visit
        | EventKind::Proposal
        | EventKind::Protest => Some("diplomatic"),
        EventKind::Application | EventKind::Ruling => Some("legal"),
        EventKind::MilitaryAction => Some("military"),
        EventKind::Statement
        | EventKind::Publication
        | EventKind::Legislation
        | EventKind::Decree
        | EventKind::Occupation
        | EventKind::Expulsion
        | EventKind::SymbolicAct
        | EventKind::Transfer
        | EventKind::Purchase
        | EventKind::Resolution
        | EventKind::Construction
        | EventKind::Referendum
        | EventKind::Other => None,
    };
    std::iter::once(CONTEXT).chain(more).collect()
}

/// The quad class of a PLOVER event type, as its section of the manual gives it ("Quad
/// category"): 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
/// conflict.
///
/// `SANCTION` is 4: its section says "Quad category: MATERIAL CONFLICT". The manual's
/// closing table "Quad categories in PLOVER" lists it under verbal conflict; the section,
/// which defines the category ("all reductions in existing, routine, or cooperative
/// relations"), is the one followed here.
///
/// ```
/// use island_claims::PloverCategory;
/// use island_claims::export::plover::quad_code;
/// assert_eq!(quad_code(PloverCategory::Support), 1);
/// assert_eq!(quad_code(PloverCategory::Sanction), 4);
/// ```
#[must_use]
pub fn quad_code(category: PloverCategory) -> u8 {
    use PloverCategory as P;
    match category {
        P::Agree | P::Consult | P::Support | P::Concede => 1,
        P::Cooperate | P::Aid | P::Retreat => 2,
        P::Request | P::Accuse | P::Reject | P::Threaten => 3,
        P::Protest | P::Sanction | P::Mobilize | P::Coerce | P::Assault => 4,
    }
}

/// Whether the manual's section of `category` says "Requires recipient: Yes".
fn requires_recipient(category: PloverCategory) -> bool {
    use PloverCategory as P;
    match category {
        P::Cooperate | P::Aid | P::Sanction => true,
        P::Agree
        | P::Consult
        | P::Support
        | P::Concede
        | P::Retreat
        | P::Request
        | P::Accuse
        | P::Reject
        | P::Threaten
        | P::Protest
        | P::Mobilize
        | P::Coerce
        | P::Assault => false,
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
/// assert_eq!(record["event"], serde_json::json!(["SUPPORT"]));
/// assert_eq!(record["date"], "1956-10-19");
/// assert_eq!(record["actor"][0]["entity_name"], "Soviet Union");
///
/// let statement = data.event(&"putin-spief-2021".parse()?).unwrap();
/// assert_eq!(plover::event_record(&data, statement), Err(SkipReason::NoCategory));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn event_record(data: &Dataset, event: &Event) -> Result<Value, SkipReason> {
    let category = event.kind.plover().ok_or(SkipReason::NoCategory)?;
    let hull = event.when.hull();
    let first = hull.first().ok_or(SkipReason::NoDate)?;
    let mut sides: [Vec<&Participant>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    for p in &event.participants {
        let slot = match side(event.kind, p.role) {
            Some(Side::Actor) => 0,
            Some(Side::Recipient) => 1,
            None => 2,
        };
        sides[slot].push(p);
    }
    let [actors, recipients, others] = sides;
    if actors.is_empty() {
        return Err(SkipReason::NoActor);
    }
    if recipients.is_empty() && requires_recipient(category) {
        return Err(SkipReason::NoRecipient);
    }
    let day = Span::day(first);
    if category == PloverCategory::Consult && recipients.is_empty() {
        // Nobody hosted or was addressed: a consultation needs the actors of two states
        // (or, without one, two parties), as at talks between negotiators.
        let mut states: Vec<&PartyId> =
            actors.iter().map(|p| state_of(data, &p.party, day).unwrap_or(&p.party)).collect();
        states.sort_unstable();
        states.dedup();
        if states.len() < 2 {
            return Err(SkipReason::OneSided);
        }
    }
    let entities = |list: &[&Participant]| -> Value { list.iter().map(|p| entity(data, p, day)).collect() };

    let mut r = Map::new();
    r.insert("id".into(), json!(event.id.as_str()));
    r.insert("date".into(), json!(first.to_string()));
    if let Some(last) = hull.last().filter(|&last| last != first) {
        r.insert("enddate".into(), json!(last.to_string()));
    }
    r.insert("actor".into(), entities(&actors));
    r.insert("recipient".into(), entities(&recipients));
    r.insert("event".into(), json!([category.as_ref()]));
    r.insert("quad_code".into(), json!(quad_code(category)));
    let modes = modes(event);
    r.insert("mode".into(), if modes.is_empty() { Value::Null } else { json!(modes) });
    r.insert("context".into(), json!(contexts(event.kind)));
    if let Some(loc) = event_loc(data, event) {
        r.insert("event_loc".into(), loc);
    }
    r.insert("comment".into(), json!(event.title));
    if let Some(cite) = event.attributions.first().map(|a| cite_info(data, a)) {
        r.insert("cite_info".into(), cite);
    }
    r.insert("edtf".into(), json!(event.when.as_str()));
    r.insert("islands".into(), event.islands.iter().map(|i| json!(i.as_str())).collect());
    r.insert("sources".into(), event.attributions.iter().map(|a| json!(a.source.as_str())).collect());
    r.insert("others".into(), entities(&others));
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
/// // Putin's statement has no PLOVER event type.
/// assert_eq!(summary.skipped().len(), 1);
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

/// How deep [`state_of`] follows relations; validation refuses cycles, and real chains are
/// two or three long (a minister, a ministry, a state).
const MAX_RELATION_DEPTH: usize = 8;

/// The state `party` counts as during `span`: itself if a state, else the first state reached
/// through its `represents` and `part_of` relations that may hold then.
fn state_of<'a>(data: &'a Dataset, party: &'a PartyId, span: Span) -> Option<&'a PartyId> {
    let mut at = data.party(party)?;
    for _ in 0..MAX_RELATION_DEPTH {
        if at.kind == PartyKind::State {
            return Some(&at.id);
        }
        let next = at.represents.iter().chain(&at.part_of).find(|r| r.period.certainty_during(span).is_some())?;
        at = data.party(&next.party)?;
    }
    None
}

/// The manual's entity object of one participant, with this crate's two extensions.
fn entity(data: &Dataset, participant: &Participant, day: Span) -> Value {
    let party = data.party(&participant.party);
    let name = party.map_or(participant.party.as_str(), display_name);
    let country = state_of(data, &participant.party, day).and_then(|s| data.party(s));
    let mut o = Map::new();
    o.insert("entity_text".into(), json!(name));
    o.insert("entity_name".into(), json!(name));
    if let Some(q) = party.and_then(|x| x.wikidata) {
        o.insert("identifier_id".into(), json!(q.to_string()));
    }
    if let Some(country) = country {
        o.insert("country_name".into(), json!(display_name(country)));
    }
    if let Some(sector) = party.and_then(|p| sector_code(p, participant.role, country.is_some())) {
        o.insert("sector_code".into(), json!(sector));
    }
    o.insert("party_id".into(), json!(participant.party.as_str()));
    o.insert("role".into(), json!(participant.role.as_ref()));
    Value::Object(o)
}

/// The manual's sector code (table "Sector Codes") where the party's kind or role says it:
/// `JUD` for a court ("judiciary: judges, courts"), `GOV` for a state, a territory's
/// government or a person acting for a state ("government: the executive"), `CVL` for a
/// people ("civilians ... unarmed domestic entities"). A government body may be an executive
/// or a legislature, an organisation a court, an alliance or a news agency: none.
fn sector_code(party: &Party, role: Role, has_state: bool) -> Option<&'static str> {
    if role == Role::Adjudicator {
        return Some("JUD");
    }
    match party.kind {
        PartyKind::State | PartyKind::Territory => Some("GOV"),
        PartyKind::Person => has_state.then_some("GOV"),
        PartyKind::People => Some("CVL"),
        PartyKind::GovernmentBody | PartyKind::Organisation => None,
    }
}

/// The location object (table "Location object"): the place as given, and the island the
/// event happened on where its kind says it happened on the islands and it names one with a
/// location.
fn event_loc(data: &Dataset, event: &Event) -> Option<Value> {
    let on_the_islands = match event.kind {
        EventKind::Occupation
        | EventKind::MilitaryAction
        | EventKind::SymbolicAct
        | EventKind::Expulsion
        | EventKind::Transfer => true,
        EventKind::Treaty
        | EventKind::JointDeclaration
        | EventKind::JointStatement
        | EventKind::Communique
        | EventKind::Agreement
        | EventKind::Memorandum
        | EventKind::Letter
        | EventKind::Statement
        | EventKind::Negotiation
        | EventKind::Summit
        | EventKind::Visit
        | EventKind::Proposal
        | EventKind::Publication
        | EventKind::Legislation
        | EventKind::Decree
        | EventKind::Protest
        | EventKind::Purchase
        | EventKind::Ruling
        | EventKind::Resolution
        | EventKind::Application
        | EventKind::Construction
        | EventKind::Referendum
        | EventKind::Other => false,
    };
    let island = match event.islands.as_slice() {
        [one] if on_the_islands => data.island(one).filter(|i| i.location.is_some()),
        _ => None,
    };
    let mut o = Map::new();
    if let Some(place) = &event.place {
        o.insert("extracted_place".into(), json!(place));
    }
    if let Some((island, at)) = island.and_then(|i| i.location.map(|l| (i, l))) {
        o.insert("resolved_place".into(), json!(island.names.english().unwrap_or(island.id.as_str())));
        o.insert("lat".into(), json!(at.lat));
        o.insert("lon".into(), json!(at.lon));
    }
    (!o.is_empty()).then_some(Value::Object(o))
}

fn display_name(party: &Party) -> &str {
    party.names.english().or_else(|| party.names.iter().next().map(|(_, n)| n)).unwrap_or(party.id.as_str())
}

fn cite_info(data: &Dataset, attribution: &crate::records::Attribution) -> Value {
    let mut c = Map::new();
    c.insert("corpus".into(), json!("island-claims"));
    c.insert("codebook".into(), json!(CODEBOOK));
    c.insert("citation".into(), json!(attribution.source.as_str()));
    if let Some(s) = data.source(&attribution.source) {
        c.insert("title".into(), json!(s.title));
        if let Some(url) = &s.url {
            c.insert("url".into(), json!(url));
        }
        if let Some(publisher) = &s.publisher {
            c.insert("publication".into(), json!(publisher));
        }
        // The table asks for "ISO 639-1 two-letter codes": the primary subtag, when it is one.
        let primary = s.language.as_ref().and_then(|l| l.as_str().split('-').next());
        if let Some(lang) = primary.filter(|p| p.len() == 2) {
            c.insert("language".into(), json!(lang.to_ascii_lowercase()));
        }
    }
    Value::Object(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Dataset {
        Dataset::from_json(include_str!("../../tests/data/tiny.json")).unwrap()
    }

    #[test]
    fn signatories_are_actors_and_the_record_has_the_manual_shape() {
        let data = tiny();
        let ev = data.event(&"jd-1956-signed".parse().unwrap()).unwrap();
        let r = event_record(&data, ev).unwrap();
        assert_eq!(r["actor"].as_array().unwrap().len(), 2);
        assert_eq!(r["recipient"].as_array().unwrap().len(), 0);
        assert_eq!(r["actor"][1]["identifier_id"], "Q17");
        assert_eq!(r["actor"][1]["country_name"], "Japan");
        assert_eq!(r["context"], json!(["territory", "diplomatic"]));
        assert_eq!(r["event"], json!(["SUPPORT"]));
        assert_eq!(r["quad_code"], 1);
        assert_eq!(r["mode"], Value::Null);
        assert!(r.get("enddate").is_none());
        assert_eq!(r["event_loc"], json!({"extracted_place": "Moscow"}));
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
    fn events_without_actors_are_skipped() {
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
