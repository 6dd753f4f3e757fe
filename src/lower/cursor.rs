//! A cursor over the values of one statement, used by the literal parsers.

use crate::source::Span;
use crate::syntax::tree::{Arg, ArgKind};

/// Reads the values of a statement left to right.
#[derive(Debug, Clone)]
pub struct Cursor<'a> {
    args: &'a [Arg<'a>],
    pos: usize,
    /// The span to point at when the values run out.
    pub end: Span,
}

impl<'a> Cursor<'a> {
    /// A cursor over `args`; `end` is where "missing" diagnostics point.
    pub fn new(args: &'a [Arg<'a>], end: Span) -> Self {
        Self { args, pos: 0, end }
    }

    /// The next value, without taking it.
    pub fn peek(&self) -> Option<&'a Arg<'a>> {
        self.args.get(self.pos)
    }

    /// The value after the next, without taking anything.
    pub fn peek2(&self) -> Option<&'a Arg<'a>> {
        self.args.get(self.pos + 1)
    }

    /// Takes the next value.
    pub fn next(&mut self) -> Option<&'a Arg<'a>> {
        let arg = self.args.get(self.pos)?;
        self.pos += 1;
        Some(arg)
    }

    /// Takes the next value if it is the word `word` (lowercase).
    pub fn eat_word(&mut self, word: &str) -> bool {
        if self.peek().is_some_and(|a| a.is_word(word)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Takes the next value if it is the punctuation `punct`.
    pub fn eat_punct(&mut self, punct: &str) -> bool {
        if self.peek().is_some_and(|a| a.is_punct(punct)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Takes the next value if it has the given kind.
    pub fn eat_kind(&mut self, kind: ArgKind) -> Option<&'a Arg<'a>> {
        if self.peek().is_some_and(|a| a.kind == kind) {
            self.next()
        } else {
            None
        }
    }

    /// Whether every value has been read.
    pub fn is_done(&self) -> bool {
        self.pos >= self.args.len()
    }

    /// The values not read yet.
    pub fn rest(&self) -> &'a [Arg<'a>] {
        self.args.get(self.pos..).unwrap_or(&[])
    }

    /// The current position, to rewind to.
    pub fn mark(&self) -> usize {
        self.pos
    }

    /// Rewinds to a position from `mark`.
    pub fn reset(&mut self, mark: usize) {
        self.pos = mark;
    }

    /// The span from the value at `mark` to the last value read.
    pub fn span_since(&self, mark: usize) -> Span {
        let first = self.args.get(mark).map(|a| a.span);
        let last = self
            .pos
            .checked_sub(1)
            .and_then(|i| self.args.get(i))
            .map(|a| a.span);
        match (first, last) {
            (Some(first), Some(last)) if self.pos > mark => first.join(last),
            (Some(first), _) => first,
            _ => self.end,
        }
    }

    /// The values read since `mark`.
    pub fn read_since(&self, mark: usize) -> &'a [Arg<'a>] {
        self.args.get(mark..self.pos).unwrap_or(&[])
    }

    /// The text of the next value, or nothing.
    pub fn here_text(&self) -> &'a str {
        self.peek().map_or("", |a| a.as_str())
    }

    /// The span of the next value, or the end.
    pub fn here(&self) -> Span {
        self.peek().map_or(self.end, |a| a.span)
    }

    /// The span of all values not read yet.
    pub fn rest_span(&self) -> Span {
        match (self.rest().first(), self.rest().last()) {
            (Some(first), Some(last)) => first.span.join(last.span),
            _ => self.end,
        }
    }
}
