//! An author's preview: each finding of the checker placed beside the part of the page
//! it concerns.
//!
//! A finding belongs to the innermost section, indsats or contact whose span holds its
//! own span. Findings that fall in none of them (the header, the standard as a whole)
//! are listed at the top of the page.

use super::context::{contact_id, indsats_id, indsats_section_id, resume_section_id, section_id};
use super::view::{Finding, Findings};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::model::Standard;
use crate::source::{SourceFile, Span};
use std::collections::HashMap;

/// The findings by anchor, and the rest with the counts.
pub fn place(
    standard: &Standard,
    source: &SourceFile,
    diagnostics: &[Diagnostic],
) -> (HashMap<String, Vec<Finding>>, Findings) {
    let anchors = anchors(standard);
    let mut placed: HashMap<String, Vec<Finding>> = HashMap::new();
    let mut findings = Findings::default();
    for d in diagnostics {
        match d.severity {
            Severity::Error => findings.errors += 1,
            Severity::Warning => findings.warnings += 1,
            Severity::Advice => findings.advice += 1,
        }
        let finding = finding(source, d);
        match innermost(&anchors, d.span) {
            Some(id) => placed.entry(id.to_owned()).or_default().push(finding),
            None => findings.unplaced.push(finding),
        }
    }
    (placed, findings)
}

/// Every part of the page a finding can be placed at, with its span.
fn anchors(standard: &Standard) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for (i, s) in standard.summary.iter().enumerate() {
        out.push((s.span, resume_section_id(i)));
    }
    for (i, s) in standard.sections.iter().enumerate() {
        out.push((s.span, section_id(i)));
    }
    for (i, indsats) in standard.indsatser.iter().enumerate() {
        out.push((indsats.span, indsats_id(i)));
        for (j, s) in indsats.sections.iter().enumerate() {
            out.push((s.span, indsats_section_id(i, j)));
        }
    }
    for (i, c) in standard.contacts.iter().enumerate() {
        out.push((c.span, contact_id(i)));
    }
    out
}

/// The anchor of the smallest span that holds `span`.
fn innermost(anchors: &[(Span, String)], span: Span) -> Option<&str> {
    anchors
        .iter()
        .filter(|(outer, _)| {
            !outer.is_empty() && outer.start() <= span.start() && span.end() <= outer.end()
        })
        .min_by_key(|(outer, _)| outer.len())
        .map(|(_, id)| id.as_str())
}

/// A diagnostic as the page shows it.
fn finding(source: &SourceFile, d: &Diagnostic) -> Finding {
    let (line, _) = source.line_col(d.span.start());
    Finding {
        code: d.code.to_owned(),
        severity: d.severity.as_str().to_owned(),
        severity_label: match d.severity {
            Severity::Error => "Fejl",
            Severity::Warning => "Advarsel",
            Severity::Advice => "Råd",
        }
        .to_owned(),
        // The page is in Danish, and so are its findings.
        message: d.message.text(Lang::Da),
        help: d.help.as_ref().map(|m| m.text(Lang::Da)),
        line,
    }
}
