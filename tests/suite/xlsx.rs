//! `kvalitet compare --format xlsx` and `--format csv --excel`: the workbook of the five
//! seed standards is read back with calamine (sheets, headers, cell types and values),
//! opened a second time by an independent reader (gnumeric's `ssconvert`), and checked
//! to hold no formula; the Excel CSV is checked for its dialect.

use crate::compare::{
    compile_named, kvalitet, root, ssconvert, today, TempDir, FORMULAS, FORMULA_TEXTS,
};
use calamine::{Data, Range, Reader as _, Xlsx};
use kvalitet::check::Options;
use kvalitet::emit::compare::{self, Format};
use kvalitet::source::SourceFile;
use std::io::Cursor;

/// The five seed standards of `docs/examples/`.
const SEEDS: [&str; 5] = [
    "standards/ballerup/2011.kvs",
    "standards/glostrup/2024.kvs",
    "standards/hjoerring/2024.kvs",
    "standards/ishoej/2024.kvs",
    "standards/vesthimmerland/standard.kvs",
];

/// The sheets of the workbook, in order.
const SHEETS: [&str; 7] = [
    "Overblik",
    "Frister",
    "Omfang",
    "Priser",
    "Andre forhold",
    "Klageveje",
    "Om tallene",
];

fn workbook_of(paths: &[&str]) -> Vec<u8> {
    let report = compare::compare(&compile_named(paths), &Options::new(today()));
    compare::workbook(&report).expect("the workbook renders")
}

fn open(bytes: Vec<u8>) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes)).expect("an xlsx workbook")
}

/// A sheet's cells, and the column of each header.
struct Sheet {
    range: Range<Data>,
    headers: Vec<String>,
}

impl Sheet {
    fn read(workbook: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Sheet {
        let range = workbook.worksheet_range(name).expect("the sheet");
        let headers = range
            .rows()
            .next()
            .expect("a header")
            .iter()
            .map(|cell| cell.to_string())
            .collect();
        Sheet { range, headers }
    }

    fn column(&self, header: &str) -> usize {
        self.headers
            .iter()
            .position(|h| h == header)
            .unwrap_or_else(|| panic!("no column {header:?} in {:?}", self.headers))
    }

    /// The rows (without the header) whose first cell is `standard`.
    fn rows_of<'a>(&'a self, standard: &'a str) -> impl Iterator<Item = &'a [Data]> + 'a {
        self.range
            .rows()
            .skip(1)
            .filter(move |row| row.first().is_some_and(|c| *c == standard))
    }

    /// The cell of a standard's first row in a column.
    fn cell<'a>(&'a self, standard: &'a str, header: &str) -> &'a Data {
        let column = self.column(header);
        self.rows_of(standard)
            .next()
            .and_then(|row| row.get(column))
            .unwrap_or_else(|| panic!("no row for {standard}"))
    }
}

fn ymd(cell: &Data) -> (u16, u8, u8) {
    match cell {
        Data::DateTime(date) => {
            assert!(date.is_datetime(), "{cell:?} is a duration");
            let (y, m, d, ..) = date.to_ymd_hms_milli();
            (y, m, d)
        }
        other => panic!("{other:?} is not a date cell"),
    }
}

fn number(cell: &Data) -> f64 {
    match cell {
        Data::Float(n) => *n,
        Data::Int(n) => *n as f64,
        other => panic!("{other:?} is not a number cell"),
    }
}

fn text(cell: &Data) -> &str {
    match cell {
        Data::String(text) => text,
        other => panic!("{other:?} is not a text cell"),
    }
}

#[test]
fn the_workbook_has_its_sheets_and_headers() {
    let mut workbook = open(workbook_of(&SEEDS));
    assert_eq!(workbook.sheet_names(), SHEETS);
    let overview = Sheet::read(&mut workbook, "Overblik");
    assert_eq!(
        overview.headers,
        [
            "Standard",
            "Kommune",
            "År",
            "Udkast",
            "Dato",
            "Dato i ord",
            "Alder (dage)",
            "Alder",
            "Frist for afgørelse",
            "Egenbetaling",
            "Klageadgang",
            "Klageadgang i ord",
            "Fejl",
            "Advarsler",
            "Råd",
            "Regler kørt",
            "Fil",
        ]
    );
    // One row per standard, in the comparison's order.
    let labels: Vec<String> = overview
        .range
        .rows()
        .skip(1)
        .map(|row| row.first().expect("a label").to_string())
        .collect();
    assert_eq!(
        labels,
        [
            "Ballerup 2011",
            "Glostrup 2024",
            "Hjørring 2024",
            "Ishøj 2024",
            "Vesthimmerland (uden år)",
        ]
    );
    let deadlines = Sheet::read(&mut workbook, "Frister");
    for header in [
        "Som skrevet",
        "Fra (tal)",
        "Til (tal)",
        "Enhed",
        "Tvetydig enhed",
        "Omregning",
        "Forbehold",
        "Forslag",
    ] {
        deadlines.column(header);
    }
}

#[test]
fn dates_are_dates_ages_are_numbers_and_a_missing_value_is_text() {
    let mut workbook = open(workbook_of(&SEEDS));
    let overview = Sheet::read(&mut workbook, "Overblik");
    // A full date is a date cell; a month alone stays text as written.
    assert_eq!(
        ymd(overview.cell("Hjørring 2024", "Dato")),
        (2024, 2, 6),
        "Hjørring is approved 6 February 2024"
    );
    assert_eq!(text(overview.cell("Ballerup 2011", "Dato")), "2011-05");
    assert_eq!(
        number(overview.cell("Ballerup 2011", "Alder (dage)")),
        5685.0
    );
    assert_eq!(number(overview.cell("Glostrup 2024", "År")), 2024.0);
    assert_eq!(
        text(overview.cell("Vesthimmerland (uden år)", "År")),
        "ikke angivet"
    );
    assert_eq!(number(overview.cell("Glostrup 2024", "Fejl")), 3.0);

    let deadlines = Sheet::read(&mut workbook, "Frister");
    // The wording as written, the figure as a number with its unit.
    assert_eq!(
        text(deadlines.cell("Glostrup 2024", "Som skrevet")),
        "10 hverdage"
    );
    assert_eq!(number(deadlines.cell("Glostrup 2024", "Til (tal)")), 14.0);
    assert_eq!(
        text(deadlines.cell("Glostrup 2024", "Enhed")),
        "kalenderdage"
    );
    // `dage` is ambiguous, and the working-day reading stands beside it.
    let vh = "Vesthimmerland (uden år)";
    assert_eq!(text(deadlines.cell(vh, "Tvetydig enhed")), "ja");
    assert!((number(deadlines.cell(vh, "Hvis hverdage (kalenderdage)")) - 19.6).abs() < 1e-9);
    // A deadline a standard does not state is "ikke angivet" with no figure, never 0.
    let missing: Vec<&[Data]> = deadlines
        .range
        .rows()
        .skip(1)
        .filter(|row| {
            row.get(deadlines.column("Som skrevet")) == Some(&Data::String("ikke angivet".into()))
        })
        .collect();
    assert!(
        !missing.is_empty(),
        "some deadline is not stated by some seed"
    );
    for row in missing {
        assert_eq!(
            row.get(deadlines.column("Til (tal)")),
            Some(&Data::Empty),
            "{row:?}"
        );
    }

    let about = Sheet::read(&mut workbook, "Om tallene");
    let computed = about.cell("Beregnet", "Dato");
    assert_eq!(ymd(computed), (2026, 11, 23));
    assert!(about.rows_of("Definition").count() >= 5);
    assert!(about.rows_of("Forbehold").count() >= 5);
    assert_eq!(about.rows_of("Kilde").count(), SEEDS.len());
}

#[test]
fn proposals_and_hedges_are_columns_of_their_own() {
    let mut workbook = open(workbook_of(&["tests/fixtures/ok/proposals.kvs"]));
    let deadlines = Sheet::read(&mut workbook, "Frister");
    let proposed = deadlines.column("Forslag");
    let flags: Vec<&str> = deadlines
        .range
        .rows()
        .skip(1)
        .filter_map(|row| row.get(proposed).map(text))
        .collect();
    assert!(
        flags.contains(&"ja"),
        "a proposed deadline says so: {flags:?}"
    );
    let scope = Sheet::read(&mut workbook, "Omfang");
    let proposed = scope.column("Forslag");
    assert!(
        scope
            .range
            .rows()
            .skip(1)
            .any(|row| row.get(proposed) == Some(&Data::String("ja".into()))),
        "a proposed figure says so"
    );
}

#[test]
fn the_same_comparison_gives_the_same_bytes() {
    assert_eq!(workbook_of(&SEEDS), workbook_of(&SEEDS));
}

#[test]
fn workbook_cells_never_run_as_formulas() {
    let compiled = kvalitet::compile_all(
        vec![SourceFile::new("=1+1.kvs", FORMULAS)],
        &Options::new(today()),
    );
    let report = compare::compare(&compiled, &Options::new(today()));
    let mut workbook = open(compare::workbook(&report).expect("the workbook"));
    let mut texts = Vec::new();
    for name in workbook.sheet_names() {
        let formulas = workbook.worksheet_formula(&name).expect("the formulas");
        let cells: Vec<String> = formulas
            .cells()
            .filter(|(_, _, formula)| !formula.is_empty())
            .map(|(row, column, formula)| format!("{name}, row {row}, column {column}: ={formula}"))
            .collect();
        assert!(
            cells.is_empty(),
            "cells are formulas:\n{}",
            cells.join("\n")
        );
        let range = workbook.worksheet_range(&name).expect("the cells");
        texts.extend(range.cells().filter_map(|(_, _, cell)| match cell {
            Data::String(text) => Some(text.clone()),
            _ => None,
        }));
    }
    // The texts are shown as the standard writes them.
    for text in FORMULA_TEXTS {
        assert!(
            texts.iter().any(|t| t == text),
            "{text:?} is not shown as written"
        );
    }
}

#[test]
fn gnumeric_opens_the_workbook_with_the_same_values() {
    let dir = TempDir::new("xlsx-gnumeric");
    let xlsx = dir.0.join("compare.xlsx");
    std::fs::write(&xlsx, workbook_of(&SEEDS)).expect("write the workbook");
    let pattern = dir.0.join("sheet-%n.csv");
    let args = [
        "-S".as_ref(),
        "--export-type=Gnumeric_stf:stf_csv".as_ref(),
        xlsx.as_os_str(),
        pattern.as_os_str(),
    ];
    if ssconvert(&args, "the second reader").is_none() {
        return;
    }
    let sheet = |n: usize| {
        std::fs::read_to_string(dir.0.join(format!("sheet-{n}.csv")))
            .unwrap_or_else(|e| panic!("sheet {n}: {e}"))
    };
    let overview = sheet(0);
    assert!(overview.starts_with("Standard,Kommune,År,"), "{overview}");
    // Gnumeric reads the date cell as a date (it writes its own `2024/02/06`, where a
    // text would stay `2024-02-06`), and the age as a number.
    let hjoerring = overview
        .lines()
        .find(|l| l.starts_with("\"Hjørring 2024\""))
        .expect("Hjørring's row");
    assert!(
        hjoerring.contains(",2024/02/06,\"godkendt 6. februar 2024\",1021,"),
        "{hjoerring}"
    );
    let deadlines = sheet(1);
    assert!(
        deadlines
            .contains("\"Glostrup 2024\",Afgørelse,\"10 hverdage\",ansøgning,14,14,kalenderdage,"),
        "{deadlines}"
    );
    assert!(deadlines.contains(",19.6,"), "{deadlines}");
    let about = sheet(6);
    assert!(
        about.contains("Beregnet,\"Sammenligningen er beregnet\",2026/11/23,"),
        "{about}"
    );
    assert_eq!(
        (0..SHEETS.len())
            .filter(|n| dir.0.join(format!("sheet-{n}.csv")).exists())
            .count(),
        SHEETS.len()
    );
}

#[test]
fn the_excel_csv_is_for_danish_excel() {
    let report = compare::compare(&compile_named(&SEEDS), &Options::new(today()));
    let data = compare::render(&report, Format::Csv).expect("CSV");
    let excel = compare::render(&report, Format::ExcelCsv).expect("Excel CSV");
    // A byte order mark, so Excel reads UTF-8 (»Hjørring«, not »HjÃ¸rring«).
    assert!(excel.starts_with("\u{feff}source;standard;municipality;year;"));
    assert!(!data.starts_with('\u{feff}'));
    // The same rows, with semicolons and decimal commas.
    assert_eq!(excel.lines().count(), data.lines().count());
    assert!(
        excel.contains(";14;14;calendar_days;19,6;true;"),
        "Vesthimmerland's ambiguous deadline with a decimal comma"
    );
    assert!(data.contains(",14,14,calendar_days,19.6,true,"));
    assert!(excel.contains("Hjørring"));
}

#[test]
fn the_command_writes_a_workbook_only_to_a_file() {
    let dir = TempDir::new("xlsx-cli");
    let seed = root().join("standards/hjoerring/2024.kvs");
    let seed = seed.to_string_lossy();
    let base = ["compare", &*seed, "--today", "2026-11-23"];
    fn with<'a>(base: &[&'a str], extra: &[&'a str]) -> Vec<&'a str> {
        [base, extra].concat()
    }

    let (code, stdout, stderr) = kvalitet(&dir.0, &with(&base, &["--format", "xlsx"]));
    assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
    assert!(stderr.contains("give a file to --out"), "{stderr}");

    let (code, stdout, stderr) = kvalitet(
        &dir.0,
        &with(&base, &["--format", "xlsx", "--out", "r.xlsx"]),
    );
    assert_eq!((code, stdout.as_str()), (0, "wrote r.xlsx\n"), "{stderr}");
    let mut workbook = open(std::fs::read(dir.0.join("r.xlsx")).expect("the workbook"));
    assert_eq!(workbook.sheet_names(), SHEETS);
    let _ = Sheet::read(&mut workbook, "Overblik");

    let (code, _, stderr) = kvalitet(&dir.0, &with(&base, &["--format", "md", "--excel"]));
    assert_eq!(code, 2);
    assert!(stderr.contains("--excel is for --format csv"), "{stderr}");

    let (code, stdout, stderr) = kvalitet(&dir.0, &with(&base, &["--format", "csv", "--excel"]));
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("\u{feff}source;standard;"), "{stdout}");
}
