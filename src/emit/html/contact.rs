//! Contact cards, with `tel:` and `mailto:` links.

use super::context::{contact_id, link, Context};
use super::href::{mail_href, tel_href};
use super::view::{ContactView, MailView, PhoneView};
use crate::model::{Contact, MailEntry};

/// The card of the contact at `index` in the standard.
pub fn contact(ctx: &Context<'_>, index: usize, c: &Contact) -> ContactView {
    let id = contact_id(index);
    let mut address: Vec<String> = c.address.iter().map(|a| a.value.clone()).collect();
    if let Some(postal) = &c.postal {
        address.push(format!("{} {}", postal.code, postal.town));
    }
    let name = c.name.value.trim();
    ContactView {
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
            })
            .collect(),
        hours: c.hours.as_ref().map(|h| h.value.clone()),
        mails: c.mails.iter().map(mail).collect(),
        secure_mails: c.secure_mails.iter().map(mail).collect(),
        web: c.web.iter().map(|u| link(None, u)).collect(),
        note: c.note.as_ref().map(|n| n.value.clone()),
    }
}

/// An e-mail address, linked to the address the reader sees.
///
/// A document's own link behind an address may differ from it (the checker reports
/// that); a citizen's page links to what it shows.
fn mail(m: &MailEntry) -> MailView {
    MailView {
        address: m.email.address.clone(),
        href: mail_href(&m.email),
        note: m.note.as_ref().map(|n| n.value.clone()),
    }
}
