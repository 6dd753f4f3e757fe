//! The concrete syntax tree: statements, blocks, values and comments, with spans.
//!
//! The tree borrows its text from the source (`'a`): a keyword, a value, a text block
//! or a comment is a slice of the file, not a copy of it. Only a string with escapes
//! (`\"`) holds text of its own.

use crate::source::Span;
use std::borrow::Cow;

/// The word of the mark `forslag:` (a statement proposed, not decided), read in any
/// case.
pub const PROPOSAL: &str = "forslag";

/// A parsed file.
#[derive(Debug, Clone, Default)]
pub struct SyntaxFile<'a> {
    /// The top-level items in order.
    pub items: Vec<Item<'a>>,
}

/// One entry of a file or a block.
#[derive(Debug, Clone)]
pub enum Item<'a> {
    /// `keyword value… { … }`.
    Statement(Statement<'a>),
    /// `# …` on a line of its own.
    Comment(Comment<'a>),
    /// Something that is not a statement; the lowering reports it.
    Error(ErrorNode<'a>),
}

/// `keyword value… { … } # comment`.
#[derive(Debug, Clone)]
pub struct Statement<'a> {
    /// The leading keyword (or, in some blocks, a free name).
    pub key: Word<'a>,
    /// The values after the keyword, on the same line.
    pub args: Vec<Arg<'a>>,
    /// The `{ … }` block, if any (boxed, as the comment).
    pub block: Option<Box<Block<'a>>>,
    /// A `# …` at the end of the line (boxed: most statements have none, and a
    /// statement is kept small for files of hundreds of thousands of them).
    pub comment: Option<Box<Comment<'a>>>,
    /// The mark `forslag:` that makes the statement a proposal, not yet decided,
    /// written before the keyword or right after it (boxed, as the comment). It is
    /// not among the values.
    pub proposal: Option<Box<Span>>,
    /// The whole statement, keyword (or the mark before it) to block end.
    pub span: Span,
}

impl Statement<'_> {
    /// The span of the values, or the end of the keyword if there are none.
    pub fn args_span(&self) -> Span {
        match (self.args.first(), self.args.last()) {
            (Some(first), Some(last)) => first.span.join(last.span),
            _ => Span::new(self.key.span.end(), self.key.span.end()),
        }
    }
}

/// `{ … }`.
#[derive(Debug, Clone)]
pub struct Block<'a> {
    /// The items inside, in order.
    pub items: Vec<Item<'a>>,
    /// From `{` to `}`.
    pub span: Span,
}

impl<'a> Block<'a> {
    /// The statements inside, skipping comments and errors.
    pub fn statements(&self) -> impl Iterator<Item = &Statement<'a>> {
        self.items.iter().filter_map(|item| match item {
            Item::Statement(statement) => Some(statement),
            _ => None,
        })
    }
}

/// A keyword or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word<'a> {
    /// As written.
    pub text: &'a str,
    /// Where.
    pub span: Span,
}

impl<'a> Word<'a> {
    /// Its text, as written.
    pub fn as_str(&self) -> &'a str {
        self.text
    }
}

/// The lexical kind of a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgKind {
    /// `"""` … `"""`.
    TextBlock,
    /// `"…"`.
    String,
    /// `2024-02-06` or `06.02.2024`.
    Date,
    /// `https://…`, `mailto:…`, `www.…`.
    Url,
    /// `name@example.dk`.
    Email,
    /// `86`, `1,5`.
    Number,
    /// A word: letters, digits, `-`, `.`, `/`.
    Word,
    /// One other character, e.g. `§`, `-`, `,`.
    Punct,
}

/// One value after a keyword.
#[derive(Debug, Clone)]
pub struct Arg<'a> {
    /// Its lexical kind.
    pub kind: ArgKind,
    /// Its text: for strings the unescaped contents, for text blocks the raw inside,
    /// otherwise as written.
    pub text: Cow<'a, str>,
    /// Where, including quotes.
    pub span: Span,
}

impl Arg<'_> {
    /// Its text (see [`Arg::text`]).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether this is a word equal to `text` (given in lowercase), ignoring case.
    pub fn is_word(&self, text: &str) -> bool {
        // Compared character by character, without building the lowercase text.
        self.kind == ArgKind::Word
            && self
                .text
                .chars()
                .flat_map(char::to_lowercase)
                .eq(text.chars())
    }

    /// Whether this is the punctuation `text`.
    pub fn is_punct(&self, text: &str) -> bool {
        self.kind == ArgKind::Punct && self.text == text
    }

    /// Whether this is a quoted string or a text block.
    pub fn is_text(&self) -> bool {
        matches!(self.kind, ArgKind::String | ArgKind::TextBlock)
    }
}

/// `# …`.
#[derive(Debug, Clone)]
pub struct Comment<'a> {
    /// The text after `#`, without the line end.
    pub text: &'a str,
    /// Where, including `#`.
    pub span: Span,
}

/// What kind of line could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A line that is not a statement.
    BadLine,
    /// A `}` with no `{`.
    StrayClose,
}

/// A part of the file that is not a statement.
#[derive(Debug, Clone)]
pub struct ErrorNode<'a> {
    /// What kind of problem.
    pub kind: ErrorKind,
    /// The text of the line.
    pub text: &'a str,
    /// Where.
    pub span: Span,
}
