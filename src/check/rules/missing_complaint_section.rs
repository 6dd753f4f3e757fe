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
