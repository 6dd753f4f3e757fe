//! `kvalitet check`.

use super::args::{CheckArgs, Deny, DiagnosticFormat};
use super::files;
use super::{Io, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE};
use crate::diag::Severity;
use crate::emit::{diagnostics, github, sarif};

/// Checks the files and prints the findings.
pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let inputs = files::collect(&args.paths, io)?;
    let settings = files::settings(&inputs, &args.config, args.today.as_deref())?;
    let results = files::compile_each(&inputs, &settings, files::Keep::Diagnostics);
    let text = match args.format {
        DiagnosticFormat::Human => diagnostics::human(&results, io.color),
        DiagnosticFormat::Json => diagnostics::json(&results),
        DiagnosticFormat::Sarif => sarif::sarif(&results),
        DiagnosticFormat::Github => github::github(&results),
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    // A file's warnings fail the run with `--deny warnings`, or if its configuration
    // denies them.
    let fails = |severity: Severity, deny_warnings: bool| {
        severity == Severity::Error
            || (severity == Severity::Warning
                && (deny_warnings || args.deny == Some(Deny::Warnings)))
    };
    let failed = results.iter().zip(&settings).any(|(result, setting)| {
        result
            .diagnostics
            .iter()
            .any(|d| fails(d.severity, setting.deny_warnings))
    });
    // A file that could not be checked at all (unreadable, or a failure of kvalitet)
    // is a usage-level failure, reported with the others before the run ends.
    if results.iter().any(|r| r.is_unchecked()) {
        return Ok(EXIT_USAGE);
    }
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
