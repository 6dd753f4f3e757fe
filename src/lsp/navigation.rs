//! Go to definition, find references and rename, for the contacts of a standard: a
//! contact is defined once (`kontakt visitationen "…" { … }`) and named by its short
//! name wherever a name is asked for (`til visitationen`, `kontakt visitationen`,
//! `udfører visitationen og …`). The resolver has tied every name to what it means, so
//! the references of a contact are the names it resolved to it.

use super::documents::Snapshot;
use super::settings::Settings;
use super::walk::{self, Target};
use crate::model::{Resolution, Standard};
use crate::source::Span;
use crate::syntax::tree::{ArgKind, Item};
use lsp_types::{
    GotoDefinitionParams, GotoDefinitionResponse, Location, PrepareRenameResponse, ReferenceParams,
    RenameParams, TextDocumentPositionParams, TextEdit, WorkspaceEdit,
};
use std::collections::HashMap;

/// The contact at a byte offset: its definition's short name or a name resolved to it.
fn contact_at(standard: &Standard, offset: usize) -> Option<(usize, Span)> {
    let (span, target) = walk::target_at(standard, offset)?;
    match target {
        Target::Contact(index) => Some((index, span)),
        Target::Reference(reference) if !reference.quoted => match reference.resolution {
            Resolution::Contact(index) => Some((index, span)),
            _ => None,
        },
        _ => None,
    }
}

/// Where the contact at the position is defined.
pub fn definition(
    snapshot: &Snapshot,
    params: &GotoDefinitionParams,
    settings: &Settings,
) -> Option<GotoDefinitionResponse> {
    let position = &params.text_document_position_params;
    let offset = snapshot
        .lines
        .offset(&snapshot.text, position.position, settings.encoding);
    let analysis = snapshot.analyse();
    let standard = analysis.compiled.standard.as_ref()?;
    let (index, _) = contact_at(standard, offset)?;
    let contact = standard.contacts.get(index)?;
    let range = snapshot
        .lines
        .range(&snapshot.text, contact.id.span, settings.encoding);
    Some(GotoDefinitionResponse::Scalar(Location::new(
        snapshot.uri.clone(),
        range,
    )))
}

/// The spans of every name of a contact: its definition's first, then the references
/// in the order of the file.
fn occurrences(standard: &Standard, index: usize, with_definition: bool) -> Vec<Span> {
    let mut spans: Vec<Span> = walk::targets(standard)
        .into_iter()
        .filter_map(|(span, target)| match target {
            Target::Reference(reference)
                if !reference.quoted && reference.resolution == Resolution::Contact(index) =>
            {
                Some(span)
            }
            _ => None,
        })
        .collect();
    spans.sort_by_key(|span| span.start());
    if with_definition {
        if let Some(contact) = standard.contacts.get(index) {
            spans.insert(0, contact.id.span);
        }
    }
    spans
}

/// Every place that names the contact at the position.
pub fn references(
    snapshot: &Snapshot,
    params: &ReferenceParams,
    settings: &Settings,
) -> Option<Vec<Location>> {
    let position = &params.text_document_position;
    let offset = snapshot
        .lines
        .offset(&snapshot.text, position.position, settings.encoding);
    let analysis = snapshot.analyse();
    let standard = analysis.compiled.standard.as_ref()?;
    let (index, _) = contact_at(standard, offset)?;
    let spans = occurrences(standard, index, params.context.include_declaration);
    Some(
        spans
            .into_iter()
            .map(|span| {
                let range = snapshot
                    .lines
                    .range(&snapshot.text, span, settings.encoding);
                Location::new(snapshot.uri.clone(), range)
            })
            .collect(),
    )
}

/// Whether the name at the position can be renamed, and its range.
pub fn prepare_rename(
    snapshot: &Snapshot,
    params: &TextDocumentPositionParams,
    settings: &Settings,
) -> Option<PrepareRenameResponse> {
    let offset = snapshot
        .lines
        .offset(&snapshot.text, params.position, settings.encoding);
    let analysis = snapshot.analyse();
    let standard = analysis.compiled.standard.as_ref()?;
    let (_, span) = contact_at(standard, offset)?;
    let range = snapshot
        .lines
        .range(&snapshot.text, span, settings.encoding);
    Some(PrepareRenameResponse::Range(range))
}

/// The edits that rename the contact at the position, or why it cannot be renamed.
pub fn rename(
    snapshot: &Snapshot,
    params: &RenameParams,
    settings: &Settings,
) -> Result<Option<WorkspaceEdit>, String> {
    let position = &params.text_document_position;
    let offset = snapshot
        .lines
        .offset(&snapshot.text, position.position, settings.encoding);
    let analysis = snapshot.analyse();
    let Some(standard) = analysis.compiled.standard.as_ref() else {
        return Ok(None);
    };
    let Some((index, _)) = contact_at(standard, offset) else {
        return Ok(None);
    };
    let new = params.new_name.as_str();
    if !is_one_word(new) {
        return Err(format!(
            "`{new}` cannot be a contact's short name: write one word of letters, digits and `-`"
        ));
    }
    if let Some(other) = standard
        .contacts
        .iter()
        .enumerate()
        .find(|(i, contact)| *i != index && contact.id.value == new)
    {
        return Err(format!(
            "a contact named `{}` exists already",
            other.1.id.value
        ));
    }
    if let Some(body) = analysis.options.registry.body(new) {
        return Err(format!(
            "`{new}` names the registry body {}: a contact of that name would hide it",
            body.name
        ));
    }
    let edits: Vec<TextEdit> = occurrences(standard, index, true)
        .into_iter()
        .map(|span| {
            let range = snapshot
                .lines
                .range(&snapshot.text, span, settings.encoding);
            TextEdit::new(range, new.to_owned())
        })
        .collect();
    let mut changes = HashMap::new();
    changes.insert(snapshot.uri.clone(), edits);
    Ok(Some(WorkspaceEdit::new(changes)))
}

/// Whether `name` reads back as one word where a contact's short name stands.
fn is_one_word(name: &str) -> bool {
    let line = format!("kontakt {name}\n");
    let (tree, diagnostics) = crate::syntax::parse(&line);
    if !diagnostics.is_empty() {
        return false;
    }
    match tree.items.as_slice() {
        [Item::Statement(statement)] => matches!(
            statement.args.as_slice(),
            [arg] if arg.kind == ArgKind::Word && arg.as_str() == name
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_one_word;

    #[test]
    fn a_short_name_is_one_word() {
        assert!(is_one_word("visitationen"));
        assert!(is_one_word("træning-øst"));
        assert!(!is_one_word("to ord"));
        assert!(!is_one_word("\"citeret\""));
        assert!(!is_one_word(""));
        assert!(!is_one_word("a{"));
        assert!(!is_one_word("a\nb"));
    }
}
