//! Positions and events as CSV tables, one row per record.
//!
//! For spreadsheets, R, pandas and databases. Three tables, each with a header row:
//!
//! - **positions** ([`write_positions`], columns [`POSITION_COLUMNS`]): one row per position.
//! - **events** ([`write_events`], columns [`EVENT_COLUMNS`]): one row per event.
//! - **disputes** ([`write_disputes`], columns [`DISPUTE_COLUMNS`]): the derived disputes as a
//!   dyadic table, one row per dispute and pair of parties (see [`write_disputes`]).
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
    "dispute_period",
    "positions",
    "sources",
];

/// One row of the disputes table; the field order is [`DISPUTE_COLUMNS`].
#[derive(Serialize)]
struct DisputeRow<'a> {
    dispute: usize,
    party_a: &'a str,
    party_b: &'a str,
    wikidata_a: String,
    wikidata_b: String,
    side_a: String,
    side_b: String,
    territory: &'a str,
    islands: String,
    contention: String,
    possible_start: String,
    possible_end: String,
    definite_start: String,
    definite_end: String,
    start_edtf: String,
    end_edtf: String,
    ongoing: String,
    outcome: &'a str,
    ended_by: String,
    settled_by: &'a str,
    dispute_period: String,
    positions: String,
    sources: String,
}

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
/// assert!(text.contains("jd-1956-signed,joint_declaration,SUPPORT,1956-10-19,1956-10-19,1956-10-19,"));
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
/// | `dispute_period` | the whole dispute's span in EDTF, over all its rows |
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
    let mut w = ::csv::Writer::from_writer(out);
    let wikidata = |p: &PartyId| data.party(p).and_then(|p| p.wikidata).map(|w| w.to_string()).unwrap_or_default();
    for (n, d) in data.disputes().iter().enumerate() {
        let side = |s: usize| join(d.side(s).map(PartyId::as_str));
        let islands = join(d.islands().map(IslandId::as_str));
        let contention = join(d.contention().iter().map(AsRef::as_ref));
        let ended_by = join(d.ended_by().map(|e| e.id.as_str()));
        let positions = join(d.positions().map(|p| p.id.as_str()));
        let sources = join_sources(d.sources().into_iter());
        for dyad in d.dyads() {
            let [a, b] = dyad.parties();
            let possible = dyad.possible();
            let definite: Vec<DayRange> = dyad.definite().collect();
            let period = dyad.period();
            let (start_edtf, end_edtf) = period.split_once('/').unwrap_or_default();
            w.serialize(DisputeRow {
                dispute: n + 1,
                party_a: a.as_str(),
                party_b: b.as_str(),
                wikidata_a: wikidata(a),
                wikidata_b: wikidata(b),
                side_a: side(0),
                side_b: side(1),
                territory: d.territory().as_str(),
                islands: islands.clone(),
                contention: contention.clone(),
                possible_start: iso_day(possible.first()),
                possible_end: iso_day(possible.last()),
                definite_start: definite.first().map(|r| iso_day(r.first())).unwrap_or_default(),
                definite_end: definite.last().map(|r| iso_day(r.last())).unwrap_or_default(),
                start_edtf: start_edtf.to_owned(),
                end_edtf: end_edtf.to_owned(),
                ongoing: dyad.ongoing().map(|c| c.to_string()).unwrap_or_default(),
                outcome: d.outcome().as_ref(),
                ended_by: ended_by.clone(),
                settled_by: d.settled_by().map_or("", |e| e.id.as_str()),
                dispute_period: d.period(),
                positions: positions.clone(),
                sources: sources.clone(),
            })?;
        }
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
