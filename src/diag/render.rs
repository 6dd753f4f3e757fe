//! Rendering diagnostics for people, through miette: the code with its name
//! (`KS131 missing-sagsbehandlingsfrist`), the message, the source snippet with the
//! labels, the help line, and, for a finding with a fix, what the fix does and which
//! flag applies it.

use super::{Applicability, Diagnostic, Severity};
use crate::i18n::{Lang, Message};
use crate::source::SourceFile;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};
use std::fmt;

/// How to draw diagnostics for a person.
#[derive(Debug, Clone, Copy)]
pub struct HumanStyle {
    /// Whether to use ANSI colours.
    pub color: bool,
    /// The terminal width to wrap at.
    pub width: usize,
    /// The language of the messages.
    pub lang: Lang,
}

impl Default for HumanStyle {
    fn default() -> Self {
        Self {
            color: false,
            width: 100,
            lang: Lang::En,
        }
    }
}

/// Renders one diagnostic, with its source snippet, as miette draws it.
pub fn human(diagnostic: &Diagnostic, source: &SourceFile, style: HumanStyle) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_context_lines(1);
    let long_line = long_line(diagnostic, source);
    let lang = style.lang;
    let text = |m: &Message| m.text(lang);
    // miette heads the help line with an English `help:`; in another language the help
    // is drawn here, after the report, in the same place and layout.
    let help = diagnostic.help.as_ref().map(text);
    let (miette_help, own_help) = match lang {
        Lang::En => (help, None),
        _ => (None, help),
    };
    let view = View {
        diagnostic,
        message: text(&diagnostic.message),
        help: miette_help,
        label: diagnostic.label.as_ref().map(text),
        labels: diagnostic.labels.iter().map(|l| text(&l.message)).collect(),
        source: Named(source),
        snippet: long_line.is_none(),
        location: main_location(diagnostic, source)
            .map(|place| crate::msg!("output-at", place = place).text(lang)),
    };
    let mut out = String::new();
    if handler.render_report(&mut out, &view).is_err() {
        // Rendering into a String cannot fail in practice; fall back to one plain line.
        let (line, column) = source.line_col(diagnostic.span.start());
        out = format!(
            "{}[{}]: {} at {}:{}:{}\n",
            diagnostic.severity, diagnostic.code, view.message, source.name, line, column
        );
    }
    if let Some(help) = own_help {
        let head = crate::msg!("output-help-head").text(lang);
        out.push_str(&help_block(&head, &help, style));
    }
    if let Some(length) = long_line {
        // miette pads a label to its column, and a column past 65,535 overflows the
        // padding of Rust's formatter; a line that long cannot be shown usefully anyway.
        let (line, column) = source.line_col(diagnostic.span.start());
        let at = crate::msg!(
            "output-line-too-long",
            place = format!("{}:{line}:{column}", source.name),
            length = length
        );
        out.push_str(&format!("  {}\n", at.text(lang)));
    }
    if let Some(fix) = &diagnostic.fix {
        let available = match fix.applicability {
            Applicability::Safe => crate::msg!("output-fix-available", title = fix.title.clone()),
            Applicability::Unsafe => {
                crate::msg!("output-unsafe-fix-available", title = fix.title.clone())
            }
        };
        out.push_str(&format!("  {}\n", available.text(lang)));
    }
    out
}

/// The help line as miette draws it, under a heading of our own: `  hjælp: …`, wrapped
/// at the style's width with the lines after the first under the first word.
fn help_block(head: &str, help: &str, style: HumanStyle) -> String {
    let indent = head.chars().count() + 4;
    let mut out = if style.color {
        format!("  \u{1b}[36m{head}:\u{1b}[39m")
    } else {
        format!("  {head}:")
    };
    let mut column = indent - 1;
    let mut first = true;
    for word in help.split(' ') {
        let length = word.chars().count();
        if !first && column + 1 + length > style.width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
        } else {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += length;
        first = false;
    }
    out.push('\n');
    out
}

/// Where the diagnostic is, `file:line:column`, when the first snippet miette draws
/// is not the main span's: miette draws the labels in the order of the file, in
/// snippets headed by their own place, so a label far above the main span (the
/// standard's date, say) would head the diagnostic.
fn main_location(diagnostic: &Diagnostic, source: &SourceFile) -> Option<String> {
    let lines = |span: crate::source::Span| {
        (
            source.line_index(span.start()),
            source.line_index(span.end()),
        )
    };
    let mut spans: Vec<(usize, bool)> = std::iter::once((diagnostic.span.start(), true))
        .chain(diagnostic.labels.iter().map(|l| (l.span.start(), false)))
        .collect();
    spans.sort_unstable();
    let by_start = |start: usize, main: bool| {
        if main {
            diagnostic.span
        } else {
            diagnostic
                .labels
                .iter()
                .map(|l| l.span)
                .find(|s| s.start() == start)
                .unwrap_or(diagnostic.span)
        }
    };
    // The first snippet grows while the next label's snippet (one line of context on
    // each side) touches it, as miette merges them.
    let mut end = None;
    for (start, main) in spans {
        let (first, last) = lines(by_start(start, main));
        match end {
            Some(e) if first > e + 3 => break,
            _ => {}
        }
        if main {
            return None;
        }
        end = Some(end.map_or(last, |e: usize| e.max(last)));
    }
    let (line, column) = source.line_col(diagnostic.span.start());
    Some(format!("{}:{line}:{column}", source.name))
}

/// The longest line a snippet may show, in bytes.
const LONGEST_SHOWN_LINE: usize = 1_000;

/// The length of the longest line the snippet of `diagnostic` would show (the first
/// and last line of each label, with one line of context), if it is longer than
/// `LONGEST_SHOWN_LINE`.
fn long_line(diagnostic: &Diagnostic, source: &SourceFile) -> Option<usize> {
    let line_length = |line: usize| {
        let start = source.line_start(line)?;
        let end = source.line_start(line + 1).unwrap_or(source.text.len());
        Some(end.saturating_sub(start))
    };
    std::iter::once(diagnostic.span)
        .chain(diagnostic.labels.iter().map(|label| label.span))
        .flat_map(|span| {
            let first = source.line_index(span.start());
            let last = source.line_index(span.end());
            [first.saturating_sub(1), first, last, last + 1]
        })
        .filter_map(line_length)
        .max()
        .filter(|&length| length > LONGEST_SHOWN_LINE)
}

/// A source file under its display name, as miette wants it.
struct Named<'a>(&'a SourceFile);

impl SourceCode for Named<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        // miette's own `read_span` scans the file from its start for every label, which
        // makes rendering quadratic in a large file with many findings. Run it on a
        // window of whole lines around the span instead, found with the line index.
        let file = self.0;
        let first = file
            .line_index(span.offset())
            .saturating_sub(context_lines_before);
        let last = file.line_index(span.offset() + span.len()) + context_lines_after + 1;
        let window_start = file.line_start(first).unwrap_or(0);
        let window_end = file.line_start(last + 1).unwrap_or(file.text.len());
        let window = file.text.get(window_start..window_end).unwrap_or("");
        let local = SourceSpan::new(
            span.offset().saturating_sub(window_start).into(),
            span.len(),
        );
        let contents = window.read_span(&local, context_lines_before, context_lines_after)?;
        // miette reports as `line_count` the line the snippet ends on, counted from the
        // start of the file, and then merges two snippets when `line + line_count` of the
        // first reaches the second: late in a file, labels a hundred lines apart became
        // one long snippet. Give it the number of lines the snippet holds instead.
        let data = contents.data();
        let lines = data.iter().filter(|b| **b == b'\n').count()
            + usize::from(data.last().is_some_and(|b| *b != b'\n'));
        // miette prints the column it is given; `str` counts it in bytes, but columns
        // are characters everywhere else (the JSON, SARIF and GitHub outputs).
        let text = &self.0.text;
        let offset = span.offset().min(text.len());
        let line_start = text
            .get(..offset)
            .and_then(|before| before.rfind('\n'))
            .map_or(0, |i| i + 1);
        let column = if contents.column() == offset - line_start {
            text.get(line_start..offset)
                .map_or(contents.column(), |prefix| prefix.chars().count())
        } else {
            contents.column()
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.0.name.clone(),
            data,
            SourceSpan::new(
                (contents.span().offset() + window_start).into(),
                contents.span().len(),
            ),
            contents.line() + first,
            column,
            lines,
        )))
    }
}

/// A diagnostic seen through miette's trait.
struct View<'a> {
    diagnostic: &'a Diagnostic,
    /// The message, the help and the labels in the reader's language.
    message: String,
    help: Option<String>,
    label: Option<String>,
    labels: Vec<String>,
    source: Named<'a>,
    /// Whether to show the source snippet with its labels.
    snippet: bool,
    /// The main span's place, when the first snippet is another label's.
    location: Option<String>,
}

impl fmt::Debug for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("View")
            .field("diagnostic", self.diagnostic)
            .finish()
    }
}

impl fmt::Display for View<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        match &self.location {
            Some(location) if self.snippet => write!(f, "\n{location}"),
            _ => Ok(()),
        }
    }
}

impl std::error::Error for View<'_> {}

impl miette::Diagnostic for View<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let code = self.diagnostic.code;
        Some(match crate::emit::catalogue::find(code) {
            Some(entry) => Box::new(format!("{code} {}", entry.name)),
            None => Box::new(code),
        })
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Advice => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.snippet.then_some(&self.source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if !self.snippet {
            return None;
        }
        let primary =
            LabeledSpan::new_primary_with_span(self.label.clone(), self.diagnostic.span.range());
        let secondary = self
            .diagnostic
            .labels
            .iter()
            .zip(&self.labels)
            .map(|(label, text)| {
                LabeledSpan::new_with_span(Some(text.clone()), label.span.range())
            });
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }
}
