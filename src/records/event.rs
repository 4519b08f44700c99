use serde::{Deserialize, Serialize};

use crate::ids::{EventId, IslandId, PartyId};
use crate::records::{Attribution, is_empty};
use crate::time::Period;

/// What kind of event happened.
///
/// [`EventKind::plover`] maps each kind to a PLOVER event category where one fits, so that
/// event-data users can join this data with theirs.
///
/// # Examples
///
/// ```
/// use island_claims::EventKind;
/// let data = island_claims::datasets::kuril();
/// let shimoda = data.event(&"shimoda-1855".parse()?).ok_or("the Treaty of Shimoda")?;
/// assert_eq!(shimoda.kind, EventKind::Treaty);
/// assert_eq!("joint_declaration".parse::<EventKind>()?, EventKind::JointDeclaration);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// A treaty signed or in force.
    Treaty,
    /// A joint declaration of two or more states.
    JointDeclaration,
    /// A joint statement after talks.
    JointStatement,
    /// A communiqué.
    Communique,
    /// An agreement short of a treaty.
    Agreement,
    /// A diplomatic memorandum or note.
    Memorandum,
    /// A letter between officials.
    Letter,
    /// A public statement.
    Statement,
    /// Negotiations or talks.
    Negotiation,
    /// A meeting of heads of state or government.
    Summit,
    /// An official visit.
    Visit,
    /// A proposal put to another party.
    Proposal,
    /// A publication: a report, a release of documents.
    Publication,
    /// A law or constitutional amendment.
    Legislation,
    /// A decree or directive.
    Decree,
    /// A military operation.
    MilitaryAction,
    /// The occupation of territory.
    Occupation,
    /// The expulsion of a population.
    Expulsion,
    /// A formal protest.
    Protest,
    /// A symbolic act on the islands: planting a flag, a landing of activists, setting up a
    /// marker. It asserts a claim without force.
    SymbolicAct,
    /// A handover of administration or sovereignty taking effect (not its signing, which is
    /// a treaty or agreement).
    Transfer,
    /// A sale of property on the islands (a government buying islands from a private owner).
    Purchase,
    /// A court's or tribunal's decision or advisory opinion.
    Ruling,
    /// A resolution of an international body.
    Resolution,
    /// A case filed with a court or tribunal, or a request for revision or interpretation of
    /// a judgment.
    Application,
    /// A lighthouse, an airstrip, a harbour or reclaimed land built on the islands.
    Construction,
    /// A vote of the inhabitants on their status.
    Referendum,
    /// Anything else.
    Other,
}

/// The top-level PLOVER event categories (Political Language Ontology for Verifiable Event
/// Records).
///
/// # Examples
///
/// ```
/// use island_claims::PloverCategory;
/// // Spelled as PLOVER spells its categories.
/// assert_eq!(PloverCategory::Agree.to_string(), "AGREE");
/// assert_eq!(serde_json::to_value(PloverCategory::Protest)?, "PROTEST");
/// assert_eq!("CONSULT".parse::<PloverCategory>()?, PloverCategory::Consult);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[strum(serialize_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)] // The names are PLOVER's own.
pub enum PloverCategory {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventKind {
    /// The PLOVER category this kind of event falls in, where one fits.
    ///
    /// The categories are those of the PLOVER manual (draft version 2.0, chapter "Event
    /// Categories", and its CAMEO-to-PLOVER table); a kind has one only when every event of
    /// the kind falls in it:
    ///
    /// - `SUPPORT`: `treaty`, `agreement`, `joint_declaration`, `joint_statement`,
    ///   `communique`, the signing or ratifying of a written instrument. The manual's `SUPPORT`
    ///   covers actions that "ratify, sign, or finalize an agreement or treaty" (CAMEO 057,
    ///   "sign formal agreement"); `AGREE` is for *promises* to sign.
    /// - `AGREE`: `proposal`, an offer put to another party (the manual's `AGREE`: "agree to,
    ///   offer, promise, or otherwise indicate willingness or commitment to cooperate").
    /// - `CONSULT`: `negotiation`, `summit`, `visit`, and `letter` and `memorandum`, which are
    ///   consultation "by phone or other media" between parties. A memorandum is a note from
    ///   one government to another, not a public statement.
    /// - `ACCUSE`: `protest`, a formal, diplomatic protest. The manual codes those as `ACCUSE`
    ///   "disapprove" and keeps `PROTEST` for demonstrations, which "presume significant
    ///   physical/material activity".
    /// - `ACCUSE` for `application` too: filing a case is CAMEO's "bring lawsuit against"
    ///   (115), which the manual's `ACCUSE` names: "sue or bring to court".
    /// - `ASSAULT`: `military_action`, a use of force.
    /// - `COERCE`: `occupation`, `expulsion`, coercion short of violence.
    /// - `THREATEN`: `symbolic_act`. The manual counts "purely symbolic material actions such as
    ///   having an unarmed group place a flag on some territory" as threats: a flag planting is
    ///   not an assault, nor a demonstration.
    /// - `RETREAT`: `transfer`, a material act with immediate consequences, "ceding territory"
    ///   in the manual's words.
    /// - `COOPERATE`: `purchase`, a material exchange that benefits both sides.
    /// - None for `ruling`: a territorial award or advisory opinion is neither cooperation nor
    ///   conflict between the parties, and PLOVER's court outcome, `SANCTION` "convict", is a
    ///   finding of guilt or liability.
    /// - None for `construction` (building on the islands is neither a threat nor aid by
    ///   itself; PLOVER has no category for it) and `referendum` (a vote of inhabitants, not an
    ///   act between parties).
    /// - None for `resolution`: its category is its content (a demand, a condemnation, an
    ///   endorsement), which the kind does not say.
    /// - None for `statement` and `publication`: PLOVER dropped CAMEO's "make public
    ///   statement"; and for `legislation`, `decree`, `other`, whose category is their content.
    ///
    /// The PLOVER export ([`export::plover`](crate::export::plover)) adds the mode, the
    /// actors and recipients by role, and skips an event this category alone cannot describe.
    ///
    /// ```
    /// use island_claims::{EventKind, PloverCategory};
    /// assert_eq!(EventKind::Treaty.plover(), Some(PloverCategory::Support));
    /// assert_eq!(EventKind::Proposal.plover(), Some(PloverCategory::Agree));
    /// assert_eq!(EventKind::Memorandum.plover(), Some(PloverCategory::Consult));
    /// assert_eq!(EventKind::Publication.plover(), None);
    /// assert_eq!(EventKind::SymbolicAct.plover(), Some(PloverCategory::Threaten));
    /// assert_eq!(EventKind::Ruling.plover(), None);
    /// ```
    #[must_use]
    pub fn plover(self) -> Option<PloverCategory> {
        use PloverCategory as P;
        match self {
            Self::Treaty | Self::JointDeclaration | Self::JointStatement | Self::Communique | Self::Agreement => {
                Some(P::Support)
            }
            Self::Proposal => Some(P::Agree),
            Self::Negotiation | Self::Summit | Self::Visit | Self::Letter | Self::Memorandum => Some(P::Consult),
            Self::Protest | Self::Application => Some(P::Accuse),
            Self::MilitaryAction => Some(P::Assault),
            Self::Occupation | Self::Expulsion => Some(P::Coerce),
            Self::SymbolicAct => Some(P::Threaten),
            Self::Transfer => Some(P::Retreat),
            Self::Purchase => Some(P::Cooperate),
            Self::Statement
            | Self::Publication
            | Self::Legislation
            | Self::Decree
            | Self::Ruling
            | Self::Resolution
            | Self::Construction
            | Self::Referendum
            | Self::Other => None,
        }
    }
}

/// The part a party played in an event.
///
/// Roles are not tied to event kinds, and validation does not check them against the kind:
/// real events mix them (a purchase of territory signed as a treaty has a seller, a buyer and
/// signatories; a tribunal's award may be recorded as a ruling or as an agreement the
/// parties accepted). `seller` and `buyer` are meant for purchases and transfers, `adjudicator`,
/// `claimant` and `respondent` for rulings, but any role may be given with any kind.
///
/// # Examples
///
/// ```
/// use island_claims::Role;
/// let data = island_claims::datasets::kuril();
/// let signed = data.event(&"shimoda-1855".parse()?).ok_or("the Treaty of Shimoda")?;
/// assert!(signed.participants.iter().all(|p| p.role == Role::Signatory));
/// assert_eq!("addressee".parse::<Role>()?, Role::Addressee);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::Display,
    strum::EnumString,
    strum::EnumIter,
    strum::AsRefStr,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// Signed it.
    Signatory,
    /// Negotiated it.
    Negotiator,
    /// Spoke.
    Speaker,
    /// Was spoken or written to.
    Addressee,
    /// Hosted it.
    Host,
    /// Visited.
    Visitor,
    /// Wrote it.
    Author,
    /// Published it.
    Publisher,
    /// Occupied territory.
    Occupier,
    /// Mediated between others.
    Mediator,
    /// Was acted against.
    Target,
    /// Decided it: a court, a tribunal, an arbitrator.
    Adjudicator,
    /// Sold property.
    Seller,
    /// Bought property.
    Buyer,
    /// Brought the case.
    Claimant,
    /// Answered the case: the party it was brought against.
    Respondent,
    /// Filed the case or request ([`EventKind::Application`]); in the judgment that follows,
    /// a party that pleaded.
    Applicant,
    /// A party to a case brought by special agreement, where no side is applicant.
    Party,
    /// Carried it out: an expulsion, a construction, a seizure.
    Actor,
    /// Any other part.
    Other,
}

impl Role {
    /// Whether a party in this role pleaded a case, so that a ruling in it binds the party
    /// (a derived dispute is adjudicated by a ruling both sides pleaded). Matched
    /// exhaustively: a new role does not compile until it is placed here.
    pub(crate) fn pleads(self) -> bool {
        match self {
            Self::Applicant | Self::Respondent | Self::Claimant | Self::Party => true,
            Self::Signatory
            | Self::Negotiator
            | Self::Speaker
            | Self::Addressee
            | Self::Host
            | Self::Visitor
            | Self::Author
            | Self::Publisher
            | Self::Occupier
            | Self::Mediator
            | Self::Target
            | Self::Adjudicator
            | Self::Seller
            | Self::Buyer
            | Self::Actor
            | Self::Other => false,
        }
    }
}

/// A party and the part it played in an event.
///
/// # Examples
///
/// ```
/// use island_claims::{Event, EventKind, Participant, Role};
/// let ev = Event::new("memo-1960".parse()?, EventKind::Memorandum, "1960-01-27".parse()?, "Soviet memorandum")
///     .with_participant("ussr".parse()?, Role::Author)
///     .with_participant("japan".parse()?, Role::Addressee);
/// assert_eq!(ev.participants[1], Participant { party: "japan".parse()?, role: Role::Addressee });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Participant {
    /// Who.
    pub party: PartyId,
    /// In what role.
    pub role: Role,
}

/// Something that happened: a treaty, a statement, a visit, an occupation.
///
/// # Examples
///
/// ```
/// use island_claims::{Attribution, Event, EventId, EventKind, IslandId, PartyId, Role, SourceId};
///
/// let ev = Event::new(
///     EventId::new("joint-declaration-1956")?,
///     EventKind::JointDeclaration,
///     "1956-10-19".parse()?,
///     "Soviet-Japanese Joint Declaration",
/// )
/// .with_participant(PartyId::new("ussr")?, Role::Signatory)
/// .with_island(IslandId::new("shikotan")?)
/// .with_attribution(Attribution::new(SourceId::new("treaty-1956")?));
/// assert_eq!(ev.participants.len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Event {
    /// Unique among events.
    pub id: EventId,
    /// What kind of event.
    pub kind: EventKind,
    /// When: a date (`1956-10-19`) or a period (`1973-10-07/1973-10-10`).
    pub when: Period,
    /// A short title.
    pub title: String,
    /// What happened, in a few sentences.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    /// Who took part, and how.
    #[serde(default, deserialize_with = "crate::records::object::objects", skip_serializing_if = "is_empty")]
    pub participants: Vec<Participant>,
    /// The islands it concerned.
    #[serde(default, deserialize_with = "crate::records::object::list", skip_serializing_if = "is_empty")]
    pub islands: Vec<IslandId>,
    /// The sources that report it; at least one.
    #[serde(default, deserialize_with = "crate::records::object::objects")]
    pub attributions: Vec<Attribution>,
    /// Where it happened.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// Another event that is an account of the same happening (who planted a flag first;
    /// which day a garrison surrendered). The link is symmetric: either event may name the
    /// other, and accounts linked through others are all of one happening. Two such accounts
    /// that disagree are reported by [`Dataset::conflicts`](crate::Dataset::conflicts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<EventId>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Event {
    /// An event with its id, kind, date and title.
    ///
    /// ```
    /// use island_claims::{Event, EventKind};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?,
    ///     "Soviet-Japanese Joint Declaration signed");
    /// assert_eq!(ev.when.as_str(), "1956-10-19");
    /// assert!(ev.participants.is_empty() && ev.attributions.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: EventId, kind: EventKind, when: Period, title: impl Into<String>) -> Self {
        Self {
            id,
            kind,
            when,
            title: title.into(),
            summary: None,
            participants: Vec::new(),
            islands: Vec::new(),
            attributions: Vec::new(),
            place: None,
            same_as: None,
            note: None,
        }
    }

    /// This event, with `party` taking part as `role`.
    ///
    /// ```
    /// use island_claims::{Event, EventKind, Role};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?, "Signed")
    ///     .with_participant("ussr".parse()?, Role::Signatory)
    ///     .with_participant("japan".parse()?, Role::Signatory);
    /// let who: Vec<&str> = ev.participants.iter().map(|p| p.party.as_str()).collect();
    /// assert_eq!(who, ["ussr", "japan"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_participant(mut self, party: PartyId, role: Role) -> Self {
        self.participants.push(Participant { party, role });
        self
    }

    /// This event, concerning `island` too.
    ///
    /// ```
    /// use island_claims::{Event, EventKind};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?,
    ///     "Soviet-Japanese Joint Declaration signed")
    ///     .with_island("shikotan".parse()?)
    ///     .with_island("habomai".parse()?);
    /// assert_eq!(ev.islands.len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_island(mut self, island: IslandId) -> Self {
        self.islands.push(island);
        self
    }

    /// This event, attributed to one more source.
    ///
    /// ```
    /// use island_claims::{Attribution, Event, EventKind};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?,
    ///     "Soviet-Japanese Joint Declaration signed")
    ///     .with_attribution(Attribution::new("jd-1956-text".parse()?));
    /// assert_eq!(ev.attributions[0].source.as_str(), "jd-1956-text");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_attribution(mut self, attribution: Attribution) -> Self {
        self.attributions.push(attribution);
        self
    }

    /// This event, as another account of the happening `other` tells of.
    ///
    /// ```
    /// use island_claims::{Event, EventKind};
    /// let ev = Event::new("landing-per-a".parse()?, EventKind::Occupation, "1945-08-28".parse()?, "Landing")
    ///     .with_same_as("landing-per-b".parse()?);
    /// assert_eq!(ev.same_as.as_ref().map(|e| e.as_str()), Some("landing-per-b"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_same_as(mut self, other: EventId) -> Self {
        self.same_as = Some(other);
        self
    }

    /// This event, with a summary.
    ///
    /// ```
    /// use island_claims::{Event, EventKind};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?,
    ///     "Soviet-Japanese Joint Declaration signed")
    ///     .with_summary("ends the state of war; the USSR agrees to hand over Habomai and Shikotan after a peace treaty");
    /// assert!(ev.summary.as_deref().is_some_and(|s| s.contains("peace treaty")));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_summary(mut self, summary: impl Into<String>) -> Self {
        self.summary = Some(summary.into());
        self
    }

    /// This event, with the place it happened.
    ///
    /// ```
    /// use island_claims::{Event, EventKind};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?,
    ///     "Soviet-Japanese Joint Declaration signed")
    ///     .with_place("Moscow");
    /// assert_eq!(ev.place.as_deref(), Some("Moscow"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_place(mut self, place: impl Into<String>) -> Self {
        self.place = Some(place.into());
        self
    }

    /// This event, with a note.
    ///
    /// ```
    /// use island_claims::{Event, EventKind};
    /// let ev = Event::new("jd-1956-signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?,
    ///     "Soviet-Japanese Joint Declaration signed")
    ///     .with_note("in force from 1956-12-12");
    /// assert_eq!(ev.note.as_deref(), Some("in force from 1956-12-12"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Whether one account backs both events: an attribution of each gives
    /// [the same account](Attribution::same_account), by the rule positions follow
    /// ([`Position::shares_an_account_with`](crate::Position::shares_an_account_with)). Two
    /// accounts of one happening disagree only when they come from different accounts.
    ///
    /// ```
    /// use island_claims::{Attribution, Event, EventKind};
    /// let landing = |id: &str, day: &str, whose: &str| {
    ///     Event::new(id.parse().unwrap(), EventKind::Occupation, day.parse().unwrap(), "Landing on Shikotan")
    ///         .with_attribution(Attribution::new("history".parse().unwrap()).with_account_of(whose.parse().unwrap()))
    /// };
    /// let per_japan = landing("per-japan", "1945-09-01", "japan");
    /// // The same source's account of Japan's view, twice: one account.
    /// assert!(per_japan.shares_an_account_with(&landing("again", "1945-09-01", "japan")));
    /// // Japan's account and the Soviet one: two accounts that may disagree.
    /// assert!(!per_japan.shares_an_account_with(&landing("per-ussr", "1945-09-03", "ussr")));
    /// ```
    #[must_use]
    pub fn shares_an_account_with(&self, other: &Self) -> bool {
        Attribution::lists_share_an_account(&self.attributions, &other.attributions)
    }
}
