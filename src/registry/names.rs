//! Names as sequences of folded words, and a trie of them: how prose finds the names of
//! bodies and contacts one word at a time. The registry builds the trie of its bodies'
//! names once, when it is loaded; a standard adds the names of its own contacts in a
//! small trie of its own (`check::prose::names`).

use std::collections::HashMap;

/// How many targets one name stands for at most: a name shared by more than a few
/// contacts tells nothing about which one a value in prose belongs to, and the bound
/// keeps every match's work constant however many share it.
pub const MAX_TARGETS: usize = 8;

/// Names longer than this many words are not searched for in prose.
pub const MAX_WORDS: usize = 12;

/// A trie of names, word by word, each name standing for up to [`MAX_TARGETS`] indexes
/// (of registry bodies, or of a standard's contacts).
#[derive(Debug)]
pub struct WordTrie {
    nodes: Vec<Node>,
    /// A bit for the first two bytes of every first word of a name (hashed into
    /// [`STARTS`] bits): almost every word of prose starts no name, and is passed over
    /// without hashing it whole.
    starts: [u64; STARTS / 64],
}

/// How many bits [`WordTrie::starts`] has.
const STARTS: usize = 4096;

/// The bit of a word's first two bytes.
#[inline]
fn start_bit(word: &str) -> usize {
    let bytes = word.as_bytes();
    start_bit_of(
        bytes.first().copied().unwrap_or(0),
        bytes.get(1).copied().unwrap_or(0),
    )
}

/// The bit of a word whose first two bytes are `first` and `second`.
#[inline]
fn start_bit_of(first: u8, second: u8) -> usize {
    (usize::from(first) * 67 + usize::from(second)) % STARTS
}

#[derive(Debug, Default)]
struct Node {
    children: HashMap<Box<str>, u32, foldhash::fast::FixedState>,
    targets: Vec<u32>,
}

impl Default for WordTrie {
    fn default() -> Self {
        Self {
            nodes: vec![Node::default()],
            starts: [0; STARTS / 64],
        }
    }
}

impl WordTrie {
    /// The root, where every search starts.
    pub const ROOT: u32 = 0;

    /// Adds a name (its folded words) standing for `target`. A name without words or
    /// of more than [`MAX_WORDS`] is not added.
    pub fn insert(&mut self, words: &[String], target: u32) {
        if words.is_empty() || words.len() > MAX_WORDS {
            return;
        }
        if let Some(first) = words.first() {
            // A name of one letter is also found in its genitive (`As`), whose first two
            // bytes are not the letter's.
            let genitive = (first.len() == 1).then(|| format!("{first}s"));
            for start in std::iter::once(first.as_str()).chain(genitive.as_deref()) {
                let bit = start_bit(start);
                if let Some(slot) = self.starts.get_mut(bit / 64) {
                    *slot |= 1 << (bit % 64);
                }
            }
        }
        let mut node = Self::ROOT;
        for word in words {
            let next = u32::try_from(self.nodes.len()).unwrap_or(u32::MAX);
            let Some(current) = self.nodes.get_mut(node as usize) else {
                return;
            };
            let child = *current.children.entry(word.as_str().into()).or_insert(next);
            if child == next {
                self.nodes.push(Node::default());
            }
            node = child;
        }
        if let Some(node) = self.nodes.get_mut(node as usize) {
            if node.targets.len() < MAX_TARGETS && !node.targets.contains(&target) {
                node.targets.push(target);
            }
        }
    }

    /// Whether a name may start with `word`, or `word` may be the genitive of a name's
    /// first word: `false` when none does (its first two bytes start no name), without
    /// hashing the word.
    #[inline]
    pub fn may_start(&self, word: &str) -> bool {
        self.may_start_with(start_bit(word))
    }

    /// [`WordTrie::may_start`] for a folded word whose first two bytes are `first` and
    /// `second` (`0` for a word of one byte).
    #[inline]
    pub fn may_start_bytes(&self, first: u8, second: u8) -> bool {
        self.may_start_with(start_bit_of(first, second))
    }

    #[inline]
    fn may_start_with(&self, bit: usize) -> bool {
        let slot = self.starts.get(bit / 64).copied().unwrap_or(0);
        slot & (1 << (bit % 64)) != 0
    }

    /// The node after `word` from `node`.
    pub fn child(&self, node: u32, word: &str) -> Option<u32> {
        if node == Self::ROOT {
            let bit = start_bit(word);
            let slot = self.starts.get(bit / 64).copied().unwrap_or(0);
            if slot & (1 << (bit % 64)) == 0 {
                return None;
            }
        }
        self.nodes.get(node as usize)?.children.get(word).copied()
    }

    /// What the name that ends at `node` stands for (nothing if no name ends there).
    pub fn targets(&self, node: u32) -> &[u32] {
        self.nodes
            .get(node as usize)
            .map_or(&[], |n| n.targets.as_slice())
    }

    /// Whether the trie holds no name.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }
}

/// Folds a word for comparison as the registry folds names: lowercase, with `ae`, `oe`
/// and `aa` read as `æ`, `ø` and `å`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, |c| out.push(c));
    out
}

/// Whether [`fold`] leaves `word` as it is: no capital, and no `ae`, `oe` or `aa`.
/// Most words of prose are such, and are compared as they stand, without a copy.
pub fn is_folded(word: &str) -> bool {
    let mut previous = '\0';
    for c in word.chars() {
        if !keeps(previous, c) {
            return false;
        }
        previous = c;
    }
    true
}

/// Whether folding keeps `c`, after `previous`, as it is: a letter that is its own
/// lowercase, and not the second of a pair folding joins (`ae`, `oe`, `aa`).
#[inline]
pub fn keeps(previous: char, c: char) -> bool {
    let lower = if c.is_ascii() {
        !c.is_ascii_uppercase()
    } else {
        matches!(c, 'æ' | 'ø' | 'å') || (c.is_lowercase() && c.to_lowercase().eq([c]))
    };
    lower && !matches!((previous, c), ('a', 'e' | 'a') | ('o', 'e'))
}

/// Folds `word` one letter at a time into `push`: lowercasing and joining the pairs as
/// it goes, in one pass.
pub fn fold_into(word: &str, mut push: impl FnMut(char)) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_folded_as_it_stands_only_when_folding_keeps_it() {
        for word in ["træning", "kommune", "86", "café", "straße"] {
            assert!(is_folded(word), "{word}");
            assert_eq!(fold(word), word);
        }
        for word in [
            "naevn",
            "Ankestyrelsen",
            "aabenraa",
            "ÆBLE",
            "Ĳ",
            "ǅ",
            "oest",
        ] {
            assert!(!is_folded(word), "{word}");
        }
        assert_eq!(fold("Sociale Naevn"), "sociale nævn");
        assert_eq!(fold("AABENRAA"), "åbenrå");
    }

    #[test]
    fn a_name_stands_for_few_targets() {
        let mut trie = WordTrie::default();
        let words = name_words("Træningsenheden");
        for target in 0..20 {
            trie.insert(&words, target);
        }
        let node = trie.child(WordTrie::ROOT, "træningsenheden");
        assert_eq!(node.map(|n| trie.targets(n).len()), Some(MAX_TARGETS));
        assert!(trie.child(WordTrie::ROOT, "andet").is_none());
    }
}
