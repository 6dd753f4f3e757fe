//! How a page marks proposals (`forslag:`): once, where a proposal starts.
//!
//! Every value of a view knows whether it is a proposal (`Context::proposed`). Inside
//! a proposed section, indsats, complaint route, package or contact, the notice at
//! its start says so for everything in it, so the values inside are not marked again.

use super::view::{
    ContactView, DeadlineView, Fact, GroupView, LinkView, Para, RouteView, ScopeRow, SectionView,
    Split,
};

/// A section whose start is marked: nothing inside it is marked again.
pub fn settle_section(view: &mut SectionView) {
    if !view.proposed {
        return;
    }
    facts(&mut view.facts);
    paras(&mut view.text);
    for split in [&mut view.target_group, &mut view.content]
        .into_iter()
        .flatten()
    {
        settle_split(split);
    }
    if let Some(scope) = &mut view.scope {
        facts(&mut scope.facts);
        for row in &mut scope.packages {
            row.proposed = false;
            settle_row_inside(row);
        }
    }
    if let Some(provider) = &mut view.provider {
        links(&mut provider.performers);
        provider.free_choice_proposed = false;
        paras(&mut provider.competences);
    }
    facts(view.fees.iter_mut().flatten());
    if let Some(transport) = &mut view.transport {
        transport.offered.proposed = false;
    }
    deadlines(view.deadlines.iter_mut().flatten());
    for route in view.complaints.iter_mut().flatten() {
        route.proposed = false;
        settle_route_inside(route);
    }
    links(&mut view.links);
    links(&mut view.contacts);
}

/// An indsats (or the document's summary) whose start is marked: its sections are not
/// marked again.
pub fn settle_group(view: &mut GroupView) {
    if !view.proposed {
        return;
    }
    for section in &mut view.sections {
        section.proposed = true;
        settle_section(section);
        section.proposed = false;
    }
}

/// A complaint route whose start is marked: nothing inside it is marked again.
pub fn settle_route(view: &mut RouteView) {
    if view.proposed {
        settle_route_inside(view);
    }
}

/// A row of packages whose start (the package) is marked: its figures are not marked
/// again.
pub fn settle_row(row: &mut ScopeRow) {
    if row.proposed {
        settle_row_inside(row);
    }
}

/// A contact whose start is marked: its lines are not marked again.
pub fn settle_contact(view: &mut ContactView) {
    if !view.proposed {
        return;
    }
    for phone in &mut view.phones {
        phone.proposed = false;
    }
    for mail in view.mails.iter_mut().chain(&mut view.secure_mails) {
        mail.proposed = false;
    }
    links(&mut view.web);
    view.proposed_fields.clear();
}

fn settle_route_inside(view: &mut RouteView) {
    links(&mut view.to);
    view.deadline.proposed = false;
    view.reassessment_proposed = false;
    links(&mut view.next);
    paras(&mut view.text);
    links(&mut view.links);
}

fn settle_row_inside(row: &mut ScopeRow) {
    facts(&mut row.cells);
    paras(&mut row.text);
}

fn settle_split(split: &mut Split) {
    paras(&mut split.yes);
    paras(&mut split.no);
}

fn facts<'a>(facts: impl IntoIterator<Item = &'a mut Fact>) {
    for fact in facts {
        fact.proposed = false;
    }
}

fn deadlines<'a>(deadlines: impl IntoIterator<Item = &'a mut DeadlineView>) {
    for deadline in deadlines {
        deadline.proposed = false;
    }
}

fn links(links: &mut [LinkView]) {
    for link in links {
        link.proposed = false;
    }
}

fn paras(paras: &mut [Para]) {
    for para in paras {
        match para {
            Para::P { proposed, .. } | Para::List { proposed, .. } | Para::H { proposed, .. } => {
                *proposed = false;
            }
        }
    }
}
