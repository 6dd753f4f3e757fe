//! KS122 `decision-route-without-klagefrist`: a decision route that states no klagefrist.
//! The documentation is [`DOC`].

use crate::check::codes::DECISION_ROUTE_WITHOUT_KLAGEFRIST as RULE;
use crate::check::context::route_keyword_span;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::RouteKind;
use crate::msg;

/// The documentation of the rule, shown by `kvalitet explain KS122`.
pub const DOC: &str = r#"## What it finds

An `afgørelse` complaint route, in a part of the standard under serviceloven, without a
`klagefrist`.

## Why it matters

A complaint that comes too late is rejected. The citizen must be told how long there is
to complain: 4 weeks from receiving the decision.

## Example

```kvs
klage {
  afgørelse {
    til visitationen
    genvurdering
    videre ankestyrelsen
    # KS122: add `klagefrist 4 uger efter afgørelse`
  }
}
```

## Source

A decision under SEL § 86: klagefrist 4 weeks (ast.dk, "Klagevejledning og
tidsfrister")."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS122`.
pub const DOC_DA: &str = r#"## Hvad den finder

En klagevej for `afgørelse`, i en del af standarden under serviceloven, uden en
`klagefrist`.

## Hvorfor det betyder noget

En klage, der kommer for sent, bliver afvist. Borgeren skal have at vide, hvor lang tid
der er til at klage: 4 uger fra modtagelsen af afgørelsen.

## Eksempel

```kvs
klage {
  afgørelse {
    til visitationen
    genvurdering
    videre ankestyrelsen
    # KS122: tilføj `klagefrist 4 uger efter afgørelse`
  }
}
```

## Kilde

En afgørelse efter SEL § 86: klagefrist 4 uger (ast.dk, "Klagevejledning og
tidsfrister")."#;

/// Reports decision routes without a klagefrist.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (scope, route) in ctx.scoped_routes() {
        if route.kind != RouteKind::Afgørelse
            || route.klagefrist.is_some()
            || !ctx.under_serviceloven(&scope)
        {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                route_keyword_span(route),
                msg!("ks122-no-klagefrist"),
            )
            .with_label(msg!("ks122-no-klagefrist-label"))
            .with_help(msg!("ks122-no-klagefrist-help")),
        );
    }
}
