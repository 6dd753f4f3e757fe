//! Prose split into tokens: words, punctuation, mail addresses and web addresses, each
//! with its place in the source. One pass over the text, so linear in its length.

use crate::registry::names::{fold, is_folded, keeps};
use crate::source::Span;
use std::borrow::Cow;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind<'a> {
    /// A run of letters and digits, folded for comparison ([`fold`]): most words are
    /// already, and are borrowed from the text.
    Word(Cow<'a, str>),
    /// One character that is neither a letter, a digit nor white space.
    Punct(char),
    /// A mail address, in lowercase.
    Mail(String),
    /// A web address (`https://…`, `http://…`, `www.…`): its host in lowercase, without
    /// `www.`.
    Web(String),
}

/// One token of a text.
#[derive(Debug, Clone)]
pub struct Token<'a> {
    /// What it is.
    pub kind: Kind<'a>,
    /// Where it stands in the source.
    pub span: Span,
    /// Whether white space stands right before it.
    pub space_before: bool,
    /// Whether an empty line stands before it (a new paragraph).
    pub paragraph_before: bool,
    /// Whether it begins with a capital letter.
    pub capital: bool,
}

impl Token<'_> {
    /// The folded word, if the token is one.
    pub fn word(&self) -> Option<&str> {
        match &self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }

    /// Whether the token is the punctuation `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether the token is a word of digits only.
    pub fn is_digits(&self) -> bool {
        self.word()
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// Splits `raw`, which starts at byte `offset` of the source, into tokens.
pub fn tokenize(raw: &str, offset: usize) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(raw.len() / 5);
    let mut pos = 0;
    let mut space = false;
    let mut newlines = 0;
    while pos < raw.len() {
        let rest = raw.get(pos..).unwrap_or("");
        let Some(c) = rest.chars().next() else { break };
        if c.is_whitespace() {
            space = true;
            if c == '\n' {
                newlines += 1;
            }
            pos += c.len_utf8();
            continue;
        }
        let chunk_len = rest
            .find(|c: char| c == ' ' || c == '\n' || c.is_whitespace())
            .unwrap_or(rest.len());
        let chunk = rest.get(..chunk_len).unwrap_or("");
        let mut run = Run {
            tokens: &mut tokens,
            offset: offset + pos,
            space_before: space,
            paragraph_before: newlines >= 2,
        };
        match address(chunk) {
            Some((kind, start, end)) => {
                run.words(chunk.get(..start).unwrap_or(""), 0);
                let capital = chunk
                    .get(start..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase);
                run.push(kind, start, end, capital);
                run.words(chunk.get(end..).unwrap_or(""), end);
            }
            None => run.words(chunk, 0),
        }
        space = false;
        newlines = 0;
        pos += chunk_len;
    }
    tokens
}

/// The tokens of one chunk of text without white space, pushed as they are found; the
/// first of them carries the white space before the chunk.
struct Run<'t, 'a> {
    tokens: &'t mut Vec<Token<'a>>,
    /// Where the chunk starts in the source.
    offset: usize,
    space_before: bool,
    paragraph_before: bool,
}

impl<'a> Run<'_, 'a> {
    fn push(&mut self, kind: Kind<'a>, start: usize, end: usize, capital: bool) {
        self.tokens.push(Token {
            capital,
            kind,
            span: Span::new(self.offset + start, self.offset + end),
            space_before: self.space_before,
            paragraph_before: self.paragraph_before,
        });
        self.space_before = false;
        self.paragraph_before = false;
    }

    /// Splits a part of the chunk without an address, `at` bytes into it, into words
    /// and punctuation. ASCII, almost all of a standard, is read a byte at a time; a
    /// word is judged as it is read for whether folding keeps it ([`keeps`]).
    fn words(&mut self, part: &'a str, at: usize) {
        let bytes = part.as_bytes();
        // The word being read: its start, whether it starts with a capital, whether
        // folding keeps it, and its last letter.
        let mut word: Option<(usize, bool)> = None;
        let mut kept = true;
        let mut previous = '\0';
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            let (c, len, alphanumeric) = if b.is_ascii() {
                (char::from(b), 1, b.is_ascii_alphanumeric())
            } else {
                let c = part
                    .get(i..)
                    .and_then(|rest| rest.chars().next())
                    .unwrap_or(char::REPLACEMENT_CHARACTER);
                (c, c.len_utf8(), c.is_alphanumeric())
            };
            if alphanumeric {
                if word.is_none() {
                    word = Some((i, c.is_uppercase()));
                    kept = true;
                    previous = '\0';
                }
                kept = kept && keeps(previous, c);
                previous = c;
                i += len;
                continue;
            }
            if let Some((start, capital)) = word.take() {
                let text = part.get(start..i).unwrap_or("");
                self.push(Kind::Word(folded(text, kept)), at + start, at + i, capital);
            }
            self.push(Kind::Punct(c), at + i, at + i + len, c.is_uppercase());
            i += len;
        }
        if let Some((start, capital)) = word {
            let text = part.get(start..).unwrap_or("");
            let kind = Kind::Word(folded(text, kept));
            self.push(kind, at + start, at + part.len(), capital);
        }
    }
}

/// A word folded for comparison: borrowed when folding keeps it as it is (`kept`, as
/// [`is_folded`] would judge it).
fn folded(word: &str, kept: bool) -> Cow<'_, str> {
    debug_assert_eq!(kept, is_folded(word), "{word}");
    if kept {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(fold(word))
    }
}

/// The host of a web address, in lowercase and without `www.`: `https://www.stpk.dk/om`
/// is `stpk.dk`.
pub fn host(address: &str) -> String {
    let lower = address.to_lowercase();
    let rest = lower.split_once("://").map_or(lower.as_str(), |(_, r)| r);
    let host = rest.split(['/', ':', '?', '#']).next().unwrap_or("");
    host.strip_prefix("www.").unwrap_or(host).to_owned()
}

/// The domain of a mail address, in lowercase.
pub fn mail_domain(address: &str) -> String {
    address.rsplit('@').next().unwrap_or(address).to_lowercase()
}

/// A mail or web address in a chunk of text without white space, with its byte range
/// in the chunk (punctuation around it is left out).
fn address(chunk: &str) -> Option<(Kind<'static>, usize, usize)> {
    let lead = |c: char| matches!(c, '(' | '<' | '[' | '"' | '\'' | '“' | '”' | '»' | '«');
    let trail = |c: char| {
        matches!(
            c,
            '.' | ','
                | ';'
                | ':'
                | ')'
                | '>'
                | ']'
                | '!'
                | '?'
                | '"'
                | '\''
                | '”'
                | '“'
                | '«'
                | '»'
        )
    };
    let trimmed = chunk.trim_start_matches(lead);
    let start = chunk.len() - trimmed.len();
    let trimmed = trimmed.trim_end_matches(trail);
    let end = start + trimmed.len();
    // Most chunks are plain words: they are passed over without a lowercase copy.
    let starts = |prefix: &str| {
        trimmed
            .get(..prefix.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    if !starts("http") && !starts("www.") && !trimmed.contains('@') {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let web = lower.starts_with("https://") || lower.starts_with("http://");
    if web || lower.starts_with("www.") {
        let host = host(trimmed);
        if host.contains('.') && !host.starts_with('.') {
            return Some((Kind::Web(host), start, end));
        }
        return None;
    }
    let (local, domain) = lower.split_once('@')?;
    let local_ok = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
    (local_ok && domain_ok).then(|| (Kind::Mail(lower.clone()), start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<Kind<'_>> {
        tokenize(text, 0).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn splits_words_punctuation_and_addresses() {
        let word = |w: &'static str| Kind::Word(w.into());
        assert_eq!(
            kinds("Mail: (ast@ast.dk), www.STPK.dk/om-os/. § 86,1"),
            vec![
                word("mail"),
                Kind::Punct(':'),
                Kind::Punct('('),
                Kind::Mail("ast@ast.dk".into()),
                Kind::Punct(')'),
                Kind::Punct(','),
                Kind::Web("stpk.dk".into()),
                Kind::Punct('.'),
                Kind::Punct('§'),
                word("86"),
                Kind::Punct(','),
                word("1"),
            ]
        );
        assert_eq!(kinds("Sociale Naevn"), vec![word("sociale"), word("nævn")]);
        assert_eq!(kinds("a@b"), vec![word("a"), Kind::Punct('@'), word("b")]);
        let tokens = tokenize("a\n\n  b c", 0);
        assert!(tokens[1].paragraph_before && tokens[1].space_before);
        assert!(!tokens[2].paragraph_before && tokens[2].space_before);
        assert_eq!(host("https://www.stpk.dk:443/x"), "stpk.dk");
    }
}
