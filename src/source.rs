//! Source files and byte spans into them.

use std::ops::Range;

/// A half-open byte range into one source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// The first byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// The smallest span that covers both.
    pub fn join(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The byte range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
}

/// A value together with the span it was read from.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps a value with its span.
    pub fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

/// The name of the source read from standard input (`-`).
pub const STDIN_NAME: &str = "<stdin>";

/// One source file: its display name and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The name shown in diagnostics (a path, or `<stdin>`).
    pub name: String,
    /// The whole text.
    pub text: String,
    line_starts: LineStarts,
}

/// Where each line starts: 4 bytes a line for any file under 4 GiB, counted before
/// they are stored so that the list is held at its exact size.
#[derive(Debug, Clone)]
enum LineStarts {
    Short(Vec<u32>),
    Long(Vec<usize>),
}

impl LineStarts {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let lines = 1 + memchr::memchr_iter(b'\n', bytes).count();
        let starts = std::iter::once(0).chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        match u32::try_from(text.len()) {
            Ok(_) => {
                let mut list = Vec::with_capacity(lines);
                // Every offset fits: the text is shorter than `u32::MAX`.
                list.extend(starts.map(|i| u32::try_from(i).unwrap_or(u32::MAX)));
                LineStarts::Short(list)
            }
            Err(_) => {
                let mut list = Vec::with_capacity(lines);
                list.extend(starts);
                LineStarts::Long(list)
            }
        }
    }

    /// The index of the last line that starts at or before `offset`.
    fn find(&self, offset: usize) -> usize {
        let found = match self {
            LineStarts::Short(list) => {
                list.binary_search(&u32::try_from(offset).unwrap_or(u32::MAX))
            }
            LineStarts::Long(list) => list.binary_search(&offset),
        };
        match found {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    fn get(&self, line: usize) -> Option<usize> {
        match self {
            LineStarts::Short(list) => list.get(line).map(|&i| i as usize),
            LineStarts::Long(list) => list.get(line).copied(),
        }
    }
}

impl SourceFile {
    /// Creates a source file and indexes its lines.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = LineStarts::new(&text);
        Self {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// The text under a span, or `""` if the span is out of range.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// The 0-based index of the line that holds a byte offset.
    pub fn line_index(&self, offset: usize) -> usize {
        self.line_starts.find(offset.min(self.text.len()))
    }

    /// The byte offset where a 0-based line starts, if the file has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(line)
    }

    /// The 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.find(offset);
        let start = self.line_starts.get(line).unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        (line + 1, column + 1)
    }
}
