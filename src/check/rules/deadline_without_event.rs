//! KS161 `deadline-without-event`: a deadline that does not say what it runs from. The
//! documentation is [`DOC`].

use crate::check::codes::DEADLINE_WITHOUT_EVENT as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::msg;

/// The documentation of the rule, shown by `kvalitet explain KS161`.
pub const DOC: &str = r#"## What it finds

A deadline in `frister` or `kvalitetsmål` with no `efter …`: it does not say from which
event it is counted (the application, the referral, the decision). Complaint deadlines
are not included: the law fixes what they run from.

## Why it matters

"14 dage" from the application and "14 dage" from the first visit are different
promises. A deadline without its event cannot be kept or checked.

## Example

```kvs
frister {
  afgørelse 14 dage   # KS161: efter ansøgning?
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the description must be precise (elov.dk); retssikker-
hedsloven § 3 stk. 2: case-handling deadlines run from the application to the decision
(domain notes)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS161`.
pub const DOC_DA: &str = r#"## Hvad den finder

En frist i `frister` eller `kvalitetsmål` uden `efter …`: den siger ikke, fra hvilken
hændelse den regnes (ansøgningen, henvisningen, afgørelsen). Klagefrister er ikke
med: loven fastlægger, hvad de regnes fra.

## Hvorfor det betyder noget

"14 dage" fra ansøgningen og "14 dage" fra det første besøg er forskellige løfter. En
frist uden sin hændelse kan hverken overholdes eller kontrolleres.

## Eksempel

```kvs
frister {
  afgørelse 14 dage   # KS161: efter ansøgning?
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1: beskrivelsen skal være præcis (elov.dk); retssikker-
hedsloven § 3 stk. 2: fristerne for sagsbehandlingen regnes fra ansøgningen til
afgørelsen (domain notes)."#;

/// Reports deadlines without an event.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for scoped in ctx.frister() {
        let frist = scoped.frist;
        if frist.event.is_some() {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                frist.name.span.join(frist.deadline.span),
                msg!("ks161-no-event", name = &frist.name.value),
            )
            .with_label(msg!("ks161-no-event-label"))
            .with_help(msg!(
                "ks161-no-event-help",
                name = &frist.name.value,
                deadline = &frist.deadline.original
            )),
        );
    }
}
