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
    ///
    /// ```
    /// use island_claims::{Dataset, Party, PartyKind};
    /// let builder = Dataset::builder().with_party(Party::new("japan".parse()?, PartyKind::State));
    /// assert_eq!(builder.build()?.parties()[0].id.as_str(), "japan");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// use island_claims::{Dataset, Source, SourceKind};
    /// let builder = Dataset::builder()
    ///     .with_source(Source::new("jd-1956".parse()?, SourceKind::TreatyText, "Joint Declaration", "1956-10-19".parse()?));
    /// assert_eq!(builder.build()?.sources()[0].title, "Joint Declaration");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// use island_claims::{Attribution, Dataset, Event, EventKind, Source, SourceKind};
    /// let data = Dataset::builder()
    ///     .with_source(Source::new("jd-1956".parse()?, SourceKind::TreatyText, "Joint Declaration", "1956-10-19".parse()?))
    ///     .with_event(
    ///         Event::new("signed".parse()?, EventKind::JointDeclaration, "1956-10-19".parse()?, "Signed in Moscow")
    ///             .with_attribution(Attribution::new("jd-1956".parse()?)),
    ///     )
    ///     .build()?;
    /// assert_eq!(data.events()[0].title, "Signed in Moscow");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// use island_claims::{Attribution, Dataset, Island, IslandKind, Party, PartyKind, Position, Source, SourceKind, Stance};
    /// let claim = Position::new("japan-claim".parse()?, "japan".parse()?, Stance::ClaimsSovereignty,
    ///     vec!["shikotan".parse()?], "1956/..".parse()?).with_attribution(Attribution::new("mofa".parse()?));
    /// let builder = Dataset::builder()
    ///     .with_island(Island::new("shikotan".parse()?, IslandKind::Island))
    ///     .with_party(Party::new("japan".parse()?, PartyKind::State))
    ///     .with_source(Source::new("mofa".parse()?, SourceKind::OfficialStatement, "Japan's position", "2011".parse()?))
    ///     .with_position(claim);
    /// assert_eq!(builder.build()?.claims_during(2000).len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert_eq!(builder.islands().len(), island_claims::datasets::kuril().islands().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert_eq!(builder.get_island(&"iturup".parse()?).and_then(|i| i.names.english()), Some("Iturup"));
    /// assert!(builder.get_island(&"atlantis".parse()?).is_none());
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
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// let removed = builder.remove_island(&"shikotan".parse()?).ok_or("Shikotan")?;
    /// assert_eq!(removed.names.english(), Some("Shikotan"));
    /// // Positions still name it: the build is refused, with the records given back.
    /// let refused = builder.into_dataset().unwrap_err();
    /// assert!(refused.report.has(island_claims::IssueCode::UnknownReference));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove_island(&mut self, id: &IslandId) -> Option<Island> {
        let at = self.records.islands.iter().position(|r| r.id == *id)?;
        Some(self.records.islands.remove(at))
    }

    /// The parties so far, in order.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert!(builder.parties().iter().any(|p| p.id.as_str() == "japan"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn parties(&self) -> &[Party] {
        &self.records.parties
    }

    /// The first of a party with this id, if any.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert_eq!(builder.get_party(&"ussr".parse()?).and_then(|p| p.names.english()), Some("Soviet Union"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// assert!(builder.remove_party(&"putin".parse()?).is_some());
    /// assert!(builder.remove_party(&"putin".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove_party(&mut self, id: &PartyId) -> Option<Party> {
        let at = self.records.parties.iter().position(|r| r.id == *id)?;
        Some(self.records.parties.remove(at))
    }

    /// The sources so far, in order.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert!(builder.sources().iter().all(|s| !s.title.is_empty()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn sources(&self) -> &[Source] {
        &self.records.sources
    }

    /// The first of a source with this id, if any.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// let treaty = builder.get_source(&"sf-treaty-text".parse()?).ok_or("the treaty's text")?;
    /// assert_eq!(treaty.kind, island_claims::SourceKind::TreatyText);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// assert!(builder.remove_source(&"sf-treaty-text".parse()?).is_some());
    /// // Records still cite it: refused.
    /// assert!(builder.into_dataset().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove_source(&mut self, id: &SourceId) -> Option<Source> {
        let at = self.records.sources.iter().position(|r| r.id == *id)?;
        Some(self.records.sources.remove(at))
    }

    /// The events so far, in order.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert!(builder.events().iter().any(|e| e.id.as_str() == "shimoda-1855"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn events(&self) -> &[Event] {
        &self.records.events
    }

    /// The first of an event with this id, if any.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert_eq!(builder.get_event(&"shimoda-1855".parse()?).map(|e| e.title.as_str()), Some("Treaty of Shimoda"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// let shimoda = builder.remove_event(&"shimoda-1855".parse()?).ok_or("Shimoda")?;
    /// assert_eq!(shimoda.when.as_str(), "1855-02-07");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove_event(&mut self, id: &EventId) -> Option<Event> {
        let at = self.records.events.iter().position(|r| r.id == *id)?;
        Some(self.records.events.remove(at))
    }

    /// The positions so far, in order.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// assert_eq!(builder.all_positions().len(), island_claims::datasets::kuril().all_positions().len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn all_positions(&self) -> &[Position] {
        &self.records.positions
    }

    /// The first of a position with this id, if any.
    ///
    /// ```
    /// let builder = island_claims::datasets::kuril().to_builder();
    /// let promise = builder.get_position(&"ussr-promise-1956".parse()?).ok_or("the promise")?;
    /// assert_eq!(promise.stance, island_claims::Stance::PromisedTransfer);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// assert!(builder.remove_position(&"ussr-promise-1956".parse()?).is_some());
    /// let data = builder.into_dataset()?;
    /// assert!(data.position(&"ussr-promise-1956".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn remove_position(&mut self, id: &PositionId) -> Option<Position> {
        let at = self.records.positions.iter().position(|r| r.id == *id)?;
        Some(self.records.positions.remove(at))
    }

    /// The islands so far, to edit.
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// builder.islands_mut().retain(|i| i.id.as_str() != "kaigara");
    /// assert!(builder.get_island(&"kaigara".parse()?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn islands_mut(&mut self) -> &mut Vec<Island> {
        &mut self.records.islands
    }

    /// The parties so far, to edit.
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// for party in builder.parties_mut() {
    ///     party.note = None;
    /// }
    /// assert!(builder.parties().iter().all(|p| p.note.is_none()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parties_mut(&mut self) -> &mut Vec<Party> {
        &mut self.records.parties
    }

    /// The sources so far, to edit.
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// builder.sources_mut().sort_by(|a, b| a.title.cmp(&b.title));
    /// assert!(builder.into_dataset().is_ok()); // the order of a list is free
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn sources_mut(&mut self) -> &mut Vec<Source> {
        &mut self.records.sources
    }

    /// The events so far, to edit.
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// let before = builder.events().len();
    /// builder.events_mut().truncate(before - 1);
    /// assert_eq!(builder.events().len(), before - 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn events_mut(&mut self) -> &mut Vec<Event> {
        &mut self.records.events
    }

    /// The positions so far, to edit.
    ///
    /// ```
    /// let mut builder = island_claims::datasets::kuril().clone().into_builder();
    /// // Leave out every account of Putin's.
    /// builder.positions_mut().retain(|p| p.accounts().iter().all(|a| a.is_none_or(|who| who.as_str() != "putin")));
    /// let data = builder.into_dataset()?;
    /// assert!(data.claims_during(1956).iter().all(|m| m.position().id.as_str() != "japan-two-islands-1956-per-putin"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn positions_mut(&mut self) -> &mut Vec<Position> {
        &mut self.records.positions
    }

    /// Checks every record and builds the dataset from a copy of them. The builder is kept,
    /// so after a refusal the records can be mended and built again.
    ///
    /// # Errors
    ///
    /// A [`ValidationReport`] with every problem found, when any is an error.
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandKind, IssueCode};
    /// let mut builder = Dataset::builder()
    ///     .with_island(Island::new("habomai".parse()?, IslandKind::Group))
    ///     .with_island(Island::new("suisho".parse()?, IslandKind::Island).with_part_of("habomai-islands".parse()?));
    /// let report = builder.build().unwrap_err();
    /// assert!(report.has(IssueCode::UnknownReference));
    /// // The builder is kept: mend it and build again.
    /// builder.islands_mut()[1].part_of = Some("habomai".parse()?);
    /// assert_eq!(builder.build()?.islands().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
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
    ///
    /// ```
    /// use island_claims::{Dataset, Island, IslandKind};
    /// let builder = Dataset::builder().with_island(Island::new("shikotan".parse()?, IslandKind::Island));
    /// let json = builder.to_json();
    /// assert!(json.contains("\"shikotan\""));
    /// assert_eq!(Dataset::from_json(&json)?, builder.build()?);
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
///
/// # Examples
///
/// ```
/// let mut builder = island_claims::datasets::kuril().clone().into_builder();
/// builder.remove_island(&"shikotan".parse()?);
/// let refused = builder.into_dataset().unwrap_err();
/// assert!(refused.report.has(island_claims::IssueCode::UnknownReference));
/// // Every other record is given back, to fix and build again.
/// let mut builder = refused.builder;
/// assert_eq!(builder.islands().len() + 1, island_claims::datasets::kuril().islands().len());
/// builder.positions_mut().iter_mut().for_each(|p| p.islands.retain(|i| i.as_str() != "shikotan"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
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
