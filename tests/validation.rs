//! One test per validation code: the tiny dataset with exactly that defect yields exactly that
//! code, and without it loads. Plus: several defects are all reported at once.

use std::collections::BTreeSet;

use island_claims::validate::Severity;
use island_claims::{
    Attribution, Dataset, DatasetBuilder, Island, IslandId, IslandKind, IssueCode, Location, PartyId, Period, Position,
    PositionId, Rank, Role, SourceId, Stance,
};

const TINY: &str = include_str!("data/tiny.json");

fn base() -> DatasetBuilder {
    Dataset::from_json(TINY).expect("the tiny fixture loads").to_builder()
}

fn position<'a>(b: &'a mut DatasetBuilder, id: &str) -> &'a mut Position {
    b.positions_mut().iter_mut().find(|p| p.id == id).expect("fixture has the position")
}

fn period(s: &str) -> Period {
    s.parse().expect("a valid period")
}

fn island(s: &str) -> IslandId {
    IslandId::new(s).expect("a valid id")
}

fn party(s: &str) -> PartyId {
    PartyId::new(s).expect("a valid id")
}

/// A part of Shikotan that exists from a (made-up) settlement of 2022-06-14.
fn shikotan_north() -> Island {
    Island::new(island("shikotan-north"), IslandKind::Part)
        .with_part_of(island("shikotan"))
        .with_exists(period("2022-06-14/.."))
}

/// The one mutation of the tiny dataset that shows each code.
fn defect(code: IssueCode) -> fn(&mut DatasetBuilder) {
    match code {
        IssueCode::DuplicateId => |b| {
            let first = b.islands_mut()[0].clone();
            b.islands_mut().push(first);
        },
        IssueCode::UnknownReference => |b| position(b, "ussr-promise-1956").islands.push(island("shikotn")),
        IssueCode::EmptyIslands => |b| position(b, "ussr-administers").islands.clear(),
        IssueCode::PeriodReversed => |b| position(b, "japan-four").period = period("1960/1950"),
        IssueCode::PositionOutsideHolderExistence => |b| position(b, "russia-administers").period = period("1950/.."),
        IssueCode::EventOutsideParticipantExistence => |b| {
            let ev = b.events_mut().iter_mut().find(|e| e.id == "putin-spief-2021").expect("fixture event");
            *ev = ev.clone().with_participant(party("ussr"), Role::Addressee);
        },
        IssueCode::MissingAttribution => |b| position(b, "ussr-plan-1972").attributions.clear(),
        IssueCode::CounterpartRequired => |b| position(b, "ussr-plan-1972").counterpart = None,
        IssueCode::CounterpartNotAllowed => |b| position(b, "ussr-administers").counterpart = Some(party("japan")),
        IssueCode::CounterpartIsHolder => |b| position(b, "ussr-promise-1956").counterpart = Some(party("ussr")),
        IssueCode::PartOfCycle => |b| {
            let region = b.islands_mut().iter_mut().find(|i| i.id == "south-kurils").expect("fixture region");
            region.part_of = Some(island("habomai"));
        },
        IssueCode::PartOfNotAGroup => |b| {
            let islet = b.islands_mut().iter_mut().find(|i| i.id == "suisho").expect("fixture islet");
            islet.part_of = Some(island("shikotan"));
        },
        IssueCode::PartOfNotAnIsland => |b| {
            b.islands_mut().push(Island::new(island("habomai-east"), IslandKind::Part).with_part_of(island("habomai")))
        },
        IssueCode::PartWithoutIsland => {
            |b| b.islands_mut().push(Island::new(island("somewhere-north"), IslandKind::Part))
        }
        IssueCode::PositionOutsideIslandExistence => |b| {
            b.islands_mut().push(shikotan_north());
            position(b, "russia-administers").islands.push(island("shikotan-north"));
        },
        IssueCode::EventOutsideIslandExistence => |b| {
            b.islands_mut().push(shikotan_north());
            let ev = b.events_mut().iter_mut().find(|e| e.id == "putin-spief-2021").expect("fixture event");
            ev.islands.push(island("shikotan-north"));
        },
        IssueCode::SuccessorCycle => |b| {
            let ussr = b.parties_mut().iter_mut().find(|p| p.id == "ussr").expect("fixture party");
            ussr.successor_of.push(island_claims::Succession::new(party("russia")));
        },
        IssueCode::PositionBeforeEstablishingEvent => {
            |b| position(b, "ussr-promise-1956").period = period("1956-01-01/1960-01-27")
        }
        IssueCode::PositionAfterEndingEvent => |b| position(b, "ussr-promise-1956").period = period("1956-12-12/1961"),
        IssueCode::SourceCitesUnknown => |b| {
            let seed = b.sources_mut().iter_mut().find(|s| s.id == "seed-article").expect("fixture source");
            seed.cites.push(SourceId::new("nowhere").expect("a valid id"));
        },
        IssueCode::SourcePublishedBeforeEvent => |b| {
            let ev = b.events_mut().iter_mut().find(|e| e.id == "memo-1960-01-27").expect("fixture event");
            ev.attributions.push(Attribution::new(SourceId::new("jd-1956-text").expect("a valid id")));
        },
        IssueCode::IncompatiblePositions => |b| {
            let renounce = Position::new(
                PositionId::new("japan-renounces").expect("a valid id"),
                party("japan"),
                Stance::Renounces,
                vec![island("shikotan")],
                period("1960/1970"),
            )
            .with_attribution(
                Attribution::new(SourceId::new("mofa-territory").expect("a valid id")).with_account_of(party("japan")),
            );
            b.positions_mut().push(renounce);
        },
        IssueCode::MissingRankReason => |b| position(b, "ussr-plan-1972").rank = Rank::Deprecated,
        IssueCode::ValueOutOfRange => |b| {
            let iturup = b.islands_mut().iter_mut().find(|i| i.id == "iturup").expect("fixture island");
            iturup.location = Some(Location { lat: 95.0, lon: 147.6 });
        },
        IssueCode::SourceUndated => |b| {
            let page = b.sources_mut().iter_mut().find(|s| s.id == "mofa-territory").expect("fixture source");
            page.published = None;
        },
        IssueCode::SourceWrittenAfterPublished => |b| {
            let kyodo = b.sources_mut().iter_mut().find(|s| s.id == "kyodo-2021-05-23").expect("fixture source");
            kyodo.written = Some("2022".parse().expect("a valid date"));
        },
        IssueCode::EventSameAsItself => |b| {
            let ev = b.events_mut().iter_mut().find(|e| e.id == "memo-1960-01-27").expect("fixture event");
            ev.same_as = Some(ev.id.clone());
        },
        IssueCode::PartyPartOfCycle => |b| {
            let putin = b.parties_mut().iter_mut().find(|p| p.id == "putin").expect("fixture party");
            *putin = putin.clone().with_part_of(party("putin"), period("2000/2001"));
        },
        IssueCode::SuccessionContestedByItsParty => |b| {
            let russia = b.parties_mut().iter_mut().find(|p| p.id == "russia").expect("fixture party");
            russia.successor_of = vec![
                island_claims::Succession::new(party("ussr"))
                    .with_contested_by(party("russia"))
                    .with_attribution(Attribution::new(SourceId::new("seed-article").expect("a valid id"))),
            ];
        },
        IssueCode::RegardingRequired => |b| {
            let p = position(b, "ussr-plan-1972");
            p.stance = Stance::Rejects;
            p.counterpart = None;
        },
        IssueCode::RegardingNotAllowed => |b| {
            position(b, "ussr-administers").regarding = Some("memo-1960-01-27".parse().expect("a valid id"));
        },
        IssueCode::ContingentWithoutConditions => |b| position(b, "ussr-administers").contingent = true,
        IssueCode::AlternativesNotContingent => |b| {
            position(b, "ussr-administers").alternatives = Some("title-group".parse().expect("a valid id"));
        },
        IssueCode::StateRepresentsState => |b| {
            let japan = b.parties_mut().iter_mut().find(|p| p.id == "japan").expect("fixture party");
            *japan = japan.clone().with_representation(party("ussr"), period("1956/1960"));
        },
        other => panic!("no defect written for {other}: add one"),
    }
}

fn error_codes(b: &DatasetBuilder) -> BTreeSet<IssueCode> {
    match b.build() {
        Ok(_) => BTreeSet::new(),
        Err(report) => report.errors().map(|i| i.code).collect(),
    }
}

fn warnings_with(data: &Dataset, code: IssueCode) -> usize {
    data.warnings().iter().filter(|w| w.code == code).count()
}

/// The base loads; with the defect, exactly this code is reported (as an error, or for a
/// warning code as one more warning while the dataset still loads).
fn shows_only(code: IssueCode) {
    let clean = base();
    let clean_data = clean.build().expect("the base dataset loads");
    let mut broken = base();
    defect(code)(&mut broken);
    match code.severity() {
        Severity::Error => {
            let report = broken.build().expect_err("the defect is refused");
            let codes: BTreeSet<IssueCode> = report.errors().map(|i| i.code).collect();
            assert_eq!(codes, BTreeSet::from([code]), "{report}");
            let issue = report.errors().next().expect("one error at least");
            assert!(!issue.message.is_empty() && issue.message.chars().next().is_some_and(|c| !c.is_uppercase()));
            assert!(issue.message.contains(&issue.subject.id), "message names the record: {}", issue.message);
        }
        Severity::Warning => {
            let data = broken.build().expect("a warning does not refuse the dataset");
            assert_eq!(warnings_with(&data, code), warnings_with(&clean_data, code) + 1, "{:?}", data.warnings());
            assert!(error_codes(&broken).is_empty());
        }
    }
}

macro_rules! one_test_per_code {
    ($($name:ident => $code:ident),* $(,)?) => {
        $(#[test] fn $name() { shows_only(IssueCode::$code); })*

        #[test]
        fn every_code_has_its_test() {
            let tested = BTreeSet::from([$(IssueCode::$code),*]);
            let all: BTreeSet<IssueCode> = IssueCode::iter().collect();
            assert_eq!(tested, all, "a code was added without a test");
        }
    };
}

one_test_per_code! {
    duplicate_id => DuplicateId,
    unknown_reference => UnknownReference,
    empty_islands => EmptyIslands,
    period_reversed => PeriodReversed,
    position_outside_holder_existence => PositionOutsideHolderExistence,
    event_outside_participant_existence => EventOutsideParticipantExistence,
    missing_attribution => MissingAttribution,
    counterpart_required => CounterpartRequired,
    counterpart_not_allowed => CounterpartNotAllowed,
    counterpart_is_holder => CounterpartIsHolder,
    part_of_cycle => PartOfCycle,
    part_of_not_a_group => PartOfNotAGroup,
    part_of_not_an_island => PartOfNotAnIsland,
    part_without_island => PartWithoutIsland,
    position_outside_island_existence => PositionOutsideIslandExistence,
    event_outside_island_existence => EventOutsideIslandExistence,
    successor_cycle => SuccessorCycle,
    position_before_establishing_event => PositionBeforeEstablishingEvent,
    position_after_ending_event => PositionAfterEndingEvent,
    source_cites_unknown => SourceCitesUnknown,
    source_published_before_event => SourcePublishedBeforeEvent,
    incompatible_positions => IncompatiblePositions,
    missing_rank_reason => MissingRankReason,
    value_out_of_range => ValueOutOfRange,
    source_undated => SourceUndated,
    source_written_after_published => SourceWrittenAfterPublished,
    event_same_as_itself => EventSameAsItself,
    party_part_of_cycle => PartyPartOfCycle,
    succession_contested_by_its_party => SuccessionContestedByItsParty,
    regarding_required => RegardingRequired,
    regarding_not_allowed => RegardingNotAllowed,
    contingent_without_conditions => ContingentWithoutConditions,
    alternatives_not_contingent => AlternativesNotContingent,
    state_represents_state => StateRepresentsState,
}

#[test]
fn several_defects_are_all_reported() {
    let mut b = base();
    let codes = [
        IssueCode::UnknownReference,
        IssueCode::EmptyIslands,
        IssueCode::CounterpartIsHolder,
        IssueCode::SuccessorCycle,
        IssueCode::ValueOutOfRange,
        IssueCode::MissingRankReason,
    ];
    for code in codes {
        defect(code)(&mut b);
    }
    let report = b.build().expect_err("refused");
    assert_eq!(error_codes(&b), BTreeSet::from(codes), "{report}");
    assert!(report.to_string().starts_with("dataset refused with 6 errors"), "{report}");
}

#[test]
fn unknown_reference_names_kind_and_field() {
    let mut b = base();
    position(&mut b, "ussr-promise-1956").holder = party("ussrr");
    let report = b.build().expect_err("refused");
    let issue = report.errors().next().expect("an error");
    assert_eq!(issue.message, "position 'ussr-promise-1956' names unknown party 'ussrr' in holder");
    assert_eq!(issue.subject.field, "holder");
    assert_eq!(issue.subject.index, 0);
}

#[test]
fn uncertain_dates_are_not_punished() {
    // Russia exists from 1991-12-26; a position from "199X" may start then, so it is not refused.
    let mut b = base();
    position(&mut b, "russia-administers").period = period("199X/..");
    assert!(b.build().is_ok());
    // An event dated only "1991" may fall on Russia's first days.
    let ev = b.events_mut().iter_mut().find(|e| e.id == "putin-spief-2021").expect("fixture event");
    ev.when = period("1991");
    ev.participants.retain(|p| p.party != "putin");
    *ev = ev.clone().with_participant(party("russia"), Role::Speaker);
    assert!(b.build().is_ok(), "{:?}", b.build().err());
}

#[test]
fn a_new_islet_of_a_group_is_accepted() {
    let mut b = base();
    b.islands_mut().push(Island::new(island("yuri"), IslandKind::Island).with_part_of(island("habomai")));
    assert!(b.build().is_ok());
}

#[test]
fn incompatible_positions_need_the_same_source() {
    let mut b = base();
    defect(IssueCode::IncompatiblePositions)(&mut b);
    let p = position(&mut b, "japan-renounces");
    p.attributions = vec![Attribution::new(SourceId::new("seed-article").expect("a valid id"))];
    assert!(b.build().is_ok(), "different sources are a conflict to report, not an error");
}

#[test]
fn one_source_reporting_two_accounts_is_a_conflict_not_an_error() {
    let mut b = base();
    defect(IssueCode::IncompatiblePositions)(&mut b);
    let p = position(&mut b, "japan-renounces");
    p.attributions =
        vec![Attribution::new(SourceId::new("mofa-territory").expect("a valid id")).with_account_of(party("putin"))];
    let data = b.build().expect("different accounts are a conflict to report, not an error");
    assert!(
        data.conflicts()
            .iter()
            .filter_map(|c| c.as_positions())
            .any(|c| c.positions().0.id == "japan-renounces" || c.positions().1.id == "japan-renounces")
    );
}
