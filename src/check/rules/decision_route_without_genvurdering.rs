//! KS123 `decision-route-without-genvurdering`: a decision route that does not say the
//! municipality reassesses. The documentation is [`DOC`].

use crate::check::codes::DECISION_ROUTE_WITHOUT_GENVURDERING as RULE;
use crate::check::context::route_keyword_span;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::RouteKind;
use crate::msg;

/// The documentation of the rule, shown by `kvalitet explain KS123`.
pub const DOC: &str = r#"## What it finds

An `afgørelse` complaint route, in a part of the standard under serviceloven, without
`genvurdering`: it does not say that the municipality reassesses the decision before the
complaint goes on.

## Why it matters

The citizen should know that the complaint goes to the municipality first, which looks
at the decision again and may change it, and only then to Ankestyrelsen.

## Example

```kvs
klage {
  afgørelse {
    til visitationen
    klagefrist 4 uger efter afgørelse
    videre ankestyrelsen
    # KS123: add `genvurdering 4 uger efter klage`
  }
}
```

## Source

The municipality reassesses (genvurdering) and, if it upholds the decision, forwards the
complaint to Ankestyrelsen within 4 weeks (ast.dk, "Klagevejledning og tidsfrister")."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS123`.
pub const DOC_DA: &str = r#"## Hvad den finder

En klagevej for `afgørelse`, i en del af standarden under serviceloven, uden
`genvurdering`: den siger ikke, at kommunen genvurderer afgørelsen, før klagen går
videre.

## Hvorfor det betyder noget

Borgeren skal vide, at klagen først går til kommunen, som ser på afgørelsen igen og
kan ændre den, og først derefter til Ankestyrelsen.

## Eksempel

```kvs
klage {
  afgørelse {
    til visitationen
    klagefrist 4 uger efter afgørelse
    videre ankestyrelsen
    # KS123: tilføj `genvurdering 4 uger efter klage`
  }
}
```

## Kilde

Kommunen genvurderer (genvurdering) og sender, hvis den fastholder afgørelsen, klagen
videre til Ankestyrelsen inden for 4 uger (ast.dk, "Klagevejledning og tidsfrister")."#;

/// Reports decision routes that do not mention reassessment.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (scope, route) in ctx.scoped_routes() {
        if route.kind != RouteKind::Afgørelse
            || route.genvurdering_stated.is_some()
            || !ctx.under_serviceloven(&scope)
        {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                route_keyword_span(route),
                msg!("ks123-no-genvurdering"),
            )
            .with_label(msg!("ks123-no-genvurdering-label"))
            .with_help(msg!("ks123-no-genvurdering-help")),
        );
    }
}
