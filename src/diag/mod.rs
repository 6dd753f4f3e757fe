//! The one internal diagnostic type, shared by every stage of the pipeline.
//!
//! Stages never print: they return their result together with a `Vec<Diagnostic>`.
//! Renderers at the edge (`render`) turn diagnostics into text for people (miette) or
//! into formats for machines. A diagnostic may carry a [`Fix`] (`fix`): the edits that
//! correct it, as data.

pub mod codes;
pub mod fix;
pub mod render;

pub use fix::{Applicability, Edit, Fix, FixAvailability, FixSafety};

use crate::i18n::Message;
use crate::source::Span;
use serde::Serialize;
use std::fmt;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A hint that may improve the standard.
    Advice,
    /// Probably wrong, but the standard can still be read.
    Warning,
    /// Wrong: the standard promises something it cannot keep, or cannot be read.
    Error,
}

impl Severity {
    /// The lowercase name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Advice => "advice",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `error`, `warning` or `advice`.
    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "advice" => Some(Severity::Advice),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary place that a diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there, in a few words.
    pub message: Message,
}

/// One finding: a stable code, where, what and how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The stable code, e.g. `KS020`.
    pub code: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in words (lowercase, no final period).
    pub message: Message,
    /// The exact place.
    pub span: Span,
    /// What the primary span shows, if it needs saying.
    pub label: Option<Message>,
    /// Other places involved.
    pub labels: Vec<Label>,
    /// How to fix it.
    pub help: Option<Message>,
    /// The edits that fix it, where kvalitet can be certain of them.
    pub fix: Option<Fix>,
}

impl Diagnostic {
    /// An error with a code, a span and a message.
    pub fn error(code: &'static str, span: Span, message: impl Into<Message>) -> Self {
        Self::new(code, Severity::Error, span, message)
    }

    /// A warning with a code, a span and a message.
    pub fn warning(code: &'static str, span: Span, message: impl Into<Message>) -> Self {
        Self::new(code, Severity::Warning, span, message)
    }

    /// A diagnostic of any severity.
    pub fn new(
        code: &'static str,
        severity: Severity,
        span: Span,
        message: impl Into<Message>,
    ) -> Self {
        Self {
            code,
            severity,
            message: message.into(),
            span,
            label: None,
            labels: Vec::new(),
            help: None,
            fix: None,
        }
    }

    /// Sets the text shown under the primary span.
    pub fn with_label(mut self, label: impl Into<Message>) -> Self {
        self.label = Some(label.into());
        self
    }

    /// Adds a secondary place.
    pub fn with_secondary(mut self, span: Span, message: impl Into<Message>) -> Self {
        self.labels.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// Sets the help line.
    pub fn with_help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sets the fix, if there is one.
    pub fn with_fix(mut self, fix: Option<Fix>) -> Self {
        self.fix = fix;
        self
    }
}

/// Sorts diagnostics by position, then code, so output is deterministic.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.span.start(), a.span.end(), a.code, &a.message).cmp(&(
            b.span.start(),
            b.span.end(),
            b.code,
            &b.message,
        ))
    });
}
