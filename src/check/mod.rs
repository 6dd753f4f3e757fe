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
//! - a [`Context`] that carries the standard, its source, its suppressions, the registry
//!   and the [`Options`], with the walks that several rules share;
//! - inline suppressions ([`suppress`]): `# kvalitet: tillad KS110 "begrundelse"` on the
//!   line before a statement, or at the end of its line, silences that code inside the
//!   statement;
//! - rule levels ([`levels`]) from configuration: a rule's findings may be reported at
//!   another severity, or turned off; rules that are off still run, and their findings
//!   are dropped after the suppressions are applied.
//!
//! A finding that rests on a registry fact marked `confirmed: false` is always advice,
//! whatever the rule's default severity: an unconfirmed fact may ask an author to
//! verify, never fail a standard.

pub mod codes;
mod context;
pub mod levels;
pub mod prose;
pub mod rules;
pub mod suppress;

pub use crate::model::{DateBasis, StandardDate};
pub use codes::{Phase, Rule};
pub use context::{BodyMention, Context, Scope, ScopedFrist};
pub use levels::{Level, RuleLevels};

use crate::diag::Diagnostic;
use crate::model::values::Date;
use crate::model::Standard;
use crate::registry::Registry;
use crate::source::SourceFile;
use crate::syntax::tree::SyntaxFile;
use std::sync::Arc;

/// What the checker needs to know beyond the standard itself.
#[derive(Debug, Clone)]
pub struct Options {
    /// The date to judge staleness against.
    pub today: Date,
    /// The level of each rule that configuration changes; the others keep their
    /// default severity.
    pub rules: RuleLevels,
    /// The registry of bodies, laws and municipalities that names resolve to and the
    /// rules judge by; the pages, `compare` and `diff` read the same one.
    pub registry: Arc<Registry>,
}

impl Options {
    /// Options that judge against a date, with every rule at its default severity and
    /// the registry built into kvalitet.
    pub fn new(today: Date) -> Self {
        Self {
            today,
            rules: RuleLevels::default(),
            registry: Registry::builtin().clone(),
        }
    }

    /// The same options with another registry.
    pub fn with_registry(self, registry: Arc<Registry>) -> Self {
        Self { registry, ..self }
    }
}

/// Runs every rule on a standard that lowered without errors, then applies the
/// suppressions written in its comments, then drops the findings of rules that the
/// options turn off.
pub fn check(
    standard: &Standard,
    tree: &SyntaxFile,
    source: &SourceFile,
    registry: &Registry,
    options: &Options,
) -> Vec<Diagnostic> {
    check_suppressed(standard, suppress::collect(tree), source, registry, options)
}

/// [`check`] with the suppressions already read from the file's comments
/// ([`suppress::collect`]): the rules read no syntax tree, so [`compile`](crate::compile)
/// drops the tree once the standard is lowered, and no file holds its tree and its
/// standard while the rules run.
pub fn check_suppressed(
    standard: &Standard,
    suppressions: Vec<suppress::Suppression>,
    source: &SourceFile,
    registry: &Registry,
    options: &Options,
) -> Vec<Diagnostic> {
    let ctx = Context::new(standard, source, registry, options, suppressions);
    let mut findings = Vec::new();
    for rule in codes::ALL.iter().filter(|r| r.phase == Phase::Standard) {
        (rule.check)(&ctx, &mut findings);
    }
    let mut kept = suppress::apply(findings, &ctx.suppressions);
    for rule in codes::ALL.iter().filter(|r| r.phase == Phase::Suppressions) {
        (rule.check)(&ctx, &mut kept);
    }
    if !options.rules.is_empty() {
        kept.retain(|finding| !options.rules.is_off(finding.code));
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Severity;

    /// The codes and severities a standard gets with some rule levels set.
    fn findings(text: &str, levels: &[(&'static Rule, Level)]) -> Vec<(&'static str, Severity)> {
        let mut options = Options::new(Date::ymd(2026, 11, 23));
        for (rule, level) in levels {
            options.rules.set(rule, *level);
        }
        let compiled = crate::compile(SourceFile::new("test.kvs", text), &options);
        compiled
            .diagnostics
            .iter()
            .map(|d| (d.code, d.severity))
            .collect()
    }

    const REVISED_ON_CHANGE: &str =
        "kvalitetsstandard \"S\" {\n  år 2024\n  revideres ved-ændringer\n}\n";

    #[test]
    fn levels_change_the_severity_of_a_rule() {
        let ks142 = |found: Vec<(&'static str, Severity)>| {
            found
                .into_iter()
                .find(|(code, _)| *code == "KS142")
                .map(|(_, severity)| severity)
        };
        assert_eq!(
            ks142(findings(REVISED_ON_CHANGE, &[])),
            Some(Severity::Warning)
        );
        let raised = findings(
            REVISED_ON_CHANGE,
            &[(&codes::REVISION_ONLY_ON_CHANGE, Level::At(Severity::Error))],
        );
        assert_eq!(ks142(raised), Some(Severity::Error));
        let off = findings(
            REVISED_ON_CHANGE,
            &[(&codes::REVISION_ONLY_ON_CHANGE, Level::Off)],
        );
        assert_eq!(ks142(off), None);
    }

    #[test]
    fn a_rule_that_is_off_still_uses_its_suppressions() {
        let text = "kvalitetsstandard \"S\" {\n  år 2024\n  # kvalitet: tillad KS142 \"besluttet\"\n  revideres ved-ændringer\n}\n";
        let found = findings(text, &[(&codes::REVISION_ONLY_ON_CHANGE, Level::Off)]);
        assert!(
            found
                .iter()
                .all(|(code, _)| *code != "KS142" && *code != "KS191"),
            "{found:?}"
        );
    }

    #[test]
    fn an_unconfirmed_fact_stays_advice_whatever_the_level() {
        let text =
            "kvalitetsstandard \"Gammel paragraf\" {\n  år 2024\n  lovgrundlag SEL § 73 a\n}\n";
        let found = findings(
            text,
            &[(&codes::REPLACED_LAW_REFERENCE, Level::At(Severity::Error))],
        );
        assert!(found.contains(&("KS171", Severity::Advice)), "{found:?}");
    }
}
