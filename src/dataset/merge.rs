//! [`Dataset::merge`]: two datasets as one, with a rule for records that clash.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Serialize;

use crate::dataset::Dataset;
use crate::ids::{EventId, IslandId, PartyId, SourceId};
use crate::records::{Attribution, Island, Names, Party, Records};
use crate::resolve::{At, Keyed};
use crate::validate::{RecordKind, ValidationReport};

/// What [`Dataset::merge`] does with two records of one kind and id that are not equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OnClash {
    /// Refuse the merge, listing every clash.
    Refuse,
    /// Keep the record of the dataset merged into (`self`).
    KeepLeft,
    /// Keep the record of the dataset merged in (`other`), in the left one's place.
    KeepRight,
    /// Keep both: the right one gets a new id (its id with `-2`, or the first free number),
    /// and every reference to it in the right dataset is rewritten to the new id.
    Rename,
}

/// Two records of one kind and id that are not equal, with their places in the two lists.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Clash {
    /// Their kind.
    pub kind: RecordKind,
    /// Their id.
    pub id: String,
    /// The place of the left one in its list (`islands[left]` of `self`).
    pub left: usize,
    /// The place of the right one in its list (`islands[right]` of `other`).
    pub right: usize,
}

impl fmt::Display for Clash {
    /// `islands 'x': islands[3] on the left, islands[0] on the right differ`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = self.kind.list_name();
        write!(
            f,
            "{list} '{}': {list}[{}] on the left and {list}[{}] on the right differ",
            self.id, self.left, self.right
        )
    }
}

/// Why [`Dataset::merge`] refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    /// Records clash and [`OnClash::Refuse`] was asked for: every clash, in list order.
    #[error("{} records clash: {}; merge with OnClash::KeepLeft, KeepRight or Rename to resolve them", .0.len(), list(.0))]
    Clash(Vec<Clash>),
    /// The merged records are not a valid dataset (a position of the left with an event of
    /// the right that it cannot both hold with, say); the report says why.
    #[error("the merged records are refused: {0}")]
    Invalid(#[source] ValidationReport),
}

fn list(clashes: &[Clash]) -> String {
    clashes.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl MergeError {
    /// A stable code for the cause: `records_clash` or `dataset_invalid`.
    #[must_use]
    pub fn code(&self) -> &'static str {
        match self {
            Self::Clash(_) => "records_clash",
            Self::Invalid(r) => r.code(),
        }
    }
}

impl Serialize for MergeError {
    /// `{"code", "message"}` and the `clashes` or the `report`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (code, message) = (self.code(), self.to_string());
        match self {
            Self::Clash(clashes) => {
                crate::coded::code_and_message(serializer, code, &message, Some(("clashes", clashes)))
            }
            Self::Invalid(report) => {
                crate::coded::code_and_message(serializer, code, &message, Some(("report", report)))
            }
        }
    }
}

impl Dataset {
    /// The records of both datasets as one, validated like any dataset: this one's records
    /// in their order, then those only `other` has, in its order, kind by kind.
    ///
    /// Records are matched by kind and id. Two equal records are one. Two islands or two
    /// parties that differ only in their names are one, with the names of both (this one's
    /// first; a language named on both sides with two different names is a clash). Any other
    /// two records of one id clash, and `on_clash` says what happens.
    ///
    /// ```
    /// use island_claims::{Dataset, OnClash};
    ///
    /// let left = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [
    ///   {"id": "iturup", "kind": "island", "names": {"en": "Iturup"}},
    ///   {"id": "rock", "kind": "island", "note": "left"}]}"#)?;
    /// let right = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [
    ///   {"id": "iturup", "kind": "island", "names": {"ja": "択捉島"}},
    ///   {"id": "rock", "kind": "island", "note": "right"}]}"#)?;
    /// // The names combine; the two rocks clash.
    /// let err = left.merge(&right, OnClash::Refuse).unwrap_err();
    /// assert_eq!(err.to_string(), "1 records clash: islands 'rock': islands[1] on the left and islands[1] \
    ///     on the right differ; merge with OnClash::KeepLeft, KeepRight or Rename to resolve them");
    /// let merged = left.merge(&right, OnClash::Rename)?;
    /// let ids: Vec<&str> = merged.islands().iter().map(|i| i.id.as_str()).collect();
    /// assert_eq!(ids, ["iturup", "rock", "rock-2"]);
    /// assert_eq!(merged.islands()[0].names.get("ja"), Some("択捉島"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`MergeError::Clash`] with every clash for [`OnClash::Refuse`];
    /// [`MergeError::Invalid`] when the merged records are not a valid dataset.
    pub fn merge(&self, other: &Dataset, on_clash: OnClash) -> Result<Dataset, MergeError> {
        let (a, b) = (self.records(), other.records());
        let mut right = b.clone();
        let mut clashes = Vec::new();
        // Renames are decided for every kind first, then the references of the right side
        // rewritten at once: a renamed party may be named by a renamed position.
        let mut renames = Renames::default();
        if on_clash == OnClash::Rename {
            renames.islands = rename_map(&a.islands, &b.islands, same_island);
            renames.parties = rename_map(&a.parties, &b.parties, same_party);
            renames.sources = rename_map(&a.sources, &b.sources, |x, y| x == y);
            renames.events = rename_map(&a.events, &b.events, |x, y| x == y);
            renames.positions = rename_map(&a.positions, &b.positions, |x, y| x == y);
            renames.apply(&mut right);
        }
        let records = Records {
            islands: merge_list(RecordKind::Island, &a.islands, right.islands, on_clash, combine_island, &mut clashes),
            parties: merge_list(RecordKind::Party, &a.parties, right.parties, on_clash, combine_party, &mut clashes),
            sources: merge_list(RecordKind::Source, &a.sources, right.sources, on_clash, equal_only, &mut clashes),
            events: merge_list(RecordKind::Event, &a.events, right.events, on_clash, equal_only, &mut clashes),
            positions: merge_list(
                RecordKind::Position,
                &a.positions,
                right.positions,
                on_clash,
                equal_only,
                &mut clashes,
            ),
        };
        if !clashes.is_empty() {
            return Err(MergeError::Clash(clashes));
        }
        Dataset::validate(records).map_err(MergeError::Invalid)
    }
}

/// `left` then the records of `right` that `left` lacks; for a record of both, `combine`
/// gives the one record they make (or `None` when they clash), and a clash is settled by
/// `on_clash` (after [`OnClash::Rename`] a clash is left only where the ids are equal).
fn merge_list<R: Keyed + Clone>(
    kind: RecordKind,
    left: &[R],
    right: Vec<R>,
    on_clash: OnClash,
    combine: fn(&R, &R) -> Option<R>,
    clashes: &mut Vec<Clash>,
) -> Vec<R> {
    let mut out = left.to_vec();
    let place: HashMap<&str, usize> = left.iter().enumerate().map(|(i, r)| (r.key(), i)).collect();
    let mut replace: Vec<(usize, R)> = Vec::new();
    let mut added = Vec::new();
    for (j, r) in right.into_iter().enumerate() {
        let Some(&i) = place.get(r.key()) else {
            added.push(r);
            continue;
        };
        // `place` indexes `left`, so `i` is in it (`at` asserts so).
        let Some(l) = left.at(i) else { continue };
        match combine(l, &r) {
            Some(one) => replace.push((i, one)),
            None => match on_clash {
                OnClash::KeepLeft => {}
                OnClash::KeepRight => replace.push((i, r)),
                OnClash::Refuse | OnClash::Rename => {
                    clashes.push(Clash { kind, id: r.key().to_owned(), left: i, right: j });
                }
            },
        }
    }
    for (i, r) in replace {
        if let Some(slot) = out.at_mut(i) {
            *slot = r;
        }
    }
    out.extend(added);
    out
}

/// Equal records are one; others clash.
fn equal_only<R: Clone + PartialEq>(a: &R, b: &R) -> Option<R> {
    (a == b).then(|| a.clone())
}

/// Two islands that differ at most in names are one, with both sides' names.
fn combine_island(a: &Island, b: &Island) -> Option<Island> {
    let names = combine_names(&a.names, &b.names)?;
    let mut one = b.clone();
    one.names = a.names.clone();
    (one == *a).then(|| Island { names, ..a.clone() })
}

/// Two parties that differ at most in names are one, with both sides' names.
fn combine_party(a: &Party, b: &Party) -> Option<Party> {
    let names = combine_names(&a.names, &b.names)?;
    let mut one = b.clone();
    one.names = a.names.clone();
    (one == *a).then(|| Party { names, ..a.clone() })
}

/// `a`'s names, then those of `b` in languages `a` lacks; `None` when a language has two
/// different names.
fn combine_names(a: &Names, b: &Names) -> Option<Names> {
    let mut out = a.clone();
    for (tag, name) in b.iter() {
        match a.get(tag.as_str()) {
            Some(mine) if mine != name => return None,
            Some(_) => {}
            None => {
                out.insert(tag.clone(), name);
            }
        }
    }
    Some(out)
}

fn same_island(a: &Island, b: &Island) -> bool {
    combine_island(a, b).is_some()
}

fn same_party(a: &Party, b: &Party) -> bool {
    combine_party(a, b).is_some()
}

/// For each right record whose id a different left record has, a new id that neither side
/// uses: the id with `-2`, `-3`, ....
fn rename_map<R: Keyed>(left: &[R], right: &[R], same: fn(&R, &R) -> bool) -> HashMap<String, String> {
    let by_id: HashMap<&str, &R> = left.iter().map(|r| (r.key(), r)).collect();
    let mut taken: HashSet<String> = left.iter().chain(right).map(|r| r.key().to_owned()).collect();
    let mut out = HashMap::new();
    for r in right {
        if by_id.get(r.key()).is_some_and(|l| !same(l, r)) {
            // An id near the length limit is shortened to fit its suffix.
            let stem = |n: usize| {
                let suffix = format!("-{n}");
                let keep = r.key().len().min(crate::ids::MAX_ID_LEN - suffix.len());
                format!("{}{suffix}", r.key().get(..keep).unwrap_or(r.key()).trim_end_matches('-'))
            };
            let fresh = (2..).map(stem).find(|c| !taken.contains(c));
            if let Some(fresh) = fresh {
                taken.insert(fresh.clone());
                out.insert(r.key().to_owned(), fresh);
            }
        }
    }
    out
}

/// The new ids of the right side's renamed records, by kind.
#[derive(Default)]
struct Renames {
    islands: HashMap<String, String>,
    parties: HashMap<String, String>,
    sources: HashMap<String, String>,
    events: HashMap<String, String>,
    positions: HashMap<String, String>,
}

impl Renames {
    /// Rewrites every id and every reference of `r` that a map renames: the one place that
    /// knows every field naming a record.
    fn apply(&self, r: &mut Records) {
        for x in &mut r.islands {
            to(&self.islands, &mut x.id);
            x.part_of.iter_mut().for_each(|i| to(&self.islands, i));
        }
        for x in &mut r.parties {
            to(&self.parties, &mut x.id);
            for s in &mut x.successor_of {
                to(&self.parties, &mut s.party);
                s.contested_by.iter_mut().for_each(|p| to(&self.parties, p));
                s.attributions.iter_mut().for_each(|a| self.attribution(a));
            }
            x.represents.iter_mut().for_each(|m| to(&self.parties, &mut m.party));
            x.part_of.iter_mut().for_each(|m| to(&self.parties, &mut m.party));
        }
        for x in &mut r.sources {
            to(&self.sources, &mut x.id);
            x.cites.iter_mut().for_each(|s| to(&self.sources, s));
        }
        for x in &mut r.events {
            to(&self.events, &mut x.id);
            x.participants.iter_mut().for_each(|p| to(&self.parties, &mut p.party));
            x.islands.iter_mut().for_each(|i| to(&self.islands, i));
            x.attributions.iter_mut().for_each(|a| self.attribution(a));
            x.same_as.iter_mut().for_each(|e| to(&self.events, e));
        }
        for x in &mut r.positions {
            to(&self.positions, &mut x.id);
            to(&self.parties, &mut x.holder);
            x.islands.iter_mut().for_each(|i| to(&self.islands, i));
            x.counterpart.iter_mut().for_each(|p| to(&self.parties, p));
            x.established_by.iter_mut().for_each(|e| to(&self.events, e));
            x.ended_by.iter_mut().for_each(|e| to(&self.events, e));
            x.attributions.iter_mut().for_each(|a| self.attribution(a));
        }
    }

    fn attribution(&self, a: &mut Attribution) {
        to(&self.sources, &mut a.source);
        a.account_of.iter_mut().for_each(|p| to(&self.parties, p));
    }
}

/// An id of any kind, renamed by `map` if it names one.
fn to<T: RenamedId>(map: &HashMap<String, String>, id: &mut T) {
    if let Some(new) = map.get(id.text()) {
        id.set(new);
    }
}

/// An id that a rename can rewrite: the new id is made from a valid one by a suffix of digits,
/// and checked again.
trait RenamedId {
    fn text(&self) -> &str;
    fn set(&mut self, new: &str);
}

macro_rules! renamed_id {
    ($($t:ty),*) => {$(impl RenamedId for $t {
        fn text(&self) -> &str { self.as_str() }
        fn set(&mut self, new: &str) {
            let parsed = new.parse::<$t>();
            debug_assert!(parsed.is_ok(), "a renamed id '{new}' is not valid");
            if let Ok(id) = parsed { *self = id; }
        }
    })*};
}
renamed_id!(IslandId, PartyId, SourceId, EventId, crate::ids::PositionId);
