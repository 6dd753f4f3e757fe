//! Lowering of proposals: every statement marked `forslag:` becomes a
//! [`Proposal`] of the standard.
//!
//! The parser has taken the mark out of the statement (`Statement::proposal`), so the
//! lowering of each keyword reads its values as if it were not there; this one walk
//! records the marks, whatever keyword they stand on, and reports the marks on what
//! cannot be proposed: the standard as a whole and the lines of its header.

use super::Lowerer;
use crate::diag::{codes, Diagnostic};
use crate::model::{Proposal, Proposals};
use crate::msg;
use crate::schema::{FileKw, StandardKw};
use crate::syntax::tree::{Block, Item, Statement, SyntaxFile};

/// The proposals of the standard that `standard` (the file's `kvalitetsstandard`
/// statement) opens; marks elsewhere in the file are reported.
pub(super) fn proposals(
    lowerer: &mut Lowerer<'_>,
    file: &SyntaxFile,
    standard: Option<&Statement>,
) -> Proposals {
    for statement in statements(&file.items) {
        let Some(mark) = statement.proposal.as_deref() else {
            continue;
        };
        if FileKw::from_word(statement.key.text) == Some(FileKw::Kvalitetsstandard) {
            lowerer.diagnostics.push(
                Diagnostic::error(
                    codes::MISPLACED_PROPOSAL,
                    *mark,
                    msg!("lower-proposal-whole-standard"),
                )
                .with_label(msg!("lower-proposal-whole-standard-label"))
                .with_help(msg!("lower-proposal-whole-standard-help")),
            );
        }
    }
    let mut list = Vec::new();
    let Some(block) = standard.and_then(|s| s.block.as_deref()) else {
        return Proposals::default();
    };
    let mut blocks: Vec<&Block> = Vec::new();
    for statement in block.statements() {
        let header = StandardKw::from_word(statement.key.text).filter(|k| {
            !matches!(
                k,
                StandardKw::Resumé | StandardKw::Indsats | StandardKw::Kontakt
            )
        });
        if let (Some(_), Some(mark)) = (header, statement.proposal.as_deref()) {
            lowerer.diagnostics.push(
                Diagnostic::error(
                    codes::MISPLACED_PROPOSAL,
                    *mark,
                    msg!("lower-proposal-header", keyword = statement.key.text),
                )
                .with_label(msg!("lower-proposal-header-label"))
                .with_help(msg!("lower-proposal-header-help")),
            );
            continue;
        }
        record(&mut list, statement);
        blocks.extend(statement.block.as_deref());
    }
    // Every statement below, however deeply nested: a stack of blocks, not recursion.
    while let Some(block) = blocks.pop() {
        for statement in block.statements() {
            record(&mut list, statement);
            blocks.extend(statement.block.as_deref());
        }
    }
    Proposals::new(list)
}

/// The statements of a list of items.
fn statements<'s, 'a>(items: &'s [Item<'a>]) -> impl Iterator<Item = &'s Statement<'a>> {
    items.iter().filter_map(|item| match item {
        Item::Statement(statement) => Some(statement),
        _ => None,
    })
}

/// Adds a statement's proposal, if it is marked.
fn record(list: &mut Vec<Proposal>, statement: &Statement) {
    if let Some(mark) = statement.proposal.as_deref() {
        list.push(Proposal {
            mark: *mark,
            statement: statement.span,
            keyword: statement.key.text.to_owned(),
        });
    }
}
