//! KS134 `duplicate-list-item`: a bullet list that repeats an item. The documentation is
//! [`DOC`].

use crate::check::codes::DUPLICATE_LIST_ITEM as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::TextBlock;
use std::collections::HashMap;

/// The documentation of the rule, shown by `kvalitet explain KS134`.
pub const DOC: &str = r#"## What it finds

A bullet item that repeats an earlier item of the same list, ignoring case, spacing and
final punctuation.

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

/// Reports repeated items within each bullet list.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for text in ctx.texts() {
        // The items' spans are found only for a text that repeats an item.
        let mut spans = None;
        let mut index = 0;
        for block in &text.blocks {
            let TextBlock::List(items) = block else {
                continue;
            };
            let mut seen: HashMap<String, usize> = HashMap::new();
            for item in items {
                let key = normalize(item);
                let here = index;
                index += 1;
                if key.is_empty() {
                    continue;
                }
                let Some(&first) = seen.get(&key) else {
                    seen.insert(key, here);
                    continue;
                };
                let spans = spans.get_or_insert_with(|| ctx.item_spans(text));
                let (Some(span), Some(first_span)) = (spans.get(here), spans.get(first)) else {
                    continue;
                };
                out.push(
                    ctx.report(
                        &RULE,
                        *span,
                        format!("the list repeats the item \"{}\"", item.trim()),
                    )
                    .with_label("repeated")
                    .with_secondary(*first_span, "first here")
                    .with_help("remove the repeated item, or write the item that was meant"),
                );
            }
        }
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
