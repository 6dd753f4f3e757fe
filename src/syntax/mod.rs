//! Stage 1, syntax: source text to a concrete syntax tree.
//!
//! pest lives here and nowhere else: `parser.rs` is the only file that sees `Rule` or
//! `Pair`. Parsing cannot fail; lines that are not statements become error nodes and
//! diagnostics, and comments are kept in the tree.

pub mod encoding;
mod parser;
pub mod tree;

#[doc(hidden)]
pub use parser::grammar_only;
pub use parser::parse;
