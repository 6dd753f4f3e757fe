//! Cards for the national bodies a standard sends complaints to (Ankestyrelsen,
//! Styrelsen for Patientklager), from the registry.
//!
//! A standard often names a body without its address. The page then shows the
//! registry's confirmed contact data, marked as coming from the registry. A body that
//! has ceased, or no longer handles complaints, gets no card: the page does not point
//! citizens to it.

use super::context::link;
use super::href::{mail_href, tel_href};
use super::view::{ContactView, MailView, PhoneView};
use crate::model::values::{Email, Phone, Url};
use crate::model::{Reference, Resolution, SectionBody, Standard};
use crate::registry::{Body, Fact, Registry};

/// The anchor of the card of the `index`th body.
pub fn body_id(index: usize) -> String {
    format!("myndighed-{}", index + 1)
}

/// The registry ids of the bodies that get a card, in the order the standard first
/// names them.
pub fn bodies_named(standard: &Standard, registry: &Registry) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |refs: &[Reference]| {
        for r in refs {
            if let Resolution::Body(id) = &r.resolution {
                let current = registry.body_by_id(id).is_some_and(is_current);
                if current && !out.contains(id) {
                    out.push(id.clone());
                }
            }
        }
    };
    let sections = standard
        .summary
        .iter()
        .chain(&standard.sections)
        .chain(standard.indsatser.iter().flat_map(|i| &i.sections));
    for s in sections {
        add(&s.contacts);
        match &s.body {
            SectionBody::Klage(k) => {
                for route in &k.routes {
                    add(&route.til);
                    add(&route.videre);
                }
            }
            SectionBody::Leverandør(l) => add(&l.udfører),
            _ => {}
        }
    }
    out
}

/// Whether a body exists and still handles the complaints it is known for.
fn is_current(body: &Body) -> bool {
    body.until.value.is_none() && body.complaint_role_until.is_none()
}

/// The card of a body, with its confirmed contact data only.
pub fn card(index: usize, body: &Body) -> ContactView {
    let confirmed = |fact: &Option<Fact>| fact.as_ref().filter(|f| f.confirmed).cloned();
    let mut address = Vec::new();
    if let Some(postal) = confirmed(&body.postal) {
        address.extend(postal.street);
        address.push(postal.value);
    }
    let phones = confirmed(&body.phone)
        .map(|fact| {
            let phone = Phone {
                digits: fact.value.chars().filter(char::is_ascii_digit).collect(),
                original: fact.value.clone(),
                span: Default::default(),
            };
            PhoneView {
                display: phone.display(),
                href: tel_href(&phone),
                hours: fact.hours,
                proposed: false,
            }
        })
        .into_iter()
        .collect();
    let mail = |fact: Option<Fact>| -> Vec<MailView> {
        fact.map(|fact| {
            let email = Email {
                address: fact.value,
                span: Default::default(),
            };
            MailView {
                href: mail_href(&email),
                address: email.address,
                note: None,
                proposed: false,
            }
        })
        .into_iter()
        .collect()
    };
    ContactView {
        id: body_id(index),
        name: body.name.clone(),
        body: None,
        unit: None,
        person: None,
        address,
        phones,
        hours: None,
        mails: mail(confirmed(&body.mail)),
        secure_mails: mail(confirmed(&body.secure_mail)),
        web: confirmed(&body.web)
            .map(|fact| {
                link(
                    None,
                    &Url {
                        original: fact.value.clone(),
                        href: fact.value,
                        span: Default::default(),
                    },
                )
            })
            .into_iter()
            .collect(),
        note: None,
        findings: Vec::new(),
        proposed: false,
        proposed_fields: Vec::new(),
    }
}
