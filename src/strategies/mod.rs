//! [Proptest](https://docs.rs/proptest) strategies: valid datasets of every shape the model
//! allows, EDTF dates, and datasets with a single defect.
//!
//! Enabled by the `proptest` feature. Use them to test your own tools on generated datasets:
//! [`dataset`] yields datasets that are valid by construction, with islands in groups and
//! regions, parties that succeed each other or represent others, open and unknown period
//! ends, decades and uncertain or approximate dates, conflicting accounts from different
//! sources, and names in several languages and scripts. Every shrunk case is valid too.
//!
//! [`single_defect`] takes a valid dataset apart and breaks it in one way, so that building
//! it again reports exactly one [`IssueCode`](crate::IssueCode).
//!
//! # Examples
//!
//! ```
//! use island_claims::strategies::dataset;
//! use proptest::prelude::*;
//!
//! proptest!(|(data in dataset())| {
//!     // Every position of a generated dataset covers at least the islands it names.
//!     for pos in data.all_positions() {
//!         let covered = data.covered_islands(&pos.id).unwrap();
//!         prop_assert!(pos.islands.iter().all(|i| covered.contains(i)));
//!     }
//! });
//! ```
//!
//! A failing case prints the dataset's `Debug` form, which is long; print
//! [`Dataset::to_json`](crate::Dataset::to_json) in your assertion message instead, or map
//! the strategy into a type whose `Debug` does.

mod assemble;
mod dates;
mod defects;
mod plan;

use std::ops::RangeInclusive;

use proptest::prelude::*;

pub use dates::{period, period_text, when, when_text};
pub use defects::{Defect, any_defect, single_defect};

use crate::dataset::{Dataset, DatasetBuilder};

/// Sizes and options of generated datasets, for [`dataset_with`] and [`dataset_builder_with`].
///
/// ```
/// use island_claims::strategies::{DatasetParams, dataset_with};
/// use proptest::prelude::*;
///
/// let params = DatasetParams::default().positions(5..=20).years(1900..=1960).without_warnings();
/// proptest!(|(data in dataset_with(params.clone()))| {
///     prop_assert!(data.warnings().is_empty());
/// });
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetParams {
    islands: RangeInclusive<usize>,
    parties: RangeInclusive<usize>,
    sources: RangeInclusive<usize>,
    events: RangeInclusive<usize>,
    positions: RangeInclusive<usize>,
    years: RangeInclusive<i32>,
    warnings: bool,
}

impl Default for DatasetParams {
    /// 1 to 8 islands, 2 to 5 parties, 1 to 5 sources, 0 to 5 events, 0 to 12 positions,
    /// dated between 1850 and 2030, warnings allowed.
    fn default() -> Self {
        Self {
            islands: 1..=8,
            parties: 2..=5,
            sources: 1..=5,
            events: 0..=5,
            positions: 0..=12,
            years: 1850..=2030,
            warnings: true,
        }
    }
}

/// `range`, with its ends raised to at least `min`.
fn at_least(range: RangeInclusive<usize>, min: usize) -> RangeInclusive<usize> {
    let (lo, hi) = range.into_inner();
    lo.max(min)..=hi.max(min)
}

impl DatasetParams {
    /// How many islands, groups and regions (at least one).
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// let data = draw(DatasetParams::default().islands(3..=3), &mut runner)?;
    /// assert_eq!(data.islands().len(), 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn islands(mut self, n: RangeInclusive<usize>) -> Self {
        self.islands = at_least(n, 1);
        self
    }

    /// How many parties (at least two, so that every stance can name a counterpart).
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// // At least two, whatever is asked.
    /// let data = draw(DatasetParams::default().parties(0..=0), &mut runner)?;
    /// assert_eq!(data.parties().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn parties(mut self, n: RangeInclusive<usize>) -> Self {
        self.parties = at_least(n, 2);
        self
    }

    /// How many sources (at least one, since every position needs one).
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// let data = draw(DatasetParams::default().sources(4..=4), &mut runner)?;
    /// assert_eq!(data.sources().len(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn sources(mut self, n: RangeInclusive<usize>) -> Self {
        self.sources = at_least(n, 1);
        self
    }

    /// How many events, at most; some may be left out to keep the dataset valid.
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// let data = draw(DatasetParams::default().events(0..=0), &mut runner)?;
    /// assert!(data.events().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn events(mut self, n: RangeInclusive<usize>) -> Self {
        self.events = n;
        self
    }

    /// How many positions, at most; some may be left out to keep the dataset valid.
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// let data = draw(DatasetParams::default().positions(0..=3), &mut runner)?;
    /// assert!(data.all_positions().len() <= 3);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn positions(mut self, n: RangeInclusive<usize>) -> Self {
        self.positions = n;
        self
    }

    /// The years dates are drawn from.
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// use island_claims::chrono::Datelike;
    /// let data = draw(DatasetParams::default().years(1950..=1960).positions(5..=5), &mut runner)?;
    /// // Most dates fall in those years; a few forms reach beyond (a decade, a bound, a far year).
    /// let starts: Vec<i32> = data.all_positions().iter().filter_map(|p| p.period.start().when()).map(|w| w.earliest().year()).collect();
    /// assert!(starts.iter().filter(|y| (1940..=1970).contains(*y)).count() * 2 >= starts.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn years(mut self, years: RangeInclusive<i32>) -> Self {
        self.years = years;
        self
    }

    /// Leaves out what would cause a warning (an event attributed to a source published
    /// before it), so that [`Dataset::warnings`] is empty.
    ///
    /// ```
    /// use proptest::strategy::{Strategy, ValueTree};
    /// use proptest::test_runner::TestRunner;
    /// use island_claims::strategies::{dataset_with, DatasetParams};
    /// let mut runner = TestRunner::deterministic();
    /// let draw = |params: DatasetParams, runner: &mut TestRunner| dataset_with(params).new_tree(runner).map(|t| t.current()).map_err(|e| e.to_string());
    /// let data = draw(DatasetParams::default().without_warnings(), &mut runner)?;
    /// assert!(data.warnings().is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn without_warnings(mut self) -> Self {
        self.warnings = false;
        self
    }
}

/// Builders holding the records of a valid dataset, shaped by `params`: `build()` succeeds.
///
/// Use it to add records of your own before building, or to break the dataset on purpose.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// use island_claims::strategies::{dataset_builder_with, DatasetParams};
/// let mut runner = TestRunner::deterministic();
/// let builder = dataset_builder_with(DatasetParams::default().islands(2..=2)).new_tree(&mut runner).map_err(|e| e.to_string())?.current();
/// assert_eq!(builder.islands().len(), 2);
/// assert!(builder.build().is_ok());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dataset_builder_with(params: DatasetParams) -> impl Strategy<Value = DatasetBuilder> {
    plan::plan(params).prop_filter_map("every plan assembles", |p| p.assemble())
}

/// Builders holding the records of a valid dataset of the default shape.
///
/// ```
/// use island_claims::strategies::dataset_builder;
/// use proptest::prelude::*;
///
/// proptest!(|(builder in dataset_builder())| {
///     prop_assert!(builder.build().is_ok());
/// });
/// ```
pub fn dataset_builder() -> impl Strategy<Value = DatasetBuilder> {
    dataset_builder_with(DatasetParams::default())
}

/// Valid datasets shaped by `params`.
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// use island_claims::strategies::{dataset_with, DatasetParams};
/// let mut runner = TestRunner::deterministic();
/// let data = dataset_with(DatasetParams::default().parties(3..=3)).new_tree(&mut runner).map_err(|e| e.to_string())?.current();
/// assert_eq!(data.parties().len(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dataset_with(params: DatasetParams) -> impl Strategy<Value = Dataset> {
    dataset_builder_with(params).prop_filter_map("generated datasets are valid", |b| b.into_dataset().ok())
}

/// Valid datasets of the default shape (see [`DatasetParams::default`]).
///
/// ```
/// use proptest::strategy::{Strategy, ValueTree};
/// use proptest::test_runner::TestRunner;
/// let mut runner = TestRunner::deterministic();
/// let data = island_claims::strategies::dataset().new_tree(&mut runner).map_err(|e| e.to_string())?.current();
/// // Valid by construction: it round-trips through its JSON.
/// assert_eq!(island_claims::Dataset::from_json(&data.to_json())?, data);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dataset() -> impl Strategy<Value = Dataset> {
    dataset_with(DatasetParams::default())
}
