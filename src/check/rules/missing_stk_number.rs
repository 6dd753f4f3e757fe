//! KS170 `missing-stk-number`: `stk.` without a number. The documentation is [`DOC`].

use crate::check::codes::MISSING_STK_NUMBER as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS170`.
pub const DOC: &str = r#"## What it finds

A law reference that writes `stk.` with no number after it: in `lovgrundlag`
(`SEL § 86 stk.`), and in prose (`Servicelovens §86 stk. og …`): a `tekst`, a heading,
a note. In prose, a `§`, a paragraph number, an optional letter and comma, then `stk.`
not followed by a number is reported, whether or not the law is named.

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

/// Reports `stk.` without a number in law references and in prose.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for reference in ctx.law_refs().into_iter().chain(ctx.other_scheme_refs()) {
        if reference.stk_missing_number {
            out.push(finding(ctx, reference.span, &reference.original));
        }
    }
    for reference in &ctx.prose().laws {
        if reference.stk_missing_number {
            let span = reference.paragraph_span;
            out.push(finding(ctx, span, ctx.source.slice(span)));
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
