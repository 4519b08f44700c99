//! What the examples share: argument parsing, loading a dataset, errors and exit codes,
//! naming records for a reader (`--lang`, `--ids`), and printing tables or JSON or writing
//! output. Each example includes it with `mod common;`.

// Each example uses only part of this module.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::Write;
use std::process::ExitCode;

use chrono::NaiveDate;
use island_claims::{Dataset, IslandId, Lang, PartyId, SourceId, Stance};
use serde::Serialize;

/// Why an example stops early.
pub enum Failure {
    /// The command line is wrong: exit code 2, with the usage.
    Usage(String),
    /// The data or the query is: exit code 1.
    Data(String),
    /// Standard output was closed (`| head`): stop quietly, exit code 0.
    Closed,
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(m) | Self::Data(m) => f.write_str(m),
            Self::Closed => f.write_str("standard output closed"),
        }
    }
}

impl From<island_claims::QueryError> for Failure {
    fn from(e: island_claims::QueryError) -> Self {
        Self::Data(e.to_string())
    }
}

/// An option an example accepts besides `--help`, `--file` and `--json`.
pub struct Opt {
    /// Its name, with the dashes: `--as-known-at`.
    pub name: &'static str,
    /// Whether a value follows it.
    pub takes_value: bool,
}

/// A parsed command line.
pub struct Args {
    /// The program's name, for messages.
    pub program: &'static str,
    usage: String,
    /// The arguments that are not options, in order.
    pub positional: Vec<String>,
    /// `--file PATH`.
    pub file: Option<String>,
    /// `--dataset NAME`: an embedded dataset (`kuril` without either).
    pub dataset_name: Option<String>,
    /// `--json`.
    pub json: bool,
    values: HashMap<&'static str, String>,
    switches: HashSet<&'static str>,
}

impl Args {
    /// Parses the process arguments. `Ok(None)` means `--help` was given and the usage
    /// printed.
    pub fn parse(program: &'static str, usage: impl Into<String>, extra: &[Opt]) -> Result<Option<Self>, Failure> {
        let usage = usage.into();
        let mut args = Self {
            program,
            usage,
            positional: Vec::new(),
            file: None,
            dataset_name: None,
            json: false,
            values: HashMap::new(),
            switches: HashSet::new(),
        };
        let mut it = std::env::args().skip(1);
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "-h" | "--help" => {
                    say(&args.usage)?;
                    return Ok(None);
                }
                "--json" => args.json = true,
                "--file" => args.file = Some(args.value_of("--file", it.next())?),
                "--dataset" => args.dataset_name = Some(args.value_of("--dataset", it.next())?),
                "--" => args.positional.extend(it.by_ref()),
                _ => {
                    if let Some(opt) = extra.iter().find(|o| o.name == arg) {
                        if opt.takes_value {
                            let value = args.value_of(opt.name, it.next())?;
                            args.values.insert(opt.name, value);
                        } else {
                            args.switches.insert(opt.name);
                        }
                    } else if arg
                        .strip_prefix('-')
                        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with(|c: char| c.is_ascii_digit()))
                    {
                        // A negative number is a year, not an option.
                        return Err(args.usage_error(&format!("unknown option '{arg}'")));
                    } else {
                        args.positional.push(arg);
                    }
                }
            }
        }
        Ok(Some(args))
    }

    fn value_of(&self, name: &str, value: Option<String>) -> Result<String, Failure> {
        value.ok_or_else(|| self.usage_error(&format!("option '{name}' needs a value")))
    }

    /// A usage error with this message and the usage.
    pub fn usage_error(&self, message: &str) -> Failure {
        Failure::Usage(format!("{}: {message}\n\n{}", self.program, self.usage))
    }

    /// The one positional argument, named `what` in messages.
    pub fn one_positional(&self, what: &str) -> Result<&str, Failure> {
        match self.positional.as_slice() {
            [one] => Ok(one),
            [] => Err(self.usage_error(&format!("missing {what}"))),
            [_, extra, ..] => Err(self.usage_error(&format!("unexpected argument '{extra}'"))),
        }
    }

    /// No `--json`, for an example that has no JSON to print: it is refused as any unknown
    /// option is.
    pub fn no_json(&self) -> Result<(), Failure> {
        if self.json { Err(self.usage_error("unknown option '--json'")) } else { Ok(()) }
    }

    /// No positional argument.
    pub fn no_positional(&self) -> Result<(), Failure> {
        match self.positional.first() {
            None => Ok(()),
            Some(extra) => Err(self.usage_error(&format!("unexpected argument '{extra}'"))),
        }
    }

    /// The value of an option that takes one.
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.get(name).map(String::as_str)
    }

    /// Whether a switch was given.
    pub fn switch(&self, name: &str) -> bool {
        self.switches.contains(name)
    }

    /// The dataset: `--file`, `--dataset NAME` (one of the embedded ones), or the embedded
    /// Kuril dataset.
    pub fn dataset(&self) -> Result<Dataset, Failure> {
        match (&self.file, &self.dataset_name) {
            (Some(_), Some(_)) => Err(self.usage_error("give --file or --dataset, not both")),
            (None, name) => island_claims::datasets::by_name(name.as_deref().unwrap_or("kuril"))
                .cloned()
                .map_err(|e| self.usage_error(&e.to_string())),
            (Some(path), None) => {
                let text =
                    std::fs::read_to_string(path).map_err(|e| Failure::Data(format!("cannot read {path}: {e}")))?;
                Dataset::from_json(&text).map_err(|e| Failure::Data(format!("{path}: {e}")))
            }
        }
    }

    /// Parses `text` as an id of type `T`, naming `what` it is on failure.
    pub fn id<T: std::str::FromStr<Err = island_claims::IdError>>(&self, text: &str) -> Result<T, Failure> {
        text.parse().map_err(|e: island_claims::IdError| self.usage_error(&e.to_string()))
    }

    /// Parses a year.
    pub fn year(&self, text: &str) -> Result<i32, Failure> {
        text.parse().map_err(|_| self.usage_error(&format!("'{text}' is not a year; expected a number such as 1956")))
    }

    /// How records are named for this command line: by `--ids`, or in `--lang` (English by
    /// default). Only for an example that lists [`NAMING`] among its options.
    pub fn namer<'a>(&self, data: &'a Dataset) -> Result<Namer<'a>, Failure> {
        let lang = match self.value("--lang") {
            Some(tag) => Some(Lang::new(tag).map_err(|e| self.usage_error(&e.to_string()))?),
            None => None,
        };
        if self.switch("--ids") && lang.is_some() {
            return Err(self.usage_error("give --ids or --lang, not both"));
        }
        Ok(Namer { data, lang, ids: self.switch("--ids"), cited: RefCell::default() })
    }

    /// Parses a day written `YYYY-MM-DD`.
    pub fn date(&self, text: &str) -> Result<NaiveDate, Failure> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| self.usage_error(&format!("'{text}' is not a date; expected YYYY-MM-DD such as 2021-06-04")))
    }
}

/// Runs an example's body and turns its outcome into an exit code: 0 on success, 1 when
/// the data or query fails, 2 for a wrong command line.
pub fn run(body: impl FnOnce() -> Result<(), Failure>) -> ExitCode {
    match body() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(m)) => {
            eprintln!("{m}");
            ExitCode::from(2)
        }
        Err(Failure::Data(m)) => {
            eprintln!("error: {m}");
            ExitCode::from(1)
        }
        Err(Failure::Closed) => ExitCode::SUCCESS,
    }
}

/// Prints a line on standard output.
///
/// # Errors
///
/// [`Failure::Closed`] when the reader went away, [`Failure::Data`] for another failure.
pub fn say(text: impl fmt::Display) -> Result<(), Failure> {
    writeln!(std::io::stdout().lock(), "{text}").map_err(stdout_failure)
}

/// Writes `bytes` to the file at `path`, or to standard output when `path` is `-`.
///
/// # Errors
///
/// As [`say`] for standard output; [`Failure::Data`] naming the file for a file.
pub fn write_output(path: &str, bytes: &[u8]) -> Result<(), Failure> {
    if path == "-" {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(bytes).and_then(|()| stdout.flush()).map_err(stdout_failure)
    } else {
        std::fs::write(path, bytes).map_err(|e| Failure::Data(format!("cannot write {path}: {e}")))
    }
}

fn stdout_failure(e: std::io::Error) -> Failure {
    match e.kind() {
        std::io::ErrorKind::BrokenPipe => Failure::Closed,
        _ => Failure::Data(format!("cannot write to standard output: {e}")),
    }
}

/// Today (UTC), from the system clock; 1970-01-01 if the clock is set before it.
pub fn today() -> NaiveDate {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    // `NaiveDate::default()` is 1970-01-01.
    i32::try_from(days).ok().and_then(NaiveDate::from_epoch_days).unwrap_or_default()
}

/// Prints `value` as pretty JSON on standard output.
pub fn print_json(value: &impl Serialize) -> Result<(), Failure> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Failure::Data(format!("cannot write JSON: {e}")))?;
    say(text)
}

/// Prints rows under a header, each column as wide as its widest cell.
pub fn print_table(header: &[&str], rows: &[Vec<String>]) -> Result<(), Failure> {
    let mut widths: Vec<usize> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(width(cell));
        }
    }
    let line = |cells: &mut dyn Iterator<Item = &str>| {
        let padded: Vec<String> =
            cells.zip(&widths).map(|(c, &w)| format!("{c}{}", " ".repeat(w.saturating_sub(width(c))))).collect();
        format!("  {}", padded.join("  ").trim_end())
    };
    let rule: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    say(line(&mut header.iter().copied()))?;
    say(line(&mut rule.iter().map(String::as_str)))?;
    for row in rows {
        say(line(&mut row.iter().map(String::as_str)))?;
    }
    Ok(())
}

/// How many columns of a terminal `text` takes: two for each wide East Asian character (the
/// Japanese, Korean and Chinese names of `--lang`), one for any other.
pub fn width(text: &str) -> usize {
    let wide = |c: char| {
        matches!(u32::from(c),
            0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
    };
    text.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

/// Ids joined by commas.
pub fn join<T: AsRef<str>>(ids: impl IntoIterator<Item = T>) -> String {
    ids.into_iter().map(|i| i.as_ref().to_owned()).collect::<Vec<_>>().join(", ")
}

/// A party's English name and id, or its id alone.
pub fn party_label(data: &Dataset, id: &island_claims::PartyId) -> String {
    match data.party(id).and_then(|p| p.names.english()) {
        Some(name) => format!("{name} ({id})"),
        None => id.to_string(),
    }
}

/// A stance, with its counterpart where it has one: `promised_transfer -> japan`.
pub fn stance_label(stance: island_claims::Stance, counterpart: Option<&island_claims::PartyId>) -> String {
    match counterpart {
        Some(c) => format!("{stance} -> {c}"),
        None => stance.to_string(),
    }
}

/// The options of [`Args::namer`], for an example that prints records by name.
pub const NAMING: [Opt; 2] = [Opt { name: "--lang", takes_value: true }, Opt { name: "--ids", takes_value: false }];

/// The lines of the usage that describe [`NAMING`].
pub const NAMING_USAGE: &str =
    "  --lang TAG          names in this language (a BCP 47 tag such as ja or ru), in English
                      where a record has no name in it, and its id where it has neither
  --ids               ids instead of names, and source ids instead of titles";

/// Names islands, parties and sources for a reader: in the language asked for, else in
/// English, else by id; or by id throughout with `--ids`. Sources are cited by number
/// (`[3]`) and listed with their titles and dates by [`Namer::print_sources`].
pub struct Namer<'a> {
    data: &'a Dataset,
    lang: Option<Lang>,
    ids: bool,
    /// The sources cited so far, in the order of their numbers.
    cited: RefCell<Vec<SourceId>>,
}

impl<'a> Namer<'a> {
    /// Whether ids are printed instead of names.
    pub fn ids(&self) -> bool {
        self.ids
    }

    fn pick(&self, names: &'a island_claims::Names) -> Option<&'a str> {
        self.lang.as_ref().and_then(|tag| names.get(tag.as_str())).or_else(|| names.english())
    }

    /// An island's name.
    pub fn island(&self, id: &IslandId) -> String {
        let name = if self.ids { None } else { self.data.island(id).and_then(|i| self.pick(&i.names)) };
        name.map_or_else(|| id.to_string(), str::to_owned)
    }

    /// Islands' names, joined by commas.
    pub fn islands<'i>(&self, ids: impl IntoIterator<Item = &'i IslandId>) -> String {
        ids.into_iter().map(|i| self.island(i)).collect::<Vec<_>>().join(", ")
    }

    /// A party's name.
    pub fn party(&self, id: &PartyId) -> String {
        let name = if self.ids { None } else { self.data.party(id).and_then(|p| self.pick(&p.names)) };
        name.map_or_else(|| id.to_string(), str::to_owned)
    }

    /// A party as the heading of its part of a report: its name, or with `--ids` its English
    /// name and id as the examples always printed it (`Japan (japan)`).
    pub fn party_heading(&self, id: &PartyId) -> String {
        if self.ids { party_label(self.data, id) } else { self.party(id) }
    }

    /// A stance, with its counterpart where it has one: `demands transfer -> Soviet Union`,
    /// or with `--ids` as spelled in the data: `demands_transfer -> ussr`.
    pub fn stance(&self, stance: Stance, counterpart: Option<&PartyId>) -> String {
        if self.ids {
            return stance_label(stance, counterpart);
        }
        let words = stance.to_string().replace('_', " ");
        match counterpart {
            Some(c) => format!("{words} -> {}", self.party(c)),
            None => words,
        }
    }

    /// Sources cited by number (`[1, 4]`), each numbered on its first citation; with `--ids`
    /// their ids.
    pub fn cite<'s>(&self, sources: impl IntoIterator<Item = &'s SourceId>) -> String {
        let sources: Vec<&SourceId> = sources.into_iter().collect();
        if self.ids {
            return join(sources);
        }
        let mut cited = self.cited.borrow_mut();
        let mut numbers: Vec<usize> = sources
            .into_iter()
            .map(|s| match cited.iter().position(|c| c == s) {
                Some(at) => at + 1,
                None => {
                    cited.push(s.clone());
                    cited.len()
                }
            })
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        if numbers.is_empty() {
            return "-".to_owned();
        }
        format!("[{}]", numbers.iter().map(usize::to_string).collect::<Vec<_>>().join(", "))
    }

    /// One source for a reader: `title, publisher (date)`, or its id with `--ids`.
    pub fn source(&self, id: &SourceId) -> String {
        match self.data.source(id) {
            Some(s) if !self.ids => {
                let by = s.publisher.as_deref().or(s.author.as_deref()).map(|p| format!(", {p}")).unwrap_or_default();
                let when = match (&s.published, &s.written, &s.accessed) {
                    (Some(p), _, Some(a)) if p.as_str().contains('X') => {
                        format!("{}, seen {}", readable_date(p.as_str()), readable_date(a.as_str()))
                    }
                    (Some(p), _, _) => readable_date(p.as_str()),
                    (None, Some(w), _) => format!("written {}", readable_date(w.as_str())),
                    (None, None, Some(a)) => format!("undated, seen {}", readable_date(a.as_str())),
                    (None, None, None) => "undated".to_owned(),
                };
                format!("{}{by} ({when})", s.title)
            }
            _ => id.to_string(),
        }
    }

    /// An event for a reader: `title (date)`, or its id with `--ids`.
    pub fn event(&self, event: &island_claims::Event) -> String {
        if self.ids { event.id.to_string() } else { format!("{} ({})", event.title, event.when) }
    }

    /// The sources cited so far, one a line under their numbers, after a blank line and the
    /// heading `sources:`, and forgets them; nothing with `--ids` (the ids were printed where
    /// they were cited).
    pub fn print_sources(&self) -> Result<(), Failure> {
        self.print_sources_indented("\nsources:", "  ")
    }

    /// As [`Namer::print_sources`], under `heading` and with each line after `indent`.
    pub fn print_sources_indented(&self, heading: &str, indent: &str) -> Result<(), Failure> {
        let cited = std::mem::take(&mut *self.cited.borrow_mut());
        if cited.is_empty() {
            return Ok(());
        }
        say(heading)?;
        let width = cited.len().to_string().len() + 2;
        for (n, id) in cited.iter().enumerate() {
            say(format!("{indent}{:>width$} {}", format!("[{}]", n + 1), self.source(id)))?;
        }
        Ok(())
    }
}

/// An EDTF date as a reader reads it: a year with unspecified digits as the range it stands
/// for (`20XX` is `2000-2099`, `198X` the `1980s`); any other date as written.
pub fn readable_date(edtf: &str) -> String {
    let digits = edtf.trim_end_matches('X');
    let unknown = edtf.len() - digits.len();
    if edtf.len() != 4 || unknown == 0 || !digits.chars().all(|c| c.is_ascii_digit()) {
        return edtf.to_owned();
    }
    if unknown == 1 {
        return format!("{digits}0s");
    }
    format!("{digits}{}-{digits}{}", "0".repeat(unknown), "9".repeat(unknown))
}
