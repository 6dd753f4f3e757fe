//! White space as one space: how the formatter's tests and fuzz targets compare what a
//! text says before and after formatting (the lowering keeps some wordings as written,
//! and the formatter writes one space where there were several). The integration tests
//! include this file too (`tests/suite.rs`), so both hold the formatter to one meaning
//! of "the same".

use serde_json::Value;

/// Every string of a JSON value with each run of white space as one space.
pub fn one_space(value: Value) -> Value {
    match value {
        Value::String(text) => Value::String(one_space_in(&text)),
        Value::Array(items) => Value::Array(items.into_iter().map(one_space).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k, one_space(v))).collect())
        }
        other => other,
    }
}

/// A text with each run of white space (the grammar's too: U+FEFF) as one space.
pub fn one_space_in(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() || c == '\u{FEFF}' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    if space {
        out.push(' ');
    }
    out
}
