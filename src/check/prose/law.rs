//! Law references in prose: `servicelovens § 86`, `lov om social service § 86, stk. 2`,
//! `SEL § 86`, `sundhedslovens § 140`, `§§ 83 og 83 a`, `§ 86 i serviceloven`. The law
//! is read with the lowering's own aliases ([`Law::from_alias`]); a `§` with no law
//! named right before or after it is read without one. Each `§` is read once, in a
//! bounded number of steps, so the reading is linear in the text.

use super::tokens::{Token, Tokens};
use crate::model::values::{Law, LawRef};
use crate::source::Span;

/// A law reference read from prose.
#[derive(Debug, Clone, PartialEq)]
pub struct ProseLawRef {
    /// The law, when it is named right before the `§` (`servicelovens § 86`) or right
    /// after the reference (`§ 86 i serviceloven`).
    pub law: Option<Law>,
    /// The paragraph: `86`, `83 a`.
    pub paragraph: String,
    /// The stk., if given.
    pub stk: Option<u32>,
    /// Whether `stk.` is written without a number.
    pub stk_missing_number: bool,
    /// From the law's name (or the `§`) to the end of the reference.
    pub span: Span,
    /// From the `§` to the end of the reference.
    pub paragraph_span: Span,
}

impl ProseLawRef {
    /// The reference as a typed one, if its law is named; `original` is its wording.
    pub fn to_law_ref(&self, original: &str) -> Option<LawRef> {
        Some(LawRef {
            law: self.law?,
            paragraph: self.paragraph.clone(),
            stk: self.stk,
            stk_missing_number: self.stk_missing_number,
            law_inferred: false,
            quote: None,
            original: original.split_whitespace().collect::<Vec<_>>().join(" "),
            span: self.span,
        })
    }
}

/// Every law reference in the tokens of one text.
pub fn read(tokens: &Tokens) -> Vec<ProseLawRef> {
    let mut refs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !tokens.get(i).is_some_and(|t| t.is_punct('§')) {
            i += 1;
            continue;
        }
        let before = law_before(tokens, i);
        let mut at = i + 1;
        let several = tokens.get(at).is_some_and(|t| t.is_punct('§'));
        if several {
            at += 1;
        }
        let mut found = Vec::new();
        while let Some((paragraph, next)) = paragraph(tokens, at) {
            // Where this paragraph's own wording starts: the first of a `§§` list
            // starts at the `§`; each later one at its own number, so that no
            // reference holds the whole list (which would grow with its square).
            let own = if found.is_empty() { None } else { Some(at) };
            let (stks, missing, next) = stk(tokens, next);
            let end = tokens.get(next - 1).map_or(0, |t| t.span.end());
            if stks.is_empty() {
                found.push((paragraph.clone(), None, missing, end, own));
            }
            for stk in stks {
                found.push((paragraph.clone(), Some(stk), false, end, own));
            }
            at = next;
            // `§§ 83 og 83 a`, `§§ 83, 83 a og 86`.
            let joined = tokens
                .get(at)
                .is_some_and(|t| t.word() == Some("og") || t.is_punct(','));
            if several && joined && paragraph_start(tokens, at + 1) {
                at += 1;
                continue;
            }
            break;
        }
        if found.is_empty() {
            i = at.max(i + 1);
            continue;
        }
        let (law, start) = match before {
            Some((law, start)) => (Some(law), start),
            None => (law_after(tokens, at), i),
        };
        let start_of = |k: usize| tokens.get(k).map_or(0, |t| t.span.start());
        for (paragraph, stk, stk_missing_number, end, own) in found {
            let (from, paragraph_from) = match own {
                Some(own) => (start_of(own), start_of(own)),
                None => (start_of(start), start_of(i)),
            };
            refs.push(ProseLawRef {
                law,
                paragraph,
                stk,
                stk_missing_number,
                span: Span::new(from, end),
                paragraph_span: Span::new(paragraph_from, end),
            });
        }
        i = at.max(i + 1);
    }
    refs
}

/// The law named right before the `§` at `at`, and the index of its first token:
/// `servicelovens`, `SEL`, `lov om social service`, `lov om social service
/// (serviceloven)`.
fn law_before(tokens: &Tokens, at: usize) -> Option<(Law, usize)> {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    let mut last = at.checked_sub(1)?;
    // `(serviceloven)` after the name.
    if tokens.get(last).is_some_and(|t| t.is_punct(')')) {
        let inner = last.checked_sub(1)?;
        let open = inner.checked_sub(1)?;
        if word(inner).and_then(Law::from_alias).is_some()
            && tokens.get(open).is_some_and(|t| t.is_punct('('))
        {
            last = open.checked_sub(1)?;
        }
    }
    if let Some(start) = last.checked_sub(3) {
        if (start..=last)
            .map(word)
            .eq(["lov", "om", "social", "service"].map(Some))
        {
            return Some((Law::Sel, start));
        }
    }
    word(last).and_then(Law::from_alias).map(|law| (law, last))
}

/// The law named right after a reference: `i serviceloven`, `efter lov om social
/// service`.
fn law_after(tokens: &Tokens, at: usize) -> Option<Law> {
    let word = |k: usize| tokens.get(k).and_then(Token::word);
    if !matches!(word(at), Some("i" | "efter")) {
        return None;
    }
    if (at + 1..at + 5)
        .map(word)
        .eq(["lov", "om", "social", "service"].map(Some))
    {
        return Some(Law::Sel);
    }
    word(at + 1).and_then(Law::from_alias)
}

/// Whether a paragraph number starts at `at`.
fn paragraph_start(tokens: &Tokens, at: usize) -> bool {
    paragraph(tokens, at).is_some()
}

/// A paragraph at `at`: `86`, `83 a`, `140a`; and the index after it.
fn paragraph(tokens: &Tokens, at: usize) -> Option<(String, usize)> {
    let word = tokens.get(at)?.word()?;
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let (number, letter) = word.split_at(digits);
    if !letter.is_empty() {
        // `140a`: one letter glued to the number.
        return (letter.chars().count() == 1 && letter.chars().all(char::is_lowercase))
            .then(|| (format!("{number} {letter}"), at + 1));
    }
    // `83 a`: a one-letter word; `i` is the preposition (`§ 86 i serviceloven`).
    let letter = tokens
        .get(at + 1)
        .filter(|t| t.space_before)
        .and_then(Token::word)
        .filter(|w| {
            w.chars().count() == 1 && w.chars().all(|c| c.is_ascii_lowercase()) && *w != "i"
        });
    Some(match letter {
        Some(letter) => (format!("{number} {letter}"), at + 2),
        None => (number.to_owned(), at + 1),
    })
}

/// The stk. of a reference from `at`: `, stk. 1 og 2`, `stk.1`, `.1` or `,1` glued to
/// the paragraph; the numbers, whether `stk.` has none, and the index after it.
fn stk(tokens: &Tokens, at: usize) -> (Vec<u32>, bool, usize) {
    let number = |k: usize| {
        tokens
            .get(k)
            .filter(|t| t.is_digits())
            .and_then(Token::word)
            .and_then(|w| w.parse::<u32>().ok())
    };
    // `§ 86.1`, `§ 86,1`: glued, an old way of writing the stk.
    let glued = tokens
        .get(at)
        .is_some_and(|t| (t.is_punct('.') || t.is_punct(',')) && !t.space_before)
        && tokens.get(at + 1).is_some_and(|t| !t.space_before);
    if glued {
        if let Some(n) = number(at + 1) {
            return (vec![n], false, at + 2);
        }
    }
    let mut k = at;
    if tokens.get(k).is_some_and(|t| t.is_punct(',')) {
        k += 1;
    }
    if tokens.get(k).and_then(Token::word) != Some("stk") {
        return (Vec::new(), false, at);
    }
    k += 1;
    if tokens.get(k).is_some_and(|t| t.is_punct('.')) {
        k += 1;
    }
    let mut stks = Vec::new();
    while let Some(n) = number(k) {
        stks.push(n);
        k += 1;
        let joined = tokens
            .get(k)
            .is_some_and(|t| t.word() == Some("og") || t.is_punct(','));
        if joined && number(k + 1).is_some() {
            k += 1;
        } else {
            break;
        }
    }
    let missing = stks.is_empty();
    (stks, missing, k)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    /// Law, paragraph, stk., whether stk. has no number, and the wording.
    type Read = (Option<&'static str>, String, Option<u32>, bool, String);

    fn refs(text: &str) -> Vec<Read> {
        read(&tokenize(text, 0))
            .into_iter()
            .map(|r| {
                (
                    r.law.map(Law::abbreviation),
                    r.paragraph,
                    r.stk,
                    r.stk_missing_number,
                    text.get(r.span.range()).unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reads_law_references_as_documents_write_them() {
        let one =
            |law, p: &str, stk, written: &str| (law, p.to_owned(), stk, false, written.to_owned());
        assert_eq!(
            refs("jf. servicelovens § 86."),
            vec![one(Some("SEL"), "86", None, "servicelovens § 86")]
        );
        assert_eq!(
            refs("lov om social service § 86, stk. 2 og SEL §86 stk.1"),
            vec![
                one(
                    Some("SEL"),
                    "86",
                    Some(2),
                    "lov om social service § 86, stk. 2"
                ),
                one(Some("SEL"), "86", Some(1), "SEL §86 stk.1"),
            ]
        );
        assert_eq!(
            refs("Sundhedslovens § 140a og ældrelovens §§ 83 og 83 a"),
            vec![
                one(Some("SUL"), "140 a", None, "Sundhedslovens § 140a"),
                one(Some("ÆL"), "83", None, "ældrelovens §§ 83"),
                one(Some("ÆL"), "83 a", None, "83 a"),
            ]
        );
        assert_eq!(
            refs("efter § 86, stk. 1 og 2 i serviceloven; § 88"),
            vec![
                one(Some("SEL"), "86", Some(1), "§ 86, stk. 1 og 2"),
                one(Some("SEL"), "86", Some(2), "§ 86, stk. 1 og 2"),
                one(None, "88", None, "§ 88"),
            ]
        );
        assert_eq!(
            refs("lov om social service (serviceloven) § 86.1"),
            vec![one(
                Some("SEL"),
                "86",
                Some(1),
                "lov om social service (serviceloven) § 86.1"
            )]
        );
        // A `§` without a number, and ordinary numbers, are no references.
        assert!(refs("§ og 86 stk. 2, 4 uger").is_empty());
    }

    #[test]
    fn finds_stk_without_number() {
        let missing: Vec<String> = {
            let text = "Servicelovens §86 stk. og Servicelovens §86 stk. 2 og § 83 a, stk.\n 1";
            read(&tokenize(text, 0))
                .into_iter()
                .filter(|r| r.stk_missing_number)
                .map(|r| text.get(r.paragraph_span.range()).unwrap_or("").to_owned())
                .collect()
        };
        assert_eq!(missing, vec!["§86 stk."]);
        let missing = |text: &str| {
            read(&tokenize(text, 0))
                .iter()
                .filter(|r| r.stk_missing_number)
                .count()
        };
        assert_eq!(missing("§ 86, stk.1 og §86.1 og § 140a stk. 2"), 0);
        assert_eq!(missing("jf. § 88, stk."), 1);
    }
}
