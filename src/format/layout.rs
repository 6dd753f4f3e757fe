//! Writing the syntax tree out in the canonical layout.
//!
//! What the layout decides, and only this:
//!
//! - each statement stands on a line of its own (statements separated by `;` are put
//!   on lines of their own), indented two spaces a level;
//! - inside a statement, a run of spaces between two values becomes one space, and
//!   values that touch (`1.250`, `§86`) keep touching: the lowering reads some values
//!   from tokens that touch, so touching is meaning;
//! - a block opens with ` {` at the end of its statement's line and closes with `}`
//!   on a line of its own; an empty block is `{}`, and a block that the writer kept on
//!   one line with one plain statement in it stays on one line: `frister { afgørelse
//!   10 hverdage efter ansøgning }`;
//! - the writer's blank lines between items are kept, a run of them as one; none
//!   after `{` or before `}`; a blank line before and after every block that spans
//!   lines at the top of the file and of the standard (`indsats`, sections), as the
//!   bundled standards do (the comments right above such a block stay with it);
//! - a comment keeps its place: on a line of its own at its item's indentation, at the
//!   end of its statement's line (two spaces before `#`), or after the `{` it followed;
//!   trailing spaces are dropped;
//! - text blocks are re-indented one level deeper than their statement
//!   (`text_block.rs`); the closing `"""` stands at the statement's indentation.
//!
//! Values are copied from the source as written. Every step is linear in the file.

use super::text_block;
use crate::syntax::tree::{
    Arg, ArgKind, Block, Comment, Item, Statement, SyntaxFile, PROPOSAL as PROPOSAL_WORD,
};

/// The indentation of one level.
pub(super) const INDENT: &str = "  ";

/// The file in the canonical layout, with the line ends and byte order mark of `text`.
pub fn layout(file: &SyntaxFile, text: &str) -> String {
    let mut writer = Writer {
        text,
        out: String::with_capacity(text.len() + text.len() / 8),
        nl: line_end(text),
    };
    if text.starts_with('\u{FEFF}') {
        writer.out.push('\u{FEFF}');
    }
    writer.items(&file.items, 0);
    writer.out
}

/// The line end a file uses: that of its first line (`\r\n` or `\n`), or a lone `\r`
/// in a file with no `\n` at all. A lone `\r` inside a line (a text block may hold one)
/// does not count.
fn line_end(text: &str) -> &'static str {
    match text.find('\n') {
        Some(at) if at > 0 && text.as_bytes().get(at - 1) == Some(&b'\r') => "\r\n",
        Some(_) => "\n",
        None if text.contains('\r') => "\r",
        None => "\n",
    }
}

/// How many line ends a stretch of text holds (`\r\n`, `\n` or a lone `\r` each).
fn line_ends(gap: &str) -> usize {
    let bytes = gap.as_bytes();
    bytes
        .iter()
        .enumerate()
        .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
        .count()
}

/// Where an item starts in the source.
fn start(item: &Item) -> usize {
    match item {
        Item::Statement(statement) => statement.span.start(),
        Item::Comment(comment) => comment.span.start(),
        Item::Error(error) => error.span.start(),
    }
}

/// Where an item ends in the source, its trailing comment included.
fn end(item: &Item) -> usize {
    match item {
        Item::Statement(statement) => statement
            .comment
            .as_ref()
            .map_or(statement.span.end(), |c| {
                c.span.end().max(statement.span.end())
            }),
        Item::Comment(comment) => comment.span.end(),
        Item::Error(error) => error.span.end(),
    }
}

struct Writer<'a> {
    /// The source.
    text: &'a str,
    out: String,
    /// The line end to write.
    nl: &'static str,
}

impl<'a> Writer<'a> {
    /// The source under a span (empty if the span is not in it).
    fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    /// Whether the source has a blank line between two offsets.
    fn blank_between(&self, from: usize, to: usize) -> bool {
        line_ends(self.slice(from, to)) >= 2
    }

    fn indent(&mut self, depth: usize) {
        for _ in 0..depth {
            self.out.push_str(INDENT);
        }
    }

    /// Writes the items of a file (`depth` 0) or of a block, one a line.
    fn items(&mut self, items: &[Item], depth: usize) {
        let leads = self.group_leads(items, depth);
        let mut previous: Option<usize> = None;
        let mut previous_big = false;
        for (item, lead) in items.iter().zip(leads) {
            if let Some(end) = previous {
                if previous_big || lead || self.blank_between(end, start(item)) {
                    self.out.push_str(self.nl);
                }
            }
            match item {
                Item::Statement(statement) => self.statement(statement, depth),
                Item::Comment(comment) => {
                    self.indent(depth);
                    self.comment(comment);
                    self.out.push_str(self.nl);
                }
                Item::Error(error) => {
                    // A file with errors is never formatted; written as it stands.
                    self.indent(depth);
                    let text = self.slice(error.span.start(), error.span.end());
                    self.out.push_str(text.trim());
                    self.out.push_str(self.nl);
                }
            }
            previous = Some(end(item));
            previous_big = depth <= 1 && self.is_big(item);
        }
    }

    /// For each item, whether a blank line goes before it because it starts a block
    /// that spans lines at the top of the file or of the standard, or the comments
    /// right above one (no blank line between them and it).
    fn group_leads(&self, items: &[Item], depth: usize) -> Vec<bool> {
        let mut leads = vec![false; items.len()];
        if depth > 1 {
            return leads;
        }
        for (index, item) in items.iter().enumerate() {
            if !self.is_big(item) {
                continue;
            }
            // The comments right above belong to the block. Each run of comments is
            // walked once, by the one block below it.
            let mut first = index;
            while let Some((above, below)) = first
                .checked_sub(1)
                .and_then(|i| Some((items.get(i)?, items.get(first)?)))
            {
                if !matches!(above, Item::Comment(_))
                    || self.blank_between(end(above), start(below))
                {
                    break;
                }
                first -= 1;
            }
            if let Some(lead) = leads.get_mut(first) {
                *lead = true;
            }
        }
        leads
    }

    /// Whether an item is a statement whose block is written over several lines.
    fn is_big(&self, item: &Item) -> bool {
        match item {
            Item::Statement(statement) => statement
                .block
                .as_deref()
                .is_some_and(|block| !self.one_line(block)),
            _ => false,
        }
    }

    /// Whether a block is written on its statement's line: it is empty, or the writer
    /// kept it on one line and it holds one statement with no block and no comment.
    fn one_line(&self, block: &Block) -> bool {
        match block.items.as_slice() {
            [] => true,
            [Item::Statement(inner)] => {
                inner.block.is_none()
                    && inner.comment.is_none()
                    && line_ends(self.slice(block.span.start(), block.span.end())) == 0
            }
            _ => false,
        }
    }

    /// Writes a statement and its block, from its indentation to its line end.
    fn statement(&mut self, statement: &Statement, depth: usize) {
        self.indent(depth);
        self.head(statement, depth);
        if let Some(block) = statement.block.as_deref() {
            self.block(block, depth);
        }
        if let Some(comment) = statement.comment.as_deref() {
            self.out.push_str("  ");
            self.comment(comment);
        }
        self.out.push_str(self.nl);
    }

    /// Writes a statement's keyword and values.
    fn head(&mut self, statement: &Statement, depth: usize) {
        // The mark `forslag:` stays where the writer put it, before the keyword or
        // before the values, written `forslag:` (its word as written, the colon joined).
        let mark = statement.proposal.as_deref().map(|mark| {
            let word = self.slice(mark.start(), mark.start() + PROPOSAL_WORD.len());
            (
                mark.start() < statement.key.span.start(),
                format!("{word}:"),
            )
        });
        if let Some((true, mark)) = &mark {
            self.out.push_str(mark);
            self.out.push(' ');
        }
        let key = self.slice(statement.key.span.start(), statement.key.span.end());
        self.out.push_str(key);
        let mut previous = statement.key.span.end();
        if let Some((false, mark)) = &mark {
            self.out.push(' ');
            self.out.push_str(mark);
            previous = usize::MAX;
        }
        for arg in &statement.args {
            if arg.span.start() > previous || previous == usize::MAX {
                self.out.push(' ');
            }
            self.arg(arg, depth);
            previous = arg.span.end();
        }
    }

    /// Writes one value as written; a text block over several lines re-indented.
    fn arg(&mut self, arg: &Arg, depth: usize) {
        let written = self.slice(arg.span.start(), arg.span.end());
        let inside = written
            .strip_prefix("\"\"\"")
            .and_then(|w| w.strip_suffix("\"\"\""));
        match inside {
            Some(inside) if arg.kind == ArgKind::TextBlock && inside.contains('\n') => {
                text_block::write(&mut self.out, inside, depth, self.nl);
            }
            _ => self.out.push_str(written),
        }
    }

    /// Writes a block, from ` {` to `}`.
    fn block(&mut self, block: &Block, depth: usize) {
        if self.one_line(block) {
            match block.items.first() {
                Some(Item::Statement(inner)) => {
                    self.out.push_str(" { ");
                    self.head(inner, depth + 1);
                    self.out.push_str(" }");
                }
                _ => self.out.push_str(" {}"),
            }
            return;
        }
        self.out.push_str(" {");
        let open_end = block.span.start() + 1;
        let mut items = block.items.as_slice();
        // A comment on the line of `{` stays there.
        if let Some((Item::Comment(comment), rest)) = items.split_first() {
            if line_ends(self.slice(open_end, comment.span.start())) == 0 {
                self.out.push_str("  ");
                self.comment(comment);
                items = rest;
            }
        }
        self.out.push_str(self.nl);
        self.items(items, depth + 1);
        self.indent(depth);
        self.out.push('}');
    }

    /// Writes `#` and a comment's text, without trailing spaces.
    fn comment(&mut self, comment: &Comment) {
        self.out.push('#');
        self.out.push_str(comment.text.trim_end());
    }
}
