//! Formatting through `kvalitet fmt` (`kvalitet::format::format_source`), and the one
//! edit that turns a document's text into another.
//!
//! The edit replaces only what changed: the text between the longest common start and
//! the longest common end of the two texts (found in one pass each, so linear in the
//! text), and an editor keeps the cursor and the folds outside it. A file that cannot
//! be read as written is not formatted (its language errors are already shown), and
//! the answer is no edit.

use super::documents::Snapshot;
use super::settings::Settings;
use crate::source::{SourceFile, Span};
use lsp_types::{DocumentFormattingParams, TextEdit};

/// The edits that put a document in the canonical layout; `None` if it cannot be
/// formatted.
pub fn formatting(
    snapshot: &Snapshot,
    _params: &DocumentFormattingParams,
    settings: &Settings,
) -> Option<Vec<TextEdit>> {
    let source = SourceFile::new(snapshot.name(), snapshot.text.clone());
    let formatted = crate::format::format_source(&source).ok()?;
    Some(change(snapshot, &formatted, settings).into_iter().collect())
}

/// The one edit that turns the snapshot's text into `new`, or `None` if they are the
/// same.
pub fn change(snapshot: &Snapshot, new: &str, settings: &Settings) -> Option<TextEdit> {
    let old = snapshot.text.as_str();
    if old == new {
        return None;
    }
    let (old_bytes, new_bytes) = (old.as_bytes(), new.as_bytes());
    let mut start = old_bytes
        .iter()
        .zip(new_bytes)
        .take_while(|(a, b)| a == b)
        .count();
    while !(old.is_char_boundary(start) && new.is_char_boundary(start)) {
        start -= 1;
    }
    let longest = old.len().min(new.len()) - start;
    let mut common_end = old_bytes
        .iter()
        .rev()
        .zip(new_bytes.iter().rev())
        .take(longest)
        .take_while(|(a, b)| a == b)
        .count();
    while !(old.is_char_boundary(old.len() - common_end)
        && new.is_char_boundary(new.len() - common_end))
    {
        common_end -= 1;
    }
    let replaced = Span::new(start, old.len() - common_end);
    let inserted = new.get(start..new.len() - common_end).unwrap_or("");
    let range = snapshot.lines.range(old, replaced, settings.encoding);
    Some(TextEdit::new(range, inserted.to_owned()))
}
