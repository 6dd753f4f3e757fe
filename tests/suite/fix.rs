//! Fixes, one fixture each: `tests/fixtures/fix/KSxxx-short-name.kvs` is a file before
//! fixing, whose first line says what the fix of `KSxxx` must be:
//!
//! - `# fix: safe` or `# fix: unsafe`: the file reports `KSxxx` with a fix of that
//!   applicability; fixing at a lower threshold (`--fix` for an unsafe fix) leaves the
//!   finding, fixing at that one removes it. The fixed file is a snapshot, and checked
//!   again: it has no language error and no `KSxxx`, and fixing it again changes
//!   nothing.
//! - `# fix: none`: the file reports `KSxxx`, but no finding of it carries a fix, and
//!   `--unsafe-fixes` leaves its findings as they are.
//!
//! Every code that states a fix has at least one fixture with a fix.

use crate::fixtures::{display_name, options, render};
use kvalitet::diag::{codes, Applicability};
use kvalitet::source::SourceFile;
use std::path::Path;

/// What a fixture's first line asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A fix of this applicability.
    Fix(Applicability),
    /// No fix.
    None,
}

/// The code a fixture is named after and what its first line expects.
fn read(path: &Path) -> (String, Expect, String) {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let code = name.split('-').next().unwrap_or_default().to_owned();
    let expect = match text.lines().next() {
        Some("# fix: safe") => Expect::Fix(Applicability::Safe),
        Some("# fix: unsafe") => Expect::Fix(Applicability::Unsafe),
        Some("# fix: none") => Expect::None,
        other => panic!(
            "{name}: the first line must be `# fix: safe`, `unsafe` or `none`, not {other:?}"
        ),
    };
    (code, expect, text)
}

/// How many findings of `code` a compiled file reports.
fn count(compiled: &kvalitet::Compiled, code: &str) -> usize {
    compiled
        .diagnostics
        .iter()
        .filter(|d| d.code == code)
        .count()
}

#[test]
fn fixes() {
    insta::glob!("../fixtures/fix", "*.kvs", |path| {
        let (code, expect, text) = read(path);
        let name = display_name(path);
        let source = || SourceFile::new(name.clone(), text.clone());
        let before = kvalitet::compile(source(), &options());
        let found: Vec<_> = before
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .collect();
        assert!(
            !found.is_empty(),
            "{name} must report {code}:\n{}",
            render(&before, 100)
        );
        let Expect::Fix(applicability) = expect else {
            assert!(
                found.iter().all(|d| d.fix.is_none()),
                "{name}: no finding of {code} may carry a fix:\n{}",
                render(&before, 100)
            );
            let fixed = kvalitet::fix::apply(source(), &options(), Applicability::Unsafe);
            assert_eq!(fixed.fixed.get(code.as_str()), None, "{name}");
            assert_eq!(count(&fixed.compiled, &code), found.len(), "{name}");
            return;
        };
        assert!(
            found.iter().any(|d| d
                .fix
                .as_ref()
                .is_some_and(|f| f.applicability == applicability)),
            "{name}: a finding of {code} must carry a {applicability} fix:\n{}",
            render(&before, 100)
        );
        if applicability == Applicability::Unsafe {
            let safe = kvalitet::fix::apply(source(), &options(), Applicability::Safe);
            assert_eq!(
                safe.fixed.get(code.as_str()),
                None,
                "{name}: --fix applied an unsafe fix"
            );
            assert!(count(&safe.compiled, &code) > 0, "{name}");
        }
        let fixed = kvalitet::fix::apply(source(), &options(), applicability);
        assert!(
            fixed.refused.is_none() && fixed.converged,
            "{name}: {fixed:?}"
        );
        assert!(
            fixed.fixed.get(code.as_str()).is_some_and(|n| *n > 0),
            "{name}: nothing of {code} was fixed: {:?}",
            fixed.fixed
        );
        // Checked again from the fixed text alone.
        let again = kvalitet::compile(SourceFile::new(name.clone(), fixed.text()), &options());
        assert!(
            !again.has_language_errors() && count(&again, &code) == 0,
            "{name}: the fixed file still reports {code}, or cannot be read:\n{}\n{}",
            fixed.text(),
            render(&again, 100)
        );
        let twice = kvalitet::fix::apply(
            SourceFile::new(name.clone(), fixed.text()),
            &options(),
            applicability,
        );
        assert_eq!(
            twice.text(),
            fixed.text(),
            "{name}: fixing again changed the file"
        );
        insta::assert_snapshot!(fixed.text());
    });
}

/// Every code whose table entry states a fix has a fixture in which it is fixed.
#[test]
fn every_fixable_code_has_a_fix_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fix");
    let fixed: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/fix exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| read(path).1 != Expect::None)
        .map(|path| read(&path).0)
        .collect();
    let fixable = codes::ALL.iter().map(|info| (info.code, info.fix)).chain(
        kvalitet::check::codes::ALL
            .iter()
            .map(|rule| (rule.code, rule.fix)),
    );
    for (code, fix) in fixable {
        assert_eq!(
            fixed.iter().any(|c| c == code),
            fix.is_available(),
            "{code}: a code has a fixture with a fix in tests/fixtures/fix exactly when it states a fix"
        );
    }
}
