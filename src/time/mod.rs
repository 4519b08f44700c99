//! Dates and periods as EDTF strings, bounded to days.
//!
//! Every date in the model is an [EDTF](https://www.loc.gov/standards/datetime/) string
//! (ISO 8601-2 Annex A), parsed and bounded by the `edtf-core` crate: `1956`, `1973-10`,
//! `1956-10-19`, `197X`, `1956~`, `1956?`. A [`When`] is one such date and covers an inclusive
//! range of days. A [`Period`] is an interval of two ends, each a `When`, open (`..`) or unknown
//! (empty): `1956-10-19/1960-01-27`, `1993/..`, `/1945`. All dates are proleptic Gregorian;
//! Julian dates are converted on input with [`When::from_julian`] and [`Period::from_julian`].
//!
//! Queries ask how sure a match is. A period *definitely* holds on a day inside its
//! [core](Period::core) and *possibly* on a day inside its [hull](Period::hull); see
//! [`Period::certainty_during`]. The qualifiers `?`, `~` and `%` keep the stated bounds and
//! widen the readings certainty weighs by one unit of the qualified precision either way (two
//! for `%`): `1971?/..` definitely holds in 1980, and only possibly in 1971 and 1970
//! ([`When::widened`], [`Period::widened_hull`], [`Period::widened_core`]). A date may be
//! known only by a bound (`[..2008-06-22]`, `[1984..]`), an open side reaching as far as an
//! open end of a period.
//!
//! [`When`]'s documentation lists every form accepted and refused ("Accepted and refused
//! forms"): this module is private, so its own docs are not published. A text that is not
//! EDTF gets a message naming the wrong end of an interval and, for the common mistakes
//! (`06/14/2022`, `present`), the spelling to use (`hints`).

mod certainty;
mod days;
mod error;
mod fast;
mod hints;
mod period;
mod span;
mod when;
mod widen;

pub(crate) use certainty::Bounds;
pub use certainty::Certainty;
pub(crate) use days::{NEG_INF, POS_INF, date_of, day_number, edtf_between};
pub use error::DateError;
pub use period::{Period, PeriodEnd};
pub use span::{DayRange, Span};
pub use when::When;
