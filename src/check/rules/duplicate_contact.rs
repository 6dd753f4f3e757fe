//! KS104 `duplicate-contact`: the same contact defined twice. The documentation is
//! [`DOC`].

use crate::check::codes::DUPLICATE_CONTACT as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::Contact;
use crate::msg;
use crate::registry::normalize_name;
use std::collections::HashMap;

/// The documentation of the rule, shown by `kvalitet explain KS104`.
pub const DOC: &str = r#"## What it finds

Two contact definitions with different short names but the same name, unit, person,
addresses, postal code, phone numbers, mail addresses and web addresses.

## Why it matters

A contact that is defined twice is corrected in one place and forgotten in the other;
the two then drift apart into conflicting data (KS100). Define it once and refer to it
by name from every section that needs it.

## Example

```kvs
kontakt visitationen "Visitationen" { telefon 4323 6690 }
kontakt visitationen-klage "Visitationen" { telefon 4323 6690 }   # KS104
```

## Source

A maintenance rule of the language: contacts are referenced by name
(`kontakt visitationen`). No legal fact is involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS104`.
pub const DOC_DA: &str = r#"## Hvad den finder

To kontaktdefinitioner med forskellige korte navne, men samme navn, enhed, person,
adresser, postnummer, telefonnumre, mailadresser og webadresser.

## Hvorfor det betyder noget

En kontakt, der er defineret to gange, bliver rettet ét sted og glemt det andet; de to
glider derefter fra hinanden til modstridende oplysninger (KS100). Definér den én gang,
og henvis til den ved navn fra hvert afsnit, der har brug for den.

## Eksempel

```kvs
kontakt visitationen "Visitationen" { telefon 4323 6690 }
kontakt visitationen-klage "Visitationen" { telefon 4323 6690 }   # KS104
```

## Kilde

En vedligeholdelsesregel i sproget: kontakter henvises til ved navn
(`kontakt visitationen`). Der indgår ingen juridisk kendsgerning."#;

/// Reports contact definitions that repeat an earlier one.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut seen: HashMap<String, &Contact> = HashMap::new();
    for contact in &ctx.standard.contacts {
        let key = fingerprint(contact);
        match seen.get(&key) {
            Some(first) => out.push(
                ctx.report(
                    &RULE,
                    contact.id.span,
                    msg!(
                        "ks104-repeats",
                        contact = &contact.id.value,
                        first = &first.id.value
                    ),
                )
                .with_label(msg!("ks104-repeats-label"))
                .with_secondary(first.id.span, msg!("ks104-first"))
                .with_help(msg!("ks104-repeats-help", first = &first.id.value)),
            ),
            None => {
                seen.insert(key, contact);
            }
        }
    }
}

/// Everything a contact says, normalised, in one string.
fn fingerprint(contact: &Contact) -> String {
    let text = |v: &Option<crate::source::Spanned<String>>| {
        v.as_ref()
            .map(|s| normalize_name(&s.value))
            .unwrap_or_default()
    };
    let sorted = |mut values: Vec<String>| {
        values.sort();
        values.join(",")
    };
    [
        normalize_name(&contact.name.value),
        contact
            .body
            .as_ref()
            .map(|b| b.value.clone())
            .unwrap_or_default(),
        text(&contact.unit),
        text(&contact.person),
        contact
            .address
            .iter()
            .map(|a| normalize_name(&a.value))
            .collect::<Vec<_>>()
            .join(","),
        contact
            .postal
            .as_ref()
            .map(|p| p.code.clone())
            .unwrap_or_default(),
        sorted(
            contact
                .phones
                .iter()
                .map(|p| p.phone.digits.clone())
                .collect(),
        ),
        sorted(contact.mails.iter().map(|m| m.email.normalized()).collect()),
        sorted(
            contact
                .secure_mails
                .iter()
                .map(|m| m.email.normalized())
                .collect(),
        ),
        sorted(contact.web.iter().map(|w| w.href.to_lowercase()).collect()),
    ]
    .join("|")
}
