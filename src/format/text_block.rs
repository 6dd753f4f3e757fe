//! Re-indenting a text block that spans lines.
//!
//! The lowering (`lower/text.rs`) reads each line of a text block without its leading
//! and trailing spaces; a line's indentation counts only where it starts a list item,
//! by how far its marker stands to the right of the list's first marker (a tab counts
//! four columns). So the block is written with its lines one level deeper than its
//! statement, each keeping its indentation relative to the least indented line, and
//! its words as they are. Blank lines at the start and end go, and a run of them
//! becomes one (a blank line ends a paragraph or a list, and two end it no more).
//!
//! Text on the line of the opening `"""` moves to a line of its own. Its indentation
//! there is measured from the quotes, as the lowering measures it; it counts only if
//! the line starts a list item, so a line that does not is put at the block's own
//! indentation, and one that does keeps its distance to the other markers. Text before
//! the closing `"""` moves to a line of its own too; the quotes stand at the
//! statement's indentation.

use super::layout::INDENT;
use crate::lower::text::starts_item;

/// One line of the text block, without its indentation and trailing spaces.
struct Line<'a> {
    /// Its words (empty for a blank line).
    words: &'a str,
    /// The column its words start at, as the lowering counts it.
    column: usize,
}

/// Writes a text block that spans lines, given the text between its quotes, for a
/// statement at `depth`, from the opening `"""` to the closing one.
pub fn write(out: &mut String, inside: &str, depth: usize, nl: &str) {
    let lines: Vec<Line> = inside
        .split('\n')
        .map(|line| {
            let start = line.trim_start();
            let indent = line.get(..line.len() - start.len()).unwrap_or_default();
            Line {
                words: start.trim_end(),
                column: indent.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum(),
            }
        })
        .collect();
    // The first line's indentation counts only if it starts an item.
    let first_counts = lines
        .first()
        .is_some_and(|line| !line.words.is_empty() && starts_item(line.words));
    let least = lines
        .iter()
        .enumerate()
        .filter(|(index, line)| !line.words.is_empty() && (*index > 0 || first_counts))
        .map(|(_, line)| line.column)
        .min()
        .unwrap_or(0);
    out.push_str("\"\"\"");
    out.push_str(nl);
    let mut blank = false;
    let mut written = false;
    for (index, line) in lines.iter().enumerate() {
        if line.words.is_empty() {
            blank = written;
            continue;
        }
        if blank {
            out.push_str(nl);
            blank = false;
        }
        for _ in 0..=depth {
            out.push_str(INDENT);
        }
        let relative = if index == 0 && !first_counts {
            0
        } else {
            line.column.saturating_sub(least)
        };
        for _ in 0..relative {
            out.push(' ');
        }
        out.push_str(line.words);
        out.push_str(nl);
        written = true;
    }
    for _ in 0..depth {
        out.push_str(INDENT);
    }
    out.push_str("\"\"\"");
}
