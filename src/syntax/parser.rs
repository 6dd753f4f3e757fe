//! The pest parser and the conversion of its pairs into the syntax tree.
//!
//! This is the only file that matches on `Rule`.

use super::tree::{
    Arg, ArgKind, Block, Comment, ErrorKind, ErrorNode, Item, Statement, SyntaxFile, Word,
};
use crate::diag::{codes, Diagnostic};
use crate::source::Span;
use pest::iterators::Pair;
use pest::Parser as _;

#[derive(pest_derive::Parser)]
#[grammar = "grammar/kvalitet.pest"]
struct Grammar;

/// Parses a whole file. Never fails: problems come back as diagnostics, and the tree
/// holds everything that could be read.
pub fn parse(text: &str) -> (SyntaxFile, Vec<Diagnostic>) {
    let mut ctx = Ctx {
        text,
        diagnostics: Vec::new(),
        depth: 0,
    };
    let file = match Grammar::parse(Rule::file, text) {
        Ok(mut pairs) => match pairs.next() {
            Some(file) => ctx.file(file),
            None => SyntaxFile::default(),
        },
        Err(error) => {
            // The grammar recovers from every error it knows; this is a safety net.
            let span = match error.location {
                pest::error::InputLocation::Pos(pos) => Span::new(pos, pos),
                pest::error::InputLocation::Span((start, end)) => Span::new(start, end),
            };
            ctx.diagnostics.push(
                Diagnostic::error(codes::SYNTAX_ERROR, span, "could not read the file here")
                    .with_help("check the braces and quotes around this place"),
            );
            SyntaxFile::default()
        }
    };
    let mut diagnostics = ctx.diagnostics;
    // An unterminated text block swallows the rest of the file, so every block around
    // it looks unclosed too; report only the cause.
    if diagnostics
        .iter()
        .any(|d| d.code == codes::UNTERMINATED_TEXT_BLOCK)
    {
        diagnostics.retain(|d| d.code != codes::UNCLOSED_BLOCK);
    }
    (file, diagnostics)
}

/// How deep blocks may nest. The language itself needs about five levels
/// (standard, indsats, section, complaint route, contact); the limit keeps the
/// conversion's recursion, and everything after it, far from the end of the stack.
const MAX_DEPTH: usize = 32;

struct Ctx<'a> {
    text: &'a str,
    diagnostics: Vec<Diagnostic>,
    /// How many blocks enclose the one being converted.
    depth: usize,
}

fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let span = pair.as_span();
    Span::new(span.start(), span.end())
}

impl Ctx<'_> {
    fn file(&mut self, pair: Pair<'_, Rule>) -> SyntaxFile {
        let mut items = Vec::new();
        for inner in pair.into_inner() {
            match inner.as_rule() {
                Rule::stray_close => {
                    let span = span_of(&inner);
                    self.diagnostics.push(
                        Diagnostic::error(codes::UNMATCHED_BRACE, span, "this `}` closes nothing")
                            .with_label("no `{` before it is open")
                            .with_help("remove it, or add the `{` it belongs to"),
                    );
                    items.push(Item::Error(ErrorNode {
                        kind: ErrorKind::StrayClose,
                        text: "}".into(),
                        span,
                    }));
                }
                _ => {
                    if let Some(item) = self.item(inner) {
                        items.push(item);
                    }
                }
            }
        }
        SyntaxFile { items }
    }

    fn item(&mut self, pair: Pair<'_, Rule>) -> Option<Item> {
        match pair.as_rule() {
            Rule::statement => Some(Item::Statement(self.statement(pair))),
            Rule::comment => Some(Item::Comment(comment(pair))),
            Rule::error_line => Some(Item::Error(self.error_line(pair))),
            _ => None,
        }
    }

    fn statement(&mut self, pair: Pair<'_, Rule>) -> Statement {
        let mut span = span_of(&pair);
        let mut key = Word {
            text: String::new(),
            span: Span::new(span.start, span.start),
        };
        let mut args = Vec::new();
        let mut block = None;
        let mut trailing = None;
        for inner in pair.into_inner() {
            match inner.as_rule() {
                Rule::key => {
                    key = Word {
                        text: inner.as_str().to_owned(),
                        span: span_of(&inner),
                    }
                }
                Rule::block => block = Some(self.block(inner)),
                Rule::comment => trailing = Some(comment(inner)),
                _ => {
                    if let Some(arg) = arg(inner) {
                        args.push(arg);
                    }
                }
            }
        }
        // The statement's span ends at its last value or block, not at the line end.
        let last = block
            .as_ref()
            .map(|b: &Block| b.span.end)
            .or_else(|| args.last().map(|a: &Arg| a.span.end))
            .unwrap_or(key.span.end);
        span.end = last;
        Statement {
            key,
            args,
            block,
            comment: trailing,
            span,
        }
    }

    fn block(&mut self, pair: Pair<'_, Rule>) -> Block {
        let span = span_of(&pair);
        let mut items = Vec::new();
        let mut closed = false;
        if self.depth >= MAX_DEPTH {
            // Too deep to mean anything: report it once, at the outermost block that
            // goes over, and keep nothing inside.
            self.diagnostics.push(
                Diagnostic::error(
                    codes::NESTED_TOO_DEEPLY,
                    Span::new(span.start, span.start + 1),
                    format!("blocks are nested more than {MAX_DEPTH} deep"),
                )
                .with_label("this block is not read")
                .with_help("a standard needs a few levels: kvalitetsstandard, indsats, section, complaint route, contact"),
            );
            return Block { items, span };
        }
        self.depth += 1;
        for inner in pair.into_inner() {
            if inner.as_rule() == Rule::block_end {
                closed = !inner.as_str().is_empty();
            } else if let Some(item) = self.item(inner) {
                items.push(item);
            }
        }
        self.depth -= 1;
        if !closed {
            let open = Span::new(span.start, span.start + 1);
            self.diagnostics.push(
                Diagnostic::error(codes::UNCLOSED_BLOCK, open, "this block is never closed")
                    .with_label("this `{` has no matching `}`")
                    .with_help("add `}` where the block ends"),
            );
        }
        Block { items, span }
    }

    fn error_line(&mut self, pair: Pair<'_, Rule>) -> ErrorNode {
        let span = span_of(&pair);
        let text = pair.as_str().to_owned();
        self.diagnostics.push(classify(self.text, &text, span));
        ErrorNode {
            kind: ErrorKind::BadLine,
            text,
            span,
        }
    }
}

fn comment(pair: Pair<'_, Rule>) -> Comment {
    let span = span_of(&pair);
    let text = pair
        .into_inner()
        .next()
        .map(|t| t.as_str().to_owned())
        .unwrap_or_default();
    Comment { text, span }
}

fn arg(pair: Pair<'_, Rule>) -> Option<Arg> {
    let span = span_of(&pair);
    let (kind, text) = match pair.as_rule() {
        Rule::text_block => (
            ArgKind::TextBlock,
            pair.into_inner()
                .next()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
        ),
        Rule::string => (
            ArgKind::String,
            unescape(pair.into_inner().next().map_or("", |p| p.as_str())),
        ),
        Rule::date => (ArgKind::Date, pair.as_str().to_owned()),
        Rule::url => (ArgKind::Url, pair.as_str().to_owned()),
        Rule::email => (ArgKind::Email, pair.as_str().to_owned()),
        Rule::number => (ArgKind::Number, pair.as_str().to_owned()),
        Rule::word => (ArgKind::Word, pair.as_str().to_owned()),
        Rule::punct => (ArgKind::Punct, pair.as_str().to_owned()),
        _ => return None,
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
fn classify(source: &str, text: &str, span: Span) -> Diagnostic {
    if let Some(offset) = unclosed_text_block(text) {
        let at = Span::new(span.start + offset, span.start + offset + 3);
        return Diagnostic::error(
            codes::UNTERMINATED_TEXT_BLOCK,
            at,
            "this text block is never closed",
        )
        .with_label("opened here")
        .with_help("end the text with `\"\"\"` on a line of its own");
    }
    let line_end = text.find(['\n', '\r']).unwrap_or(text.len());
    let line = text.get(..line_end).unwrap_or(text);
    // A closed text block may carry the error node over several lines; the string can
    // open on any of them.
    if let Some(offset) = unterminated_quote(text) {
        let rest = text.get(offset..).unwrap_or("");
        let end = offset + rest.find(['\n', '\r']).unwrap_or(rest.len());
        let at = Span::new(span.start + offset, span.start + end);
        return Diagnostic::error(
            codes::UNTERMINATED_STRING,
            at,
            "this string is never closed",
        )
        .with_label("the text from here to the end of the line has no closing `\"`")
        .with_help("add `\"` at the end of the text; for text over several lines use `\"\"\"`");
    }
    let trimmed = line.trim_start();
    let first = trimmed.chars().next().unwrap_or(' ');
    // The grammar's `key` rule decides what can start a statement: `is_alphabetic`
    // would also take characters such as `Ⅱ` that are not letters to the grammar.
    if Grammar::parse(Rule::key, trimmed).is_err() {
        let offset = line.len() - trimmed.len();
        let at = Span::new(span.start + offset, span.start + offset + first.len_utf8());
        let mut diagnostic = Diagnostic::error(
            codes::EXPECTED_KEYWORD,
            at,
            format!("expected a keyword, found `{first}`"),
        )
        .with_label("a line must start with a keyword such as `formål` or `telefon`");
        if first == '-' || first == '•' {
            diagnostic = diagnostic.with_help(
                "bullet lists go inside a text block: `tekst \"\"\"` … `- punkt` … `\"\"\"`",
            );
        }
        return diagnostic;
    }
    let _ = source;
    Diagnostic::error(codes::SYNTAX_ERROR, span, "could not read this line")
        .with_help("a statement is a keyword, its values, and an optional `{ … }` block")
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
