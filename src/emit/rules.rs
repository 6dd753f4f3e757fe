//! The list of rules that `kvalitet rules` prints: as aligned text, as Markdown with
//! every rule's documentation (`docs/rules.md` is this output), and as JSON through its
//! own structs (`docs/schema/rules.v1.json`).

use super::catalogue::{self, Entry};
use crate::diag::{Applicability, FixAvailability, FixSafety, Severity};
use crate::i18n::{Lang, Message};
use crate::msg;
use serde::Serialize;
use std::fmt::Write as _;

/// The version of the rules JSON (1.1: `fix` on every rule and language code).
pub const RULES_SCHEMA_VERSION: &str = "1.1";

/// The command that writes `docs/rules.md`.
pub const MARKDOWN_COMMAND: &str = "cargo run -- rules --format markdown > docs/rules.md";

/// The command that writes `docs/rules.da.md`, the Danish twin of `docs/rules.md`.
pub const MARKDOWN_COMMAND_DA: &str =
    "cargo run -- --lang da rules --format markdown > docs/rules.da.md";

/// The command that writes the Markdown in `lang`.
pub fn markdown_command(lang: Lang) -> &'static str {
    match lang {
        Lang::En => MARKDOWN_COMMAND,
        Lang::Da => MARKDOWN_COMMAND_DA,
    }
}

/// A severity as a word: `error`, `warning`, `advice`.
pub fn severity(severity: Severity) -> Message {
    match severity {
        Severity::Error => msg!("severity-error"),
        Severity::Warning => msg!("severity-warning"),
        Severity::Advice => msg!("severity-advice"),
    }
}

/// `error by default`.
pub fn by_default(level: Severity) -> Message {
    msg!("explain-by-default", severity = severity(level))
}

/// When a code's findings carry a fix, and how safe it is: `sometimes, unsafe`; `None`
/// for a code without fixes.
pub fn fix_description(fix: FixAvailability) -> Option<Message> {
    use FixAvailability::{Always, None, Sometimes};
    use FixSafety::{Safe, SafeOrUnsafe, Unsafe};
    Some(match fix {
        None => return Option::None,
        Sometimes(Safe) => msg!("rules-fix-sometimes-safe"),
        Sometimes(Unsafe) => msg!("rules-fix-sometimes-unsafe"),
        Sometimes(SafeOrUnsafe) => msg!("rules-fix-sometimes-safe-or-unsafe"),
        Always(Safe) => msg!("rules-fix-always-safe"),
        Always(Unsafe) => msg!("rules-fix-always-unsafe"),
        Always(SafeOrUnsafe) => msg!("rules-fix-always-safe-or-unsafe"),
    })
}

/// `fix: sometimes, unsafe`, or nothing for a code without fixes.
pub fn fix_note(fix: FixAvailability, lang: Lang) -> Option<String> {
    fix_description(fix).map(|fix| msg!("rules-fix", fix = fix).text(lang))
}

/// One line per rule: code, name, default severity, whether it fixes (`fix: always,
/// unsafe`) and summary, in aligned columns, in `lang`.
pub fn text(lang: Lang) -> String {
    let rules: Vec<Entry> = catalogue::rules().collect();
    let severities: Vec<String> = rules
        .iter()
        .map(|r| severity(r.severity).text(lang))
        .collect();
    let fixes: Vec<String> = rules
        .iter()
        .map(|r| fix_note(r.fix, lang).unwrap_or_default())
        .collect();
    let name_width = rules.iter().map(|r| r.name.len()).max().unwrap_or(0);
    let severity_width = severities
        .iter()
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        .max(7);
    let fix_width = fixes.iter().map(|f| f.chars().count()).max().unwrap_or(0);
    let mut out = String::new();
    for ((rule, severity), fix) in rules.iter().zip(&severities).zip(&fixes) {
        let _ = writeln!(
            out,
            "{}  {:name_width$}  {:severity_width$}  {:fix_width$}  {}",
            rule.code,
            rule.name,
            severity,
            fix,
            rule.summary(lang)
        );
    }
    out
}

/// A fix's availability in a Markdown cell: `sometimes, unsafe`, or `—`.
fn fix_cell(fix: FixAvailability, lang: Lang) -> String {
    fix_description(fix).map_or_else(|| "—".to_owned(), |fix| fix.text(lang))
}

/// Every rule with its whole documentation, then the table of the language's codes, in
/// `lang` (`docs/rules.md` in English, `docs/rules.da.md` in Danish).
pub fn markdown(lang: Lang) -> String {
    let rules: Vec<Entry> = catalogue::rules().collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "# {}\n\n<!-- {} -->\n\n",
        msg!("rules-md-title").text(lang),
        msg!("rules-md-generated", command = markdown_command(lang)).text(lang)
    );
    if lang == Lang::En {
        out.push_str("[På dansk](rules.da.md)\n\n");
    }
    let _ = write!(
        out,
        "{}\n\n{}\n\n{}\n|---|---|---|---|---|\n",
        msg!("rules-md-intro", count = rules.len()).text(lang),
        msg!("rules-md-fixes").text(lang),
        msg!("rules-md-table-head").text(lang),
    );
    for rule in &rules {
        let _ = writeln!(
            out,
            "| [{}](#{}) | `{}` | {} | {} | {} |",
            rule.code,
            anchor(rule),
            rule.name,
            severity(rule.severity).text(lang),
            fix_cell(rule.fix, lang),
            cell(rule.summary(lang))
        );
    }
    for rule in &rules {
        let fix = fix_description(rule.fix)
            .map(|fix| format!(" {}", msg!("rules-md-fix", fix = fix).text(lang)))
            .unwrap_or_default();
        let _ = write!(
            out,
            "\n## {} {}\n\n{}.{fix} {}\n\n{}\n",
            rule.code,
            rule.name,
            capitalised(&by_default(rule.severity).text(lang)),
            rule.summary(lang),
            demoted(rule.doc(lang).trim())
        );
    }
    let _ = write!(
        out,
        "\n## {}\n\n{}\n\n{}\n|---|---|---|---|\n",
        msg!("rules-md-language-title").text(lang),
        msg!("rules-md-language-intro").text(lang),
        msg!("rules-md-language-table-head").text(lang),
    );
    for code in catalogue::language_codes() {
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            code.code,
            code.name,
            fix_cell(code.fix, lang),
            cell(code.summary(lang))
        );
    }
    out
}

/// Every rule and language code as a JSON document, its texts in `lang` (the keys and
/// the codes' names stay as they are).
pub fn json(lang: Lang) -> String {
    let document = RulesJson {
        schema_version: RULES_SCHEMA_VERSION,
        rules: catalogue::rules()
            .map(|rule| RuleJson {
                code: rule.code,
                name: rule.name,
                severity: rule.severity,
                summary: rule.summary(lang),
                doc: rule.doc(lang),
                fix: FixJson::of(rule.fix),
            })
            .collect(),
        language_codes: catalogue::language_codes()
            .map(|code| LanguageCodeJson {
                code: code.code,
                name: code.name,
                summary: code.summary(lang),
                explanation: code.doc(lang),
                fix: FixJson::of(code.fix),
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

/// The rules JSON.
#[derive(Debug, Serialize)]
pub struct RulesJson {
    /// The version of this format.
    pub schema_version: &'static str,
    /// Every rule, in code order.
    pub rules: Vec<RuleJson>,
    /// Every language code, in code order.
    pub language_codes: Vec<LanguageCodeJson>,
}

/// One rule.
#[derive(Debug, Serialize)]
pub struct RuleJson {
    /// The stable code.
    pub code: &'static str,
    /// The kebab-case name.
    pub name: &'static str,
    /// The default severity.
    pub severity: Severity,
    /// One line on what it finds.
    pub summary: &'static str,
    /// The documentation in Markdown.
    pub doc: &'static str,
    /// Whether its findings carry fixes.
    pub fix: FixJson,
}

/// Whether a code's findings carry fixes, and how safe those are.
#[derive(Debug, Serialize)]
pub struct FixJson {
    /// `none`, `sometimes` or `always`.
    pub availability: &'static str,
    /// The applicabilities its fixes may have: `safe`, `unsafe`.
    pub applicability: Vec<&'static str>,
}

impl FixJson {
    fn of(fix: FixAvailability) -> Self {
        Self {
            availability: fix.when(),
            applicability: fix
                .applicabilities()
                .iter()
                .map(|a: &Applicability| a.as_str())
                .collect(),
        }
    }
}

/// One language code.
#[derive(Debug, Serialize)]
pub struct LanguageCodeJson {
    /// The stable code.
    pub code: &'static str,
    /// The kebab-case name.
    pub name: &'static str,
    /// One line on what it means.
    pub summary: &'static str,
    /// A longer explanation with an example.
    pub explanation: &'static str,
    /// Whether its diagnostics carry fixes.
    pub fix: FixJson,
}

/// The anchor GitHub gives the heading `KS100 conflicting-contact-data`.
fn anchor(rule: &Entry) -> String {
    format!("{}-{}", rule.code.to_ascii_lowercase(), rule.name)
}

/// Text that can stand in a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The text with its first letter in upper case.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The documentation one heading level down, so that its sections sit under the rule's
/// heading; lines in code blocks stay as they are.
fn demoted(doc: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in doc.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && line.starts_with('#') {
            out.push('#');
        }
        out.push_str(line);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_lists_every_rule_on_one_line() {
        let text = text(Lang::En);
        assert_eq!(text.lines().count(), crate::check::codes::ALL.len());
        assert!(text.starts_with("KS100  conflicting-contact-data "));
        let danish = super::text(Lang::Da);
        assert!(danish.contains("  fejl      "), "{danish}");
        assert!(
            danish.contains("rettelse: nogle gange, usikker"),
            "{danish}"
        );
    }

    #[test]
    fn markdown_demotes_headings_outside_code() {
        let doc = "## What it finds\n\nX.\n\n```kvs\n# kvalitet: tillad KS140\n```";
        assert_eq!(
            demoted(doc),
            "### What it finds\n\nX.\n\n```kvs\n# kvalitet: tillad KS140\n```"
        );
        let markdown = markdown(Lang::En);
        assert!(markdown
            .contains("\n## KS110 outdated-body\n\nError by default. Fix: sometimes, unsafe. "));
        assert!(markdown.contains("\n### Why it matters\n"));
        assert!(markdown.contains("| KS020 | `invalid-phone` | — | "));
        let danish = super::markdown(Lang::Da);
        assert!(danish.contains(
            "\n## KS110 outdated-body\n\nFejl som standard. Rettelse: nogle gange, usikker. "
        ));
        assert!(danish.contains("\n### Hvorfor det betyder noget\n"));
        assert!(danish.contains("| KS020 | `invalid-phone` | — | Et dansk telefonnummer"));
    }
}
