//! KS101 `contact-data-differs-from-registry`: a national body's contact data that the
//! registry does not confirm. The documentation is [`DOC`].

use crate::check::codes::CONTACT_DATA_DIFFERS_FROM_REGISTRY as RULE;
use crate::check::prose::tokens::{host, mail_domain};
use crate::check::prose::{claim_body, Claim, Value};
use crate::check::Context;
use crate::diag::{Diagnostic, Edit, Fix};
use crate::i18n::Message;
use crate::model::{Contact, MailEntry};
use crate::msg;
use crate::registry::{normalize_name, Body, Fact};
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS101`.
pub const DOC: &str = r#"## What it finds

A contact that is a national body in the registry (by `organ`, or by its name) and
gives a phone number, mail address, secure mail address or postal code that differs
from the registry's, an address the body no longer uses, or a number that no source
gives for the body. The help line gives the registry's value and its source.

A contact with an `enhed` is a unit of the body and may have its own phone number and
mailbox: its phone number is not compared, and its mail addresses only by domain. Its
postal code is compared.

Phone numbers, mail addresses and web addresses in prose (a `tekst`, a note) are read
too, when they belong to a body's name (its name or an alias, or the name or `enhed` of
a contact that is the body): when the value follows the name in the same sentence, with
at most 6 words between them, and in the same paragraph (the short lines of an address
block count as one); a value right after such a value belongs to the same name. A
phone number is reported when it differs from the registry's, or no source gives it
for the body; a mail address on the body's own domain when it is neither its mail nor
its secure mail address; a mail or web address on another registry body's domain
(`www.stps.dk` with Styrelsen for Patientklager). A mail or web address on any other
domain (`www.borger.dk`) is not judged: prose sends citizens to portals too. A value
that the standard types in a contact or a link is judged there, not again in prose; a
name that stands for two bodies, or a unit's phone number, is not judged.

## Why it matters

National bodies' numbers and addresses change, and standards copy them from old
documents. A wrong complaint address or number sends citizens astray.

## Example

```kvs
kontakt ankestyrelsen "Ankestyrelsen" {
  organ ankestyrelsen
  telefon 7256 6899      # KS101: no source gives this number for Ankestyrelsen
  postnr 7998 Statsservice
}
afsnit "Klage" """
  Klagen sendes til Ankestyrelsen, tlf. 3341 2100.   # KS101: not 33 41 12 00
"""
```

## Fix

Unsafe, for a contact's own phone number, mail address, secure mail address and postal
code: the value is replaced by the registry's, and a comment at the end of the line
cites the registry's source. Made only where the registry's value is certain: the fact
is confirmed, the contact is not a unit (`enhed`), only one value of its kind differs
(none is right already), a mail link to the old address follows the address, and a
postal code moves with its street (the registry's street replaces the contact's one
address line; without a street in the registry, a contact with an address line gets no
fix). Values in prose, and old addresses, are left to the writer.

## Source

The registry (`src/registry/bodies.yaml`), from the domain notes: Ankestyrelsen
33 41 12 00, ast@ast.dk, sikkermail@ast.dk, 7998 Statsservice (ast.dk ankeskema;
ft.dk letter 2025); Styrelsen for Patientklager 72 33 05 00, stpk@stpk.dk,
8200 Aarhus N (stps.dk 2018; borger.dk); Styrelsen for Patientsikkerhed 72 28 66 00,
stps@stps.dk, 2300 København S (stps.dk). `72 56 68 99` is found in no source as an
Ankestyrelsen number; Amaliegade 25, 1256 København K is an old Ankestyrelsen address.
A finding that rests on an unconfirmed registry fact is advice."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS101`.
pub const DOC_DA: &str = r#"## Hvad den finder

En kontakt, der er en landsdækkende myndighed i registret (ud fra `organ` eller sit
navn), og som giver et telefonnummer, en mailadresse, en sikker mailadresse eller et
postnummer, der afviger fra registrets, en adresse, myndigheden ikke længere bruger,
eller et nummer, som ingen kilde giver for myndigheden. Hjælpelinjen giver registrets
værdi og dens kilde.

En kontakt med en `enhed` er en enhed i myndigheden og kan have sit eget telefonnummer
og sin egen postkasse: dens telefonnummer sammenlignes ikke, og dens mailadresser kun på
domænet. Dens postnummer sammenlignes.

Telefonnumre, mailadresser og webadresser i løbende tekst (en `tekst`, en note) læses
også, når de hører til en myndigheds navn (dens navn eller et andet navn for den, eller
navnet eller `enhed` på en kontakt, der er myndigheden): når værdien følger navnet i
samme sætning, med højst 6 ord imellem, og i samme afsnit (de korte linjer i en
adresseblok tæller som ét); en værdi lige efter sådan en værdi hører til samme navn. Et
telefonnummer meldes, når det afviger fra registrets, eller ingen kilde giver det for
myndigheden; en mailadresse på myndighedens eget domæne, når den hverken er dens mail
eller dens sikre mailadresse; en mail- eller webadresse på en anden myndigheds domæne i
registret (`www.stps.dk` ved Styrelsen for Patientklager). En mail- eller webadresse på
ethvert andet domæne (`www.borger.dk`) vurderes ikke: tekst sender også borgere videre
til portaler. En værdi, som standarden angiver i en kontakt eller et link, vurderes
dér, ikke igen i teksten; et navn, der står for to myndigheder, eller en enheds
telefonnummer, vurderes ikke.

## Hvorfor det betyder noget

Landsdækkende myndigheders numre og adresser skifter, og standarder kopierer dem fra
gamle dokumenter. En forkert klageadresse eller et forkert nummer sender borgerne på
afveje.

## Eksempel

```kvs
kontakt ankestyrelsen "Ankestyrelsen" {
  organ ankestyrelsen
  telefon 7256 6899      # KS101: ingen kilde giver dette nummer for Ankestyrelsen
  postnr 7998 Statsservice
}
afsnit "Klage" """
  Klagen sendes til Ankestyrelsen, tlf. 3341 2100.   # KS101: ikke 33 41 12 00
"""
```

## Rettelse

Usikker, for en kontakts eget telefonnummer, mailadresse, sikre mailadresse og
postnummer: værdien erstattes af registrets, og en kommentar i slutningen af linjen
nævner registrets kilde. Laves kun, hvor registrets værdi er sikker: oplysningen er
bekræftet, kontakten er ikke en enhed (`enhed`), kun én værdi af sin slags afviger (ingen
er rigtig i forvejen), et maillink til den gamle adresse følger adressen, og et
postnummer flytter med sin gade (registrets gade erstatter kontaktens ene adresselinje;
uden en gade i registret får en kontakt med en adresselinje ingen rettelse). Værdier i
løbende tekst og gamle adresser overlades til skribenten.

## Kilde

Registret (`src/registry/bodies.yaml`), fra domain notes: Ankestyrelsen
33 41 12 00, ast@ast.dk, sikkermail@ast.dk, 7998 Statsservice (ast.dk ankeskema;
ft.dk letter 2025); Styrelsen for Patientklager 72 33 05 00, stpk@stpk.dk,
8200 Aarhus N (stps.dk 2018; borger.dk); Styrelsen for Patientsikkerhed 72 28 66 00,
stps@stps.dk, 2300 København S (stps.dk). `72 56 68 99` findes ikke i nogen kilde som et
nummer til Ankestyrelsen; Amaliegade 25, 1256 København K er en gammel adresse for
Ankestyrelsen.
Et fund, der bygger på en ubekræftet oplysning i registret, er et råd."#;

/// Compares each contact that is a registry body with the registry.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for (index, contact) in ctx.standard.contacts.iter().enumerate() {
        let Some(body) = ctx.contact_body(index) else {
            continue;
        };
        phones(ctx, contact, body, out);
        let mails =
            |entries: &[MailEntry], fact: &Option<Fact>, what: Message, out: &mut Vec<_>| {
                if let Some(fact) = fact {
                    mail(ctx, contact, body, entries, fact, &what, out);
                }
            };
        mails(&contact.mails, &body.mail, msg!("ks101-mail-address"), out);
        mails(
            &contact.secure_mails,
            &body.secure_mail,
            msg!("ks101-secure-mail-address"),
            out,
        );
        let old = old_address(ctx, contact, body, out);
        if !old {
            postal(ctx, contact, body, out);
        }
    }
    for claim in &ctx.prose().claims {
        prose(ctx, claim, out);
    }
}

/// Compares a value in prose with the registry's facts for the body it belongs to.
fn prose(ctx: &Context<'_>, claim: &Claim, out: &mut Vec<Diagnostic>) {
    if ctx.prose().is_typed(&claim.value) {
        return;
    }
    let Some((body, unit)) = claim_body(ctx, claim) else {
        return;
    };
    let finding = |fact: Option<&Fact>, confirmed: bool, message: Message| {
        let mut diagnostic = ctx
            .report_fact(&RULE, confirmed, claim.span, message)
            .with_label(msg!("ks101-in-the-text"))
            .with_secondary(claim.name_span, msg!("ks101-named-here", body = &body.name));
        if let Some(fact) = fact {
            diagnostic = diagnostic.with_help(registry_help(fact));
        }
        diagnostic
    };
    match &claim.value {
        Value::Phone(number) => {
            if let Some(never) = body
                .never_numbers
                .iter()
                .find(|n| digits(&n.value) == *number)
            {
                let message = msg!(
                    "ks101-not-their-number",
                    number = pairs(number),
                    body = &body.name
                );
                out.push(
                    finding(None, never.confirmed, message).with_help(never_help(never, body)),
                );
                return;
            }
            let Some(fact) = body
                .phone
                .as_ref()
                .filter(|f| !unit && digits(&f.value) != *number)
            else {
                return;
            };
            let message = msg!(
                "ks101-text-phone-differs",
                number = pairs(number),
                body = &body.name
            );
            out.push(finding(Some(fact), fact.confirmed, message));
        }
        Value::Mail(address) => {
            let facts = [&body.mail, &body.secure_mail];
            let own = facts
                .iter()
                .filter_map(|f| f.as_ref())
                .find(|f| mail_domain(&f.value) == mail_domain(address));
            match own {
                Some(fact) => {
                    let known = facts
                        .iter()
                        .filter_map(|f| f.as_ref())
                        .any(|f| f.value.eq_ignore_ascii_case(address));
                    if unit || known {
                        return;
                    }
                    let message = msg!(
                        "ks101-text-mail-differs",
                        address = address,
                        body = &body.name
                    );
                    out.push(finding(Some(fact), fact.confirmed, message));
                }
                None => other_body(ctx, claim, body, &mail_domain(address), out),
            }
        }
        Value::Web(site) => {
            let own = body.web.as_ref().is_some_and(|f| host(&f.value) == *site);
            if !own {
                other_body(ctx, claim, body, site, out);
            }
        }
    }
}

/// Reports a mail or web address in prose, given for `body`, on the domain of another
/// registry body.
fn other_body(
    ctx: &Context<'_>,
    claim: &Claim,
    body: &Body,
    domain: &str,
    out: &mut Vec<Diagnostic>,
) {
    fn theirs<'f>(fact: &'f Option<Fact>, web: bool, domain: &str) -> Option<&'f Fact> {
        fact.as_ref().filter(|f| {
            let their = if web {
                host(&f.value)
            } else {
                mail_domain(&f.value)
            };
            their == domain
        })
    }
    let other = ctx
        .registry
        .bodies
        .iter()
        .filter(|b| b.id != body.id)
        .find_map(|b| {
            theirs(&b.web, true, domain)
                .or_else(|| theirs(&b.mail, false, domain))
                .or_else(|| theirs(&b.secure_mail, false, domain))
                .map(|fact| (b, fact))
        });
    let Some((other, fact)) = other else {
        return;
    };
    let (what, written) = match &claim.value {
        Value::Mail(address) => (msg!("ks101-mail-address"), address.as_str()),
        _ => (msg!("ks101-web-address"), ctx.source.slice(claim.span)),
    };
    let help = match body.web.as_ref().or(body.mail.as_ref()) {
        Some(own) => msg!(
            "ks101-other-domain-help-registry",
            domain = domain,
            other = &other.name,
            source = &fact.source,
            body = &body.name,
            value = show(own),
            value_source = &own.source
        ),
        None => msg!(
            "ks101-other-domain-help",
            domain = domain,
            other = &other.name,
            source = &fact.source
        ),
    };
    out.push(
        ctx.report_fact(
            &RULE,
            fact.confirmed,
            claim.span,
            msg!(
                "ks101-other-domain",
                what = what,
                written = written,
                body = &body.name,
                other = &other.name,
                domain = domain
            ),
        )
        .with_label(msg!("ks101-in-the-text"))
        .with_secondary(claim.name_span, msg!("ks101-named-here", body = &body.name))
        .with_help(help),
    );
}

/// Eight digits in pairs: `33 41 12 00`.
fn pairs(digits: &str) -> String {
    digits
        .as_bytes()
        .chunks(2)
        .filter_map(|pair| std::str::from_utf8(pair).ok())
        .collect::<Vec<_>>()
        .join(" ")
}

fn phones(ctx: &Context<'_>, contact: &Contact, body: &Body, out: &mut Vec<Diagnostic>) {
    // The registry's number, when it can replace a number of this contact: the contact
    // is not a unit and does not give the number already, and only one of its numbers
    // is found wrong (replacing two would give the number twice).
    let expected = body.phone.as_ref().map(|f| digits(&f.value));
    let has_expected = contact
        .phones
        .iter()
        .any(|p| Some(&p.phone.digits) == expected.as_ref());
    let never = |p: &crate::model::PhoneEntry| {
        body.never_numbers
            .iter()
            .any(|n| digits(&n.value) == p.phone.digits)
    };
    let wrong = contact
        .phones
        .iter()
        .filter(|p| never(p) || !has_expected)
        .count();
    let replace = |span: Span| {
        let fact = body.phone.as_ref()?;
        if contact.unit.is_some() || has_expected || wrong != 1 {
            return None;
        }
        let number = pairs(&digits(&fact.value));
        let edit = Edit::replace(span, number.clone());
        registry_fix(ctx, fact, span, &number, vec![edit])
    };
    let mut remaining = Vec::new();
    for entry in &contact.phones {
        let never = body
            .never_numbers
            .iter()
            .find(|n| digits(&n.value) == entry.phone.digits);
        match never {
            Some(fact) => out.push(
                ctx.report_fact(
                    &RULE,
                    fact.confirmed,
                    entry.phone.span,
                    msg!(
                        "ks101-not-their-number",
                        number = entry.phone.display(),
                        body = &body.name
                    ),
                )
                .with_label(msg!("ks101-not-their-number-label"))
                .with_help(never_help(fact, body))
                .with_fix(fact.confirmed.then(|| replace(entry.phone.span)).flatten()),
            ),
            None => remaining.push(entry),
        }
    }
    // A unit may have its own number.
    if contact.unit.is_some() || remaining.is_empty() {
        return;
    }
    let Some(fact) = &body.phone else {
        return;
    };
    if has_expected {
        return;
    }
    for entry in remaining {
        out.push(
            ctx.report_fact(
                &RULE,
                fact.confirmed,
                entry.phone.span,
                msg!(
                    "ks101-phone-differs",
                    number = entry.phone.display(),
                    body = &body.name
                ),
            )
            .with_help(registry_help(fact))
            .with_fix(replace(entry.phone.span)),
        );
    }
}

fn mail(
    ctx: &Context<'_>,
    contact: &Contact,
    body: &Body,
    entries: &[MailEntry],
    fact: &Fact,
    what: &Message,
    out: &mut Vec<Diagnostic>,
) {
    let expected = fact.value.to_lowercase();
    // A unit may have its own mailbox, but on the body's domain.
    let unit = contact.unit.is_some();
    let key = |address: &str| {
        if unit {
            domain(address).to_owned()
        } else {
            address.to_owned()
        }
    };
    let wanted = key(&expected);
    if entries.iter().any(|e| key(&e.email.normalized()) == wanted) {
        return;
    }
    for entry in entries {
        let message = if unit {
            msg!(
                "ks101-mail-not-on-domain",
                what = what.clone(),
                address = &entry.email.address,
                body = &body.name,
                domain = domain(&expected)
            )
        } else {
            msg!(
                "ks101-mail-differs",
                what = what.clone(),
                address = &entry.email.address,
                body = &body.name
            )
        };
        let fix = if unit || entries.len() != 1 {
            None
        } else {
            mail_fix(ctx, fact, entry)
        };
        out.push(
            ctx.report_fact(&RULE, fact.confirmed, entry.email.span, message)
                .with_help(registry_help(fact))
                .with_fix(fix),
        );
    }
}

/// The fix that writes the registry's address in place of a mail entry's, and in its
/// `mailto:` link too when the link goes to the old address.
fn mail_fix(ctx: &Context<'_>, fact: &Fact, entry: &MailEntry) -> Option<Fix> {
    let mut edits = vec![Edit::replace(entry.email.span, fact.value.clone())];
    if let Some(link) = &entry.link {
        let old = format!("mailto:{}", entry.email.address);
        if !link.original.eq_ignore_ascii_case(&old) {
            return None;
        }
        edits.push(Edit::replace(link.span, format!("mailto:{}", fact.value)));
    }
    registry_fix(ctx, fact, entry.email.span, &fact.value, edits)
}

fn postal(ctx: &Context<'_>, contact: &Contact, body: &Body, out: &mut Vec<Diagnostic>) {
    let (Some(postal), Some(fact)) = (&contact.postal, &body.postal) else {
        return;
    };
    let expected = fact.value.split_whitespace().next().unwrap_or("");
    if postal.code == expected {
        return;
    }
    out.push(
        ctx.report_fact(
            &RULE,
            fact.confirmed,
            postal.span,
            msg!(
                "ks101-postal-differs",
                code = &postal.code,
                town = &postal.town,
                body = &body.name
            ),
        )
        .with_help(registry_help(fact))
        .with_fix(postal_fix(ctx, contact, fact, postal.span)),
    );
}

/// The fix that writes the registry's postal code and town, with its street in place
/// of the contact's one address line (a street and a postal code move together).
fn postal_fix(ctx: &Context<'_>, contact: &Contact, fact: &Fact, span: Span) -> Option<Fix> {
    let mut edits = vec![Edit::replace(span, fact.value.clone())];
    match (&fact.street, contact.address.as_slice()) {
        (_, []) => {}
        (Some(street), [line]) => {
            let written = ctx.source.slice(line.span);
            let quoted = written.len() >= 2 && written.starts_with('"') && written.ends_with('"');
            if !quoted || line.value.contains('"') {
                return None;
            }
            if &line.value != street {
                edits.push(Edit::replace(line.span, format!("\"{street}\"")));
            }
        }
        _ => return None,
    }
    registry_fix(ctx, fact, span, &show(fact), edits)
}

/// A fix that writes a confirmed registry value in place of the value at `at` (with
/// `edits`; `shown` is how the title shows the registry's value), and a comment citing
/// the source at the end of that line.
fn registry_fix(
    ctx: &Context<'_>,
    fact: &Fact,
    at: Span,
    shown: &str,
    mut edits: Vec<Edit>,
) -> Option<Fix> {
    if !fact.confirmed {
        return None;
    }
    edits.push(Edit::append_comment(
        ctx.source,
        at.end(),
        &format!("rettet efter registret (kilde: {})", fact.source),
    )?);
    Fix::new(
        msg!("ks101-fix", written = ctx.source.slice(at), value = shown),
        crate::diag::Applicability::Unsafe,
        edits,
    )
}

/// Reports address lines that are an old address of the body; returns whether any was.
fn old_address(
    ctx: &Context<'_>,
    contact: &Contact,
    body: &Body,
    out: &mut Vec<Diagnostic>,
) -> bool {
    let mut found = false;
    for line in &contact.address {
        let written = normalize_name(&line.value);
        let old = body.old_addresses.iter().find(|old| {
            let street = old.value.split(',').next().unwrap_or("");
            normalize_name(street) == written
        });
        if let Some(old) = old {
            found = true;
            out.push(
                ctx.report_fact(
                    &RULE,
                    old.confirmed,
                    line.span,
                    msg!(
                        "ks101-old-address",
                        address = &line.value,
                        body = &body.name
                    ),
                )
                .with_label(msg!("ks101-old-address-label", old = &old.value))
                .with_help(match body.postal.as_ref() {
                    Some(postal) => msg!(
                        "ks101-old-address-help-registry",
                        source = &old.source,
                        value = show(postal),
                        value_source = &postal.source
                    ),
                    None => msg!("ks101-old-address-help", source = &old.source),
                }),
            );
        }
    }
    found
}

/// The help line that gives the registry's value and its source.
fn registry_help(fact: &Fact) -> Message {
    msg!(
        "ks101-registry-help",
        value = show(fact),
        source = &fact.source
    )
}

/// The help line for a number that is not the body's: the source that says so, and the
/// registry's number if it has one (`…; the registry's number is 33 41 12 00 (source: …)`).
fn never_help(never: &Fact, body: &Body) -> Message {
    match body.phone.as_ref() {
        Some(phone) => msg!(
            "ks101-not-their-number-help-registry",
            source = &never.source,
            value = show(phone),
            value_source = &phone.source
        ),
        None => msg!("ks101-not-their-number-help", source = &never.source),
    }
}

/// A registry value as people write it: numbers in pairs, hours and streets added.
fn show(fact: &Fact) -> String {
    let mut value = if fact.value.len() == 8 && fact.value.chars().all(|c| c.is_ascii_digit()) {
        fact.value
            .chars()
            .collect::<Vec<_>>()
            .chunks(2)
            .map(|pair| pair.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        fact.value.clone()
    };
    if let Some(street) = &fact.street {
        value = format!("{street}, {value}");
    }
    if let Some(hours) = &fact.hours {
        value = format!("{value}, {hours}");
    }
    value
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

fn domain(address: &str) -> &str {
    address.rsplit('@').next().unwrap_or(address)
}

#[cfg(test)]
mod tests {
    use crate::check::Options;
    use crate::model::values::Date;
    use crate::registry::Registry;
    use crate::source::SourceFile;
    use std::sync::Arc;

    /// A registry value that is not confirmed is never written by a fix: the finding
    /// is advice, without a fix.
    #[test]
    fn an_unconfirmed_registry_value_gives_no_fix() {
        let text = "kvalitetsstandard \"S\" {\n  år 2024\n  kontakt ast \"Ankestyrelsen\" {\n    organ ankestyrelsen\n    telefon 3341 1201\n  }\n}\n";
        let findings = |registry: Arc<Registry>| {
            let options = Options::new(Date::ymd(2026, 11, 23)).with_registry(registry);
            let compiled = crate::compile(SourceFile::new("a.kvs", text), &options);
            compiled
                .diagnostics
                .into_iter()
                .filter(|d| d.code == "KS101")
                .map(|d| (d.severity, d.fix.is_some()))
                .collect::<Vec<_>>()
        };
        let builtin = Registry::builtin();
        assert_eq!(
            findings(builtin.clone()),
            [(crate::diag::Severity::Warning, true)]
        );
        let mut bodies = builtin.bodies.clone();
        for body in &mut bodies {
            if let Some(phone) = body.phone.as_mut().filter(|_| body.id == "ankestyrelsen") {
                phone.confirmed = false;
            }
        }
        let unconfirmed = Registry::new(
            bodies,
            builtin.laws.clone(),
            builtin.municipalities.clone(),
            builtin.not_municipalities.clone(),
        );
        assert_eq!(
            findings(Arc::new(unconfirmed)),
            [(crate::diag::Severity::Advice, false)]
        );
    }
}
