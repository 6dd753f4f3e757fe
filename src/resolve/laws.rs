//! Law references written without their law (`§ 86`): each takes the law of the
//! `lovgrundlag` it stands under, when that names exactly one law.
//!
//! A reference in an indsats (its own `lovgrundlag`, or one of its sections) takes the
//! law of the indsats's `lovgrundlag` when that names a law, else the standard's; every
//! other reference takes the standard's. A reference that finds no law, or two, is
//! `KS029`. The checker reports every reference whose law was taken this way as an
//! incomplete citation (`KS172`).

use crate::diag::{codes, Diagnostic};
use crate::i18n::Arg;
use crate::model::values::{Law, LawRef};
use crate::model::{Section, SectionBody, Standard};
use crate::msg;

/// Fills in the law of every reference written without one, and reports those that
/// cannot be given one.
pub fn resolve_laws(standard: &mut Standard) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let general = written_laws(&standard.legal_basis);
    fill(&mut standard.legal_basis, &general, &mut diagnostics);
    for section in standard
        .sections
        .iter_mut()
        .chain(standard.summary.iter_mut())
    {
        fill_section(section, &general, &mut diagnostics);
    }
    for indsats in &mut standard.indsatser {
        let own = written_laws(&indsats.legal_basis);
        let laws = if own.is_empty() { &general } else { &own };
        fill(&mut indsats.legal_basis, laws, &mut diagnostics);
        for section in &mut indsats.sections {
            fill_section(section, laws, &mut diagnostics);
        }
    }
    diagnostics
}

/// The distinct laws a `lovgrundlag` names in writing, in order.
fn written_laws(basis: &[LawRef]) -> Vec<Law> {
    let mut laws = Vec::new();
    for reference in basis.iter().filter(|r| !r.law_inferred) {
        if !laws.contains(&reference.law) {
            laws.push(reference.law);
        }
    }
    laws
}

fn fill_section(section: &mut Section, laws: &[Law], diagnostics: &mut Vec<Diagnostic>) {
    fill(&mut section.legal_basis, laws, diagnostics);
    match &mut section.body {
        SectionBody::Kørsel(kørsel) => fill(&mut kørsel.legal_basis, laws, &mut Vec::new()),
        SectionBody::Klage(klage) => {
            for route in &mut klage.routes {
                fill(&mut route.legal_basis, laws, diagnostics);
            }
        }
        _ => {}
    }
}

fn fill(refs: &mut [LawRef], laws: &[Law], diagnostics: &mut Vec<Diagnostic>) {
    for reference in refs.iter_mut().filter(|r| r.law_inferred) {
        match laws {
            [law] => reference.law = *law,
            [] => diagnostics.push(
                Diagnostic::error(
                    codes::MALFORMED_LAW_REFERENCE,
                    reference.span,
                    msg!("resolve-no-law", reference = &reference.original),
                )
                .with_label(msg!("resolve-no-law-label"))
                .with_help(msg!("resolve-no-law-help-none")),
            ),
            several => diagnostics.push(
                Diagnostic::error(
                    codes::MALFORMED_LAW_REFERENCE,
                    reference.span,
                    msg!("resolve-no-law", reference = &reference.original),
                )
                .with_label(msg!("resolve-no-law-label"))
                .with_help(msg!(
                    "resolve-no-law-help-several",
                    laws = and_list(several)
                )),
            ),
        }
    }
}

/// The laws' abbreviations in backticks, joined by "and" in the reader's language:
/// `` `SEL` and `SUL` ``.
fn and_list(laws: &[Law]) -> Arg {
    let mut names = laws.iter().rev().map(|l| format!("`{}`", l.abbreviation()));
    let last = Arg::from(names.next().unwrap_or_default());
    names.fold(last, |rest, first| {
        Arg::from(msg!("resolve-and", first = first, rest = rest))
    })
}
