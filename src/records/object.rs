//! Objects only: serde's derived structs also read a JSON array, field by field in order,
//! which would let `["a", "island"]` pass for an island. The format has no such form, so
//! every record and nested object is read through `deserialize_map`, and an array is refused
//! with "expected an object" at its path.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::MapAccessDeserializer;
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

/// A `T` read from a JSON object, and from nothing else.
pub(crate) struct Object<T>(pub(crate) T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ObjectVisitor(PhantomData)).map(Object)
    }
}

/// Accepts only a map, then lets `T`'s own (derived) impl read its entries.
struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::deserialize(MapAccessDeserializer::new(map))
    }
}

/// `deserialize_with` for an optional nested object: `null` or absent is `None`.
pub(crate) fn optional_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<Object<T>>::deserialize(deserializer).map(|o| o.map(|Object(t)| t))
}

/// `deserialize_with` for a list of objects.
pub(crate) fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    deserializer.deserialize_seq(ObjectsVisitor(PhantomData))
}

struct ObjectsVisitor<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectsVisitor<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
        read_exact(seq, |Object(t)| t)
    }
}

/// `deserialize_with` for a short list of values (islands, cited sources): read at its exact
/// size, as [`read_exact`] does.
pub(crate) fn list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct ListVisitor<T>(PhantomData<T>);

    impl<'de, T: Deserialize<'de>> Visitor<'de> for ListVisitor<T> {
        type Value = Vec<T>;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an array")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
            read_exact(seq, |t: T| t)
        }
    }

    deserializer.deserialize_seq(ListVisitor(PhantomData))
}

/// The elements of `seq`, in a vector of exactly their number.
///
/// JSON gives no length ahead, and a vector grown by pushing holds room for four and is then
/// shrunk: the allocator keeps each freed tail as a hole that the next record's lists do not
/// fit, and on a million positions the holes took more memory than the records. Most lists
/// of a dataset hold one element, so the first two are read before anything is allocated.
pub(crate) fn read_exact<'de, A, E, T>(mut seq: A, unwrap: impl Fn(E) -> T) -> Result<Vec<T>, A::Error>
where
    A: SeqAccess<'de>,
    E: Deserialize<'de>,
{
    let Some(first) = seq.next_element::<E>()? else { return Ok(Vec::new()) };
    let Some(second) = seq.next_element::<E>()? else {
        // `vec!` of one element allocates room for exactly one.
        return Ok(vec![unwrap(first)]);
    };
    let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).saturating_add(2).clamp(2, 4096));
    out.push(unwrap(first));
    out.push(unwrap(second));
    while let Some(e) = seq.next_element::<E>()? {
        out.push(unwrap(e));
    }
    out.shrink_to_fit();
    Ok(out)
}
