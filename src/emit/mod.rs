//! Stage 5, emit: outputs built from the typed model.
//!
//! Each output has its own structs or templates; nothing here derives `Serialize` on
//! the model, so the model can change without breaking a public format.

pub mod catalogue;
pub mod diagnostics;
pub mod github;
pub mod json;
pub mod rules;
pub mod sarif;
