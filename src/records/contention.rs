//! Which stances of two parties on the same islands at the same time cannot both stand: the
//! one rule behind derived disputes and the GeoJSON `contested` flag.

use serde::{Deserialize, Serialize};

use super::Stance;
use super::position::Bearing;

/// How two parties' positions on the same islands, at the same time, contend: the kind of a
/// [derived dispute](crate::Dataset::disputes).
///
/// Since version 3, as the claims datasets count disputes (ICOW: explicit contention between
/// states, at least one of which claims territory the other claims or holds), each party's
/// stance counts *against the other* as a claim, a hold in its own right, or not at all:
///
/// | stance | counts against the other party as |
/// |---|---|
/// | `claims_sovereignty` | a claim |
/// | `demands_transfer` | a claim, when the other party is the one it demands the islands from |
/// | `administers` | a hold in its own right, except while the holder is `neutral_on_sovereignty`, while it recognises the other's sovereignty, and while the other recognises the administration (`recognises_administration_of`) and demands no transfer |
/// | every other stance | nothing: `leases` is never a hold in its own right, a party that only disputes or recognises is no side, backers (`supports_claim_of`) and `holds_title` contend with nothing |
///
/// Two claims contend ([`BothClaim`](Self::BothClaim)); a claim and a hold contend
/// ([`ClaimAgainstAdministration`](Self::ClaimAgainstAdministration)). Two holds do not.
/// [`DisputedRecognition`](Self::DisputedRecognition), version 2's third kind, is no longer
/// derived: a party that disputes another's sovereignty without claiming is no side.
///
/// ```
/// use island_claims::Contention;
/// assert_eq!(Contention::BothClaim.to_string(), "both_claim");
/// assert_eq!("disputed_recognition".parse::<Contention>()?, Contention::DisputedRecognition);
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
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
pub enum Contention {
    /// Both parties claim the islands.
    BothClaim,
    /// One party claims the islands while the other holds them in fact.
    ClaimAgainstAdministration,
    /// One party disputes the other's sovereignty, which the other claims or holds in fact.
    /// Derived by version 2 only: since version 3 a party that claims nothing is no side.
    DisputedRecognition,
}

/// What a stance counts as against another party: see [`Contention`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, strum::EnumIter)]
pub(crate) enum Against {
    Claim,
    Hold,
}

/// A value for each [`Against`], read through an exhaustive match: a new value does not
/// compile until the table has a place for it.
#[derive(Debug, Clone, Default)]
pub(crate) struct ByAgainst<T> {
    claim: T,
    hold: T,
}

impl<T> ByAgainst<T> {
    /// The table of `f` of each value.
    pub(crate) fn from_fn(mut f: impl FnMut(Against) -> T) -> Self {
        Self { claim: f(Against::Claim), hold: f(Against::Hold) }
    }

    /// The value for `k`.
    pub(crate) fn get(&self, k: Against) -> &T {
        match k {
            Against::Claim => &self.claim,
            Against::Hold => &self.hold,
        }
    }
}

/// A value for each kind of [`Contention`], read through an exhaustive match: a new kind
/// does not compile until the table has a place for it.
#[derive(Debug, Clone, Default)]
pub(crate) struct ByContention<T> {
    both_claim: T,
    claim_against_administration: T,
    disputed_recognition: T,
}

impl<T> ByContention<T> {
    /// The value for `k`.
    pub(crate) fn get(&self, k: Contention) -> &T {
        match k {
            Contention::BothClaim => &self.both_claim,
            Contention::ClaimAgainstAdministration => &self.claim_against_administration,
            Contention::DisputedRecognition => &self.disputed_recognition,
        }
    }

    /// The value for `k`, to change.
    pub(crate) fn get_mut(&mut self, k: Contention) -> &mut T {
        match k {
            Contention::BothClaim => &mut self.both_claim,
            Contention::ClaimAgainstAdministration => &mut self.claim_against_administration,
            Contention::DisputedRecognition => &mut self.disputed_recognition,
        }
    }
}

impl Against {
    /// What a position of `stance` counts as against another party; `names_other` says
    /// whether its counterpart is that party. Read from [`Stance::bearing`], the one table of
    /// claims and holds.
    pub(crate) fn of(stance: Stance, names_other: bool) -> Option<Self> {
        match stance.bearing() {
            Bearing::Claim => Some(Self::Claim),
            Bearing::Demand if names_other => Some(Self::Claim),
            Bearing::Hold => Some(Self::Hold),
            Bearing::Demand
            | Bearing::Lease
            | Bearing::Neutral
            | Bearing::RecognisesSovereignty
            | Bearing::RecognisesAdministration
            | Bearing::None => None,
        }
    }

    /// Whether a position of the stance bears on a dispute: it counts as a claim or a hold,
    /// or it keeps a hold from counting (neutrality, recognition of the other's sovereignty
    /// or of its administration).
    pub(crate) fn may_bear(stance: Stance) -> bool {
        match stance.bearing() {
            Bearing::Claim
            | Bearing::Demand
            | Bearing::Hold
            | Bearing::Neutral
            | Bearing::RecognisesSovereignty
            | Bearing::RecognisesAdministration => true,
            Bearing::Lease | Bearing::None => false,
        }
    }
}

impl Contention {
    /// How a position that counts as `a` against the other party contends with one of the
    /// other party that counts as `b` against the first.
    pub(crate) fn between(a: Against, b: Against) -> Option<Self> {
        use Against::{Claim, Hold};
        match (a, b) {
            (Claim, Claim) => Some(Self::BothClaim),
            (Claim, Hold) | (Hold, Claim) => Some(Self::ClaimAgainstAdministration),
            (Hold, Hold) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_of_the_table() {
        use Against::{Claim, Hold};
        assert_eq!(Against::of(Stance::ClaimsSovereignty, false), Some(Claim));
        assert_eq!(Against::of(Stance::DemandsTransfer, true), Some(Claim));
        assert_eq!(Against::of(Stance::DemandsTransfer, false), None);
        assert_eq!(Against::of(Stance::Administers, true), Some(Hold));
        assert_eq!(Against::of(Stance::Leases, false), None);
        assert_eq!(Against::of(Stance::DisputesSovereigntyOf, true), None);
        for s in Stance::iter() {
            let counts = matches!(s, Stance::ClaimsSovereignty | Stance::DemandsTransfer | Stance::Administers);
            assert_eq!(Against::of(s, true).is_some() || Against::of(s, false).is_some(), counts, "{s}");
            let bears = counts
                || matches!(
                    s,
                    Stance::NeutralOnSovereignty | Stance::RecognisesSovereigntyOf | Stance::RecognisesAdministrationOf
                );
            assert_eq!(Against::may_bear(s), bears, "{s}");
        }
        assert_eq!(Contention::between(Claim, Claim), Some(Contention::BothClaim));
        assert_eq!(Contention::between(Hold, Claim), Some(Contention::ClaimAgainstAdministration));
        assert_eq!(Contention::between(Hold, Hold), None);
    }
}
