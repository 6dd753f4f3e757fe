//! `kvalitet build`: writes each standard that can be read as JSON or as a citizen page.
//!
//! Files are written whole or not at all, only into real folders inside `--out`, never
//! over a file kvalitet did not write, and what an earlier build wrote and this one no
//! longer does is removed (`output::OutputDir`). A directory that kvalitet did not
//! create is not written into without `--force`.

use super::args::{BuildArgs, BuildFormat};
use super::files;
use super::html;
use super::output::{self, OutputDir, MANIFEST, MARKER};
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::emit::{diagnostics, json};
use std::path::PathBuf;

/// Builds the files into `--out`.
pub fn run(args: &BuildArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let inputs = files::collect(&args.paths, io)?;
    html::check_args(args)?;
    // The files the build writes besides one per standard.
    let (extension, own) = match args.format {
        BuildFormat::Json => ("json", vec![]),
        BuildFormat::Html => (
            "html",
            vec![
                crate::emit::html::INDEX_NAME,
                crate::emit::html::STYLESHEET_NAME,
            ],
        ),
    };
    let mut reserved = vec![MARKER, MANIFEST];
    reserved.extend(&own);
    files::check_unique_outputs(&inputs, extension, &reserved)?;
    let settings = files::settings(&inputs, &args.config, args.today.as_deref())?;
    let planned: Vec<PathBuf> = inputs
        .iter()
        .map(|input| output::file_name(&input.stem, extension))
        .chain(own.iter().map(PathBuf::from))
        .collect();
    let mut out = OutputDir::open(&args.out, args.force, &planned)?;
    let results = files::compile_each(&inputs, &settings);
    let mut failed = false;
    let mut written = 0;
    let mut refused = 0;
    let mut index = Vec::new();
    for ((input, result), setting) in inputs.iter().zip(&results).zip(&settings) {
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
            // A page for citizens shows only what is decided: a standard that holds
            // proposals gets none (its preview shows them); the other files are built.
            if !args.preview {
                if let Some(refusal) = crate::emit::html::refusal(standard, &result.source) {
                    writeln!(io.stderr, "error: {refusal}")
                        .map_err(|e| format!("cannot write: {e}"))?;
                    failed = true;
                    refused += 1;
                    continue;
                }
            }
            index.push(html::write_page(
                &mut out,
                input,
                result,
                standard,
                &setting.options.registry,
                setting.options.today,
                args.preview,
            )?);
            written += 1;
            continue;
        }
        let document = json::standard(standard, &input.name, &result.diagnostics);
        let mut text = serde_json::to_string_pretty(&document)
            .map_err(|e| format!("cannot serialise `{}`: {e}", input.name))?;
        text.push('\n');
        out.write(&output::file_name(&input.stem, "json"), text.as_bytes())?;
        written += 1;
    }
    if args.format == BuildFormat::Html {
        html::write_index(&mut out, &index, args.preview)?;
    }
    let removed = out.finish()?;
    let report = diagnostics::human(&results, io.color, files::lang(io, &settings));
    io.stdout
        .write_all(report.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    let skipped = inputs.len() - written - refused;
    let what = match args.format {
        BuildFormat::Json => "JSON file(s)",
        BuildFormat::Html => "HTML page(s), index.html and style.css",
    };
    let mut summary = format!("wrote {written} {what} to {}", args.out.display());
    if skipped > 0 {
        summary.push_str(&format!("; skipped {skipped} that cannot be read"));
    }
    if refused > 0 {
        summary.push_str(&format!(
            "; built no page for {refused} that hold proposals (--preview shows them)"
        ));
    }
    if removed > 0 {
        summary.push_str(&format!(
            "; removed {removed} file(s) of an earlier build that this one no longer writes"
        ));
    }
    writeln!(io.stdout, "{summary}").map_err(|e| format!("cannot write: {e}"))?;
    if results.iter().any(|r| r.is_unchecked()) {
        return Ok(EXIT_USAGE);
    }
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
