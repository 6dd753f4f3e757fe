//! Stage 4, check: the rules that find what is wrong in a standard.
//!
//! The framework follows ruff's:
//!
//! - one rule per file in [`rules`], each with a `//!` doc block (what it finds, why it
//!   matters, an example, and the legal fact with its source) repeated in a `DOC`
//!   constant, and a `check(ctx, out)` function;
//! - one table of every rule in [`codes`]: a stable code from `KS100` up, a kebab-case
//!   name that reads after "allow" and names the problem, a default severity, a
//!   one-line summary and the doc text;
//! - a [`Context`] that carries the standard, its source, its syntax tree, the registry
//!   and the [`Options`], with the walks that several rules share;
//! - inline suppressions ([`suppress`]): `# kvalitet: tillad KS110 "begrundelse"` on the
//!   line before a statement, or at the end of its line, silences that code inside the
//!   statement.
//!
//! A finding that rests on a registry fact marked `confirmed: false` is always advice,
//! whatever the rule's default severity: an unconfirmed fact may ask an author to
//! verify, never fail a standard.

pub mod codes;
mod context;
pub mod rules;
pub mod suppress;

pub use codes::{Phase, Rule};
pub use context::{BodyMention, Context, DateBasis, Scope, ScopedFrist, StandardDate};

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

/// Runs every rule on a standard that lowered without errors, then applies the
/// suppressions written in its comments.
pub fn check(
    standard: &Standard,
    tree: &SyntaxFile,
    source: &SourceFile,
    registry: &Registry,
    options: &Options,
) -> Vec<Diagnostic> {
    let suppressions = suppress::collect(tree);
    let ctx = Context::new(standard, tree, source, registry, options, suppressions);
    let mut findings = Vec::new();
    for rule in codes::ALL.iter().filter(|r| r.phase == Phase::Standard) {
        (rule.check)(&ctx, &mut findings);
    }
    let mut kept = suppress::apply(findings, &ctx.suppressions);
    for rule in codes::ALL.iter().filter(|r| r.phase == Phase::Suppressions) {
        (rule.check)(&ctx, &mut kept);
    }
    kept
}
