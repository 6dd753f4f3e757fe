//! KS100 `conflicting-contact-data`: two contacts for one body that disagree. The
//! documentation is [`DOC`].

use crate::check::codes::CONFLICTING_CONTACT_DATA as RULE;
use crate::check::prose::tokens::mail_domain;
use crate::check::prose::{claim_body, has_registry_fact, Claim, Target, Value};
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::i18n::Message;
use crate::model::Contact;
use crate::msg;
use crate::registry::normalize_name;
use crate::source::Span;
use std::collections::HashMap;

/// The documentation of the rule, shown by `kvalitet explain KS100`.
pub const DOC: &str = r#"## What it finds

Two contacts in one standard that are the same body, but give different phone numbers,
mail addresses, secure mail addresses or postal codes. Two contacts are the same body
when they name the same `organ`, or when their names are equal after normalisation
(case, punctuation, `ae`/`æ`, and the registry's aliases: "Ankestyrelsen Aalborg" is
Ankestyrelsen), and they name the same `enhed` and `person`. Values are compared by
their digits (phone numbers) or in lowercase (mail); a contact that gives an extra
number besides a shared one is not a conflict.

A phone number or mail address in prose (a `tekst`, a note) that belongs to a contact's
name or `enhed` is compared with what the contact types: when the value follows the name
in the same sentence, with at most 6 words between them, and in the same paragraph (the
short lines of an address block count as one), or follows such a value. A phone number
is reported when the contact types phone numbers and the text gives another; a mail
address when the contact types one on the same domain and the text gives another on
it (an address on another domain may be another office's). A value that the standard
types anywhere is not reported, and a contact that is a national body with the value's
kind in the registry is judged against the registry instead (KS101).

## Why it matters

A citizen who meets two phone numbers for the same body cannot know which is right, and
at least one of them is wrong. Complaint addresses matter most: a complaint sent to the
wrong place may miss its deadline.

## Example

```kvs
kontakt ankestyrelsen-klage "Ankestyrelsen Aalborg" {
  organ ankestyrelsen
  telefon 3341 1200
}
kontakt ankestyrelsen-adresse "Ankestyrelsen Aalborg" {
  organ ankestyrelsen
  telefon 7256 6899      # KS100: conflicts with 3341 1200 above
}
kontakt træningsenheden "Træningsenheden" {
  mail traeningsenhed@hjoerring.dk
}
afsnit "Ansøgning" """
  Skriv til Træningsenheden på traening@hjoerring.dk.   # KS100: not the typed address
"""
```

## Source

Danish phone numbers are a closed 8-digit plan; `33 41 12 00`, `3341 1200` and
`33411200` are the same number (domain notes, "Formats"). Which of two conflicting
values is right is not decided here; `contact-data-differs-from-registry` (KS101)
compares national bodies with the registry."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS100`.
pub const DOC_DA: &str = r#"## Hvad den finder

To kontakter i én standard, som er den samme myndighed, men som giver forskellige
telefonnumre, mailadresser, sikre mailadresser eller postnumre. To kontakter er den
samme myndighed, når de nævner det samme `organ`, eller når deres navne er ens efter
normalisering (store og små bogstaver, tegnsætning, `ae`/`æ` og registrets andre navne:
"Ankestyrelsen Aalborg" er Ankestyrelsen), og de nævner den samme `enhed` og `person`.
Værdier sammenlignes på deres cifre (telefonnumre) eller med små bogstaver (mail); en
kontakt, der giver et ekstra nummer ud over et fælles, er ikke en konflikt.

Et telefonnummer eller en mailadresse i løbende tekst (en `tekst`, en note), der hører
til en kontakts navn eller `enhed`, sammenlignes med det, kontakten angiver: når
værdien følger navnet i samme sætning, med højst 6 ord imellem, og i samme afsnit (de
korte linjer i en adresseblok tæller som ét), eller følger efter sådan en værdi. Et
telefonnummer meldes, når kontakten angiver telefonnumre, og teksten giver et andet; en
mailadresse, når kontakten angiver én på det samme domæne, og teksten giver en anden på
det (en adresse på et andet domæne kan høre til et andet kontor). En værdi, som
standarden angiver et sted, meldes ikke, og en kontakt, der er en landsdækkende
myndighed med værdiens slags i registret, vurderes i stedet ud fra registret (KS101).

## Hvorfor det betyder noget

En borger, der møder to telefonnumre for samme myndighed, kan ikke vide, hvilket der er
rigtigt, og mindst ét af dem er forkert. Klageadresser betyder mest: en klage, der
sendes det forkerte sted hen, kan overskride sin frist.

## Eksempel

```kvs
kontakt ankestyrelsen-klage "Ankestyrelsen Aalborg" {
  organ ankestyrelsen
  telefon 3341 1200
}
kontakt ankestyrelsen-adresse "Ankestyrelsen Aalborg" {
  organ ankestyrelsen
  telefon 7256 6899      # KS100: strider mod 3341 1200 ovenfor
}
kontakt træningsenheden "Træningsenheden" {
  mail traeningsenhed@hjoerring.dk
}
afsnit "Ansøgning" """
  Skriv til Træningsenheden på traening@hjoerring.dk.   # KS100: ikke den angivne adresse
"""
```

## Kilde

Danske telefonnumre følger en lukket nummerplan med 8 cifre; `33 41 12 00`,
`3341 1200` og `33411200` er det samme nummer (domain notes, "Formats"). Hvilken af to
modstridende værdier der er rigtig, afgøres ikke her; `contact-data-differs-from-registry`
(KS101) sammenligner landsdækkende myndigheder med registret."#;

/// Which field of a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Phone,
    Mail,
    SecureMail,
    Postal,
}

impl Field {
    const ALL: [Field; 4] = [Field::Phone, Field::Mail, Field::SecureMail, Field::Postal];

    /// The field in words, plural: `phone numbers`.
    fn words(self) -> Message {
        match self {
            Field::Phone => msg!("ks100-phone-numbers"),
            Field::Mail => msg!("ks100-mail-addresses"),
            Field::SecureMail => msg!("ks100-secure-mail-addresses"),
            Field::Postal => msg!("ks100-postal-codes"),
        }
    }

    /// The values a contact states for the field: the compared key, its display and
    /// where it stands.
    fn values(self, contact: &Contact) -> Vec<(String, String, Span)> {
        match self {
            Field::Phone => contact
                .phones
                .iter()
                .map(|p| (p.phone.digits.clone(), p.phone.display(), p.phone.span))
                .collect(),
            Field::Mail => contact
                .mails
                .iter()
                .map(|m| (m.email.normalized(), m.email.address.clone(), m.email.span))
                .collect(),
            Field::SecureMail => contact
                .secure_mails
                .iter()
                .map(|m| (m.email.normalized(), m.email.address.clone(), m.email.span))
                .collect(),
            Field::Postal => contact
                .postal
                .iter()
                .map(|p| (p.code.clone(), format!("{} {}", p.code, p.town), p.span))
                .collect(),
        }
    }
}

/// Reports contacts for the same body whose values for a field share nothing.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    // For each identity and field, the first contact that states the field.
    let mut first: HashMap<(String, String, String, Field), usize> = HashMap::new();
    for (index, contact) in ctx.standard.contacts.iter().enumerate() {
        let body = ctx.contact_body(index);
        let identity = match body {
            Some(body) => format!("body {}", body.id),
            None => format!("name {}", normalize_name(&contact.name.value)),
        };
        let unit = contact
            .unit
            .as_ref()
            .map(|u| normalize_name(&u.value))
            .unwrap_or_default();
        let person = contact
            .person
            .as_ref()
            .map(|p| normalize_name(&p.value))
            .unwrap_or_default();
        for field in Field::ALL {
            let values = field.values(contact);
            if values.is_empty() {
                continue;
            }
            let key = (identity.clone(), unit.clone(), person.clone(), field);
            let Some(&earlier) = first.get(&key) else {
                first.insert(key, index);
                continue;
            };
            let Some(other) = ctx.standard.contacts.get(earlier) else {
                continue;
            };
            let theirs = field.values(other);
            let shared = values
                .iter()
                .any(|(v, _, _)| theirs.iter().any(|(t, _, _)| t == v));
            if shared {
                continue;
            }
            let (Some((_, mine, here)), Some((_, their, there))) = (values.first(), theirs.first())
            else {
                continue;
            };
            let name = body.map_or(contact.name.value.as_str(), |b| b.name.as_str());
            out.push(
                ctx.report(
                    &RULE,
                    *here,
                    msg!(
                        "ks100-conflicting",
                        field = field.words(),
                        name = name,
                        mine = mine,
                        theirs = their
                    ),
                )
                .with_label(msg!("ks100-here", value = mine))
                .with_secondary(
                    *there,
                    msg!("ks100-same-body", value = their, contact = &other.id.value),
                )
                .with_help(msg!("ks100-conflicting-help")),
            );
        }
    }
    for claim in &ctx.prose().claims {
        prose(ctx, claim, out);
    }
}

/// Compares the values in prose that belong to a contact's name with what the contact
/// types.
fn prose(ctx: &Context<'_>, claim: &Claim, out: &mut Vec<Diagnostic>) {
    if ctx.prose().is_typed(&claim.value) {
        return;
    }
    if claim_body(ctx, claim).is_some_and(|(body, _)| has_registry_fact(body, &claim.value)) {
        return;
    }
    let contacts = claim.targets.iter().filter_map(|t| match *t {
        Target::Contact(index) => ctx.standard.contacts.get(index),
        Target::Body(_) => None,
    });
    for contact in contacts {
        let (what, typed): (Message, Vec<(String, Span)>) = match &claim.value {
            Value::Phone(_) => (
                msg!("ks100-phone-number"),
                contact
                    .phones
                    .iter()
                    .map(|p| (p.phone.display(), p.phone.span))
                    .collect(),
            ),
            Value::Mail(address) => (
                msg!("ks100-mail-address"),
                contact
                    .mails
                    .iter()
                    .chain(&contact.secure_mails)
                    .filter(|m| mail_domain(&m.email.address) == mail_domain(address))
                    .map(|m| (m.email.address.clone(), m.email.span))
                    .collect(),
            ),
            Value::Web(_) => continue,
        };
        let Some((theirs, there)) = typed.first() else {
            continue;
        };
        let written = ctx.source.slice(claim.span);
        let written = written.split_whitespace().collect::<Vec<_>>().join(" ");
        out.push(
            ctx.report(
                &RULE,
                claim.span,
                msg!(
                    "ks100-text-differs",
                    what = what,
                    written = written.as_str(),
                    contact = &contact.name.value,
                    theirs = theirs
                ),
            )
            .with_label(msg!("ks100-here", value = written))
            .with_secondary(claim.name_span, msg!("ks100-given-for-contact"))
            .with_secondary(
                *there,
                msg!(
                    "ks100-in-contact",
                    value = theirs,
                    contact = &contact.id.value
                ),
            )
            .with_help(msg!("ks100-text-differs-help")),
        );
        return;
    }
}
