//! Where the cursor stands in the syntax tree: in which place of the language (the
//! schema's [`Place`]), and whether it is on a keyword, among a statement's values, in
//! a comment or in text.
//!
//! The parser never fails and closes a block left open at the end of the file, so the
//! tree of a half-typed file is good enough: the innermost block that holds the cursor
//! is found by descending from the top, and the chain of keywords on the way down maps
//! to a place through the schema (`Keyword::block`).

use crate::schema::{Keyword, Place};
use crate::source::Span;
use crate::syntax::tree::{Arg, Block, Comment, Item, Statement, SyntaxFile, PROPOSAL};

/// What the cursor is on.
#[derive(Debug)]
pub enum At<'t, 'a> {
    /// Where a keyword stands: at the start of a line (the span is empty) or on a word
    /// being typed (its span).
    Keyword(Span),
    /// Among the values of a statement.
    Value {
        /// The statement.
        statement: &'t Statement<'a>,
        /// Its keyword in the schema, if it is one here.
        keyword: Option<&'static Keyword>,
        /// The values before the cursor.
        before: &'t [Arg<'a>],
        /// The span of the value being typed (empty between values).
        span: Span,
    },
    /// In a comment.
    Comment(&'t Comment<'a>),
    /// Somewhere nothing can be completed: inside a string or text block, or a line
    /// that is not a statement.
    Nothing,
}

/// The cursor in context.
#[derive(Debug)]
pub struct Cursor<'t, 'a> {
    /// The place whose keywords may stand at the cursor; `None` inside the block of a
    /// word that is no keyword.
    pub place: Option<Place>,
    /// The items of the innermost block (or file) that holds the cursor.
    pub siblings: &'t [Item<'a>],
    /// What the cursor is on.
    pub at: At<'t, 'a>,
}

/// Finds the cursor at byte `offset` of `text`, whose tree is `tree`.
pub fn locate<'t, 'a>(tree: &'t SyntaxFile<'a>, text: &str, offset: usize) -> Cursor<'t, 'a> {
    let mut place = Some(Place::File);
    let mut items: &'t [Item<'a>] = &tree.items;
    loop {
        let inner = items.iter().find_map(|item| match item {
            Item::Statement(statement) => statement
                .block
                .as_deref()
                .filter(|block| holds(block, text, offset))
                .map(|block| (Some(statement), block)),
            _ => None,
        });
        let Some((statement, block)) = inner else {
            break;
        };
        place = place.and_then(|place| {
            let word = statement?.key.text;
            place.keyword(word)?.block.place()
        });
        items = &block.items;
    }
    let at = at(items, place, text, offset);
    Cursor {
        place,
        siblings: items,
        at,
    }
}

/// Whether the inside of a block holds `offset`: after its `{`, and before its `}`
/// (or anywhere up to the end, for a block left open).
fn holds(block: &Block, text: &str, offset: usize) -> bool {
    let closed = text
        .get(..block.span.end())
        .is_some_and(|t| t.ends_with('}'));
    let end = if closed {
        block.span.end().saturating_sub(1)
    } else {
        block.span.end()
    };
    block.span.start() < offset && offset <= end
}

/// What the cursor is on among the items of its block.
fn at<'t, 'a>(
    items: &'t [Item<'a>],
    place: Option<Place>,
    text: &str,
    offset: usize,
) -> At<'t, 'a> {
    for item in items {
        match item {
            Item::Comment(comment) if within(comment.span, offset) => {
                return At::Comment(comment);
            }
            // A line that is not a statement, unless it is a `forslag:` still waiting
            // for its keyword.
            Item::Error(error)
                if error.span.start() < offset
                    && offset <= error.span.end()
                    && !without_mark(error.text.trim_end()).trim().is_empty() =>
            {
                return At::Nothing;
            }
            Item::Statement(statement) => {
                if let Some(comment) = statement
                    .comment
                    .as_deref()
                    .filter(|c| within(c.span, offset))
                {
                    return At::Comment(comment);
                }
                if let Some(found) = on_statement(statement, place, text, offset) {
                    return found;
                }
            }
            _ => {}
        }
    }
    // Not on any statement: a keyword may start here, if nothing but blanks stands
    // before the cursor on its line (or a `;` or `{` ended what did), the mark
    // `forslag:` aside.
    let line_start = text
        .get(..offset)
        .and_then(|before| before.rfind(['\n', '\r']))
        .map_or(0, |at| at + 1);
    let before = text.get(line_start..offset).unwrap_or("");
    let trimmed = before.trim_end_matches([' ', '\t', '\u{a0}']);
    let head = without_mark(trimmed).trim_end_matches([' ', '\t', '\u{a0}']);
    if head
        .trim_start_matches([' ', '\t', '\u{a0}', '\u{feff}'])
        .is_empty()
        || head.ends_with([';', '{', '}'])
    {
        At::Keyword(Span::new(offset, offset))
    } else {
        At::Nothing
    }
}

/// The text before a last word `forslag:` (in any case), or the text itself.
fn without_mark(text: &str) -> &str {
    let mark = PROPOSAL.len() + 1;
    let Some(at) = text.len().checked_sub(mark) else {
        return text;
    };
    match (text.get(..at), text.get(at..)) {
        (Some(before), Some(word))
            if word.to_lowercase() == format!("{PROPOSAL}:")
                && (before.is_empty()
                    || before.ends_with([' ', '\t', '\u{a0}', ';', '{', '}'])) =>
        {
            before
        }
        _ => text,
    }
}

/// What the cursor is on, if it is on the line of `statement`'s keyword and values.
fn on_statement<'t, 'a>(
    statement: &'t Statement<'a>,
    place: Option<Place>,
    text: &str,
    offset: usize,
) -> Option<At<'t, 'a>> {
    let key = statement.key.span;
    if offset < key.start() {
        return None;
    }
    if offset <= key.end() {
        return Some(At::Keyword(key));
    }
    // The head ends at the block's `{`, or after the last value (or a `forslag:` after
    // the keyword) and the blanks that follow it on the same line.
    let mark = statement
        .proposal
        .as_deref()
        .map_or(key.end(), |mark| mark.end());
    let last = statement
        .args
        .last()
        .map_or(key.end(), |arg| arg.span.end())
        .max(mark);
    let head_end = match &statement.block {
        Some(block) => block.span.start(),
        None => {
            let rest = text.get(last..).unwrap_or("");
            last + rest.len() - rest.trim_start_matches([' ', '\t', '\u{a0}']).len()
        }
    };
    if offset > head_end {
        return None;
    }
    let keyword = place.and_then(|place| place.keyword(statement.key.text));
    let index = statement
        .args
        .iter()
        .position(|arg| offset <= arg.span.end())
        .unwrap_or(statement.args.len());
    let (before, span) = match statement.args.get(index) {
        Some(arg) if arg.span.start() < offset && arg.is_text() => return Some(At::Nothing),
        Some(arg) if arg.span.start() <= offset => (
            statement.args.get(..index).unwrap_or_default(),
            Span::new(arg.span.start(), offset),
        ),
        _ => (
            statement.args.get(..index).unwrap_or_default(),
            Span::new(offset, offset),
        ),
    };
    Some(At::Value {
        statement,
        keyword,
        before,
        span,
    })
}

/// Whether a span holds an offset, its end included.
fn within(span: Span, offset: usize) -> bool {
    span.start() < offset && offset <= span.end()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    /// The place and what the cursor is on at `|` in `text`.
    fn locate_at(marked: &str) -> (Option<Place>, String) {
        let offset = marked.find('|').expect("a cursor");
        let text = marked.replacen('|', "", 1);
        let (tree, _) = parse(&text);
        let cursor = locate(&tree, &text, offset);
        let at = match cursor.at {
            At::Keyword(span) => format!("keyword {:?}", text.get(span.range()).unwrap_or("")),
            At::Value {
                statement,
                before,
                span,
                ..
            } => format!(
                "value of {} after {} values, typing {:?}",
                statement.key.text,
                before.len(),
                text.get(span.range()).unwrap_or("")
            ),
            At::Comment(comment) => format!("comment {:?}", comment.text),
            At::Nothing => "nothing".to_owned(),
        };
        (cursor.place, at)
    }

    #[test]
    fn finds_the_place_of_the_innermost_block() {
        let (place, at) = locate_at("kvalitetsstandard \"A\" {\n  omfang {\n    hy|\n  }\n}\n");
        assert_eq!(place, Some(Place::Omfang));
        assert_eq!(at, "keyword \"hy\"");
        let (place, at) =
            locate_at("kvalitetsstandard \"A\" {\n  klage {\n    afgørelse {\n      |");
        assert_eq!(
            place,
            Some(Place::Route),
            "a block left open reaches the end"
        );
        assert_eq!(at, "keyword \"\"");
        let (place, _) = locate_at("|kvalitetsstandard \"A\" {\n}\n");
        assert_eq!(place, Some(Place::File));
        let (place, _) = locate_at("kvalitetsstandard \"A\" {\n}|\n");
        assert_eq!(place, Some(Place::File), "after the closing brace");
    }

    #[test]
    fn finds_values_comments_and_text() {
        let (place, at) = locate_at("kvalitetsstandard \"A\" {\n  revideres å|\n}\n");
        assert_eq!(place, Some(Place::Standard));
        assert_eq!(at, "value of revideres after 0 values, typing \"å\"");
        let (_, at) = locate_at("kvalitetsstandard \"A\" {\n  frister { afgørelse 10 |}\n}\n");
        assert_eq!(at, "value of afgørelse after 1 values, typing \"\"");
        let (_, at) = locate_at("kvalitetsstandard \"A\" {\n  formål \"Fo|rmål\"\n}\n");
        assert_eq!(at, "nothing");
        let (_, at) = locate_at("kvalitetsstandard \"A\" {\n  # kvalitet: tillad |\n}\n");
        assert_eq!(at, "comment \" kvalitet: tillad \"");
        let (_, at) = locate_at("kvalitetsstandard \"A\" {\n  kommune Glostrup; |\n}\n");
        assert_eq!(at, "keyword \"\"");
        let (place, at) = locate_at("kvalitetsstandard \"A\" {\n  Forslag: |\n}\n");
        assert_eq!(
            (place, at.as_str()),
            (Some(Place::Standard), "keyword \"\"")
        );
        let (_, at) =
            locate_at("kvalitetsstandard \"A\" {\n  frister { afgørelse forslag: |}\n}\n");
        assert_eq!(at, "value of afgørelse after 0 values, typing \"\"");
    }
}
