//! `kvalitet check`.

use super::args::{CheckArgs, Deny, DiagnosticFormat};
use super::files;
use super::{Io, EXIT_FINDINGS, EXIT_OK};
use crate::diag::Severity;
use crate::emit::diagnostics;

/// Checks the files and prints the findings.
pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let options = files::options(args.today.as_deref())?;
    let inputs = files::collect(&args.paths, io)?;
    let results = files::compile_all(&inputs, &options);
    let text = match args.format {
        DiagnosticFormat::Human => diagnostics::human(&results, io.color),
        DiagnosticFormat::Json => diagnostics::json(&results),
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    let fails = |severity: Severity| {
        severity == Severity::Error
            || (severity == Severity::Warning && args.deny == Some(Deny::Warnings))
    };
    let failed = results
        .iter()
        .flat_map(|r| &r.diagnostics)
        .any(|d| fails(d.severity));
    Ok(if failed { EXIT_FINDINGS } else { EXIT_OK })
}
