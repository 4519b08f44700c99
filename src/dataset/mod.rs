//! The dataset: all records of a dispute, validated and indexed.

mod builder;
mod diff;
mod json;
mod known_at;
mod merge;

use std::sync::OnceLock;

use chrono::NaiveDate;

pub use builder::{DatasetBuilder, Refused};
pub use diff::{DatasetDiff, FieldChange, RecordChange, RecordDiff};
#[cfg(feature = "schema")]
pub(crate) use json::RawDataset;
pub use json::{FORMAT, FORMATS_READ, LoadError, MAX_JSON_BYTES};
pub(crate) use json::{Layout, write};
pub use merge::{Clash, MergeError, OnClash};

use crate::ids::{EventId, IslandId, PartyId, PositionId, SourceId};
use crate::records::{Event, Island, Party, Position, Records, Source};
use crate::resolve::{At, Disputes, PositionIx, QueryIndex, Resolved};
use crate::validate::{self, Gaps, Issue, ValidationReport};

/// A validated, indexed, immutable set of islands, parties, sources, events and positions.
///
/// A `Dataset` is valid by construction: the only ways to get one are
/// [`Dataset::from_json`] and [`DatasetBuilder::build`], and both check every record and
/// every reference first. To change a dataset, take [`Dataset::to_builder`], edit, and build
/// again.
///
/// # Examples
///
/// ```
/// use island_claims::Dataset;
///
/// let json = r#"{
///   "format": "island-claims/2",
///   "islands": [{"id": "shikotan", "kind": "island", "names": {"en": "Shikotan"}}],
///   "parties": [{"id": "japan", "kind": "state"}],
///   "sources": [{"id": "mofa", "kind": "official_statement", "title": "Japan's position",
///                "published": "2011"}],
///   "positions": [{"id": "japan-claim", "holder": "japan", "stance": "claims_sovereignty",
///                  "islands": ["shikotan"], "period": "1956/..",
///                  "attributions": [{"source": "mofa"}]}]
/// }"#;
/// let data = Dataset::from_json(json)?;
/// assert_eq!(data.islands().len(), 1);
/// assert_eq!(data.party(&"japan".parse()?).map(|p| p.id.as_str()), Some("japan"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Dataset {
    records: Records,
    /// What the records mean once their references are followed, built once here.
    resolved: Resolved,
    warnings: Vec<Issue>,
    /// The interval index every time query searches, built once here.
    index: QueryIndex,
    /// The disputes derived from the positions, on first use.
    disputes: OnceLock<Disputes>,
}

impl PartialEq for Dataset {
    /// Two datasets are equal when they hold equal records in the same order.
    fn eq(&self, other: &Self) -> bool {
        self.records == other.records
    }
}

impl Dataset {
    /// Checks `records` and, if they have no errors, indexes them.
    ///
    /// The checks and the index build both read the records and their resolved form and
    /// nothing else, so on a large dataset they run on two threads at once.
    pub(crate) fn validate(records: Records) -> Result<Self, ValidationReport> {
        Self::validate_or_return(records).map_err(|(report, _)| report)
    }

    /// [`validate`](Self::validate), giving the records back with the report on a refusal.
    #[allow(clippy::result_large_err)] // The dataset of `Ok` is larger still.
    pub(crate) fn validate_or_return(records: Records) -> Result<Self, (ValidationReport, Records)> {
        /// Below this many positions a second thread costs more than it saves.
        const PARALLEL_FROM: usize = 20_000;
        let resolved = Resolved::new(&records);
        let (issues, index) = if records.positions.len() < PARALLEL_FROM {
            let issues = validate::check(&records, &resolved, &Gaps::default());
            let index = (!validate::refuses(&issues)).then(|| QueryIndex::build(&records, &resolved));
            (issues, index)
        } else {
            std::thread::scope(|s| {
                let index = s.spawn(|| QueryIndex::build(&records, &resolved));
                let issues = validate::check(&records, &resolved, &Gaps::default());
                // The build cannot panic on any records; should it, the index is built here.
                let index = index.join().unwrap_or_else(|_| QueryIndex::build(&records, &resolved));
                (issues, Some(index))
            })
        };
        match index {
            Some(index) if !validate::refuses(&issues) => {
                Ok(Self { records, resolved, warnings: issues, index, disputes: OnceLock::new() })
            }
            _ => Err((ValidationReport::new(issues), records)),
        }
    }

    /// A dataset of `records`, which are valid: a restriction of a valid dataset's records
    /// that validation has no reason to see again. Its warnings are computed anew.
    pub(crate) fn from_valid(records: Records) -> Self {
        let resolved = Resolved::new(&records);
        let warnings = validate::warnings(&records, &resolved);
        debug_assert!(
            !validate::refuses(&validate::check(&records, &resolved, &Gaps::default())),
            "a restriction of a valid dataset is refused"
        );
        let index = QueryIndex::build(&records, &resolved);
        Self { records, resolved, warnings, index, disputes: OnceLock::new() }
    }

    /// An empty builder, to make a dataset in code.
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandId, IslandKind};
    ///
    /// let data = Dataset::builder()
    ///     .with_island(Island::new(IslandId::new("iturup")?, IslandKind::Island))
    ///     .build()?;
    /// assert_eq!(data.islands().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn builder() -> DatasetBuilder {
        DatasetBuilder::default()
    }

    /// A builder holding a copy of every record, to edit and build a new dataset; this one
    /// stays as it is. [`into_builder`](Self::into_builder) takes the records without a copy.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let mut builder = data.to_builder();
    /// builder.remove_position(&"japan-claims-four-1949".parse()?);
    /// let smaller = builder.build()?;
    /// assert_eq!(smaller.all_positions().len() + 1, data.all_positions().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> DatasetBuilder {
        DatasetBuilder::from_records(self.records.clone())
    }

    /// A builder holding every record of this dataset, taken without a copy (the index and
    /// the resolved form are dropped), to edit and build again.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril().clone();
    /// let copy = data.clone();
    /// assert_eq!(data.into_builder().into_dataset()?, copy);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn into_builder(self) -> DatasetBuilder {
        DatasetBuilder::from_records(self.records)
    }

    /// The problems that did not refuse the dataset, such as a source published before the
    /// event it reports.
    ///
    /// ```
    /// // The embedded datasets load without a warning.
    /// assert!(island_claims::datasets::kuril().warnings().is_empty());
    /// ```
    #[must_use]
    pub fn warnings(&self) -> &[Issue] {
        &self.warnings
    }

    /// Every island, group and region, in the order given.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// assert_eq!(data.islands()[0].id.as_str(), "kuril-islands");
    /// assert!(data.islands().iter().any(|i| i.id.as_str() == "shikotan"));
    /// ```
    #[must_use]
    pub fn islands(&self) -> &[Island] {
        &self.records.islands
    }

    /// Every party, in the order given.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// assert!(data.parties().iter().any(|p| p.id.as_str() == "japan"));
    /// ```
    #[must_use]
    pub fn parties(&self) -> &[Party] {
        &self.records.parties
    }

    /// Every source, in the order given.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// assert!(data.sources().iter().all(|s| !s.title.is_empty()));
    /// ```
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.records.sources
    }

    /// Every event, in the order given.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// assert_eq!(data.events()[0].id.as_str(), "shimoda-1855");
    /// ```
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.records.events
    }

    /// Every position, in the order given. To ask which positions held when, use the
    /// queries ([`Dataset::query`], [`Dataset::claims_during`], ...).
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let japan = data.all_positions().iter().filter(|p| p.holder.as_str() == "japan").count();
    /// assert!(japan > 0);
    /// ```
    #[must_use]
    pub fn all_positions(&self) -> &[Position] {
        &self.records.positions
    }

    /// The island, group or region with this id.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// assert!(data.island(&"shikotan".parse()?).is_some());
    /// assert!(data.island(&"atlantis".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn island(&self, id: &IslandId) -> Option<&Island> {
        self.resolved.islands.get(&self.records.islands, id.as_str()).and_then(|i| self.records.islands.at(i))
    }

    /// The party with this id.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let ussr = data.party(&"ussr".parse()?).expect("in the dataset");
    /// assert!(ussr.exists.is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.resolved.parties.get(&self.records.parties, id.as_str()).and_then(|i| self.records.parties.at(i))
    }

    /// The source with this id.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// assert!(data.source(&"seed-article".parse()?).is_some());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.resolved.sources.get(&self.records.sources, id.as_str()).and_then(|i| self.records.sources.at(i))
    }

    /// The event with this id.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let treaty = data.event(&"shimoda-1855".parse()?).expect("in the dataset");
    /// assert_eq!(treaty.id.as_str(), "shimoda-1855");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.resolved.events.get(&self.records.events, id.as_str()).and_then(|i| self.records.events.at(i))
    }

    /// The position with this id.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let claim = data.position(&"japan-claims-four-1949".parse()?).expect("in the dataset");
    /// assert!(claim.stance.is_claim());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn position(&self, id: &PositionId) -> Option<&Position> {
        self.resolved.positions.get(&self.records.positions, id.as_str()).and_then(|i| self.records.positions.at(i))
    }

    /// The islands a position covers: those it names and, for groups and regions, all their
    /// members, in dataset order. `None` for a position not in this dataset.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let covered = data.covered_islands(&"japan-claims-four-1949".parse()?).expect("in the dataset");
    /// let covered: Vec<&str> = covered.iter().map(|i| i.as_str()).collect();
    /// // The four islands, and the islets of the Habomai group.
    /// assert!(covered.contains(&"habomai") && covered.contains(&"suisho"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn covered_islands(&self, id: &PositionId) -> Option<&[IslandId]> {
        let p = self.resolved.positions.get(&self.records.positions, id.as_str())?;
        let e = self.resolved.expansions.of(PositionIx::new(p));
        self.resolved.expansions.ids(e).map(|s| &s[..])
    }

    /// `island` and the groups and regions it is part of, nearest first: the one walk up
    /// `part_of`, on the resolved form. Empty for an island not in this dataset.
    #[cfg(any(feature = "svg", feature = "geojson"))]
    pub(crate) fn ancestry(&self, island: &IslandId) -> impl Iterator<Item = &Island> + '_ {
        let start = self.resolved.island(&self.records, island);
        let up = start.into_iter().flat_map(|i| std::iter::once(i).chain(self.resolved.ancestors(i)));
        up.filter_map(|i| self.records.islands.at(i.get()))
    }

    pub(crate) fn records(&self) -> &Records {
        &self.records
    }

    pub(crate) fn resolved(&self) -> &Resolved {
        &self.resolved
    }

    pub(crate) fn index(&self) -> &QueryIndex {
        &self.index
    }

    /// The disputes derived from the positions, derived on first use.
    pub(crate) fn derived_disputes(&self) -> &Disputes {
        self.disputes.get_or_init(|| Disputes::new(&self.records, &self.resolved))
    }

    /// The last day by which a source of the dataset was surely public
    /// ([`Source::public_by`](crate::Source::public_by)), if it has sources: from that day on,
    /// [`as_known_at`](Self::as_known_at) is the whole dataset.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let last = data.latest_publication().expect("it has sources");
    /// assert_eq!(data.as_known_at(last), *data);
    /// ```
    #[must_use]
    pub fn latest_publication(&self) -> Option<NaiveDate> {
        self.records.sources.iter().filter_map(Source::public_by).max()
    }
}
