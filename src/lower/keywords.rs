//! "Did you mean" for keywords. Which keywords exist and where each may stand is the
//! schema's (`crate::schema`).

/// Folds a word for comparison: lowercase, with `ae`, `oe`, `aa` read as `æ`, `ø`, `å`.
fn fold(word: &str) -> String {
    word.to_lowercase()
        .replace("ae", "æ")
        .replace("oe", "ø")
        .replace("aa", "å")
        .replace('_', "-")
}

/// The known keyword nearest to `word`, if it is near enough to be a misspelling.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_keywords() {
        let sections = crate::schema::Place::Sections.words();
        assert_eq!(suggest("målgrupe", sections.clone()), Some("målgruppe"));
        assert_eq!(suggest("maalgruppe", sections.clone()), Some("målgruppe"));
        assert_eq!(suggest("Formaal", sections.clone()), Some("formål"));
        assert_eq!(suggest("xyz", sections), None);
    }
}
