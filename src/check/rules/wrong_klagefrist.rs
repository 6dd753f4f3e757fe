//! KS125 `wrong-klagefrist`: a klagefrist for decisions that is not 4 weeks. The
//! documentation is [`DOC`].

use crate::check::codes::WRONG_KLAGEFRIST as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::TimeUnit;
use crate::model::{DeadlineAmount, RouteKind};

/// The documentation of the rule, shown by `kvalitet explain KS125`.
pub const DOC: &str = r#"## What it finds

The `klagefrist` of an `afgørelse` complaint route, in a part of the standard under
serviceloven, that is not 4 weeks: `4 uger`, or `28 dage`/`28 kalenderdage`, are right;
`14 dage`, `1 måned`, `20 hverdage` or `straks` are not. Both bounds of a range are
judged: `2-4 uger` is wrong, as is `mindst 2 uger`; `op til 4 uger` is right.

## Why it matters

A shorter klagefrist keeps citizens from complaining in time; a longer one makes them
complain too late.

## Example

```kvs
klage {
  afgørelse {
    til visitationen
    klagefrist 14 dage efter afgørelse   # KS125
  }
}
```

## Source

A decision under SEL § 86: klagefrist 4 weeks (ast.dk, "Klagevejledning og
tidsfrister")."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS125`.
pub const DOC_DA: &str = r#"## Hvad den finder

`klagefrist` i en klagevej for `afgørelse`, i en del af standarden under serviceloven,
som ikke er 4 uger: `4 uger` eller `28 dage`/`28 kalenderdage` er rigtigt; `14 dage`,
`1 måned`, `20 hverdage` eller `straks` er ikke. Begge grænser i et interval vurderes:
`2-4 uger` er forkert, ligesom `mindst 2 uger`; `op til 4 uger` er rigtigt.

## Hvorfor det betyder noget

En kortere klagefrist forhindrer borgerne i at klage i tide; en længere får dem til at
klage for sent.

## Eksempel

```kvs
klage {
  afgørelse {
    til visitationen
    klagefrist 14 dage efter afgørelse   # KS125
  }
}
```

## Kilde

En afgørelse efter SEL § 86: klagefrist 4 uger (ast.dk, "Klagevejledning og
tidsfrister")."#;

/// Reports decision routes whose klagefrist is not 4 weeks.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (scope, route) in ctx.scoped_routes() {
        if route.kind != RouteKind::Afgørelse || !ctx.under_serviceloven(&scope) {
            continue;
        }
        let Some(frist) = &route.klagefrist else {
            continue;
        };
        let right = match &frist.deadline.amount {
            DeadlineAmount::Duration(d) => {
                let four_weeks = |bound: f64| match d.unit {
                    TimeUnit::Weeks => bound == 4.0,
                    TimeUnit::Days | TimeUnit::CalendarDays => bound == 28.0,
                    _ => false,
                };
                // Every bound the range states must be 4 weeks: `2-4 uger` is not.
                let bounds: Vec<f64> = [d.amount.min, d.amount.max].into_iter().flatten().collect();
                if bounds.is_empty() {
                    continue;
                }
                bounds.into_iter().all(four_weeks)
            }
            DeadlineAmount::Immediately | DeadlineAmount::AsSoonAsPossible => false,
        };
        if right {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                frist.deadline.span,
                crate::msg!(
                    "ks125-wrong-klagefrist",
                    deadline = &frist.deadline.original
                ),
            )
            .with_help(crate::msg!("ks125-wrong-klagefrist-help")),
        );
    }
}
