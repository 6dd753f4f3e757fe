//! KS133 `duplicate-section`: the same section twice in one part of a standard. The
//! documentation is [`DOC`].

use crate::check::codes::DUPLICATE_SECTION as RULE;
use crate::check::Context;
use crate::diag::{Diagnostic, Edit, Fix};
use crate::model::{Section, SectionKind};
use crate::msg;
use crate::registry::normalize_name;
use std::collections::HashMap;

/// The documentation of the rule, shown by `kvalitet explain KS133`.
pub const DOC: &str = r#"## What it finds

Two sections of the same kind with the same heading (or both without one) in one part of
a standard: the standard itself, its summary, or one indsats. `afsnit` sections are
not compared, and sections of one kind with different headings are not findings: a
document may well have `frister "Sagsbehandlingsfrist"` and `frister "Opstart"`.

## Why it matters

A heading that appears twice splits what belongs together: the citizen reads the first
and misses the second, and a later revision updates one of them only.

## Example

```kvs
pligter "Forventninger til dig" """…"""
formål """…"""
pligter "Forventninger til dig" """…"""   # KS133
```

## Fix

Unsafe, and only for a true copy: when the repeated section's text is the same as the
first's (spaces aside), its lines are deleted. Two sections with one heading and
different contents get no fix: merging them is for the writer.

## Source

A structural rule; no legal fact is involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS133`.
pub const DOC_DA: &str = r#"## Hvad den finder

To afsnit af samme slags med samme overskrift (eller begge uden) i én del af en
standard: selve standarden, dens resumé eller én indsats. `afsnit`-afsnit
sammenlignes ikke, og afsnit af samme slags med forskellige overskrifter er ikke fund:
et dokument kan sagtens have `frister "Sagsbehandlingsfrist"` og `frister "Opstart"`.

## Hvorfor det betyder noget

En overskrift, der står to gange, deler det, der hører sammen: borgeren læser det første
og overser det andet, og en senere revision opdaterer kun det ene.

## Eksempel

```kvs
pligter "Forventninger til dig" """…"""
formål """…"""
pligter "Forventninger til dig" """…"""   # KS133
```

## Rettelse

Usikker, og kun for en ægte kopi: når det gentagne afsnits tekst er den samme som det
førstes (bortset fra mellemrum), slettes dets linjer. To afsnit med samme overskrift og
forskelligt indhold får ingen rettelse: at flette dem er skribentens opgave.

## Kilde

En strukturregel; der indgår ingen juridisk kendsgerning."#;

/// Reports repeated sections within one scope.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for scope in ctx.scopes() {
        // A section can only repeat one of its own kind, and most kinds stand once in
        // a scope: only the headings of a kind that stands more than once are compared.
        let mut kinds: HashMap<SectionKind, usize> = HashMap::new();
        for section in scope.sections {
            *kinds.entry(section.kind).or_default() += 1;
        }
        let mut seen: HashMap<(SectionKind, String), &Section> = HashMap::new();
        for section in scope.sections {
            let once = kinds.get(&section.kind).is_none_or(|&n| n < 2);
            if section.kind == SectionKind::Afsnit || once {
                continue;
            }
            let key = (section.kind, normalize_name(section.display_heading()));
            let Some(first) = seen.get(&key) else {
                seen.insert(key, section);
                continue;
            };
            let span = |s: &Section| {
                s.heading
                    .as_ref()
                    .map_or(s.keyword_span, |h| s.keyword_span.join(h.span))
            };
            out.push(
                ctx.report(
                    &RULE,
                    span(section),
                    msg!(
                        "ks133-twice",
                        heading = section.display_heading(),
                        scope = scope.describe_message()
                    ),
                )
                .with_label(msg!("ks133-again"))
                .with_secondary(span(first), msg!("ks133-first"))
                .with_help(msg!("ks133-twice-help"))
                .with_fix(removal(ctx, first, section)),
            );
        }
    }
}

/// The fix that deletes `again`'s lines, if its text is the same as `first`'s, spaces
/// aside, and it stands on lines of its own.
fn removal(ctx: &Context<'_>, first: &Section, again: &Section) -> Option<Fix> {
    let words = |s: &Section| {
        ctx.source
            .slice(s.span)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    if words(first) != words(again) || again.span.is_empty() {
        return None;
    }
    let edit = Edit::delete_lines(ctx.source, again.span)?;
    Some(Fix::unsafe_edit(
        msg!("ks133-fix", heading = again.display_heading()),
        edit,
    ))
}
