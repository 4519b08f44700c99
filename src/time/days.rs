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
