//! `kvalitet draft`: next year's standard from this year's. The drafts of two bundled
//! standards are snapshotted whole with their to-do lists, and checked again to read
//! without language errors; the refusals (an existing file, a year not after the
//! standard's, language errors) write nothing.

use super::cli::Test;

/// The date the drafts are dated and judged against.
const TODAY: &str = "2026-11-30";

fn bundled(path: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    std::fs::read_to_string(root.join(path)).expect("a bundled standard")
}

/// Drafts the bundled standard at `path` with `args` and returns the draft written
/// to `out` and the to-do list. The draft must read without language errors.
fn draft(path: &str, args: &[&str], out: &str) -> (String, String) {
    let mut all = vec!["draft", path, "--today", TODAY];
    all.extend_from_slice(args);
    let test = Test::new().file(path, &bundled(path)).args(all);
    let output = test.run().code(0);
    let text = test.read(out);
    let check = test
        .args(["check", "--today", TODAY, "--format", "json", out])
        .run();
    let json = check.json();
    let language: Vec<&str> = json["diagnostics"]
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .filter_map(|d| d["code"].as_str())
        .filter(|code| code.get(2..).and_then(|n| n.parse::<u32>().ok()) < Some(100))
        .collect();
    assert!(
        language.is_empty(),
        "the draft has language errors: {language:?}"
    );
    (text, output.stdout)
}

#[test]
fn hjoerring_2027_drafts_2028() {
    let (text, to_do) = draft("hjoerring/2027.kvs", &[], "hjoerring/2028.kvs");
    insta::assert_snapshot!("hjoerring_2028_draft", text);
    insta::assert_snapshot!("hjoerring_2028_to_do", to_do);
}

#[test]
fn glostrup_2024_drafts_2028() {
    let (text, to_do) = draft(
        "glostrup/2024.kvs",
        &["--year", "2028"],
        "glostrup/2028.kvs",
    );
    insta::assert_snapshot!("glostrup_2028_draft", text);
    insta::assert_snapshot!("glostrup_2028_to_do", to_do);
}

#[test]
fn an_approved_standard_loses_its_approval_and_keeps_its_comments() {
    let source = "# Vedtaget i udvalget.\nkvalitetsstandard \"Genoptræning\" {\n  kommune Glostrup\n  år 2026\n  gyldig 1. januar 2026 til 31. december 2026\n  godkendt 2026-02-06 af \"Sundhedsudvalget\" # punkt 4\n  revideres årligt\n}\n";
    let test =
        Test::new()
            .file("standard.kvs", source)
            .args(["draft", "standard.kvs", "--today", TODAY]);
    let output = test.run().code(0);
    insta::assert_snapshot!(output.stdout);
    insta::assert_snapshot!(test.read("standard.2027.kvs"));
}

#[test]
fn an_existing_draft_is_not_replaced_without_force() {
    let source = "kvalitetsstandard \"T\" {\n  år 2026\n}\n";
    let test = Test::new()
        .file("2026.kvs", source)
        .file("2027.kvs", "# mine\n")
        .args(["draft", "2026.kvs", "--today", TODAY]);
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: `2027.kvs` exists; give another --out, or --force to replace it\n"
    );
    assert_eq!(test.read("2027.kvs"), "# mine\n");
    let test = test.args(["draft", "2026.kvs", "--today", TODAY, "--force"]);
    test.run().code(0);
    assert!(test.read("2027.kvs").contains("år 2027"));
}

#[test]
fn a_year_not_after_the_standards_is_refused() {
    let test = Test::new()
        .file("2026.kvs", "kvalitetsstandard \"T\" {\n  år 2026\n}\n")
        .args(["draft", "2026.kvs", "--year", "2026", "--out", "x.kvs"]);
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: 2026.kvs: --year 2026 is not after the standard's year 2026; a draft is for a later year\n"
    );
    assert!(!test.path("x.kvs").exists());
}

#[test]
fn a_standard_with_language_errors_is_not_drafted() {
    let test = Test::new()
        .file(
            "2026.kvs",
            "kvalitetsstandard \"T\" {\n  år 2026\n  målgrupe { }\n}\n",
        )
        .args(["draft", "2026.kvs", "--out", "x.kvs"]);
    let output = test.run().code(2);
    assert!(
        output.stderr.contains("language errors"),
        "{}",
        output.stderr
    );
    assert!(!test.path("x.kvs").exists());
}

#[test]
fn standard_input_drafts_to_standard_output() {
    let output = Test::new()
        .args(["draft", "-", "--today", TODAY])
        .stdin("kvalitetsstandard \"T\" {\n  år 2026\n}\n")
        .run()
        .code(0);
    assert_eq!(
        output.stdout,
        "kvalitetsstandard \"T\" {\n  år 2027\n  udkast\n  dato 2026-11-30\n}\n"
    );
    assert!(
        output
            .stderr
            .starts_with("wrote the draft: the draft for 2027"),
        "{}",
        output.stderr
    );
}
