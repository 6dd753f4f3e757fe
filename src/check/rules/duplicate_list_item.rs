//! KS134 `duplicate-list-item`: a list that repeats an item. The documentation is
//! [`DOC`].

use crate::check::codes::DUPLICATE_LIST_ITEM as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::TextBlock;
use crate::source::{Span, Spanned};
use std::collections::HashMap;

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

## Source

A text rule; no legal fact is involved."#;

/// Reports repeated items within each list, and within each list nested under an item.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for text in ctx.texts() {
        for block in &text.blocks {
            let TextBlock::List(list) = block else {
                continue;
            };
            repeats(ctx, list.items.iter().map(|i| &i.text), out);
            for nested in list.items.iter().filter_map(|i| i.nested.as_ref()) {
                repeats(ctx, nested.items.iter(), out);
            }
        }
    }
}

/// Reports the items of one list that repeat an earlier one.
fn repeats<'a>(
    ctx: &Context<'_>,
    items: impl Iterator<Item = &'a Spanned<String>>,
    out: &mut Vec<Diagnostic>,
) {
    let mut seen: HashMap<String, Span> = HashMap::new();
    for item in items {
        let key = normalize(&item.value);
        if key.is_empty() {
            continue;
        }
        let Some(&first) = seen.get(&key) else {
            seen.insert(key, item.span);
            continue;
        };
        out.push(
            ctx.report(
                &RULE,
                item.span,
                format!("the list repeats the item \"{}\"", item.value.trim()),
            )
            .with_label("repeated")
            .with_secondary(first, "first here")
            .with_help("remove the repeated item, or write the item that was meant"),
        );
    }
}

/// An item in lowercase, with single spaces and no final punctuation.
fn normalize(item: &str) -> String {
    let mut out = String::with_capacity(item.len());
    for word in item.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
    }
    let end = out.trim_end_matches(['.', ',', ';', ':']).len();
    out.truncate(end);
    out
}
