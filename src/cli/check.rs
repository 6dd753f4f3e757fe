//! `kvalitet check`, and with `--fix`, `--unsafe-fixes` or `--diff`, fixing what it
//! finds.

use super::args::{CheckArgs, Deny, DiagnosticFormat};
use super::files::{self, Fixed, Input, Setting};
use super::unified::unified_diff;
use super::write;
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::diag::render::HumanStyle;
use crate::diag::{Applicability, Severity};
use crate::emit::diagnostics::{self, FileReport, FixSummary, Style};
use crate::i18n::Lang;
use crate::Compiled;
use std::io::Write;

/// Checks the files and prints the findings; with `--fix`, `--unsafe-fixes` or
/// `--diff`, fixes them first.
pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> Result<u8, String> {
    if args.diff && args.format != DiagnosticFormat::Human {
        return Err("--diff prints the changes as a unified diff, so it takes no --format".into());
    }
    let inputs = files::collect(&args.paths, io)?;
    let settings = files::settings(&inputs, &args.config, args.today.as_deref())?;
    if args.fix || args.unsafe_fixes || args.diff {
        return fix(args, &inputs, &settings, io);
    }
    // Each file's findings are rendered on the worker that checked it; the run keeps
    // only them, not the files' text.
    let style = style(args, io.color, files::lang(io, &settings));
    let reports = files::compile_each_then(&inputs, &settings, |compiled| {
        FileReport::new(&compiled, style)
    });
    let code = exit_code(args, &reports, &settings);
    let text = diagnostics::report(reports, style, None);
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(code)
}

/// How the chosen format renders each finding.
fn style(args: &CheckArgs, color: bool, lang: Lang) -> Style {
    match args.format {
        DiagnosticFormat::Human => Style::Human(HumanStyle {
            color,
            width: diagnostics::terminal_width(),
            lang,
        }),
        DiagnosticFormat::Json => Style::Json(lang),
        DiagnosticFormat::Sarif => Style::Sarif(lang),
        DiagnosticFormat::Github => Style::Github(lang),
    }
}

/// `2` if a file could not be checked, `1` if a file has an error (or a warning its
/// setting or `--deny warnings` denies), else `0`.
fn exit_code(args: &CheckArgs, reports: &[FileReport], settings: &[Setting]) -> u8 {
    // A file's warnings fail the run with `--deny warnings`, or if its configuration
    // denies them.
    let fails = |severity: Severity, deny_warnings: bool| {
        severity == Severity::Error
            || (severity == Severity::Warning
                && (deny_warnings || args.deny == Some(Deny::Warnings)))
    };
    let failed = reports.iter().zip(settings).any(|(report, setting)| {
        report
            .findings
            .iter()
            .any(|f| fails(f.severity, setting.deny_warnings))
    });
    // A file that could not be checked at all (unreadable, or a failure of kvalitet)
    // is a usage-level failure, reported with the others before the run ends.
    if reports.iter().any(|r| r.unchecked) {
        return EXIT_USAGE;
    }
    if failed {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// `check --fix`, `--unsafe-fixes` and `--diff`: fixes every input, then writes the
/// fixed files (standard input: prints the fixed text) and reports what remains, or
/// prints the changes as a diff and writes nothing.
fn fix(
    args: &CheckArgs,
    inputs: &[Input],
    settings: &[Setting],
    io: &mut Io<'_>,
) -> Result<u8, String> {
    let threshold = if args.unsafe_fixes {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let fixed = files::fix_each(inputs, settings, threshold);
    let mut failed = false;
    for (input, file) in inputs.iter().zip(&fixed) {
        failed |= warn_about(input, file, io)?;
    }
    if args.diff {
        return diff(inputs, &fixed, threshold, io)
            .map(|code| if failed { EXIT_USAGE } else { code });
    }
    let mut count = 0;
    let mut results: Vec<Compiled> = Vec::with_capacity(fixed.len());
    for ((input, file), setting) in inputs.iter().zip(fixed).zip(settings) {
        let text = file.result.text();
        match &input.path {
            // Standard input: the fixed text goes to standard output, changed or not.
            None => io
                .stdout
                .write_all(text.as_bytes())
                .map_err(|e| format!("cannot write: {e}"))?,
            Some(path) if file.result.fixed_count() > 0 && text.as_bytes() != file.original => {
                if let Err(error) = write::replace_contents(path, &file.original, text.as_bytes()) {
                    writeln!(io.stderr, "error: {error}")
                        .map_err(|e| format!("cannot write: {e}"))?;
                    failed = true;
                    // Not written: report the file as it is.
                    results.push(crate::compile_bytes(
                        input.name.clone(),
                        file.original,
                        &setting.options,
                    ));
                    continue;
                }
            }
            Some(_) => {}
        }
        count += file.result.fixed_count();
        results.push(file.result.compiled);
    }
    let summary = FixSummary {
        fixed: count,
        threshold,
    };
    let style = style(args, io.color, files::lang(io, settings));
    let reports = FileReport::all(&results, style);
    drop(results);
    let code = exit_code(args, &reports, settings);
    let text = diagnostics::report(reports, style, Some(summary));
    // With standard input among the inputs, standard output holds its fixed text.
    let out: &mut dyn Write = if inputs.iter().any(|i| i.path.is_none()) {
        io.stderr
    } else {
        io.stdout
    };
    out.write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(if failed { EXIT_USAGE } else { code })
}

/// Prints, on standard error, that an input's fixes were refused or did not settle;
/// returns whether the run must fail (neither does: the findings that remain are
/// reported, and decide the exit code).
fn warn_about(input: &Input, file: &Fixed, io: &mut Io<'_>) -> Result<bool, String> {
    let write = |io: &mut Io<'_>, text: String| {
        io.stderr
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write: {e}"))
    };
    if let Some(refusal) = &file.result.refused {
        let mut codes = refusal.fixes.clone();
        codes.sort_unstable();
        codes.dedup();
        write(
            io,
            format!(
                "warning: `{}` was not fixed: the fixes for {} would give it a new error ({}); correct it by hand\n",
                input.name,
                codes.join(", "),
                refusal.errors.join("; ")
            ),
        )?;
        return Ok(false);
    }
    if !file.result.converged {
        write(
            io,
            format!(
                "warning: the fixes for `{}` still found work after {} passes; what they did so far is kept, and the findings that remain are reported\n",
                input.name,
                crate::fix::MAX_PASSES
            ),
        )?;
    }
    Ok(false)
}

/// `--diff`: the unified diff of each file the fixes would change on standard output,
/// and a summary on standard error. Exits `1` when there is something to fix.
fn diff(
    inputs: &[Input],
    fixed: &[Fixed],
    threshold: Applicability,
    io: &mut Io<'_>,
) -> Result<u8, String> {
    let (mut findings, mut changed, mut more) = (0, 0, 0);
    for (input, file) in inputs.iter().zip(fixed) {
        if threshold == Applicability::Safe {
            let remaining = file.result.remaining().iter();
            more += remaining
                .filter(|d| d.fix.as_ref().map(|f| f.applicability) == Some(Applicability::Unsafe))
                .count();
        }
        let Ok(before) = std::str::from_utf8(&file.original) else {
            continue;
        };
        let text = unified_diff(&input.name, before, file.result.text());
        if text.is_empty() {
            continue;
        }
        findings += file.result.fixed_count();
        changed += 1;
        io.stdout
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write: {e}"))?;
    }
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    let mut summary = if changed == 0 {
        "no fixes to apply".to_owned()
    } else {
        format!(
            "would fix {} in {}",
            plural(findings, "finding"),
            plural(changed, "file")
        )
    };
    if more > 0 {
        summary.push_str(&format!(" ({more} more with --unsafe-fixes)"));
    }
    writeln!(io.stderr, "{summary}").map_err(|e| format!("cannot write: {e}"))?;
    if fixed.iter().any(|f| f.result.compiled.is_unchecked()) {
        return Ok(EXIT_USAGE);
    }
    Ok(if changed > 0 { EXIT_FINDINGS } else { EXIT_OK })
}
