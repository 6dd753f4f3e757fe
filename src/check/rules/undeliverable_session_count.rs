//! KS150 `undeliverable-session-count`: more sessions than the frequency allows within
//! the course. The documentation is [`DOC`].

use crate::check::codes::UNDELIVERABLE_SESSION_COUNT as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::{format_number, Duration, Period, TimeUnit};
use crate::model::{Omfang, SectionBody};

/// The documentation of the rule, shown by `kvalitet explain KS150`.
pub const DOC: &str = r#"## What it finds

An `omfang` (or a `pakke` in it) whose `gange` promises more sessions than `hyppighed`
allows within `forløb`: the most sessions there can be is the highest frequency times the
number of periods the longest course spans, counted generously (a month as 31 days, a
partial week as a whole one). Caps per period (`gange højst 43 årligt`) are not
compared, and figures are not mixed between a `pakke` and its `omfang`.

## Why it matters

The number of sessions is a promise to the citizen. A promise that the frequency and
the course length cannot deliver is either a typing error or a promise not meant.

## Example

```kvs
omfang {
  gange op til 30          # KS150: 2 a week for 3 months is at most 28
  hyppighed 2 gange om ugen
  forløb op til 3 måneder
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the description of content, scope and delivery must be
precise (elov.dk)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS150`.
pub const DOC_DA: &str = r#"## Hvad den finder

Et `omfang` (eller en `pakke` i det), hvis `gange` lover flere træningsgange, end
`hyppighed` tillader inden for `forløb`: det højeste antal træningsgange, der kan være,
er den højeste hyppighed gange antallet af perioder, det længste forløb strækker sig
over, regnet rundhåndet (en måned som 31 dage, en påbegyndt uge som en hel). Lofter pr.
periode (`gange højst 43 årligt`) sammenlignes ikke, og tal blandes ikke mellem en
`pakke` og dens `omfang`.

## Hvorfor det betyder noget

Antallet af træningsgange er et løfte til borgeren. Et løfte, som hyppigheden og
forløbets længde ikke kan indfri, er enten en tastefejl eller et løfte, der ikke er
ment.

## Eksempel

```kvs
omfang {
  gange op til 30          # KS150: 2 om ugen i 3 måneder er højst 28
  hyppighed 2 gange om ugen
  forløb op til 3 måneder
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1: beskrivelsen af indhold, omfang og udførelse skal være
præcis (elov.dk)."#;

/// Reports session counts the frequency and course length cannot deliver.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for section in ctx.sections() {
        let SectionBody::Omfang(omfang) = &section.body else {
            continue;
        };
        one(ctx, omfang, out);
        for pakke in &omfang.pakker {
            one(ctx, &pakke.omfang, out);
        }
    }
}

fn one(ctx: &Context<'_>, omfang: &Omfang, out: &mut Vec<Diagnostic>) {
    let (Some(gange), Some(hyppighed), Some(forløb)) =
        (&omfang.gange, &omfang.hyppighed, &omfang.forløb)
    else {
        return;
    };
    if gange.per.is_some() {
        return;
    }
    let (Some(promised), Some(per_period), Some(days)) = (
        gange.amount.upper().or(gange.amount.lower()),
        hyppighed.count.upper(),
        longest_days(forløb),
    ) else {
        return;
    };
    let periods = (days / shortest_days(hyppighed.per)).ceil();
    let most = per_period * periods;
    if promised <= most {
        return;
    }
    out.push(
        ctx.report(
            &RULE,
            gange.span,
            crate::msg!(
                "ks150-cannot-fit",
                count = &gange.original,
                frequency = &hyppighed.original,
                course = &forløb.original,
                most = format_number(most)
            ),
        )
        .with_label(crate::msg!("ks150-cannot-fit-label"))
        .with_secondary(hyppighed.span, crate::msg!("ks150-frequency"))
        .with_secondary(forløb.span, crate::msg!("ks150-course"))
        .with_help(crate::msg!("ks150-cannot-fit-help")),
    );
}

/// The longest a course can last, in calendar days, counted generously.
fn longest_days(duration: &Duration) -> Option<f64> {
    let n = duration.amount.upper()?;
    Some(match duration.unit {
        TimeUnit::Minutes | TimeUnit::Hours => return None,
        TimeUnit::WorkingDays => n * 7.0 / 5.0 + 2.0,
        TimeUnit::Days | TimeUnit::CalendarDays => n,
        TimeUnit::Weeks => n * 7.0,
        TimeUnit::Months => n * 31.0,
        TimeUnit::Years => n * 366.0,
    })
}

/// The shortest a period can be, in days.
fn shortest_days(period: Period) -> f64 {
    match period {
        Period::Day => 1.0,
        Period::Week => 7.0,
        Period::Month => 28.0,
        Period::Quarter => 89.0,
        Period::Year => 365.0,
    }
}
