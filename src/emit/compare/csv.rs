//! The comparison as CSV (RFC 4180 quoting, UTF-8, comma-separated, decimal point, `\n`
//! line ends): one row per value, so a data tool or a spreadsheet can filter and pivot
//! it.
//!
//! `--excel` writes the same rows in the dialect Danish Excel opens with a double click:
//! semicolon-separated, UTF-8 with a byte order mark (without it Excel reads the file
//! as Windows-1252), and a decimal comma.
//!
//! A value a standard does not state is a row with `status` `not_stated` and empty
//! figures, never a zero.
//!
//! No cell runs as a formula when the file is opened in a spreadsheet. Text cells (the
//! standard's own words, file names, and kvalitet's words alike) that start with `=`,
//! `+`, `-`, `@`, a tab or a carriage return get a leading `'` and are quoted, as OWASP
//! recommends against CSV injection; spreadsheets read the `'` as "this is text" and
//! show the rest as written. The columns of numbers kvalitet computes itself (`year`,
//! `normalised_min`, `normalised_max`, `if_working_days`) are written as numbers, so a
//! negative figure stays a number that a spreadsheet can sum: a number is never a
//! formula.

use super::markdown::{deadline_remark, place_text};
use super::report::{Figure, Place, Report, StandardInfo};
use std::collections::HashMap;

const HEADER: [&str; 18] = [
    "source",
    "standard",
    "municipality",
    "year",
    "dimension",
    "name",
    "status",
    "level",
    "applies_to",
    "text",
    "event",
    "normalised_min",
    "normalised_max",
    "normalised_unit",
    "if_working_days",
    "ambiguous",
    "explanation",
    "note",
];

/// One row, by column name.
#[derive(Default)]
struct Row {
    dimension: String,
    name: String,
    status: &'static str,
    level: String,
    applies_to: String,
    text: String,
    event: String,
    figure: Option<Figure>,
    note: String,
}

/// How the CSV is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    /// The field separator.
    separator: char,
    /// The decimal mark of numbers.
    decimal: char,
    /// Whether the file opens with a byte order mark.
    bom: bool,
}

impl Dialect {
    /// The tidy form for data tools: commas, decimal points, no byte order mark.
    pub const DATA: Dialect = Dialect {
        separator: ',',
        decimal: '.',
        bom: false,
    };
    /// The form for Danish Excel: semicolons, decimal commas, a byte order mark.
    pub const EXCEL: Dialect = Dialect {
        separator: ';',
        decimal: ',',
        bom: true,
    };
}

/// Renders the comparison as CSV in a dialect.
pub fn render(report: &Report, dialect: Dialect) -> String {
    let infos: HashMap<&str, &StandardInfo> = report
        .standards
        .iter()
        .map(|s| (s.source.as_str(), s))
        .collect();
    let mut out = String::new();
    if dialect.bom {
        out.push('\u{feff}');
    }
    line(
        &mut out,
        dialect,
        HEADER.iter().map(|h| Field::Text((*h).to_owned())),
    );
    let mut emit = |source: &str, row: Row| {
        let info = infos.get(source);
        let figure = row.figure.as_ref();
        let number = |v: Option<f64>| {
            Field::Number(v.map(|v| number(v, dialect.decimal)).unwrap_or_default())
        };
        line(
            &mut out,
            dialect,
            [
                Field::Text(source.to_owned()),
                Field::Text(info.map(|i| i.label.clone()).unwrap_or_default()),
                Field::Text(
                    info.and_then(|i| i.municipality.clone())
                        .unwrap_or_default(),
                ),
                Field::Number(
                    info.and_then(|i| i.year)
                        .map(|y| y.to_string())
                        .unwrap_or_default(),
                ),
                Field::Text(row.dimension),
                Field::Text(row.name),
                Field::Text(row.status.to_owned()),
                Field::Text(row.level),
                Field::Text(row.applies_to),
                Field::Text(row.text),
                Field::Text(row.event),
                number(figure.and_then(|f| f.min)),
                number(figure.and_then(|f| f.max)),
                Field::Text(figure.map(|f| f.unit.to_owned()).unwrap_or_default()),
                number(figure.and_then(|f| f.if_working_days)),
                Field::Text(figure.map(|f| f.ambiguous.to_string()).unwrap_or_default()),
                Field::Text(figure.map(|f| f.explanation.clone()).unwrap_or_default()),
                Field::Text(row.note),
            ]
            .into_iter(),
        );
    };

    for s in &report.standards {
        emit(
            &s.source,
            Row {
                dimension: "date".into(),
                status: stated(s.date.is_some()),
                text: s.date.as_ref().map(|d| d.value.clone()).unwrap_or_default(),
                note: s.date.as_ref().map(|d| d.text.clone()).unwrap_or_default(),
                ..Row::default()
            },
        );
        emit(
            &s.source,
            Row {
                dimension: "age".into(),
                status: stated(s.age.is_some()),
                text: s.age.as_ref().map(|a| a.text.clone()).unwrap_or_default(),
                figure: s.age.as_ref().map(|a| Figure {
                    unit: "days",
                    min: Some(a.days as f64),
                    max: Some(a.days as f64),
                    if_working_days: None,
                    ambiguous: false,
                    text: String::new(),
                    explanation: String::new(),
                }),
                note: if s.draft {
                    "udkast".into()
                } else {
                    String::new()
                },
                ..Row::default()
            },
        );
        for (name, count) in [
            ("error", s.findings.error),
            ("warning", s.findings.warning),
            ("advice", s.findings.advice),
        ] {
            emit(
                &s.source,
                Row {
                    dimension: "findings".into(),
                    name: name.into(),
                    status: "stated",
                    text: count.to_string(),
                    note: if s.findings.rules_ran {
                        String::new()
                    } else {
                        "kun sprogkontrol: filen har sprogfejl".into()
                    },
                    ..Row::default()
                },
            );
        }
    }
    for group in &report.deadlines {
        for entry in &group.entries {
            let (level, applies_to) = place(&entry.place);
            emit(
                &entry.source,
                Row {
                    dimension: "deadline".into(),
                    name: group.name.clone(),
                    status: "stated",
                    level,
                    applies_to,
                    text: entry.text.clone(),
                    event: entry.event.clone().unwrap_or_default(),
                    figure: entry.normalised.clone(),
                    note: deadline_remark(entry),
                },
            );
        }
        for source in &group.not_stated {
            emit(
                source,
                Row {
                    dimension: "deadline".into(),
                    name: group.name.clone(),
                    status: "not_stated",
                    ..Row::default()
                },
            );
        }
    }
    for dimension in &report.dimensions {
        for cell in &dimension.cells {
            if cell.values.is_empty() {
                emit(
                    &cell.source,
                    Row {
                        dimension: dimension.key.into(),
                        status: cell.status,
                        ..Row::default()
                    },
                );
            }
            for value in &cell.values {
                let (level, applies_to) = place(&value.place);
                emit(
                    &cell.source,
                    Row {
                        dimension: dimension.key.into(),
                        status: "stated",
                        level,
                        applies_to,
                        text: value.text.clone(),
                        figure: value.normalised.clone(),
                        note: value.note.clone().unwrap_or_default(),
                        ..Row::default()
                    },
                );
            }
        }
    }
    for cell in &report.complaints {
        emit(
            &cell.source,
            Row {
                dimension: "complaint_status".into(),
                name: cell.status.into(),
                status: stated(!cell.routes.is_empty()),
                text: format!("{}: {}", cell.status_label, cell.status_text),
                note: cell
                    .findings
                    .iter()
                    .map(|c| format!("{} ×{}", c.code, c.count))
                    .collect::<Vec<_>>()
                    .join(", "),
                ..Row::default()
            },
        );
        for route in &cell.routes {
            let (level, applies_to) = place(&route.place);
            emit(
                &cell.source,
                Row {
                    dimension: "complaint_route".into(),
                    name: route.kind.into(),
                    status: "stated",
                    level,
                    applies_to,
                    text: route.text.clone(),
                    ..Row::default()
                },
            );
        }
    }
    out
}

fn stated(yes: bool) -> &'static str {
    if yes {
        "stated"
    } else {
        "not_stated"
    }
}

fn place(place: &Place) -> (String, String) {
    (place.level.to_owned(), place_text(place))
}

/// A number with the dialect's decimal mark and no trailing zeros.
fn number(value: f64, decimal: char) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}").replace('.', &decimal.to_string())
    }
}

/// One field of a row.
enum Field {
    /// Text: from a standard, a file name, or kvalitet's own words.
    Text(String),
    /// A number kvalitet computed, written as [`number`] writes it (or empty).
    Number(String),
}

/// Writes one line, quoting fields that need it.
fn line(out: &mut String, dialect: Dialect, fields: impl Iterator<Item = Field>) {
    let fields: Vec<String> = fields
        .map(|f| match f {
            Field::Text(text) => field(&text, dialect.separator),
            Field::Number(text) => text,
        })
        .collect();
    out.push_str(&fields.join(&dialect.separator.to_string()));
    out.push('\n');
}

/// The characters that make a spreadsheet read a cell that starts with them as a
/// formula (OWASP, "CSV Injection").
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a spreadsheet would run a text that starts so as a formula; such a text is
/// neutralised in every spreadsheet format (CSV's leading `'`, the workbook's quote
/// prefix).
pub fn starts_formula(text: &str) -> bool {
    text.starts_with(FORMULA_STARTS)
}

/// A text field: quoted when it must be, and, when it would start a formula, with a
/// leading `'` and quoted.
fn field(text: &str, separator: char) -> String {
    if starts_formula(text) {
        format!("\"'{}\"", text.replace('"', "\"\""))
    } else if text.contains([separator, ',', '"', '\n', '\r'])
        || text.starts_with(' ')
        || text.ends_with(' ')
    {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_data(text: &str) -> String {
        field(text, ',')
    }

    #[test]
    fn the_excel_dialect_quotes_semicolons_and_writes_decimal_commas() {
        assert_eq!(field("a; b", ';'), "\"a; b\"");
        assert_eq!(field("a, b", ';'), "\"a, b\"");
        assert_eq!(number(19.6, ','), "19,6");
        assert_eq!(number(14.0, ','), "14");
        let mut out = String::new();
        line(
            &mut out,
            Dialect::EXCEL,
            [
                Field::Number(number(-3.5, ',')),
                Field::Text("Hjørring".to_owned()),
            ]
            .into_iter(),
        );
        assert_eq!(out, "-3,5;Hjørring\n");
    }

    #[test]
    fn fields_are_quoted_when_they_must_be() {
        assert_eq!(field_data("10 hverdage"), "10 hverdage");
        assert_eq!(field_data("a, b"), "\"a, b\"");
        assert_eq!(field_data("»x« \"y\""), "\"»x« \"\"y\"\"\"");
    }

    #[test]
    fn text_that_would_start_a_formula_is_text() {
        assert_eq!(field_data("=1+1"), "\"'=1+1\"");
        assert_eq!(
            field_data("=HYPERLINK(\"http://x\",\"klik\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""
        );
        assert_eq!(field_data("+45 43 23 66 90"), "\"'+45 43 23 66 90\"");
        assert_eq!(field_data("-Holdtræning"), "\"'-Holdtræning\"");
        assert_eq!(field_data("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(field_data("\t=1+1"), "\"'\t=1+1\"");
        assert_eq!(field_data("\r=1+1"), "\"'\r=1+1\"");
        // Only the start counts.
        assert_eq!(field_data("a=1+1"), "a=1+1");
        assert_eq!(field_data("10 hverdage - 2"), "10 hverdage - 2");
    }

    #[test]
    fn computed_numbers_stay_numbers() {
        let mut out = String::new();
        line(
            &mut out,
            Dialect::DATA,
            [
                Field::Number(number(-3.5, '.')),
                Field::Text("-3.5".to_owned()),
                Field::Number(String::new()),
            ]
            .into_iter(),
        );
        assert_eq!(out, "-3.5,\"'-3.5\",\n");
    }

    #[test]
    fn numbers_use_a_decimal_point() {
        assert_eq!(number(14.0, '.'), "14");
        assert_eq!(number(19.6, '.'), "19.6");
    }
}
