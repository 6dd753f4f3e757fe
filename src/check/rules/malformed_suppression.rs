//! KS192 `malformed-suppression`: a suppression comment that cannot be read. The
//! documentation is [`DOC`].

use crate::check::codes::MALFORMED_SUPPRESSION as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS192`.
pub const DOC: &str = r#"## What it finds

A comment that starts with `kvalitet:` but is not `kvalitet: tillad CODE… "reason"`, or
that names a code that is not a rule's (a language code `KS001`–`KS099`, a code that
does not exist, or a suppression rule's own code). The codes it could read still apply.

## Why it matters

A misspelt suppression suppresses nothing, and its author believes it does.

## Example

```kvs
# kvalitet: tilad KS140 "…"          # KS192: `tillad`
# kvalitet: tillad KS020 "…"         # KS192: language errors cannot be suppressed
```

## Source

The suppression syntax of kvalitet (`src/check/suppress.rs`). No legal fact is
involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS192`.
pub const DOC_DA: &str = r#"## Hvad den finder

En kommentar, der begynder med `kvalitet:`, men ikke er `kvalitet: tillad KODE…
"begrundelse"`, eller som nævner en kode, der ikke er en regels (en sprogkode
`KS001`–`KS099`, en kode, der ikke findes, eller en af undtagelsesreglernes egne
koder). De koder, den kunne læse, gælder stadig.

## Hvorfor det betyder noget

En fejlstavet undtagelse undtager intet, og dens forfatter tror, at den gør.

## Eksempel

```kvs
# kvalitet: tilad KS140 "…"          # KS192: `tillad`
# kvalitet: tillad KS020 "…"         # KS192: sprogfejl kan ikke undtages
```

## Kilde

kvalitets syntaks for undtagelser (`src/check/suppress.rs`). Der indgår ingen juridisk
kendsgerning."#;

/// Reports what could not be read in suppression comments.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for suppression in &ctx.suppressions {
        for (span, problem) in &suppression.problems {
            out.push(
                ctx.report(&RULE, *span, problem.clone())
                    .with_help(crate::msg!("ks192-help")),
            );
        }
    }
}
