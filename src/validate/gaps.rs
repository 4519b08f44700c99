//! What validation is told of the records of a JSON file that could not be read.

use std::collections::HashSet;

use crate::validate::RecordKind;

/// What validation is told about the records of a JSON file that could not be read, so that
/// its report speaks of the file as written. Empty (the default) when every record was read,
/// and then costs nothing: it is only consulted for a problem already found.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gaps {
    /// By kind: the place in the file of each record that was read, by its index among the
    /// records read. Empty when all of that kind were read.
    places: [Vec<usize>; 5],
    /// By kind: the ids of the records that could not be read, where their id was a string.
    unread: [HashSet<String>; 5],
}

impl Gaps {
    /// Records that the `kind` record at the file's place `place` was read.
    pub(crate) fn read(&mut self, kind: RecordKind, place: usize) {
        if let Some(places) = self.places.get_mut(kind as usize) {
            places.push(place);
        }
    }

    /// Records that a `kind` record with this id could not be read.
    pub(crate) fn unread(&mut self, kind: RecordKind, id: String) {
        if let Some(ids) = self.unread.get_mut(kind as usize) {
            ids.insert(id);
        }
    }

    /// The place in the file of the `i`th `kind` record read.
    pub(super) fn place(&self, kind: RecordKind, i: usize) -> usize {
        self.places.get(kind as usize).and_then(|p| p.get(i)).copied().unwrap_or(i)
    }

    /// Whether a reference to `id` names a `kind` record that could not be read: not unknown,
    /// only unread, and already reported as such.
    pub(super) fn is_unread(&self, kind: RecordKind, id: &str) -> bool {
        self.unread.get(kind as usize).is_some_and(|ids| ids.contains(id))
    }
}
