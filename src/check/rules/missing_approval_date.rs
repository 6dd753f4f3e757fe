//! KS141 `missing-approval-date`: a standard that does not say when it was approved.
//! The documentation is [`DOC`].

use crate::check::codes::MISSING_APPROVAL_DATE as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS141`.
pub const DOC: &str = r#"## What it finds

A standard that is not a draft (`udkast`) and has no approval date: no `godkendt`, or
`godkendt af "…"` without a date.

## Why it matters

The council must prepare the standard at least once a year. Without an approval date
neither citizens nor the council can tell whether the standard in hand is the current
one. A `dato` (the date the document carries) does not say that the council approved it.

## Example

```kvs
kvalitetsstandard "Genoptræning" {
  kommune Vesthimmerland
  # KS141: add `godkendt 2024-02-06 af "Udvalget"`
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1 (under SEL § 139): the council must at least once a year
prepare a quality standard (elov.dk)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS141`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard, der ikke er et udkast (`udkast`), og som ingen godkendelsesdato har: intet
`godkendt`, eller `godkendt af "…"` uden en dato.

## Hvorfor det betyder noget

Kommunalbestyrelsen skal udarbejde standarden mindst én gang om året. Uden en
godkendelsesdato kan hverken borgerne eller kommunalbestyrelsen se, om den standard, de
har i hånden, er den gældende. En `dato` (den dato, dokumentet bærer) siger ikke, at
kommunalbestyrelsen har godkendt den.

## Eksempel

```kvs
kvalitetsstandard "Genoptræning" {
  kommune Vesthimmerland
  # KS141: tilføj `godkendt 2024-02-06 af "Udvalget"`
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1 (efter SEL § 139): kommunalbestyrelsen skal mindst én
gang om året udarbejde en kvalitetsstandard (elov.dk)."#;

/// Reports a standard without an approval date.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let standard = ctx.standard;
    if standard.draft.is_some() {
        return;
    }
    let (span, label) = match &standard.approval {
        Some(approval) if approval.date.is_some() => return,
        Some(approval) => (approval.span, crate::msg!("ks141-approved-undated-label")),
        None => (ctx.title_span(), crate::msg!("ks141-no-godkendt-label")),
    };
    let mut diagnostic = ctx
        .report_missing(&RULE, span, crate::msg!("ks141-no-approval-date"))
        .with_label(label)
        .with_help(crate::msg!("ks141-no-approval-date-help"));
    if let Some(date) = &standard.date {
        diagnostic = diagnostic.with_secondary(date.span, crate::msg!("ks141-document-date"));
    }
    if let Some(updated) = &standard.updated {
        diagnostic = diagnostic.with_secondary(updated.span, crate::msg!("ks141-updated"));
    }
    if let Some(undated) = standard.undated {
        diagnostic = diagnostic.with_secondary(undated, crate::msg!("ks141-undated"));
    }
    out.push(diagnostic);
}
