//! Version 2: when a source was written and when it was seen (`written`, `accessed`, an
//! optional `published`), and accounts of the same event (`same_as`, event conflicts).

use chrono::NaiveDate;
use island_claims::validate::Severity;
use island_claims::{Conflict, ConflictKind, Dataset, IssueCode, LoadError};
use serde_json::{Value, json};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid day")
}

/// A small version 2 dataset: one island group with two islands, two parties, a position
/// attributed to each given source, and the given events.
fn dataset(sources: Value, events: Value) -> Value {
    let ids: Vec<Value> = sources.as_array().expect("a list").iter().map(|s| s["id"].clone()).collect();
    let positions: Vec<Value> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| {
            json!({"id": format!("claim-{i}"), "holder": "a", "stance": "claims_sovereignty", "islands": ["north"],
                   "period": "1950/..", "attributions": [{"source": id}]})
        })
        .collect();
    json!({
        "format": "island-claims/2",
        "islands": [
            {"id": "group", "kind": "group"},
            {"id": "north", "kind": "island", "part_of": "group"},
            {"id": "south", "kind": "island", "part_of": "group"}
        ],
        "parties": [{"id": "a", "kind": "state"}, {"id": "b", "kind": "state"}],
        "sources": sources,
        "events": events,
        "positions": positions
    })
}

fn load(data: &Value) -> Result<Dataset, LoadError> {
    Dataset::from_json(&data.to_string())
}

fn refused_with(data: &Value) -> Vec<(IssueCode, String, String)> {
    let err = load(data).expect_err("refused");
    let report = err.report().expect("a validation report").clone();
    report.errors().map(|i| (i.code, i.subject.path(), i.message.clone())).collect()
}

// ---------------------------------------------------------------------------------------
// Sources: `accessed`, `written`, an optional `published`.
// ---------------------------------------------------------------------------------------

#[test]
fn a_source_with_only_accessed_loads_and_counts_from_its_access() {
    let data = load(&dataset(
        json!([{"id": "page", "kind": "official_statement", "title": "Undated page", "accessed": "2008-06-22"}]),
        json!([]),
    ))
    .expect("an undated page with an access date loads");
    let page = data.source(&"page".parse().unwrap()).unwrap();
    assert!(page.published.is_none());
    assert_eq!(page.known_from().map(|w| w.as_str()), Some("2008-06-22"));
    let claim = "claim-0".parse().unwrap();
    assert!(data.as_known_at(day(2008, 6, 21)).position(&claim).is_none());
    assert!(data.as_known_at(day(2008, 6, 22)).position(&claim).is_some());
    assert_eq!(data.latest_publication(), Some(day(2008, 6, 22)));
}

#[test]
fn a_page_of_an_unknown_year_of_the_century_counts_from_when_it_was_seen() {
    // `20XX` alone may stand for any year to 2099; a page seen in December 2026 was surely
    // public by the end of that month.
    let data = load(&dataset(
        json!([{"id": "page", "kind": "reference_work", "title": "Page", "published": "20XX", "accessed": "2026-12"}]),
        json!([]),
    ))
    .unwrap();
    let claim = "claim-0".parse().unwrap();
    assert!(data.as_known_at(day(2026, 11, 30)).position(&claim).is_none());
    assert!(data.as_known_at(day(2026, 12, 31)).position(&claim).is_some());
    assert_eq!(data.latest_publication(), Some(day(2026, 12, 31)));
    // Without the access date it would count only from 2099.
    let undated = load(&dataset(
        json!([{"id": "page", "kind": "reference_work", "title": "Page", "published": "20XX"}]),
        json!([]),
    ))
    .unwrap();
    assert!(undated.as_known_at(day(2026, 12, 31)).position(&claim).is_none());
}

#[test]
fn accessed_counts_when_it_is_surely_past() {
    // Seen some time in June 2008: known only from the month's last day.
    let data = load(&dataset(
        json!([{"id": "page", "kind": "reference_work", "title": "Undated page", "accessed": "2008-06"}]),
        json!([]),
    ))
    .unwrap();
    let claim = "claim-0".parse().unwrap();
    assert!(data.as_known_at(day(2008, 6, 29)).position(&claim).is_none());
    assert!(data.as_known_at(day(2008, 6, 30)).position(&claim).is_some());
}

#[test]
fn publication_comes_before_access() {
    // Published 2001, seen 2024: known from 2001.
    let data = load(&dataset(
        json!([{"id": "s", "kind": "news_report", "title": "T", "published": "2001", "accessed": "2024-01-05"}]),
        json!([]),
    ))
    .unwrap();
    assert!(data.as_known_at(day(2001, 12, 31)).position(&"claim-0".parse().unwrap()).is_some());
}

#[test]
fn a_source_with_neither_published_nor_accessed_is_refused_with_what_to_write() {
    let errors =
        refused_with(&dataset(json!([{"id": "page", "kind": "reference_work", "title": "Undated page"}]), json!([])));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (code, path, message) = &errors[0];
    assert_eq!(*code, IssueCode::SourceUndated);
    assert_eq!(code.to_string(), "source_undated");
    assert_eq!(path, "sources[0].published");
    assert!(message.contains("give `published`, or `accessed` for an undated page"), "{message}");
    assert!(message.contains("'page'"), "{message}");
    // `written` alone does not date a source for "as known at".
    let errors = refused_with(&dataset(
        json!([{"id": "memo", "kind": "archive_document", "title": "Memo", "written": "1972"}]),
        json!([]),
    ));
    assert_eq!(errors.iter().map(|e| e.0).collect::<Vec<_>>(), [IssueCode::SourceUndated]);
}

#[test]
fn a_document_written_in_1972_and_published_in_2021_is_not_known_in_2000() {
    let data = load(&dataset(
        json!([{"id": "memo", "kind": "archive_document", "title": "Politburo memorandum",
                "written": "1972-08-03", "published": "2021-05-24"}]),
        json!([]),
    ))
    .unwrap();
    let memo = data.source(&"memo".parse().unwrap()).unwrap();
    assert_eq!(memo.written.as_ref().map(|w| w.as_str()), Some("1972-08-03"));
    let claim = "claim-0".parse().unwrap();
    assert!(data.as_known_at(day(2000, 1, 1)).position(&claim).is_none());
    assert!(data.as_known_at(day(2021, 5, 23)).position(&claim).is_none());
    assert!(data.as_known_at(day(2021, 5, 24)).position(&claim).is_some());
    // `written` does not move the last publication either.
    assert_eq!(data.latest_publication(), Some(day(2021, 5, 24)));
}

#[test]
fn written_surely_after_published_is_refused() {
    let errors = refused_with(&dataset(
        json!([{"id": "memo", "kind": "archive_document", "title": "Memo", "written": "2022", "published": "2021-05-24"}]),
        json!([]),
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (code, path, message) = &errors[0];
    assert_eq!(*code, IssueCode::SourceWrittenAfterPublished);
    assert_eq!(code.to_string(), "source_written_after_published");
    assert_eq!(code.severity(), Severity::Error);
    assert_eq!(path, "sources[0].written");
    assert!(message.contains("'memo'") && message.contains("2022") && message.contains("2021-05-24"), "{message}");
}

#[test]
fn written_possibly_on_the_publication_day_loads() {
    // Written some time in 1972, published in March 1972: both may be right.
    for (written, published) in [("1972", "1972-03"), ("1972-03-01", "1972-03-01"), ("197X", "1975")] {
        let data = dataset(
            json!([{"id": "memo", "kind": "archive_document", "title": "Memo", "written": written, "published": published}]),
            json!([]),
        );
        assert!(load(&data).is_ok(), "written {written}, published {published}");
    }
}

#[test]
fn an_undated_page_seen_before_the_event_is_warned_of_like_an_early_publication() {
    let data = load(&dataset(
        json!([{"id": "page", "kind": "reference_work", "title": "Page", "accessed": "2000"}]),
        json!([{"id": "ev", "kind": "statement", "when": "2005", "title": "Later",
                "attributions": [{"source": "page"}]}]),
    ))
    .expect("a warning does not refuse");
    let warnings: Vec<_> = data.warnings().iter().filter(|w| w.code == IssueCode::SourcePublishedBeforeEvent).collect();
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].message.contains("accessed 2000"), "{}", warnings[0].message);
}

#[test]
fn new_source_and_event_fields_round_trip() {
    let data = load(&dataset(
        json!([
            {"id": "memo", "kind": "archive_document", "title": "Memo", "published": "2021", "written": "1972"},
            {"id": "page", "kind": "reference_work", "title": "Page", "accessed": "2008-06-22"}
        ]),
        json!([
            {"id": "one", "kind": "other", "when": "1996", "title": "Flag", "attributions": [{"source": "memo"}]},
            {"id": "two", "kind": "other", "when": "1996", "title": "Flag", "same_as": "one",
             "attributions": [{"source": "page"}]}
        ]),
    ))
    .expect("loads");
    let json = data.to_json();
    assert!(json.contains(r#""written": "1972""#), "{json}");
    assert!(json.contains(r#""accessed": "2008-06-22""#), "{json}");
    assert!(json.contains(r#""same_as": "one""#), "{json}");
    let written: Value = serde_json::from_str(&json).unwrap();
    assert!(written["sources"][1].get("published").is_none(), "an undated page writes no published");
    assert_eq!(Dataset::from_json(&json).unwrap(), data);
    assert_eq!(data.to_builder().build().unwrap(), data);
}

// ---------------------------------------------------------------------------------------
// Accounts of the same event.
// ---------------------------------------------------------------------------------------

fn two_sources() -> Value {
    json!([
        {"id": "s1", "kind": "scholarship", "title": "One history", "published": "2000"},
        {"id": "s2", "kind": "news_report", "title": "Another", "published": "2001"}
    ])
}

/// Two accounts of one surrender: `first` as given, and `second` naming it `same_as`.
fn accounts(first: Value, second: Value) -> Value {
    let mut a = json!({"id": "surrender-per-a", "kind": "military_action", "title": "Surrender",
                       "attributions": [{"source": "s1", "account_of": "a"}]});
    let mut b = json!({"id": "surrender-per-b", "kind": "military_action", "title": "Surrender",
                       "same_as": "surrender-per-a", "attributions": [{"source": "s2", "account_of": "b"}]});
    for (record, fields) in [(&mut a, first), (&mut b, second)] {
        for (k, v) in fields.as_object().expect("fields") {
            record[k] = v.clone();
        }
    }
    dataset(two_sources(), json!([a, b]))
}

fn event_conflicts(data: &Dataset) -> Vec<(String, String, ConflictKind, Vec<String>)> {
    data.conflicts()
        .iter()
        .filter_map(Conflict::as_events)
        .map(|c| {
            let (a, b) = c.events();
            (a.id.to_string(), b.id.to_string(), c.kind(), c.islands().iter().map(|i| i.to_string()).collect())
        })
        .collect()
}

#[test]
fn two_accounts_of_one_event_with_different_days_are_a_conflict() {
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["north"]}),
        json!({"when": "1945-09-05", "islands": ["north"]}),
    ))
    .unwrap();
    assert_eq!(
        event_conflicts(&data),
        [("surrender-per-a".to_owned(), "surrender-per-b".to_owned(), ConflictKind::Date, vec![])]
    );
    let all = data.conflicts();
    let c = all.iter().find_map(Conflict::as_events).unwrap();
    assert_eq!(c.sources().iter().map(|s| s.as_str()).collect::<Vec<_>>(), ["s1", "s2"]);
    assert!(c.kind().is_of_events());
    let json = serde_json::to_value(&all).unwrap();
    assert_eq!(
        json[0],
        json!({"events": ["surrender-per-a", "surrender-per-b"], "kind": "date", "islands": [], "sources": ["s1", "s2"]})
    );
}

#[test]
fn two_accounts_with_the_same_day_are_not_a_conflict() {
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["north"]}),
        json!({"when": "1945-09-01", "islands": ["north"]}),
    ))
    .unwrap();
    assert!(event_conflicts(&data).is_empty());
    // Nor when the days may agree: "some day in September" and the 5th.
    let data = load(&accounts(json!({"when": "1945-09"}), json!({"when": "1945-09-05"}))).unwrap();
    assert!(event_conflicts(&data).is_empty());
}

#[test]
fn two_accounts_from_the_same_account_are_not_a_conflict() {
    let mut data = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    // The second event now also comes from the first's account (source s1, per party a).
    data["events"][1]["attributions"].as_array_mut().unwrap().push(json!({"source": "s1", "account_of": "a"}));
    let data = load(&data).expect("one account giving two dates is not refused");
    assert!(event_conflicts(&data).is_empty());
    // The same source, giving two parties' accounts, is two accounts: a conflict.
    let mut other = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    other["events"][1]["attributions"] = json!([{"source": "s1", "account_of": "b"}]);
    assert_eq!(event_conflicts(&load(&other).unwrap()).len(), 1);
}

#[test]
fn two_accounts_with_different_islands_are_a_conflict() {
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["north"]}),
        json!({"when": "1945-09-01", "islands": ["south"]}),
    ))
    .unwrap();
    assert_eq!(
        event_conflicts(&data),
        [(
            "surrender-per-a".to_owned(),
            "surrender-per-b".to_owned(),
            ConflictKind::Islands,
            vec!["north".to_owned(), "south".to_owned()]
        )]
    );
    // Different days and different islands: one conflict, of kind date, listing the islands.
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["north"]}),
        json!({"when": "1945-09-05", "islands": ["south"]}),
    ))
    .unwrap();
    assert_eq!(event_conflicts(&data)[0].2, ConflictKind::Date);
    assert_eq!(event_conflicts(&data)[0].3, ["north", "south"]);
}

#[test]
fn islands_are_compared_after_expansion_and_silence_is_no_disagreement() {
    // Sets after expansion through the group, as a position's islands: the group and the
    // group with one of its islands agree, and order and repeats do not count.
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["group"]}),
        json!({"when": "1945-09-01", "islands": ["north", "group", "north"]}),
    ))
    .unwrap();
    assert!(event_conflicts(&data).is_empty());
    // The group itself is among what it covers, as in a position's scope conflict: the
    // group and the list of its islands differ on the group.
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["group"]}),
        json!({"when": "1945-09-01", "islands": ["south", "north"]}),
    ))
    .unwrap();
    assert_eq!(event_conflicts(&data)[0].3, ["group"]);
    // An account that names no island says nothing against one that does.
    let data =
        load(&accounts(json!({"when": "1945-09-01", "islands": ["north"]}), json!({"when": "1945-09-01"}))).unwrap();
    assert!(event_conflicts(&data).is_empty());
    // The group against one of its islands: the other island is in dispute.
    let data = load(&accounts(
        json!({"when": "1945-09-01", "islands": ["group"]}),
        json!({"when": "1945-09-01", "islands": ["north"]}),
    ))
    .unwrap();
    assert_eq!(event_conflicts(&data)[0].3, ["group", "south"]);
}

#[test]
fn same_as_is_an_undirected_link_and_accounts_linked_through_others_are_compared() {
    // a <- b and b -> a: naming each other is harmless.
    let mut data = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    data["events"][0]["same_as"] = json!("surrender-per-b");
    let loaded = load(&data).expect("two events naming each other load");
    assert_eq!(event_conflicts(&loaded).len(), 1, "the pair is reported once");
    // a third account names b; it is compared with a too.
    let mut data = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-01"}));
    data["sources"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "s3", "kind": "scholarship", "title": "T", "published": "2002"}));
    data["events"].as_array_mut().unwrap().push(json!(
        {"id": "surrender-per-c", "kind": "military_action", "title": "Surrender", "when": "1945-08-30",
         "same_as": "surrender-per-b", "attributions": [{"source": "s3"}]}
    ));
    let found = event_conflicts(&load(&data).unwrap());
    let pairs: Vec<(&str, &str)> = found.iter().map(|c| (c.0.as_str(), c.1.as_str())).collect();
    assert_eq!(pairs, [("surrender-per-a", "surrender-per-c"), ("surrender-per-b", "surrender-per-c")]);
}

#[test]
fn event_conflicts_follow_position_conflicts() {
    let mut data = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    // Two accounts of party a's claim: to the north, and to the whole group.
    data["positions"] = json!([
        {"id": "claim-north", "holder": "a", "stance": "claims_sovereignty", "islands": ["north"], "period": "1950/..",
         "attributions": [{"source": "s1"}]},
        {"id": "claim-group", "holder": "a", "stance": "claims_sovereignty", "islands": ["group"], "period": "1950/..",
         "attributions": [{"source": "s2"}]}
    ]);
    let data = load(&data).unwrap();
    let kinds: Vec<ConflictKind> = data.conflicts().iter().map(Conflict::kind).collect();
    assert_eq!(kinds, [ConflictKind::Scope, ConflictKind::Date]);
    assert!(data.conflicts()[0].as_positions().is_some() && data.conflicts()[1].as_events().is_some());
}

#[test]
fn same_as_naming_an_unknown_event_is_refused() {
    let mut data = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    data["events"][1]["same_as"] = json!("surrender-per-z");
    let errors = refused_with(&data);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, IssueCode::UnknownReference);
    assert_eq!(errors[0].1, "events[1].same_as");
    assert!(errors[0].2.contains("unknown event 'surrender-per-z'"), "{}", errors[0].2);
}

#[test]
fn same_as_itself_is_refused() {
    let mut data = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    data["events"][0]["same_as"] = json!("surrender-per-a");
    let errors = refused_with(&data);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let (code, path, message) = &errors[0];
    assert_eq!(*code, IssueCode::EventSameAsItself);
    assert_eq!(code.to_string(), "event_same_as_itself");
    assert_eq!(path, "events[0].same_as");
    assert!(message.contains("'surrender-per-a'") && message.contains("itself"), "{message}");
}

#[test]
fn as_known_at_drops_a_link_to_an_account_not_yet_published() {
    // The first account's source is published in 2000, the second's in 2001.
    let data = load(&accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}))).unwrap();
    let view = data.as_known_at(day(2001, 12, 31));
    assert_eq!(event_conflicts(&view).len(), 1);
    // In 2000 only one account is known: nothing to compare. The 2001 account names the
    // 2000 one, so the view must also keep no link to an event it lacks: swap them.
    let mut swapped = accounts(json!({"when": "1945-09-01"}), json!({"when": "1945-09-05"}));
    swapped["events"][1].as_object_mut().unwrap().remove("same_as");
    swapped["events"][0]["same_as"] = json!("surrender-per-b");
    let data = load(&swapped).unwrap();
    let view = data.as_known_at(day(2000, 12, 31));
    let kept = view.event(&"surrender-per-a".parse().unwrap()).expect("the 2000 account is known");
    assert!(kept.same_as.is_none(), "the link to an unknown account is dropped");
    assert!(event_conflicts(&view).is_empty());
    assert_eq!(Dataset::from_json(&view.to_json()).unwrap(), view, "the view is valid");
}

#[cfg(feature = "schema")]
#[test]
fn the_schema_asks_for_published_or_accessed() {
    let validator = jsonschema::options()
        .with_format("edtf", |s| island_claims::Period::parse(s).is_ok())
        .should_validate_formats(true)
        .build(&island_claims::export::schema::dataset_schema())
        .expect("a valid JSON Schema");
    let with = |source: Value| dataset(json!([source]), json!([]));
    let page = json!({"id": "page", "kind": "reference_work", "title": "Page", "accessed": "2008-06-22"});
    let memo =
        json!({"id": "memo", "kind": "archive_document", "title": "Memo", "written": "1972", "published": "2021"});
    // Version 3: a source dated only by `written` is known through a dated source that cites
    // it, which validation checks and the schema cannot; one with no date at all is refused.
    let written_only = json!({"id": "page", "kind": "reference_work", "title": "Page", "written": "1972"});
    let undated = json!({"id": "page", "kind": "reference_work", "title": "Page"});
    assert!(validator.is_valid(&with(page)));
    assert!(validator.is_valid(&with(memo)));
    assert!(validator.is_valid(&with(written_only)));
    assert!(!validator.is_valid(&with(undated)));
    let events = json!([
        {"id": "one", "kind": "other", "when": "1996", "title": "T", "attributions": [{"source": "s1"}]},
        {"id": "two", "kind": "other", "when": "1997", "title": "T", "same_as": "one", "attributions": [{"source": "s2"}]}
    ]);
    assert!(validator.is_valid(&dataset(two_sources(), events)));
}
