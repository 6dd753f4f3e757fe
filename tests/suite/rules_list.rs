//! `kvalitet rules`: the text lists every rule on one line, and `docs/rules.md` is
//! exactly its Markdown output, so the published documentation cannot drift from the
//! rules' own.

use crate::schema::root;
use std::process::Command;

/// Runs `kvalitet rules` with more arguments and returns what it printed.
fn rules(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_kvalitet"))
        .arg("rules")
        .args(args)
        .current_dir(root())
        .output()
        .expect("run kvalitet");
    assert_eq!(output.status.code(), Some(0), "kvalitet rules failed");
    assert!(output.stderr.is_empty(), "kvalitet rules wrote to stderr");
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
    assert_eq!(json["schema_version"], "1.0");
    assert_eq!(json["rules"][0]["code"], "KS100");
    assert_eq!(json["language_codes"][0]["code"], "KS001");
}

#[test]
fn docs_rules_md_is_the_markdown_output() {
    let generated = rules(&["--format", "markdown"]);
    let path = root().join("docs/rules.md");
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    if written != generated {
        let line = written
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| written.lines().count().min(generated.lines().count()));
        panic!(
            "docs/rules.md is stale (it first differs on line {}); regenerate it with\n\n    {}\n",
            line + 1,
            kvalitet::emit::rules::MARKDOWN_COMMAND
        );
    }
}
