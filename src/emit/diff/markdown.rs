//! The diff as Markdown: a summary, one table per group of importance, and the
//! changed texts in full at the end.

use super::report::{Change, DiffReport};
use crate::emit::compare::markdown_escape as escape;
use std::fmt::Write as _;

/// Renders the diff as Markdown.
pub fn render(report: &DiffReport) -> String {
    let mut out = String::new();
    let w = &mut out;
    let side = |s: &super::report::Side| {
        let mut text = format!("{} ({}", escape(&s.label), escape(&s.source));
        if let Some(date) = &s.date {
            text.push_str(&format!(", {}", escape(date)));
        }
        if s.draft {
            text.push_str(", udkast");
        }
        text.push(')');
        text
    };
    let _ = writeln!(
        w,
        "# Ændringer for borgeren: {} → {}\n",
        escape(&report.old.label),
        escape(&report.new.label)
    );
    let _ = writeln!(w, "Fra {} til {}.\n", side(&report.old), side(&report.new));
    let s = &report.summary;
    let _ = writeln!(
        w,
        "**{} bedre · {} dårligere · {} uklare · {} til orientering** ({} ændringer i alt)\n",
        s.better, s.worse, s.unclear, s.info, s.total
    );
    let _ = writeln!(
        w,
        "Ændringerne står efter betydning: først løfter til borgeren (frister og priser, \
         omfang og målgruppe, klageadgang), så kontaktoplysninger, lovgrundlag og godkendelse, \
         og til sidst tekstafsnit. »Bedre« og »dårligere« står kun, hvor retningen er klar, \
         fx at en kortere frist er bedre; »uklart« er en ændring af et løfte, hvis retning \
         ikke kan afgøres.\n"
    );
    if report.changes.is_empty() {
        let _ = writeln!(w, "Ingen ændringer.");
        return out;
    }
    let mut tier = 0;
    for change in &report.changes {
        if change.tier != tier {
            tier = change.tier;
            let _ = writeln!(
                w,
                "{}## {}\n\n| Hvad | Gælder | Før | Nu | For borgeren |\n|---|---|---|---|---|",
                if tier == report.changes.first().map_or(0, |c| c.tier) {
                    ""
                } else {
                    "\n"
                },
                change.tier_label
            );
        }
        let _ = writeln!(
            w,
            "| {} | {} | {} | {} | {} |",
            escape(&change.subject),
            escape(&change.place),
            value(change.old.as_deref()),
            value(change.new.as_deref()),
            judgement(change),
        );
    }
    let texts: Vec<&Change> = report
        .changes
        .iter()
        .filter(|c| c.old_text.is_some() || c.new_text.is_some())
        .collect();
    if !texts.is_empty() {
        let _ = writeln!(w, "\n## Teksterne før og nu");
        for change in texts {
            let _ = writeln!(
                w,
                "\n### {} ({})\n",
                escape(&change.subject),
                escape(&change.place)
            );
            let _ = writeln!(w, "Før:\n\n{}\n", quote(change.old_text.as_deref()));
            let _ = writeln!(w, "Nu:\n\n{}", quote(change.new_text.as_deref()));
        }
    }
    out
}

fn value(text: Option<&str>) -> String {
    text.map_or_else(|| "*ikke angivet*".to_owned(), escape)
}

fn judgement(change: &Change) -> String {
    let word = match change.assessment {
        "better" | "worse" => format!("**{}**", change.assessment_text),
        _ => change.assessment_text.to_owned(),
    };
    match &change.reason {
        Some(reason) => format!("{word}: {}", escape(reason)),
        None => word,
    }
}

/// A text as a Markdown block quote, line by line, without markup.
fn quote(text: Option<&str>) -> String {
    match text {
        None => "> *ingen tekst*".to_owned(),
        Some(text) => text
            .lines()
            .map(|line| {
                let line = line.trim();
                if line.is_empty() {
                    ">".to_owned()
                } else {
                    format!("> {}", escape(line))
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
