//! `kvalitet compare`: standards side by side, as HTML, Markdown, CSV or JSON.

use super::args::{CompareArgs, CompareFormat};
use super::{files, report, Io, EXIT_OK};
use crate::emit::compare::{self, Format};

/// Compiles the standards, compares them and writes the report.
pub fn run(args: &CompareArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let options = report::options(args.today.as_deref())?;
    let inputs = files::collect(&args.paths, io)?;
    let results = report::compile(&inputs, &options)?;
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
        CompareFormat::Csv => Format::Csv,
        CompareFormat::Json => Format::Json,
    };
    let text = compare::render(&comparison, format)?;
    report::write(io, args.out.as_deref(), args.force, &text)?;
    Ok(EXIT_OK)
}
