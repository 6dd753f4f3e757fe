//! KS111 `body-ceased-since-standard`: a body that has ceased since the standard's date.
//! The documentation is [`DOC`].

use crate::check::codes::BODY_CEASED_SINCE_STANDARD as RULE;
use crate::check::context::before;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::msg;
use crate::registry::EndKind;

/// The documentation of the rule, shown by `kvalitet explain KS111`.
pub const DOC: &str = r#"## What it finds

A national body that the standard names and that existed on the standard's date, but
has ceased since (before the date the check is run for, `--today`); or a complaint
route's target that has stopped handling such complaints since. The standard was right
when it was written, but is out of date now.

## Why it matters

A standard stays in use until it is replaced. Citizens who follow an old standard send
complaints to a body that is gone.

## Example

```kvs
kvalitetsstandard "Træning" {
  dato maj 2011
  kontakt naevnet "Det Sociale Nævn" { }   # KS111: ceased 2013-07-01
}
```

## Fix

As for `outdated-body` (KS110): unsafe, and only where a reference names the body
itself; it names the body that holds the task at the date of the run instead.

## Source

The history of bodies in the registry, from the domain notes (see KS110). A finding that
rests on an unconfirmed end date is advice."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS111`.
pub const DOC_DA: &str = r#"## Hvad den finder

En landsdækkende myndighed, som standarden nævner, og som fandtes på standardens dato,
men som er nedlagt siden (før den dato, tjekket køres for, `--today`); eller en
klagevejs modtager, der siden er holdt op med at behandle den slags klager. Standarden
var rigtig, da den blev skrevet, men er forældet nu.

## Hvorfor det betyder noget

En standard bliver brugt, indtil den bliver erstattet. Borgere, der følger en gammel
standard, sender klager til en myndighed, der ikke findes længere.

## Eksempel

```kvs
kvalitetsstandard "Træning" {
  dato maj 2011
  kontakt naevnet "Det Sociale Nævn" { }   # KS111: nedlagt 2013-07-01
}
```

## Rettelse

Som for `outdated-body` (KS110): usikker, og kun hvor en henvisning nævner selve
myndigheden; den nævner i stedet den myndighed, der har opgaven på kørslens dato.

## Kilde

Myndighedernes historie i registret, fra domain notes (se KS110). Et fund, der bygger
på en ubekræftet slutdato, er et råd."#;

/// Reports bodies that ceased between the standard's date and today.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let date = ctx.date();
    let today = ctx.options.today;
    for mention in ctx.body_mentions() {
        let body = mention.body;
        let Some(end) = ctx.registry.end_by(body, today, mention.complaint_target) else {
            continue;
        };
        let until = end.date;
        // An end on or before the standard's date is KS110's.
        if !before(date.date, until) {
            continue;
        }
        let help = ctx.successor_help_message(body, &end, mention.complaint_target);
        let mut diagnostic = match end.kind {
            // A contact that is the body answers for its end where it is defined.
            EndKind::Ceased if !mention.judges_end => continue,
            EndKind::Ceased => {
                let (message, help) = if end.confirmed {
                    (
                        msg!("ks111-ceased", body = &body.name, until = until.to_string()),
                        msg!(
                            "ks111-ceased-help",
                            date = date.describe(),
                            successor = help
                        ),
                    )
                } else {
                    (
                        msg!(
                            "ks111-may-have-ceased",
                            body = &body.name,
                            until = until.to_string()
                        ),
                        msg!(
                            "ks111-may-have-ceased-help",
                            date = date.describe(),
                            successor = help
                        ),
                    )
                };
                ctx.report_fact(&RULE, end.confirmed, mention.span, message)
                    .with_help(help)
            }
            EndKind::ComplaintRoleEnded => ctx
                .report_fact(
                    &RULE,
                    end.confirmed,
                    mention.span,
                    msg!(
                        "ks111-complaint-role-ended",
                        body = &body.name,
                        until = until.to_string()
                    ),
                )
                .with_help(msg!(
                    "ks111-complaint-role-ended-help",
                    date = date.describe(),
                    successor = help
                )),
        };
        // The fix reads the whole mention, so it is made before the label is taken.
        let fix = ctx.successor_fix(&mention, &end);
        diagnostic = diagnostic.with_label(mention.label).with_fix(fix);
        if let Some(via) = mention.via {
            diagnostic =
                diagnostic.with_secondary(via, msg!("ks111-contact-is", body = &body.name));
        }
        if let Some(span) = date.span {
            diagnostic = diagnostic.with_secondary(span, msg!("ks111-standard-date"));
        }
        out.push(diagnostic);
    }
}
