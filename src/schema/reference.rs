//! The keyword reference of `docs/language.md`, written from the schema.

use super::{Block, Repeat, PLACES};
use std::fmt::Write as _;

/// The keyword reference as Markdown: one table for each place.
pub fn markdown() -> String {
    let mut out = String::new();
    for place in PLACES {
        let _ = writeln!(out, "### {}\n", capitalise(place.title));
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
                    Block::Required(inner) => format!("required: {}", inner.spec().title),
                    Block::Optional(inner) => format!("optional: {}", inner.spec().title),
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
            let names: Vec<&str> = place.includes.iter().map(|p| p.spec().title).collect();
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

/// Every keyword on one line: where it stands, the keyword and what it says.
pub fn text() -> String {
    let mut out = String::new();
    for place in PLACES {
        for keyword in place.keywords {
            let _ = writeln!(
                out,
                "{:<20} {:<18} {}",
                place_name(place.place),
                keyword.word,
                keyword.doc
            );
        }
    }
    out
}

/// The schema as a JSON document, for editors and other tools.
pub fn json() -> String {
    let places: Vec<serde_json::Value> = PLACES
        .iter()
        .map(|place| {
            serde_json::json!({
                "place": place_name(place.place),
                "home": place.home,
                "doc": place.doc,
                "includes": place.includes.iter().map(|p| place_name(*p)).collect::<Vec<_>>(),
                "entries": place.entries,
                "keywords": place.keywords.iter().map(|k| serde_json::json!({
                    "keyword": k.word,
                    "value": k.value.describe(),
                    "repeatable": k.repeat == Repeat::Many,
                    "block": match k.block {
                        Block::None => serde_json::Value::Null,
                        Block::Required(p) => serde_json::json!({"place": place_name(p), "required": true}),
                        Block::Optional(p) => serde_json::json!({"place": place_name(p), "required": false}),
                    },
                    "doc": k.doc,
                    "example": k.example,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let document = serde_json::json!({
        "schema_version": "1.0",
        "places": places,
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}

/// What `kvalitet explain forslag` says: the mark of a proposal is no keyword of a
/// place, but a writer looks it up as one.
const PROPOSAL: &str = "`forslag:` before a statement's keyword, or right after it before its values

Marks the statement, with its values and its block, as a proposal: not yet decided. It fits every statement inside the standard: a section, an indsats, a contact, and every line inside them.

    frister {
      afgørelse forslag: 10 hverdage efter ansøgning
    }
    forslag: omfang {
      hyppighed 2 gange om ugen
    }

`check` reports each proposal (KS143): advice in a draft (`udkast`), an error once the standard is approved. `build --format html` builds a page with proposals only with --preview, where each is marked \"Forslag – ikke vedtaget\"; `compare` and `diff` show proposed values as such, and the JSON says `\"proposed\": true`. The standard itself and the lines of its header cannot be proposed (KS016). docs/language.md, \"Proposals\", says more.
";

/// What the keyword `word` is, wherever it may stand, for `kvalitet explain`.
pub fn explain(word: &str) -> Option<String> {
    if word.trim_end_matches(':').eq_ignore_ascii_case("forslag") {
        return Some(PROPOSAL.to_owned());
    }
    let mut out = String::new();
    for place in PLACES {
        for keyword in place.keywords.iter().filter(|k| k.word == word) {
            if !out.is_empty() {
                out.push('\n');
            }
            let repeat = match keyword.repeat {
                Repeat::Once => "once",
                Repeat::Many => "any number of times",
            };
            let _ = writeln!(out, "`{}` in {}\n", keyword.word, place.home);
            let _ = writeln!(out, "{}\n", keyword.doc);
            let _ = writeln!(
                out,
                "Takes {}; may stand {repeat}.",
                keyword.value.describe()
            );
            match keyword.block {
                Block::None => {}
                Block::Required(inner) | Block::Optional(inner) => {
                    let required = matches!(keyword.block, Block::Required(_));
                    let words: Vec<String> =
                        inner.words().iter().map(|w| format!("`{w}`")).collect();
                    let _ = writeln!(
                        out,
                        "{} a block: {}",
                        if required { "Opens" } else { "May open" },
                        inner.spec().doc
                    );
                    if !words.is_empty() {
                        let _ = writeln!(out, "Inside it: {}.", words.join(", "));
                    }
                    if let Some(entries) = inner.spec().entries {
                        let _ = writeln!(out, "Every other line inside it is {entries}.");
                    }
                }
            }
            let _ = writeln!(out, "\nExample:\n\n    {}", keyword.example);
        }
    }
    (!out.is_empty()).then_some(out)
}

/// A place's name in the JSON document and the text list.
fn place_name(place: super::Place) -> String {
    let name = format!("{place:?}");
    name.to_lowercase()
}
