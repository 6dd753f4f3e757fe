//! The names prose is searched for: every registry body's name and aliases (the
//! registry's trie, built once when it is loaded), and every contact's name and unit
//! (a small trie for each standard). Each match is the longest name that starts at a
//! word, so the search costs at most [`MAX_WORDS`] steps a word.

use super::tokens::{words, RawWord, Tokens};
use crate::model::Contact;
use crate::registry::names::{fold_into, is_folded, name_words, WordTrie, MAX_TARGETS, MAX_WORDS};
use crate::registry::Registry;
use crate::source::Span;

/// What a name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    /// A registry body, by index into `Registry::bodies`.
    Body(usize),
    /// A contact of the standard, by index into `Standard::contacts`.
    Contact(usize),
}

/// A name found in prose.
#[derive(Debug, Clone)]
pub struct NameMatch {
    /// The index of its first token.
    pub first: usize,
    /// The index of its last token.
    pub last: usize,
    /// Where it stands.
    pub span: Span,
    /// What it names (a name may be a body's and a contact's, or two contacts').
    pub targets: Vec<Target>,
}

/// The names of the registry's bodies and of a standard's contacts.
#[derive(Debug)]
pub struct Names<'r> {
    bodies: &'r WordTrie,
    contacts: WordTrie,
}

/// Where a search stands in each trie: `None` once a trie has no name that goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct At {
    body: Option<u32>,
    contact: Option<u32>,
}

impl<'r> Names<'r> {
    /// The names of the registry's bodies and of the standard's contacts.
    pub fn new(registry: &'r Registry, contacts: &[Contact]) -> Self {
        let mut own = WordTrie::default();
        for (index, contact) in contacts.iter().enumerate() {
            let Ok(index) = u32::try_from(index) else {
                break;
            };
            let unit = contact.unit.as_ref().map(|u| u.value.as_str());
            for name in std::iter::once(contact.name.value.as_str()).chain(unit) {
                own.insert(&name_words(name), index);
            }
        }
        Names {
            bodies: registry.prose_names(),
            contacts: own,
        }
    }

    fn step(&self, at: At, word: &str) -> At {
        At {
            body: at.body.and_then(|n| self.bodies.child(n, word)),
            contact: at.contact.and_then(|n| self.contacts.child(n, word)),
        }
    }

    fn names_something(&self, at: At) -> bool {
        at.body.is_some_and(|n| !self.bodies.targets(n).is_empty())
            || at
                .contact
                .is_some_and(|n| !self.contacts.targets(n).is_empty())
    }

    /// What the name that ends at `at` stands for: its bodies first, then its contacts,
    /// at most [`MAX_TARGETS`].
    fn targets(&self, at: At) -> impl Iterator<Item = Target> + '_ {
        let bodies = at.body.map_or(&[][..], |n| self.bodies.targets(n));
        let contacts = at.contact.map_or(&[][..], |n| self.contacts.targets(n));
        let bodies = bodies.iter().map(|&i| Target::Body(i as usize));
        let contacts = contacts.iter().map(|&i| Target::Contact(i as usize));
        bodies.chain(contacts).take(MAX_TARGETS)
    }

    /// Whether a name may start with the folded `word` ([`WordTrie::may_start`]).
    fn may_start(&self, word: &str) -> bool {
        self.bodies.may_start(word) || (!self.contacts.is_empty() && self.contacts.may_start(word))
    }

    /// Whether [`Names::find`] may find a name in `text`, read from the text itself
    /// without splitting it into tokens: most pieces of prose name nothing, and are
    /// passed over at the cost of one look at each byte. Never `false` where `find`
    /// finds a name (the words and what stands between them are read as `find` reads
    /// them); `true` also where a name runs on into a mail or web address, which
    /// `find` reads as one token. `scratch` holds a folded word.
    pub fn any(&self, text: &str, scratch: &mut String) -> bool {
        let root = At {
            body: Some(WordTrie::ROOT),
            contact: (!self.contacts.is_empty()).then_some(WordTrie::ROOT),
        };
        let mut all = words(text);
        while let Some(first) = all.next() {
            let raw = text.get(first.start..first.end).unwrap_or_default();
            if !self.may_start_raw(raw, scratch) {
                continue;
            }
            // As `find` walks from a word: the words after it, while only `,`, `-` or
            // `–` stands between, up to `MAX_WORDS`.
            let mut next = all.clone();
            let mut word: RawWord = first;
            let mut at = root;
            for _ in 0..MAX_WORDS {
                let raw = text.get(word.start..word.end).unwrap_or_default();
                let folded = folded(raw, scratch);
                if let Some(stem) = folded.strip_suffix('s') {
                    if self.names_something(self.step(at, stem)) {
                        return true;
                    }
                }
                at = self.step(at, folded);
                if at.body.is_none() && at.contact.is_none() {
                    break;
                }
                if self.names_something(at) {
                    return true;
                }
                match next.next() {
                    Some(following) if following.joined => word = following,
                    _ => break,
                }
            }
        }
        false
    }

    /// [`Names::may_start`] for a word as written. The first two bytes of a folded word
    /// depend on no more than its first three characters: when those are ASCII (most
    /// words), the two bytes are worked out from them as [`fold_into`] would make
    /// them (lowercase; `aa`, `ae` and `oe` are `å`, `æ` and `ø`); otherwise the three
    /// are folded.
    fn may_start_raw(&self, raw: &str, scratch: &mut String) -> bool {
        let b = raw.as_bytes();
        // A word is letters and digits: a byte past its end reads as 0, never a letter.
        let at = |i: usize| b.get(i).map_or(0, u8::to_ascii_lowercase);
        let (x, y, z) = (at(0), at(1), at(2));
        if x.is_ascii() && y.is_ascii() && z.is_ascii() {
            let joined = |p: u8, q: u8| match (p, q) {
                (b'a', b'a') => Some(0xA5),
                (b'a', b'e') => Some(0xA6),
                (b'o', b'e') => Some(0xB8),
                _ => None,
            };
            // `å`, `æ` and `ø` are 0xC3 and one byte more in UTF-8.
            let (first, second) = match (joined(x, y), joined(y, z)) {
                (Some(last), _) => (0xC3, last),
                (None, Some(_)) => (x, 0xC3),
                (None, None) => (x, y),
            };
            return self.bodies.may_start_bytes(first, second)
                || (!self.contacts.is_empty() && self.contacts.may_start_bytes(first, second));
        }
        let end = raw.char_indices().nth(3).map_or(raw.len(), |(i, _)| i);
        scratch.clear();
        fold_into(raw.get(..end).unwrap_or(raw), |c| scratch.push(c));
        self.may_start(scratch)
    }

    /// Every name in the tokens: at each word, the longest name that starts there.
    /// Words of a name may be separated by `,`, `-` or `–`; the last may carry a
    /// genitive `s` (`Ankestyrelsens`). A name inside a longer one is found too (the
    /// search starts again at every word), so `Det Sociale Nævn Statsforvaltningen
    /// Hovedstaden` names both bodies.
    pub fn find(&self, tokens: &Tokens<'_>) -> Vec<NameMatch> {
        let root = At {
            body: Some(WordTrie::ROOT),
            contact: (!self.contacts.is_empty()).then_some(WordTrie::ROOT),
        };
        let mut found: Vec<NameMatch> = Vec::new();
        for first in 0..tokens.len() {
            // Most words start no name: passed over on their first two bytes (the
            // tries mark the genitive of a one-letter name too).
            let Some(word) = tokens.word(first) else {
                continue;
            };
            if !self.may_start(word) {
                continue;
            }
            let mut at = root;
            let mut best: Option<(At, usize)> = None;
            let mut index = first;
            let mut words = 0;
            while words < MAX_WORDS {
                let Some(word) = tokens.word(index) else {
                    break;
                };
                // The genitive of the last word: `Ankestyrelsens`.
                if let Some(stem) = word.strip_suffix('s') {
                    let genitive = self.step(at, stem);
                    if self.names_something(genitive) {
                        best = Some((genitive, index));
                    }
                }
                at = self.step(at, word);
                if at.body.is_none() && at.contact.is_none() {
                    break;
                }
                words += 1;
                if self.names_something(at) {
                    best = Some((at, index));
                }
                index += 1;
                while matches!(tokens.punct(index), Some(',' | '-' | '–')) {
                    index += 1;
                }
            }
            let Some((at, last)) = best else { continue };
            let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last)) else {
                continue;
            };
            let targets: Vec<Target> = self.targets(at).collect();
            // A name inside the last one, for the same bodies, is the same mention.
            let inside = found.last().is_some_and(|prev| {
                last <= prev.last && targets.iter().all(|t| prev.targets.contains(t))
            });
            if inside {
                continue;
            }
            found.push(NameMatch {
                first,
                last,
                span: a.span.join(b.span),
                targets,
            });
        }
        crate::model::exact(&mut found);
        found
    }
}

/// `word` folded: itself when folding keeps it, else folded into `scratch`.
fn folded<'w>(word: &'w str, scratch: &'w mut String) -> &'w str {
    if is_folded(word) {
        return word;
    }
    scratch.clear();
    fold_into(word, |c| scratch.push(c));
    scratch
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn bodies(text: &str) -> Vec<Vec<String>> {
        let registry = Registry::builtin();
        let names = Names::new(registry, &[]);
        names
            .find(&tokenize(text, 0))
            .into_iter()
            .map(|m| {
                m.targets
                    .iter()
                    .filter_map(|t| match t {
                        Target::Body(i) => registry.bodies.get(*i).map(|b| b.id.clone()),
                        Target::Contact(_) => None,
                    })
                    .collect()
            })
            .collect()
    }

    /// A name of one letter is found as written and in its genitive, though the
    /// genitive's first two bytes are not the letter's.
    #[test]
    fn a_one_letter_name_is_found_in_its_genitive() {
        let mut trie = WordTrie::default();
        trie.insert(&name_words("X"), 7);
        let names = Names {
            bodies: &trie,
            contacts: WordTrie::default(),
        };
        for text in ["Ring til X i dag", "Xs adresse er kendt", "spørg xs kontor"] {
            let found = names.find(&tokenize(text, 0));
            let targets: Vec<&[Target]> = found.iter().map(|m| m.targets.as_slice()).collect();
            assert_eq!(targets, [&[Target::Body(7)][..]], "{text}");
        }
        assert!(names.find(&tokenize("as is ox", 0)).is_empty());
    }

    /// `any` never passes over a text in which `find` finds a name, and passes over
    /// most texts that name nothing. Read on every line and every whole file of the
    /// bundled standards and the fixtures, and on texts made at random of the words of
    /// names and of what may stand between them (capitals, pairs that fold, a genitive,
    /// addresses, every separator), with a few contacts' names besides the registry's.
    #[test]
    fn any_never_misses_a_name_that_find_finds() {
        let registry = Registry::builtin();
        let mut contacts = WordTrie::default();
        for (index, name) in [
            "Træningsenheden",
            "Visitationen Glostrup",
            "Q",
            "Aa Ae",
            "Tårnby Kommune",
            "Kæmpehuset",
            "Kløverhuset",
        ]
        .iter()
        .enumerate()
        {
            contacts.insert(&name_words(name), index as u32);
        }
        let names = Names {
            bodies: registry.prose_names(),
            contacts,
        };
        let mut texts: Vec<String> = Vec::new();
        for file in crate::testing::standards_and_fixtures() {
            texts.extend(file.lines().map(str::to_owned));
            texts.push(file);
        }
        let fragments = [
            "Ankestyrelsen",
            "Ankestyrelsens",
            "ANKESTYRELSEN",
            "Det",
            "det",
            "Sociale",
            "Nævn",
            "Naevn",
            "NAEVN",
            "Styrelsen",
            "for",
            "Patientsikkerhed",
            "Patientsikkerheds",
            "Træningsenheden",
            "Traeningsenheden",
            "Visitationen",
            "Glostrup",
            "Q",
            "Qs",
            "qs",
            "Aa",
            "AA",
            "aa",
            "Ae",
            "æ",
            "Ærø",
            "Aarhus",
            "Tårnby",
            "Taarnby",
            "TAARNBY",
            "Kommune",
            "Kaempehuset",
            "KÆMPEHUSET",
            "Kloeverhuset",
            "kløverhuset",
            "post@ast.dk",
            "www.ast.dk",
            "https://ast.dk",
            "86",
            "stk",
            "§",
            "x",
            "s",
        ];
        let separators = [
            " ", "  ", ", ", ",", "-", " - ", "–", " – ", "\n", "\n\n", ". ", "(", ")", "/",
            "\u{A0}", "\u{0B}", "—", "@", ":", "\u{AD}",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut random = |below: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % below as u64) as usize
        };
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..1 + random(8) {
                text.push_str(fragments[random(fragments.len())]);
                text.push_str(separators[random(separators.len())]);
            }
            texts.push(text);
        }
        let mut scratch = String::new();
        let (mut named, mut passed_over) = (0, 0);
        for text in &texts {
            let any = names.any(text, &mut scratch);
            if !names.find(&tokenize(text, 0)).is_empty() {
                named += 1;
                assert!(any, "a name in {text:?} was passed over");
            } else if !any {
                passed_over += 1;
            }
        }
        assert!(named > 5_000, "only {named} texts name something");
        assert!(
            passed_over * 2 > texts.len() - named,
            "only {passed_over} of {} texts that name nothing were passed over",
            texts.len() - named
        );
        assert!(!names.any(
            "Du kan klage over afgørelsen inden fire uger.",
            &mut scratch
        ));
    }

    #[test]
    fn finds_every_body_named() {
        assert_eq!(
            bodies("Det Sociale Nævn Statsforvaltningen Hovedstaden"),
            vec![vec!["det-sociale-nævn"], vec!["statsforvaltningen"]]
        );
        assert_eq!(
            bodies("til Sundhedsvæsenets\n   Patientklagenævn. Ankestyrelsens afgørelse"),
            vec![
                vec!["sundhedsvæsenets-patientklagenævn"],
                vec!["ankestyrelsen"]
            ]
        );
        // Ordinary words are not bodies.
        assert!(bodies("patientklager og patientsikkerhed; det sociale område").is_empty());
        assert_eq!(
            bodies("Styrelsen for Patientsikkerhed"),
            vec![vec!["styrelsen-for-patientsikkerhed"]]
        );
    }
}
