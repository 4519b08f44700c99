//! How far a qualifier widens a date: one unit of the precision it qualifies on either side,
//! two for `%` (uncertain and approximate).
//!
//! `edtf-core` keeps a qualifier on each component of a date, and copies a qualifier written
//! after a component to every component on its left (`1971-06-14?` qualifies year, month and
//! day; `?1971-06-14` only the year; `1971-?06-14` only the month). A qualifier that a finer
//! component carries too was copied from it, so it counts once, at the finer unit:
//! `1971-06-14?` may lie a day either way, `?1971-06-14` a year, `1971-?06-14` a month. A date
//! whose components carry different qualifiers (`?1971-06-~14`) is widened by each, and the
//! widest reading wins. A season, quarter or semester (`1971-21`) is one unit of itself (three,
//! four or six months). In a one-of set each member is widened on its own and the set covers
//! them all; members of a range (`1970..1973`) cannot be qualified.

use chrono::{Days, Months, NaiveDate};
use edtf_core::{Bound, Date, Edtf, Precision, Qualifier, SetElement};

use super::days::{NEG_INF, POS_INF, date_of, day_number, to_naive};

/// The widened day numbers of `edtf`, whose stated ones are `lo..=hi`.
pub(super) fn widened(edtf: &Edtf, lo: i32, hi: i32) -> (i32, i32) {
    if !edtf.is_uncertain() && !edtf.is_approximate() {
        return (lo, hi);
    }
    match edtf {
        Edtf::Date(d) => date(d, lo, hi),
        Edtf::Set(s) => s.elements.iter().filter_map(element).fold((lo, hi), |(a, b), (x, y)| (a.min(x), b.max(y))),
        // A date and time takes no qualifier, and an interval is widened end by end.
        Edtf::DateTime(_) | Edtf::Interval(_) => (lo, hi),
    }
}

/// One member of a one-of set, widened; `None` when its bounds are not days (refused anyway).
fn element(e: &SetElement) -> Option<(i32, i32)> {
    let stated = |d: &Date| {
        let b = Edtf::Date(*d).bounds();
        Some((day(b.earliest)?, day(b.latest)?))
    };
    Some(match e {
        SetElement::Date(d) => {
            let (lo, hi) = stated(d)?;
            date(d, lo, hi)
        }
        SetElement::OnOrBefore(d) => {
            let (lo, hi) = stated(d)?;
            (NEG_INF, date(d, lo, hi).1)
        }
        SetElement::OnOrAfter(d) => {
            let (lo, hi) = stated(d)?;
            (date(d, lo, hi).0, POS_INF)
        }
        // Range ends cannot be qualified (edtf-core refuses them): nothing to widen.
        SetElement::Range(a, b) => (stated(a)?.0, stated(b)?.1),
    })
}

fn day(b: Bound) -> Option<i32> {
    match b {
        Bound::Date(d) => to_naive(d).map(day_number),
        Bound::NegativeInfinity | Bound::PositiveInfinity | Bound::Unknown => None,
    }
}

/// A unit of precision that a qualifier widens by.
#[derive(Clone, Copy)]
enum Unit {
    Months(u32),
    Day,
}

/// The day numbers `lo..=hi` of date `d`, widened by each qualified component.
fn date(d: &Date, lo: i32, hi: i32) -> (i32, i32) {
    let (Some(first), Some(last)) = (date_of(lo), date_of(hi)) else { return (lo, hi) };
    // The components from the finest: (qualifier, unit).
    let mut parts: Vec<(Qualifier, Unit)> = Vec::with_capacity(3);
    if let Some(day) = d.day {
        parts.push((day.qualifier, Unit::Day));
    }
    if let Some(month) = d.month {
        let months = match month.value() {
            // Seasons 21-32 and quarters 33-36 are three months, quadrimesters four, semesters six.
            Some(37..=39) => 4,
            Some(40..=41) => 6,
            Some(21..=36) => 3,
            _ => 1,
        };
        parts.push((month.qualifier, Unit::Months(months)));
    }
    parts.push((d.year.qualifier, Unit::Months(12)));
    // The last day of a year, month or season ends its unit; a day's does not.
    let ends_unit = d.precision() != Precision::Day;
    let mut finer = Qualifier::default();
    let (mut wide_lo, mut wide_hi) = (first, last);
    for (q, unit) in parts {
        // Flags the finer component carries too were copied from it: they count there.
        let own = u32::from(q.uncertain && !finer.uncertain) + u32::from(q.approximate && !finer.approximate);
        finer = q;
        if own == 0 {
            continue;
        }
        let (a, b) = shift(first, last, unit, own, ends_unit);
        wide_lo = wide_lo.min(a);
        wide_hi = wide_hi.max(b);
    }
    (day_number(wide_lo), day_number(wide_hi))
}

/// `first..=last` moved `n` units earlier and later; chrono's ends where that leaves its range.
fn shift(first: NaiveDate, last: NaiveDate, unit: Unit, n: u32, ends_unit: bool) -> (NaiveDate, NaiveDate) {
    let (lo, hi) = match unit {
        Unit::Day => (first.checked_sub_days(Days::new(n.into())), last.checked_add_days(Days::new(n.into()))),
        Unit::Months(m) => {
            let months = Months::new(m.saturating_mul(n));
            let hi = if ends_unit {
                // The last day of the unit `n` units later, however long its month.
                last.succ_opt().and_then(|d| d.checked_add_months(months)).and_then(|d| d.pred_opt())
            } else {
                last.checked_add_months(months)
            };
            (first.checked_sub_months(months), hi)
        }
    };
    (lo.unwrap_or(NaiveDate::MIN), hi.unwrap_or(NaiveDate::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wide(text: &str) -> (NaiveDate, NaiveDate) {
        let edtf = Edtf::parse(text).unwrap();
        let b = edtf.bounds();
        let (lo, hi) = widened(&edtf, day(b.earliest).unwrap(), day(b.latest).unwrap());
        (date_of(lo).unwrap(), date_of(hi).unwrap())
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn one_unit_of_the_qualified_precision() {
        assert_eq!(wide("1971"), (d(1971, 1, 1), d(1971, 12, 31)));
        assert_eq!(wide("1971?"), (d(1970, 1, 1), d(1972, 12, 31)));
        assert_eq!(wide("1971~"), (d(1970, 1, 1), d(1972, 12, 31)));
        assert_eq!(wide("1971%"), (d(1969, 1, 1), d(1973, 12, 31)));
        assert_eq!(wide("1971-06~"), (d(1971, 5, 1), d(1971, 7, 31)));
        assert_eq!(wide("1971-02?"), (d(1971, 1, 1), d(1971, 3, 31)));
        assert_eq!(wide("1971-06-14?"), (d(1971, 6, 13), d(1971, 6, 15)));
        assert_eq!(wide("1971-06-14%"), (d(1971, 6, 12), d(1971, 6, 16)));
        assert_eq!(wide("197X?"), (d(1969, 1, 1), d(1980, 12, 31)));
        assert_eq!(wide("1971-21?"), (d(1970, 12, 1), d(1971, 8, 31)));
    }

    #[test]
    fn component_qualifiers_widen_their_component() {
        assert_eq!(wide("?1971-06-14"), (d(1970, 6, 14), d(1972, 6, 14)));
        assert_eq!(wide("1971-?06-14"), (d(1971, 5, 14), d(1971, 7, 14)));
        assert_eq!(wide("1971-06-?14"), (d(1971, 6, 13), d(1971, 6, 15)));
        assert_eq!(wide("1971?-06"), (d(1970, 6, 1), d(1972, 6, 30)));
        // Different qualifiers on two components: each counts, the widest wins.
        assert_eq!(wide("?1971-06-~14"), (d(1970, 6, 14), d(1972, 6, 14)));
        // The same on every component is the date's own qualifier.
        assert_eq!(wide("?1971-?06-?14"), wide("1971-06-14?"));
    }

    #[test]
    fn sets_widen_member_by_member() {
        assert_eq!(wide("[1956?,1960]"), (d(1955, 1, 1), d(1960, 12, 31)));
        assert_eq!(wide("[1956,1960~]"), (d(1956, 1, 1), d(1961, 12, 31)));
        let edtf = Edtf::parse("[..1956?]").unwrap();
        assert_eq!(widened(&edtf, NEG_INF, day_number(d(1956, 12, 31))), (NEG_INF, day_number(d(1957, 12, 31))));
    }

    #[test]
    fn the_ends_of_the_calendar_saturate() {
        let (lo, hi) = shift(NaiveDate::MIN, NaiveDate::MAX, Unit::Months(12), 2, true);
        assert_eq!((lo, hi), (NaiveDate::MIN, NaiveDate::MAX));
    }
}
