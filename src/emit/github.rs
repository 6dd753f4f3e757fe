//! Diagnostics as GitHub Actions workflow commands: one `::error`, `::warning` or
//! `::notice` line per diagnostic, which GitHub shows as an annotation on the file.
//!
//! The format: `::error file=F,line=L,col=C,endLine=L,endColumn=C,title=T::MESSAGE`.
//! Lines and columns are 1-based and count characters; the end column is the one after
//! the last character, as in the JSON and SARIF outputs. GitHub's own escaping applies:
//! `%`, `\r` and `\n` in the message, and also `:` and `,` in the properties.

use super::catalogue;
use super::diagnostics::{report, FileReport, Style};
use crate::diag::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::{SourceFile, STDIN_NAME};
use crate::Compiled;

/// Every diagnostic of a run as workflow commands, one line each.
pub fn github(results: &[Compiled], lang: Lang) -> String {
    let style = Style::Github(lang);
    report(FileReport::all(results, style), style, None)
}

/// One diagnostic as a workflow command, without the final newline.
pub fn annotation(d: &Diagnostic, source: &SourceFile, lang: Lang) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "notice",
    };
    let (line, col) = source.line_col(d.span.start());
    let (end_line, end_col) = source.line_col(d.span.end());
    let mut properties = Vec::new();
    // Standard input is no file in the repository; the annotation goes on the run.
    if source.name != STDIN_NAME {
        properties.push(format!(
            "file={}",
            escape_property(&source.name.replace('\\', "/"))
        ));
    }
    properties.push(format!("line={line}"));
    properties.push(format!("col={col}"));
    properties.push(format!("endLine={end_line}"));
    properties.push(format!("endColumn={end_col}"));
    let title = match catalogue::find(d.code) {
        Some(entry) => format!("{} {}", entry.code, entry.name),
        None => d.code.to_owned(),
    };
    properties.push(format!("title={}", escape_property(&title)));
    let message = crate::i18n::with_help(&d.message, d.help.as_ref(), lang);
    format!(
        "::{command} {}::{}",
        properties.join(","),
        escape_data(&message)
    )
}

/// Escapes a message: `%`, `\r` and `\n`.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as a message, and also `:` and `,`.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;
    use crate::source::Span;

    #[test]
    fn escapes_as_github_does() {
        assert_eq!(
            escape_data("50% off\r\nnow: a,b"),
            "50%25 off%0D%0Anow: a,b"
        );
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
    }

    #[test]
    fn one_line_per_diagnostic_with_code_and_name() {
        let source = SourceFile::new("d/a,b.kvs", "kvalitetsstandard \"Æ\" {\n  telefon 1\n}\n");
        let start = source.text.find('1').unwrap_or(0);
        let diagnostic = Diagnostic::error(
            "KS020",
            Span::new(start, start + 1),
            msg!("resolve-did-you-mean", word = "7"),
        )
        .with_help(msg!("file-unreadable", error = "8 digits, 100%"));
        assert_eq!(
            annotation(&diagnostic, &source, Lang::En),
            "::error file=d/a%2Cb.kvs,line=2,col=11,endLine=2,endColumn=12,\
             title=KS020 invalid-phone::did you mean `7`?%0Ahelp: cannot read this file: 8 digits, 100%25"
        );
        let advice = Diagnostic::new(
            "KS104",
            Severity::Advice,
            Span::new(0, 1),
            msg!("syntax-unclosed-block"),
        );
        assert!(annotation(&advice, &source, Lang::En).starts_with("::notice file="));
        let stdin = SourceFile::new(STDIN_NAME, "x");
        let warning = Diagnostic::warning("KS130", Span::new(0, 1), msg!("syntax-unclosed-block"));
        assert_eq!(
            annotation(&warning, &stdin, Lang::En),
            "::warning line=1,col=1,endLine=1,endColumn=2,title=KS130 empty-section::this block is never closed"
        );
    }
}
