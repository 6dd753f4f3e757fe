//! Code actions: for a rule's finding, a suppression comment on the statement it is
//! in (`# kvalitet: tillad KS110 ""`, with the reason left for the writer to give:
//! until it is, `KS190` asks for it).
//!
//! The comment goes on a line of its own before the statement, indented as it is, so
//! it covers the statement and its block (`src/check/suppress.rs`). A statement that
//! does not start its line (`år 2024; revideres …`) gets no action: a comment before
//! the line would cover another statement. The language's own codes and the findings
//! about suppressions cannot be suppressed, and get none either.

use super::documents::Snapshot;
use super::settings::Settings;
use crate::check::codes::{self as rules, Phase};
use crate::source::Span;
use crate::syntax::tree::{Item, Statement};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, TextEdit, WorkspaceEdit,
};
use std::collections::HashMap;

/// The code actions for a range.
pub fn actions(
    snapshot: &Snapshot,
    params: &CodeActionParams,
    settings: &Settings,
) -> Vec<CodeActionOrCommand> {
    let text = &snapshot.text;
    let wanted = snapshot.lines.span(text, params.range, settings.encoding);
    let analysis = snapshot.analyse();
    let (tree, _) = crate::syntax::parse(text);
    let mut out = Vec::new();
    let mut offered: Vec<(&str, usize)> = Vec::new();
    for diagnostic in &analysis.compiled.diagnostics {
        let span = diagnostic.span;
        if span.end < wanted.start || span.start > wanted.end {
            continue;
        }
        let Some(rule) = rules::find(diagnostic.code).filter(|r| r.phase == Phase::Standard) else {
            continue;
        };
        let Some(statement) = innermost(&tree.items, span.start) else {
            continue;
        };
        let Some(line_start) = starts_its_line(text, statement.key.span) else {
            continue;
        };
        if offered.contains(&(rule.code, line_start)) {
            continue;
        }
        offered.push((rule.code, line_start));
        let indent = text.get(line_start..statement.key.span.start).unwrap_or("");
        let comment = format!("{indent}# kvalitet: tillad {} \"\"\n", rule.code);
        let at = snapshot
            .lines
            .range(text, Span::new(line_start, line_start), settings.encoding);
        let mut changes = HashMap::new();
        changes.insert(snapshot.uri.clone(), vec![TextEdit::new(at, comment)]);
        let lsp_diagnostic = super::diagnostics::convert(snapshot, diagnostic, settings);
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!(
                "Allow {} ({}) in this statement, with a reason",
                rule.code, rule.name
            ),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![lsp_diagnostic]),
            edit: Some(WorkspaceEdit::new(changes)),
            ..CodeAction::default()
        }));
    }
    out
}

/// The innermost statement whose span holds `offset`.
fn innermost<'t, 'a>(items: &'t [Item<'a>], offset: usize) -> Option<&'t Statement<'a>> {
    let mut found = None;
    let mut items = items;
    loop {
        let statement = items.iter().find_map(|item| match item {
            Item::Statement(s)
                if s.span.start <= offset && offset < s.span.end.max(s.span.start + 1) =>
            {
                Some(s)
            }
            _ => None,
        });
        let Some(statement) = statement else {
            return found;
        };
        found = Some(statement);
        match &statement.block {
            Some(block) => items = &block.items,
            None => return found,
        }
    }
}

/// The start of the line of `key`, if nothing but blanks stands before it there.
fn starts_its_line(text: &str, key: Span) -> Option<usize> {
    let before = text.get(..key.start)?;
    let start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let blank = before
        .get(start..)?
        .chars()
        .all(|c| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{feff}'));
    blank.then_some(start)
}
