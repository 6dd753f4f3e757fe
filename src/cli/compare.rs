//! `kvalitet compare`: standards side by side, as HTML, Markdown, CSV, JSON or an Excel
//! workbook.

use super::args::{CompareArgs, CompareFormat};
use super::{files, report, Io, EXIT_OK};
use crate::emit::compare::{self, Format};

/// Compiles the standards, compares them and writes the report.
pub fn run(args: &CompareArgs, io: &mut Io<'_>) -> Result<u8, String> {
    if args.excel && args.format != CompareFormat::Csv {
        return Err("--excel is for --format csv; an xlsx workbook opens in Excel as it is".into());
    }
    if args.format == CompareFormat::Xlsx && args.out.is_none() {
        return Err("an xlsx workbook is binary; give a file to --out".into());
    }
    let options = report::options(args.today.as_deref())?;
    let inputs = files::collect(&args.paths, io)?;
    let results = report::compile(&inputs, &options, io.lang.unwrap_or_default())?;
    let comparison = compare::compare(&results, &options);
    for skipped in &comparison.skipped {
        writeln!(
            io.stderr,
            "note: `{skipped}` holds no standard and is left out"
        )
        .map_err(|e| format!("cannot write: {e}"))?;
    }
    let format = match args.format {
        CompareFormat::Html => Format::Html,
        CompareFormat::Md => Format::Markdown,
        CompareFormat::Csv if args.excel => Format::ExcelCsv,
        CompareFormat::Csv => Format::Csv,
        CompareFormat::Json => Format::Json,
        CompareFormat::Xlsx => {
            let bytes = compare::workbook(&comparison)?;
            report::write_bytes(io, args.out.as_deref(), args.force, &bytes)?;
            return Ok(EXIT_OK);
        }
    };
    let text = compare::render(&comparison, format)?;
    report::write(io, args.out.as_deref(), args.force, &text)?;
    Ok(EXIT_OK)
}
