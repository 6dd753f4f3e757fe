//! KS171 `replaced-law-reference`: a law reference to a paragraph that has been
//! replaced. The documentation is [`DOC`].

use crate::check::codes::REPLACED_LAW_REFERENCE as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS171`.
pub const DOC: &str = r#"## What it finds

A law reference to a paragraph that the registry marks as replaced, in a standard dated
after the replacement: a typed one (`lovgrundlag`), or one in prose that names its law
(`servicelovens § 73 a`, `§ 73 a i serviceloven`, `SEL §§ 73 a og 86`; a `§` with no
law named right before or after it is not judged). The registry knows few paragraphs;
one it does not know is not a finding.

## Why it matters

A standard that cites a replaced paragraph rests on law that no longer applies, and
sends readers to the wrong text.

## Example

```kvs
lovgrundlag SEL § 73 a   # KS171: the forerunner of SEL § 86
afsnit "Lovgrundlag" """
  Træningen gives efter servicelovens § 73 a.
"""                      # KS171: in prose too
```

## Source

The law registry (`src/registry/laws.yaml`), from the domain notes: SEL § 73 a was the
forerunner of § 86 (2001). The year and the replacement are unconfirmed, so the finding
is advice until they are confirmed."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS171`.
pub const DOC_DA: &str = r#"## Hvad den finder

En lovhenvisning til en paragraf, som registret markerer som erstattet, i en standard
dateret efter erstatningen: en angivet (`lovgrundlag`) eller en i løbende tekst, der
nævner sin lov (`servicelovens § 73 a`, `§ 73 a i serviceloven`, `SEL §§ 73 a og 86`;
et `§` uden en lov nævnt lige før eller efter vurderes ikke). Registret kender få
paragraffer; en, det ikke kender, er ikke et fund.

## Hvorfor det betyder noget

En standard, der henviser til en erstattet paragraf, bygger på lov, der ikke længere
gælder, og sender læserne til den forkerte tekst.

## Eksempel

```kvs
lovgrundlag SEL § 73 a   # KS171: forløberen for SEL § 86
afsnit "Lovgrundlag" """
  Træningen gives efter servicelovens § 73 a.
"""                      # KS171: også i løbende tekst
```

## Kilde

Lovregistret (`src/registry/laws.yaml`), fra domain notes: SEL § 73 a var forløberen
for § 86 (2001). Året og erstatningen er ikke bekræftet, så fundet er et råd, indtil de
er bekræftet."#;

/// Reports references to replaced paragraphs.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let date = ctx.date();
    let prose = ctx.prose_law_refs();
    let refs = ctx.law_refs().into_iter().chain(ctx.other_scheme_refs());
    for reference in refs.chain(&prose) {
        let Some(entry) = ctx
            .registry
            .law(reference.law, &reference.paragraph, reference.stk)
        else {
            continue;
        };
        let Some(replaced) = &entry.replaced else {
            continue;
        };
        if replaced.year.is_some_and(|year| date.date.year < year) {
            continue;
        }
        let confirmed = replaced.confirmed && entry.confirmed;
        let (original, by) = (&reference.original, &replaced.by);
        let message = match (confirmed, replaced.year) {
            (true, None) => crate::msg!("ks171-replaced", reference = original, by = by),
            (true, Some(year)) => crate::msg!(
                "ks171-replaced-in",
                reference = original,
                by = by,
                year = year.to_string()
            ),
            (false, None) => crate::msg!("ks171-maybe-replaced", reference = original, by = by),
            (false, Some(year)) => crate::msg!(
                "ks171-maybe-replaced-in",
                reference = original,
                by = by,
                year = year.to_string()
            ),
        };
        out.push(
            ctx.report_fact(&RULE, confirmed, reference.span, message)
                .with_help(crate::msg!(
                    "ks171-help",
                    by = by,
                    source = &replaced.source
                )),
        );
    }
}
