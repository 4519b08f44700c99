//! Each table's columns, and the row each record gives.

use std::io::Write;

use chrono::NaiveDate;

use super::Table;
use super::batch::{Columns, Kind};
use super::stream;
use crate::dataset::Dataset;
use crate::records::{Attribution, Event, Position};
use crate::resolve::{At, PositionIx};
use crate::time::{NEG_INF, POS_INF, PeriodEnd};

/// Writes `table` of `data` to `out`; the number of rows, or why not.
pub(super) fn write<W: Write + Send>(data: &Dataset, table: Table, out: W) -> Result<u64, String> {
    match table {
        Table::Islands => islands(data, out),
        Table::Parties => parties(data, out),
        Table::Relations => relations(data, out),
        Table::Sources => sources(data, out),
        Table::Events => events(data, out),
        Table::Positions => positions(data, out),
        Table::Attributions => attributions(data, out),
        Table::Disputes => disputes(data, out),
        Table::DisputeDefinite => dispute_definite(data, out),
        Table::DisputeIslands => dispute_islands(data, out),
        Table::DisputeIslandDefinite => dispute_island_definite(data, out),
    }
}

fn islands<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("id", Kind::Text)
        .req("kind", Kind::Text)
        .opt("name_en", Kind::Text)
        .req("names", Kind::Pairs("tag", "name"))
        .opt("part_of", Kind::Text)
        .period("exists", "exists_", true)
        .opt("area_km2", Kind::Float)
        .opt("lat", Kind::Float)
        .opt("lon", Kind::Float)
        .opt("wikidata", Kind::Text)
        .opt("note", Kind::Text);
    stream(out, columns, data.islands(), |b, i| {
        b.text(Some(i.id.as_str())).text(Some(i.kind.as_ref())).text(i.names.english());
        b.pairs(i.names.iter().map(|(tag, name)| (tag.as_str(), name)));
        b.text(i.part_of.as_ref().map(|p| p.as_str())).period(i.exists.as_ref());
        b.float(i.area_km2).float(i.location.map(|l| l.lat)).float(i.location.map(|l| l.lon));
        b.text(i.wikidata.map(|w| w.to_string()).as_deref()).text(i.note.as_deref());
    })
}

fn parties<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("id", Kind::Text)
        .req("kind", Kind::Text)
        .opt("name_en", Kind::Text)
        .req("names", Kind::Pairs("tag", "name"))
        .period("exists", "exists_", true)
        .req("successor_of", Kind::Texts)
        .req("contested_successor_of", Kind::Texts)
        .opt("wikidata", Kind::Text)
        .opt("note", Kind::Text);
    stream(out, columns, data.parties(), |b, p| {
        b.text(Some(p.id.as_str())).text(Some(p.kind.as_ref())).text(p.names.english());
        b.pairs(p.names.iter().map(|(tag, name)| (tag.as_str(), name))).period(p.exists.as_ref());
        b.texts(p.successor_of.iter().filter(|s| !s.is_contested()).map(|s| s.party.as_str()));
        b.texts(p.successor_of.iter().filter(|s| s.is_contested()).map(|s| s.party.as_str()));
        b.text(p.wikidata.map(|w| w.to_string()).as_deref()).text(p.note.as_deref());
    })
}

fn relations<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("party", Kind::Text)
        .req("relation", Kind::Text)
        .req("other", Kind::Text)
        .period("period", "", false)
        .req("sources", Kind::Texts);
    let rows = data.parties().iter().flat_map(|p| p.relations().map(move |(kind, r)| (p, kind, r)));
    stream(out, columns, rows, |b, (p, kind, r)| {
        b.text(Some(p.id.as_str())).text(Some(kind.as_ref())).text(Some(r.party.as_str())).period(Some(&r.period));
        b.texts(r.attributions.iter().map(|a| a.source.as_str()));
    })
}

fn sources<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("id", Kind::Text)
        .req("kind", Kind::Text)
        .req("title", Kind::Text)
        .opt("published", Kind::Text)
        .opt("written", Kind::Text)
        .opt("accessed", Kind::Text)
        .opt("known_from", Kind::Date)
        .opt("publisher", Kind::Text)
        .opt("author", Kind::Text)
        .opt("url", Kind::Text)
        .opt("language", Kind::Text)
        .req("cites", Kind::Texts)
        .opt("note", Kind::Text);
    let known_by = &data.resolved().known_by;
    stream(out, columns, data.sources().iter().enumerate(), |b, (i, s)| {
        b.text(Some(s.id.as_str())).text(Some(s.kind.as_ref())).text(Some(&s.title));
        for when in [&s.published, &s.written, &s.accessed] {
            b.text(when.as_ref().map(|w| w.as_str()));
        }
        b.date(known_by.get(i).copied().flatten());
        b.text(s.publisher.as_deref()).text(s.author.as_deref()).text(s.url.as_deref());
        b.text(s.language.as_ref().map(|l| l.as_str())).texts(s.cites.iter().map(|c| c.as_str()));
        b.text(s.note.as_deref());
    })
}

/// The first day on which some source of `attributions` was surely public: the day from
/// which a record backed by them is in [`Dataset::as_known_at`]; `None` if never.
fn known_from(data: &Dataset, attributions: &[Attribution]) -> Option<NaiveDate> {
    let (r, res) = (data.records(), data.resolved());
    attributions
        .iter()
        .filter_map(|a| res.sources.get(&r.sources, a.source.as_str()))
        .filter_map(|i| res.known_by.get(i).copied().flatten())
        .min()
}

fn events<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("id", Kind::Text)
        .req("kind", Kind::Text)
        .opt("plover", Kind::Text)
        .period("when", "", false)
        .req("title", Kind::Text)
        .opt("summary", Kind::Text)
        .req("participants", Kind::Pairs("party", "role"))
        .req("islands", Kind::Texts)
        .opt("place", Kind::Text)
        .opt("same_as", Kind::Text)
        .opt("known_from", Kind::Date)
        .req("sources", Kind::Texts)
        .opt("note", Kind::Text);
    stream(out, columns, data.events(), |b, e: &Event| {
        b.text(Some(e.id.as_str())).text(Some(e.kind.as_ref())).text(e.kind.plover().as_ref().map(AsRef::as_ref));
        b.period(Some(&e.when)).text(Some(&e.title)).text(e.summary.as_deref());
        b.pairs(e.participants.iter().map(|p| (p.party.as_str(), p.role.as_ref())));
        b.texts(e.islands.iter().map(|i| i.as_str())).text(e.place.as_deref());
        b.text(e.same_as.as_ref().map(|s| s.as_str())).date(known_from(data, &e.attributions));
        b.texts(e.attributions.iter().map(|a| a.source.as_str())).text(e.note.as_deref());
    })
}

/// The latest reading of a start were its period's end open: what the start's latest reading
/// becomes in [`Dataset::as_known_at`] a day before a dated end, which the view reads as
/// "some day after it". An unknown start then has no latest reading.
fn start_latest_unended(start: &PeriodEnd) -> i32 {
    match start {
        PeriodEnd::At(w) => w.widened_days().1,
        PeriodEnd::Open => NEG_INF,
        PeriodEnd::Unknown => POS_INF,
    }
}

fn positions<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("id", Kind::Text)
        .req("holder", Kind::Text)
        .req("stance", Kind::Text)
        .req("is_claim", Kind::Bool)
        .opt("counterpart", Kind::Text)
        .req("islands", Kind::Texts)
        .req("covered_islands", Kind::Texts)
        .req("concerns", Kind::Texts)
        .period("period", "", false)
        .opt("start_latest_unended", Kind::Date)
        .req("planned_end", Kind::Bool)
        .req("internal", Kind::Bool)
        .req("contingent", Kind::Bool)
        .opt("alternatives", Kind::Text)
        .opt("conditions", Kind::Text)
        .opt("established_by", Kind::Text)
        .opt("ended_by", Kind::Text)
        .opt("regarding", Kind::Text)
        .req("rank", Kind::Text)
        .opt("rank_reason", Kind::Text)
        .opt("known_from", Kind::Date)
        .req("sources", Kind::Texts)
        .opt("note", Kind::Text);
    let (r, res) = (data.records(), data.resolved());
    let islands = data.islands();
    // Each event's first day in "as known at", for the positions about its outcome.
    let event_known: Vec<Option<NaiveDate>> = data.events().iter().map(|e| known_from(data, &e.attributions)).collect();
    let rows = data.all_positions().iter().enumerate();
    stream(out, columns, rows, |b, (i, p): (usize, &Position)| {
        let e = res.expansions.of(PositionIx::new(i));
        b.text(Some(p.id.as_str())).text(Some(p.holder.as_str())).text(Some(p.stance.as_ref()));
        b.bool(p.stance.is_claim()).text(p.counterpart.as_ref().map(|c| c.as_str()));
        b.texts(p.islands.iter().map(|x| x.as_str()));
        b.texts(res.expansions.ids(e).iter().map(|x| x.as_str()));
        b.texts(res.expansions.related(e).iter().map(|&x| islands.at(x).id.as_str()));
        b.period(Some(&p.period)).day(start_latest_unended(p.period.start()));
        b.bool(p.planned_end).bool(p.internal).bool(p.contingent);
        b.text(p.alternatives.as_ref().map(|a| a.as_str())).text(p.conditions.as_deref());
        b.text(p.established_by.as_ref().map(|x| x.as_str())).text(p.ended_by.as_ref().map(|x| x.as_str()));
        b.text(p.regarding.as_ref().map(|x| x.as_str()));
        b.text(Some(p.rank.as_ref())).text(p.rank_reason.as_deref());
        // A position about an event's outcome is known once the event is, too.
        let own = known_from(data, &p.attributions);
        let known = if p.stance.needs_regarding() {
            let event = p.regarding.as_ref().and_then(|x| res.events.get(&r.events, x.as_str()));
            let event = event.and_then(|x| event_known.get(x).copied().flatten());
            own.zip(event).map(|(a, b)| a.max(b))
        } else {
            own
        };
        b.date(known).texts(p.attributions.iter().map(|a| a.source.as_str())).text(p.note.as_deref());
    })
}

fn attributions<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("record_kind", Kind::Text)
        .req("record", Kind::Text)
        .req("source", Kind::Text)
        .opt("quote", Kind::Text)
        .opt("account_of", Kind::Text)
        .opt("locator", Kind::Text);
    let positions =
        data.all_positions().iter().flat_map(|p| p.attributions.iter().map(move |a| ("position", p.id.as_str(), a)));
    let events = data.events().iter().flat_map(|e| e.attributions.iter().map(move |a| ("event", e.id.as_str(), a)));
    stream(out, columns, positions.chain(events), |b, (kind, id, a)| {
        b.text(Some(kind)).text(Some(id)).text(Some(a.source.as_str())).text(a.quote.as_deref());
        b.text(a.account_of.as_ref().map(|x| x.as_str())).text(a.locator.as_deref());
    })
}

fn disputes<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("dispute", Kind::Count)
        .req("party_a", Kind::Text)
        .req("party_b", Kind::Text)
        .req("side_a", Kind::Texts)
        .req("side_b", Kind::Texts)
        .req("territory", Kind::Text)
        .req("islands", Kind::Texts)
        .req("contention", Kind::Texts)
        .req("period", Kind::Text)
        .opt("possible_first", Kind::Date)
        .opt("possible_last", Kind::Date)
        .opt("ongoing", Kind::Text)
        .req("outcome", Kind::Text)
        .opt("outcome_event", Kind::Text)
        .req("ended_by", Kind::Texts)
        .req("positions", Kind::Texts)
        .req("sources", Kind::Texts);
    stream(out, columns, data.disputes().into_iter().enumerate(), |b, (i, d)| {
        let [x, y] = d.parties();
        b.count(i).text(Some(x.as_str())).text(Some(y.as_str()));
        b.texts(d.side(0).map(|p| p.as_str())).texts(d.side(1).map(|p| p.as_str()));
        b.text(Some(d.territory().as_str())).texts(d.islands().map(|x| x.as_str()));
        b.texts(d.contention().iter().map(AsRef::as_ref)).text(Some(&d.period()));
        b.date(d.possible().first()).date(d.possible().last());
        b.text(d.ongoing().as_ref().map(AsRef::as_ref)).text(Some(d.outcome().as_ref()));
        b.text(d.outcome_event().map(|e| e.id.as_str())).texts(d.ended_by().map(|e| e.id.as_str()));
        b.texts(d.positions().map(|p| p.id.as_str())).texts(d.sources().into_iter().map(|s| s.as_str()));
    })
}

fn dispute_definite<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns =
        Columns::default().req("dispute", Kind::Count).opt("first_day", Kind::Date).opt("last_day", Kind::Date);
    let rows = data
        .disputes()
        .into_iter()
        .enumerate()
        .flat_map(|(i, d)| d.definite().map(move |r| (i, r)).collect::<Vec<_>>());
    stream(out, columns, rows, |b, (i, run)| {
        b.count(i).date(run.first()).date(run.last());
    })
}

fn dispute_islands<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("dispute", Kind::Count)
        .req("island", Kind::Text)
        .req("period", Kind::Text)
        .opt("possible_first", Kind::Date)
        .opt("possible_last", Kind::Date)
        .opt("ongoing", Kind::Text)
        .req("outcome", Kind::Text)
        .opt("outcome_event", Kind::Text)
        .req("ended_by", Kind::Texts);
    let rows = data
        .disputes()
        .into_iter()
        .enumerate()
        .flat_map(|(i, d)| d.per_island().map(move |x| (i, x)).collect::<Vec<_>>());
    stream(out, columns, rows, |b, (i, x)| {
        b.count(i).text(Some(x.island().as_str())).text(Some(&x.period()));
        b.date(x.possible().first()).date(x.possible().last());
        b.text(x.ongoing().as_ref().map(AsRef::as_ref)).text(Some(x.outcome().as_ref()));
        b.text(x.outcome_event().map(|e| e.id.as_str())).texts(x.ended_by().map(|e| e.id.as_str()));
    })
}

fn dispute_island_definite<W: Write + Send>(data: &Dataset, out: W) -> Result<u64, String> {
    let columns = Columns::default()
        .req("dispute", Kind::Count)
        .req("island", Kind::Text)
        .opt("first_day", Kind::Date)
        .opt("last_day", Kind::Date);
    let rows = data.disputes().into_iter().enumerate().flat_map(|(i, d)| {
        let runs = d.per_island().flat_map(|x| x.definite().map(|r| (i, x.island().as_str(), r)).collect::<Vec<_>>());
        runs.collect::<Vec<_>>()
    });
    stream(out, columns, rows, |b, (i, island, run)| {
        b.count(i).text(Some(island)).date(run.first()).date(run.last());
    })
}
