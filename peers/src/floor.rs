//! The floor for loading: the same JSON read by serde_json into plain structs with owned
//! strings, every field kept, nothing checked (no id or date parsing, no references
//! resolved, no index). What a user who only wants the data in memory would write.

use std::collections::HashMap;

use serde::Deserialize;

#[derive(Deserialize)]
#[allow(dead_code)] // Read to be measured, not used.
pub struct File {
    pub format: String,
    #[serde(default)]
    pub islands: Vec<Island>,
    #[serde(default)]
    pub parties: Vec<Party>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub events: Vec<Event>,
    #[serde(default)]
    pub positions: Vec<Position>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Island {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub names: HashMap<String, String>,
    pub part_of: Option<String>,
    pub area_km2: Option<f64>,
    pub location: Option<Location>,
    pub wikidata: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Representation {
    pub party: String,
    pub period: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Party {
    pub id: String,
    pub kind: String,
    #[serde(default)]
    pub names: HashMap<String, String>,
    pub exists: Option<String>,
    pub successor_of: Option<String>,
    #[serde(default)]
    pub represents: Vec<Representation>,
    pub wikidata: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Source {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub published: String,
    pub url: Option<String>,
    pub language: Option<String>,
    #[serde(default)]
    pub cites: Vec<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Attribution {
    pub source: String,
    pub quote: Option<String>,
    pub account_of: Option<String>,
    pub locator: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Participant {
    pub party: String,
    pub role: String,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Event {
    pub id: String,
    pub kind: String,
    pub when: String,
    pub title: String,
    pub summary: Option<String>,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub islands: Vec<String>,
    #[serde(default)]
    pub attributions: Vec<Attribution>,
    pub place: Option<String>,
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[allow(dead_code)]
pub struct Position {
    pub id: String,
    pub holder: String,
    pub stance: String,
    pub islands: Vec<String>,
    pub counterpart: Option<String>,
    pub period: String,
    pub conditions: Option<String>,
    pub established_by: Option<String>,
    pub ended_by: Option<String>,
    #[serde(default)]
    pub attributions: Vec<Attribution>,
    pub rank: Option<String>,
    pub rank_reason: Option<String>,
    pub note: Option<String>,
}

/// Parses the text; panics on bad JSON (the peers binary only reads what synth wrote).
pub fn parse(json: &str) -> File {
    serde_json::from_str(json).expect("synthetic json parses into plain structs")
}
