//! The "Kort fortalt" box: what a citizen needs first, gathered from the whole
//! standard.
//!
//! Each answer comes from the document's own sections, in this order of preference:
//! the document's summary (`resumé`), its general sections, and its indsatser. An
//! answer the document does not give stays empty, and the page says "ikke angivet".

use super::context::{indsats_section_id, resume_section_id, section_id, Context};
use super::format;
use super::section::{has_main_figures, price, route, scope_cells};
use super::view::{
    ContactView, DeadlineGroup, Fact, LinkView, Para, RouteView, ScopeRow, ScopeSummary, Summary,
    SummaryPart,
};
use crate::model::{Frist, Resolution, Section, SectionBody, SectionKind};

/// Builds the box. `contacts` are the page's contact cards, by index.
pub fn summary(ctx: &Context<'_>, contacts: &[ContactView]) -> Summary {
    let (application, application_contacts) = application(ctx, contacts);
    let allocation = allocation(ctx);
    let (deadlines, deadlines_more) = deadlines(ctx);
    let (complaints, complaints_more) = complaints(ctx);
    Summary {
        target_group: target_group(ctx),
        scope: scope(ctx),
        fees: fees(ctx),
        deadlines,
        deadlines_more,
        allocation,
        application,
        application_contacts,
        complaints,
        complaints_more,
    }
}

/// The sections that speak for the whole standard, with their anchors: the
/// document's summary first, then its general sections.
fn general<'a>(ctx: &Context<'a>) -> Vec<(String, &'a Section)> {
    let summary = ctx
        .standard
        .summary
        .iter()
        .enumerate()
        .map(|(i, s)| (resume_section_id(i), s));
    let sections = ctx
        .standard
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| (section_id(i), s));
    summary.chain(sections).collect()
}

/// The sections of every indsats, with the indsats's index and the section's anchor.
fn in_indsatser<'a>(ctx: &Context<'a>) -> Vec<(usize, String, &'a Section)> {
    let mut out = Vec::new();
    for (i, indsats) in ctx.standard.indsatser.iter().enumerate() {
        for (j, s) in indsats.sections.iter().enumerate() {
            out.push((i, indsats_section_id(i, j), s));
        }
    }
    out
}

/// The title of an indsats.
fn indsats_title(ctx: &Context<'_>, index: usize) -> String {
    ctx.standard
        .indsatser
        .get(index)
        .map(|i| i.title.value.trim().to_owned())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| format!("Indsats {}", index + 1))
}

/// A link to a section, worded so it makes sense on its own.
fn more(id: &str, s: &Section) -> LinkView {
    LinkView {
        text: format!("Læs mere under „{}“", s.display_heading().trim()),
        href: Some(format!("#{id}")),
        proposed: false,
    }
}

/// Who can get the service.
fn target_group(ctx: &Context<'_>) -> SummaryPart {
    let mut part = SummaryPart::default();
    for (id, s) in general(ctx) {
        if s.kind != SectionKind::Målgruppe {
            continue;
        }
        let text = match &s.body {
            SectionBody::Målgruppe(m) if !ctx.paras(&m.kan).is_empty() => ctx.excerpt(&m.kan),
            _ => ctx.excerpt(&s.text),
        };
        if !text.is_empty() {
            part.text = text;
            part.more = Some(more(&id, s));
            return part;
        }
    }
    for (i, id, s) in in_indsatser(ctx) {
        if s.kind == SectionKind::Målgruppe && !s.is_empty() {
            part.links.push(LinkView {
                text: format!("Hvem kan få „{}“", indsats_title(ctx, i)),
                href: Some(format!("#{id}")),
                proposed: ctx.proposed(s.span),
            });
        }
    }
    part
}

/// What the service contains, and how much of it.
fn scope(ctx: &Context<'_>) -> ScopeSummary {
    let mut out = ScopeSummary::default();
    for (_, s) in general(ctx) {
        if s.kind != SectionKind::Indhold {
            continue;
        }
        let text = match &s.body {
            SectionBody::Indhold(i) if !ctx.paras(&i.indgår).is_empty() => ctx.excerpt(&i.indgår),
            _ => ctx.excerpt(&s.text),
        };
        if !text.is_empty() {
            out.content = text;
            break;
        }
    }
    for (id, s) in general(ctx) {
        if let SectionBody::Omfang(o) = &s.body {
            // A pakke states its own figures; one it leaves out is the omfang's.
            let own = scope_cells(ctx, o);
            let packages: Vec<ScopeRow> = o
                .pakker
                .iter()
                .filter(|p| has_main_figures(&p.omfang))
                .map(|p| {
                    let mut row = ScopeRow {
                        proposed: ctx.proposed(p.span),
                        name: p.name.value.clone(),
                        href: Some(format!("#{id}")),
                        cells: scope_cells(ctx, &p.omfang),
                        text: Vec::new(),
                    };
                    super::proposal::settle_row(&mut row);
                    // A figure the pakke leaves out is the omfang's, marked as there.
                    row.cells = std::mem::take(&mut row.cells)
                        .into_iter()
                        .zip(&own)
                        .map(|(cell, general)| if cell.missing { general.clone() } else { cell })
                        .collect();
                    row
                })
                .collect();
            if has_main_figures(o) || !packages.is_empty() {
                // A figure the omfang leaves to its packages is shown per pakke, not
                // as missing.
                let per_package = |i: usize| {
                    packages
                        .iter()
                        .any(|row| row.cells.get(i).is_some_and(|c| !c.missing))
                };
                out.facts = own
                    .into_iter()
                    .enumerate()
                    .filter(|(i, fact)| !fact.missing || !per_package(*i))
                    .map(|(_, fact)| fact)
                    .collect();
                out.packages = packages;
                out.guideline = o.vejledende.is_some();
                out.more = Some(more(&id, s));
                return out;
            }
        }
    }
    for (i, id, s) in in_indsatser(ctx) {
        let SectionBody::Omfang(o) = &s.body else {
            continue;
        };
        let title = indsats_title(ctx, i);
        if has_main_figures(o) {
            let mut row = ScopeRow {
                proposed: ctx.proposed(s.span),
                name: title.clone(),
                href: Some(format!("#{id}")),
                cells: scope_cells(ctx, o),
                text: Vec::new(),
            };
            super::proposal::settle_row(&mut row);
            out.rows.push(row);
        }
        for p in o.pakker.iter().filter(|p| has_main_figures(&p.omfang)) {
            let mut row = ScopeRow {
                proposed: ctx.proposed(p.span),
                name: format!("{title}: {}", p.name.value),
                href: Some(format!("#{id}")),
                cells: scope_cells(ctx, &p.omfang),
                text: Vec::new(),
            };
            super::proposal::settle_row(&mut row);
            out.rows.push(row);
        }
        out.guideline |= o.vejledende.is_some();
    }
    if out.rows.is_empty() {
        // Say plainly which figures the standard leaves out.
        out.facts = scope_cells(ctx, &crate::model::Omfang::default());
    }
    out
}

/// What the service costs.
fn fees(ctx: &Context<'_>) -> SummaryPart {
    let mut part = SummaryPart::default();
    for (id, s) in general(ctx) {
        if s.kind != SectionKind::Egenbetaling {
            continue;
        }
        match &s.body {
            SectionBody::Egenbetaling(prices) if !prices.is_empty() => {
                part.facts.extend(prices.iter().map(|p| price(ctx, p)));
            }
            _ if part.facts.is_empty() && part.text.is_empty() => part.text = ctx.excerpt(&s.text),
            _ => {}
        }
        if part.more.is_none() {
            part.more = Some(more(&id, s));
        }
    }
    if !part.is_empty() {
        return part;
    }
    for (i, _, s) in in_indsatser(ctx) {
        let SectionBody::Egenbetaling(prices) = &s.body else {
            continue;
        };
        let value = match prices.as_slice() {
            [] => ctx
                .excerpt(&s.text)
                .into_iter()
                .find_map(|p| match p {
                    Para::P { text, .. } => Some(text),
                    Para::List { .. } | Para::H { .. } => None,
                })
                .unwrap_or_else(|| format::NOT_STATED.to_owned()),
            [only] => price(ctx, only).value,
            several => several
                .iter()
                .map(|p| {
                    let fact = price(ctx, p);
                    format!("{}: {}", fact.label, fact.value)
                })
                .collect::<Vec<_>>()
                .join("; "),
        };
        let proposed = ctx.proposed(s.span) || prices.iter().any(|p| ctx.proposed(p.span));
        part.per_indsats
            .push(Fact::new(&indsats_title(ctx, i), Some(value)).proposed(proposed));
    }
    part
}

/// How long each step may take: one sequence per `frister` section; `kvalitetsmål`
/// only when the standard has no `frister`, and the indsatser's only when the standard
/// has neither.
fn deadlines(ctx: &Context<'_>) -> (Vec<DeadlineGroup>, Option<LinkView>) {
    let general = general(ctx);
    let indsatser = in_indsatser(ctx);
    let candidates: [Vec<(Option<String>, String, &Section)>; 3] = [
        general
            .iter()
            .filter(|(_, s)| s.kind == SectionKind::Frister)
            .map(|(id, s)| (None, id.clone(), *s))
            .collect(),
        general
            .iter()
            .filter(|(_, s)| s.kind == SectionKind::Kvalitetsmål)
            .map(|(id, s)| (None, id.clone(), *s))
            .collect(),
        indsatser
            .iter()
            .filter(|(_, _, s)| s.kind == SectionKind::Frister)
            .map(|(i, id, s)| (Some(indsats_title(ctx, *i)), id.clone(), *s))
            .collect(),
    ];
    for sections in candidates {
        let mut groups = Vec::new();
        let mut first = None;
        for (indsats, id, s) in &sections {
            let SectionBody::Frister(frister) = &s.body else {
                continue;
            };
            if frister.is_empty() {
                continue;
            }
            first.get_or_insert_with(|| more(id, s));
            let heading = match indsats {
                Some(title) => format!("{title}: {}", s.display_heading().trim()),
                None => s.display_heading().trim().to_owned(),
            };
            groups.push(DeadlineGroup {
                heading: Some(heading),
                steps: chain(frister)
                    .into_iter()
                    .map(|f| super::section::deadline(ctx, f))
                    .collect(),
            });
        }
        if !groups.is_empty() {
            if let [only] = groups.as_mut_slice() {
                only.heading = None;
            }
            return (groups, first);
        }
    }
    (Vec::new(), None)
}

/// The deadlines in the order the steps follow one another: a step that runs from
/// another step comes after it; otherwise the document's order is kept.
fn chain(frister: &[Frist]) -> Vec<&Frist> {
    let mut rest: Vec<&Frist> = frister.iter().collect();
    let mut out = Vec::with_capacity(rest.len());
    while !rest.is_empty() {
        let ready = rest
            .iter()
            .position(|f| {
                !rest
                    .iter()
                    .any(|g| !std::ptr::eq(*f, *g) && runs_from(f, g))
            })
            .unwrap_or(0);
        out.push(rest.remove(ready));
    }
    out
}

/// Whether deadline `f` runs from the step that deadline `g` names.
fn runs_from(f: &Frist, g: &Frist) -> bool {
    let Some(event) = &f.event else {
        return false;
    };
    let name = g.name.value.to_lowercase();
    if name == f.name.value.to_lowercase() {
        return false;
    }
    event
        .value
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| word.starts_with(&name) && word.len() <= name.len() + 3)
}

/// How to apply, and whom to contact.
fn application(ctx: &Context<'_>, contacts: &[ContactView]) -> (SummaryPart, Vec<ContactView>) {
    let mut part = SummaryPart::default();
    let mut cards = Vec::new();
    let general = general(ctx);
    let chosen = general
        .iter()
        .find(|(_, s)| s.kind == SectionKind::Ansøgning);
    if let Some((id, s)) = chosen {
        part.text = ctx.excerpt(&s.text);
        part.links = ctx.links(&s.links);
        part.more = Some(more(id, s));
        for r in &s.contacts {
            if let Resolution::Contact(i) = r.resolution {
                if let Some(card) = contacts.get(i) {
                    cards.push(card.clone());
                }
            }
        }
    }
    if cards.is_empty() {
        // The municipality's own first contact: one that is no national body.
        if let Some((i, _)) = ctx
            .standard
            .contacts
            .iter()
            .enumerate()
            .find(|(_, c)| c.body.is_none() && (!c.phones.is_empty() || !c.mails.is_empty()))
        {
            cards.extend(contacts.get(i).cloned());
        }
    }
    (part, cards)
}

/// Who grants the service: the first general `tildeling` section, apart from how to
/// apply.
fn allocation(ctx: &Context<'_>) -> SummaryPart {
    let mut part = SummaryPart::default();
    if let Some((id, s)) = general(ctx)
        .into_iter()
        .find(|(_, s)| s.kind == SectionKind::Tildeling)
    {
        part.text = ctx.excerpt(&s.text);
        part.links = ctx.links(&s.links);
        part.more = Some(more(&id, s));
    }
    part
}

/// How to complain: the routes of the general complaint sections, or else of the
/// indsatser.
fn complaints(ctx: &Context<'_>) -> (Vec<RouteView>, Option<LinkView>) {
    let general = general(ctx);
    let indsatser: Vec<(String, &Section)> = in_indsatser(ctx)
        .into_iter()
        .map(|(_, id, s)| (id, s))
        .collect();
    for sections in [general, indsatser] {
        let mut routes = Vec::new();
        let mut first = None;
        for (id, s) in &sections {
            if let SectionBody::Klage(k) = &s.body {
                if k.routes.is_empty() {
                    continue;
                }
                first.get_or_insert_with(|| more(id, s));
                routes.extend(k.routes.iter().map(|r| route(ctx, r)));
            }
        }
        if !routes.is_empty() {
            return (routes, first);
        }
    }
    (Vec::new(), None)
}
