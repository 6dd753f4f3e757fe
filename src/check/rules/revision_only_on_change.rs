//! KS142 `revision-only-on-change`: a standard revised only when something changes.
//! The documentation is [`DOC`].

use crate::check::codes::REVISION_ONLY_ON_CHANGE as RULE;
use crate::check::Context;
use crate::diag::{Diagnostic, Edit, Fix};
use crate::model::Revision;

/// The documentation of the rule, shown by `kvalitet explain KS142`.
pub const DOC: &str = r#"## What it finds

`revideres ved-ændringer`: the standard says it is revised only when something
changes.

## Why it matters

The council must prepare the standard at least once a year, changes or not; a standard
that promises revision only on change contradicts that duty.

## Example

```kvs
revideres ved-ændringer   # KS142: write `revideres årligt`
```

## Fix

Unsafe: `ved-ændringer` is replaced by `årligt`. It changes what the standard promises
(a yearly revision), so the council must agree to it.

## Source

BEK nr. 1575 af 27/12/2014 § 1 (under SEL § 139): at least once a year (elov.dk)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS142`.
pub const DOC_DA: &str = r#"## Hvad den finder

`revideres ved-ændringer`: standarden siger, at den kun revideres, når noget ændrer
sig.

## Hvorfor det betyder noget

Kommunalbestyrelsen skal udarbejde standarden mindst én gang om året, uanset om der er
ændringer; en standard, der kun lover revision ved ændringer, strider mod den pligt.

## Eksempel

```kvs
revideres ved-ændringer   # KS142: skriv `revideres årligt`
```

## Rettelse

Usikker: `ved-ændringer` erstattes af `årligt`. Det ændrer, hvad standarden lover (en
årlig revision), så kommunalbestyrelsen skal være enig i det.

## Kilde

BEK nr. 1575 af 27/12/2014 § 1 (efter SEL § 139): mindst én gang om året (elov.dk)."#;

/// Reports `revideres ved-ændringer`.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(revision) = &ctx.standard.revision else {
        return;
    };
    if revision.value != Revision::OnChange {
        return;
    }
    out.push(
        ctx.report(&RULE, revision.span, crate::msg!("ks142-on-change"))
            .with_help(crate::msg!("ks142-on-change-help"))
            .with_fix(Some(Fix::unsafe_edit(
                crate::msg!("ks142-fix", written = ctx.source.slice(revision.span)),
                Edit::replace(revision.span, "årligt"),
            ))),
    );
}
