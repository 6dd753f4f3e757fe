//! Builds the comparison of many standards: one pass over each standard, then the
//! groups and rows, in the order of the standards. Linear in the number of standards.

use super::gather::{self, pick, range_key, Found, Picked};
use super::normalise;
use super::order::{compare_standards, danish_key};
use super::report::*;
use super::text;
use crate::check::Options;
use crate::diag::Severity;
use crate::emit::text::{frist_text, genvurdering_text, parts, price_text};
use crate::model::values::{Date, Hedge};
use crate::model::{
    AgeLimit, DeadlineAmount, DeliveryForm, DeliveryPlace, Frist, Indsats, KlageRoute, Omfang,
    Price, RouteKind, SectionBody, Standard, TransportOffer,
};
use crate::registry::{EndKind, Registry};
use crate::Compiled;
use std::collections::{BTreeMap, HashMap, HashSet};

/// Compares the standards of the compiled files, measuring ages to the options' `today`
/// and reading bodies from their registry.
///
/// Files that hold no standard are listed in `skipped`. The standards are ordered by
/// municipality name (Danish order), then year, then source path, whatever the order
/// of the input.
pub fn compare(compiled: &[Compiled], options: &Options) -> Report {
    let today = options.today;
    let registry = &*options.registry;
    let mut skipped = Vec::new();
    let mut standards: Vec<(&Compiled, &Standard)> = Vec::new();
    for c in compiled {
        match &c.standard {
            Some(standard) => standards.push((c, standard)),
            None => skipped.push(c.source.name.clone()),
        }
    }
    standards.sort_by(|a, b| {
        compare_standards(
            (municipality(a.1), year(a.1), &a.0.source.name),
            (municipality(b.1), year(b.1), &b.0.source.name),
        )
    });
    let infos = infos(&standards, today);

    let mut deadlines: BTreeMap<String, Vec<DeadlineEntry>> = BTreeMap::new();
    let mut dimensions = Dimensions::default();
    let mut complaints = Vec::new();
    for ((compiled, standard), info) in standards.iter().zip(&infos) {
        let source = &info.source;
        for (name, entries) in deadline_entries(standard, source) {
            deadlines.entry(name).or_default().extend(entries);
        }
        dimensions.add(standard, source, registry);
        complaints.push(complaint_cell(compiled, standard, source, registry, today));
    }

    let sources: Vec<&str> = infos.iter().map(|i| i.source.as_str()).collect();
    Report {
        schema_version: SCHEMA_VERSION,
        today: today.to_string(),
        today_text: text::date(&today),
        deadlines: deadline_groups(deadlines, &sources),
        dimensions: dimensions.finish(),
        complaints,
        definitions: text::definitions(),
        caveats: text::caveats(),
        standards: infos,
        skipped,
    }
}

fn municipality(standard: &Standard) -> Option<&str> {
    standard.municipality.as_ref().map(|m| m.value.as_str())
}

/// The year a standard is for: its `år`, else the year of its validity, approval or
/// date.
pub(crate) fn year(standard: &Standard) -> Option<i32> {
    standard
        .year
        .as_ref()
        .map(|y| y.value)
        .or_else(|| standard.validity.as_ref().map(|v| v.from.value.year))
        .or_else(|| {
            standard
                .approval
                .as_ref()
                .and_then(|a| a.date.as_ref())
                .map(|d| d.value.year)
        })
        .or_else(|| standard.date.as_ref().map(|d| d.value.year))
}

/// The short name of a standard: its municipality (else its title) and year.
pub(crate) fn label(standard: &Standard) -> String {
    let name = municipality(standard).unwrap_or(&standard.title.value);
    let label = match year(standard) {
        Some(year) => format!("{name} {year}"),
        None => format!("{name} (uden år)"),
    };
    // An excerpt says so wherever it is named, so that what it does not state reads
    // as not in its source.
    if standard.excerpt.is_some() {
        format!("{label}{}", super::markdown::EXCERPT_MARK)
    } else {
        label
    }
}

/// The date of a standard in Danish words with what it was read from, if it has one.
pub(crate) fn date_text(standard: &Standard) -> Option<String> {
    standard
        .reference_date()
        .map(|d| text::date_basis(d.basis, &d.date))
}

fn infos(standards: &[(&Compiled, &Standard)], today: Date) -> Vec<StandardInfo> {
    let mut infos: Vec<StandardInfo> = standards
        .iter()
        .map(|(compiled, standard)| {
            let date = standard.reference_date();
            let label = label(standard);
            StandardInfo {
                source: compiled.source.name.clone(),
                label,
                municipality: municipality(standard).map(str::to_owned),
                municipality_code: standard.municipality_code.as_ref().map(|c| c.value.clone()),
                title: standard.title.value.clone(),
                year: year(standard),
                date: date.map(|d| DateInfo {
                    value: d.date.to_string(),
                    basis: d.basis.key(),
                    text: text::date_basis(d.basis, &d.date),
                }),
                age: date.map(|d| text::age(d.date, today)),
                draft: standard.draft.is_some(),
                excerpt: standard.excerpt.is_some(),
                findings: findings(compiled),
            }
        })
        .collect();
    // Two files of the same municipality and year keep apart by their source.
    let mut seen: HashMap<String, usize> = HashMap::new();
    for info in &infos {
        *seen.entry(info.label.clone()).or_default() += 1;
    }
    for info in &mut infos {
        if seen.get(&info.label).is_some_and(|&n| n > 1) {
            info.label = format!("{} ({})", info.label, info.source);
        }
    }
    infos
}

fn findings(compiled: &Compiled) -> Findings {
    let mut findings = Findings {
        // The rules do not run on a file with language errors (codes below KS100).
        rules_ran: !compiled
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error && d.code < "KS100"),
        ..Findings::default()
    };
    let mut codes: BTreeMap<(&str, Severity), usize> = BTreeMap::new();
    for d in &compiled.diagnostics {
        match d.severity {
            Severity::Error => findings.error += 1,
            Severity::Warning => findings.warning += 1,
            Severity::Advice => findings.advice += 1,
        }
        *codes.entry((d.code, d.severity)).or_default() += 1;
    }
    findings.codes = codes
        .into_iter()
        .map(|((code, severity), count)| code_count(code, severity, count))
        .collect();
    findings
}

fn code_count(code: &str, severity: Severity, count: usize) -> CodeCount {
    CodeCount {
        code: code.to_owned(),
        name: crate::check::codes::find(code).map(|r| r.name.to_owned()),
        severity: severity.as_str().to_owned(),
        count,
    }
}

/// The deadlines of one standard by name, each distinct deadline once.
fn deadline_entries(standard: &Standard, source: &str) -> Vec<(String, Vec<DeadlineEntry>)> {
    let mut by_name: BTreeMap<String, Vec<Found<'_, &Frist>>> = BTreeMap::new();
    for (indsats, sections) in parts(standard) {
        for section in sections {
            if let SectionBody::Frister(frister) = &section.body {
                for frist in frister {
                    by_name
                        .entry(frist.name.value.trim().to_lowercase())
                        .or_default()
                        .push(Found {
                            value: frist,
                            indsats,
                            package: None,
                        });
                }
            }
        }
    }
    by_name
        .into_iter()
        .map(|(name, found)| {
            let entries = pick(found, |f| (deadline_key(f), standard.proposed(f.span)))
                .into_iter()
                .map(|Picked { value, place }| {
                    deadline_entry(value, place, source, standard.proposed(value.span))
                })
                .collect();
            (name, entries)
        })
        .collect()
}

type DeadlineKey = (
    &'static str,
    Option<(Option<u64>, Option<u64>, &'static str)>,
    Option<&'static str>,
    Option<String>,
    bool,
);

fn deadline_key(frist: &Frist) -> DeadlineKey {
    let (kind, amount, unit) = match &frist.deadline.amount {
        DeadlineAmount::Duration(d) => ("duration", Some(range_key(&d.amount)), Some(d.unit.key())),
        DeadlineAmount::Immediately => ("immediately", None, None),
        DeadlineAmount::AsSoonAsPossible => ("as_soon_as_possible", None, None),
    };
    (
        kind,
        amount,
        unit,
        frist.event.as_ref().map(|e| e.value.trim().to_lowercase()),
        frist.target_only,
    )
}

fn deadline_entry(frist: &Frist, place: Place, source: &str, proposed: bool) -> DeadlineEntry {
    let (kind, normalised) = match &frist.deadline.amount {
        DeadlineAmount::Duration(d) => ("duration", normalise::calendar_days(d)),
        DeadlineAmount::Immediately => ("immediately", None),
        DeadlineAmount::AsSoonAsPossible => ("as_soon_as_possible", None),
    };
    DeadlineEntry {
        source: source.to_owned(),
        text: frist.deadline.original.clone(),
        kind,
        event: frist.event.as_ref().map(|e| e.value.clone()),
        target_only: frist.target_only,
        hedge: frist
            .deadline
            .amount
            .duration()
            .and_then(|d| d.hedge.as_deref())
            .map(|h| h.original.clone()),
        proposed,
        normalised,
        note: frist.note.as_ref().map(|n| n.value.clone()),
        place,
    }
}

/// Orders the groups: the decision deadline first (the sagsbehandlingsfrist the law
/// requires), then the names most standards state, then by label.
fn deadline_groups(
    groups: BTreeMap<String, Vec<DeadlineEntry>>,
    sources: &[&str],
) -> Vec<DeadlineGroup> {
    let mut out: Vec<(usize, DeadlineGroup)> = groups
        .into_iter()
        .map(|(name, entries)| {
            let stated: HashSet<&str> = entries.iter().map(|e| e.source.as_str()).collect();
            let not_stated = sources
                .iter()
                .filter(|s| !stated.contains(*s))
                .map(|s| (*s).to_owned())
                .collect();
            let (label, description) = text::deadline_label(&name);
            (
                stated.len(),
                DeadlineGroup {
                    name,
                    label,
                    description,
                    entries,
                    not_stated,
                },
            )
        })
        .collect();
    out.sort_by(|(a_count, a), (b_count, b)| {
        (a.name != "afgørelse")
            .cmp(&(b.name != "afgørelse"))
            .then(b_count.cmp(a_count))
            .then_with(|| danish_key(&a.label).cmp(&danish_key(&b.label)))
    });
    out.into_iter().map(|(_, group)| group).collect()
}

/// The rows other than deadlines, filled one standard at a time.
#[derive(Default)]
struct Dimensions {
    frequency: Vec<Cell>,
    session_length: Vec<Cell>,
    sessions: Vec<Cell>,
    course_length: Vec<Cell>,
    pause: Vec<Cell>,
    fees: Vec<Cell>,
    transport: Vec<Cell>,
    free_choice: Vec<Cell>,
    provider: Vec<Cell>,
    age_limit: Vec<Cell>,
    delivery_form: Vec<Cell>,
    delivery_place: Vec<Cell>,
}

/// One figure of an `omfang`, with whether the figures are guidelines and whether
/// the figure is a proposal.
#[derive(Clone, Copy)]
struct ScopeValue<'a, T> {
    value: &'a T,
    guideline: bool,
    proposed: bool,
}

/// One figure of an `omfang` as found: in which indsats and package, and whether the
/// scope is a guideline and the figure a proposal.
fn scoped<'a, T>(
    value: &'a T,
    (indsats, package, guideline, proposed): (Option<&'a Indsats>, Option<&'a str>, bool, bool),
) -> Found<'a, ScopeValue<'a, T>> {
    Found {
        value: ScopeValue {
            value,
            guideline,
            proposed,
        },
        indsats,
        package,
    }
}

/// A value found in a part of a standard (its general part, or an indsats).
fn in_part<T>(indsats: Option<&Indsats>, value: T) -> Found<'_, T> {
    Found {
        value,
        indsats,
        package: None,
    }
}

/// The note of a value: what the document says of it (a guideline, a hedge, its own
/// note) and, last, that it is a proposal.
fn note(mut notes: Vec<String>, proposed: bool) -> Option<String> {
    if proposed {
        notes.push(text::PROPOSAL_NOTE.to_owned());
    }
    (!notes.is_empty()).then(|| notes.join("; "))
}

/// A value without a figure of its own: its text, and whether it is a proposal.
fn plain(text: String, proposed: bool) -> CellValue {
    CellValue {
        text,
        normalised: None,
        hedge: None,
        proposed,
        note: note(Vec::new(), proposed),
        place: Place::default(),
    }
}

impl Dimensions {
    fn add(&mut self, standard: &Standard, source: &str, registry: &Registry) {
        let proposed = |span| standard.proposed(span);
        let mut frequency = Vec::new();
        let mut session_length = Vec::new();
        let mut sessions = Vec::new();
        let mut course_length = Vec::new();
        let mut pause = Vec::new();
        let mut fees = Vec::new();
        let mut transport = Vec::new();
        let mut free_choice = Vec::new();
        let mut provider = Vec::new();
        let mut age_limit = Vec::new();
        let mut delivery_form = Vec::new();
        let mut delivery_place = Vec::new();
        for (indsats, sections) in parts(standard) {
            for section in sections {
                match &section.body {
                    SectionBody::Omfang(omfang) => {
                        let mut scopes = Vec::new();
                        scopes_of(omfang, None, false, &mut scopes);
                        for (package, o, guideline) in scopes {
                            let at = |proposed| (indsats, package, guideline, proposed);
                            frequency.extend(
                                o.hyppighed
                                    .as_ref()
                                    .map(|v| scoped(v, at(proposed(v.span)))),
                            );
                            session_length
                                .extend(o.længde.as_ref().map(|v| scoped(v, at(proposed(v.span)))));
                            sessions
                                .extend(o.gange.as_ref().map(|v| scoped(v, at(proposed(v.span)))));
                            course_length
                                .extend(o.forløb.as_ref().map(|v| scoped(v, at(proposed(v.span)))));
                            pause.extend(o.pause.as_ref().map(|v| scoped(v, at(proposed(v.span)))));
                        }
                    }
                    SectionBody::Egenbetaling(prices) => {
                        fees.extend(
                            prices
                                .iter()
                                .map(|p| in_part(indsats, (p, proposed(p.span)))),
                        );
                    }
                    SectionBody::Kørsel(k) => {
                        transport.extend(
                            k.tilbydes
                                .as_ref()
                                .map(|t| in_part(indsats, (t.value, proposed(t.span)))),
                        );
                    }
                    SectionBody::Målgruppe(m) => {
                        age_limit.extend(
                            m.alder
                                .as_ref()
                                .map(|a| in_part(indsats, (a, proposed(a.span)))),
                        );
                    }
                    SectionBody::Ramme(r) => {
                        delivery_form.extend(
                            r.former
                                .iter()
                                .map(|f| in_part(indsats, (f.value, proposed(f.span)))),
                        );
                        delivery_place.extend(
                            r.steder
                                .iter()
                                .map(|p| in_part(indsats, (&p.value, proposed(p.span)))),
                        );
                    }
                    SectionBody::Leverandør(l) => {
                        free_choice.extend(
                            l.frit_valg
                                .as_ref()
                                .map(|c| in_part(indsats, (c.value, proposed(c.span)))),
                        );
                        provider.extend(l.udfører.iter().map(|r| {
                            in_part(
                                indsats,
                                (
                                    gather::reference_name(r, standard, registry),
                                    proposed(r.name.span),
                                ),
                            )
                        }));
                    }
                    _ => {}
                }
            }
        }
        let hedge_key = |h: &Option<Box<Hedge>>| h.as_ref().map(|h| h.kind.key());
        let hedge_word = |h: &Option<Box<Hedge>>| h.as_ref().map(|h| h.original.clone());
        let scope_note = |g: bool, h: &Option<Box<Hedge>>, proposed: bool| {
            let mut notes = Vec::new();
            if g {
                notes.push("vejledende".to_owned());
            }
            if let Some(h) = h {
                notes.push(text::hedge_note(&h.original));
            }
            note(notes, proposed)
        };
        self.frequency.push(cell(
            source,
            pick(frequency, |v| {
                (
                    range_key(&v.value.count),
                    v.value.per.key(),
                    v.guideline,
                    hedge_key(&v.value.hedge),
                    v.proposed,
                )
            }),
            |v| CellValue {
                text: v.value.original.clone(),
                normalised: Some(normalise::per_week(v.value)),
                hedge: hedge_word(&v.value.hedge),
                proposed: v.proposed,
                note: scope_note(v.guideline, &v.value.hedge, v.proposed),
                place: Place::default(),
            },
        ));
        self.session_length.push(cell(
            source,
            pick(session_length, |v| {
                (
                    range_key(&v.value.amount),
                    v.value.unit.key(),
                    v.guideline,
                    hedge_key(&v.value.hedge),
                    v.proposed,
                )
            }),
            |v| CellValue {
                text: v.value.original.clone(),
                normalised: normalise::minutes(v.value),
                hedge: hedge_word(&v.value.hedge),
                proposed: v.proposed,
                note: scope_note(v.guideline, &v.value.hedge, v.proposed),
                place: Place::default(),
            },
        ));
        self.sessions.push(cell(
            source,
            pick(sessions, |v| {
                (
                    range_key(&v.value.amount),
                    v.value.per.map(|p| p.key()),
                    v.guideline,
                    hedge_key(&v.value.hedge),
                    v.proposed,
                )
            }),
            |v| CellValue {
                text: v.value.original.clone(),
                normalised: normalise::sessions(v.value),
                hedge: hedge_word(&v.value.hedge),
                proposed: v.proposed,
                note: scope_note(v.guideline, &v.value.hedge, v.proposed),
                place: Place::default(),
            },
        ));
        for (cells, found) in [
            (&mut self.course_length, course_length),
            (&mut self.pause, pause),
        ] {
            cells.push(cell(
                source,
                pick(found, |v| {
                    (
                        range_key(&v.value.amount),
                        v.value.unit.key(),
                        v.guideline,
                        hedge_key(&v.value.hedge),
                        v.proposed,
                    )
                }),
                |v| CellValue {
                    text: v.value.original.clone(),
                    normalised: normalise::calendar_days(v.value),
                    hedge: hedge_word(&v.value.hedge),
                    proposed: v.proposed,
                    note: scope_note(v.guideline, &v.value.hedge, v.proposed),
                    place: Place::default(),
                },
            ));
        }
        self.fees.push(cell(
            source,
            pick(fees, |(p, proposed)| (price_key(p), *proposed)),
            |(p, proposed): &(&Price, bool)| {
                let hedge = p.amount.as_ref().and_then(|m| m.hedge.as_deref());
                let notes: Vec<String> = hedge
                    .map(|h| text::hedge_note(&h.original))
                    .into_iter()
                    .chain(
                        p.amount
                            .as_ref()
                            .and(p.note.as_ref())
                            .map(|n| n.value.clone()),
                    )
                    .collect();
                CellValue {
                    text: price_text(p),
                    normalised: None,
                    hedge: hedge.map(|h| h.original.clone()),
                    proposed: *proposed,
                    note: note(notes, *proposed),
                    place: Place::default(),
                }
            },
        ));
        self.transport.push(cell(
            source,
            pick(transport, |(t, proposed)| (t.keyword(), *proposed)),
            |(t, proposed): &(TransportOffer, bool)| {
                plain(text::transport(*t).to_owned(), *proposed)
            },
        ));
        self.free_choice.push(cell(
            source,
            pick(free_choice, |choice| *choice),
            |(b, proposed): &(bool, bool)| {
                plain(if *b { "Ja" } else { "Nej" }.to_owned(), *proposed)
            },
        ));
        self.provider.push(cell(
            source,
            pick(provider, |(name, proposed)| {
                (name.to_lowercase(), *proposed)
            }),
            |(name, proposed): &(String, bool)| plain(name.clone(), *proposed),
        ));
        self.age_limit.push(cell(
            source,
            pick(age_limit, |(a, proposed)| (a.from, a.to, *proposed)),
            |(a, proposed): &(&AgeLimit, bool)| plain(a.original.clone(), *proposed),
        ));
        self.delivery_form.push(cell(
            source,
            pick(delivery_form, |form| *form),
            |(f, proposed): &(DeliveryForm, bool)| {
                plain(crate::emit::html::format::capitalize(f.danish()), *proposed)
            },
        ));
        self.delivery_place.push(cell(
            source,
            pick(delivery_place, |(p, proposed)| ((*p).clone(), *proposed)),
            |(p, proposed): &(&DeliveryPlace, bool)| {
                plain(crate::emit::html::format::capitalize(p.danish()), *proposed)
            },
        ));
        if standard.excerpt.is_some() {
            for cells in self.rows_mut() {
                if let Some(cell) = cells.last_mut().filter(|c| c.values.is_empty()) {
                    cell.status = "not_in_source";
                }
            }
        }
    }

    /// Every row, to mark the cells of an excerpt.
    fn rows_mut(&mut self) -> [&mut Vec<Cell>; 12] {
        [
            &mut self.frequency,
            &mut self.session_length,
            &mut self.sessions,
            &mut self.course_length,
            &mut self.pause,
            &mut self.fees,
            &mut self.transport,
            &mut self.free_choice,
            &mut self.provider,
            &mut self.age_limit,
            &mut self.delivery_form,
            &mut self.delivery_place,
        ]
    }

    fn finish(self) -> Vec<Dimension> {
        let row = |key, cells| Dimension {
            key,
            label: text::dimension_label(key),
            unit: text::dimension_unit(key),
            cells,
        };
        vec![
            row("frequency", self.frequency),
            row("session_length", self.session_length),
            row("sessions", self.sessions),
            row("course_length", self.course_length),
            row("pause", self.pause),
            row("fees", self.fees),
            row("transport", self.transport),
            row("free_choice", self.free_choice),
            row("provider", self.provider),
            row("age_limit", self.age_limit),
            row("delivery_form", self.delivery_form),
            row("delivery_place", self.delivery_place),
        ]
    }
}

/// An `omfang` and its packages (recursively), with the package name and whether the
/// figures are guidelines (`vejledende` on the omfang or an enclosing one).
fn scopes_of<'a>(
    omfang: &'a Omfang,
    package: Option<&'a str>,
    guideline: bool,
    out: &mut Vec<(Option<&'a str>, &'a Omfang, bool)>,
) {
    let guideline = guideline || omfang.vejledende.is_some();
    out.push((package, omfang, guideline));
    for p in &omfang.pakker {
        scopes_of(&p.omfang, Some(&p.name.value), guideline, out);
    }
}

fn cell<T>(source: &str, picked: Vec<Picked<T>>, value: impl Fn(&T) -> CellValue) -> Cell {
    let values: Vec<CellValue> = picked
        .into_iter()
        .map(|p| CellValue {
            place: p.place,
            ..value(&p.value)
        })
        .collect();
    Cell {
        source: source.to_owned(),
        status: if values.is_empty() {
            "not_stated"
        } else {
            "stated"
        },
        values,
    }
}

type PriceKey = (Option<u64>, Option<String>, Option<String>);

/// Prices with an amount are the same when the amount is (`træning 0 kr` and `ydelsen
/// 0 kr` both say the training is free); prices in words by their name and wording.
fn price_key(price: &&Price) -> PriceKey {
    match &price.amount {
        Some(money) => (
            Some(money.kroner.to_bits()),
            money.per.as_ref().map(|p| p.to_lowercase()),
            money.hedge.as_deref().map(|h| h.kind.key().to_owned()),
        ),
        None => (
            None,
            Some(price.name.value.to_lowercase()),
            price.note.as_ref().map(|n| n.value.to_lowercase()),
        ),
    }
}

fn complaint_cell(
    compiled: &Compiled,
    standard: &Standard,
    source: &str,
    registry: &Registry,
    today: Date,
) -> ComplaintCell {
    let mut found = Vec::new();
    for (indsats, sections) in parts(standard) {
        for section in sections {
            if let SectionBody::Klage(klage) = &section.body {
                found.extend(klage.routes.iter().map(|route| Found {
                    value: route,
                    indsats,
                    package: None,
                }));
            }
        }
    }
    let outdated = outdated_in(found.iter().map(|f| f.value), standard, registry, today);
    let routes: Vec<RouteInfo> = pick(
        found
            .into_iter()
            .map(|f| Found {
                value: route_info(f.value, standard, registry),
                indsats: f.indsats,
                package: f.package,
            })
            .collect(),
        |r| r.text.clone(),
    )
    .into_iter()
    .map(|p| RouteInfo {
        place: p.place,
        ..p.value
    })
    .collect();
    let mut codes: BTreeMap<(&str, Severity), usize> = BTreeMap::new();
    for d in &compiled.diagnostics {
        if d.code.starts_with("KS11") || d.code.starts_with("KS12") {
            *codes.entry((d.code, d.severity)).or_default() += 1;
        }
    }
    let (status, status_label, status_text) = if routes.is_empty() {
        (
            "not_stated",
            "Ikke angivet",
            "Standarden beskriver ikke, hvordan man klager".to_owned(),
        )
    } else if !outdated.is_empty() {
        let texts: Vec<&str> = outdated.iter().map(|o| o.text.as_str()).collect();
        if outdated.iter().any(|o| o.confirmed) {
            ("outdated", "Forældet", texts.join(". "))
        } else {
            ("possibly_outdated", "Måske forældet", texts.join(". "))
        }
    } else {
        (
            "current",
            "Gældende",
            "Ingen nedlagte myndigheder nævnt".to_owned(),
        )
    };
    ComplaintCell {
        source: source.to_owned(),
        status,
        status_label,
        status_text,
        routes,
        outdated,
        findings: codes
            .into_iter()
            .map(|((code, severity), count)| code_count(code, severity, count))
            .collect(),
    }
}

/// Whether a body named as a complaint target had ceased, or stopped handling
/// complaints, by `today` ([`Registry::end_by`], as KS110 and KS111 read it), with the
/// body that handles the complaints at `today`.
/// The bodies a standard's complaint routes name that had ceased, or stopped handling
/// the complaints, by `today`, each once: what `compare` and the citizen index call out
/// of date.
pub(crate) fn outdated_bodies(
    standard: &Standard,
    registry: &Registry,
    today: Date,
) -> Vec<OutdatedBody> {
    let mut routes: Vec<&KlageRoute> = Vec::new();
    for (_, sections) in parts(standard) {
        for section in sections {
            if let SectionBody::Klage(klage) = &section.body {
                routes.extend(&klage.routes);
            }
        }
    }
    outdated_in(routes.into_iter(), standard, registry, today)
}

fn outdated_in<'a>(
    routes: impl Iterator<Item = &'a KlageRoute>,
    standard: &Standard,
    registry: &Registry,
    today: Date,
) -> Vec<OutdatedBody> {
    let mut outdated: Vec<OutdatedBody> = Vec::new();
    let mut seen = HashSet::new();
    for route in routes {
        for reference in route.til.iter().chain(&route.videre) {
            let Some(body) = gather::reference_body(reference, standard, registry) else {
                continue;
            };
            if let Some(o) = outdated_body(body, registry, today) {
                if seen.insert((body.id.clone(), o.reason)) {
                    outdated.push(o);
                }
            }
        }
    }
    outdated
}

fn outdated_body(
    body: &crate::registry::Body,
    registry: &Registry,
    today: Date,
) -> Option<OutdatedBody> {
    let end = registry.end_by(body, today, true)?;
    let successor = registry
        .successor_at(&end, today, true)
        .map(|b| b.name.clone())
        .or_else(|| end.successor_id.map(str::to_owned));
    let (text, reason) = match end.kind {
        EndKind::Ceased => (
            text::ceased(&body.name, &end.date, successor.as_deref(), end.confirmed),
            "ceased",
        ),
        EndKind::ComplaintRoleEnded => (
            text::role_ended(&body.name, &end.date, successor.as_deref().unwrap_or("")),
            "complaint_role_ended",
        ),
    };
    Some(OutdatedBody {
        text,
        name: body.name.clone(),
        reason,
        since: end.date.to_string(),
        successor,
        confirmed: end.confirmed,
    })
}

fn route_info(route: &KlageRoute, standard: &Standard, registry: &Registry) -> RouteInfo {
    let names = |refs: &[crate::model::Reference]| -> Vec<String> {
        refs.iter()
            .map(|r| gather::reference_name(r, standard, registry))
            .collect()
    };
    let label = match route.kind {
        RouteKind::Øvrig => route
            .heading
            .as_ref()
            .map_or_else(|| "Øvrigt".to_owned(), |h| h.value.clone()),
        kind => text::route_label(kind).to_owned(),
    };
    let to = names(&route.til);
    let next = names(&route.videre);
    let klagefrist = route.klagefrist.as_ref().map(frist_text);
    let reassessment = match (&route.genvurdering, route.genvurdering_stated) {
        (Some(frist), _) => Some(frist_text(frist)),
        (None, Some(_)) => Some(String::new()),
        (None, None) => None,
    };
    // A proposal is said where it starts: the whole route, or the line of it.
    let whole = standard.proposed(route.span);
    let proposed = |span| !whole && standard.proposed(span);
    let refs = |refs: &[crate::model::Reference]| refs.iter().any(|r| proposed(r.name.span));
    let marked = |part: String, proposed: bool| {
        if proposed {
            format!("{part} ({})", text::PROPOSAL_NOTE)
        } else {
            part
        }
    };
    let lines @ [to_line, klagefrist_line, genvurdering_line, next_line] = [
        refs(&route.til),
        route.klagefrist.as_ref().is_some_and(|f| proposed(f.span)),
        route.genvurdering_stated.is_some_and(proposed),
        refs(&route.videre),
    ];
    let mut parts = Vec::new();
    if !to.is_empty() {
        parts.push(marked(format!("til {}", to.join(", ")), to_line));
    }
    if let Some(k) = &klagefrist {
        parts.push(marked(format!("klagefrist {k}"), klagefrist_line));
    }
    parts.extend(genvurdering_text(route).map(|g| marked(g, genvurdering_line)));
    if !next.is_empty() {
        parts.push(marked(format!("videre til {}", next.join(", ")), next_line));
    }
    let heading = marked(label.clone(), whole);
    let text = if parts.is_empty() {
        format!("{heading}: ingen modtager angivet")
    } else {
        format!("{heading}: {}", parts.join("; "))
    };
    RouteInfo {
        kind: route.kind.key(),
        label,
        to,
        klagefrist,
        reassessment,
        next,
        proposed: whole || lines.contains(&true),
        text,
        place: Place::default(),
    }
}
