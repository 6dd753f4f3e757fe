//! KS134 `duplicate-list-item`: a list that repeats an item. The documentation is
//! [`DOC`].

use crate::check::codes::DUPLICATE_LIST_ITEM as RULE;
use crate::check::Context;
use crate::diag::{fix::line_content_end, Diagnostic, Edit, Fix};
use crate::model::{Text, TextBlock};
use crate::msg;
use crate::source::{Span, Spanned};
use std::collections::HashMap;
use std::hash::BuildHasher;

/// The documentation of the rule, shown by `kvalitet explain KS134`.
pub const DOC: &str = r#"## What it finds

An item that repeats an earlier item of the same list, ignoring case, spacing and final
punctuation. Bulleted and numbered lists count alike; a list nested under an item is a
list of its own.

## Why it matters

A repeated item is a copying error; often the item that should have stood there is
missing.

## Example

```kvs
indhold {
  indgår """
    - Undersøgelse
    - Vurdering
    - Undersøgelse      # KS134
  """
}
```

## Fix

Unsafe: the repeated item's lines are deleted. Only an item on lines of its own inside
the text block, without a list nested under it, and, in a numbered list, the last item
(the numbers after any other would skip one) is removed; the writer should check that
no other item was meant in its place.

## Source

A text rule; no legal fact is involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS134`.
pub const DOC_DA: &str = r#"## Hvad den finder

Et punkt, der gentager et tidligere punkt i samme liste, uden hensyn til store og små
bogstaver, mellemrum og tegnsætning til sidst. Punktlister og nummererede lister tæller
ens; en liste, der ligger under et punkt, er en liste for sig.

## Hvorfor det betyder noget

Et gentaget punkt er en kopieringsfejl; ofte mangler det punkt, der skulle have stået
der.

## Eksempel

```kvs
indhold {
  indgår """
    - Undersøgelse
    - Vurdering
    - Undersøgelse      # KS134
  """
}
```

## Rettelse

Usikker: det gentagne punkts linjer slettes. Kun et punkt på sine egne linjer i
tekstblokken, uden en liste under sig, og, i en nummereret liste, det sidste punkt
(numrene efter ethvert andet ville springe ét over) fjernes; skribenten bør tjekke, at
der ikke var ment et andet punkt i stedet.

## Kilde

En tekstregel; der indgår ingen juridisk kendsgerning."#;

/// Reports repeated items within each list, and within each list nested under an item.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for text in ctx.texts() {
        for block in &text.blocks {
            let TextBlock::List(list) = block else {
                continue;
            };
            // An item may be removed unless a list is nested under it, or it is not the
            // last of a numbered list (the numbers after it would skip one).
            let last = list.items.len().saturating_sub(1);
            let items = list.items.iter().enumerate().map(|(n, i)| {
                let removable = i.nested.is_none() && (!list.numbered || n == last);
                (&i.text, removable)
            });
            repeats(ctx, text, items, out);
            for nested in list.items.iter().filter_map(|i| i.nested.as_ref()) {
                let last = nested.items.len().saturating_sub(1);
                let items = nested.items.iter().enumerate();
                let items = items.map(|(n, i)| (i, !nested.numbered || n == last));
                repeats(ctx, text, items, out);
            }
        }
    }
}

/// Reports the items of one list that repeat an earlier one; each item comes with
/// whether its lines may be removed.
fn repeats<'a>(
    ctx: &Context<'_>,
    text: &Text,
    items: impl Iterator<Item = (&'a Spanned<String>, bool)>,
    out: &mut Vec<Diagnostic>,
) {
    let state = foldhash::fast::RandomState::default();
    let mut seen = Seen::new(|key: &[u8]| state.hash_one(key));
    for (item, removable) in items {
        let Some(first) = seen.earlier(item) else {
            continue;
        };
        let fix = if removable {
            removal(ctx, text, item)
        } else {
            None
        };
        out.push(
            ctx.report(
                &RULE,
                item.span,
                msg!("ks134-repeats", item = item.value.trim()),
            )
            .with_label(msg!("ks134-repeats-label"))
            .with_secondary(first.span, msg!("ks134-first"))
            .with_help(msg!("ks134-repeats-help"))
            .with_fix(fix),
        );
    }
}

/// The items of a list seen so far, as they are compared ([`normalize_into`]).
///
/// Each item is normalized into a buffer that every item reuses, and the hash of each
/// normalized item is kept with the first item that has it; a hash seen before is
/// confirmed by normalizing that first item again. Items whose hashes collide without
/// being the same are kept aside and compared one by one (with a random seed, an
/// input cannot make them many).
struct Seen<'a, H> {
    hash: H,
    first: HashMap<u64, &'a Spanned<String>, foldhash::fast::FixedState>,
    collided: Vec<&'a Spanned<String>>,
    key: Vec<u8>,
    other: Vec<u8>,
}

impl<'a, H: Fn(&[u8]) -> u64> Seen<'a, H> {
    fn new(hash: H) -> Self {
        Seen {
            hash,
            first: HashMap::default(),
            collided: Vec::new(),
            key: Vec::new(),
            other: Vec::new(),
        }
    }

    /// The earlier item that `item` repeats, if any; else `item` is kept as seen. An
    /// empty item repeats nothing.
    fn earlier(&mut self, item: &'a Spanned<String>) -> Option<&'a Spanned<String>> {
        normalize_into(&item.value, &mut self.key);
        if self.key.is_empty() {
            return None;
        }
        let hash = (self.hash)(&self.key);
        let (key, other) = (&self.key, &mut self.other);
        let mut same = |earlier: &Spanned<String>| {
            normalize_into(&earlier.value, other);
            other == key
        };
        match self.first.get(&hash) {
            None => {
                self.first.insert(hash, item);
                None
            }
            Some(&earlier) if same(earlier) => Some(earlier),
            Some(_) => {
                let found = self.collided.iter().copied().find(|e| same(e));
                if found.is_none() {
                    self.collided.push(item);
                }
                found
            }
        }
    }
}

/// The fix that deletes an item's lines: from the start of its first line through its
/// last, which is the line before a blank line, the next item or a sub-heading. Made
/// only when those lines lie inside the text block's quotes and hold the item's words
/// and nothing else.
fn removal(ctx: &Context<'_>, text: &Text, item: &Spanned<String>) -> Option<Fix> {
    let source = ctx.source;
    let quotes = |at: usize| source.text.get(at..at + 3) == Some("\"\"\"");
    let (inside_start, inside_end) = (text.span.start() + 3, text.span.end().checked_sub(3)?);
    if !quotes(text.span.start()) || !quotes(inside_end) {
        return None;
    }
    let mut line = source.line_index(item.span.start());
    let first = source.line_start(line)?;
    let before = source.text.get(first..item.span.start())?;
    if first < inside_start || !before.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let mut words = String::new();
    let mut end = first;
    loop {
        let start = source.line_start(line)?;
        let content_end = line_content_end(source, start)?;
        if content_end > inside_end {
            // The closing quotes stand on this line: only blanks may stand before them.
            let rest = source.text.get(start..inside_end)?;
            if !rest.trim().is_empty() || start == first {
                return None;
            }
            break;
        }
        let content = source.text.get(start..content_end)?.trim();
        if start != first && (content.is_empty() || starts_item(content)) {
            break;
        }
        words.push(' ');
        words.push_str(content);
        end = source.line_start(line + 1).unwrap_or(source.text.len());
        line += 1;
    }
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    let item_words = item.value.split_whitespace().collect::<Vec<_>>().join(" ");
    let marker = words.strip_suffix(&item_words)?.trim();
    if marker.is_empty() || marker.len() > 5 || marker.chars().any(char::is_alphabetic) {
        return None;
    }
    Some(Fix::unsafe_edit(
        msg!("ks134-fix", item = item.value.trim()),
        Edit::delete(Span::new(first, end)),
    ))
}

/// Whether a line of a text block starts an item or a sub-heading, and so ends the item
/// before it: a bullet, a number with `.` or `)`, or `##`.
fn starts_item(line: &str) -> bool {
    if ["- ", "• ", "* ", "– ", "## "]
        .iter()
        .any(|marker| line.starts_with(marker))
    {
        return true;
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    digits > 0
        && line
            .get(digits..)
            .is_some_and(|rest| rest.starts_with(". ") || rest.starts_with(") "))
}

/// An item as it is compared, into `out` (its bytes, as UTF-8): lowercase, its white
/// space as single spaces between words, without `.`, `,`, `;` or `:` at its end.
fn normalize_into(item: &str, out: &mut Vec<u8>) {
    out.clear();
    out.reserve(item.len());
    // White space seen since the last character kept.
    let mut space = false;
    let keep = |out: &mut Vec<u8>, space: &mut bool, bytes: &[u8]| {
        if *space && !out.is_empty() {
            out.push(b' ');
        }
        *space = false;
        out.extend_from_slice(bytes);
    };
    // ASCII, most of an item, a byte at a time; other characters whole.
    let bytes = item.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte.is_ascii() {
            i += 1;
            // `char::is_whitespace` in ASCII: `u8::is_ascii_whitespace` and U+000B.
            if byte.is_ascii_whitespace() || byte == 0x0B {
                space = true;
            } else {
                keep(out, &mut space, &[byte.to_ascii_lowercase()]);
            }
            continue;
        }
        let Some(c) = item.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        if c.is_whitespace() {
            space = true;
            continue;
        }
        for lower in c.to_lowercase() {
            let mut utf8 = [0; 4];
            keep(out, &mut space, lower.encode_utf8(&mut utf8).as_bytes());
        }
    }
    while out
        .last()
        .is_some_and(|b| matches!(b, b'.' | b',' | b';' | b':'))
    {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::{normalize_into, Seen};
    use crate::source::{Span, Spanned};

    fn normalize(item: &str) -> String {
        let mut out = Vec::new();
        normalize_into(item, &mut out);
        String::from_utf8(out).unwrap_or_default()
    }

    /// Items whose hashes collide are still told apart, and each repeat is matched to
    /// the first item it repeats.
    #[test]
    fn items_whose_hashes_collide_are_compared_by_their_words() {
        let items: Vec<Spanned<String>> = ["a", "b", "A.", "c", " B", "d", "c"]
            .iter()
            .enumerate()
            .map(|(n, t)| Spanned::new((*t).to_owned(), Span::new(n, n + 1)))
            .collect();
        for hash in [|_: &[u8]| 7, |key: &[u8]| key.len() as u64] {
            let mut seen = Seen::new(hash);
            let repeats: Vec<(usize, usize)> = items
                .iter()
                .filter_map(|item| {
                    let first = seen.earlier(item)?;
                    Some((item.span.start(), first.span.start()))
                })
                .collect();
            assert_eq!(repeats, [(2, 0), (4, 1), (6, 3)]);
        }
    }

    #[test]
    fn an_item_is_compared_in_lowercase_with_single_spaces_and_no_final_punctuation() {
        assert_eq!(
            normalize("  Hjælp til\tPERSONLIG\u{A0} pleje.; "),
            "hjælp til personlig pleje"
        );
        assert_eq!(normalize("ÆBLER\u{0B}og ÅL"), "æbler og ål");
        assert_eq!(normalize(" \n "), "");
        assert_eq!(normalize("İ"), "i\u{307}");
    }
}
