//! KS120 `missing-complaint-section`: a standard that does not say how to complain. The
//! documentation is [`DOC`].

use crate::check::codes::MISSING_COMPLAINT_SECTION as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::SectionKind;

/// The documentation of the rule, shown by `kvalitet explain KS120`.
pub const DOC: &str = r#"## What it finds

A standard with no `klage` section: not in the standard, not in its summary, and not in
any indsats. A section of another kind whose heading speaks of complaints ("klage")
counts as one.

## Why it matters

Citizens read the standard to learn what they can expect, and what to do when they do
not get it. A decision under serviceloven § 86 can be appealed; complaints about the
service level go to the municipality and complaints about the professional content to
Styrelsen for Patientklager. A standard that is silent about this leaves the citizen
without the route.

## Example

```kvs
kvalitetsstandard "Genoptræning" {
  formål """…"""
  # KS120: no `klage { … }` anywhere
}
```

## Source

The complaint routes (ast.dk, "Klagevejledning og tidsfrister"; domain notes, "Complaint
routes"). That the standard must describe them is the de-facto content of standards
("klageadgang" among the classic headings); the enumerated list of mandatory items in
BEK nr. 1575 af 27/12/2014 is unconfirmed, so this is a warning, not an error."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS120`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard uden et `klage`-afsnit: hverken i standarden, i dens resumé eller i nogen
indsats. Et afsnit af en anden slags, hvis overskrift taler om klager ("klage"), tæller
som et.

## Hvorfor det betyder noget

Borgerne læser standarden for at få at vide, hvad de kan forvente, og hvad de skal gøre,
når de ikke får det. En afgørelse efter serviceloven § 86 kan påklages; klager over
serviceniveauet går til kommunen og klager over det faglige indhold til Styrelsen for
Patientklager. En standard, der tier om det, efterlader borgeren uden klagevejen.

## Eksempel

```kvs
kvalitetsstandard "Genoptræning" {
  formål """…"""
  # KS120: intet `klage { … }` nogen steder
}
```

## Kilde

Klagevejene (ast.dk, "Klagevejledning og tidsfrister"; domain notes, "Complaint
routes"). At standarden skal beskrive dem, er det faktiske indhold af standarderne
("klageadgang" blandt de klassiske overskrifter); den opregnede liste over obligatoriske
punkter i BEK nr. 1575 af 27/12/2014 er ikke bekræftet, så dette er en advarsel, ikke en
fejl."#;

/// Reports a standard without any complaint section.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mentions_complaints = ctx.sections().any(|s| {
        s.kind == SectionKind::Klage
            || s.heading
                .as_ref()
                .is_some_and(|h| h.value.to_lowercase().contains("klage"))
    });
    if mentions_complaints {
        return;
    }
    out.push(
        ctx.report_missing(&RULE, ctx.title_span(), crate::msg!("ks120-no-complaint"))
            .with_label(crate::msg!("ks120-no-complaint-label"))
            .with_help(crate::msg!("ks120-no-complaint-help")),
    );
}
