//! The standard as a document: its legal basis, its approval and status, and its text
//! sections (added, removed, renamed, reworded).

use super::changes::{Assessment, Changes, Record};
use super::promises::{plain, text_change};
use super::Context;
use crate::emit::compare::text as words;
use crate::model::values::LawRef;
use crate::model::{Revision, Section, SectionBody, SectionKind, Standard};

/// Compares the law references made anywhere in the standards.
pub fn legal_basis(out: &mut Changes, ctx: &Context<'_>) {
    let old = laws(ctx.old);
    let new = laws(ctx.new);
    for law in old.iter().filter(|l| !new.contains(l)) {
        out.push(Record {
            category: "legal_basis",
            subject: "Lovgrundlag".into(),
            place: "generelt",
            old: Some(law.clone()),
            new: None,
            assessment: Assessment::Info,
            reason: Some("henvisningen er fjernet".into()),
        });
    }
    for law in new.iter().filter(|l| !old.contains(l)) {
        out.push(Record {
            category: "legal_basis",
            subject: "Lovgrundlag".into(),
            place: "generelt",
            old: None,
            new: Some(law.clone()),
            assessment: Assessment::Info,
            reason: Some("ny henvisning".into()),
        });
    }
}

fn laws(standard: &Standard) -> Vec<String> {
    let mut refs: Vec<&LawRef> = standard.legal_basis.iter().collect();
    refs.extend(standard.indsatser.iter().flat_map(|i| &i.legal_basis));
    let sections = standard
        .sections
        .iter()
        .chain(&standard.summary)
        .chain(standard.indsatser.iter().flat_map(|i| &i.sections));
    for section in sections {
        refs.extend(&section.legal_basis);
        if let SectionBody::Klage(klage) = &section.body {
            refs.extend(klage.routes.iter().flat_map(|r| &r.legal_basis));
        }
    }
    let mut out: Vec<String> = Vec::new();
    for r in refs {
        let canonical = r.canonical();
        if !out.contains(&canonical) {
            out.push(canonical);
        }
    }
    out
}

/// Compares the approval, status and the facts about the standard itself.
pub fn approval(out: &mut Changes, ctx: &Context<'_>) {
    let facts = |s: &Standard| -> Vec<(&'static str, Option<String>)> {
        vec![
            ("Titel", Some(s.title.value.clone())),
            ("Kommune", s.municipality.as_ref().map(|m| m.value.clone())),
            (
                "Kommunekode",
                s.municipality_code.as_ref().map(|c| c.value.clone()),
            ),
            (
                "Godkendelse",
                Some(match &s.approval {
                    Some(a) => {
                        let mut text = "godkendt".to_owned();
                        if let Some(date) = &a.date {
                            text.push_str(&format!(" {}", words::date(&date.value)));
                        }
                        if let Some(by) = &a.by {
                            text.push_str(&format!(" af {}", by.value));
                        }
                        text
                    }
                    None => "ikke godkendt".to_owned(),
                }),
            ),
            (
                "Status",
                Some(if s.draft.is_some() {
                    "udkast".to_owned()
                } else {
                    "ikke markeret som udkast".to_owned()
                }),
            ),
            ("År", s.year.as_ref().map(|y| y.value.to_string())),
            (
                "Gyldighed",
                s.validity.as_ref().map(|v| match &v.until {
                    Some(until) => format!(
                        "{} til {}",
                        words::date(&v.from.value),
                        words::date(&until.value)
                    ),
                    None => format!("fra {}", words::date(&v.from.value)),
                }),
            ),
            ("Dato", s.date.as_ref().map(|d| words::date(&d.value))),
            (
                "Revision",
                s.revision.as_ref().map(|r| {
                    match r.value {
                        Revision::Yearly => "revideres årligt",
                        Revision::OnChange => "revideres ved ændringer",
                    }
                    .to_owned()
                }),
            ),
        ]
    };
    for ((subject, a), (_, b)) in facts(ctx.old).into_iter().zip(facts(ctx.new)) {
        if a == b {
            continue;
        }
        let reason = match (subject, b.as_deref()) {
            ("Status", Some("udkast")) => {
                Some("den nye version er et udkast og gælder ikke, før den er godkendt".to_owned())
            }
            _ => None,
        };
        out.push(Record {
            category: "approval",
            subject: subject.into(),
            place: "generelt",
            old: a,
            new: b,
            assessment: Assessment::Info,
            reason,
        });
    }
}

/// A section before and after, with where it stands: `(position, 0)` in the new
/// document, or `(position, 1)` in the old one for a removed section.
type Pair<'a> = ((usize, usize), Option<&'a Section>, Option<&'a Section>);

/// Compares the sections of one part: those added and removed, and the headings and
/// texts of those in both. Sections pair up by kind, first by heading, then in order.
pub fn sections(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    old: &[&Section],
    new: &[&Section],
) {
    let position =
        |list: &[&Section], s: &Section| list.iter().position(|x| std::ptr::eq(*x, s)).unwrap_or(0);
    // Every pair, then in the order of the new document (removed sections where they
    // stood in the old one).
    let mut pairs: Vec<Pair<'_>> = Vec::new();
    for kind in SectionKind::ALL.iter().copied() {
        let a: Vec<&Section> = old.iter().copied().filter(|s| s.kind == kind).collect();
        let b: Vec<&Section> = new.iter().copied().filter(|s| s.kind == kind).collect();
        let heading = |s: &Section| s.display_heading().trim().to_lowercase();
        let mut used = vec![false; b.len()];
        let mut matched: Vec<(&Section, Option<usize>)> = Vec::new();
        for x in &a {
            let i = b.iter().enumerate().position(|(i, y)| {
                !used.get(i).copied().unwrap_or(true) && heading(y) == heading(x)
            });
            if let Some(u) = i.and_then(|i| used.get_mut(i)) {
                *u = true;
            }
            matched.push((x, i));
        }
        // Sections left on both sides pair up in order: a renamed heading.
        for m in matched.iter_mut().filter(|(_, i)| i.is_none()) {
            if let Some(i) = used.iter().position(|u| !u) {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                m.1 = Some(i);
            }
        }
        for (x, i) in matched {
            let y = i.and_then(|i| b.get(i).copied());
            let key = match y {
                Some(y) => (position(new, y), 0),
                None => (position(old, x), 1),
            };
            pairs.push((key, Some(x), y));
        }
        for (y, _) in b.iter().zip(&used).filter(|(_, used)| !**used) {
            pairs.push(((position(new, y), 0), None, Some(y)));
        }
    }
    pairs.sort_by_key(|(key, _, _)| *key);
    for (_, x, y) in pairs {
        match (x, y) {
            (Some(x), Some(y)) => compare(out, place, ctx, x, y),
            (Some(x), None) => out.push(Record {
                category: "section",
                subject: format!("Afsnit: {}", x.display_heading()),
                place,
                old: Some(x.display_heading().to_owned()),
                new: None,
                assessment: Assessment::Info,
                reason: Some("afsnittet er fjernet".into()),
            }),
            (None, Some(y)) => out.push(Record {
                category: "section",
                subject: format!("Afsnit: {}", y.display_heading()),
                place,
                old: None,
                new: Some(y.display_heading().to_owned()),
                assessment: Assessment::Info,
                reason: Some("nyt afsnit".into()),
            }),
            (None, None) => {}
        }
    }
}

fn compare(out: &mut Changes, place: &str, ctx: &Context<'_>, a: &Section, b: &Section) {
    // A whole section decided now, or proposed now (`forslag:`), where the section is
    // itself marked (in a marked indsats, the indsats says it).
    let (pa, pb) = (ctx.old.proposed(a.span), ctx.new.proposed(b.span));
    let marked = ctx.old.proposals.marks(a.span) || ctx.new.proposals.marks(b.span);
    if let Some((assessment, why)) = super::proposal::change(pa, pb).filter(|_| marked) {
        out.push(Record {
            category: "section",
            subject: format!("Afsnit: {}", b.display_heading()),
            place,
            old: Some(super::proposal::shown(a.display_heading(), pa)),
            new: Some(super::proposal::shown(b.display_heading(), pb)),
            assessment,
            reason: Some(format!("hele afsnittet er {why}")),
        });
    }
    if a.display_heading() != b.display_heading() {
        out.push(Record {
            category: "section",
            subject: format!("Overskrift: {}", b.display_heading()),
            place,
            old: Some(a.display_heading().to_owned()),
            new: Some(b.display_heading().to_owned()),
            assessment: Assessment::Info,
            reason: Some("overskriften er ændret".into()),
        });
    }
    text_change(
        out,
        "section",
        &format!("Tekst: {}", b.display_heading()),
        place,
        section_text(a),
        section_text(b),
        Assessment::Info,
    );
}

/// The free text of a section that is not compared elsewhere: its own text, the
/// competences of a provider, the text of packages and of complaint routes.
fn section_text(section: &Section) -> String {
    let mut texts = section.text.clone();
    match &section.body {
        SectionBody::Leverandør(l) => texts.extend(l.kompetencekrav.iter().cloned()),
        SectionBody::Omfang(o) => texts.extend(o.pakker.iter().flat_map(|p| p.text.clone())),
        SectionBody::Klage(k) => texts.extend(k.routes.iter().flat_map(|r| r.text.clone())),
        _ => {}
    }
    plain(&texts)
}
