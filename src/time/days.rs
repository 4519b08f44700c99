//! Internal day numbers: how every bound is stored and compared.

use chrono::{Datelike, NaiveDate};
use edtf_core::BoundDate;

/// Internal day number of "infinitely long ago": below every real day.
pub(crate) const NEG_INF: i32 = i32::MIN;
/// Internal day number of "forever": above every real day.
pub(crate) const POS_INF: i32 = i32::MAX;

pub(super) fn to_naive(b: BoundDate) -> Option<NaiveDate> {
    let year = i32::try_from(b.year).ok()?;
    NaiveDate::from_ymd_opt(year, u32::from(b.month), u32::from(b.day))
}

pub(super) fn from_naive(d: NaiveDate) -> BoundDate {
    // Month and day always fit in a u8.
    BoundDate {
        year: i64::from(d.year()),
        month: u8::try_from(d.month()).unwrap_or(1),
        day: u8::try_from(d.day()).unwrap_or(1),
    }
}

/// The internal day number of a date: days since 0001-01-01 (day 1).
pub(crate) fn day_number(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// The date of an internal day number, if it is a real day.
pub(crate) fn date_of(n: i32) -> Option<NaiveDate> {
    if n == NEG_INF || n == POS_INF {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(n)
}

/// The first and last internal day numbers of a year. Years beyond what chrono can represent
/// map past every real day (but short of the infinities), so that only open ends reach them.
pub(crate) fn year_days(year: i32) -> (i32, i32) {
    match (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31)) {
        (Some(a), Some(b)) => (day_number(a), day_number(b)),
        _ if year > 0 => (POS_INF - 2, POS_INF - 1),
        _ => (NEG_INF + 1, NEG_INF + 2),
    }
}

/// A day known to lie in `first..=last`, as EDTF: the day itself, a whole year or month
/// (`1945`, `1945-08`), an open bound (`[..1949-06-01]`, `[1991-12-26..]`), or a one-of set
/// of days (`[1945-09-02..1949-06-01]`). Both unbounded: the empty text of an unknown end.
pub(crate) fn edtf_between(first: i32, last: i32) -> String {
    match (date_of(first), date_of(last)) {
        (None, None) => String::new(),
        (None, Some(l)) => format!("[..{l}]"),
        (Some(f), None) => format!("[{f}..]"),
        (Some(f), Some(l)) if f == l => f.to_string(),
        (Some(f), Some(l)) => {
            let year_end = NaiveDate::from_ymd_opt(f.year(), 12, 31);
            let month_end = f.checked_add_months(chrono::Months::new(1)).and_then(|d| d.pred_opt());
            if f.ordinal() == 1 && Some(l) == year_end {
                format!("{:04}", f.year())
            } else if f.day() == 1 && Some(l) == month_end {
                format!("{:04}-{:02}", f.year(), f.month())
            } else {
                format!("[{f}..{l}]")
            }
        }
    }
}
