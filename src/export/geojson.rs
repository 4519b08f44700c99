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
//! | `administrator` | the English names of the parties in `administered_by`, each once, `; `-joined; `null` when nobody |
//! | `claimants` | the English names of the parties in `claimed_by`, each once, `; `-joined; `null` when nobody |
//! | `contested` | `"definite"`, `"possible"` or `"no"`: whether a derived dispute holds over it on that day (below) |
//! | `located` | whether the feature has a geometry |
//! | `geometry_of` | `"location"` (its own point), `"members"` (the points of its members), or `null` |
//!
//! The arrays keep every detail; the flat fields (`name`, `administrator`, `claimants`,
//! `contested`) are plain strings, which GIS tools (QGIS, through GDAL) can colour and
//! filter by, where they read an array of objects as one JSON string.
//!
//! Each entry of `administered_by` and `claimed_by` is an object with `party` (id), `name`,
//! `stance`, `certainty` (`"definite"` when the position surely held that day, `"possible"`
//! when only some reading of its dates has it holding), `position` (id), `sources` (the ids
//! of its sources) and `account_of` (the parties whose account it is, from its
//! attributions, each once; empty when the sources speak for themselves). An entry with a
//! non-empty `account_of` is someone's account of the party's position, not the party's own
//! word: Putin's account that Japan claimed two islands in 1956 is an entry for Japan with
//! `account_of: ["putin"]`, beside Japan's own claim.
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
//! **Contested** is the derived disputes on that day
//! ([`Dataset::disputes_during`](crate::Dataset::disputes_during)), read island by island
//! ([`Dispute::per_island`](crate::Dispute::per_island)): a feature is contested when a
//! dispute contends for the feature's island, or for an island within it, on that day.
//!
//! - `"definite"`: the day lies in a run of days on which that island was definitely
//!   contended for (both sides' positions surely held: a claim against an administration, or
//!   two claims, each sure on that day);
//! - `"possible"`: it was contended for on that day only by some reading of the dates (a
//!   claim dated `1956` on a day of 1956, a contingent claim), and definitely by none;
//! - `"no"`: no dispute contended for it that day. A sole claimant, an administration that
//!   nobody disputes, a lease from the claimant, and a day before any claim are all `"no"`.
//!
//! So the map and [`Dataset::disputes`](crate::Dataset::disputes) agree, with one rule:
//! sides follow succession and the outermost party (a minister counts as his state, an
//! oblast as its state), organisations and peoples are never sides, at least one side
//! claims, and a lessee does not contest its lessor (see `disputes` for every rule). The
//! positions a feature lists are the island query's, which may include positions that
//! contend with nobody: `contested` is the answer to "is there a dispute here today".
//!
//! **Geometry.** An island, rock or part with a location is a `Point` at it. A group or
//! region is a `MultiPoint` of the located islands within it (its members, theirs, and
//! their parts), with its `bbox`, rather than one point that may lie at sea; a group or
//! region none of whose members has a location (the dataset records no member, or none with
//! a location) keeps its own point, if it has one, with `geometry_of: "location"`. A feature with
//! neither keeps a `null` geometry, which RFC 7946 §3.2 allows for an unlocated feature: its
//! properties still say who holds and claims it, but map tools skip it. So that nobody
//! misses them, such features have `located: false`, and the FeatureCollection lists their
//! ids in the foreign member `unlocated` (RFC 7946 §6.1 allows foreign members).

use std::collections::HashMap;
use std::io;

use chrono::NaiveDate;
use geojson::{Feature, FeatureCollection, Geometry, JsonObject};
use serde_json::{Value, json};

use crate::dataset::Dataset;
use crate::export::iso_day;
use crate::ids::{IslandId, PartyId};
use crate::query::Match;
use crate::records::{Island, Location};
use crate::time::{Certainty, Span};

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
/// assert_eq!(iturup["properties"]["administrator"], "Soviet Union");
/// assert_eq!(iturup["properties"]["claimants"], "Japan");
/// assert_eq!(iturup["properties"]["contested"], "definite");
/// // A region: the points of its islands.
/// assert_eq!(json["features"][0]["geometry"]["type"], "MultiPoint");
/// // The Habomai group: none of its islets has a location here.
/// assert_eq!(json["unlocated"], serde_json::json!(["habomai", "suisho"]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn feature_collection(data: &Dataset, date: NaiveDate) -> FeatureCollection {
    let contested = contested_islands(data, date);
    let members = member_points(data);
    let features: Vec<Feature> = data
        .islands()
        .iter()
        .map(|island| {
            // The island query, so that a feature counts what every query of the crate counts.
            let matches = data.query().island(&island.id).during(date).run();
            debug_assert!(matches.is_ok(), "an island of the dataset is known to its queries");
            let exists = island.exists.as_ref().is_none_or(|e| e.certainty_during(Span::day(date)).is_some());
            let matches = if exists { matches.unwrap_or_default() } else { Vec::new() };
            let contest = contested.get(&island.id).copied();
            feature(data, island, date, &matches, contest, members.get(&island.id).map(Vec::as_slice))
        })
        .collect();
    let unlocated: Vec<Value> =
        features.iter().filter(|f| f.geometry.is_none()).filter_map(|f| f.id.clone()).map(id_value).collect();
    let mut foreign = JsonObject::new();
    foreign.insert("unlocated".into(), Value::Array(unlocated));
    FeatureCollection { bbox: None, features, foreign_members: Some(foreign) }
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

fn id_value(id: geojson::feature::Id) -> Value {
    match id {
        geojson::feature::Id::String(s) => Value::String(s),
        geojson::feature::Id::Number(n) => Value::Number(n),
    }
}

/// How surely each island, and each group or region with an island within it, is contended
/// for by a derived dispute on `date`: the surest over the disputes and islands.
fn contested_islands(data: &Dataset, date: NaiveDate) -> HashMap<&IslandId, Certainty> {
    let mut out: HashMap<&IslandId, Certainty> = HashMap::new();
    for found in data.disputes_during(date) {
        for island in found.dispute().per_island().filter(|i| i.possible().contains(date)) {
            let certainty =
                if island.definite().any(|r| r.contains(date)) { Certainty::Definite } else { Certainty::Possible };
            for within in data.ancestry(island.island()) {
                let slot = out.entry(&within.id).or_insert(certainty);
                *slot = (*slot).max(certainty);
            }
        }
    }
    out
}

/// The locations of the islands within each group or region (and within each island with
/// parts), by the id of what they lie within.
fn member_points(data: &Dataset) -> HashMap<&IslandId, Vec<Location>> {
    let mut out: HashMap<&IslandId, Vec<Location>> = HashMap::new();
    for island in data.islands() {
        if let Some(at) = island.location {
            for whole in data.ancestry(&island.id).skip(1) {
                out.entry(&whole.id).or_default().push(at);
            }
        }
    }
    out
}

/// The geometry of a feature, its bounding box, and where it came from.
fn geometry(
    island: &Island,
    members: Option<&[Location]>,
) -> (Option<Geometry>, Option<Vec<f64>>, Option<&'static str>) {
    let members = members.filter(|m| island.kind.has_members() && !m.is_empty());
    if let Some(points) = members {
        let (mut w, mut s, mut e, mut n) = (f64::INFINITY, f64::INFINITY, f64::NEG_INFINITY, f64::NEG_INFINITY);
        for p in points {
            (w, s, e, n) = (w.min(p.lon), s.min(p.lat), e.max(p.lon), n.max(p.lat));
        }
        let coordinates: Vec<Vec<f64>> = points.iter().map(|p| vec![p.lon, p.lat]).collect();
        return (Some(Geometry::new_multi_point(coordinates)), Some(vec![w, s, e, n]), Some("members"));
    }
    match island.location {
        Some(l) => (Some(Geometry::new_point(vec![l.lon, l.lat])), None, Some("location")),
        None => (None, None, None),
    }
}

fn feature(
    data: &Dataset,
    island: &Island,
    date: NaiveDate,
    matches: &[Match<'_>],
    contested: Option<Certainty>,
    members: Option<&[Location]>,
) -> Feature {
    fn name_of<'a>(data: &'a Dataset, party: &'a PartyId) -> &'a str {
        data.party(party).and_then(|p| p.names.english()).unwrap_or(party.as_str())
    }
    let entry = |m: &Match<'_>| {
        let mut accounts: Vec<&str> = Vec::new();
        for party in m.position().attributions.iter().filter_map(|a| a.account_of.as_ref()) {
            if !accounts.contains(&party.as_str()) {
                accounts.push(party.as_str());
            }
        }
        json!({
            "party": m.party().as_str(),
            "name": name_of(data, m.party()),
            "stance": m.stance().as_ref(),
            "certainty": m.certainty().as_ref(),
            "position": m.position().id.as_str(),
            "sources": m.sources().map(|s| s.as_str()).collect::<Vec<_>>(),
            "account_of": accounts,
        })
    };
    let administered: Vec<&Match<'_>> = matches.iter().filter(|m| m.stance().is_control()).collect();
    let claimed: Vec<&Match<'_>> = matches.iter().filter(|m| m.stance().is_claim()).collect();
    let names = |list: &[&Match<'_>]| -> Value {
        let mut seen: Vec<&str> = Vec::new();
        for m in list {
            let name = name_of(data, m.party());
            if !seen.contains(&name) {
                seen.push(name);
            }
        }
        if seen.is_empty() { Value::Null } else { json!(seen.join("; ")) }
    };
    let (geometry, bbox, geometry_of) = geometry(island, members);

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
    p.insert("administrator".into(), names(&administered));
    p.insert("claimants".into(), names(&claimed));
    p.insert("contested".into(), json!(contested.map_or_else(|| "no".to_owned(), |c| c.to_string())));
    p.insert("located".into(), json!(geometry.is_some()));
    p.insert("geometry_of".into(), json!(geometry_of));

    Feature {
        bbox,
        geometry,
        id: Some(geojson::feature::Id::String(island.id.to_string())),
        properties: Some(p),
        foreign_members: None,
    }
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
        assert_eq!(p["contested"], "no");
        let p = props(&data, day(1956, 6, 1), "shikotan");
        let claims = p["claimed_by"].as_array().unwrap();
        assert_eq!(claims.len(), 2);
        assert!(claims.iter().all(|c| c["certainty"] == "possible"));
        // Japan's claims may have begun later in 1956: the dispute only possibly held.
        assert_eq!(p["contested"], "possible");
    }
}
