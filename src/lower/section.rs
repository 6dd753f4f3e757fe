//! Lowering of sections and their typed bodies.

use super::cursor::Cursor;
use super::keywords;
use super::literal;
use super::text;
use super::{quoted, Lowerer, Seen};
use crate::diag::{codes, Diagnostic};
use crate::i18n::Message;
use crate::model::exact;
use crate::model::{
    AgeLimit, Ansøgning, DeliveryForm, DeliveryPlace, Exclusion, Ramme, Requester, RequesterRole,
    Tildeling,
};
use crate::model::{
    Deadline, DeadlineAmount, Frist, Indhold, Klage, KlageRoute, Kørsel, Leverandør,
    Link as SectionLink, Omfang, OmfangPakke, Price, Reference, Resolution, RouteKind, Section,
    SectionBody, SectionKind, Text, TransportOffer,
};
use crate::msg;
use crate::schema::{AnsøgningKw, EgenbetalingKw, FristerKw, RammeKw, TildelingKw};
use crate::schema::{
    IndholdKw, KørselKw, LeverandørKw, MålgruppeKw, OmfangKw, PakkeKw, Place, RouteKw, ScopeKw,
    SectionCommonKw, Value,
};
use crate::source::{SourceFile, Span, Spanned};
use crate::suggest::{Spelling, Suggestion};
use crate::syntax::tree::{ArgKind, Statement};
use thin_vec::ThinVec;

/// Lowers `formål …`, `omfang { … }` and the other sections.
pub(super) fn lower_section(
    lowerer: &mut Lowerer<'_>,
    statement: &Statement,
    kind: SectionKind,
) -> Section {
    let mut section = Section {
        kind,
        heading: None,
        text: ThinVec::new(),
        links: ThinVec::new(),
        contacts: ThinVec::new(),
        legal_basis: ThinVec::new(),
        body: initial_body(kind),
        keyword_span: statement.key.span,
        span: statement.span,
    };
    header(lowerer, statement, &mut section);
    // The section's lists, gathered here (the header's text first) and moved into the
    // section's thin lists at their exact length once read.
    let mut lists = Lists::default();
    lists.text.extend(std::mem::take(&mut section.text));
    let Some(block) = &statement.block else {
        if kind == SectionKind::Afsnit && section.heading.is_none() {
            lowerer.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    statement.key.span,
                    msg!("lower-afsnit-needs-heading"),
                )
                .with_help(msg!("lower-afsnit-needs-heading-help")),
            );
        }
        lists.finish(&mut section);
        return section;
    };
    let mut seen = Seen::default();
    for inner in block.statements() {
        // In `frister`, `kontakt 7 hverdage efter afgørelse` is a deadline named
        // `kontakt`, not a reference to a contact.
        let deadline_named_kontakt = matches!(section.body, SectionBody::Frister(_))
            && SectionCommonKw::from_word(inner.key.text) == Some(SectionCommonKw::Kontakt)
            && inner.block.is_none()
            && starts_like_deadline(inner);
        if !deadline_named_kontakt
            && common(
                lowerer,
                inner,
                &mut lists.text,
                &mut lists.links,
                &mut lists.contacts,
                &mut lists.legal_basis,
            )
        {
            continue;
        }
        let key = inner.key.as_str();
        match &mut section.body {
            SectionBody::Målgruppe(m) => match MålgruppeKw::from_word(key) {
                Some(keyword) => {
                    if !lowerer.admit(&mut seen, inner, keyword.spec()) {
                        continue;
                    }
                    match keyword {
                        MålgruppeKw::Kan => m.kan.extend(text_value(lowerer, inner)),
                        MålgruppeKw::KanIkke => m.kan_ikke.extend(text_value(lowerer, inner)),
                        MålgruppeKw::Alder => m.alder = age(lowerer, inner),
                        MålgruppeKw::Årsag => m.årsager.extend(causes(lowerer, inner)),
                        MålgruppeKw::Undtaget => m.undtaget.extend(exclusion(lowerer, inner)),
                    }
                }
                None => lowerer.unknown(inner, Place::Målgruppe),
            },
            SectionBody::Tildeling(t) => match TildelingKw::from_word(key) {
                Some(keyword) => {
                    lowerer.shape(inner, keyword.spec());
                    let names = references(lowerer, inner);
                    match keyword {
                        TildelingKw::AfgøresAf => t.afgøres_af.extend(names),
                        TildelingKw::VurderesAf => t.vurderes_af.extend(names),
                    }
                }
                None => lowerer.unknown(inner, Place::Tildeling),
            },
            SectionBody::Ansøgning(a) => match AnsøgningKw::from_word(key) {
                Some(keyword @ AnsøgningKw::SøgesAf) => {
                    lowerer.shape(inner, keyword.spec());
                    a.søges_af.extend(requesters(lowerer, inner));
                }
                None => lowerer.unknown(inner, Place::Ansøgning),
            },
            SectionBody::Ramme(r) => match RammeKw::from_word(key) {
                Some(keyword) => {
                    if !lowerer.admit(&mut seen, inner, keyword.spec()) {
                        continue;
                    }
                    match keyword {
                        RammeKw::Form => r.former = delivery_forms(lowerer, inner),
                        RammeKw::Sted => r.steder = delivery_places(lowerer, inner),
                    }
                }
                None => lowerer.unknown(inner, Place::Ramme),
            },
            SectionBody::Indhold(i) => match IndholdKw::from_word(key) {
                Some(keyword) => {
                    lowerer.shape(inner, keyword.spec());
                    let text = text_value(lowerer, inner);
                    match keyword {
                        IndholdKw::Indgår => i.indgår.extend(text),
                        IndholdKw::IndgårIkke => i.indgår_ikke.extend(text),
                    }
                }
                None => lowerer.unknown(inner, Place::Indhold),
            },
            SectionBody::Omfang(o) => match OmfangKw::from_word(key) {
                Some(OmfangKw::Pakke) => {
                    let pakke = pakke(lowerer, inner);
                    o.pakker.push(pakke);
                }
                None => match ScopeKw::from_word(key) {
                    Some(field) => omfang_field(lowerer, inner, field, o, &mut seen),
                    None => lowerer.unknown(inner, Place::Omfang),
                },
            },
            SectionBody::Leverandør(l) => match LeverandørKw::from_word(key) {
                Some(keyword) => {
                    if !lowerer.admit(&mut seen, inner, keyword.spec()) {
                        continue;
                    }
                    match keyword {
                        LeverandørKw::Udfører => l.udfører.extend(references(lowerer, inner)),
                        LeverandørKw::FritValg => l.frit_valg = yes_no(lowerer, inner),
                        LeverandørKw::Kompetencekrav => {
                            l.kompetencekrav.extend(text_value(lowerer, inner));
                        }
                    }
                }
                None => lowerer.unknown(inner, Place::Leverandør),
            },
            SectionBody::Kørsel(k) => match KørselKw::from_word(key) {
                Some(keyword @ KørselKw::Tilbydes) => {
                    if lowerer.admit(&mut seen, inner, keyword.spec()) {
                        k.tilbydes = transport(lowerer, inner);
                    }
                }
                None => lowerer.unknown(inner, Place::Kørsel),
            },
            SectionBody::Egenbetaling(prices) => {
                if let Some(price) = price(lowerer, inner) {
                    prices.push(price);
                }
            }
            SectionBody::Frister(frister) => {
                if let Some(frist) = frist(lowerer, inner) {
                    frister.push(frist);
                }
            }
            SectionBody::Klage(klage) => match RouteKind::from_word(key) {
                Some(kind) => {
                    let route = route(lowerer, inner, kind);
                    klage.routes.push(route);
                }
                None => lowerer.unknown(inner, Place::Klage),
            },
            SectionBody::Text => {
                let phrase = msg!("lower-place-in", keyword = kind.word());
                lowerer.unknown_in(inner, Place::Section, phrase);
            }
        }
    }
    if let SectionBody::Kørsel(k) = &mut section.body {
        k.legal_basis.clone_from(&lists.legal_basis);
    }
    lists.finish(&mut section);
    section
}

/// What any section may give besides its typed body, as it is read.
#[derive(Default)]
struct Lists {
    text: Vec<Text>,
    links: Vec<SectionLink>,
    contacts: Vec<Reference>,
    legal_basis: Vec<crate::model::values::LawRef>,
}

impl Lists {
    /// Moves the lists into the section, and every list of its body to its exact
    /// length.
    fn finish(self, section: &mut Section) {
        section.text = thin(self.text);
        section.links = thin(self.links);
        section.contacts = thin(self.contacts);
        section.legal_basis = thin(self.legal_basis);
        exact_section(section);
    }
}

/// A list moved into a thin list of its exact length (an empty one allocates nothing).
fn thin<T>(list: Vec<T>) -> ThinVec<T> {
    if list.is_empty() {
        ThinVec::new()
    } else {
        ThinVec::from(list)
    }
}

/// The section body's lists at their exact length ([`exact`]).
fn exact_section(section: &mut Section) {
    match &mut section.body {
        SectionBody::Målgruppe(m) => {
            exact(&mut m.kan);
            exact(&mut m.kan_ikke);
        }
        SectionBody::Omfang(o) => {
            exact(&mut o.pakker);
        }
        SectionBody::Egenbetaling(prices) => exact(prices),
        SectionBody::Frister(frister) => exact(frister),
        SectionBody::Klage(klage) => exact(&mut klage.routes),
        SectionBody::Text
        | SectionBody::Tildeling(_)
        | SectionBody::Ansøgning(_)
        | SectionBody::Ramme(_)
        | SectionBody::Indhold(_)
        | SectionBody::Leverandør(_)
        | SectionBody::Kørsel(_) => {}
    }
}

/// Whether a statement's values begin the way a deadline does.
fn starts_like_deadline(statement: &Statement) -> bool {
    let mut cursor = Cursor::new(&statement.args, statement.key.span);
    let mark = cursor.mark();
    let number = literal::range(&mut cursor).is_ok();
    cursor.reset(mark);
    number
        || cursor.eat_word("straks")
        || cursor.eat_word("umiddelbart")
        || cursor.eat_word("hurtigst-muligt")
        || cursor.eat_word("hurtigst")
}

fn initial_body(kind: SectionKind) -> SectionBody {
    match kind {
        SectionKind::Målgruppe => SectionBody::Målgruppe(Box::default()),
        SectionKind::Indhold => SectionBody::Indhold(Indhold::default()),
        SectionKind::Tildeling => SectionBody::Tildeling(Tildeling::default()),
        SectionKind::Ansøgning => SectionBody::Ansøgning(Ansøgning::default()),
        SectionKind::Ramme => SectionBody::Ramme(Ramme::default()),
        SectionKind::Omfang => SectionBody::Omfang(Box::default()),
        SectionKind::Leverandør => SectionBody::Leverandør(Leverandør::default()),
        SectionKind::Egenbetaling => SectionBody::Egenbetaling(Vec::new()),
        SectionKind::Kørsel => SectionBody::Kørsel(Kørsel::default()),
        SectionKind::Frister | SectionKind::Kvalitetsmål => SectionBody::Frister(Vec::new()),
        SectionKind::Klage => SectionBody::Klage(Klage::default()),
        _ => SectionBody::Text,
    }
}

/// Reads the values on a section's own line: a heading, text, or (for `egenbetaling`)
/// an amount.
fn header(lowerer: &mut Lowerer<'_>, statement: &Statement, section: &mut Section) {
    let mut cursor = lowerer.cursor(statement);
    let has_block = statement.block.is_some();
    let strings = statement
        .args
        .iter()
        .filter(|a| a.kind == ArgKind::String)
        .count();
    let blocks = statement
        .args
        .iter()
        .filter(|a| a.kind == ArgKind::TextBlock)
        .count();
    // A first string is a heading if a block or a text block follows it, and always for
    // `afsnit`.
    if let Some(first) = cursor.peek().filter(|a| a.kind == ArgKind::String) {
        let is_heading = section.kind == SectionKind::Afsnit
            || has_block
            || blocks > 0
            || strings > 1
            || cursor.peek2().is_some();
        if is_heading {
            section.heading = Some(Spanned::new(first.as_str().to_owned(), first.span));
            cursor.next();
        }
    }
    if section.kind == SectionKind::Egenbetaling && cursor.peek().is_some_and(|a| !a.is_text()) {
        match literal::money(&mut cursor, lowerer.source) {
            Ok(amount) => {
                let note = cursor
                    .eat_kind(ArgKind::String)
                    .map(|a| Spanned::new(a.as_str().to_owned(), a.span));
                if let SectionBody::Egenbetaling(prices) = &mut section.body {
                    prices.push(Price {
                        name: Spanned::new("ydelsen".into(), statement.key.span),
                        amount: Some(amount),
                        note,
                        span: statement.span,
                    });
                }
            }
            Err(d) => {
                lowerer.diagnostics.push(d);
                return;
            }
        }
    }
    while let Some(arg) = cursor.peek().filter(|a| a.is_text()) {
        section.text.push(to_text(arg));
        cursor.next();
    }
    lowerer.finish(&cursor, quoted(statement.key.text));
}

fn to_text(arg: &crate::syntax::tree::Arg) -> Text {
    if arg.kind == ArgKind::TextBlock {
        text::parse_text(&arg.text, arg.span)
    } else {
        text::single(&arg.text, arg.span)
    }
}

/// Handles `tekst`, `link`, `kontakt` and `lovgrundlag`; returns whether it did.
fn common(
    lowerer: &mut Lowerer<'_>,
    statement: &Statement,
    texts: &mut Vec<Text>,
    links: &mut Vec<SectionLink>,
    contacts: &mut Vec<Reference>,
    legal_basis: &mut Vec<crate::model::values::LawRef>,
) -> bool {
    let Some(keyword) = SectionCommonKw::from_word(statement.key.as_str()) else {
        return false;
    };
    lowerer.shape(statement, keyword.spec());
    match keyword {
        SectionCommonKw::Tekst => texts.extend(text_value(lowerer, statement)),
        SectionCommonKw::Link => links.extend(link(lowerer, statement)),
        SectionCommonKw::Kontakt => {
            if statement.block.is_some() {
                lowerer.contact_definition(statement);
                if let Some(id) = statement.args.first().filter(|a| a.kind == ArgKind::Word) {
                    contacts.push(Reference {
                        name: Spanned::new(id.as_str().to_owned(), id.span),
                        quoted: false,
                        resolution: Resolution::Unresolved,
                    });
                }
            } else {
                contacts.extend(references(lowerer, statement));
            }
        }
        SectionCommonKw::Lovgrundlag => legal_basis.extend(lowerer.law_refs(statement)),
    }
    true
}

/// Reads `link "Label" https://…` (and `kilde`, which is written the same way).
pub(super) fn link(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<SectionLink> {
    let mut cursor = lowerer.cursor(statement);
    let label = cursor
        .eat_kind(ArgKind::String)
        .map(|a| Spanned::new(a.as_str().to_owned(), a.span));
    match literal::url(&mut cursor, lowerer.source) {
        Ok(url) => {
            lowerer.finish(&cursor, msg!("lower-after-link"));
            Some(SectionLink { label, url })
        }
        Err(d) => {
            lowerer.diagnostics.push(d);
            None
        }
    }
}

/// Reads the text of `tekst`, `kan`, `indgår`, `kompetencekrav` and the like.
fn text_value(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Vec<Text> {
    let mut cursor = lowerer.cursor(statement);
    let mut out = Vec::new();
    while let Some(arg) = cursor.peek().filter(|a| a.is_text()) {
        out.push(to_text(arg));
        cursor.next();
    }
    if out.is_empty() {
        let found = literal::found(&cursor);
        lowerer.diagnostics.push(
            Diagnostic::error(
                codes::MISSING_VALUE,
                cursor.here(),
                msg!(
                    "lower-needs-text",
                    keyword = statement.key.text,
                    found = found
                ),
            )
            .with_help(msg!("lower-needs-text-help", keyword = statement.key.text)),
        );
        return out;
    }
    lowerer.finish(&cursor, msg!("lower-after-text"));
    out
}

/// Reads names that refer to contacts or bodies, or quoted text: `til visitationen`,
/// `udfører "Træningsenheden"`, `til visitationen, ankestyrelsen`.
pub(super) fn references(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut cursor = lowerer.cursor(statement);
    loop {
        match cursor.next() {
            Some(arg) if arg.kind == ArgKind::String => out.push(Reference {
                name: Spanned::new(arg.as_str().to_owned(), arg.span),
                quoted: true,
                resolution: Resolution::Text,
            }),
            Some(arg) if arg.kind == ArgKind::Word => out.push(Reference {
                name: Spanned::new(arg.as_str().to_owned(), arg.span),
                quoted: false,
                resolution: Resolution::Unresolved,
            }),
            Some(arg) => {
                lowerer.diagnostics.push(
                    Diagnostic::error(
                        codes::UNEXPECTED_VALUE,
                        arg.span,
                        msg!("lower-expected-reference", found = arg.text.as_ref()),
                    )
                    .with_help(msg!("lower-expected-reference-help")),
                );
                return out;
            }
            None => break,
        }
        if !cursor.eat_punct(",") && !cursor.eat_word("og") {
            break;
        }
    }
    if out.is_empty() {
        lowerer.diagnostics.push(
            Diagnostic::error(
                codes::MISSING_VALUE,
                statement.key.span,
                msg!("lower-needs-reference", keyword = statement.key.text),
            )
            .with_help(msg!(
                "lower-needs-reference-help",
                keyword = statement.key.text
            )),
        );
    }
    lowerer.finish(&cursor, msg!("lower-after-name"));
    out
}

fn yes_no(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<Spanned<bool>> {
    let mut cursor = lowerer.cursor(statement);
    let arg = cursor.next();
    let value = match arg.map(|a| a.as_str().to_lowercase()) {
        Some(word) if word == "ja" => Some(true),
        Some(word) if word == "nej" => Some(false),
        _ => None,
    };
    match (value, arg) {
        (Some(value), Some(arg)) => {
            lowerer.finish(&cursor, msg!("lower-after-yes-no"));
            Some(Spanned::new(value, arg.span))
        }
        _ => {
            let span = arg.map_or(cursor.end, |a| a.span);
            let what = quoted(statement.key.text);
            let d = lowerer.choice_error(span, arg, Value::YesNo.choices(), what);
            lowerer.diagnostics.push(d);
            None
        }
    }
}

fn transport(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<Spanned<TransportOffer>> {
    let mut cursor = lowerer.cursor(statement);
    let arg = cursor.next();
    let value = match arg.map(|a| a.as_str().to_lowercase()) {
        Some(word) if word == "ja" => Some(TransportOffer::Ja),
        Some(word) if word == "nej" => Some(TransportOffer::Nej),
        Some(word) if word == "efter-vurdering" => Some(TransportOffer::EfterVurdering),
        _ => None,
    };
    match (value, arg) {
        (Some(value), Some(arg)) => {
            lowerer.finish(&cursor, msg!("lower-after-choice"));
            Some(Spanned::new(value, arg.span))
        }
        _ => {
            let span = arg.map_or(cursor.end, |a| a.span);
            let choices = Value::Transport.choices();
            let d = lowerer.choice_error(span, arg, choices, quoted("tilbydes"));
            lowerer.diagnostics.push(d);
            None
        }
    }
}

/// Reads one field of `omfang` or `pakke`.
fn omfang_field(
    lowerer: &mut Lowerer<'_>,
    statement: &Statement,
    field: ScopeKw,
    omfang: &mut Omfang,
    seen: &mut Seen,
) {
    if !lowerer.admit(seen, statement, field.spec()) {
        return;
    }
    let source = lowerer.source;
    let mut cursor = lowerer.cursor(statement);
    if field == ScopeKw::Vejledende {
        omfang.vejledende = Some(statement.key.span);
        lowerer.finish(&cursor, quoted("vejledende"));
        return;
    }
    if cursor.is_done() {
        lowerer
            .diagnostics
            .push(missing(statement, field.spec().example));
        return;
    }
    let result = match field {
        ScopeKw::Gange => {
            literal::count(&mut cursor, source).map(|v| omfang.gange = Some(Box::new(v)))
        }
        ScopeKw::Forlængelse => {
            literal::count(&mut cursor, source).map(|v| omfang.forlængelse = Some(Box::new(v)))
        }
        ScopeKw::Hyppighed => {
            literal::frequency(&mut cursor, source).map(|v| omfang.hyppighed = Some(Box::new(v)))
        }
        ScopeKw::Længde => {
            literal::duration(&mut cursor, source).map(|v| omfang.længde = Some(Box::new(v)))
        }
        ScopeKw::Forløb => {
            literal::duration(&mut cursor, source).map(|v| omfang.forløb = Some(Box::new(v)))
        }
        ScopeKw::Pause => {
            literal::duration(&mut cursor, source).map(|v| omfang.pause = Some(Box::new(v)))
        }
        ScopeKw::Vejledende => Ok(()),
    };
    match result {
        Ok(()) => lowerer.finish(&cursor, quoted(field.word())),
        Err(d) => lowerer.diagnostics.push(d),
    }
}

fn missing(statement: &Statement, example: &str) -> Diagnostic {
    Diagnostic::error(
        codes::MISSING_VALUE,
        statement.key.span,
        msg!("lower-needs-value", keyword = statement.key.text),
    )
    .with_help(msg!("lower-write-example", example = example))
}

fn pakke(lowerer: &mut Lowerer<'_>, statement: &Statement) -> OmfangPakke {
    let mut cursor = lowerer.cursor(statement);
    let name = match cursor.eat_kind(ArgKind::String) {
        Some(arg) => Spanned::new(arg.as_str().to_owned(), arg.span),
        None => {
            lowerer.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    cursor.here(),
                    msg!("lower-pakke-needs-name"),
                )
                .with_help(msg!("lower-pakke-needs-name-help")),
            );
            Spanned::new(String::new(), statement.key.span)
        }
    };
    let mut pakke = OmfangPakke {
        name,
        omfang: Omfang::default(),
        text: Vec::new(),
        span: statement.span,
    };
    while let Some(arg) = cursor.peek().filter(|a| a.is_text()) {
        pakke.text.push(to_text(arg));
        cursor.next();
    }
    lowerer.finish(&cursor, msg!("lower-after-name"));
    if let Some(block) = &statement.block {
        let mut seen = Seen::default();
        for inner in block.statements() {
            let key = inner.key.as_str();
            match PakkeKw::from_word(key) {
                Some(keyword @ PakkeKw::Tekst) => {
                    lowerer.shape(inner, keyword.spec());
                    let texts = text_value(lowerer, inner);
                    pakke.text.extend(texts);
                }
                None => match ScopeKw::from_word(key) {
                    Some(field) => {
                        omfang_field(lowerer, inner, field, &mut pakke.omfang, &mut seen)
                    }
                    None => lowerer.unknown(inner, Place::Pakke),
                },
            }
        }
    }
    pakke
}

/// `træning 0 kr`, `ophold 173 kr pr. dag "kost"`, `kost "efter gældende takster"`.
fn price(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<Price> {
    lowerer.no_block(statement);
    let mut cursor = lowerer.cursor(statement);
    let keyword = EgenbetalingKw::from_word(statement.key.as_str());
    let name = match keyword {
        // `pris "Kost og logi" …`; a price named `pris` in a file of the first edition
        // (`pris 100 kr`) has no quoted name and reads as before.
        Some(EgenbetalingKw::Pris) if cursor.peek().is_some_and(|a| a.kind == ArgKind::String) => {
            named(&mut cursor)
        }
        _ => Spanned::new(statement.key.as_str().to_owned(), statement.key.span),
    };
    if let Some(arg) = cursor.peek().filter(|a| a.kind == ArgKind::String) {
        cursor.next();
        // `priss "Kost og logi" 173 kr`: a misspelt `pris` reads as a price named
        // `priss` with a note, and values left over.
        if !cursor.is_done() && misspelt(statement, &Place::Egenbetaling.words()).is_some() {
            lowerer.diagnostics.push(misspelled_or(
                lowerer.source,
                statement,
                &Place::Egenbetaling.words(),
                missing(statement, "pris \"Kost og logi\" 173 kr pr. dag"),
            ));
            return None;
        }
        lowerer.finish(&cursor, msg!("lower-after-note"));
        return Some(Price {
            name,
            amount: None,
            note: Some(Spanned::new(arg.as_str().to_owned(), arg.span)),
            span: statement.span,
        });
    }
    if cursor.is_done() {
        lowerer.diagnostics.push(misspelled_or(
            lowerer.source,
            statement,
            &Place::Egenbetaling.words(),
            missing(statement, "træning 0 kr"),
        ));
        return None;
    }
    match literal::money(&mut cursor, lowerer.source) {
        Ok(amount) => {
            let note = cursor
                .eat_kind(ArgKind::String)
                .map(|a| Spanned::new(a.as_str().to_owned(), a.span));
            lowerer.finish(&cursor, msg!("lower-after-amount"));
            Some(Price {
                name,
                amount: Some(amount),
                note,
                span: statement.span,
            })
        }
        Err(d) => {
            lowerer.diagnostics.push(misspelled_or(
                lowerer.source,
                statement,
                &Place::Egenbetaling.words(),
                d,
            ));
            None
        }
    }
}

/// Takes the quoted name of a `frist` or a `pris` (the caller has seen it is there).
fn named(cursor: &mut Cursor<'_>) -> Spanned<String> {
    match cursor.next() {
        Some(arg) => Spanned::new(arg.as_str().to_owned(), arg.span),
        None => Spanned::new(String::new(), cursor.end),
    }
}

/// Reads a list of words or quoted texts separated by `,` or `og`, each with its span.
fn word_list(
    lowerer: &mut Lowerer<'_>,
    statement: &Statement,
    what: Message,
) -> Vec<(Spanned<String>, bool)> {
    let mut cursor = lowerer.cursor(statement);
    let mut out = Vec::new();
    loop {
        match cursor.next() {
            Some(arg) if arg.kind == ArgKind::String => {
                out.push((Spanned::new(arg.as_str().to_owned(), arg.span), true));
            }
            Some(arg) if arg.kind == ArgKind::Word => {
                out.push((Spanned::new(arg.as_str().to_lowercase(), arg.span), false));
            }
            Some(arg) => {
                lowerer.diagnostics.push(
                    Diagnostic::error(
                        codes::UNEXPECTED_VALUE,
                        arg.span,
                        msg!(
                            "lower-expected-list-item",
                            what = what,
                            found = arg.text.as_ref()
                        ),
                    )
                    .with_help(msg!(
                        "lower-write-example",
                        example = statement_example(statement)
                    )),
                );
                return out;
            }
            None => break,
        }
        if !cursor.eat_punct(",") && !cursor.eat_word("og") {
            break;
        }
    }
    if out.is_empty() {
        lowerer
            .diagnostics
            .push(missing(statement, statement_example(statement)));
        return out;
    }
    lowerer.finish(&cursor, what);
    out
}

/// The schema's example of a statement's keyword, wherever it stands.
fn statement_example(statement: &Statement) -> &'static str {
    crate::schema::homes_of(statement.key.text)
        .iter()
        .flat_map(|place| place.keywords.iter())
        .find(|k| k.word == statement.key.text)
        .map_or("", |k| k.example)
}

/// `alder 65 år og derover`, `alder fra 65 år`, `alder over 18 år`, `alder under 65 år`,
/// `alder 18-64 år`, `alder op til 64 år`.
fn age(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<AgeLimit> {
    let mut cursor = lowerer.cursor(statement);
    let start = cursor.mark();
    let number = |cursor: &mut Cursor<'_>| -> Option<u32> {
        let arg = cursor.eat_kind(ArgKind::Number)?;
        arg.as_str().parse().ok()
    };
    let mut from = None;
    let mut to = None;
    if cursor.eat_word("fra") || cursor.eat_word("mindst") || cursor.eat_word("over") {
        from = number(&mut cursor);
    } else if cursor.eat_word("under") {
        to = number(&mut cursor).map(|n| n.saturating_sub(1));
    } else if cursor.eat_word("højst") || (cursor.eat_word("op") && cursor.eat_word("til")) {
        to = number(&mut cursor);
    } else if let Some(n) = number(&mut cursor) {
        if cursor.eat_punct("-") || cursor.eat_punct("–") || cursor.eat_word("til") {
            from = Some(n);
            to = number(&mut cursor);
        } else {
            from = Some(n);
        }
    }
    cursor.eat_word("år");
    if from.is_some() && to.is_none() {
        // `65 år og derover`, `65 og ældre`.
        let mark = cursor.mark();
        if !(cursor.eat_word("og")
            && (cursor.eat_word("derover")
                || cursor.eat_word("opefter")
                || cursor.eat_word("ældre")))
        {
            cursor.reset(mark);
        }
    }
    if from.is_none() && to.is_none() {
        let found = literal::found(&cursor);
        lowerer.diagnostics.push(
            Diagnostic::error(
                codes::UNEXPECTED_VALUE,
                cursor.here(),
                msg!("lower-expected-age", found = found),
            )
            .with_help(msg!("lower-expected-age-help")),
        );
        return None;
    }
    let span = cursor.span_since(start);
    lowerer.finish(&cursor, msg!("lower-after-age-limit"));
    Some(AgeLimit {
        from,
        to,
        original: lowerer.source.slice(span).to_owned(),
        span,
    })
}

/// `årsag sygdom, fald, "en operation"`: what the need must follow from.
fn causes(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Vec<Spanned<String>> {
    word_list(lowerer, statement, msg!("lower-value-cause"))
        .into_iter()
        .map(|(word, _)| word)
        .filter(|word| word.value != "efter")
        .collect()
}

/// `undtaget "efter en sygehusindlæggelse" SUL § 140`.
fn exclusion(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<Exclusion> {
    let mut cursor = lowerer.cursor(statement);
    let Some(text) = cursor.eat_kind(ArgKind::String) else {
        let found = literal::found(&cursor);
        lowerer.diagnostics.push(
            Diagnostic::error(
                codes::MISSING_VALUE,
                cursor.here(),
                msg!("lower-undtaget-needs-text", found = found),
            )
            .with_help(msg!("lower-undtaget-needs-text-help")),
        );
        return None;
    };
    let text = Spanned::new(text.as_str().to_owned(), text.span);
    let mut other_route = Vec::new();
    if !cursor.is_done() {
        match literal::law_refs(&mut cursor, lowerer.source) {
            Ok(refs) => other_route = refs,
            Err(errors) => {
                lowerer.diagnostics.extend(errors);
                return Some(Exclusion { text, other_route });
            }
        }
    }
    lowerer.finish(&cursor, msg!("lower-after-law-reference"));
    Some(Exclusion { text, other_route })
}

/// `søges-af borgeren, pårørende, egen-læge, visitationen, "andre fagpersoner"`.
fn requesters(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Vec<Requester> {
    references(lowerer, statement)
        .into_iter()
        .map(|mut reference| {
            let role = if reference.quoted {
                None
            } else {
                RequesterRole::ALL
                    .iter()
                    .find(|(_, word)| reference.name.value.to_lowercase() == *word)
                    .map(|(role, _)| *role)
            };
            if role.is_some() {
                // A role is no name to look up among the contacts or the registry.
                reference.resolution = Resolution::Text;
            }
            Requester { role, reference }
        })
        .collect()
}

/// `form individuelt, på-hold, i-grupper`.
fn delivery_forms(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Vec<Spanned<DeliveryForm>> {
    known_words(
        lowerer,
        statement,
        (msg!("lower-value-delivery-form"), quoted("form")),
        &DeliveryForm::ALL,
        |_| None,
    )
}

/// `sted træningscenter, eget-hjem, "Glostrup Svømmehal"`.
fn delivery_places(
    lowerer: &mut Lowerer<'_>,
    statement: &Statement,
) -> Vec<Spanned<DeliveryPlace>> {
    known_words(
        lowerer,
        statement,
        (msg!("lower-value-place"), msg!("lower-sted-or-quoted")),
        &DeliveryPlace::KNOWN,
        |text| Some(DeliveryPlace::Andet(text)),
    )
}

/// A list of words, each one of `known` (a value and its word); a text in quotes is
/// what `quoted` makes of it, or a wrong choice. `what` names a value and the keyword,
/// for the diagnostics.
fn known_words<T: Clone>(
    lowerer: &mut Lowerer<'_>,
    statement: &Statement,
    (value, keyword): (Message, Message),
    known: &[(T, &'static str)],
    quoted: impl Fn(String) -> Option<T>,
) -> Vec<Spanned<T>> {
    let mut out = Vec::new();
    for (word, is_quoted) in word_list(lowerer, statement, value) {
        let span = word.span;
        let found = if is_quoted {
            quoted(word.value.clone())
        } else {
            known
                .iter()
                .find(|(_, w)| *w == word.value)
                .map(|(v, _)| v.clone())
        };
        match found {
            Some(found) => out.push(Spanned::new(found, span)),
            None => {
                let words: Vec<&str> = known.iter().map(|(_, w)| *w).collect();
                let d = lowerer.choice_error_text(span, &word.value, &words, keyword.clone());
                lowerer.diagnostics.push(d);
            }
        }
    }
    out
}

/// The keyword that a statement's key, not itself one of `keywords`, is a misspelling
/// of, if any.
fn misspelt<'k>(statement: &Statement, keywords: &[&'k str]) -> Option<Suggestion<'k>> {
    let found = keywords::suggest(statement.key.text, keywords.iter().copied())?;
    (found.word != statement.key.text).then_some(found)
}

/// In blocks whose keys are free names, a key close to a keyword was probably meant
/// as that keyword: say so.
fn misspelled_or(
    source: &SourceFile,
    statement: &Statement,
    keywords: &[&str],
    diagnostic: Diagnostic,
) -> Diagnostic {
    match misspelt(statement, keywords) {
        Some(suggestion) => Diagnostic::error(
            codes::UNKNOWN_KEYWORD,
            statement.key.span,
            msg!(
                "lower-unknown-keyword-anywhere",
                keyword = statement.key.text
            ),
        )
        .with_label(msg!("lower-unknown-keyword-label"))
        .with_help(msg!("lower-did-you-mean", word = suggestion.word))
        .with_fix(suggestion.fix(
            source,
            statement.key.span,
            statement.key.text,
            Spelling::Name,
        )),
        _ => diagnostic,
    }
}

/// `afgørelse 10 hverdage efter ansøgning tilstræbt "note"`.
fn frist(lowerer: &mut Lowerer<'_>, statement: &Statement) -> Option<Frist> {
    lowerer.no_block(statement);
    let mut cursor = lowerer.cursor(statement);
    if cursor.is_done() {
        lowerer.diagnostics.push(misspelled_or(
            lowerer.source,
            statement,
            &Place::Frister.words(),
            missing(
                statement,
                &format!("{} 10 hverdage efter ansøgning", statement.key.text),
            ),
        ));
        return None;
    }
    let name = match FristerKw::from_word(statement.key.as_str()) {
        // `frist "Afgørelse om hjælpemidler" …`; a deadline named `frist` in a file of
        // the first edition has no quoted name and reads as before.
        Some(FristerKw::Frist) if cursor.peek().is_some_and(|a| a.kind == ArgKind::String) => {
            named(&mut cursor)
        }
        _ => Spanned::new(statement.key.as_str().to_owned(), statement.key.span),
    };
    match frist_rest(lowerer, &mut cursor, name, statement.span) {
        Ok(frist) => {
            lowerer.finish(&cursor, msg!("lower-after-deadline"));
            Some(frist)
        }
        Err(d) => {
            lowerer.diagnostics.push(misspelled_or(
                lowerer.source,
                statement,
                &Place::Frister.words(),
                d,
            ));
            None
        }
    }
}

/// Reads what follows a deadline's name: the amount, `efter` and the event, flags, note.
fn frist_rest(
    lowerer: &Lowerer<'_>,
    cursor: &mut Cursor<'_>,
    name: Spanned<String>,
    span: Span,
) -> Result<Frist, Diagnostic> {
    let start = cursor.mark();
    let amount = if cursor.eat_word("straks") || cursor.eat_word("umiddelbart") {
        DeadlineAmount::Immediately
    } else if cursor.eat_word("hurtigst-muligt")
        || (cursor.eat_word("hurtigst") && cursor.eat_word("muligt"))
    {
        DeadlineAmount::AsSoonAsPossible
    } else {
        cursor.reset(start);
        DeadlineAmount::Duration(
            literal::duration(cursor, lowerer.source)
                .map_err(|d| d.with_help(msg!("lower-deadline-duration-help")))?,
        )
    };
    let deadline_span = cursor.span_since(start);
    let deadline = Deadline {
        amount,
        original: lowerer.source.slice(deadline_span).to_owned(),
        span: deadline_span,
    };
    let mut event = None;
    if cursor.eat_word("efter") || cursor.eat_word("fra") {
        let event_start = cursor.mark();
        if let Some(arg) = cursor.eat_kind(ArgKind::String) {
            event = Some(Spanned::new(arg.as_str().to_owned(), arg.span));
        } else {
            let mut words = Vec::new();
            while let Some(arg) = cursor.peek() {
                // A misplaced `forslag:` after the event is not part of it.
                let mark =
                    arg.is_word("forslag") && cursor.peek2().is_some_and(|a| a.is_punct(":"));
                if arg.kind == ArgKind::Word && !arg.is_word("tilstræbt") && !mark {
                    words.push(arg.as_str().to_owned());
                    cursor.next();
                } else {
                    break;
                }
            }
            if words.is_empty() {
                let found = literal::found(cursor);
                return Err(Diagnostic::error(
                    codes::MISSING_VALUE,
                    cursor.here(),
                    msg!("lower-expected-event", found = found),
                )
                .with_help(msg!("lower-expected-event-help")));
            }
            event = Some(Spanned::new(
                words.join(" "),
                cursor.span_since(event_start),
            ));
        }
    }
    let target_only = cursor.eat_word("tilstræbt");
    let note = cursor
        .eat_kind(ArgKind::String)
        .map(|a| Spanned::new(a.as_str().to_owned(), a.span));
    Ok(Frist {
        name,
        deadline,
        event,
        target_only,
        note,
        span,
    })
}

/// `afgørelse "Klage over afgørelsen" { til … klagefrist … genvurdering … videre … }`.
fn route(lowerer: &mut Lowerer<'_>, statement: &Statement, kind: RouteKind) -> KlageRoute {
    let mut route = KlageRoute {
        kind,
        heading: None,
        til: Vec::new(),
        klagefrist: None,
        genvurdering: None,
        genvurdering_stated: None,
        videre: Vec::new(),
        text: Vec::new(),
        links: Vec::new(),
        legal_basis: Vec::new(),
        span: statement.span,
    };
    let mut cursor = lowerer.cursor(statement);
    if let Some(arg) = cursor.peek().filter(|a| a.kind == ArgKind::String) {
        if statement.block.is_some() || cursor.peek2().is_some() {
            route.heading = Some(Spanned::new(arg.as_str().to_owned(), arg.span));
            cursor.next();
        }
    }
    while let Some(arg) = cursor.peek().filter(|a| a.is_text()) {
        route.text.push(to_text(arg));
        cursor.next();
    }
    lowerer.finish(&cursor, msg!("lower-after-route-heading"));
    if kind == RouteKind::Øvrig && route.heading.is_none() {
        lowerer.diagnostics.push(
            Diagnostic::error(
                codes::MISSING_VALUE,
                statement.key.span,
                msg!("lower-ovrig-needs-heading"),
            )
            .with_help(msg!("lower-ovrig-needs-heading-help")),
        );
    }
    let Some(block) = lowerer.require_block(statement) else {
        return route;
    };
    let mut seen = Seen::default();
    let mut contacts = Vec::new();
    for inner in block.statements() {
        // A contact defined inside a route is only a definition: where the complaint
        // goes is said by `til`, `videre` or a `kontakt` reference.
        if SectionCommonKw::from_word(inner.key.text) == Some(SectionCommonKw::Kontakt)
            && inner.block.is_some()
        {
            lowerer.contact_definition(inner);
            continue;
        }
        if common(
            lowerer,
            inner,
            &mut route.text,
            &mut route.links,
            &mut contacts,
            &mut route.legal_basis,
        ) {
            continue;
        }
        let Some(keyword) = RouteKw::from_word(inner.key.as_str()) else {
            lowerer.unknown(inner, Place::Route);
            continue;
        };
        if !lowerer.admit(&mut seen, inner, keyword.spec()) {
            continue;
        }
        match keyword {
            RouteKw::Til => route.til.extend(references(lowerer, inner)),
            RouteKw::Videre => route.videre.extend(references(lowerer, inner)),
            RouteKw::Klagefrist | RouteKw::Genvurdering => {
                let key = keyword.word();
                let mut cursor = lowerer.cursor(inner);
                if cursor.is_done() {
                    if key == "genvurdering" {
                        route.genvurdering_stated = Some(inner.key.span);
                    } else {
                        lowerer
                            .diagnostics
                            .push(missing(inner, "klagefrist 4 uger efter afgørelse"));
                    }
                    continue;
                }
                let name = Spanned::new(key.to_owned(), inner.key.span);
                match frist_rest(lowerer, &mut cursor, name, inner.span) {
                    Ok(frist) => {
                        lowerer.finish(&cursor, msg!("lower-after-deadline"));
                        if key == "genvurdering" {
                            route.genvurdering_stated = Some(inner.key.span);
                            route.genvurdering = Some(frist);
                        } else {
                            route.klagefrist = Some(frist);
                        }
                    }
                    Err(d) => lowerer.diagnostics.push(d),
                }
            }
        }
    }
    // Contacts named in a route are where the complaint goes.
    route.til.extend(contacts);
    route
}
