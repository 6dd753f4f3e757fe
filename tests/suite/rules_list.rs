//! `kvalitet rules`: the text lists every rule on one line, and `docs/rules.md` is
//! exactly its Markdown output (`docs/rules.da.md` its Danish output), so the published
//! documentation cannot drift from the rules' own. `explain` and `rules` speak the
//! language `--lang` or `KVALITET_LANG` chooses. The same for the keywords: `docs/language.md`'s keyword reference is
//! the schema's Markdown.

use crate::schema::root;
use kvalitet::i18n::Lang;
use std::process::{Command, Output};

/// Runs `kvalitet rules` with more arguments and returns what it printed.
fn rules(args: &[&str]) -> String {
    let mut all = vec!["rules"];
    all.extend(args);
    cli(&all)
}

/// Runs `kvalitet` with `args` and `KVALITET_LANG` set to `lang` (unset for `None`).
fn run(args: &[&str], lang: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kvalitet"));
    command.args(args).current_dir(root());
    match lang {
        Some(lang) => command.env("KVALITET_LANG", lang),
        None => command.env_remove("KVALITET_LANG"),
    };
    command.output().expect("run kvalitet")
}

/// Runs `kvalitet` with `args`, expects success, and returns what it printed.
fn cli(args: &[&str]) -> String {
    let output = run(args, None);
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

/// `docs/rules.md` is the English Markdown and `docs/rules.da.md` the Danish; the
/// English links to the Danish at its head.
#[test]
fn docs_rules_md_is_the_markdown_output() {
    for lang in Lang::ALL {
        let (path, generated) = match lang {
            Lang::En => ("docs/rules.md", rules(&["--format", "markdown"])),
            Lang::Da => (
                "docs/rules.da.md",
                rules(&["--lang", "da", "--format", "markdown"]),
            ),
        };
        let written = std::fs::read_to_string(root().join(path)).unwrap_or_default();
        if written != generated {
            panic!(
                "{path} is stale (it first differs on line {}); regenerate both with\n\n    {}\n    {}\n",
                first_difference(&written, &generated),
                kvalitet::emit::rules::MARKDOWN_COMMAND,
                kvalitet::emit::rules::MARKDOWN_COMMAND_DA,
            );
        }
    }
    let english = rules(&["--format", "markdown"]);
    assert!(
        english
            .lines()
            .take(6)
            .any(|line| line.contains("(rules.da.md)")),
        "docs/rules.md links to the Danish at its head"
    );
}

/// `explain` prints a rule's documentation in Danish when `--lang da` (before or after
/// the command) or `KVALITET_LANG=da` chooses it, and in English otherwise.
#[test]
fn explain_speaks_the_chosen_language() {
    let rule = kvalitet::check::codes::MISSING_SAGSBEHANDLINGSFRIST;
    let english = cli(&["explain", "KS131"]);
    assert!(english.starts_with("KS131 (missing-sagsbehandlingsfrist), warning by default\n"));
    assert!(english.contains(rule.doc), "{english}");
    let danish = cli(&["explain", "KS131", "--lang", "da"]);
    assert!(
        danish.starts_with("KS131 (missing-sagsbehandlingsfrist), advarsel som standard\n"),
        "{danish}"
    );
    assert!(danish.contains(rule.summary_da), "{danish}");
    assert!(danish.contains(rule.doc_da), "{danish}");
    assert!(danish.contains("## Hvorfor det betyder noget"), "{danish}");
    assert_eq!(cli(&["--lang", "da", "explain", "ks131"]), danish);
    let by_env = run(&["explain", "KS131"], Some("da"));
    assert_eq!(by_env.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&by_env.stdout), danish);
    // The flag outranks the variable.
    let flag_first = run(&["explain", "KS131", "--lang", "en"], Some("da"));
    assert_eq!(String::from_utf8_lossy(&flag_first.stdout), english);
    // A language code, with its fix, in Danish.
    let code = cli(&["--lang", "da", "explain", "KS010"]);
    assert!(
        code.starts_with(
            "KS010 (unknown-keyword), rettelse: nogle gange, sikker eller usikker\n\nEt nøgleord er ikke en del af sproget.\n"
        ),
        "{code}"
    );
}

/// `rules --lang da` prints the Danish summaries and words, in every format.
#[test]
fn rules_speak_the_chosen_language() {
    let text = rules(&["--lang", "da"]);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), kvalitet::check::codes::ALL.len());
    for (line, rule) in lines.iter().zip(kvalitet::check::codes::ALL) {
        assert!(line.starts_with(rule.code), "{line}");
        assert!(line.ends_with(rule.summary_da), "{line}");
    }
    assert!(text.contains("rettelse: altid, usikker"), "{text}");
    let json: serde_json::Value =
        serde_json::from_str(&rules(&["--lang", "da", "--format", "json"])).expect("JSON");
    assert_eq!(json["schema_version"], "1.1");
    assert_eq!(json["rules"][0]["severity"], "error");
    assert_eq!(
        json["rules"][0]["summary"],
        kvalitet::check::codes::CONFLICTING_CONTACT_DATA.summary_da
    );
    let syntax_error = kvalitet::diag::codes::find("KS001").map(|c| c.explanation_da);
    assert_eq!(
        json["language_codes"][0]["explanation"].as_str(),
        syntax_error
    );
}

/// An unknown language is a usage error (exit 2) that names the language kvalitet speaks.
#[test]
fn an_unknown_language_is_a_usage_error() {
    for (args, env) in [
        (&["explain", "KS131", "--lang", "xx"][..], None),
        (&["rules", "--lang", "xx"][..], None),
        (&["explain", "KS131"][..], Some("xx")),
    ] {
        let output = run(args, env);
        assert_eq!(output.status.code(), Some(2), "{args:?} {env:?}");
        assert!(output.stdout.is_empty(), "{args:?} {env:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("xx") && stderr.contains("kvalitet speaks en and da"),
            "{stderr}"
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
