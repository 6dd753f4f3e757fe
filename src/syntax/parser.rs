//! The pest parser and the conversion of its pairs into the syntax tree.
//!
//! This is the only file that matches on `Rule`.

use super::tree::{
    Arg, ArgKind, Block, Comment, ErrorKind, ErrorNode, Item, Statement, SyntaxFile, Word, PROPOSAL,
};
use crate::diag::{codes, Diagnostic};
use crate::msg;
use crate::source::Span;
use pest::iterators::Pair;
use pest::Parser as _;
use std::borrow::Cow;

#[derive(pest_derive::Parser)]
#[grammar = "grammar/kvalitet.pest"]
struct Grammar;

/// Parses a whole file. Never fails: problems come back as diagnostics, and the tree
/// holds everything that could be read.
///
/// The grammar is flat (statement heads, braces, comments, error lines); the blocks
/// are built here with an explicit stack, so the parse takes time linear in the text
/// and constant stack, whatever the input.
///
/// A large file is parsed in pieces of about [`PIECE`] bytes, each ending at a line
/// end outside any text block: nothing in the grammar but a text block runs over a
/// line end, so the pieces parse exactly as the whole file would, and pest's list of
/// tokens (tens of bytes a token) is held for one piece at a time.
pub fn parse(text: &str) -> (SyntaxFile<'_>, Vec<Diagnostic>) {
    parse_in_pieces(text, PIECE)
}

/// [`parse`], with pieces of about `piece_size` bytes.
fn parse_in_pieces(text: &str, piece_size: usize) -> (SyntaxFile<'_>, Vec<Diagnostic>) {
    let (file, diagnostics, _) = parse_counted(text, piece_size);
    (file, diagnostics)
}

/// [`parse_in_pieces`], and the length of the longest piece pest was given and of all
/// of them.
fn parse_counted(
    text: &str,
    piece_size: usize,
) -> (SyntaxFile<'_>, Vec<Diagnostic>, (usize, usize)) {
    let mut longest = 0;
    let mut total = 0usize;
    let mut builder = Builder {
        text,
        base: 0,
        diagnostics: Vec::new(),
        root: Vec::new(),
        stack: Vec::new(),
        skipped: None,
        args: Vec::new(),
    };
    let mut start = 0;
    let mut size = piece_size;
    // Whether the piece at `start` has been read again to the end of its text block.
    let mut extended = false;
    while start < text.len() || start == 0 {
        let end = piece_end(text, start, size);
        let piece = text.get(start..end).unwrap_or_default();
        longest = longest.max(piece.len());
        total = total.saturating_add(piece.len());
        builder.base = start;
        match Grammar::parse(Rule::file, piece) {
            Ok(mut pairs) => {
                let Some(file) = pairs.next() else { break };
                let items = file.into_inner();
                // A piece that ends inside a text block ends in an error line that
                // swallowed the rest of the piece. What comes before that line is read
                // as the whole file would read it (pieces end at line ends); the next
                // piece starts at that line. A piece that starts there is read again
                // once, to the line end after the first `"""` past it (a text block
                // has no escapes, and none closes it before: the piece ends at a line
                // end), or to the end of the file when there is none; should it still
                // end inside a text block, it is read again twice as long. Each
                // text block is so read at most twice more, whatever its length.
                let cut = items
                    .clone()
                    .rev()
                    .find(|p| p.as_rule() != Rule::EOI)
                    .filter(|last| {
                        end < text.len()
                            && last.as_rule() == Rule::error_line
                            && last.as_span().end() == piece.len()
                    })
                    .map(|last| last.as_span().start());
                match cut {
                    Some(0) => {
                        let rest = text.as_bytes().get(end..).unwrap_or_default();
                        size = match memchr::memmem::find(rest, TRIPLE) {
                            _ if extended => (end - start).saturating_mul(2),
                            Some(at) => end + at + 3 - start,
                            None => text.len() - start,
                        };
                        extended = true;
                        continue;
                    }
                    Some(at) => {
                        for pair in items.take_while(|pair| pair.as_span().start() < at) {
                            builder.pair(pair);
                        }
                        start += at;
                        size = piece_size;
                        extended = false;
                        continue;
                    }
                    None => {}
                }
                for pair in items {
                    builder.pair(pair);
                }
            }
            Err(error) => {
                // The grammar recovers from every error it knows; this is a safety net.
                let span = match error.location {
                    pest::error::InputLocation::Pos(pos) => Span::new(pos, pos),
                    pest::error::InputLocation::Span((start, end)) => Span::new(start, end),
                };
                builder.diagnostics.push(
                    Diagnostic::error(
                        codes::SYNTAX_ERROR,
                        Span::new(span.start() + start, span.end() + start),
                        msg!("syntax-unreadable-here"),
                    )
                    .with_help(msg!("syntax-unreadable-here-help")),
                );
            }
        }
        if end >= text.len() {
            break;
        }
        start = end;
        size = piece_size;
        extended = false;
    }
    let file = builder.finish();
    let mut diagnostics = file.1;
    // An unterminated text block swallows the rest of the file, so every block around
    // it looks unclosed too; report only the cause.
    if diagnostics
        .iter()
        .any(|d| d.code == codes::UNTERMINATED_TEXT_BLOCK)
    {
        diagnostics.retain(|d| d.code != codes::UNCLOSED_BLOCK);
    }
    (file.0, diagnostics, (longest, total))
}

/// pest's part of [`parse`] alone: the grammar run over `text` in the same pieces, and
/// every pair visited, with no tree built and nothing reported. The floor under
/// [`parse`], printed by the benchmark (`benches/denmark.rs`); returns the number of
/// pairs.
#[doc(hidden)]
pub fn grammar_only(text: &str) -> usize {
    let mut pairs = 0;
    let mut start = 0;
    while start < text.len() {
        let end = piece_end(text, start, PIECE);
        let piece = text.get(start..end).unwrap_or_default();
        pairs += Grammar::parse(Rule::file, piece).map_or(0, |p| p.flatten().count());
        start = end;
    }
    pairs
}

/// The size of the pieces a large file is parsed in.
const PIECE: usize = 1 << 18;

/// Where a piece that starts at `start` and is about `size` bytes long ends: just after
/// the first line end at or after `start + size`, or at the end of the text. When the
/// piece holds an odd number of `"""`, that line end is likely inside a text block, and
/// the piece ends after the line of the next `"""` instead, so that the block is not
/// read twice. (A `"""` in a comment or a string can mislead this count; the parse then
/// finds the piece cut and reads again, as it does without it.)
fn piece_end(text: &str, start: usize, size: usize) -> usize {
    let bytes = text.as_bytes();
    let line_end = |from: usize| {
        bytes
            .get(from..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
            .map_or(text.len(), |at| from + at + 1)
    };
    let end = line_end(start.saturating_add(size));
    let quotes = memchr::memmem::find_iter(bytes.get(start..end).unwrap_or_default(), TRIPLE);
    if quotes.count() % 2 == 0 {
        return end;
    }
    match memchr::memmem::find(bytes.get(end..).unwrap_or_default(), TRIPLE) {
        Some(at) => line_end(end + at + TRIPLE.len()),
        None => text.len(),
    }
}

/// The quotes that open and close a text block.
const TRIPLE: &[u8] = b"\"\"\"";

/// How deep blocks may nest. The language itself needs about five levels
/// (standard, indsats, section, complaint route, contact); the limit keeps every
/// later stage, which walks the tree recursively, far from the end of the stack.
const MAX_DEPTH: usize = 32;

/// What an open block belongs to.
enum Owner<'a> {
    /// The statement whose line it ends.
    Statement(Statement<'a>),
    /// A `{` that belongs to no statement: its contents are kept out of the tree.
    Error(ErrorNode<'a>),
}

/// A block whose `}` has not been seen yet.
struct Frame<'a> {
    owner: Owner<'a>,
    /// Where its `{` starts.
    open: usize,
    items: Vec<Item<'a>>,
}

/// A block nested too deeply: everything up to its `}` is passed over.
struct Skipped<'a> {
    /// The statement it belongs to, if any, and where its `{` starts.
    owner: Option<Statement<'a>>,
    open: usize,
    /// How many blocks inside it are open.
    depth: usize,
}

/// Builds the tree from the grammar's flat sequence of pairs.
struct Builder<'a> {
    text: &'a str,
    /// Where the piece being parsed starts in the text: pest's positions are
    /// relative to it.
    base: usize,
    diagnostics: Vec<Diagnostic>,
    root: Vec<Item<'a>>,
    stack: Vec<Frame<'a>>,
    skipped: Option<Skipped<'a>>,
    /// The values of the statement being built.
    args: Vec<Arg<'a>>,
}

fn span_of(pair: &Pair<'_, Rule>, base: usize) -> Span {
    let span = pair.as_span();
    Span::new(span.start() + base, span.end() + base)
}

impl<'a> Builder<'a> {
    /// The items of the innermost open block, or of the file.
    fn items(&mut self) -> &mut Vec<Item<'a>> {
        match self.stack.last_mut() {
            Some(frame) => &mut frame.items,
            None => &mut self.root,
        }
    }

    fn pair(&mut self, pair: Pair<'a, Rule>) {
        if let Some(skipped) = &mut self.skipped {
            match pair.as_rule() {
                Rule::open => skipped.depth += 1,
                Rule::statement if pair.clone().into_inner().any(|p| p.as_rule() == Rule::open) => {
                    skipped.depth += 1;
                }
                Rule::close => {
                    if skipped.depth == 0 {
                        let end = span_of(&pair, self.base).end();
                        if let Some(skipped) = self.skipped.take() {
                            let block = Block {
                                items: Vec::new(),
                                span: Span::new(skipped.open, end),
                            };
                            self.attach(skipped.owner, block);
                        }
                    } else {
                        skipped.depth -= 1;
                    }
                }
                _ => {}
            }
            return;
        }
        match pair.as_rule() {
            Rule::statement => self.statement(pair),
            Rule::comment => {
                let comment = comment(pair, self.base);
                let text = self.text;
                // A comment after the `}` of a statement's block, on the same line,
                // is that statement's trailing comment.
                if let Some(Item::Statement(statement)) = self.items().last_mut() {
                    let after_block = statement.block.as_ref().is_some_and(|block| {
                        statement.comment.is_none()
                            && text
                                .get(block.span.end()..comment.span.start())
                                .is_some_and(|gap| !gap.contains(['\n', '\r']))
                    });
                    if after_block {
                        statement.comment = Some(Box::new(comment));
                        return;
                    }
                }
                self.items().push(Item::Comment(comment));
            }
            Rule::open => self.detached_open(span_of(&pair, self.base)),
            Rule::close => self.close(span_of(&pair, self.base)),
            Rule::error_line => {
                let span = span_of(&pair, self.base);
                let text = pair.as_str();
                self.diagnostics.push(classify(text, span));
                self.items().push(Item::Error(ErrorNode {
                    kind: ErrorKind::BadLine,
                    text,
                    span,
                }));
            }
            _ => {}
        }
    }

    fn statement(&mut self, pair: Pair<'a, Rule>) {
        let mut span = span_of(&pair, self.base);
        let mut key = Word {
            text: "",
            span: Span::new(span.start(), span.start()),
        };
        // Values are gathered in a buffer that every statement reuses, and copied out
        // at their exact number: a statement's own list, grown by doubling, would
        // hold room for twice as many.
        let mut args = std::mem::take(&mut self.args);
        args.clear();
        let mut open = None;
        let mut trailing = None;
        for inner in pair.into_inner() {
            match inner.as_rule() {
                Rule::key => {
                    key = Word {
                        text: inner.as_str(),
                        span: span_of(&inner, self.base),
                    }
                }
                Rule::open => open = Some(span_of(&inner, self.base)),
                Rule::comment => trailing = Some(comment(inner, self.base)),
                _ => {
                    if let Some(arg) = arg(inner, self.base) {
                        args.push(arg);
                    }
                }
            }
        }
        let proposal = match self.proposal(&mut key, &mut args) {
            Ok(proposal) => proposal,
            Err(()) => {
                // A mark with no statement after it: reported, and the line (with its
                // block) is kept out of the tree.
                self.bad_line(span, args, open);
                return;
            }
        };
        // The statement's span ends at its last value or block, not at the line end.
        span = span.with_end(args.last().map_or(key.span.end(), |a: &Arg| a.span.end()));
        if let Some(mark) = proposal {
            span = span.with_end(span.end().max(mark.end()));
        }
        // The grammar scans a string up to `"`, `\\` or `\n`; one that runs over a
        // lone carriage return (a line end of its own) was never closed on its line.
        if let Some(string) = args
            .iter()
            .find(|a| a.kind == ArgKind::String && a.text.contains('\r'))
        {
            let from = string.span.start();
            let to = self
                .text
                .get(from..string.span.end())
                .and_then(|t| t.find('\r'))
                .map_or(string.span.end(), |at| from + at);
            self.diagnostics
                .push(unterminated_string(Span::new(from, to)));
            self.bad_line(span, args, open);
            return;
        }
        // Moved out at their exact number; the buffer stays for the next statement.
        let mut own = Vec::with_capacity(args.len());
        own.append(&mut args);
        let statement = Statement {
            key,
            args: own,
            block: None,
            comment: trailing.map(Box::new),
            proposal: proposal.map(Box::new),
            span,
        };
        self.args = args;
        match open {
            Some(open) => self.open(Some(statement), open),
            None => self.items().push(Item::Statement(statement)),
        }
    }

    /// Keeps a line that was reported out of the tree (as an error node), and its
    /// block with it; `args` is the parser's buffer of values, handed back.
    fn bad_line(&mut self, span: Span, args: Vec<Arg<'a>>, open: Option<Span>) {
        let text = self.text.get(span.start()..span.end()).unwrap_or_default();
        self.items().push(Item::Error(ErrorNode {
            kind: ErrorKind::BadLine,
            text,
            span,
        }));
        self.args = args;
        if let Some(open) = open {
            self.open(None, open);
        }
    }

    /// Takes the mark `forslag:` out of a statement and returns where it stands: before
    /// the keyword (`forslag: omfang {`, which the grammar reads as the keyword
    /// `forslag` and the values `:` and `omfang`) or first among the values
    /// (`afgørelse forslag: 10 hverdage`). A second mark on one statement is reported
    /// and dropped, and so is every further one. A mark that no keyword follows is reported, and is an `Err`.
    fn proposal(
        &mut self,
        key: &mut Word<'a>,
        args: &mut Vec<Arg<'a>>,
    ) -> Result<Option<Span>, ()> {
        let mut mark = None;
        if key.text.eq_ignore_ascii_case(PROPOSAL) && args.first().is_some_and(|a| a.is_punct(":"))
        {
            let colon = args.first().map_or(key.span, |a| a.span);
            let here = Span::new(key.span.start(), colon.end());
            let next = args
                .get(1)
                .filter(|a| a.kind == ArgKind::Word)
                .and_then(|a| {
                    let text = self.text.get(a.span.start()..a.span.end())?;
                    is_key(text).then_some(Word { text, span: a.span })
                });
            let Some(next) = next else {
                self.diagnostics.push(
                    Diagnostic::error(
                        codes::MISPLACED_PROPOSAL,
                        here,
                        msg!("syntax-proposal-without-statement"),
                    )
                    .with_label(msg!("syntax-proposal-without-statement-label"))
                    .with_help(msg!("syntax-proposal-without-statement-help")),
                );
                return Err(());
            };
            *key = next;
            args.drain(..2);
            mark = Some(here);
        }
        // The marks first among the values, taken out at once (a line of many marks
        // costs one pass, not one per mark).
        let marks: Vec<Span> = args
            .chunks_exact(2)
            .map_while(|pair| match pair {
                [word, colon] if word.is_word(PROPOSAL) && colon.is_punct(":") => {
                    Some(Span::new(word.span.start(), colon.span.end()))
                }
                _ => None,
            })
            .collect();
        args.drain(..marks.len() * 2);
        for here in marks {
            match mark {
                Some(first) => self.diagnostics.push(
                    Diagnostic::error(
                        codes::MISPLACED_PROPOSAL,
                        here,
                        msg!("syntax-proposal-twice", keyword = key.text),
                    )
                    .with_label(msg!("syntax-proposal-twice-label"))
                    .with_secondary(first, msg!("syntax-proposal-twice-first"))
                    .with_help(msg!("syntax-proposal-twice-help")),
                ),
                None => mark = Some(here),
            }
        }
        Ok(mark)
    }

    /// Opens a block for `owner` (a statement, or `None` for a `{` that belongs to
    /// none), unless blocks are already nested as deep as they may be.
    fn open(&mut self, owner: Option<Statement<'a>>, open: Span) {
        if self.stack.len() >= MAX_DEPTH {
            // Too deep to mean anything: report it once, at the outermost block that
            // goes over, and keep nothing inside.
            self.diagnostics.push(
                Diagnostic::error(
                    codes::NESTED_TOO_DEEPLY,
                    Span::new(open.start(), open.start() + 1),
                    msg!("syntax-nested-too-deeply", depth = MAX_DEPTH.to_string()),
                )
                .with_label(msg!("syntax-nested-too-deeply-label"))
                .with_help(msg!("syntax-nested-too-deeply-help")),
            );
            self.skipped = Some(Skipped {
                owner,
                open: open.start(),
                depth: 0,
            });
            return;
        }
        let owner = match owner {
            Some(statement) => Owner::Statement(statement),
            None => Owner::Error(ErrorNode {
                kind: ErrorKind::BadLine,
                text: "{",
                span: open,
            }),
        };
        self.stack.push(Frame {
            owner,
            open: open.start(),
            items: Vec::new(),
        });
    }

    /// A `{` that does not end a statement's line: it either follows a statement
    /// on the line before (the block is that statement's, and the brace is reported
    /// as out of place), or belongs to nothing (reported, and its contents are kept
    /// out of the tree so they cause no further errors).
    fn detached_open(&mut self, open: Span) {
        let text = self.text;
        let previous = match self.items().last() {
            Some(Item::Statement(statement)) if statement.block.is_none() => text
                .get(statement.span.end()..open.start())
                .filter(|gap| gap.trim().is_empty() && gap.contains('\n'))
                .map(|_| statement.key.clone()),
            _ => None,
        };
        if let Some(key) = previous {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::DETACHED_BLOCK,
                    open,
                    msg!("syntax-detached-block", keyword = key.text),
                )
                .with_label(msg!("syntax-detached-block-label"))
                .with_secondary(key.span, msg!("syntax-detached-block-statement"))
                .with_help(msg!("syntax-detached-block-help", keyword = key.text)),
            );
            if let Some(Item::Statement(statement)) = self.items().pop() {
                self.open(Some(statement), open);
            }
            return;
        }
        let after_error = matches!(self.items().last(), Some(Item::Error(error))
            if text.get(error.span.end()..open.start()).is_some_and(|gap| gap.trim().is_empty() && !gap.contains(['\n', '\r'])));
        if !after_error {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::EXPECTED_KEYWORD,
                    open,
                    msg!(
                        "syntax-expected-keyword",
                        found = msg!("syntax-found-character", character = '{')
                    ),
                )
                .with_label(msg!("syntax-block-without-keyword-label"))
                .with_help(msg!("syntax-block-without-keyword-help")),
            );
        }
        self.open(None, open);
    }

    /// A `}`: closes the innermost open block, or is reported as closing nothing.
    fn close(&mut self, close: Span) {
        let Some(frame) = self.stack.pop() else {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::UNMATCHED_BRACE,
                    close,
                    msg!("syntax-unmatched-brace"),
                )
                .with_label(msg!("syntax-unmatched-brace-label"))
                .with_help(msg!("syntax-unmatched-brace-help")),
            );
            self.root.push(Item::Error(ErrorNode {
                kind: ErrorKind::StrayClose,
                text: "}",
                span: close,
            }));
            return;
        };
        self.finish_frame(frame, close.end());
    }

    /// Ends a block at `end` and puts it where it belongs.
    fn finish_frame(&mut self, mut frame: Frame<'a>, end: usize) {
        // A block's list grew by doubling; give back what it does not use.
        frame.items.shrink_to_fit();
        let block = Block {
            items: frame.items,
            span: Span::new(frame.open, end),
        };
        match frame.owner {
            Owner::Statement(statement) => self.attach(Some(statement), block),
            Owner::Error(mut error) => {
                error.span = error.span.join(block.span);
                self.items().push(Item::Error(error));
            }
        }
    }

    /// Gives a finished block to its statement (or, for none, drops it).
    fn attach(&mut self, owner: Option<Statement<'a>>, block: Block<'a>) {
        match owner {
            Some(mut statement) => {
                statement.span = statement.span.with_end(block.span.end());
                statement.block = Some(Box::new(block));
                self.items().push(Item::Statement(statement));
            }
            None => self.items().push(Item::Error(ErrorNode {
                kind: ErrorKind::BadLine,
                text: "{",
                span: block.span,
            })),
        }
    }

    /// Closes what is still open at the end of the file and returns the tree.
    fn finish(mut self) -> (SyntaxFile<'a>, Vec<Diagnostic>) {
        let end = self.text.len();
        if let Some(skipped) = self.skipped.take() {
            let block = Block {
                items: Vec::new(),
                span: Span::new(skipped.open, end),
            };
            self.attach(skipped.owner, block);
        }
        while let Some(frame) = self.stack.pop() {
            if matches!(frame.owner, Owner::Statement(_)) {
                let open = Span::new(frame.open, frame.open + 1);
                self.diagnostics.push(
                    Diagnostic::error(codes::UNCLOSED_BLOCK, open, msg!("syntax-unclosed-block"))
                        .with_label(msg!("syntax-unclosed-block-label"))
                        .with_help(msg!("syntax-unclosed-block-help")),
                );
            }
            self.finish_frame(frame, end);
        }
        (SyntaxFile { items: self.root }, self.diagnostics)
    }
}

/// Whether a word has the shape of a keyword, as the grammar's `key` rule reads one.
fn is_key(text: &str) -> bool {
    Grammar::parse(Rule::key, text)
        .ok()
        .and_then(|mut pairs| pairs.next())
        .is_some_and(|pair| pair.as_str().len() == text.len())
}

fn comment(pair: Pair<'_, Rule>, base: usize) -> Comment<'_> {
    let span = span_of(&pair, base);
    let text = pair.as_str().get(1..).unwrap_or_default();
    Comment { text, span }
}

fn arg(pair: Pair<'_, Rule>, base: usize) -> Option<Arg<'_>> {
    let span = span_of(&pair, base);
    let raw = pair.as_str();
    let kind = match pair.as_rule() {
        Rule::text_block => ArgKind::TextBlock,
        Rule::string => ArgKind::String,
        Rule::date => ArgKind::Date,
        Rule::url | Rule::url_prefixed => ArgKind::Url,
        Rule::email | Rule::email_digit => ArgKind::Email,
        Rule::number | Rule::number_alone => ArgKind::Number,
        Rule::word | Rule::word_any => ArgKind::Word,
        Rule::punct => ArgKind::Punct,
        _ => return None,
    };
    let text = match kind {
        ArgKind::TextBlock => {
            Cow::Borrowed(raw.get(3..raw.len().saturating_sub(3)).unwrap_or_default())
        }
        ArgKind::String => {
            let inner = raw.get(1..raw.len().saturating_sub(1)).unwrap_or_default();
            if inner.contains('\\') {
                Cow::Owned(unescape(inner))
            } else {
                Cow::Borrowed(inner)
            }
        }
        _ => Cow::Borrowed(raw),
    };
    Some(Arg { kind, text, span })
}

fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some(next @ ('"' | '\\')) => out.push(next),
                Some(other) => {
                    out.push('\\');
                    out.push(other);
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Turns a line that is not a statement into the most helpful diagnostic.
fn classify(text: &str, span: Span) -> Diagnostic {
    if let Some(offset) = unclosed_text_block(text) {
        let at = Span::new(span.start() + offset, span.start() + offset + 3);
        return Diagnostic::error(
            codes::UNTERMINATED_TEXT_BLOCK,
            at,
            msg!("syntax-unterminated-text-block"),
        )
        .with_label(msg!("syntax-unterminated-text-block-label"))
        .with_help(msg!("syntax-unterminated-text-block-help"));
    }
    let line_end = text.find(['\n', '\r']).unwrap_or(text.len());
    let line = text.get(..line_end).unwrap_or(text);
    // A closed text block may carry the error node over several lines; the string can
    // open on any of them.
    if let Some(offset) = unterminated_quote(text) {
        let rest = text.get(offset..).unwrap_or("");
        let end = offset + rest.find(['\n', '\r']).unwrap_or(rest.len());
        return unterminated_string(Span::new(span.start() + offset, span.start() + end));
    }
    // Only the grammar's own white space: a vertical tab or a form feed is no white
    // space to the grammar, and is what the line starts with.
    let trimmed = line.trim_start_matches([' ', '\t', '\u{A0}', '\u{FEFF}']);
    let first = trimmed.chars().next();
    // The grammar's `key` rule decides what can start a statement: `is_alphabetic`
    // would also take characters such as `Ⅱ` that are not letters to the grammar.
    if Grammar::parse(Rule::key, trimmed).is_err() {
        let offset = line.len() - trimmed.len();
        let width = first.map_or(0, char::len_utf8);
        let at = Span::new(span.start() + offset, span.start() + offset + width);
        let found = match first {
            // A control character or an unusual space is named by its code point.
            Some(c) if c.is_control() || (c.is_whitespace() && c != ' ') => {
                msg!(
                    "syntax-found-code-point",
                    code_point = format!("{:04X}", u32::from(c))
                )
            }
            Some(c) => msg!("syntax-found-character", character = c),
            None => msg!("syntax-found-end-of-line"),
        };
        let mut diagnostic = Diagnostic::error(
            codes::EXPECTED_KEYWORD,
            at,
            msg!("syntax-expected-keyword", found = found),
        )
        .with_label(msg!("syntax-expected-keyword-label"));
        if matches!(first, Some('-' | '•')) {
            diagnostic = diagnostic.with_help(msg!("syntax-bullet-list-help"));
        } else if first.is_some_and(|c| c.is_ascii_digit()) {
            diagnostic = diagnostic.with_help(msg!("syntax-numbered-list-help"));
        }
        return diagnostic;
    }
    Diagnostic::error(codes::SYNTAX_ERROR, span, msg!("syntax-unreadable-line"))
        .with_help(msg!("syntax-unreadable-line-help"))
}

/// A string that is not closed on its line.
fn unterminated_string(at: Span) -> Diagnostic {
    Diagnostic::error(
        codes::UNTERMINATED_STRING,
        at,
        msg!("syntax-unterminated-string"),
    )
    .with_label(msg!("syntax-unterminated-string-label"))
    .with_help(msg!("syntax-unterminated-string-help"))
}

/// The byte offset of a `"""` that opens a text block with no closing `"""`, if any.
fn unclosed_text_block(text: &str) -> Option<usize> {
    let mut open = None;
    for (offset, _) in text.match_indices("\"\"\"") {
        open = if open.is_some() { None } else { Some(offset) };
    }
    open
}

/// The byte offset of a `"` that is not closed on its line, if any. A text block
/// closed on the same line is not a string.
fn unterminated_quote(line: &str) -> Option<usize> {
    let mut open = None;
    let mut escaped = false;
    let mut skip_to = 0;
    for (i, c) in line.char_indices() {
        if i < skip_to {
            continue;
        }
        let rest = line.get(i..).unwrap_or("");
        match c {
            '\\' if open.is_some() && !escaped => {
                escaped = true;
                continue;
            }
            '"' if open.is_none() && rest.starts_with("\"\"\"") => {
                match rest.get(3..).and_then(|after| after.find("\"\"\"")) {
                    Some(end) => skip_to = i + 3 + end + 3,
                    // A text block that goes on over the next lines.
                    None => return None,
                }
            }
            '"' if !escaped => open = if open.is_some() { None } else { Some(i) },
            '#' if open.is_none() => return None,
            _ => {}
        }
        escaped = false;
    }
    open
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The bundled standards and the fixtures, and texts with text blocks, strings and
    /// braces that a piece boundary can fall into.
    fn texts() -> Vec<String> {
        let mut texts = crate::testing::standards_and_fixtures();
        texts.push("a \"\"\"\nx\n\"\"\" b \"\"\"\ny\n\"\"\"\nc {\n\"\"\" d\n}\n".to_owned());
        texts.push("x {\n  y \"\"\"\n  never closed\n  z {\n}\n".to_owned());
        texts.push("a {\r\n  b \"c\r\n}\r\n# \"\"\"\r\nd\r".to_owned());
        // `"""` where no text block is: in comments and strings, empty blocks, blocks
        // that close and open on one line.
        texts.push(
            "# \"\"\"\na \"\"\"\"\"\" b\nc \"x\"\"\" d\ne\n\"\"\"\nf \"\\\"\\\"\\\"\" # \"\"\"\n\
             g \"\"\"\nh\n\"\"\" \"\"\"\ni\n\"\"\"\nj \"\"\"\"\nk\n"
                .to_owned(),
        );
        texts
    }

    /// Parsing in pieces of any size gives the tree and the diagnostics of one piece.
    #[test]
    fn pieces_parse_as_the_whole() {
        let texts = texts();
        assert!(texts.len() > 100, "the fixtures were not found");
        for text in texts {
            let (whole, whole_diagnostics) = parse_in_pieces(&text, usize::MAX);
            for piece in [1, 7, 64, 1000] {
                let (tree, diagnostics) = parse_in_pieces(&text, piece);
                assert_eq!(
                    format!("{tree:?}"),
                    format!("{whole:?}"),
                    "piece {piece} of {:?}",
                    text.get(..40)
                );
                assert_eq!(
                    format!("{diagnostics:?}"),
                    format!("{whole_diagnostics:?}"),
                    "piece {piece}"
                );
            }
        }
    }

    /// A piece that ends inside a text block is followed by one that starts at the
    /// block's line, so in a file of many text blocks no piece grows beyond the piece
    /// size and one text block. (Read again twice as long, a piece would grow on every
    /// text block it ended in, towards the whole file: a 63 MB standard held a token
    /// list of 168 MB.)
    #[test]
    fn pieces_stay_short_among_text_blocks() {
        let block = "  tekst \"\"\"\n  Genoptræning efter sygehusophold.\n  \"\"\"\n";
        let text = format!("kvalitetsstandard \"x\" {{\n{}}}\n", block.repeat(5_000));
        for piece in [64, 1000, 4096] {
            let (tree, diagnostics, (longest, _)) = parse_counted(&text, piece);
            assert!(diagnostics.is_empty(), "{diagnostics:?}");
            assert_eq!(tree.items.len(), 1);
            assert!(
                longest <= piece + 2 * block.len(),
                "pieces of {piece} bytes: the longest was {longest}"
            );
        }
    }

    /// Each statement holds its values at their exact number, not the room the
    /// parser's buffer grew to (a tree of a 60 MB standard held 64 MB of such room).
    #[test]
    fn values_are_held_at_their_number() {
        let text = "a 1 2 3 4 5 6 7 8 9\nb 1\nc \"x\" y\nd\n";
        let (tree, _) = parse(text);
        let lengths: Vec<(usize, usize)> = tree
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Statement(s) => Some((s.args.len(), s.args.capacity())),
                _ => None,
            })
            .collect();
        assert_eq!(lengths, [(9, 9), (1, 1), (2, 2), (0, 0)]);
    }

    /// Each value takes the kind of its shape, wherever a word and an address share a
    /// start: a word is tried first, and one that starts with `www.` or stands before
    /// `@` or `:` gives way to an address when one is there, and is a word again when
    /// none is.
    #[test]
    fn values_take_the_kind_of_their_shape() {
        use ArgKind::{Email, Number, Punct, Url, Word};
        let cases: &[(&str, &[(ArgKind, &str)])] = &[
            ("mailto:ast@ast.dk", &[(Url, "mailto:ast@ast.dk")]),
            ("MailTo:ast@ast.dk", &[(Url, "MailTo:ast@ast.dk")]),
            ("tel:33411200", &[(Url, "tel:33411200")]),
            ("www.ast.dk/om", &[(Url, "www.ast.dk/om")]),
            ("WWW.ast.dk", &[(Url, "WWW.ast.dk")]),
            ("https://ast.dk", &[(Url, "https://ast.dk")]),
            ("ast@ast.dk", &[(Email, "ast@ast.dk")]),
            ("2a@ast.dk", &[(Email, "2a@ast.dk")]),
            ("www.", &[(Word, "www.")]),
            ("mailto:", &[(Word, "mailto"), (Punct, ":")]),
            (
                "Bemærk: se",
                &[(Word, "Bemærk"), (Punct, ":"), (Word, "se")],
            ),
            ("a@b", &[(Word, "a"), (Punct, "@"), (Word, "b")]),
            ("wwwx.dk", &[(Word, "wwwx.dk")]),
            ("stk. 2", &[(Word, "stk."), (Number, "2")]),
            ("a+b", &[(Word, "a"), (Punct, "+"), (Word, "b")]),
            ("86. x", &[(Number, "86"), (Punct, "."), (Word, "x")]),
            ("86.", &[(Number, "86"), (Punct, ".")]),
            ("86, stk", &[(Number, "86"), (Punct, ","), (Word, "stk")]),
            ("1,5 kr", &[(Number, "1,5"), (Word, "kr")]),
            ("2.500", &[(Number, "2"), (Punct, "."), (Number, "500")]),
            ("10-12", &[(Number, "10"), (Punct, "-"), (Number, "12")]),
            ("86a", &[(Number, "86"), (Word, "a")]),
            ("86)", &[(Number, "86"), (Punct, ")")]),
        ];
        for (values, expected) in cases {
            let text = format!("k {values}\n");
            let (tree, _) = parse(&text);
            let Some(Item::Statement(statement)) = tree.items.first() else {
                panic!("{values}: no statement");
            };
            let seen: Vec<(ArgKind, &str)> = statement
                .args
                .iter()
                .map(|a| {
                    (
                        a.kind,
                        text.get(a.span.start()..a.span.end()).unwrap_or("?"),
                    )
                })
                .collect();
            assert_eq!(seen, *expected, "{values}");
        }
    }

    /// An address runs on over every character but white space, a line end, `"`, `{`,
    /// `}`, `<`, `>` and `;`, which end it: checked for every character up to U+017F
    /// and for the spaces, the byte order mark and the edges of the ranges beyond.
    #[test]
    fn an_address_ends_at_the_characters_that_end_it() {
        let ends = [
            ' ', '\t', '\u{A0}', '\u{FEFF}', '\n', '\r', '"', '{', '}', '<', '>', ';',
        ];
        let beyond = ['\u{1680}', '\u{2000}', '\u{200B}', '\u{202F}', '\u{3000}'];
        let edges = [
            '\u{9F}',
            '\u{A1}',
            '\u{FEFE}',
            '\u{FF00}',
            '\u{10FFFF}',
            '😀',
        ];
        let chars = ('\u{0}'..='\u{17F}').chain(beyond).chain(edges);
        for c in chars {
            for start in ["https://a.dk/x", "www.a.dk/x", "mailto:a@a.dk?x"] {
                // A quote opens a string, closed here so that the line stays a statement.
                let tail = if c == '"' { "y\"" } else { "y" };
                let text = format!("k {start}{c}{tail}\n");
                let (tree, _) = parse(&text);
                let first = match tree.items.first() {
                    Some(Item::Statement(statement)) => statement.args.first(),
                    _ => None,
                };
                let Some(first) = first else {
                    panic!("{c:?} after {start}: no value");
                };
                let expected = if ends.contains(&c) {
                    start.to_owned()
                } else {
                    format!("{start}{c}y")
                };
                assert_eq!(first.kind, ArgKind::Url, "{c:?} after {start}");
                assert_eq!(first.text, expected.as_str(), "{c:?} after {start}");
            }
        }
    }

    /// A text block longer than a piece is read once: the piece that holds its start
    /// ends after it (read again twice as long, each text block longer than a piece
    /// was read up to three times, which the growth bench saw as super-linear).
    #[test]
    fn a_long_text_block_is_read_once() {
        for lines in [10, 1_000, 100_000] {
            let body = "  Genoptræning efter sygehusophold.\n".repeat(lines);
            let text = format!("kvalitetsstandard \"x\" {{\n  tekst \"\"\"\n{body}  \"\"\"\n}}\n");
            for piece in [64, 4096] {
                let (tree, diagnostics, (_, total)) = parse_counted(&text, piece);
                assert!(diagnostics.is_empty(), "{diagnostics:?}");
                assert_eq!(tree.items.len(), 1);
                assert_eq!(
                    total,
                    text.len(),
                    "{lines} lines in pieces of {piece}: pest read {total} bytes of {}",
                    text.len()
                );
            }
        }
    }
}
