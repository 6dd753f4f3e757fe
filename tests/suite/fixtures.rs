//! Data-driven fixture tests: every `tests/fixtures/ok/*.kvs` must compile without a
//! single diagnostic, and every `tests/fixtures/err/KSxxx-*.kvs` must report its code.
//!
//! Adding a fixture file adds a test. An error fixture may name further codes it must
//! report on a first line `# expect: KS020 KS021`.

use kvalitet::check::Options;
use kvalitet::diag::codes;
use kvalitet::diag::render::HumanStyle;
use kvalitet::emit::diagnostics::human_styled;
use kvalitet::i18n::Lang;
use kvalitet::model::values::Date;
use kvalitet::Compiled;
use std::borrow::Borrow;
use std::path::Path;

/// The fixed date the checker judges against, so snapshots do not age.
pub fn options() -> Options {
    Options::new(Date::ymd(2026, 11, 23))
}

/// The path of a file relative to the crate root, with `/` separators, as shown in
/// diagnostics and JSON.
pub fn display_name(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // insta's glob hands over canonical paths; the crate root may not be one.
    let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let relative = path
        .strip_prefix(&canonical)
        .or_else(|_| path.strip_prefix(root))
        .unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Reads and compiles a file under its stable relative name.
pub fn compile_file(path: &Path) -> Compiled {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    kvalitet::compile_bytes(display_name(path), bytes, &options())
}

/// The diagnostics of one file as a person sees them, without colour, at a fixed width.
/// Takes the result or a reference to it.
pub fn render(compiled: impl Borrow<Compiled>, width: usize) -> String {
    let compiled = compiled.borrow();
    // The renderer takes whole results; the standard plays no part in it.
    let result = Compiled {
        source: compiled.source.clone(),
        standard: None,
        diagnostics: compiled.diagnostics.clone(),
    };
    human_styled(
        &[result],
        HumanStyle {
            color: false,
            width,
            lang: Lang::En,
        },
    )
}

/// The JSON document of a compiled file's standard (`null` if it holds none).
pub fn standard_json(compiled: &Compiled) -> serde_json::Value {
    let document = compiled.standard.as_ref().map(|standard| {
        kvalitet::emit::json::standard(standard, &compiled.source.name, &compiled.diagnostics)
    });
    serde_json::to_value(document).expect("the JSON form serialises")
}

/// The code an error fixture is named after: `KS020` for `KS020-phone-seven-digits.kvs`.
fn code_of(path: &Path) -> String {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let code = name.split('-').next().unwrap_or_default().to_owned();
    assert!(
        codes::find(&code).is_some(),
        "{name}: an error fixture is named `KSxxx-short-name.kvs` after a known code, not `{code}`"
    );
    code
}

/// The codes a fixture lists on an `# expect: …` first line.
fn expected_codes(text: &str) -> Vec<String> {
    text.lines()
        .next()
        .and_then(|line| line.strip_prefix("# expect:"))
        .map(|codes| codes.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

#[test]
fn ok() {
    insta::glob!("../fixtures/ok", "*.kvs", |path| {
        let compiled = compile_file(path);
        assert!(
            compiled.diagnostics.is_empty(),
            "{} must compile without diagnostics, but:\n{}",
            compiled.source.name,
            render(&compiled, 100)
        );
        assert!(
            compiled.standard.is_some(),
            "{} holds no standard",
            compiled.source.name
        );
        insta::assert_json_snapshot!(standard_json(&compiled));
    });
}

#[test]
fn err() {
    insta::glob!("../fixtures/err", "*.kvs", |path| {
        let compiled = compile_file(path);
        let mut wanted = vec![code_of(path)];
        wanted.extend(expected_codes(&compiled.source.text));
        let reported: Vec<&str> = compiled.diagnostics.iter().map(|d| d.code).collect();
        for code in &wanted {
            assert!(
                reported.contains(&code.as_str()),
                "{} must report {code}, but reported {reported:?}:\n{}",
                compiled.source.name,
                render(&compiled, 100)
            );
        }
        assert!(
            compiled.has_errors(),
            "{} must have errors",
            compiled.source.name
        );
        assert_spans_in_text(&compiled);
        insta::assert_snapshot!(render(&compiled, 80));
    });
}

/// Every span of every diagnostic lies in the text, on character boundaries.
fn assert_spans_in_text(compiled: &Compiled) {
    let text = &compiled.source.text;
    for diagnostic in &compiled.diagnostics {
        let spans =
            std::iter::once(diagnostic.span).chain(diagnostic.labels.iter().map(|l| l.span));
        for span in spans {
            assert!(
                span.start() <= span.end()
                    && span.end() <= text.len()
                    && text.is_char_boundary(span.start())
                    && text.is_char_boundary(span.end()),
                "{}: {} has the span {span:?} in a text of {} bytes",
                compiled.source.name,
                diagnostic.code,
                text.len()
            );
        }
    }
}

/// One file with several type errors reports every one of them, not only the first.
#[test]
fn several_type_errors_are_all_reported() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/err/KS020-several-type-errors.kvs");
    let compiled = compile_file(&path);
    let wanted = expected_codes(&compiled.source.text);
    assert!(wanted.len() >= 4, "the fixture must list at least 4 codes");
    let errors = compiled.diagnostics.len();
    assert!(
        errors >= wanted.len(),
        "expected at least {} errors, got {errors}:\n{}",
        wanted.len(),
        render(&compiled, 100)
    );
}

/// Codes that no input can produce, so they have no fixture.
///
/// `KS001` is the parser's last resort: since the grammar takes statements after a
/// block and every other unreadable line gets a more precise code (`KS002`, `KS003`,
/// `KS006`), only a failure of the whole pest parse could produce it, and the grammar
/// matches every input.
// KS001 is only reachable if pest itself fails; KS099 only through a bug (a panic),
// which `compile_guarded`'s own test provokes.
const UNREACHABLE: &[&str] = &["KS001", "KS099"];

/// Every language code is unique, documented, and has an error fixture.
#[test]
fn every_code_is_unique_documented_and_has_a_fixture() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/err");
    let fixtures: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/fixtures/err exists")
        .map(|entry| entry.expect("a directory entry").file_name())
        .map(|name| name.to_string_lossy().into_owned())
        .collect();
    let mut seen = Vec::new();
    for info in codes::ALL {
        assert!(!seen.contains(&info.code), "{} is listed twice", info.code);
        seen.push(info.code);
        assert!(
            !info.summary.is_empty() && !info.explanation.is_empty(),
            "{} has no documentation",
            info.code
        );
        let has_fixture = fixtures
            .iter()
            .any(|name| name.starts_with(&format!("{}-", info.code)));
        if UNREACHABLE.contains(&info.code) {
            assert!(
                !has_fixture,
                "{} has a fixture now: take it off UNREACHABLE",
                info.code
            );
        } else {
            assert!(
                has_fixture,
                "{} ({}) has no fixture in tests/fixtures/err",
                info.code, info.name
            );
        }
    }
}
