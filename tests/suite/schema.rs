//! The JSON outputs against their published schemas (`docs/schema/*.v1.json`): every
//! standard JSON and every diagnostics JSON the fixtures produce must validate, and the
//! schemas must reject documents that break the contract.

use crate::fixtures::{compile_file, standard_json};
use jsonschema::Validator;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

/// The crate's root directory.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Reads a schema, checks it against its meta-schema, and builds a validator.
fn validator(name: &str) -> Validator {
    let path = root().join("docs/schema").join(name);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let schema: Value = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()));
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("{name} is not a valid JSON Schema: {error}");
    }
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Every error of a document, one per line with its place.
fn errors(validator: &Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|error| format!("{}: {error}", error.instance_path()))
        .collect()
}

fn assert_valid(validator: &Validator, document: &Value, what: &str) {
    let errors = errors(validator, document);
    assert!(
        errors.is_empty(),
        "{what} does not match its schema:\n{}\n\nthe document:\n{}",
        errors.join("\n"),
        serde_json::to_string_pretty(document).unwrap_or_default()
    );
}

/// The `.kvs` files under a directory of the crate, recursively and sorted.
pub fn files(dir: &str) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "kvs") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join(dir), &mut out);
    out.sort();
    out
}

#[test]
fn ok_fixtures_match_the_standard_schema() {
    let validator = validator("standard.v1.json");
    let files = files("tests/fixtures/ok");
    assert!(!files.is_empty());
    for path in files {
        let compiled = compile_file(&path);
        assert_valid(&validator, &standard_json(&compiled), &compiled.source.name);
    }
}

#[test]
fn standards_match_the_standard_schema() {
    let validator = validator("standard.v1.json");
    for path in files("standards") {
        let compiled = compile_file(&path);
        let document = standard_json(&compiled);
        // A file that holds no standard at all has no JSON; its diagnostics say why.
        if !document.is_null() {
            assert_valid(&validator, &document, &compiled.source.name);
        }
    }
}

#[test]
fn err_fixture_diagnostics_match_the_diagnostics_schema() {
    let validator = validator("diagnostics.v1.json");
    let files = files("tests/fixtures/err");
    assert!(!files.is_empty());
    for path in files {
        let compiled = compile_file(&path);
        let name = compiled.source.name.clone();
        let text = kvalitet::emit::diagnostics::json(&[compiled], kvalitet::i18n::Lang::En);
        let document: Value = serde_json::from_str(&text).expect("diagnostics JSON parses");
        assert_valid(&validator, &document, &name);
    }
}

/// A way to break a document, and what it breaks.
type Breakage = (&'static str, fn(&mut Value));

/// A small standard that uses a typed section, to break on purpose below.
fn sample() -> Value {
    let path = root().join("tests/fixtures/ok/deadlines-and-complaints.kvs");
    standard_json(&compile_file(&path))
}

/// The first `frister` section of a standard's JSON.
fn frister(document: &mut Value) -> &mut Value {
    document["sections"]
        .as_array_mut()
        .and_then(|sections| sections.iter_mut().find(|s| s["kind"] == "deadlines"))
        .expect("the sample has a frister section")
}

#[test]
fn the_standard_schema_rejects_what_breaks_the_contract() {
    let validator = validator("standard.v1.json");
    assert_valid(&validator, &sample(), "the sample");
    let broken: [Breakage; 9] = [
        ("an unknown top-level field", |d| {
            d["extra"] = json!(1);
        }),
        ("an unknown field in a deadline", |d| {
            frister(d)["deadlines"][0]["extra"] = json!(true);
        }),
        ("a title that is a number", |d| {
            d["title"] = json!(42);
        }),
        ("a missing field", |d| {
            d.as_object_mut().map(|o| o.remove("contacts"));
        }),
        ("an unknown unit", |d| {
            frister(d)["deadlines"][0]["duration"]["unit"] = json!("fortnights");
        }),
        ("a section whose kind does not match its keyword", |d| {
            frister(d)["keyword"] = json!("formål");
        }),
        ("a date whose precision does not match its value", |d| {
            d["date"] = json!({"value": "2024-05", "precision": "day"});
        }),
        (
            "a decided deadline that says `proposed: false` (it is absent)",
            |d| {
                frister(d)["deadlines"][0]["proposed"] = json!(false);
            },
        ),
        ("a proposed field that the object does not have", |d| {
            frister(d)["deadlines"][0]["proposed_fields"] = json!(["event"]);
        }),
    ];
    for (what, breaks) in broken {
        let mut document = sample();
        breaks(&mut document);
        assert!(
            !validator.is_valid(&document),
            "the schema accepts a document with {what}"
        );
    }
}

#[test]
fn the_diagnostics_schema_rejects_what_breaks_the_contract() {
    let validator = validator("diagnostics.v1.json");
    // A finding with a fix, so that the fix's part of the contract is tested too.
    let path = root().join("tests/fixtures/err/KS010-misspelled-malgrupe.kvs");
    let text = kvalitet::emit::diagnostics::json(&[compile_file(&path)], kvalitet::i18n::Lang::En);
    let sample: Value = serde_json::from_str(&text).expect("diagnostics JSON parses");
    assert_valid(&validator, &sample, "the sample");
    assert_eq!(sample["diagnostics"][0]["fix"]["applicability"], "safe");
    let broken: [Breakage; 6] = [
        ("a fix of unknown applicability", |d| {
            d["diagnostics"][0]["fix"]["applicability"] = json!("maybe");
        }),
        ("a fix without edits", |d| {
            d["diagnostics"][0]["fix"]["edits"] = json!([]);
        }),
        ("an edit without its byte offsets", |d| {
            let edit = &mut d["diagnostics"][0]["fix"]["edits"][0];
            edit.as_object_mut().map(|e| e.remove("start_offset"));
        }),
        ("an unknown field", |d| {
            d["diagnostics"][0]["extra"] = json!("x");
        }),
        ("a line that is a string", |d| {
            d["diagnostics"][0]["start"]["line"] = json!("4");
        }),
        ("an unknown severity", |d| {
            d["diagnostics"][0]["severity"] = json!("fatal");
        }),
    ];
    for (what, breaks) in broken {
        let mut document = sample.clone();
        breaks(&mut document);
        assert!(
            !validator.is_valid(&document),
            "the schema accepts a document with {what}"
        );
    }
}

#[test]
fn the_rules_json_matches_its_schema() {
    let validator = validator("rules.v1.json");
    for lang in kvalitet::i18n::Lang::ALL {
        let document: Value = serde_json::from_str(&kvalitet::emit::rules::json(lang))
            .expect("the rules JSON parses");
        assert_valid(
            &validator,
            &document,
            &format!("kvalitet --lang {lang} rules --format json"),
        );
    }
    let document: Value =
        serde_json::from_str(&kvalitet::emit::rules::json(kvalitet::i18n::Lang::En))
            .expect("the rules JSON parses");
    let mut broken = document.clone();
    broken["rules"][0]["severity"] = json!("note");
    assert!(
        !validator.is_valid(&broken),
        "the schema accepts a rule with an unknown severity"
    );
}
