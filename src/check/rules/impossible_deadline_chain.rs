//! KS163 `impossible-deadline-chain`: deadlines whose order cannot hold. The
//! documentation is [`DOC`].

use crate::check::codes::IMPOSSIBLE_DEADLINE_CHAIN as RULE;
use crate::check::context::ScopedFrist;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::Frist;
use crate::registry::normalize_name;
use std::collections::HashMap;

/// The documentation of the rule, shown by `kvalitet explain KS163`.
pub const DOC: &str = r#"## What it finds

Deadlines that cannot all hold because of the order of the steps they concern. A case
runs through steps in a fixed order: the request (ansøgning, henvendelse, henvisning,
genoptræningsplan), the first reply (brev, svar), the decision (visitation, afgørelse,
bevilling) and the start of training (opstart, påbegyndelse). `kontakt` and `samtale`
name no step: a municipality may contact or meet the citizen at any stage. Targets
(`tilstræbt`) are not promises and are left out of the comparison. The rule finds

- a deadline measured from a step that comes after it (`afgørelse 5 hverdage efter
  opstart`), and
- two deadlines from the same event where the later step is promised sooner than the
  earlier one may take (`afgørelse 20 hverdage efter ansøgning` but `opstart 10
  hverdage efter ansøgning`).

Durations are compared in calendar days (5 hverdage = 7 kalenderdage). Steps whose
names the rule does not recognise are left alone.

## Why it matters

Each deadline is a promise. If the municipality may use all the time one promise
allows, the next one is broken before it can be kept: the citizen is promised a start
of training before the decision to grant it.

## Example

```kvs
frister {
  afgørelse 20 hverdage efter ansøgning
  opstart 10 hverdage efter ansøgning     # KS163: before the decision may be made
}
```

## Source

Retssikkerhedsloven § 3 stk. 2: the published deadline runs from the application to
the decision (domain notes); BEK nr. 1575 af 27/12/2014 § 1: the description of the
service must be precise."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS163`.
pub const DOC_DA: &str = r#"## Hvad den finder

Frister, der ikke alle kan holde på grund af rækkefølgen af de trin, de handler om. En
sag går gennem trin i en fast rækkefølge: anmodningen (ansøgning, henvendelse,
henvisning, genoptræningsplan), det første svar (brev, svar), afgørelsen (visitation,
afgørelse, bevilling) og starten på træningen (opstart, påbegyndelse). `kontakt` og
`samtale` nævner intet trin: en kommune kan kontakte eller mødes med borgeren på ethvert
tidspunkt. Mål (`tilstræbt`) er ikke løfter og holdes uden for sammenligningen. Reglen
finder

- en frist, der regnes fra et trin, der kommer efter den (`afgørelse 5 hverdage efter
  opstart`), og
- to frister fra samme hændelse, hvor det senere trin er lovet hurtigere, end det
  tidligere må tage (`afgørelse 20 hverdage efter ansøgning`, men `opstart 10
  hverdage efter ansøgning`).

Længder sammenlignes i kalenderdage (5 hverdage = 7 kalenderdage). Trin, hvis navne
reglen ikke genkender, lades i fred.

## Hvorfor det betyder noget

Hver frist er et løfte. Hvis kommunen må bruge al den tid, ét løfte giver, er det næste
brudt, før det kan holdes: borgeren får lovet en start på træningen, før afgørelsen om
at bevilge den.

## Eksempel

```kvs
frister {
  afgørelse 20 hverdage efter ansøgning
  opstart 10 hverdage efter ansøgning     # KS163: før afgørelsen må være truffet
}
```

## Kilde

Retssikkerhedsloven § 3 stk. 2: den offentliggjorte frist regnes fra ansøgningen til
afgørelsen (domain notes); BEK nr. 1575 af 27/12/2014 § 1: beskrivelsen af ydelsen skal
være præcis."#;

/// The order of the steps of a case, with the word stems that name them; the steps'
/// names in messages are in [`step_name`], in the same order.
const STEPS: [&[&str]; 4] = [
    &[
        "ansøgning",
        "henvendelse",
        "henvisning",
        "genoptræningsplan",
        "modtagelse",
    ],
    &["brev", "svar"],
    &["visitation", "afgørelse", "bevilling", "bookingsamtale"],
    &["opstart", "påbegyndelse", "igangsættelse", "start"],
];

/// The step a name refers to: the latest step any of its words names.
fn step(text: &str) -> Option<usize> {
    normalize_name(text)
        .split(' ')
        .filter_map(|word| {
            STEPS
                .iter()
                .position(|stems| stems.iter().any(|stem| word.starts_with(stem)))
        })
        .max()
}

/// The first step a deadline's own name refers to.
fn own_step(frist: &Frist) -> Option<usize> {
    normalize_name(&frist.name.value)
        .split(' ')
        .find_map(|word| {
            STEPS
                .iter()
                .position(|stems| stems.iter().any(|stem| word.starts_with(stem)))
        })
}

/// The name of the step at `index` in [`STEPS`].
fn step_name(index: usize) -> crate::i18n::Message {
    match index {
        0 => crate::msg!("ks163-step-request"),
        1 => crate::msg!("ks163-step-first-reply"),
        2 => crate::msg!("ks163-step-decision"),
        3 => crate::msg!("ks163-step-start"),
        _ => crate::msg!("ks163-step-other"),
    }
}

/// Reports deadlines measured from a later step, and later steps promised sooner than
/// earlier ones from the same event.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // Deadlines from one event in one scope, with their step.
    let mut by_event: HashMap<(usize, String), Vec<(usize, &ScopedFrist<'_>)>> = HashMap::new();
    let frister = ctx.frister();
    for scoped in &frister {
        let frist = scoped.frist;
        let (Some(own), Some(event)) = (own_step(frist), frist.event.as_ref()) else {
            continue;
        };
        let Some(from) = step(&event.value) else {
            continue;
        };
        if from > own {
            out.push(
                ctx.report(
                    &RULE,
                    event.span,
                    crate::msg!(
                        "ks163-measured-from-later",
                        deadline = &frist.name.value,
                        step = step_name(from)
                    ),
                )
                .with_label(crate::msg!(
                    "ks163-measured-from-later-label",
                    step = step_name(from)
                ))
                .with_secondary(
                    frist.name.span,
                    crate::msg!("ks163-this-step", step = step_name(own)),
                )
                .with_help(crate::msg!("ks163-measured-from-later-help")),
            );
            continue;
        }
        let scope = scoped.scope.indsats.map_or(0, |i| i.span.start() + 1);
        by_event
            .entry((scope, normalize_name(&event.value)))
            .or_default()
            .push((own, scoped));
    }
    let mut groups: Vec<_> = by_event.into_values().collect();
    groups.sort_by_key(|group| group.first().map(|(_, s)| s.frist.span.start()));
    for group in groups {
        for (earlier_step, earlier) in &group {
            for (later_step, later) in &group {
                if later_step <= earlier_step
                    || later.frist.target_only
                    || earlier.frist.target_only
                {
                    continue;
                }
                let (Some(earlier_days), Some(later_days)) =
                    (max_days(earlier.frist), max_days(later.frist))
                else {
                    continue;
                };
                if later_days >= earlier_days {
                    continue;
                }
                out.push(
                    ctx.report(
                        &RULE,
                        later.frist.deadline.span,
                        crate::msg!(
                            "ks163-sooner-than-earlier",
                            later = &later.frist.name.value,
                            later_deadline = &later.frist.deadline.original,
                            earlier = &earlier.frist.name.value,
                            earlier_deadline = &earlier.frist.deadline.original
                        ),
                    )
                    .with_label(crate::msg!(
                        "ks163-sooner-than-earlier-label",
                        step = step_name(*earlier_step)
                    ))
                    .with_secondary(
                        earlier.frist.deadline.span,
                        crate::msg!("ks163-earlier-takes"),
                    )
                    .with_help(crate::msg!("ks163-sooner-than-earlier-help")),
                );
            }
        }
    }
}

fn max_days(frist: &Frist) -> Option<f64> {
    frist.deadline.amount.duration()?.max_calendar_days()
}
