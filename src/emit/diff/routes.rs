//! The complaint routes of one part of a standard: added, removed, and what changed in
//! each (recipients, klagefrist, genvurdering, the next instance).

use super::changes::{direction, Assessment, Changes, Direction, Record};
use super::promises::day_bounds;
use super::proposal::{self, shown};
use super::Context;
use crate::emit::compare::text as words;
use crate::emit::text::{frist_text, genvurdering_text};
use crate::model::{KlageRoute, Reference, RouteKind, Section, SectionBody, Standard};

/// Compares the complaint routes of one part; routes pair up by what they are about.
pub fn routes(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    old: &[&Section],
    new: &[&Section],
) {
    let old = list(old);
    let new = list(new);
    let mut used = vec![false; new.len()];
    for a in &old {
        let found = new
            .iter()
            .enumerate()
            .find(|(i, b)| !used.get(*i).copied().unwrap_or(true) && key(a) == key(b));
        match found {
            Some((i, b)) => {
                if let Some(u) = used.get_mut(i) {
                    *u = true;
                }
                compare(out, place, ctx, a, b);
            }
            None => {
                let (assessment, reason) = proposal::alone(
                    (
                        Assessment::Worse,
                        "klagevejen er ikke længere beskrevet".into(),
                    ),
                    ctx.old.proposed(a.span),
                );
                out.push(Record {
                    category: "complaint",
                    subject: label(a),
                    place,
                    old: Some(summary(a, ctx, ctx.old)),
                    new: None,
                    assessment,
                    reason: Some(reason),
                })
            }
        }
    }
    for (b, _) in new.iter().zip(&used).filter(|(_, used)| !**used) {
        let (assessment, reason) = proposal::alone(
            (
                Assessment::Better,
                "ny klagevejledning (før ikke beskrevet)".into(),
            ),
            ctx.new.proposed(b.span),
        );
        out.push(Record {
            category: "complaint",
            subject: label(b),
            place,
            old: None,
            new: Some(summary(b, ctx, ctx.new)),
            assessment,
            reason: Some(reason),
        });
    }
}

fn list<'a>(sections: &[&'a Section]) -> Vec<&'a KlageRoute> {
    sections
        .iter()
        .flat_map(|s| match &s.body {
            SectionBody::Klage(k) => k.routes.iter().collect(),
            _ => Vec::new(),
        })
        .collect()
}

fn key(route: &KlageRoute) -> (RouteKind, Option<String>) {
    let heading = match route.kind {
        RouteKind::Øvrig => route.heading.as_ref().map(|h| h.value.to_lowercase()),
        _ => None,
    };
    (route.kind, heading)
}

fn label(route: &KlageRoute) -> String {
    match route.kind {
        RouteKind::Øvrig => route
            .heading
            .as_ref()
            .map_or_else(|| "Øvrige klager".to_owned(), |h| h.value.clone()),
        kind => words::route_label(kind).to_owned(),
    }
}

/// A route in one line; what is a proposal says so (the whole route, or its lines).
fn summary(route: &KlageRoute, ctx: &Context<'_>, standard: &Standard) -> String {
    let mut parts = Vec::new();
    if !route.til.is_empty() {
        parts.push(format!("til {}", names(&route.til, ctx, standard)));
    }
    if let Some(k) = &route.klagefrist {
        parts.push(format!("klagefrist {}", klagefrist(k, standard)));
    }
    parts.extend(genvurdering(route, standard));
    if !route.videre.is_empty() {
        parts.push(format!(
            "videre til {}",
            names(&route.videre, ctx, standard)
        ));
    }
    let text = if parts.is_empty() {
        "ingen modtager angivet".into()
    } else {
        parts.join("; ")
    };
    shown(text, standard.proposed(route.span))
}

/// The names of references, each marked when it is a proposal.
fn names(refs: &[Reference], ctx: &Context<'_>, standard: &Standard) -> String {
    refs.iter()
        .map(|r| shown(ctx.name(r, standard), standard.proposed(r.name.span)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Whether any of the references is a proposal.
fn any_proposed(refs: &[Reference], standard: &Standard) -> bool {
    refs.iter().any(|r| standard.proposed(r.name.span))
}

/// A klagefrist in words, marked when it is a proposal.
fn klagefrist(frist: &crate::model::Frist, standard: &Standard) -> String {
    shown(frist_text(frist), standard.proposed(frist.span))
}

/// A route's genvurdering in words, marked when it is a proposal.
fn genvurdering(route: &KlageRoute, standard: &Standard) -> Option<String> {
    let proposed = route
        .genvurdering_stated
        .is_some_and(|s| standard.proposed(s));
    genvurdering_text(route).map(|text| shown(text, proposed))
}

/// Whether any recipient is a body that has ceased or no longer handles complaints.
fn outdated(refs: &[Reference], ctx: &Context<'_>, standard: &Standard) -> bool {
    refs.iter().any(|r| {
        ctx.body(r, standard)
            .is_some_and(|b| b.until.date().is_some() || b.complaint_role_until.is_some())
    })
}

fn compare(out: &mut Changes, place: &str, ctx: &Context<'_>, a: &KlageRoute, b: &KlageRoute) {
    let subject = label(a);
    for (what, old, new) in [
        ("modtager", &a.til, &b.til),
        ("videre til", &a.videre, &b.videre),
    ] {
        let (x, y) = (names(old, ctx, ctx.old), names(new, ctx, ctx.new));
        if x.to_lowercase() == y.to_lowercase() {
            continue;
        }
        let plain = |refs: &[Reference], standard| {
            refs.iter()
                .map(|r| ctx.name(r, standard).to_lowercase())
                .collect::<Vec<_>>()
        };
        let same = plain(old, ctx.old) == plain(new, ctx.new);
        let status = proposal::change(any_proposed(old, ctx.old), any_proposed(new, ctx.new));
        let (was, is) = (outdated(old, ctx, ctx.old), outdated(new, ctx, ctx.new));
        let (assessment, reason) = match (was, is) {
            (true, false) => (
                Assessment::Better,
                Some("nævner ikke længere en nedlagt myndighed".to_owned()),
            ),
            (false, true) => (
                Assessment::Worse,
                Some(
                    "nævner en myndighed, der er nedlagt eller ikke behandler klagerne".to_owned(),
                ),
            ),
            _ if x.is_empty() => (Assessment::Better, Some("før ikke angivet".to_owned())),
            _ if y.is_empty() => (Assessment::Worse, Some("ikke længere angivet".to_owned())),
            _ => (Assessment::Unclear, None),
        };
        let (assessment, reason) = proposal::judged_with((assessment, reason), same, status);
        out.push(Record {
            category: "complaint",
            subject: format!("{subject}: {what}"),
            place,
            old: (!x.is_empty()).then_some(x),
            new: (!y.is_empty()).then_some(y),
            assessment,
            reason,
        });
    }

    let (x, y) = (a.klagefrist.as_ref(), b.klagefrist.as_ref());
    let (tx, ty) = (
        x.map(|f| klagefrist(f, ctx.old)),
        y.map(|f| klagefrist(f, ctx.new)),
    );
    if tx != ty {
        let same = x.map(frist_text) == y.map(frist_text);
        let status = x.zip(y).and_then(|(x, y)| {
            proposal::change(ctx.old.proposed(x.span), ctx.new.proposed(y.span))
        });
        let (assessment, reason) = match (x.and_then(day_bounds), y.and_then(day_bounds)) {
            (Some(p), Some(q)) => match direction(p, q) {
                Direction::Up => (
                    Assessment::Better,
                    Some("længere tid til at klage".to_owned()),
                ),
                Direction::Down => (
                    Assessment::Worse,
                    Some("kortere tid til at klage".to_owned()),
                ),
                Direction::Same => (
                    Assessment::Info,
                    Some("samme klagefrist, skrevet anderledes".to_owned()),
                ),
                Direction::Mixed => (Assessment::Unclear, None),
            },
            _ if tx.is_none() => (
                Assessment::Better,
                Some("klagefristen står nu i standarden".to_owned()),
            ),
            _ if ty.is_none() => (
                Assessment::Worse,
                Some("klagefristen står ikke længere i standarden".to_owned()),
            ),
            _ => (Assessment::Unclear, None),
        };
        let (assessment, reason) = proposal::judged_with((assessment, reason), same, status);
        out.push(Record {
            category: "complaint",
            subject: format!("{subject}: klagefrist"),
            place,
            old: tx,
            new: ty,
            assessment,
            reason,
        });
    }

    let stated = |r: &KlageRoute| r.genvurdering_stated.is_some() || r.genvurdering.is_some();
    let text = |r: &KlageRoute| {
        r.genvurdering.as_ref().map_or_else(
            || stated(r).then(|| "genvurdering".to_owned()),
            |f| Some(format!("genvurdering {}", frist_text(f))),
        )
    };
    let proposed = |r: &KlageRoute, standard: &Standard| {
        r.genvurdering_stated.is_some_and(|s| standard.proposed(s))
    };
    let (pa, pb) = (proposed(a, ctx.old), proposed(b, ctx.new));
    let (x, y) = (text(a), text(b));
    if x != y || (stated(a) && stated(b) && pa != pb) {
        let judged = match (stated(a), stated(b)) {
            (false, true) => (Assessment::Better, "kommunen genvurderer nu sagen"),
            (true, false) => (Assessment::Worse, "genvurdering nævnes ikke længere"),
            _ => (Assessment::Unclear, "tiden til genvurdering er ændret"),
        };
        let status = (stated(a) && stated(b))
            .then(|| proposal::change(pa, pb))
            .flatten();
        let (assessment, reason) =
            proposal::judged_with((judged.0, Some(judged.1.to_owned())), x == y, status);
        out.push(Record {
            category: "complaint",
            subject: format!("{subject}: genvurdering"),
            place,
            old: x.map(|x| shown(x, pa)),
            new: y.map(|y| shown(y, pb)),
            assessment,
            reason,
        });
    }
}
