//! Free text: turning a text block into paragraphs, lists and sub-headings.
//!
//! Inside `"""`, a blank line ends a paragraph or a list. A line that starts with `-`,
//! `•`, `*` or `–` starts a bullet item, and a line `1.` or `1)` starts a numbered item
//! when an item `2.` (or `2)`) follows before the next blank line; the next numbers
//! continue it. The lines after an item belong to it until a blank line or the next item.
//! An item whose marker stands at least two columns further right than the list's first
//! marker belongs to a list nested under the item before it (one level of nesting). A
//! line `## Overskrift` is a sub-heading. Indentation means nothing else; the words are
//! kept verbatim.
//!
//! A numbered item needs its successor, and `1.` followed by a month name (`1. januar`)
//! is a date, so a paragraph that starts with a date, a year or an ordinal ("1. gang")
//! stays a paragraph. Each line is looked at a bounded number of times: one pass
//! backwards finds the runs of lines in which a `2.` follows, one pass forwards builds
//! the blocks.

use super::literal;
use crate::model::{List, ListItem, NestedList, Text, TextBlock};
use crate::source::{Span, Spanned};

/// Splits the inside of a text block into blocks. `span` is the whole text block,
/// quotes included.
pub fn parse_text(raw: &str, span: Span) -> Text {
    // The items' spans point into the source when `raw` is the text block's inside.
    let base =
        (span.end().checked_sub(span.start()) == Some(raw.len() + 6)).then_some(span.start() + 3);
    let lines = classify(raw);
    let confirmed = numbered_starts(&lines);
    let mut builder = Builder::default();
    for (line, confirmed) in lines.iter().zip(confirmed) {
        builder.line(line, confirmed, base, span);
    }
    builder.flush();
    let mut blocks = builder.blocks;
    crate::model::exact(&mut blocks);
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

/// Whether a line of a text block, without its indentation, has a list item's marker
/// (`- `, `1. `, …): the lines whose indentation counts, for where a nested list
/// starts. The formatter keeps their distances.
pub fn starts_item(line: &str) -> bool {
    heading(line).is_none() && (bullet(line).is_some() || number(line).is_some())
}

/// What one line of a text block is, before its neighbours are known.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind<'a> {
    /// An empty line.
    Blank,
    /// `## Overskrift`.
    Heading(&'a str),
    /// A bullet and the item's first words.
    Bullet(&'a str),
    /// A number, its delimiter (`.` or `)`) and the item's first words.
    Number(u32, char, &'a str),
    /// Any other line, trimmed.
    Plain(&'a str),
}

/// One line of a text block.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    /// What it is.
    kind: Kind<'a>,
    /// The line without its leading and trailing spaces.
    trimmed: &'a str,
    /// The column of its first character (a tab counts four).
    column: usize,
    /// The byte offset of its first character in the text block's inside.
    offset: usize,
}

fn classify(raw: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut offset = 0;
    for line in raw.split_inclusive('\n') {
        let start = line.trim_start();
        let indent = line.get(..line.len() - start.len()).unwrap_or_default();
        let trimmed = start.trim_end();
        let column = indent.chars().map(|c| if c == '\t' { 4 } else { 1 }).sum();
        let kind = if trimmed.is_empty() {
            Kind::Blank
        } else if let Some(heading) = heading(trimmed) {
            Kind::Heading(heading)
        } else if let Some(item) = bullet(trimmed) {
            Kind::Bullet(item)
        } else if let Some((number, delimiter, item)) = number(trimmed) {
            Kind::Number(number, delimiter, item)
        } else {
            Kind::Plain(trimmed)
        };
        lines.push(Line {
            kind,
            trimmed,
            column,
            offset: offset + indent.len(),
        });
        offset += line.len();
    }
    lines
}

/// For each line, whether it is a `1.` (or `1)`) that a `2.` (or `2)`) follows before
/// the next blank line: the start of a numbered list.
fn numbered_starts(lines: &[Line<'_>]) -> Vec<bool> {
    let mut starts = vec![false; lines.len()];
    // Whether a `2.` and a `2)` follow in the current run, walking backwards.
    let (mut dot, mut paren) = (false, false);
    for (line, start) in lines.iter().zip(starts.iter_mut()).rev() {
        match line.kind {
            Kind::Blank => (dot, paren) = (false, false),
            Kind::Number(1, delimiter, _) => *start = if delimiter == '.' { dot } else { paren },
            Kind::Number(2, '.', _) => dot = true,
            Kind::Number(2, _, _) => paren = true,
            _ => {}
        }
    }
    starts
}

/// A line `## Overskrift`: the heading's words.
fn heading(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("##")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    Some(rest.trim())
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

/// A line `12. Tekst` or `12) Tekst` whose words do not start with a month name.
fn number(line: &str) -> Option<(u32, char, &str)> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let number = line.get(..digits)?.parse().ok()?;
    let rest = line.get(digits..)?;
    let delimiter = rest.chars().next().filter(|c| matches!(c, '.' | ')'))?;
    let words = rest.get(1..)?;
    if !words.starts_with(char::is_whitespace) {
        return None;
    }
    let words = words.trim();
    let first = words.split_whitespace().next()?;
    let is_month = |word: &str| literal::month(word).is_some();
    if is_month(first) || is_month(first.trim_end_matches([',', '.', ';', ':'])) {
        return None;
    }
    Some((number, delimiter, words))
}

/// A list being built: its kind and where its markers stand.
#[derive(Debug)]
struct Open {
    list: List,
    /// The delimiter of a numbered list.
    delimiter: char,
    /// The column of the first item's marker.
    column: usize,
    /// The delimiter of the nested list under the last item, if one is open.
    nested_delimiter: char,
    /// Whether the last line added belongs to the nested list.
    in_nested: bool,
}

/// Where a marker would put its item.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Marker {
    Bullet,
    Number(u32, char),
}

#[derive(Debug, Default)]
struct Builder<'a> {
    blocks: Vec<TextBlock>,
    paragraph: Vec<&'a str>,
    list: Option<Open>,
}

impl<'a> Builder<'a> {
    fn line(&mut self, line: &Line<'a>, starts_list: bool, base: Option<usize>, whole: Span) {
        let span = match base {
            Some(base) => Span::new(base + line.offset, base + line.offset + line.trimmed.len()),
            None => whole,
        };
        match line.kind {
            Kind::Blank => self.flush(),
            Kind::Heading(text) => {
                self.flush();
                self.blocks.push(TextBlock::Heading(text.to_owned()));
            }
            Kind::Bullet(text) => self.item(Marker::Bullet, true, text, line, span),
            Kind::Number(number, delimiter, text) => self.item(
                Marker::Number(number, delimiter),
                starts_list,
                text,
                line,
                span,
            ),
            Kind::Plain(text) => self.plain(text),
        }
    }

    /// A line with a marker: an item, where it fits, or else words.
    fn item(&mut self, marker: Marker, starts: bool, text: &str, line: &Line<'a>, span: Span) {
        let item = Spanned::new(text.to_owned(), span);
        if let Some(open) = self.list.as_mut() {
            let deeper = line.column >= open.column + 2 && !open.list.items.is_empty();
            if deeper {
                if let Some(last) = open.list.items.last_mut() {
                    match &mut last.nested {
                        Some(nested)
                            if fits(
                                marker,
                                nested.numbered,
                                open.nested_delimiter,
                                nested.items.len(),
                            ) =>
                        {
                            nested.items.push(item);
                            open.in_nested = true;
                            return;
                        }
                        None if starts || marker == Marker::Bullet => {
                            let (numbered, delimiter) = kind_of(marker);
                            last.nested = Some(Box::new(NestedList {
                                numbered,
                                items: vec![item],
                            }));
                            open.nested_delimiter = delimiter;
                            open.in_nested = true;
                            return;
                        }
                        // A marker that fits no list under this item is words of the
                        // item before it.
                        _ => return self.plain(line.trimmed),
                    }
                }
            }
            if fits(
                marker,
                open.list.numbered,
                open.delimiter,
                open.list.items.len(),
            ) {
                open.list.items.push(ListItem {
                    text: item,
                    nested: None,
                });
                open.in_nested = false;
                return;
            }
        }
        if !(starts || marker == Marker::Bullet) {
            return self.plain(line.trimmed);
        }
        self.flush_paragraph();
        self.flush_list();
        let (numbered, delimiter) = kind_of(marker);
        self.list = Some(Open {
            list: List {
                numbered,
                items: vec![ListItem {
                    text: item,
                    nested: None,
                }],
            },
            delimiter,
            column: line.column,
            nested_delimiter: delimiter,
            in_nested: false,
        });
    }

    /// A line of words: it continues the last item, or the paragraph.
    fn plain(&mut self, text: &'a str) {
        let Some(open) = self.list.as_mut() else {
            self.paragraph.push(text);
            return;
        };
        let last = open.list.items.last_mut();
        let words = match last {
            Some(ListItem {
                nested: Some(nested),
                ..
            }) if open.in_nested => nested.items.last_mut().map(|i| &mut i.value),
            Some(item) => Some(&mut item.text.value),
            None => None,
        };
        if let Some(words) = words {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(text);
        }
    }

    fn flush(&mut self) {
        self.flush_paragraph();
        self.flush_list();
    }

    fn flush_paragraph(&mut self) {
        if !self.paragraph.is_empty() {
            self.blocks
                .push(TextBlock::Paragraph(self.paragraph.join(" ")));
            self.paragraph.clear();
        }
    }

    fn flush_list(&mut self) {
        if let Some(mut open) = self.list.take() {
            crate::model::exact(&mut open.list.items);
            for item in &mut open.list.items {
                if let Some(nested) = &mut item.nested {
                    crate::model::exact(&mut nested.items);
                }
            }
            self.blocks.push(TextBlock::List(open.list));
        }
    }
}

/// Whether a marker is the next item of a list of this kind with `len` items.
fn fits(marker: Marker, numbered: bool, delimiter: char, len: usize) -> bool {
    match marker {
        Marker::Bullet => !numbered,
        Marker::Number(number, d) => {
            numbered && d == delimiter && usize::try_from(number).is_ok_and(|n| n == len + 1)
        }
    }
}

/// Whether a list that a marker starts is numbered, and its delimiter.
fn kind_of(marker: Marker) -> (bool, char) {
    match marker {
        Marker::Bullet => (false, '-'),
        Marker::Number(_, delimiter) => (true, delimiter),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks of a text block, without spans: paragraphs as `P`, headings as `H`,
    /// items as `-` or `1.` with nested items indented.
    fn blocks(raw: &str) -> Vec<String> {
        let span = Span::new(0, raw.len() + 6);
        parse_text(raw, span)
            .blocks
            .iter()
            .map(|b| match b {
                TextBlock::Paragraph(p) => format!("P {p}"),
                TextBlock::Heading(h) => format!("H {h}"),
                TextBlock::List(list) => {
                    let mut out = Vec::new();
                    for (i, item) in list.items.iter().enumerate() {
                        out.push(format!("{} {}", marker(list.numbered, i), item.text.value));
                        if let Some(nested) = &item.nested {
                            for (j, sub) in nested.items.iter().enumerate() {
                                out.push(format!("  {} {}", marker(nested.numbered, j), sub.value));
                            }
                        }
                    }
                    out.join("\n")
                }
            })
            .collect()
    }

    fn marker(numbered: bool, index: usize) -> String {
        if numbered {
            format!("{}.", index + 1)
        } else {
            "-".into()
        }
    }

    #[test]
    fn paragraphs_and_bullets() {
        assert_eq!(
            blocks("\n  Du kan få træning, hvis:\n  - du har en\n    funktionsnedsættelse\n  - du er motiveret\n\n  Slut.\n"),
            [
                "P Du kan få træning, hvis:",
                "- du har en funktionsnedsættelse\n- du er motiveret",
                "P Slut.",
            ]
        );
    }

    #[test]
    fn numbered_list() {
        assert_eq!(
            blocks("Sådan søger du:\n1. Ring til visitationen\n2. Send\n   skemaet\n3) ikke et punkt\n"),
            [
                "P Sådan søger du:",
                "1. Ring til visitationen\n2. Send skemaet 3) ikke et punkt",
            ]
        );
        assert_eq!(blocks("1) a\n2) b\n3) c"), ["1. a\n2. b\n3. c"]);
    }

    #[test]
    fn a_number_without_its_successor_is_words() {
        assert_eq!(
            blocks("1. gang du kommer, taler vi sammen.\n\n2. gang træner vi."),
            [
                "P 1. gang du kommer, taler vi sammen.",
                "P 2. gang træner vi."
            ]
        );
        assert_eq!(
            blocks("2024. Et år.\n2025. Et år mere."),
            ["P 2024. Et år. 2025. Et år mere."]
        );
        // `1.` and `2)` are not one list.
        assert_eq!(blocks("1. a\n2) b"), ["P 1. a 2) b"]);
    }

    #[test]
    fn dates_are_not_items() {
        assert_eq!(
            blocks("1. januar 2024 trådte loven i kraft.\n2. februar fulgte vejledningen."),
            ["P 1. januar 2024 trådte loven i kraft. 2. februar fulgte vejledningen."]
        );
        assert_eq!(
            blocks("1. jan. 2024\n2. feb. 2024"),
            ["P 1. jan. 2024 2. feb. 2024"]
        );
        assert_eq!(blocks("1. maj,\n2. maj"), ["P 1. maj, 2. maj"]);
    }

    #[test]
    fn nested_lists() {
        assert_eq!(
            blocks(
                "- Genoptræning\n  - på hold\n  - individuelt\n    i hjemmet\n- Vedligeholdende\n   1. test\n   2. plan\n- Sidst"
            ),
            [
                "- Genoptræning\n  - på hold\n  - individuelt i hjemmet\n- Vedligeholdende\n  1. test\n  2. plan\n- Sidst"
            ]
        );
        // A third level is the second: lists nest one level.
        assert_eq!(blocks("- a\n  - b\n    - c"), ["- a\n  - b\n  - c"]);
        // One column further right is the same list.
        assert_eq!(blocks("- a\n - b"), ["- a\n- b"]);
        // A nested marker of another kind is words of the nested item.
        assert_eq!(
            blocks("1. a\n   - x\n   1) y\n   2) z\n2. b"),
            ["1. a\n  - x 1) y 2) z\n2. b"]
        );
    }

    #[test]
    fn kinds_follow_each_other() {
        assert_eq!(
            blocks("- a\n- b\n1. c\n2. d\n- e"),
            ["- a\n- b", "1. c\n2. d", "- e"]
        );
    }

    #[test]
    fn sub_headings() {
        assert_eq!(
            blocks("## Sundhedsloven\nTekst\n## Serviceloven\n- a\n##ikke en overskrift"),
            [
                "H Sundhedsloven",
                "P Tekst",
                "H Serviceloven",
                "- a ##ikke en overskrift"
            ]
        );
    }

    #[test]
    fn items_point_at_their_first_line() {
        let source = "x \"\"\"\n  - første\n    linje\n  1. a\n  2. b\n\"\"\"";
        let start = source.find("\"\"\"").unwrap_or_default();
        let raw = source.get(start + 3..source.len() - 3).unwrap_or_default();
        let text = parse_text(raw, Span::new(start, source.len()));
        let spans: Vec<&str> = text
            .blocks
            .iter()
            .flat_map(|b| match b {
                TextBlock::List(list) => list.items.iter().map(|i| i.text.span).collect(),
                _ => Vec::new(),
            })
            .map(|s| source.get(s.range()).unwrap_or_default())
            .collect();
        assert_eq!(spans, ["- første", "1. a", "2. b"]);
    }
}
