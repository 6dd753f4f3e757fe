//! Shared pieces of the fuzz targets: the fixed options, the invariants every compiled
//! file must keep, every renderer with the checks on its output, the generator of
//! plausible standards for the `structured` target, and the formatter's round trip.

pub mod format;
pub mod one_space;
pub mod structured;

use kvalitet::check::Options;
use kvalitet::diag::render::HumanStyle;
use kvalitet::diag::{Diagnostic, Severity};
use kvalitet::emit::{compare, diagnostics, diff, github, html, json, sarif};
use kvalitet::i18n::Lang;
use kvalitet::model::values::Date;
use kvalitet::source::{SourceFile, Span};
use kvalitet::{compile, Compiled};
use std::path::Path;
use std::sync::OnceLock;

/// The name every fuzzed file is compiled under.
pub const NAME: &str = "fuzz.kvs";

/// The bundled standard that `render` compares and diffs the input with.
pub const BUNDLED: &str = include_str!("../../standards/hjoerring/2024.kvs");

/// The name of the bundled standard.
pub const BUNDLED_NAME: &str = "standards/hjoerring/2024.kvs";

/// Fixed options: a fixed `today`, so a finding reproduces whatever the date.
pub fn options() -> &'static Options {
    static OPTIONS: OnceLock<Options> = OnceLock::new();
    OPTIONS.get_or_init(|| Options::new(Date::ymd(2026, 11, 23)))
}

/// The fuzzer's bytes as source text.
///
/// Lossy: invalid UTF-8 becomes U+FFFD. The CLI refuses files that are not UTF-8, so
/// the library only ever sees valid text; a lossy conversion keeps that true while
/// giving every input the fuzzer makes some text to compile (no input is thrown away),
/// and it puts plenty of three-byte characters in, which is where span arithmetic that
/// is not on character boundaries goes wrong. A reproducer's text is therefore
/// `String::from_utf8_lossy(artifact)`, byte offsets counted in that text.
pub fn text_of(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Compiles a text under [`NAME`] with the fixed options.
pub fn compile_text(text: String) -> Compiled {
    compile(SourceFile::new(NAME, text), options())
}

/// The bundled standard, compiled once.
pub fn bundled() -> &'static Compiled {
    static BUNDLED_COMPILED: OnceLock<Compiled> = OnceLock::new();
    BUNDLED_COMPILED.get_or_init(|| compile(SourceFile::new(BUNDLED_NAME, BUNDLED), options()))
}

/// A copy of a compiled file (`Compiled` is not `Clone`; its parts are).
fn copy(c: &Compiled) -> Compiled {
    Compiled {
        source: c.source.clone(),
        standard: c.standard.clone(),
        diagnostics: c.diagnostics.clone(),
    }
}

/// The key `kvalitet::diag::sort` orders by.
fn sort_key(d: &Diagnostic) -> (usize, usize, &'static str, &kvalitet::i18n::Message) {
    (d.span.start(), d.span.end(), d.code, &d.message)
}

/// A span lies inside the text, the right way round, on character boundaries.
fn check_span(text: &str, span: Span, d: &Diagnostic, what: &str) {
    assert!(
        span.start() <= span.end() && span.end() <= text.len(),
        "{what} span {span:?} of {} `{}` is outside the text of {} bytes",
        d.code,
        d.message.text(Lang::En),
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start()) && text.is_char_boundary(span.end()),
        "{what} span {span:?} of {} `{}` is not on character boundaries",
        d.code,
        d.message.text(Lang::En)
    );
}

/// What `compile` guarantees for every input.
///
/// - the diagnostics are sorted by `diag::sort`'s key (`Compiled::diagnostics` says
///   "sorted by position");
/// - every primary and secondary span, and every span a fix edits, is inside the text,
///   `start <= end`, on character boundaries (every renderer slices the text or counts
///   characters with them, and fixing edits it);
/// - every code is a language code (`KS001`–`KS099`) or a rule's, never both; language
///   codes are always errors (`diag::codes`);
/// - rules run only on files the earlier stages found no error in, so a language code
///   and a rule's code never appear together;
/// - a file without a standard says so (`KS007`);
/// - every message is non-empty.
pub fn check_invariants(c: &Compiled) {
    let text = c.source.text.as_str();
    for pair in c.diagnostics.windows(2) {
        if let [a, b] = pair {
            assert!(
                sort_key(a) <= sort_key(b),
                "diagnostics not sorted: {} at {:?} before {} at {:?}",
                a.code,
                a.span,
                b.code,
                b.span
            );
        }
    }
    let mut language = false;
    let mut rules = false;
    for d in &c.diagnostics {
        check_span(text, d.span, d, "primary");
        for label in &d.labels {
            check_span(text, label.span, d, "secondary");
        }
        for edit in d.fix.iter().flat_map(|f| &f.edits) {
            check_span(text, edit.span, d, "fix's edit");
        }
        assert!(!d.message.text(Lang::En).is_empty(), "{} has an empty message", d.code);
        let is_language = kvalitet::diag::codes::find(d.code).is_some();
        let is_rule = kvalitet::check::codes::find(d.code).is_some_and(|r| r.code == d.code);
        assert!(
            is_language != is_rule,
            "code {} is a language code: {is_language}, a rule: {is_rule}",
            d.code
        );
        if is_language {
            assert_eq!(
                d.severity,
                Severity::Error,
                "language code {} is not an error",
                d.code
            );
        }
        language |= is_language;
        rules |= is_rule;
    }
    assert!(
        !(language && rules),
        "rule findings on a file with language errors"
    );
    if c.standard.is_none() {
        assert!(
            c.diagnostics.iter().any(|d| d.code == "KS007"),
            "no standard and no KS007"
        );
    }
}

/// Decodes the character references minijinja writes into an attribute value.
fn unescape_attribute(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        rest = rest.get(at..).unwrap_or("");
        let Some(semi) = rest.find(';') else {
            break;
        };
        let entity = rest.get(1..semi).unwrap_or("");
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => {
                let number =
                    if let Some(hex) = entity.strip_prefix("#x").or(entity.strip_prefix("#X")) {
                        u32::from_str_radix(hex, 16).ok()
                    } else if let Some(dec) = entity.strip_prefix('#') {
                        dec.parse().ok()
                    } else {
                        None
                    };
                number.and_then(char::from_u32)
            }
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = rest.get(semi + 1..).unwrap_or("");
            }
            None => {
                out.push('&');
                rest = rest.get(1..).unwrap_or("");
            }
        }
    }
    out.push_str(rest);
    out
}

/// An HTML page carries no script and links only to http, https, mailto and tel
/// addresses, or to relative ones (`html::href`'s promise).
fn check_html(page: &str, what: &str) {
    let lower = page.to_lowercase();
    assert!(!lower.contains("<script"), "{what}: a <script> element");
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("href=\"") {
        rest = rest.get(at + 6..).unwrap_or("");
        let end = rest.find('"').unwrap_or(rest.len());
        let raw = rest.get(..end).unwrap_or("");
        // As a browser reads it: references decoded, tabs and newlines dropped, leading
        // spaces and control characters trimmed.
        let value: String = unescape_attribute(raw)
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let value = value.trim_start_matches(|c: char| c <= ' ');
        if let Some(colon) = value.find(':') {
            let before = value.get(..colon).unwrap_or("");
            if !before.contains(['/', '?', '#']) {
                let scheme = before.to_ascii_lowercase();
                assert!(
                    matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel"),
                    "{what}: a link to `{value}`"
                );
            }
        }
    }
}

/// Parses a JSON output.
fn parse_json(text: &str, what: &str) -> serde_json::Value {
    match serde_json::from_str(text) {
        Ok(value) => value,
        Err(e) => panic!("{what} is not JSON: {e}"),
    }
}

/// The diagnostics renderers: human (miette, no colour), JSON, SARIF, GitHub.
pub fn render_diagnostics(c: &Compiled) {
    let results = std::slice::from_ref(c);
    let n = c.diagnostics.len();
    let style = HumanStyle {
        color: false,
        width: 80,
        lang: Lang::En,
    };
    let human = diagnostics::human_styled(results, style);
    assert!(!human.is_empty());

    let json = parse_json(&diagnostics::json(results, Lang::En), "diagnostics JSON");
    assert_eq!(
        json["diagnostics"].as_array().map(Vec::len),
        Some(n),
        "diagnostics JSON count"
    );

    let sarif = parse_json(&sarif::sarif(results, Lang::En), "SARIF");
    assert_eq!(
        sarif["runs"][0]["results"].as_array().map(Vec::len),
        Some(n),
        "SARIF result count"
    );

    // One workflow command a line, whatever the messages hold.
    let github = github::github(results, Lang::En);
    assert_eq!(github.lines().count(), n, "GitHub lines");
    for line in github.lines() {
        assert!(
            line.starts_with("::error ")
                || line.starts_with("::warning ")
                || line.starts_with("::notice "),
            "GitHub line `{line}`"
        );
    }
}

/// The outputs of a standard: the JSON document and the HTML page, with and without
/// the preview's findings.
pub fn render_standard(c: &Compiled) {
    let Some(standard) = &c.standard else {
        return;
    };
    let document = json::standard(standard, NAME, &c.diagnostics);
    match serde_json::to_string(&document) {
        Ok(text) => {
            parse_json(&text, "standard JSON");
        }
        Err(e) => panic!("the standard JSON does not serialise: {e}"),
    }
    for preview in [false, true] {
        let options = html::Options {
            stem: Path::new("fuzz/standard"),
            preview,
            registry: &options().registry,
        };
        match html::standard_page(standard, &c.source, &c.diagnostics, options) {
            Ok(page) => check_html(&page, "standard page"),
            // A standard with proposals (`forslag:`) gets a preview, no public page.
            Err(e) if !preview && !standard.proposals.is_empty() => {
                assert!(e.contains("forslag:"), "the refusal names the mark: {e}");
            }
            Err(e) => panic!("the standard page (preview {preview}) fails: {e}"),
        }
    }
}

/// `compare` of the input with the bundled standard, every format.
pub fn render_compare(c: &Compiled) {
    let pair = [copy(bundled()), copy(c)];
    let report = compare::compare(&pair, options());
    for format in [
        compare::Format::Html,
        compare::Format::Markdown,
        compare::Format::Csv,
        compare::Format::Json,
    ] {
        match compare::render(&report, format) {
            Ok(text) => match format {
                compare::Format::Json => {
                    parse_json(&text, "compare JSON");
                }
                compare::Format::Html => check_html(&text, "compare page"),
                _ => {}
            },
            Err(e) => panic!("compare {format:?} fails: {e}"),
        }
    }
}

/// `diff` of the bundled standard against the input, and back, every format.
pub fn render_diff(c: &Compiled) {
    let (Some(old), Some(new)) = (&bundled().standard, &c.standard) else {
        return;
    };
    let forward = diff::diff((old, BUNDLED_NAME), (new, NAME), &options().registry);
    let backward = diff::diff((new, NAME), (old, BUNDLED_NAME), &options().registry);
    for report in [&forward, &backward] {
        for format in [
            diff::Format::Markdown,
            diff::Format::Html,
            diff::Format::Json,
        ] {
            match diff::render(report, format) {
                Ok(text) => match format {
                    diff::Format::Json => {
                        parse_json(&text, "diff JSON");
                    }
                    diff::Format::Html => check_html(&text, "diff page"),
                    diff::Format::Markdown => {}
                },
                Err(e) => panic!("diff {format:?} fails: {e}"),
            }
        }
    }
}

/// Every fix applied (`kvalitet::fix::apply`, unsafe ones too): the fixed file keeps
/// the invariants, and a file whose fixes were refused is left as it was.
pub fn render_fixes(c: &Compiled) {
    let fixed = kvalitet::fix::apply(
        c.source.clone(),
        options(),
        kvalitet::diag::Applicability::Unsafe,
    );
    check_invariants(&fixed.compiled);
    if fixed.refused.is_some() {
        assert_eq!(fixed.text(), c.source.text, "a refused fix changed the file");
    }
}

/// Every renderer on a compiled file, and fixing it.
pub fn render_all(c: &Compiled) {
    render_diagnostics(c);
    render_standard(c);
    render_compare(c);
    render_diff(c);
    render_fixes(c);
}
