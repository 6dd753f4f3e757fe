//! "Did you mean" for keywords. Which keywords exist and where each may stand is the
//! schema's (`crate::schema`).

use crate::suggest::Suggestion;

/// The known keyword nearest to `word`, if it is near enough to be a misspelling,
/// with how sure the choice is (for a fix).
pub fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Suggestion<'a>> {
    crate::suggest::suggest(word, candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_keywords() {
        let sections = crate::schema::Place::Sections.words();
        let word = |w: &str| suggest(w, sections.clone()).map(|s| s.word);
        assert_eq!(word("målgrupe"), Some("målgruppe"));
        assert_eq!(word("maalgruppe"), Some("målgruppe"));
        assert_eq!(word("Formaal"), Some("formål"));
        assert_eq!(word("xyz"), None);
    }
}
