//! The keyword reference of `docs/language.md`, written from the schema.

use super::{Block, Repeat, PLACES};
use std::fmt::Write as _;

/// The keyword reference as Markdown: one table for each place.
pub fn markdown() -> String {
    let mut out = String::new();
    for place in PLACES {
        let _ = writeln!(out, "### {}\n", capitalise(place.home));
        let _ = writeln!(out, "{}\n", place.doc);
        if !place.keywords.is_empty() {
            out.push_str("| keyword | value | how often | block | what it says | example |\n");
            out.push_str("|---|---|---|---|---|---|\n");
            for keyword in place.keywords {
                let repeat = match keyword.repeat {
                    Repeat::Once => "once",
                    Repeat::Many => "repeatable",
                };
                let block = match keyword.block {
                    Block::None => "–".to_owned(),
                    Block::Required(inner) => format!("required: {}", inner.spec().home),
                    Block::Optional(inner) => format!("optional: {}", inner.spec().home),
                };
                let _ = writeln!(
                    out,
                    "| `{}` | {} | {repeat} | {} | {} | {} |",
                    keyword.word,
                    cell(keyword.value.describe()),
                    cell(&block),
                    cell(keyword.doc),
                    code(keyword.example),
                );
            }
            out.push('\n');
        }
        if let Some(entries) = place.entries {
            let _ = writeln!(out, "Every other line is {entries}.\n");
        }
        if !place.includes.is_empty() {
            let names: Vec<&str> = place.includes.iter().map(|p| p.spec().home).collect();
            let _ = writeln!(
                out,
                "The keywords of {} may stand here too.\n",
                names.join(" and ")
            );
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Text in a table cell: `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// An example in a table cell, as code.
fn code(text: &str) -> String {
    if text.contains('`') {
        format!("`` {} ``", cell(text))
    } else {
        format!("`{}`", cell(text))
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
