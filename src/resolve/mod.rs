//! Stage 3, resolve: names to the contacts and national bodies they refer to.
//!
//! A name after `til`, `videre`, `udfører` or `kontakt` is looked up first among the
//! standard's own contacts, then in the registry of national bodies. `organ` must name
//! a registry body. A law reference written without its law (`§ 86`) takes the law
//! of the `lovgrundlag` it stands under (`laws.rs`).

mod laws;

use crate::diag::{codes, Diagnostic};
use crate::model::{Reference, Resolution, SectionBody, Standard};
use crate::msg;
use crate::registry::Registry;
use crate::source::SourceFile;
use crate::suggest::{suggest, Spelling};

/// Resolves every reference in the standard in place and returns what could not be.
/// A name near one the standard or the registry knows gets a "did you mean" and a fix
/// (safe when only one name is near: see [`crate::suggest::Suggestion::fix`]).
pub fn resolve(
    standard: &mut Standard,
    registry: &Registry,
    source: &SourceFile,
) -> Vec<Diagnostic> {
    let ids: Vec<String> = standard
        .contacts
        .iter()
        .map(|c| c.id.value.clone())
        .collect();
    let mut diagnostics = laws::resolve_laws(standard);
    for contact in &standard.contacts {
        if let Some(body) = &contact.body {
            if registry.body_by_id(&body.value).is_none() {
                let mut diagnostic = Diagnostic::error(
                    codes::UNKNOWN_BODY,
                    body.span,
                    msg!("resolve-unknown-body", body = &body.value),
                );
                let candidates = registry.bodies.iter().map(|b| b.id.as_str());
                diagnostic = match suggest(&body.value, candidates) {
                    Some(s) => diagnostic
                        .with_help(msg!("resolve-did-you-mean", word = s.word))
                        .with_fix(s.fix(source, body.span, &body.value, Spelling::Name)),
                    None => diagnostic.with_help(msg!(
                        "resolve-known-bodies",
                        bodies = registry
                            .bodies
                            .iter()
                            .map(|b| format!("`{}`", b.id))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                };
                diagnostics.push(diagnostic);
            }
        }
    }
    let mut visit = |reference: &mut Reference| {
        if reference.quoted || reference.resolution != Resolution::Unresolved {
            return;
        }
        let name = &reference.name.value;
        if let Some(index) = ids.iter().position(|id| id == name) {
            reference.resolution = Resolution::Contact(index);
        } else if let Some(body) = registry.body(name) {
            reference.resolution = Resolution::Body(body.id.clone());
        } else {
            let candidates = ids
                .iter()
                .map(String::as_str)
                .chain(registry.bodies.iter().map(|b| b.id.as_str()));
            let mut diagnostic = Diagnostic::error(
                codes::UNKNOWN_REFERENCE,
                reference.name.span,
                msg!("resolve-unknown-reference", name = name),
            )
            .with_label(msg!("resolve-unknown-reference-label"));
            diagnostic = match suggest(name, candidates) {
                Some(s) => diagnostic
                    .with_help(msg!("resolve-did-you-mean", word = s.word))
                    .with_fix(s.fix(source, reference.name.span, name, Spelling::Name)),
                None => diagnostic.with_help(msg!("resolve-unknown-reference-help", name = name)),
            };
            diagnostics.push(diagnostic);
        }
    };
    standard.service_level_by.iter_mut().for_each(&mut visit);
    let sections = standard
        .sections
        .iter_mut()
        .chain(standard.summary.iter_mut())
        .chain(
            standard
                .indsatser
                .iter_mut()
                .flat_map(|i| i.sections.iter_mut()),
        );
    for section in sections {
        section.contacts.iter_mut().for_each(&mut visit);
        match &mut section.body {
            SectionBody::Leverandør(l) => l.udfører.iter_mut().for_each(&mut visit),
            SectionBody::Tildeling(t) => t
                .afgøres_af
                .iter_mut()
                .chain(t.vurderes_af.iter_mut())
                .for_each(&mut visit),
            SectionBody::Ansøgning(a) => {
                a.søges_af.iter_mut().for_each(|r| visit(&mut r.reference))
            }
            SectionBody::Klage(k) => {
                for route in &mut k.routes {
                    route.til.iter_mut().for_each(&mut visit);
                    route.videre.iter_mut().for_each(&mut visit);
                }
            }
            _ => {}
        }
    }
    diagnostics
}
