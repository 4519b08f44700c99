//! The checks themselves, run once over all records.

use crate::ids::{IslandId, PartyId};
use crate::records::{
    Attribution, CounterpartRule, Island, IslandKind, Party, PartyKind, Position, Rank, Records, RelationKind,
};
use crate::resolve::{At, IdIndex, Resolved};
use crate::time::{Bounds, Period, date_of};
use crate::validate::Gaps;
use crate::validate::cycles::{cycle_members, cycle_starts, cycles, timed_cycles};
use crate::validate::{Issue, IssueCode, RecordKind, Severity, Subject};

pub(super) struct Checker<'a> {
    pub(super) r: &'a Records,
    pub(super) d: &'a Resolved,
    gaps: &'a Gaps,
    issues: Vec<Issue>,
}

/// A record the checks report on: its kind, its id and its place in its list as given.
#[derive(Debug, Clone, Copy)]
pub(super) struct Record<'s> {
    kind: RecordKind,
    id: &'s str,
    index: usize,
}

impl<'s> Record<'s> {
    pub(super) fn new(kind: RecordKind, id: &'s str, index: usize) -> Self {
        Self { kind, id, index }
    }
}

/// An issue about to be reported on one field of a record: see [`Checker::on`].
pub(super) struct Report<'c> {
    issues: &'c mut Vec<Issue>,
    subject: Subject,
}

impl Report<'_> {
    /// Reports the issue `code`, of the severity the code has, saying `message`.
    pub(super) fn issue(self, code: IssueCode, message: String) {
        self.issues.push(Issue { code, severity: code.severity(), subject: self.subject, message });
    }
}

impl Checker<'_> {
    /// The issue of `at`'s `field`, to report with [`Report::issue`]: each check names its
    /// subject once, then the code and the message.
    pub(super) fn on(&mut self, at: Record<'_>, field: &'static str) -> Report<'_> {
        let subject = Subject { kind: at.kind, id: at.id.to_owned(), index: self.gaps.place(at.kind, at.index), field };
        Report { issues: &mut self.issues, subject }
    }
}

/// The JSON field of a relation of this kind.
fn relation_field(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::PartOf => "part_of",
        RelationKind::ProtectedBy => "protected_by",
        RelationKind::Represents => "represents",
    }
}

fn bounds_text(n: i32) -> String {
    date_of(n).map_or_else(|| "an open end".to_owned(), |d| d.to_string())
}

/// Runs every check of `r`, whose resolved form is `d`. Returns the issues found, errors and
/// warnings. `gaps` tells of records of a file that could not be read; pass the default
/// otherwise.
pub(crate) fn check(r: &Records, d: &Resolved, gaps: &Gaps) -> Vec<Issue> {
    let mut c = Checker { r, d, gaps, issues: Vec::new() };
    c.duplicates(RecordKind::Island, &d.islands, |i| r.islands.get(i).map(|x| x.id.as_str()));
    c.duplicates(RecordKind::Party, &d.parties, |i| r.parties.get(i).map(|x| x.id.as_str()));
    c.duplicates(RecordKind::Source, &d.sources, |i| r.sources.get(i).map(|x| x.id.as_str()));
    c.duplicates(RecordKind::Event, &d.events, |i| r.events.get(i).map(|x| x.id.as_str()));
    c.duplicates(RecordKind::Position, &d.positions, |i| r.positions.get(i).map(|x| x.id.as_str()));
    c.islands();
    c.parties();
    c.sources();
    c.events();
    c.positions();
    c.incompatible_positions();
    c.exclusive_titles();
    c.states_representing_states();
    c.issues
}

/// The warnings alone of `r`, for records known to have no error: what [`check`] would
/// return for them, at a fraction of its cost.
pub(crate) fn warnings(r: &Records, d: &Resolved) -> Vec<Issue> {
    let mut c = Checker { r, d, gaps: &Gaps::default(), issues: Vec::new() };
    c.published_before_events();
    c.states_representing_states();
    debug_assert!(c.issues.iter().all(|i| i.severity == Severity::Warning), "a warning check found an error");
    c.issues
}

impl Checker<'_> {
    /// Whether no record of `kind` has this id: none was read, and none that could not be
    /// read had it (a reference to such a record is not reported again).
    fn unknown(&self, kind: RecordKind, id: &str) -> bool {
        let read = match kind {
            RecordKind::Island => self.d.islands.contains(&self.r.islands, id),
            RecordKind::Party => self.d.parties.contains(&self.r.parties, id),
            RecordKind::Source => self.d.sources.contains(&self.r.sources, id),
            RecordKind::Event => self.d.events.contains(&self.r.events, id),
            RecordKind::Position => self.d.positions.contains(&self.r.positions, id),
        };
        !read && !self.gaps.is_unread(kind, id)
    }

    fn duplicates<'r>(&mut self, kind: RecordKind, ids: &IdIndex, id_at: impl Fn(usize) -> Option<&'r str>) {
        let list = kind.list_name();
        for &(i, first) in ids.repeats() {
            let id = id_at(i).unwrap_or_default();
            let (place, first) = (self.gaps.place(kind, i), self.gaps.place(kind, first));
            self.on(Record::new(kind, id, i), "id").issue(
                IssueCode::DuplicateId,
                format!("{kind} '{id}' at {list}[{place}] repeats the id of {list}[{first}]"),
            );
        }
    }
}

impl Checker<'_> {
    fn islands(&mut self) {
        let r = self.r;
        for (i, island) in r.islands.iter().enumerate() {
            let id = island.id.as_str();
            let at = Record::new(RecordKind::Island, id, i);
            if let Some(exists) = &island.exists {
                self.reversed(at, "exists", exists);
            }
            if island.kind == IslandKind::Part && island.part_of.is_none() {
                self.on(at, "part_of").issue(
                    IssueCode::PartWithoutIsland,
                    format!("island '{id}' is of kind part but names no island in part_of; name the island it divides"),
                );
            }
            if let Some(parent) = &island.part_of {
                match self.d.islands.get(&r.islands, parent.as_str()) {
                    None if self.gaps.is_unread(RecordKind::Island, parent.as_str()) => {}
                    None => self.on(at, "part_of").issue(
                        IssueCode::UnknownReference,
                        format!("island '{id}' is part_of unknown island '{parent}'"),
                    ),
                    Some(p) => {
                        let kind = r.islands.at(p).kind;
                        if !island.kind.may_be_part_of(kind) {
                            self.part_of_kind(i, island, kind);
                        }
                    }
                }
            }
            if let Some(a) = island.area_km2 {
                if !(a.is_finite() && a >= 0.0) {
                    self.on(at, "area_km2").issue(
                        IssueCode::ValueOutOfRange,
                        format!("island '{id}' has area_km2 {a}; expected a finite number of at least 0"),
                    );
                }
            }
            if let Some(loc) = island.location {
                if !(loc.lat.is_finite() && (-90.0..=90.0).contains(&loc.lat)) {
                    self.on(at, "location").issue(
                        IssueCode::ValueOutOfRange,
                        format!("island '{id}' has latitude {}; expected -90 to 90", loc.lat),
                    );
                }
                if !(loc.lon.is_finite() && (-180.0..=180.0).contains(&loc.lon)) {
                    self.on(at, "location").issue(
                        IssueCode::ValueOutOfRange,
                        format!("island '{id}' has longitude {}; expected -180 to 180", loc.lon),
                    );
                }
            }
        }
        // Cycles: follow part_of from each island; report each cycle once, at its first member.
        let parent: Vec<Option<usize>> = self.d.island_tree.parents().iter().map(|p| p.map(|p| p.get())).collect();
        for i in cycle_starts(&parent) {
            let id = r.islands.at(i).id.as_str();
            let members: Vec<String> =
                cycle_members(&parent, i).iter().map(|&m| r.islands.at(m)).map(|x| format!("'{}'", x.id)).collect();
            self.on(Record::new(RecordKind::Island, id, i), "part_of").issue(
                IssueCode::PartOfCycle,
                format!("island '{id}' is part of itself through part_of: {}", members.join(" -> ")),
            );
        }
    }

    /// An island `part_of` a record of a kind it may not belong to (`kind`).
    fn part_of_kind(&mut self, i: usize, island: &Island, kind: IslandKind) {
        let (id, parent) = (island.id.as_str(), island.part_of.as_ref().map_or("", |p| p.as_str()));
        let (code, message) = if island.kind == IslandKind::Part {
            (
                IssueCode::PartOfNotAnIsland,
                format!("part '{id}' is part_of '{parent}', which is of kind {kind}, not an island or a part"),
            )
        } else {
            let hint = if kind.has_parts() && island.kind == IslandKind::Island {
                format!("; for a side of a border across '{parent}', write \"kind\": \"part\"")
            } else {
                String::new()
            };
            (
                IssueCode::PartOfNotAGroup,
                format!("island '{id}' is part_of '{parent}', which is of kind {kind}, not a group or region{hint}"),
            )
        };
        self.on(Record::new(RecordKind::Island, id, i), "part_of").issue(code, message);
    }

    fn parties(&mut self) {
        for (i, party) in self.r.parties.iter().enumerate() {
            let at = Record::new(RecordKind::Party, party.id.as_str(), i);
            if let Some(exists) = &party.exists {
                self.reversed(at, "exists", exists);
            }
            self.successions(at, party);
            for (kind, relation) in party.relations() {
                let field = relation_field(kind);
                self.party_ref(at, field, &relation.party);
                self.reversed(at, field, &relation.period);
                self.relation_sources(at, field, &relation.attributions);
            }
        }
        self.successor_cycles();
        self.party_part_of_cycles();
    }

    /// The lines of succession of `party`, at `at`: their parties, contests and sources.
    fn successions(&mut self, at: Record<'_>, party: &Party) {
        let id = at.id;
        for line in &party.successor_of {
            self.party_ref(at, "successor_of", &line.party);
            for by in &line.contested_by {
                self.party_ref(at, "successor_of", by);
                if *by == party.id || *by == line.party {
                    let whom = if *by == party.id { "its successor" } else { "its predecessor" };
                    self.on(at, "successor_of").issue(
                        IssueCode::SuccessionContestedByItsParty,
                        format!(
                            "party '{id}' has its succession of '{}' contested by {whom} '{by}'; \
                             name in contested_by the other party that claims to continue '{}'",
                            line.party, line.party
                        ),
                    );
                }
            }
            if line.is_contested() && line.attributions.is_empty() {
                self.on(at, "successor_of").issue(
                    IssueCode::MissingAttribution,
                    format!(
                        "party '{id}' has a contested succession of '{}' without attributions; \
                         give the sources of the succession and its contest",
                        line.party
                    ),
                );
            }
            self.relation_sources(at, "successor_of", &line.attributions);
        }
    }

    /// Parties that succeed themselves, over every line: once per strongly connected set.
    fn successor_cycles(&mut self) {
        let r = self.r;
        let preds: Vec<Vec<usize>> =
            self.d.relations.predecessors.iter().map(|l| l.iter().map(|l| l.party.get()).collect()).collect();
        for members in cycles(&preds) {
            let Some(&i) = members.first() else { continue };
            let id = r.parties.at(i).id.as_str();
            let names: Vec<String> = members.iter().map(|&m| format!("'{}'", r.parties.at(m).id)).collect();
            self.on(Record::new(RecordKind::Party, id, i), "successor_of").issue(
                IssueCode::SuccessorCycle,
                format!("party '{id}' succeeds itself through successor_of: {}", names.join(" -> ")),
            );
        }
    }

    /// Parties part of themselves through `part_of`, at a time when every membership surely
    /// held.
    fn party_part_of_cycles(&mut self) {
        let r = self.r;
        // Parts point at their wholes here: a cycle is the same either way round.
        let mut wholes: Vec<Vec<(usize, Bounds)>> = vec![Vec::new(); r.parties.len()];
        for (whole, parts) in self.d.relations.parts.iter().enumerate() {
            for &(part, bounds) in parts {
                wholes.at_mut(part).push((whole, bounds));
            }
        }
        for members in timed_cycles(&wholes) {
            let Some(&i) = members.first() else { continue };
            let id = r.parties.at(i).id.as_str();
            let message = if members.len() <= 2 {
                format!("party '{id}' names itself in part_of; name the party it is part of")
            } else {
                let names: Vec<String> = members.iter().map(|&m| format!("'{}'", r.parties.at(m).id)).collect();
                format!(
                    "party '{id}' is part of itself through part_of at a time when every membership surely held: {}",
                    names.join(" -> ")
                )
            };
            self.on(Record::new(RecordKind::Party, id, i), "part_of").issue(IssueCode::PartyPartOfCycle, message);
        }
    }

    /// The sources and accounts of a relation of the party at `at`, named in `field`.
    fn relation_sources(&mut self, at: Record<'_>, field: &'static str, attributions: &[Attribution]) {
        let id = at.id;
        for a in attributions {
            if self.unknown(RecordKind::Source, a.source.as_str()) {
                self.on(at, field).issue(
                    IssueCode::UnknownReference,
                    format!("party '{id}' names unknown source '{}' in {field}", a.source),
                );
            }
            if let Some(by) = &a.account_of {
                self.party_ref(at, field, by);
            }
        }
    }

    fn sources(&mut self) {
        for (i, source) in self.r.sources.iter().enumerate() {
            let id = source.id.as_str();
            let at = Record::new(RecordKind::Source, id, i);
            if self.d.known_by.get(i).is_none_or(Option::is_none) {
                let message = if source.written.is_some() {
                    format!(
                        "source '{id}' has only a `written` date and no dated source cites it: give `published`, \
                         `accessed`, or a dated source that `cites` it"
                    )
                } else {
                    format!("source '{id}' has no date: give `published`, or `accessed` for an undated page")
                };
                self.on(at, "published").issue(IssueCode::SourceUndated, message);
            }
            if let (Some(written), Some(published)) = (&source.written, &source.published) {
                // Surely after: every reading of `written` is later than every reading of
                // `published`; `1972` written and `1972-03` published may both be right.
                if written.days().0 > published.days().1 {
                    self.on(at, "written").issue(
                        IssueCode::SourceWrittenAfterPublished,
                        format!(
                            "source '{id}' was written {written}, after it was published {published}; \
                             a document is published on or after the day it is written"
                        ),
                    );
                }
            }
            if let Some(url) = source.url.as_deref().filter(|u| !crate::records::is_absolute_uri(u)) {
                self.on(at, "url").issue(
                    IssueCode::ValueOutOfRange,
                    format!(
                        "source '{id}' has url '{url}', which is not an absolute URI (RFC 3986): give the scheme \
                         (`https://`) and percent-encode spaces and letters outside ASCII"
                    ),
                );
            }
            for cited in &source.cites {
                if self.unknown(RecordKind::Source, cited.as_str()) {
                    self.on(at, "cites")
                        .issue(IssueCode::SourceCitesUnknown, format!("source '{id}' cites unknown source '{cited}'"));
                }
            }
        }
    }

    fn events(&mut self) {
        let r = self.r;
        for (i, event) in r.events.iter().enumerate() {
            let id = event.id.as_str();
            let at = Record::new(RecordKind::Event, id, i);
            self.reversed(at, "when", &event.when);
            for island in &event.islands {
                self.island_ref(at, "islands", island);
            }
            self.attributions(at, &event.attributions);
            if let Some(other) = &event.same_as {
                if *other == event.id {
                    self.on(at, "same_as").issue(IssueCode::EventSameAsItself, format!("event '{id}' is same_as itself; name another account of the same happening, or leave same_as out"));
                } else if self.unknown(RecordKind::Event, other.as_str()) {
                    self.on(at, "same_as").issue(
                        IssueCode::UnknownReference,
                        format!("event '{id}' names unknown event '{other}' in same_as"),
                    );
                }
            }
            let when = event.when.bounds();
            for (island, exists) in islands_outside(r, self.d, &event.islands, &when) {
                self.on(at, "islands").issue(
                    IssueCode::EventOutsideIslandExistence,
                    format!("event '{id}' ({}) names island '{island}', which exists only {exists}", event.when),
                );
            }
            for part in &event.participants {
                let Some(p) = self.d.parties.get(&r.parties, part.party.as_str()) else {
                    self.party_ref(at, "participants", &part.party);
                    continue;
                };
                let exists = r.parties.at(p).exists.as_ref();
                if let Some(exists) = exists {
                    if surely_outside(&when, &exists.bounds()) {
                        self.on(at, "participants").issue(
                            IssueCode::EventOutsideParticipantExistence,
                            format!(
                                "event '{id}' ({}) names participant '{}', which exists only {}",
                                event.when, part.party, exists
                            ),
                        );
                    }
                }
            }
        }
        self.published_before_events();
    }

    /// A state that `represents` a state: written as `protected_by` on the protected state.
    fn states_representing_states(&mut self) {
        let r = self.r;
        for (i, party) in r.parties.iter().enumerate() {
            if party.kind != PartyKind::State {
                continue;
            }
            for rep in &party.represents {
                let state = self.d.parties.get(&r.parties, rep.party.as_str()).map(|p| r.parties.at(p));
                if state.is_some_and(|p| p.kind == PartyKind::State) {
                    let id = party.id.as_str();
                    let at = Record::new(RecordKind::Party, id, i);
                    self.on(at, "represents").issue(
                        IssueCode::StateRepresentsState,
                        format!(
                            "state '{id}' represents state '{}'; if it conducts that state's foreign relations, \
                             write on '{}' \"protected_by\": [{{\"party\": \"{id}\", \"period\": \"{}\"}}]",
                            rep.party, rep.party, rep.period
                        ),
                    );
                }
            }
        }
    }

    /// A warning: a source published before the event it reports.
    fn published_before_events(&mut self) {
        let r = self.r;
        for (i, event) in r.events.iter().enumerate() {
            let (id, start) = (event.id.as_str(), event.when.bounds().start_lo);
            for a in &event.attributions {
                // An unknown source is reported as an error by the other checks.
                let Some(s) = self.d.sources.get(&r.sources, a.source.as_str()) else { continue };
                let source = r.sources.at(s);
                // An undated page seen before the event began reported it just as early.
                let (verb, Some(when)) =
                    (if source.published.is_some() { "published" } else { "accessed" }, source.known_from())
                else {
                    continue;
                };
                let (_, last) = when.days();
                if last < start {
                    self.on(Record::new(RecordKind::Event, id, i), "attributions").issue(
                        IssueCode::SourcePublishedBeforeEvent,
                        format!(
                            "event '{id}' ({}) is attributed to source '{}', {verb} {when} before the event",
                            event.when, a.source
                        ),
                    );
                }
            }
        }
    }

    fn positions(&mut self) {
        let r = self.r;
        for (i, pos) in r.positions.iter().enumerate() {
            let id = pos.id.as_str();
            let at = Record::new(RecordKind::Position, id, i);
            self.reversed(at, "period", &pos.period);
            if pos.islands.is_empty() {
                self.on(at, "islands").issue(IssueCode::EmptyIslands, format!("position '{id}' names no island"));
            }
            for island in &pos.islands {
                self.island_ref(at, "islands", island);
            }
            for (island, exists) in islands_outside(r, self.d, &pos.islands, &pos.period.bounds()) {
                self.on(at, "period").issue(
                    IssueCode::PositionOutsideIslandExistence,
                    format!(
                        "position '{id}' holds during {}, but its island '{island}' exists only {exists}; \
                         name the island that existed then (a claim to the whole island concerns each later part)",
                        pos.period
                    ),
                );
            }
            if let Some(h) = self.d.parties.get(&r.parties, pos.holder.as_str()) {
                let exists = r.parties.at(h).exists.as_ref();
                if let Some(exists) = exists {
                    if surely_outside(&pos.period.bounds(), &exists.bounds()) {
                        self.on(at, "period").issue(
                            IssueCode::PositionOutsideHolderExistence,
                            format!(
                                "position '{id}' holds during {}, but its holder '{}' exists only {}",
                                pos.period, pos.holder, exists
                            ),
                        );
                    }
                }
            } else {
                self.party_ref(at, "holder", &pos.holder);
            }
            self.counterpart(i, pos);
            self.version_3_fields(i, pos);
            self.attributions(at, &pos.attributions);
            self.linked_events(i, pos);
            if pos.rank != Rank::Normal && pos.rank_reason.as_deref().is_none_or(|s| s.trim().is_empty()) {
                self.on(at, "rank_reason").issue(
                    IssueCode::MissingRankReason,
                    format!("position '{id}' has rank {} but no rank_reason", pos.rank),
                );
            }
        }
    }

    fn counterpart(&mut self, i: usize, pos: &Position) {
        let id = pos.id.as_str();
        let at = Record::new(RecordKind::Position, id, i);
        match (pos.stance.counterpart_rule(), &pos.counterpart) {
            (CounterpartRule::Required, None) => self.on(at, "counterpart").issue(
                IssueCode::CounterpartRequired,
                format!("position '{id}' has stance {}, which needs a counterpart, but names none", pos.stance),
            ),
            (CounterpartRule::NotAllowed, Some(c)) => self.on(at, "counterpart").issue(
                IssueCode::CounterpartNotAllowed,
                format!("position '{id}' has stance {}, which takes no counterpart, but names '{c}'", pos.stance),
            ),
            // Matched exhaustively: a new rule does not compile until it is checked here.
            (CounterpartRule::Required, Some(_))
            | (CounterpartRule::Optional, _)
            | (CounterpartRule::NotAllowed, None) => {}
        }
        if let Some(c) = &pos.counterpart {
            self.party_ref(at, "counterpart", c);
            if *c == pos.holder {
                self.on(at, "counterpart").issue(
                    IssueCode::CounterpartIsHolder,
                    format!("position '{id}' names its holder '{c}' as its own counterpart"),
                );
            }
        }
    }

    /// `regarding`, `contingent` and `alternatives`.
    fn version_3_fields(&mut self, i: usize, pos: &Position) {
        let id = pos.id.as_str();
        let at = Record::new(RecordKind::Position, id, i);
        match (pos.stance.needs_regarding(), &pos.regarding) {
            (true, None) => self.on(at, "regarding").issue(
                IssueCode::RegardingRequired,
                format!(
                    "position '{id}' has stance {}, which is about an event's outcome, but names none; \
                     give `regarding`: the ruling, resolution or referendum",
                    pos.stance
                ),
            ),
            (false, Some(e)) => self.on(at, "regarding").issue(
                IssueCode::RegardingNotAllowed,
                format!(
                    "position '{id}' has stance {}, which is about no event, but names '{e}' in regarding; \
                     only `accepts` and `rejects` take `regarding`",
                    pos.stance
                ),
            ),
            (true, Some(e)) => {
                if self.d.events.get(&self.r.events, e.as_str()).is_none()
                    && !self.gaps.is_unread(RecordKind::Event, e.as_str())
                {
                    self.on(at, "regarding").issue(
                        IssueCode::UnknownReference,
                        format!("position '{id}' names unknown event '{e}' in regarding"),
                    );
                }
            }
            (false, None) => {}
        }
        if pos.contingent && pos.conditions.as_deref().is_none_or(|c| c.trim().is_empty()) {
            self.on(at, "conditions").issue(
                IssueCode::ContingentWithoutConditions,
                format!("position '{id}' is contingent but has no conditions; say in `conditions` what it depends on"),
            );
        }
        if let (Some(group), false) = (&pos.alternatives, pos.contingent) {
            self.on(at, "alternatives").issue(
                IssueCode::AlternativesNotContingent,
                format!(
                    "position '{id}' is one of the alternatives '{group}' but is not contingent; \
                     write \"contingent\": true with its conditions, or leave out `alternatives`"
                ),
            );
        }
    }

    fn linked_events(&mut self, i: usize, pos: &Position) {
        let id = pos.id.as_str();
        let at = Record::new(RecordKind::Position, id, i);
        let p = pos.period.bounds();
        for (field, event_id) in [("established_by", &pos.established_by), ("ended_by", &pos.ended_by)] {
            let Some(event_id) = event_id else { continue };
            let Some(e) = self.d.events.get(&self.r.events, event_id.as_str()) else {
                if self.gaps.is_unread(RecordKind::Event, event_id.as_str()) {
                    continue;
                }
                self.on(at, field).issue(
                    IssueCode::UnknownReference,
                    format!("position '{id}' names unknown event '{event_id}' in {field}"),
                );
                continue;
            };
            let event = self.r.events.at(e);
            let ev = event.when.bounds();
            if field == "established_by" && p.start_hi < ev.start_lo {
                self.on(at, field).issue(
                    IssueCode::PositionBeforeEstablishingEvent,
                    format!(
                        "position '{id}' starts ({}) before the event '{event_id}' that established it ({})",
                        pos.period, event.when
                    ),
                );
            }
            if field == "ended_by" && p.end_lo > ev.end_hi {
                self.on(at, field).issue(
                    IssueCode::PositionAfterEndingEvent,
                    format!(
                        "position '{id}' lasts ({}) beyond the event '{event_id}' that ended it ({})",
                        pos.period, event.when
                    ),
                );
            }
        }
    }

    fn reversed(&mut self, at: Record<'_>, field: &'static str, period: &Period) {
        let Record { kind, id, .. } = at;
        if period.is_reversed() {
            let b = period.bounds();
            self.on(at, field).issue(
                IssueCode::PeriodReversed,
                format!(
                    "{kind} '{id}' has {field} '{period}', which ends (by {}) before it starts (from {})",
                    bounds_text(b.end_hi),
                    bounds_text(b.start_lo)
                ),
            );
        }
    }

    fn island_ref(&mut self, at: Record<'_>, field: &'static str, island: &IslandId) {
        let Record { kind, id, .. } = at;
        if self.unknown(RecordKind::Island, island.as_str()) {
            self.on(at, field).issue(
                IssueCode::UnknownReference,
                format!("{kind} '{id}' names unknown island '{island}' in {field}"),
            );
        }
    }

    fn party_ref(&mut self, at: Record<'_>, field: &'static str, party: &PartyId) {
        let Record { kind, id, .. } = at;
        if self.unknown(RecordKind::Party, party.as_str()) {
            self.on(at, field)
                .issue(IssueCode::UnknownReference, format!("{kind} '{id}' names unknown party '{party}' in {field}"));
        }
    }

    fn attributions(&mut self, at: Record<'_>, attributions: &[Attribution]) {
        let Record { kind, id, .. } = at;
        if attributions.is_empty() {
            self.on(at, "attributions")
                .issue(IssueCode::MissingAttribution, format!("{kind} '{id}' has no attribution to a source"));
        }
        for a in attributions {
            if self.unknown(RecordKind::Source, a.source.as_str()) {
                self.on(at, "attributions").issue(
                    IssueCode::UnknownReference,
                    format!("{kind} '{id}' names unknown source '{}' in attributions", a.source),
                );
            }
            if let Some(party) = &a.account_of {
                self.party_ref(at, "attributions", party);
            }
        }
    }
}

/// The islands of `names` that surely did not exist during `when`, with their existence
/// periods. An island named but unknown is reported by the reference check.
fn islands_outside<'i, 'r>(
    r: &'r Records,
    d: &Resolved,
    names: &'i [IslandId],
    when: &Bounds,
) -> Vec<(&'i IslandId, &'r Period)> {
    names
        .iter()
        .filter_map(|n| {
            let island = r.islands.at(d.islands.get(&r.islands, n.as_str())?);
            island.exists.as_ref().filter(|e| surely_outside(when, &e.bounds())).map(|e| (n, e))
        })
        .collect()
}

/// Whether `inner` surely lies (at least partly) outside `outer`'s hull: some day of its core
/// is outside, or every reading of it is.
fn surely_outside(inner: &Bounds, outer: &Bounds) -> bool {
    inner.surely_outside(outer)
}
