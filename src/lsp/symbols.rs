//! The outline of a document: the standard, its indsatser and sections (and in them
//! the deadlines, complaint routes and packages), and its contacts, nested as they
//! stand in the file.
//!
//! Every symbol is made flat from the model, then nested by its span: a symbol is a
//! child of the smallest symbol whose span holds it. That keeps the nesting true to
//! the file (a contact defined inside an indsats is under that indsats) without a
//! second walk that knows where each thing may stand.

use super::documents::Snapshot;
use super::settings::Settings;
use crate::model::{OmfangPakke, Section, SectionBody, Standard};
use crate::source::Span;
use lsp_types::{DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse, SymbolKind};

/// The outline of a document.
pub fn symbols(
    snapshot: &Snapshot,
    _params: &DocumentSymbolParams,
    settings: &Settings,
) -> DocumentSymbolResponse {
    let analysis = snapshot.analyse();
    let mut flat = Vec::new();
    if let Some(standard) = &analysis.compiled.standard {
        collect(standard, &mut flat);
    }
    DocumentSymbolResponse::Nested(nest(flat, snapshot, settings))
}

/// One symbol before nesting.
struct Flat {
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    span: Span,
    selection: Span,
}

fn flat(
    name: &str,
    fallback: &str,
    detail: Option<String>,
    kind: SymbolKind,
    span: Span,
    selection: Span,
) -> Flat {
    let name = if name.trim().is_empty() {
        fallback
    } else {
        name
    };
    // The selection must lie inside the whole.
    let selection = if span.start() <= selection.start() && selection.end() <= span.end() {
        selection
    } else {
        Span::new(span.start(), span.start())
    };
    Flat {
        name: name.to_owned(),
        detail,
        kind,
        span,
        selection,
    }
}

fn collect(standard: &Standard, out: &mut Vec<Flat>) {
    let detail = [
        standard.municipality.as_ref().map(|m| m.value.clone()),
        standard.year.as_ref().map(|y| y.value.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    out.push(flat(
        &standard.title.value,
        "kvalitetsstandard",
        (!detail.is_empty()).then_some(detail),
        SymbolKind::MODULE,
        standard.span,
        standard.title.span,
    ));
    for section in standard.summary.iter().chain(&standard.sections) {
        self::section(section, out);
    }
    for indsats in &standard.indsatser {
        out.push(flat(
            &indsats.title.value,
            "indsats",
            Some("indsats".to_owned()),
            SymbolKind::CLASS,
            indsats.span,
            indsats.title.span,
        ));
        for section in &indsats.sections {
            self::section(section, out);
        }
    }
    for contact in &standard.contacts {
        out.push(flat(
            &contact.name.value,
            &contact.id.value,
            Some(format!("kontakt {}", contact.id.value)),
            SymbolKind::OBJECT,
            contact.span,
            contact.id.span,
        ));
    }
}

fn section(section: &Section, out: &mut Vec<Flat>) {
    let word = section.kind.word();
    out.push(flat(
        section.display_heading(),
        word,
        Some(word.to_owned()),
        SymbolKind::NAMESPACE,
        section.span,
        section.keyword_span,
    ));
    match &section.body {
        SectionBody::Frister(frister) => {
            for frist in frister {
                out.push(flat(
                    &frist.name.value,
                    "frist",
                    Some(crate::emit::text::frist_text(frist)),
                    SymbolKind::EVENT,
                    frist.span,
                    frist.name.span,
                ));
            }
        }
        SectionBody::Klage(klage) => {
            for route in &klage.routes {
                let word = route.kind.word();
                let heading = route.heading.as_ref().map_or(word, |h| h.value.as_str());
                let keyword = Span::new(route.span.start(), route.span.start() + word.len());
                out.push(flat(
                    heading,
                    word,
                    Some(word.to_owned()),
                    SymbolKind::STRUCT,
                    route.span,
                    keyword,
                ));
            }
        }
        SectionBody::Omfang(omfang) => pakker(&omfang.pakker, out),
        _ => {}
    }
}

fn pakker(list: &[OmfangPakke], out: &mut Vec<Flat>) {
    for pakke in list {
        out.push(flat(
            &pakke.name.value,
            "pakke",
            Some("pakke".to_owned()),
            SymbolKind::STRUCT,
            pakke.span,
            pakke.name.span,
        ));
        pakker(&pakke.omfang.pakker, out);
    }
}

/// Nests the symbols: each under the smallest one whose span holds it.
fn nest(mut flat: Vec<Flat>, snapshot: &Snapshot, settings: &Settings) -> Vec<DocumentSymbol> {
    flat.sort_by_key(|s| (s.span.start(), std::cmp::Reverse(s.span.end())));
    let text = &snapshot.text;
    let convert = |s: Flat| {
        #[allow(deprecated)] // `deprecated` is a field the protocol still requires.
        DocumentSymbol {
            name: s.name,
            detail: s.detail,
            kind: s.kind,
            tags: None,
            deprecated: None,
            range: snapshot.lines.range(text, s.span, settings.encoding),
            selection_range: snapshot.lines.range(text, s.selection, settings.encoding),
            children: None,
        }
    };
    // A stack of open symbols, each with its span; a symbol is closed (and given to
    // the one below it, or to the roots) when the next one starts outside it.
    let mut roots: Vec<DocumentSymbol> = Vec::new();
    let mut stack: Vec<(Span, DocumentSymbol)> = Vec::new();
    let close = |stack: &mut Vec<(Span, DocumentSymbol)>, roots: &mut Vec<DocumentSymbol>| {
        if let Some((_, done)) = stack.pop() {
            match stack.last_mut() {
                Some((_, parent)) => parent.children.get_or_insert_with(Vec::new).push(done),
                None => roots.push(done),
            }
        }
    };
    for symbol in flat {
        let span = symbol.span;
        while stack
            .last()
            .is_some_and(|(open, _)| !(open.start() <= span.start() && span.end() <= open.end()))
        {
            close(&mut stack, &mut roots);
        }
        stack.push((span, convert(symbol)));
    }
    while !stack.is_empty() {
        close(&mut stack, &mut roots);
    }
    roots
}
