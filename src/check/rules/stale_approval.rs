//! KS140 `stale-approval`: a standard approved more than a year ago. The documentation
//! is [`DOC`].

use crate::check::codes::STALE_APPROVAL as RULE;
use crate::check::context::{before, one_year_after};
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::Date;

/// The documentation of the rule, shown by `kvalitet explain KS140`.
pub const DOC: &str = r#"## What it finds

A standard whose approval date lies more than a year before the date the check is run
for (`--today`, by default today), or more than a year before the year the standard is
for (`år`). Without an approval date, the standard's `dato`, else the end of its `år`,
is used. Drafts (`udkast`) are not judged.

## Why it matters

The council must prepare the standard at least once a year. A standard approved more
than a year ago is no longer the council's current decision, and may describe a
service level that has changed.

## Example

```kvs
kvalitetsstandard "Genoptræning" {
  godkendt 2024-02-06 af "Sundhedsudvalget"   # KS140 when checked after 2025-02-06
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1 (under SEL § 139): the council must at least once a year
prepare a quality standard for help under SEL §§ 83, 83 a and 86 (elov.dk)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS140`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard, hvis godkendelsesdato ligger mere end et år før den dato, tjekket køres for
(`--today`, som standard i dag), eller mere end et år før det år, standarden gælder for
(`år`). Uden en godkendelsesdato bruges standardens `dato`, ellers slutningen af dens
`år`. Udkast (`udkast`) vurderes ikke.

## Hvorfor det betyder noget

Kommunalbestyrelsen skal udarbejde standarden mindst én gang om året. En standard, der
blev godkendt for mere end et år siden, er ikke længere kommunalbestyrelsens gældende
beslutning og kan beskrive et serviceniveau, der har ændret sig.

## Eksempel

```kvs
kvalitetsstandard "Genoptræning" {
  godkendt 2024-02-06 af "Sundhedsudvalget"   # KS140 ved tjek efter 2025-02-06
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1 (efter SEL § 139): kommunalbestyrelsen skal mindst én
gang om året udarbejde en kvalitetsstandard for hjælp efter SEL §§ 83, 83 a og 86
(elov.dk)."#;

/// Reports approval dates more than a year old.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let standard = ctx.standard;
    if standard.draft.is_some() {
        return;
    }
    let today = ctx.options.today;
    let approval = standard.approval.as_ref().and_then(|a| a.date.as_ref());
    let (date, span, what) = match (approval, &standard.date, &standard.year) {
        (Some(d), _, _) => (
            d.value,
            d.span,
            crate::msg!("ks140-approved", date = d.value.to_string()),
        ),
        (None, Some(d), _) => (
            d.value,
            d.span,
            crate::msg!("ks140-dated", date = d.value.to_string()),
        ),
        (None, None, Some(y)) => (
            Date {
                year: y.value,
                month: None,
                day: None,
            },
            y.span,
            crate::msg!("ks140-for-year", year = y.value.to_string()),
        ),
        (None, None, None) => return,
    };
    let expires = one_year_after(date);
    let help = crate::msg!("ks140-help");
    if before(expires, today) {
        out.push(
            ctx.report(
                &RULE,
                span,
                crate::msg!("ks140-stale", what = what, today = today.to_string()),
            )
            .with_label(crate::msg!(
                "ks140-stale-label",
                expires = expires.to_string()
            ))
            .with_help(help),
        );
        return;
    }
    let Some(year) = &standard.year else {
        return;
    };
    if approval.is_some() && before(expires, Date::ymd(year.value, 1, 1)) {
        out.push(
            ctx.report(
                &RULE,
                span,
                crate::msg!(
                    "ks140-before-year",
                    what = what,
                    year = year.value.to_string()
                ),
            )
            .with_secondary(year.span, crate::msg!("ks140-year-label"))
            .with_help(help),
        );
    }
}
