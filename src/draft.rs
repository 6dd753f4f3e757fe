//! Next year's standard from this year's: `kvalitet draft`.
//!
//! A draft is this year's file with its header moved on, as text edits over the source,
//! so that every other fact, every comment and the writer's own wording stay as they
//! were:
//!
//! - `år` is the new year (added after the header's first statements if the file has
//!   none);
//! - the dates of `gyldig` move on by as many years, each in the form it is written in
//!   (`1. januar 2024`, `2024-01-01` and `01.01.2024` keep their form; a 29 February
//!   that the new year lacks becomes the 28th);
//! - the approval (`godkendt`) is removed, and with it `opdateret` and `udateret`,
//!   which speak of the old document; a comment at the end of a removed line stays;
//! - the draft is marked `udkast` and dated today (`dato`).
//!
//! The draft is then read again (it must read without language errors, or nothing is
//! made) and written in the canonical layout ([`crate::format_source`]). What is still to do (the findings on the draft: stale facts, missing
//! deadlines, ceased bodies) is for the caller to check and show.

use crate::check::Options;
use crate::model::values::{days_in_month, Date};
use crate::model::Standard;
use crate::schema::{FileKw, StandardKw};
use crate::source::{SourceFile, Span};
use crate::syntax::tree::{Block, Item, Statement};

/// What to draft.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    /// The year of the draft; `None` for the year after the source's, or next year if
    /// that is later.
    pub year: Option<i32>,
    /// The date the draft is dated.
    pub today: Date,
}

/// A draft.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The text of the draft.
    pub text: String,
    /// The year of the source, if it states one.
    pub from_year: Option<i32>,
    /// The year of the draft.
    pub year: i32,
}

/// Why no draft was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The source does not read as written: its language errors must be fixed first.
    LanguageErrors,
    /// The source states no year (`år`, `gyldig`, `godkendt` or `dato`) and none was
    /// given.
    NoYear,
    /// The year asked for is not after the source's.
    NotLater {
        /// The source's year.
        from: i32,
        /// The year asked for.
        asked: i32,
    },
    /// The draft would not read as written (a bug in kvalitet).
    Unreadable,
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::LanguageErrors => f.write_str(
                "the standard has language errors; fix them (`kvalitet check`) before drafting from it",
            ),
            Self::NoYear => f.write_str(
                "the standard states no year (`år`, `gyldig`, `godkendt` or `dato`); give the draft's year with --year",
            ),
            Self::NotLater { from, asked } => write!(
                f,
                "--year {asked} is not after the standard's year {from}; a draft is for a later year"
            ),
            Self::Unreadable => f.write_str(
                "the draft would not read as written; this is a bug in kvalitet, please report it with this file",
            ),
        }
    }
}

/// Drafts the standard after the one in `source`.
pub fn draft(source: &SourceFile, options: &Options, request: Request) -> Result<Draft, Refusal> {
    let compiled = crate::compile(source.clone(), options);
    if compiled.has_language_errors() {
        return Err(Refusal::LanguageErrors);
    }
    let Some(standard) = compiled.standard.as_ref() else {
        return Err(Refusal::LanguageErrors);
    };
    let from_year = source_year(standard);
    let year = match (request.year, from_year) {
        (Some(asked), Some(from)) if asked <= from => {
            return Err(Refusal::NotLater { from, asked });
        }
        (Some(asked), _) => asked,
        // The year after the standard's, and never a year already begun: a standard
        // of 2011 drafted in 2026 is drafted for 2027.
        (None, Some(from)) => (from + 1).max(request.today.year + 1),
        (None, None) => return Err(Refusal::NoYear),
    };
    let (tree, _) = crate::syntax::parse(&source.text);
    let Some(block) = standard_block(&tree.items) else {
        return Err(Refusal::LanguageErrors);
    };
    let delta = from_year.map_or(0, |from| year - from);
    let mut edits = Edits::new(&source.text);
    header_edits(&mut edits, block, standard, year, delta, request.today);
    let edited = SourceFile::new(source.name.clone(), edits.apply());
    if crate::compile(edited.clone(), options).has_language_errors() {
        return Err(Refusal::Unreadable);
    }
    let text = crate::format_source(&edited).map_err(|_| Refusal::Unreadable)?;
    Ok(Draft {
        text,
        from_year,
        year,
    })
}

/// The year a standard is for: its `år`, else the year its validity starts, its
/// approval's or its date's.
pub fn source_year(standard: &Standard) -> Option<i32> {
    standard
        .year
        .as_ref()
        .map(|y| y.value)
        .or_else(|| standard.validity.as_ref().map(|v| v.from.value.year))
        .or_else(|| {
            let approval = standard.approval.as_ref()?;
            approval.date.as_ref().map(|d| d.value.year)
        })
        .or_else(|| standard.date.as_ref().map(|d| d.value.year))
}

/// The block of the file's `kvalitetsstandard`.
fn standard_block<'t, 'a>(items: &'t [Item<'a>]) -> Option<&'t Block<'a>> {
    items.iter().find_map(|item| match item {
        Item::Statement(s) if FileKw::from_word(s.key.text) == Some(FileKw::Kvalitetsstandard) => {
            s.block.as_deref()
        }
        _ => None,
    })
}

/// The edits that move the header on.
fn header_edits(
    edits: &mut Edits<'_>,
    block: &Block<'_>,
    standard: &Standard,
    year: i32,
    delta: i32,
    today: Date,
) {
    let keyword = |s: &Statement<'_>| StandardKw::from_word(s.key.text);
    let statements: Vec<&Statement<'_>> = block.statements().collect();
    let find = |kw: StandardKw| statements.iter().copied().find(|s| keyword(s) == Some(kw));
    // New lines go after the year, else after the last of the statements that open a
    // header (`kommune`, `kommunekode`), else at the top of the block.
    let anchor = find(StandardKw::År).or_else(|| {
        statements
            .iter()
            .copied()
            .take_while(|s| {
                matches!(
                    keyword(s),
                    Some(StandardKw::Kommune | StandardKw::Kommunekode)
                )
            })
            .last()
    });
    let mut new_lines: Vec<String> = Vec::new();
    match (find(StandardKw::År), &standard.year) {
        (Some(_), Some(written)) => edits.replace(written.span, year.to_string()),
        _ => new_lines.push(format!("år {year}")),
    }
    if let Some(validity) = &standard.validity {
        for date in std::iter::once(&validity.from).chain(&validity.until) {
            if let Some(moved) = moved_date(edits.text, date.span, date.value, delta) {
                edits.replace(date.span, moved);
            }
        }
    }
    for kw in [
        StandardKw::Godkendt,
        StandardKw::Opdateret,
        StandardKw::Udateret,
    ] {
        if let Some(statement) = find(kw) {
            edits.remove_statement(statement);
        }
    }
    if find(StandardKw::Udkast).is_none() {
        new_lines.push("udkast".to_owned());
    }
    match (find(StandardKw::Dato), &standard.date) {
        (Some(_), Some(date)) => edits.replace(date.span, today.to_string()),
        _ => new_lines.push(format!("dato {today}")),
    }
    if new_lines.is_empty() {
        return;
    }
    match anchor {
        Some(statement) => edits.insert_lines_after(statement.span, &new_lines),
        None => edits.insert_lines_at_block_start(block.span, &new_lines),
    }
}

/// A date written at `span`, moved on by `delta` years in the form it is written in:
/// its four year digits replaced. A 29 February the new year lacks is written as the
/// 28th, in ISO form.
fn moved_date(text: &str, span: Span, date: Date, delta: i32) -> Option<String> {
    if delta == 0 {
        return None;
    }
    let new_year = date.year + delta;
    if let (Some(month), Some(day)) = (date.month, date.day) {
        if day > days_in_month(new_year, month) {
            let last = days_in_month(new_year, month);
            return Some(Date::ymd(new_year, month, last).to_string());
        }
    }
    let written = text.get(span.range())?;
    let old = format!("{:04}", date.year);
    // The year as a number of its own: not digits inside a longer number.
    let at = written.match_indices(&old).find_map(|(at, _)| {
        let before = written.get(..at)?.chars().next_back();
        let after = written.get(at + old.len()..)?.chars().next();
        let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
        (!digit(before) && !digit(after)).then_some(at)
    });
    match at {
        Some(at) => {
            let mut moved = String::with_capacity(written.len());
            moved.push_str(written.get(..at)?);
            moved.push_str(&format!("{new_year:04}"));
            moved.push_str(written.get(at + old.len()..)?);
            Some(moved)
        }
        None => Some(
            Date {
                year: new_year,
                ..date
            }
            .to_string(),
        ),
    }
}

/// Text edits over a source, applied together.
struct Edits<'a> {
    text: &'a str,
    /// (start, end, replacement), not overlapping.
    list: Vec<(usize, usize, String)>,
}

impl<'a> Edits<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            list: Vec::new(),
        }
    }

    fn replace(&mut self, span: Span, with: String) {
        self.list.push((span.start(), span.end(), with));
    }

    /// The start of the line that holds `offset`.
    fn line_start(&self, offset: usize) -> usize {
        self.text
            .get(..offset)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |i| i + 1)
    }

    /// The end of the line that holds `offset`, after its line end.
    fn line_end(&self, offset: usize) -> usize {
        self.text
            .get(offset..)
            .and_then(|after| after.find('\n'))
            .map_or(self.text.len(), |i| offset + i + 1)
    }

    /// The white space a line starts with.
    fn indent_of(&self, offset: usize) -> &'a str {
        let start = self.line_start(offset);
        let line = self.text.get(start..).unwrap_or("");
        let width = line.len() - line.trim_start_matches([' ', '\t']).len();
        line.get(..width).unwrap_or("")
    }

    /// The line end the file uses.
    fn newline(&self) -> &'static str {
        if self.text.contains("\r\n") {
            "\r\n"
        } else {
            "\n"
        }
    }

    /// Removes a statement. Alone on its line, the line goes, unless it ends in a
    /// comment, which stays on a line of its own; with others on its line (`;`), the
    /// statement and its `;` go.
    fn remove_statement(&mut self, statement: &Statement<'_>) {
        let span = statement.span;
        let start = self.line_start(span.start());
        let before = self.text.get(start..span.start()).unwrap_or("");
        let end = statement
            .comment
            .as_ref()
            .map_or(span.end(), |c| c.span.start());
        let rest_end = self.line_end(end);
        let rest = self.text.get(end..rest_end).unwrap_or("");
        let alone = before.trim().is_empty() && rest.trim().is_empty();
        if alone {
            match &statement.comment {
                Some(_) => self.list.push((span.start(), end, String::new())),
                None => self.list.push((start, rest_end, String::new())),
            }
            return;
        }
        // `år 2024; godkendt …; revideres årligt`: the statement and the `;` after it.
        let after = self.text.get(span.end()..).unwrap_or("");
        let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
        let mut cut = span.end() + spaces;
        if self.text.get(cut..).is_some_and(|r| r.starts_with(';')) {
            cut += 1;
            let after = self.text.get(cut..).unwrap_or("");
            cut += after.len() - after.trim_start_matches([' ', '\t']).len();
        }
        self.list.push((span.start(), cut, String::new()));
    }

    /// New lines after the line of `span`, indented as it is.
    fn insert_lines_after(&mut self, span: Span, lines: &[String]) {
        let at = self.line_end(span.end());
        let indent = self.indent_of(span.start());
        let newline = self.newline();
        let mut text = String::new();
        if at == self.text.len() && !self.text.ends_with('\n') {
            text.push_str(newline);
        }
        for line in lines {
            text.push_str(indent);
            text.push_str(line);
            text.push_str(newline);
        }
        self.list.push((at, at, text));
    }

    /// New lines at the top of a block (after its `{`), indented two spaces more than
    /// the block's line.
    fn insert_lines_at_block_start(&mut self, block: Span, lines: &[String]) {
        let at = self.line_end(block.start());
        let indent = format!("{}  ", self.indent_of(block.start()));
        let newline = self.newline();
        let text: String = lines
            .iter()
            .map(|line| format!("{indent}{line}{newline}"))
            .collect();
        self.list.push((at, at, text));
    }

    /// The text with every edit made. Edits are sorted by place; one that overlaps an
    /// earlier one is left out (the header's statements never overlap).
    fn apply(mut self) -> String {
        self.list.sort_by_key(|(start, end, _)| (*start, *end));
        let mut out = String::with_capacity(self.text.len() + 64);
        let mut at = 0;
        for (start, end, with) in &self.list {
            if *start < at {
                continue;
            }
            out.push_str(self.text.get(at..*start).unwrap_or(""));
            out.push_str(with);
            at = *end;
        }
        out.push_str(self.text.get(at..).unwrap_or(""));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drafted(text: &str, year: Option<i32>) -> Result<String, Refusal> {
        let source = SourceFile::new("t.kvs", text);
        let today = Date::ymd(2026, 11, 30);
        let options = Options::new(today);
        draft(&source, &options, Request { year, today }).map(|d| d.text)
    }

    #[test]
    fn the_header_moves_on_and_the_rest_stays() {
        let text = "kvalitetsstandard \"T\" {\n  kommune Hjørring\n  år 2026\n  gyldig 1. januar 2026 til 31.12.2026\n  godkendt 6. februar 2026 af \"Udvalget\" # vedtaget\n  opdateret 2026-03-01\n  revideres årligt\n}\n";
        assert_eq!(
            drafted(text, None).as_deref(),
            Ok("kvalitetsstandard \"T\" {\n  kommune Hjørring\n  år 2027\n  udkast\n  dato 2026-11-30\n  gyldig 1. januar 2027 til 31.12.2027\n  # vedtaget\n  revideres årligt\n}\n")
        );
    }

    #[test]
    fn an_old_standard_is_drafted_for_next_year() {
        let text = "kvalitetsstandard \"T\" {\n  år 2011\n}\n";
        let drafted = drafted(text, None);
        assert!(
            drafted.as_deref().is_ok_and(|t| t.contains("år 2027")),
            "{drafted:?}"
        );
    }

    #[test]
    fn a_year_not_after_the_source_is_refused() {
        let text = "kvalitetsstandard \"T\" {\n  år 2024\n}\n";
        assert_eq!(
            drafted(text, Some(2024)),
            Err(Refusal::NotLater {
                from: 2024,
                asked: 2024
            })
        );
        assert_eq!(
            drafted("kvalitetsstandard \"T\" {\n}\n", None),
            Err(Refusal::NoYear)
        );
        assert_eq!(
            drafted("kvalitetsstandard \"T\" {\n  år\n}\n", None),
            Err(Refusal::LanguageErrors)
        );
    }

    #[test]
    fn a_leap_day_the_new_year_lacks_is_the_28th() {
        assert_eq!(
            moved_date("29.02.2024", Span::new(0, 10), Date::ymd(2024, 2, 29), 1).as_deref(),
            Some("2025-02-28")
        );
        assert_eq!(
            moved_date("29.02.2024", Span::new(0, 10), Date::ymd(2024, 2, 29), 4).as_deref(),
            Some("29.02.2028")
        );
    }

    #[test]
    fn a_statement_sharing_its_line_goes_with_its_semicolon_and_the_draft_is_formatted() {
        let text =
            "kvalitetsstandard \"T\" {\n  år 2024; godkendt 2024-02-06; revideres årligt\n}\n";
        assert_eq!(
            drafted(text, Some(2026)).as_deref(),
            Ok("kvalitetsstandard \"T\" {\n  år 2026\n  revideres årligt\n  udkast\n  dato 2026-11-30\n}\n")
        );
    }
}
