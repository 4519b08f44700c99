//! How the picture marks parties, stances, events and disputes: colours, patterns, and the
//! words for each stance, event kind, contention and outcome.
//!
//! Every function here matches its enum exhaustively, so that a new stance or kind does not
//! compile until the picture decides how to show it.

use svg::node::element::{Circle, Path, Pattern, Rectangle};

use crate::query::Outcome;
use crate::records::{Contention, EventKind, Stance};

/// Colour-blind-safe colours (Tableau 10, then an indigo and an olive far from all ten),
/// given to the parties of a dataset in order; [`colour`] goes on beyond them.
const PALETTE: &[&str] = &[
    "#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac",
    "#3b3b98", "#7f7f00",
];

/// The colour of the `n`th party: the palette's, then hues a golden angle apart at two
/// lightnesses, so that no two parties of a picture share one.
pub(super) fn colour(n: usize) -> String {
    if let Some(c) = PALETTE.get(n) {
        return (*c).to_owned();
    }
    let k = n - PALETTE.len();
    #[allow(clippy::cast_precision_loss)] // Few parties.
    let hue = (k as f64 * 137.508 + 20.0) % 360.0;
    let lightness = if k % 2 == 0 { 0.42 } else { 0.62 };
    hsl_hex(hue, 0.55, lightness)
}

fn hsl_hex(h: f64, s: f64, l: f64) -> String {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match h {
        h if h < 60.0 => (c, x, 0.0),
        h if h < 120.0 => (x, c, 0.0),
        h if h < 180.0 => (0.0, c, x),
        h if h < 240.0 => (0.0, x, c),
        h if h < 300.0 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // In 0..=255.
    let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

/// Where a stance's lane goes among a party's lanes, and its entry in the legend: control
/// first, then claims, transfers, recognition, disputes, and the rest.
pub(super) fn stance_rank(s: Stance) -> u8 {
    match s {
        Stance::Administers => 0,
        Stance::Leases => 1,
        Stance::ClaimsSovereignty => 2,
        Stance::DemandsTransfer => 3,
        Stance::PromisedTransfer => 4,
        Stance::OffersTransfer => 5,
        Stance::RecognisesSovereigntyOf => 6,
        Stance::RecognisesAdministrationOf => 7,
        Stance::DisputesSovereigntyOf => 8,
        Stance::NeutralOnSovereignty => 9,
        Stance::DeniesDispute => 10,
        Stance::AcknowledgesDispute => 11,
        Stance::Owns => 12,
        Stance::Renounces => 13,
        Stance::HoldsTitle => 14,
        Stance::SupportsClaimOf => 15,
        Stance::Disclaims => 16,
        Stance::Accepts => 17,
        Stance::Rejects => 18,
    }
}

/// How the legend names a stance, with a word on what it means where the name is terse.
pub(super) fn stance_legend(s: Stance) -> &'static str {
    match s {
        Stance::Administers => "administers (de facto control)",
        Stance::ClaimsSovereignty => "claims sovereignty",
        Stance::DemandsTransfer => "demands transfer",
        Stance::PromisedTransfer => "promised transfer",
        Stance::OffersTransfer => "offers transfer",
        Stance::RecognisesSovereigntyOf => "recognises sovereignty of",
        Stance::DisputesSovereigntyOf => "disputes sovereignty of",
        Stance::DeniesDispute => "denies a dispute exists",
        Stance::AcknowledgesDispute => "acknowledges a dispute",
        Stance::Renounces => "renounces",
        Stance::RecognisesAdministrationOf => "recognises administration of",
        Stance::NeutralOnSovereignty => "neutral on sovereignty",
        Stance::Owns => "owns property (not sovereignty)",
        Stance::Leases => "leases (holds under a lease)",
        Stance::SupportsClaimOf => "supports the claim of",
        Stance::HoldsTitle => "holds title (as found)",
        Stance::Disclaims => "disclaims (does not claim)",
        Stance::Accepts => "accepts the outcome of",
        Stance::Rejects => "rejects the outcome of",
    }
}

/// How a lane's label names a stance: a short verb phrase after the holder's name.
pub(super) fn stance_label(s: Stance) -> &'static str {
    match s {
        Stance::Administers => "administers",
        Stance::ClaimsSovereignty => "claims sovereignty",
        Stance::DemandsTransfer => "demands transfer",
        Stance::PromisedTransfer => "promised transfer",
        Stance::OffersTransfer => "offers transfer",
        Stance::RecognisesSovereigntyOf => "recognises sovereignty",
        Stance::DisputesSovereigntyOf => "disputes sovereignty",
        Stance::DeniesDispute => "denies a dispute",
        Stance::AcknowledgesDispute => "acknowledges a dispute",
        Stance::Renounces => "renounces",
        Stance::RecognisesAdministrationOf => "recognises administration",
        Stance::NeutralOnSovereignty => "neutral on sovereignty",
        Stance::Owns => "owns property",
        Stance::Leases => "leases",
        Stance::SupportsClaimOf => "supports a claim",
        Stance::HoldsTitle => "holds title",
        Stance::Disclaims => "disclaims",
        Stance::Accepts => "accepts an outcome",
        Stance::Rejects => "rejects an outcome",
    }
}

/// The word that puts a band's counterpart after its lane's stance label ("promised transfer"
/// … "to Japan"); empty for a stance without one.
pub(super) fn counterpart_word(s: Stance) -> &'static str {
    match s {
        Stance::DemandsTransfer | Stance::Leases => "from",
        Stance::OffersTransfer | Stance::PromisedTransfer => "to",
        Stance::RecognisesSovereigntyOf
        | Stance::RecognisesAdministrationOf
        | Stance::DisputesSovereigntyOf
        | Stance::SupportsClaimOf => "of",
        Stance::DeniesDispute | Stance::AcknowledgesDispute => "with",
        Stance::Administers
        | Stance::ClaimsSovereignty
        | Stance::Renounces
        | Stance::NeutralOnSovereignty
        | Stance::Owns
        | Stance::HoldsTitle
        | Stance::Disclaims
        | Stance::Accepts
        | Stance::Rejects => "",
    }
}

/// The clause a position's hover text opens with: "Soviet Union promises to transfer
/// Habomai and Shikotan to Japan".
pub(super) fn stance_clause(s: Stance, holder: &str, islands: &str, other: &str) -> String {
    match s {
        Stance::Administers => format!("{holder} administers {islands}"),
        Stance::ClaimsSovereignty => format!("{holder} claims sovereignty over {islands}"),
        Stance::DemandsTransfer => format!("{holder} demands that {other} hand over {islands}"),
        Stance::PromisedTransfer => format!("{holder} has promised to transfer {islands} to {other}"),
        Stance::OffersTransfer => format!("{holder} offers to transfer {islands} to {other}"),
        Stance::RecognisesSovereigntyOf => format!("{holder} recognises {other}'s sovereignty over {islands}"),
        Stance::DisputesSovereigntyOf => format!("{holder} disputes {other}'s sovereignty over {islands}"),
        Stance::DeniesDispute => format!("{holder} denies that there is a dispute with {other} over {islands}"),
        Stance::AcknowledgesDispute => format!("{holder} acknowledges a dispute with {other} over {islands}"),
        Stance::Renounces => format!("{holder} renounces every right, title and claim to {islands}"),
        Stance::RecognisesAdministrationOf => format!("{holder} recognises {other}'s administration of {islands}"),
        Stance::NeutralOnSovereignty => format!("{holder} takes no position on sovereignty over {islands}"),
        Stance::Owns => format!("{holder} owns property on {islands}"),
        Stance::Leases => format!("{holder} holds {islands} under a lease from {other}"),
        Stance::SupportsClaimOf => format!("{holder} supports {other}'s claim to {islands}"),
        Stance::HoldsTitle => format!("{holder} holds title to {islands}, as its sources find"),
        Stance::Disclaims => format!("{holder} states that it does not claim {islands}"),
        Stance::Accepts => format!("{holder} accepts the outcome for {islands}"),
        Stance::Rejects => format!("{holder} rejects the outcome for {islands}"),
    }
}

/// How much an event matters to a reader of the picture, which decides whose label is placed
/// first: settlements and handovers most, single statements least.
pub(super) fn event_weight(kind: EventKind) -> u8 {
    match kind {
        EventKind::Treaty | EventKind::JointDeclaration | EventKind::Transfer | EventKind::Ruling => 6,
        EventKind::Occupation | EventKind::MilitaryAction | EventKind::Agreement | EventKind::Referendum => 5,
        EventKind::Legislation | EventKind::Decree | EventKind::Expulsion | EventKind::Resolution => 4,
        EventKind::Communique | EventKind::JointStatement | EventKind::Summit | EventKind::Proposal => 3,
        EventKind::Purchase | EventKind::Application | EventKind::Construction | EventKind::SymbolicAct => 3,
        EventKind::Memorandum | EventKind::Negotiation | EventKind::Visit | EventKind::Protest => 2,
        EventKind::Letter | EventKind::Statement | EventKind::Publication | EventKind::Other => 1,
    }
}

/// A kind of contention in a dispute's hover text.
pub(super) fn contention_phrase(c: Contention) -> &'static str {
    match c {
        Contention::BothClaim => "both sides claim sovereignty",
        Contention::ClaimAgainstAdministration => "one side claims what the other administers",
        Contention::DisputedRecognition => "one side disputes the other's sovereignty",
    }
}

/// A dispute's outcome in its hover text.
pub(super) fn outcome_phrase(o: Outcome) -> &'static str {
    match o {
        Outcome::Ongoing => "ongoing",
        Outcome::PossiblyOngoing => "possibly ongoing",
        Outcome::Settled => "settled by an agreement both sides signed",
        Outcome::Adjudicated => "decided by a court or tribunal",
        Outcome::Renounced => "ended when one side gave up its positions",
        Outcome::Absorbed => "ended when both sides came under one party",
        Outcome::Ended => "ended",
    }
}

/// The SVG pattern that marks a stance, drawn in white over the party's colour; `None` for
/// plain fill.
pub(super) fn stance_pattern(s: Stance) -> Option<Pattern> {
    let tile = |w: f64, h: f64| {
        Pattern::new().set("id", pattern_id(s)).set("patternUnits", "userSpaceOnUse").set("width", w).set("height", h)
    };
    let stroke = |p: Path| p.set("stroke", "#fff").set("stroke-opacity", 0.75).set("fill", "none");
    Some(match s {
        Stance::Administers => return None,
        Stance::ClaimsSovereignty => tile(6.0, 6.0)
            .set("patternTransform", "rotate(45)")
            .add(stroke(Path::new().set("d", "M0,0V6").set("stroke-width", 2.2))),
        // Not a mirror of the claim's stripes, which greyscale print cannot tell apart: short
        // dashes in a brick bond.
        Stance::DisputesSovereigntyOf => {
            tile(8.0, 6.0).add(stroke(Path::new().set("d", "M0,1.5H5M4,4.5H8M-4,4.5H1").set("stroke-width", 1.6)))
        }
        Stance::DemandsTransfer => tile(7.0, 7.0)
            .set("patternTransform", "rotate(45)")
            .add(stroke(Path::new().set("d", "M0,0V7M0,0H7").set("stroke-width", 2.0))),
        Stance::PromisedTransfer => {
            tile(5.0, 5.0).add(stroke(Path::new().set("d", "M0,2.5H5").set("stroke-width", 1.6)))
        }
        Stance::OffersTransfer => tile(6.0, 6.0)
            .add(Circle::new().set("cx", 3).set("cy", 3).set("r", 1.4).set("fill", "#fff").set("fill-opacity", 0.85)),
        Stance::RecognisesSovereigntyOf => {
            tile(5.0, 5.0).add(stroke(Path::new().set("d", "M2.5,0V5").set("stroke-width", 1.6)))
        }
        Stance::DeniesDispute => {
            tile(8.0, 6.0).add(stroke(Path::new().set("d", "M0,5L4,1L8,5").set("stroke-width", 1.5)))
        }
        Stance::AcknowledgesDispute => {
            tile(6.0, 6.0).add(stroke(Path::new().set("d", "M0,3H6M3,0V6").set("stroke-width", 1.2)))
        }
        Stance::Renounces => tile(6.0, 6.0).add(Rectangle::new().set("width", 6).set("height", 6).set("fill", "#fff")),
        // Control under a lease: administration's plain fill, crossed by sparse horizontal
        // lines, so that it reads as a kind of holding.
        Stance::Leases => tile(8.0, 8.0).add(stroke(Path::new().set("d", "M0,4H8").set("stroke-width", 1.2))),
        // A view on who administers: recognition's vertical lines, doubled.
        Stance::RecognisesAdministrationOf => {
            tile(6.0, 6.0).add(stroke(Path::new().set("d", "M1.5,0V6M4.5,0V6").set("stroke-width", 1.0)))
        }
        // No position: sparse dots.
        Stance::NeutralOnSovereignty => tile(8.0, 8.0)
            .add(Circle::new().set("cx", 4).set("cy", 4).set("r", 0.9).set("fill", "#fff").set("fill-opacity", 0.85)),
        // Property title: small squares, like plots of land.
        Stance::Owns => tile(8.0, 8.0).add(
            Rectangle::new()
                .set("x", 2)
                .set("y", 2)
                .set("width", 4)
                .set("height", 4)
                .set("fill", "none")
                .set("stroke", "#fff")
                .set("stroke-opacity", 0.75)
                .set("stroke-width", 1.0),
        ),
        // Title as a court or treaty found it: claim's diagonal, doubled and fine.
        Stance::HoldsTitle => tile(6.0, 6.0)
            .set("patternTransform", "rotate(45)")
            .add(stroke(Path::new().set("d", "M1,0V6M4,0V6").set("stroke-width", 0.9))),
        // Backing another's claim: chevrons pointing to the claimant.
        Stance::SupportsClaimOf => {
            tile(8.0, 6.0).add(stroke(Path::new().set("d", "M2,1L6,3L2,5").set("stroke-width", 1.2)))
        }
        // Not claiming: renunciation's white, with gaps.
        Stance::Disclaims => tile(6.0, 6.0).add(Rectangle::new().set("width", 3).set("height", 6).set("fill", "#fff")),
        // An outcome accepted or rejected: a tick, a cross.
        Stance::Accepts => {
            tile(8.0, 8.0).add(stroke(Path::new().set("d", "M1.5,4.5L3.5,6.5L7,2").set("stroke-width", 1.2)))
        }
        Stance::Rejects => {
            tile(8.0, 8.0).add(stroke(Path::new().set("d", "M2,2L6,6M6,2L2,6").set("stroke-width", 1.2)))
        }
    })
}

pub(super) fn pattern_id(s: Stance) -> String {
    format!("stance-{}", s.as_ref().replace('_', "-"))
}

/// Rounds a coordinate to a tenth of a pixel, to keep the file small.
pub(super) fn px(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stance_has_a_place_a_label_and_a_distinct_pattern() {
        let mut ids = std::collections::HashSet::new();
        let mut ranks = std::collections::HashSet::new();
        for s in Stance::iter() {
            assert!(ranks.insert(stance_rank(s)), "{s}");
            assert!(!stance_label(s).is_empty() && !stance_legend(s).is_empty());
            assert!(ids.insert(pattern_id(s)));
        }
        // Only the plain fill of control has no pattern.
        assert_eq!(Stance::iter().filter(|&s| stance_pattern(s).is_none()).collect::<Vec<_>>(), [Stance::Administers]);
    }

    #[test]
    fn colours_are_distinct_well_beyond_the_palette() {
        let colours: std::collections::HashSet<String> = (0..40).map(colour).collect();
        assert_eq!(colours.len(), 40);
        assert!(colours.iter().all(|c| c.len() == 7 && c.starts_with('#')));
    }
}
