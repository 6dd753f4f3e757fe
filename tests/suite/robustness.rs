//! No input makes kvalitet panic or abort: damaged versions of the real standards go
//! through every stage and every renderer, and are fixed.
//!
//! The damage is deterministic (a fixed pseudo-random sequence), so a failure can be
//! reproduced: the assertion names the file and the kind of damage. A panic fails the
//! test; a stack overflow aborts the test binary, which fails the run too.

use crate::schema::{files, root};
use kvalitet::check::Options;
use kvalitet::diag::render::HumanStyle;
use kvalitet::emit::{compare, diagnostics, diff, github, html, json, sarif};
use kvalitet::i18n::Lang;
use kvalitet::model::values::Date;
use kvalitet::source::SourceFile;
use kvalitet::{compile, Compiled};
use std::path::Path;

/// Text that, put in the wrong place, breaks a standard in interesting ways.
const SHARDS: &[&str] = &[
    "{",
    "}",
    "\"",
    "\"\"\"",
    "#",
    "# kvalitet: tillad",
    "§",
    "\n",
    "\r\n",
    "-",
    ";",
    "@",
    "½",
    "\u{0}",
    "\u{feff}",
    "æøå",
    "kontakt x {",
    "frister {",
    "klage { afgørelse {",
    "indsats \"",
    "0",
    "99999999999999999999999",
    "op til",
    "efter",
    "stk.",
    "https://",
    "mailto:",
    "31.02.2024",
    "telefon +45",
];

/// A small linear congruential generator: the same damage on every run.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// The nearest character boundary at or before `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Damaged versions of a text: truncated, with a range cut out, with a shard put in.
pub fn mutants(text: &str, seed: u64, count: usize) -> Vec<(String, String)> {
    // `boundary` keeps every cut on a character boundary.
    let before = |at: usize| text.get(..at).unwrap_or_default();
    let after = |at: usize| text.get(at..).unwrap_or_default();
    let mut rng = Lcg(seed);
    let mut out = Vec::new();
    for i in 0..count {
        let at = boundary(text, rng.below(text.len() + 1));
        let (kind, mutant) = match i % 3 {
            0 => (format!("truncated at {at}"), before(at).to_owned()),
            1 => {
                let end = boundary(text, at + 1 + rng.below(300));
                (
                    format!("cut {at}..{end}"),
                    format!("{}{}", before(at), after(end)),
                )
            }
            _ => {
                let shard = SHARDS[rng.below(SHARDS.len())];
                (
                    format!("{shard:?} put in at {at}"),
                    format!("{}{}{}", before(at), shard, after(at)),
                )
            }
        };
        out.push((kind, mutant));
    }
    out
}

/// Runs every stage and every renderer on one text.
fn exercise(name: &str, text: &str, original: &Compiled, options: &Options) {
    let compiled = compile(SourceFile::new(name, text), options);
    let results = std::slice::from_ref(&compiled);
    for lang in Lang::ALL {
        let style = HumanStyle {
            color: false,
            width: 80,
            lang,
        };
        let _ = diagnostics::human_styled(results, style);
        let _ = diagnostics::json(results, lang);
        let _ = sarif::sarif(results, lang);
        let _ = github::github(results, lang);
    }
    if let Some(standard) = &compiled.standard {
        let _ = serde_json::to_string(&json::standard(standard, name, &compiled.diagnostics));
        let page = html::standard_page(
            standard,
            &compiled.source,
            &compiled.diagnostics,
            html::Options {
                stem: Path::new("damaged/standard"),
                preview: true,
                registry: &options.registry,
            },
        );
        assert!(page.is_ok(), "{name}: {page:?}");
        if let Some(before) = &original.standard {
            let report = diff::diff(
                (before, &original.source.name),
                (standard, &compiled.source.name),
                &options.registry,
            );
            for format in [
                diff::Format::Markdown,
                diff::Format::Html,
                diff::Format::Json,
            ] {
                assert!(diff::render(&report, format).is_ok(), "{name}");
            }
        }
    }
    // Fixing never panics, and a refused file is left as it was.
    let fixed = kvalitet::fix::apply(
        SourceFile::new(name, text),
        options,
        kvalitet::diag::Applicability::Unsafe,
    );
    if fixed.refused.is_some() {
        assert_eq!(fixed.text(), text, "{name}: a refused fix changed the file");
    }
    let pair = [
        compile(original.source.clone(), options),
        compile(SourceFile::new(name, text), options),
    ];
    let report = compare::compare(&pair, options);
    for format in [
        compare::Format::Html,
        compare::Format::Markdown,
        compare::Format::Csv,
        compare::Format::Json,
    ] {
        assert!(compare::render(&report, format).is_ok(), "{name}");
    }
}

#[test]
fn damaged_standards_never_panic() {
    let options = Options::new(Date::ymd(2026, 11, 23));
    let mut checked = 0;
    for (index, path) in files("standards").iter().enumerate() {
        let text = std::fs::read_to_string(path).expect("a bundled standard");
        let name = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        let original = compile(SourceFile::new(name.clone(), text.clone()), &options);
        for (kind, mutant) in mutants(&text, 17 + index as u64, 60) {
            exercise(&format!("{name} ({kind})"), &mutant, &original, &options);
            checked += 1;
        }
    }
    assert!(
        checked >= 300,
        "only {checked} damaged standards were checked"
    );
}

/// The shapes that hung or crashed the first edition, each at a size where they did:
/// every one is read in full, with the diagnostic it deserves, and renders.
#[test]
fn known_hangs_and_crashes_end_in_a_diagnostic() {
    let options = Options::new(Date::ymd(2026, 11, 23));
    let header = "kvalitetsstandard \"T\" {\n  kommune Glostrup\n";
    let cases: Vec<(&str, String, &[&str])> = vec![
        // 32 unclosed braces on one line took forever.
        (
            "braces",
            format!("{header}  omfang {}\n}}\n", "{".repeat(32)),
            &["KS004", "KS006", "KS008"],
        ),
        (
            "spaced braces",
            format!("{header}  omfang {}\n}}\n", "{ ".repeat(32)),
            &["KS004", "KS006", "KS008"],
        ),
        // A 70,000-character line with a finding at its end panicked in miette.
        (
            "long line",
            format!("{header}  egenbetaling 0 kr {}x\n}}\n", " ".repeat(70_000)),
            &["KS013"],
        ),
        // 30,000 dashes took 14 seconds.
        (
            "dashes",
            format!("{header}  egenbetaling 0 kr {}\n}}\n", "-".repeat(30_000)),
            &["KS013"],
        ),
    ];
    for (name, text, expected) in cases {
        let compiled = compile(SourceFile::new(name, text), &options);
        let mut codes: Vec<&str> = compiled.diagnostics.iter().map(|d| d.code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes, expected, "{name}");
        let rendered = diagnostics::human_styled(
            std::slice::from_ref(&compiled),
            HumanStyle {
                color: false,
                width: 80,
                lang: Lang::En,
            },
        );
        assert!(rendered.contains(expected[0]), "{name}: {rendered}");
    }
}

#[test]
fn deep_nesting_is_reported_not_a_crash() {
    let options = Options::new(Date::ymd(2026, 11, 23));
    for depth in [40, 2_000, 20_000] {
        let text = format!(
            "kvalitetsstandard \"T\" {{\n{}{}}}\n",
            "afsnit \"x\" {\n".repeat(depth),
            "}\n".repeat(depth)
        );
        let compiled = compile(SourceFile::new("deep.kvs", text), &options);
        let codes: Vec<&str> = compiled.diagnostics.iter().map(|d| d.code).collect();
        // One KS008 at the block that goes over the limit (beside the lowering's
        // KS011 for an `afsnit` inside an `afsnit`), and no "could not read" (KS001)
        // and no "no standard" (KS007), at any depth.
        assert_eq!(
            codes.iter().filter(|c| **c == "KS008").count(),
            1,
            "depth {depth}: {codes:?}"
        );
        assert!(
            codes.iter().all(|c| ["KS008", "KS011"].contains(c)),
            "depth {depth}: {codes:?}"
        );
        assert!(
            compiled.standard.is_some(),
            "depth {depth}: the standard was lost"
        );
        let _ = diagnostics::human_styled(
            std::slice::from_ref(&compiled),
            HumanStyle {
                color: false,
                width: 80,
                lang: Lang::En,
            },
        );
    }
}
