//! Diagnostics as output: for people (miette) and as stable JSON for machines.

use crate::diag::render::{self, HumanStyle};
use crate::diag::{Applicability, Diagnostic, Fix, Severity};
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::source::SourceFile;
use crate::Compiled;
use serde::Serialize;

/// What `check --fix` did, for the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixSummary {
    /// How many findings were fixed.
    pub fixed: usize,
    /// The least applicability applied: with [`Applicability::Safe`], the remaining
    /// findings with an unsafe fix are counted as fixable with `--unsafe-fixes`.
    pub threshold: Applicability,
}

/// Renders every diagnostic for people, then a summary line, at the terminal's width.
pub fn human(results: &[Compiled], color: bool, lang: Lang) -> String {
    human_styled(
        results,
        HumanStyle {
            color,
            width: terminal_width(),
            lang,
        },
    )
}

/// Renders every diagnostic for people, then a summary line and, when findings have
/// fixes, how to apply them, in a given style.
pub fn human_styled(results: &[Compiled], style: HumanStyle) -> String {
    human_report(results, style, None)
}

/// [`human`] after `check --fix`: the findings that remain, then the summary and what
/// was fixed.
pub fn human_fixed(results: &[Compiled], color: bool, fixes: FixSummary, lang: Lang) -> String {
    let style = HumanStyle {
        color,
        width: terminal_width(),
        lang,
    };
    human_report(results, style, Some(fixes))
}

/// Every diagnostic for people, the summary line, and the line on fixes: what could be
/// fixed and how (`fixes` is `None`), or what was fixed and what remains.
pub fn human_report(results: &[Compiled], style: HumanStyle, fixes: Option<FixSummary>) -> String {
    let style = Style::Human(style);
    report(FileReport::all(results, style), style, fixes)
}

/// How a report renders each finding: for people, or in one of the machine formats.
#[derive(Debug, Clone, Copy)]
pub enum Style {
    /// For people (miette), with the summary and the line on fixes.
    Human(HumanStyle),
    /// The JSON document ([`json`]).
    Json(Lang),
    /// A SARIF log ([`sarif`](super::sarif::sarif)).
    Sarif(Lang),
    /// GitHub workflow commands ([`github`](super::github::github)).
    Github(Lang),
}

/// One file's findings, rendered in a report's style: all a report needs of the file,
/// without its text. `kvalitet check` makes it on the worker that checked the file, so
/// the findings of a large run are rendered in parallel and the run keeps only them
/// (holding every file's text and diagnostics to the end cost a fifth of the time of a
/// whole-country check, in the memory it made the system clear).
#[derive(Debug)]
pub struct FileReport {
    /// Each diagnostic, in order.
    pub findings: Vec<Finding>,
    /// Whether the file could not be checked at all ([`Compiled::is_unchecked`]).
    pub unchecked: bool,
}

/// One diagnostic, rendered, with what the summary and the exit code need of it.
#[derive(Debug)]
pub struct Finding {
    /// Its severity.
    pub severity: Severity,
    /// Its code.
    pub code: &'static str,
    /// How safe its fix is, if it has one.
    pub fix: Option<Applicability>,
    /// The diagnostic in the report's style.
    pub piece: Piece,
}

/// A diagnostic rendered in a report's style.
#[derive(Debug)]
pub enum Piece {
    /// For people, or a workflow command, without the final newline.
    Text(String),
    /// An entry of the JSON document's list, printed as it stands there
    /// ([`pretty_at_depth`]).
    Json(String),
    /// A SARIF result, printed as it stands in the log, its rule's index left for the
    /// whole log to set ([`ResultEntry`](super::sarif::ResultEntry)).
    Sarif(super::sarif::ResultEntry),
}

impl FileReport {
    /// Renders the diagnostics of one compiled file.
    pub fn new(result: &Compiled, style: Style) -> Self {
        let source = &result.source;
        let findings = result
            .diagnostics
            .iter()
            .map(|d| Finding {
                severity: d.severity,
                code: d.code,
                fix: d.fix.as_ref().map(|f| f.applicability),
                piece: match style {
                    Style::Human(style) => Piece::Text(render::human(d, source, style)),
                    Style::Json(lang) => {
                        Piece::Json(pretty_at_depth(&diagnostic_json(d, source, lang), 2))
                    }
                    Style::Sarif(lang) => Piece::Sarif(super::sarif::entry(d, source, lang)),
                    Style::Github(lang) => Piece::Text(super::github::annotation(d, source, lang)),
                },
            })
            .collect();
        FileReport {
            findings,
            unchecked: result.is_unchecked(),
        }
    }

    /// Renders the diagnostics of every file.
    pub fn all(results: &[Compiled], style: Style) -> Vec<FileReport> {
        results.iter().map(|r| FileReport::new(r, style)).collect()
    }
}

/// The report of a run whose files were rendered in `style`; `fixes` is what `check
/// --fix` did, if it ran.
pub fn report(files: Vec<FileReport>, style: Style, fixes: Option<FixSummary>) -> String {
    match style {
        Style::Human(style) => human_text(&files, style.lang, fixes),
        Style::Json(_) => json_text(files, fixes.map_or(0, |f| f.fixed)),
        Style::Sarif(lang) => super::sarif::text(files, lang),
        Style::Github(_) => {
            let mut out = String::new();
            for piece in files.into_iter().flat_map(|f| f.findings).map(|f| f.piece) {
                if let Piece::Text(text) = piece {
                    out.push_str(&text);
                    out.push('\n');
                }
            }
            out
        }
    }
}

/// The human report: every finding, the summary line, and the line on fixes.
fn human_text(files: &[FileReport], lang: Lang, fixes: Option<FixSummary>) -> String {
    // Sized at once: grown by doubling, a whole-country report was copied again and
    // again into fresh memory.
    let size: usize = files
        .iter()
        .flat_map(|f| &f.findings)
        .map(|f| match &f.piece {
            Piece::Text(text) => text.len() + 1,
            _ => 0,
        })
        .sum();
    let mut out = String::with_capacity(size + 512);
    let (mut advice, mut warnings, mut errors) = (0, 0, 0);
    for finding in files.iter().flat_map(|f| &f.findings) {
        if let Piece::Text(text) = &finding.piece {
            out.push_str(text);
            out.push('\n');
        }
        match finding.severity {
            Severity::Advice => advice += 1,
            Severity::Warning => warnings += 1,
            Severity::Error => errors += 1,
        }
    }
    let files_count = files.len();
    let summary = if errors + warnings + advice == 0 {
        msg!("output-checked-clean", files = files_count)
    } else {
        msg!(
            "output-checked",
            files = files_count,
            errors = errors,
            warnings = warnings,
            advice = advice
        )
    };
    out.push_str(&summary.text(lang));
    out.push('\n');
    let findings = || files.iter().flat_map(|f| &f.findings);
    let with_fix =
        |applicability: Applicability| findings().filter(|f| f.fix == Some(applicability)).count();
    let (safe, unsafe_only) = (
        with_fix(Applicability::Safe),
        with_fix(Applicability::Unsafe),
    );
    let line = match fixes {
        None => fixable_line(safe, unsafe_only),
        Some(summary) => Some(fixed_line(summary, findings().count(), unsafe_only)),
    };
    if let Some(line) = line {
        out.push_str(&line.text(lang));
        out.push('\n');
    }
    out
}

/// `2 findings can be fixed with --fix, 1 more with --unsafe-fixes (…)`, or nothing.
fn fixable_line(safe: usize, unsafe_only: usize) -> Option<Message> {
    match (safe, unsafe_only) {
        (0, 0) => None,
        (0, u) => Some(msg!("output-fixable-unsafe", count = u)),
        (s, 0) => Some(msg!("output-fixable-safe", count = s)),
        (s, u) => Some(msg!("output-fixable-both", count = s, more = u)),
    }
}

/// `fixed 3 findings, 2 remain (1 fixable with --unsafe-fixes)`: `unsafe_fixable` is the
/// number of remaining findings with an unsafe fix.
fn fixed_line(summary: FixSummary, remaining: usize, unsafe_fixable: usize) -> Message {
    if unsafe_fixable > 0 && summary.threshold == Applicability::Safe {
        msg!(
            "output-fixed-more-unsafe",
            fixed = summary.fixed,
            remaining = remaining,
            unsafe_fixable = unsafe_fixable
        )
    } else {
        msg!("output-fixed", fixed = summary.fixed, remaining = remaining)
    }
}

/// The width to render at: `COLUMNS` if it is set and at least 40, else 100.
pub fn terminal_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .filter(|w: &usize| *w >= 40)
        .unwrap_or(100)
}

/// The version of the diagnostics JSON (1.1: `fix` on each diagnostic, `fixed` in the
/// summary).
pub const DIAGNOSTICS_SCHEMA_VERSION: &str = "1.1";

/// The diagnostics of a run as JSON.
#[derive(Debug, Serialize)]
pub struct DiagnosticsJson {
    /// The version of this format.
    pub schema_version: &'static str,
    /// Every diagnostic, file by file, in position order.
    pub diagnostics: Vec<DiagnosticJson>,
    /// Counts.
    pub summary: SummaryJson,
}

/// Counts of a run.
#[derive(Debug, Serialize)]
pub struct SummaryJson {
    /// Files checked.
    pub files: usize,
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Advice.
    pub advice: usize,
    /// Findings fixed by `check --fix` before these were found (0 without it).
    pub fixed: usize,
}

/// One diagnostic.
#[derive(Debug, Serialize)]
pub struct DiagnosticJson {
    /// The stable code.
    pub code: &'static str,
    /// `error`, `warning` or `advice`.
    pub severity: Severity,
    /// What is wrong.
    pub message: String,
    /// The file.
    pub file: String,
    /// Where it starts.
    pub start: PositionJson,
    /// Where it ends.
    pub end: PositionJson,
    /// The text under the primary span.
    pub label: Option<String>,
    /// Other places involved.
    pub labels: Vec<LabelJson>,
    /// How to fix it.
    pub help: Option<String>,
    /// The edits that fix it, if kvalitet can make them.
    pub fix: Option<FixJson>,
}

/// A fix: what it does, whether it is safe, and its edits.
#[derive(Debug, Serialize)]
pub struct FixJson {
    /// What it does, in words.
    pub title: String,
    /// `safe` (`check --fix`) or `unsafe` (`check --unsafe-fixes`).
    pub applicability: &'static str,
    /// The edits, in order; they do not overlap.
    pub edits: Vec<EditJson>,
}

/// One edit: the text between two places replaced.
#[derive(Debug, Serialize)]
pub struct EditJson {
    /// Where the replaced text starts.
    pub start: PositionJson,
    /// Where it ends (the character after it).
    pub end: PositionJson,
    /// The byte offset of the start, in the UTF-8 file.
    pub start_offset: usize,
    /// The byte offset of the end.
    pub end_offset: usize,
    /// What stands there afterwards (empty for a deletion).
    pub replacement: String,
}

/// A 1-based line and column (columns count characters).
#[derive(Debug, Serialize, Clone, Copy)]
pub struct PositionJson {
    /// Line, from 1.
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
}

/// A secondary place.
#[derive(Debug, Serialize)]
pub struct LabelJson {
    /// What is there.
    pub message: String,
    /// Where it starts.
    pub start: PositionJson,
    /// Where it ends.
    pub end: PositionJson,
}

fn position(source: &SourceFile, offset: usize) -> PositionJson {
    let (line, column) = source.line_col(offset);
    PositionJson { line, column }
}

/// One diagnostic in the JSON form.
pub fn diagnostic_json(d: &Diagnostic, source: &SourceFile, lang: Lang) -> DiagnosticJson {
    let text = |m: &Message| m.text(lang);
    DiagnosticJson {
        code: d.code,
        severity: d.severity,
        message: text(&d.message),
        file: source.name.clone(),
        start: position(source, d.span.start()),
        end: position(source, d.span.end()),
        label: d.label.as_ref().map(text),
        labels: d
            .labels
            .iter()
            .map(|l| LabelJson {
                message: text(&l.message),
                start: position(source, l.span.start()),
                end: position(source, l.span.end()),
            })
            .collect(),
        help: d.help.as_ref().map(text),
        fix: d.fix.as_ref().map(|fix| fix_json(fix, source, lang)),
    }
}

/// A fix in the JSON form.
pub fn fix_json(fix: &Fix, source: &SourceFile, lang: Lang) -> FixJson {
    FixJson {
        title: fix.title.text(lang),
        applicability: fix.applicability.as_str(),
        edits: fix
            .edits
            .iter()
            .map(|edit| EditJson {
                start: position(source, edit.span.start()),
                end: position(source, edit.span.end()),
                start_offset: edit.span.start(),
                end_offset: edit.span.end(),
                replacement: edit.replacement.clone(),
            })
            .collect(),
    }
}

/// Every diagnostic of a run as a JSON document.
pub fn json(results: &[Compiled], lang: Lang) -> String {
    json_fixed(results, 0, lang)
}

/// Every diagnostic that remains after `check --fix` fixed `fixed` findings, as a JSON
/// document.
pub fn json_fixed(results: &[Compiled], fixed: usize, lang: Lang) -> String {
    json_text(FileReport::all(results, Style::Json(lang)), fixed)
}

/// The JSON document of a run whose files were rendered as JSON.
fn json_text(files: Vec<FileReport>, fixed: usize) -> String {
    let count = files.len();
    let (mut errors, mut warnings, mut advice) = (0, 0, 0);
    let mut entries: Vec<String> = Vec::new();
    for finding in files.into_iter().flat_map(|f| f.findings) {
        let Piece::Json(entry) = finding.piece else {
            continue;
        };
        match finding.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
            Severity::Advice => advice += 1,
        }
        entries.push(entry);
    }
    let document = DiagnosticsJson {
        schema_version: DIAGNOSTICS_SCHEMA_VERSION,
        summary: SummaryJson {
            files: count,
            errors,
            warnings,
            advice,
            fixed,
        },
        diagnostics: Vec::new(),
    };
    let size = entries.iter().map(String::len).sum();
    splice_list(
        &pretty_json(&document, 512),
        "diagnostics",
        1,
        &entries,
        size,
        |out, entry| out.push_str(entry),
    )
}

/// The document `empty`, printed with an empty list under `key` (`"key": []`, which
/// stands once in it) at `depth`, with an entry for each of `entries` in the list's
/// place: the text serde_json prints for the whole document, when `write` puts each
/// entry as it is printed at `depth + 1` ([`pretty_at_depth`]).
pub(crate) fn splice_list<E>(
    empty: &str,
    key: &str,
    depth: usize,
    entries: &[E],
    size: usize,
    mut write: impl FnMut(&mut String, &E),
) -> String {
    let marker = format!("\"{key}\": []");
    let Some(at) = empty.find(&marker).filter(|_| !entries.is_empty()) else {
        return empty.to_owned();
    };
    let (head, tail) = empty.split_at(at + marker.len() - 1);
    let tail = tail.get(1..).unwrap_or_default();
    let indent = "  ".repeat(depth + 1);
    // Room for all at once (each entry, its separator and indentation, and the list's
    // closing line): grown by one byte past it, the whole text would be copied again.
    let room = empty.len() + size + (entries.len() + 1) * (indent.len() + 2);
    let mut out = String::with_capacity(room);
    out.push_str(head);
    for (i, entry) in entries.iter().enumerate() {
        out.push_str(if i == 0 { "\n" } else { ",\n" });
        out.push_str(&indent);
        write(&mut out, entry);
    }
    out.push('\n');
    out.push_str(indent.get(2..).unwrap_or_default());
    out.push(']');
    out.push_str(tail);
    out
}

/// `value` printed as serde_json prints it `depth` levels deep in a document: printed
/// alone, then each line after the first indented `depth` levels more (a string in
/// JSON holds no line end of its own, so every line end is the printer's). Made on the
/// worker that checked the file, so that a large run's report is printed in parallel.
pub(crate) fn pretty_at_depth(value: &impl Serialize, depth: usize) -> String {
    let mut flat = Vec::with_capacity(1024);
    if serde_json::to_writer_pretty(&mut flat, value).is_err() {
        return "{}".into();
    }
    let indent = "  ".repeat(depth);
    let lines = flat.iter().filter(|&&b| b == b'\n').count();
    let mut out = Vec::with_capacity(flat.len() + indent.len() * lines);
    for (i, line) in flat.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
            out.extend_from_slice(indent.as_bytes());
        }
        out.extend_from_slice(line);
    }
    String::from_utf8(out).unwrap_or_else(|_| "{}".into())
}

/// `value` as pretty-printed JSON and a line end, written into room for about `size`
/// bytes. A whole-country report is tens of megabytes: grown by doubling, it was
/// copied again and again into fresh memory the system had to clear first.
pub fn pretty_json(value: &impl Serialize, size: usize) -> String {
    let mut bytes = Vec::with_capacity(size);
    if serde_json::to_writer_pretty(&mut bytes, value).is_err() {
        return "{}\n".into();
    }
    bytes.push(b'\n');
    String::from_utf8(bytes).unwrap_or_else(|_| "{}\n".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The document as serde_json prints it whole: the entries printed on the workers
    /// and put in place must give the same text, byte for byte.
    fn printed_whole(results: &[Compiled], lang: Lang) -> String {
        let diagnostics: Vec<DiagnosticJson> = results
            .iter()
            .flat_map(|r| {
                r.diagnostics
                    .iter()
                    .map(|d| diagnostic_json(d, &r.source, lang))
            })
            .collect();
        let count = |s: Severity| diagnostics.iter().filter(|d| d.severity == s).count();
        let summary = SummaryJson {
            files: results.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            advice: count(Severity::Advice),
            fixed: 3,
        };
        pretty_json(
            &DiagnosticsJson {
                schema_version: DIAGNOSTICS_SCHEMA_VERSION,
                diagnostics,
                summary,
            },
            0,
        )
    }

    #[test]
    fn the_json_document_is_printed_as_serde_json_prints_it_whole() {
        let runs = crate::testing::runs();
        let findings = |run: &Vec<Compiled>| run.iter().map(|r| r.diagnostics.len()).sum::<usize>();
        assert!(runs.last().is_some_and(|all| findings(all) > 100));
        for results in &runs {
            for lang in [Lang::En, Lang::Da] {
                let spliced = json_text(FileReport::all(results, Style::Json(lang)), 3);
                assert_eq!(spliced, printed_whole(results, lang));
                // Made in room sized for it: grown past it, the text is copied whole
                // into twice the room.
                assert!(spliced.capacity() < spliced.len() * 3 / 2 + 4096);
            }
        }
    }
}
