//! KS124 `decision-route-without-ankestyrelsen`: a decision route with no appeal body.
//! The documentation is [`DOC`].

use crate::check::codes::DECISION_ROUTE_WITHOUT_ANKESTYRELSEN as RULE;
use crate::check::context::route_keyword_span;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::RouteKind;
use crate::msg;

/// The documentation of the rule, shown by `kvalitet explain KS124`.
pub const DOC: &str = r#"## What it finds

An `afgørelse` complaint route, in a part of the standard under serviceloven, that
names neither Ankestyrelsen nor its predecessor (de sociale nævn, before 2013-07-01) as
where the complaint goes next: not after `videre`, not after `til`, and not in its text.

## Why it matters

A citizen whose complaint the municipality rejects must know that it goes on to
Ankestyrelsen, the appeal body, and that the municipality sends it there.

## Example

```kvs
klage {
  afgørelse {
    til visitationen
    klagefrist 4 uger efter afgørelse
    genvurdering
    # KS124: add `videre ankestyrelsen`
  }
}
```

## Source

If the municipality upholds the decision it forwards the complaint to Ankestyrelsen
(ast.dk, "Klagevejledning og tidsfrister"); Ankestyrelsen is the sole administrative
appeal body since 2013-07-01, before that de sociale nævn (ast.dk, ny klagestruktur
2013)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS124`.
pub const DOC_DA: &str = r#"## Hvad den finder

En klagevej for `afgørelse`, i en del af standarden under serviceloven, som hverken
nævner Ankestyrelsen eller dens forgænger (de sociale nævn, før 2013-07-01) som det
sted, klagen går videre til: ikke efter `videre`, ikke efter `til` og ikke i sin tekst.

## Hvorfor det betyder noget

En borger, hvis klage kommunen afviser, skal vide, at den går videre til
Ankestyrelsen, klageinstansen, og at kommunen sender den dertil.

## Eksempel

```kvs
klage {
  afgørelse {
    til visitationen
    klagefrist 4 uger efter afgørelse
    genvurdering
    # KS124: tilføj `videre ankestyrelsen`
  }
}
```

## Kilde

Hvis kommunen fastholder afgørelsen, sender den klagen videre til Ankestyrelsen
(ast.dk, "Klagevejledning og tidsfrister"); Ankestyrelsen er den eneste administrative
klageinstans siden 2013-07-01, før det de sociale nævn (ast.dk, ny klagestruktur
2013)."#;

/// Reports decision routes that name no appeal body.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (scope, route) in ctx.scoped_routes() {
        if route.kind != RouteKind::Afgørelse || !ctx.under_serviceloven(&scope) {
            continue;
        }
        let named = route
            .videre
            .iter()
            .chain(&route.til)
            .filter_map(|r| ctx.reference_body(r))
            .any(|body| body.handles("decision-appeal"));
        let in_text = route.text.iter().any(|t| {
            let text = t.plain().to_lowercase();
            text.contains("ankestyrelsen") || text.contains("sociale nævn")
        });
        if named || in_text {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                route_keyword_span(route),
                msg!("ks124-no-ankestyrelsen"),
            )
            .with_label(msg!("ks124-no-ankestyrelsen-label"))
            .with_help(msg!("ks124-no-ankestyrelsen-help")),
        );
    }
}
