//! Source files and byte spans into them.

use std::ops::Range;

/// A half-open byte range into one source file, as two 32-bit offsets: a standard's
/// model holds a span for nearly every value (about 20 for every kilobyte of source),
/// so they take half the room of two `usize`. A file of 4 GiB or more is refused
/// before it is read ([`MAX_SOURCE_LEN`]); an offset beyond is held as the largest
/// there is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The longest source a span can point into: 4 GiB less one byte.
pub const MAX_SOURCE_LEN: usize = u32::MAX as usize;

/// An offset as a span holds it.
#[inline]
fn offset(at: usize) -> u32 {
    u32::try_from(at).unwrap_or(u32::MAX)
}

impl Span {
    /// A span from `start` to `end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Self {
        Self {
            start: offset(start),
            end: offset(end),
        }
    }

    /// The first byte.
    #[inline]
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// One past the last byte.
    #[inline]
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// The same span, ending at `end`.
    #[inline]
    pub fn with_end(self, end: usize) -> Self {
        Self {
            end: offset(end),
            ..self
        }
    }

    /// The smallest span that covers both.
    pub fn join(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The byte range, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start()..self.end()
    }

    /// The number of bytes covered.
    pub fn len(self) -> usize {
        self.end().saturating_sub(self.start())
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

/// How many lines each entry of [`LineStarts`] stands for.
const LINES_PER_MARK: usize = 16;

/// Where lines start: the start of every [`LINES_PER_MARK`]th line, 4 bytes each for
/// any file under 4 GiB. A line between two marks is found by counting line ends from
/// the mark before it (at most 15 lines, read with `memchr`), so a lookup costs a
/// binary search and a short scan, and the index of a 60 MB standard takes 0.4 MB
/// instead of 6.
#[derive(Debug, Clone)]
struct LineStarts {
    marks: Marks,
    /// The number of lines (one more than the number of `\n`).
    lines: usize,
}

/// The marks, as `u32` when every offset fits.
#[derive(Debug, Clone)]
enum Marks {
    Short(Vec<u32>),
    Long(Vec<usize>),
}

impl LineStarts {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let lines = 1 + memchr::memchr_iter(b'\n', bytes).count();
        let starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1))
            .step_by(LINES_PER_MARK);
        let count = lines.div_ceil(LINES_PER_MARK);
        let marks = match u32::try_from(text.len()) {
            Ok(_) => {
                let mut list = Vec::with_capacity(count);
                // Every offset fits: the text is shorter than `u32::MAX`.
                list.extend(starts.map(|i| u32::try_from(i).unwrap_or(u32::MAX)));
                Marks::Short(list)
            }
            Err(_) => {
                let mut list = Vec::with_capacity(count);
                list.extend(starts);
                Marks::Long(list)
            }
        };
        Self { marks, lines }
    }

    /// The index of the last mark at or before `offset`, and where its line starts.
    fn mark_before(&self, offset: usize) -> (usize, usize) {
        let found = match &self.marks {
            Marks::Short(list) => list.partition_point(|&m| m as usize <= offset),
            Marks::Long(list) => list.partition_point(|&m| m <= offset),
        };
        let index = found.saturating_sub(1);
        (index, self.mark(index).unwrap_or(0))
    }

    fn mark(&self, index: usize) -> Option<usize> {
        match &self.marks {
            Marks::Short(list) => list.get(index).map(|&m| m as usize),
            Marks::Long(list) => list.get(index).copied(),
        }
    }

    /// The index of the line that holds `offset` (at most the text's length).
    fn find(&self, text: &str, offset: usize) -> usize {
        let (index, start) = self.mark_before(offset);
        let between = text.as_bytes().get(start..offset).unwrap_or(&[]);
        index * LINES_PER_MARK + memchr::memchr_iter(b'\n', between).count()
    }

    /// Where line `line` starts, if the text has it.
    fn get(&self, text: &str, line: usize) -> Option<usize> {
        if line >= self.lines {
            return None;
        }
        let start = self.mark(line / LINES_PER_MARK)?;
        match line % LINES_PER_MARK {
            0 => Some(start),
            after => {
                let rest = text.as_bytes().get(start..)?;
                memchr::memchr_iter(b'\n', rest)
                    .nth(after - 1)
                    .map(|i| start + i + 1)
            }
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
        self.line_starts
            .find(&self.text, offset.min(self.text.len()))
    }

    /// The byte offset where a 0-based line starts, if the file has that line.
    pub fn line_start(&self, line: usize) -> Option<usize> {
        self.line_starts.get(&self.text, line)
    }

    /// The 1-based line and 1-based column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.find(&self.text, offset);
        let start = self.line_starts.get(&self.text, line).unwrap_or(0);
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        (line + 1, column + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every line and every offset, against the starts counted one by one: texts of
    /// fewer lines than a mark, of exactly a mark's lines, and of many, with empty
    /// lines, characters of several bytes and no final line end.
    #[test]
    fn lines_are_found_between_marks() {
        let many: String = (0..100)
            .map(|i| match i % 4 {
                0 => String::new(),
                1 => "målgruppe æøå".to_owned(),
                _ => "x".repeat(i),
            })
            .collect::<Vec<_>>()
            .join("\n");
        let exact = "a\n".repeat(LINES_PER_MARK);
        for text in ["", "\n", "one line", "a\nb", exact.as_str(), many.as_str()] {
            let file = SourceFile::new("t.kvs", text);
            let starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            for (line, &start) in starts.iter().enumerate() {
                assert_eq!(
                    file.line_start(line),
                    Some(start),
                    "line {line} of {text:?}"
                );
            }
            assert_eq!(file.line_start(starts.len()), None);
            for offset in 0..=text.len() + 2 {
                let line = starts.partition_point(|&s| s <= offset.min(text.len())) - 1;
                assert_eq!(file.line_index(offset), line, "offset {offset} of {text:?}");
                if let Some(prefix) = starts.get(line).and_then(|&s| text.get(s..offset)) {
                    let column = prefix.chars().count();
                    assert_eq!(file.line_col(offset), (line + 1, column + 1));
                }
            }
        }
    }
}
