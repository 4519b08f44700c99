//! Datasets that ship with the crate, compiled into the binary.

use std::sync::OnceLock;

use crate::{Dataset, OnClash};

/// The Kuril dataset's JSON text, as compiled in.
const KURIL_JSON: &str = include_str!("../data/kuril.json");

/// The Kuril Islands / Northern Territories dispute between Russia (the USSR before 1991) and
/// Japan, from the 1855 Treaty of Shimoda to the 2020s: islands, parties, events, positions and
/// the sources behind every record, conflicting accounts side by side.
///
/// The JSON is compiled into the binary and validated once, on the first call; later calls
/// return the same dataset. No file is read at run time. Its provenance and the choices made
/// compiling it are described in `data/README.md` in the repository.
///
/// # Panics
///
/// Only if the embedded file were invalid, which the crate's tests rule out for every release:
/// the dataset is fixed at compile time and no input reaches it.
///
/// # Examples
///
/// ```
/// let kuril = island_claims::datasets::kuril();
/// assert!(kuril.island(&"shikotan".parse()?).is_some());
/// # Ok::<(), island_claims::IdError>(())
/// ```
#[must_use]
pub fn kuril() -> &'static Dataset {
    static KURIL: OnceLock<Dataset> = OnceLock::new();
    embedded(&KURIL, "Kuril", KURIL_JSON)
}

/// The dataset of `json`, loaded and validated on the first call.
fn embedded<'a>(cell: &'a OnceLock<Dataset>, name: &str, json: &str) -> &'a Dataset {
    cell.get_or_init(|| match Dataset::from_json(json) {
        Ok(data) => data,
        // Unreachable for a released crate: the tests of each dataset load this very text.
        Err(e) => panic!("the embedded {name} dataset is invalid, which the crate's tests rule out: {e}"),
    })
}

/// The Liancourt Rocks (Dokdo / Takeshima) dispute between Japan and South Korea: the
/// Korean and Japanese accounts of title side by side, Shimane Prefecture's notice of 1905,
/// the occupation directives of 1946, the Rhee line, Korea's presence on the rocks from 1954
/// and Japan's offers to go to the International Court of Justice. Sources, choices and the
/// second reader's review: `data/liancourt-rocks/` in the repository.
///
/// Loaded and validated on the first call, like [`kuril`].
///
/// # Panics
///
/// Only if the embedded file were invalid, which the crate's tests rule out.
///
/// ```
/// use island_claims::Outcome;
/// let data = island_claims::datasets::liancourt_rocks();
/// let ongoing = data.disputes().into_iter().filter(|d| d.outcome() == Outcome::Ongoing).count();
/// assert_eq!(ongoing, 1);
/// ```
#[must_use]
pub fn liancourt_rocks() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    embedded(&DATA, "Liancourt Rocks", LIANCOURT_ROCKS_JSON)
}

const LIANCOURT_ROCKS_JSON: &str = include_str!("../data/liancourt-rocks/liancourt-rocks.json");
const CHAGOS_JSON: &str = include_str!("../data/chagos/chagos.json");
const FALKLANDS_JSON: &str = include_str!("../data/falklands/falklands.json");
const SPRATLY_JSON: &str = include_str!("../data/spratly/spratly.json");

/// The Chagos Archipelago dispute between the United Kingdom and Mauritius: the detachment of
/// 1965, the removal of the Chagossians, the lease of Diego Garcia to the United States, the
/// arbitral award of 2015, the advisory opinion and General Assembly resolution of 2019, and
/// the treaty of 2025 agreeing a transfer. Sources and review: `data/chagos/`.
///
/// # Panics
///
/// Only if the embedded file were invalid, which the crate's tests rule out.
///
/// ```
/// let data = island_claims::datasets::chagos();
/// assert!(data.island(&"diego-garcia".parse()?).is_some());
/// # Ok::<(), island_claims::IdError>(())
/// ```
#[must_use]
pub fn chagos() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    embedded(&DATA, "Chagos", CHAGOS_JSON)
}

/// The Falkland Islands (Islas Malvinas) dispute between the United Kingdom and Argentina, and
/// before it among France, Spain and Great Britain: claims since the 1760s and 1820s, the war
/// of 1982, Security Council resolution 502, the 1994 constitution and the referendum of 2013.
/// Sources and review: `data/falklands/`.
///
/// # Panics
///
/// Only if the embedded file were invalid, which the crate's tests rule out.
///
/// ```
/// let data = island_claims::datasets::falklands();
/// let in_1982 = data.disputes_during(1982);
/// assert!(in_1982.iter().any(|m| m.dispute().parties().iter().any(|p| p.as_str() == "argentina")));
/// ```
#[must_use]
pub fn falklands() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    embedded(&DATA, "Falklands", FALKLANDS_JSON)
}

/// The Spratly Islands dispute among the People's Republic of China, the Republic of China
/// (Taiwan), Vietnam, the Philippines, Malaysia and Brunei: features held by different
/// parties at once, France's annexation of 1933, Japan's renunciation of 1951, and the
/// arbitral award of 2016 that China rejects. Sources and review: `data/spratly/`.
///
/// # Panics
///
/// Only if the embedded file were invalid, which the crate's tests rule out.
///
/// ```
/// let data = island_claims::datasets::spratly();
/// assert!(data.disputes_during(2020).len() >= 5);
/// ```
#[must_use]
pub fn spratly() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    embedded(&DATA, "Spratly", SPRATLY_JSON)
}

/// Every embedded dataset as one: the Kuril dataset merged with the Liancourt Rocks, the
/// Chagos Archipelago, the Falkland Islands and the Spratly Islands, in that order, by
/// [`Dataset::merge`], the mechanism a user merges with. A party or source that several
/// record (Japan, the United States, the United Kingdom) is recorded identically in each file
/// and so is one record here.
///
/// Merged and validated on the first call.
///
/// # Panics
///
/// Only if the embedded files did not merge, which the crate's tests rule out.
///
/// ```
/// let all = island_claims::datasets::all();
/// let parts = [island_claims::datasets::kuril(), island_claims::datasets::chagos()];
/// assert!(parts.iter().all(|d| d.all_positions().len() < all.all_positions().len()));
/// // Japan is one party, with the names of every dataset that records it.
/// assert_eq!(all.parties().iter().filter(|p| p.id.as_str() == "japan").count(), 1);
/// ```
#[must_use]
pub fn all() -> &'static Dataset {
    static ALL: OnceLock<Dataset> = OnceLock::new();
    ALL.get_or_init(|| {
        let others = [liancourt_rocks(), chagos(), falklands(), spratly()];
        others.into_iter().try_fold(kuril().clone(), |acc, next| acc.merge(next, OnClash::Refuse)).unwrap_or_else(
            // Unreachable for a released crate: tests/datasets.rs merges these very files.
            |e| panic!("the embedded datasets do not merge, which the crate's tests rule out: {e}"),
        )
    })
}

/// The names of the embedded datasets, as [`by_name`] takes them: `kuril`,
/// `liancourt-rocks`, `chagos`, `falklands`, `spratly` and `all`.
pub const NAMES: [&str; 6] = ["kuril", "liancourt-rocks", "chagos", "falklands", "spratly", "all"];

/// The embedded dataset of this name (see [`NAMES`]), for a program that takes it as an
/// argument.
///
/// # Errors
///
/// [`UnknownDataset`] for another name, naming the ones there are.
///
/// ```
/// use island_claims::datasets;
/// assert!(datasets::by_name("falklands").is_ok());
/// let err = datasets::by_name("malvinas").unwrap_err();
/// assert!(err.to_string().contains("falklands"));
/// ```
pub fn by_name(name: &str) -> Result<&'static Dataset, UnknownDataset> {
    Ok(match name {
        "kuril" => kuril(),
        "liancourt-rocks" => liancourt_rocks(),
        "chagos" => chagos(),
        "falklands" => falklands(),
        "spratly" => spratly(),
        "all" => all(),
        _ => return Err(UnknownDataset { name: name.to_owned() }),
    })
}

/// The JSON text of the embedded dataset of this name, as compiled in (see [`NAMES`]; `all`
/// has none: it is merged from the others): to save it, or to load it with changes.
///
/// # Errors
///
/// [`UnknownDataset`] for another name, and for `all`.
///
/// ```
/// let text = island_claims::datasets::json_of("chagos")?;
/// let data = island_claims::Dataset::from_json(text)?;
/// assert_eq!(&data, island_claims::datasets::chagos());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn json_of(name: &str) -> Result<&'static str, UnknownDataset> {
    Ok(match name {
        "kuril" => KURIL_JSON,
        "liancourt-rocks" => LIANCOURT_ROCKS_JSON,
        "chagos" => CHAGOS_JSON,
        "falklands" => FALKLANDS_JSON,
        "spratly" => SPRATLY_JSON,
        _ => return Err(UnknownDataset { name: name.to_owned() }),
    })
}

/// A name that is not one of the embedded datasets' ([`by_name`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "unknown dataset '{name}'; the embedded datasets are kuril, liancourt-rocks, chagos, falklands, spratly and all"
)]
pub struct UnknownDataset {
    name: String,
}

impl UnknownDataset {
    /// The name asked for.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// A stable code for the cause: `unknown_dataset`.
    ///
    /// ```
    /// let err = island_claims::datasets::by_name("malvinas").unwrap_err();
    /// assert_eq!((err.code(), err.name()), ("unknown_dataset", "malvinas"));
    /// ```
    #[must_use]
    pub fn code(&self) -> &'static str {
        "unknown_dataset"
    }
}

crate::coded::serialize_coded!(UnknownDataset);

/// The Kuril dataset's JSON text, as compiled in: to save it, or to load it with changes.
///
/// ```
/// let text = island_claims::datasets::kuril_json();
/// assert!(text.contains("\"format\": \"island-claims/3\""));
/// ```
#[must_use]
pub fn kuril_json() -> &'static str {
    KURIL_JSON
}
