//! KS102 `mismatched-mail-link`: a mailto link that sends elsewhere than the address
//! shown. The documentation is [`DOC`].

use crate::check::codes::MISMATCHED_MAIL_LINK as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS102`.
pub const DOC: &str = r#"## What it finds

A `mail` or `sikker-mail` whose `link mailto:…` goes to another address than the one
shown, compared in lowercase and without a `?subject=` part. Links that are not
`mailto:` (such as a borger.dk login page) are not compared.

## Why it matters

In the PDF the citizen sees one address and, by clicking it, writes to another. One of
them is wrong, and the citizen cannot tell which.

## Example

```kvs
kontakt ankestyrelsen "Ankestyrelsen Aalborg" {
  mail ast@ast.dk link mailto:ast-aalborg@ast.dk    # KS102
}
```

## Source

The link behind a displayed address is kept by the transcription (`link` in the language
reference); the rule compares the two. No legal fact is involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS102`.
pub const DOC_DA: &str = r#"## Hvad den finder

En `mail` eller `sikker-mail`, hvis `link mailto:…` går til en anden adresse end den
viste, sammenlignet med små bogstaver og uden en `?subject=`-del. Links, der ikke er
`mailto:` (som en login-side på borger.dk), sammenlignes ikke.

## Hvorfor det betyder noget

I PDF'en ser borgeren én adresse og skriver, ved at klikke på den, til en anden. Den ene
af dem er forkert, og borgeren kan ikke se hvilken.

## Eksempel

```kvs
kontakt ankestyrelsen "Ankestyrelsen Aalborg" {
  mail ast@ast.dk link mailto:ast-aalborg@ast.dk    # KS102
}
```

## Kilde

Linket bag en vist adresse bevares ved afskriften (`link` i sprogets reference); reglen
sammenligner de to. Der indgår ingen juridisk kendsgerning."#;

/// Compares each mailto link with the address it stands behind.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for contact in &ctx.standard.contacts {
        for entry in contact.mails.iter().chain(&contact.secure_mails) {
            let Some(link) = &entry.link else {
                continue;
            };
            let href = link.href.trim();
            let Some(target) = href
                .get(..7)
                .filter(|s| s.eq_ignore_ascii_case("mailto:"))
                .and_then(|_| href.get(7..))
            else {
                continue;
            };
            let target = target.split('?').next().unwrap_or(target).trim();
            if target.eq_ignore_ascii_case(&entry.email.address) {
                continue;
            }
            out.push(
                ctx.report(
                    &RULE,
                    link.span,
                    crate::msg!(
                        "ks102-mail-link",
                        target = target,
                        address = &entry.email.address
                    ),
                )
                .with_label(crate::msg!("ks102-mail-link-label", target = target))
                .with_secondary(entry.email.span, crate::msg!("ks102-mail-link-shown"))
                .with_help(crate::msg!("ks102-mail-link-help")),
            );
        }
    }
}
