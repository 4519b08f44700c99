//! Positions and events as CSV tables, one row per record.
//!
//! For spreadsheets, R, pandas and databases. Three tables, each with a header row:
//!
//! - **positions** ([`write_positions`], columns [`POSITION_COLUMNS`]): one row per position.
//! - **events** ([`write_events`], columns [`EVENT_COLUMNS`]): one row per event.
//! - **disputes** ([`write_disputes`], columns [`DISPUTE_COLUMNS`]): the derived disputes as a
//!   dyadic table, one row per dispute and pair of parties (see [`write_disputes`]).
//!
//! **Dates** are written twice: as given, in EDTF, in the columns whose names end in `_edtf`
//! (`period_edtf`, `start_edtf`, `end_edtf`, `when_edtf`: `1956`, `1993/..`; an open end is
//! `..`, an unknown end empty), and as ISO days that any tool can compare (`hull_first`,
//! `hull_last`: the first and last day on which the record may have held or happened;
//! `core_first`, `core_last`: the first and last day on which a position surely held). An
//! ISO day column is empty where the range has no limit on that side; a position with no
//! sure day at all (a period such as `1956`) has both core columns empty.
//!
//! **Types.** The ISO day columns are bare `YYYY-MM-DD`, which spreadsheets and SQL engines
//! read as dates. The EDTF columns are text, and the file says so in the one way a CSV file
//! can without changing the text: every EDTF cell is quoted (`"1972"`, `"2018-10-18"`),
//! while no ISO day is. RFC 4180 lets any field be quoted and every reader removes the
//! quotes, so SQL engines, pandas and R read exactly the EDTF text (`1972`), with no
//! apostrophe or formula to strip; and spreadsheets that honour quoting keep the cells as
//! text: LibreOffice Calc with "Format quoted field as text" in its import dialog (from the
//! command line, the seventh token of the CSV filter options:
//! `soffice --infilter="CSV:44,34,76,1,,1033,true,true" --convert-to ods positions.csv`),
//! which reads `"1917"` as text and `1917-12-31` as a date, where without it `1917` becomes a
//! number (checked with LibreOffice 7.4). Excel and
//! Google Sheets type each cell by its content whatever the quotes, so there, import the file
//! (Excel: Data > From Text/CSV > Transform Data) and set the `_edtf` columns to Text. A SQL
//! engine that guesses types from the values may read an EDTF column holding only full days
//! as dates; name the type where that matters, as in DuckDB:
//!
//! ```sql
//! SELECT id, when_edtf, hull_first FROM read_csv('events.csv', types = {'when_edtf': 'VARCHAR'});
//! ```
//!
//! No column is named by an SQL keyword (the EDTF columns were `end` and `when` before), so
//! no query needs to quote a column name.
//!
//! **Layout.** RFC 4180: records end in CRLF, fields are separated by commas, and a field is
//! quoted when it holds a comma, a quote, a line break or a leading or trailing space (and
//! always for EDTF, above), a quote inside doubled. The text is UTF-8 without a byte-order
//! mark; Excel on Windows reads UTF-8 only with one, so write [`BYTE_ORDER_MARK`] first for
//! it (the export example's `--bom`). Lists (islands, sources, participants) are joined with
//! `;` in one cell; ids are slugs, so they never hold a `;`.

use std::borrow::Cow;
use std::io::{self, Write as _};

use crate::dataset::Dataset;
use crate::export::iso_day;
use crate::ids::{IslandId, PartyId, SourceId};
use crate::time::{DayRange, Period, PeriodEnd};

/// The header of the positions table, in order.
///
/// ```
/// use island_claims::export::csv::POSITION_COLUMNS;
/// assert_eq!(&POSITION_COLUMNS[..3], ["id", "holder", "stance"]);
/// ```
pub const POSITION_COLUMNS: &[&str] = &[
    "id",
    "holder",
    "stance",
    "counterpart",
    "islands",
    "covered_islands",
    "period_edtf",
    "start_edtf",
    "end_edtf",
    "hull_first",
    "hull_last",
    "core_first",
    "core_last",
    "conditions",
    "established_by",
    "ended_by",
    "sources",
    "accounts_of",
    "rank",
    "rank_reason",
    "note",
];

/// The header of the events table, in order.
///
/// ```
/// use island_claims::export::csv::EVENT_COLUMNS;
/// assert_eq!(&EVENT_COLUMNS[..4], ["id", "kind", "plover", "when_edtf"]);
/// ```
pub const EVENT_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "plover",
    "when_edtf",
    "hull_first",
    "hull_last",
    "title",
    "participants",
    "islands",
    "sources",
    "accounts_of",
    "place",
    "summary",
    "note",
];

/// The header of the disputes table, in order; [`write_disputes`] says what each column holds.
///
/// ```
/// use island_claims::export::csv::DISPUTE_COLUMNS;
/// assert_eq!(&DISPUTE_COLUMNS[..3], ["dispute", "party_a", "party_b"]);
/// ```
pub const DISPUTE_COLUMNS: &[&str] = &[
    "dispute",
    "party_a",
    "party_b",
    "wikidata_a",
    "wikidata_b",
    "side_a",
    "side_b",
    "territory",
    "islands",
    "contention",
    "possible_start",
    "possible_end",
    "definite_start",
    "definite_end",
    "start_edtf",
    "end_edtf",
    "ongoing",
    "outcome",
    "ended_by",
    "settled_by",
    "dispute_period_edtf",
    "positions",
    "sources",
];

/// The bytes of the UTF-8 byte-order mark, `EF BB BF`: write them before a table for Excel on
/// Windows, which reads a CSV file without them in the system's legacy code page and garbles
/// every Japanese, Russian or Spanish name.
///
/// ```
/// use island_claims::export::csv;
///
/// let data = island_claims::datasets::kuril();
/// let mut out = csv::BYTE_ORDER_MARK.to_vec();
/// csv::write_positions(data, &mut out)?;
/// assert!(out.starts_with(b"\xEF\xBB\xBFid,holder,"));
/// # Ok::<(), std::io::Error>(())
/// ```
pub const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// One cell of a row.
enum Cell<'a> {
    /// Text, quoted only where RFC 4180 needs it.
    Text(Cow<'a, str>),
    /// EDTF, always quoted, so that spreadsheets that honour quotes keep it as text.
    Edtf(&'a str),
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(text: &'a str) -> Self {
        Cell::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Cell<'_> {
    fn from(text: String) -> Self {
        Cell::Text(Cow::Owned(text))
    }
}

/// An RFC 4180 table: a header, then rows, each ending in CRLF.
struct Table<W: io::Write> {
    out: io::BufWriter<W>,
    columns: usize,
}

impl<W: io::Write> Table<W> {
    fn new(out: W, columns: &[&str]) -> io::Result<Self> {
        let mut table = Self { out: io::BufWriter::new(out), columns: columns.len() };
        let header: Vec<Cell<'_>> = columns.iter().map(|&c| Cell::from(c)).collect();
        table.row(&header)?;
        Ok(table)
    }

    fn row(&mut self, cells: &[Cell<'_>]) -> io::Result<()> {
        debug_assert_eq!(cells.len(), self.columns, "a row has one cell per column");
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.write_all(b",")?;
            }
            let (text, always) = match cell {
                Cell::Text(t) => (t.as_ref(), false),
                Cell::Edtf(t) => (*t, true),
            };
            if always || needs_quotes(text) {
                self.out.write_all(b"\"")?;
                self.out.write_all(text.replace('"', "\"\"").as_bytes())?;
                self.out.write_all(b"\"")?;
            } else {
                self.out.write_all(text.as_bytes())?;
            }
        }
        self.out.write_all(b"\r\n")
    }

    fn finish(mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Whether RFC 4180 needs `text` quoted: a comma, a quote or a line break in it; and, for the
/// readers that trim unquoted fields, a space at either end.
fn needs_quotes(text: &str) -> bool {
    text.contains([',', '"', '\r', '\n']) || text.starts_with(' ') || text.ends_with(' ')
}

/// Writes the positions table of `data`: a header, then one row per position in dataset order.
///
/// # Errors
///
/// The I/O error of `out`, if writing fails.
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::csv;
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let mut out = Vec::new();
/// csv::write_positions(&data, &mut out)?;
/// let text = String::from_utf8(out)?;
/// assert!(text.starts_with("id,holder,stance,counterpart,islands,"));
/// assert_eq!(text.lines().count(), 1 + data.all_positions().len());
/// // An open end: the EDTF says `..`, the last day is empty.
/// assert!(text.contains("russia-administers,russia,administers,,south-kurils,"));
/// // EDTF quoted as text, ISO days bare; records end in CRLF.
/// assert!(text.contains(r#","1991-12-26/..","1991-12-26","..",1991-12-26,,1991-12-26,,"#));
/// assert!(text.starts_with("id,holder,stance,") && text.contains("\r\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_positions<W: io::Write>(data: &Dataset, out: W) -> io::Result<()> {
    let mut t = Table::new(out, POSITION_COLUMNS)?;
    for p in data.all_positions() {
        let hull = p.period.hull();
        let core = p.period.core();
        let (start, end) = ends(&p.period);
        t.row(&[
            p.id.as_str().into(),
            p.holder.as_str().into(),
            p.stance.as_ref().into(),
            p.counterpart.as_ref().map_or("", |c| c.as_str()).into(),
            join_islands(&p.islands).into(),
            join_islands(data.covered_islands(&p.id).unwrap_or_default()).into(),
            Cell::Edtf(p.period.as_str()),
            Cell::Edtf(start),
            Cell::Edtf(end),
            iso_day(hull.first()).into(),
            iso_day(hull.last()).into(),
            core.map(|c| iso_day(c.first())).unwrap_or_default().into(),
            core.map(|c| iso_day(c.last())).unwrap_or_default().into(),
            p.conditions.as_deref().unwrap_or_default().into(),
            p.established_by.as_ref().map_or("", |e| e.as_str()).into(),
            p.ended_by.as_ref().map_or("", |e| e.as_str()).into(),
            join_sources(p.attributions.iter().map(|a| &a.source)).into(),
            accounts_of(&p.attributions).into(),
            p.rank.as_ref().into(),
            p.rank_reason.as_deref().unwrap_or_default().into(),
            p.note.as_deref().unwrap_or_default().into(),
        ])?;
    }
    t.finish()
}

/// Writes the events table of `data`: a header, then one row per event in dataset order.
///
/// # Errors
///
/// The I/O error of `out`, if writing fails.
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
/// use island_claims::export::csv;
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let mut out = Vec::new();
/// csv::write_events(&data, &mut out)?;
/// let text = String::from_utf8(out)?;
/// assert_eq!(text.lines().count(), 1 + data.events().len());
/// assert!(text.contains(r#"jd-1956-signed,joint_declaration,SUPPORT,"1956-10-19",1956-10-19,1956-10-19,"#));
/// assert!(text.contains(",ussr:signatory;japan:signatory,shikotan;habomai,"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_events<W: io::Write>(data: &Dataset, out: W) -> io::Result<()> {
    let mut t = Table::new(out, EVENT_COLUMNS)?;
    for e in data.events() {
        let hull = e.when.hull();
        let participants: Vec<String> =
            e.participants.iter().map(|p| format!("{}:{}", p.party, p.role.as_ref())).collect();
        t.row(&[
            e.id.as_str().into(),
            e.kind.as_ref().into(),
            e.kind.plover().map(|c| c.to_string()).unwrap_or_default().into(),
            Cell::Edtf(e.when.as_str()),
            iso_day(hull.first()).into(),
            iso_day(hull.last()).into(),
            e.title.as_str().into(),
            participants.join(";").into(),
            join_islands(&e.islands).into(),
            join_sources(e.attributions.iter().map(|a| &a.source)).into(),
            accounts_of(&e.attributions).into(),
            e.place.as_deref().unwrap_or_default().into(),
            e.summary.as_deref().unwrap_or_default().into(),
            e.note.as_deref().unwrap_or_default().into(),
        ])?;
    }
    t.finish()
}

/// Writes the disputes table of `data`: a header, then one row per derived dispute
/// ([`Dataset::disputes`], in its order) and pair of parties, one of each side, that
/// contended in it ([`Dispute::dyads`](crate::Dispute::dyads)). The dispute of Japan with the
/// USSR and then Russia is two rows of one dispute: Japan and the USSR until 1991-12-26,
/// Japan and Russia from then on.
///
/// | column | holds |
/// |---|---|
/// | `dispute` | the dispute's number, from 1, in [`Dataset::disputes`] order: rows of one dispute share it |
/// | `party_a`, `party_b` | the row's two parties: one of the dispute's first side, one of its second (sides in the order of their first party's id, so neither is "the challenger") |
/// | `wikidata_a`, `wikidata_b` | their Wikidata ids, where the dataset has them: the key to join other datasets' country codes |
/// | `side_a`, `side_b` | every party of each side that took part, `;`-joined, in order of their first day (`ussr;russia`) |
/// | `territory` | the topmost group or region of the islands ([`Dispute::territory`](crate::Dispute::territory)) |
/// | `islands` | the islands contended for at some time of the dispute, expanded through groups and parts |
/// | `contention` | its kinds: `both_claim`, `claim_against_administration`, `disputed_recognition` |
/// | `possible_start`, `possible_end` | ISO days: the first and last day on which the two possibly contended; empty where unbounded |
/// | `definite_start`, `definite_end` | ISO days: the first and last day on which they surely did; both empty when no day is sure, the end empty while it surely goes on |
/// | `start_edtf`, `end_edtf` | each end in EDTF: a day, a year or month, or the days it lies between (`[1945-09-05..1949-06-01]`); `..` for an end that is open (still going on surely), empty for one nothing bounds |
/// | `ongoing` | `definite` when the two surely still contend, `possible` when they may, empty when it ended |
/// | `outcome` | how the dispute stands ([`Outcome`](crate::Outcome)): `ongoing`, `possibly_ongoing`, `settled`, `adjudicated`, `renounced`, `absorbed` or `ended` |
/// | `ended_by` | the events that ended the dispute, `;`-joined ([`Dispute::ended_by`](crate::Dispute::ended_by)) |
/// | `settled_by` | the event that settled it, if one did |
/// | `dispute_period_edtf` | the whole dispute's span in EDTF, over all its rows |
/// | `positions`, `sources` | the positions the dispute rests on and their sources, `;`-joined |
///
/// **Beside hand-coded claims datasets.** Datasets such as the Issue Correlates of War
/// territorial claims data code, by hand, one row per claim: two states, the territory, the
/// dates the claim began and ended, and how it ended. This table has those columns, derived
/// from sourced positions instead: `dispute` for the claim, `party_a`/`party_b` for the two
/// states (with `wikidata_a`/`wikidata_b` to join country codes; such datasets usually name a
/// challenger and a target, which a position does not say), `territory` and `islands` for the
/// territory, the start and end columns for the dates (`definite_*` where a coder would want
/// a sure date, `possible_*` for the widest reading, EDTF for both at once), and `outcome` with
/// `settled_by`/`ended_by` for how it ended. Two differences matter when comparing. A state
/// and its successor are one dispute here, two rows with their own dates, where such a
/// dataset may keep one claim or code two. And days, not years: a claim coded from 1955
/// may show here as beginning on the day of the first position that contends.
///
/// # Errors
///
/// The I/O error of `out`, if writing fails.
///
/// # Examples
///
/// ```
/// use island_claims::export::csv;
///
/// let data = island_claims::datasets::kuril();
/// let mut out = Vec::new();
/// csv::write_disputes(&data, &mut out)?;
/// let text = String::from_utf8(out)?;
/// assert!(text.starts_with("dispute,party_a,party_b,"));
/// let rows = data.disputes().iter().map(|d| d.dyads().count()).sum::<usize>();
/// assert_eq!(text.lines().count(), 1 + rows);
/// // Japan and the USSR, then Japan and Russia: two rows of one dispute.
/// assert!(text.lines().any(|l| l.contains(",japan,ussr,") && l.contains(",1991-12-26,")));
/// assert!(text.lines().any(|l| l.contains(",japan,russia,") && l.contains(",ongoing,")));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_disputes<W: io::Write>(data: &Dataset, out: W) -> io::Result<()> {
    let mut t = Table::new(out, DISPUTE_COLUMNS)?;
    let wikidata = |p: &PartyId| data.party(p).and_then(|p| p.wikidata).map(|w| w.to_string()).unwrap_or_default();
    for (n, d) in data.disputes().iter().enumerate() {
        let side = |s: usize| join(d.side(s).map(PartyId::as_str));
        let islands = join(d.islands().map(IslandId::as_str));
        let contention = join(d.contention().iter().map(AsRef::as_ref));
        let ended_by = join(d.ended_by().map(|e| e.id.as_str()));
        let positions = join(d.positions().map(|p| p.id.as_str()));
        let sources = join_sources(d.sources().into_iter());
        let dispute_period = d.period();
        for dyad in d.dyads() {
            let [a, b] = dyad.parties();
            let possible = dyad.possible();
            let definite: Vec<DayRange> = dyad.definite().collect();
            let period = dyad.period();
            let (start_edtf, end_edtf) = period.split_once('/').unwrap_or_default();
            t.row(&[
                (n + 1).to_string().into(),
                a.as_str().into(),
                b.as_str().into(),
                wikidata(a).into(),
                wikidata(b).into(),
                side(0).into(),
                side(1).into(),
                d.territory().as_str().into(),
                islands.as_str().into(),
                contention.as_str().into(),
                iso_day(possible.first()).into(),
                iso_day(possible.last()).into(),
                definite.first().map(|r| iso_day(r.first())).unwrap_or_default().into(),
                definite.last().map(|r| iso_day(r.last())).unwrap_or_default().into(),
                Cell::Edtf(start_edtf),
                Cell::Edtf(end_edtf),
                dyad.ongoing().map(|c| c.to_string()).unwrap_or_default().into(),
                d.outcome().as_ref().into(),
                ended_by.as_str().into(),
                d.settled_by().map_or("", |e| e.id.as_str()).into(),
                Cell::Edtf(&dispute_period),
                positions.as_str().into(),
                sources.as_str().into(),
            ])?;
        }
    }
    t.finish()
}

/// Whose account each attribution is, in the order of the `sources` cell: the party's id, or
/// nothing where the source speaks for itself (`;putin` for two sources, the second giving
/// Putin's account); empty when no attribution is one party's account.
fn accounts_of(attributions: &[crate::records::Attribution]) -> String {
    if attributions.iter().all(|a| a.account_of.is_none()) {
        return String::new();
    }
    join(attributions.iter().map(|a| a.account_of.as_ref().map_or("", PartyId::as_str)))
}

/// The EDTF text of a period's two ends: `..` for open, empty for unknown.
fn ends(period: &Period) -> (&str, &str) {
    fn text(end: &PeriodEnd) -> &str {
        match end {
            PeriodEnd::At(w) => w.as_str(),
            PeriodEnd::Open => "..",
            PeriodEnd::Unknown => "",
        }
    }
    (text(period.start()), text(period.end()))
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(";")
}

fn join_islands(ids: &[IslandId]) -> String {
    join(ids.iter().map(IslandId::as_str))
}

fn join_sources<'a>(ids: impl Iterator<Item = &'a SourceId>) -> String {
    join(ids.map(SourceId::as_str))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Dataset {
        Dataset::from_json(include_str!("../../tests/data/tiny.json")).unwrap()
    }

    fn read(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
        let mut r = ::csv::Reader::from_reader(bytes);
        let header = r.headers().unwrap().iter().map(str::to_owned).collect();
        let rows = r.records().map(|r| r.unwrap().iter().map(str::to_owned).collect()).collect();
        (header, rows)
    }

    #[test]
    fn headers_are_the_documented_columns() {
        let data = tiny();
        let mut out = Vec::new();
        write_positions(&data, &mut out).unwrap();
        assert_eq!(read(&out).0, POSITION_COLUMNS);
        let mut out = Vec::new();
        write_events(&data, &mut out).unwrap();
        assert_eq!(read(&out).0, EVENT_COLUMNS);
        let mut out = Vec::new();
        write_disputes(crate::datasets::kuril(), &mut out).unwrap();
        assert_eq!(read(&out).0, DISPUTE_COLUMNS);
    }

    #[test]
    fn each_dyad_of_the_kuril_line_is_a_row_with_its_own_days() {
        let data = crate::datasets::kuril();
        let mut out = Vec::new();
        write_disputes(data, &mut out).unwrap();
        let (h, rows) = read(&out);
        let col = |name: &str| h.iter().position(|c| c == name).unwrap();
        let row = |a: &str, b: &str, t: &str| {
            rows.iter().find(|r| r[col("party_a")] == a && r[col("party_b")] == b && r[col("territory")] == t).unwrap()
        };
        let ussr = row("japan", "ussr", "south-kurils");
        let russia = row("japan", "russia", "south-kurils");
        assert_eq!(ussr[col("dispute")], russia[col("dispute")]);
        assert_eq!(ussr[col("side_b")], "ussr;russia");
        // Since the second review of the data, the Soviet occupation of Iturup (1945-08-28)
        // against Japan's continuous claim: surely from that day.
        assert_eq!((&*ussr[col("possible_start")], &*ussr[col("possible_end")]), ("1945-08-28", "1991-12-26"));
        assert_eq!((&*ussr[col("definite_start")], &*ussr[col("definite_end")]), ("1945-08-28", "1991-12-26"));
        assert_eq!((&*ussr[col("start_edtf")], &*ussr[col("end_edtf")]), ("1945-08-28", "1991-12-26"));
        assert_eq!(ussr[col("ongoing")], "");
        assert_eq!((&*russia[col("possible_start")], &*russia[col("possible_end")]), ("1991-12-26", ""));
        assert_eq!((&*russia[col("end_edtf")], &*russia[col("ongoing")]), ("..", "definite"));
        assert_eq!(russia[col("outcome")], "ongoing");
        let wikidata = data.party(&"russia".parse().unwrap()).unwrap().wikidata.map(|w| w.to_string());
        assert_eq!(russia[col("wikidata_b")], wikidata.unwrap_or_default());
        let north = row("japan", "ussr", "kuril-islands");
        // Version 3: Japan alone ended its claim, by a treaty the USSR did not sign.
        assert_eq!((&*north[col("outcome")], &*north[col("ended_by")]), ("renounced", "sf-treaty-1951"));
    }

    #[test]
    fn a_period_without_a_sure_day_has_empty_core_columns() {
        let data = tiny();
        let mut out = Vec::new();
        write_positions(&data, &mut out).unwrap();
        let (h, rows) = read(&out);
        let col = |name: &str| h.iter().position(|c| c == name).unwrap();
        let row = rows.iter().find(|r| r[0] == "japan-two-per-putin").unwrap();
        assert_eq!(row[col("period_edtf")], "1956");
        assert_eq!((&*row[col("hull_first")], &*row[col("hull_last")]), ("1956-01-01", "1956-12-31"));
        assert_eq!((&*row[col("core_first")], &*row[col("core_last")]), ("", ""));
        assert_eq!(row[col("accounts_of")], "putin;putin");
        let mofa = rows.iter().find(|r| r[0] == "ussr-administers").unwrap();
        assert_eq!(mofa[col("accounts_of")], "", "no attribution is one party's account");
        assert_eq!(row[col("sources")], "interfax-2021-06-04;seed-article");
    }

    #[test]
    fn text_with_commas_quotes_and_newlines_is_quoted() {
        let mut b = tiny().to_builder();
        b.events_mut()[0].title = "a, \"b\"\nc".into();
        let data = b.build().unwrap();
        let mut out = Vec::new();
        write_events(&data, &mut out).unwrap();
        let (h, rows) = read(&out);
        let title = h.iter().position(|c| c == "title").unwrap();
        assert_eq!(rows[0][title], "a, \"b\"\nc");
        assert_eq!(rows.len(), data.events().len());
    }
}
