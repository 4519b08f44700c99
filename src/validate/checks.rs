//! The checks themselves, run once over all records.

use crate::ids::{IslandId, PartyId};
use crate::records::{
    Attribution, CounterpartRule, Island, IslandKind, PartyKind, Position, Rank, Records, RelationKind,
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

impl Checker<'_> {
    pub(super) fn push(
        &mut self,
        code: IssueCode,
        kind: RecordKind,
        id: &str,
        index: usize,
        field: &'static str,
        message: String,
    ) {
        let subject = Subject { kind, id: id.to_owned(), index: self.gaps.place(kind, index), field };
        self.issues.push(Issue { code, severity: code.severity(), subject, message });
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
            let (at, first) = (self.gaps.place(kind, i), self.gaps.place(kind, first));
            self.push(
                IssueCode::DuplicateId,
                kind,
                id,
                i,
                "id",
                format!("{kind} '{id}' at {list}[{at}] repeats the id of {list}[{first}]"),
            );
        }
    }
}

impl Checker<'_> {
    fn islands(&mut self) {
        let r = self.r;
        for (i, island) in r.islands.iter().enumerate() {
            let id = island.id.as_str();
            if let Some(exists) = &island.exists {
                self.reversed(RecordKind::Island, id, i, "exists", exists);
            }
            if island.kind == IslandKind::Part && island.part_of.is_none() {
                self.push(
                    IssueCode::PartWithoutIsland,
                    RecordKind::Island,
                    id,
                    i,
                    "part_of",
                    format!("island '{id}' is of kind part but names no island in part_of; name the island it divides"),
                );
            }
            if let Some(parent) = &island.part_of {
                match self.d.islands.get(&r.islands, parent.as_str()) {
                    None if self.gaps.is_unread(RecordKind::Island, parent.as_str()) => {}
                    None => self.push(
                        IssueCode::UnknownReference,
                        RecordKind::Island,
                        id,
                        i,
                        "part_of",
                        format!("island '{id}' is part_of unknown island '{parent}'"),
                    ),
                    Some(p) => {
                        let kind = r.islands.at(p).map(|x| x.kind);
                        if let Some(kind) = kind.filter(|&k| !island.kind.may_be_part_of(k)) {
                            self.part_of_kind(i, island, kind);
                        }
                    }
                }
            }
            if let Some(a) = island.area_km2 {
                if !(a.is_finite() && a >= 0.0) {
                    self.push(
                        IssueCode::ValueOutOfRange,
                        RecordKind::Island,
                        id,
                        i,
                        "area_km2",
                        format!("island '{id}' has area_km2 {a}; expected a finite number of at least 0"),
                    );
                }
            }
            if let Some(loc) = island.location {
                if !(loc.lat.is_finite() && (-90.0..=90.0).contains(&loc.lat)) {
                    self.push(
                        IssueCode::ValueOutOfRange,
                        RecordKind::Island,
                        id,
                        i,
                        "location",
                        format!("island '{id}' has latitude {}; expected -90 to 90", loc.lat),
                    );
                }
                if !(loc.lon.is_finite() && (-180.0..=180.0).contains(&loc.lon)) {
                    self.push(
                        IssueCode::ValueOutOfRange,
                        RecordKind::Island,
                        id,
                        i,
                        "location",
                        format!("island '{id}' has longitude {}; expected -180 to 180", loc.lon),
                    );
                }
            }
        }
        // Cycles: follow part_of from each island; report each cycle once, at its first member.
        let parent: Vec<Option<usize>> = self.d.island_parent.iter().map(|p| p.map(|p| p.get())).collect();
        for i in cycle_starts(&parent) {
            let id = r.islands.get(i).map_or("", |x| x.id.as_str());
            let members: Vec<String> = cycle_members(&parent, i)
                .iter()
                .filter_map(|&m| r.islands.get(m))
                .map(|x| format!("'{}'", x.id))
                .collect();
            self.push(
                IssueCode::PartOfCycle,
                RecordKind::Island,
                id,
                i,
                "part_of",
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
        self.push(code, RecordKind::Island, id, i, "part_of", message);
    }

    fn parties(&mut self) {
        let r = self.r;
        for (i, party) in r.parties.iter().enumerate() {
            let id = party.id.as_str();
            if let Some(exists) = &party.exists {
                self.reversed(RecordKind::Party, id, i, "exists", exists);
            }
            for line in &party.successor_of {
                self.party_ref(RecordKind::Party, id, i, "successor_of", &line.party);
                for by in &line.contested_by {
                    self.party_ref(RecordKind::Party, id, i, "successor_of", by);
                    if *by == party.id || *by == line.party {
                        let whom = if *by == party.id { "its successor" } else { "its predecessor" };
                        self.push(
                            IssueCode::SuccessionContestedByItsParty,
                            RecordKind::Party,
                            id,
                            i,
                            "successor_of",
                            format!(
                                "party '{id}' has its succession of '{}' contested by {whom} '{by}'; \
                                 name in contested_by the other party that claims to continue '{}'",
                                line.party, line.party
                            ),
                        );
                    }
                }
                if line.is_contested() && line.attributions.is_empty() {
                    self.push(
                        IssueCode::MissingAttribution,
                        RecordKind::Party,
                        id,
                        i,
                        "successor_of",
                        format!(
                            "party '{id}' has a contested succession of '{}' without attributions; \
                             give the sources of the succession and its contest",
                            line.party
                        ),
                    );
                }
                for a in &line.attributions {
                    if self.unknown(RecordKind::Source, a.source.as_str()) {
                        self.push(
                            IssueCode::UnknownReference,
                            RecordKind::Party,
                            id,
                            i,
                            "successor_of",
                            format!("party '{id}' names unknown source '{}' in successor_of", a.source),
                        );
                    }
                    if let Some(by) = &a.account_of {
                        self.party_ref(RecordKind::Party, id, i, "successor_of", by);
                    }
                }
            }
            for (kind, relation) in party.relations() {
                let field = relation_field(kind);
                self.party_ref(RecordKind::Party, id, i, field, &relation.party);
                self.reversed(RecordKind::Party, id, i, field, &relation.period);
                self.relation_sources(id, i, field, &relation.attributions);
            }
        }
        let preds: Vec<Vec<usize>> =
            self.d.relations.predecessors.iter().map(|l| l.iter().map(|l| l.party.get()).collect()).collect();
        for members in cycles(&preds) {
            let Some(&i) = members.first() else { continue };
            let id = r.parties.get(i).map_or("", |x| x.id.as_str());
            let names: Vec<String> =
                members.iter().filter_map(|&m| r.parties.get(m)).map(|x| format!("'{}'", x.id)).collect();
            self.push(
                IssueCode::SuccessorCycle,
                RecordKind::Party,
                id,
                i,
                "successor_of",
                format!("party '{id}' succeeds itself through successor_of: {}", names.join(" -> ")),
            );
        }
        // Parts point at their wholes here: a cycle is the same either way round.
        let mut wholes: Vec<Vec<(usize, Bounds)>> = vec![Vec::new(); r.parties.len()];
        for (whole, parts) in self.d.relations.parts.iter().enumerate() {
            for &(part, bounds) in parts {
                if let Some(w) = wholes.get_mut(part.get()) {
                    w.push((whole, bounds));
                }
            }
        }
        for members in timed_cycles(&wholes) {
            let Some(&i) = members.first() else { continue };
            let id = r.parties.get(i).map_or("", |x| x.id.as_str());
            let message = if members.len() <= 2 {
                format!("party '{id}' names itself in part_of; name the party it is part of")
            } else {
                let names: Vec<String> =
                    members.iter().filter_map(|&m| r.parties.get(m)).map(|x| format!("'{}'", x.id)).collect();
                format!(
                    "party '{id}' is part of itself through part_of at a time when every membership surely held: {}",
                    names.join(" -> ")
                )
            };
            self.push(IssueCode::PartyPartOfCycle, RecordKind::Party, id, i, "part_of", message);
        }
    }

    /// The sources and accounts of a relation of party `id` at place `i`, named in `field`.
    fn relation_sources(&mut self, id: &str, i: usize, field: &'static str, attributions: &[Attribution]) {
        for a in attributions {
            if self.unknown(RecordKind::Source, a.source.as_str()) {
                self.push(
                    IssueCode::UnknownReference,
                    RecordKind::Party,
                    id,
                    i,
                    field,
                    format!("party '{id}' names unknown source '{}' in {field}", a.source),
                );
            }
            if let Some(by) = &a.account_of {
                self.party_ref(RecordKind::Party, id, i, field, by);
            }
        }
    }

    fn sources(&mut self) {
        for (i, source) in self.r.sources.iter().enumerate() {
            let id = source.id.as_str();
            if self.d.known_by.get(i).is_none_or(Option::is_none) {
                let message = if source.written.is_some() {
                    format!(
                        "source '{id}' has only a `written` date and no dated source cites it: give `published`, \
                         `accessed`, or a dated source that `cites` it"
                    )
                } else {
                    format!("source '{id}' has no date: give `published`, or `accessed` for an undated page")
                };
                self.push(IssueCode::SourceUndated, RecordKind::Source, id, i, "published", message);
            }
            if let (Some(written), Some(published)) = (&source.written, &source.published) {
                // Surely after: every reading of `written` is later than every reading of
                // `published`; `1972` written and `1972-03` published may both be right.
                if written.days().0 > published.days().1 {
                    self.push(
                        IssueCode::SourceWrittenAfterPublished,
                        RecordKind::Source,
                        id,
                        i,
                        "written",
                        format!(
                            "source '{id}' was written {written}, after it was published {published}; \
                             a document is published on or after the day it is written"
                        ),
                    );
                }
            }
            if let Some(url) = source.url.as_deref().filter(|u| !crate::records::is_absolute_uri(u)) {
                self.push(
                    IssueCode::ValueOutOfRange,
                    RecordKind::Source,
                    id,
                    i,
                    "url",
                    format!(
                        "source '{id}' has url '{url}', which is not an absolute URI (RFC 3986): give the scheme \
                         (`https://`) and percent-encode spaces and letters outside ASCII"
                    ),
                );
            }
            for cited in &source.cites {
                if self.unknown(RecordKind::Source, cited.as_str()) {
                    self.push(
                        IssueCode::SourceCitesUnknown,
                        RecordKind::Source,
                        id,
                        i,
                        "cites",
                        format!("source '{id}' cites unknown source '{cited}'"),
                    );
                }
            }
        }
    }

    fn events(&mut self) {
        let r = self.r;
        for (i, event) in r.events.iter().enumerate() {
            let id = event.id.as_str();
            let k = RecordKind::Event;
            self.reversed(k, id, i, "when", &event.when);
            for island in &event.islands {
                self.island_ref(k, id, i, "islands", island);
            }
            self.attributions(k, id, i, &event.attributions);
            if let Some(other) = &event.same_as {
                if *other == event.id {
                    self.push(
                        IssueCode::EventSameAsItself,
                        k,
                        id,
                        i,
                        "same_as",
                        format!("event '{id}' is same_as itself; name another account of the same happening, or leave same_as out"),
                    );
                } else if self.unknown(RecordKind::Event, other.as_str()) {
                    self.push(
                        IssueCode::UnknownReference,
                        k,
                        id,
                        i,
                        "same_as",
                        format!("event '{id}' names unknown event '{other}' in same_as"),
                    );
                }
            }
            let when = event.when.bounds();
            for (island, exists) in islands_outside(r, self.d, &event.islands, &when) {
                self.push(
                    IssueCode::EventOutsideIslandExistence,
                    k,
                    id,
                    i,
                    "islands",
                    format!("event '{id}' ({}) names island '{island}', which exists only {exists}", event.when),
                );
            }
            for part in &event.participants {
                let Some(p) = self.d.parties.get(&r.parties, part.party.as_str()) else {
                    self.party_ref(k, id, i, "participants", &part.party);
                    continue;
                };
                let exists = r.parties.at(p).and_then(|x| x.exists.as_ref());
                if let Some(exists) = exists {
                    if surely_outside(&when, &exists.bounds()) {
                        self.push(
                            IssueCode::EventOutsideParticipantExistence,
                            k,
                            id,
                            i,
                            "participants",
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
                let state = self.d.parties.get(&r.parties, rep.party.as_str()).and_then(|p| r.parties.at(p));
                if state.is_some_and(|p| p.kind == PartyKind::State) {
                    let id = party.id.as_str();
                    self.push(
                        IssueCode::StateRepresentsState,
                        RecordKind::Party,
                        id,
                        i,
                        "represents",
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
                let Some(source) = self.d.sources.get(&r.sources, a.source.as_str()).and_then(|s| r.sources.at(s))
                else {
                    continue;
                };
                // An undated page seen before the event began reported it just as early.
                let (verb, Some(when)) =
                    (if source.published.is_some() { "published" } else { "accessed" }, source.known_from())
                else {
                    continue;
                };
                let (_, last) = when.days();
                if last < start {
                    self.push(
                        IssueCode::SourcePublishedBeforeEvent,
                        RecordKind::Event,
                        id,
                        i,
                        "attributions",
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
            let k = RecordKind::Position;
            self.reversed(k, id, i, "period", &pos.period);
            if pos.islands.is_empty() {
                self.push(IssueCode::EmptyIslands, k, id, i, "islands", format!("position '{id}' names no island"));
            }
            for island in &pos.islands {
                self.island_ref(k, id, i, "islands", island);
            }
            for (island, exists) in islands_outside(r, self.d, &pos.islands, &pos.period.bounds()) {
                self.push(
                    IssueCode::PositionOutsideIslandExistence,
                    k,
                    id,
                    i,
                    "period",
                    format!(
                        "position '{id}' holds during {}, but its island '{island}' exists only {exists}; \
                         name the island that existed then (a claim to the whole island concerns each later part)",
                        pos.period
                    ),
                );
            }
            if let Some(h) = self.d.parties.get(&r.parties, pos.holder.as_str()) {
                let exists = r.parties.at(h).and_then(|x| x.exists.as_ref());
                if let Some(exists) = exists {
                    if surely_outside(&pos.period.bounds(), &exists.bounds()) {
                        self.push(
                            IssueCode::PositionOutsideHolderExistence,
                            k,
                            id,
                            i,
                            "period",
                            format!(
                                "position '{id}' holds during {}, but its holder '{}' exists only {}",
                                pos.period, pos.holder, exists
                            ),
                        );
                    }
                }
            } else {
                self.party_ref(k, id, i, "holder", &pos.holder);
            }
            self.counterpart(i, pos);
            self.version_3_fields(i, pos);
            self.attributions(k, id, i, &pos.attributions);
            self.linked_events(i, pos);
            if pos.rank != Rank::Normal && pos.rank_reason.as_deref().is_none_or(|s| s.trim().is_empty()) {
                self.push(
                    IssueCode::MissingRankReason,
                    k,
                    id,
                    i,
                    "rank_reason",
                    format!("position '{id}' has rank {} but no rank_reason", pos.rank),
                );
            }
        }
    }

    fn counterpart(&mut self, i: usize, pos: &Position) {
        let id = pos.id.as_str();
        let k = RecordKind::Position;
        match (pos.stance.counterpart_rule(), &pos.counterpart) {
            (CounterpartRule::Required, None) => self.push(
                IssueCode::CounterpartRequired,
                k,
                id,
                i,
                "counterpart",
                format!("position '{id}' has stance {}, which needs a counterpart, but names none", pos.stance),
            ),
            (CounterpartRule::NotAllowed, Some(c)) => self.push(
                IssueCode::CounterpartNotAllowed,
                k,
                id,
                i,
                "counterpart",
                format!("position '{id}' has stance {}, which takes no counterpart, but names '{c}'", pos.stance),
            ),
            _ => {}
        }
        if let Some(c) = &pos.counterpart {
            self.party_ref(k, id, i, "counterpart", c);
            if *c == pos.holder {
                self.push(
                    IssueCode::CounterpartIsHolder,
                    k,
                    id,
                    i,
                    "counterpart",
                    format!("position '{id}' names its holder '{c}' as its own counterpart"),
                );
            }
        }
    }

    /// `regarding`, `contingent` and `alternatives`.
    fn version_3_fields(&mut self, i: usize, pos: &Position) {
        let id = pos.id.as_str();
        let k = RecordKind::Position;
        match (pos.stance.needs_regarding(), &pos.regarding) {
            (true, None) => self.push(
                IssueCode::RegardingRequired,
                k,
                id,
                i,
                "regarding",
                format!(
                    "position '{id}' has stance {}, which is about an event's outcome, but names none; \
                     give `regarding`: the ruling, resolution or referendum",
                    pos.stance
                ),
            ),
            (false, Some(e)) => self.push(
                IssueCode::RegardingNotAllowed,
                k,
                id,
                i,
                "regarding",
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
                    self.push(
                        IssueCode::UnknownReference,
                        k,
                        id,
                        i,
                        "regarding",
                        format!("position '{id}' names unknown event '{e}' in regarding"),
                    );
                }
            }
            (false, None) => {}
        }
        if pos.contingent && pos.conditions.as_deref().is_none_or(|c| c.trim().is_empty()) {
            self.push(
                IssueCode::ContingentWithoutConditions,
                k,
                id,
                i,
                "conditions",
                format!("position '{id}' is contingent but has no conditions; say in `conditions` what it depends on"),
            );
        }
        if let (Some(group), false) = (&pos.alternatives, pos.contingent) {
            self.push(
                IssueCode::AlternativesNotContingent,
                k,
                id,
                i,
                "alternatives",
                format!(
                    "position '{id}' is one of the alternatives '{group}' but is not contingent; \
                     write \"contingent\": true with its conditions, or leave out `alternatives`"
                ),
            );
        }
    }

    fn linked_events(&mut self, i: usize, pos: &Position) {
        let id = pos.id.as_str();
        let k = RecordKind::Position;
        let p = pos.period.bounds();
        for (field, event_id) in [("established_by", &pos.established_by), ("ended_by", &pos.ended_by)] {
            let Some(event_id) = event_id else { continue };
            let Some(e) = self.d.events.get(&self.r.events, event_id.as_str()) else {
                if self.gaps.is_unread(RecordKind::Event, event_id.as_str()) {
                    continue;
                }
                self.push(
                    IssueCode::UnknownReference,
                    k,
                    id,
                    i,
                    field,
                    format!("position '{id}' names unknown event '{event_id}' in {field}"),
                );
                continue;
            };
            let Some(event) = self.r.events.at(e) else { continue };
            let ev = event.when.bounds();
            if field == "established_by" && p.start_hi < ev.start_lo {
                self.push(
                    IssueCode::PositionBeforeEstablishingEvent,
                    k,
                    id,
                    i,
                    field,
                    format!(
                        "position '{id}' starts ({}) before the event '{event_id}' that established it ({})",
                        pos.period, event.when
                    ),
                );
            }
            if field == "ended_by" && p.end_lo > ev.end_hi {
                self.push(
                    IssueCode::PositionAfterEndingEvent,
                    k,
                    id,
                    i,
                    field,
                    format!(
                        "position '{id}' lasts ({}) beyond the event '{event_id}' that ended it ({})",
                        pos.period, event.when
                    ),
                );
            }
        }
    }

    fn reversed(&mut self, kind: RecordKind, id: &str, i: usize, field: &'static str, period: &Period) {
        if period.is_reversed() {
            let b = period.bounds();
            self.push(
                IssueCode::PeriodReversed,
                kind,
                id,
                i,
                field,
                format!(
                    "{kind} '{id}' has {field} '{period}', which ends (by {}) before it starts (from {})",
                    bounds_text(b.end_hi),
                    bounds_text(b.start_lo)
                ),
            );
        }
    }

    fn island_ref(&mut self, kind: RecordKind, id: &str, i: usize, field: &'static str, island: &IslandId) {
        if self.unknown(RecordKind::Island, island.as_str()) {
            self.push(
                IssueCode::UnknownReference,
                kind,
                id,
                i,
                field,
                format!("{kind} '{id}' names unknown island '{island}' in {field}"),
            );
        }
    }

    fn party_ref(&mut self, kind: RecordKind, id: &str, i: usize, field: &'static str, party: &PartyId) {
        if self.unknown(RecordKind::Party, party.as_str()) {
            self.push(
                IssueCode::UnknownReference,
                kind,
                id,
                i,
                field,
                format!("{kind} '{id}' names unknown party '{party}' in {field}"),
            );
        }
    }

    fn attributions(&mut self, kind: RecordKind, id: &str, i: usize, attributions: &[Attribution]) {
        if attributions.is_empty() {
            self.push(
                IssueCode::MissingAttribution,
                kind,
                id,
                i,
                "attributions",
                format!("{kind} '{id}' has no attribution to a source"),
            );
        }
        for a in attributions {
            if self.unknown(RecordKind::Source, a.source.as_str()) {
                self.push(
                    IssueCode::UnknownReference,
                    kind,
                    id,
                    i,
                    "attributions",
                    format!("{kind} '{id}' names unknown source '{}' in attributions", a.source),
                );
            }
            if let Some(party) = &a.account_of {
                self.party_ref(kind, id, i, "attributions", party);
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
            let island = d.islands.get(&r.islands, n.as_str()).and_then(|x| r.islands.at(x))?;
            island.exists.as_ref().filter(|e| surely_outside(when, &e.bounds())).map(|e| (n, e))
        })
        .collect()
}

/// Whether `inner` surely lies (at least partly) outside `outer`'s hull: some day of its core
/// is outside, or every reading of it is.
fn surely_outside(inner: &Bounds, outer: &Bounds) -> bool {
    inner.surely_outside(outer)
}
