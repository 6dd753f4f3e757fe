//! The names prose is searched for: every registry body's name and aliases, and every
//! contact's name and unit, in a trie of folded words. Each match is the longest name
//! that starts at a word, so the search costs at most [`MAX_WORDS`] steps a word.

use super::tokens::{name_words, Kind, Token};
use crate::model::Contact;
use crate::registry::Registry;
use crate::source::Span;
use std::collections::HashMap;

/// Names longer than this many words are not searched for in prose.
pub const MAX_WORDS: usize = 12;

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

/// How many contacts and bodies one name stands for at most.
const MAX_TARGETS: usize = 8;

/// The trie of names: the names of bodies and contacts, as a tree of words.
#[derive(Debug, Default)]
pub struct Names {
    nodes: Vec<Node>,
}

#[derive(Debug, Default)]
struct Node {
    children: HashMap<String, usize, foldhash::fast::FixedState>,
    targets: Vec<Target>,
}

impl Names {
    /// The names of the registry's bodies and of the standard's contacts.
    ///
    /// A body is found by its name and its aliases, except a one-word alias that is a
    /// word of its name (`Patientklager` for Styrelsen for Patientklager): alone in a
    /// sentence, such a word is an ordinary Danish word. Ids are not searched for.
    pub fn new(registry: &Registry, contacts: &[Contact]) -> Self {
        let mut names = Names {
            nodes: vec![Node::default()],
        };
        for (index, body) in registry.bodies.iter().enumerate() {
            let official = name_words(&body.name);
            names.insert(&official, Target::Body(index));
            for alias in &body.aliases {
                let words = name_words(alias);
                if let [word] = words.as_slice() {
                    if official.contains(word) {
                        continue;
                    }
                }
                names.insert(&words, Target::Body(index));
            }
        }
        for (index, contact) in contacts.iter().enumerate() {
            let unit = contact.unit.as_ref().map(|u| u.value.as_str());
            for name in std::iter::once(contact.name.value.as_str()).chain(unit) {
                names.insert(&name_words(name), Target::Contact(index));
            }
        }
        names
    }

    fn insert(&mut self, words: &[String], target: Target) {
        if words.is_empty() || words.len() > MAX_WORDS {
            return;
        }
        let mut node = 0;
        for word in words {
            let next = self.nodes.len();
            let child = self
                .nodes
                .get_mut(node)
                .map(|n| *n.children.entry(word.clone()).or_insert(next));
            let Some(child) = child else { return };
            if child == next {
                self.nodes.push(Node::default());
            }
            node = child;
        }
        if let Some(node) = self.nodes.get_mut(node) {
            // A name shared by more than a few contacts tells nothing about which one
            // a value in prose belongs to; keeping at most [`MAX_TARGETS`] (bodies are
            // inserted first, so always kept) bounds the work of every match, however
            // many contacts share a name.
            if node.targets.len() < MAX_TARGETS && !node.targets.contains(&target) {
                node.targets.push(target);
            }
        }
    }

    fn child(&self, node: usize, word: &str) -> Option<usize> {
        self.nodes.get(node)?.children.get(word).copied()
    }

    fn targets(&self, node: usize) -> &[Target] {
        self.nodes.get(node).map_or(&[], |n| n.targets.as_slice())
    }

    /// Every name in the tokens: at each word, the longest name that starts there.
    /// Words of a name may be separated by `,`, `-` or `–`; the last may carry a
    /// genitive `s` (`Ankestyrelsens`). A name inside a longer one is found too (the
    /// search starts again at every word), so `Det Sociale Nævn Statsforvaltningen
    /// Hovedstaden` names both bodies.
    pub fn find(&self, tokens: &[Token]) -> Vec<NameMatch> {
        let mut found = Vec::new();
        for first in 0..tokens.len() {
            if tokens.get(first).and_then(Token::word).is_none() {
                continue;
            }
            let mut node = 0;
            let mut best: Option<(usize, usize)> = None;
            let mut at = first;
            let mut words = 0;
            while words < MAX_WORDS {
                let Some(word) = tokens.get(at).and_then(Token::word) else {
                    break;
                };
                // The genitive of the last word: `Ankestyrelsens`.
                if let Some(stem) = word.strip_suffix('s') {
                    if let Some(n) = self.child(node, stem) {
                        if !self.targets(n).is_empty() {
                            best = Some((n, at));
                        }
                    }
                }
                let Some(next) = self.child(node, word) else {
                    break;
                };
                node = next;
                words += 1;
                if !self.targets(node).is_empty() {
                    best = Some((node, at));
                }
                at += 1;
                while tokens
                    .get(at)
                    .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '-' | '–')))
                {
                    at += 1;
                }
            }
            if let Some((node, last)) = best {
                let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last)) else {
                    continue;
                };
                let targets = self.targets(node);
                // A name inside the last one, for the same bodies, is the same mention.
                let inside = found.last().is_some_and(|prev: &NameMatch| {
                    last <= prev.last && targets.iter().all(|t| prev.targets.contains(t))
                });
                if inside {
                    continue;
                }
                found.push(NameMatch {
                    first,
                    last,
                    span: a.span.join(b.span),
                    targets: targets.to_vec(),
                });
            }
        }
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
