//! Inline suppressions: `# kvalitet: tillad KS110 "begrundelse"`.
//!
//! A suppression comment stands on the line before a statement (after any other
//! comments) or at the end of the statement's line, and silences the codes it names
//! for findings inside that statement, block included. Placed before `kvalitetsstandard`
//! it covers the whole file. Codes are rule codes or rule names; the reason in quotes is
//! required. Language codes (`KS001`–`KS099`) cannot be suppressed, nor can the
//! findings about suppressions themselves.
//!
//! A comment that starts with `kvalitet:` is always read as a suppression, so that a
//! misspelt one is reported rather than silently ignored.

use super::codes::{self, Rule};
use crate::diag::{codes as language, Diagnostic};
use crate::i18n::Message;
use crate::msg;
use crate::source::{Span, Spanned};
use crate::syntax::tree::{Comment, Item, SyntaxFile};
use std::cell::Cell;

/// One suppression comment.
#[derive(Debug)]
pub struct Suppression {
    /// The whole comment, `#` included.
    pub comment: Span,
    /// The codes it allows.
    pub codes: Vec<Allowed>,
    /// The reason, if given and not empty.
    pub reason: Option<Spanned<String>>,
    /// The statement it applies to, if a statement follows it.
    pub target: Option<Span>,
    /// What could not be read, with where.
    pub problems: Vec<(Span, Problem)>,
}

impl Suppression {
    /// Whether the reason opens a quote it never closes.
    pub fn reason_unclosed(&self) -> bool {
        self.problems
            .iter()
            .any(|(_, p)| p.0.id() == "check-suppression-unclosed-reason")
    }
}

/// Something in a suppression comment that cannot be read, as its finding says it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem(pub Message);

impl From<Problem> for Message {
    fn from(problem: Problem) -> Self {
        problem.0
    }
}

/// One code a suppression allows.
#[derive(Debug)]
pub struct Allowed {
    /// The rule.
    pub rule: &'static Rule,
    /// Where the code is written.
    pub span: Span,
    /// Whether it suppressed a finding.
    pub used: Cell<bool>,
}

/// Finds every suppression comment in a file, with the statement each applies to.
pub fn collect(tree: &SyntaxFile) -> Vec<Suppression> {
    let mut out = Vec::new();
    walk(&tree.items, &mut out);
    out
}

fn walk(items: &[Item], out: &mut Vec<Suppression>) {
    let mut pending: Vec<&Comment> = Vec::new();
    for item in items {
        match item {
            Item::Comment(comment) => pending.push(comment),
            Item::Statement(statement) => {
                for comment in pending.drain(..) {
                    out.extend(parse(comment, Some(statement.span)));
                }
                if let Some(comment) = &statement.comment {
                    out.extend(parse(comment, Some(statement.span)));
                }
                if let Some(block) = &statement.block {
                    walk(&block.items, out);
                }
            }
            Item::Error(_) => {
                for comment in pending.drain(..) {
                    out.extend(parse(comment, None));
                }
            }
        }
    }
    for comment in pending {
        out.extend(parse(comment, None));
    }
}

/// Reads one comment; `None` if it is not a suppression at all.
pub fn parse(comment: &Comment, target: Option<Span>) -> Option<Suppression> {
    let text = comment.text;
    // Byte offsets in `text` are offsets from just after the `#`.
    let base = comment.span.start() + 1;
    let at = |start: usize, end: usize| Span::new(base + start, base + end);
    let mut pos = skip(text, 0, |c| c.is_whitespace());
    const MARKER: &str = "kvalitet:";
    if !text
        .get(pos..pos + MARKER.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(MARKER))
    {
        return None;
    }
    pos += MARKER.len();
    let mut suppression = Suppression {
        comment: comment.span,
        codes: Vec::new(),
        reason: None,
        target,
        problems: Vec::new(),
    };
    pos = skip(text, pos, |c| c.is_whitespace());
    let word_end = skip(text, pos, |c| !c.is_whitespace() && c != '"' && c != ',');
    let word = text.get(pos..word_end).unwrap_or("");
    if !word.eq_ignore_ascii_case("tillad") {
        let found = if word.is_empty() {
            msg!("check-suppression-found-nothing")
        } else {
            msg!("check-suppression-found-word", word = word)
        };
        suppression.problems.push((
            at(pos, word_end.max(pos)),
            Problem(msg!("check-suppression-expected-tillad", found = found)),
        ));
        return Some(suppression);
    }
    pos = word_end;
    loop {
        pos = skip(text, pos, |c| c.is_whitespace() || c == ',');
        if pos >= text.len() || text.get(pos..).is_some_and(|s| s.starts_with('"')) {
            break;
        }
        let end = skip(text, pos, |c| !c.is_whitespace() && c != '"' && c != ',');
        let code = text.get(pos..end).unwrap_or("");
        let span = at(pos, end);
        match codes::find(code) {
            Some(rule) if codes::suppressible(rule) => suppression.codes.push(Allowed {
                rule,
                span,
                used: Cell::new(false),
            }),
            Some(rule) => suppression.problems.push((
                span,
                Problem(msg!(
                    "check-suppression-about-suppressions",
                    code = rule.code,
                    name = rule.name
                )),
            )),
            None if language::find(code).is_some() => suppression.problems.push((
                span,
                Problem(msg!("check-suppression-language-error", code = code)),
            )),
            None => suppression.problems.push((
                span,
                Problem(msg!("check-suppression-unknown-code", code = code)),
            )),
        }
        pos = end;
    }
    if suppression.codes.is_empty() && suppression.problems.is_empty() {
        suppression
            .problems
            .push((comment.span, Problem(msg!("check-suppression-no-rule"))));
    }
    if text.get(pos..).is_some_and(|s| s.starts_with('"')) {
        let open = pos;
        let close = text
            .get(open + 1..)
            .and_then(|rest| rest.find('"'))
            .map(|i| open + 1 + i);
        match close {
            Some(close) => {
                let reason = text.get(open + 1..close).unwrap_or("").trim();
                if !reason.is_empty() {
                    suppression.reason = Some(Spanned::new(reason.to_owned(), at(open, close + 1)));
                }
            }
            None => suppression.problems.push((
                at(open, text.len()),
                Problem(msg!("check-suppression-unclosed-reason")),
            )),
        }
    }
    Some(suppression)
}

/// The first byte offset at or after `pos` whose character does not match.
fn skip(text: &str, pos: usize, matches: impl Fn(char) -> bool) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    rest.char_indices()
        .find(|(_, c)| !matches(*c))
        .map_or(text.len(), |(i, _)| pos + i)
}

/// Removes the findings that a suppression covers and marks those suppressions used.
///
/// Statement spans nest or are disjoint, so one sweep in position order, with a stack
/// of the suppressed statements open at the current position, finds the innermost
/// suppression that covers each finding: linear after sorting, whatever the number of
/// suppressions.
pub fn apply(findings: Vec<Diagnostic>, suppressions: &[Suppression]) -> Vec<Diagnostic> {
    let mut targets: Vec<(Span, &Suppression)> = suppressions
        .iter()
        .filter(|s| !s.codes.is_empty())
        .filter_map(|s| s.target.map(|t| (t, s)))
        .collect();
    if targets.is_empty() {
        return findings;
    }
    targets.sort_by_key(|(t, _)| (t.start(), std::cmp::Reverse(t.end())));
    let mut order: Vec<(usize, Span, &str)> = findings
        .iter()
        .enumerate()
        .map(|(i, d)| (i, d.span, d.code))
        .collect();
    order.sort_by_key(|(_, span, _)| span.start());
    let mut dropped = vec![false; findings.len()];
    let mut open: Vec<(Span, &Suppression)> = Vec::new();
    let mut next = targets.iter().peekable();
    for (index, span, code) in order {
        while let Some(&&(target, suppression)) =
            next.peek().filter(|(t, _)| t.start() <= span.start())
        {
            close_before(&mut open, target.start());
            open.push((target, suppression));
            next.next();
        }
        close_before(&mut open, span.start());
        let allowed = open
            .iter()
            .rev()
            .filter(|(target, _)| span.end() <= target.end())
            .find_map(|(_, s)| s.codes.iter().find(|a| a.rule.code == code));
        if let Some(allowed) = allowed {
            allowed.used.set(true);
            if let Some(flag) = dropped.get_mut(index) {
                *flag = true;
            }
        }
    }
    findings
        .into_iter()
        .zip(dropped)
        .filter_map(|(finding, dropped)| (!dropped).then_some(finding))
        .collect()
}

/// Closes the open statements that end before a position.
fn close_before(open: &mut Vec<(Span, &Suppression)>, position: usize) {
    while open
        .last()
        .is_some_and(|(target, _)| target.end() < position)
    {
        open.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn suppressions(text: &str) -> Vec<Suppression> {
        let (tree, _) = parse(text);
        collect(&tree)
    }

    #[test]
    fn reads_codes_names_and_reason() {
        let text = "kvalitetsstandard \"S\" {\n  # kvalitet: tillad KS160, outdated-body \"fordi\"\n  revideres årligt\n}\n";
        let found = suppressions(text);
        assert_eq!(found.len(), 1);
        let s = &found[0];
        let codes: Vec<&str> = s.codes.iter().map(|c| c.rule.code).collect();
        assert_eq!(codes, ["KS160", "KS110"]);
        assert_eq!(s.reason.as_ref().map(|r| r.value.as_str()), Some("fordi"));
        assert!(s.problems.is_empty());
        let target = s.target.and_then(|t| text.get(t.range()));
        assert_eq!(target, Some("revideres årligt"));
        assert_eq!(text.get(s.codes[0].span.range()), Some("KS160"));
    }

    #[test]
    fn trailing_comments_apply_to_their_statement() {
        let text = "kvalitetsstandard \"S\" {\n  revideres ved-ændringer # kvalitet: tillad KS142 \"x\"\n}\n";
        let found = suppressions(text);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].target.and_then(|t| text.get(t.range())),
            Some("revideres ved-ændringer")
        );
    }

    #[test]
    fn ordinary_comments_are_not_suppressions() {
        assert!(suppressions("# kvalitetsmål følger\n# kvalitet er vigtig\n").is_empty());
    }

    #[test]
    fn reports_what_it_cannot_read() {
        let found = suppressions(
            "# kvalitet: tilad KS142 \"x\"\n# kvalitet: tillad KS020, KS999\n# kvalitet: tillad \"x\"\n# kvalitet: tillad KS142 \"x\n",
        );
        let problems: Vec<usize> = found.iter().map(|s| s.problems.len()).collect();
        assert_eq!(problems, [1, 2, 1, 1]);
        assert!(found.iter().all(|s| s.target.is_none()));
        assert!(found[1].reason.is_none());
        let unclosed: Vec<bool> = found.iter().map(Suppression::reason_unclosed).collect();
        assert_eq!(unclosed, [false, false, false, true]);
    }

    #[test]
    fn applies_to_findings_inside_the_target_only() {
        let text = "kvalitetsstandard \"S\" {\n  # kvalitet: tillad KS142 \"x\"\n  revideres ved-ændringer\n  år 2024\n}\n";
        let found = suppressions(text);
        let target = found[0].target.unwrap_or_default();
        // Three findings told apart by their messages.
        let inside = Diagnostic::warning("KS142", target, msg!("check-suppression-no-rule"));
        let other_code =
            Diagnostic::warning("KS140", target, msg!("check-suppression-unclosed-reason"));
        let outside = Diagnostic::warning(
            "KS142",
            Span::new(target.end() + 3, target.end() + 7),
            msg!("check-suppression-found-nothing"),
        );
        let kept = apply(vec![inside, other_code, outside], &found);
        let messages: Vec<&str> = kept.iter().map(|d| d.message.id()).collect();
        assert_eq!(
            messages,
            [
                "check-suppression-unclosed-reason",
                "check-suppression-found-nothing"
            ]
        );
        assert!(found[0].codes[0].used.get());
    }

    #[test]
    fn the_innermost_suppression_is_used() {
        let text = "# kvalitet: tillad KS142 \"ydre\"\nkvalitetsstandard \"S\" {\n  # kvalitet: tillad KS142 \"indre\"\n  revideres ved-ændringer\n  år 2024\n}\n";
        let found = suppressions(text);
        let inner = found[1].target.unwrap_or_default();
        let year = Span::new(inner.end() + 3, inner.end() + 10);
        let kept = apply(
            vec![
                Diagnostic::warning("KS142", inner, msg!("check-suppression-no-rule")),
                Diagnostic::warning("KS142", year, msg!("check-suppression-no-rule")),
            ],
            &found,
        );
        assert!(kept.is_empty());
        assert!(found.iter().all(|s| s.codes[0].used.get()));
    }
}
