//! KS152 `implausible-session-length`: a session shorter than 10 minutes or longer than
//! 4 hours. The documentation is [`DOC`].

use crate::check::codes::IMPLAUSIBLE_SESSION_LENGTH as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::Duration;
use crate::model::SectionBody;

/// The documentation of the rule, shown by `kvalitet explain KS152`.
pub const DOC: &str = r#"## What it finds

A `længde` (the length of one session) in `omfang` or a `pakke` that can be shorter than
10 minutes or longer than 4 hours, or that is given in days or longer.

## Why it matters

A training session is measured in minutes: `45 min`, `30-60 min`, `1-1½ timer`. A length
outside these bounds is almost always a unit error (`45 timer` for `45 min`) or the
length of the whole course written as the length of one session.

## Example

```kvs
omfang {
  længde 45 timer   # KS152: 45 min?
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the description of scope must be precise (elov.dk). The
bounds are a plausibility judgement, not law."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS152`.
pub const DOC_DA: &str = r#"## Hvad den finder

En `længde` (længden af én træningsgang) i `omfang` eller en `pakke`, som kan være
kortere end 10 minutter eller længere end 4 timer, eller som er angivet i dage eller
længere.

## Hvorfor det betyder noget

En træningsgang måles i minutter: `45 min`, `30-60 min`, `1-1½ timer`. En længde uden
for disse grænser er næsten altid en fejl i enheden (`45 timer` for `45 min`) eller
længden af hele forløbet skrevet som længden af én træningsgang.

## Eksempel

```kvs
omfang {
  længde 45 timer   # KS152: 45 min?
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1: beskrivelsen af omfanget skal være præcis (elov.dk).
Grænserne er et skøn over, hvad der er sandsynligt, ikke lov."#;

/// The shortest plausible session, in minutes.
const SHORTEST: f64 = 10.0;
/// The longest plausible session, in minutes.
const LONGEST: f64 = 240.0;

/// Reports implausible session lengths.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for section in ctx.sections() {
        let SectionBody::Omfang(omfang) = &section.body else {
            continue;
        };
        let lengths = omfang.længde.iter().chain(
            omfang
                .pakker
                .iter()
                .filter_map(|p| p.omfang.længde.as_ref()),
        );
        for length in lengths {
            if let Some(problem) = problem(length) {
                out.push(
                    ctx.report(&RULE, length.span, problem)
                        .with_help(crate::msg!("ks152-help")),
                );
            }
        }
    }
}

/// The finding's message, if the length is implausible.
fn problem(length: &Duration) -> Option<crate::i18n::Message> {
    let too_long = || crate::msg!("ks152-too-long", length = &length.original);
    let Some(unit) = length.unit.minutes() else {
        return Some(too_long());
    };
    if length.amount.lower().is_some_and(|m| m * unit < SHORTEST) {
        return Some(crate::msg!("ks152-too-short", length = &length.original));
    }
    if length.amount.upper().is_some_and(|m| m * unit > LONGEST) {
        return Some(too_long());
    }
    None
}
