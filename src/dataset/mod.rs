//! The dataset: all records of a dispute, validated and indexed.

mod builder;
mod json;
pub(crate) mod object;

use chrono::NaiveDate;

pub use builder::DatasetBuilder;
#[cfg(feature = "schema")]
pub(crate) use json::RawDataset;
pub use json::{FORMAT, LoadError, MAX_JSON_BYTES};

use crate::ids::{EventId, IslandId, PartyId, PositionId, SourceId};
use crate::query::index::QueryIndex;
use crate::records::{Event, Island, Party, Position, Source};
use crate::validate::{self, Derived, Gaps, Issue, ValidationReport};

/// The five record lists, as given: not yet checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Records {
    pub(crate) islands: Vec<Island>,
    pub(crate) parties: Vec<Party>,
    pub(crate) sources: Vec<Source>,
    pub(crate) events: Vec<Event>,
    pub(crate) positions: Vec<Position>,
}

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
///   "format": "island-claims/1",
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
    derived: Derived,
    warnings: Vec<Issue>,
    /// The interval index every time query searches, built once here.
    index: QueryIndex,
}

impl PartialEq for Dataset {
    /// Two datasets are equal when they hold equal records in the same order.
    fn eq(&self, other: &Self) -> bool {
        self.records == other.records
    }
}

impl Dataset {
    /// Checks `records` and, if they have no errors, indexes them.
    pub(crate) fn validate(records: Records) -> Result<Self, ValidationReport> {
        let (issues, derived) = validate::check(&records, &Gaps::default());
        if issues.iter().any(|i| i.severity == validate::Severity::Error) {
            return Err(ValidationReport::new(issues));
        }
        let index = QueryIndex::build(&records, &derived);
        Ok(Self { records, derived, warnings: issues, index })
    }

    /// An empty builder, to make a dataset in code.
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandId, IslandKind};
    ///
    /// let data = Dataset::builder()
    ///     .island(Island::new(IslandId::new("iturup")?, IslandKind::Island))
    ///     .build()?;
    /// assert_eq!(data.islands().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn builder() -> DatasetBuilder {
        DatasetBuilder::default()
    }

    /// A builder holding a copy of every record, to edit and build a new dataset.
    #[must_use]
    pub fn to_builder(&self) -> DatasetBuilder {
        DatasetBuilder::from_records(self.records.clone())
    }

    /// The problems that did not refuse the dataset, such as a source published before the
    /// event it reports.
    #[must_use]
    pub fn warnings(&self) -> &[Issue] {
        &self.warnings
    }

    /// Every island, group and region, in the order given.
    #[must_use]
    pub fn islands(&self) -> &[Island] {
        &self.records.islands
    }

    /// Every party, in the order given.
    #[must_use]
    pub fn parties(&self) -> &[Party] {
        &self.records.parties
    }

    /// Every source, in the order given.
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.records.sources
    }

    /// Every event, in the order given.
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.records.events
    }

    /// Every position, in the order given. To ask which positions held when, use the
    /// queries ([`Dataset::positions`], [`Dataset::claims_in_year`], ...).
    #[must_use]
    pub fn all_positions(&self) -> &[Position] {
        &self.records.positions
    }

    /// The island, group or region with this id.
    #[must_use]
    pub fn island(&self, id: &IslandId) -> Option<&Island> {
        self.derived.islands.get(&self.records.islands, id.as_str()).and_then(|i| self.records.islands.get(i as usize))
    }

    /// The party with this id.
    #[must_use]
    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.derived.parties.get(&self.records.parties, id.as_str()).and_then(|i| self.records.parties.get(i as usize))
    }

    /// The source with this id.
    #[must_use]
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.derived.sources.get(&self.records.sources, id.as_str()).and_then(|i| self.records.sources.get(i as usize))
    }

    /// The event with this id.
    #[must_use]
    pub fn event(&self, id: &EventId) -> Option<&Event> {
        self.derived.events.get(&self.records.events, id.as_str()).and_then(|i| self.records.events.get(i as usize))
    }

    /// The position with this id.
    #[must_use]
    pub fn position(&self, id: &PositionId) -> Option<&Position> {
        self.derived
            .positions
            .get(&self.records.positions, id.as_str())
            .and_then(|i| self.records.positions.get(i as usize))
    }

    /// The islands a position covers: those it names and, for groups and regions, all their
    /// members, in dataset order. `None` for a position not in this dataset.
    ///
    /// ```
    /// # let data = island_claims::Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
    /// let pos = data.position(&"japan-four".parse()?).unwrap();
    /// let covered: Vec<&str> = data.covered_islands(&pos.id).unwrap().iter().map(|i| i.as_str()).collect();
    /// assert!(covered.contains(&"habomai") && covered.contains(&"suisho"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn covered_islands(&self, id: &PositionId) -> Option<&[IslandId]> {
        let p = self.derived.positions.get(&self.records.positions, id.as_str())?;
        self.expansion_of(p as usize)
    }

    pub(crate) fn expansion_of(&self, position: usize) -> Option<&[IslandId]> {
        let &e = self.derived.position_expansion.get(position)?;
        self.derived.expansion_ids.get(e as usize).map(|s| &s[..])
    }

    pub(crate) fn records(&self) -> &Records {
        &self.records
    }

    /// The dataset without records, which needs no validation.
    pub(crate) fn empty() -> Self {
        Self {
            records: Records::default(),
            derived: Derived::default(),
            warnings: Vec::new(),
            index: QueryIndex::default(),
        }
    }

    pub(crate) fn derived(&self) -> &Derived {
        &self.derived
    }

    pub(crate) fn index(&self) -> &QueryIndex {
        &self.index
    }

    /// The last day on which any source of the dataset may have been published, if any.
    #[must_use]
    pub fn latest_publication(&self) -> Option<NaiveDate> {
        self.records.sources.iter().map(|s| s.published.latest()).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_types_are_send_and_sync() {
        fn ok<T: Send + Sync>() {}
        ok::<Dataset>();
        ok::<DatasetBuilder>();
        ok::<LoadError>();
        ok::<ValidationReport>();
        ok::<crate::SyntaxError>();
    }
}
