//! The formatter's promises, for the `fmt_roundtrip` and `fmt_structured` targets: a
//! text that `kvalitet::format_source` takes comes out in a layout that formats to
//! itself and says what the text said; a text it refuses has a language error, and
//! is never refused by the formatter's own check (`KS099`, a bug).
//!
//! "Says the same" is what `tests/suite/fmt.rs` means by it: the standard's JSON
//! document and the diagnostics' codes, severities and messages, each run of white
//! space inside a string or a message as one space (the lowering keeps some wordings as
//! written, and the formatter writes one space where there were several).

use crate::{options, NAME};
use kvalitet::diag::codes;
use kvalitet::source::SourceFile;
use kvalitet::{compile, format_source};
use crate::one_space::{one_space, one_space_in};
use serde_json::Value;

/// Formats `text` and checks every promise; panics with what was broken.
pub fn check_roundtrip(text: &str) {
    let formatted = match format_source(&SourceFile::new(NAME, text)) {
        Ok(formatted) => formatted,
        Err(diagnostics) => {
            assert!(
                diagnostics.iter().all(|d| d.code != codes::INTERNAL_ERROR),
                "the formatter's own check refused its output: {diagnostics:?}"
            );
            let compiled = compile(SourceFile::new(NAME, text), options());
            assert!(
                compiled.has_language_errors(),
                "refused without a language error: {diagnostics:?}"
            );
            return;
        }
    };
    match format_source(&SourceFile::new(NAME, formatted.as_str())) {
        Ok(again) => assert!(
            again == formatted,
            "formatting twice changes more than once:\n--- once\n{formatted}\n--- twice\n{again}"
        ),
        Err(diagnostics) => panic!("the formatted text is refused: {diagnostics:?}\n{formatted}"),
    }
    let (before, before_diagnostics) = meaning(text);
    let (after, after_diagnostics) = meaning(&formatted);
    assert_eq!(
        before_diagnostics, after_diagnostics,
        "the diagnostics changed; formatted:\n{formatted}"
    );
    assert!(
        before == after,
        "the JSON changed:\n--- before\n{before:#}\n--- after\n{after:#}\n--- formatted\n{formatted}"
    );
}

/// What a text says apart from its layout.
fn meaning(text: &str) -> (Value, Vec<String>) {
    let compiled = compile(SourceFile::new(NAME, text), options());
    let diagnostics = compiled
        .diagnostics
        .iter()
        .map(|d| format!("{} {:?} {}", d.code, d.severity, one_space_in(&d.message.text(kvalitet::i18n::Lang::En))))
        .collect();
    let document = compiled
        .standard
        .as_ref()
        .map(|standard| kvalitet::emit::json::standard(standard, NAME, &compiled.diagnostics));
    let value = serde_json::to_value(document).unwrap_or(Value::Null);
    (one_space(value), diagnostics)
}
