//! `kvalitet build --format html`: a page per standard, the index and the stylesheet,
//! each written whole (`build::write_atomic`).

use super::args::{BuildArgs, BuildFormat};
use super::build::write_atomic;
use super::files::Input;
use crate::emit::html::{self, IndexEntry};
use crate::model::Standard;
use crate::Compiled;
use std::path::Path;

/// Checks what only the HTML output needs: `--preview` goes with `--format html`, and
/// no standard's page may take the place of the index.
pub fn check_args(args: &BuildArgs, inputs: &[Input]) -> Result<(), String> {
    if args.preview && args.format != BuildFormat::Html {
        return Err("--preview shows findings on HTML pages; add --format html".to_owned());
    }
    if args.format != BuildFormat::Html {
        return Ok(());
    }
    if let Some(input) = inputs.iter().find(|input| input.stem == Path::new("index")) {
        return Err(format!(
            "the page of `{}` would replace index.html; rename the file or build its folder",
            input.name
        ));
    }
    Ok(())
}

/// Writes the page of one standard and returns its entry for the index.
pub fn write_page(
    out: &Path,
    input: &Input,
    result: &Compiled,
    standard: &Standard,
    preview: bool,
) -> Result<IndexEntry, String> {
    let options = html::Options {
        stem: &input.stem,
        preview,
    };
    let page = html::standard_page(standard, &result.source, &result.diagnostics, options)
        .map_err(|e| format!("cannot build the page of `{}`: {e}", input.name))?;
    write_atomic(
        &out.join(&input.stem).with_extension("html"),
        page.as_bytes(),
    )?;
    Ok(html::index_entry(standard, &input.stem))
}

/// Writes the index page and the stylesheet.
pub fn write_index(out: &Path, entries: &[IndexEntry], preview: bool) -> Result<(), String> {
    let index = html::index_page(entries, preview)?;
    write_atomic(
        &out.join(html::STYLESHEET_NAME),
        html::STYLESHEET.as_bytes(),
    )?;
    write_atomic(&out.join(html::INDEX_NAME), index.as_bytes())
}
