//! KS111 `body-ceased-since-standard`: a body that has ceased since the standard's date.
//! The documentation is [`DOC`].

use crate::check::codes::BODY_CEASED_SINCE_STANDARD as RULE;
use crate::check::context::before;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::Date;

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

## Source

The history of bodies in the registry, from the domain notes (see KS110). A finding that
rests on an unconfirmed end date is advice."#;

/// Reports bodies that ceased between the standard's date and today.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let date = ctx.date();
    let today = ctx.options.today;
    let since = |end: Date| before(date.date, end) && !before(today, end);
    for mention in ctx.body_mentions() {
        let body = mention.body;
        let mut diagnostic = None;
        if mention.judges_end {
            if let Some(until) = body.until.date().filter(|u| since(*u)) {
                let message = if body.until.confirmed {
                    format!(
                        "`{}` has ceased since the standard's date, on {until}",
                        body.name
                    )
                } else {
                    format!(
                        "`{}` may have ceased since the standard's date, on {until} (the date is not confirmed)",
                        body.name
                    )
                };
                diagnostic = Some(
                    ctx.report_fact(&RULE, body.until.confirmed, mention.span, message)
                        .with_help(format!(
                            "the standard is {}; {}; {}",
                            date.describe(),
                            ctx.successor_help(body, until),
                            if body.until.confirmed {
                                "name the successor"
                            } else {
                                "verify the date, and name the successor if it had taken over"
                            }
                        )),
                );
            }
        }
        let ended = body.until.date().is_some_and(|u| !before(today, u));
        if diagnostic.is_none() && mention.complaint_target && !ended {
            if let Some(role) = &body.complaint_role_until {
                if let Some(end) = Date::parse_iso(&role.value).filter(|e| since(*e)) {
                    let successor = ctx
                        .registry
                        .body_by_id(&role.successor)
                        .map_or(role.successor.as_str(), |b| b.name.as_str());
                    diagnostic = Some(
                        ctx.report_fact(
                            &RULE,
                            role.confirmed,
                            mention.span,
                            format!(
                                "`{}` has stopped handling these complaints since the standard's date, on {end}",
                                body.name
                            ),
                        )
                        .with_help(format!(
                            "the standard is {}; {successor} handles them from {end} (source: {})",
                            date.describe(),
                            role.source
                        )),
                    );
                }
            }
        }
        let Some(mut diagnostic) = diagnostic else {
            continue;
        };
        diagnostic = diagnostic.with_label("named here");
        if let Some(via) = mention.via {
            diagnostic = diagnostic.with_secondary(via, format!("this contact is {}", body.name));
        }
        if let Some(span) = date.span {
            diagnostic = diagnostic.with_secondary(span, "the standard's date");
        }
        out.push(diagnostic);
    }
}
