//! "Did you mean": the known word nearest to a misspelt one.
//!
//! The lowering uses it for keywords, the resolver for contacts and bodies, the
//! configuration for rule codes and names, and a rule for municipalities. Only
//! candidates whose length is within the allowed distance are compared, so a pasted
//! paragraph costs no more than a word. [`suggest`] also says how sure the choice is,
//! and [`Suggestion::fix`] turns it into a fix.

use crate::diag::{Applicability, Edit, Fix};
use crate::msg;
use crate::source::{SourceFile, Span};

/// The candidate nearest to `word`, if it is near enough to be a misspelling: at most
/// one edit in three letters of the candidate (at least one), comparing without case
/// and with `ae`, `oe`, `aa` read as `æ`, `ø`, `å` and `_` as `-`.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    suggest(word, candidates).map(|s| s.word)
}

/// The nearest candidate, and how sure the choice is: what a fix needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion<'a> {
    /// The nearest candidate (the first of several equally near).
    pub word: &'a str,
    /// How many edits away it is, after folding (`0`: only case, `ae`/`oe`/`aa` or `_`
    /// differ).
    pub distance: usize,
    /// How many different candidates are near enough to be meant.
    pub near: usize,
    /// Whether another candidate is as near as `word`.
    pub tied: bool,
}

impl Suggestion<'_> {
    /// Whether it is the only candidate near enough: a fix to it cannot pick the wrong
    /// word.
    pub fn is_only(&self) -> bool {
        self.near == 1
    }

    /// The fix that writes the suggestion in place of the word at `span`, if the
    /// source holds the word there exactly as `written` and the choice is not tied.
    ///
    /// A name ([`Spelling::Name`]: a keyword, a section, a contact or a body) is fixed
    /// safely when the suggestion is the only candidate near enough, since the file
    /// cannot be read until the name is one it knows, and only one is near; a value
    /// ([`Spelling::Value`]: `ja`, `nej`, `årligt`) only when it differs in nothing but
    /// case or `ae`/`oe`/`aa`, since `ja` and `nej` are promises. Otherwise the fix is
    /// unsafe.
    pub fn fix(
        &self,
        source: &SourceFile,
        span: Span,
        written: &str,
        kind: Spelling,
    ) -> Option<Fix> {
        if self.tied || source.slice(span) != written || span.is_empty() || written == self.word {
            return None;
        }
        let safe = match kind {
            Spelling::Name => self.is_only(),
            Spelling::Value => self.is_only() && self.distance == 0,
        };
        let applicability = if safe {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        Fix::new(
            msg!("fix-replace", written = written, replacement = self.word),
            applicability,
            vec![Edit::replace(span, self.word)],
        )
    }
}

/// What kind of word a suggestion corrects, for the safety of its fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spelling {
    /// A keyword, a section, or the name of a contact or a body.
    Name,
    /// One of the words a keyword takes as its value.
    Value,
}

/// The candidate nearest to `word` with how sure the choice is ([`Suggestion`]), by
/// the measure of [`nearest`].
pub fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Suggestion<'a>> {
    let folded = fold(word);
    let length = folded.chars().count();
    let mut best: Option<Suggestion<'a>> = None;
    let mut near: std::collections::HashSet<String> = std::collections::HashSet::new();
    for candidate in candidates {
        let limit = (candidate.chars().count() / 3).max(1);
        let other = fold(candidate);
        // The distance is at least the difference in length: a word far longer than
        // every candidate (a pasted paragraph) is not compared letter by letter.
        if length.abs_diff(other.chars().count()) > limit {
            continue;
        }
        let distance = strsim::levenshtein(&folded, &other);
        if distance > limit {
            continue;
        }
        let same_as_best = best.is_some_and(|b| fold(b.word) == other);
        near.insert(other);
        match &mut best {
            Some(b) if distance < b.distance => {
                *b = Suggestion {
                    word: candidate,
                    distance,
                    near: 0,
                    tied: false,
                }
            }
            Some(b) if distance == b.distance && !same_as_best => b.tied = true,
            Some(_) => {}
            None => {
                best = Some(Suggestion {
                    word: candidate,
                    distance,
                    near: 0,
                    tied: false,
                })
            }
        }
    }
    best.map(|b| Suggestion {
        near: near.len(),
        ..b
    })
}

/// Folds a word for comparison: lowercase, with `ae`, `oe`, `aa` read as `æ`, `ø`, `å`.
fn fold(word: &str) -> String {
    word.to_lowercase()
        .replace("ae", "æ")
        .replace("oe", "ø")
        .replace("aa", "å")
        .replace('_', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nearest_candidate_within_the_distance() {
        let names = ["Glostrup", "Ishøj", "Ballerup"];
        assert_eq!(nearest("Glostup", names), Some("Glostrup"));
        assert_eq!(nearest("Ishoej", names), Some("Ishøj"));
        assert_eq!(nearest("København", names), None);
        assert_eq!(nearest(&"x".repeat(10_000), names), None);
    }

    #[test]
    fn says_whether_the_suggestion_is_the_only_one_and_whether_it_is_tied() {
        let only = suggest("Glostup", ["Glostrup", "Ishøj"]);
        assert_eq!(
            only.map(|s| (s.word, s.is_only(), s.tied)),
            Some(("Glostrup", true, false))
        );
        let several = suggest("omfan", ["omfang", "omfanq", "formål"]);
        assert_eq!(several.map(|s| (s.near, s.tied)), Some((2, true)));
        let nearer = suggest("kan", ["kan-ikke", "kanx", "kat"]);
        assert_eq!(
            nearer.map(|s| (s.word, s.distance, s.near, s.tied)),
            Some(("kanx", 1, 2, true))
        );
        let folded = suggest("Formaal", ["formål"]);
        assert_eq!(folded.map(|s| s.distance), Some(0));
    }
}
