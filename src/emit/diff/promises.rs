//! The promises to citizens in one part of a standard (its general part or one
//! indsats): deadlines, prices, scope, target group, content, transport, provider.

use super::changes::{bounds, direction, Assessment, Changes, Direction, Record};
use super::proposal::{self, shown};
use super::Context;
use crate::emit::compare::normalise;
use crate::emit::compare::text as words;
use crate::emit::text::{self, frist_text};
use crate::model::values::{format_number, Hedge};
use crate::model::{
    DeadlineAmount, Frist, Omfang, Price, Section, SectionBody, Standard, Text, TextBlock,
    TransportOffer,
};

/// A deadline with whether it is a proposal (`forslag:`).
#[derive(Clone, Copy)]
struct Stated<'a> {
    frist: &'a Frist,
    proposed: bool,
}

/// Compares the deadlines of one part.
pub fn deadlines(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    old: &[&Section],
    new: &[&Section],
) {
    let old = frister(old, ctx.old);
    let new = frister(new, ctx.new);
    let mut names: Vec<&str> = old.iter().map(|(n, _)| n.as_str()).collect();
    for (name, _) in &new {
        if !names.contains(&name.as_str()) {
            names.push(name);
        }
    }
    for name in names {
        fn find<'a>(list: &[(String, Vec<Stated<'a>>)], name: &str) -> Vec<Stated<'a>> {
            list.iter()
                .find(|(n, _)| n == name)
                .map(|(_, f)| f.clone())
                .unwrap_or_default()
        }
        let (mut o, mut n) = (find(&old, name), find(&new, name));
        // Deadlines that stay the same are no change.
        o.retain(|a| !n.iter().any(|b| same_frist(a, b)));
        n.retain(|b| !find(&old, name).iter().any(|a| same_frist(a, b)));
        let subject = format!("Frist: {name}");
        let pairs = o.len().min(n.len());
        for (a, b) in o.iter().zip(&n) {
            compare_frist(out, &subject, place, a, b);
        }
        for a in o.iter().skip(pairs) {
            let (assessment, reason) = proposal::alone(
                (
                    Assessment::Worse,
                    "fristen er fjernet: borgeren har ikke længere et løfte".into(),
                ),
                a.proposed,
            );
            out.push(Record {
                category: "deadline",
                subject: subject.clone(),
                place,
                old: Some(shown(frist_text(a.frist), a.proposed)),
                new: None,
                assessment,
                reason: Some(reason),
            });
        }
        for b in n.iter().skip(pairs) {
            let target = if b.frist.target_only {
                " (tilstræbt, ikke et løfte)"
            } else {
                ""
            };
            let (assessment, reason) = proposal::alone(
                (
                    Assessment::Better,
                    format!("ny frist{target} (før ikke angivet)"),
                ),
                b.proposed,
            );
            out.push(Record {
                category: "deadline",
                subject: subject.clone(),
                place,
                old: None,
                new: Some(shown(frist_text(b.frist), b.proposed)),
                assessment,
                reason: Some(reason),
            });
        }
    }
}

/// The deadlines of a part by name, in order, each distinct deadline once.
fn frister<'a>(sections: &[&'a Section], standard: &Standard) -> Vec<(String, Vec<Stated<'a>>)> {
    let mut out: Vec<(String, Vec<Stated<'a>>)> = Vec::new();
    for section in sections {
        let SectionBody::Frister(frister) = &section.body else {
            continue;
        };
        for frist in frister {
            let name = frist.name.value.trim().to_lowercase();
            let index = match out.iter().position(|(n, _)| *n == name) {
                Some(i) => i,
                None => {
                    out.push((name, Vec::new()));
                    out.len() - 1
                }
            };
            let stated = Stated {
                frist,
                proposed: standard.proposed(frist.span),
            };
            if let Some((_, list)) = out.get_mut(index) {
                if !list.iter().any(|f| same_frist(f, &stated)) {
                    list.push(stated);
                }
            }
        }
    }
    out
}

fn event(frist: &Frist) -> Option<String> {
    frist.event.as_ref().map(|e| {
        e.value
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    })
}

/// Whether two deadlines say the same, and are both decided or both proposals.
fn same_frist(a: &Stated<'_>, b: &Stated<'_>) -> bool {
    a.frist.deadline.original.to_lowercase() == b.frist.deadline.original.to_lowercase()
        && event(a.frist) == event(b.frist)
        && a.frist.target_only == b.frist.target_only
        && a.proposed == b.proposed
}

/// How fast a deadline is, for deadlines without a figure: at once, a figure, or no
/// measurable promise.
fn kind_rank(frist: &Frist) -> u8 {
    match frist.deadline.amount {
        DeadlineAmount::Immediately => 0,
        DeadlineAmount::Duration(_) => 1,
        DeadlineAmount::AsSoonAsPossible => 2,
    }
}

/// The bounds of a deadline in calendar days; `dage` spans calendar and working days.
pub fn day_bounds(frist: &Frist) -> Option<(f64, f64)> {
    let figure = normalise::calendar_days(frist.deadline.amount.duration()?)?;
    let (low, high) = bounds(figure.min, figure.max)?;
    Some((low, figure.if_working_days.unwrap_or(high).max(high)))
}

fn show_days(range: (f64, f64)) -> String {
    if (range.0 - range.1).abs() < 1e-9 {
        format!("{} kalenderdage", format_number(range.0))
    } else {
        format!(
            "{}–{} kalenderdage",
            format_number(range.0),
            format_number(range.1)
        )
    }
}

fn compare_frist(out: &mut Changes, subject: &str, place: &str, a: &Stated, b: &Stated) {
    let status = proposal::change(a.proposed, b.proposed);
    let (a, b, shown_a, shown_b) = (
        a.frist,
        b.frist,
        shown(frist_text(a.frist), a.proposed),
        shown(frist_text(b.frist), b.proposed),
    );
    let mut reasons = Vec::new();
    let events_differ = event(a) != event(b);
    if events_differ {
        reasons.push(format!(
            "regnes nu fra »{}« i stedet for »{}«",
            b.event
                .as_ref()
                .map_or("ikke angivet", |e| e.value.as_str()),
            a.event
                .as_ref()
                .map_or("ikke angivet", |e| e.value.as_str()),
        ));
    }
    let length = match (day_bounds(a), day_bounds(b)) {
        (Some(x), Some(y)) => {
            let d = direction(x, y);
            match d {
                Direction::Down => reasons.push(format!(
                    "kortere frist: {} → {}",
                    show_days(x),
                    show_days(y)
                )),
                Direction::Up => reasons.push(format!(
                    "længere frist: {} → {}",
                    show_days(x),
                    show_days(y)
                )),
                Direction::Same => {
                    if a.deadline.original != b.deadline.original {
                        reasons.push(format!("samme længde: {}", show_days(x)));
                    }
                }
                Direction::Mixed => reasons.push(format!(
                    "længden kan ikke sammenlignes: {} → {}",
                    show_days(x),
                    show_days(y)
                )),
            }
            d
        }
        _ => match kind_rank(b).cmp(&kind_rank(a)) {
            std::cmp::Ordering::Less => {
                reasons.push("hurtigere".into());
                Direction::Down
            }
            std::cmp::Ordering::Greater => {
                reasons.push("langsommere eller uden målbar frist".into());
                Direction::Up
            }
            std::cmp::Ordering::Equal => Direction::Mixed,
        },
    };
    let target = match (a.target_only, b.target_only) {
        (true, false) => {
            reasons.push("nu et løfte, ikke kun et mål".into());
            Some(Assessment::Better)
        }
        (false, true) => {
            reasons.push("nu kun et mål (tilstræbt), ikke et løfte".into());
            Some(Assessment::Worse)
        }
        _ => None,
    };
    let hedge_of = |f: &Frist| f.deadline.amount.duration().and_then(|d| d.hedge.clone());
    let hedge = hedge_change(hedge_of(a).as_deref(), hedge_of(b).as_deref()).map(|(by, why)| {
        reasons.push(why);
        by
    });
    // A deadline decided now, or proposed now: judged as a hedge removed or added.
    let status = status.map(|(by, why)| {
        reasons.push(why);
        by
    });
    let by_length = match length {
        Direction::Down => Some(Assessment::Better),
        Direction::Up => Some(Assessment::Worse),
        Direction::Same => None,
        Direction::Mixed => Some(Assessment::Unclear),
    };
    let assessment = if events_differ {
        Assessment::Unclear
    } else {
        let judged: Vec<Assessment> = [by_length, target, hedge, status]
            .into_iter()
            .flatten()
            .collect();
        match judged.split_first() {
            None => Assessment::Info,
            Some((first, rest)) if rest.iter().all(|x| x == first) => *first,
            Some(_) => Assessment::Unclear,
        }
    };
    out.push(Record {
        category: "deadline",
        subject: subject.to_owned(),
        place,
        old: Some(shown_a),
        new: Some(shown_b),
        assessment,
        reason: (!reasons.is_empty()).then(|| reasons.join("; ")),
    });
}

/// Compares the prices of one part, by the name of what is paid for.
pub fn prices(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    old: &[&Section],
    new: &[&Section],
) {
    let old = price_list(old, ctx.old);
    let new = price_list(new, ctx.new);
    for (name, a, pa) in &old {
        let subject = format!("Egenbetaling: {}", a.name.value);
        match new.iter().find(|(n, _, _)| n == name) {
            None => out.push(Record {
                category: "price",
                subject,
                place,
                old: Some(shown(price_text(a), *pa)),
                new: None,
                assessment: Assessment::Unclear,
                reason: Some("nævnes ikke længere".into()),
            }),
            Some((_, b, pb)) => {
                let same = price_text(a) == price_text(b);
                // A price decided binds the citizen as much as it binds the
                // municipality: its new status is no clear direction.
                let status = proposal::change(*pa, *pb).map(|(_, why)| (Assessment::Unclear, why));
                if same && status.is_none() {
                    continue;
                }
                let (assessment, reason) = match (&a.amount, &b.amount) {
                    (Some(x), Some(y)) if x.per == y.per && x.kroner > y.kroner => (
                        Assessment::Better,
                        format!(
                            "lavere pris: {} → {} kr",
                            format_number(x.kroner),
                            format_number(y.kroner)
                        ),
                    ),
                    (Some(x), Some(y)) if x.per == y.per && x.kroner < y.kroner => (
                        Assessment::Worse,
                        format!(
                            "højere pris: {} → {} kr",
                            format_number(x.kroner),
                            format_number(y.kroner)
                        ),
                    ),
                    (Some(x), Some(y)) if x.per == y.per => {
                        // A price with `ca.` may come out higher or lower.
                        match hedge_change(x.hedge.as_deref(), y.hedge.as_deref()) {
                            Some((_, why)) => (Assessment::Unclear, format!("samme pris; {why}")),
                            None => (Assessment::Info, "samme pris, skrevet anderledes".into()),
                        }
                    }
                    _ => (
                        Assessment::Unclear,
                        "prisen er formuleret anderledes".into(),
                    ),
                };
                let (assessment, reason) =
                    proposal::judged_with((assessment, Some(reason)), same, status);
                out.push(Record {
                    category: "price",
                    subject,
                    place,
                    old: Some(shown(price_text(a), *pa)),
                    new: Some(shown(price_text(b), *pb)),
                    assessment,
                    reason,
                });
            }
        }
    }
    for (name, b, pb) in &new {
        if old.iter().any(|(n, _, _)| n == name) {
            continue;
        }
        let (assessment, reason) = match &b.amount {
            Some(m) if m.kroner > 0.0 => (Assessment::Worse, "ny egenbetaling"),
            Some(_) => (Assessment::Info, "nu angivet: gratis"),
            None => (Assessment::Unclear, "ny post om egenbetaling"),
        };
        let (assessment, reason) = proposal::alone((assessment, reason.into()), *pb);
        out.push(Record {
            category: "price",
            subject: format!("Egenbetaling: {}", b.name.value),
            place,
            old: None,
            new: Some(shown(price_text(b), *pb)),
            assessment,
            reason: Some(reason),
        });
    }
}

/// The prices of a part by the name of what is paid for, each with whether it is a
/// proposal.
fn price_list<'a>(sections: &[&'a Section], standard: &Standard) -> Vec<(String, &'a Price, bool)> {
    let mut out: Vec<(String, &Price, bool)> = Vec::new();
    for section in sections {
        if let SectionBody::Egenbetaling(prices) = &section.body {
            for price in prices {
                let name = price.name.value.trim().to_lowercase();
                if !out.iter().any(|(n, _, _)| *n == name) {
                    out.push((name, price, standard.proposed(price.span)));
                }
            }
        }
    }
    out
}

/// What a price says, for the old and new columns: the amount or wording alone.
fn price_text(price: &Price) -> String {
    text::price_value(price)
        .unwrap_or("ikke angivet")
        .to_owned()
}

/// One figure of an `omfang`, as text and bounds in a common unit.
struct Figure {
    text: String,
    bounds: Option<(f64, f64)>,
    hedge: Option<Hedge>,
    /// Whether it is a proposal (`forslag:`).
    proposed: bool,
}

/// How the hedge of a value changed: a hedge added (`typisk`, `ca.`) softens the
/// promise, one removed makes it firm, another word is unclear.
fn hedge_change(old: Option<&Hedge>, new: Option<&Hedge>) -> Option<(Assessment, String)> {
    match (old, new) {
        (None, Some(h)) => Some((
            Assessment::Worse,
            format!("nu med forbehold: »{}«", h.original),
        )),
        (Some(h), None) => Some((
            Assessment::Better,
            format!("forbeholdet »{}« er fjernet", h.original),
        )),
        (Some(a), Some(b)) if a.kind != b.kind => Some((
            Assessment::Unclear,
            format!("forbehold ændret: »{}« → »{}«", a.original, b.original),
        )),
        _ => None,
    }
}

/// How a figure of the scope is compared and named.
struct Field {
    subject: &'static str,
    unit: &'static str,
    more: &'static str,
    less: &'static str,
    more_is_better: bool,
}

/// Compares the scope (`omfang`, and its packages by name) of one part.
pub fn scope(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    old: &[&Section],
    new: &[&Section],
) {
    let old = omfang_list(old);
    let new = omfang_list(new);
    for (package, a) in &old {
        let Some((_, b)) = new.iter().find(|(p, _)| p == package) else {
            out.push(Record {
                category: "scope",
                subject: package_subject(package, "omfang"),
                place,
                old: Some(omfang_summary(a)),
                new: None,
                assessment: Assessment::Unclear,
                reason: Some("omfanget er ikke længere angivet".into()),
            });
            continue;
        };
        compare_omfang(out, place, ctx, package, (a, b));
    }
    for (package, b) in &new {
        if !old.iter().any(|(p, _)| p == package) {
            compare_omfang(out, place, ctx, package, (&Omfang::default(), b));
        }
    }
}

fn package_subject(package: &Option<String>, what: &str) -> String {
    match package {
        Some(p) => format!("Omfang, pakke “{p}”: {what}"),
        None => format!("Omfang: {what}"),
    }
}

fn omfang_list(sections: &[&Section]) -> Vec<(Option<String>, Omfang)> {
    let mut out: Vec<(Option<String>, Omfang)> = Vec::new();
    fn add(out: &mut Vec<(Option<String>, Omfang)>, package: Option<String>, o: &Omfang) {
        match out.iter_mut().find(|(p, _)| *p == package) {
            Some((_, merged)) => {
                // Several `omfang` sections in one part: the first figure of each kind.
                merged.gange = merged.gange.take().or_else(|| o.gange.clone());
                merged.hyppighed = merged.hyppighed.take().or_else(|| o.hyppighed.clone());
                merged.længde = merged.længde.take().or_else(|| o.længde.clone());
                merged.forløb = merged.forløb.take().or_else(|| o.forløb.clone());
                merged.pause = merged.pause.take().or_else(|| o.pause.clone());
                merged.forlængelse = merged.forlængelse.take().or_else(|| o.forlængelse.clone());
                merged.vejledende = merged.vejledende.or(o.vejledende);
            }
            None => {
                let mut own = o.clone();
                own.pakker.clear();
                out.push((package, own));
            }
        }
        for p in &o.pakker {
            add(out, Some(p.name.value.trim().to_owned()), &p.omfang);
        }
    }
    for section in sections {
        if let SectionBody::Omfang(o) = &section.body {
            add(&mut out, None, o);
        }
    }
    out.retain(|(_, o)| !o.is_empty() || o.vejledende.is_some());
    out
}

fn omfang_summary(o: &Omfang) -> String {
    let mut parts = Vec::new();
    if let Some(v) = &o.hyppighed {
        parts.push(v.original.clone());
    }
    if let Some(v) = &o.længde {
        parts.push(v.original.clone());
    }
    if let Some(v) = &o.gange {
        parts.push(format!("{} gange", v.original));
    }
    if let Some(v) = &o.forløb {
        parts.push(format!("forløb {}", v.original));
    }
    if let Some(v) = &o.pause {
        parts.push(format!("pause {}", v.original));
    }
    parts.join(", ")
}

fn compare_omfang(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    package: &Option<String>,
    (a, b): (&Omfang, &Omfang),
) {
    let (old, new) = (ctx.old, ctx.new);
    let fields: [(Field, Option<Figure>, Option<Figure>); 6] = [
        (
            Field {
                subject: "hyppighed",
                unit: "gange pr. uge",
                more: "oftere",
                less: "sjældnere",
                more_is_better: true,
            },
            a.hyppighed.as_ref().map(|v| frequency(v, old)),
            b.hyppighed.as_ref().map(|v| frequency(v, new)),
        ),
        (
            Field {
                subject: "længde pr. gang",
                unit: "min",
                more: "længere træningsgange",
                less: "kortere træningsgange",
                more_is_better: true,
            },
            a.længde.as_ref().map(|v| minutes(v, old)),
            b.længde.as_ref().map(|v| minutes(v, new)),
        ),
        (
            Field {
                subject: "antal gange",
                unit: "gange",
                more: "flere træningsgange",
                less: "færre træningsgange",
                more_is_better: true,
            },
            a.gange.as_ref().map(|v| count(v, old)),
            b.gange.as_ref().map(|v| count(v, new)),
        ),
        (
            Field {
                subject: "forløbets længde",
                unit: "kalenderdage",
                more: "længere forløb",
                less: "kortere forløb",
                more_is_better: true,
            },
            a.forløb.as_ref().map(|v| days(v, old)),
            b.forløb.as_ref().map(|v| days(v, new)),
        ),
        (
            Field {
                subject: "ventetid mellem forløb",
                unit: "kalenderdage",
                more: "længere ventetid",
                less: "kortere ventetid",
                more_is_better: false,
            },
            a.pause.as_ref().map(|v| days(v, old)),
            b.pause.as_ref().map(|v| days(v, new)),
        ),
        (
            Field {
                subject: "forlængelse",
                unit: "gange",
                more: "mulighed for flere ekstra gange",
                less: "mulighed for færre ekstra gange",
                more_is_better: true,
            },
            a.forlængelse.as_ref().map(|v| count(v, old)),
            b.forlængelse.as_ref().map(|v| count(v, new)),
        ),
    ];
    for (field, x, y) in fields {
        figure_change(
            out,
            place,
            &package_subject(package, field.subject),
            &field,
            x,
            y,
        );
    }
    match (a.vejledende.is_some(), b.vejledende.is_some()) {
        (false, true) => out.push(Record {
            category: "scope",
            subject: package_subject(package, "vejledende"),
            place,
            old: Some("tallene er løfter".into()),
            new: Some("tallene er vejledende".into()),
            assessment: Assessment::Worse,
            reason: Some("tallene er nu kun vejledende".into()),
        }),
        (true, false) => out.push(Record {
            category: "scope",
            subject: package_subject(package, "vejledende"),
            place,
            old: Some("tallene er vejledende".into()),
            new: Some("tallene er ikke længere markeret som vejledende".into()),
            assessment: Assessment::Better,
            reason: None,
        }),
        _ => {}
    }
}

fn frequency(f: &crate::model::values::Frequency, standard: &Standard) -> Figure {
    let figure = normalise::per_week(f);
    Figure {
        text: f.original.clone(),
        bounds: bounds(figure.min, figure.max),
        hedge: f.hedge.as_deref().cloned(),
        proposed: standard.proposed(f.span),
    }
}

fn minutes(d: &crate::model::values::Duration, standard: &Standard) -> Figure {
    Figure {
        text: d.original.clone(),
        bounds: normalise::minutes(d).and_then(|f| bounds(f.min, f.max)),
        hedge: d.hedge.as_deref().cloned(),
        proposed: standard.proposed(d.span),
    }
}

fn days(d: &crate::model::values::Duration, standard: &Standard) -> Figure {
    Figure {
        text: d.original.clone(),
        bounds: normalise::calendar_days(d).and_then(|f| bounds(f.min, f.max)),
        hedge: d.hedge.as_deref().cloned(),
        proposed: standard.proposed(d.span),
    }
}

fn count(c: &crate::model::values::Count, standard: &Standard) -> Figure {
    Figure {
        text: c.original.clone(),
        bounds: if c.per.is_none() {
            bounds(c.amount.min, c.amount.max)
        } else {
            None
        },
        hedge: c.hedge.as_deref().cloned(),
        proposed: standard.proposed(c.span),
    }
}

fn figure_change(
    out: &mut Changes,
    place: &str,
    subject: &str,
    field: &Field,
    old: Option<Figure>,
    new: Option<Figure>,
) {
    let (assessment, reason) = match (&old, &new) {
        (None, None) => return,
        (None, Some(_)) => (
            Assessment::Unclear,
            "ny oplysning (før ikke angivet)".to_owned(),
        ),
        (Some(_), None) => (Assessment::Unclear, "ikke længere angivet".to_owned()),
        (Some(x), Some(y)) => {
            let same = x.text.to_lowercase() == y.text.to_lowercase();
            let status = proposal::change(x.proposed, y.proposed);
            if same {
                // The same figure, decided now or proposed now: the status is the change.
                let Some((by, why)) = status else {
                    return;
                };
                out.push(Record {
                    category: "scope",
                    subject: subject.to_owned(),
                    place,
                    old: Some(shown(x.text.clone(), x.proposed)),
                    new: Some(shown(y.text.clone(), y.proposed)),
                    assessment: by,
                    reason: Some(why),
                });
                return;
            }
            let show = |b: (f64, f64)| {
                if (b.0 - b.1).abs() < 1e-9 {
                    format_number(normalise::round(b.0))
                } else {
                    format!(
                        "{}–{}",
                        format_number(normalise::round(b.0)),
                        format_number(normalise::round(b.1))
                    )
                }
            };
            let by_figure = match (x.bounds, y.bounds) {
                (Some(p), Some(q)) => {
                    let moved = format!("{} → {} {}", show(p), show(q), field.unit);
                    match direction(p, q) {
                        Direction::Up => (
                            if field.more_is_better {
                                Assessment::Better
                            } else {
                                Assessment::Worse
                            },
                            format!("{}: {moved}", field.more),
                        ),
                        Direction::Down => (
                            if field.more_is_better {
                                Assessment::Worse
                            } else {
                                Assessment::Better
                            },
                            format!("{}: {moved}", field.less),
                        ),
                        Direction::Same => (
                            Assessment::Info,
                            format!("samme omfang, skrevet anderledes: {moved}"),
                        ),
                        Direction::Mixed => (
                            Assessment::Unclear,
                            format!("intervallet er ændret: {moved}"),
                        ),
                    }
                }
                _ => (
                    Assessment::Unclear,
                    "kan ikke omregnes til samme enhed".to_owned(),
                ),
            };
            let same = matches!((x.bounds, y.bounds), (Some(p), Some(q)) if direction(p, q) == Direction::Same);
            let (assessment, reason) = match hedge_change(x.hedge.as_ref(), y.hedge.as_ref()) {
                // The same figure, hedged differently: the hedge is the change.
                Some(hedged) if same => hedged,
                Some((by_hedge, why)) => (
                    if by_hedge == by_figure.0 {
                        by_hedge
                    } else {
                        Assessment::Unclear
                    },
                    format!("{}; {why}", by_figure.1),
                ),
                None => by_figure,
            };
            let (assessment, reason) =
                proposal::judged_with((assessment, Some(reason)), false, status);
            (assessment, reason.unwrap_or_default())
        }
    };
    out.push(Record {
        category: "scope",
        subject: subject.to_owned(),
        place,
        old: old.map(|f| shown(f.text, f.proposed)),
        new: new.map(|f| shown(f.text, f.proposed)),
        assessment,
        reason: Some(reason),
    });
}

/// Compares who can and cannot get the service, and what it includes.
pub fn target_and_content(out: &mut Changes, place: &str, old: &[&Section], new: &[&Section]) {
    let collect = |sections: &[&Section]| {
        let mut kan = Vec::new();
        let mut kan_ikke = Vec::new();
        let mut indgår = Vec::new();
        let mut indgår_ikke = Vec::new();
        for section in sections {
            match &section.body {
                SectionBody::Målgruppe(m) => {
                    kan.extend(m.kan.iter().cloned());
                    kan_ikke.extend(m.kan_ikke.iter().cloned());
                }
                SectionBody::Indhold(i) => {
                    indgår.extend(i.indgår.iter().cloned());
                    indgår_ikke.extend(i.indgår_ikke.iter().cloned());
                }
                _ => {}
            }
        }
        [
            plain(&kan),
            plain(&kan_ikke),
            plain(&indgår),
            plain(&indgår_ikke),
        ]
    };
    let old = collect(old);
    let new = collect(new);
    let subjects = [
        ("target_group", "Hvem kan få ydelsen"),
        ("target_group", "Hvem kan ikke få ydelsen"),
        ("content", "Hvad indgår"),
        ("content", "Hvad indgår ikke"),
    ];
    for ((category, subject), (a, b)) in subjects.into_iter().zip(old.into_iter().zip(new)) {
        text_change(out, category, subject, place, a, b, Assessment::Unclear);
    }
}

/// The words of texts as the language writes them: paragraphs apart by a blank line,
/// list items as `- item` or `1. item` (a nested item indented two spaces), and
/// sub-headings as `## Overskrift`.
pub fn plain(texts: &[Text]) -> String {
    let mut blocks = Vec::new();
    for text in texts {
        for block in &text.blocks {
            match block {
                TextBlock::Paragraph(p) if !p.trim().is_empty() => blocks.push(p.trim().to_owned()),
                TextBlock::Paragraph(_) => {}
                TextBlock::Heading(h) => blocks.push(format!("## {}", h.trim())),
                TextBlock::List(list) => {
                    let mut lines = Vec::new();
                    for (i, item) in list.items.iter().enumerate() {
                        lines.push(item_line("", list.numbered, i, &item.text.value));
                        if let Some(nested) = &item.nested {
                            for (j, sub) in nested.items.iter().enumerate() {
                                lines.push(item_line("  ", nested.numbered, j, &sub.value));
                            }
                        }
                    }
                    blocks.push(lines.join("\n"));
                }
            }
        }
    }
    blocks.join("\n\n")
}

/// One list item as the language writes it.
fn item_line(indent: &str, numbered: bool, index: usize, text: &str) -> String {
    if numbered {
        format!("{indent}{}. {}", index + 1, text.trim())
    } else {
        format!("{indent}- {}", text.trim())
    }
}

fn words_of(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Records a change of a text, with both texts whole.
pub fn text_change(
    out: &mut Changes,
    category: &'static str,
    subject: &str,
    place: &str,
    old: String,
    new: String,
    assessment: Assessment,
) {
    if words_of(&old) == words_of(&new) {
        return;
    }
    let count = |t: &str| t.split_whitespace().count();
    let (old_summary, new_summary, reason) = match (old.is_empty(), new.is_empty()) {
        (true, _) => (
            None,
            Some(format!("tekst på {} ord", count(&new))),
            "tekst tilføjet",
        ),
        (_, true) => (
            Some(format!("tekst på {} ord", count(&old))),
            None,
            "tekst fjernet",
        ),
        _ => (
            Some(format!("tekst på {} ord", count(&old))),
            Some(format!("tekst på {} ord", count(&new))),
            "teksten er ændret",
        ),
    };
    out.push_text(
        Record {
            category,
            subject: subject.to_owned(),
            place,
            old: old_summary,
            new: new_summary,
            assessment,
            reason: Some(reason.into()),
        },
        (!old.is_empty()).then_some(old),
        (!new.is_empty()).then_some(new),
    );
}

/// Compares transport, free choice and provider.
pub fn delivery(
    out: &mut Changes,
    place: &str,
    ctx: &Context<'_>,
    old: &[&Section],
    new: &[&Section],
) {
    // Each value with whether it is a proposal (`forslag:`).
    let transport = |sections: &[&Section], standard: &Standard| {
        sections.iter().find_map(|s| match &s.body {
            SectionBody::Kørsel(k) => k
                .tilbydes
                .as_ref()
                .map(|t| (t.value, standard.proposed(t.span))),
            _ => None,
        })
    };
    let rank = |t: TransportOffer| match t {
        TransportOffer::Nej => 0,
        TransportOffer::EfterVurdering => 1,
        TransportOffer::Ja => 2,
    };
    let (a, b) = (transport(old, ctx.old), transport(new, ctx.new));
    if a != b {
        let (x, y) = (a.map(|t| t.0), b.map(|t| t.0));
        let judged = match (x, y) {
            (Some(x), Some(y)) if rank(y) > rank(x) => (Assessment::Better, None),
            (Some(_), Some(_)) => (Assessment::Worse, None),
            (None, _) => (Assessment::Unclear, Some("før ikke angivet".into())),
            (_, None) => (Assessment::Unclear, Some("ikke længere angivet".into())),
        };
        let status = a.zip(b).and_then(|(x, y)| proposal::change(x.1, y.1));
        let (assessment, reason) = proposal::judged_with(judged, x == y, status);
        let text = |t: Option<(TransportOffer, bool)>| {
            t.map(|(t, proposed)| shown(words::transport(t), proposed))
        };
        out.push(Record {
            category: "transport",
            subject: "Kørsel".into(),
            place,
            old: text(a),
            new: text(b),
            assessment,
            reason,
        });
    }

    let choice = |sections: &[&Section], standard: &Standard| {
        sections.iter().find_map(|s| match &s.body {
            SectionBody::Leverandør(l) => l
                .frit_valg
                .as_ref()
                .map(|f| (f.value, standard.proposed(f.span))),
            _ => None,
        })
    };
    let (a, b) = (choice(old, ctx.old), choice(new, ctx.new));
    if a != b {
        let yes_no = |v: Option<(bool, bool)>| {
            v.map(|(v, proposed)| shown(if v { "Ja" } else { "Nej" }, proposed))
        };
        let (x, y) = (a.map(|c| c.0), b.map(|c| c.0));
        let judged = match (x, y) {
            (Some(false), Some(true)) => (Assessment::Better, None),
            (Some(true), Some(false)) => (Assessment::Worse, None),
            (Some(_), Some(_)) => (Assessment::Info, None),
            (None, _) => (Assessment::Unclear, Some("før ikke angivet".into())),
            _ => (Assessment::Unclear, Some("ikke længere angivet".into())),
        };
        let status = a.zip(b).and_then(|(x, y)| proposal::change(x.1, y.1));
        let (assessment, reason) = proposal::judged_with(judged, x == y, status);
        out.push(Record {
            category: "free_choice",
            subject: "Frit valg af leverandør".into(),
            place,
            old: yes_no(a),
            new: yes_no(b),
            assessment,
            reason,
        });
    }

    let providers = |sections: &[&Section], standard: &Standard| {
        let mut names: Vec<String> = Vec::new();
        for s in sections {
            if let SectionBody::Leverandør(l) = &s.body {
                for r in &l.udfører {
                    let name = shown(ctx.name(r, standard), standard.proposed(r.name.span));
                    if !names.contains(&name) {
                        names.push(name);
                    }
                }
            }
        }
        names
    };
    let (a, b) = (providers(old, ctx.old), providers(new, ctx.new));
    let lower = |v: &[String]| v.iter().map(|s| s.to_lowercase()).collect::<Vec<_>>();
    if lower(&a) != lower(&b) {
        out.push(Record {
            category: "provider",
            subject: "Leverandør".into(),
            place,
            old: (!a.is_empty()).then(|| a.join(", ")),
            new: (!b.is_empty()).then(|| b.join(", ")),
            assessment: Assessment::Unclear,
            reason: None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::hedge_change;
    use crate::emit::diff::changes::Assessment;
    use crate::model::values::{Hedge, HedgeKind};

    fn hedge(kind: HedgeKind, word: &str) -> Hedge {
        Hedge {
            kind,
            original: word.into(),
            span: Default::default(),
        }
    }

    #[test]
    fn a_hedge_added_is_worse_and_one_removed_is_better() {
        let typisk = hedge(HedgeKind::Typically, "typisk");
        let normalt = hedge(HedgeKind::Usually, "normalt");
        assert_eq!(
            hedge_change(None, Some(&typisk)).map(|c| c.0),
            Some(Assessment::Worse)
        );
        assert_eq!(
            hedge_change(Some(&typisk), None).map(|c| c.0),
            Some(Assessment::Better)
        );
        assert_eq!(
            hedge_change(Some(&typisk), Some(&normalt)).map(|c| c.0),
            Some(Assessment::Unclear)
        );
        assert!(hedge_change(Some(&typisk), Some(&typisk)).is_none());
    }
}
