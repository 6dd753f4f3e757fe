//! `kvalitet build --format html`: a page per standard, the index and the stylesheet,
//! each written whole into the output directory (`output::OutputDir::write`).

use super::args::{BuildArgs, BuildFormat};
use super::files::Input;
use super::output::{self, OutputDir};
use crate::emit::html::{self, IndexEntry};
use crate::model::values::Date;
use crate::model::Standard;
use crate::registry::Registry;
use crate::Compiled;
use std::path::Path;

/// Checks what only the HTML output needs: `--preview` goes with `--format html`. (That
/// no page takes the place of the index or the stylesheet is checked with every other
/// clash of names, by `files::check_unique_outputs`.)
pub fn check_args(args: &BuildArgs) -> Result<(), String> {
    if args.preview && args.format != BuildFormat::Html {
        return Err("--preview shows findings on HTML pages; add --format html".to_owned());
    }
    Ok(())
}

/// Writes the page of one standard and returns its entry for the index.
pub fn write_page(
    out: &mut OutputDir,
    input: &Input,
    result: &Compiled,
    standard: &Standard,
    registry: &Registry,
    today: Date,
    preview: bool,
) -> Result<IndexEntry, String> {
    let options = html::Options {
        stem: &input.stem,
        preview,
        registry,
    };
    let page = html::standard_page(standard, &result.source, &result.diagnostics, options)
        .map_err(|e| format!("cannot build the page of `{}`: {e}", input.name))?;
    out.write(&output::file_name(&input.stem, "html"), page.as_bytes())?;
    Ok(html::index_entry(standard, &input.stem, registry, today))
}

/// Writes the index page and the stylesheet.
pub fn write_index(
    out: &mut OutputDir,
    entries: &[IndexEntry],
    preview: bool,
) -> Result<(), String> {
    let index = html::index_page(entries, preview)?;
    out.write(
        Path::new(html::STYLESHEET_NAME),
        html::STYLESHEET.as_bytes(),
    )?;
    out.write(Path::new(html::INDEX_NAME), index.as_bytes())
}
