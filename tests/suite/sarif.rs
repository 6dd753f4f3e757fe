//! The outputs for CI: every SARIF log that the fixtures and standards produce must
//! validate against the official SARIF 2.1.0 schema (`docs/schema/sarif-2.1.0.json`,
//! JSON Schema draft 4), its lines and columns must be 1-based and count characters, and
//! the SARIF log and GitHub annotations of one standard are snapshots.

use crate::fixtures::compile_file;
use crate::schema::{files, root};
use jsonschema::Validator;
use serde_json::{json, Value};
use std::process::{Command, Stdio};

/// The date the checks judge against, so that the snapshots do not age.
const TODAY: &str = "2026-11-23";

/// The standard whose outputs are snapshots.
const GLOSTRUP: &str = "standards/glostrup/2024.kvs";

/// Reads the SARIF schema, checks it against its meta-schema, and builds a validator that
/// also checks formats (`uri`).
fn validator() -> Validator {
    let path = root().join("docs/schema/sarif-2.1.0.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("the SARIF schema is not a valid JSON Schema: {error}");
    }
    jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("the SARIF schema: {e}"))
}

/// Checks a log against the schema, and that every result's `ruleIndex` points at the
/// descriptor of its `ruleId`.
fn assert_valid(validator: &Validator, log: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the SARIF of {what} does not match the schema:\n{}\n\nthe log:\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(log).unwrap_or_default()
    );
    let run = &log["runs"][0];
    for result in run["results"].as_array().expect("a list of results") {
        let index = result["ruleIndex"].as_u64().expect("a rule index");
        let index = usize::try_from(index).expect("a small index");
        assert_eq!(
            run["tool"]["driver"]["rules"][index]["id"], result["ruleId"],
            "{what}: ruleIndex {index} is not the rule of {}",
            result["ruleId"]
        );
    }
}

/// The SARIF log of compiled files, parsed.
fn sarif(compiled: &[kvalitet::Compiled]) -> Value {
    let text = kvalitet::emit::sarif::sarif(compiled, kvalitet::i18n::Lang::En);
    serde_json::from_str(&text).expect("the SARIF log parses")
}

/// Runs the binary in the crate's root and returns what it printed and its exit code.
fn kvalitet(args: &[&str], stdin: &str) -> (String, i32) {
    use std::io::Write as _;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kvalitet"))
        .env_remove("KVALITET_LANG")
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start kvalitet");
    let mut input = child.stdin.take().expect("a stdin pipe");
    // The binary may exit without reading; a broken pipe is no failure then.
    let _ = input.write_all(stdin.as_bytes());
    drop(input);
    let output = child.wait_with_output().expect("wait for kvalitet");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty(), "kvalitet wrote to stderr:\n{stderr}");
    let stdout = String::from_utf8(output.stdout).expect("stdout is UTF-8");
    (stdout, output.status.code().expect("an exit code"))
}

#[test]
fn err_fixtures_match_the_sarif_schema() {
    let validator = validator();
    let paths = files("tests/fixtures/err");
    assert!(!paths.is_empty());
    for path in paths {
        let compiled = compile_file(&path);
        let name = compiled.source.name.clone();
        let log = sarif(&[compiled]);
        assert!(
            !log["runs"][0]["results"]
                .as_array()
                .is_none_or(Vec::is_empty),
            "{name}: an error fixture has results"
        );
        assert_valid(&validator, &log, &name);
    }
}

#[test]
fn rule_fixtures_match_the_sarif_schema() {
    let validator = validator();
    let paths = files("tests/fixtures/rules");
    assert!(!paths.is_empty());
    for path in paths {
        let compiled = compile_file(&path);
        let name = compiled.source.name.clone();
        assert_valid(&validator, &sarif(&[compiled]), &name);
    }
}

#[test]
fn standards_match_the_sarif_schema_one_by_one_and_together() {
    let validator = validator();
    let compiled: Vec<_> = files("standards")
        .iter()
        .map(|path| compile_file(path))
        .collect();
    assert!(!compiled.is_empty());
    for file in &compiled {
        let one = kvalitet::Compiled {
            source: file.source.clone(),
            standard: None,
            diagnostics: file.diagnostics.clone(),
        };
        assert_valid(&validator, &sarif(&[one]), &file.source.name);
    }
    let log = sarif(&compiled);
    assert_valid(&validator, &log, "every standard");
    let results = log["runs"][0]["results"].as_array().map_or(0, Vec::len);
    let diagnostics: usize = compiled.iter().map(|c| c.diagnostics.len()).sum();
    assert_eq!(results, diagnostics, "one result per diagnostic");
}

/// `målgrupe` on line 3 from column 3: eight characters, nine bytes. The end column is
/// the one after the last character, counted in code points.
#[test]
fn positions_are_1_based_and_count_characters() {
    let path = root().join("tests/fixtures/err/KS010-misspelled-malgrupe.kvs");
    let log = sarif(&[compile_file(&path)]);
    let run = &log["runs"][0];
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let result = &run["results"][0];
    assert_eq!(result["ruleId"], "KS010");
    assert_eq!(result["level"], "error");
    assert_eq!(
        result["message"]["text"],
        "unknown keyword `målgrupe` in a kvalitetsstandard\nhelp: did you mean `målgruppe`?"
    );
    let location = &result["locations"][0];
    assert_eq!(
        location["physicalLocation"],
        json!({
            "artifactLocation": {"uri": "tests/fixtures/err/KS010-misspelled-malgrupe.kvs"},
            "region": {"startLine": 3, "startColumn": 3, "endLine": 3, "endColumn": 11}
        })
    );
    assert_eq!(location["message"]["text"], "not a keyword here");
    let rule = &run["tool"]["driver"]["rules"][0];
    assert_eq!(rule["id"], "KS010");
    assert_eq!(rule["name"], "unknown-keyword");
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
}

/// A diagnostic's secondary labels become related locations, each with its message.
#[test]
fn secondary_labels_are_related_locations() {
    let path = root().join("tests/fixtures/rules/KS100-conflicting-contact-data/fires.kvs");
    let log = sarif(&[compile_file(&path)]);
    let results = log["runs"][0]["results"].as_array().expect("results");
    let conflict = results
        .iter()
        .find(|r| r["ruleId"] == "KS100")
        .expect("a KS100 result");
    let related = conflict["relatedLocations"]
        .as_array()
        .expect("related locations");
    assert!(!related.is_empty());
    for (i, location) in related.iter().enumerate() {
        assert_eq!(location["id"], i + 1);
        assert!(location["message"]["text"].is_string(), "{location}");
        assert!(location["physicalLocation"]["region"]["startLine"].is_u64());
    }
}

/// A way to break a log, and what it breaks.
type Breakage = (&'static str, fn(&mut Value));

#[test]
fn the_sarif_schema_rejects_what_breaks_the_contract() {
    let validator = validator();
    let path = root().join("tests/fixtures/err/KS020-phone-seven-digits.kvs");
    let sample = sarif(&[compile_file(&path)]);
    assert_valid(&validator, &sample, "the sample");
    let broken: [Breakage; 4] = [
        ("a line 0", |log| {
            log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]
                ["startLine"] = json!(0);
        }),
        ("kvalitet's own severity word", |log| {
            log["runs"][0]["results"][0]["level"] = json!("advice");
        }),
        ("a result without a message", |log| {
            log["runs"][0]["results"][0]
                .as_object_mut()
                .map(|r| r.remove("message"));
        }),
        ("another SARIF version", |log| {
            log["version"] = json!("2.0.0");
        }),
    ];
    for (what, breaks) in broken {
        let mut log = sample.clone();
        breaks(&mut log);
        assert!(
            !validator.is_valid(&log),
            "the schema accepts a log with {what}"
        );
    }
}

/// The SARIF log of a real standard, as `kvalitet check --format sarif` prints it; the
/// version of kvalitet is filtered so that a release does not change the snapshot.
#[test]
fn sarif_of_a_standard() {
    let (stdout, code) = kvalitet(
        &["check", "--format", "sarif", "--today", TODAY, GLOSTRUP],
        "",
    );
    assert_eq!(code, 1, "the standard has errors");
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    assert_valid(&validator(), &log, GLOSTRUP);
    let version = |v: &str| format!("\"name\": \"kvalitet\",\n          \"version\": \"{v}\"");
    let ours = version(env!("CARGO_PKG_VERSION"));
    assert_eq!(stdout.matches(&ours).count(), 1, "the driver's version");
    insta::assert_snapshot!(stdout.replace(&ours, &version("[version]")));
}

/// The GitHub annotations of a real standard, as `kvalitet check --format github`
/// prints them.
#[test]
fn github_annotations_of_a_standard() {
    let (stdout, code) = kvalitet(
        &["check", "--format", "github", "--today", TODAY, GLOSTRUP],
        "",
    );
    assert_eq!(code, 1, "the standard has errors");
    let compiled = compile_file(&root().join(GLOSTRUP));
    assert_eq!(stdout.lines().count(), compiled.diagnostics.len());
    insta::assert_snapshot!(stdout);
}

/// Standard input is `stdin` in SARIF, and an annotation without a file on GitHub.
#[test]
fn standard_input_has_no_path() {
    let text =
        std::fs::read_to_string(root().join("tests/fixtures/err/KS020-phone-seven-digits.kvs"))
            .expect("read the fixture");
    let (stdout, code) = kvalitet(
        &["check", "--format", "sarif", "--today", TODAY, "-"],
        &text,
    );
    assert_eq!(code, 1);
    let log: Value = serde_json::from_str(&stdout).expect("SARIF is JSON");
    assert_valid(&validator(), &log, "standard input");
    assert_eq!(
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "stdin"
    );
    let (stdout, code) = kvalitet(
        &["check", "--format", "github", "--today", TODAY, "-"],
        &text,
    );
    assert_eq!(code, 1);
    assert!(stdout.starts_with("::error line=4,col=13,"), "{stdout}");
}

/// A clean file gives a log with no results, and no annotations.
#[test]
fn a_clean_file_has_no_results() {
    let path = files("tests/fixtures/ok")
        .into_iter()
        .next()
        .expect("an ok fixture");
    let compiled = compile_file(&path);
    assert!(compiled.diagnostics.is_empty());
    let log = sarif(&[compiled]);
    assert_valid(&validator(), &log, "an ok fixture");
    assert_eq!(log["runs"][0]["results"], json!([]));
    assert_eq!(log["runs"][0]["tool"]["driver"]["rules"], json!([]));
    let compiled = compile_file(&path);
    assert_eq!(
        kvalitet::emit::github::github(&[compiled], kvalitet::i18n::Lang::En),
        ""
    );
}

/// Applies one SARIF fix to a text, reading each replacement's deleted region by its
/// line and column (`by_bytes` false) or by its byte offset and length.
fn apply_sarif_fix(text: &str, fix: &Value, by_bytes: bool) -> String {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let offset = |line: &Value, column: &Value| {
        let line = usize::try_from(line.as_u64().expect("a line")).expect("small");
        let column = usize::try_from(column.as_u64().expect("a column")).expect("small");
        let start = line_starts[line - 1];
        let line = text.get(start..).expect("the line is in the text");
        start
            + line
                .char_indices()
                .nth(column - 1)
                .map_or(line.len(), |(i, _)| i)
    };
    let changes = fix["artifactChanges"].as_array().expect("changes");
    assert_eq!(changes.len(), 1, "a fix changes its own file");
    let mut out = String::new();
    let mut copied = 0;
    for replacement in changes[0]["replacements"].as_array().expect("replacements") {
        let region = &replacement["deletedRegion"];
        let (start, end) = if by_bytes {
            let start =
                usize::try_from(region["byteOffset"].as_u64().expect("bytes")).expect("small");
            let length =
                usize::try_from(region["byteLength"].as_u64().expect("bytes")).expect("small");
            (start, start + length)
        } else {
            (
                offset(&region["startLine"], &region["startColumn"]),
                offset(&region["endLine"], &region["endColumn"]),
            )
        };
        out.push_str(text.get(copied..start).expect("replacements in order"));
        out.push_str(
            replacement["insertedContent"]["text"]
                .as_str()
                .unwrap_or(""),
        );
        copied = end;
    }
    out.push_str(text.get(copied..).expect("the rest of the text"));
    out
}

/// Every fix of the fix fixtures, applied from its SARIF form by line and column and by
/// bytes, makes the same change as kvalitet's own fixing: a code-review tool that applies
/// it gets what `--unsafe-fixes` writes.
#[test]
fn sarif_fixes_make_the_changes_kvalitet_makes() {
    let validator = validator();
    let mut seen = 0;
    for path in files("tests/fixtures/fix") {
        let compiled = compile_file(&path);
        let log = sarif(&[kvalitet::Compiled {
            source: compiled.source.clone(),
            standard: None,
            diagnostics: compiled.diagnostics.clone(),
        }]);
        assert_valid(&validator, &log, &compiled.source.name);
        let results = log["runs"][0]["results"].as_array().expect("results");
        for (result, diagnostic) in results.iter().zip(&compiled.diagnostics) {
            let Some(fix) = result["fixes"].as_array().and_then(|f| f.first()) else {
                assert!(
                    diagnostic.fix.is_none(),
                    "{}: a fix is missing",
                    compiled.source.name
                );
                continue;
            };
            let text = &compiled.source.text;
            let expected = kvalitet::fix::apply_fixes(
                text,
                std::slice::from_ref(diagnostic),
                kvalitet::diag::Applicability::Unsafe,
            )
            .text;
            assert_ne!(&expected, text);
            for by_bytes in [false, true] {
                assert_eq!(
                    apply_sarif_fix(text, fix, by_bytes),
                    expected,
                    "{}: {}",
                    compiled.source.name,
                    diagnostic.code
                );
            }
            let applicability = diagnostic.fix.as_ref().map(|f| f.applicability.as_str());
            assert_eq!(fix["properties"]["applicability"].as_str(), applicability);
            seen += 1;
        }
    }
    assert!(seen >= 10, "only {seen} fixes were compared");
}

/// The rule descriptors speak the run's language: in Danish, each code's Danish summary,
/// its `## Hvad den finder` and its whole Danish documentation; the log still matches
/// the schema.
#[test]
fn rule_descriptors_speak_the_runs_language() {
    use kvalitet::emit::catalogue;
    use kvalitet::i18n::Lang;
    let compiled = compile_file(&root().join(GLOSTRUP));
    let text = kvalitet::emit::sarif::sarif(std::slice::from_ref(&compiled), Lang::Da);
    let log: Value = serde_json::from_str(&text).expect("SARIF is JSON");
    assert_valid(&validator(), &log, GLOSTRUP);
    let descriptors = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("the driver's rules");
    assert!(!descriptors.is_empty(), "the standard has findings");
    for descriptor in descriptors {
        let code = descriptor["id"].as_str().expect("an id");
        let entry = catalogue::find(code).expect("a known code");
        assert_eq!(descriptor["shortDescription"]["text"], entry.summary_da);
        assert_eq!(
            descriptor["fullDescription"]["text"],
            entry.what_it_finds(Lang::Da)
        );
        let help = descriptor["help"]["text"].as_str().expect("help");
        assert!(help.contains(entry.doc_da.trim()), "{code}: {help}");
        assert!(!help.contains("## What it finds"), "{code}: {help}");
    }
}
