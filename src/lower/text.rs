//! Free text: turning a text block into paragraphs and bullet lists.
//!
//! Inside `"""`, a blank line ends a paragraph, and a line that starts with `-`, `•` or
//! `*` starts a bullet; the lines after it belong to the same bullet until a blank line
//! or the next bullet. Common indentation is removed; the words are kept verbatim.

use crate::model::{Text, TextBlock};
use crate::source::Span;

/// Splits the inside of a text block into blocks.
pub fn parse_text(raw: &str, span: Span) -> Text {
    let mut blocks = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut items: Vec<String> = Vec::new();
    let mut in_item = false;

    let flush_paragraph = |paragraph: &mut Vec<&str>, blocks: &mut Vec<TextBlock>| {
        if !paragraph.is_empty() {
            blocks.push(TextBlock::Paragraph(paragraph.join(" ")));
            paragraph.clear();
        }
    };
    let flush_list = |items: &mut Vec<String>, blocks: &mut Vec<TextBlock>| {
        if !items.is_empty() {
            blocks.push(TextBlock::List(std::mem::take(items)));
        }
    };

    for line in raw.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_paragraph(&mut paragraph, &mut blocks);
            flush_list(&mut items, &mut blocks);
            in_item = false;
            continue;
        }
        if let Some(item) = bullet(trimmed) {
            flush_paragraph(&mut paragraph, &mut blocks);
            items.push(item.to_owned());
            in_item = true;
            continue;
        }
        if in_item {
            if let Some(last) = items.last_mut() {
                last.push(' ');
                last.push_str(trimmed);
            }
            continue;
        }
        paragraph.push(trimmed);
    }
    flush_paragraph(&mut paragraph, &mut blocks);
    flush_list(&mut items, &mut blocks);
    Text { blocks, span }
}

/// A one-line string as text.
pub fn single(text: &str, span: Span) -> Text {
    let trimmed = text.trim();
    Text {
        blocks: if trimmed.is_empty() {
            Vec::new()
        } else {
            vec![TextBlock::Paragraph(trimmed.to_owned())]
        },
        span,
    }
}

fn bullet(line: &str) -> Option<&str> {
    for marker in ["- ", "• ", "* ", "– "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return Some(rest.trim());
        }
    }
    if line == "-" || line == "•" {
        return Some("");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_and_bullets() {
        let text = parse_text(
            "\n  Du kan få træning, hvis:\n  - du har en\n    funktionsnedsættelse\n  - du er motiveret\n\n  Slut.\n",
            Span::default(),
        );
        assert_eq!(
            text.blocks,
            vec![
                TextBlock::Paragraph("Du kan få træning, hvis:".into()),
                TextBlock::List(vec![
                    "du har en funktionsnedsættelse".into(),
                    "du er motiveret".into()
                ]),
                TextBlock::Paragraph("Slut.".into()),
            ]
        );
    }
}
