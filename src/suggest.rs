//! "Did you mean": the known word nearest to a misspelt one.
//!
//! The lowering uses it for keywords, the resolver for contacts and bodies, the
//! configuration for rule codes and names, and a rule for municipalities. Only
//! candidates whose length is within the allowed distance are compared, so a pasted
//! paragraph costs no more than a word.

/// The candidate nearest to `word`, if it is near enough to be a misspelling: at most
/// one edit in three letters of the candidate (at least one), comparing without case
/// and with `ae`, `oe`, `aa` read as `æ`, `ø`, `å` and `_` as `-`.
pub fn nearest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let folded = fold(word);
    let length = folded.chars().count();
    let mut best: Option<(&str, usize)> = None;
    for candidate in candidates {
        let limit = (candidate.chars().count() / 3).max(1);
        let other = fold(candidate);
        // The distance is at least the difference in length: a word far longer than
        // every candidate (a pasted paragraph) is not compared letter by letter.
        if length.abs_diff(other.chars().count()) > limit {
            continue;
        }
        let distance = strsim::levenshtein(&folded, &other);
        if distance <= limit && best.is_none_or(|(_, d)| distance < d) {
            best = Some((candidate, distance));
        }
    }
    best.map(|(candidate, _)| candidate)
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
}
