//! Finding records by name, and every island with its positions in one pass.

use unicode_normalization::UnicodeNormalization;

use crate::dataset::Dataset;
use crate::query::{Match, PositionQuery, QueryError};
use crate::records::{Island, Names, Party};
use crate::resolve::At;

impl Dataset {
    /// The islands (and groups, regions) called `name` in any language, or with that id, in
    /// dataset order.
    ///
    /// Names are compared whole, after [folding](fold_name) case, compatibility forms
    /// (full-width letters) and the diacritics of Latin, Greek and Cyrillic letters, so
    /// "iturup", "Iturup", "ИТУРУП" and "択捉島" all find Iturup, and "Etorofu" finds it
    /// when the dataset has that name. Japanese and Chinese marks are kept: they change the
    /// word.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// for name in ["Iturup", "iturup", "Итуруп", "択捉島"] {
    ///     let found: Vec<&str> = data.find_islands(name).iter().map(|i| i.id.as_str()).collect();
    ///     assert_eq!(found, ["iturup"], "{name}");
    /// }
    /// assert!(data.find_islands("Atlantis").is_empty());
    /// ```
    #[must_use]
    pub fn find_islands(&self, name: &str) -> Vec<&Island> {
        let wanted = fold_name(name);
        self.islands().iter().filter(|i| named(&wanted, i.id.as_str(), &i.names)).collect()
    }

    /// The parties called `name` in any language, or with that id, in dataset order; names
    /// are compared as [`find_islands`](Self::find_islands) compares them.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// for name in ["Japan", "japan", "日本", "Япония"] {
    ///     let found: Vec<&str> = data.find_parties(name).iter().map(|p| p.id.as_str()).collect();
    ///     assert_eq!(found, ["japan"], "{name}");
    /// }
    /// ```
    #[must_use]
    pub fn find_parties(&self, name: &str) -> Vec<&Party> {
        let wanted = fold_name(name);
        self.parties().iter().filter(|p| named(&wanted, p.id.as_str(), &p.names)).collect()
    }
}

/// Whether a record with this id and these names is called `wanted` (already folded).
fn named(wanted: &str, id: &str, names: &Names) -> bool {
    !wanted.is_empty() && (fold_name(id) == wanted || names.iter().any(|(_, n)| fold_name(n) == wanted))
}

/// A name as [`Dataset::find_islands`] compares it: compatibility-decomposed (NFKD), without
/// the combining diacritical marks of Latin, Greek and Cyrillic letters, lower-cased, with
/// runs of white space as one space and none at either end.
///
/// Only the marks of the blocks "Combining Diacritical Marks" (and its extension and
/// supplement) and "Combining Half Marks" are dropped: the voicing marks of kana are
/// combining marks too, but dropping them would turn one word into another.
///
/// ```
/// use island_claims::query::fold_name;
/// assert_eq!(fold_name("  Île  d'Orléans "), "ile d'orleans");
/// assert_eq!(fold_name("Ёлка"), "елка");
/// assert_eq!(fold_name("ＩＴＵＲＵＰ"), "iturup");
/// // Kana keep their voicing marks: ド is not ト.
/// assert_ne!(fold_name("ド"), fold_name("ト"));
/// ```
#[must_use]
pub fn fold_name(name: &str) -> String {
    let bare: String = name.nfkd().filter(|&c| !is_diacritic(c)).flat_map(char::to_lowercase).collect();
    bare.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `c` is a combining diacritical mark of the alphabets (not of kana or ideographs).
fn is_diacritic(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{FE20}'..='\u{FE2F}')
}

/// One island with the matches of a query that concern it: an entry of
/// [`PositionQuery::by_island`].
#[derive(Debug, Clone, PartialEq)]
pub struct IslandPositions<'a> {
    island: &'a Island,
    matches: Vec<Match<'a>>,
}

impl<'a> IslandPositions<'a> {
    /// The island.
    #[must_use]
    pub fn island(&self) -> &'a Island {
        self.island
    }

    /// The query's matches that cover it, in the query's order.
    #[must_use]
    pub fn matches(&self) -> &[Match<'a>] {
        &self.matches
    }

    /// The matches, owned.
    #[must_use]
    pub fn into_matches(self) -> Vec<Match<'a>> {
        self.matches
    }
}

impl<'a> PositionQuery<'a> {
    /// Runs the query and files its matches under every island each concerns, so that a
    /// map or a table can draw every island from one query rather than one query per island.
    ///
    /// A match concerns the islands it [covers](Match::islands) and the groups and regions
    /// that hold them: the entry of an island lists exactly what the same query with
    /// [`island`](Self::island) set to it answers, in the same order. Every island of the
    /// dataset is listed, in dataset order, with no matches where the query found none.
    ///
    /// ```
    /// let data = island_claims::datasets::kuril();
    /// let islands = data.query().during(1956).by_island()?;
    /// assert_eq!(islands.len(), data.islands().len());
    /// for entry in &islands {
    ///     let one = data.query().during(1956).island(&entry.island().id).run()?;
    ///     assert_eq!(entry.matches(), one.as_slice());
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`QueryError`] when a filter names an unknown record, as [`run`](Self::run).
    pub fn by_island(self) -> Result<Vec<IslandPositions<'a>>, QueryError> {
        if let Some(e) = self.error() {
            return Err(e.clone());
        }
        let data = self.dataset();
        let (index, expansions) = (data.index(), &data.resolved().expansions);
        let mut filed: Vec<Vec<Match<'a>>> = vec![Vec::new(); data.islands().len()];
        for (rank, m) in self.ranked_matches() {
            // What the match concerns is what the index files it under for island queries.
            let expansion = index.expansion_at(rank);
            debug_assert!(expansion.is_some(), "a match's rank {rank:?} is not in the index");
            for i in expansion.map(|e| expansions.related(e)).unwrap_or_default() {
                if let Some(list) = filed.at_mut(i.get()) {
                    list.push(m);
                }
            }
        }
        Ok(data.islands().iter().zip(filed).map(|(island, matches)| IslandPositions { island, matches }).collect())
    }
}
