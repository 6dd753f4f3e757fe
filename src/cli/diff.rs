//! `kvalitet diff`: what changes for citizens between two versions of a standard.

use super::args::{DiffArgs, DiffFormat};
use super::{files, report, Io, EXIT_OK};
use crate::emit::diff::{self, Format};

/// Compiles both versions, compares them and writes the report.
pub fn run(args: &DiffArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let options = report::options(None)?;
    let mut inputs = Vec::new();
    for path in [&args.old, &args.new] {
        if path.is_dir() {
            return Err(format!(
                "`{}` is a directory; diff compares two .kvs files",
                path.display()
            ));
        }
        inputs.extend(files::collect(std::slice::from_ref(path), io)?);
    }
    let results = report::compile(&inputs, &options, io.lang.unwrap_or_default())?;
    let mut standards = Vec::new();
    for (input, result) in inputs.iter().zip(&results) {
        let Some(standard) = &result.standard else {
            return Err(format!("`{}` holds no standard", input.name));
        };
        if result.has_errors() {
            writeln!(
                io.stderr,
                "note: `{}` has errors (see `kvalitet check`); the diff shows what could be read",
                input.name
            )
            .map_err(|e| format!("cannot write: {e}"))?;
        }
        standards.push((standard, input.name.as_str()));
    }
    let [old, new] = standards[..] else {
        return Err("diff compares exactly two files".into());
    };
    let changes = diff::diff(old, new, &options.registry);
    let format = match args.format {
        DiffFormat::Md => Format::Markdown,
        DiffFormat::Html => Format::Html,
        DiffFormat::Json => Format::Json,
    };
    let text = diff::render(&changes, format)?;
    report::write(io, args.out.as_deref(), args.force, &text)?;
    Ok(EXIT_OK)
}
