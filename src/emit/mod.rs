//! Stage 5, emit: outputs built from the typed model.
//!
//! Each output has its own structs or templates; nothing here derives `Serialize` on
//! the model, so the model can change without breaking a public format.

pub mod catalogue;
pub mod compare;
pub mod diagnostics;
pub mod diff;
pub mod github;
pub mod html;
pub mod json;
pub mod rules;
pub mod sarif;
pub mod text;
