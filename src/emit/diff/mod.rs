//! `kvalitet diff`: what changes for citizens between two versions of a standard.
//!
//! [`diff`] compares the general part of the two standards with each other and each
//! indsats with the indsats of the same title, then the contacts, links, legal basis,
//! approval and text sections of the whole. `changes.rs` holds the order of importance
//! and the rules for judging a change better or worse for the citizen; the renderers
//! (Markdown, JSON, HTML through `compare`'s templates) read the same [`DiffReport`].
//!
//! - `promises.rs`: deadlines, prices, scope, target group, content and delivery;
//! - `proposal.rs`: a value shown as a proposal (`forslag:`), and its status as a
//!   change;
//! - `routes.rs`: complaint routes;
//! - `contacts.rs`: contacts and links;
//! - `document.rs`: legal basis, approval and status, text sections.

mod changes;
mod contacts;
mod document;
mod markdown;
mod promises;
mod proposal;
pub mod report;
mod routes;

pub use report::DiffReport;

use crate::emit::compare::{self, gather};
use crate::emit::text::parts;
use crate::model::{Indsats, Reference, Section, Standard};
use crate::registry::{Body, Registry};
use changes::{Assessment, Changes, Record};
use report::{Side, SCHEMA_VERSION};

/// The output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Markdown,
    /// A standalone HTML page.
    Html,
    /// JSON (`docs/schema/diff.v1.json`).
    Json,
}

/// What the comparisons need: both standards and the registry.
pub struct Context<'a> {
    /// The old version.
    pub old: &'a Standard,
    /// The new version.
    pub new: &'a Standard,
    /// The registry of bodies.
    pub registry: &'a Registry,
}

impl Context<'_> {
    /// The name a reference shows in a standard.
    pub fn name(&self, reference: &Reference, standard: &Standard) -> String {
        gather::reference_name(reference, standard, self.registry)
    }

    /// The registry body a reference names in a standard.
    pub fn body(&self, reference: &Reference, standard: &Standard) -> Option<&Body> {
        gather::reference_body(reference, standard, self.registry)
    }
}

/// Compares two versions of a standard, given with their source names, reading the
/// bodies they name from `registry`.
pub fn diff(old: (&Standard, &str), new: (&Standard, &str), registry: &Registry) -> DiffReport {
    let ctx = Context {
        old: old.0,
        new: new.0,
        registry,
    };
    let mut out = Changes::default();

    let old_parts = parts(old.0);
    let new_parts = parts(new.0);
    let mut pairs: Vec<(String, Vec<&Section>, Vec<&Section>)> = Vec::new();
    for (title, sections) in &old_parts {
        let matched = new_parts.iter().find(|(t, _)| same_title(t, title));
        match matched {
            Some((theirs_title, theirs)) => {
                indsats_status(&mut out, &ctx, title, theirs_title);
                pairs.push((place(title), sections.clone(), theirs.clone()))
            }
            None => out.push(Record {
                category: "indsats",
                subject: "Indsats".into(),
                place: &place(title),
                old: title.map(|i| i.title.value.clone()),
                new: None,
                assessment: Assessment::Unclear,
                reason: Some("indsatsen er ikke længere beskrevet".into()),
            }),
        }
    }
    for (title, _) in &new_parts {
        if !old_parts.iter().any(|(t, _)| same_title(t, title)) {
            out.push(Record {
                category: "indsats",
                subject: "Indsats".into(),
                place: &place(title),
                old: None,
                new: title.map(|i| i.title.value.clone()),
                assessment: Assessment::Unclear,
                reason: Some("ny indsats".into()),
            });
        }
    }
    for (place, a, b) in &pairs {
        promises::deadlines(&mut out, place, &ctx, a, b);
        promises::prices(&mut out, place, &ctx, a, b);
        promises::scope(&mut out, place, &ctx, a, b);
        promises::target_and_content(&mut out, place, a, b);
        promises::delivery(&mut out, place, &ctx, a, b);
        routes::routes(&mut out, place, &ctx, a, b);
    }
    contacts::contacts(&mut out, &ctx);
    contacts::links(&mut out, &ctx);
    document::legal_basis(&mut out, &ctx);
    document::approval(&mut out, &ctx);
    for (place, a, b) in &pairs {
        document::sections(&mut out, place, &ctx, a, b);
    }

    let (summary, changes) = out.finish();
    DiffReport {
        schema_version: SCHEMA_VERSION,
        old: side(old.0, old.1),
        new: side(new.0, new.1),
        summary,
        changes,
    }
}

/// Renders a diff in a format; an error is a template or serialisation failure.
pub fn render(report: &DiffReport, format: Format) -> Result<String, String> {
    match format {
        Format::Markdown => Ok(markdown::render(report)),
        Format::Html => compare::html::render_page("diff.html", report),
        Format::Json => serde_json::to_string_pretty(report)
            .map(|mut text| {
                text.push('\n');
                text
            })
            .map_err(|e| format!("cannot serialise the diff: {e}")),
    }
}

/// A whole indsats decided now, or proposed now (`forslag:`).
fn indsats_status(
    out: &mut Changes,
    ctx: &Context<'_>,
    old: &Option<&Indsats>,
    new: &Option<&Indsats>,
) {
    let (Some(a), Some(b)) = (old, new) else {
        return;
    };
    let (pa, pb) = (ctx.old.proposed(a.span), ctx.new.proposed(b.span));
    if let Some((assessment, why)) = proposal::change(pa, pb) {
        out.push(Record {
            category: "indsats",
            subject: "Indsats".into(),
            place: &place(new),
            old: Some(proposal::shown(a.title.value.clone(), pa)),
            new: Some(proposal::shown(b.title.value.clone(), pb)),
            assessment,
            reason: Some(format!("hele indsatsen er {why}")),
        });
    }
}

fn same_title(a: &Option<&Indsats>, b: &Option<&Indsats>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            a.title.value.trim().to_lowercase() == b.title.value.trim().to_lowercase()
        }
        _ => false,
    }
}

fn place(indsats: &Option<&Indsats>) -> String {
    indsats.map_or_else(
        || "generelt".to_owned(),
        |i| format!("indsats “{}”", i.title.value),
    )
}

fn side(standard: &Standard, source: &str) -> Side {
    Side {
        source: source.to_owned(),
        label: compare::label(standard),
        title: standard.title.value.clone(),
        date: compare::date_text(standard),
        draft: standard.draft.is_some(),
    }
}
