//! Islands as GeoJSON, with who administers them and who claims them on a chosen day.
//!
//! [`feature_collection`] makes one [RFC 7946](https://www.rfc-editor.org/rfc/rfc7946)
//! `FeatureCollection` with a `Feature` per island, group, region and part, in dataset order, so that
//! a map (QGIS, Leaflet, geojson.io) can show the state of the dispute on that day. Each
//! feature's `id` is the island id, its geometry a `Point` at the island's location in
//! RFC 7946 order, **`[longitude, latitude]`**, and its properties are:
//!
//! | property | value |
//! |---|---|
//! | `id`, `kind`, `part_of`, `wikidata` | as in the dataset (`part_of`, `wikidata` only when set) |
//! | `exists` | when the island or part exists, as EDTF, only when set (a part from its settlement) |
//! | `name` | the English name, or the id when there is none |
//! | `names` | every name, by language tag |
//! | `area_km2` | the land area, when known |
//! | `date` | the day asked about, `YYYY-MM-DD` |
//! | `administered_by` | the positions that hold the island in fact ([`Stance::is_control`](crate::Stance::is_control): `administers`, `leases`) and may hold on that day |
//! | `claimed_by` | the claims (`claims_sovereignty`, `demands_transfer`) that may hold on that day |
//! | `contested` | whether two parties' positions on it are incompatible on that day (below) |
//!
//! Each entry of `administered_by` and `claimed_by` is an object with `party` (id), `name`,
//! `stance`, `certainty` (`"definite"` when the position surely held that day, `"possible"`
//! when only some reading of its dates has it holding) and `position` (id).
//!
//! **Which positions** a feature lists is what every island query of this crate answers,
//! [`Dataset::query`](crate::Dataset::query)`().island(id).during(date)`: the positions
//! that may hold on that day and name the island, a group or region it belongs to, or an
//! island or group that belongs to it. So an islet lists the claims to its group, and the
//! feature of a group or region also lists the positions on its members; a part lists the
//! positions on its whole island, and an island those on its parts.
//!
//! **A part outside its existence** on the day asked about (the day surely lies outside its
//! `exists`: the half of an island before the settlement that drew its border) lists no
//! positions and is not contested: the land was then the whole island's, whose feature says
//! who held it. A day that only possibly lies outside lists them as usual.
//!
//! **Contested** means that two parties (different ids) hold positions on the same land that
//! cannot both stand, by the one rule of derived disputes ([`Contention`]): on some island
//! that is this feature or lies within it, and that both positions cover, both parties claim
//! it (`claims_sovereignty`, or `demands_transfer` from the other), or one claims it while the
//! other holds it in fact (`administers`, or `leases` from anyone but the claimant), or one
//! disputes the other's sovereignty (`disputes_sovereignty_of` the other) while the other
//! claims or holds it. Among the positions listed (those that *may* hold on the day), so an
//! uncertain date can make a feature contested. Hence:
//!
//! - a sole claimant is not contested, whether or not anyone administers the island;
//! - a party that claims and administers an island is not contested by itself, but is when
//!   another party claims it too;
//! - a claimant against an administrator, or two claimants, are contested;
//! - administration alone is not a dispute;
//! - a lessee does not contest its lessor's claim (the lease acknowledges the lessor's title),
//!   but does contest the claim of a third party, as an administrator would;
//! - a demand of transfer contests only the party it is made of;
//! - the stances that say nothing of who is sovereign or who holds the island
//!   (`recognises_administration_of`, `neutral_on_sovereignty`, `owns`, and every other stance
//!   not in [`Contention`]'s table) never make a feature contested;
//! - the group of an island divided by a settlement, each half claimed by its own party, is
//!   not contested: the two claims cover no island in common.
//!
//! [`Dataset::disputes`](crate::Dataset::disputes) applies the same rule over time, with
//! succession and `part_of` followed.
//!
//! Succession is not followed: a state and the state it continues count as two parties, which
//! matters only on a day both hold positions (a handover day, both ends being inclusive).
//!
//! **Islands without a location** (regions and groups usually have none) are kept, with a
//! `null` geometry, which RFC 7946 §3.2 allows for an unlocated feature: their properties
//! still say who holds and claims them, and map tools skip them. Filter on the geometry to
//! leave them out.

use std::collections::HashMap;
use std::io;

use chrono::NaiveDate;
use geojson::{Feature, FeatureCollection, Geometry, JsonObject};
use serde_json::{Value, json};

use crate::dataset::Dataset;
use crate::export::iso_day;
use crate::ids::IslandId;
use crate::query::Match;
use crate::records::{Against, Contention, Island};
use crate::time::Span;

/// The islands of `data` as a GeoJSON FeatureCollection, with who administers and claims each
/// on `date`.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::Dataset;
/// use island_claims::export::geojson::feature_collection;
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let map = feature_collection(&data, NaiveDate::from_ymd_opt(1970, 1, 1).unwrap());
/// let json = serde_json::to_value(&map)?;
/// let iturup = &json["features"][1];
/// assert_eq!(iturup["id"], "iturup");
/// // RFC 7946: longitude first.
/// assert_eq!(iturup["geometry"]["coordinates"], serde_json::json!([147.617, 45.033]));
/// assert_eq!(iturup["properties"]["administered_by"][0]["party"], "ussr");
/// assert_eq!(iturup["properties"]["claimed_by"][0]["party"], "japan");
/// assert_eq!(iturup["properties"]["contested"], true);
/// // A region has no location: a null geometry.
/// assert!(json["features"][0]["geometry"].is_null());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn feature_collection(data: &Dataset, date: NaiveDate) -> FeatureCollection {
    let features = data.islands().iter().map(|island| {
        // The island query, so that a feature counts what every query of the crate counts.
        let matches = data.query().island(&island.id).during(date).run();
        debug_assert!(matches.is_ok(), "an island of the dataset is known to its queries");
        let exists = island.exists.as_ref().is_none_or(|e| e.certainty_during(Span::day(date)).is_some());
        let matches = if exists { matches.unwrap_or_default() } else { Vec::new() };
        feature(data, island, date, &matches)
    });
    FeatureCollection::new(features)
}

/// Writes [`feature_collection`] as pretty-printed GeoJSON text, ending in a newline.
///
/// # Errors
///
/// The I/O error of `out`, if writing fails.
///
/// # Examples
///
/// ```
/// use chrono::NaiveDate;
/// use island_claims::Dataset;
/// use island_claims::export::geojson;
///
/// let data = Dataset::from_json(include_str!("../../tests/data/tiny.json"))?;
/// let mut out = Vec::new();
/// geojson::write(&data, NaiveDate::from_ymd_opt(2000, 1, 1).unwrap(), &mut out)?;
/// let text = String::from_utf8(out)?;
/// assert!(text.contains(r#""type": "FeatureCollection""#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write<W: io::Write>(data: &Dataset, date: NaiveDate, mut out: W) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut out, &feature_collection(data, date))?;
    out.write_all(b"\n")?;
    out.flush()
}

fn feature(data: &Dataset, island: &Island, date: NaiveDate, matches: &[Match<'_>]) -> Feature {
    let entry = |m: &Match<'_>| {
        let party = data.party(m.party());
        json!({
            "party": m.party().as_str(),
            "name": party.and_then(|p| p.names.english()).unwrap_or(m.party().as_str()),
            "stance": m.stance().as_ref(),
            "certainty": m.certainty().as_ref(),
            "position": m.position().id.as_str(),
        })
    };
    let administered: Vec<&Match<'_>> = matches.iter().filter(|m| m.stance().is_control()).collect();
    let claimed: Vec<&Match<'_>> = matches.iter().filter(|m| m.stance().is_claim()).collect();
    let contested = contested(data, &island.id, matches);

    let mut p = JsonObject::new();
    p.insert("id".into(), json!(island.id.as_str()));
    p.insert("name".into(), json!(island.names.english().unwrap_or(island.id.as_str())));
    p.insert("names".into(), island.names.iter().map(|(lang, name)| (lang.to_string(), json!(name))).collect());
    p.insert("kind".into(), json!(island.kind.as_ref()));
    if let Some(parent) = &island.part_of {
        p.insert("part_of".into(), json!(parent.as_str()));
    }
    if let Some(exists) = &island.exists {
        p.insert("exists".into(), json!(exists.as_str()));
    }
    if let Some(area) = island.area_km2 {
        p.insert("area_km2".into(), json!(area));
    }
    if let Some(q) = island.wikidata {
        p.insert("wikidata".into(), json!(q.to_string()));
    }
    p.insert("date".into(), json!(iso_day(Some(date))));
    p.insert("administered_by".into(), Value::Array(administered.iter().map(|m| entry(m)).collect()));
    p.insert("claimed_by".into(), Value::Array(claimed.iter().map(|m| entry(m)).collect()));
    p.insert("contested".into(), json!(contested));

    Feature {
        bbox: None,
        geometry: island.location.map(|l| Geometry::new_point(vec![l.lon, l.lat])),
        id: Some(geojson::feature::Id::String(island.id.to_string())),
        properties: Some(p),
        foreign_members: None,
    }
}

/// Whether two parties hold positions on some land of `island` among `matches` that contend
/// ([`Contention`]): on one island that is `island` or lies within it, and that both cover.
fn contested(data: &Dataset, island: &IslandId, matches: &[Match<'_>]) -> bool {
    let mut on: HashMap<&IslandId, Vec<&Match<'_>>> = HashMap::new();
    for m in matches.iter().filter(|m| Against::may_bear(m.stance())) {
        for covered in m.islands().iter().filter(|i| data.ancestry(i).any(|a| &a.id == island)) {
            on.entry(covered).or_default().push(m);
        }
    }
    let against = |m: &Match<'_>, other: &Match<'_>| Against::of(m.stance(), m.counterpart() == Some(other.party()));
    on.values().any(|held| {
        held.iter().enumerate().any(|(i, a)| {
            held.iter().skip(i + 1).any(|b| {
                a.party() != b.party()
                    && against(a, b).zip(against(b, a)).and_then(|(x, y)| Contention::between(x, y)).is_some()
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn props(data: &Dataset, date: NaiveDate, island: &str) -> JsonObject {
        feature_collection(data, date)
            .features
            .into_iter()
            .find(|f| f.id == Some(geojson::feature::Id::String(island.into())))
            .and_then(|f| f.properties)
            .unwrap()
    }

    #[test]
    fn members_of_a_group_see_positions_on_the_region() {
        let data = Dataset::from_json(include_str!("../../tests/data/tiny.json")).unwrap();
        let p = props(&data, day(2000, 1, 1), "suisho");
        assert_eq!(p["administered_by"][0]["party"], "russia");
        assert_eq!(p["administered_by"][0]["certainty"], "definite");
        assert_eq!(p["claimed_by"][0]["position"], "japan-four");
        assert!(p.get("part_of").is_some_and(|v| v == "habomai"));
    }

    #[test]
    fn a_part_lists_no_positions_before_it_exists() {
        let data = Dataset::from_json(
            r#"{"format": "island-claims/2",
              "islands": [{"id": "x", "kind": "island"},
                {"id": "x-north", "kind": "part", "part_of": "x", "exists": "2022-06-14/.."}],
              "parties": [{"id": "a", "kind": "state"}],
              "sources": [{"id": "s", "kind": "treaty_text", "title": "t", "published": "2022"}],
              "positions": [{"id": "a-x", "holder": "a", "stance": "administers", "islands": ["x"],
                "period": "1900/..", "attributions": [{"source": "s"}]}]}"#,
        )
        .unwrap();
        let before = props(&data, day(2000, 1, 1), "x-north");
        assert_eq!(before["administered_by"], json!([]));
        assert_eq!(before["exists"], "2022-06-14/..");
        assert_eq!(before["kind"], "part");
        let after = props(&data, day(2023, 1, 1), "x-north");
        assert_eq!(after["administered_by"][0]["position"], "a-x");
        // The whole island lists its position either way.
        assert_eq!(props(&data, day(2000, 1, 1), "x")["administered_by"][0]["position"], "a-x");
        assert!(props(&data, day(2000, 1, 1), "x").get("exists").is_none());
    }

    #[test]
    fn uncertain_claims_say_so_and_nobody_claims_before_1956() {
        let data = Dataset::from_json(include_str!("../../tests/data/tiny.json")).unwrap();
        let p = props(&data, day(1950, 1, 1), "shikotan");
        assert_eq!(p["claimed_by"], json!([]));
        assert_eq!(p["contested"], false);
        let p = props(&data, day(1956, 6, 1), "shikotan");
        let claims = p["claimed_by"].as_array().unwrap();
        assert_eq!(claims.len(), 2);
        assert!(claims.iter().all(|c| c["certainty"] == "possible"));
    }
}
