//! Fixes: what a diagnostic can do about its finding, as data.
//!
//! After ruff (`ruff_diagnostics`' `Fix` and `Edit`): a [`Fix`] is a title and one or
//! more [`Edit`]s, each a byte span of the source and the text that replaces it, with
//! an [`Applicability`]: a safe fix cannot change what the standard promises, an unsafe
//! one can, and the writer must look at it. A rule states whether its findings carry
//! fixes ([`FixAvailability`]). The fixes are applied by `crate::fix`, which the command
//! line's `check --fix` and every other front end call.
//!
//! The constructors that read the source ([`Edit::delete_lines`],
//! [`Edit::append_comment`]) return `None` where the edit cannot be made cleanly, and a
//! finding then carries no fix.

use crate::i18n::Message;
use crate::source::{SourceFile, Span};
use std::fmt;

/// How safe a fix is to apply without looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// The fix changes what the standard promises (a value, a body, a section): the
    /// writer must look at it. Applied by `--unsafe-fixes`.
    Unsafe,
    /// The fix cannot change what the standard promises: it only corrects how a word of
    /// the language is written. Applied by `--fix`.
    Safe,
}

impl Applicability {
    /// `safe` or `unsafe`, as every output writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
        }
    }
}

impl fmt::Display for Applicability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One change to the source: the bytes of `span` replaced by `replacement` (an
/// insertion when the span is empty, a deletion when the replacement is).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    /// The bytes replaced.
    pub span: Span,
    /// What stands there afterwards.
    pub replacement: String,
}

impl Edit {
    /// Replaces the bytes of `span`.
    pub fn replace(span: Span, replacement: impl Into<String>) -> Self {
        Self {
            span,
            replacement: replacement.into(),
        }
    }

    /// Inserts text at a byte offset.
    pub fn insert(at: usize, text: impl Into<String>) -> Self {
        Self::replace(Span::new(at, at), text)
    }

    /// Deletes the bytes of `span`.
    pub fn delete(span: Span) -> Self {
        Self::replace(span, String::new())
    }

    /// Deletes the whole lines that `span` stands on, line ends included, if nothing
    /// but spaces stands before it on its first line and nothing but spaces or a
    /// comment after it on its last.
    pub fn delete_lines(source: &SourceFile, span: Span) -> Option<Self> {
        whole_lines(source, span).map(Self::delete)
    }

    /// Adds a comment at the end of the line that `offset` stands on (before its line
    /// end). The comment is one line: line breaks in `text` become spaces.
    pub fn append_comment(source: &SourceFile, offset: usize, text: &str) -> Option<Self> {
        let text: String = text
            .chars()
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect();
        let end = line_content_end(source, offset)?;
        Some(Self::insert(end, format!("  # {text}")))
    }
}

/// A fix for one finding: what it does, in words, and the edits that do it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// What the fix does: ``replace `målgrupe` with `målgruppe` ``.
    pub title: Message,
    /// Whether it may be applied without looking.
    pub applicability: Applicability,
    /// The edits, sorted by position; they do not overlap.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix of the given applicability. The edits are sorted; `None` if there are
    /// none, or two of them overlap.
    pub fn new(
        title: impl Into<Message>,
        applicability: Applicability,
        mut edits: Vec<Edit>,
    ) -> Option<Self> {
        edits.sort_by_key(|e| (e.span.start(), e.span.end()));
        let overlapping = edits
            .windows(2)
            .any(|pair| matches!(pair, [a, b] if b.span.start() < a.span.end()));
        if edits.is_empty() || overlapping {
            return None;
        }
        Some(Self {
            title: title.into(),
            applicability,
            edits,
        })
    }

    /// A safe fix of one edit.
    pub fn safe(title: impl Into<Message>, edit: Edit) -> Self {
        Self {
            title: title.into(),
            applicability: Applicability::Safe,
            edits: vec![edit],
        }
    }

    /// An unsafe fix of one edit.
    pub fn unsafe_edit(title: impl Into<Message>, edit: Edit) -> Self {
        Self {
            title: title.into(),
            applicability: Applicability::Unsafe,
            edits: vec![edit],
        }
    }

    /// The first byte any edit touches.
    pub fn start(&self) -> usize {
        self.edits.first().map_or(0, |e| e.span.start())
    }

    /// One past the last byte any edit touches.
    pub fn end(&self) -> usize {
        self.edits.iter().map(|e| e.span.end()).max().unwrap_or(0)
    }
}

/// Whether a rule's findings carry fixes, and how safe those are. Stated for every
/// code in the rule table and the language's table; `kvalitet rules` and
/// `kvalitet explain` show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    /// No finding carries a fix.
    None,
    /// The findings where the fix is certain carry one.
    Sometimes(FixSafety),
    /// Every finding carries one.
    Always(FixSafety),
}

/// How safe the fixes of a rule are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixSafety {
    /// Always safe.
    Safe,
    /// Always unsafe.
    Unsafe,
    /// Safe in some cases and unsafe in others; the code's documentation says which.
    SafeOrUnsafe,
}

impl FixAvailability {
    /// Whether any finding can carry a fix.
    pub fn is_available(self) -> bool {
        self != FixAvailability::None
    }

    /// In words: `no fix`, `sometimes, unsafe`, `always, safe or unsafe`.
    pub fn describe(self) -> &'static str {
        use FixAvailability::{Always, None, Sometimes};
        use FixSafety::{Safe, SafeOrUnsafe, Unsafe};
        match self {
            None => "no fix",
            Sometimes(Safe) => "sometimes, safe",
            Sometimes(Unsafe) => "sometimes, unsafe",
            Sometimes(SafeOrUnsafe) => "sometimes, safe or unsafe",
            Always(Safe) => "always, safe",
            Always(Unsafe) => "always, unsafe",
            Always(SafeOrUnsafe) => "always, safe or unsafe",
        }
    }

    /// For JSON: `none`, `sometimes` or `always`.
    pub fn when(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Sometimes(_) => "sometimes",
            FixAvailability::Always(_) => "always",
        }
    }

    /// For JSON: the applicabilities the fixes may have (`[]` without fixes).
    pub fn applicabilities(self) -> &'static [Applicability] {
        match self {
            FixAvailability::None => &[],
            FixAvailability::Sometimes(safety) | FixAvailability::Always(safety) => match safety {
                FixSafety::Safe => &[Applicability::Safe],
                FixSafety::Unsafe => &[Applicability::Unsafe],
                FixSafety::SafeOrUnsafe => &[Applicability::Safe, Applicability::Unsafe],
            },
        }
    }
}

/// The span of the whole lines `span` stands on, from the start of its first line to
/// past the line end of its last, if nothing but spaces and tabs stands before it on
/// its first line and nothing but spaces, tabs or a comment after it on its last.
pub fn whole_lines(source: &SourceFile, span: Span) -> Option<Span> {
    let text = &source.text;
    if span.start() > span.end() || span.end() > text.len() {
        return None;
    }
    let first = source.line_start(source.line_index(span.start()))?;
    let before = text.get(first..span.start())?;
    if !before.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let content_end = line_content_end(source, span.end().max(span.start()))?;
    let after = text
        .get(span.end()..content_end)?
        .trim_start_matches([' ', '\t']);
    if !(after.is_empty() || after.starts_with('#')) {
        return None;
    }
    let line = source.line_index(span.end());
    let end = source.line_start(line + 1).unwrap_or(text.len());
    Some(Span::new(first, end))
}

/// The offset where the line that holds `offset` ends, before its `\n` or `\r\n`.
pub fn line_content_end(source: &SourceFile, offset: usize) -> Option<usize> {
    let text = &source.text;
    let rest = text.get(offset..)?;
    let end = offset + rest.find('\n').unwrap_or(rest.len());
    let before = text.get(..end)?;
    Some(if before.ends_with('\r') { end - 1 } else { end })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A title for the fixes of these tests.
    fn title() -> Message {
        crate::msg!("fix-replace", written = "a", replacement = "b")
    }

    #[test]
    fn a_fix_sorts_its_edits_and_refuses_overlapping_ones() {
        let fix = Fix::new(
            title(),
            Applicability::Unsafe,
            vec![Edit::insert(9, "b"), Edit::replace(Span::new(2, 4), "a")],
        );
        let fix = fix.as_ref().map(|f| (f.start(), f.end()));
        assert_eq!(fix, Some((2, 9)));
        let overlapping = Fix::new(
            title(),
            Applicability::Safe,
            vec![Edit::delete(Span::new(0, 5)), Edit::insert(3, "y")],
        );
        assert!(overlapping.is_none());
        assert!(Fix::new(title(), Applicability::Safe, Vec::new()).is_none());
    }

    #[test]
    fn whole_lines_take_the_line_end_and_refuse_other_text_on_the_line() {
        let source = SourceFile::new("a.kvs", "a {\n  x 1  # note\n  y 2 z\r\n}");
        let x = source.text.find("x 1").unwrap_or(0);
        assert_eq!(
            whole_lines(&source, Span::new(x, x + 3)).map(|s| source.slice(s)),
            Some("  x 1  # note\n")
        );
        let y = source.text.find("y 2").unwrap_or(0);
        assert_eq!(whole_lines(&source, Span::new(y, y + 3)), None);
        assert_eq!(
            whole_lines(&source, Span::new(y, y + 5)).map(|s| source.slice(s)),
            Some("  y 2 z\r\n")
        );
        let last = source.text.len();
        assert_eq!(
            whole_lines(&source, Span::new(last - 1, last)).map(|s| source.slice(s)),
            Some("}")
        );
        assert_eq!(whole_lines(&source, Span::new(1, 99)), None);
    }

    #[test]
    fn a_comment_goes_before_the_line_end() {
        let source = SourceFile::new("a.kvs", "telefon 1\r\nmail x\n");
        let edit = Edit::append_comment(&source, 2, "kilde:\nregistret");
        assert_eq!(
            edit,
            Some(Edit::insert(9, "  # kilde: registret".to_owned()))
        );
        let edit = Edit::append_comment(&source, 12, "k");
        assert_eq!(edit.map(|e| e.span.start()), Some(17));
    }

    #[test]
    fn availability_in_words() {
        assert_eq!(FixAvailability::None.describe(), "no fix");
        assert_eq!(
            FixAvailability::Sometimes(FixSafety::SafeOrUnsafe).applicabilities(),
            &[Applicability::Safe, Applicability::Unsafe]
        );
        assert!(Applicability::Safe > Applicability::Unsafe);
    }
}
