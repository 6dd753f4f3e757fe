//! Diagnostics as output: for people (miette) and as stable JSON for machines.

use crate::diag::render::{self, HumanStyle};
use crate::diag::{Diagnostic, Severity};
use crate::source::SourceFile;
use crate::Compiled;
use serde::Serialize;

/// Renders every diagnostic for people, then a summary line, at the terminal's width.
pub fn human(results: &[Compiled], color: bool) -> String {
    human_styled(
        results,
        HumanStyle {
            color,
            width: terminal_width(),
        },
    )
}

/// Renders every diagnostic for people, then a summary line, in a given style.
pub fn human_styled(results: &[Compiled], style: HumanStyle) -> String {
    let mut out = String::new();
    let (mut advice, mut warnings, mut errors) = (0, 0, 0);
    for result in results {
        for diagnostic in &result.diagnostics {
            out.push_str(&render::human(diagnostic, &result.source, style));
            out.push('\n');
            match diagnostic.severity {
                Severity::Advice => advice += 1,
                Severity::Warning => warnings += 1,
                Severity::Error => errors += 1,
            }
        }
    }
    let files = results.len();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    if errors + warnings + advice == 0 {
        out.push_str(&format!(
            "checked {}: no problems found\n",
            plural(files, "file")
        ));
    } else {
        out.push_str(&format!(
            "checked {}: {}, {}, {}\n",
            plural(files, "file"),
            plural(errors, "error"),
            plural(warnings, "warning"),
            advice_word(advice)
        ));
    }
    out
}

fn advice_word(n: usize) -> String {
    format!("{n} advice")
}

/// The width to render at: `COLUMNS` if it is set and at least 40, else 100.
pub fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w: &usize| *w >= 40)
        .unwrap_or(100)
}

/// The version of the diagnostics JSON.
pub const DIAGNOSTICS_SCHEMA_VERSION: &str = "1.0";

/// The diagnostics of a run as JSON.
#[derive(Debug, Serialize)]
pub struct DiagnosticsJson {
    /// The version of this format.
    pub schema_version: &'static str,
    /// Every diagnostic, file by file, in position order.
    pub diagnostics: Vec<DiagnosticJson>,
    /// Counts.
    pub summary: SummaryJson,
}

/// Counts of a run.
#[derive(Debug, Serialize)]
pub struct SummaryJson {
    /// Files checked.
    pub files: usize,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Advice.
    pub advice: usize,
}

/// One diagnostic.
#[derive(Debug, Serialize)]
pub struct DiagnosticJson {
    /// The stable code.
    pub code: &'static str,
    /// `error`, `warning` or `advice`.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// The file.
    pub file: String,
    /// Where it starts.
    pub start: PositionJson,
    /// Where it ends.
    pub end: PositionJson,
    /// The text under the primary span.
    pub label: Option<String>,
    /// Other places involved.
    pub labels: Vec<LabelJson>,
    /// How to fix it.
    pub help: Option<String>,
}

/// A 1-based line and column (columns count characters).
#[derive(Debug, Serialize, Clone, Copy)]
pub struct PositionJson {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// A secondary place.
#[derive(Debug, Serialize)]
pub struct LabelJson {
    /// What is there.
    pub message: String,
    /// Where it starts.
    pub start: PositionJson,
    /// Where it ends.
    pub end: PositionJson,
}

fn position(source: &SourceFile, offset: usize) -> PositionJson {
    let (line, column) = source.line_col(offset);
    PositionJson { line, column }
}

/// One diagnostic in the JSON form.
pub fn diagnostic_json(d: &Diagnostic, source: &SourceFile) -> DiagnosticJson {
    DiagnosticJson {
        code: d.code,
        severity: d.severity,
        message: d.message.clone(),
        file: source.name.clone(),
        start: position(source, d.span.start),
        end: position(source, d.span.end),
        label: d.label.clone(),
        labels: d
            .labels
            .iter()
            .map(|l| LabelJson {
                message: l.message.clone(),
                start: position(source, l.span.start),
                end: position(source, l.span.end),
            })
            .collect(),
        help: d.help.clone(),
    }
}

/// Every diagnostic of a run as a JSON document.
pub fn json(results: &[Compiled]) -> String {
    let diagnostics: Vec<DiagnosticJson> = results
        .iter()
        .flat_map(|r| r.diagnostics.iter().map(|d| diagnostic_json(d, &r.source)))
        .collect();
    let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
    let document = DiagnosticsJson {
        schema_version: DIAGNOSTICS_SCHEMA_VERSION,
        summary: SummaryJson {
            files: results.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            advice: count(Severity::Advice),
        },
        diagnostics,
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
