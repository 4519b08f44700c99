//! How wide a text is drawn, and cutting a label that does not fit with an ellipsis.

/// How much wider bold text is than regular, as a factor on its size for [`width`].
pub(super) const BOLD: f64 = 1.12;

/// The ellipsis that ends a cut label.
pub(super) const ELLIPSIS: char = '\u{2026}';

/// The width of `text` at `size` pixels in the picture's sans-serif font, estimated per
/// character class (DejaVu Sans and Arial are close): a little more than drawn, so that a
/// label said to fit does.
pub(super) fn width(text: &str, size: f64) -> f64 {
    let ems: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 0.33,
            'f' | 'r' | 't' | '(' | ')' | '[' | ']' | '-' | '/' => 0.42,
            'm' | 'w' | 'M' | 'W' | '\u{2014}' => 0.92,
            'A'..='Z' => 0.72,
            c if c.is_ascii() => 0.6,
            // Kana, kanji, hangul: a full em.
            c if u32::from(c) >= 0x2E80 => 1.0,
            _ => 0.65,
        })
        .sum();
    ems * size
}

/// `text` as it fits `room` pixels at `size`: whole, or cut with an ellipsis; `None` when
/// not even four characters and the ellipsis fit (fewer say nothing a reader could use).
pub(super) fn fit(text: &str, size: f64, room: f64) -> Option<String> {
    if width(text, size) <= room {
        return Some(text.to_owned());
    }
    let mut cut = String::new();
    let mut used = width("\u{2026}", size);
    for c in text.chars() {
        let w = width(c.encode_utf8(&mut [0; 4]), size);
        if used + w > room {
            break;
        }
        used += w;
        cut.push(c);
    }
    let cut = cut.trim_end().trim_end_matches([',', ';', ':', '(', '-', '\u{b7}']).trim_end();
    (cut.chars().count() >= 4).then(|| format!("{cut}{ELLIPSIS}"))
}

/// Items joined as prose: "A", "A and B", "A, B and C".
pub(super) fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The text as it may stand in an XML document: without the control characters that XML 1.0
/// forbids (everything below U+0020 but tab, line feed and carriage return).
pub(super) fn xml_safe(text: &str) -> String {
    text.chars().filter(|&c| c >= ' ' || matches!(c, '\t' | '\n' | '\r')).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_that_does_not_fit_is_cut_with_an_ellipsis() {
        let label = "Soviet Union recognises Japan's sovereignty";
        assert_eq!(fit(label, 10.0, 1000.0).as_deref(), Some(label));
        let cut = fit(label, 10.0, 80.0).unwrap();
        assert!(cut.ends_with(ELLIPSIS) && width(&cut, 10.0) <= 80.0, "{cut}");
        assert!(label.starts_with(cut.trim_end_matches(ELLIPSIS)));
        assert_eq!(fit(label, 10.0, 8.0), None);
    }

    #[test]
    fn lists_read_as_prose() {
        let s = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert_eq!(and_list(&s(&["Habomai"])), "Habomai");
        assert_eq!(and_list(&s(&["Habomai", "Shikotan"])), "Habomai and Shikotan");
        assert_eq!(and_list(&s(&["A", "B", "C"])), "A, B and C");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(xml_safe("a\u{0}b\u{1b}c\td\ne"), "abc\td\ne");
    }
}
