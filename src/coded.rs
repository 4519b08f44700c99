//! The JSON form that every error of the crate shares: `{"code": ..., "message": ...}`, and
//! the problems behind it where the error has them (a `report`, the `clashes`).
//!
//! Each error type writes its codes beside its variants, in its own module, with a `code()`
//! whose match is exhaustive: a new variant does not compile until it has a code. This module
//! only writes them out (DESIGN.md, "Errors").

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};

/// `{"code": code, "message": message}`, then `field` when there is one.
pub(crate) fn code_and_message<S: Serializer, T: Serialize + ?Sized>(
    serializer: S,
    code: &'static str,
    message: &str,
    field: Option<(&'static str, &T)>,
) -> Result<S::Ok, S::Error> {
    let mut s = serializer.serialize_struct("Error", 3)?;
    s.serialize_field("code", code)?;
    s.serialize_field("message", message)?;
    if let Some((name, value)) = field {
        s.serialize_field(name, value)?;
    }
    s.end()
}

/// `impl Serialize` for an error type with `code()` and `Display` and nothing more to say:
/// `{"code": ..., "message": ...}`.
macro_rules! serialize_coded {
    ($t:ty) => {
        impl serde::Serialize for $t {
            /// `{"code": ..., "message": ...}` (see [`crate::error`]).
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                crate::coded::code_and_message::<S, ()>(serializer, self.code(), &self.to_string(), None)
            }
        }
    };
}
pub(crate) use serialize_coded;
