//! What to say when a text is not EDTF: the mistakes people make most, recognised, with the
//! spelling that was probably meant.
//!
//! `edtf-core` reports where its grammar stopped, which for a US-style date or the word
//! `present` is true but no help ("interval must contain exactly one '/'"). Each recogniser
//! here knows one common mistake and says it in the words of the person who made it. Every
//! spelling suggested is checked with the parser of the type being read, so a message never
//! tells anyone to write something that is refused in turn, or a period where a date is expected.

use edtf_core::{Edtf, ParseError, SetKind};

use super::error::{DateError, edtf_error};

/// Whether a spelling is accepted where the refused text was given (as a date, or a period).
pub(super) type Valid = fn(&str) -> bool;

/// Words that mean "still holds" at the end of a period.
const ONGOING: &[&str] = &["present", "now", "today", "current", "ongoing", "to date", "to present", "to now"];
/// Words that mean "without limit".
const OPEN: &[&str] = &["open", "forever", "infinity", "inf", "always", "never"];
/// Words that mean "no date is known".
const UNKNOWN: &[&str] = &["unknown", "?", "none", "null", "nil", "n/a", "na", "tbd", "undated", "n.d.", "nd", "-"];
/// How people write "about" before a year.
const CIRCA: &[&str] = &["circa", "approximately", "approx.", "approx", "about", "around", "ca.", "ca", "c.", "c"];

/// What to say about one mistake.
struct Hint {
    offset: usize,
    message: String,
    instead: Vec<String>,
}

impl Hint {
    /// A hint suggesting those of `spellings` that `valid` accepts.
    fn new(
        offset: usize,
        message: impl Into<String>,
        spellings: impl IntoIterator<Item = String>,
        valid: Valid,
    ) -> Self {
        let mut instead: Vec<String> = Vec::new();
        for s in spellings {
            if valid(&s) && !instead.contains(&s) {
                instead.push(s);
            }
        }
        Self { offset, message: message.into(), instead }
    }

    /// The hint only when it has a spelling to suggest: for guesses whose message alone
    /// would mislead when the guess is wrong.
    fn if_any(self) -> Option<Self> {
        (!self.instead.is_empty()).then_some(self)
    }
}

/// The error for `text`, which `edtf-core` refused with `e`: a common mistake said plainly
/// with what to write, or else `edtf-core`'s own words.
pub(super) fn explain(text: &str, e: &ParseError, valid: Valid) -> DateError {
    match recognise(text, e, valid) {
        Some(h) => DateError::Edtf { input: text.to_owned(), offset: h.offset, message: h.message, instead: h.instead },
        None => edtf_error(text, *e),
    }
}

fn recognise(text: &str, e: &ParseError, valid: Valid) -> Option<Hint> {
    word(text, valid)
        .or_else(|| circa(text, valid))
        .or_else(|| whitespace(text, e, valid))
        .or_else(|| numeric(text, valid))
        .or_else(|| fractional_seconds(text, valid))
        .or_else(|| decade(text, valid))
        .or_else(|| small_x(text, valid))
        .or_else(|| open_dots(text, valid))
        .or_else(|| interval(text, valid))
        .or_else(|| unpadded(text, e, valid))
        .or_else(|| negative_unspecified(text, e, valid))
}

fn is_word(list: &[&str], text: &str) -> bool {
    list.contains(&text.trim().to_ascii_lowercase().as_str())
}

/// `present`, `unknown`: a word where a date is expected.
fn word(text: &str, valid: Valid) -> Option<Hint> {
    let message = if is_word(ONGOING, text) || is_word(OPEN, text) {
        "a word is not a date; a period that still holds ends in '..', as in '1993/..'"
    } else if is_word(UNKNOWN, text) {
        "a word is not a date; a date whose year is unknown is 'XXXX', and an unknown end of a period is left empty, as in '/1945'"
    } else {
        return None;
    };
    Some(Hint::new(0, message, [], valid))
}

/// `c. 1956`, `circa 1956`: an approximate date.
fn circa(text: &str, valid: Valid) -> Option<Hint> {
    let trimmed = text.trim();
    let lower = trimmed.to_ascii_lowercase();
    let prefix = CIRCA.iter().find(|p| lower.starts_with(**p))?;
    // ASCII lowercasing keeps byte lengths, so the prefix ends at the same byte in `trimmed`.
    let rest = trimmed.get(prefix.len()..)?.trim_start();
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    Hint::new(0, "an approximate date is written with '~' after it", [format!("{rest}~")], valid).if_any()
}

/// ` 1956 `, `1956 / 1960`: spaces, perhaps around another mistake.
fn whitespace(text: &str, e: &ParseError, valid: Valid) -> Option<Hint> {
    if !text.contains(char::is_whitespace) {
        return None;
    }
    let message = "whitespace is not allowed";
    let joined: String = text.split_whitespace().collect();
    if valid(&joined) {
        return Some(Hint::new(e.offset, message, [joined], valid));
    }
    // `joined` has no whitespace, so this recursion ends here.
    let inner = recognise(&joined, &Edtf::parse(&joined).err()?, valid)?.if_any()?;
    Some(Hint { offset: e.offset, message: format!("{message}; {}", inner.message), instead: inner.instead })
}

/// `06/14/2022`, `14.06.2022`, `2022/06/14`, `06/2022`, `1956-1960`, `19561019`: numbers in
/// another order or with other separators.
fn numeric(text: &str, valid: Valid) -> Option<Hint> {
    let Some(sep) = text.chars().find(|c| !c.is_ascii_digit()) else { return compact(text, valid) };
    if !matches!(sep, '/' | '.' | '-') {
        return None;
    }
    let groups: Vec<&str> = text.split(sep).collect();
    if groups.iter().any(|g| g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    match (groups.as_slice(), lengths.as_slice()) {
        ([y, m, d], [4, 1..=2, 1..=2]) if sep != '-' => {
            let message = "EDTF separates year, month and day with '-' ('/' separates the ends of a period)";
            Some(Hint::new(0, message, [format!("{y}-{m:0>2}-{d:0>2}")], valid))
        }
        ([a, b, y], [1..=2, 1..=2, 4]) => {
            let (first, second) = (a.parse::<u8>().ok()?, b.parse::<u8>().ok()?);
            let month_first = (first <= 12).then(|| format!("{y}-{a:0>2}-{b:0>2}"));
            let day_first = (second <= 12).then(|| format!("{y}-{b:0>2}-{a:0>2}"));
            Some(Hint::new(0, "EDTF is year-month-day", month_first.into_iter().chain(day_first), valid))
        }
        ([m, y], [1..=2, 4]) => Hint::new(0, "EDTF is year-month", [format!("{y}-{m:0>2}")], valid).if_any(),
        ([a, b], [4, 4]) if sep == '-' && a <= b => {
            let message = "a range of years is written with '/' (from one year to the other) \
                           or as a set with '..' (one of those years)";
            Some(Hint::new(0, message, [format!("{a}/{b}"), format!("[{a}..{b}]")], valid))
        }
        _ => None,
    }
}

/// `19561019`: a date without separators.
fn compact(text: &str, valid: Valid) -> Option<Hint> {
    if text.len() != 8 {
        return None;
    }
    let spelling = format!("{}-{}-{}", text.get(..4)?, text.get(4..6)?, text.get(6..)?);
    Hint::new(4, "EDTF separates year, month and day with '-'", [spelling], valid).if_any()
}

/// `1985-04-12T10:00:00.123`: EDTF times stop at whole seconds.
fn fractional_seconds(text: &str, valid: Valid) -> Option<Hint> {
    let (date, time) = text.split_once('T')?;
    let (seconds, rest) = (time.get(..8)?, time.get(8..)?);
    let fraction = rest.strip_prefix(['.', ','])?;
    let shift = fraction.trim_start_matches(|c: char| c.is_ascii_digit());
    let spelling = format!("{date}T{seconds}{shift}");
    Some(Hint::new(date.len() + 1 + 8, "fractional seconds are not EDTF", [spelling], valid))
}

/// `1950s`: a decade (or a century).
fn decade(text: &str, valid: Valid) -> Option<Hint> {
    let year = text.strip_suffix("'s").or_else(|| text.strip_suffix('s'))?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) || !year.ends_with('0') {
        return None;
    }
    let mut spellings = vec![format!("{}X", year.get(..3)?)];
    if year.ends_with("00") {
        spellings.push(format!("{}XX", year.get(..2)?));
    }
    Hint::new(4, "a decade or century is written with 'X' for the digits it leaves open", spellings, valid).if_any()
}

/// `197x`, `197u` (the older draft's letter): unspecified digits are a capital `X`.
fn small_x(text: &str, valid: Valid) -> Option<Hint> {
    if !text.contains(['x', 'u']) {
        return None;
    }
    let spelling = text.replace(['x', 'u'], "X");
    Hint::new(0, "unspecified digits are written with a capital 'X'", [spelling], valid).if_any()
}

/// `..1956`, `1956..`: an open end without the `/` of a period, or a date known only by a
/// bound without the brackets of its one-of set.
fn open_dots(text: &str, valid: Valid) -> Option<Hint> {
    if text.contains('/') {
        return None;
    }
    let spellings = if let Some(rest) = text.strip_prefix("..") {
        [format!("../{rest}"), format!("[..{rest}]")]
    } else {
        let rest = text.strip_suffix("..")?;
        [format!("{rest}/.."), format!("[{rest}..]")]
    };
    let message = "'..' is an open end of a period, written on its side of the '/', \
                   or a bound of a date, written in brackets";
    Hint::new(0, message, spellings, valid).if_any()
}

/// `2022-06-14/present`, `[1970..1973]/2022-06-13`: an interval with one wrong end, named.
fn interval(text: &str, valid: Valid) -> Option<Hint> {
    let (start, end) = text.split_once('/')?;
    if end.contains('/') {
        return None;
    }
    end_hint(Side::Start, start, 0, &|s| format!("{s}/{end}"), valid)
        .or_else(|| end_hint(Side::End, end, start.len() + 1, &|s| format!("{start}/{s}"), valid))
}

/// One end of an interval, as a message names it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Start,
    End,
}

impl Side {
    fn name(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::End => "end",
        }
    }
}

/// What is wrong with one end of an interval, `part` at byte `base`; `whole` puts a spelling
/// of this end back into the interval.
fn end_hint(side: Side, part: &str, base: usize, whole: &dyn Fn(&str) -> String, valid: Valid) -> Option<Hint> {
    // `..1956` and `1956..` ends are read by edtf-core on their own side, and refused by it
    // on the other, in its words.
    if part.is_empty() || part.starts_with("..") || part.ends_with("..") {
        return None;
    }
    let said = |message: &str| format!("the {} '{part}': {message}", side.name());
    if is_word(UNKNOWN, part) {
        return Some(Hint::new(base, said("an unknown end is left empty"), [whole("")], valid));
    }
    if side == Side::End && is_word(ONGOING, part) {
        return Some(Hint::new(base, said("a period that still holds ends in '..'"), [whole("..")], valid));
    }
    if is_word(OPEN, part) || is_word(ONGOING, part) {
        return Some(Hint::new(base, said("an open end is written '..'"), [whole("..")], valid));
    }
    match Edtf::parse(part) {
        Ok(Edtf::Date(_) | Edtf::Interval(_)) => None,
        Ok(Edtf::Set(s)) if s.kind == SetKind::OneMember => None,
        Ok(Edtf::Set(_)) => {
            // A one-of set is one date and is read as an end; an all-of set is several.
            let message =
                said("each end of an interval is one date, such as '1970' or '[1970,1973]', not an all-of set");
            Some(Hint::new(base, message, [], valid))
        }
        Ok(Edtf::DateTime(_)) => {
            let day = part.split_once('T').map_or(part, |(day, _)| day);
            Some(Hint::new(base, said("each end of an interval is a date without a time of day"), [whole(day)], valid))
        }
        Err(e) => Some(match recognise(part, &e, is_date) {
            Some(h) => {
                let spellings = h.instead.iter().map(|s| whole(s));
                Hint::new(base + h.offset, said(&h.message), spellings, valid)
            }
            None => Hint::new(base + e.offset, said(e.message), [], valid),
        }),
    }
}

/// Whether `text` is one EDTF date, as an end of an interval must be.
fn is_date(text: &str) -> bool {
    matches!(Edtf::parse(text), Ok(Edtf::Date(_)))
}

/// `2022-6-14`: a month or day of one digit. `edtf-core` says this well; add the spelling.
fn unpadded(text: &str, e: &ParseError, valid: Valid) -> Option<Hint> {
    let body = text.trim_end_matches(['?', '~', '%']);
    let qualifier = text.get(body.len()..)?;
    let (sign, unsigned) = body.strip_prefix('-').map_or(("", body), |rest| ("-", rest));
    let mut parts = unsigned.split('-');
    let year = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if year.len() != 4 || rest.is_empty() || rest.len() > 2 || !rest.iter().all(|p| p.len() <= 2 && digits(p)) {
        return None;
    }
    let padded: Vec<String> = rest.iter().map(|p| format!("{p:0>2}")).collect();
    let spelling = format!("{sign}{year}-{}{qualifier}", padded.join("-"));
    Hint::new(e.offset, e.message, [spelling], valid).if_any()
}

/// `-199X`: `edtf-core` refuses unspecified digits in negative years; a one-of set of the same
/// years has the same bounds.
fn negative_unspecified(text: &str, e: &ParseError, valid: Valid) -> Option<Hint> {
    let year = text.strip_prefix('-')?;
    if year.len() != 4 || !year.contains('X') || !year.bytes().all(|b| b.is_ascii_digit() || b == b'X') {
        return None;
    }
    let earliest = year.replace('X', "9");
    let latest = year.replace('X', "0");
    // Year zero has no sign: `-0000` is not EDTF.
    let latest = if latest == "0000" { latest } else { format!("-{latest}") };
    Some(Hint::new(e.offset, e.message, [format!("[-{earliest}..{latest}]")], valid))
}

#[cfg(test)]
mod tests {
    use crate::time::{DateError, Period, When};

    /// Every text of up to four characters from an alphabet of date parts: no panic, and every
    /// suggested spelling is accepted by the parser that suggested it.
    #[test]
    fn suggestions_on_short_texts_are_accepted() {
        let alphabet: Vec<char> = "019X-/.~? T:s[,]u".chars().collect();
        let mut texts = vec![String::new()];
        let mut all = Vec::new();
        for _ in 0..4 {
            texts = texts.iter().flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}"))).collect();
            all.extend(texts.iter().cloned());
        }
        for text in &all {
            if let Err(DateError::Edtf { instead, .. }) = When::parse(text) {
                assert!(instead.iter().all(|s| When::parse(s).is_ok()), "{text}: {instead:?}");
            }
            if let Err(DateError::Edtf { instead, .. }) = Period::parse(text) {
                assert!(instead.iter().all(|s| Period::parse(s).is_ok()), "{text}: {instead:?}");
            }
        }
    }

    #[test]
    fn odd_texts_do_not_panic() {
        for text in [
            "c. ∞",
            "１９５６",
            "ü/ü",
            "T",
            "1985-04-12T10:00:00.",
            "s",
            "'s",
            "0000s",
            "ca.",
            "c. ",
            "-XXXX",
            "\u{feff}1956",
        ] {
            assert!(Period::parse(text).is_err(), "{text}");
            assert!(When::parse(text).is_err(), "{text}");
        }
        assert!(matches!(When::parse("-XXXX"), Err(DateError::Edtf { instead, .. }) if instead == ["[-9999..0000]"]));
    }
}
