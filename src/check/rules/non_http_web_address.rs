//! KS103 `non-http-web-address`: a contact's `web` that is not a web page. The
//! documentation is [`DOC`].

use crate::check::codes::NON_HTTP_WEB_ADDRESS as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS103`.
pub const DOC: &str = r#"## What it finds

A contact's `web` that is not an `http://` or `https://` address (or `www.…`): a
`mailto:` or `tel:` link given as the contact's web page. Schemes that cannot be linked
at all, such as `ftp://`, are already language errors (KS022).

## Why it matters

The citizen page shows `web` as the body's web site. A mail or phone link there is
either the wrong field or a broken page link.

## Example

```kvs
kontakt visitationen "Visitationen" {
  web mailto:visitation@kommune.dk    # KS103: write `mail visitation@kommune.dk`
}
```

## Source

The language reference: `web https://… | www.borger.dk`. No legal fact is involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS103`.
pub const DOC_DA: &str = r#"## Hvad den finder

En kontakts `web`, der ikke er en `http://`- eller `https://`-adresse (eller `www.…`):
et `mailto:`- eller `tel:`-link angivet som kontaktens hjemmeside. Protokoller, der
slet ikke kan linkes til, som `ftp://`, er allerede sprogfejl (KS022).

## Hvorfor det betyder noget

Borgersiden viser `web` som myndighedens hjemmeside. Et mail- eller telefonlink dér er
enten det forkerte felt eller et link til en side, der ikke virker.

## Eksempel

```kvs
kontakt visitationen "Visitationen" {
  web mailto:visitation@kommune.dk    # KS103: skriv `mail visitation@kommune.dk`
}
```

## Kilde

Sprogets reference: `web https://… | www.borger.dk`. Der indgår ingen juridisk
kendsgerning."#;

/// Reports `web` values that are not web pages.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for contact in &ctx.standard.contacts {
        for url in &contact.web {
            let lower = url.href.to_lowercase();
            if lower.starts_with("https://") || lower.starts_with("http://") {
                continue;
            }
            let help = if lower.starts_with("mailto:") {
                crate::msg!("ks103-mail-in-web-help")
            } else if lower.starts_with("tel:") {
                crate::msg!("ks103-phone-in-web-help")
            } else {
                crate::msg!("ks103-https-help")
            };
            out.push(
                ctx.report(
                    &RULE,
                    url.span,
                    crate::msg!("ks103-not-web-page", address = &url.original),
                )
                .with_help(help),
            );
        }
    }
}
