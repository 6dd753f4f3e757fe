//! Lowering of `kontakt` definitions.

use super::literal;
use super::{Lowerer, Seen};
use crate::diag::{codes, Diagnostic};
use crate::model::{Contact, MailEntry, PhoneEntry};
use crate::msg;
use crate::schema::{ContactKw, Place};
use crate::source::Spanned;
use crate::syntax::tree::{ArgKind, Statement};

impl Lowerer<'_> {
    /// Lowers `kontakt navn "Vist navn" { … }` and adds it to the standard's contacts.
    pub(crate) fn contact_definition(&mut self, statement: &Statement) {
        let mut cursor = self.cursor(statement);
        let Some(id) = cursor.eat_kind(ArgKind::Word) else {
            let found = literal::found(&cursor);
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    cursor.here(),
                    msg!("lower-expected-contact-name", found = found),
                )
                .with_help(msg!("lower-expected-contact-name-help")),
            );
            return;
        };
        let name = match cursor.eat_kind(ArgKind::String) {
            Some(arg) => Spanned::new(arg.as_str().to_owned(), arg.span),
            None => Spanned::new(id.as_str().to_owned(), id.span),
        };
        self.finish(&cursor, msg!("lower-after-contact-name"));
        if let Some(first) = self
            .contact_ids
            .get(id.as_str())
            .and_then(|&index| self.contacts.get(index))
        {
            let first_span = first.id.span;
            self.diagnostics.push(
                Diagnostic::error(
                    codes::DUPLICATE_CONTACT_NAME,
                    id.span,
                    msg!("lower-duplicate-contact", name = id.text.as_ref()),
                )
                .with_secondary(first_span, msg!("lower-duplicate-contact-label"))
                .with_help(msg!("lower-duplicate-contact-help")),
            );
            return;
        }
        let mut contact = Contact {
            id: Spanned::new(id.as_str().to_owned(), id.span),
            name,
            span: statement.span,
            ..Contact::default()
        };
        let Some(block) = self.require_block(statement) else {
            self.push_contact(contact);
            return;
        };
        let mut seen = Seen::default();
        for inner in block.statements() {
            let Some(field) = ContactKw::from_word(inner.key.as_str()) else {
                self.unknown(inner, Place::Contact);
                continue;
            };
            if !self.admit(&mut seen, inner, field.spec()) {
                continue;
            }
            self.contact_field(inner, field, &mut contact);
        }
        self.push_contact(contact);
    }

    /// Adds a contact, indexed by its short name.
    fn push_contact(&mut self, contact: Contact) {
        self.contact_ids
            .insert(contact.id.value.clone(), self.contacts.len());
        self.contacts.push(contact);
    }

    fn contact_field(&mut self, statement: &Statement, field: ContactKw, contact: &mut Contact) {
        let source = self.source;
        let key = field.word();
        let mut cursor = self.cursor(statement);
        if cursor.is_done() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    statement.key.span,
                    msg!("lower-needs-value", keyword = key),
                )
                .with_help(msg!("lower-write-example", example = field.spec().example)),
            );
            return;
        }
        match field {
            ContactKw::Organ => match cursor.eat_kind(ArgKind::Word) {
                Some(arg) => contact.body = Some(Spanned::new(arg.as_str().to_owned(), arg.span)),
                None => {
                    self.diagnostics.push(
                        Diagnostic::error(
                            codes::UNEXPECTED_VALUE,
                            cursor.here(),
                            msg!("lower-organ-takes-body"),
                        )
                        .with_help(msg!("lower-organ-help")),
                    );
                    return;
                }
            },
            ContactKw::Enhed
            | ContactKw::Person
            | ContactKw::Telefontid
            | ContactKw::Note
            | ContactKw::Adresse => {
                let value = self.name_value(statement, msg!("lower-name-text"));
                let Some(value) = value else { return };
                match field {
                    ContactKw::Enhed => contact.unit = Some(value),
                    ContactKw::Person => contact.person = Some(value),
                    ContactKw::Telefontid => contact.hours = Some(value),
                    ContactKw::Note => contact.note = Some(value),
                    _ => contact.address.push(value),
                }
                return;
            }
            ContactKw::Postnr => match literal::postal(&mut cursor) {
                Ok(postal) => contact.postal = Some(postal),
                Err(d) => {
                    self.diagnostics.push(d);
                    return;
                }
            },
            ContactKw::Telefon => match literal::phone(&mut cursor, source) {
                Ok(phone) => {
                    let hours = cursor
                        .eat_kind(ArgKind::String)
                        .map(|a| Spanned::new(a.as_str().to_owned(), a.span));
                    contact.phones.push(PhoneEntry { phone, hours });
                }
                Err(d) => {
                    self.diagnostics.push(d);
                    return;
                }
            },
            ContactKw::Mail | ContactKw::SikkerMail => {
                let email = match literal::email(&mut cursor, source) {
                    Ok(email) => email,
                    Err(d) => {
                        self.diagnostics.push(d);
                        return;
                    }
                };
                let mut link = None;
                if cursor.eat_word("link") {
                    match literal::url(&mut cursor, source) {
                        Ok(url) => link = Some(url),
                        Err(d) => {
                            self.diagnostics.push(d);
                            return;
                        }
                    }
                }
                let note = cursor
                    .eat_kind(ArgKind::String)
                    .map(|a| Spanned::new(a.as_str().to_owned(), a.span));
                let entry = MailEntry { email, link, note };
                if field == ContactKw::Mail {
                    contact.mails.push(entry);
                } else {
                    contact.secure_mails.push(entry);
                }
            }
            ContactKw::Web => match literal::url(&mut cursor, source) {
                Ok(url) => contact.web.push(url),
                Err(d) => {
                    self.diagnostics.push(d);
                    return;
                }
            },
        }
        self.finish(&cursor, msg!("lower-after-contact-field", keyword = key));
    }
}
