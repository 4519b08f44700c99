use crate::dataset::Dataset;
use crate::ids::{EventId, IslandId, PartyId, PositionId, SourceId};
use crate::records::Records;
use crate::records::{Event, Island, Party, Position, Source};
use crate::validate::ValidationReport;

/// Collects records for a new [`Dataset`]; [`build`](Self::build) checks them all.
///
/// Add records by chaining [`with_island`](Self::with_island) and the like; read them with
/// [`islands`](Self::islands) and the like; find, edit and remove one by id with
/// [`get_island`](Self::get_island), [`island_mut`](Self::island_mut) and
/// [`remove_island`](Self::remove_island) (and the same for each kind), or edit a whole list
/// through the `*_mut` methods. (The look-ups `get_island` and the like become `island` and
/// the like in the next version, named as [`Dataset::island`] is, once the adders of that
/// name have been deprecated for a version.) A dataset is
/// taken apart with [`Dataset::into_builder`] (no copy) or [`Dataset::to_builder`] (a copy),
/// and put together again with [`into_dataset`](Self::into_dataset) (no copy; a refusal gives
/// the records back) or [`build`](Self::build) (a copy).
///
/// Lookups by id scan the list (O(n)): the builder is for editing, and keeps no index that
/// every edit would have to update. Ids are not checked until the build, so a list may hold
/// an id twice; lookups find the first.
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
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DatasetBuilder {
    records: Records,
}

impl DatasetBuilder {
    pub(crate) fn from_records(records: Records) -> Self {
        Self { records }
    }

    /// Adds an island, group or region: `with_` adds, as [`Party::with_relation`](crate::Party::with_relation)
    /// does, so that [`island`](Dataset::island) means a look-up on the builder as on the
    /// dataset.
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandId, IslandKind};
    ///
    /// let builder = Dataset::builder().with_island(Island::new(IslandId::new("shikotan")?, IslandKind::Island));
    /// assert_eq!(builder.islands().len(), 1);
    /// assert!(builder.build().is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_island(mut self, island: Island) -> Self {
        self.records.islands.push(island);
        self
    }

    /// Adds an island, group or region.
    #[deprecated(
        note = "write `with_island(island)`; `island` will look an island, group or region up by id, as `Dataset::island` does"
    )]
    #[must_use]
    pub fn island(self, island: Island) -> Self {
        self.with_island(island)
    }

    /// Adds a party: `with_` adds, as [`Party::with_relation`](crate::Party::with_relation)
    /// does, so that [`party`](Dataset::party) means a look-up on the builder as on the
    /// dataset.
    #[must_use]
    pub fn with_party(mut self, party: Party) -> Self {
        self.records.parties.push(party);
        self
    }

    /// Adds a party.
    #[deprecated(note = "write `with_party(party)`; `party` will look a party up by id, as `Dataset::party` does")]
    #[must_use]
    pub fn party(self, party: Party) -> Self {
        self.with_party(party)
    }

    /// Adds a source: `with_` adds, as [`Party::with_relation`](crate::Party::with_relation)
    /// does, so that [`source`](Dataset::source) means a look-up on the builder as on the
    /// dataset.
    #[must_use]
    pub fn with_source(mut self, source: Source) -> Self {
        self.records.sources.push(source);
        self
    }

    /// Adds a source.
    #[deprecated(note = "write `with_source(source)`; `source` will look a source up by id, as `Dataset::source` does")]
    #[must_use]
    pub fn source(self, source: Source) -> Self {
        self.with_source(source)
    }

    /// Adds an event: `with_` adds, as [`Party::with_relation`](crate::Party::with_relation)
    /// does, so that [`event`](Dataset::event) means a look-up on the builder as on the
    /// dataset.
    #[must_use]
    pub fn with_event(mut self, event: Event) -> Self {
        self.records.events.push(event);
        self
    }

    /// Adds an event.
    #[deprecated(note = "write `with_event(event)`; `event` will look an event up by id, as `Dataset::event` does")]
    #[must_use]
    pub fn event(self, event: Event) -> Self {
        self.with_event(event)
    }

    /// Adds a position: `with_` adds, as [`Party::with_relation`](crate::Party::with_relation)
    /// does, so that [`position`](Dataset::position) means a look-up on the builder as on the
    /// dataset.
    #[must_use]
    pub fn with_position(mut self, position: Position) -> Self {
        self.records.positions.push(position);
        self
    }

    /// Adds a position.
    #[deprecated(
        note = "write `with_position(position)`; `position` will look a position up by id, as `Dataset::position` does"
    )]
    #[must_use]
    pub fn position(self, position: Position) -> Self {
        self.with_position(position)
    }

    /// The islands so far, in order.
    #[must_use]
    pub fn islands(&self) -> &[Island] {
        &self.records.islands
    }

    /// The first of an island, group or region with this id, if any.
    ///
    /// ```
    /// use island_claims::{Dataset, IslandId};
    ///
    /// let mut builder = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?.into_builder();
    /// let shikotan: IslandId = "shikotan".parse()?;
    /// assert_eq!(builder.get_island(&shikotan).map(|i| i.id.as_str()), Some("shikotan"));
    /// builder.island_mut(&shikotan).expect("there").note = Some("checked".into());
    /// let n = builder.islands().len();
    /// let removed = builder.remove_island(&"suisho".parse()?).expect("there");
    /// assert_eq!((removed.id.as_str(), builder.islands().len()), ("suisho", n - 1));
    /// assert!(builder.get_island(&"suisho".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn get_island(&self, id: &IslandId) -> Option<&Island> {
        self.records.islands.iter().find(|r| r.id == *id)
    }

    /// The first of an island, group or region with this id, to edit.
    #[deprecated(note = "write `island_mut(id)`")]
    pub fn get_island_mut(&mut self, id: &IslandId) -> Option<&mut Island> {
        self.records.islands.iter_mut().find(|r| r.id == *id)
    }

    /// The first of an island, group or region with this id, to edit: the same as `get_island_mut`, named as the
    /// look-ups of the dataset are.
    pub fn island_mut(&mut self, id: &IslandId) -> Option<&mut Island> {
        self.records.islands.iter_mut().find(|r| r.id == *id)
    }

    /// Takes out the first of an island, group or region with this id, keeping the order of the others. The
    /// records that refer to it are left as they are: [`build`](Self::build) reports them.
    pub fn remove_island(&mut self, id: &IslandId) -> Option<Island> {
        let at = self.records.islands.iter().position(|r| r.id == *id)?;
        Some(self.records.islands.remove(at))
    }

    /// The parties so far, in order.
    #[must_use]
    pub fn parties(&self) -> &[Party] {
        &self.records.parties
    }

    /// The first of a party with this id, if any.
    #[must_use]
    pub fn get_party(&self, id: &PartyId) -> Option<&Party> {
        self.records.parties.iter().find(|r| r.id == *id)
    }

    /// The first of a party with this id, to edit.
    #[deprecated(note = "write `party_mut(id)`")]
    pub fn get_party_mut(&mut self, id: &PartyId) -> Option<&mut Party> {
        self.records.parties.iter_mut().find(|r| r.id == *id)
    }

    /// The first of a party with this id, to edit: the same as `get_party_mut`, named as the
    /// look-ups of the dataset are.
    pub fn party_mut(&mut self, id: &PartyId) -> Option<&mut Party> {
        self.records.parties.iter_mut().find(|r| r.id == *id)
    }

    /// Takes out the first of a party with this id, keeping the order of the others. The
    /// records that refer to it are left as they are: [`build`](Self::build) reports them.
    pub fn remove_party(&mut self, id: &PartyId) -> Option<Party> {
        let at = self.records.parties.iter().position(|r| r.id == *id)?;
        Some(self.records.parties.remove(at))
    }

    /// The sources so far, in order.
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.records.sources
    }

    /// The first of a source with this id, if any.
    #[must_use]
    pub fn get_source(&self, id: &SourceId) -> Option<&Source> {
        self.records.sources.iter().find(|r| r.id == *id)
    }

    /// The first of a source with this id, to edit.
    #[deprecated(note = "write `source_mut(id)`")]
    pub fn get_source_mut(&mut self, id: &SourceId) -> Option<&mut Source> {
        self.records.sources.iter_mut().find(|r| r.id == *id)
    }

    /// The first of a source with this id, to edit: the same as `get_source_mut`, named as the
    /// look-ups of the dataset are.
    pub fn source_mut(&mut self, id: &SourceId) -> Option<&mut Source> {
        self.records.sources.iter_mut().find(|r| r.id == *id)
    }

    /// Takes out the first of a source with this id, keeping the order of the others. The
    /// records that refer to it are left as they are: [`build`](Self::build) reports them.
    pub fn remove_source(&mut self, id: &SourceId) -> Option<Source> {
        let at = self.records.sources.iter().position(|r| r.id == *id)?;
        Some(self.records.sources.remove(at))
    }

    /// The events so far, in order.
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.records.events
    }

    /// The first of an event with this id, if any.
    #[must_use]
    pub fn get_event(&self, id: &EventId) -> Option<&Event> {
        self.records.events.iter().find(|r| r.id == *id)
    }

    /// The first of an event with this id, to edit.
    #[deprecated(note = "write `event_mut(id)`")]
    pub fn get_event_mut(&mut self, id: &EventId) -> Option<&mut Event> {
        self.records.events.iter_mut().find(|r| r.id == *id)
    }

    /// The first of an event with this id, to edit: the same as `get_event_mut`, named as the
    /// look-ups of the dataset are.
    pub fn event_mut(&mut self, id: &EventId) -> Option<&mut Event> {
        self.records.events.iter_mut().find(|r| r.id == *id)
    }

    /// Takes out the first of an event with this id, keeping the order of the others. The
    /// records that refer to it are left as they are: [`build`](Self::build) reports them.
    pub fn remove_event(&mut self, id: &EventId) -> Option<Event> {
        let at = self.records.events.iter().position(|r| r.id == *id)?;
        Some(self.records.events.remove(at))
    }

    /// The positions so far, in order.
    #[must_use]
    pub fn all_positions(&self) -> &[Position] {
        &self.records.positions
    }

    /// The first of a position with this id, if any.
    #[must_use]
    pub fn get_position(&self, id: &PositionId) -> Option<&Position> {
        self.records.positions.iter().find(|r| r.id == *id)
    }

    /// The first of a position with this id, to edit.
    #[deprecated(note = "write `position_mut(id)`")]
    pub fn get_position_mut(&mut self, id: &PositionId) -> Option<&mut Position> {
        self.records.positions.iter_mut().find(|r| r.id == *id)
    }

    /// The first of a position with this id, to edit: the same as `get_position_mut`, named as the
    /// look-ups of the dataset are.
    pub fn position_mut(&mut self, id: &PositionId) -> Option<&mut Position> {
        self.records.positions.iter_mut().find(|r| r.id == *id)
    }

    /// Takes out the first of a position with this id, keeping the order of the others. The
    /// records that refer to it are left as they are: [`build`](Self::build) reports them.
    pub fn remove_position(&mut self, id: &PositionId) -> Option<Position> {
        let at = self.records.positions.iter().position(|r| r.id == *id)?;
        Some(self.records.positions.remove(at))
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

    /// Checks every record and builds the dataset from a copy of them. The builder is kept,
    /// so after a refusal the records can be mended and built again.
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
    /// A [`Refused`] build when any problem is an error: its report, and the builder with
    /// every record as it was, to mend and build again.
    ///
    /// ```
    /// use island_claims::{Dataset, IssueCode};
    ///
    /// let mut builder = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?.into_builder();
    /// builder.remove_party(&"japan".parse()?);
    /// let refused = builder.into_dataset().unwrap_err();
    /// assert!(refused.report.has(IssueCode::UnknownReference));
    /// // Nothing is lost: put the party back and build again.
    /// let mut builder = refused.builder;
    /// let japan = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?.party(&"japan".parse()?).cloned();
    /// builder.parties_mut().extend(japan);
    /// assert!(builder.into_dataset().is_ok());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[allow(clippy::result_large_err)] // The dataset of `Ok` is larger still.
    pub fn into_dataset(self) -> Result<Dataset, Refused> {
        // Validation takes the records; on a refusal they come back with the report.
        Dataset::validate_or_return(self.records)
            .map_err(|(report, records)| Refused { report, builder: Self { records } })
    }

    /// The records as dataset JSON, pretty-printed, checked or not: a draft to save, or a
    /// refused dataset to show. [`Dataset::from_json`] reads it back, with the same report
    /// as [`build`](Self::build) when the records are invalid.
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandId, IslandKind};
    ///
    /// let draft = Dataset::builder().with_island(Island::new(IslandId::new("iturup")?, IslandKind::Island));
    /// let json = draft.to_json();
    /// assert!(json.contains("\"format\": \"island-claims/3\""));
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

/// A build that [`DatasetBuilder::into_dataset`] refused: why, and every record given, unchanged.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{report}")]
pub struct Refused {
    /// Every problem found; also the error's [`source`](std::error::Error::source).
    #[source]
    pub report: ValidationReport,
    /// The builder, with its records as they were given.
    pub builder: DatasetBuilder,
}

impl Refused {
    /// The code of a refused build: `dataset_invalid`, as its report's.
    #[must_use]
    pub fn code(&self) -> &'static str {
        self.report.code()
    }
}

impl serde::Serialize for Refused {
    /// `{"code": "dataset_invalid", "message": ..., "report": ...}`, without the records.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::coded::code_and_message(serializer, self.code(), &self.to_string(), Some(("report", &self.report)))
    }
}
