//! How the picture marks parties and stances: colours, patterns, labels.

use svg::node::element::{Circle, Path, Pattern, Rectangle};

use crate::records::Stance;

/// Colour-blind-safe colours (Tableau 10), given to parties in order of appearance.
pub(super) const PALETTE: &[&str] =
    &["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#edc948", "#ff9da7", "#9c755f", "#bab0ac"];

/// Stances in the order their bands are stacked in a row and listed in the legend.
pub(super) const STANCE_ORDER: &[Stance] = &[
    Stance::Administers,
    Stance::Leases,
    Stance::ClaimsSovereignty,
    Stance::DemandsTransfer,
    Stance::PromisedTransfer,
    Stance::OffersTransfer,
    Stance::RecognisesSovereigntyOf,
    Stance::RecognisesAdministrationOf,
    Stance::DisputesSovereigntyOf,
    Stance::NeutralOnSovereignty,
    Stance::DeniesDispute,
    Stance::AcknowledgesDispute,
    Stance::Owns,
    Stance::Renounces,
    Stance::HoldsTitle,
    Stance::SupportsClaimOf,
    Stance::Disclaims,
    Stance::Accepts,
    Stance::Rejects,
];

pub(super) fn stance_rank(s: Stance) -> usize {
    STANCE_ORDER.iter().position(|&x| x == s).unwrap_or(STANCE_ORDER.len())
}

/// How the legend names a stance.
pub(super) fn stance_label(s: Stance) -> &'static str {
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
        Stance::DisputesSovereigntyOf => tile(6.0, 6.0)
            .set("patternTransform", "rotate(-45)")
            .add(stroke(Path::new().set("d", "M0,0V6").set("stroke-width", 2.2))),
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
        Stance::Disclaims => {
            tile(6.0, 6.0).add(Rectangle::new().set("width", 3).set("height", 6).set("fill", "#fff"))
        }
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

/// The text as it may stand in an XML document: without the control characters that XML 1.0
/// forbids (everything below U+0020 but tab, line feed and carriage return).
pub(super) fn xml_safe(text: &str) -> String {
    text.chars().filter(|&c| c >= ' ' || matches!(c, '\t' | '\n' | '\r')).collect()
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
        assert_eq!(STANCE_ORDER.len(), Stance::iter().count());
        let mut ids = std::collections::HashSet::new();
        for s in Stance::iter() {
            assert!(stance_rank(s) < STANCE_ORDER.len(), "{s}");
            assert!(!stance_label(s).is_empty());
            assert!(ids.insert(pattern_id(s)));
        }
        // Only the plain fill of control has no pattern.
        assert_eq!(Stance::iter().filter(|&s| stance_pattern(s).is_none()).collect::<Vec<_>>(), [Stance::Administers]);
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{0}b\u{1b}c\td\ne"), "abc\td\ne");
    }
}
