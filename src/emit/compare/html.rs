//! The HTML pages of `compare` and `diff`: one minijinja environment with HTML
//! auto-escaping and the templates in `templates/`.
//!
//! Every text from a standard reaches the page through the template's auto-escaping,
//! and nothing is marked safe, so there is one escaping path. The pages are
//! standalone: the style sheet is inlined, the charts are inline SVG, and there is no
//! script and no external resource.

use super::chart::{self, Chart};
use super::distribution::{self, Distribution};
use super::markdown::{deadline_remark, deadline_text, place_text, value_text};
use super::normalise::headline;
use super::report::{CellValue, DeadlineEntry, Figure, Place, Report};
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use serde::Serialize;
use std::sync::OnceLock;

const TEMPLATES: [(&str, &str); 5] = [
    ("base.html", include_str!("templates/base.html")),
    ("chart.html", include_str!("templates/chart.html")),
    ("compare.html", include_str!("templates/compare.html")),
    ("diff.html", include_str!("templates/diff.html")),
    ("style.css", include_str!("templates/style.css")),
];

/// Renders one of the templates with a context.
pub fn render_page(name: &str, context: impl Serialize) -> Result<String, String> {
    let env = environment()?;
    let template = env
        .get_template(name)
        .map_err(|e| format!("template {name}: {e}"))?;
    let mut page = template
        .render(minijinja::value::Serde(&context))
        .map_err(|e| format!("cannot render {name}: {e}"))?;
    if !page.ends_with('\n') {
        page.push('\n');
    }
    Ok(page)
}

/// The template environment, built once: HTML auto-escaping for every template (the
/// style sheet holds no data), and strict about undefined values so that a misspelt
/// field fails the tests instead of printing nothing.
fn environment() -> Result<&'static Environment<'static>, String> {
    static ENVIRONMENT: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    ENVIRONMENT
        .get_or_init(|| {
            let mut env = Environment::new();
            env.set_auto_escape_callback(|name| {
                if name.ends_with(".css") {
                    AutoEscape::None
                } else {
                    AutoEscape::Html
                }
            });
            env.set_undefined_behavior(UndefinedBehavior::Strict);
            for (template, source) in TEMPLATES {
                env.add_template(template, source)
                    .map_err(|e| format!("template {template}: {e}"))?;
            }
            Ok(env)
        })
        .as_ref()
        .map_err(Clone::clone)
}

/// The comparison as a standalone HTML page.
pub fn compare(report: &Report) -> Result<String, String> {
    render_page("compare.html", page(report))
}

#[derive(Serialize)]
struct Page<'a> {
    today_text: &'a str,
    count: usize,
    overview: Vec<OverviewRow>,
    skipped: &'a [String],
    distributions: Vec<Distribution>,
    deadlines: Vec<Section>,
    figures: Vec<Section>,
    terms: Vec<TermSection>,
    complaints: Vec<ComplaintRow>,
    sources: Vec<SourceRow>,
    definitions: &'a [super::report::Definition],
    caveats: &'a [String],
}

#[derive(Serialize)]
struct OverviewRow {
    label: String,
    draft: bool,
    date: Option<String>,
    age: Option<String>,
    decision: Vec<String>,
    fees: Vec<String>,
    complaint_status: &'static str,
    complaint_label: &'static str,
    complaint_names: Vec<String>,
    findings: Findings,
}

#[derive(Serialize)]
struct Findings {
    error: usize,
    warning: usize,
    advice: usize,
    rules_ran: bool,
}

/// A dimension with figures: a chart, the table behind it, and who states nothing.
#[derive(Serialize)]
struct Section {
    id: String,
    label: String,
    description: Option<String>,
    chart: Option<Chart>,
    rows: Vec<TableRow>,
    without_figure: Vec<String>,
    not_stated: Vec<String>,
}

#[derive(Serialize)]
struct TableRow {
    standard: String,
    text: String,
    event: Option<String>,
    place: String,
    remark: String,
}

/// A dimension without figures: one row per standard.
#[derive(Serialize)]
struct TermSection {
    id: String,
    label: String,
    rows: Vec<TermRow>,
}

#[derive(Serialize)]
struct TermRow {
    standard: String,
    values: Vec<TermValue>,
    /// `stated`, `not_stated` or `not_in_source`.
    status: &'static str,
}

#[derive(Serialize)]
struct TermValue {
    text: String,
    place: String,
    note: Option<String>,
}

#[derive(Serialize)]
struct ComplaintRow {
    standard: String,
    status: &'static str,
    status_label: &'static str,
    status_text: String,
    routes: Vec<TermValue>,
    findings: String,
}

#[derive(Serialize)]
struct SourceRow {
    label: String,
    title: String,
    source: String,
    code: Option<String>,
    date: Option<String>,
    draft: bool,
}

fn page(report: &Report) -> Page<'_> {
    let label = report.labels();
    let labels_of = |sources: &[String]| sources.iter().map(|s| label(s)).collect::<Vec<_>>();

    let decision = report.deadlines.iter().find(|g| g.name == "afgørelse");
    let fees = report.dimensions.iter().find(|d| d.key == "fees");
    let overview = report
        .standards
        .iter()
        .zip(&report.complaints)
        .map(|(s, complaint)| OverviewRow {
            label: s.label.clone(),
            draft: s.draft,
            date: s.date.as_ref().map(|d| d.text.clone()),
            age: s.age.as_ref().map(|a| a.text.clone()),
            decision: decision
                .map(|g| {
                    g.entries
                        .iter()
                        .filter(|e| e.source == s.source)
                        .map(short_deadline)
                        .collect()
                })
                .unwrap_or_default(),
            fees: fees
                .and_then(|d| d.cells.iter().find(|c| c.source == s.source))
                .map(|c| brief(c.values.iter().map(|v| v.text.as_str())))
                .unwrap_or_default(),
            complaint_status: complaint.status,
            complaint_label: complaint.status_label,
            complaint_names: complaint.outdated.iter().map(|o| o.name.clone()).collect(),
            findings: Findings {
                error: s.findings.error,
                warning: s.findings.warning,
                advice: s.findings.advice,
                rules_ran: s.findings.rules_ran,
            },
        })
        .collect();

    let deadlines = report
        .deadlines
        .iter()
        .enumerate()
        .map(|(index, group)| {
            let id = format!("frist-{}", index + 1);
            let mut inputs = Vec::new();
            let mut desc = Vec::new();
            let mut without_figure = Vec::new();
            for entry in &group.entries {
                let name = label(&entry.source);
                let described = describe_deadline(&name, entry);
                match entry
                    .normalised
                    .as_ref()
                    .and_then(|f| bar(f).map(|b| (f, b)))
                {
                    Some((figure, (solid, light))) => {
                        inputs.push(chart::Input {
                            label: deadline_label(&name, entry),
                            solid,
                            light,
                            value_text: short_value(&entry.text, figure),
                        });
                        desc.push(described);
                    }
                    None => without_figure.push(described),
                }
            }
            let not_stated = labels_of(&group.not_stated);
            let chart = (!inputs.is_empty()).then(|| {
                chart::layout(
                    format!("{id}-diagram"),
                    format!("{}: frister omregnet til kalenderdage", group.label),
                    describe_all(desc, &not_stated),
                    "kalenderdage",
                    true,
                    inputs,
                )
            });
            Section {
                id,
                label: group.label.clone(),
                description: group.description.clone(),
                chart,
                rows: group
                    .entries
                    .iter()
                    .map(|e| TableRow {
                        standard: label(&e.source),
                        text: deadline_text(e),
                        event: e.event.clone(),
                        place: place_text(&e.place),
                        remark: deadline_remark(e),
                    })
                    .collect(),
                without_figure,
                not_stated,
            }
        })
        .collect();

    let mut figures = Vec::new();
    let mut terms = Vec::new();
    for dimension in &report.dimensions {
        let id = format!("omfang-{}", dimension.key.replace('_', "-"));
        let Some(unit) = dimension.unit else {
            terms.push(TermSection {
                id,
                label: dimension.label.to_owned(),
                rows: dimension
                    .cells
                    .iter()
                    .map(|c| TermRow {
                        standard: label(&c.source),
                        values: c.values.iter().map(term_value).collect(),
                        status: c.status,
                    })
                    .collect(),
            });
            continue;
        };
        let mut inputs = Vec::new();
        let mut desc = Vec::new();
        let mut without_figure = Vec::new();
        let mut rows = Vec::new();
        let mut not_stated = Vec::new();
        for cell in &dimension.cells {
            let name = label(&cell.source);
            if cell.values.is_empty() {
                not_stated.push(name.clone());
            }
            for value in &cell.values {
                let described = format!("{name}: {}", value_sentence(value));
                match value
                    .normalised
                    .as_ref()
                    .and_then(|f| bar(f).map(|b| (f, b)))
                {
                    Some((figure, (solid, light))) => {
                        let mut bar_label = name.clone();
                        if let Some(place) = short_place(&value.place) {
                            bar_label.push_str(&format!(" · {place}"));
                        }
                        if let Some(note) = &value.note {
                            bar_label.push_str(&format!(" · {note}"));
                        }
                        inputs.push(chart::Input {
                            label: bar_label,
                            solid,
                            light,
                            value_text: short_value(&value.text, figure),
                        });
                        desc.push(described);
                    }
                    None => without_figure.push(described),
                }
                rows.push(TableRow {
                    standard: name.clone(),
                    text: value_text(value),
                    event: None,
                    place: place_text(&value.place),
                    remark: value.note.clone().unwrap_or_default(),
                });
            }
        }
        let chart = (!inputs.is_empty()).then(|| {
            chart::layout(
                format!("{id}-diagram"),
                format!("{} i {unit}", dimension.label),
                describe_all(desc, &not_stated),
                unit,
                unit == "kalenderdage",
                inputs,
            )
        });
        figures.push(Section {
            id,
            label: dimension.label.to_owned(),
            description: None,
            chart,
            rows,
            without_figure,
            not_stated,
        });
    }

    let complaints = report
        .complaints
        .iter()
        .map(|c| ComplaintRow {
            standard: label(&c.source),
            status: c.status,
            status_label: c.status_label,
            status_text: c.status_text.clone(),
            routes: c
                .routes
                .iter()
                .map(|r| TermValue {
                    text: r.text.clone(),
                    place: place_text(&r.place),
                    note: None,
                })
                .collect(),
            findings: c
                .findings
                .iter()
                .map(|f| format!("{} ×{}", f.code, f.count))
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();

    let sources = report
        .standards
        .iter()
        .map(|s| SourceRow {
            label: s.label.clone(),
            title: s.title.clone(),
            source: s.source.clone(),
            code: s.municipality_code.clone(),
            date: s.date.as_ref().map(|d| d.text.clone()),
            draft: s.draft,
        })
        .collect();

    Page {
        distributions: distributions(report, &label),
        today_text: &report.today_text,
        count: report.standards.len(),
        overview,
        skipped: &report.skipped,
        deadlines,
        figures,
        terms,
        complaints,
        sources,
        definitions: &report.definitions,
        caveats: &report.caveats,
    }
}

/// The dot plots the page leads with when many standards are compared: one per
/// deadline and per figure of the scope, in calendar days or the dimension's unit.
fn distributions(report: &Report, label: &dyn Fn(&str) -> String) -> Vec<Distribution> {
    if report.standards.len() < distribution::FROM {
        return Vec::new();
    }
    let point = |source: &str, text: String, figure: &Figure| {
        figure.max.or(figure.min).map(|value| distribution::Input {
            label: label(source),
            value,
            text,
            ambiguous: figure.ambiguous,
        })
    };
    let mut out = Vec::new();
    for (index, group) in report.deadlines.iter().enumerate() {
        let inputs = group
            .entries
            .iter()
            .filter_map(|e| {
                e.normalised
                    .as_ref()
                    .and_then(|f| point(&e.source, deadline_text(e), f))
            })
            .collect();
        out.extend(distribution::layout(
            format!("fordeling-frist-{}", index + 1),
            format!("{}: frister i kalenderdage", group.label),
            "kalenderdage",
            true,
            inputs,
        ));
    }
    for dimension in &report.dimensions {
        let Some(unit) = dimension.unit else {
            continue;
        };
        let inputs = dimension
            .cells
            .iter()
            .flat_map(|c| c.values.iter().map(move |v| (c, v)))
            .filter_map(|(c, v)| {
                v.normalised
                    .as_ref()
                    .and_then(|f| point(&c.source, value_text(v), f))
            })
            .collect();
        out.extend(distribution::layout(
            format!("fordeling-{}", dimension.key.replace('_', "-")),
            format!("{} ({unit})", dimension.label),
            unit,
            unit == "kalenderdage",
            inputs,
        ));
    }
    out
}

/// The solid and light parts of a bar for a figure, if it has a number.
fn bar(figure: &Figure) -> Option<(f64, Option<(f64, &'static str)>)> {
    let top = headline(figure)?;
    if figure.ambiguous {
        return Some((top, figure.if_working_days.map(|w| (w, "ambiguous"))));
    }
    match (figure.min, figure.max) {
        (Some(min), Some(max)) if max > min => Some((min, Some((max, "range")))),
        _ => Some((top, None)),
    }
}

/// The value after a bar: the wording with the figure, briefly.
fn short_value(original: &str, figure: &Figure) -> String {
    if figure.ambiguous {
        format!("{original} (tvetydigt)")
    } else if figure.text.starts_with('≈') || figure.text.starts_with('=') {
        format!("{original} {}", figure.text)
    } else {
        original.to_owned()
    }
}

fn deadline_label(name: &str, entry: &DeadlineEntry) -> String {
    let mut label = match &entry.event {
        Some(event) => format!("{name} · efter {event}"),
        None => format!("{name} · hændelse ikke angivet"),
    };
    if let Some(place) = short_place(&entry.place) {
        label.push_str(&format!(" · {place}"));
    }
    if entry.target_only {
        label.push_str(" · tilstræbt");
    }
    if entry.proposed {
        label.push_str(" · forslag");
    }
    label
}

/// Where a value applies, briefly for a chart label: the first indsats, and how many
/// more (the whole list is in the table and the text alternative); `None` for the
/// general part.
fn short_place(place: &Place) -> Option<String> {
    let first = place.places.first()?;
    Some(match place.places.len() {
        1 => first.clone(),
        n => format!("{first} m.fl. ({n} i alt)"),
    })
}

/// A deadline in one short phrase, for the overview.
pub(super) fn short_deadline(entry: &DeadlineEntry) -> String {
    let mut text = match &entry.normalised {
        Some(figure) => short_value(&entry.text, figure),
        None => entry.text.clone(),
    };
    if let Some(event) = &entry.event {
        text.push_str(&format!(" efter {event}"));
    }
    if entry.target_only {
        text.push_str(" (tilstræbt)");
    }
    if entry.proposed {
        text.push_str(&format!(" ({})", super::text::PROPOSAL_NOTE));
    }
    text
}

fn describe_deadline(name: &str, entry: &DeadlineEntry) -> String {
    let mut text = format!("{name}: {}", deadline_text(entry));
    match &entry.event {
        Some(event) => text.push_str(&format!(", regnet fra {event}")),
        None => text.push_str(", uden angivet hændelse"),
    }
    let place = place_text(&entry.place);
    if place != "generelt" {
        text.push_str(&format!(", gælder {place}"));
    }
    if entry.target_only {
        text.push_str(", tilstræbt");
    }
    if entry.proposed {
        text.push_str(&format!(", {}", super::text::PROPOSAL_NOTE));
    }
    text
}

fn value_sentence(value: &CellValue) -> String {
    let mut text = value_text(value);
    let place = place_text(&value.place);
    if place != "generelt" {
        text.push_str(&format!(", gælder {place}"));
    }
    if let Some(note) = &value.note {
        text.push_str(&format!(", {note}"));
    }
    text
}

fn describe_all(mut sentences: Vec<String>, not_stated: &[String]) -> String {
    // An excerpt's label ends in `(uddrag)`: what it does not state is not in the part
    // of the source it holds.
    let (excerpts, others): (Vec<&String>, Vec<&String>) = not_stated
        .iter()
        .partition(|l| l.ends_with(super::markdown::EXCERPT_MARK));
    let names = |labels: &[&String]| {
        labels
            .iter()
            .map(|l| l.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !others.is_empty() {
        sentences.push(format!("Ikke angivet: {}", names(&others)));
    }
    if !excerpts.is_empty() {
        sentences.push(format!("Ikke i kilden: {}", names(&excerpts)));
    }
    let mut text = sentences.join(". ");
    text.push('.');
    text
}

/// The first values of a list, each cut to a line, and how many more there are: the
/// overview stays short, and the whole list is further down the page.
fn brief<'a>(values: impl Iterator<Item = &'a str>) -> Vec<String> {
    const SHOWN: usize = 2;
    const CHARS: usize = 60;
    let values: Vec<&str> = values.collect();
    let mut out: Vec<String> = values
        .iter()
        .take(SHOWN)
        .map(|v| {
            if v.chars().count() > CHARS {
                let cut: String = v.chars().take(CHARS - 1).collect();
                format!("{}…", cut.trim_end())
            } else {
                (*v).to_owned()
            }
        })
        .collect();
    match values.len().saturating_sub(SHOWN) {
        0 => {}
        1 => out.push("og 1 post mere".to_owned()),
        n => out.push(format!("og {n} poster mere")),
    }
    out
}

fn term_value(value: &CellValue) -> TermValue {
    TermValue {
        text: value.text.clone(),
        place: place_text(&value.place),
        note: value.note.clone(),
    }
}
