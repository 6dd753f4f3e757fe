//! KS121 `missing-decision-route`: complaint sections without a route for the decision.
//! The documentation is [`DOC`].

use crate::check::codes::MISSING_DECISION_ROUTE as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::{RouteKind, SectionBody};

/// The documentation of the rule, shown by `kvalitet explain KS121`.
pub const DOC: &str = r#"## What it finds

A standard whose `klage` sections describe complaints about the service level or the
professional content, but have no `afgørelse` route: nothing on how to complain about
the municipality's decision itself.

## Why it matters

The decision (bevilling or afslag) is what citizens most often disagree with. The
decision letter carries its own klagevejledning, so the standard is not wrong, but it
leaves out the route most citizens need: 4 weeks to complain, reassessment by the
municipality, then Ankestyrelsen.

## Example

```kvs
klage {
  serviceniveau { til visitationen }
  # KS121: no `afgørelse { … }`
}
```

## Source

A decision under SEL § 86 can be appealed within 4 weeks; the municipality reassesses
and forwards an upheld decision to Ankestyrelsen (ast.dk, "Klagevejledning og
tidsfrister")."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS121`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard, hvis `klage`-afsnit beskriver klager over serviceniveauet eller det
faglige indhold, men som ingen `afgørelse`-klagevej har: intet om, hvordan man klager
over selve kommunens afgørelse.

## Hvorfor det betyder noget

Afgørelsen (bevilling eller afslag) er det, borgerne oftest er uenige i. Afgørelses-
brevet har sin egen klagevejledning, så standarden er ikke forkert, men den udelader den
klagevej, de fleste borgere har brug for: 4 uger til at klage, genvurdering i kommunen,
derefter Ankestyrelsen.

## Eksempel

```kvs
klage {
  serviceniveau { til visitationen }
  # KS121: intet `afgørelse { … }`
}
```

## Kilde

En afgørelse efter SEL § 86 kan påklages inden for 4 uger; kommunen genvurderer og
sender en fastholdt afgørelse videre til Ankestyrelsen (ast.dk, "Klagevejledning og
tidsfrister")."#;

/// Reports complaint sections when none has a route for decisions.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut first = None;
    for section in ctx.sections() {
        if let SectionBody::Klage(klage) = &section.body {
            if klage.routes.iter().any(|r| r.kind == RouteKind::Afgørelse) {
                return;
            }
            first.get_or_insert(section);
        }
    }
    let Some(section) = first else {
        return;
    };
    out.push(
        ctx.report_missing(
            &RULE,
            section.keyword_span,
            crate::msg!("ks121-no-decision-route"),
        )
        .with_label(crate::msg!("ks121-no-decision-route-label"))
        .with_help(crate::msg!("ks121-no-decision-route-help")),
    );
}
