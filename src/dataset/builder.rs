use crate::dataset::Dataset;
use crate::records::Records;
use crate::records::{Event, Island, Party, Position, Source};
use crate::validate::ValidationReport;

/// Collects records for a new [`Dataset`]; [`build`](Self::build) checks them all.
///
/// Add records by chaining, or edit the lists directly through the `*_mut` methods (the way
/// to change or remove records of a dataset taken apart with [`Dataset::to_builder`]).
///
/// # Examples
///
/// ```
/// use island_claims::{Attribution, Dataset, IslandId, IssueCode, PartyId, Position, PositionId, Stance};
///
/// let mut builder = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?.to_builder();
/// builder.positions_mut().push(Position::new(
///     PositionId::new("ghost")?,
///     PartyId::new("nobody")?,
///     Stance::ClaimsSovereignty,
///     vec![IslandId::new("shikotan")?],
///     "1956".parse()?,
/// ));
/// let report = builder.build().unwrap_err();
/// assert!(report.has(IssueCode::UnknownReference));
/// assert!(report.has(IssueCode::MissingAttribution));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct DatasetBuilder {
    records: Records,
}

impl DatasetBuilder {
    pub(crate) fn from_records(records: Records) -> Self {
        Self { records }
    }

    /// Adds an island, group or region.
    #[must_use]
    pub fn island(mut self, island: Island) -> Self {
        self.records.islands.push(island);
        self
    }

    /// Adds a party.
    #[must_use]
    pub fn party(mut self, party: Party) -> Self {
        self.records.parties.push(party);
        self
    }

    /// Adds a source.
    #[must_use]
    pub fn source(mut self, source: Source) -> Self {
        self.records.sources.push(source);
        self
    }

    /// Adds an event.
    #[must_use]
    pub fn event(mut self, event: Event) -> Self {
        self.records.events.push(event);
        self
    }

    /// Adds a position.
    #[must_use]
    pub fn position(mut self, position: Position) -> Self {
        self.records.positions.push(position);
        self
    }

    /// The islands so far, to edit.
    pub fn islands_mut(&mut self) -> &mut Vec<Island> {
        &mut self.records.islands
    }

    /// The parties so far, to edit.
    pub fn parties_mut(&mut self) -> &mut Vec<Party> {
        &mut self.records.parties
    }

    /// The sources so far, to edit.
    pub fn sources_mut(&mut self) -> &mut Vec<Source> {
        &mut self.records.sources
    }

    /// The events so far, to edit.
    pub fn events_mut(&mut self) -> &mut Vec<Event> {
        &mut self.records.events
    }

    /// The positions so far, to edit.
    pub fn positions_mut(&mut self) -> &mut Vec<Position> {
        &mut self.records.positions
    }

    /// Checks every record and builds the dataset. The builder is kept, so after a refusal
    /// the records can be mended and built again.
    ///
    /// # Errors
    ///
    /// A [`ValidationReport`] with every problem found, when any is an error.
    pub fn build(&self) -> Result<Dataset, ValidationReport> {
        Dataset::validate(self.records.clone())
    }

    /// Checks every record and builds the dataset, without copying the records.
    ///
    /// # Errors
    ///
    /// A [`ValidationReport`] with every problem found, when any is an error; the records
    /// are dropped, so use [`build`](Self::build) to keep them.
    pub fn into_dataset(self) -> Result<Dataset, ValidationReport> {
        Dataset::validate(self.records)
    }

    /// The records as dataset JSON, pretty-printed, checked or not: a draft to save, or a
    /// refused dataset to show. [`Dataset::from_json`] reads it back, with the same report
    /// as [`build`](Self::build) when the records are invalid.
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandId, IslandKind};
    ///
    /// let draft = Dataset::builder().island(Island::new(IslandId::new("iturup")?, IslandKind::Island));
    /// let json = draft.to_json();
    /// assert!(json.contains("\"format\": \"island-claims/2\""));
    /// assert_eq!(Dataset::from_json(&json)?, draft.build()?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_json(&self) -> String {
        crate::dataset::write(&self.records, crate::dataset::Layout::Pretty)
    }

    /// The records as compact dataset JSON (no spaces or newlines), for the synthetic datasets.
    #[cfg(feature = "synth")]
    pub(crate) fn to_compact_json(&self) -> String {
        crate::dataset::write(&self.records, crate::dataset::Layout::Compact)
    }
}
