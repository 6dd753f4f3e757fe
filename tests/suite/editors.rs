//! The editor support in `editors/vscode/` against the language: the TextMate grammar
//! lists every keyword of the schema and nothing else (`KVALITET_UPDATE_DOCS=1 cargo
//! test grammar` writes the list), and the extension's manifest registers `.kvs` with
//! that grammar and its language configuration.

use serde_json::Value;
use std::path::{Path, PathBuf};

fn vscode() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/vscode")
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Where a statement's keyword stands: at the start of a line or after `{` or `;`,
/// optionally after the mark `forslag:`.
const KEYWORD_BEFORE: &str = "(?:^|(?<=[{;]))[ \\t\\x{A0}]*(?:((?i:forslag:))[ \\t]+)?(";
/// A keyword ends where a word would.
const KEYWORD_AFTER: &str = ")(?![\\p{L}\\p{N}_-])";

/// The grammar's pattern for the keywords, from the schema: every keyword once, the
/// longest first.
fn keyword_pattern() -> String {
    let mut words = kvalitet::schema::all_words();
    words.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then(a.cmp(b)));
    format!("{KEYWORD_BEFORE}{}{KEYWORD_AFTER}", words.join("|"))
}

#[test]
fn the_grammar_lists_every_keyword_of_the_schema() {
    let path = vscode().join("syntaxes/kvalitet.tmLanguage.json");
    let grammar = json(&path);
    let written = grammar["repository"]["keyword"]["match"]
        .as_str()
        .expect("the keyword pattern")
        .to_owned();
    let generated = keyword_pattern();
    if written == generated {
        return;
    }
    if std::env::var_os("KVALITET_UPDATE_DOCS").is_some() {
        let text = std::fs::read_to_string(&path).expect("the grammar");
        let quote = |s: &str| serde_json::to_string(s).expect("a JSON string");
        let updated = text.replacen(&quote(&written), &quote(&generated), 1);
        assert_ne!(updated, text, "the keyword pattern was found in the file");
        std::fs::write(&path, updated).expect("write the grammar");
        return;
    }
    panic!(
        "the keywords of editors/vscode/syntaxes/kvalitet.tmLanguage.json are not the schema's; write them with\n\n    KVALITET_UPDATE_DOCS=1 cargo test grammar\n\nthen run the grammar tests in editors/vscode (npm test)\n"
    );
}

#[test]
fn the_extension_registers_kvs_with_its_grammar_and_configuration() {
    let manifest = json(&vscode().join("package.json"));
    let contributes = &manifest["contributes"];
    let language = &contributes["languages"][0];
    assert_eq!(language["id"], "kvalitet");
    assert_eq!(language["extensions"][0], ".kvs");
    let grammar = &contributes["grammars"][0];
    assert_eq!(grammar["language"], "kvalitet");
    let grammar_file = json(&vscode().join(grammar["path"].as_str().expect("a path")));
    assert_eq!(grammar["scopeName"], grammar_file["scopeName"]);
    let configuration = json(&vscode().join(language["configuration"].as_str().expect("a path")));
    assert_eq!(configuration["comments"]["lineComment"], "#");
    assert_eq!(
        contributes["configuration"]["properties"]["kvalitet.path"]["default"],
        "kvalitet"
    );
}
