//! Prose split into tokens: words, punctuation, mail addresses and web addresses, each
//! with its place in the source. One pass over the text, so linear in its length.
//!
//! Prose is most of a standard, and every piece of it is read for names, values and
//! law references, so the split is built for speed: ASCII, almost all of a standard,
//! is read a byte at a time through a table of byte classes; a token is 16 bytes
//! (offsets, a tag and one number) in a list that is reused from one text to the next
//! ([`Tokens::fill`]); a word is borrowed from the text when folding keeps it as it is
//! (most words), and otherwise folded into one buffer of the list's own. Each token is
//! read through a view ([`Token`]) made on demand.

use crate::registry::names::{fold_into, keeps};
use crate::source::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind<'t> {
    /// A run of letters and digits, folded for comparison
    /// ([`fold`](crate::registry::names::fold)).
    Word(&'t str),
    /// One character that is neither a letter, a digit nor white space.
    Punct(char),
    /// A mail address, in lowercase.
    Mail(&'t str),
    /// A web address (`https://…`, `http://…`, `www.…`): its host in lowercase, without
    /// `www.`.
    Web(&'t str),
}

/// One token of a text, as [`Tokens::get`] shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// What it is.
    pub kind: Kind<'t>,
    /// Where it stands in the source.
    pub span: Span,
    /// Whether white space stands right before it.
    pub space_before: bool,
    /// Whether an empty line stands before it (a new paragraph).
    pub paragraph_before: bool,
    /// Whether it begins with a capital letter.
    pub capital: bool,
}

impl<'t> Token<'t> {
    /// The folded word, if the token is one.
    pub fn word(self) -> Option<&'t str> {
        match self.kind {
            Kind::Word(w) => Some(w),
            _ => None,
        }
    }

    /// Whether the token is the punctuation `c`.
    pub fn is_punct(self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// Whether the token is a word of digits only.
    pub fn is_digits(self) -> bool {
        self.word()
            .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
    }
}

/// The tags of a stored token.
const WORD: u8 = 0;
const FOLDED: u8 = 1;
const PUNCT: u8 = 2;
const MAIL: u8 = 3;
const WEB: u8 = 4;

/// The flags of a stored token.
const SPACE_BEFORE: u8 = 1;
const PARAGRAPH_BEFORE: u8 = 2;
const CAPITAL: u8 = 4;

/// A token as stored: its byte range in the text, its tag, its flags, and one number
/// whose meaning the tag gives (the character of punctuation; the index of a folded
/// word's range or of an address).
#[derive(Debug, Clone, Copy)]
struct Slot {
    start: u32,
    end: u32,
    data: u32,
    tag: u8,
    flags: u8,
}

/// The tokens of one text. Reused from text to text ([`Tokens::fill`]), its buffers
/// grow to the largest text and are not allocated again.
#[derive(Debug, Default)]
pub struct Tokens<'a> {
    /// The text.
    text: &'a str,
    /// Where the text starts in the source.
    offset: usize,
    slots: Vec<Slot>,
    /// The words that folding changes, one after the other, and each one's range.
    folded: String,
    ranges: Vec<(u32, u32)>,
    /// The mail addresses (lowercase) and web hosts.
    addresses: Vec<String>,
}

/// A byte's class, for the ASCII fast path.
const SPACE: u8 = 0;
/// A lowercase ASCII letter or a digit.
const LOWER: u8 = 1;
/// An uppercase ASCII letter.
const UPPER: u8 = 2;
/// ASCII that is neither a letter, a digit nor white space.
const OTHER: u8 = 3;
/// A byte of a character beyond ASCII.
const WIDE: u8 = 4;

/// The class of every byte: white space as `char::is_whitespace` has it (with U+000B,
/// which `u8::is_ascii_whitespace` leaves out).
// Evaluated when compiling: an index out of range would be a compile error.
#[allow(clippy::indexing_slicing)]
const CLASS: [u8; 256] = {
    let mut table = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => SPACE,
            b'a'..=b'z' | b'0'..=b'9' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => OTHER,
        };
        b += 1;
    }
    table
};

/// The class of the byte at `i` (white space past the end).
#[inline]
// A byte indexes a table of 256: never out of range.
#[allow(clippy::indexing_slicing)]
fn class(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).map_or(SPACE, |&b| CLASS[usize::from(b)])
}

/// The class of a byte.
#[inline]
// A byte indexes a table of 256: never out of range.
#[allow(clippy::indexing_slicing)]
fn class_of(b: u8) -> u8 {
    CLASS[usize::from(b)]
}

/// A word of a text as [`Tokens::fill`] reads it (a run of letters and digits), found
/// without splitting the text into tokens: see [`words`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawWord {
    /// Where it starts in the text, in bytes.
    pub start: usize,
    /// Where it ends in the text (the word as written, not folded).
    pub end: usize,
    /// Whether only white space, `,`, `-` and `–` stand between it and the word
    /// before: where a name may run on from one word to the next.
    pub joined: bool,
}

/// The words of a text, one at a time, as [`Tokens::fill`] reads them; words inside a
/// mail or web address, which `fill` reads as one token, are words here too. One pass,
/// nothing stored: for the pieces of prose that only need to be looked over.
#[derive(Debug, Clone)]
pub struct Words<'t> {
    text: &'t str,
    at: usize,
}

/// The words of `text` ([`Words`]).
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

impl Iterator for Words<'_> {
    type Item = RawWord;

    // Called for every word of most prose: inlined into the look-over, its call was a
    // sixth of its cost.
    #[inline(always)]
    fn next(&mut self) -> Option<RawWord> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.at;
        let mut joined = true;
        // What stands before the word.
        loop {
            let b = *bytes.get(i)?;
            match class_of(b) {
                SPACE => i += 1,
                LOWER | UPPER => break,
                OTHER => {
                    joined &= matches!(b, b',' | b'-');
                    i += 1;
                }
                _ => {
                    let c = char_at(text, i);
                    if alphanumeric(c) {
                        break;
                    }
                    joined &= c.is_whitespace() || c == '–';
                    i += c.len_utf8();
                }
            }
        }
        let start = i;
        while let Some(&b) = bytes.get(i) {
            match class_of(b) {
                LOWER | UPPER => i += 1,
                WIDE => {
                    let c = char_at(text, i);
                    if !alphanumeric(c) {
                        break;
                    }
                    i += c.len_utf8();
                }
                _ => break,
            }
        }
        self.at = i;
        Some(RawWord {
            start,
            end: i,
            joined,
        })
    }
}

/// Splits `raw`, which starts at byte `offset` of the source, into tokens.
pub fn tokenize(raw: &str, offset: usize) -> Tokens<'_> {
    let mut tokens = Tokens::default();
    tokens.fill(raw, offset);
    tokens
}

impl<'a> Tokens<'a> {
    /// Splits `raw`, which starts at byte `offset` of the source, into tokens, in place
    /// of the text before. A text longer than 4 GiB is read up to there.
    pub fn fill(&mut self, raw: &'a str, offset: usize) {
        let mut end = raw.len().min(u32::MAX as usize);
        while !raw.is_char_boundary(end) {
            end -= 1;
        }
        let raw = raw.get(..end).unwrap_or("");
        self.text = raw;
        self.offset = offset;
        self.slots.clear();
        self.folded.clear();
        self.ranges.clear();
        self.addresses.clear();
        self.slots.reserve(raw.len() / 5);
        let bytes = raw.as_bytes();
        let mut i = 0;
        // The white space before the next chunk: as flags, and its line ends.
        let mut flags = 0;
        let mut newlines = 0;
        while i < bytes.len() {
            match class(bytes, i) {
                SPACE => {
                    flags |= SPACE_BEFORE;
                    if byte(bytes, i) == b'\n' {
                        newlines += 1;
                    }
                    i += 1;
                    continue;
                }
                WIDE => {
                    let c = char_at(raw, i);
                    if c.is_whitespace() {
                        flags |= SPACE_BEFORE;
                        i += c.len_utf8();
                        continue;
                    }
                }
                _ => {}
            }
            if newlines >= 2 {
                flags |= PARAGRAPH_BEFORE;
            }
            // A chunk: the characters up to the next white space, read as words and
            // punctuation; read again around its address in the rare chunk that holds
            // one.
            let mark = (self.slots.len(), self.folded.len(), self.ranges.len());
            let start = i;
            let (end, at_sign, _) = self.scan(start, bytes.len(), flags);
            let chunk = raw.get(start..end).unwrap_or("");
            if let Some((tag, from, to, text)) = address(chunk, at_sign) {
                self.slots.truncate(mark.0);
                self.folded.truncate(mark.1);
                self.ranges.truncate(mark.2);
                let (_, _, left) = self.scan(start, start + from, flags);
                let capital = chunk
                    .get(from..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(char::is_uppercase);
                let data = u32::try_from(self.addresses.len()).unwrap_or(u32::MAX);
                self.addresses.push(text);
                self.push(start + from, start + to, tag, data, left, capital);
                self.scan(start + to, end, 0);
            }
            flags = 0;
            newlines = 0;
            i = end;
        }
    }

    /// Stores a token; `flags` carries the white space before it.
    #[inline]
    fn push(&mut self, start: usize, end: usize, tag: u8, data: u32, flags: u8, capital: bool) {
        self.slots.push(Slot {
            // `fill` reads at most `u32::MAX` bytes.
            start: u32::try_from(start).unwrap_or(u32::MAX),
            end: u32::try_from(end).unwrap_or(u32::MAX),
            data,
            tag,
            flags: if capital { flags | CAPITAL } else { flags },
        });
    }

    /// Reads words and punctuation from byte `from` up to the first white space or
    /// `to`; the first token gets `flags`. Returns where it stopped, whether it passed
    /// an `@`, and the flags left for the next token (none once a token is stored). A
    /// word is judged as it is read for whether folding keeps it ([`keeps`]).
    fn scan(&mut self, from: usize, to: usize, mut flags: u8) -> (usize, bool, u8) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut at_sign = false;
        let mut i = from;
        while i < to {
            let (c, len) = match class(bytes, i) {
                SPACE => break,
                LOWER | UPPER => (char::from(byte(bytes, i)), 1),
                OTHER => {
                    let b = byte(bytes, i);
                    at_sign |= b == b'@';
                    self.push(i, i + 1, PUNCT, u32::from(b), flags, false);
                    flags = 0;
                    i += 1;
                    continue;
                }
                _ => {
                    let c = char_at(text, i);
                    if c.is_whitespace() {
                        break;
                    }
                    if !alphanumeric(c) {
                        let end = i + c.len_utf8();
                        self.push(i, end, PUNCT, u32::from(c), flags, c.is_uppercase());
                        flags = 0;
                        i = end;
                        continue;
                    }
                    (c, c.len_utf8())
                }
            };
            // A word: its letters and digits, ASCII a byte at a time.
            let start = i;
            let capital = c.is_uppercase();
            let mut kept = keeps('\0', c);
            let mut previous = c;
            i += len;
            while i < to {
                match class(bytes, i) {
                    LOWER => {
                        let b = byte(bytes, i);
                        if matches!((previous, b), ('a', b'e' | b'a') | ('o', b'e')) {
                            kept = false;
                        }
                        previous = char::from(b);
                        i += 1;
                    }
                    UPPER => {
                        kept = false;
                        previous = char::from(byte(bytes, i));
                        i += 1;
                    }
                    WIDE => {
                        let c = char_at(text, i);
                        if !alphanumeric(c) {
                            break;
                        }
                        kept = kept && keeps(previous, c);
                        previous = c;
                        i += c.len_utf8();
                    }
                    _ => break,
                }
            }
            self.store_word(start, i, kept, flags, capital);
            flags = 0;
        }
        (i, at_sign, flags)
    }

    /// Stores the word at `start..end`: borrowed when folding keeps it as it is
    /// (`kept`), else folded into the list's buffer.
    fn store_word(&mut self, start: usize, end: usize, kept: bool, flags: u8, capital: bool) {
        if kept {
            self.push(start, end, WORD, 0, flags, capital);
            return;
        }
        let word = self.text.get(start..end).unwrap_or("");
        let from = self.folded.len();
        let folded = &mut self.folded;
        fold_into(word, |c| folded.push(c));
        let range = (
            u32::try_from(from).unwrap_or(u32::MAX),
            u32::try_from(self.folded.len()).unwrap_or(u32::MAX),
        );
        let data = u32::try_from(self.ranges.len()).unwrap_or(u32::MAX);
        self.ranges.push(range);
        self.push(start, end, FOLDED, data, flags, capital);
    }

    /// The number of tokens.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The token at `index`.
    #[inline]
    pub fn get(&self, index: usize) -> Option<Token<'_>> {
        let slot = self.slots.get(index)?;
        let (start, end) = (slot.start as usize, slot.end as usize);
        let data = slot.data as usize;
        let kind = match slot.tag {
            WORD => Kind::Word(self.text.get(start..end).unwrap_or("")),
            FOLDED => {
                let (from, to) = self.ranges.get(data).copied().unwrap_or((0, 0));
                Kind::Word(self.folded.get(from as usize..to as usize).unwrap_or(""))
            }
            PUNCT => Kind::Punct(char::from_u32(slot.data).unwrap_or(char::REPLACEMENT_CHARACTER)),
            MAIL => Kind::Mail(self.addresses.get(data).map_or("", String::as_str)),
            _ => Kind::Web(self.addresses.get(data).map_or("", String::as_str)),
        };
        Some(Token {
            kind,
            span: Span::new(self.offset + start, self.offset + end),
            space_before: slot.flags & SPACE_BEFORE != 0,
            paragraph_before: slot.flags & PARAGRAPH_BEFORE != 0,
            capital: slot.flags & CAPITAL != 0,
        })
    }

    /// The folded word at `index`, if the token there is one: [`Token::word`] without
    /// making the whole view, for the loops that read every word.
    #[inline]
    pub fn word(&self, index: usize) -> Option<&str> {
        let slot = self.slots.get(index)?;
        match slot.tag {
            WORD => self.text.get(slot.start as usize..slot.end as usize),
            FOLDED => {
                let (from, to) = self.ranges.get(slot.data as usize).copied()?;
                self.folded.get(from as usize..to as usize)
            }
            _ => None,
        }
    }

    /// The punctuation at `index`, if the token there is one.
    #[inline]
    pub fn punct(&self, index: usize) -> Option<char> {
        let slot = self.slots.get(index)?;
        (slot.tag == PUNCT).then(|| char::from_u32(slot.data))?
    }

    /// Every token, in order.
    pub fn iter(&self) -> impl Iterator<Item = Token<'_>> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// `char::is_alphanumeric`, answered without its tables for the characters beyond
/// ASCII that prose is made of: Latin-1 (`æ`, `ø`, `å`, `é`, `§`, `«`) and general
/// punctuation (`–`, `”`, `…`).
#[inline]
fn alphanumeric(c: char) -> bool {
    match c {
        '\u{AA}' | '\u{B2}' | '\u{B3}' | '\u{B5}' | '\u{B9}' | '\u{BA}' | '\u{BC}'..='\u{BE}' => {
            true
        }
        '\u{D7}' | '\u{F7}' => false,
        '\u{C0}'..='\u{FF}' => true,
        '\u{80}'..='\u{BF}' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The byte at `i` (a space past the end).
#[inline]
fn byte(bytes: &[u8], i: usize) -> u8 {
    bytes.get(i).copied().unwrap_or(b' ')
}

/// The character that starts at byte `i` of `text` (a replacement character if none).
#[inline]
fn char_at(text: &str, i: usize) -> char {
    text.get(i..)
        .and_then(|rest| rest.chars().next())
        .unwrap_or(char::REPLACEMENT_CHARACTER)
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

/// A mail or web address in a chunk of text without white space (`at_sign`: whether
/// it holds an `@`): its tag, its byte range in the chunk (punctuation around it is
/// left out), and its text (the mail address in lowercase, or the web host).
fn address(chunk: &str, at_sign: bool) -> Option<(u8, usize, usize, String)> {
    // Most chunks are plain words, passed over at their first byte.
    let first = chunk.as_bytes().first().copied().unwrap_or(b' ');
    if !at_sign && first.is_ascii_alphanumeric() && !matches!(first, b'h' | b'H' | b'w' | b'W') {
        return None;
    }
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
            return Some((WEB, start, end, host));
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
    (local_ok && domain_ok).then(|| (MAIL, start, end, lower.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::names::{fold, is_folded};

    fn kinds(text: &str) -> Vec<String> {
        tokenize(text, 0)
            .iter()
            .map(|t| format!("{:?}", t.kind))
            .collect()
    }

    #[test]
    fn splits_words_punctuation_and_addresses() {
        let word = |w: &str| format!("{:?}", Kind::Word(w));
        let punct = |c: char| format!("{:?}", Kind::Punct(c));
        assert_eq!(
            kinds("Mail: (ast@ast.dk), www.STPK.dk/om-os/. § 86,1"),
            vec![
                word("mail"),
                punct(':'),
                punct('('),
                format!("{:?}", Kind::Mail("ast@ast.dk")),
                punct(')'),
                punct(','),
                format!("{:?}", Kind::Web("stpk.dk")),
                punct('.'),
                punct('§'),
                word("86"),
                punct(','),
                word("1"),
            ]
        );
        assert_eq!(kinds("Sociale Naevn"), vec![word("sociale"), word("nævn")]);
        assert_eq!(kinds("a@b"), vec![word("a"), punct('@'), word("b")]);
        let tokens = tokenize("a\n\n  b c", 0);
        let b = tokens.get(1).unwrap();
        assert!(b.paragraph_before && b.space_before);
        let c = tokens.get(2).unwrap();
        assert!(!c.paragraph_before && c.space_before);
        assert_eq!(host("https://www.stpk.dk:443/x"), "stpk.dk");
    }

    #[test]
    fn spans_flags_and_folding_are_those_of_each_character() {
        // U+000B and U+00A0 are white space; `Æ`, `é` and digits are letters.
        let text = "x\u{0B}Ærø\u{A0}Aarhus—(haven)   caféen 2.500 kr.\n\nÅ";
        let tokens = tokenize(text, 10);
        let seen: Vec<(String, &str, bool, bool, bool)> = tokens
            .iter()
            .map(|t| {
                let raw = text
                    .get(t.span.start() - 10..t.span.end() - 10)
                    .unwrap_or("?");
                let kind = format!("{:?}", t.kind);
                (kind, raw, t.space_before, t.paragraph_before, t.capital)
            })
            .collect();
        let w = |s: &str| format!("{:?}", Kind::Word(s));
        let p = |c: char| format!("{:?}", Kind::Punct(c));
        assert_eq!(
            seen,
            vec![
                (w("x"), "x", false, false, false),
                (w("ærø"), "Ærø", true, false, true),
                (w("århus"), "Aarhus", true, false, true),
                (p('—'), "—", false, false, false),
                (p('('), "(", false, false, false),
                (w("haven"), "haven", false, false, false),
                (p(')'), ")", false, false, false),
                (w("caféen"), "caféen", true, false, false),
                (w("2"), "2", true, false, false),
                (p('.'), ".", false, false, false),
                (w("500"), "500", false, false, false),
                (w("kr"), "kr", true, false, false),
                (p('.'), ".", false, false, false),
                (w("å"), "Å", true, true, true),
            ]
        );
        // Every word is the fold of its text.
        for t in tokens.iter() {
            if let Some(word) = t.word() {
                let raw = text
                    .get(t.span.start() - 10..t.span.end() - 10)
                    .unwrap_or("");
                assert_eq!(word, fold(raw));
                assert_eq!(is_folded(raw), std::ptr::eq(word.as_ptr(), raw.as_ptr()));
            }
        }
    }

    #[test]
    fn letters_beyond_ascii_are_those_of_the_standard_library() {
        for c in ('\u{80}'..='\u{3000}').chain(['\u{1F600}']) {
            assert_eq!(alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn a_list_is_reused_without_traces_of_the_text_before() {
        let mut tokens = Tokens::default();
        tokens.fill("Ankestyrelsen ast@ast.dk", 0);
        tokens.fill("ok", 5);
        assert_eq!(tokens.len(), 1);
        let only = tokens.get(0).unwrap();
        assert_eq!(only.kind, Kind::Word("ok"));
        assert_eq!(only.span, Span::new(5, 7));
        assert!(tokens.get(1).is_none());
    }
}
