//! KS170 `missing-stk-number`: `stk.` without a number. The documentation is [`DOC`].

use crate::check::codes::MISSING_STK_NUMBER as RULE;
use crate::check::Context;
use crate::diag::{Diagnostic, Edit, Fix};
use crate::model::values::{Law, LawRef};
use crate::registry::paragraph_key;
use crate::source::Span;
use std::collections::HashMap;

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

## Fix

Unsafe, and only when the number is certain: when the standard's `lovgrundlag` (its
own, its indsatser's and its sections') cites the paragraph with exactly one stk.
number, and the reference names that paragraph's law or none, the number is written
after `stk.`. A standard whose `lovgrundlag` cites both stk. 1 and stk. 2 gets no fix:
which one the text means is for the writer to say.

## Source

SEL § 86 stk. 1: genoptræning after illness not treated in hospital; stk. 2:
vedligeholdelse of physical or mental skills (domain notes, "Law text")."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS170`.
pub const DOC_DA: &str = r#"## Hvad den finder

En lovhenvisning, der skriver `stk.` uden et nummer efter: i `lovgrundlag`
(`SEL § 86 stk.`) og i løbende tekst (`Servicelovens §86 stk. og …`): en `tekst`, en
overskrift, en note. I løbende tekst meldes et `§`, et paragrafnummer, eventuelt et
bogstav og et komma, og derefter `stk.` uden et nummer efter, uanset om loven er nævnt.

## Hvorfor det betyder noget

SEL § 86 stk. 1 (genoptræning) og stk. 2 (vedligeholdende træning) er forskellige
ydelser med forskellige målgrupper. En henvisning uden stk. siger ikke, hvilken
standarden handler om.

## Eksempel

```kvs
lovgrundlag SEL § 86 stk.   # KS170: stk. 1 eller stk. 2?
```

## Rettelse

Usikker, og kun når nummeret er sikkert: når standardens `lovgrundlag` (dens eget, dens
indsatsers og dens afsnits) henviser til paragraffen med præcis ét stk.-nummer, og
henvisningen nævner den paragrafs lov eller ingen lov, skrives nummeret efter `stk.`.
En standard, hvis `lovgrundlag` henviser til både stk. 1 og stk. 2, får ingen rettelse:
det er skribentens opgave at sige, hvilket teksten mener.

## Kilde

SEL § 86 stk. 1: genoptræning efter sygdom, der ikke behandles på sygehus; stk. 2:
vedligeholdelse af fysiske eller psykiske færdigheder (domain notes, "Law text")."#;

/// Reports `stk.` without a number in law references and in prose.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let refs = ctx.law_refs();
    let cited = Cited::new(&refs);
    for reference in refs.iter().copied().chain(ctx.other_scheme_refs()) {
        if reference.stk_missing_number {
            let number = cited.only(&reference.paragraph, Some(reference.law));
            let fix = number.and_then(|n| stk_fix(ctx, reference.span, &reference.paragraph, n));
            out.push(finding(ctx, reference.span, &reference.original).with_fix(fix));
        }
    }
    for reference in &ctx.prose().laws {
        if reference.stk_missing_number {
            let span = reference.paragraph_span;
            let number = cited.only(&reference.paragraph, reference.law);
            let fix = number.and_then(|n| stk_fix(ctx, span, &reference.paragraph, n));
            out.push(finding(ctx, span, ctx.source.slice(span)).with_fix(fix));
        }
    }
}

/// The stk. numbers the standard's law references cite for each paragraph, by its law
/// and by any law; two numbers are enough to know that one is not certain, so no more
/// are kept, and each question is answered in constant time.
struct Cited {
    numbers: HashMap<(String, Option<Law>), Vec<u32>>,
}

impl Cited {
    fn new(refs: &[&LawRef]) -> Self {
        let mut numbers: HashMap<(String, Option<Law>), Vec<u32>> = HashMap::new();
        for reference in refs.iter().filter(|r| !r.stk_missing_number) {
            let Some(stk) = reference.stk else {
                continue;
            };
            let key = paragraph_key(&reference.paragraph);
            for law in [Some(reference.law), None] {
                let seen = numbers.entry((key.clone(), law)).or_default();
                if seen.len() < 2 && !seen.contains(&stk) {
                    seen.push(stk);
                }
            }
        }
        Self { numbers }
    }

    /// The one stk. number cited for the paragraph under the law (or under any law),
    /// if exactly one is.
    fn only(&self, paragraph: &str, law: Option<Law>) -> Option<u32> {
        match self
            .numbers
            .get(&(paragraph_key(paragraph), law))?
            .as_slice()
        {
            [one] => Some(*one),
            _ => None,
        }
    }
}

/// The fix that writes `stk` after the last `stk.` in `span`.
fn stk_fix(ctx: &Context<'_>, span: Span, paragraph: &str, stk: u32) -> Option<Fix> {
    let written = ctx.source.slice(span);
    let bytes = written.as_bytes();
    let found = (0..bytes.len()).rev().find(|&i| {
        bytes
            .get(i..i + 4)
            .is_some_and(|b| b.eq_ignore_ascii_case(b"stk."))
    })?;
    let at = span.start() + found + "stk.".len();
    let next = ctx.source.text.get(at..)?.chars().next();
    if next.is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(Fix::unsafe_edit(
        crate::msg!("ks170-fix", stk = stk.to_string(), paragraph = paragraph),
        Edit::insert(at, format!(" {stk}")),
    ))
}

fn finding(ctx: &Context<'_>, span: Span, written: &str) -> Diagnostic {
    ctx.report(
        &RULE,
        span,
        crate::msg!(
            "ks170-no-stk",
            written = written.split_whitespace().collect::<Vec<_>>().join(" ")
        ),
    )
    .with_label(crate::msg!("ks170-no-stk-label"))
    .with_help(crate::msg!("ks170-no-stk-help"))
}
