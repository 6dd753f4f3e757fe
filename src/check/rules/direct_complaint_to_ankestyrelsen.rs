//! KS126 `direct-complaint-to-ankestyrelsen`: complaints about a decision sent straight to
//! Ankestyrelsen. The documentation is [`DOC`].

use crate::check::codes::DIRECT_COMPLAINT_TO_ANKESTYRELSEN as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::RouteKind;
use crate::msg;

/// The documentation of the rule, shown by `kvalitet explain KS126`.
pub const DOC: &str = r#"## What it finds

An `afgørelse` complaint route, in a part of the standard under serviceloven, whose
`til` names Ankestyrelsen (or its predecessor) as where to send the complaint, when the
same body is not its `videre`.

## Why it matters

One cannot complain directly to Ankestyrelsen: the complaint goes to the municipality,
which reassesses the decision and forwards it if it upholds it. A complaint sent to
Ankestyrelsen is sent back, and time is lost.

## Example

```kvs
klage {
  afgørelse {
    til ankestyrelsen          # KS126: write `til visitationen` and `videre ankestyrelsen`
    klagefrist 4 uger efter afgørelse
  }
}
```

## Source

ast.dk, "Klagevejledning og tidsfrister": the municipality reassesses and forwards the
complaint to Ankestyrelsen; one cannot complain directly to Ankestyrelsen."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS126`.
pub const DOC_DA: &str = r#"## Hvad den finder

En klagevej for `afgørelse`, i en del af standarden under serviceloven, hvis `til`
nævner Ankestyrelsen (eller dens forgænger) som det sted, klagen skal sendes til, når
samme myndighed ikke er dens `videre`.

## Hvorfor det betyder noget

Man kan ikke klage direkte til Ankestyrelsen: klagen går til kommunen, som genvurderer
afgørelsen og sender klagen videre, hvis den fastholder afgørelsen. En klage, der
sendes til Ankestyrelsen, bliver sendt tilbage, og der går tid tabt.

## Eksempel

```kvs
klage {
  afgørelse {
    til ankestyrelsen          # KS126: skriv `til visitationen` og `videre ankestyrelsen`
    klagefrist 4 uger efter afgørelse
  }
}
```

## Kilde

ast.dk, "Klagevejledning og tidsfrister": kommunen genvurderer og sender klagen videre
til Ankestyrelsen; man kan ikke klage direkte til Ankestyrelsen."#;

/// Reports decision routes that send complaints to the appeal body itself.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (scope, route) in ctx.scoped_routes() {
        if route.kind != RouteKind::Afgørelse || !ctx.under_serviceloven(&scope) {
            continue;
        }
        let forwarded: Vec<&str> = route
            .videre
            .iter()
            .filter_map(|r| ctx.reference_body(r))
            .map(|b| b.id.as_str())
            .collect();
        for reference in &route.til {
            let Some(body) = ctx.reference_body(reference) else {
                continue;
            };
            if !body.handles("decision-appeal") || forwarded.contains(&body.id.as_str()) {
                continue;
            }
            out.push(
                ctx.report(
                    &RULE,
                    reference.name.span,
                    msg!("ks126-sent-straight", body = &body.name),
                )
                .with_label(msg!("ks126-sent-straight-label"))
                .with_help(msg!(
                    "ks126-sent-straight-help",
                    body = &body.name,
                    id = &body.id
                )),
            );
        }
    }
}
