//! KS191 `unused-suppression`: a suppression that suppresses nothing. The documentation
//! is [`DOC`].

use crate::check::codes::UNUSED_SUPPRESSION as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS191`.
pub const DOC: &str = r#"## What it finds

A code in a suppression comment that suppressed no finding in its statement, or a
suppression comment that no statement follows. The rule runs after the suppressions
are applied.

## Why it matters

A suppression whose finding is gone (because the standard was corrected, or the rule
changed) would silently hide the next real finding of that code in the statement.

## Example

```kvs
# kvalitet: tillad KS160 "kommunen skriver dage"   # KS191 if nothing here is in `dage`
frister { afgørelse 10 hverdage efter ansøgning }
```

## Source

The suppression syntax of kvalitet (`src/check/suppress.rs`). No legal fact is
involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS191`.
pub const DOC_DA: &str = r#"## Hvad den finder

En kode i en undtagelseskommentar, som ikke undtog noget fund i sit udsagn, eller en
undtagelseskommentar, som intet udsagn følger efter. Reglen kører, efter at
undtagelserne er anvendt.

## Hvorfor det betyder noget

En undtagelse, hvis fund er forsvundet (fordi standarden blev rettet, eller reglen
ændret), ville i det stille skjule det næste virkelige fund med den kode i udsagnet.

## Eksempel

```kvs
# kvalitet: tillad KS160 "kommunen skriver dage"   # KS191, hvis intet her er i `dage`
frister { afgørelse 10 hverdage efter ansøgning }
```

## Kilde

kvalitets syntaks for undtagelser (`src/check/suppress.rs`). Der indgår ingen juridisk
kendsgerning."#;

/// Reports suppressed codes that suppressed nothing.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for suppression in &ctx.suppressions {
        if suppression.codes.is_empty() {
            continue;
        }
        let Some(target) = suppression.target else {
            out.push(
                ctx.report(
                    &RULE,
                    suppression.comment,
                    crate::msg!("ks191-no-statement"),
                )
                .with_help(crate::msg!("ks191-no-statement-help")),
            );
            continue;
        };
        for allowed in &suppression.codes {
            if allowed.used.get() {
                continue;
            }
            out.push(
                ctx.report(
                    &RULE,
                    allowed.span,
                    crate::msg!(
                        "ks191-unused",
                        code = allowed.rule.code,
                        name = allowed.rule.name
                    ),
                )
                .with_label(crate::msg!("ks191-unused-label"))
                .with_secondary(
                    crate::source::Span::new(target.start(), target.start()),
                    crate::msg!("ks191-statement"),
                )
                .with_help(crate::msg!("ks191-unused-help")),
            );
        }
    }
}
