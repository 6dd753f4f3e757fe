//! Positions: LSP's line and character against kvalitet's byte offsets.
//!
//! LSP counts characters in UTF-16 code units unless client and server agree on
//! another encoding at `initialize`; the server takes UTF-8 when the client offers it
//! (then a character is a byte, and no line needs scanning) and UTF-16 otherwise, so
//! æ, ø and å count one unit each and an emoji two. Lines end at `\n`, `\r\n` or a lone
//! `\r`, as both LSP and the grammar read them. A position past the end of its line
//! means the line's end, a line past the last the end of the text, and an offset inside
//! a character (or a UTF-16 unit inside a surrogate pair) the start of that character:
//! no position the client sends can make the server slice a string badly.

use crate::source::Span;
use lsp_types::{Position, PositionEncodingKind, Range};

/// How the characters of a [`Position`] are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// In bytes of UTF-8.
    Utf8,
    /// In UTF-16 code units, LSP's default.
    Utf16,
}

impl Encoding {
    /// The encoding to use with a client that offers `offered` (in its order of
    /// preference): UTF-8 if offered, else UTF-16, which every client understands.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Self {
        let utf8 = offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8));
        if utf8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    /// The encoding's name in the protocol.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// Where each line of a text starts, to turn offsets into positions and back.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// The byte offset of the start of every line; the first is 0.
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for at in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            let crlf = bytes.get(at) == Some(&b'\r') && bytes.get(at + 1) == Some(&b'\n');
            if !crlf {
                starts.push(at + 1);
            }
        }
        Self { starts }
    }

    /// The position of a byte offset.
    pub fn position(&self, text: &str, offset: usize, encoding: Encoding) -> Position {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = match self.starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        let before = text.get(start..offset).unwrap_or("");
        let character = match encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.chars().map(char::len_utf16).sum(),
        };
        Position::new(to_u32(line), to_u32(character))
    }

    /// The range of a span.
    pub fn range(&self, text: &str, span: Span, encoding: Encoding) -> Range {
        Range::new(
            self.position(text, span.start(), encoding),
            self.position(text, span.end().max(span.start()), encoding),
        )
    }

    /// The byte offset of a position, clamped to its line and to the text.
    pub fn offset(&self, text: &str, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        let Some(&start) = self.starts.get(line) else {
            return text.len();
        };
        let end = self.content_end(text, line);
        let content = text.get(start..end).unwrap_or("");
        let wanted = position.character as usize;
        let within = match encoding {
            Encoding::Utf8 => floor_char_boundary(content, wanted.min(content.len())),
            Encoding::Utf16 => {
                let mut units = 0;
                let mut bytes = content.len();
                for (at, c) in content.char_indices() {
                    if units + c.len_utf16() > wanted {
                        bytes = at;
                        break;
                    }
                    units += c.len_utf16();
                }
                bytes
            }
        };
        start + within
    }

    /// The span of a range, its ends in order.
    pub fn span(&self, text: &str, range: Range, encoding: Encoding) -> Span {
        let start = self.offset(text, range.start, encoding);
        let end = self.offset(text, range.end, encoding);
        Span::new(start.min(end), start.max(end))
    }

    /// Where the text of a line ends, before its line end.
    fn content_end(&self, text: &str, line: usize) -> usize {
        let Some(next) = self.starts.get(line + 1) else {
            return text.len();
        };
        let bytes = text.as_bytes();
        let mut end = *next;
        if end > 0 && bytes.get(end - 1) == Some(&b'\n') {
            end -= 1;
        }
        if end > 0 && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        end
    }
}

/// The largest character boundary at or before `offset`.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A count as the protocol's `u32`, saturating.
fn to_u32(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(text: &str, encoding: Encoding) {
        let index = LineIndex::new(text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let position = index.position(text, offset, encoding);
            let back = index.offset(text, position, encoding);
            let line_end = matches!(text.as_bytes().get(offset), Some(b'\n'))
                && offset > 0
                && text.as_bytes().get(offset - 1) == Some(&b'\r');
            if !line_end {
                assert_eq!(back, offset, "{text:?} at {offset}: {position:?}");
            }
        }
    }

    #[test]
    fn danish_letters_and_emoji_count_in_utf16_units() {
        let text = "kommune Ærø\n  note \"😀 ø\"\n";
        let index = LineIndex::new(text);
        let o = text.find('ø').expect("an ø") + 'ø'.len_utf8();
        assert_eq!(
            index.position(text, o, Encoding::Utf16),
            Position::new(0, 11)
        );
        assert_eq!(
            index.position(text, o, Encoding::Utf8),
            Position::new(0, 13)
        );
        let after_emoji = text.find('😀').expect("an emoji") + 4;
        assert_eq!(
            index.position(text, after_emoji, Encoding::Utf16),
            Position::new(1, 10)
        );
        roundtrip(text, Encoding::Utf16);
        roundtrip(text, Encoding::Utf8);
    }

    #[test]
    fn every_line_end_counts() {
        let text = "a\r\nb\rc\nd";
        let index = LineIndex::new(text);
        assert_eq!(index.starts.len(), 4);
        assert_eq!(
            index.position(text, 3, Encoding::Utf16),
            Position::new(1, 0)
        );
        assert_eq!(
            index.position(text, 5, Encoding::Utf16),
            Position::new(2, 0)
        );
        assert_eq!(index.offset(text, Position::new(3, 0), Encoding::Utf16), 7);
        roundtrip(text, Encoding::Utf16);
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let text = "æble\nø";
        let index = LineIndex::new(text);
        assert_eq!(index.offset(text, Position::new(0, 99), Encoding::Utf16), 5);
        assert_eq!(
            index.offset(text, Position::new(9, 0), Encoding::Utf16),
            text.len()
        );
        // The middle of `æ` in UTF-8 is the start of `æ`.
        assert_eq!(index.offset(text, Position::new(0, 1), Encoding::Utf8), 0);
        // The middle of a surrogate pair is the start of its character.
        let emoji = "😀x";
        let index = LineIndex::new(emoji);
        assert_eq!(index.offset(emoji, Position::new(0, 1), Encoding::Utf16), 0);
        assert_eq!(
            index.position(emoji, 2, Encoding::Utf16),
            Position::new(0, 0)
        );
    }
}
