//! KS160 `ambiguous-days`: a deadline in `dage`. The documentation is [`DOC`].

use crate::check::codes::AMBIGUOUS_DAYS as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::TimeUnit;
use crate::model::{Frist, SectionBody};
use crate::msg;

/// The documentation of the rule, shown by `kvalitet explain KS160`.
pub const DOC: &str = r#"## What it finds

A deadline (in `frister`, `kvalitetsmål`, or a complaint route's `klagefrist` and
`genvurdering`) measured in plain `dage`, which does not say whether working days or
calendar days are meant.

## Why it matters

`14 dage` may be 14 calendar days or nearly three weeks of working days. The citizen
cannot tell when the deadline is missed, and standards cannot be compared.

## Example

```kvs
frister {
  afgørelse 14 dage efter ansøgning   # KS160: 14 hverdage or 14 kalenderdage?
}
```

## Source

Deadlines come in hverdage, dage/kalenderdage, uger and måneder, and a fair comparison
must say how it normalised them (domain notes, "Units that matter for comparisons")."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS160`.
pub const DOC_DA: &str = r#"## Hvad den finder

En frist (i `frister`, `kvalitetsmål` eller en klagevejs `klagefrist` og
`genvurdering`) målt i blot `dage`, som ikke siger, om der menes hverdage eller
kalenderdage.

## Hvorfor det betyder noget

`14 dage` kan være 14 kalenderdage eller næsten tre uger med hverdage. Borgeren kan
ikke se, hvornår fristen er overskredet, og standarderne kan ikke sammenlignes.

## Eksempel

```kvs
frister {
  afgørelse 14 dage efter ansøgning   # KS160: 14 hverdage eller 14 kalenderdage?
}
```

## Kilde

Frister angives i hverdage, dage/kalenderdage, uger og måneder, og en retfærdig
sammenligning skal sige, hvordan den har omregnet dem (domain notes, "Units that matter
for comparisons")."#;

/// Reports deadlines in plain days.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut report = |frist: &Frist| {
        let Some(duration) = frist.deadline.amount.duration() else {
            return;
        };
        if duration.unit != TimeUnit::Days {
            return;
        }
        out.push(
            ctx.report(
                &RULE,
                duration.span,
                msg!("ks160-ambiguous", written = &duration.original),
            )
            .with_help(msg!(
                "ks160-ambiguous-help",
                amount = duration.amount.to_string()
            )),
        );
    };
    for section in ctx.sections() {
        match &section.body {
            SectionBody::Frister(frister) => frister.iter().for_each(&mut report),
            SectionBody::Klage(klage) => {
                for route in &klage.routes {
                    route
                        .klagefrist
                        .iter()
                        .chain(&route.genvurdering)
                        .for_each(&mut report);
                }
            }
            _ => {}
        }
    }
}
