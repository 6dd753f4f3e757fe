//! KS162 `conflicting-deadlines`: one deadline given twice with different durations. The
//! documentation is [`DOC`].

use crate::check::codes::CONFLICTING_DEADLINES as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::{DeadlineAmount, Frist};
use crate::msg;
use crate::registry::normalize_name;
use std::collections::HashMap;

/// The documentation of the rule, shown by `kvalitet explain KS162`.
pub const DOC: &str = r#"## What it finds

Two deadlines with the same name and the same event (or both without one) in one part
of a standard (the standard with its summary, or one indsats) whose durations differ,
both promises or both targets (`tilstræbt`). A target tighter than a promise is not a
conflict.

## Why it matters

"afgørelse 10 hverdage efter ansøgning" in one section and "afgørelse 14 dage efter
ansøgning" in another cannot both hold; the citizen cannot tell which the municipality
keeps.

## Example

```kvs
frister { afgørelse 10 hverdage efter ansøgning }
kvalitetsmål { afgørelse 15 hverdage efter ansøgning }   # KS162
```

## Source

Retssikkerhedsloven § 3 stk. 2: the municipality sets and publishes its case-handling
deadlines (domain notes); a published deadline must be one."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS162`.
pub const DOC_DA: &str = r#"## Hvad den finder

To frister med samme navn og samme hændelse (eller begge uden) i én del af en standard
(standarden med sit resumé, eller én indsats), hvis længder er forskellige, og som
begge er løfter eller begge er mål (`tilstræbt`). Et mål, der er strammere end et
løfte, er ikke en konflikt.

## Hvorfor det betyder noget

"afgørelse 10 hverdage efter ansøgning" i ét afsnit og "afgørelse 14 dage efter
ansøgning" i et andet kan ikke begge gælde; borgeren kan ikke se, hvilken kommunen
overholder.

## Eksempel

```kvs
frister { afgørelse 10 hverdage efter ansøgning }
kvalitetsmål { afgørelse 15 hverdage efter ansøgning }   # KS162
```

## Kilde

Retssikkerhedsloven § 3 stk. 2: kommunen fastsætter og offentliggør sine frister for
sagsbehandlingen (domain notes); en offentliggjort frist skal være én."#;

/// Reports deadlines that contradict an earlier one in the same scope.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<(usize, String, String, bool), &Frist> = HashMap::new();
    for scoped in ctx.frister() {
        let frist = scoped.frist;
        // The summary repeats the standard: they are one scope.
        let scope = scoped.scope.indsats.map_or(0, |i| i.span.start() + 1);
        let event = frist
            .event
            .as_ref()
            .map(|e| normalize_name(&e.value))
            .unwrap_or_default();
        let key = (
            scope,
            normalize_name(&frist.name.value),
            event,
            frist.target_only,
        );
        let Some(first) = seen.get(&key) else {
            seen.insert(key, frist);
            continue;
        };
        if same(&first.deadline.amount, &frist.deadline.amount) {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                frist.deadline.span,
                msg!(
                    "ks162-conflicting",
                    name = &frist.name.value,
                    here = &frist.deadline.original,
                    before = &first.deadline.original
                ),
            )
            .with_label(msg!("ks162-deadline", deadline = &frist.deadline.original))
            .with_secondary(
                first.deadline.span,
                msg!("ks162-deadline", deadline = &first.deadline.original),
            )
            .with_help(msg!("ks162-conflicting-help")),
        );
    }
}

fn same(a: &DeadlineAmount, b: &DeadlineAmount) -> bool {
    match (a, b) {
        (DeadlineAmount::Duration(a), DeadlineAmount::Duration(b)) => {
            a.unit == b.unit && a.amount.min == b.amount.min && a.amount.max == b.amount.max
        }
        (DeadlineAmount::Immediately, DeadlineAmount::Immediately)
        | (DeadlineAmount::AsSoonAsPossible, DeadlineAmount::AsSoonAsPossible) => true,
        _ => false,
    }
}
