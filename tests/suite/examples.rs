//! The committed examples in `docs/examples/` are what the current code produces: the
//! comparison of the five bundled seed standards (not the 2027 draft) and the Hjørring
//! 2024 → 2027 diff, at a fixed date. They are regenerated in memory and compared
//! byte for byte (the xlsx workbook too: the same comparison gives the same bytes); a
//! stale file fails the test with the command that fixes it.

use crate::compare::{compile_named, today};
use kvalitet::check::Options;
use kvalitet::emit::compare::{self, Format};
use kvalitet::emit::diff;
use kvalitet::registry::Registry;
use std::path::Path;

/// The five seed standards, as the command names them.
const SEEDS: [&str; 5] = [
    "standards/ballerup/2011.kvs",
    "standards/glostrup/2024.kvs",
    "standards/hjoerring/2024.kvs",
    "standards/ishoej/2024.kvs",
    "standards/vesthimmerland/standard.kvs",
];

/// The command that regenerates the examples; README.md shows the same lines.
const COMMAND: &str = r#"seeds="standards/ballerup/2011.kvs standards/glostrup/2024.kvs standards/hjoerring/2024.kvs standards/ishoej/2024.kvs standards/vesthimmerland/standard.kvs"
for format in html md csv json xlsx; do
  cargo run --release -- compare $seeds --today 2026-11-23 --format $format --out docs/examples/compare.$format --force
done
for format in md html; do
  cargo run --release -- diff standards/hjoerring/2024.kvs standards/hjoerring/2027.kvs --format $format --out docs/examples/diff.$format --force
done"#;

/// Every example file with the bytes the current code gives it.
fn regenerate() -> Vec<(&'static str, Vec<u8>)> {
    let report = compare::compare(&compile_named(&SEEDS), &Options::new(today()));
    let render = |format| {
        compare::render(&report, format)
            .expect("the comparison renders")
            .into_bytes()
    };
    let pair = compile_named(&[
        "standards/hjoerring/2024.kvs",
        "standards/hjoerring/2027.kvs",
    ]);
    let standard = |i: usize| pair[i].standard.as_ref().expect("a standard");
    let changes = diff::diff(
        (standard(0), "standards/hjoerring/2024.kvs"),
        (standard(1), "standards/hjoerring/2027.kvs"),
        Registry::builtin(),
    );
    let render_diff = |format| {
        diff::render(&changes, format)
            .expect("the diff renders")
            .into_bytes()
    };
    vec![
        ("compare.html", render(Format::Html)),
        ("compare.md", render(Format::Markdown)),
        ("compare.csv", render(Format::Csv)),
        ("compare.json", render(Format::Json)),
        (
            "compare.xlsx",
            compare::workbook(&report).expect("the workbook renders"),
        ),
        ("diff.md", render_diff(diff::Format::Markdown)),
        ("diff.html", render_diff(diff::Format::Html)),
    ]
}

#[test]
fn committed_examples_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let stale: Vec<&str> = regenerate()
        .into_iter()
        .filter(|(name, text)| std::fs::read(dir.join(name)).ok().as_ref() != Some(text))
        .map(|(name, _)| name)
        .collect();
    assert!(
        stale.is_empty(),
        "docs/examples is stale ({}); regenerate it from the crate's root with:\n\n{COMMAND}\n",
        stale.join(", ")
    );
}

#[test]
fn the_readme_shows_the_command() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    assert!(
        readme.contains(COMMAND),
        "README.md must show the command that regenerates docs/examples:\n\n{COMMAND}\n"
    );
}
