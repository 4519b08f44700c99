//! Made-up words and sentences, so that names, titles and quotes have realistic lengths.

use crate::synth::rng::Rng;

const SYLLABLES: &[&str] = &[
    "ka", "lo", "ri", "ta", "mi", "su", "no", "ve", "ra", "to", "shi", "ku", "an", "el", "or", "ya", "ze", "bu", "mar",
    "tel", "sor", "din", "hal", "vik", "nu", "pa", "go", "le", "sa", "ten",
];

const WORDS: &[&str] = &[
    "the",
    "islands",
    "sovereignty",
    "treaty",
    "government",
    "minister",
    "peace",
    "talks",
    "territory",
    "claim",
    "rights",
    "waters",
    "fisheries",
    "administration",
    "historic",
    "inherent",
    "part",
    "of",
    "our",
    "nation",
    "will",
    "never",
    "accept",
    "any",
    "proposal",
    "that",
    "ignores",
    "return",
    "of",
    "all",
    "four",
    "negotiations",
    "continue",
    "on",
    "basis",
    "joint",
    "declaration",
    "we",
    "remain",
    "committed",
    "to",
    "dialogue",
    "there",
    "is",
    "no",
    "dispute",
    "over",
    "these",
    "legal",
    "title",
    "since",
    "war",
    "ended",
];

/// A pronounceable word of two or three syllables, lowercase.
pub(crate) fn word(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    let mut s = String::with_capacity(8);
    for _ in 0..n {
        s.push_str(rng.pick(SYLLABLES).copied().unwrap_or("ka"));
    }
    s
}

/// The word with its first letter in upper case.
pub(crate) fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_ascii_uppercase().to_string() + chars.as_str())
}

/// A sentence of `lo..=hi` words, capitalised, ending with a full stop.
pub(crate) fn sentence(rng: &mut Rng, lo: usize, hi: usize) -> String {
    let n = lo + rng.below(hi.saturating_sub(lo) + 1);
    let words: Vec<&str> = (0..n).map(|_| rng.pick(WORDS).copied().unwrap_or("the")).collect();
    capitalised(&words.join(" ")) + "."
}

pub(crate) const PUBLISHER_KINDS: &[&str] =
    &["News Agency", "Times", "Herald", "Ministry of Foreign Affairs", "University Press", "Review", "Archive"];

pub(crate) const CONDITIONS: &[&str] = &[
    "after a peace treaty is concluded",
    "once foreign troops have withdrawn",
    "on joint economic development of the waters",
    "subject to ratification by parliament",
    "in exchange for fishing rights",
];

pub(crate) const RANK_REASONS: &[&str] = &[
    "contradicted by the published treaty text",
    "a later statement of the same office corrects the date",
    "the archive copy is a draft never adopted",
    "confirmed by both parties' records",
];

pub(crate) const NOTES: &[&str] = &[
    "dates given by the source in the Julian calendar, converted",
    "the source names the islands by their older names",
    "reported second-hand; the original statement is not preserved",
];

/// Language tags used for names and sources, with English first.
pub(crate) const LANGS: &[&str] = &["en", "ru", "ja", "es", "fr", "zh", "ar", "ko", "pt", "de"];
