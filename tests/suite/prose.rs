//! The checks that read prose, on mutated copies of the bundled standards: each
//! `tests/fixtures/prose/*.kvs` is a bundled standard (or a trimmed part of one) with
//! one line changed, and says so in its header:
//!
//! ```text
//! # from: standards/ballerup/2011.kvs (lines 30-39 and 1571-1604)
//! # was: kontakt sociale-naevn "Det Sociale Nævn Statsforvaltningen Hovedstaden" {
//! # now: kontakt sociale-naevn "Det Sociale Nævn" {
//! ```
//!
//! The test puts the `was` line back, compiles both, and snapshots the findings that
//! only the mutated file has: what the one mutation makes the checker find. The
//! mutation must find something, and neither file may have a language error.

use crate::fixtures::{compile_file, display_name, options, render};
use kvalitet::diag::codes as language;
use kvalitet::source::SourceFile;
use kvalitet::Compiled;
use std::collections::HashSet;

/// The value of a `# key: value` header line.
fn header<'a>(text: &'a str, key: &str) -> &'a str {
    text.lines()
        .find_map(|line| line.strip_prefix(&format!("# {key}: ")))
        .unwrap_or_else(|| panic!("the fixture has no `# {key}:` line"))
}

/// The fixture's text with the mutated line put back as it was.
fn unmutated(text: &str) -> String {
    let (was, now) = (header(text, "was"), header(text, "now"));
    let mut found = 0;
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let content = line.trim();
            if content.starts_with('#') || content != now {
                return line.to_owned();
            }
            found += 1;
            line.replacen(now, was, 1)
        })
        .collect();
    assert_eq!(found, 1, "the mutated line must stand once: {now}");
    lines.join("\n")
}

/// Each finding as code, message and line.
fn keys(compiled: &Compiled) -> HashSet<(&'static str, String, usize)> {
    compiled
        .diagnostics
        .iter()
        .map(|d| {
            let (line, _) = compiled.source.line_col(d.span.start());
            (d.code, d.message.en(), line)
        })
        .collect()
}

fn language_errors(compiled: &Compiled) -> Vec<&'static str> {
    compiled
        .diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|code| language::find(code).is_some())
        .collect()
}

#[test]
fn a_mutation_in_prose_is_found() {
    insta::glob!("../fixtures/prose", "*.kvs", |path| {
        let mut mutated = compile_file(path);
        let original = kvalitet::compile(
            SourceFile::new(display_name(path), unmutated(&mutated.source.text)),
            &options(),
        );
        for compiled in [&mutated, &original] {
            assert!(
                language_errors(compiled).is_empty(),
                "{}: language errors {:?}",
                compiled.source.name,
                language_errors(compiled)
            );
        }
        let before = keys(&original);
        let source = mutated.source.clone();
        mutated.diagnostics.retain(|d| {
            let (line, _) = source.line_col(d.span.start());
            !before.contains(&(d.code, d.message.en(), line))
        });
        assert!(
            !mutated.diagnostics.is_empty(),
            "{}: the mutation finds nothing",
            mutated.source.name
        );
        insta::assert_snapshot!(render(mutated, 100));
    });
}
