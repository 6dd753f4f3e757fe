//! Stage 4, check: the rules that find what is wrong in a standard.
//!
//! The rule framework (one rule per file, stable codes, docs, severities, suppressions
//! and configuration) is described in `docs/architecture.md`.

use crate::diag::Diagnostic;
use crate::model::values::Date;
use crate::model::Standard;
use crate::registry::Registry;
use crate::source::SourceFile;
use crate::syntax::tree::SyntaxFile;

/// What the checker needs to know beyond the standard itself.
#[derive(Debug, Clone)]
pub struct Options {
    /// The date to judge staleness against.
    pub today: Date,
}

/// Runs every rule on a standard that lowered without errors.
pub fn check(
    standard: &Standard,
    tree: &SyntaxFile,
    source: &SourceFile,
    registry: &Registry,
    options: &Options,
) -> Vec<Diagnostic> {
    let _ = (standard, tree, source, registry, options);
    Vec::new()
}
