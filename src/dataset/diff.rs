//! [`Dataset::diff`]: the records one dataset adds, removes and changes against another.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::dataset::Dataset;
use crate::resolve::{At, Keyed};
use crate::validate::RecordKind;

/// What changed from one dataset to another, record by record: made by [`Dataset::diff`].
///
/// Records are matched by kind and id. The changes come kind by kind in the order of the
/// file's lists (islands, parties, sources, events, positions); within a kind, the removed
/// and changed records in the order of the old dataset, then the added ones in the order of
/// the new. It serializes as a JSON object with a `changes` list, and displays as one line per
/// record and field:
///
/// ```text
/// positions: changed japan-claims-four
///   period: "1955/.." -> "1955-12-09/.."
/// sources: added mofa-2026
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DatasetDiff {
    /// Every record added, removed or changed.
    pub changes: Vec<RecordDiff>,
}

/// One record that was added, removed or changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordDiff {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: String,
    /// What happened to it.
    pub change: RecordChange,
}

/// What happened to a record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "fields", rename_all = "snake_case")]
pub enum RecordChange {
    /// Only the new dataset has it.
    Added,
    /// Only the old dataset has it.
    Removed,
    /// Both have it, with these fields different, in the order of the record's fields.
    Changed(Vec<FieldChange>),
}

/// A field of a record whose value differs, with both values as they are written in JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field's name in the format (`period`, `attributions`, `names`).
    pub field: String,
    /// Its old value; `None` when the old record leaves it out.
    pub old: Option<Value>,
    /// Its new value; `None` when the new record leaves it out.
    pub new: Option<Value>,
}

impl DatasetDiff {
    /// Whether the two datasets have the same records.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }
}

impl Dataset {
    /// The records that `other` adds to this dataset, removes from it and changes, and for a
    /// changed record the fields that differ, with their old and new values.
    ///
    /// Records are matched by kind and id, so a renamed record is one removed and one added.
    /// Fields are compared as they are written in JSON: names in a different order are a
    /// change of `names`, as `to_json` would write them differently.
    ///
    /// ```
    /// use island_claims::validate::RecordKind;
    /// use island_claims::{Dataset, RecordChange};
    ///
    /// let old = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [
    ///     {"id": "a", "kind": "island"}, {"id": "b", "kind": "island"}]}"#)?;
    /// let new = Dataset::from_json(r#"{"format": "island-claims/2", "islands": [
    ///     {"id": "a", "kind": "island", "note": "checked"}, {"id": "c", "kind": "island"}]}"#)?;
    /// let diff = old.diff(&new);
    /// assert_eq!(diff.changes.len(), 3);
    /// assert_eq!((diff.changes[0].kind, diff.changes[0].id.as_str()), (RecordKind::Island, "a"));
    /// let RecordChange::Changed(fields) = &diff.changes[0].change else { panic!("a changed") };
    /// assert_eq!((fields[0].field.as_str(), fields[0].old.as_ref(), fields[0].new.as_ref()),
    ///     ("note", None, Some(&"checked".into())));
    /// assert_eq!(diff.changes[1].change, RecordChange::Removed);
    /// assert_eq!(diff.changes[2].change, RecordChange::Added);
    /// assert_eq!(diff.to_string(), "islands: changed a\n  note: (none) -> \"checked\"\nislands: removed b\nislands: added c\n");
    /// assert!(old.diff(&old).is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn diff(&self, other: &Dataset) -> DatasetDiff {
        let (a, b) = (self.records(), other.records());
        let mut changes = Vec::new();
        diff_list(RecordKind::Island, &a.islands, &b.islands, &mut changes);
        diff_list(RecordKind::Party, &a.parties, &b.parties, &mut changes);
        diff_list(RecordKind::Source, &a.sources, &b.sources, &mut changes);
        diff_list(RecordKind::Event, &a.events, &b.events, &mut changes);
        diff_list(RecordKind::Position, &a.positions, &b.positions, &mut changes);
        DatasetDiff { changes }
    }
}

/// The changes of one list: records are matched by id (unique in a valid dataset).
fn diff_list<R: Keyed + Serialize + PartialEq>(kind: RecordKind, old: &[R], new: &[R], out: &mut Vec<RecordDiff>) {
    let id = |r: &R| r.key().to_owned();
    let old_ids: HashSet<&str> = old.iter().map(Keyed::key).collect();
    let new_ids: HashMap<&str, usize> = new.iter().enumerate().map(|(i, r)| (r.key(), i)).collect();
    for record in old {
        // `new_ids` indexes `new`, so its places are in it (`at` asserts so).
        let change = match new_ids.get(record.key()).and_then(|&i| new.at(i)) {
            None => RecordChange::Removed,
            Some(same) if same == record => continue,
            Some(other) => RecordChange::Changed(fields(record, other)),
        };
        out.push(RecordDiff { kind, id: id(record), change });
    }
    for record in new {
        if !old_ids.contains(record.key()) {
            out.push(RecordDiff { kind, id: id(record), change: RecordChange::Added });
        }
    }
}

/// The fields that differ between two records, as JSON, in the order of the old record's
/// fields, then of the fields only the new one has.
fn fields<R: Serialize>(old: &R, new: &R) -> Vec<FieldChange> {
    let (old, new) = (as_object(old), as_object(new));
    let mut out: Vec<FieldChange> = old
        .iter()
        .filter(|(k, v)| new.get(*k) != Some(*v))
        .map(|(k, v)| FieldChange { field: k.clone(), old: Some(v.clone()), new: new.get(k).cloned() })
        .collect();
    out.extend(new.iter().filter(|(k, _)| !old.contains_key(*k)).map(|(k, v)| FieldChange {
        field: k.clone(),
        old: None,
        new: Some(v.clone()),
    }));
    out
}

/// A record as the JSON object `to_json` writes for it.
fn as_object<R: Serialize>(record: &R) -> Map<String, Value> {
    match serde_json::to_value(record) {
        Ok(Value::Object(fields)) => fields,
        // Every record serializes to an object, as `write` (the format's writer) relies on.
        other => unreachable!("a record serialized to {other:?}"),
    }
}

impl fmt::Display for DatasetDiff {
    /// One line per record (`positions: changed ID`), then one per changed field, indented:
    /// `  field: OLD -> NEW`, with each value as JSON, or `(none)` where it is left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in &self.changes {
            let what = match r.change {
                RecordChange::Added => "added",
                RecordChange::Removed => "removed",
                RecordChange::Changed(_) => "changed",
            };
            writeln!(f, "{}: {what} {}", r.kind.list_name(), r.id)?;
            if let RecordChange::Changed(fields) = &r.change {
                for c in fields {
                    let show = |v: &Option<Value>| v.as_ref().map_or_else(|| "(none)".to_owned(), Value::to_string);
                    writeln!(f, "  {}: {} -> {}", c.field, show(&c.old), show(&c.new))?;
                }
            }
        }
        Ok(())
    }
}
