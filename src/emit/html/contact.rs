//! Contact cards, with `tel:` and `mailto:` links.

use super::context::{contact_id, link, Context};
use super::href::{mail_href, tel_href};
use super::view::{ContactView, LinkView, MailView, PhoneView};
use crate::model::{Contact, MailEntry};

/// The card of the contact at `index` in the standard.
pub fn contact(ctx: &Context<'_>, index: usize, c: &Contact) -> ContactView {
    let id = contact_id(index);
    let mut address: Vec<String> = c.address.iter().map(|a| a.value.clone()).collect();
    if let Some(postal) = &c.postal {
        address.push(format!("{} {}", postal.code, postal.town));
    }
    let name = c.name.value.trim();
    let line = |value: Option<&crate::source::Spanned<String>>| {
        value.is_some_and(|v| ctx.proposed(v.span))
    };
    let lines = [
        ("unit", line(c.unit.as_ref())),
        ("person", line(c.person.as_ref())),
        (
            "address",
            c.address.iter().any(|a| ctx.proposed(a.span))
                || c.postal.as_ref().is_some_and(|p| ctx.proposed(p.span)),
        ),
        ("hours", line(c.hours.as_ref())),
        ("note", line(c.note.as_ref())),
    ];
    let mut view = ContactView {
        proposed: ctx.proposed(c.span),
        proposed_fields: lines
            .into_iter()
            .filter(|(_, proposed)| *proposed)
            .map(|(field, _)| field)
            .collect(),
        findings: ctx.findings_at(&id),
        id,
        name: if name.is_empty() {
            c.id.value.clone()
        } else {
            name.to_owned()
        },
        body: c
            .body
            .as_ref()
            .and_then(|b| ctx.registry.body_by_id(&b.value))
            .map(|b| b.name.clone())
            .filter(|body| body != name),
        unit: c.unit.as_ref().map(|u| u.value.clone()),
        person: c.person.as_ref().map(|p| p.value.clone()),
        address,
        phones: c
            .phones
            .iter()
            .map(|p| PhoneView {
                display: p.phone.display(),
                href: tel_href(&p.phone),
                hours: p.hours.as_ref().map(|h| h.value.clone()),
                proposed: ctx.proposed(p.phone.span),
            })
            .collect(),
        hours: c.hours.as_ref().map(|h| h.value.clone()),
        mails: c.mails.iter().map(|m| mail(ctx, m)).collect(),
        secure_mails: c.secure_mails.iter().map(|m| mail(ctx, m)).collect(),
        web: c
            .web
            .iter()
            .map(|u| LinkView {
                proposed: ctx.proposed(u.span),
                ..link(None, u)
            })
            .collect(),
        note: c.note.as_ref().map(|n| n.value.clone()),
    };
    super::proposal::settle_contact(&mut view);
    view
}

/// An e-mail address, linked to the address the reader sees.
///
/// A document's own link behind an address may differ from it (the checker reports
/// that); a citizen's page links to what it shows.
fn mail(ctx: &Context<'_>, m: &MailEntry) -> MailView {
    MailView {
        address: m.email.address.clone(),
        href: mail_href(&m.email),
        note: m.note.as_ref().map(|n| n.value.clone()),
        proposed: ctx.proposed(m.email.span),
    }
}
