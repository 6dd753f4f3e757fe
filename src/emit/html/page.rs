//! A standard as a page view, and as an entry of the index.

use super::body;
use super::contact::contact;
use super::context::{laws, resume_section_id, section_id, Context, RESUME_ID};
use super::format::{self, NOT_STATED};
use super::section::{indsats, section};
use super::summary::summary;
use super::view::{Block, Fact, Findings, GroupView, IndexEntry, Page, TocEntry};
use crate::model::values::Date;
use crate::model::Standard;
use crate::registry::Registry;
use std::collections::HashMap;

/// The heading of the document's own summary when it gives none.
const RESUME_HEADING: &str = "Resumé";

/// The parts of a page that do not come from the standard.
pub struct Frame<'a> {
    /// The way back to the output directory.
    pub root: String,
    /// The source file's name.
    pub source: &'a str,
    /// Whether this is an author's preview.
    pub preview: bool,
}

/// Builds the page view of a standard; `findings` are placed by `preview::place`.
pub fn page(
    standard: &Standard,
    frame: Frame<'_>,
    registry: &Registry,
    placed: HashMap<String, Vec<super::view::Finding>>,
    findings: Findings,
) -> Page {
    let ctx = Context {
        standard,
        registry,
        findings: placed,
        bodies: body::bodies_named(standard, registry),
    };
    let bodies: Vec<_> = ctx
        .bodies
        .iter()
        .filter_map(|id| registry.body_by_id(id))
        .enumerate()
        .map(|(i, b)| body::card(i, b))
        .collect();
    let contacts: Vec<_> = standard
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| contact(&ctx, i, c))
        .collect();
    let blocks = blocks(&ctx);
    let mut toc: Vec<TocEntry> = blocks.iter().map(|(_, b)| toc_entry(b)).collect();
    if !contacts.is_empty() {
        toc.push(TocEntry {
            id: "kontakt".to_owned(),
            text: "Kontakt".to_owned(),
        });
    }
    if !bodies.is_empty() {
        toc.push(TocEntry {
            id: "myndigheder".to_owned(),
            text: "Nationale klageinstanser".to_owned(),
        });
    }
    Page {
        root: frame.root,
        preview: frame.preview,
        proposals: standard.proposals.len(),
        title: title(standard),
        municipality: standard
            .municipality
            .as_ref()
            .map(|m| format::municipality(&m.value)),
        draft: standard.draft.is_some(),
        excerpt: standard.excerpt.is_some(),
        sources: ctx.links(&standard.sources),
        facts: facts(&ctx, standard),
        legal_basis: laws(&standard.legal_basis),
        other_schemes: standard
            .other_schemes
            .iter()
            .map(format::other_scheme)
            .collect(),
        summary: summary(&ctx, &contacts),
        toc,
        blocks: blocks.into_iter().map(|(_, b)| b).collect(),
        contacts,
        bodies,
        findings,
        source: frame.source.to_owned(),
    }
}

/// The standard's entry on the index page, linking to `href`.
///
/// A standard is out of date at `today` (the build date) when it was approved, dated or
/// made for a time more than a year before (a kvalitetsstandard is to be decided each
/// year), or when its complaint routes name a body that had ceased, or stopped handling
/// the complaints, by then. A draft is a draft, not out of date. The index says so in
/// words.
pub fn index_entry(
    standard: &Standard,
    href: String,
    registry: &Registry,
    today: Date,
) -> IndexEntry {
    let dated = standard
        .approval
        .as_ref()
        .and_then(|a| a.date.as_ref())
        .or(standard.date.as_ref());
    let date = dated.map(|d| format::date(&d.value));
    let year = crate::emit::compare::year(standard);
    let outdated = if standard.draft.is_some() {
        Vec::new()
    } else {
        outdated(standard, registry, today)
    };
    IndexEntry {
        municipality: standard
            .municipality
            .as_ref()
            .map_or_else(|| NOT_STATED.to_owned(), |m| format::municipality(&m.value)),
        title: title(standard),
        href,
        year: Fact::new("År", year.map(|y| y.to_string())),
        date: Fact::new("Godkendt eller dateret", date),
        status: Fact::new("Status", status(standard).map(str::to_owned)),
        draft: standard.draft.is_some(),
        outdated,
        sort_year: year,
    }
}

/// Why a standard is out of date at `today`, in Danish sentences; empty when it is not.
fn outdated(standard: &Standard, registry: &Registry, today: Date) -> Vec<String> {
    let mut reasons = Vec::new();
    let reference = standard
        .reference_date()
        .filter(|d| d.basis != crate::model::DateBasis::Today);
    if let Some(reference) = reference {
        let earliest = reference.date.earliest();
        let a_year_on = Date {
            year: earliest.year.saturating_add(1),
            ..earliest
        };
        if a_year_on.days_since_epoch() < today.days_since_epoch() {
            reasons.push(format!(
                "{} – mere end et år før {}.",
                capitalise(&crate::emit::compare::text::date_basis(
                    reference.basis,
                    &reference.date
                )),
                format::date(&today)
            ));
        }
    }
    for body in crate::emit::compare::outdated_bodies(standard, registry, today) {
        reasons.push(format!("{}.", body.text));
    }
    reasons
}

/// A text with its first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The title, never empty.
fn title(standard: &Standard) -> String {
    let title = standard.title.value.trim();
    if title.is_empty() {
        "Kvalitetsstandard".to_owned()
    } else {
        title.to_owned()
    }
}

/// `Udkast`, `Godkendt`, or nothing when the document does not say.
fn status(standard: &Standard) -> Option<&'static str> {
    if standard.draft.is_some() {
        Some("Udkast")
    } else if standard.approval.is_some() {
        Some("Godkendt")
    } else {
        None
    }
}

/// The facts about the document, shown under its title.
fn facts(ctx: &Context<'_>, standard: &Standard) -> Vec<Fact> {
    let mut facts = Vec::new();
    let period = match (&standard.validity, &standard.year) {
        (Some(v), _) => Some(match &v.until {
            Some(until) => format!(
                "{} – {}",
                format::date(&v.from.value),
                format::date(&until.value)
            ),
            None => format!("Fra {}", format::date(&v.from.value)),
        }),
        (None, Some(year)) => Some(year.value.to_string()),
        (None, None) => None,
    };
    facts.push(Fact::new("Gælder for", period));
    if standard.draft.is_some() {
        facts.push(Fact::new(
            "Status",
            Some("Udkast – endnu ikke politisk godkendt".to_owned()),
        ));
    } else {
        let approval = standard.approval.as_ref().and_then(|a| {
            let date = a.date.as_ref().map(|d| format::date(&d.value));
            let by = a.by.as_ref().map(|b| b.value.clone());
            match (date, by) {
                (Some(date), Some(by)) => Some(format!("{date} af {by}")),
                (Some(date), None) => Some(date),
                (None, Some(by)) => Some(format!("Af {by}")),
                (None, None) => None,
            }
        });
        facts.push(Fact::new("Godkendt", approval));
    }
    if !standard.service_level_by.is_empty() {
        let names = ctx.references(&standard.service_level_by);
        facts.push(Fact::new(
            "Serviceniveauet er fastsat af",
            Some(format::join_names(names.iter().map(|n| n.text.as_str()))),
        ));
    }
    if let Some(date) = &standard.date {
        facts.push(Fact::new("Dato", Some(format::date(&date.value))));
    }
    if standard.undated.is_some() {
        facts.push(Fact::new(
            "Dato",
            Some("Dokumentet er ikke dateret".to_owned()),
        ));
    }
    if let Some(updated) = &standard.updated {
        facts.push(Fact::new(
            "Sidst opdateret",
            Some(format::date(&updated.value)),
        ));
    }
    if let Some(revision) = &standard.revision {
        facts.push(Fact::new(
            "Revideres",
            Some(format::revision(revision.value).to_owned()),
        ));
    }
    facts
}

/// The document's parts in its own order, each with where it starts.
fn blocks(ctx: &Context<'_>) -> Vec<(usize, Block)> {
    let standard = ctx.standard;
    let mut out: Vec<(usize, Block)> = standard
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                s.span.start(),
                Block::Section(section(ctx, s, section_id(i), 2)),
            )
        })
        .collect();
    if let Some(start) = standard.summary.iter().map(|s| s.span.start()).min() {
        let heading = standard
            .summary_heading
            .as_ref()
            .map(|h| h.value.trim())
            .filter(|h| !h.is_empty())
            .unwrap_or(RESUME_HEADING);
        let mut group = GroupView {
            id: RESUME_ID.to_owned(),
            heading: heading.to_owned(),
            legal_basis: Vec::new(),
            sections: standard
                .summary
                .iter()
                .enumerate()
                .map(|(i, s)| section(ctx, s, resume_section_id(i), 3))
                .collect(),
            findings: Vec::new(),
            proposed: standard.summary.iter().all(|s| ctx.proposed(s.span)),
        };
        super::proposal::settle_group(&mut group);
        out.push((start, Block::Resume(group)));
    }
    out.extend(
        standard
            .indsatser
            .iter()
            .enumerate()
            .map(|(i, x)| (x.span.start(), Block::Indsats(indsats(ctx, i, x)))),
    );
    out.sort_by_key(|(start, _)| *start);
    out
}

/// The table of contents entry of a block.
fn toc_entry(block: &Block) -> TocEntry {
    match block {
        Block::Section(s) => TocEntry {
            id: s.id.clone(),
            text: s.heading.clone(),
        },
        Block::Resume(g) | Block::Indsats(g) => TocEntry {
            id: g.id.clone(),
            text: g.heading.clone(),
        },
    }
}
