//! The peers that answer "which positions may hold during these days": each is built once
//! from the positions' hulls and returns position indices (their place in
//! `Dataset::all_positions`).

use chrono::{Datelike, NaiveDate};
use coitrees::{COITree, GenericInterval, Interval, IntervalTree};
use island_claims::Dataset;
use rusqlite::Connection;

/// Day number standing for "without limit": far beyond any date, yet small enough that
/// `last - first + 1` fits an `i32`, which coitrees computes.
const UNBOUNDED: i32 = 1_000_000_000;

/// The day number of a date, as every peer stores it.
pub fn day(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// Every position's hull `[first, last]` as day numbers, unbounded ends at ±[`UNBOUNDED`]:
/// the widened hull, with qualifiers counted, which is what the crate's queries search.
pub fn hulls(data: &Dataset) -> Vec<(i32, i32)> {
    data.all_positions()
        .iter()
        .map(|p| {
            let h = p.period.widened_hull();
            (h.first().map_or(-UNBOUNDED, day), h.last().map_or(UNBOUNDED, day))
        })
        .collect()
}

fn index(i: usize) -> u32 {
    u32::try_from(i).expect("fewer than 2^32 positions")
}

/// The naive scan: a filter over (first, last) pairs in a `Vec`.
pub struct Scan(Vec<(i32, i32)>);

impl Scan {
    pub fn new(hulls: &[(i32, i32)]) -> Self {
        Self(hulls.to_vec())
    }

    pub fn query(&self, first: i32, last: i32) -> Vec<u32> {
        self.0.iter().enumerate().filter(|&(_, &(f, l))| f <= last && l >= first).map(|(i, _)| index(i)).collect()
    }
}

/// The same scan over two separate arrays, which the compiler vectorises better.
pub struct ColumnScan {
    firsts: Vec<i32>,
    lasts: Vec<i32>,
}

impl ColumnScan {
    pub fn new(hulls: &[(i32, i32)]) -> Self {
        Self { firsts: hulls.iter().map(|h| h.0).collect(), lasts: hulls.iter().map(|h| h.1).collect() }
    }

    pub fn query(&self, first: i32, last: i32) -> Vec<u32> {
        let mut out = Vec::new();
        for (i, (&f, &l)) in self.firsts.iter().zip(&self.lasts).enumerate() {
            if (f <= last) & (l >= first) {
                out.push(index(i));
            }
        }
        out
    }
}

/// coitrees: a cache-oblivious interval tree (van Emde Boas layout).
pub struct Coitrees(COITree<u32, u32>);

impl Coitrees {
    pub fn new(hulls: &[(i32, i32)]) -> Self {
        let intervals: Vec<Interval<u32>> =
            hulls.iter().enumerate().map(|(i, &(f, l))| Interval::new(f, l, index(i))).collect();
        Self(COITree::new(&intervals))
    }

    pub fn query(&self, first: i32, last: i32) -> Vec<u32> {
        let mut out = Vec::new();
        self.0.query(first, last, |node| out.push(*node.metadata()));
        out
    }
}

/// superintervals: sorted starts plus a "branch" array of earlier intervals to visit.
pub struct Superintervals(superintervals::IntervalMap<u32>);

impl Superintervals {
    pub fn new(hulls: &[(i32, i32)]) -> Self {
        let mut map = superintervals::IntervalMap::new();
        map.reserve(hulls.len());
        for (i, &(f, l)) in hulls.iter().enumerate() {
            map.add(f, l, index(i));
        }
        map.build();
        Self(map)
    }

    pub fn query(&self, first: i32, last: i32) -> Vec<u32> {
        let mut out = Vec::new();
        self.0.search_values(first, last, &mut out);
        out
    }
}

/// SQLite (bundled) in memory, with an integer R*Tree over the hulls.
pub struct Sqlite(Connection);

impl Sqlite {
    pub fn new(hulls: &[(i32, i32)]) -> rusqlite::Result<Self> {
        let mut db = Connection::open_in_memory()?;
        db.execute_batch("CREATE VIRTUAL TABLE hulls USING rtree_i32(id, first, last);")?;
        let tx = db.transaction()?;
        {
            let mut insert = tx.prepare("INSERT INTO hulls VALUES (?1, ?2, ?3)")?;
            for (i, &(f, l)) in hulls.iter().enumerate() {
                insert.execute((i64::from(index(i)), f, l))?;
            }
        }
        tx.commit()?;
        Ok(Self(db))
    }

    pub fn query(&self, first: i32, last: i32) -> Vec<u32> {
        let mut stmt =
            self.0.prepare_cached("SELECT id FROM hulls WHERE first <= ?2 AND last >= ?1").expect("prepared query");
        stmt.query_map((first, last), |row| row.get::<_, u32>(0))
            .expect("query runs")
            .collect::<rusqlite::Result<Vec<u32>>>()
            .expect("rows read")
    }
}
