//! The diagnostics a document gets: kvalitet's own, turned into the protocol's, and a
//! note on a configuration that cannot be read.
//!
//! Each carries its code (`KS110`), the rule's name after the message, the help line,
//! its severity (advice is information), the secondary labels as related locations and
//! a link to the rule's documentation (`codeDescription`). A suppression that
//! suppresses nothing (`KS191`) is marked unnecessary, so editors fade it.

use super::analysis::Analysis;
use super::documents::Snapshot;
use super::settings::Settings;
use super::uri;
use crate::diag::{Diagnostic, Severity};
use crate::emit::catalogue;
use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location,
    NumberOrString, Position, PublishDiagnosticsParams, Range, Uri,
};
use std::str::FromStr;

/// The code of the rule whose findings are marked unnecessary.
const UNUSED_SUPPRESSION: &str = "KS191";

/// Every diagnostic of a snapshot, to publish.
pub fn publish(
    snapshot: &Snapshot,
    analysis: &Analysis,
    settings: &Settings,
) -> PublishDiagnosticsParams {
    let mut out: Vec<lsp_types::Diagnostic> = analysis
        .config_problems
        .iter()
        .map(|(directory, problem)| config_problem(directory, problem))
        .collect();
    out.extend(
        analysis
            .compiled
            .diagnostics
            .iter()
            .map(|diagnostic| convert(snapshot, diagnostic, settings)),
    );
    PublishDiagnosticsParams {
        uri: snapshot.uri.clone(),
        diagnostics: out,
        version: Some(snapshot.version),
    }
}

/// One of kvalitet's diagnostics in the protocol's terms.
pub fn convert(
    snapshot: &Snapshot,
    diagnostic: &Diagnostic,
    settings: &Settings,
) -> lsp_types::Diagnostic {
    let text = &snapshot.text;
    let range = |span| snapshot.lines.range(text, span, settings.encoding);
    let entry = catalogue::find(diagnostic.code);
    let lang = settings.lang;
    let mut message = diagnostic.message.text(lang);
    if let Some(entry) = &entry {
        message.push_str(&format!(" ({})", entry.name));
    }
    if let Some(help) = &diagnostic.help {
        message.push('\n');
        message.push_str(&crate::msg!("output-help", help = help.clone()).text(lang));
    }
    let mut related: Vec<DiagnosticRelatedInformation> = Vec::new();
    if let Some(label) = &diagnostic.label {
        related.push(DiagnosticRelatedInformation {
            location: Location::new(snapshot.uri.clone(), range(diagnostic.span)),
            message: label.text(lang),
        });
    }
    related.extend(
        diagnostic
            .labels
            .iter()
            .map(|label| DiagnosticRelatedInformation {
                location: Location::new(snapshot.uri.clone(), range(label.span)),
                message: label.message.text(lang),
            }),
    );
    lsp_types::Diagnostic {
        range: range(diagnostic.span),
        severity: Some(severity(diagnostic.severity)),
        code: Some(NumberOrString::String(diagnostic.code.to_owned())),
        code_description: entry
            .and_then(|entry| settings.documentation(&entry))
            .map(|href| CodeDescription { href }),
        source: Some("kvalitet".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: (diagnostic.code == UNUSED_SUPPRESSION).then(|| vec![DiagnosticTag::UNNECESSARY]),
        data: entry.map(|entry| serde_json::json!({ "name": entry.name })),
    }
}

/// The protocol's severity: advice is information, shown but not a problem.
fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Advice => DiagnosticSeverity::INFORMATION,
    }
}

/// A problem of the configuration in force, at the top of the document, pointing at
/// the configuration file.
fn config_problem(
    directory: &std::path::Path,
    problem: &crate::config::Problem,
) -> lsp_types::Diagnostic {
    let file = directory.join(&problem.path);
    let at = problem.at.map_or(Position::new(0, 0), |at| {
        let line = u32::try_from(at.line.saturating_sub(1)).unwrap_or(u32::MAX);
        let column = u32::try_from(at.column.saturating_sub(1)).unwrap_or(u32::MAX);
        Position::new(line, column)
    });
    let related = uri::from_path(&file).map(|uri: Uri| {
        vec![DiagnosticRelatedInformation {
            location: Location::new(uri, Range::new(at, at)),
            message: problem.message.clone(),
        }]
    });
    lsp_types::Diagnostic {
        range: Range::new(Position::new(0, 0), Position::new(0, 0)),
        severity: Some(DiagnosticSeverity::WARNING),
        code: None,
        code_description: None,
        source: Some("kvalitet".to_owned()),
        message: format!(
            "the configuration in force has a problem, so every rule is at its default severity: {problem}"
        ),
        related_information: related,
        tags: None,
        data: None,
    }
}

/// The address of a code's documentation from a template with `{code}`, `{name}`
/// and `{anchor}` (the heading's anchor in `docs/rules.md`).
pub fn documentation_address(template: &str, entry: &catalogue::Entry) -> Option<Uri> {
    let anchor = match entry.origin {
        catalogue::Origin::Rule => format!("{}-{}", entry.code.to_lowercase(), entry.name),
        catalogue::Origin::Language => "language-codes".to_owned(),
    };
    let address = template
        .replace("{code}", entry.code)
        .replace("{name}", entry.name)
        .replace("{anchor}", &anchor);
    Uri::from_str(&address).ok()
}
