//! The checker's rules, one fixture directory each:
//! `tests/fixtures/rules/KSxxx-rule-name/fires.kvs` must report the rule's code and
//! `silent.kvs` must not. Neither may have a language error, so that the rules run.
//! The rule's own findings on `fires.kvs` are snapshotted as a person sees them; other
//! rules' findings on the same file are left out, so a change to one rule changes only
//! its own snapshot.

use crate::fixtures::{compile_file, render};
use kvalitet::check::{codes, Rule};
use kvalitet::diag::codes as language;
use kvalitet::Compiled;
use std::path::Path;

/// The rule a fixture's directory is named after, `KS110-outdated-body`.
fn rule_of(path: &Path) -> Option<&'static Rule> {
    let dir = path.parent()?.file_name()?.to_str()?;
    let (code, name) = dir.split_once('-')?;
    codes::find(code).filter(|rule| rule.name == name)
}

/// Compiles a fixture and keeps only the findings of one rule.
fn findings_of(path: &Path, rule: &Rule) -> (Compiled, Vec<&'static str>) {
    let mut compiled = compile_file(path);
    let language_errors: Vec<&'static str> = compiled
        .diagnostics
        .iter()
        .map(|d| d.code)
        .filter(|code| language::find(code).is_some())
        .collect();
    compiled.diagnostics.retain(|d| d.code == rule.code);
    (compiled, language_errors)
}

#[test]
fn fires() {
    insta::glob!("../fixtures/rules", "*/fires.kvs", |path| {
        let rule = rule_of(path);
        assert!(
            rule.is_some(),
            "{}: the directory names no rule",
            path.display()
        );
        let Some(rule) = rule else { return };
        let (compiled, language_errors) = findings_of(path, rule);
        assert!(
            language_errors.is_empty(),
            "{} has language errors {language_errors:?}, so the rules do not run",
            compiled.source.name
        );
        assert!(
            !compiled.diagnostics.is_empty(),
            "{} must report {} ({})",
            compiled.source.name,
            rule.code,
            rule.name
        );
        for d in &compiled.diagnostics {
            let message = d.message.en();
            let first = message.chars().next().unwrap_or(' ');
            assert!(
                !first.is_uppercase() && !message.ends_with('.'),
                "{}: messages are lowercase without a final period: {:?}",
                compiled.source.name,
                d.message
            );
        }
        insta::assert_snapshot!(render(compiled, 80));
    });
}

#[test]
fn silent() {
    insta::glob!("../fixtures/rules", "*/silent.kvs", |path| {
        let rule = rule_of(path);
        assert!(
            rule.is_some(),
            "{}: the directory names no rule",
            path.display()
        );
        let Some(rule) = rule else { return };
        let (compiled, language_errors) = findings_of(path, rule);
        assert!(
            language_errors.is_empty(),
            "{} has language errors {language_errors:?}, so the rules do not run",
            compiled.source.name
        );
        let name = compiled.source.name.clone();
        assert!(
            compiled.diagnostics.is_empty(),
            "{name} must not report {} ({}), but:\n{}",
            rule.code,
            rule.name,
            render(compiled, 100)
        );
    });
}

/// Every rule in the table has a fixture directory with both files, and every fixture
/// directory belongs to a rule.
#[test]
fn every_rule_has_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    for rule in codes::ALL {
        let fixture = dir.join(format!("{}-{}", rule.code, rule.name));
        for file in ["fires.kvs", "silent.kvs"] {
            assert!(
                fixture.join(file).is_file(),
                "{} ({}) has no {}",
                rule.code,
                rule.name,
                fixture.join(file).display()
            );
        }
    }
    let entries = std::fs::read_dir(&dir).expect("tests/fixtures/rules exists");
    for entry in entries {
        let path = entry.expect("a directory entry").path().join("fires.kvs");
        assert!(
            rule_of(&path).is_some(),
            "{} is not named `KSxxx-rule-name` after a rule",
            path.display()
        );
    }
}

/// `compile` and `compare` read the registry the options carry: a body that only
/// another registry knows resolves, is judged by the rules, and is shown as ended.
#[test]
fn another_registry_is_used_by_the_checker_and_compare() {
    use kvalitet::check::Options;
    use kvalitet::emit::compare;
    use kvalitet::model::values::Date;
    use kvalitet::registry::Registry;
    use kvalitet::source::SourceFile;
    use std::sync::Arc;

    let builtin = Registry::builtin();
    let mut nævn = builtin
        .body_by_id("det-sociale-nævn")
        .expect("the builtin registry knows Det Sociale Nævn")
        .clone();
    nævn.id = "træningsnævnet".into();
    nævn.name = "Træningsnævnet".into();
    nævn.aliases = Vec::new();
    nævn.until.value = Some("2020-01-01".into());
    let mut bodies = builtin.bodies.clone();
    bodies.push(nævn);
    let own = Arc::new(Registry::new(
        bodies,
        builtin.laws.clone(),
        builtin.municipalities.clone(),
        builtin.not_municipalities.clone(),
    ));

    let text = "kvalitetsstandard \"Træning\" {\n  år 2024\n  klage {\n    afgørelse {\n      til træningsnævnet\n      klagefrist 4 uger efter afgørelse\n    }\n  }\n}\n";
    let today = Options::new(Date::ymd(2026, 11, 23));
    let compile =
        |options: &Options| kvalitet::compile(SourceFile::new("træning.kvs", text), options);
    let codes = |compiled: &kvalitet::Compiled| -> Vec<&str> {
        compiled.diagnostics.iter().map(|d| d.code).collect()
    };
    let with_builtin = compile(&today);
    assert!(
        codes(&with_builtin).contains(&"KS040") && !codes(&with_builtin).contains(&"KS110"),
        "{:?}",
        codes(&with_builtin)
    );
    let options = today.with_registry(own);
    let with_own = compile(&options);
    assert!(
        !codes(&with_own).contains(&"KS040") && codes(&with_own).contains(&"KS110"),
        "{:?}",
        codes(&with_own)
    );
    let report = compare::compare(&[with_own], &options);
    let cell = &report.complaints[0];
    assert_eq!((cell.status, cell.outdated.len()), ("outdated", 1));
    assert_eq!(cell.outdated[0].successor.as_deref(), Some("Ankestyrelsen"));
}

/// In a file marked `uddrag` (a part of its source), the rules that report a missing
/// section give advice that says the part may be in what was not transcribed; the same
/// file without `uddrag` gets them at their own severity.
#[test]
fn an_excerpt_turns_missing_sections_into_advice() {
    use kvalitet::diag::Severity;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/excerpt/uddrag.kvs");
    let excerpt = compile_file(&path);
    let text = std::fs::read_to_string(&path).expect("the fixture");
    let whole = kvalitet::compile(
        kvalitet::source::SourceFile::new("whole.kvs", text.replace("  uddrag\n", "")),
        &crate::fixtures::options(),
    );
    let missing = [
        codes::MISSING_COMPLAINT_SECTION.code,
        codes::MISSING_SAGSBEHANDLINGSFRIST.code,
        codes::MISSING_EGENBETALING.code,
        codes::MISSING_APPROVAL_DATE.code,
    ];
    for code in missing {
        let severity = |c: &Compiled| {
            c.diagnostics
                .iter()
                .find(|d| d.code == code)
                .map(|d| (d.severity, d.message.en().contains("excerpt")))
        };
        assert_eq!(severity(&excerpt), Some((Severity::Advice, true)), "{code}");
        assert_eq!(severity(&whole), Some((Severity::Warning, false)), "{code}");
    }
    insta::assert_snapshot!(render(excerpt, 80));
}

/// A proposal (`forslag:`) is advice in a draft and in a standard that states no
/// approval, and an error in one that carries its approval: the same fixture, with its
/// `godkendt` line, with `udkast` added, and without the approval.
#[test]
fn a_proposal_is_advice_until_the_standard_is_approved() {
    use kvalitet::diag::Severity;
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/rules/KS143-undecided-proposal/fires.kvs");
    let approved = std::fs::read_to_string(&path).expect("the fixture");
    let approval = "  godkendt 2026-02-06 af \"Sundhedsudvalget\"\n";
    assert!(approved.contains(approval), "the fixture is approved");
    let draft = approved.replace(approval, &format!("{approval}  udkast\n"));
    let unapproved = approved.replace(approval, "");
    let severities = |text: &str| -> Vec<Severity> {
        let compiled = kvalitet::compile(
            kvalitet::source::SourceFile::new("forslag.kvs", text.to_owned()),
            &crate::fixtures::options(),
        );
        compiled
            .diagnostics
            .iter()
            .filter(|d| d.code == codes::UNDECIDED_PROPOSAL.code)
            .map(|d| d.severity)
            .collect()
    };
    assert_eq!(severities(&approved), [Severity::Error; 3]);
    assert_eq!(severities(&draft), [Severity::Advice; 3]);
    assert_eq!(severities(&unapproved), [Severity::Advice; 3]);
}
