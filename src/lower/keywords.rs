//! "Did you mean" for keywords. Which keywords exist and where each may stand is the
//! schema's (`crate::schema`).

/// The known keyword nearest to `word`, if it is near enough to be a misspelling.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    crate::suggest::nearest(word, candidates)
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
