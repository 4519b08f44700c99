//! Which stances of two parties on the same islands at the same time cannot both stand: the
//! one rule behind derived disputes and the GeoJSON `contested` flag.

use serde::{Deserialize, Serialize};

use super::Stance;

/// How two parties' positions on the same islands, at the same time, contend: the kind of a
/// [derived dispute](crate::Dataset::disputes).
///
/// Each party's stance counts *against the other* as a claim, a hold in fact, or a dispute of
/// the other's sovereignty, or not at all:
///
/// | stance | counts against the other party as |
/// |---|---|
/// | `claims_sovereignty` | a claim |
/// | `demands_transfer` | a claim, when the other party is the one it demands the islands from |
/// | `administers` | a hold in fact |
/// | `leases` | a hold in fact, unless the other party is the lessor (a lease acknowledges its title) |
/// | `disputes_sovereignty_of` | a dispute, when the other party is the one whose sovereignty it disputes |
/// | every other stance | nothing |
///
/// Two claims contend ([`BothClaim`](Self::BothClaim)); a claim and a hold in fact contend
/// ([`ClaimAgainstAdministration`](Self::ClaimAgainstAdministration)); a dispute contends with
/// the other's claim or hold ([`DisputedRecognition`](Self::DisputedRecognition)). Two holds
/// in fact, or two disputes, do not.
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
    DisputedRecognition,
}

/// What a stance counts as against another party: see [`Contention`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Against {
    Claim,
    Hold,
    Dispute,
}

impl Against {
    /// Every value, in order: an index into a table per value.
    pub(crate) const ALL: [Self; 3] = [Self::Claim, Self::Hold, Self::Dispute];

    /// What a position of `stance` counts as against another party; `names_other` says
    /// whether its counterpart is that party.
    pub(crate) fn of(stance: Stance, names_other: bool) -> Option<Self> {
        match stance {
            Stance::ClaimsSovereignty => Some(Self::Claim),
            Stance::DemandsTransfer if names_other => Some(Self::Claim),
            Stance::Administers => Some(Self::Hold),
            Stance::Leases if !names_other => Some(Self::Hold),
            Stance::DisputesSovereigntyOf if names_other => Some(Self::Dispute),
            _ => None,
        }
    }

    /// Whether the stance can count against any party at all.
    pub(crate) fn may_count(stance: Stance) -> bool {
        Self::of(stance, true).is_some() || Self::of(stance, false).is_some()
    }

    /// Its place in [`Self::ALL`].
    pub(crate) fn get(self) -> usize {
        self as usize
    }
}

impl Contention {
    /// How a position that counts as `a` against the other party contends with one of the
    /// other party that counts as `b` against the first.
    pub(crate) fn between(a: Against, b: Against) -> Option<Self> {
        use Against::{Claim, Dispute, Hold};
        match (a, b) {
            (Claim, Claim) => Some(Self::BothClaim),
            (Claim, Hold) | (Hold, Claim) => Some(Self::ClaimAgainstAdministration),
            (Dispute, Claim | Hold) | (Claim | Hold, Dispute) => Some(Self::DisputedRecognition),
            (Hold, Hold) | (Dispute, Dispute) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_row_of_the_table() {
        use Against::{Claim, Dispute, Hold};
        assert_eq!(Against::of(Stance::ClaimsSovereignty, false), Some(Claim));
        assert_eq!(Against::of(Stance::DemandsTransfer, true), Some(Claim));
        assert_eq!(Against::of(Stance::DemandsTransfer, false), None);
        assert_eq!(Against::of(Stance::Administers, true), Some(Hold));
        assert_eq!(Against::of(Stance::Leases, false), Some(Hold));
        assert_eq!(Against::of(Stance::Leases, true), None);
        assert_eq!(Against::of(Stance::DisputesSovereigntyOf, true), Some(Dispute));
        assert_eq!(Against::of(Stance::DisputesSovereigntyOf, false), None);
        for s in Stance::iter() {
            let counts = matches!(
                s,
                Stance::ClaimsSovereignty
                    | Stance::DemandsTransfer
                    | Stance::Administers
                    | Stance::Leases
                    | Stance::DisputesSovereigntyOf
            );
            assert_eq!(Against::may_count(s), counts, "{s}");
        }
        assert_eq!(Contention::between(Claim, Claim), Some(Contention::BothClaim));
        assert_eq!(Contention::between(Hold, Claim), Some(Contention::ClaimAgainstAdministration));
        assert_eq!(Contention::between(Dispute, Hold), Some(Contention::DisputedRecognition));
        assert_eq!(Contention::between(Hold, Hold), None);
        assert_eq!(Contention::between(Dispute, Dispute), None);
    }
}
