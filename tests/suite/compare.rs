//! `kvalitet compare` and `kvalitet diff`: snapshots of the bundled standards, the
//! JSON against the published schemas, the scale of all 98 municipalities, missing
//! values, escaping, and the command line's `--out` and `--force`.

use jsonschema::Validator;
use kvalitet::check::Options;
use kvalitet::emit::compare::{self, Format};
use kvalitet::emit::diff;
use kvalitet::model::values::Date;
use kvalitet::registry::Registry;
use kvalitet::source::SourceFile;
use kvalitet::Compiled;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The date reports are computed for, so that ages and findings do not change.
pub fn today() -> Date {
    Date::ymd(2026, 11, 23)
}

/// The crate's root directory.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Compiles files of the crate under the names given (relative paths, as typed on a
/// command line run from the crate's root), judged at [`today`].
pub fn compile_named(paths: &[&str]) -> Vec<Compiled> {
    let sources = paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(root().join(path))
                .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
            SourceFile::new(*path, text)
        })
        .collect();
    kvalitet::compile_all(sources, &Options::new(today()))
}

/// Every bundled standard, by path relative to the crate.
fn bundled() -> Vec<String> {
    let mut out = Vec::new();
    for dir in std::fs::read_dir(root().join("standards"))
        .expect("standards/")
        .flatten()
    {
        for file in std::fs::read_dir(dir.path())
            .expect("a municipality")
            .flatten()
        {
            let path = file.path();
            if path.extension().is_some_and(|e| e == "kvs") {
                let relative = path.strip_prefix(root()).expect("under the crate");
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

fn compare_bundled() -> compare::Report {
    let paths = bundled();
    let names: Vec<&str> = paths.iter().map(String::as_str).collect();
    compare::compare(&compile_named(&names), &Options::new(today()))
}

fn hjoerring_diff() -> diff::DiffReport {
    let compiled = compile_named(&[
        "standards/hjoerring/2024.kvs",
        "standards/hjoerring/2027.kvs",
    ]);
    let standard = |i: usize| compiled[i].standard.as_ref().expect("a standard");
    diff::diff(
        (standard(0), "standards/hjoerring/2024.kvs"),
        (standard(1), "standards/hjoerring/2027.kvs"),
        Registry::builtin(),
    )
}

fn validator(name: &str) -> Validator {
    let path = root().join("docs/schema").join(name);
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    )
    .unwrap_or_else(|e| panic!("{name} is not JSON: {e}"));
    if let Err(error) = jsonschema::meta::validate(&schema) {
        panic!("{name} is not a valid JSON Schema: {error}");
    }
    jsonschema::draft202012::new(&schema).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn assert_valid(schema: &str, text: &str) {
    let document: Value = serde_json::from_str(text).expect("the output is JSON");
    let validator = validator(schema);
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{schema}:\n{}", errors.join("\n"));
}

#[test]
fn compare_markdown_of_the_bundled_standards() {
    let report = compare_bundled();
    let md = compare::render(&report, Format::Markdown).expect("Markdown");
    insta::assert_snapshot!(md);
}

#[test]
fn compare_json_of_the_bundled_standards() {
    let report = compare_bundled();
    let json = compare::render(&report, Format::Json).expect("JSON");
    assert_valid("compare.v1.json", &json);
    insta::assert_snapshot!(json);
}

#[test]
fn diff_markdown_of_hjoerring_2024_and_2027() {
    let md = diff::render(&hjoerring_diff(), diff::Format::Markdown).expect("Markdown");
    insta::assert_snapshot!(md);
}

#[test]
fn diff_json_of_hjoerring_2024_and_2027() {
    let json = diff::render(&hjoerring_diff(), diff::Format::Json).expect("JSON");
    assert_valid("diff.v1.json", &json);
    insta::assert_snapshot!(json);
}

#[test]
fn a_standard_against_itself_has_no_changes() {
    let compiled = compile_named(&["standards/glostrup/2024.kvs"]);
    let standard = compiled[0].standard.as_ref().expect("a standard");
    let report = diff::diff((standard, "a"), (standard, "b"), Registry::builtin());
    assert_eq!(report.changes.len(), 0, "{:#?}", report.changes);
    let md = diff::render(&report, diff::Format::Markdown).expect("Markdown");
    assert!(md.contains("Ingen ændringer."));
}

/// A standard with a deadline of `days` working days, or none.
fn synthetic(municipality: &str, year: i32, days: Option<u32>) -> String {
    let deadline = days
        .map(|d| format!("  frister {{\n    afgørelse {d} hverdage efter ansøgning\n  }}\n"))
        .unwrap_or_default();
    format!(
        "kvalitetsstandard \"Genoptræning\" {{\n  kommune {municipality}\n  år {year}\n  egenbetaling 0 kr\n{deadline}}}\n"
    )
}

/// 98 municipalities, given in an order of their own.
fn denmark() -> Vec<SourceFile> {
    let mut names: Vec<String> = (1..=94).map(|n| format!("Kommune{n:03}")).collect();
    names.extend(["Ærø", "Aabenraa", "Ølstykke", "Århus"].map(str::to_owned));
    names.reverse();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let days = (i % 3 != 0).then_some(5 + (i as u32 % 20));
            SourceFile::new(format!("dk/{i:03}.kvs"), synthetic(name, 2024, days))
        })
        .collect()
}

#[test]
fn all_98_municipalities_side_by_side_in_danish_order() {
    let compiled = kvalitet::compile_all(denmark(), &Options::new(today()));
    let report = compare::compare(&compiled, &Options::new(today()));
    assert_eq!(report.standards.len(), 98);
    let names: Vec<&str> = report
        .standards
        .iter()
        .filter_map(|s| s.municipality.as_deref())
        .collect();
    assert_eq!(names.first(), Some(&"Aabenraa"));
    assert_eq!(names[1], "Kommune001");
    assert_eq!(&names[95..], ["Ærø", "Ølstykke", "Århus"]);
    for dimension in &report.dimensions {
        assert_eq!(dimension.cells.len(), 98, "{}", dimension.key);
    }
    let decision = &report.deadlines[0];
    assert_eq!(decision.name, "afgørelse");
    assert_eq!(decision.entries.len() + decision.not_stated.len(), 98);

    // The order of the input does not matter.
    let mut reversed = denmark();
    reversed.reverse();
    let again = compare::compare(
        &kvalitet::compile_all(reversed, &Options::new(today())),
        &Options::new(today()),
    );
    let md = |r: &compare::Report| compare::render(r, Format::Markdown).expect("Markdown");
    assert_eq!(md(&report), md(&again));

    let html = compare::render(&report, Format::Html).expect("HTML");
    assert_eq!(html.matches("<tr>\n<th scope=\"row\">").count(), 98 * 3);
    assert_eq!(
        html.matches("<rect class=\"bar\"").count(),
        decision.entries.len()
    );
}

#[test]
fn missing_values_are_shown_as_missing_never_as_zero() {
    let compiled = kvalitet::compile_all(
        vec![SourceFile::new(
            "tom.kvs",
            "kvalitetsstandard \"Genoptræning\" {\n  kommune Tomby\n}\n",
        )],
        &Options::new(today()),
    );
    let report = compare::compare(&compiled, &Options::new(today()));
    for dimension in &report.dimensions {
        let cell = &dimension.cells[0];
        assert_eq!((cell.status, cell.values.len()), ("not_stated", 0));
    }
    assert!(report.standards[0].age.is_none());
    assert_eq!(report.complaints[0].status, "not_stated");

    let md = compare::render(&report, Format::Markdown).expect("Markdown");
    assert!(md.contains("| Tomby (uden år) | Genoptræning | ikke angivet | ikke angivet |"));
    let csv = compare::render(&report, Format::Csv).expect("CSV");
    for line in csv.lines().filter(|l| l.contains(",not_stated,")) {
        assert!(!line.contains(",0,"), "a missing value became zero: {line}");
    }
    let html = compare::render(&report, Format::Html).expect("HTML");
    assert!(html.contains("<span class=\"missing\">ikke angivet</span>"));
}

#[test]
fn html_escapes_everything_and_loads_nothing() {
    let text = "kvalitetsstandard \"<script>alert(1)</script>\" {\n  kommune \"<b>Ond</b> & co\"\n  egenbetaling \"<img src=x>\"\n}\n";
    let compiled = kvalitet::compile_all(
        vec![SourceFile::new("ond.kvs", text)],
        &Options::new(today()),
    );
    let report = compare::compare(&compiled, &Options::new(today()));
    let html = compare::render(&report, Format::Html).expect("HTML");
    assert!(!html.contains("<script"), "a script reached the page");
    assert!(!html.contains("<b>Ond"), "markup reached the page");
    assert!(!html.contains("<img"), "an image reached the page");
    assert!(html.contains("&lt;b&gt;Ond&lt;&#x2f;b&gt; &amp; co"));
    assert!(html.starts_with("<!doctype html>\n<html lang=\"da\">"));
    // No external resource: the only address is the SVG namespace.
    let addresses: Vec<&str> = html
        .match_indices("http")
        .filter_map(|(i, _)| html.get(i..i + 26))
        .collect();
    assert!(
        addresses
            .iter()
            .all(|a| a.starts_with("http://www.w3.org/2000/svg")),
        "{addresses:?}"
    );
    assert!(!html.contains("<link") && !html.contains(" src="));

    let md = compare::render(&report, Format::Markdown).expect("Markdown");
    assert!(!md.contains("<b>") && md.contains("&lt;b&gt;Ond&lt;/b&gt; & co"));
}

/// The tables of a Markdown document as a GitHub-flavoured parser reads them: each a
/// list of rows, each row a list of cells as plain text. Also the text outside tables.
fn markdown_tables(markdown: &str) -> (Vec<Vec<Vec<String>>>, String) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut tables = Vec::new();
    let mut outside = String::new();
    let mut table: Option<Vec<Vec<String>>> = None;
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match (&mut table, event) {
            (None, Event::Start(Tag::Table(_))) => table = Some(Vec::new()),
            (Some(_), Event::End(TagEnd::Table)) => tables.extend(table.take()),
            (Some(rows), Event::Start(Tag::TableHead | Tag::TableRow)) => rows.push(Vec::new()),
            (Some(rows), Event::Start(Tag::TableCell)) => {
                rows.last_mut().expect("a row").push(String::new());
            }
            (Some(rows), Event::Text(text) | Event::Code(text)) => {
                let row = rows.last_mut().expect("a row");
                row.last_mut().expect("a cell").push_str(&text);
            }
            (None, Event::Text(text) | Event::Code(text)) => outside.push_str(&text),
            (None, Event::SoftBreak | Event::HardBreak | Event::End(_)) => outside.push('\n'),
            _ => {}
        }
    }
    (tables, outside)
}

/// File names that Markdown would read as markup or as the edge of a table cell.
const AWKWARD_NAMES: [&str; 4] = ["a|b.kvs", r"c\d.kvs", r"e\|f.kvs", "`g`_h_*i*.kvs"];

#[test]
fn markdown_tables_keep_file_names_and_texts_whole() {
    let text = |municipality: &str| {
        format!("kvalitetsstandard \"Genoptræning\" {{\n  kommune \"{municipality}\"\n  år 2024\n  egenbetaling 0 kr \"a | b \\\\| c\"\n}}\n")
    };
    let sources = AWKWARD_NAMES
        .iter()
        .zip(["Ærø|Ø", r"Slash\\Kommune", "Tre", "Fire"])
        .map(|(name, municipality)| SourceFile::new(*name, text(municipality)))
        .collect();
    let compiled = kvalitet::compile_all(sources, &Options::new(today()));
    let report = compare::compare(&compiled, &Options::new(today()));
    let md = compare::render(&report, Format::Markdown).expect("Markdown");
    let (tables, _) = markdown_tables(&md);
    assert!(tables.len() > 3, "{md}");
    for table in &tables {
        let width = table[0].len();
        for row in table {
            assert_eq!(
                row.len(),
                width,
                "a row of {} cells under a header of {width}: {row:?}\n{md}",
                row.len()
            );
        }
    }
    // The first table lists every standard with its source, as written.
    let sources: Vec<&str> = tables[0]
        .iter()
        .skip(1)
        .map(|row| row[5].as_str())
        .collect();
    let mut expected = AWKWARD_NAMES.to_vec();
    expected.sort_unstable();
    let mut sources = sources.clone();
    sources.sort_unstable();
    assert_eq!(sources, expected, "{md}");
    let labels: Vec<&str> = tables[0]
        .iter()
        .skip(1)
        .map(|row| row[0].as_str())
        .collect();
    assert!(
        labels.contains(&"Ærø|Ø 2024") && labels.contains(&r"Slash\Kommune 2024"),
        "{labels:?}"
    );
    let notes: Vec<&str> = tables
        .iter()
        .flatten()
        .filter_map(|row| row.last().map(String::as_str))
        .filter(|cell| cell.starts_with("a | b"))
        .collect();
    assert_eq!(notes, [r"a | b \| c"; 4], "{md}");

    // The diff names its files as written too.
    let standard = |i: usize| compiled[i].standard.as_ref().expect("a standard");
    let changes = diff::diff(
        (standard(0), AWKWARD_NAMES[0]),
        (standard(2), AWKWARD_NAMES[2]),
        Registry::builtin(),
    );
    let md = diff::render(&changes, diff::Format::Markdown).expect("Markdown");
    let (tables, outside) = markdown_tables(&md);
    for name in [AWKWARD_NAMES[0], AWKWARD_NAMES[2]] {
        assert!(outside.contains(name), "{name} is not in\n{outside}");
    }
    for table in &tables {
        for row in table {
            assert_eq!(row.len(), table[0].len(), "{row:?}\n{md}");
        }
    }
}

/// A standard whose text cells would run as formulas in a spreadsheet, were they
/// written as they are: the municipality, an event, a note with a leading tab, an
/// indsats (where a value applies) and a fee's note; and the file's own name.
pub const FORMULAS: &str = "kvalitetsstandard \"Genoptræning\" {\n  kommune \"=HYPERLINK(\\\"http://x\\\",\\\"klik\\\")\"\n  år 2024\n  frister {\n    afgørelse 10 hverdage efter \"@SUM(1)\" \"\t=1+1\"\n  }\n  indsats \"-2+3\" {\n    egenbetaling 0 kr \"+1+1\"\n  }\n}\n";

/// The texts in [`FORMULAS`] that start a formula, as the standard writes them.
pub const FORMULA_TEXTS: [&str; 6] = [
    "=1+1.kvs",
    "=HYPERLINK(\"http://x\",\"klik\")",
    "@SUM(1)",
    "\t=1+1",
    "-2+3",
    "+1+1",
];

/// Whether the spreadsheet check must run. CI installs gnumeric (`.ci/run`) and sets
/// `CI=true`, so there a missing `ssconvert` fails the test loudly. On a developer's
/// machine without it, the test says so on standard error and checks the CSV text
/// only: the README promises that `cargo test` needs only the Rust toolchain, and a
/// test that skipped silently in CI would let the real check rot unnoticed.
pub fn ssconvert_required() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Runs gnumeric's `ssconvert` with `args` and checks that it succeeded; `None` (after a
/// note on standard error, saying what `what` could not do) if it is not installed and
/// CI does not require it.
#[allow(clippy::print_stderr)]
pub fn ssconvert(args: &[&std::ffi::OsStr], what: &str) -> Option<std::process::Output> {
    let converted = match Command::new("ssconvert").args(args).output() {
        Ok(output) => output,
        Err(e) if !ssconvert_required() => {
            eprintln!(
                "note: {what} did not run: ssconvert cannot be started ({e}); \
                 install Debian's gnumeric to run it (CI does)"
            );
            return None;
        }
        Err(e) => {
            panic!("CI=true, but ssconvert cannot be started ({e}); .ci/run installs gnumeric")
        }
    };
    assert!(
        converted.status.success(),
        "ssconvert failed: {}",
        String::from_utf8_lossy(&converted.stderr)
    );
    Some(converted)
}

#[test]
fn csv_cells_never_run_as_formulas_in_a_spreadsheet() {
    use calamine::{Data, Reader as _};
    let compiled = kvalitet::compile_all(
        vec![SourceFile::new("=1+1.kvs", FORMULAS)],
        &Options::new(today()),
    );
    let report = compare::compare(&compiled, &Options::new(today()));
    let csv = compare::render(&report, Format::Csv).expect("CSV");
    // Every dangerous text is quoted behind a `'`; the computed numbers stay numbers.
    for text in FORMULA_TEXTS {
        let quoted = format!("\"'{}\"", text.replace('"', "\"\""));
        assert!(csv.contains(&quoted), "{quoted} is not in\n{csv}");
    }
    assert!(csv.contains(",14,14,calendar_days,"), "{csv}");

    let dir = TempDir::new("formulas");
    let csv_path = dir.0.join("compare.csv");
    let xlsx_path = dir.0.join("compare.xlsx");
    std::fs::write(&csv_path, &csv).expect("write the CSV");
    // gnumeric's converter opens the CSV as its spreadsheet does, and saves it as xlsx.
    let args = [
        "--import-type=Gnumeric_stf:stf_csvtab".as_ref(),
        "--import-encoding=UTF-8".as_ref(),
        csv_path.as_os_str(),
        xlsx_path.as_os_str(),
    ];
    if ssconvert(&args, "the spreadsheet check").is_none() {
        return;
    }
    let mut workbook: calamine::Xlsx<_> =
        calamine::open_workbook(&xlsx_path).expect("an xlsx workbook");
    let sheet = workbook.sheet_names().first().cloned().expect("a sheet");
    let formulas = workbook.worksheet_formula(&sheet).expect("the formulas");
    let cells: Vec<String> = formulas
        .cells()
        .filter(|(_, _, formula)| !formula.is_empty())
        .map(|(row, column, formula)| format!("row {row}, column {column}: ={formula}"))
        .collect();
    assert!(
        cells.is_empty(),
        "cells became formulas:\n{}",
        cells.join("\n")
    );
    let range = workbook.worksheet_range(&sheet).expect("the cells");
    let texts: Vec<&str> = range
        .cells()
        .filter_map(|(_, _, cell)| match cell {
            Data::String(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    // The spreadsheet reads the `'` as "text", and shows the text as the standard writes
    // it.
    for text in FORMULA_TEXTS {
        assert!(
            texts.contains(&text),
            "{text:?} is not shown as written: {texts:?}"
        );
    }
    // A number kvalitet computed is a number in the spreadsheet.
    let header: Vec<String> = range
        .rows()
        .next()
        .expect("a header")
        .iter()
        .map(|cell| cell.to_string())
        .collect();
    let min = header
        .iter()
        .position(|h| h == "normalised_min")
        .expect("the column");
    let figures: Vec<&Data> = range
        .rows()
        .filter(|row| row.get(4) == Some(&Data::String("deadline".to_owned())))
        .filter_map(|row| row.get(min))
        .collect();
    assert_eq!(figures, [&Data::Float(14.0)]);
}

/// A directory of its own for one test, removed when the test ends.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> Self {
        let path =
            std::env::temp_dir().join(format!("kvalitet-compare-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the test directory");
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn kvalitet(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_kvalitet"))
        .env_remove("KVALITET_LANG")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("run kvalitet");
    (
        output.status.code().expect("an exit code"),
        String::from_utf8(output.stdout).expect("UTF-8"),
        String::from_utf8(output.stderr).expect("UTF-8"),
    )
}

#[test]
fn compare_writes_out_whole_and_never_over_a_file_without_force() {
    let dir = TempDir::new("out");
    let a = root().join("standards/hjoerring/2024.kvs");
    let b = root().join("standards/ishoej/2024.kvs");
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    let args = |extra: &[&'static str]| {
        let mut args = vec![
            "compare",
            &*a,
            &*b,
            "--today",
            "2026-11-23",
            "--format",
            "csv",
            "--out",
            "report.csv",
        ];
        args.extend(extra);
        args.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let run = |extra: &[&'static str]| {
        let args = args(extra);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        kvalitet(&dir.0, &args)
    };
    let (code, stdout, _) = run(&[]);
    assert_eq!((code, stdout.as_str()), (0, "wrote report.csv\n"));
    let written = std::fs::read_to_string(dir.0.join("report.csv")).expect("the report");
    assert!(written.starts_with("source,standard,municipality,year,dimension,"));

    std::fs::write(dir.0.join("report.csv"), "mine\n").expect("write");
    let (code, _, stderr) = run(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.0.join("report.csv")).expect("read"),
        "mine\n"
    );
    let (code, _, _) = run(&["--force"]);
    assert_eq!(code, 0);
    assert_eq!(
        std::fs::read_to_string(dir.0.join("report.csv")).expect("read"),
        written
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir.0)
        .expect("list")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers,
        ["report.csv"],
        "a temporary file was left behind"
    );
}

#[test]
fn diff_prints_json_to_standard_output() {
    let dir = TempDir::new("diff");
    let old = root().join("standards/hjoerring/2024.kvs");
    let new = root().join("standards/hjoerring/2027.kvs");
    let (code, stdout, stderr) = kvalitet(
        &dir.0,
        &[
            "diff",
            &old.to_string_lossy(),
            &new.to_string_lossy(),
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{stderr}");
    let json: Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(json["schema_version"], "1.0");
    // The draft for 2027 proposes a decision deadline the 2024 standard lacked: a new
    // deadline, shown as a proposal, which promises nothing yet.
    let decision = json["changes"]
        .as_array()
        .and_then(|changes| changes.iter().find(|c| c["subject"] == "Frist: afgørelse"))
        .expect("the decision deadline changes");
    assert_eq!(
        decision["new"],
        "10 hverdage efter ansøgning (forslag – ikke vedtaget)"
    );
    assert_eq!(decision["assessment"], "unclear");
}

/// The second edition's countable facts (age limit, form and place of delivery) are
/// compared, and an excerpt's missing values read "ikke i kilden", in every format.
#[test]
fn second_edition_facts_and_excerpts_are_compared() {
    let compiled = compile_named(&[
        "tests/fixtures/ok/second-edition-facts.kvs",
        "tests/fixtures/excerpt/uddrag.kvs",
    ]);
    let report = compare::compare(&compiled, &Options::new(today()));
    let json = compare::render(&report, Format::Json).expect("JSON");
    assert_valid("compare.v1.json", &json);
    let value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let dimension = |key: &str| {
        value["dimensions"]
            .as_array()
            .and_then(|d| d.iter().find(|d| d["key"] == key))
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(
        dimension("delivery_form")["cells"][0]["values"][0]["text"],
        "Individuelt"
    );
    assert_eq!(
        dimension("age_limit")["cells"][0]["values"][0]["text"],
        "65 år og derover"
    );
    assert_eq!(
        dimension("delivery_place")["cells"][1]["status"],
        "not_in_source"
    );
    let md = compare::render(&report, Format::Markdown).expect("Markdown");
    assert!(md.contains("Ikke i kilden: Hjørring 2024 (uddrag)"), "{md}");
    let html = compare::render(&report, Format::Html).expect("HTML");
    assert!(
        html.contains("ikke i kilden"),
        "the HTML says what is not in the source"
    );
    insta::assert_snapshot!(md);
}

/// A proposed value (`forslag:`) is shown as one in every format of `compare`, and is
/// never counted as the same as a decided one; `diff` shows it too, and reports a
/// value that goes from proposed to decided as a change (better, as a hedge removed),
/// also when its wording stays.
#[test]
fn proposals_are_shown_as_such_and_deciding_one_is_a_change() {
    let paths = [
        "tests/fixtures/ok/proposals.kvs",
        "tests/fixtures/proposals/decided.kvs",
    ];
    let compiled = compile_named(&paths);
    let report = compare::compare(&compiled, &Options::new(today()));
    let json = compare::render(&report, Format::Json).expect("JSON");
    assert_valid("compare.v1.json", &json);
    let value: Value = serde_json::from_str(&json).expect("JSON");
    let decision = value["deadlines"]
        .as_array()
        .and_then(|groups| groups.iter().find(|g| g["name"] == "afgørelse"))
        .expect("the decision deadline");
    assert_eq!(decision["entries"][0]["proposed"], true);
    assert!(decision["entries"][1].get("proposed").is_none());
    let fees = value["dimensions"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["key"] == "fees"))
        .expect("fees");
    assert_eq!(fees["cells"][0]["values"][0]["proposed"], true);
    assert!(fees["cells"][0]["values"][0]["note"]
        .as_str()
        .is_some_and(|n| n.contains("forslag – ikke vedtaget")));
    assert_eq!(value["complaints"][0]["routes"][1]["proposed"], true);
    for format in [Format::Markdown, Format::Csv, Format::Html] {
        let text = compare::render(&report, format).expect("the report renders");
        assert!(
            text.contains("forslag – ikke vedtaget"),
            "{format:?} shows proposals"
        );
    }

    let standard = |i: usize| compiled[i].standard.as_ref().expect("a standard");
    let report = diff::diff(
        (standard(0), paths[0]),
        (standard(1), paths[1]),
        Registry::builtin(),
    );
    let json = diff::render(&report, diff::Format::Json).expect("JSON");
    assert_valid("diff.v1.json", &json);
    let change = |subject: &str| {
        report
            .changes
            .iter()
            .find(|c| c.subject == subject)
            .unwrap_or_else(|| panic!("no change of {subject}: {:#?}", report.changes))
    };
    let opstart = change("Frist: opstart");
    assert_eq!(
        (opstart.old.as_deref(), opstart.new.as_deref()),
        (
            Some("2 uger efter afgørelse (forslag – ikke vedtaget)"),
            Some("2 uger efter afgørelse")
        )
    );
    assert_eq!(opstart.assessment, "better");
    assert_eq!(change("Frit valg af leverandør").assessment, "better");
    // Fewer sessions, but decided: the two point different ways.
    assert_eq!(change("Omfang: antal gange").assessment, "unclear");
    // A price decided binds the citizen too: no clear direction.
    assert_eq!(change("Egenbetaling: kost").assessment, "unclear");
    assert_eq!(change("Indsats").assessment, "better");
    let md = diff::render(&report, diff::Format::Markdown).expect("Markdown");
    insta::assert_snapshot!(md);
}
