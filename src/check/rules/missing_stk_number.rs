//! KS170 `missing-stk-number`: `stk.` without a number. The documentation is [`DOC`].

use crate::check::codes::MISSING_STK_NUMBER as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS170`.
pub const DOC: &str = r#"## What it finds

A law reference that writes `stk.` with no number after it: in `lovgrundlag`
(`SEL § 86 stk.`), and in free text (`Servicelovens §86 stk. og …`). In text, a `§`, a
paragraph number, an optional letter and comma, then `stk.` not followed by a number
is reported.

## Why it matters

SEL § 86 stk. 1 (genoptræning) and stk. 2 (vedligeholdende træning) are different
services with different target groups. A reference without the stk. does not say which
the standard is about.

## Example

```kvs
lovgrundlag SEL § 86 stk.   # KS170: stk. 1 or stk. 2?
```

## Source

SEL § 86 stk. 1: genoptræning after illness not treated in hospital; stk. 2:
vedligeholdelse of physical or mental skills (domain notes, "Law text")."#;

/// Reports `stk.` without a number in law references and in free text.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for reference in ctx.law_refs().into_iter().chain(ctx.other_scheme_refs()) {
        if reference.stk_missing_number {
            out.push(finding(ctx, reference.span, &reference.original));
        }
    }
    for text in ctx.texts() {
        let raw = ctx.source.slice(text.span);
        for (start, end) in scan(raw) {
            let span = Span::new(text.span.start + start, text.span.start + end);
            let written = raw.get(start..end).unwrap_or("stk.");
            out.push(finding(ctx, span, written));
        }
    }
}

fn finding(ctx: &Context<'_>, span: Span, written: &str) -> Diagnostic {
    ctx.report(
        &RULE,
        span,
        format!(
            "`{}` names no stk. number",
            written.split_whitespace().collect::<Vec<_>>().join(" ")
        ),
    )
    .with_label("stk. what?")
    .with_help(
        "write the number: `§ 86 stk. 1` (genoptræning) or `§ 86 stk. 2` (vedligeholdende træning)",
    )
}

/// The byte ranges of `§ 86 stk.` without a number in a text.
fn scan(raw: &str) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for (start, _) in raw.match_indices('§') {
        let mut pos = start + '§'.len_utf8();
        pos = skip(raw, pos, |c| c == '§' || c.is_whitespace());
        let digits = skip(raw, pos, |c| c.is_ascii_digit());
        if digits == pos {
            continue;
        }
        pos = digits;
        // `§ 83 a`, `§ 140a`.
        let letter = skip(raw, pos, |c| c == ' ');
        if let Some(c) = char_at(raw, letter).filter(char::is_ascii_lowercase) {
            let after = letter + c.len_utf8();
            if !char_at(raw, after).is_some_and(char::is_alphabetic) {
                pos = after;
            }
        }
        pos = skip(raw, pos, |c| c == ' ');
        if char_at(raw, pos) == Some(',') {
            pos += 1;
        }
        pos = skip(raw, pos, char::is_whitespace);
        let Some(word) = raw.get(pos..pos + 3) else {
            continue;
        };
        if !word.eq_ignore_ascii_case("stk") {
            continue;
        }
        pos += 3;
        if char_at(raw, pos) == Some('.') {
            pos += 1;
        } else if char_at(raw, pos).is_some_and(char::is_alphanumeric) {
            // A word that only begins with `stk`.
            continue;
        }
        let next = skip(raw, pos, char::is_whitespace);
        if !char_at(raw, next).is_some_and(|c| c.is_ascii_digit()) {
            found.push((start, pos));
        }
    }
    found
}

fn char_at(raw: &str, pos: usize) -> Option<char> {
    raw.get(pos..).and_then(|rest| rest.chars().next())
}

fn skip(raw: &str, pos: usize, matches: impl Fn(char) -> bool) -> usize {
    let rest = raw.get(pos..).unwrap_or("");
    rest.char_indices()
        .find(|(_, c)| !matches(*c))
        .map_or(raw.len(), |(i, _)| pos + i)
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn finds_stk_without_number_in_text() {
        let text = "Servicelovens §86 stk. og Servicelovens §86 stk. 2 og § 83 a, stk.\n 1";
        assert_eq!(scan(text), vec![(14, 23)]);
        assert!(scan("§ 86, stk.1 og §86.1 og § 140a stk. 2").is_empty());
        assert_eq!(scan("jf. § 88, stk.").len(), 1);
    }
}
