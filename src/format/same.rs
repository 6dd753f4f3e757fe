//! Whether two syntax trees say the same, whatever their layout: the formatter's check
//! of its own output.
//!
//! Two trees are the same when they hold the same items in the same blocks and order:
//! statements with the same keyword and values (each value of the same kind, written
//! the same, and touching the value before it in both or in neither), the same
//! trailing comments, and comments with the same text (trailing spaces aside). A text
//! block that spans lines is compared as the lowering reads it (its paragraphs, lists,
//! nested lists and sub-headings) and word for word, since its layout is the
//! formatter's to change; any other value must be written exactly as before.

use crate::lower::text::parse_text;
use crate::model::{ListItem, TextBlock};
use crate::source::Span;
use crate::syntax::tree::{Arg, ArgKind, Block, Comment, Item, Statement, SyntaxFile};

/// Whether `a` (parsed from `a_text`) and `b` (from `b_text`) say the same.
pub fn same_file(a: &SyntaxFile, a_text: &str, b: &SyntaxFile, b_text: &str) -> bool {
    let texts = Texts {
        a: a_text,
        b: b_text,
    };
    texts.items(&a.items, &b.items)
}

/// The two sources.
struct Texts<'a> {
    a: &'a str,
    b: &'a str,
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.range()).unwrap_or_default()
}

impl Texts<'_> {
    fn items(&self, a: &[Item], b: &[Item]) -> bool {
        a.len() == b.len()
            && a.iter().zip(b).all(|pair| match pair {
                (Item::Statement(a), Item::Statement(b)) => self.statement(a, b),
                (Item::Comment(a), Item::Comment(b)) => same_comment(a, b),
                (Item::Error(a), Item::Error(b)) => a.text.trim() == b.text.trim(),
                _ => false,
            })
    }

    fn statement(&self, a: &Statement, b: &Statement) -> bool {
        let comments = match (a.comment.as_deref(), b.comment.as_deref()) {
            (None, None) => true,
            (Some(a), Some(b)) => same_comment(a, b),
            _ => false,
        };
        // A mark `forslag:` in both, on the same side of the keyword, or in neither.
        let side = |s: &Statement| {
            s.proposal
                .as_deref()
                .map(|m| m.start() < s.key.span.start())
        };
        comments
            && side(a) == side(b)
            && a.key.text == b.key.text
            && self.args(a, b)
            && match (a.block.as_deref(), b.block.as_deref()) {
                (None, None) => true,
                (Some(a), Some(b)) => self.block(a, b),
                _ => false,
            }
    }

    fn block(&self, a: &Block, b: &Block) -> bool {
        self.items(&a.items, &b.items)
    }

    fn args(&self, a: &Statement, b: &Statement) -> bool {
        if a.args.len() != b.args.len() {
            return false;
        }
        let (mut a_end, mut b_end) = (a.key.span.end(), b.key.span.end());
        for (a, b) in a.args.iter().zip(&b.args) {
            let touching = (a.span.start() == a_end) == (b.span.start() == b_end);
            if !touching || !self.arg(a, b) {
                return false;
            }
            (a_end, b_end) = (a.span.end(), b.span.end());
        }
        true
    }

    fn arg(&self, a: &Arg, b: &Arg) -> bool {
        if a.kind != b.kind {
            return false;
        }
        let (a_written, b_written) = (slice(self.a, a.span), slice(self.b, b.span));
        let spans_lines = |arg: &Arg| arg.text.contains('\n');
        if a.kind != ArgKind::TextBlock || !spans_lines(a) || !spans_lines(b) {
            return a_written == b_written;
        }
        a.text.split_whitespace().eq(b.text.split_whitespace()) && same_text(&a.text, &b.text)
    }
}

fn same_comment(a: &Comment, b: &Comment) -> bool {
    a.text.trim_end() == b.text.trim_end()
}

/// Whether two text blocks read the same: the same paragraphs, lists, nested lists and
/// headings, with the same words.
fn same_text(a: &str, b: &str) -> bool {
    let span = Span::default();
    let (a, b) = (parse_text(a, span), parse_text(b, span));
    a.blocks.len() == b.blocks.len()
        && a.blocks.iter().zip(&b.blocks).all(|pair| match pair {
            (TextBlock::Paragraph(a), TextBlock::Paragraph(b)) => a == b,
            (TextBlock::Heading(a), TextBlock::Heading(b)) => a == b,
            (TextBlock::List(a), TextBlock::List(b)) => {
                a.numbered == b.numbered
                    && a.items.len() == b.items.len()
                    && a.items.iter().zip(&b.items).all(|(a, b)| same_item(a, b))
            }
            _ => false,
        })
}

fn same_item(a: &ListItem, b: &ListItem) -> bool {
    a.text.value == b.text.value
        && match (&a.nested, &b.nested) {
            (None, None) => true,
            (Some(a), Some(b)) => {
                a.numbered == b.numbered
                    && a.items.len() == b.items.len()
                    && a.items
                        .iter()
                        .zip(&b.items)
                        .all(|(a, b)| a.value == b.value)
            }
            _ => false,
        }
}

#[cfg(test)]
mod tests {
    use super::same_file;
    use crate::syntax::parse;

    fn same(a: &str, b: &str) -> bool {
        let (a_tree, _) = parse(a);
        let (b_tree, _) = parse(b);
        same_file(&a_tree, a, &b_tree, b)
    }

    #[test]
    fn layout_is_not_meaning() {
        assert!(same("a 1  2 # x \n\n b {c}\n", "a 1 2  # x\nb { c }\n"));
        assert!(same(
            "a \"\"\"\n  - x\n    - y\n\"\"\"\n",
            "a \"\"\"\n    - x\n      - y\n  \"\"\"\n"
        ));
    }

    #[test]
    fn values_touching_or_not_are_different() {
        assert!(!same("a 1.250\n", "a 1 . 250\n"));
        assert!(!same("a 1 2\n", "a 12\n"));
        assert!(!same("a \"x\\\"y\"\n", "a \"x\"y\"\n"));
    }

    #[test]
    fn a_nested_list_is_not_a_list() {
        assert!(!same(
            "a \"\"\"\n- x\n  - y\n\"\"\"\n",
            "a \"\"\"\n- x\n- y\n\"\"\"\n"
        ));
    }

    #[test]
    fn a_comment_moved_to_another_statement_is_different() {
        // A trailing comment belongs to its statement; one on its own line, to the next.
        assert!(!same("a 1 # x\nb 2\n", "a 1\n# x\nb 2\n"));
    }
}
