//! KS172 `incomplete-law-reference`: a paragraph cited without its law. The
//! documentation is [`DOC`].

use crate::check::codes::INCOMPLETE_LAW_REFERENCE as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS172`.
pub const DOC: &str = r#"## What it finds

A law reference that names no law (`lovgrundlag § 88`, or `§ 86 stk. 1` in a section),
which kvalitet read as a paragraph of the one law the standard's `lovgrundlag` names
(an indsats's own `lovgrundlag` first). When the `lovgrundlag` names no law, or more
than one, the reference cannot be read at all (`KS029`).

## Why it matters

A paragraph number means nothing without its law: § 86 of serviceloven is training,
§ 86 of sundhedsloven something else entirely. A citizen who reads the section alone, or
a standard that later cites a second law, is left to guess.

## Example

```kvs
lovgrundlag serviceloven § 86 stk. 1
afsnit "Vedligeholdende træning" {
  lovgrundlag § 86 stk. 2   # KS172: read as SEL § 86, stk. 2
}
```

## Source

How references are written: `docs/language.md` § 6.8. That a reference names its law is
the ordinary form of Danish legal citation (serviceloven § 86, stk. 1)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS172`.
pub const DOC_DA: &str = r#"## Hvad den finder

En lovhenvisning, der ikke nævner nogen lov (`lovgrundlag § 88`, eller `§ 86 stk. 1` i
et afsnit), og som kvalitet læste som en paragraf i den ene lov, standardens
`lovgrundlag` nævner (en indsats' eget `lovgrundlag` først). Når `lovgrundlag` ikke
nævner nogen lov, eller mere end én, kan henvisningen slet ikke læses (`KS029`).

## Hvorfor det betyder noget

Et paragrafnummer betyder intet uden sin lov: § 86 i serviceloven er træning, § 86 i
sundhedsloven noget helt andet. En borger, der læser afsnittet for sig, eller en
standard, der senere henviser til en lov mere, må gætte.

## Eksempel

```kvs
lovgrundlag serviceloven § 86 stk. 1
afsnit "Vedligeholdende træning" {
  lovgrundlag § 86 stk. 2   # KS172: læst som SEL § 86, stk. 2
}
```

## Kilde

Hvordan henvisninger skrives: `docs/language.md` § 6.8. At en henvisning nævner sin lov,
er den almindelige form for dansk lovhenvisning (serviceloven § 86, stk. 1)."#;

/// Reports every reference whose law was taken from the `lovgrundlag`.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for reference in ctx.law_refs() {
        if !reference.law_inferred {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                reference.span,
                crate::msg!(
                    "ks172-no-law",
                    reference = &reference.original,
                    canonical = reference.canonical()
                ),
            )
            .with_label(crate::msg!("ks172-no-law-label"))
            .with_help(crate::msg!(
                "ks172-no-law-help",
                law = reference.canonical().replace(", stk.", " stk.")
            )),
        );
    }
}
