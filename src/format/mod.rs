//! The formatter (`kvalitet fmt`): a file in the one canonical layout.
//!
//! The formatter writes the concrete syntax tree out again (`layout.rs`): every
//! statement on a line of its own, two spaces of indentation a level, one space where
//! the writer left space between two values and none where they touch, the writer's
//! blank lines (a run of them as one), a blank line around each block of the file's
//! top level and of the standard's, every comment where it stood, and each text block
//! re-indented with its lines' relative indentation kept (`text_block.rs`). Values are
//! written exactly as they were: a date, a deadline, a string with its escapes.
//! A file's line ends (LF, CRLF) and its byte order mark stay as they were.
//!
//! A file that cannot be read as written (a syntax or lowering error, `KS001`–`KS099`)
//! is not formatted: [`format_source`] returns its diagnostics instead. Name errors
//! found later, by the resolver (an unknown contact or body, a paragraph without its
//! law), do not stop it: the layout does not depend on names.
//!
//! Before it returns, the formatter parses its own output and compares the two trees
//! (`same.rs`): the same statements, keywords, values (and which of them touch), text
//! and comments, in the same blocks and order. Should a bug in the formatter change
//! that, the file is refused with an internal error (`KS099`) rather than changed.

mod layout;
mod same;
mod text_block;

use crate::diag::{self, codes, Diagnostic, Severity};
use crate::msg;
use crate::source::{SourceFile, Span};

/// The file in the canonical layout, or why it was not formatted: the file's language
/// errors (with any other diagnostics of the syntax and the lowering), or an internal
/// error (`KS099`) should the layout fail to keep what the file says.
pub fn format_source(source: &SourceFile) -> Result<String, Vec<Diagnostic>> {
    let text = source.text.as_str();
    let (tree, mut diagnostics) = crate::syntax::parse(text);
    let (_, lowered) = crate::lower::lower(&tree, source);
    diagnostics.extend(lowered);
    if diagnostics.iter().any(|d| d.severity == Severity::Error) {
        diag::sort(&mut diagnostics);
        return Err(diagnostics);
    }
    let formatted = layout::layout(&tree, text);
    let (again, problems) = crate::syntax::parse(&formatted);
    let broken = problems.iter().any(|d| d.severity == Severity::Error);
    if broken || !same::same_file(&tree, text, &again, &formatted) {
        return Err(vec![Diagnostic::error(
            codes::INTERNAL_ERROR,
            Span::new(0, 0),
            msg!("format-changed-meaning"),
        )
        .with_help(msg!("file-bug-help"))]);
    }
    Ok(formatted)
}

#[cfg(test)]
mod tests {
    use super::format_source;
    use crate::source::SourceFile;

    fn format(text: &str) -> String {
        match format_source(&SourceFile::new("test.kvs", text)) {
            Ok(formatted) => formatted,
            Err(diagnostics) => panic!("not formatted: {diagnostics:?}"),
        }
    }

    #[test]
    fn a_file_with_a_syntax_error_is_refused_with_it() {
        let source = SourceFile::new(
            "a.kvs",
            "kvalitetsstandard \"A\" {\n  kommune \"Glostrup\n}\n",
        );
        let Err(diagnostics) = format_source(&source) else {
            panic!("formatted a file with an unterminated string");
        };
        assert!(
            diagnostics.iter().any(|d| d.code == "KS002"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn a_file_with_an_unknown_keyword_is_refused() {
        let source = SourceFile::new("a.kvs", "kvalitetsstandard \"A\" {\n  komune Glostrup\n}\n");
        let Err(diagnostics) = format_source(&source) else {
            panic!("formatted a file with an unknown keyword");
        };
        assert!(
            diagnostics.iter().any(|d| d.code == "KS010"),
            "{diagnostics:?}"
        );
    }

    #[test]
    fn an_unknown_contact_does_not_stop_the_formatter() {
        let text = "kvalitetsstandard \"A\" {\n  klage {\n    afgørelse { til ingen }\n  }\n}\n";
        assert_eq!(format(text), text);
    }

    #[test]
    fn statements_after_a_semicolon_get_lines_of_their_own() {
        assert_eq!(
            format("kvalitetsstandard \"A\" { år 2024; revideres årligt }"),
            "kvalitetsstandard \"A\" {\n  år 2024\n  revideres årligt\n}\n"
        );
    }
}
