//! KS131 `missing-sagsbehandlingsfrist`: no deadline for the decision. The documentation
//! is [`DOC`].

use crate::check::codes::MISSING_SAGSBEHANDLINGSFRIST as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::SectionBody;

/// The documentation of the rule, shown by `kvalitet explain KS131`.
pub const DOC: &str = r#"## What it finds

A standard with no deadline for the decision: no entry named `afgørelse` (or
`sagsbehandlingsfrist`, `sagsbehandlingstid`) in any `frister` or `kvalitetsmål`
section, in the standard, its summary or any indsats. Deadlines for other steps (a
letter, a first conversation, the start of training) do not count: they do not say when
the citizen gets a decision. A link to deadlines published elsewhere is pointed out,
but does not put the deadline in the standard.

## Why it matters

The municipality must set and publish how long it takes from an application to a
decision, area by area, and tell the applicant if it cannot keep the deadline. The
standard is where citizens look for it.

## Example

```kvs
frister {
  brev 3 hverdage efter henvendelse
  # KS131: add `afgørelse 10 hverdage efter ansøgning`
}
```

## Source

Retssikkerhedsloven § 3 stk. 2: the municipality must set and publish case-handling
deadlines (DUKH Praksisnyt 23, 2022; domain notes)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS131`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard uden en frist for afgørelsen: intet punkt med navnet `afgørelse` (eller
`sagsbehandlingsfrist`, `sagsbehandlingstid`) i noget `frister`- eller
`kvalitetsmål`-afsnit, hverken i standarden, dens resumé eller nogen indsats. Frister for
andre trin (et brev, en første samtale, starten på træningen) tæller ikke: de siger
ikke, hvornår borgeren får en afgørelse. Et link til frister, der er offentliggjort et
andet sted, bliver påpeget, men sætter ikke fristen ind i standarden.

## Hvorfor det betyder noget

Kommunen skal fastsætte og offentliggøre, hvor lang tid der går fra en ansøgning til en
afgørelse, område for område, og give ansøgeren besked, hvis den ikke kan overholde
fristen. Standarden er det sted, borgerne leder efter den.

## Eksempel

```kvs
frister {
  brev 3 hverdage efter henvendelse
  # KS131: tilføj `afgørelse 10 hverdage efter ansøgning`
}
```

## Kilde

Retssikkerhedsloven § 3 stk. 2: kommunen skal fastsætte og offentliggøre frister for
sagsbehandlingen (DUKH Praksisnyt 23, 2022; domain notes)."#;

/// The names a deadline for the decision goes by.
const NAMES: [&str; 4] = [
    "afgørelse",
    "sagsbehandlingsfrist",
    "sagsbehandlingstid",
    "sagsbehandling",
];

/// Reports a standard without a deadline for the decision.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let found = ctx
        .frister()
        .iter()
        .any(|f| NAMES.contains(&f.frist.name.value.to_lowercase().as_str()));
    if found {
        return;
    }
    let mut diagnostic = ctx
        .report_missing(&RULE, ctx.title_span(), crate::msg!("ks131-no-deadline"))
        .with_label(crate::msg!("ks131-no-deadline-label"))
        .with_help(crate::msg!("ks131-no-deadline-help"));
    if let Some(first) = ctx.frister().first() {
        diagnostic =
            diagnostic.with_secondary(first.frist.name.span, crate::msg!("ks131-other-deadlines"));
    }
    // A deadline published elsewhere, behind a link, is not in the standard; the label
    // says where the reader is sent.
    let link = ctx
        .sections()
        .filter(|s| matches!(s.body, SectionBody::Frister(_)))
        .find_map(|s| s.links.first());
    if let Some(link) = link {
        diagnostic = diagnostic.with_secondary(link.url.span, crate::msg!("ks131-behind-link"));
    }
    out.push(diagnostic);
}
