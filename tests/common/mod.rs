//! What the tests of the embedded datasets share: ids and days from text, an event by id.

// Each test file uses only part of this module.
#![allow(dead_code)]

use std::fmt::Debug;
use std::str::FromStr;

use island_claims::chrono::NaiveDate;
use island_claims::{Dataset, Event};

/// Any typed id, from its slug.
pub fn id<T: FromStr>(slug: &str) -> T
where
    T::Err: Debug,
{
    slug.parse().unwrap_or_else(|e| panic!("'{slug}' is not a valid id: {e:?}"))
}

/// A day of the proleptic Gregorian calendar.
pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or_else(|| panic!("{y}-{m}-{d} is not a day"))
}

/// The event of this id.
pub fn event<'a>(data: &'a Dataset, slug: &str) -> &'a Event {
    data.event(&id(slug)).unwrap_or_else(|| panic!("no event '{slug}'"))
}
