//! Sections, indsatser and their typed contents as views.

use super::context::{laws, Context};
use super::format;
use super::proposal;
use super::view::{
    DeadlineView, Fact, GroupView, ProviderView, RouteView, ScopeRow, ScopeView, SectionView,
    Split, TransportView,
};
use crate::model::{Frist, KlageRoute, Omfang, RouteKind, Section, SectionBody, SectionKind};

/// A section as a view, with its heading at `level` (2 or 3).
pub fn section(ctx: &Context<'_>, s: &Section, id: String, level: u8) -> SectionView {
    let heading = s.display_heading().trim();
    let heading = if heading.is_empty() {
        s.kind.heading()
    } else {
        heading
    };
    let p = |span| ctx.proposed(span);
    let mut view = SectionView {
        proposed: p(s.span),
        findings: ctx.findings_at(&id),
        facts: Vec::new(),
        id,
        heading: heading.to_owned(),
        level,
        legal_basis: laws(&s.legal_basis),
        text: ctx.paras(&s.text),
        // A complaint section's general text introduces its routes.
        text_first: s.kind == SectionKind::Klage,
        target_group: None,
        content: None,
        scope: None,
        provider: None,
        fees: None,
        transport: None,
        deadlines: None,
        complaints: None,
        links: ctx.links(&s.links),
        contacts: ctx.references(&s.contacts),
    };
    match &s.body {
        SectionBody::Text => {}
        SectionBody::Målgruppe(m) => {
            view.target_group = split(
                ctx.paras(&m.kan),
                ctx.paras(&m.kan_ikke),
                "Hvem kan få ydelsen",
                "Hvem kan ikke få ydelsen",
            );
            if let Some(age) = &m.alder {
                view.facts
                    .push(Fact::new("Alder", Some(age.original.clone())).proposed(p(age.span)));
            }
            if !m.årsager.is_empty() {
                let causes = m.årsager.iter().map(|c| c.value.as_str());
                view.facts.push(
                    Fact::new(
                        "Efter",
                        Some(format::join_names(causes).replace(" og ", " eller ")),
                    )
                    .proposed(m.årsager.iter().any(|c| p(c.span))),
                );
            }
            for exclusion in &m.undtaget {
                let route = laws(&exclusion.other_route);
                let value = if route.is_empty() {
                    exclusion.text.value.clone()
                } else {
                    let names = route.iter().map(|l| l.text.as_str());
                    format!(
                        "{} (det hører under {})",
                        exclusion.text.value,
                        format::join_names(names)
                    )
                };
                view.facts
                    .push(Fact::new("Ikke omfattet", Some(value)).proposed(p(exclusion.text.span)));
            }
        }
        SectionBody::Tildeling(t) => {
            let names = |refs: &[crate::model::Reference]| {
                let views = ctx.references(refs);
                (!views.is_empty())
                    .then(|| format::join_names(views.iter().map(|v| v.text.as_str())))
            };
            let any = |refs: &[crate::model::Reference]| refs.iter().any(|r| p(r.name.span));
            if !t.afgøres_af.is_empty() {
                view.facts.push(
                    Fact::new("Afgørelsen træffes af", names(&t.afgøres_af))
                        .proposed(any(&t.afgøres_af)),
                );
            }
            if !t.vurderes_af.is_empty() {
                view.facts.push(
                    Fact::new("Dit behov vurderes af", names(&t.vurderes_af))
                        .proposed(any(&t.vurderes_af)),
                );
            }
        }
        SectionBody::Ansøgning(a) => {
            if !a.søges_af.is_empty() {
                let who: Vec<String> = a
                    .søges_af
                    .iter()
                    .map(|r| match r.role {
                        Some(role) => role.danish().to_owned(),
                        None => ctx.reference(&r.reference).text,
                    })
                    .collect();
                view.facts.push(
                    Fact::new(
                        "Hvem kan søge",
                        Some(format::capitalize(&format::join_names(
                            who.iter().map(String::as_str),
                        ))),
                    )
                    .proposed(a.søges_af.iter().any(|r| p(r.reference.name.span))),
                );
            }
        }
        SectionBody::Ramme(r) => {
            if !r.former.is_empty() {
                let forms = r.former.iter().map(|f| f.value.danish());
                view.facts.push(
                    Fact::new("Form", Some(format::capitalize(&format::join_names(forms))))
                        .proposed(r.former.iter().any(|f| p(f.span))),
                );
            }
            if !r.steder.is_empty() {
                let places = r.steder.iter().map(|p| p.value.danish());
                view.facts.push(
                    Fact::new(
                        "Sted",
                        Some(format::capitalize(&format::join_names(places))),
                    )
                    .proposed(r.steder.iter().any(|place| p(place.span))),
                );
            }
        }
        SectionBody::Indhold(i) => {
            view.content = split(
                ctx.paras(&i.indgår),
                ctx.paras(&i.indgår_ikke),
                "Det indgår",
                "Det indgår ikke",
            )
        }
        SectionBody::Omfang(o) => view.scope = (!o.is_empty()).then(|| scope(ctx, o)),
        SectionBody::Leverandør(l) => {
            if !s.body.is_empty() {
                view.provider = Some(ProviderView {
                    performers: ctx.references(&l.udfører),
                    free_choice: l
                        .frit_valg
                        .as_ref()
                        .map(|f| format::yes_no(f.value).to_owned()),
                    free_choice_proposed: l.frit_valg.as_ref().is_some_and(|f| p(f.span)),
                    competences: ctx.paras(&l.kompetencekrav),
                });
            }
        }
        SectionBody::Egenbetaling(prices) => {
            if !prices.is_empty() {
                view.fees = Some(prices.iter().map(|x| price(ctx, x)).collect());
            }
        }
        SectionBody::Kørsel(k) => {
            if !s.body.is_empty() {
                view.transport = Some(TransportView {
                    offered: Fact::new(
                        "Kørsel tilbydes",
                        k.tilbydes
                            .as_ref()
                            .map(|t| format::transport(t.value).to_owned()),
                    )
                    .proposed(k.tilbydes.as_ref().is_some_and(|t| p(t.span))),
                    legal_basis: laws(&k.legal_basis),
                });
            }
        }
        SectionBody::Frister(frister) => {
            if !frister.is_empty() {
                view.deadlines = Some(frister.iter().map(|f| deadline(ctx, f)).collect());
            }
        }
        SectionBody::Klage(k) => {
            if !k.routes.is_empty() {
                view.complaints = Some(k.routes.iter().map(|r| route(ctx, r)).collect());
            }
        }
    }
    proposal::settle_section(&mut view);
    view
}

/// The two parts of `målgruppe` or `indhold`; `None` when both are empty.
fn split(
    yes: Vec<super::view::Para>,
    no: Vec<super::view::Para>,
    yes_heading: &str,
    no_heading: &str,
) -> Option<Split> {
    if yes.is_empty() && no.is_empty() {
        return None;
    }
    Some(Split {
        yes_heading: yes_heading.to_owned(),
        yes,
        no_heading: no_heading.to_owned(),
        no,
    })
}

/// One price: its name and amount, or its wording; marked when it is a proposal.
pub fn price(ctx: &Context<'_>, p: &crate::model::Price) -> Fact {
    let name = if p.name.value == "ydelsen" {
        "Ydelsen".to_owned()
    } else {
        format::step_name(&p.name.value)
    };
    let value = match (&p.amount, &p.note) {
        (Some(amount), Some(note)) => Some(format!("{} ({})", format::money(amount), note.value)),
        (Some(amount), None) => Some(format::money(amount)),
        (None, Some(note)) => Some(note.value.clone()),
        (None, None) => None,
    };
    Fact::new(&name, value).proposed(ctx.proposed(p.span))
}

/// The four figures of a scope, each `ikke angivet` when missing, and marked when it
/// is a proposal.
pub fn scope_cells(ctx: &Context<'_>, o: &Omfang) -> Vec<Fact> {
    let p = |span: Option<crate::source::Span>| span.is_some_and(|s| ctx.proposed(s));
    vec![
        Fact::new("Antal gange", o.gange.as_deref().map(format::count))
            .proposed(p(o.gange.as_ref().map(|c| c.span))),
        Fact::new(
            "Hyppighed",
            o.hyppighed.as_ref().map(|f| f.original.clone()),
        )
        .proposed(p(o.hyppighed.as_ref().map(|f| f.span))),
        Fact::new(
            "Varighed pr. gang",
            o.længde.as_ref().map(|d| d.original.clone()),
        )
        .proposed(p(o.længde.as_ref().map(|d| d.span))),
        Fact::new(
            "Forløbets længde",
            o.forløb.as_ref().map(|d| d.original.clone()),
        )
        .proposed(p(o.forløb.as_ref().map(|d| d.span))),
    ]
}

/// Whether a scope states one of the four main figures.
pub fn has_main_figures(o: &Omfang) -> bool {
    o.gange.is_some() || o.hyppighed.is_some() || o.længde.is_some() || o.forløb.is_some()
}

/// `omfang` as facts and a table of packages.
fn scope(ctx: &Context<'_>, o: &Omfang) -> ScopeView {
    let mut facts = Vec::new();
    if has_main_figures(o) || o.pakker.is_empty() {
        facts = scope_cells(ctx, o);
    }
    if let Some(pause) = &o.pause {
        facts.push(
            Fact::new("Pause mellem forløb", Some(pause.original.clone()))
                .proposed(ctx.proposed(pause.span)),
        );
    }
    if let Some(extension) = &o.forlængelse {
        facts.push(
            Fact::new("Mulig forlængelse", Some(format::count(extension)))
                .proposed(ctx.proposed(extension.span)),
        );
    }
    ScopeView {
        facts,
        guideline: o.vejledende.is_some(),
        packages: o
            .pakker
            .iter()
            .map(|p| {
                let mut row = ScopeRow {
                    name: p.name.value.clone(),
                    href: None,
                    cells: scope_cells(ctx, &p.omfang),
                    text: ctx.paras(&p.text),
                    proposed: ctx.proposed(p.span),
                };
                proposal::settle_row(&mut row);
                row
            })
            .collect(),
    }
}

/// A deadline as a view, marked when it is a proposal.
pub fn deadline(ctx: &Context<'_>, f: &Frist) -> DeadlineView {
    DeadlineView {
        proposed: ctx.proposed(f.span),
        step: format::step_name(&f.name.value),
        when: format::deadline(&f.deadline),
        from: Fact::new("Regnes fra", f.event.as_ref().map(|e| e.value.clone())),
        phrase: format::deadline_phrase(f),
        target_only: f.target_only,
        note: f.note.as_ref().map(|n| n.value.clone()),
    }
}

/// The heading of a complaint route: the document's, or one for its kind.
fn route_heading(r: &KlageRoute) -> String {
    if let Some(heading) = r.heading.as_ref().filter(|h| !h.value.trim().is_empty()) {
        return heading.value.clone();
    }
    match r.kind {
        RouteKind::Afgørelse => "Klage over afgørelsen",
        RouteKind::Serviceniveau => "Klage over serviceniveauet",
        RouteKind::FagligtIndhold => "Klage over det faglige indhold",
        RouteKind::Kvalitet => "Klage over kvaliteten",
        RouteKind::Øvrig => "Anden klage",
    }
    .to_owned()
}

/// A complaint route as a view.
pub fn route(ctx: &Context<'_>, r: &KlageRoute) -> RouteView {
    let reassessment = match (&r.genvurdering, r.genvurdering_stated) {
        (Some(f), _) => Some(format!(
            "Kommunen vurderer sagen igen, {}",
            format::deadline_phrase(f)
        )),
        (None, Some(_)) => Some("Kommunen vurderer sagen igen".to_owned()),
        (None, None) => None,
    };
    let mut view = RouteView {
        heading: route_heading(r),
        to: ctx.references(&r.til),
        deadline: Fact::new(
            "Klagefrist",
            r.klagefrist.as_ref().map(format::deadline_phrase),
        )
        .proposed(r.klagefrist.as_ref().is_some_and(|f| ctx.proposed(f.span))),
        decision: r.kind == RouteKind::Afgørelse,
        reassessment,
        reassessment_proposed: r.genvurdering_stated.is_some_and(|s| ctx.proposed(s)),
        next: ctx.references(&r.videre),
        text: ctx.paras(&r.text),
        links: ctx.links(&r.links),
        legal_basis: laws(&r.legal_basis),
        proposed: ctx.proposed(r.span),
    };
    proposal::settle_route(&mut view);
    view
}

/// An indsats as a group of sections at level 3.
pub fn indsats(ctx: &Context<'_>, index: usize, i: &crate::model::Indsats) -> GroupView {
    let id = super::context::indsats_id(index);
    let title = i.title.value.trim();
    let mut view = GroupView {
        proposed: ctx.proposed(i.span),
        findings: ctx.findings_at(&id),
        heading: if title.is_empty() {
            format!("Indsats {}", index + 1)
        } else {
            title.to_owned()
        },
        id,
        legal_basis: laws(&i.legal_basis),
        sections: i
            .sections
            .iter()
            .enumerate()
            .map(|(j, s)| section(ctx, s, super::context::indsats_section_id(index, j), 3))
            .collect(),
    };
    proposal::settle_group(&mut view);
    view
}
