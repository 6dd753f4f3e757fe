//! Applying fixes: the one entry point that `check --fix`, and every other front end
//! that corrects a file (the language server's code actions, `draft`), calls.
//!
//! After ruff's `fix_file` and `lint_fix`: [`apply`] compiles a file, applies in one
//! pass every fix at or above the asked applicability whose edits touch nothing an
//! earlier fix of the pass touched ([`apply_fixes`]; the others wait for the next
//! pass), compiles the result again, and repeats until no fix is left or
//! [`MAX_PASSES`] passes have run, so that fixes at the same place still converge. A
//! pass whose fixes leave the file with a language error it did not have is refused:
//! the result is then the file as it was, and says which fixes would have broken it.
//! The library never writes a file; the caller decides what to do with the text.

use crate::check::Options;
use crate::diag::{codes, Applicability, Diagnostic, Edit, Fix, Severity};
use crate::source::SourceFile;
use crate::Compiled;
use std::collections::{BTreeMap, HashSet};

/// How many passes [`apply`] makes at most. Each pass compiles the file once, so
/// fixing stays linear in its size.
pub const MAX_PASSES: usize = 10;

/// A file after fixing.
#[derive(Debug)]
pub struct FixResult {
    /// The fixed file, compiled: its text, and the findings that remain.
    pub compiled: Compiled,
    /// How many findings were fixed, by code, in code order.
    pub fixed: BTreeMap<&'static str, usize>,
    /// Whether no fix was left to apply when fixing stopped: `false` if the passes ran
    /// out first (a bug in some fix, which keeps finding work).
    pub converged: bool,
    /// Set when the fixes would have made the file unreadable: nothing was fixed.
    pub refused: Option<Refusal>,
}

impl FixResult {
    /// The fixed text.
    pub fn text(&self) -> &str {
        &self.compiled.source.text
    }

    /// The number of findings fixed.
    pub fn fixed_count(&self) -> usize {
        self.fixed.values().sum()
    }

    /// The findings that remain.
    pub fn remaining(&self) -> &[Diagnostic] {
        &self.compiled.diagnostics
    }
}

/// Why the fixes of a file were not kept: a pass left it with language errors it did
/// not have before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The codes of the fixes applied in that pass.
    pub fixes: Vec<&'static str>,
    /// The language errors the pass caused, as `KS015 message`.
    pub errors: Vec<String>,
}

/// The text after one pass of fixes, and the codes of the findings it fixed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applied {
    /// The text with the fixes applied.
    pub text: String,
    /// The code of each finding fixed, one entry a finding.
    pub fixed: Vec<&'static str>,
}

/// Compiles `source`, fixes every finding whose fix is at least `threshold`
/// ([`Applicability::Safe`] for `--fix`, [`Applicability::Unsafe`] for
/// `--unsafe-fixes`), and compiles the result, as the module documentation says.
pub fn apply(source: SourceFile, options: &Options, threshold: Applicability) -> FixResult {
    let name = source.name.clone();
    let original = source.text.clone();
    let mut compiled = crate::compile_guarded(source, options);
    let mut fixed: BTreeMap<&'static str, usize> = BTreeMap::new();
    let mut converged = false;
    for _ in 0..MAX_PASSES {
        if compiled.is_unchecked() {
            converged = true;
            break;
        }
        let applied = apply_fixes(&compiled.source.text, &compiled.diagnostics, threshold);
        if applied.fixed.is_empty() {
            converged = true;
            break;
        }
        let next = crate::compile_guarded(SourceFile::new(name.clone(), applied.text), options);
        let errors = new_language_errors(&compiled.diagnostics, &next.diagnostics);
        if !errors.is_empty() {
            return FixResult {
                compiled: crate::compile_guarded(SourceFile::new(name, original), options),
                fixed: BTreeMap::new(),
                converged: true,
                refused: Some(Refusal {
                    fixes: applied.fixed,
                    errors,
                }),
            };
        }
        for code in applied.fixed {
            *fixed.entry(code).or_default() += 1;
        }
        compiled = next;
    }
    if !converged {
        converged = fixable(&compiled.diagnostics, threshold) == 0;
    }
    FixResult {
        compiled,
        fixed,
        converged,
        refused: None,
    }
}

/// Applies, in one pass, the fixes of `diagnostics` that are at least `threshold`, in
/// the order of their first edit: a fix that starts before the end of one already
/// applied waits for a later pass, and a fix whose edits have all been applied by
/// another counts as fixed. Edits outside the text, or off a character boundary, are
/// never applied.
pub fn apply_fixes(text: &str, diagnostics: &[Diagnostic], threshold: Applicability) -> Applied {
    let mut fixes: Vec<(&Fix, &'static str)> = diagnostics
        .iter()
        .filter_map(|d| {
            d.fix
                .as_ref()
                .filter(|f| f.applicability >= threshold)
                .map(|f| (f, d.code))
        })
        .collect();
    fixes.sort_by(|(a, a_code), (b, b_code)| {
        (a.start(), a.end(), a_code, &a.title).cmp(&(b.start(), b.end(), b_code, &b.title))
    });
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut last_end: Option<usize> = None;
    let mut done: HashSet<&Edit> = HashSet::new();
    let mut fixed = Vec::new();
    for (fix, code) in fixes {
        if fix.edits.iter().all(|e| done.contains(e)) {
            fixed.push(code);
            continue;
        }
        if last_end.is_some_and(|end| end >= fix.start()) || !applicable(text, fix) {
            continue;
        }
        for edit in &fix.edits {
            out.push_str(text.get(copied..edit.span.start()).unwrap_or(""));
            out.push_str(&edit.replacement);
            copied = edit.span.end();
        }
        last_end = Some(fix.end());
        done.extend(&fix.edits);
        fixed.push(code);
    }
    out.push_str(text.get(copied..).unwrap_or(""));
    Applied { text: out, fixed }
}

/// The number of findings with a fix at least `threshold`.
pub fn fixable(diagnostics: &[Diagnostic], threshold: Applicability) -> usize {
    diagnostics
        .iter()
        .filter(|d| d.fix.as_ref().is_some_and(|f| f.applicability >= threshold))
        .count()
}

/// Whether a fix's edits lie in the text, on character boundaries, in order and apart.
fn applicable(text: &str, fix: &Fix) -> bool {
    let mut previous_end = 0;
    for edit in &fix.edits {
        let span = edit.span;
        let fits = span.start() <= span.end()
            && span.end() <= text.len()
            && text.is_char_boundary(span.start())
            && text.is_char_boundary(span.end())
            && span.start() >= previous_end;
        if !fits {
            return false;
        }
        previous_end = span.end();
    }
    !fix.edits.is_empty()
}

/// The language errors of `after` beyond those of `before`, counted by code: a code
/// reported more often after the fixes than before (or a failure of kvalitet).
fn new_language_errors(before: &[Diagnostic], after: &[Diagnostic]) -> Vec<String> {
    let count = |diagnostics: &[Diagnostic]| {
        let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
        for d in diagnostics {
            if d.severity == Severity::Error && codes::find(d.code).is_some() {
                *counts.entry(d.code).or_default() += 1;
            }
        }
        counts
    };
    let was = count(before);
    let now = count(after);
    let grown: HashSet<&str> = now
        .iter()
        .filter(|(code, n)| was.get(*code).copied().unwrap_or(0) < **n)
        .map(|(code, _)| *code)
        .collect();
    after
        .iter()
        .filter(|d| d.severity == Severity::Error && grown.contains(d.code))
        .map(|d| format!("{} {}", d.code, d.message.en()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::values::Date;
    use crate::source::Span;

    fn finding(code: &'static str, fix: Option<Fix>) -> Diagnostic {
        Diagnostic::warning(code, Span::new(0, 0), crate::msg!("syntax-unclosed-block"))
            .with_fix(fix)
    }

    /// A fix's title: these tests tell fixes apart by their edits.
    fn title() -> crate::i18n::Message {
        crate::msg!("fix-replace", written = "a", replacement = "b")
    }

    fn edit(start: usize, end: usize, with: &str) -> Edit {
        Edit::replace(Span::new(start, end), with)
    }

    #[test]
    fn fixes_apply_in_order_and_overlapping_ones_wait() {
        let text = "abcdefghij";
        let diagnostics = [
            finding(
                "KS2",
                Fix::new(title(), Applicability::Safe, vec![edit(8, 9, "I")]),
            ),
            finding(
                "KS1",
                Fix::new(title(), Applicability::Safe, vec![edit(0, 2, "AB")]),
            ),
            finding(
                "KS3",
                Fix::new(title(), Applicability::Safe, vec![edit(1, 3, "x")]),
            ),
            finding(
                "KS4",
                Fix::new(
                    title(),
                    Applicability::Safe,
                    vec![edit(3, 4, "D"), edit(5, 5, "+")],
                ),
            ),
            finding("KS5", None),
        ];
        let applied = apply_fixes(text, &diagnostics, Applicability::Safe);
        assert_eq!(applied.text, "ABcDe+fghIj");
        assert_eq!(applied.fixed, ["KS1", "KS4", "KS2"]);
    }

    #[test]
    fn unsafe_fixes_need_the_unsafe_threshold() {
        let diagnostics = [finding(
            "KS1",
            Fix::new(title(), Applicability::Unsafe, vec![edit(0, 1, "A")]),
        )];
        assert_eq!(
            apply_fixes("abc", &diagnostics, Applicability::Safe).text,
            "abc"
        );
        assert_eq!(
            apply_fixes("abc", &diagnostics, Applicability::Unsafe).text,
            "Abc"
        );
        assert_eq!(fixable(&diagnostics, Applicability::Safe), 0);
        assert_eq!(fixable(&diagnostics, Applicability::Unsafe), 1);
    }

    #[test]
    fn the_same_edit_from_two_findings_is_made_once_and_fixes_both() {
        let same = || Fix::new(title(), Applicability::Safe, vec![edit(1, 2, "B")]);
        let diagnostics = [finding("KS1", same()), finding("KS2", same())];
        let applied = apply_fixes("abc", &diagnostics, Applicability::Safe);
        assert_eq!(applied.text, "aBc");
        assert_eq!(applied.fixed.len(), 2);
    }

    #[test]
    fn edits_off_the_text_or_a_character_boundary_are_not_applied() {
        let mut bad = Fix::safe(title(), edit(1, 2, "x"));
        let diagnostics = [finding("KS1", Some(bad.clone()))];
        // `å` is two bytes: byte 1 is inside it.
        assert_eq!(
            apply_fixes("åb", &diagnostics, Applicability::Safe).text,
            "åb"
        );
        bad.edits = vec![edit(2, 9, "x")];
        let diagnostics = [finding("KS1", Some(bad))];
        assert_eq!(
            apply_fixes("åb", &diagnostics, Applicability::Safe).text,
            "åb"
        );
    }

    #[test]
    fn fixes_converge_over_passes_and_the_result_is_checked_again() {
        let text = "kvalitetsstandard \"S\" {\n  år 2024\n  revideres ved-aendringer\n}\n";
        let options = Options::new(Date::ymd(2026, 11, 23));
        let safe = apply(
            SourceFile::new("a.kvs", text),
            &options,
            Applicability::Safe,
        );
        // The value's spelling is fixed safely; revision on change is a finding now.
        assert!(
            safe.text().contains("revideres ved-ændringer"),
            "{}",
            safe.text()
        );
        assert!(safe.remaining().iter().any(|d| d.code == "KS142"));
        assert_eq!(safe.fixed_count(), 1);
        let all = apply(
            SourceFile::new("a.kvs", text),
            &options,
            Applicability::Unsafe,
        );
        assert!(all.text().contains("revideres årligt"), "{}", all.text());
        assert!(all.remaining().iter().all(|d| d.code != "KS142"));
        assert_eq!(all.fixed.get("KS031"), Some(&1));
        assert_eq!(all.fixed.get("KS142"), Some(&1));
        assert!(all.converged && all.refused.is_none());
    }

    #[test]
    fn new_language_errors_are_counted_by_code() {
        let error =
            |code| Diagnostic::error(code, Span::new(0, 0), crate::msg!("syntax-unreadable-line"));
        assert!(new_language_errors(&[error("KS010")], &[]).is_empty());
        assert_eq!(
            new_language_errors(&[error("KS010")], &[error("KS015")]),
            ["KS015 could not read this line"]
        );
        // Rule findings are no language errors.
        assert!(new_language_errors(&[], &[error("KS142")]).is_empty());
    }
}
