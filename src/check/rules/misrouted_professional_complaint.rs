//! KS127 `misrouted-professional-complaint`: complaints about the professional content
//! sent to a body that does not handle them. The documentation is [`DOC`].

use crate::check::codes::MISROUTED_PROFESSIONAL_COMPLAINT as RULE;
use crate::check::context::before;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::Date;
use crate::model::RouteKind;
use crate::registry::{normalize_name, Body};

/// The documentation of the rule, shown by `kvalitet explain KS127`.
pub const DOC: &str = r#"## What it finds

A `fagligt-indhold` complaint route (complaints about the professional, health content
of the training) whose `til` names no body that has ever handled such complaints, for
example the municipality, while its text does not name one either. The help line names
the body that handled them on the standard's date. A route to a former complaint body
is `outdated-body` (KS110) instead.

## Why it matters

Complaints about health professionals' work are decided by a national body, not by the
municipality. A citizen who complains to the municipality does not get the complaint
decided.

## Example

```kvs
klage {
  fagligt-indhold {
    til visitationen   # KS127: Styrelsen for Patientklager handles these since 2018-07-01
  }
}
```

## Source

Complaints about the professional/health content go to Styrelsen for Patientklager
(domain notes, "Complaint routes"); before 2018-07-01 Styrelsen for Patientsikkerhed,
before 2015-10-08 Patientombuddet (stps.dk 2015 and 2018)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS127`.
pub const DOC_DA: &str = r#"## Hvad den finder

En klagevej for `fagligt-indhold` (klager over træningens faglige, sundhedsfaglige
indhold), hvis `til` ikke nævner nogen myndighed, der nogensinde har behandlet sådanne
klager, for eksempel kommunen, mens dens tekst heller ikke nævner én. Hjælpelinjen
nævner den myndighed, der behandlede dem på standardens dato. En klagevej til en
tidligere klagemyndighed er i stedet `outdated-body` (KS110).

## Hvorfor det betyder noget

Klager over sundhedspersoners arbejde afgøres af en landsdækkende myndighed, ikke af
kommunen. En borger, der klager til kommunen, får ikke klagen afgjort.

## Eksempel

```kvs
klage {
  fagligt-indhold {
    til visitationen   # KS127: Styrelsen for Patientklager behandler dem siden 2018-07-01
  }
}
```

## Kilde

Klager over det faglige/sundhedsfaglige indhold går til Styrelsen for Patientklager
(domain notes, "Complaint routes"); før 2018-07-01 Styrelsen for Patientsikkerhed, før
2015-10-08 Patientombuddet (stps.dk 2015 og 2018)."#;

/// Reports professional-content routes to bodies that do not handle such complaints.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let handlers: Vec<&Body> = ctx
        .registry
        .bodies
        .iter()
        .filter(|b| b.handles("professional-content"))
        .collect();
    let date = ctx.date();
    for route in ctx.routes() {
        if route.kind != RouteKind::FagligtIndhold || route.til.is_empty() {
            continue;
        }
        let to_handler = route
            .til
            .iter()
            .filter_map(|r| ctx.reference_body(r))
            .any(|b| b.handles("professional-content"));
        let text = normalize_name(
            &route
                .text
                .iter()
                .map(|t| t.plain())
                .collect::<Vec<_>>()
                .join(" "),
        );
        let in_text = handlers.iter().any(|b| {
            std::iter::once(&b.name)
                .chain(&b.aliases)
                .any(|name| text.contains(&normalize_name(name)))
        });
        if to_handler || in_text {
            continue;
        }
        let Some(expected) = handlers.iter().find(|b| handles_on(b, date.date)) else {
            continue;
        };
        let mut diagnostic = ctx
            .report(
                &RULE,
                route.til.first().map_or(route.span, |r| r.name.span),
                crate::msg!(
                    "ks127-misrouted",
                    expected = &expected.name,
                    written = route
                        .til
                        .iter()
                        .map(|r| r.name.value.as_str())
                        .collect::<Vec<_>>()
                        .join("`, `")
                ),
            )
            .with_label(crate::msg!("ks127-misrouted-label"));
        for reference in route.til.iter().skip(1) {
            diagnostic =
                diagnostic.with_secondary(reference.name.span, crate::msg!("ks127-and-here"));
        }
        // The optional pieces of the help: when the body took the task on, and where
        // that is from; an absent piece is empty in every language.
        let from = match expected.from.value.as_deref() {
            Some(from) => crate::i18n::Arg::from(crate::msg!("ks127-help-from", date = from)),
            None => crate::i18n::Arg::from(""),
        };
        let source = match expected.from.source.as_deref() {
            Some(source) => {
                crate::i18n::Arg::from(crate::msg!("ks127-help-source", source = source))
            }
            None => crate::i18n::Arg::from(""),
        };
        out.push(diagnostic.with_help(crate::msg!(
            "ks127-misrouted-help",
            date = date.describe(),
            body = &expected.name,
            from = from,
            source = source,
            id = &expected.id
        )));
    }
}

/// Whether a body handled professional-content complaints on a date.
fn handles_on(body: &Body, date: Date) -> bool {
    let started = body.from.date().is_none_or(|from| !before(date, from));
    let role_end = body
        .complaint_role_until
        .as_ref()
        .and_then(|r| Date::parse_iso(&r.value))
        .or_else(|| body.until.date());
    started && role_end.is_none_or(|end| before(date, end))
}
