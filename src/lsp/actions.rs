//! Code actions:
//!
//! - a finding's fix (`Diagnostic::fix`, as `check --fix` applies it), safe or unsafe
//!   as the rule says; a safe one is the preferred action;
//! - all safe fixes of the file at once (`source.fixAll.kvalitet`, for "fix on save"),
//!   through `kvalitet::fix::apply`, which checks the result again and refuses fixes
//!   that would break the file;
//! - for a rule's finding, a suppression comment on the statement it is in
//!   (`# kvalitet: tillad KS110 ""`, with the reason left for the writer to give:
//!   until it is, `KS190` asks for it).
//!
//! The comment goes on a line of its own before the statement, indented as it is, so
//! it covers the statement and its block (`src/check/suppress.rs`). A statement that
//! does not start its line (`år 2024; revideres …`) gets no action: a comment before
//! the line would cover another statement. The language's own codes and the findings
//! about suppressions cannot be suppressed, and get none either.

use super::documents::Snapshot;
use super::formatting;
use super::settings::Settings;
use crate::check::codes::{self as rules, Phase};
use crate::diag::{Applicability, Diagnostic, Fix};
use crate::source::{SourceFile, Span};
use crate::syntax::tree::{Item, Statement};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, TextEdit, WorkspaceEdit,
};
use std::collections::HashMap;

/// The kind of the action that applies every safe fix.
pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.kvalitet")
}

/// The code actions for a range (of the kinds the client asks for, if it says).
pub fn actions(
    snapshot: &Snapshot,
    params: &CodeActionParams,
    settings: &Settings,
) -> Vec<CodeActionOrCommand> {
    let only = params.context.only.as_deref();
    let wants = |kind: &CodeActionKind| {
        only.is_none_or(|only| {
            only.iter().any(|asked| {
                let (kind, asked) = (kind.as_str(), asked.as_str());
                kind == asked
                    || kind
                        .strip_prefix(asked)
                        .is_some_and(|rest| rest.starts_with('.'))
            })
        })
    };
    let mut out = Vec::new();
    if wants(&CodeActionKind::QUICKFIX) {
        quick_fixes(snapshot, params, settings, &mut out);
    }
    if wants(&fix_all_kind()) {
        out.extend(fix_all(snapshot, settings));
    }
    out
}

/// The fixes and suppressions of the findings in the range.
fn quick_fixes(
    snapshot: &Snapshot,
    params: &CodeActionParams,
    settings: &Settings,
    out: &mut Vec<CodeActionOrCommand>,
) {
    let text = &snapshot.text;
    let wanted = snapshot.lines.span(text, params.range, settings.encoding);
    let analysis = snapshot.analyse();
    let (tree, _) = crate::syntax::parse(text);
    let in_range: Vec<&Diagnostic> = analysis
        .compiled
        .diagnostics
        .iter()
        .filter(|d| !(d.span.end() < wanted.start() || d.span.start() > wanted.end()))
        .collect();
    for diagnostic in &in_range {
        if let Some(fix) = &diagnostic.fix {
            let action = fix_action(snapshot, diagnostic, fix, settings);
            out.push(CodeActionOrCommand::CodeAction(action));
        }
    }
    let mut offered: Vec<(&str, usize)> = Vec::new();
    for diagnostic in in_range {
        let span = diagnostic.span;
        let Some(rule) = rules::find(diagnostic.code).filter(|r| r.phase == Phase::Standard) else {
            continue;
        };
        let Some(statement) = innermost(&tree.items, span.start()) else {
            continue;
        };
        let Some(line_start) = starts_its_line(text, statement.key.span) else {
            continue;
        };
        if offered.contains(&(rule.code, line_start)) {
            continue;
        }
        offered.push((rule.code, line_start));
        let indent = text
            .get(line_start..statement.key.span.start())
            .unwrap_or("");
        let comment = format!("{indent}# kvalitet: tillad {} \"\"\n", rule.code);
        let at = snapshot
            .lines
            .range(text, Span::new(line_start, line_start), settings.encoding);
        let mut changes = HashMap::new();
        changes.insert(snapshot.uri.clone(), vec![TextEdit::new(at, comment)]);
        let lsp_diagnostic = super::diagnostics::convert(snapshot, diagnostic, settings);
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: crate::msg!("lsp-allow", code = rule.code, name = rule.name).text(settings.lang),
            kind: Some(CodeActionKind::QUICKFIX),
            diagnostics: Some(vec![lsp_diagnostic]),
            edit: Some(WorkspaceEdit::new(changes)),
            ..CodeAction::default()
        }));
    }
}

/// The action that applies one finding's fix.
fn fix_action(
    snapshot: &Snapshot,
    diagnostic: &Diagnostic,
    fix: &Fix,
    settings: &Settings,
) -> CodeAction {
    let edits = fix
        .edits
        .iter()
        .map(|edit| {
            let range = snapshot
                .lines
                .range(&snapshot.text, edit.span, settings.encoding);
            TextEdit::new(range, edit.replacement.clone())
        })
        .collect();
    let mut changes = HashMap::new();
    changes.insert(snapshot.uri.clone(), edits);
    let safe = fix.applicability == Applicability::Safe;
    let (fix_title, code) = (fix.title.clone(), diagnostic.code);
    let title = if safe {
        crate::msg!("lsp-fix", title = fix_title, code = code)
    } else {
        crate::msg!("lsp-unsafe-fix", title = fix_title, code = code)
    }
    .text(settings.lang);
    CodeAction {
        title,
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![super::diagnostics::convert(
            snapshot, diagnostic, settings,
        )]),
        edit: Some(WorkspaceEdit::new(changes)),
        is_preferred: Some(safe),
        ..CodeAction::default()
    }
}

/// The action that applies every safe fix of the file, if there is one to apply.
fn fix_all(snapshot: &Snapshot, settings: &Settings) -> Option<CodeActionOrCommand> {
    let analysis = snapshot.analyse();
    if crate::fix::fixable(&analysis.compiled.diagnostics, Applicability::Safe) == 0 {
        return None;
    }
    let source = SourceFile::new(snapshot.name(), snapshot.text.clone());
    let result = crate::fix::apply(source, &analysis.options, Applicability::Safe);
    if result.refused.is_some() || result.fixed_count() == 0 {
        return None;
    }
    let edit = formatting::change(snapshot, result.text(), settings)?;
    let mut changes = HashMap::new();
    changes.insert(snapshot.uri.clone(), vec![edit]);
    let count = result.fixed_count();
    Some(CodeActionOrCommand::CodeAction(CodeAction {
        title: crate::msg!("lsp-fix-all", count = count).text(settings.lang),
        kind: Some(fix_all_kind()),
        edit: Some(WorkspaceEdit::new(changes)),
        ..CodeAction::default()
    }))
}

/// The innermost statement whose span holds `offset`.
fn innermost<'t, 'a>(items: &'t [Item<'a>], offset: usize) -> Option<&'t Statement<'a>> {
    let mut found = None;
    let mut items = items;
    loop {
        let statement = items.iter().find_map(|item| match item {
            Item::Statement(s)
                if s.span.start() <= offset && offset < s.span.end().max(s.span.start() + 1) =>
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
    let before = text.get(..key.start())?;
    let start = before.rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let blank = before
        .get(start..)?
        .chars()
        .all(|c| matches!(c, ' ' | '\t' | '\u{a0}' | '\u{feff}'));
    blank.then_some(start)
}
