//! Hover: what the thing under the cursor is.
//!
//! - On a finding's underline, the rule's documentation (as `kvalitet explain` prints
//!   it).
//! - On a typed value, its normalised form, by the same functions `compare` uses
//!   (`10 hverdage ≈ 14 kalenderdage (hverdage × 7/5)`, `1½ time = 90 min (timer ×
//!   60)`, `2 gange om ugen`, …).
//! - On a reference to a registry body (and on `organ`), the body: its name, its dates
//!   and every fact with its source.
//! - On a reference to a contact (and on a contact's short name), the contact.
//! - On a law reference, the paragraph as the registry knows it; on the municipality,
//!   its code and region.
//! - On a keyword, its doc line, the value it takes and its example, from the schema.

use super::analysis::Analysis;
use super::cursor::{self, At};
use super::documents::Snapshot;
use super::settings::Settings;
use super::walk::{self, Target};
use crate::emit::catalogue::{self, Origin};
use crate::emit::compare::normalise;
use crate::emit::compare::text::hedge_note;
use crate::emit::text::frist_text;
use crate::i18n::Lang;
use crate::model::values::{Duration, Hedge, LawRef};
use crate::model::{Contact, DeadlineAmount, Frist, Reference, Resolution, Standard};
use crate::registry::{Body, DateFact, Fact, Registry};
use crate::source::Span;
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};
use std::fmt::Write as _;

/// The hover at a position, if there is anything to say.
pub fn hover(snapshot: &Snapshot, params: &HoverParams, settings: &Settings) -> Option<Hover> {
    let position = params.text_document_position_params.position;
    let text = &snapshot.text;
    let offset = snapshot.lines.offset(text, position, settings.encoding);
    let analysis = snapshot.analyse();
    let mut parts: Vec<String> = Vec::new();
    let mut range: Option<Span> = None;

    let mut seen: Vec<&str> = Vec::new();
    for diagnostic in &analysis.compiled.diagnostics {
        let span = diagnostic.span;
        if !(span.start() <= offset && offset <= span.end()) || seen.contains(&diagnostic.code) {
            continue;
        }
        seen.push(diagnostic.code);
        if let Some(entry) = catalogue::find(diagnostic.code) {
            parts.push(rule_doc(&entry, settings.lang));
            narrow(&mut range, span);
        }
    }

    if let Some(standard) = &analysis.compiled.standard {
        if let Some((span, target)) = walk::target_at(standard, offset) {
            if let Some(text) = describe(standard, &analysis, target) {
                parts.push(text);
                narrow(&mut range, span);
            }
        }
    }

    if parts.is_empty() {
        if let Some((span, text)) = keyword(text, offset) {
            parts.push(text);
            narrow(&mut range, span);
        }
    }

    if parts.is_empty() {
        return None;
    }
    let value = parts.join("\n\n---\n\n");
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: if settings.markdown {
                MarkupKind::Markdown
            } else {
                MarkupKind::PlainText
            },
            value,
        }),
        range: range.map(|span| snapshot.lines.range(text, span, settings.encoding)),
    })
}

/// Keeps the smaller of two ranges.
fn narrow(range: &mut Option<Span>, span: Span) {
    *range = Some(match *range {
        Some(range) if range.len() <= span.len() => range,
        _ => span,
    });
}

/// A rule's or a language code's documentation, in `lang`.
fn rule_doc(entry: &catalogue::Entry, lang: Lang) -> String {
    let severity = match entry.origin {
        Origin::Rule => crate::emit::rules::by_default(entry.severity).text(lang),
        Origin::Language => crate::msg!("explain-language-code").text(lang),
    };
    format!(
        "**{} {}** ({severity})\n\n{}\n\n{}",
        entry.code,
        entry.name,
        entry.summary(lang),
        demote_headings(entry.doc(lang))
    )
}

/// The documentation's `## ` headings as bold lines, which read better in a hover.
fn demote_headings(doc: &str) -> String {
    doc.lines()
        .map(|line| match line.strip_prefix("## ") {
            Some(heading) => format!("**{heading}**"),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The keyword under the cursor, from the schema.
fn keyword(text: &str, offset: usize) -> Option<(Span, String)> {
    let (tree, _) = crate::syntax::parse(text);
    let cursor = cursor::locate(&tree, text, offset);
    let At::Keyword(span) = cursor.at else {
        return None;
    };
    let word = text.get(span.range())?;
    let keyword = cursor.place?.keyword(word)?;
    let home = keyword.place.spec().home;
    Some((
        span,
        format!(
            "**`{}`** in {home}\n\n{}\n\nTakes {}.\n\n```kvs\n{}\n```",
            keyword.word,
            keyword.doc,
            keyword.value.describe(),
            keyword.example
        ),
    ))
}

/// What a target is, in words.
fn describe(standard: &Standard, analysis: &Analysis, target: Target<'_>) -> Option<String> {
    let registry = &*analysis.options.registry;
    match target {
        Target::Reference(reference) => Some(reference_card(standard, registry, reference)),
        Target::Contact(index) => standard
            .contacts
            .get(index)
            .map(|c| contact_card(c, registry)),
        Target::Organ(id) => Some(match registry.body(id) {
            Some(body) => body_card(body),
            None => format!("`{id}` is no body the registry knows"),
        }),
        Target::Duration(duration) => Some(duration_text(duration)),
        Target::Frequency(frequency) => {
            let figure = normalise::per_week(frequency);
            let text = if figure.explanation == frequency.original {
                format!("**hyppighed**: {} = {}", figure.explanation, figure.text)
            } else {
                format!("**hyppighed**: {}", figure.explanation)
            };
            Some(with_hedge(text, frequency.hedge.as_deref()))
        }
        Target::Count(count) => {
            let text = match normalise::sessions(count) {
                Some(figure) => {
                    format!("**antal gange**: {} = {}", figure.explanation, figure.text)
                }
                None => format!(
                    "**antal gange**: {}, a cap per period (not the sessions of one course)",
                    count.original
                ),
            };
            Some(with_hedge(text, count.hedge.as_deref()))
        }
        Target::Money(money) => {
            let per = money
                .per
                .as_deref()
                .map(|per| format!(" pr. {per}"))
                .unwrap_or_default();
            Some(with_hedge(
                format!(
                    "**beløb**: {} kr{per}",
                    crate::model::values::format_number(money.kroner)
                ),
                money.hedge.as_deref(),
            ))
        }
        Target::Deadline(frist) => Some(deadline_text(frist)),
        Target::Phone(phone) => Some(format!("**telefon** {}", phone.display())),
        Target::Date(date) => Some(format!(
            "**dato**: {} ({}, to the {})",
            date.danish(),
            date,
            date.precision()
        )),
        Target::Law(law) => Some(law_card(registry, law)),
        Target::Age(age) => Some(match (age.from, age.to) {
            (Some(from), Some(to)) => format!("**alder**: {from}–{to} år"),
            (Some(from), None) => format!("**alder**: {from} år og derover"),
            (None, Some(to)) => format!("**alder**: op til {to} år"),
            (None, None) => format!("**alder**: {}", age.original),
        }),
        Target::Municipality(name) => Some(match registry.municipality(name) {
            Some(m) => format!(
                "**{} Kommune**: kommunekode {}, {}\n\nSource: {}",
                m.name, m.code, m.region, m.source
            ),
            None => format!("`{name}` is no municipality the registry knows"),
        }),
        Target::MunicipalityCode(code) => Some(match registry.municipality_by_code(code) {
            Some(m) => format!(
                "**kommunekode {}**: {} Kommune\n\nSource: {}",
                m.code, m.name, m.source
            ),
            None => format!("`{code}` is the code of no municipality"),
        }),
    }
}

/// A duration, normalised: in calendar days from a day up, in minutes below.
fn duration_text(duration: &Duration) -> String {
    let figure = normalise::calendar_days(duration).or_else(|| normalise::minutes(duration));
    let text = match figure {
        Some(figure) => format!("**varighed**: {}", figure.explanation),
        None => format!("**varighed**: {}", duration.original),
    };
    with_hedge(text, duration.hedge.as_deref())
}

/// A deadline: as written with its event, and in calendar days.
fn deadline_text(frist: &Frist) -> String {
    let mut text = format!("**frist `{}`**: {}", frist.name.value, frist_text(frist));
    match &frist.deadline.amount {
        DeadlineAmount::Duration(duration) => {
            if let Some(figure) = normalise::calendar_days(duration) {
                let _ = write!(text, "\n\n{}", figure.explanation);
            }
            if let Some(hedge) = &duration.hedge {
                let _ = write!(text, "\n\n{}", hedge_note(&hedge.original));
            }
        }
        DeadlineAmount::Immediately => text.push_str("\n\nat once"),
        DeadlineAmount::AsSoonAsPossible => {
            text.push_str("\n\nas soon as possible: no measurable promise")
        }
    }
    if frist.target_only {
        text.push_str("\n\n*tilstræbt*: a target the municipality aims for, not a promise");
    }
    text
}

fn with_hedge(mut text: String, hedge: Option<&Hedge>) -> String {
    if let Some(hedge) = hedge {
        let _ = write!(text, "\n\n{}", hedge_note(&hedge.original));
    }
    text
}

/// What a name refers to.
fn reference_card(standard: &Standard, registry: &Registry, reference: &Reference) -> String {
    match &reference.resolution {
        Resolution::Contact(index) => match standard.contacts.get(*index) {
            Some(contact) => contact_card(contact, registry),
            None => format!("`{}`", reference.name.value),
        },
        Resolution::Body(id) => match registry.body_by_id(id).or_else(|| registry.body(id)) {
            Some(body) => body_card(body),
            None => format!("`{id}`"),
        },
        Resolution::Text => format!(
            "\"{}\": text, not a reference to a contact or body",
            reference.name.value
        ),
        Resolution::Unresolved => format!(
            "`{}` names no contact of this standard and no body of the registry",
            reference.name.value
        ),
    }
}

/// A contact of the standard.
fn contact_card(contact: &Contact, registry: &Registry) -> String {
    let mut out = format!(
        "**{}** (kontakt `{}`)",
        contact.name.value, contact.id.value
    );
    let mut line = |label: &str, value: &str| {
        let _ = write!(out, "\n\n{label}: {value}");
    };
    if let Some(body) = &contact.body {
        let name = registry
            .body(&body.value)
            .map_or(body.value.as_str(), |b| b.name.as_str());
        line("organ", name);
    }
    for (label, value) in [("enhed", &contact.unit), ("person", &contact.person)] {
        if let Some(value) = value {
            line(label, &value.value);
        }
    }
    for address in &contact.address {
        line("adresse", &address.value);
    }
    if let Some(postal) = &contact.postal {
        line("postnr", &format!("{} {}", postal.code, postal.town));
    }
    for entry in &contact.phones {
        let hours = entry
            .hours
            .as_ref()
            .map(|h| format!(" ({})", h.value))
            .unwrap_or_default();
        line("telefon", &format!("{}{hours}", entry.phone.display()));
    }
    if let Some(hours) = &contact.hours {
        line("telefontid", &hours.value);
    }
    for entry in &contact.mails {
        line("mail", &entry.email.address);
    }
    for entry in &contact.secure_mails {
        line("sikker mail", &entry.email.address);
    }
    for web in &contact.web {
        line("web", &web.original);
    }
    if let Some(note) = &contact.note {
        line("note", &note.value);
    }
    out
}

/// A body of the registry: its name, what it does, its dates and facts, each with its
/// source.
fn body_card(body: &Body) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(line) = date_line("from", &body.from) {
        lines.push(line);
    }
    match date_line("ceased", &body.until) {
        Some(line) => lines.push(line),
        None => lines.push("still exists".to_owned()),
    }
    if let Some(successor) = &body.successor {
        let note = body
            .successor_note
            .as_deref()
            .map(|n| format!(": {n}"))
            .unwrap_or_default();
        lines.push(format!("succeeded by `{successor}`{note}"));
    }
    if let Some(end) = &body.complaint_role_until {
        lines.push(format!(
            "stopped handling complaints {}, taken over by `{}` — source: {}{}",
            end.value,
            end.successor,
            end.source,
            unconfirmed(end.confirmed)
        ));
    }
    if !body.complaints.is_empty() {
        lines.push(format!(
            "handles complaints: {}",
            body.complaints.join(", ")
        ));
    }
    for (label, fact) in [
        ("telefon", &body.phone),
        ("mail", &body.mail),
        ("sikker mail", &body.secure_mail),
        ("web", &body.web),
        ("postnr", &body.postal),
    ] {
        if let Some(fact) = fact {
            lines.push(fact_line(label, fact));
        }
    }
    let list: Vec<String> = lines.into_iter().map(|line| format!("- {line}")).collect();
    format!(
        "**{}** (registry `{}`)\n\n{}\n\n{}",
        body.name,
        body.id,
        body.role,
        list.join("\n")
    )
}

/// A dated fact, if it has a date or a source.
fn date_line(label: &str, fact: &DateFact) -> Option<String> {
    if fact.value.is_none() && fact.source.is_none() {
        return None;
    }
    let value = fact.value.as_deref().unwrap_or("on a date not known");
    let source = fact
        .source
        .as_deref()
        .map(|s| format!(" — source: {s}"))
        .unwrap_or_default();
    Some(format!(
        "{label} {value}{source}{}",
        unconfirmed(fact.confirmed)
    ))
}

fn fact_line(label: &str, fact: &Fact) -> String {
    let mut value = if label == "telefon" {
        pairs(&fact.value)
    } else {
        fact.value.clone()
    };
    if let Some(street) = &fact.street {
        value = format!("{street}, {value}");
    }
    if let Some(hours) = &fact.hours {
        let _ = write!(value, " ({hours})");
    }
    format!(
        "{label} {value} — source: {}{}",
        fact.source,
        unconfirmed(fact.confirmed)
    )
}

/// Eight digits in pairs, as Danish phone numbers are written: `33 41 12 00`.
fn pairs(digits: &str) -> String {
    if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return digits.to_owned();
    }
    let chars: Vec<char> = digits.chars().collect();
    chars
        .chunks(2)
        .map(|pair| pair.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

fn unconfirmed(confirmed: bool) -> &'static str {
    if confirmed {
        ""
    } else {
        " (unconfirmed)"
    }
}

/// A law reference, with what the registry knows of its paragraph.
fn law_card(registry: &Registry, law: &LawRef) -> String {
    let mut out = format!("**{}** ({})", law.canonical(), law.law.name());
    if law.law_inferred {
        out.push_str("\n\nThe law is taken from the `lovgrundlag`.");
    }
    if let Some(entry) = registry.law(law.law, &law.paragraph, law.stk) {
        let _ = write!(out, "\n\n{}", entry.about);
        if let Some(replaced) = &entry.replaced {
            let _ = write!(
                out,
                "\n\nReplaced by {} — source: {}{}",
                replaced.by,
                replaced.source,
                unconfirmed(replaced.confirmed)
            );
        }
        let _ = write!(
            out,
            "\n\nSource: {}{}",
            entry.source,
            unconfirmed(entry.confirmed)
        );
    }
    out
}
