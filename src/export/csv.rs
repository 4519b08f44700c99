//! Positions and events as CSV tables, one row per record.
//!
//! For spreadsheets, R, pandas and databases. Two tables, each with a header row:
//!
//! - **positions** ([`write_positions`], columns [`POSITION_COLUMNS`]): one row per position.
//! - **events** ([`write_events`], columns [`EVENT_COLUMNS`]): one row per event.
//!
//! Dates are written twice: as given, in EDTF (`period`, `start`, `end`, `when`: `1956`,
//! `1993/..`; an open end is `..`, an unknown end empty), and as ISO days that any tool can
//! compare (`hull_first`, `hull_last`: the first and last day on which the record may have
//! held or happened; `core_first`, `core_last`: the first and last day on which a position
//! surely held). An ISO day column is empty where the range has no limit on that side; a
//! position with no sure day at all (a period such as `1956`) has both core columns empty.
//!
//! Lists (islands, sources, participants) are joined with `;` in one cell; ids are slugs, so
//! they never hold a `;`. Text cells are quoted where CSV needs it (RFC 4180).

use std::io;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::export::iso_day;
use crate::ids::{IslandId, SourceId};
use crate::time::{Period, PeriodEnd};

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
    "period",
    "start",
    "end",
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
/// assert_eq!(&EVENT_COLUMNS[..4], ["id", "kind", "plover", "when"]);
/// ```
pub const EVENT_COLUMNS: &[&str] = &[
    "id",
    "kind",
    "plover",
    "when",
    "hull_first",
    "hull_last",
    "title",
    "participants",
    "islands",
    "sources",
    "place",
    "summary",
    "note",
];

/// One row of the positions table; the field order is [`POSITION_COLUMNS`].
#[derive(Serialize)]
struct PositionRow<'a> {
    id: &'a str,
    holder: &'a str,
    stance: &'a str,
    counterpart: &'a str,
    islands: String,
    covered_islands: String,
    period: &'a str,
    start: &'a str,
    end: &'a str,
    hull_first: String,
    hull_last: String,
    core_first: String,
    core_last: String,
    conditions: &'a str,
    established_by: &'a str,
    ended_by: &'a str,
    sources: String,
    accounts_of: String,
    rank: &'a str,
    rank_reason: &'a str,
    note: &'a str,
}

/// One row of the events table; the field order is [`EVENT_COLUMNS`].
#[derive(Serialize)]
struct EventRow<'a> {
    id: &'a str,
    kind: &'a str,
    plover: String,
    when: &'a str,
    hull_first: String,
    hull_last: String,
    title: &'a str,
    participants: String,
    islands: String,
    sources: String,
    place: &'a str,
    summary: &'a str,
    note: &'a str,
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
/// assert!(text.contains(",1991-12-26/..,1991-12-26,..,1991-12-26,,1991-12-26,,"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_positions<W: io::Write>(data: &Dataset, out: W) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    for p in data.all_positions() {
        let hull = p.period.hull();
        let core = p.period.core();
        let (start, end) = ends(&p.period);
        w.serialize(PositionRow {
            id: p.id.as_str(),
            holder: p.holder.as_str(),
            stance: p.stance.as_ref(),
            counterpart: p.counterpart.as_ref().map_or("", |c| c.as_str()),
            islands: join_islands(&p.islands),
            covered_islands: join_islands(data.covered_islands(&p.id).unwrap_or_default()),
            period: p.period.as_str(),
            start,
            end,
            hull_first: iso_day(hull.first()),
            hull_last: iso_day(hull.last()),
            core_first: core.map(|c| iso_day(c.first())).unwrap_or_default(),
            core_last: core.map(|c| iso_day(c.last())).unwrap_or_default(),
            conditions: p.conditions.as_deref().unwrap_or_default(),
            established_by: p.established_by.as_ref().map_or("", |e| e.as_str()),
            ended_by: p.ended_by.as_ref().map_or("", |e| e.as_str()),
            sources: join_sources(p.attributions.iter().map(|a| &a.source)),
            accounts_of: join(p.attributions.iter().filter_map(|a| a.account_of.as_ref()).map(|a| a.as_str())),
            rank: p.rank.as_ref(),
            rank_reason: p.rank_reason.as_deref().unwrap_or_default(),
            note: p.note.as_deref().unwrap_or_default(),
        })?;
    }
    w.flush()
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
/// assert!(text.contains("jd-1956-signed,joint_declaration,AGREE,1956-10-19,1956-10-19,1956-10-19,"));
/// assert!(text.contains(",ussr:signatory;japan:signatory,shikotan;habomai,"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_events<W: io::Write>(data: &Dataset, out: W) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(out);
    for e in data.events() {
        let hull = e.when.hull();
        w.serialize(EventRow {
            id: e.id.as_str(),
            kind: e.kind.as_ref(),
            plover: e.kind.plover().map(|c| c.to_string()).unwrap_or_default(),
            when: e.when.as_str(),
            hull_first: iso_day(hull.first()),
            hull_last: iso_day(hull.last()),
            title: &e.title,
            participants: e
                .participants
                .iter()
                .map(|p| format!("{}:{}", p.party, p.role.as_ref()))
                .collect::<Vec<_>>()
                .join(";"),
            islands: join_islands(&e.islands),
            sources: join_sources(e.attributions.iter().map(|a| &a.source)),
            place: e.place.as_deref().unwrap_or_default(),
            summary: e.summary.as_deref().unwrap_or_default(),
            note: e.note.as_deref().unwrap_or_default(),
        })?;
    }
    w.flush()
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
    }

    #[test]
    fn a_period_without_a_sure_day_has_empty_core_columns() {
        let data = tiny();
        let mut out = Vec::new();
        write_positions(&data, &mut out).unwrap();
        let (h, rows) = read(&out);
        let col = |name: &str| h.iter().position(|c| c == name).unwrap();
        let row = rows.iter().find(|r| r[0] == "japan-two-per-putin").unwrap();
        assert_eq!(row[col("period")], "1956");
        assert_eq!((&*row[col("hull_first")], &*row[col("hull_last")]), ("1956-01-01", "1956-12-31"));
        assert_eq!((&*row[col("core_first")], &*row[col("core_last")]), ("", ""));
        assert_eq!(row[col("accounts_of")], "putin;putin");
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
