//! Contacts and the references to them.

use super::values::{Email, Phone, PostalCode, Url};
use crate::source::{Span, Spanned};

/// `kontakt visitationen "Glostrup Kommune, Visitationen" { … }`.
#[derive(Debug, Clone, Default)]
pub struct Contact {
    /// The name other statements refer to it by.
    pub id: Spanned<String>,
    /// The name shown to citizens.
    pub name: Spanned<String>,
    /// The national body it is, by registry id (`organ ankestyrelsen`).
    pub body: Option<Spanned<String>>,
    /// A unit within the body (`enhed "Tilsyn og Rådgivning Øst"`).
    pub unit: Option<Spanned<String>>,
    /// A named person.
    pub person: Option<Spanned<String>>,
    /// Street address lines.
    pub address: Vec<Spanned<String>>,
    /// Postal code and town.
    pub postal: Option<PostalCode>,
    /// Phone numbers with their hours.
    pub phones: Vec<PhoneEntry>,
    /// Telephone hours for the contact as a whole.
    pub hours: Option<Spanned<String>>,
    /// E-mail addresses.
    pub mails: Vec<MailEntry>,
    /// Secure mail addresses.
    pub secure_mails: Vec<MailEntry>,
    /// Web addresses.
    pub web: Vec<Url>,
    /// Free text about the contact.
    pub note: Option<Spanned<String>>,
    /// The whole statement.
    pub span: Span,
}

/// `telefon 43 23 66 90 "hverdage kl. 9-10"`.
#[derive(Debug, Clone)]
pub struct PhoneEntry {
    /// The number.
    pub phone: Phone,
    /// When it is answered, if stated.
    pub hours: Option<Spanned<String>>,
}

/// `mail ast@ast.dk link "mailto:ast-aalborg@ast.dk"`.
#[derive(Debug, Clone)]
pub struct MailEntry {
    /// The displayed address.
    pub email: Email,
    /// The link behind it, if the document has one that differs.
    pub link: Option<Url>,
    /// A note such as "med NemID-login".
    pub note: Option<Spanned<String>>,
}

/// A name that refers to a contact, a registry body, or is plain text.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The name or text as written.
    pub name: Spanned<String>,
    /// Whether it was written in quotes (plain text, not a reference).
    pub quoted: bool,
    /// What it resolved to; filled in by `resolve`.
    pub resolution: Resolution,
}

/// What a reference points at.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Resolution {
    /// Not resolved yet, or could not be.
    #[default]
    Unresolved,
    /// A contact in the standard, by index into `Standard::contacts`.
    Contact(usize),
    /// A national body in the registry, by id.
    Body(String),
    /// Free text, not a reference.
    Text,
}
