//! The common forms of EDTF read without `edtf-core`: a plain year, month or day
//! (`1956`, `1956-10`, `1956-10-19`). They are most of the dates of any dataset, and reading
//! them by hand is several times faster than the general parser, which stays the one
//! authority: whatever this module does not recognise, or finds invalid, goes to it, and a
//! test holds the two to the same answers.

use chrono::NaiveDate;

/// The first and last day of a plain date: four digits of year, then optionally two of month
/// and two of day. `None` for anything else, and for a date that does not exist
/// (`1956-02-30`), which the general parser then explains.
pub(super) fn plain_date(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let year = i32::try_from(digits(0..4)?).ok()?;
    match b.len() {
        4 => Some((NaiveDate::from_ymd_opt(year, 1, 1)?, NaiveDate::from_ymd_opt(year, 12, 31)?)),
        7 if b.get(4) == Some(&b'-') => {
            let month = digits(5..7)?;
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year.checked_add(1)?, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)?
            };
            Some((first, next.pred_opt()?))
        }
        10 if b.get(4) == Some(&b'-') && b.get(7) == Some(&b'-') => {
            let day = NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?)?;
            Some((day, day))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_dates_and_what_is_left_to_the_parser() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(plain_date("1956"), Some((d(1956, 1, 1), d(1956, 12, 31))));
        assert_eq!(plain_date("1956-02"), Some((d(1956, 2, 1), d(1956, 2, 29))));
        assert_eq!(plain_date("1955-12"), Some((d(1955, 12, 1), d(1955, 12, 31))));
        assert_eq!(plain_date("1956-10-19"), Some((d(1956, 10, 19), d(1956, 10, 19))));
        for other in [
            "",
            "195",
            "19561",
            "1956-1",
            "1956-13",
            "1956-02-30",
            "1956/",
            "195X",
            "1956?",
            "-1956",
            "+1956",
            "1956-10-19T10:00:00",
            "1956-00",
            "1956-01-00",
            "1956_10-19",
            "1956-10_19",
            "１９５６",
        ] {
            assert_eq!(plain_date(other), None, "{other}");
        }
    }
}
