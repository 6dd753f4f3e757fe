//! What the checker reads in prose: the bodies and contacts a text names, the phone
//! numbers, mail and web addresses it gives with them, and its law references.
//!
//! Prose is every piece of free text of a standard: `tekst` blocks and every text of a
//! section, headings and titles, link texts, the notes of deadlines, prices and
//! contacts, and a contact's name and `enhed`. Each piece is split into tokens once
//! ([`tokens`]); names are found with a trie of folded words ([`names`]), law
//! references by reading from each `§` ([`law`]); every step is bounded, so reading is
//! linear in the length of the text. [`Context::prose`] reads a standard once and the
//! rules share the result.
//!
//! A phone number, mail address or web address *belongs* to a name when it follows the
//! name in the same text, in the same sentence (a `.`, `!` or `?` before a capital ends
//! one), with at most [`NEAR`] words between them, and in the same paragraph, unless
//! the paragraphs between are short lines of an address block (at most [`ADDRESS_LINE`]
//! words, no sentence end). A value that follows a value that belongs to a name belongs
//! to it too (`Træningsenheden traeningsenhed@hjoerring.dk eller på telefon 72 33 58
//! 50`), under the same limits.

pub mod law;
pub mod names;
pub mod tokens;

use super::Context;
use crate::model::SectionBody;
use crate::registry::Body;
use crate::source::Span;
use law::ProseLawRef;
pub use names::Target;
use names::{NameMatch, Names};
use std::collections::HashSet;
use tokens::{Kind, Token, Tokens};

/// At most this many words stand between a name and a value that belongs to it.
pub const NEAR: usize = 6;

/// A paragraph of at most this many words, with no sentence end, is a line of an
/// address block: a value in the next paragraph may still belong to a name before it.
pub const ADDRESS_LINE: usize = 5;

/// Where a piece of prose stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlaceKind {
    /// A `tekst` block or another text of a section.
    Text,
    /// A title, a heading or a link text.
    Heading,
    /// The note of a deadline, a price or a contact.
    Note,
    /// A contact's name, by index into `Standard::contacts`.
    ContactName(usize),
    /// A contact's `enhed`, by index.
    ContactUnit(usize),
}

/// A registry body that a piece of prose names: the first name in the piece that
/// stands for it. (Names that stand for contacts only tell whom a value belongs to:
/// they are read into [`Claim`]s and not kept.)
#[derive(Debug, Clone, Copy)]
pub struct Mention {
    /// Where the piece stands.
    pub kind: PlaceKind,
    /// Which piece, counted from the first piece of the standard's prose.
    pub piece: usize,
    /// The body, by index into `Registry::bodies`.
    pub body: usize,
    /// Where the name stands.
    pub span: Span,
}

/// A phone number, mail address or web address in prose.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// A phone number: its 8 digits.
    Phone(String),
    /// A mail address, in lowercase.
    Mail(String),
    /// A web address: its host, in lowercase and without `www.`.
    Web(String),
}

/// A value that belongs to a name ([the heuristic](self)).
#[derive(Debug, Clone)]
pub struct Claim {
    /// The value.
    pub value: Value,
    /// Where it stands.
    pub span: Span,
    /// The name it belongs to: what it names and where.
    pub targets: Vec<Target>,
    /// Where that name stands.
    pub name_span: Span,
}

/// A standard's prose, read.
#[derive(Debug, Default)]
pub struct Prose {
    /// Every registry body named in prose, once a piece, in order (most pieces name
    /// nothing, and a large standard has hundreds of thousands of pieces).
    pub mentions: Vec<Mention>,
    /// Every law reference in prose.
    pub laws: Vec<ProseLawRef>,
    /// Every value that belongs to a name.
    pub claims: Vec<Claim>,
    /// Every phone number (digits), mail address (lowercase) and web host the standard
    /// types in a contact or a link: a value in prose that is typed somewhere is judged
    /// there, or belongs to whoever types it.
    typed: HashSet<Value>,
}

impl Prose {
    /// Reads the prose of the standard in `ctx`.
    pub fn read(ctx: &Context<'_>) -> Prose {
        let names = Names::new(ctx.registry, &ctx.standard.contacts);
        let mut prose = Prose::default();
        // One list of tokens, filled again for each piece.
        let mut tokens = Tokens::default();
        let mut scratch = String::new();
        let mut piece = 0;
        places(ctx, |kind, span| {
            let text = ctx.source.slice(span);
            // Most pieces have no `§` and name nothing: those are looked over, not
            // split into tokens.
            let has_law = text.contains('§');
            if !has_law && !names.any(text, &mut scratch) {
                piece += 1;
                return;
            }
            tokens.fill(text, span.start());
            let found = names.find(&tokens);
            if has_law {
                prose.laws.extend(law::read(&tokens));
            }
            if matches!(kind, PlaceKind::Text | PlaceKind::Note) && !found.is_empty() {
                prose.claims.extend(claims(&tokens, &found));
            }
            let first = prose.mentions.len();
            for name in &found {
                for target in &name.targets {
                    let Target::Body(body) = *target else {
                        continue;
                    };
                    // Each body once a piece (at most one entry a registry body).
                    let named = prose.mentions.get(first..).unwrap_or(&[]);
                    if !named.iter().any(|m| m.body == body) {
                        prose.mentions.push(Mention {
                            kind,
                            piece,
                            body,
                            span: name.span,
                        });
                    }
                }
            }
            piece += 1;
        });
        crate::model::exact(&mut prose.mentions);
        prose.typed = typed(ctx);
        prose
    }

    /// Whether the standard types a value in a contact or a link.
    pub fn is_typed(&self, value: &Value) -> bool {
        self.typed.contains(value)
    }
}

/// The one registry body a claim's name stands for (directly, or as the body of a
/// contact it names), and whether it is named as a unit of it (a contact with an
/// `enhed`, which may have its own number and mailbox). A name that stands for two
/// bodies stands for none.
pub fn claim_body<'a>(ctx: &Context<'a>, claim: &Claim) -> Option<(&'a Body, bool)> {
    let mut found: Option<&'a Body> = None;
    let mut unit = false;
    for target in &claim.targets {
        let body = match *target {
            Target::Body(index) => ctx.registry.bodies.get(index),
            Target::Contact(index) => {
                let body = ctx.contact_body(index);
                let has_unit = ctx
                    .standard
                    .contacts
                    .get(index)
                    .is_some_and(|c| c.unit.is_some());
                unit |= body.is_some() && has_unit;
                body
            }
        };
        let Some(body) = body else { continue };
        match found {
            Some(other) if other.id != body.id => return None,
            _ => found = Some(body),
        }
    }
    found.map(|body| (body, unit))
}

/// Whether the registry has a fact for the kind of a value for a body (a phone
/// number, a mail address, a web address).
pub fn has_registry_fact(body: &Body, value: &Value) -> bool {
    match value {
        Value::Phone(_) => body.phone.is_some(),
        Value::Mail(_) => body.mail.is_some() || body.secure_mail.is_some(),
        Value::Web(_) => body.web.is_some(),
    }
}

/// Where [`places`] hands each piece of prose, as it finds it (a large standard has
/// hundreds of thousands: they are not gathered in a list).
struct Sink<F>(F);

impl<F: FnMut(PlaceKind, Span)> Sink<F> {
    fn push(&mut self, (kind, span): (PlaceKind, Span)) {
        (self.0)(kind, span);
    }

    fn extend(&mut self, pieces: impl IntoIterator<Item = (PlaceKind, Span)>) {
        for piece in pieces {
            self.push(piece);
        }
    }
}

/// Calls `each` with every piece of prose, in order: its kind and span.
fn places(ctx: &Context<'_>, each: impl FnMut(PlaceKind, Span)) {
    let standard = ctx.standard;
    let mut out = Sink(each);
    out.push((PlaceKind::Heading, standard.title.span));
    out.extend(
        standard
            .summary_heading
            .iter()
            .map(|h| (PlaceKind::Heading, h.span)),
    );
    out.extend(
        standard
            .indsatser
            .iter()
            .map(|i| (PlaceKind::Heading, i.title.span)),
    );
    out.extend(ctx.texts().into_iter().map(|t| (PlaceKind::Text, t.span)));
    for section in ctx.sections() {
        let heading = section.heading.iter();
        out.extend(heading.map(|h| (PlaceKind::Heading, h.span)));
        let mut links = section.links.iter().collect::<Vec<_>>();
        match &section.body {
            SectionBody::Frister(frister) => {
                out.extend(
                    frister
                        .iter()
                        .flat_map(|f| &f.note)
                        .map(|n| (PlaceKind::Note, n.span)),
                );
            }
            SectionBody::Egenbetaling(prices) => {
                out.extend(
                    prices
                        .iter()
                        .flat_map(|p| &p.note)
                        .map(|n| (PlaceKind::Note, n.span)),
                );
            }
            SectionBody::Klage(klage) => {
                for route in &klage.routes {
                    out.extend(route.heading.iter().map(|h| (PlaceKind::Heading, h.span)));
                    let frister = route.klagefrist.iter().chain(&route.genvurdering);
                    out.extend(
                        frister
                            .flat_map(|f| &f.note)
                            .map(|n| (PlaceKind::Note, n.span)),
                    );
                    links.extend(&route.links);
                }
            }
            _ => {}
        }
        out.extend(
            links
                .into_iter()
                .flat_map(|l| &l.label)
                .map(|l| (PlaceKind::Heading, l.span)),
        );
    }
    for (index, contact) in standard.contacts.iter().enumerate() {
        out.push((PlaceKind::ContactName(index), contact.name.span));
        out.extend(
            contact
                .unit
                .iter()
                .map(|u| (PlaceKind::ContactUnit(index), u.span)),
        );
        out.extend(contact.note.iter().map(|n| (PlaceKind::Note, n.span)));
    }
}

/// Every value the standard types.
fn typed(ctx: &Context<'_>) -> HashSet<Value> {
    let mut typed = HashSet::new();
    for contact in &ctx.standard.contacts {
        typed.extend(
            contact
                .phones
                .iter()
                .map(|p| Value::Phone(p.phone.digits.clone())),
        );
        let mails = contact.mails.iter().chain(&contact.secure_mails);
        typed.extend(mails.map(|m| Value::Mail(m.email.normalized())));
        typed.extend(
            contact
                .web
                .iter()
                .map(|w| Value::Web(tokens::host(&w.href))),
        );
    }
    for section in ctx.sections() {
        let mut links: Vec<_> = section.links.iter().collect();
        if let SectionBody::Klage(klage) = &section.body {
            links.extend(klage.routes.iter().flat_map(|r| &r.links));
        }
        typed.extend(
            links
                .into_iter()
                .map(|l| Value::Web(tokens::host(&l.url.href))),
        );
    }
    typed
}

/// The phone numbers, mail and web addresses in the tokens: the value, its first and
/// last token, and its span.
fn values(tokens: &Tokens) -> Vec<(Value, usize, usize, Span)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some(token) = tokens.get(i) else { break };
        match token.kind {
            Kind::Mail(m) => out.push((Value::Mail(m.to_owned()), i, i, token.span)),
            Kind::Web(h) => out.push((Value::Web(h.to_owned()), i, i, token.span)),
            Kind::Word(_) if token.is_digits() => {
                // A run of digit groups separated by spaces only.
                let mut last = i;
                while tokens
                    .get(last + 1)
                    .is_some_and(|t| t.is_digits() && t.space_before)
                {
                    last += 1;
                }
                if let Some(phone) = phone(tokens, i, last) {
                    let span = tokens.get(i).map_or(token.span, |t| t.span);
                    let end = tokens.get(last).map_or(span, |t| t.span);
                    out.push((Value::Phone(phone), i, last, span.join(end)));
                }
                i = last;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The 8 digits of a Danish phone number written as the digit groups `first..=last`:
/// `33411200`, `3341 1200`, `33 41 12 00`, each after an optional `+45`. A group glued
/// to other digits by `.`, `,` or `-` is part of something else (a date, an amount).
fn phone(tokens: &Tokens, first: usize, last: usize) -> Option<String> {
    let mut groups: Vec<&str> = (first..=last)
        .filter_map(|k| tokens.get(k).and_then(Token::word))
        .collect();
    let plus = first
        .checked_sub(1)
        .and_then(|k| tokens.get(k))
        .is_some_and(|t| t.is_punct('+'));
    if plus && groups.first() == Some(&"45") {
        groups.remove(0);
    }
    let glued = |k: Option<usize>| {
        k.and_then(|k| tokens.get(k))
            .is_some_and(|t| matches!(t.kind, Kind::Punct('.' | ',' | '-' | '/')))
    };
    let before_glued =
        tokens.get(first).is_some_and(|t| !t.space_before) && glued(first.checked_sub(1)) && !plus;
    let after = tokens.get(last + 1);
    let after_glued = after.is_some_and(|t| !t.space_before)
        && glued(Some(last + 1))
        && tokens
            .get(last + 2)
            .is_some_and(|t| t.is_digits() && !t.space_before);
    if before_glued || after_glued {
        return None;
    }
    let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
    let shaped = matches!(lengths.as_slice(), [8] | [4, 4] | [2, 2, 2, 2]);
    let digits: String = groups.concat();
    let plan = digits.starts_with(['2', '3', '4', '5', '6', '7', '8', '9']);
    (shaped && plan).then_some(digits)
}

/// The values that belong to a name, by [the heuristic](self).
fn claims(tokens: &Tokens, found: &[NameMatch]) -> Vec<Claim> {
    let mut out = Vec::new();
    // The number of words before each token.
    let mut words_before = Vec::with_capacity(tokens.len() + 1);
    let mut count = 0;
    for i in 0..tokens.len() {
        words_before.push(count);
        if tokens.word(i).is_some() {
            count += 1;
        }
    }
    words_before.push(count);
    let words = |from: usize, to: usize| {
        words_before.get(to).copied().unwrap_or(count)
            - words_before.get(from).copied().unwrap_or(count)
    };
    let values = values(tokens);
    let mut names = found.iter().peekable();
    let mut values = values.into_iter().peekable();
    // The name values belong to now, and the last token of it or of its last value.
    let mut anchor: Option<(&NameMatch, usize)> = None;
    let mut paragraph_words = 0;
    let mut paragraph_sentence = false;
    for (i, token) in tokens.iter().enumerate() {
        if token.paragraph_before {
            if paragraph_words > ADDRESS_LINE || paragraph_sentence {
                anchor = None;
            }
            paragraph_words = 0;
            paragraph_sentence = false;
        }
        if token.word().is_some() {
            paragraph_words += 1;
        }
        let ends_sentence = matches!(token.kind, Kind::Punct('.' | '!' | '?'))
            && tokens
                .get(i + 1)
                .is_some_and(|next| next.space_before && next.capital);
        if ends_sentence {
            anchor = None;
            paragraph_sentence = true;
        }
        while names.peek().is_some_and(|m| m.first < i) {
            names.next();
        }
        if let Some(name) = names.peek().filter(|m| m.first == i) {
            anchor = Some((name, name.last));
        }
        while values.peek().is_some_and(|v| v.1 < i) {
            values.next();
        }
        let Some((value, first, last, span)) = values.peek().filter(|v| v.1 == i).cloned() else {
            continue;
        };
        if let Some((name, end)) = anchor {
            if words(end + 1, first) <= NEAR {
                out.push(Claim {
                    value,
                    span,
                    targets: name.targets.clone(),
                    name_span: name.span,
                });
                anchor = Some((name, last));
            } else {
                anchor = None;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    fn claimed(text: &str) -> Vec<(Value, String)> {
        let names = Names::new(Registry::builtin(), &[]);
        let tokens = tokens::tokenize(text, 0);
        let found = names.find(&tokens);
        claims(&tokens, &found)
            .into_iter()
            .map(|c| {
                (
                    c.value,
                    text.get(c.name_span.range()).unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn a_value_belongs_to_the_name_before_it() {
        let phone = |d: &str| Value::Phone(d.into());
        assert_eq!(
            claimed("Ring til Ankestyrelsen på tlf. 33 41 12 00 eller skriv til ast@ast.dk."),
            vec![
                (phone("33411200"), "Ankestyrelsen".into()),
                (Value::Mail("ast@ast.dk".into()), "Ankestyrelsen".into()),
            ]
        );
        // An address block: short lines, no sentence end.
        assert_eq!(
            claimed("Ankestyrelsen Aalborg\n\n7998 Statsservice\n\nTelefon:  3341 1200 (kl. 9-15)"),
            vec![(phone("33411200"), "Ankestyrelsen Aalborg".into())]
        );
        // A new sentence, a new paragraph of prose, or a long way: no longer the body's.
        assert!(claimed("Klagen sendes til Ankestyrelsen. Ring til os på 4323 6690").is_empty());
        assert!(claimed(
            "Klagen sendes videre til Ankestyrelsen, hvis kommunen fastholder afgørelsen\n\n4323 6690"
        )
        .is_empty());
        assert!(
            claimed("Ankestyrelsen, og hvis du har spørgsmål kan du altid ringe på 4323 6690")
                .is_empty()
        );
    }

    #[test]
    fn reads_danish_phone_numbers_only() {
        let phones = |text: &str| -> Vec<Value> {
            values(&tokens::tokenize(text, 0))
                .into_iter()
                .map(|v| v.0)
                .collect()
        };
        let phone = |d: &str| Value::Phone(d.into());
        assert_eq!(phones("+45 33 41 12 00"), vec![phone("33411200")]);
        assert_eq!(
            phones("3341 1200, 33411200."),
            vec![phone("33411200"), phone("33411200")]
        );
        for not_a_phone in [
            "2600 Glostrup",
            "06.02.2024",
            "1.250.000 kr",
            "12345678",
            "33 41 12 00 12",
            "33 41 12",
            "kl. 9-15",
        ] {
            assert!(phones(not_a_phone).is_empty(), "{not_a_phone}");
        }
    }
}
