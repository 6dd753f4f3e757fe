//! `kvalitet build`: writes each standard that can be read as JSON or as a citizen page.
//!
//! Files are written whole or not at all (`write::atomic`), only into real folders
//! inside `--out` (a symbolic link among them is refused), and a directory that
//! kvalitet did not create is not written into without `--force`.

use super::args::{BuildArgs, BuildFormat};
use super::files;
use super::html;
use super::output;
use super::write::{self, Replace};
use super::{Io, EXIT_FINDINGS, EXIT_OK};
use crate::emit::{diagnostics, json};
use std::path::Path;

/// The file that marks a directory as kvalitet's output.
pub const MARKER: &str = ".kvalitet-output";

/// Builds the files into `--out`.
pub fn run(args: &BuildArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let inputs = files::collect(&args.paths, io)?;
    html::check_args(args)?;
    let (extension, reserved) = match args.format {
        BuildFormat::Json => ("json", vec![MARKER]),
        BuildFormat::Html => (
            "html",
            vec![
                MARKER,
                crate::emit::html::INDEX_NAME,
                crate::emit::html::STYLESHEET_NAME,
            ],
        ),
    };
    files::check_unique_outputs(&inputs, extension, &reserved)?;
    let settings = files::settings(&inputs, &args.config, args.today.as_deref())?;
    prepare(&args.out, args.force)?;
    let results = files::compile_each(&inputs, &settings);
    let mut failed = false;
    let mut written = 0;
    let mut index = Vec::new();
    for (input, result) in inputs.iter().zip(&results) {
        if result.has_errors() {
            failed = true;
            // A standard the checker finds errors in can still be read, and its page and
            // JSON show it (the JSON counts the findings); only a file that cannot be
            // read as written is skipped.
            if result.has_language_errors() {
                continue;
            }
        }
        let Some(standard) = &result.standard else {
            continue;
        };
        if args.format == BuildFormat::Html {
            index.push(html::write_page(
                &args.out,
                input,
                result,
                standard,
                args.preview,
            )?);
            written += 1;
            continue;
        }
        let document = json::standard(standard, &input.name, &result.diagnostics);
        let mut text = serde_json::to_string_pretty(&document)
            .map_err(|e| format!("cannot serialise `{}`: {e}", input.name))?;
        text.push('\n');
        write_below(
            &args.out,
            &output::file_name(&input.stem, "json"),
            text.as_bytes(),
        )?;
        written += 1;
    }
    if args.format == BuildFormat::Html {
        html::write_index(&args.out, &index, args.preview)?;
    }
    let report = diagnostics::human(&results, io.color);
    io.stdout
        .write_all(report.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    let skipped = inputs.len() - written;
    let what = match args.format {
        BuildFormat::Json => "JSON file(s)",
        BuildFormat::Html => "HTML page(s), index.html and style.css",
    };
    let mut summary = format!("wrote {written} {what} to {}", args.out.display());
    if skipped > 0 {
        summary.push_str(&format!("; skipped {skipped} that cannot be read"));
    }
    writeln!(io.stdout, "{summary}").map_err(|e| format!("cannot write: {e}"))?;
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}

/// Creates the output directory, or checks that kvalitet may write into it.
fn prepare(out: &Path, force: bool) -> Result<(), String> {
    if out.exists() {
        if !out.is_dir() {
            return Err(format!("`{}` exists and is not a directory", out.display()));
        }
        let empty = std::fs::read_dir(out)
            .map_err(|e| format!("cannot read `{}`: {e}", out.display()))?
            .next()
            .is_none();
        if !empty && !out.join(MARKER).exists() && !force {
            return Err(format!(
                "`{}` holds files that kvalitet did not write; choose another --out, or pass --force to write there anyway",
                out.display()
            ));
        }
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create `{}`: {e}", out.display()))?;
    write_below(
        out,
        Path::new(MARKER),
        b"This directory holds output written by kvalitet build.\n",
    )
}

/// Writes a file whole at `relative` below `out`, in real folders only
/// (`write::folders_below`).
pub fn write_below(out: &Path, relative: &Path, bytes: &[u8]) -> Result<(), String> {
    if let Some(parent) = relative.parent() {
        write::folders_below(out, parent)?;
    }
    Ok(write::atomic(&out.join(relative), bytes, Replace::Always)?)
}
