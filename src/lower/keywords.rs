//! "Did you mean" for keywords, and the places of the language in the reader's words.
//! Which keywords exist and where each may stand is the schema's (`crate::schema`);
//! the schema's English phrases for a place ("in `omfang`", "`omfang { … }`") are
//! here as messages, so that a finding reads in Danish too (a test holds the English
//! messages to the schema).

use super::or_list;
use crate::i18n::Message;
use crate::msg;
use crate::schema::{homes_of, Place};
use crate::suggest::Suggestion;

/// The known keyword nearest to `word`, if it is near enough to be a misspelling,
/// with how sure the choice is (for a fix).
pub fn suggest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<Suggestion<'a>> {
    crate::suggest::suggest(word, candidates)
}

/// The place in a phrase, as the schema's `phrase`: "in `omfang`".
pub fn place_phrase(place: Place) -> Message {
    let block = |keyword: &str| msg!("lower-place-in", keyword = keyword);
    match place {
        Place::File => msg!("lower-place-file"),
        Place::Standard => msg!("lower-place-standard"),
        Place::Indsats => msg!("lower-place-indsats"),
        Place::Sections => block("resumé"),
        Place::Section => msg!("lower-place-section"),
        Place::Målgruppe => block("målgruppe"),
        Place::Tildeling => block("tildeling"),
        Place::Ansøgning => block("ansøgning"),
        Place::Ramme => block("ramme"),
        Place::Indhold => block("indhold"),
        Place::Omfang | Place::Scope => block("omfang"),
        Place::Pakke => block("pakke"),
        Place::Leverandør => block("leverandør"),
        Place::Kørsel => block("kørsel"),
        Place::Egenbetaling => block("egenbetaling"),
        Place::Frister => block("frister"),
        Place::Klage => block("klage"),
        Place::Route => msg!("lower-place-route"),
        Place::Contact => msg!("lower-place-contact"),
    }
}

/// Where the place's keywords belong, as the schema's `home`: "`omfang { … }`".
pub fn place_home(place: Place) -> Message {
    let block = |keyword: &str| msg!("lower-home-block", keyword = keyword);
    match place {
        Place::File => msg!("lower-home-file"),
        Place::Standard => block("kvalitetsstandard"),
        Place::Indsats => msg!("lower-home-indsats"),
        Place::Sections => msg!("lower-home-sections"),
        Place::Section => msg!("lower-home-section"),
        Place::Målgruppe => block("målgruppe"),
        Place::Tildeling => block("tildeling"),
        Place::Ansøgning => block("ansøgning"),
        Place::Ramme => block("ramme"),
        Place::Indhold => block("indhold"),
        Place::Omfang => block("omfang"),
        Place::Scope => msg!("lower-home-scope"),
        Place::Pakke => msg!("lower-home-pakke"),
        Place::Leverandør => block("leverandør"),
        Place::Kørsel => block("kørsel"),
        Place::Egenbetaling => block("egenbetaling"),
        Place::Frister => block("frister"),
        Place::Klage => block("klage"),
        Place::Route => msg!("lower-home-route"),
        Place::Contact => msg!("lower-home-contact"),
    }
}

/// Where `word` belongs, if it is a keyword anywhere: "`omfang { … }`", or
/// "`kvalitetsstandard { … }`, an indsats or a section" (as `crate::schema::home_of`).
pub fn home_of(word: &str) -> Option<Message> {
    let homes: Vec<Message> = homes_of(word)
        .iter()
        .map(|spec| place_home(spec.place))
        .collect();
    (!homes.is_empty()).then(|| or_list(homes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_places_read_in_english_as_the_schema_writes_them() {
        for &place in Place::ALL {
            assert_eq!(place_phrase(place).en(), place.spec().phrase, "{place:?}");
            assert_eq!(place_home(place).en(), place.spec().home, "{place:?}");
        }
        for word in crate::schema::all_words() {
            assert_eq!(
                home_of(word).map(|home| home.en()),
                crate::schema::home_of(word),
                "{word}"
            );
        }
        assert_eq!(home_of("xyz"), None);
    }

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
