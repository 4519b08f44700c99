//! Seeded synthetic datasets of any size, for benchmarks, tests and tools built on this crate.
//!
//! [`dataset`] makes a valid [`Dataset`] of about `n` positions from a seed; the same seed and
//! size always give the same dataset, byte for byte, on every platform and with any version of
//! the dependencies (the random generator is written out in this module, not borrowed).
//! [`json`] gives the same records as the JSON text [`Dataset::from_json`] reads, to measure
//! loading.
//!
//! The data looks like a large collection of island disputes:
//! - one dispute per about 200 positions, each a region of 2 to 12 islands, some in groups
//!   (`part_of` trees of depth up to three), dated from the 17th century on, more of them
//!   recent;
//! - two to four sides per dispute, each a polity of one to three states that succeed one
//!   another (`successor_of`), some with a foreign ministry acting for them, and officials
//!   (persons) who represent a state for a term; polities take part in several disputes;
//! - positions lasting from a day to centuries (log-uniform), a fifth of them open-ended
//!   (`1993/..`), dated to the day, month, year or decade, some with `?` or `~`, a few with
//!   an unknown start; every stance, with counterparts where a stance needs one,
//!   conditions, ranks and notes;
//! - sources published over time, more of them recent, citing earlier ones; each position
//!   attributed to one to three sources published no earlier than it began, some with a
//!   quote, a locator or whose account it is; events (treaties, statements, ...) that
//!   establish or end about one position in eight;
//! - about 1% of positions contradicted by another source's account (a renunciation beside a
//!   claim, a narrower set of islands), for `conflicts()` to find.
//!
//! # Examples
//!
//! ```
//! use island_claims::synth::{self, Config};
//!
//! let config = Config::new(500).with_seed(7);
//! let data = synth::dataset(&config)?;
//! assert_eq!(data.all_positions().len(), 500);
//!
//! // The JSON form loads to an equal dataset.
//! let json = synth::json(&config)?;
//! assert_eq!(island_claims::Dataset::from_json(&json)?, data);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod actors;
mod generate;
mod lean;
mod positions;
mod rng;
mod text;

use chrono::NaiveDate;

use crate::{Dataset, DatasetBuilder, DateError, IdError, LangError, ValidationReport};

/// The sizes the benchmarks use, in positions: ten thousand, a hundred thousand, a million.
///
/// # Examples
///
/// ```
/// use island_claims::synth::SIZES;
/// assert_eq!(SIZES, [10_000, 100_000, 1_000_000]);
/// ```
pub const SIZES: [usize; 3] = [10_000, 100_000, 1_000_000];

/// The seed used when none is given.
///
/// # Examples
///
/// ```
/// use island_claims::synth::{self, Config, DEFAULT_SEED};
/// assert_eq!(Config::new(100).seed(), DEFAULT_SEED);
/// assert_eq!(synth::json(&Config::new(100))?, synth::json(&Config::new(100).with_seed(DEFAULT_SEED))?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const DEFAULT_SEED: u64 = 0x1855_0207;

/// What to generate: how many positions, from which seed, of which shape.
///
/// ```
/// use island_claims::synth::{Config, Shape};
/// let c = Config::new(10_000).with_seed(42);
/// assert_eq!((c.positions(), c.seed(), c.shape()), (10_000, 42, Shape::Disputes));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Config {
    positions: usize,
    seed: u64,
    shape: Shape,
}

/// The shape of a synthetic dataset.
///
/// # Examples
///
/// ```
/// use island_claims::synth::{self, Config, Shape};
/// assert_eq!(Shape::default(), Shape::Disputes);
/// let lean = synth::dataset(&Config::new(200).with_shape(Shape::Lean))?;
/// assert_eq!(lean.sources().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Shape {
    /// A large collection of island disputes, every field and feature used: see the module
    /// docs.
    #[default]
    Disputes,
    /// The least a position can say, for measuring the cost per position: one island in ten
    /// positions, one party in a thousand, one source; each position only
    /// `{id, holder, stance, islands: [one], period: "day/day", attributions: [{source}]}`
    /// (about 160 bytes of JSON), claims and administration of single days from 1900 on.
    Lean,
}

impl Config {
    /// `positions` positions from the [default seed](DEFAULT_SEED), of the
    /// [`Disputes`](Shape::Disputes) shape.
    ///
    /// ```
    /// use island_claims::synth::{Config, Shape, DEFAULT_SEED};
    /// let c = Config::new(1_000);
    /// assert_eq!((c.positions(), c.seed(), c.shape()), (1_000, DEFAULT_SEED, Shape::Disputes));
    /// ```
    #[must_use]
    pub const fn new(positions: usize) -> Self {
        Self { positions, seed: DEFAULT_SEED, shape: Shape::Disputes }
    }

    /// The same size from another seed.
    ///
    /// ```
    /// use island_claims::synth::{self, Config};
    /// let a = synth::dataset(&Config::new(100).with_seed(1))?;
    /// let b = synth::dataset(&Config::new(100).with_seed(2))?;
    /// assert_ne!(a, b);
    /// assert_eq!(a, synth::dataset(&Config::new(100).with_seed(1))?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_seed(self, seed: u64) -> Self {
        Self { seed, ..self }
    }

    /// The same size and seed in another shape.
    ///
    /// ```
    /// use island_claims::synth::{self, Config, Shape};
    /// let data = synth::dataset(&Config::new(1_000).with_shape(Shape::Lean))?;
    /// assert_eq!((data.all_positions().len(), data.islands().len(), data.parties().len()), (1_000, 100, 1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn with_shape(self, shape: Shape) -> Self {
        Self { shape, ..self }
    }

    /// The shape.
    ///
    /// ```
    /// use island_claims::synth::{Config, Shape};
    /// assert_eq!(Config::new(10).with_shape(Shape::Lean).shape(), Shape::Lean);
    /// ```
    #[must_use]
    pub const fn shape(&self) -> Shape {
        self.shape
    }

    /// How many positions the dataset has.
    ///
    /// ```
    /// assert_eq!(island_claims::synth::Config::new(250).positions(), 250);
    /// ```
    #[must_use]
    pub const fn positions(&self) -> usize {
        self.positions
    }

    /// The seed.
    ///
    /// ```
    /// assert_eq!(island_claims::synth::Config::new(10).with_seed(42).seed(), 42);
    /// ```
    #[must_use]
    pub const fn seed(&self) -> u64 {
        self.seed
    }
}

/// Why a synthetic dataset could not be made. Each is a bug of the generator, never of the
/// caller: the variants say where it went wrong.
///
/// # Examples
///
/// ```
/// use island_claims::synth::{self, Config, SynthError};
/// // The generator's output is valid: no error to show but the absence of one.
/// let made: Result<_, SynthError> = synth::dataset(&Config::new(300));
/// assert!(made.is_ok());
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum SynthError {
    /// A generated id was refused.
    #[error("synth made a bad id: {0}")]
    Id(#[from] IdError),
    /// A generated date was refused.
    #[error("synth made a bad date: {0}")]
    Date(#[from] DateError),
    /// A generated language tag was refused.
    #[error("synth made a bad language tag: {0}")]
    Lang(#[from] LangError),
    /// The records did not validate.
    #[error("synth made an invalid dataset: {0}")]
    Invalid(#[from] ValidationReport),
    /// The records could not be written as JSON.
    #[error("synth could not write json: {0}")]
    Json(String),
    /// An internal limit was broken.
    #[error("synth failed: {0}")]
    Internal(&'static str),
}

/// The records of a synthetic dataset, not yet checked: to edit before building, or to break
/// on purpose in a test of validation.
///
/// # Errors
///
/// [`SynthError`] only through a bug of the generator.
///
/// ```
/// use island_claims::synth::{self, Config};
/// let mut b = synth::builder(&Config::new(50))?;
/// b.positions_mut().clear();
/// assert!(b.build()?.all_positions().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn builder(config: &Config) -> Result<DatasetBuilder, SynthError> {
    match config.shape {
        Shape::Disputes => generate::generate(config),
        Shape::Lean => lean::generate(config),
    }
}

/// A valid synthetic dataset of `config.positions()` positions.
///
/// # Errors
///
/// [`SynthError`] only through a bug of the generator, such as [`SynthError::Invalid`] with
/// the validation report if the records were refused.
///
/// ```
/// use island_claims::synth::{self, Config};
/// let data = synth::dataset(&Config::new(2_000))?;
/// assert_eq!(data.all_positions().len(), 2_000);
/// assert!(!data.disputes().is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn dataset(config: &Config) -> Result<Dataset, SynthError> {
    Ok(builder(config)?.into_dataset().map_err(|refused| refused.report)?)
}

/// The records of [`dataset`] as compact JSON (no spaces or newlines), the text
/// [`Dataset::from_json`] reads. [`Dataset::to_json`] writes the same records pretty-printed.
///
/// # Errors
///
/// [`SynthError`] only through a bug of the generator.
///
/// ```
/// use island_claims::synth::{self, Config};
/// let text = synth::json(&Config::new(100))?;
/// assert!(text.starts_with('{') && !text.contains('\n'));
/// assert_eq!(island_claims::Dataset::from_json(&text)?.all_positions().len(), 100);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn json(config: &Config) -> Result<String, SynthError> {
    Ok(builder(config)?.to_compact_json())
}

/// Day numbers of every position's hull, `i64::MIN` / `i64::MAX` for unbounded ends, each
/// list sorted: the counts below are two binary searches each.
fn hull_ends(data: &Dataset) -> (Vec<i64>, Vec<i64>) {
    use chrono::Datelike;
    let n = |d: NaiveDate| i64::from(d.num_days_from_ce());
    let mut firsts = Vec::with_capacity(data.all_positions().len());
    let mut lasts = Vec::with_capacity(data.all_positions().len());
    for p in data.all_positions() {
        let h = p.period.hull();
        firsts.push(h.first().map_or(i64::MIN, n));
        lasts.push(h.last().map_or(i64::MAX, n));
    }
    firsts.sort_unstable();
    lasts.sort_unstable();
    (firsts, lasts)
}

/// How many hulls overlap the days `first..=last`.
fn overlapping(firsts: &[i64], lasts: &[i64], first: i64, last: i64) -> usize {
    firsts.partition_point(|&f| f <= last).saturating_sub(lasts.partition_point(|&l| l < first))
}

/// The first day (of a weekly grid from 1600 to 2025) on which at least `share` of the
/// dataset's positions *possibly* hold, that is whose hull contains it: the day a
/// benchmark asks about to get an answer of that size. `None` if no day has that many.
///
/// ```
/// use island_claims::synth::{self, Config};
/// let data = synth::dataset(&Config::new(2_000))?;
/// let day = synth::date_matching(&data, 0.01).expect("some day has 1% of positions");
/// assert!(day.format("%Y").to_string().parse::<i32>()? >= 1600);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn date_matching(data: &Dataset, share: f64) -> Option<NaiveDate> {
    use chrono::Datelike;
    let (firsts, lasts) = hull_ends(data);
    let target = (share * firsts.len() as f64).ceil() as usize;
    let start = NaiveDate::from_ymd_opt(1600, 1, 1)?;
    let end = NaiveDate::from_ymd_opt(2025, 12, 31)?;
    start.iter_weeks().take_while(|d| *d <= end).find(|d| {
        let n = i64::from(d.num_days_from_ce());
        overlapping(&firsts, &lasts, n, n) >= target
    })
}

/// The first year from 1600 to 2025 in which at least `share` of the dataset's positions
/// possibly hold: the year a benchmark asks about to get an answer of that size.
///
/// ```
/// use island_claims::synth::{self, Config};
/// let data = synth::dataset(&Config::new(1_000))?;
/// let year = synth::year_matching(&data, 0.1).ok_or("a year")?;
/// assert!(data.positions_during(year).len() >= 100);
/// assert!(synth::year_matching(&data, 2.0).is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn year_matching(data: &Dataset, share: f64) -> Option<i32> {
    use chrono::Datelike;
    let (firsts, lasts) = hull_ends(data);
    let target = (share * firsts.len() as f64).ceil() as usize;
    (1600..=2025).find(|&y| {
        let (Some(a), Some(b)) = (NaiveDate::from_ymd_opt(y, 1, 1), NaiveDate::from_ymd_opt(y, 12, 31)) else {
            return false;
        };
        let (a, b) = (i64::from(a.num_days_from_ce()), i64::from(b.num_days_from_ce()));
        overlapping(&firsts, &lasts, a, b) >= target
    })
}

#[cfg(test)]
mod tests;
