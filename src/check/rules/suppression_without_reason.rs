//! KS190 `suppression-without-reason`: a suppression comment without a reason. The
//! documentation is [`DOC`].

use crate::check::codes::SUPPRESSION_WITHOUT_REASON as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS190`.
pub const DOC: &str = r#"## What it finds

A suppression comment, `# kvalitet: tillad KS110`, with no reason in quotes after the
codes. The suppression still applies.

## Why it matters

A suppression says that a finding is not a problem for this standard. The next reader,
or the next year's author, needs to know why, or the suppression outlives its reason.

## Example

```kvs
# kvalitet: tillad KS140            # KS190: why?
# kvalitet: tillad KS140 "genbehandles i udvalget i december"
```

## Source

The suppression syntax of kvalitet (`src/check/suppress.rs`). No legal fact is
involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS190`.
pub const DOC_DA: &str = r#"## Hvad den finder

En undtagelseskommentar, `# kvalitet: tillad KS110`, uden en begrundelse i
anførselstegn efter koderne. Undtagelsen gælder stadig.

## Hvorfor det betyder noget

En undtagelse siger, at et fund ikke er et problem for denne standard. Den næste læser,
eller næste års forfatter, skal vide hvorfor, ellers lever undtagelsen længere end sin
begrundelse.

## Eksempel

```kvs
# kvalitet: tillad KS140            # KS190: hvorfor?
# kvalitet: tillad KS140 "genbehandles i udvalget i december"
```

## Kilde

kvalitets syntaks for undtagelser (`src/check/suppress.rs`). Der indgår ingen juridisk
kendsgerning."#;

/// Reports suppressions without a reason.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for suppression in &ctx.suppressions {
        let unclosed = suppression
            .problems
            .iter()
            .any(|(_, p)| p.contains("closing quote"));
        if suppression.reason.is_some() || suppression.codes.is_empty() || unclosed {
            continue;
        }
        let codes = suppression
            .codes
            .iter()
            .map(|c| c.rule.code)
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            ctx.report(
                &RULE,
                suppression.comment,
                format!("the suppression of {codes} gives no reason"),
            )
            .with_help(format!(
                "say why in quotes: `# kvalitet: tillad {codes} \"begrundelse\"`"
            )),
        );
    }
}
