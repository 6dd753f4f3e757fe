//! The comparison as Markdown: the same sections as the HTML page, as tables.
//!
//! Every piece of text from a standard, and every file name, goes through [`escape`], so
//! a `|`, a `\` or a `<` in a document or a name cannot break a table or inject markup.

use super::report::{Cell, CellValue, DeadlineEntry, Place, Report, StandardInfo};
use std::collections::HashMap;
use std::fmt::Write as _;

/// Renders the comparison as Markdown.
pub fn render(report: &Report) -> String {
    let labels: HashMap<&str, &StandardInfo> = report
        .standards
        .iter()
        .map(|s| (s.source.as_str(), s))
        .collect();
    let label = |source: &str| {
        labels
            .get(source)
            .map_or_else(|| escape(source), |s| escape(&s.label))
    };
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(
        w,
        "# Sammenligning af kvalitetsstandarder for træning\n\nBeregnet {} for {} standarder. \
         Kommunerne kan ikke sammenlignes direkte: læs forbeholdene nederst. \
         Hvad hver række betyder, står under Definitioner.\n",
        report.today_text,
        report.standards.len()
    );
    if !report.skipped.is_empty() {
        let _ = writeln!(
            w,
            "Ikke med (filen indeholder ingen standard): {}.\n",
            join_escaped(&report.skipped)
        );
    }

    let _ = writeln!(w, "## Standarderne\n");
    let _ = writeln!(
        w,
        "| Standard | Titel | Dato | Alder | Fund fra kontrollen | Kilde |\n|---|---|---|---|---|---|"
    );
    for s in &report.standards {
        let mut name = escape(&s.label);
        if s.draft {
            name.push_str(" (udkast)");
        }
        let _ = writeln!(
            w,
            "| {name} | {} | {} | {} | {} | {} |",
            escape(&s.title),
            s.date
                .as_ref()
                .map_or_else(|| "ikke angivet".to_owned(), |d| escape(&d.text)),
            s.age
                .as_ref()
                .map_or_else(|| "ikke angivet".to_owned(), |a| escape(&a.text)),
            findings_text(s),
            escape(&s.source),
        );
    }

    let _ = writeln!(
        w,
        "\n## Frister\n\nHver frist står, som standarden skriver den, og omregnet til kalenderdage. \
         Frister med samme navn kan være regnet fra forskellige hændelser.\n"
    );
    if report.deadlines.is_empty() {
        let _ = writeln!(w, "Ingen af standarderne angiver frister.\n");
    }
    for group in &report.deadlines {
        let _ = writeln!(w, "### {}\n", escape(&group.label));
        if let Some(description) = &group.description {
            let _ = writeln!(w, "{}\n", escape(description));
        }
        let _ = writeln!(
            w,
            "| Standard | Frist og omregning | Regnet fra | Gælder | Bemærkning |\n|---|---|---|---|---|"
        );
        for entry in &group.entries {
            let _ = writeln!(
                w,
                "| {} | {} | {} | {} | {} |",
                label(&entry.source),
                escape(&deadline_text(entry)),
                entry
                    .event
                    .as_deref()
                    .map_or_else(|| "ikke angivet".to_owned(), escape),
                escape(&place_text(&entry.place)),
                escape(&deadline_remark(entry)),
            );
        }
        not_stated(w, &group.not_stated, &label);
    }

    let _ = writeln!(w, "## Omfang, pris og levering\n");
    for dimension in &report.dimensions {
        let _ = writeln!(w, "### {}\n", dimension.label);
        let stated: Vec<&Cell> = dimension
            .cells
            .iter()
            .filter(|c| !c.values.is_empty())
            .collect();
        if stated.is_empty() {
            let _ = writeln!(w, "Ingen af standarderne angiver det.\n");
            continue;
        }
        let with_figures = dimension.unit.is_some();
        if with_figures {
            let _ = writeln!(
                w,
                "| Standard | Værdi og omregning | Gælder | Bemærkning |\n|---|---|---|---|"
            );
        } else {
            let _ = writeln!(
                w,
                "| Standard | Værdi | Gælder | Bemærkning |\n|---|---|---|---|"
            );
        }
        for cell in stated {
            for value in &cell.values {
                let _ = writeln!(
                    w,
                    "| {} | {} | {} | {} |",
                    label(&cell.source),
                    escape(&value_text(value)),
                    escape(&place_text(&value.place)),
                    escape(value.note.as_deref().unwrap_or("")),
                );
            }
        }
        let missing: Vec<String> = dimension
            .cells
            .iter()
            .filter(|c| c.values.is_empty())
            .map(|c| c.source.clone())
            .collect();
        not_stated(w, &missing, &label);
    }

    let _ = writeln!(w, "## Klageadgang\n");
    let _ = writeln!(
        w,
        "| Standard | Status | Kontrollens fund om myndigheder og klageveje |\n|---|---|---|"
    );
    for cell in &report.complaints {
        let codes: Vec<String> = cell
            .findings
            .iter()
            .map(|c| format!("{} ×{}", c.code, c.count))
            .collect();
        let _ = writeln!(
            w,
            "| {} | {} | {} |",
            label(&cell.source),
            escape(&format!("{}: {}", cell.status_label, cell.status_text)),
            if codes.is_empty() {
                "ingen".to_owned()
            } else {
                codes.join(", ")
            }
        );
    }
    let _ = writeln!(w, "\n| Standard | Klagevej | Gælder |\n|---|---|---|");
    for cell in &report.complaints {
        for route in &cell.routes {
            let _ = writeln!(
                w,
                "| {} | {} | {} |",
                label(&cell.source),
                escape(&route.text),
                escape(&place_text(&route.place)),
            );
        }
    }
    let missing: Vec<String> = report
        .complaints
        .iter()
        .filter(|c| c.routes.is_empty())
        .map(|c| c.source.clone())
        .collect();
    not_stated(w, &missing, &label);

    let _ = writeln!(w, "## Definitioner\n");
    for d in &report.definitions {
        let _ = writeln!(w, "**{}.** {}\n", escape(d.label), escape(d.text));
    }
    let _ = writeln!(w, "## Forbehold\n");
    for caveat in &report.caveats {
        let _ = writeln!(w, "- {}", escape(caveat));
    }
    out
}

fn not_stated(w: &mut String, sources: &[String], label: &impl Fn(&str) -> String) {
    if sources.is_empty() {
        let _ = writeln!(w);
    } else {
        // An excerpt's label ends in `(uddrag)`: what it does not state is not in the
        // part of the source it holds.
        let (excerpts, others): (Vec<String>, Vec<String>) = sources
            .iter()
            .map(|s| label(s))
            .partition(|l| l.ends_with(EXCERPT_MARK));
        let _ = writeln!(w);
        if !others.is_empty() {
            let _ = writeln!(w, "Ikke angivet: {}.", others.join(", "));
        }
        if !excerpts.is_empty() {
            let _ = writeln!(w, "Ikke i kilden: {}.", excerpts.join(", "));
        }
        let _ = writeln!(w);
    }
}

/// What the label of an excerpt (`uddrag`) ends in.
pub const EXCERPT_MARK: &str = " (uddrag)";

fn findings_text(s: &StandardInfo) -> String {
    let f = &s.findings;
    let mut text = format!(
        "{} fejl, {} {}, {} råd",
        f.error,
        f.warning,
        if f.warning == 1 {
            "advarsel"
        } else {
            "advarsler"
        },
        f.advice
    );
    if !f.rules_ran {
        text.push_str(" (kun sprogkontrol: filen har sprogfejl)");
    }
    text
}

/// A deadline as written with its normalisation.
pub fn deadline_text(entry: &DeadlineEntry) -> String {
    match (&entry.normalised, entry.kind) {
        (Some(figure), _) => figure.explanation.clone(),
        (None, "immediately") if entry.text.to_lowercase() != "straks" => {
            format!("{} (straks)", entry.text)
        }
        (None, "as_soon_as_possible") => format!("{} (ingen målbar frist)", entry.text),
        (None, _) => entry.text.clone(),
    }
}

/// The remarks on a deadline: a target rather than a promise, a hedge, the document's
/// note, and a proposal not yet decided.
pub fn deadline_remark(entry: &DeadlineEntry) -> String {
    let mut parts = Vec::new();
    if entry.target_only {
        parts.push("tilstræbt, ikke et løfte".to_owned());
    }
    if let Some(hedge) = &entry.hedge {
        parts.push(super::text::hedge_note(hedge));
    }
    if let Some(note) = &entry.note {
        parts.push(note.clone());
    }
    if entry.proposed {
        parts.push(super::text::PROPOSAL_NOTE.to_owned());
    }
    parts.join("; ")
}

/// A value as written with its normalisation.
pub fn value_text(value: &CellValue) -> String {
    match &value.normalised {
        Some(figure) => figure.explanation.clone(),
        None => value.text.clone(),
    }
}

/// Where a value applies: `generelt`, or the indsatser that state it.
pub fn place_text(place: &Place) -> String {
    match (place.level, place.places.is_empty()) {
        ("document", true) => "generelt".to_owned(),
        ("document", false) => format!("generelt: {}", place.places.join("; ")),
        (_, _) => place.places.join("; "),
    }
}

fn join_escaped(items: &[String]) -> String {
    items
        .iter()
        .map(|i| escape(i))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Escapes text for a Markdown table cell: no line breaks, and no character that
/// Markdown or HTML would read as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
    {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_keeps_tables_whole() {
        assert_eq!(escape("a | b\nc"), "a \\| b c");
        assert_eq!(escape("<script>"), "&lt;script&gt;");
        assert_eq!(escape("Træning & Aktivitet"), "Træning & Aktivitet");
    }
}
