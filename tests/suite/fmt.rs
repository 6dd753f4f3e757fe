//! The formatter (`kvalitet::format_source`): the layout of the `tests/fixtures/fmt/`
//! files as snapshots, and, on every file of the repository and on the damaged
//! standards of `robustness`, the two promises: formatting twice changes nothing more
//! than formatting once, and the formatted file says what the original said, with
//! every comment, each attached where it was.
//!
//! "Says the same" is judged on what kvalitet makes of a file, not on its text: the
//! standard's JSON document (the public contract) and the diagnostics (codes,
//! severities and messages; spans and positions are layout). In the JSON's strings and
//! the messages, a run of white space counts as one space: the lowering keeps some
//! wordings as they stand in the file (`10 hverdage` as written, a municipality's name
//! in words), and the formatter writes one space where the writer left several between
//! two values. Everything else must be equal. The formatter also checks its own output
//! against the syntax tree before it returns it (`src/format/same.rs`), so a file
//! whose layout it would break is refused, which these tests would report too; they
//! also compare every keyword, value and comment themselves, so they do not lean on
//! that check.

use crate::fixtures::{compile_file, display_name, options, standard_json};
use crate::one_space::{one_space, one_space_in};
use crate::robustness::mutants;
use crate::schema::{files, root};
use kvalitet::diag::codes;
use kvalitet::source::SourceFile;
use kvalitet::syntax::parse;
use kvalitet::syntax::tree::{ArgKind, Item};
use kvalitet::{compile, format_source};
use serde_json::Value;
use std::path::Path;

/// The codes the resolver reports: names, not layout, so they do not stop the
/// formatter (`src/format/mod.rs`).
const RESOLVER_CODES: &[&str] = &["KS029", "KS040", "KS042"];

/// The file formatted, or a failure that shows why it was not.
fn format(name: &str, text: &str) -> Result<String, String> {
    format_source(&SourceFile::new(name, text)).map_err(|diagnostics| {
        let lines: Vec<String> = diagnostics
            .iter()
            .map(|d| format!("{} {}", d.code, d.message.en()))
            .collect();
        format!("{name} was not formatted: {}", lines.join("; "))
    })
}

/// What a file says, apart from its layout: its JSON document and its diagnostics
/// without their places, each run of white space in a string or a message as one space.
fn meaning(name: &str, text: &str) -> (Value, Vec<String>) {
    let compiled = compile(SourceFile::new(name, text), &options());
    let diagnostics = compiled
        .diagnostics
        .iter()
        .map(|d| {
            format!(
                "{} {:?} {}",
                d.code,
                d.severity,
                one_space_in(&d.message.en())
            )
        })
        .collect();
    (one_space(standard_json(&compiled)), diagnostics)
}

/// Every comment of a file in order, each with what it is attached to: `trailing` (at
/// the end of its statement's line) or `own` (on a line of its own, or after a `{`:
/// it precedes the next statement, which a suppression in it covers).
fn comments(text: &str) -> Vec<String> {
    fn walk(items: &[Item], out: &mut Vec<String>) {
        for item in items {
            match item {
                Item::Comment(comment) => out.push(format!("own #{}", comment.text.trim_end())),
                Item::Statement(statement) => {
                    if let Some(block) = &statement.block {
                        walk(&block.items, out);
                    }
                    if let Some(comment) = &statement.comment {
                        out.push(format!(
                            "trailing {} #{}",
                            statement.key.text,
                            comment.text.trim_end()
                        ));
                    }
                }
                Item::Error(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(&parse(text).0.items, &mut out);
    out
}

/// Every keyword and value of a file in order, as written (a text block over several
/// lines by its words, which is all of it the formatter may not touch), each value
/// marked `+` where it touches the one before it: the test's own check, beside the
/// formatter's, that no value changed.
fn values(text: &str) -> Vec<String> {
    fn walk(text: &str, items: &[Item], out: &mut Vec<String>) {
        for item in items {
            let Item::Statement(statement) = item else {
                continue;
            };
            out.push(format!("key {}", statement.key.text));
            let mut end = statement.key.span.end();
            for arg in &statement.args {
                let written = text.get(arg.span.range()).unwrap_or_default();
                let words = if arg.kind == ArgKind::TextBlock && written.contains('\n') {
                    arg.as_str()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    written.to_owned()
                };
                let touching = if arg.span.start() == end { "+" } else { "" };
                out.push(format!("{touching}{:?} {words}", arg.kind));
                end = arg.span.end();
            }
            if let Some(block) = &statement.block {
                out.push("{".to_owned());
                walk(text, &block.items, out);
                out.push("}".to_owned());
            }
        }
    }
    let mut out = Vec::new();
    walk(text, &parse(text).0.items, &mut out);
    out
}

/// Formats a file that can be formatted and checks both promises; returns the text.
fn assert_formats_faithfully(name: &str, text: &str) -> String {
    let formatted = format(name, text).unwrap_or_else(|e| panic!("{e}"));
    let again = format(name, &formatted).unwrap_or_else(|e| panic!("formatted once: {e}"));
    assert!(
        again == formatted,
        "{name}: formatting twice changes more than once:\n{}",
        first_difference(&formatted, &again)
    );
    assert_eq!(
        comments(text),
        comments(&formatted),
        "{name}: a comment was lost, changed or moved to another statement"
    );
    assert!(
        values(text) == values(&formatted),
        "{name}: a keyword or value was changed, or values that touched no longer do"
    );
    let (before, before_diagnostics) = meaning(name, text);
    let (after, after_diagnostics) = meaning(name, &formatted);
    assert_eq!(
        before_diagnostics, after_diagnostics,
        "{name}: the diagnostics changed"
    );
    assert!(
        before == after,
        "{name}: the JSON changed:\n{}",
        first_difference(
            &serde_json::to_string_pretty(&before).unwrap_or_default(),
            &serde_json::to_string_pretty(&after).unwrap_or_default()
        )
    );
    formatted
}

/// The first line at which two texts differ, for a failure message.
fn first_difference(a: &str, b: &str) -> String {
    let mut lines = a.lines().zip(b.lines()).enumerate();
    match lines.find(|(_, (a, b))| a != b) {
        Some((at, (a, b))) => format!("line {}:\n- {a:?}\n+ {b:?}", at + 1),
        None => format!(
            "one text ends first ({} and {} lines)",
            a.lines().count(),
            b.lines().count()
        ),
    }
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn fixtures_are_formatted_as_their_snapshots_show() {
    insta::glob!("../fixtures/fmt", "*.kvs", |path| {
        let name = display_name(path);
        let formatted = assert_formats_faithfully(&name, &read(path));
        insta::assert_snapshot!(formatted);
    });
}

/// Each fixture with CRLF line ends, with a byte order mark, and with both, formats
/// to its formatted text with the same line ends and mark; a file whose line ends are
/// mixed takes those of its first line.
#[test]
fn line_ends_and_a_byte_order_mark_stay_as_they_were() {
    for path in files("tests/fixtures/fmt") {
        let name = display_name(&path);
        let text = read(&path);
        let formatted = format(&name, &text).unwrap_or_else(|e| panic!("{e}"));
        let crlf = |t: &str| t.replace('\n', "\r\n");
        let cases = [
            ("CRLF", crlf(&text), crlf(&formatted)),
            (
                "BOM",
                format!("\u{FEFF}{text}"),
                format!("\u{FEFF}{formatted}"),
            ),
            (
                "BOM and CRLF",
                format!("\u{FEFF}{}", crlf(&text)),
                format!("\u{FEFF}{}", crlf(&formatted)),
            ),
            (
                "mixed, CRLF first",
                text.replacen('\n', "\r\n", 1),
                crlf(&formatted),
            ),
        ];
        for (kind, input, expected) in cases {
            let output = assert_formats_faithfully(&format!("{name} ({kind})"), &input);
            assert!(
                output == expected,
                "{name} ({kind}):\n{}",
                first_difference(&expected, &output)
            );
        }
    }
}

/// Every bundled standard is in the canonical layout: `kvalitet fmt --check standards`
/// passes.
#[test]
fn the_bundled_standards_are_formatted() {
    let standards = files("standards");
    assert!(standards.len() >= 6, "the bundled standards are missing");
    for path in standards {
        let name = display_name(&path);
        let text = read(&path);
        let formatted = assert_formats_faithfully(&name, &text);
        assert!(
            formatted == text,
            "{name} is not in the canonical layout; run `kvalitet fmt {name}`:\n{}",
            first_difference(&text, &formatted)
        );
    }
}

/// Every `.kvs` file of the repository (the bundled standards and every fixture) and
/// every damaged standard of the `robustness` test that the formatter takes is
/// formatted idempotently and keeps its meaning; every file it refuses has a language
/// error.
#[test]
fn every_file_keeps_its_meaning_and_formats_once() {
    let mut inputs: Vec<(String, String)> = Vec::new();
    for dir in ["standards", "tests/fixtures"] {
        for path in files(dir) {
            if let Ok(text) = std::fs::read_to_string(&path) {
                inputs.push((display_name(&path), text));
            }
        }
    }
    let files_given = inputs.len();
    for (index, path) in files("standards").iter().enumerate() {
        let text = read(path);
        let name = display_name(path);
        // The seeds of `robustness::damaged_standards_never_panic`: the same damage.
        for (kind, mutant) in mutants(&text, 17 + index as u64, 60) {
            inputs.push((format!("{name} ({kind})"), mutant));
        }
    }
    let (mut formatted, mut refused) = (0, 0);
    for (name, text) in &inputs {
        match format_source(&SourceFile::new(name.as_str(), text.as_str())) {
            Ok(_) => {
                assert_formats_faithfully(name, text);
                formatted += 1;
            }
            Err(diagnostics) => {
                assert!(
                    diagnostics.iter().all(|d| d.code != codes::INTERNAL_ERROR),
                    "{name}: the formatter would have changed what it says: {diagnostics:?}"
                );
                let compiled = compile(SourceFile::new(name.as_str(), text.as_str()), &options());
                assert!(
                    compiled.has_language_errors(),
                    "{name} was refused without a language error: {diagnostics:?}"
                );
                refused += 1;
            }
        }
    }
    // Most damaged standards cannot be read; enough of them can to count.
    assert!(
        formatted >= files_given + 40 && refused >= 100,
        "{formatted} files formatted and {refused} refused of {}",
        inputs.len()
    );
}

/// A file with a syntax or lowering error is not formatted, and the errors come back;
/// a name the resolver cannot find (an unknown contact or body) does not stop the
/// formatter.
#[test]
fn files_with_language_errors_are_refused_with_them() {
    for path in files("tests/fixtures/err") {
        let name = display_name(&path);
        let code = name
            .rsplit('/')
            .next()
            .and_then(|file| file.split('-').next())
            .unwrap_or_default()
            .to_owned();
        let bytes = std::fs::read(&path).expect("an error fixture");
        let Ok(text) = String::from_utf8(bytes) else {
            continue; // KS090: not text; `fmt` reports it before formatting
        };
        match format_source(&SourceFile::new(name.as_str(), text.as_str())) {
            Err(diagnostics) => assert!(
                diagnostics.iter().any(|d| d.code == code),
                "{name} was refused without {code}: {diagnostics:?}"
            ),
            Ok(_) => {
                let compiled = compile_file(&root().join(&name));
                let language: Vec<&str> = compiled
                    .diagnostics
                    .iter()
                    .filter(|d| codes::find(d.code).is_some())
                    .map(|d| d.code)
                    .collect();
                assert!(
                    language.iter().all(|c| RESOLVER_CODES.contains(c)),
                    "{name} was formatted despite {language:?}"
                );
            }
        }
    }
}
