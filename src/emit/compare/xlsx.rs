//! The comparison as an Excel workbook (`compare --format xlsx`), for a council analyst
//! whose next step is a spreadsheet.
//!
//! Sheets, all with Danish headers, a frozen header row, an autofilter and column widths
//! that fit:
//!
//! - `Overblik`: one row per standard, the columns of the HTML overview;
//! - `Frister`, `Omfang`, `Priser`, `Andre forhold`, `Klageveje`: one row per value in
//!   long form, the wording as written beside the normalised figure as a number cell,
//!   its unit, whether it is ambiguous, proposed (`forslag:`) or hedged, and how the
//!   figure was made;
//! - `Om tallene`: the date the comparison was computed, each source's date, the
//!   definitions and the caveats.
//!
//! Dates are date cells, ages and figures are numbers, and a value a standard does not
//! state is the text "ikke angivet", never 0 or an empty number. No cell is a formula:
//! every text is a string cell, and a text that a spreadsheet would run as a formula
//! if typed again (the same test as the CSV, [`super::csv::starts_formula`]) carries
//! Excel's quote prefix, the workbook's form of CSV's leading `'`.
//!
//! The workbook is the same bytes for the same comparison: its creation date is the
//! comparison's date, and the zip entries carry a fixed time.

use super::csv::starts_formula;
use super::html::short_deadline;
use super::markdown::{deadline_remark, place_text};
use super::report::{CellValue, Figure, Report, StandardInfo};
use super::text;
use crate::model::values::Date;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet};

/// The text of a value a standard does not state.
const NOT_STATED: &str = "ikke angivet";
/// The text of a value the file, an excerpt, does not hold.
const NOT_IN_SOURCE: &str = "ikke i kilden";
/// The longest text a cell can hold (Excel's limit, in characters).
const MAX_CELL_CHARS: usize = 32_767;
/// The widest a column is made, in characters; longer texts are wrapped by the reader.
const MAX_WIDTH: usize = 60;

/// Renders the comparison as the bytes of an xlsx file; an error is a failure of the
/// xlsx writer.
pub fn render(report: &Report) -> Result<Vec<u8>, String> {
    let label = report.labels();
    let sheets = [
        overview(report),
        deadlines(report, &label),
        dimensions(report, &label, "Omfang", |key, unit| {
            unit.is_some() && key != "fees"
        }),
        dimensions(report, &label, "Priser", |key, _| key == "fees"),
        dimensions(report, &label, "Andre forhold", |key, unit| {
            unit.is_none() && key != "fees"
        }),
        complaints(report, &label),
        about(report),
    ];
    let mut workbook = Workbook::new();
    let mut properties = DocProperties::new()
        .set_title("Sammenligning af kvalitetsstandarder")
        .set_author("kvalitet");
    if let Some(today) = Date::parse_iso(&report.today).and_then(|d| excel_date(&d)) {
        properties = properties.set_creation_datetime(&today);
    }
    workbook.set_properties(&properties);
    let formats = Formats::new();
    for sheet in &sheets {
        let worksheet = workbook.add_worksheet();
        sheet.write(worksheet, &formats).map_err(failed)?;
    }
    workbook.save_to_buffer().map_err(failed)
}

fn failed(e: rust_xlsxwriter::XlsxError) -> String {
    format!("cannot write the workbook: {e}")
}

/// One cell's value.
#[derive(Debug, Clone)]
enum Value {
    /// A text: a string cell, never a formula.
    Text(String),
    /// A number cell.
    Number(f64),
    /// A date cell (a full date), else the date as text.
    Date(Date),
    /// An empty cell: a column that does not apply to the row.
    Empty,
}

impl Value {
    fn text(text: impl Into<String>) -> Value {
        Value::Text(text.into())
    }

    /// A text, or "ikke angivet" when there is none.
    fn or_not_stated(text: Option<&str>) -> Value {
        match text {
            Some(text) if !text.is_empty() => Value::text(text),
            _ => Value::text(NOT_STATED),
        }
    }

    fn yes_no(yes: bool) -> Value {
        Value::text(if yes { "ja" } else { "nej" })
    }

    fn number(value: Option<f64>) -> Value {
        value.map_or(Value::Empty, Value::Number)
    }

    /// The width of the value as shown, in characters.
    fn width(&self) -> usize {
        match self {
            Value::Text(text) => text.lines().map(|l| l.chars().count()).max().unwrap_or(0),
            Value::Number(n) => format!("{n}").len(),
            Value::Date(_) => 10,
            Value::Empty => 0,
        }
    }
}

/// The cell formats of the workbook.
struct Formats {
    header: Format,
    date: Format,
    text: Format,
    quoted: Format,
}

impl Formats {
    fn new() -> Formats {
        Formats {
            header: Format::new().set_bold().set_text_wrap(),
            date: Format::new().set_num_format("yyyy-mm-dd"),
            text: Format::new(),
            quoted: Format::new().set_quote_prefix(),
        }
    }
}

/// One sheet: a name, its headers, and its rows.
struct Sheet {
    name: &'static str,
    headers: Vec<&'static str>,
    rows: Vec<Vec<Value>>,
}

impl Sheet {
    fn new(name: &'static str, headers: &[&'static str]) -> Sheet {
        Sheet {
            name,
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    /// Writes the sheet with a frozen header, an autofilter and fitting widths.
    fn write(
        &self,
        sheet: &mut Worksheet,
        formats: &Formats,
    ) -> Result<(), rust_xlsxwriter::XlsxError> {
        sheet.set_name(self.name)?;
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for (col, header) in (0u16..).zip(&self.headers) {
            sheet.write_string_with_format(0, col, *header, &formats.header)?;
        }
        for (row, values) in (1u32..).zip(&self.rows) {
            for (col, value) in (0u16..).zip(values) {
                if let Some(width) = widths.get_mut(usize::from(col)) {
                    *width = (*width).max(value.width());
                }
                match value {
                    Value::Text(text) => {
                        let text = fit(text);
                        let format = if starts_formula(&text) {
                            &formats.quoted
                        } else {
                            &formats.text
                        };
                        sheet.write_string_with_format(row, col, text, format)?;
                    }
                    Value::Number(n) => {
                        sheet.write_number(row, col, *n)?;
                    }
                    Value::Date(date) => match excel_date(date) {
                        Some(date) => {
                            sheet.write_date_with_format(row, col, &date, &formats.date)?;
                        }
                        None => {
                            sheet.write_string(row, col, date.to_string())?;
                        }
                    },
                    Value::Empty => {}
                }
            }
        }
        let last_col = u16::try_from(self.headers.len().saturating_sub(1)).unwrap_or(0);
        let last_row = u32::try_from(self.rows.len()).unwrap_or(u32::MAX);
        sheet.set_freeze_panes(1, 0)?;
        sheet.autofilter(0, 0, last_row, last_col)?;
        for (col, width) in (0u16..).zip(widths) {
            // Width in characters, with room for the filter button.
            let width = width.min(MAX_WIDTH) + 3;
            sheet.set_column_width(col, u32::try_from(width).unwrap_or(20))?;
        }
        Ok(())
    }
}

/// A text cut to what a cell can hold.
fn fit(text: &str) -> String {
    if text.chars().count() > MAX_CELL_CHARS {
        let mut cut: String = text.chars().take(MAX_CELL_CHARS - 1).collect();
        cut.push('…');
        cut
    } else {
        text.to_owned()
    }
}

/// A full date as an Excel date; `None` for a year or a month alone.
fn excel_date(date: &Date) -> Option<ExcelDateTime> {
    let (Some(month), Some(day)) = (date.month, date.day) else {
        return None;
    };
    ExcelDateTime::from_ymd(u16::try_from(date.year).ok()?, month, day).ok()
}

/// The standard's date as a cell: a date cell when it is a full date.
fn date_value(info: &StandardInfo) -> Value {
    match info.date.as_ref().and_then(|d| Date::parse_iso(&d.value)) {
        Some(date) if date.day.is_some() => Value::Date(date),
        Some(date) => Value::text(date.to_string()),
        None => info
            .date
            .as_ref()
            .map_or_else(|| Value::text(NOT_STATED), |d| Value::text(&d.value)),
    }
}

/// The unit of a figure in Danish.
fn unit_text(figure: &Figure) -> &'static str {
    match figure.unit {
        "calendar_days" => "kalenderdage",
        "minutes" => "minutter",
        "per_week" => "gange pr. uge",
        "sessions" => "gange",
        _ => "",
    }
}

/// The columns of a normalised figure: from, to, unit, ambiguous, if working days,
/// and how it was made. A value without a figure leaves them empty.
fn figure_values(figure: Option<&Figure>) -> [Value; 6] {
    match figure {
        Some(f) => [
            Value::number(f.min),
            Value::number(f.max),
            Value::text(unit_text(f)),
            Value::yes_no(f.ambiguous),
            Value::number(f.if_working_days),
            Value::text(&f.explanation),
        ],
        None => [
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
            Value::Empty,
        ],
    }
}

const FIGURE_HEADERS: [&str; 6] = [
    "Fra (tal)",
    "Til (tal)",
    "Enhed",
    "Tvetydig enhed",
    "Hvis hverdage (kalenderdage)",
    "Omregning",
];

fn overview(report: &Report) -> Sheet {
    let mut sheet = Sheet::new(
        "Overblik",
        &[
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
        ],
    );
    let decision = report.deadlines.iter().find(|g| g.name == "afgørelse");
    let fees = report.dimensions.iter().find(|d| d.key == "fees");
    for (s, complaint) in report.standards.iter().zip(&report.complaints) {
        let decision: Vec<String> = decision
            .map(|g| {
                g.entries
                    .iter()
                    .filter(|e| e.source == s.source)
                    .map(short_deadline)
                    .collect()
            })
            .unwrap_or_default();
        let fees: Vec<&str> = fees
            .and_then(|d| d.cells.iter().find(|c| c.source == s.source))
            .map(|c| c.values.iter().map(|v| v.text.as_str()).collect())
            .unwrap_or_default();
        let not_stated = if s.excerpt { NOT_IN_SOURCE } else { NOT_STATED };
        let joined = |items: Vec<String>| {
            if items.is_empty() {
                Value::text(not_stated)
            } else {
                Value::text(items.join("; "))
            }
        };
        sheet.rows.push(vec![
            Value::text(&s.label),
            Value::or_not_stated(s.municipality.as_deref()),
            s.year
                .map_or_else(|| Value::text(NOT_STATED), |y| Value::Number(f64::from(y))),
            Value::yes_no(s.draft),
            date_value(s),
            Value::or_not_stated(s.date.as_ref().map(|d| d.text.as_str())),
            s.age
                .as_ref()
                .map_or_else(|| Value::text(NOT_STATED), |a| Value::Number(a.days as f64)),
            Value::or_not_stated(s.age.as_ref().map(|a| a.text.as_str())),
            joined(decision),
            joined(fees.into_iter().map(str::to_owned).collect()),
            Value::text(complaint.status_label),
            Value::text(&complaint.status_text),
            Value::Number(s.findings.error as f64),
            Value::Number(s.findings.warning as f64),
            Value::Number(s.findings.advice as f64),
            Value::text(if s.findings.rules_ran {
                "ja"
            } else {
                "nej: kun sprogkontrol, filen har sprogfejl"
            }),
            Value::text(&s.source),
        ]);
    }
    sheet
}

fn deadlines(report: &Report, label: &dyn Fn(&str) -> String) -> Sheet {
    let mut headers = vec!["Standard", "Frist", "Som skrevet", "Regnet fra"];
    headers.extend(FIGURE_HEADERS);
    headers.extend([
        "Tilstræbt",
        "Forbehold",
        "Forslag",
        "Gælder",
        "Bemærkning",
        "Fil",
    ]);
    let mut sheet = Sheet::new("Frister", &headers);
    for group in &report.deadlines {
        for entry in &group.entries {
            let mut row = vec![
                Value::text(label(&entry.source)),
                Value::text(&group.label),
                Value::text(&entry.text),
                Value::or_not_stated(entry.event.as_deref()),
            ];
            row.extend(figure_values(entry.normalised.as_ref()));
            row.extend([
                Value::yes_no(entry.target_only),
                entry.hedge.as_deref().map_or(Value::Empty, Value::text),
                Value::yes_no(entry.proposed),
                Value::text(place_text(&entry.place)),
                Value::text(deadline_remark(entry)),
                Value::text(&entry.source),
            ]);
            sheet.rows.push(row);
        }
        for source in &group.not_stated {
            let mut row = vec![
                Value::text(label(source)),
                Value::text(&group.label),
                Value::text(NOT_STATED),
                Value::Empty,
            ];
            row.extend(figure_values(None));
            row.extend([
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::text(source),
            ]);
            sheet.rows.push(row);
        }
    }
    sheet
}

fn dimensions(
    report: &Report,
    label: &dyn Fn(&str) -> String,
    name: &'static str,
    keep: impl Fn(&str, Option<&str>) -> bool,
) -> Sheet {
    let mut headers = vec!["Standard", "Forhold", "Status", "Som skrevet"];
    headers.extend(FIGURE_HEADERS);
    headers.extend(["Forbehold", "Forslag", "Gælder", "Bemærkning", "Fil"]);
    let mut sheet = Sheet::new(name, &headers);
    for dimension in report.dimensions.iter().filter(|d| keep(d.key, d.unit)) {
        for cell in &dimension.cells {
            if cell.values.is_empty() {
                let status = if cell.status == "not_in_source" {
                    NOT_IN_SOURCE
                } else {
                    NOT_STATED
                };
                let mut row = vec![
                    Value::text(label(&cell.source)),
                    Value::text(dimension.label),
                    Value::text(status),
                    Value::text(status),
                ];
                row.extend(figure_values(None));
                row.extend([
                    Value::Empty,
                    Value::Empty,
                    Value::Empty,
                    Value::Empty,
                    Value::text(&cell.source),
                ]);
                sheet.rows.push(row);
            }
            for value in &cell.values {
                sheet.rows.push(value_row(
                    label(&cell.source),
                    dimension.label,
                    value,
                    &cell.source,
                ));
            }
        }
    }
    sheet
}

fn value_row(standard: String, dimension: &str, value: &CellValue, source: &str) -> Vec<Value> {
    let mut row = vec![
        Value::text(standard),
        Value::text(dimension),
        Value::text("angivet"),
        Value::text(&value.text),
    ];
    row.extend(figure_values(value.normalised.as_ref()));
    row.extend([
        value.hedge.as_deref().map_or(Value::Empty, Value::text),
        Value::yes_no(value.proposed),
        Value::text(place_text(&value.place)),
        value.note.as_ref().map_or(Value::Empty, Value::text),
        Value::text(source),
    ]);
    row
}

fn complaints(report: &Report, label: &dyn Fn(&str) -> String) -> Sheet {
    let mut sheet = Sheet::new(
        "Klageveje",
        &[
            "Standard",
            "Klageadgang",
            "Klageadgang i ord",
            "Klagevej",
            "Som skrevet",
            "Klages til",
            "Klagefrist",
            "Genvurdering",
            "Derefter",
            "Forslag",
            "Gælder",
            "Kontrollens fund",
            "Fil",
        ],
    );
    for cell in &report.complaints {
        let findings = cell
            .findings
            .iter()
            .map(|c| format!("{} ×{}", c.code, c.count))
            .collect::<Vec<_>>()
            .join(", ");
        let head = [
            Value::text(label(&cell.source)),
            Value::text(cell.status_label),
            Value::text(&cell.status_text),
        ];
        if cell.routes.is_empty() {
            let mut row = head.to_vec();
            row.extend([
                Value::text(NOT_STATED),
                Value::text(NOT_STATED),
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::Empty,
                Value::text(findings.clone()),
                Value::text(&cell.source),
            ]);
            sheet.rows.push(row);
        }
        for route in &cell.routes {
            let mut row = head.to_vec();
            let list = |items: &[String]| {
                if items.is_empty() {
                    Value::text(NOT_STATED)
                } else {
                    Value::text(items.join("; "))
                }
            };
            row.extend([
                Value::text(&route.label),
                Value::text(&route.text),
                list(&route.to),
                Value::or_not_stated(route.klagefrist.as_deref()),
                Value::or_not_stated(route.reassessment.as_deref()),
                list(&route.next),
                Value::yes_no(route.proposed),
                Value::text(place_text(&route.place)),
                Value::text(findings.clone()),
                Value::text(&cell.source),
            ]);
            sheet.rows.push(row);
        }
    }
    sheet
}

/// The date of the comparison, the sources with their dates, the definitions and the
/// caveats.
fn about(report: &Report) -> Sheet {
    let mut sheet = Sheet::new("Om tallene", &["Emne", "Navn", "Dato", "Forklaring"]);
    let today =
        Date::parse_iso(&report.today).map_or_else(|| Value::text(&report.today), Value::Date);
    sheet.rows.push(vec![
        Value::text("Beregnet"),
        Value::text("Sammenligningen er beregnet"),
        today,
        Value::text(format!(
            "Aldre og gældende klageadgang er regnet til {}.",
            report.today_text
        )),
    ]);
    for s in &report.standards {
        sheet.rows.push(vec![
            Value::text("Kilde"),
            Value::text(&s.label),
            date_value(s),
            Value::text(format!(
                "{}, {} ({})",
                s.title,
                s.date.as_ref().map_or(NOT_STATED, |d| d.text.as_str()),
                s.source
            )),
        ]);
    }
    for skipped in &report.skipped {
        sheet.rows.push(vec![
            Value::text("Udeladt"),
            Value::text(skipped),
            Value::Empty,
            Value::text("Filen indeholder ingen standard."),
        ]);
    }
    for d in &report.definitions {
        sheet.rows.push(vec![
            Value::text("Definition"),
            Value::text(d.label),
            Value::Empty,
            Value::text(d.text),
        ]);
    }
    for (i, caveat) in report.caveats.iter().enumerate() {
        sheet.rows.push(vec![
            Value::text("Forbehold"),
            Value::text(format!("Forbehold {}", i + 1)),
            Value::Empty,
            Value::text(caveat),
        ]);
    }
    sheet.rows.push(vec![
        Value::text("Forbehold"),
        Value::text("Forslag"),
        Value::Empty,
        Value::text(format!(
            "»Forslag« = ja: værdien er foreslået, ikke vedtaget ({}).",
            text::PROPOSAL_NOTE
        )),
    ]);
    sheet
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_or_a_month_alone_is_no_date_cell() {
        assert!(excel_date(&Date::ymd(2024, 2, 6)).is_some());
        let may = Date {
            year: 2011,
            month: Some(5),
            day: None,
        };
        assert!(excel_date(&may).is_none());
    }

    #[test]
    fn long_texts_fit_a_cell() {
        let long = "x".repeat(MAX_CELL_CHARS + 10);
        assert_eq!(fit(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(fit("kort"), "kort");
    }
}
