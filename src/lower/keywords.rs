//! The keywords of the language, where each may stand, and "did you mean".

/// Keywords inside `kvalitetsstandard { … }` besides the section keywords.
pub const STANDARD: &[&str] = &[
    "kommune",
    "kommunekode",
    "år",
    "gyldig",
    "dato",
    "godkendt",
    "revideres",
    "udkast",
    "lovgrundlag",
    "resumé",
    "indsats",
    "kontakt",
];

/// Keywords inside `indsats { … }` besides the section keywords.
pub const INDSATS: &[&str] = &["lovgrundlag", "kontakt"];

/// The section keywords, allowed in a standard, an indsats and a resumé.
pub const SECTIONS: &[&str] = &[
    "indledning",
    "formål",
    "behov",
    "målgruppe",
    "tildeling",
    "ansøgning",
    "indhold",
    "ramme",
    "omfang",
    "leverandør",
    "egenbetaling",
    "kørsel",
    "frister",
    "kvalitetsmål",
    "pligter",
    "opfølgning",
    "tilsyn",
    "klage",
    "særlige-forhold",
    "afsnit",
];

/// Keywords allowed in every section block.
pub const SECTION_COMMON: &[&str] = &["tekst", "link", "kontakt", "lovgrundlag"];

/// Keywords inside `målgruppe { … }`.
pub const MÅLGRUPPE: &[&str] = &["kan", "kan-ikke"];
/// Keywords inside `indhold { … }`.
pub const INDHOLD: &[&str] = &["indgår", "indgår-ikke"];
/// Keywords inside `omfang { … }`.
pub const OMFANG: &[&str] = &[
    "gange",
    "hyppighed",
    "længde",
    "forløb",
    "pause",
    "forlængelse",
    "vejledende",
    "pakke",
];
/// Keywords inside `leverandør { … }`.
pub const LEVERANDØR: &[&str] = &["udfører", "frit-valg", "kompetencekrav"];
/// Keywords inside `kørsel { … }`.
pub const KØRSEL: &[&str] = &["tilbydes"];
/// Route keywords inside `klage { … }`.
pub const KLAGE: &[&str] = &[
    "afgørelse",
    "serviceniveau",
    "fagligt-indhold",
    "kvalitet",
    "øvrig",
];
/// Keywords inside a complaint route.
pub const ROUTE: &[&str] = &["til", "klagefrist", "genvurdering", "videre"];
/// Keywords inside `kontakt x { … }`.
pub const CONTACT: &[&str] = &[
    "organ",
    "enhed",
    "person",
    "adresse",
    "postnr",
    "telefon",
    "telefontid",
    "mail",
    "sikker-mail",
    "web",
    "note",
];

/// Every list of keywords above, for tools that need them all (the fuzzer).
pub const ALL: &[&[&str]] = &[
    &["kvalitetsstandard"],
    STANDARD,
    INDSATS,
    SECTIONS,
    SECTION_COMMON,
    MÅLGRUPPE,
    INDHOLD,
    OMFANG,
    LEVERANDØR,
    KØRSEL,
    KLAGE,
    ROUTE,
    CONTACT,
];

/// Where a keyword belongs, for "misplaced" messages.
pub fn home_of(keyword: &str) -> Option<&'static str> {
    let homes: [(&[&str], &str); 12] = [
        (SECTIONS, "a `kvalitetsstandard` or an `indsats`"),
        (&["kvalitetsstandard"], "the top of the file"),
        (STANDARD, "`kvalitetsstandard { … }`"),
        (MÅLGRUPPE, "`målgruppe { … }`"),
        (INDHOLD, "`indhold { … }`"),
        (OMFANG, "`omfang { … }`"),
        (LEVERANDØR, "`leverandør { … }`"),
        (KØRSEL, "`kørsel { … }`"),
        (KLAGE, "`klage { … }`"),
        (
            ROUTE,
            "a complaint route such as `klage { afgørelse { … } }`",
        ),
        (CONTACT, "`kontakt navn \"Navn\" { … }`"),
        (SECTION_COMMON, "a section"),
    ];
    homes
        .iter()
        .find(|(list, _)| list.contains(&keyword))
        .map(|(_, home)| *home)
}

/// The known keyword nearest to `word`, if it is near enough to be a misspelling.
pub fn suggest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    crate::suggest::nearest(word, candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_keywords() {
        assert_eq!(
            suggest("målgrupe", SECTIONS.iter().copied()),
            Some("målgruppe")
        );
        assert_eq!(
            suggest("maalgruppe", SECTIONS.iter().copied()),
            Some("målgruppe")
        );
        assert_eq!(suggest("Formaal", SECTIONS.iter().copied()), Some("formål"));
        assert_eq!(suggest("xyz", SECTIONS.iter().copied()), None);
    }
}
