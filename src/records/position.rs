use serde::{Deserialize, Serialize};

use crate::ids::{AlternativesId, EventId, IslandId, PartyId, PositionId};
use crate::records::{Attribution, Rank};
use crate::time::Period;

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's skip_serializing_if passes a reference
fn is_false(b: &bool) -> bool {
    !*b
}

/// The stance a party takes on a set of islands.
///
/// **Holding in fact.** Two stances say that the holder holds the islands:
/// `administers` (de facto control) and `leases` (it holds them under a lease from the
/// counterpart, the lessor). [`Stance::is_control`] is true for both, and every part of the
/// crate that asks who holds an island reads it: a lessee is listed among those who administer
/// an island (the GeoJSON `administered_by`), and its hold contests the claim of any party
/// but its lessor, since taking a lease acknowledges the lessor's title.
/// `recognises_administration_of` is a view on who holds the islands, not a hold, and `owns`
/// is property title, neither control nor sovereignty.
///
/// # Examples
///
/// ```
/// use island_claims::Stance;
/// // Spelled in snake_case, in JSON and in text alike.
/// let s: Stance = "promised_transfer".parse()?;
/// assert_eq!(s, Stance::PromisedTransfer);
/// assert_eq!(s.to_string(), "promised_transfer");
/// assert!(Stance::DemandsTransfer.is_claim() && !s.is_claim());
/// assert!(Stance::ClaimsSovereignty.is_incompatible_with(Stance::Renounces, None, None));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
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
pub enum Stance {
    /// Holds the islands to be its sovereign territory.
    ClaimsSovereignty,
    /// Controls the islands in fact.
    Administers,
    /// Demands that the counterpart hand the islands over.
    DemandsTransfer,
    /// Offers to hand the islands to the counterpart, possibly on conditions.
    OffersTransfer,
    /// Has signed a commitment to hand the islands to the counterpart, not yet carried out.
    PromisedTransfer,
    /// Recognises the counterpart's sovereignty over the islands.
    RecognisesSovereigntyOf,
    /// Disputes the counterpart's sovereignty over the islands.
    DisputesSovereigntyOf,
    /// Gives up every right, title and claim to the islands.
    Renounces,
    /// Holds that there is no dispute over the islands.
    DeniesDispute,
    /// Accepts that the islands' attribution is in dispute and is to be negotiated (the USSR
    /// in 1991 and Russia in 1993 signed texts saying so).
    AcknowledgesDispute,
    /// Accepts that the counterpart administers the islands, without a view on sovereignty
    /// (the United States on Japan's administration of the Senkaku Islands).
    RecognisesAdministrationOf,
    /// Takes no position on who is sovereign over the islands.
    NeutralOnSovereignty,
    /// Holds property title to land on the islands, which is not sovereignty (a family that
    /// owned islands until a government bought them). Compatible with every stance.
    Owns,
    /// Holds the islands, or a part of them, under a lease from the counterpart, the lessor.
    /// A lessee holds them in fact, as an administrator does ([`Stance::is_control`]); the
    /// lessor keeps its title.
    Leases,
    /// Backs the counterpart's claim without claiming the islands itself: an ally, a regional
    /// bloc or an organisation. A backer is never a side of a derived dispute.
    SupportsClaimOf,
    /// Had sovereignty over the islands, as its sources find it: a treaty, or often a court's
    /// finding (attributed with `account_of` the court), whether or not the holder asserted a
    /// claim. It contends with nothing by itself. Title is exclusive: two holders'
    /// `holds_title` on the same islands at the same time cannot both hold, unless both are
    /// contingent alternatives of one group.
    HoldsTitle,
    /// States that it does not claim the islands: weaker than `renounces`, which gives up a
    /// claim the holder had.
    Disclaims,
    /// Accepts the outcome of the event it is `regarding`: a ruling, a resolution, a referendum.
    Accepts,
    /// Rejects the outcome of the event it is `regarding` (China rejects the 2016 award).
    Rejects,
}

/// Whether a stance names a counterpart.
///
/// # Examples
///
/// ```
/// use island_claims::{CounterpartRule, Stance};
/// assert_eq!(Stance::DemandsTransfer.counterpart_rule(), CounterpartRule::Required);
/// assert_eq!(Stance::ClaimsSovereignty.counterpart_rule(), CounterpartRule::NotAllowed);
/// assert_eq!(CounterpartRule::Optional.to_string(), "optional");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::Display, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
pub enum CounterpartRule {
    /// The stance is towards another party, which must be named.
    Required,
    /// A counterpart may be named.
    Optional,
    /// The stance has no counterpart.
    NotAllowed,
}

/// Pairs of stances that one holder cannot take on the same islands at the same time.
/// `true` in the third column: only when the counterparts may be the same party, that is when
/// they are equal or either is left unnamed.
const INCOMPATIBLE: &[(Stance, Stance, bool)] = &[
    (Stance::ClaimsSovereignty, Stance::Renounces, false),
    (Stance::ClaimsSovereignty, Stance::RecognisesSovereigntyOf, false),
    (Stance::DemandsTransfer, Stance::Renounces, false),
    (Stance::RecognisesSovereigntyOf, Stance::DisputesSovereigntyOf, true),
    (Stance::DeniesDispute, Stance::AcknowledgesDispute, true),
    // Taking no position on who is sovereign is a position on sovereignty: it cannot stand
    // beside claiming it, or recognising or disputing anyone's.
    (Stance::NeutralOnSovereignty, Stance::ClaimsSovereignty, false),
    (Stance::NeutralOnSovereignty, Stance::RecognisesSovereigntyOf, false),
    (Stance::NeutralOnSovereignty, Stance::DisputesSovereigntyOf, false),
    // A backer that claims the islands itself is a claimant, not a backer; one that backs a
    // claim is not neutral on it.
    (Stance::SupportsClaimOf, Stance::ClaimsSovereignty, false),
    (Stance::SupportsClaimOf, Stance::NeutralOnSovereignty, false),
    // Saying it does not claim the islands cannot stand beside claiming them.
    (Stance::Disclaims, Stance::ClaimsSovereignty, false),
    (Stance::Disclaims, Stance::DemandsTransfer, false),
    // Accepting and rejecting one outcome; `regarding` plays the counterpart's part
    // (see `Position::cannot_stand_beside`).
    (Stance::Accepts, Stance::Rejects, true),
];

impl Stance {
    /// Whether the stance is a claim: `claims_sovereignty` or `demands_transfer`.
    ///
    /// ```
    /// use island_claims::Stance;
    /// assert!(Stance::DemandsTransfer.is_claim());
    /// assert!(!Stance::Administers.is_claim());
    /// ```
    #[must_use]
    pub fn is_claim(self) -> bool {
        matches!(self, Self::ClaimsSovereignty | Self::DemandsTransfer)
    }

    /// Whether the stance is a hold of the islands in fact: `administers`, or `leases` (a
    /// lessee holds the islands for the lease's term). A lessee's hold does not contest its
    /// lessor's claim: the lease acknowledges the lessor's title.
    ///
    /// ```
    /// use island_claims::Stance;
    /// assert!(Stance::Administers.is_control());
    /// assert!(Stance::Leases.is_control());
    /// assert!(!Stance::RecognisesAdministrationOf.is_control());
    /// assert!(!Stance::Owns.is_control());
    /// ```
    #[must_use]
    pub fn is_control(self) -> bool {
        matches!(self, Self::Administers | Self::Leases)
    }

    /// Whether the stance needs, allows or forbids a counterpart.
    ///
    /// ```
    /// use island_claims::{CounterpartRule, Stance};
    /// assert_eq!(Stance::PromisedTransfer.counterpart_rule(), CounterpartRule::Required);
    /// assert_eq!(Stance::ClaimsSovereignty.counterpart_rule(), CounterpartRule::NotAllowed);
    /// // The lessor, and the administrator recognised, are named.
    /// assert_eq!(Stance::Leases.counterpart_rule(), CounterpartRule::Required);
    /// assert_eq!(Stance::RecognisesAdministrationOf.counterpart_rule(), CounterpartRule::Required);
    /// assert_eq!(Stance::NeutralOnSovereignty.counterpart_rule(), CounterpartRule::NotAllowed);
    /// assert_eq!(Stance::Owns.counterpart_rule(), CounterpartRule::NotAllowed);
    /// ```
    #[must_use]
    pub fn counterpart_rule(self) -> CounterpartRule {
        match self {
            Self::DemandsTransfer
            | Self::OffersTransfer
            | Self::PromisedTransfer
            | Self::RecognisesSovereigntyOf
            | Self::DisputesSovereigntyOf
            | Self::RecognisesAdministrationOf
            | Self::Leases
            | Self::SupportsClaimOf => CounterpartRule::Required,
            Self::Renounces | Self::DeniesDispute | Self::AcknowledgesDispute => CounterpartRule::Optional,
            Self::ClaimsSovereignty
            | Self::Administers
            | Self::NeutralOnSovereignty
            | Self::Owns
            | Self::HoldsTitle
            | Self::Disclaims
            | Self::Accepts
            | Self::Rejects => CounterpartRule::NotAllowed,
        }
    }

    /// Whether the stance is about an event's outcome and so needs `regarding`: `accepts` and
    /// `rejects`.
    ///
    /// ```
    /// use island_claims::Stance;
    /// assert!(Stance::Rejects.needs_regarding());
    /// assert!(!Stance::ClaimsSovereignty.needs_regarding());
    /// ```
    #[must_use]
    pub fn needs_regarding(self) -> bool {
        match self {
            Self::Accepts | Self::Rejects => true,
            Self::ClaimsSovereignty
            | Self::Administers
            | Self::DemandsTransfer
            | Self::OffersTransfer
            | Self::PromisedTransfer
            | Self::RecognisesSovereigntyOf
            | Self::DisputesSovereigntyOf
            | Self::Renounces
            | Self::DeniesDispute
            | Self::AcknowledgesDispute
            | Self::RecognisesAdministrationOf
            | Self::NeutralOnSovereignty
            | Self::Owns
            | Self::Leases
            | Self::SupportsClaimOf
            | Self::HoldsTitle
            | Self::Disclaims => false,
        }
    }

    /// Whether one holder can take both stances on the same islands at the same time.
    /// The counterparts matter for some pairs: recognising Japan's sovereignty and disputing
    /// Russia's go together, recognising and disputing the same party's do not.
    ///
    /// The pairs:
    ///
    /// | stance | cannot stand beside | when |
    /// |---|---|---|
    /// | `claims_sovereignty` | `renounces`, `recognises_sovereignty_of` | always |
    /// | `demands_transfer` | `renounces` | always |
    /// | `recognises_sovereignty_of` | `disputes_sovereignty_of` | towards the same party |
    /// | `denies_dispute` | `acknowledges_dispute` | towards the same party |
    /// | `neutral_on_sovereignty` | `claims_sovereignty`, `recognises_sovereignty_of`, `disputes_sovereignty_of` | always |
    /// | `supports_claim_of` | `claims_sovereignty`, `neutral_on_sovereignty` | always |
    /// | `disclaims` | `claims_sovereignty`, `demands_transfer` | always |
    /// | `accepts` | `rejects` | regarding the same event |
    ///
    /// `holds_title` is exclusive between holders, not within one: two holders' title to the
    /// same islands at the same time cannot both hold (see [`Position::cannot_stand_beside`]).
    ///
    /// "Towards the same party" holds when the counterparts are equal or either is left
    /// unnamed. Every other pair is compatible; `owns`, property title, is compatible with
    /// every stance, and so are `leases` and `recognises_administration_of`, which say who
    /// holds the islands, not who is sovereign.
    ///
    /// ```
    /// use island_claims::Stance;
    /// assert!(Stance::ClaimsSovereignty.is_incompatible_with(Stance::Renounces, None, None));
    /// assert!(!Stance::ClaimsSovereignty.is_incompatible_with(Stance::Administers, None, None));
    /// // Neutral on who is sovereign, yet accepting who administers: the two go together.
    /// assert!(Stance::NeutralOnSovereignty.is_incompatible_with(Stance::ClaimsSovereignty, None, None));
    /// assert!(!Stance::NeutralOnSovereignty.is_incompatible_with(Stance::RecognisesAdministrationOf, None, None));
    /// ```
    #[must_use]
    pub fn is_incompatible_with(
        self,
        other: Stance,
        counterpart: Option<&PartyId>,
        other_counterpart: Option<&PartyId>,
    ) -> bool {
        let may_be_same = match (counterpart, other_counterpart) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        self.incompatible_pair(other).is_some_and(|same| !same || may_be_same)
    }

    /// The row of the incompatibility table for the two stances, if any: whether it applies
    /// only towards the same counterpart (or regarding the same event).
    fn incompatible_pair(self, other: Stance) -> Option<bool> {
        INCOMPATIBLE
            .iter()
            .find(|&&(a, b, _)| (a, b) == (self, other) || (b, a) == (self, other))
            .map(|&(_, _, same)| same)
    }
}

/// A party's standing stance on a set of islands over a period, according to its sources.
///
/// # Examples
///
/// ```
/// use island_claims::{Attribution, IslandId, PartyId, Position, PositionId, SourceId, Stance};
///
/// let promise = Position::new(
///     PositionId::new("ussr-promise-1956")?,
///     PartyId::new("ussr")?,
///     Stance::PromisedTransfer,
///     vec![IslandId::new("shikotan")?, IslandId::new("habomai")?],
///     "1956-12-12/1960-01-27".parse()?,
/// )
/// .with_counterpart(PartyId::new("japan")?)
/// .with_attribution(Attribution::new(SourceId::new("treaty-1956")?));
/// assert!(!promise.stance.is_claim());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Position {
    /// Unique among positions.
    pub id: PositionId,
    /// Whose position.
    pub holder: PartyId,
    /// What stance.
    pub stance: Stance,
    /// On which islands; a group or region covers its members. At least one.
    #[cfg_attr(feature = "schema", schemars(length(min = 1)))]
    #[serde(deserialize_with = "crate::records::object::list")]
    pub islands: Vec<IslandId>,
    /// The other party of the stance, where it has one (see [`Stance::counterpart_rule`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counterpart: Option<PartyId>,
    /// When it held.
    pub period: Period,
    /// On what conditions ("after a peace treaty is concluded").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<String>,
    /// The event that established it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub established_by: Option<EventId>,
    /// The event that ended it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_by: Option<EventId>,
    /// Whether the end was fixed when the position began (a lease of fifty years, a treaty's
    /// date of transfer): a view as known at a day before the
    /// end still shows it, where it shows no other end it could not have known.
    #[serde(default, skip_serializing_if = "is_false")]
    pub planned_end: bool,
    /// The event whose outcome an `accepts` or `rejects` position is about: a ruling, a
    /// resolution, a referendum. Required by those two stances and refused by every other.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regarding: Option<EventId>,
    /// Whether the position is internal: a plan, an instruction or a fallback recorded in the
    /// holder's own papers and not put to anyone then (the Soviet plan of 1972). Queries leave
    /// internal positions out unless asked ([`include_internal`](crate::PositionQuery::include_internal));
    /// derived disputes and conflicts never rest on them.
    #[serde(default, skip_serializing_if = "is_false")]
    pub internal: bool,
    /// Whether the stance held at all depends on a fact the sources leave open (its
    /// `conditions`, which are then required, say which). Queries report a contingent
    /// position as possible at most. Not for offers, promises or demands with conditions:
    /// those surely held.
    #[serde(default, skip_serializing_if = "is_false")]
    pub contingent: bool,
    /// The group of contingent positions of which exactly one holds (South Ledge belongs to
    /// whichever state's territorial sea it lies in). Only on a contingent position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternatives: Option<AlternativesId>,
    /// The sources that report it; at least one.
    #[serde(default, deserialize_with = "crate::records::object::objects")]
    pub attributions: Vec<Attribution>,
    /// How much it is to be trusted beside conflicting accounts.
    #[serde(default, skip_serializing_if = "Rank::is_normal")]
    pub rank: Rank,
    /// Why the rank is not normal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rank_reason: Option<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Position {
    /// A position with its id, holder, stance, islands and period.
    ///
    /// ```
    /// use island_claims::{Attribution, Dataset, Island, IslandKind, Party, PartyKind, Position, Source, SourceKind, Stance};
    /// let claim = Position::new("japan-claim".parse()?, "japan".parse()?, Stance::ClaimsSovereignty,
    ///     vec!["shikotan".parse()?], "1956/..".parse()?);
    /// assert!(claim.attributions.is_empty() && claim.counterpart.is_none());
    /// // A dataset takes it once a source backs it.
    /// let data = Dataset::builder()
    ///     .island(Island::new("shikotan".parse()?, IslandKind::Island))
    ///     .party(Party::new("japan".parse()?, PartyKind::State))
    ///     .source(Source::new("mofa".parse()?, SourceKind::OfficialStatement, "Japan's position", "2011".parse()?))
    ///     .position(claim.with_attribution(Attribution::new("mofa".parse()?)))
    ///     .build()?;
    /// assert_eq!(data.claims_during(1956).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: PositionId, holder: PartyId, stance: Stance, islands: Vec<IslandId>, period: Period) -> Self {
        Self {
            id,
            holder,
            stance,
            islands,
            counterpart: None,
            period,
            conditions: None,
            established_by: None,
            ended_by: None,
            planned_end: false,
            regarding: None,
            internal: false,
            contingent: false,
            alternatives: None,
            attributions: Vec::new(),
            rank: Rank::Normal,
            rank_reason: None,
            note: None,
        }
    }

    /// This position, towards `counterpart`.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_counterpart("japan".parse()?);
    /// assert_eq!(p.counterpart.as_ref().map(|c| c.as_str()), Some("japan"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_counterpart(mut self, counterpart: PartyId) -> Self {
        self.counterpart = Some(counterpart);
        self
    }

    /// This position, attributed to one more source.
    ///
    /// ```
    /// use island_claims::{Attribution, Position, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_attribution(Attribution::new("jd-1956-text".parse()?).with_locator("article 9"))
    ///     .with_attribution(Attribution::new("mofa".parse()?));
    /// assert_eq!(p.sources().map(|s| s.as_str()).collect::<Vec<_>>(), ["jd-1956-text", "mofa"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_attribution(mut self, attribution: Attribution) -> Self {
        self.attributions.push(attribution);
        self
    }

    /// This position, held on these conditions.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_conditions("after a peace treaty is concluded");
    /// assert_eq!(p.conditions.as_deref(), Some("after a peace treaty is concluded"));
    /// // Conditions do not make it contingent: the promise surely held.
    /// assert!(!p.contingent);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_conditions(mut self, conditions: impl Into<String>) -> Self {
        self.conditions = Some(conditions.into());
        self
    }

    /// This position, established by `event`.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_established_by("jd-1956-in-force".parse()?);
    /// assert_eq!(p.established_by.as_ref().map(|e| e.as_str()), Some("jd-1956-in-force"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_established_by(mut self, event: EventId) -> Self {
        self.established_by = Some(event);
        self
    }

    /// This position, ended by `event`.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_ended_by("memo-1960-01-27".parse()?);
    /// assert_eq!(p.ended_by.as_ref().map(|e| e.as_str()), Some("memo-1960-01-27"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_ended_by(mut self, event: EventId) -> Self {
        self.ended_by = Some(event);
        self
    }

    /// This position, whose end was fixed when it began (see [`Position::planned_end`]).
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// // A lease of fifty years: its end was known from its first day.
    /// let lease = Position::new("lease".parse()?, "uk".parse()?, Stance::Leases, vec!["diego-garcia".parse()?],
    ///     "1966-12-30/2016-12-30".parse()?)
    ///     .with_planned_end();
    /// assert!(lease.planned_end);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_planned_end(mut self) -> Self {
        self.planned_end = true;
        self
    }

    /// This position, about the outcome of `event` (for `accepts` and `rejects`).
    ///
    /// ```
    /// use island_claims::{Attribution, Position, Stance};
    /// let rejects = Position::new("prc-rejects".parse()?, "prc".parse()?, Stance::Rejects,
    ///     vec!["spratly-islands".parse()?], "2016-07-12/..".parse()?)
    ///     .with_regarding("award-2016".parse()?)
    ///     .with_attribution(Attribution::new("prc-statement".parse()?));
    /// assert_eq!(rejects.regarding.as_ref().map(|e| e.as_str()), Some("award-2016"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_regarding(mut self, event: EventId) -> Self {
        self.regarding = Some(event);
        self
    }

    /// This position, internal to its holder (see [`Position::internal`]).
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// // The Soviet plan of 1972, found in the Politburo's papers: never put to Japan.
    /// let plan = Position::new("ussr-plan-1972".parse()?, "ussr".parse()?, Stance::OffersTransfer,
    ///     vec!["shikotan".parse()?], "1972".parse()?)
    ///     .with_counterpart("japan".parse()?)
    ///     .with_internal();
    /// assert!(plan.internal);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_internal(mut self) -> Self {
        self.internal = true;
        self
    }

    /// This position, contingent on `conditions` (see [`Position::contingent`]).
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let title = Position::new("a-title".parse()?, "a".parse()?, Stance::HoldsTitle,
    ///     vec!["ledge".parse()?], "2008-05-23/..".parse()?)
    ///     .with_contingent("if the ledge lies in a's territorial sea")
    ///     .with_alternatives("ledge-title".parse()?);
    /// assert!(title.contingent);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_contingent(mut self, conditions: impl Into<String>) -> Self {
        self.contingent = true;
        self.conditions = Some(conditions.into());
        self
    }

    /// This position, one of the contingent `group` of which exactly one holds.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let title = |holder: &str| Position::new(format!("{holder}-title").parse().unwrap(), holder.parse().unwrap(),
    ///     Stance::HoldsTitle, vec!["south-ledge".parse().unwrap()], "2008-05-23/..".parse().unwrap());
    /// let group = "south-ledge-title".parse()?;
    /// let malaysia = title("malaysia").with_contingent("if in Malaysia's territorial sea").with_alternatives(group);
    /// assert_eq!(malaysia.alternatives.as_ref().map(|g| g.as_str()), Some("south-ledge-title"));
    /// // One of a group: the two titles do not exclude each other.
    /// let singapore = title("singapore").with_contingent("if in Singapore's territorial sea")
    ///     .with_alternatives("south-ledge-title".parse()?);
    /// assert!(!malaysia.titles_exclude(&singapore));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_alternatives(mut self, group: AlternativesId) -> Self {
        self.alternatives = Some(group);
        self
    }

    /// This position, ranked `rank`.
    ///
    /// ```
    /// use island_claims::{Position, Rank, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_rank(Rank::Preferred)
    ///     .with_rank_reason("the treaty text itself");
    /// assert_eq!(p.rank, Rank::Preferred);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_rank(mut self, rank: Rank) -> Self {
        self.rank = rank;
        self
    }

    /// This position, with the reason for its rank.
    ///
    /// ```
    /// use island_claims::{Position, Rank, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_rank(Rank::Deprecated)
    ///     .with_rank_reason("a later account that misdates the declaration");
    /// assert_eq!(p.rank_reason.as_deref(), Some("a later account that misdates the declaration"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_rank_reason(mut self, reason: impl Into<String>) -> Self {
        self.rank_reason = Some(reason.into());
        self
    }

    /// This position, with a note.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let p = Position::new("ussr-promise-1956".parse()?, "ussr".parse()?, Stance::PromisedTransfer,
    ///     vec!["shikotan".parse()?, "habomai".parse()?], "1956-12-12/1960-01-27".parse()?)
    ///     .with_note("withdrawn by the memorandum of 1960");
    /// assert_eq!(p.note.as_deref(), Some("withdrawn by the memorandum of 1960"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.note = Some(note.into());
        self
    }

    /// Whether one holder's two positions cannot both hold on islands they share at a time
    /// they share: their stances are [incompatible](Stance::is_incompatible_with) towards
    /// their counterparts (for `accepts` and `rejects`, regarding the same event), both are
    /// public or both internal, and neither is the other's handover (one ended by the event
    /// that established the other: a change on that day, not two positions at once).
    ///
    /// Validation asks it of one account's positions (`incompatible_positions`) and
    /// [`Dataset::conflicts`](crate::Dataset::conflicts) of different accounts'.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let claim = Position::new("a".parse()?, "x".parse()?, Stance::ClaimsSovereignty, vec!["i".parse()?],
    ///     "1900/1951-09-08".parse()?).with_ended_by("treaty".parse()?);
    /// let renounce = Position::new("b".parse()?, "x".parse()?, Stance::Renounces, vec!["i".parse()?],
    ///     "1951-09-08/..".parse()?);
    /// assert!(claim.cannot_stand_beside(&renounce));
    /// // Established by the treaty that ended the claim: a handover on that day.
    /// assert!(!claim.cannot_stand_beside(&renounce.with_established_by("treaty".parse()?)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn cannot_stand_beside(&self, other: &Self) -> bool {
        let (mine, theirs) = if self.stance.needs_regarding() && other.stance.needs_regarding() {
            (self.regarding.as_ref().map(EventId::as_str), other.regarding.as_ref().map(EventId::as_str))
        } else {
            (self.counterpart.as_ref().map(PartyId::as_str), other.counterpart.as_ref().map(PartyId::as_str))
        };
        let may_be_same = match (mine, theirs) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        self.internal == other.internal
            && !self.is_handover_with(other)
            && self.stance.incompatible_pair(other.stance).is_some_and(|same| !same || may_be_same)
    }

    /// Whether one of the two ends by the event that establishes the other.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// // The Soviet administration of the islands passed to Russia's on the day the USSR ended.
    /// let ussr = Position::new("ussr-admin".parse()?, "ussr".parse()?, Stance::Administers, vec!["iturup".parse()?],
    ///     "1945/1991-12-25".parse()?).with_ended_by("dissolution".parse()?);
    /// let russia = Position::new("russia-admin".parse()?, "russia".parse()?, Stance::Administers, vec!["iturup".parse()?],
    ///     "1991-12-26/..".parse()?).with_established_by("dissolution".parse()?);
    /// assert!(ussr.is_handover_with(&russia) && russia.is_handover_with(&ussr));
    /// assert!(!ussr.is_handover_with(&ussr));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn is_handover_with(&self, other: &Self) -> bool {
        let hands = |a: &Self, b: &Self| a.ended_by.is_some() && a.ended_by == b.established_by;
        hands(self, other) || hands(other, self)
    }

    /// Whether two holders' title to islands they share at a time they share cannot both
    /// hold: both are `holds_title`, of different holders, both public, and not alternatives
    /// of one group.
    ///
    /// ```
    /// use island_claims::{Position, Stance};
    /// let title = |id: &str, holder: &str| Position::new(id.parse().unwrap(), holder.parse().unwrap(),
    ///     Stance::HoldsTitle, vec!["i".parse().unwrap()], "1900/..".parse().unwrap());
    /// assert!(title("a", "x").titles_exclude(&title("b", "y")));
    /// let alt = |p: Position| p.with_contingent("if in its sea").with_alternatives("g".parse().unwrap());
    /// assert!(!alt(title("a", "x")).titles_exclude(&alt(title("b", "y"))));
    /// ```
    #[must_use]
    pub fn titles_exclude(&self, other: &Self) -> bool {
        let same_group = self.alternatives.is_some() && self.alternatives == other.alternatives;
        self.stance == Stance::HoldsTitle
            && other.stance == Stance::HoldsTitle
            && self.holder != other.holder
            && self.internal == other.internal
            && !same_group
    }

    /// The sources it is attributed to, in order.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let promise = data.position(&"ussr-promise-1956".parse()?).ok_or("the promise of 1956")?;
    /// let first = promise.sources().next().and_then(|id| data.source(id)).ok_or("a source")?;
    /// assert!(first.title.contains("Joint Declaration"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sources(&self) -> impl Iterator<Item = &crate::ids::SourceId> {
        self.attributions.iter().map(|a| &a.source)
    }

    /// Whether one account backs both positions: an attribution of each gives
    /// [the same account](Attribution::same_account). Two positions of one account are that
    /// account's own history, so validation refuses them when they cannot both hold; two
    /// positions of different accounts that cannot both hold are a
    /// [conflict](crate::Dataset::conflicts) between the accounts.
    ///
    /// ```
    /// use island_claims::{Attribution, Position, Stance};
    /// let japan = |id: &str, a: Attribution| Position::new(id.parse().unwrap(), "japan".parse().unwrap(),
    ///     Stance::DemandsTransfer, vec!["shikotan".parse().unwrap()], "1956".parse().unwrap()).with_attribution(a);
    /// let per_putin = Attribution::new("interfax".parse()?).with_account_of("putin".parse()?);
    /// let mofa = Attribution::new("mofa".parse()?);
    /// assert!(japan("a", per_putin.clone()).shares_an_account_with(&japan("b", per_putin.clone())));
    /// // Putin's account and the ministry's own: a disagreement between them is a conflict.
    /// assert!(!japan("a", per_putin).shares_an_account_with(&japan("b", mofa)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn shares_an_account_with(&self, other: &Self) -> bool {
        Attribution::lists_share_an_account(&self.attributions, &other.attributions)
    }

    /// Whose accounts the position rests on: for each attribution, the party whose account
    /// its source reports (`account_of`), or `None` where the source speaks for itself;
    /// each once, in the order of the attributions.
    ///
    /// A position that only Putin's words support is his account of the holder's stance,
    /// not the holder's own statement: `accounts()` is `[Some("putin")]`.
    ///
    /// ```
    /// use island_claims::{Attribution, Period, Position, Stance};
    ///
    /// let per_putin = Attribution::new("interfax".parse()?).with_account_of("putin".parse()?);
    /// let p = Position::new("p".parse()?, "japan".parse()?, Stance::DemandsTransfer, vec!["shikotan".parse()?],
    ///     "1956".parse::<Period>()?)
    ///     .with_attribution(per_putin.clone())
    ///     .with_attribution(per_putin.with_quote("two islands"));
    /// assert_eq!(p.accounts(), [Some(&"putin".parse()?)]);
    ///
    /// let p = p.with_attribution(Attribution::new("mofa".parse()?));
    /// assert_eq!(p.accounts(), [Some(&"putin".parse()?), None]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn accounts(&self) -> Vec<Option<&PartyId>> {
        let mut accounts = Vec::with_capacity(1);
        for a in &self.attributions {
            let account = a.account_of.as_ref();
            if !accounts.contains(&account) {
                accounts.push(account);
            }
        }
        accounts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> PartyId {
        PartyId::new(s).unwrap()
    }

    #[test]
    fn counterpart_rule_table() {
        use CounterpartRule::*;
        let expect = [
            (Stance::ClaimsSovereignty, NotAllowed),
            (Stance::Administers, NotAllowed),
            (Stance::DemandsTransfer, Required),
            (Stance::OffersTransfer, Required),
            (Stance::PromisedTransfer, Required),
            (Stance::RecognisesSovereigntyOf, Required),
            (Stance::DisputesSovereigntyOf, Required),
            (Stance::Renounces, Optional),
            (Stance::DeniesDispute, Optional),
            (Stance::AcknowledgesDispute, Optional),
            (Stance::RecognisesAdministrationOf, Required),
            (Stance::NeutralOnSovereignty, NotAllowed),
            (Stance::Owns, NotAllowed),
            (Stance::Leases, Required),
            (Stance::SupportsClaimOf, Required),
            (Stance::HoldsTitle, NotAllowed),
            (Stance::Disclaims, NotAllowed),
            (Stance::Accepts, NotAllowed),
            (Stance::Rejects, NotAllowed),
        ];
        assert_eq!(expect.len(), Stance::iter().count());
        for (s, rule) in expect {
            assert_eq!(s.counterpart_rule(), rule, "{s}");
        }
    }

    #[test]
    fn claims_and_renounces_are_incompatible() {
        assert!(Stance::ClaimsSovereignty.is_incompatible_with(Stance::Renounces, None, None));
        assert!(Stance::Renounces.is_incompatible_with(Stance::ClaimsSovereignty, None, None));
    }

    #[test]
    fn claims_and_recognising_another_are_incompatible() {
        let j = p("japan");
        assert!(Stance::ClaimsSovereignty.is_incompatible_with(Stance::RecognisesSovereigntyOf, None, Some(&j)));
    }

    #[test]
    fn demands_and_renounces_are_incompatible() {
        assert!(Stance::DemandsTransfer.is_incompatible_with(Stance::Renounces, Some(&p("ussr")), None));
    }

    #[test]
    fn recognising_and_disputing_the_same_party_are_incompatible() {
        let (j, r) = (p("japan"), p("russia"));
        let rec = Stance::RecognisesSovereigntyOf;
        assert!(rec.is_incompatible_with(Stance::DisputesSovereigntyOf, Some(&r), Some(&r)));
        assert!(!rec.is_incompatible_with(Stance::DisputesSovereigntyOf, Some(&j), Some(&r)));
    }

    #[test]
    fn denying_and_acknowledging_a_dispute_with_the_same_party_are_incompatible() {
        let (j, c) = (p("japan"), p("china"));
        let deny = Stance::DeniesDispute;
        assert!(deny.is_incompatible_with(Stance::AcknowledgesDispute, Some(&j), Some(&j)));
        assert!(deny.is_incompatible_with(Stance::AcknowledgesDispute, None, Some(&j)));
        assert!(!deny.is_incompatible_with(Stance::AcknowledgesDispute, Some(&c), Some(&j)));
    }

    #[test]
    fn neutral_on_sovereignty_and_claiming_it_are_incompatible() {
        assert!(Stance::NeutralOnSovereignty.is_incompatible_with(Stance::ClaimsSovereignty, None, None));
        assert!(Stance::ClaimsSovereignty.is_incompatible_with(Stance::NeutralOnSovereignty, None, None));
    }

    #[test]
    fn neutral_on_sovereignty_and_recognising_anyone_s_are_incompatible() {
        let (j, c) = (p("japan"), p("china"));
        let neutral = Stance::NeutralOnSovereignty;
        assert!(neutral.is_incompatible_with(Stance::RecognisesSovereigntyOf, None, Some(&j)));
        assert!(neutral.is_incompatible_with(Stance::RecognisesSovereigntyOf, None, Some(&c)));
    }

    #[test]
    fn neutral_on_sovereignty_and_disputing_anyone_s_are_incompatible() {
        let j = p("japan");
        assert!(Stance::NeutralOnSovereignty.is_incompatible_with(Stance::DisputesSovereigntyOf, None, Some(&j)));
        assert!(Stance::DisputesSovereigntyOf.is_incompatible_with(Stance::NeutralOnSovereignty, Some(&j), None));
    }

    #[test]
    fn version_3_rows_of_the_table() {
        let j = p("japan");
        assert!(Stance::SupportsClaimOf.is_incompatible_with(Stance::ClaimsSovereignty, Some(&j), None));
        assert!(Stance::SupportsClaimOf.is_incompatible_with(Stance::NeutralOnSovereignty, Some(&j), None));
        assert!(Stance::Disclaims.is_incompatible_with(Stance::ClaimsSovereignty, None, None));
        assert!(Stance::Disclaims.is_incompatible_with(Stance::DemandsTransfer, None, Some(&j)));
        assert!(Stance::Accepts.is_incompatible_with(Stance::Rejects, None, None));
        assert!(!Stance::HoldsTitle.is_incompatible_with(Stance::ClaimsSovereignty, None, None));
    }

    #[test]
    fn accepting_and_rejecting_conflict_only_about_one_event() {
        let pos = |stance, about: &str| {
            Position::new("a".parse().unwrap(), p("x"), stance, vec!["i".parse().unwrap()], "2000/..".parse().unwrap())
                .with_regarding(about.parse().unwrap())
        };
        assert!(pos(Stance::Accepts, "award").cannot_stand_beside(&pos(Stance::Rejects, "award")));
        assert!(!pos(Stance::Accepts, "award").cannot_stand_beside(&pos(Stance::Rejects, "vote")));
        // Internal papers and public words are checked apart.
        assert!(!pos(Stance::Accepts, "award").with_internal().cannot_stand_beside(&pos(Stance::Rejects, "award")));
    }

    #[test]
    fn owning_goes_with_every_stance() {
        for s in Stance::iter() {
            assert!(!Stance::Owns.is_incompatible_with(s, None, None), "{s}");
            assert!(!s.is_incompatible_with(Stance::Owns, None, None), "{s}");
        }
    }

    #[test]
    fn control_is_administering_or_leasing() {
        let control: Vec<Stance> = Stance::iter().filter(|s| s.is_control()).collect();
        assert_eq!(control, [Stance::Administers, Stance::Leases]);
        assert!(Stance::iter().all(|s| !(s.is_control() && s.is_claim())));
        // The version 2 stances are not claims: a claim is still one of these two.
        let claims: Vec<Stance> = Stance::iter().filter(|s| s.is_claim()).collect();
        assert_eq!(claims, [Stance::ClaimsSovereignty, Stance::DemandsTransfer]);
    }

    #[test]
    fn every_other_pair_is_compatible() {
        let mut incompatible = 0;
        for a in Stance::iter() {
            for b in Stance::iter() {
                if a.is_incompatible_with(b, None, None) {
                    incompatible += 1;
                }
            }
        }
        // Thirteen symmetric pairs (eight of version 2, five of version 3); without
        // counterparts, those that need the same counterpart apply too, since unnamed
        // counterparts may be the same party.
        assert_eq!(incompatible, 26);
    }

    #[test]
    fn stance_names_are_stable() {
        let names: Vec<String> = Stance::iter().map(|s| s.to_string()).collect();
        assert_eq!(
            names,
            [
                "claims_sovereignty",
                "administers",
                "demands_transfer",
                "offers_transfer",
                "promised_transfer",
                "recognises_sovereignty_of",
                "disputes_sovereignty_of",
                "renounces",
                "denies_dispute",
                "acknowledges_dispute",
                "recognises_administration_of",
                "neutral_on_sovereignty",
                "owns",
                "leases",
                "supports_claim_of",
                "holds_title",
                "disclaims",
                "accepts",
                "rejects"
            ]
        );
        for s in Stance::iter() {
            assert_eq!(serde_json::to_string(&s).unwrap(), format!("\"{s}\""));
            assert_eq!(s.to_string().parse::<Stance>().unwrap(), s);
        }
    }
}
