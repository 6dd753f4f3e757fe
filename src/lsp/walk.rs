//! Every place in a standard that the server can say something about: the typed values
//! (hover), and the references to contacts and bodies (hover, definition, references,
//! rename), each with its span. One walk over the model, linear in its size.

use crate::model::values::{Count, Date, Duration, Frequency, LawRef, Money, Phone};
use crate::model::{
    AgeLimit, Contact, Frist, KlageRoute, Omfang, Reference, Section, SectionBody, Standard,
};
use crate::source::{Span, Spanned};

/// Something at a place in a standard.
#[derive(Debug, Clone, Copy)]
pub enum Target<'a> {
    /// A name that refers to a contact or a body (or is text).
    Reference(&'a Reference),
    /// The short name of a contact's definition, by index into the contacts.
    Contact(usize),
    /// `organ ankestyrelsen`: a registry body's id.
    Organ(&'a str),
    /// A duration.
    Duration(&'a Duration),
    /// A frequency.
    Frequency(&'a Frequency),
    /// A number of sessions.
    Count(&'a Count),
    /// An amount.
    Money(&'a Money),
    /// A deadline, with its name and event.
    Deadline(&'a Frist),
    /// A phone number.
    Phone(&'a Phone),
    /// A date.
    Date(Date),
    /// A law reference.
    Law(&'a LawRef),
    /// An age limit.
    Age(&'a AgeLimit),
    /// The municipality's name.
    Municipality(&'a str),
    /// The municipality's code.
    MunicipalityCode(&'a str),
}

/// Every target of a standard with its span, in no particular order.
pub fn targets(standard: &Standard) -> Vec<(Span, Target<'_>)> {
    let mut out = Walk(Vec::new());
    out.standard(standard);
    out.0
}

/// The innermost target at a byte offset: the one with the smallest span that holds it
/// (a span's end counts, so a word just typed is found).
pub fn target_at(standard: &Standard, offset: usize) -> Option<(Span, Target<'_>)> {
    targets(standard)
        .into_iter()
        .filter(|(span, _)| span.start() <= offset && offset <= span.end())
        .min_by_key(|(span, _)| span.len())
}

struct Walk<'a>(Vec<(Span, Target<'a>)>);

impl<'a> Walk<'a> {
    fn push(&mut self, span: Span, target: Target<'a>) {
        self.0.push((span, target));
    }

    fn date(&mut self, date: &Spanned<Date>) {
        self.push(date.span, Target::Date(date.value));
    }

    fn references(&mut self, references: &'a [Reference]) {
        for reference in references {
            self.push(reference.name.span, Target::Reference(reference));
        }
    }

    fn laws(&mut self, laws: &'a [LawRef]) {
        for law in laws {
            self.push(law.span, Target::Law(law));
        }
    }

    fn standard(&mut self, standard: &'a Standard) {
        if let Some(name) = &standard.municipality {
            self.push(name.span, Target::Municipality(&name.value));
        }
        if let Some(code) = &standard.municipality_code {
            self.push(code.span, Target::MunicipalityCode(&code.value));
        }
        if let Some(validity) = &standard.validity {
            self.date(&validity.from);
            if let Some(until) = &validity.until {
                self.date(until);
            }
        }
        for date in [&standard.date, &standard.updated].into_iter().flatten() {
            self.date(date);
        }
        if let Some(date) = standard.approval.as_ref().and_then(|a| a.date.as_ref()) {
            self.date(date);
        }
        self.references(&standard.service_level_by);
        self.laws(&standard.legal_basis);
        for scheme in &standard.other_schemes {
            self.laws(&scheme.refs);
        }
        for section in standard.summary.iter().chain(&standard.sections) {
            self.section(section);
        }
        for indsats in &standard.indsatser {
            self.laws(&indsats.legal_basis);
            for scheme in &indsats.other_schemes {
                self.laws(&scheme.refs);
            }
            for section in &indsats.sections {
                self.section(section);
            }
        }
        for (index, contact) in standard.contacts.iter().enumerate() {
            self.contact(index, contact);
        }
    }

    fn contact(&mut self, index: usize, contact: &'a Contact) {
        self.push(contact.id.span, Target::Contact(index));
        if let Some(body) = &contact.body {
            self.push(body.span, Target::Organ(&body.value));
        }
        for entry in &contact.phones {
            self.push(entry.phone.span, Target::Phone(&entry.phone));
        }
    }

    fn section(&mut self, section: &'a Section) {
        self.references(&section.contacts);
        self.laws(&section.legal_basis);
        match &section.body {
            SectionBody::Text | SectionBody::Ramme(_) | SectionBody::Indhold(_) => {}
            SectionBody::Målgruppe(målgruppe) => {
                if let Some(age) = &målgruppe.alder {
                    self.push(age.span, Target::Age(age));
                }
                for exclusion in &målgruppe.undtaget {
                    self.laws(&exclusion.other_route);
                }
            }
            SectionBody::Tildeling(tildeling) => {
                self.references(&tildeling.afgøres_af);
                self.references(&tildeling.vurderes_af);
            }
            SectionBody::Ansøgning(ansøgning) => {
                for requester in &ansøgning.søges_af {
                    let reference = &requester.reference;
                    self.push(reference.name.span, Target::Reference(reference));
                }
            }
            SectionBody::Omfang(omfang) => self.omfang(omfang),
            SectionBody::Leverandør(leverandør) => self.references(&leverandør.udfører),
            SectionBody::Egenbetaling(prices) => {
                for amount in prices.iter().filter_map(|price| price.amount.as_ref()) {
                    self.push(amount.span, Target::Money(amount));
                }
            }
            SectionBody::Kørsel(kørsel) => self.laws(&kørsel.legal_basis),
            SectionBody::Frister(frister) => {
                for frist in frister {
                    self.frist(frist);
                }
            }
            SectionBody::Klage(klage) => {
                for route in &klage.routes {
                    self.route(route);
                }
            }
        }
    }

    fn omfang(&mut self, omfang: &'a Omfang) {
        for count in [&omfang.gange, &omfang.forlængelse].into_iter().flatten() {
            self.push(count.span, Target::Count(count));
        }
        if let Some(frequency) = &omfang.hyppighed {
            self.push(frequency.span, Target::Frequency(frequency));
        }
        for duration in [&omfang.længde, &omfang.forløb, &omfang.pause]
            .into_iter()
            .flatten()
        {
            self.push(duration.span, Target::Duration(duration));
        }
        for pakke in &omfang.pakker {
            self.omfang(&pakke.omfang);
        }
    }

    fn frist(&mut self, frist: &'a Frist) {
        self.push(frist.deadline.span, Target::Deadline(frist));
    }

    fn route(&mut self, route: &'a KlageRoute) {
        self.references(&route.til);
        self.references(&route.videre);
        for frist in [&route.klagefrist, &route.genvurdering]
            .into_iter()
            .flatten()
        {
            self.frist(frist);
        }
        self.laws(&route.legal_basis);
    }
}
