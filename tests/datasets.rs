//! The embedded datasets: each loads with no warning, `all()` merges them with one record per
//! shared party, and `by_name` finds each.

use island_claims::datasets;

#[test]
fn every_embedded_dataset_loads_without_warnings() {
    for name in datasets::NAMES {
        let data = datasets::by_name(name).expect("an embedded dataset");
        assert!(data.warnings().is_empty(), "{name}: {:?}", data.warnings());
        assert!(!data.all_positions().is_empty(), "{name}");
    }
}

#[test]
fn all_holds_every_record_of_every_dataset_once() {
    let all = datasets::all();
    let parts = [
        datasets::kuril(),
        datasets::liancourt_rocks(),
        datasets::chagos(),
        datasets::falklands(),
        datasets::spratly(),
    ];
    // Positions are never shared: the corpus has the sum of them.
    let positions: usize = parts.iter().map(|d| d.all_positions().len()).sum();
    assert_eq!(all.all_positions().len(), positions);
    for d in parts {
        for p in d.all_positions() {
            assert_eq!(all.position(&p.id), Some(p), "{}", p.id);
        }
        for party in d.parties() {
            let merged = all.party(&party.id).expect("every party is in the corpus");
            // Names are the union of every dataset's; everything else is equal.
            assert_eq!((merged.kind, &merged.exists, &merged.note), (party.kind, &party.exists, &party.note));
            assert!(party.names.iter().all(|(tag, name)| merged.names.get(tag.as_str()) == Some(name)), "{}", party.id);
        }
    }
    for shared in ["japan", "united-states", "united-kingdom"] {
        assert_eq!(all.parties().iter().filter(|p| p.id.as_str() == shared).count(), 1, "{shared}");
    }
    // Japan's Korean name comes from the Liancourt Rocks dataset, its Russian one from the Kuril.
    let japan = all.party(&"japan".parse().unwrap()).unwrap();
    assert!(japan.names.get("ko").is_some() && japan.names.get("ru").is_some());
}

#[test]
fn all_answers_for_every_dispute_at_once() {
    let all = datasets::all();
    let in_1982: Vec<String> = all
        .disputes_during(1982)
        .iter()
        .map(|m| m.dispute().territory().to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    for territory in ["south-kurils", "liancourt-rocks", "falkland-islands", "spratly-islands"] {
        assert!(in_1982.iter().any(|t| t == territory), "{territory} not among {in_1982:?}");
    }
}

#[test]
fn an_unknown_name_is_an_error_that_lists_the_names() {
    let err = datasets::by_name("malvinas").unwrap_err();
    for name in datasets::NAMES {
        assert!(err.to_string().contains(name), "{err}");
    }
}
