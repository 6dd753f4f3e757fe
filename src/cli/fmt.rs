//! `kvalitet fmt`: files in the canonical layout, written in place, checked
//! (`--check`) or shown as a diff (`--diff`).
//!
//! Files are formatted on rayon's pool, each read, formatted and (when it changed)
//! written by the worker that formats it; the reports come back in input order. A
//! file with language errors is reported as `check` reports it and left as it is; the
//! others are still formatted. Standard input (`-`) is formatted to standard output.
//! Standard output carries only the formatted text and the diffs; every message goes
//! to standard error.

use super::args::FmtArgs;
use super::files::{self, Input};
use super::unified::unified_diff;
use super::write;
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::diag::render::{self, HumanStyle};
use crate::diag::{codes, Diagnostic};
use crate::msg;
use crate::source::{SourceFile, Span};
use std::collections::HashSet;
use std::path::PathBuf;

/// What became of one input.
enum Outcome {
    /// Already in the canonical layout.
    Unchanged {
        /// For standard input, the text to print.
        text: Option<String>,
    },
    /// Not in the canonical layout: written, or (with `--check` or `--diff`) not.
    Changed {
        /// The unified diff, with `--diff`.
        diff: Option<String>,
        /// For standard input, the formatted text to print.
        text: Option<String>,
    },
    /// Not formatted: the file's language errors, or why it could not be read or
    /// formatted (`KS090`, `KS099`).
    Refused {
        source: SourceFile,
        diagnostics: Vec<Diagnostic>,
    },
    /// Formatted, but could not be written.
    NotWritten(String),
}

/// Formats the files, or checks or shows what formatting would change.
pub fn run(args: &FmtArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let inputs = unique(files::collect(&args.paths, io)?);
    let outcomes = {
        use rayon::prelude::*;
        inputs
            .par_iter()
            .map(|input| format_input(input, args))
            .collect::<Vec<_>>()
    };
    report(&inputs, &outcomes, args, io).map_err(|e| format!("cannot write: {e}"))?;
    let fatal = outcomes.iter().any(|outcome| match outcome {
        Outcome::Refused { diagnostics, .. } => diagnostics.iter().any(|d| codes::is_fatal(d.code)),
        Outcome::NotWritten(_) => true,
        _ => false,
    });
    let refused = outcomes
        .iter()
        .any(|outcome| matches!(outcome, Outcome::Refused { .. }));
    let would_change = args.check
        && outcomes
            .iter()
            .any(|outcome| matches!(outcome, Outcome::Changed { .. }));
    Ok(if fatal {
        EXIT_USAGE
    } else if refused || would_change {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    })
}

/// The inputs without a file given twice (by two names of it, too), so that no file is
/// written by two workers.
fn unique(inputs: Vec<Input>) -> Vec<Input> {
    let mut seen: HashSet<PathBuf> = HashSet::new();
    inputs
        .into_iter()
        .filter(|input| match &input.path {
            Some(path) => seen.insert(std::fs::canonicalize(path).unwrap_or_else(|_| path.clone())),
            None => true,
        })
        .collect()
}

/// Reads, formats and, when it changed and neither `--check` nor `--diff` is given,
/// writes one input.
fn format_input(input: &Input, args: &FmtArgs) -> Outcome {
    let refused = |source: SourceFile, diagnostic: Diagnostic| Outcome::Refused {
        source,
        diagnostics: vec![diagnostic],
    };
    let bytes = match input.bytes() {
        Ok(bytes) => bytes,
        Err(diagnostic) => {
            return refused(
                SourceFile::new(input.name.clone(), String::new()),
                diagnostic,
            )
        }
    };
    let source = match crate::syntax::encoding::decode(bytes) {
        Ok(text) => SourceFile::new(input.name.clone(), text),
        Err((text, diagnostic)) => {
            return refused(SourceFile::new(input.name.clone(), text), diagnostic)
        }
    };
    let formatted = match guarded(&source) {
        Ok(formatted) => formatted,
        Err(diagnostics) => {
            return Outcome::Refused {
                source,
                diagnostics,
            }
        }
    };
    let to_stdout = input.path.is_none() && !args.check && !args.diff;
    if formatted == source.text {
        return Outcome::Unchanged {
            text: to_stdout.then_some(formatted),
        };
    }
    let diff = args
        .diff
        .then(|| unified_diff(&input.name, &source.text, &formatted));
    if let (Some(path), false, false) = (&input.path, args.check, args.diff) {
        if let Err(error) =
            write::replace_contents(path, source.text.as_bytes(), formatted.as_bytes())
        {
            return Outcome::NotWritten(error.to_string());
        }
    }
    Outcome::Changed {
        diff,
        text: to_stdout.then_some(formatted),
    }
}

/// [`crate::format_source`]; a panic (a bug) becomes an internal error on this file.
fn guarded(source: &SourceFile) -> Result<String, Vec<Diagnostic>> {
    std::panic::catch_unwind(|| crate::format_source(source)).unwrap_or_else(|_| {
        Err(vec![Diagnostic::error(
            codes::INTERNAL_ERROR,
            Span::new(0, 0),
            msg!("format-failed"),
        )
        .with_help(msg!("file-bug-help"))])
    })
}

/// Prints, in input order, the formatted text of standard input and the diffs on
/// standard output, and what became of each file and a summary on standard error.
fn report(
    inputs: &[Input],
    outcomes: &[Outcome],
    args: &FmtArgs,
    io: &mut Io<'_>,
) -> std::io::Result<()> {
    let style = HumanStyle {
        color: io.color,
        width: crate::emit::diagnostics::terminal_width(),
        lang: io.lang.unwrap_or_default(),
    };
    let (mut changed, mut unchanged, mut refused) = (0, 0, 0);
    for (input, outcome) in inputs.iter().zip(outcomes) {
        match outcome {
            Outcome::Unchanged { text } => {
                unchanged += 1;
                if let Some(text) = text {
                    io.stdout.write_all(text.as_bytes())?;
                }
            }
            Outcome::Changed { diff, text } => {
                changed += 1;
                if let Some(diff) = diff {
                    io.stdout.write_all(diff.as_bytes())?;
                }
                if let Some(text) = text {
                    io.stdout.write_all(text.as_bytes())?;
                } else if args.check || args.diff {
                    writeln!(io.stderr, "would reformat {}", input.name)?;
                } else {
                    writeln!(io.stderr, "reformatted {}", input.name)?;
                }
            }
            Outcome::Refused {
                source,
                diagnostics,
            } => {
                refused += 1;
                for diagnostic in diagnostics {
                    writeln!(io.stderr, "{}", render::human(diagnostic, source, style))?;
                }
                writeln!(io.stderr, "{}: not formatted", input.name)?;
            }
            Outcome::NotWritten(message) => {
                refused += 1;
                writeln!(io.stderr, "error: {message}")?;
            }
        }
    }
    // Standard input alone is a filter: its text is the whole answer.
    if inputs.iter().all(|input| input.path.is_none()) {
        return Ok(());
    }
    let files = |n: usize| format!("{n} file{}", if n == 1 { "" } else { "s" });
    let mut parts = Vec::new();
    if args.check || args.diff {
        parts.push(format!("{} would be reformatted", files(changed)));
        parts.push(format!("{unchanged} already formatted"));
    } else {
        parts.push(format!("{} reformatted", files(changed)));
        parts.push(format!("{unchanged} unchanged"));
    }
    if refused > 0 {
        parts.push(format!("{refused} not formatted"));
    }
    writeln!(io.stderr, "{}", parts.join(", "))
}
