//! `kvalitet rules`: the text lists every rule on one line, and `docs/rules.md` is
//! exactly its Markdown output, so the published documentation cannot drift from the
//! rules' own. The same for the keywords: `docs/language.md`'s keyword reference is
//! the schema's Markdown.

use crate::schema::root;
use std::process::Command;

/// Runs `kvalitet rules` with more arguments and returns what it printed.
fn rules(args: &[&str]) -> String {
    let mut all = vec!["rules"];
    all.extend(args);
    cli(&all)
}

/// Runs `kvalitet` with `args`, expects success, and returns what it printed.
fn cli(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_kvalitet"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run kvalitet");
    assert_eq!(output.status.code(), Some(0), "kvalitet {args:?} failed");
    assert!(
        output.stderr.is_empty(),
        "kvalitet {args:?} wrote to stderr"
    );
    String::from_utf8(output.stdout).expect("stdout is UTF-8")
}

#[test]
fn text_lists_every_rule_with_its_severity() {
    let text = rules(&[]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), kvalitet::check::codes::ALL.len());
    for (line, rule) in lines.iter().zip(kvalitet::check::codes::ALL) {
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(
            words.get(..3),
            Some(&[rule.code, rule.name, rule.severity.as_str()][..]),
            "{line}"
        );
        assert!(line.ends_with(rule.summary), "{line}");
    }
    assert_eq!(rules(&["--format", "text"]), text);
}

#[test]
fn json_lists_rules_and_language_codes() {
    let text = rules(&["--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(json["schema_version"], "1.1");
    assert_eq!(json["rules"][0]["code"], "KS100");
    assert_eq!(json["language_codes"][0]["code"], "KS001");
}

#[test]
fn docs_rules_md_is_the_markdown_output() {
    let generated = rules(&["--format", "markdown"]);
    let path = root().join("docs/rules.md");
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    if written != generated {
        panic!(
            "docs/rules.md is stale (it first differs on line {}); regenerate it with\n\n    {}\n",
            first_difference(&written, &generated),
            kvalitet::emit::rules::MARKDOWN_COMMAND
        );
    }
}

/// The number of the first line where `written` and `generated` differ.
fn first_difference(written: &str, generated: &str) -> usize {
    let line = written
        .lines()
        .zip(generated.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| written.lines().count().min(generated.lines().count()));
    line + 1
}

/// The keyword reference in `docs/language.md` is the schema's: a keyword added to,
/// changed in or removed from `src/schema/table.rs` makes this fail until the page is
/// regenerated (`KVALITET_UPDATE_DOCS=1 cargo test keyword_reference`).
#[test]
fn docs_language_md_keyword_reference_is_the_schema() {
    const BEGIN: &str = "<!-- BEGIN keyword reference";
    const END: &str = "<!-- END keyword reference -->";
    let path = root().join("docs/language.md");
    let page = std::fs::read_to_string(&path).expect("docs/language.md");
    let (before, rest) = page.split_at(page.find(BEGIN).expect("the BEGIN marker"));
    let (marker, rest) = rest.split_once('\n').expect("a line end after the marker");
    let (written, after) = rest.split_at(rest.find(END).expect("the END marker"));
    let generated = format!("\n{}\n", kvalitet::schema::markdown());
    if written == generated {
        return;
    }
    if std::env::var_os("KVALITET_UPDATE_DOCS").is_some() {
        let updated = format!("{before}{marker}\n{generated}{after}");
        std::fs::write(&path, updated).expect("write docs/language.md");
        return;
    }
    panic!(
        "the keyword reference in docs/language.md is stale (it first differs on its line {}); regenerate it with\n\n    KVALITET_UPDATE_DOCS=1 cargo test keyword_reference\n",
        first_difference(written, &generated)
    );
}

/// `kvalitet keywords --format json` is the schema as JSON, and `kvalitet explain`
/// knows keywords as well as codes.
#[test]
fn keywords_are_listed_and_explained() {
    let text = cli(&["keywords", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(
        json["places"][0]["keywords"][0]["keyword"],
        "kvalitetsstandard"
    );
    let explained = cli(&["explain", "klagefrist"]);
    assert!(explained.contains("complaint route"), "{explained}");
    assert!(
        explained.contains("klagefrist 4 uger efter afgørelse"),
        "{explained}"
    );
    // The mark of a proposal is no keyword of a place, but is explained as one.
    for word in ["forslag", "forslag:", "Forslag:"] {
        let explained = cli(&["explain", word]);
        assert!(
            explained.contains("afgørelse forslag: 10 hverdage") && explained.contains("KS143"),
            "{explained}"
        );
    }
}
