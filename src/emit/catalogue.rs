//! Every code kvalitet reports, the language's (`KS001`–`KS099`) and the checker's rules
//! (`KS100` up), as one list for the renderers that describe codes: SARIF's rule
//! descriptors, GitHub's annotation titles, `kvalitet explain`, `kvalitet rules` and the
//! language server's hover. Each entry carries its summary and documentation in English
//! and Danish; [`Entry::summary`] and [`Entry::doc`] give them by [`Lang`].

use crate::check::codes as rules;
use crate::diag::codes as language;
use crate::diag::{FixAvailability, Severity};
use crate::i18n::Lang;

/// Whose code it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The language's own: the standard cannot be read as written.
    Language,
    /// A rule of the checker.
    Rule,
}

/// One code with its documentation.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// The stable code, e.g. `KS110`.
    pub code: &'static str,
    /// The kebab-case name, e.g. `outdated-body`.
    pub name: &'static str,
    /// The default severity (language codes are always errors).
    pub severity: Severity,
    /// Whose code it is.
    pub origin: Origin,
    /// One line on what it finds, in English.
    pub summary: &'static str,
    /// The documentation in Markdown, in English: a rule's `DOC`, or a language code's
    /// explanation.
    pub doc: &'static str,
    /// One line on what it finds, in Danish.
    pub summary_da: &'static str,
    /// The documentation in Markdown, in Danish: a rule's `DOC_DA`, or a language code's
    /// Danish explanation.
    pub doc_da: &'static str,
    /// Whether its findings carry fixes, and how safe those are.
    pub fix: FixAvailability,
}

impl Entry {
    /// The summary in `lang`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        lang.pick(self.summary, self.summary_da)
    }

    /// The documentation in `lang`.
    pub fn doc(&self, lang: Lang) -> &'static str {
        lang.pick(self.doc, self.doc_da)
    }

    /// The documentation's first section in `lang` (`## What it finds`, `## Hvad den
    /// finder`): the whole documentation for a language code, which has no sections.
    pub fn what_it_finds(&self, lang: Lang) -> &'static str {
        let heading = match lang {
            Lang::En => "What it finds",
            Lang::Da => "Hvad den finder",
        };
        self.section(lang, heading)
    }

    /// The text under a `## heading` of the documentation in `lang`, up to the next
    /// heading; the whole documentation if it has no such heading (language codes have
    /// none).
    pub fn section(&self, lang: Lang, heading: &str) -> &'static str {
        let doc = self.doc(lang);
        let marker = format!("## {heading}\n");
        let Some(start) = doc.find(&marker) else {
            return doc.trim();
        };
        let rest = doc.get(start + marker.len()..).unwrap_or("");
        let end = rest.find("\n## ").unwrap_or(rest.len());
        rest.get(..end).unwrap_or(rest).trim()
    }
}

/// Every code, in code order: the language's first, then the rules.
pub fn all() -> impl Iterator<Item = Entry> {
    let language = language::ALL.iter().map(|info| Entry {
        code: info.code,
        name: info.name,
        severity: Severity::Error,
        origin: Origin::Language,
        summary: info.summary,
        doc: info.explanation,
        summary_da: info.summary_da,
        doc_da: info.explanation_da,
        fix: info.fix,
    });
    language.chain(rules::ALL.iter().map(rule))
}

/// The entries of the checker's rules, in code order.
pub fn rules() -> impl Iterator<Item = Entry> {
    rules::ALL.iter().map(rule)
}

/// The entries of the language's codes, in code order.
pub fn language_codes() -> impl Iterator<Item = Entry> {
    all().filter(|entry| entry.origin == Origin::Language)
}

/// Finds a code (exactly as the diagnostics carry it).
pub fn find(code: &str) -> Option<Entry> {
    all().find(|entry| entry.code == code)
}

fn rule(rule: &rules::Rule) -> Entry {
    Entry {
        code: rule.code,
        name: rule.name,
        severity: rule.severity,
        origin: Origin::Rule,
        summary: rule.summary,
        doc: rule.doc,
        summary_da: rule.summary_da,
        doc_da: rule.doc_da,
        fix: rule.fix,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_language_codes_then_rules_in_order() {
        let codes: Vec<&str> = all().map(|entry| entry.code).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted, "codes are unique and in order");
        assert_eq!(
            codes.len(),
            language::ALL.len() + rules::ALL.len(),
            "every code is listed"
        );
    }

    #[test]
    fn finds_a_section_of_the_documentation() {
        let entry = find("KS110").expect("KS110 is a rule");
        assert!(entry.what_it_finds(Lang::En).starts_with("A national body"));
        assert!(!entry.what_it_finds(Lang::En).contains("## "));
        assert!(entry
            .what_it_finds(Lang::Da)
            .starts_with("En landsdækkende myndighed"));
        assert!(!entry.what_it_finds(Lang::Da).contains("## "));
        let language = find("KS020").expect("KS020 is a language code");
        assert_eq!(language.what_it_finds(Lang::En), language.doc);
        assert_eq!(language.what_it_finds(Lang::Da), language.doc_da);
    }
}
