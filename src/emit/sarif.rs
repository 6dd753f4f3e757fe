//! Diagnostics as a SARIF 2.1.0 log, for code scanning in CI (GitHub, GitLab, Azure).
//!
//! One run of one tool. The driver describes every code that appears in the results,
//! in code order, so `ruleIndex` points into that list; the descriptions come from the
//! catalogue (a rule's `DOC`, a language code's explanation). Lines and columns are
//! 1-based and columns count Unicode code points (`columnKind: unicodeCodePoints`), as
//! everywhere else in kvalitet. The structs below are the format; nothing else is
//! serialised. The schema is `docs/schema/sarif-2.1.0.json`.
//!
//! `kvalitet check` prints each result on the worker that checked its file
//! ([`entry`]); [`text`] gives each its rule's index and puts them in the log printed
//! without results, so that the end of a large run only copies them. A test holds the
//! text to serde_json's print of the whole [`Log`], byte for byte.

use super::catalogue::{self, Entry};
use super::diagnostics::{FileReport, Piece, Style};
use crate::diag::{Diagnostic, Fix, Severity};
use crate::i18n::Lang;
use crate::source::{SourceFile, Span, STDIN_NAME};
use crate::Compiled;
use serde::Serialize;

/// The schema every log names.
pub const SARIF_SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The SARIF version.
pub const SARIF_VERSION: &str = "2.1.0";

/// The URI of a source read from standard input.
pub const STDIN_URI: &str = "stdin";

/// Every diagnostic of a run as a SARIF log, pretty-printed, with a final newline.
pub fn sarif(results: &[Compiled], lang: Lang) -> String {
    text(FileReport::all(results, Style::Sarif(lang)), lang)
}

/// The SARIF log of a run whose files were rendered as SARIF, as text: the log printed
/// without results, and the results, printed on the workers, put in the place of its
/// empty list, each with its rule's index.
pub fn text(files: Vec<FileReport>, lang: Lang) -> String {
    let (codes, rules) = rules_of(&files, lang);
    let entries: Vec<ResultEntry> = files
        .into_iter()
        .flat_map(|f| f.findings)
        .filter_map(|f| match f.piece {
            Piece::Sarif(entry) => Some(entry),
            _ => None,
        })
        .collect();
    let empty = super::diagnostics::pretty_json(&log_with(rules, Vec::new()), 4096);
    // Each code's line `"ruleIndex": N,`, as it stands in a result.
    let index_lines: Vec<String> = (0..codes.len())
        .map(|index| {
            format!(
                "\n{}\"ruleIndex\": {index},",
                "  ".repeat(RESULTS_DEPTH + 1)
            )
        })
        .collect();
    let longest = index_lines.last().map_or(0, String::len);
    let size = entries.iter().map(|e| e.text.len() + longest).sum();
    super::diagnostics::splice_list(
        &empty,
        "results",
        RESULTS_DEPTH - 1,
        &entries,
        size,
        |out, e| {
            let line = codes
                .binary_search(&e.rule_id)
                .ok()
                .and_then(|index| index_lines.get(index));
            match (
                line,
                e.text.get(..e.after_rule_id),
                e.text.get(e.after_rule_id..),
            ) {
                (Some(line), Some(head), Some(tail)) => {
                    out.push_str(head);
                    out.push_str(line);
                    out.push_str(tail);
                }
                _ => out.push_str(&e.text),
            }
        },
    )
}

/// Every diagnostic of a run as a SARIF log.
pub fn log(results: &[Compiled], lang: Lang) -> Log {
    let files = FileReport::all(results, Style::Sarif(lang));
    let (codes, rules) = rules_of(&files, lang);
    let results = results
        .iter()
        .flat_map(|r| r.diagnostics.iter().map(move |d| (d, &r.source)))
        .map(|(d, source)| result(d, source, codes.binary_search(&d.code).ok(), lang))
        .collect();
    log_with(rules, results)
}

/// How deep a result stands in the log: `runs`, a run, `results`, the result.
const RESULTS_DEPTH: usize = 4;

/// A result printed as it stands in the log, without its rule's index, which the whole
/// log sets: its code, and where the index goes (the line end after `ruleId`).
#[derive(Debug)]
pub struct ResultEntry {
    /// The result, printed [`RESULTS_DEPTH`] levels deep.
    pub text: String,
    /// Its code.
    pub rule_id: &'static str,
    /// The byte after the line of `ruleId`, where `ruleIndex` follows.
    pub after_rule_id: usize,
}

/// One diagnostic as a [`ResultEntry`] of the log, printed on the worker that checked its
/// file.
pub fn entry(d: &Diagnostic, source: &SourceFile, lang: Lang) -> ResultEntry {
    let text = super::diagnostics::pretty_at_depth(&result(d, source, None, lang), RESULTS_DEPTH);
    // `{`, then `"ruleId": …,`: the index goes before the second line end.
    let after_rule_id = text
        .match_indices('\n')
        .nth(1)
        .map_or(text.len(), |(at, _)| at);
    ResultEntry {
        text,
        rule_id: d.code,
        after_rule_id,
    }
}

/// The codes found in a run's files, in order, and their rules.
fn rules_of(files: &[FileReport], lang: Lang) -> (Vec<&'static str>, Vec<ReportingDescriptor>) {
    let mut codes: Vec<&'static str> = files
        .iter()
        .flat_map(|f| f.findings.iter().map(|d| d.code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let rules = codes.iter().map(|code| descriptor(code, lang)).collect();
    (codes, rules)
}

/// The log of a run with these rules and results.
fn log_with(rules: Vec<ReportingDescriptor>, results: Vec<SarifResult>) -> Log {
    Log {
        schema: SARIF_SCHEMA,
        version: SARIF_VERSION,
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "kvalitet",
                    version: env!("CARGO_PKG_VERSION"),
                    information_uri: information_uri(),
                    rules,
                },
            },
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

/// The URI of a source: its path as given, with forward slashes and percent-encoded
/// where a URI needs it; an absolute path becomes a `file:` URI; standard input is
/// `stdin`.
pub fn artifact_uri(name: &str) -> String {
    if name == STDIN_NAME {
        return STDIN_URI.into();
    }
    let path = name.replace('\\', "/");
    let bytes = path.as_bytes();
    let drive = matches!(bytes, [letter, b':', b'/', ..] if letter.is_ascii_alphabetic());
    let mut uri = String::new();
    if drive {
        uri.push_str("file:///");
    } else if path.starts_with('/') {
        uri.push_str("file://");
    }
    for (i, byte) in path.bytes().enumerate() {
        let keep = byte.is_ascii_alphanumeric()
            || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/')
            || (drive && i == 1);
        if keep {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// The SARIF level of a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

/// The top of a SARIF log.
#[derive(Debug, Serialize)]
pub struct Log {
    /// The schema's URI.
    #[serde(rename = "$schema")]
    pub schema: &'static str,
    /// `2.1.0`.
    pub version: &'static str,
    /// One run.
    pub runs: Vec<Run>,
}

/// One run of kvalitet.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Run {
    /// kvalitet and its rules.
    pub tool: Tool,
    /// How columns are counted: `unicodeCodePoints`.
    pub column_kind: &'static str,
    /// Every diagnostic, file by file, in position order.
    pub results: Vec<SarifResult>,
}

/// The tool.
#[derive(Debug, Serialize)]
pub struct Tool {
    /// kvalitet itself.
    pub driver: Driver,
}

/// kvalitet, its version and the codes of the results.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Driver {
    /// `kvalitet`.
    pub name: &'static str,
    /// The crate's version.
    pub version: &'static str,
    /// Where to read about kvalitet: the crate's homepage, if it names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub information_uri: Option<&'static str>,
    /// Every code that appears in the results, in code order.
    pub rules: Vec<ReportingDescriptor>,
}

/// One code: what it finds and how serious it is by default.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportingDescriptor {
    /// The code, e.g. `KS110`.
    pub id: &'static str,
    /// The kebab-case name, e.g. `outdated-body`.
    pub name: &'static str,
    /// The one-line summary.
    pub short_description: MultiformatMessage,
    /// What it finds.
    pub full_description: MultiformatMessage,
    /// The whole documentation, as `kvalitet explain` prints it.
    pub help: MultiformatMessage,
    /// The default level.
    pub default_configuration: Configuration,
}

/// A text with an optional Markdown form.
#[derive(Debug, Serialize)]
pub struct MultiformatMessage {
    /// Plain text.
    pub text: String,
    /// Markdown.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

/// A code's default configuration.
#[derive(Debug, Serialize)]
pub struct Configuration {
    /// `error`, `warning` or `note`.
    pub level: &'static str,
}

/// One diagnostic.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifResult {
    /// The code.
    pub rule_id: &'static str,
    /// Where the code is in the driver's rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule_index: Option<usize>,
    /// `error`, `warning` or `note` (for advice).
    pub level: &'static str,
    /// What is wrong, and how to fix it.
    pub message: Message,
    /// The primary place.
    pub locations: Vec<Location>,
    /// The other places involved, each with what is there.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_locations: Vec<Location>,
    /// The fix, if the finding has one.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<SarifFix>,
}

/// A proposed fix: what it does and the changes to the file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SarifFix {
    /// What the fix does.
    pub description: Message,
    /// The changes, all to the finding's file.
    pub artifact_changes: Vec<ArtifactChange>,
    /// `applicability`: `safe`, or `unsafe` (it changes what the standard promises).
    pub properties: FixProperties,
}

/// The property bag of a fix.
#[derive(Debug, Serialize)]
pub struct FixProperties {
    /// `safe` or `unsafe`.
    pub applicability: &'static str,
}

/// The changes to one file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArtifactChange {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The replacements, in the order of the file; they do not overlap.
    pub replacements: Vec<Replacement>,
}

/// One edit: a region deleted and the text inserted in its place.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Replacement {
    /// The region replaced (empty for an insertion).
    pub deleted_region: DeletedRegion,
    /// The text that takes its place; absent for a deletion.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inserted_content: Option<ArtifactContent>,
}

/// A region by line and column (code points) and by bytes of the UTF-8 file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeletedRegion {
    /// The first line.
    pub start_line: usize,
    /// The first column.
    pub start_column: usize,
    /// The last line.
    pub end_line: usize,
    /// The column after the last character.
    pub end_column: usize,
    /// The byte offset of the start.
    pub byte_offset: usize,
    /// The number of bytes.
    pub byte_length: usize,
}

/// Text to insert.
#[derive(Debug, Serialize)]
pub struct ArtifactContent {
    /// The text.
    pub text: String,
}

/// A plain-text message.
#[derive(Debug, Serialize)]
pub struct Message {
    /// The text.
    pub text: String,
}

/// A place in a file.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// For related locations: their number, from 1, so that two labels on one span stay
    /// distinct.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<usize>,
    /// The file and the region.
    pub physical_location: PhysicalLocation,
    /// What is there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<Message>,
}

/// A file and a region in it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhysicalLocation {
    /// The file.
    pub artifact_location: ArtifactLocation,
    /// The region.
    pub region: Region,
}

/// A file.
#[derive(Debug, Serialize)]
pub struct ArtifactLocation {
    /// Its path as a URI reference, relative as given.
    pub uri: String,
}

/// A region: 1-based lines and columns in code points; the end column is the one after
/// the last character.
#[derive(Debug, Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Region {
    /// The first line.
    pub start_line: usize,
    /// The first column.
    pub start_column: usize,
    /// The last line.
    pub end_line: usize,
    /// The column after the last character.
    pub end_column: usize,
}

fn information_uri() -> Option<&'static str> {
    Some(env!("CARGO_PKG_HOMEPAGE")).filter(|uri| !uri.is_empty())
}

fn descriptor(code: &'static str, lang: Lang) -> ReportingDescriptor {
    let Some(entry) = catalogue::find(code) else {
        let text = || MultiformatMessage {
            text: code.into(),
            markdown: None,
        };
        return ReportingDescriptor {
            id: code,
            name: code,
            short_description: text(),
            full_description: text(),
            help: text(),
            default_configuration: Configuration { level: "error" },
        };
    };
    ReportingDescriptor {
        id: entry.code,
        name: entry.name,
        short_description: MultiformatMessage {
            text: entry.summary(lang).into(),
            markdown: None,
        },
        full_description: MultiformatMessage {
            text: entry.what_it_finds(lang).into(),
            markdown: None,
        },
        help: help(&entry, lang),
        default_configuration: Configuration {
            level: level(entry.severity),
        },
    }
}

fn help(entry: &Entry, lang: Lang) -> MultiformatMessage {
    let text = format!("{}\n\n{}", entry.summary(lang), entry.doc(lang).trim());
    MultiformatMessage {
        markdown: Some(text.clone()),
        text,
    }
}

pub(crate) fn result(
    d: &Diagnostic,
    source: &SourceFile,
    rule_index: Option<usize>,
    lang: Lang,
) -> SarifResult {
    let text = crate::i18n::with_help(&d.message, d.help.as_ref(), lang);
    let uri = artifact_uri(&source.name);
    let location = |id, span, message: Option<&crate::i18n::Message>| Location {
        id,
        physical_location: PhysicalLocation {
            artifact_location: ArtifactLocation { uri: uri.clone() },
            region: region(source, span),
        },
        message: message.map(|m| Message { text: m.text(lang) }),
    };
    SarifResult {
        rule_id: d.code,
        rule_index,
        level: level(d.severity),
        message: Message { text },
        locations: vec![location(None, d.span, d.label.as_ref())],
        related_locations: d
            .labels
            .iter()
            .enumerate()
            .map(|(i, label)| location(Some(i + 1), label.span, Some(&label.message)))
            .collect(),
        fixes: d
            .fix
            .iter()
            .map(|fix| sarif_fix(fix, source, &uri, lang))
            .collect(),
    }
}

/// A finding's fix as SARIF.
fn sarif_fix(fix: &Fix, source: &SourceFile, uri: &str, lang: Lang) -> SarifFix {
    let replacements = fix
        .edits
        .iter()
        .map(|edit| {
            let region = region(source, edit.span);
            Replacement {
                deleted_region: DeletedRegion {
                    start_line: region.start_line,
                    start_column: region.start_column,
                    end_line: region.end_line,
                    end_column: region.end_column,
                    byte_offset: edit.span.start(),
                    byte_length: edit.span.len(),
                },
                inserted_content: (!edit.replacement.is_empty()).then(|| ArtifactContent {
                    text: edit.replacement.clone(),
                }),
            }
        })
        .collect();
    SarifFix {
        description: Message {
            text: fix.title.text(lang),
        },
        artifact_changes: vec![ArtifactChange {
            artifact_location: ArtifactLocation {
                uri: uri.to_owned(),
            },
            replacements,
        }],
        properties: FixProperties {
            applicability: fix.applicability.as_str(),
        },
    }
}

/// The region of a span.
pub fn region(source: &SourceFile, span: Span) -> Region {
    let (start_line, start_column) = source.line_col(span.start());
    let (end_line, end_column) = source.line_col(span.end());
    Region {
        start_line,
        start_column,
        end_line,
        end_column,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_become_uri_references() {
        assert_eq!(
            artifact_uri("standards/glostrup/2024.kvs"),
            "standards/glostrup/2024.kvs"
        );
        assert_eq!(
            artifact_uri(r"standards\ishøj 2024.kvs"),
            "standards/ish%C3%B8j%202024.kvs"
        );
        assert_eq!(artifact_uri("/srv/a,b#c.kvs"), "file:///srv/a%2Cb%23c.kvs");
        assert_eq!(artifact_uri(r"C:\std\a.kvs"), "file:///C:/std/a.kvs");
        assert_eq!(artifact_uri("c:d.kvs"), "c%3Ad.kvs");
        assert_eq!(artifact_uri(STDIN_NAME), "stdin");
    }

    #[test]
    fn columns_count_code_points_and_the_end_is_exclusive() {
        let source = SourceFile::new("a.kvs", "kvalitetsstandard \"Ø\" {\n  målgrupe x\n}\n");
        let start = source.text.find("målgrupe").unwrap_or(0);
        let span = Span::new(start, start + "målgrupe".len());
        assert_eq!(
            region(&source, span),
            Region {
                start_line: 2,
                start_column: 3,
                end_line: 2,
                end_column: 11
            }
        );
    }

    #[test]
    fn advice_is_a_note() {
        assert_eq!(level(Severity::Advice), "note");
        assert_eq!(level(Severity::Warning), "warning");
        assert_eq!(level(Severity::Error), "error");
    }

    /// The log as serde_json prints it whole: the results printed on the workers, each
    /// given its rule's index and put in place, must give the same text, byte for byte.
    #[test]
    fn the_log_is_printed_as_serde_json_prints_it_whole() {
        let runs = crate::testing::runs();
        let findings = |run: &Vec<Compiled>| run.iter().map(|r| r.diagnostics.len()).sum::<usize>();
        assert!(runs.last().is_some_and(|all| findings(all) > 100));
        for results in &runs {
            for lang in [Lang::En, Lang::Da] {
                let whole = crate::emit::diagnostics::pretty_json(&log(results, lang), 0);
                let text = sarif(results, lang);
                assert_eq!(text, whole);
                // Made in room sized for it (see the JSON document's test).
                assert!(text.capacity() < text.len() * 3 / 2 + 4096);
            }
        }
    }
}
