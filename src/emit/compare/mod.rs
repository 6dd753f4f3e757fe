//! `kvalitet compare`: standards side by side on the dimensions a council compares.
//!
//! [`compare`] builds one [`Report`] from compiled standards (with the checker's
//! findings); the renderers turn the same report into Markdown, CSV, JSON or an HTML
//! page with charts, so every format says the same:
//!
//! - `build.rs`: one pass over each standard, then the deadline groups and the rows;
//! - `gather.rs`: where each value is stated, and the rule that merges document-level
//!   and indsats values into one cell (documented there);
//! - `normalise.rs`: one unit per dimension, always with the original wording and how
//!   the figure was made (`10 hverdage ≈ 14 kalenderdage (hverdage × 7/5)`);
//! - `order.rs`: municipalities in Danish alphabetical order, then by year;
//! - `text.rs`: the Danish words, definitions and caveats;
//! - `report.rs`: the structs, which are also the JSON contract (`schema_version`);
//! - `distribution.rs`: the dot plots and sorted tables the HTML page leads with when
//!   many standards are compared;
//! - `markdown.rs`, `csv.rs`, `html.rs` (+ `chart.rs` and `templates/`): the text
//!   renderers; `xlsx.rs`: the Excel workbook, the one renderer that writes bytes
//!   ([`workbook`]).
//!
//! A value a standard does not state is shown as "ikke angivet", never as zero.

mod build;
mod chart;
mod csv;
mod distribution;
pub(crate) mod gather;
pub mod html;
mod markdown;
pub mod normalise;
pub mod order;
pub mod report;
pub mod text;
#[cfg(feature = "xlsx")]
mod xlsx;

pub use build::compare;
pub(crate) use build::{date_text, label, outdated_bodies, year};
pub(crate) use markdown::escape as markdown_escape;
pub use report::Report;

/// The output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A standalone HTML page with charts.
    Html,
    /// Markdown tables.
    Markdown,
    /// CSV, one row per value, for data tools.
    Csv,
    /// The same CSV for Danish Excel: semicolons, decimal commas, a byte order mark.
    ExcelCsv,
    /// JSON (`docs/schema/compare.v1.json`).
    Json,
}

/// Renders a comparison in a format; an error is a template or serialisation failure.
pub fn render(report: &Report, format: Format) -> Result<String, String> {
    match format {
        Format::Html => html::compare(report),
        Format::Markdown => Ok(markdown::render(report)),
        Format::Csv => Ok(csv::render(report, csv::Dialect::DATA)),
        Format::ExcelCsv => Ok(csv::render(report, csv::Dialect::EXCEL)),
        Format::Json => serde_json::to_string_pretty(report)
            .map(|mut text| {
                text.push('\n');
                text
            })
            .map_err(|e| format!("cannot serialise the comparison: {e}")),
    }
}

/// Renders a comparison as the bytes of an Excel workbook (xlsx); an error is a failure
/// of the xlsx writer. The same comparison gives the same bytes.
pub fn workbook(report: &Report) -> Result<Vec<u8>, String> {
    #[cfg(feature = "xlsx")]
    return xlsx::render(report);
    #[cfg(not(feature = "xlsx"))]
    {
        let _ = report;
        Err(crate::cli::without_feature("xlsx", "the Excel workbook"))
    }
}
