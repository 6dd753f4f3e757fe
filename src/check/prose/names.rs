//! The names prose is searched for: every registry body's name and aliases (the
//! registry's trie, built once when it is loaded), and every contact's name and unit
//! (a small trie for each standard). Each match is the longest name that starts at a
//! word, so the search costs at most [`MAX_WORDS`] steps a word.

use super::tokens::Tokens;
use crate::model::Contact;
use crate::registry::names::{name_words, WordTrie, MAX_TARGETS, MAX_WORDS};
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
            let may_start = self.bodies.may_start(word)
                || (!self.contacts.is_empty() && self.contacts.may_start(word));
            if !may_start {
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
