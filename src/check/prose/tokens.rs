//! Prose split into tokens: words, punctuation, mail addresses and web addresses, each
//! with its place in the source. One pass over the text, so linear in its length.

use crate::source::Span;

/// What a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A run of letters and digits, folded for comparison ([`fold`]).
    Word(String),
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
pub struct Token {
    /// What it is.
    pub kind: Kind,
    /// Where it stands in the source.
    pub span: Span,
    /// Whether white space stands right before it.
    pub space_before: bool,
    /// Whether an empty line stands before it (a new paragraph).
    pub paragraph_before: bool,
    /// Whether it begins with a capital letter.
    pub capital: bool,
}

impl Token {
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
pub fn tokenize(raw: &str, offset: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
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
        let chunk_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let chunk = rest.get(..chunk_len).unwrap_or("");
        let mut first = true;
        let mut push = |kind: Kind, start: usize, end: usize, tokens: &mut Vec<Token>| {
            let capital = raw
                .get(start..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_uppercase);
            tokens.push(Token {
                capital,
                kind,
                span: Span::new(offset + start, offset + end),
                space_before: first && space,
                paragraph_before: first && newlines >= 2,
            });
            first = false;
        };
        match address(chunk) {
            Some((kind, start, end)) => {
                split_words(
                    chunk.get(..start).unwrap_or(""),
                    pos,
                    &mut push,
                    &mut tokens,
                );
                push(kind, pos + start, pos + end, &mut tokens);
                split_words(
                    chunk.get(end..).unwrap_or(""),
                    pos + end,
                    &mut push,
                    &mut tokens,
                );
            }
            None => split_words(chunk, pos, &mut push, &mut tokens),
        }
        space = false;
        newlines = 0;
        pos += chunk_len;
    }
    tokens
}

/// Folds a word for comparison as the registry folds names: lowercase, with `ae`, `oe`
/// and `aa` read as `æ`, `ø` and `å`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, |c| out.push(c));
    out
}

/// Folds `word` one letter at a time into `push`: lowercasing and joining the pairs as
/// it goes, in one pass. Prose folds every word it reads, so this is on the checker's
/// hot path.
fn fold_into(word: &str, mut push: impl FnMut(char)) {
    let mut pending: Option<char> = None;
    for c in word.chars() {
        if c.is_ascii() || matches!(c, 'æ' | 'ø' | 'å') {
            fold_push(&mut push, &mut pending, c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                fold_push(&mut push, &mut pending, lower);
            }
        }
    }
    if let Some(p) = pending {
        push(p);
    }
}

/// Adds one lowercase letter to a folded word: `a` then `e` is `æ`, `o` then `e` is `ø`,
/// `a` then `a` is `å`.
fn fold_push(push: &mut impl FnMut(char), pending: &mut Option<char>, c: char) {
    let joined = match (*pending, c) {
        (Some('a'), 'e') => Some('æ'),
        (Some('o'), 'e') => Some('ø'),
        (Some('a'), 'a') => Some('å'),
        _ => None,
    };
    if let Some(joined) = joined {
        push(joined);
        *pending = None;
        return;
    }
    if let Some(p) = pending.replace(c) {
        push(p);
    }
}

/// The words of a name, folded, as prose is split: `Glostrup Kommune, Visitationen` is
/// `glostrup`, `kommune`, `visitationen`.
pub fn name_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(fold)
        .collect()
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

/// Splits a chunk without an address into words and punctuation.
fn split_words(
    chunk: &str,
    at: usize,
    push: &mut impl FnMut(Kind, usize, usize, &mut Vec<Token>),
    tokens: &mut Vec<Token>,
) {
    let mut word_start: Option<usize> = None;
    for (i, c) in chunk.char_indices() {
        if c.is_alphanumeric() {
            word_start.get_or_insert(i);
            continue;
        }
        if let Some(start) = word_start.take() {
            let word = chunk.get(start..i).unwrap_or("");
            push(Kind::Word(fold(word)), at + start, at + i, tokens);
        }
        push(Kind::Punct(c), at + i, at + i + c.len_utf8(), tokens);
    }
    if let Some(start) = word_start {
        let word = chunk.get(start..).unwrap_or("");
        push(Kind::Word(fold(word)), at + start, at + chunk.len(), tokens);
    }
}

/// A mail or web address in a chunk of text without white space, with its byte range
/// in the chunk (punctuation around it is left out).
fn address(chunk: &str) -> Option<(Kind, usize, usize)> {
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

    fn kinds(text: &str) -> Vec<Kind> {
        tokenize(text, 0).into_iter().map(|t| t.kind).collect()
    }

    #[test]
    fn splits_words_punctuation_and_addresses() {
        let word = |w: &str| Kind::Word(w.into());
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
