//! Contacts (phone numbers, mail, addresses) and links: what a citizen uses to reach
//! someone. Contacts pair up by their id, else by their name; phone numbers compare by
//! their digits, mail addresses without regard to case.

use super::changes::{Assessment, Changes, Record};
use super::Context;
use crate::model::{Contact, Link, SectionBody, Standard};
use crate::registry::normalize_name;

/// Compares the contacts of the two standards.
pub fn contacts(out: &mut Changes, ctx: &Context<'_>) {
    let old = &ctx.old.contacts;
    let new = &ctx.new.contacts;
    let mut used = vec![false; new.len()];
    for a in old {
        let free = |i: usize| !used.get(i).copied().unwrap_or(true);
        let found = new
            .iter()
            .position(|b| b.id.value == a.id.value)
            .filter(|i| free(*i))
            .or_else(|| {
                new.iter().enumerate().position(|(i, b)| {
                    free(i) && normalize_name(&b.name.value) == normalize_name(&a.name.value)
                })
            });
        match found.and_then(|i| new.get(i).map(|b| (i, b))) {
            Some((i, b)) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                compare(out, a, b);
            }
            None => out.push(Record {
                category: "contact",
                subject: format!("Kontakt: {}", a.name.value),
                place: "generelt",
                old: Some(summary(a)),
                new: None,
                assessment: Assessment::Info,
                reason: Some("kontakten er fjernet".into()),
            }),
        }
    }
    for (b, _) in new.iter().zip(&used).filter(|(_, used)| !**used) {
        out.push(Record {
            category: "contact",
            subject: format!("Kontakt: {}", b.name.value),
            place: "generelt",
            old: None,
            new: Some(summary(b)),
            assessment: Assessment::Info,
            reason: Some("ny kontakt".into()),
        });
    }
}

/// The fields of a contact a citizen uses, each as a list of comparable values.
fn fields(c: &Contact) -> Vec<(&'static str, Vec<(String, String)>)> {
    let pair = |shown: String, key: String| (shown, key);
    vec![
        (
            "navn",
            vec![pair(c.name.value.clone(), normalize_name(&c.name.value))],
        ),
        (
            "telefon",
            c.phones
                .iter()
                .map(|p| {
                    let hours = p
                        .hours
                        .as_ref()
                        .map(|h| format!(" ({})", h.value))
                        .unwrap_or_default();
                    pair(
                        format!("{}{hours}", p.phone.display()),
                        format!("{}{hours}", p.phone.digits),
                    )
                })
                .collect(),
        ),
        (
            "telefontid",
            c.hours
                .iter()
                .map(|h| pair(h.value.clone(), h.value.to_lowercase()))
                .collect(),
        ),
        (
            "mail",
            c.mails
                .iter()
                .map(|m| pair(m.email.address.clone(), m.email.normalized()))
                .collect(),
        ),
        (
            "sikker mail",
            c.secure_mails
                .iter()
                .map(|m| pair(m.email.address.clone(), m.email.normalized()))
                .collect(),
        ),
        (
            "adresse",
            c.address
                .iter()
                .map(|a| pair(a.value.clone(), a.value.to_lowercase()))
                .chain(c.postal.iter().map(|p| {
                    pair(
                        format!("{} {}", p.code, p.town),
                        format!("{} {}", p.code, p.town.to_lowercase()),
                    )
                }))
                .collect(),
        ),
        (
            "web",
            c.web
                .iter()
                .map(|u| pair(u.original.clone(), u.href.to_lowercase()))
                .collect(),
        ),
    ]
}

fn summary(c: &Contact) -> String {
    fields(c)
        .into_iter()
        .skip(1)
        .filter(|(_, v)| !v.is_empty())
        .map(|(name, values)| {
            let shown: Vec<String> = values.into_iter().map(|(s, _)| s).collect();
            format!("{name} {}", shown.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn compare(out: &mut Changes, a: &Contact, b: &Contact) {
    for ((field, x), (_, y)) in fields(a).into_iter().zip(fields(b)) {
        let keys = |v: &[(String, String)]| v.iter().map(|(_, k)| k.clone()).collect::<Vec<_>>();
        if keys(&x) == keys(&y) {
            continue;
        }
        let shown = |v: Vec<(String, String)>| {
            (!v.is_empty()).then(|| v.into_iter().map(|(s, _)| s).collect::<Vec<_>>().join(", "))
        };
        out.push(Record {
            category: "contact",
            subject: format!("Kontakt: {}: {field}", a.name.value),
            place: "generelt",
            old: shown(x),
            new: shown(y),
            assessment: Assessment::Info,
            reason: None,
        });
    }
}

/// Compares the links given anywhere in the standards.
pub fn links(out: &mut Changes, ctx: &Context<'_>) {
    let old = all_links(ctx.old);
    let new = all_links(ctx.new);
    let href = |l: &Link| l.url.href.to_lowercase();
    let text = |l: &Link| match &l.label {
        Some(label) => format!("{} ({})", label.value, l.url.original),
        None => l.url.original.clone(),
    };
    for a in &old {
        if !new.iter().any(|b| href(b) == href(a)) {
            out.push(Record {
                category: "link",
                subject: "Link".into(),
                place: "generelt",
                old: Some(text(a)),
                new: None,
                assessment: Assessment::Info,
                reason: Some("linket er fjernet".into()),
            });
        }
    }
    for b in &new {
        if !old.iter().any(|a| href(a) == href(b)) {
            out.push(Record {
                category: "link",
                subject: "Link".into(),
                place: "generelt",
                old: None,
                new: Some(text(b)),
                assessment: Assessment::Info,
                reason: Some("nyt link".into()),
            });
        }
    }
}

fn all_links(standard: &Standard) -> Vec<&Link> {
    let sections = standard
        .sections
        .iter()
        .chain(&standard.summary)
        .chain(standard.indsatser.iter().flat_map(|i| &i.sections));
    let mut out: Vec<&Link> = Vec::new();
    for section in sections {
        push_links(&mut out, &section.links);
        if let SectionBody::Klage(klage) = &section.body {
            for route in &klage.routes {
                push_links(&mut out, &route.links);
            }
        }
    }
    out
}

fn push_links<'a>(out: &mut Vec<&'a Link>, links: &'a [Link]) {
    for link in links {
        if !out.iter().any(|l| l.url.href == link.url.href) {
            out.push(link);
        }
    }
}
