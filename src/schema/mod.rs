//! The schema of the language: every keyword, where it may stand, the kind of value it
//! takes, whether it may repeat, whether it opens a block, its doc line and an example.
//!
//! This is the one list of the language's keywords. The lowering reads it to know
//! which keyword may stand where, to say where a misplaced keyword belongs and to
//! suggest a keyword for a misspelling; `docs/language.md`'s keyword reference is
//! generated from it (a test fails when the page is stale); editor support reads it
//! for completion and hover.
//!
//! Each place (the inside of a block, such as `omfang { … }`) has an enum of its own
//! keywords, generated from the table in `table.rs`. The lowering matches on that
//! enum without a catch-all arm, so a keyword added to the table and not yet lowered
//! is a compile error, not a silent default.

mod reference;
mod table;

pub use reference::{explain, json, markdown, text};
pub use table::*;

/// The kind of value a keyword takes, described for the keyword reference and for
/// hover text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    /// `"Genoptræning efter § 86"`.
    Title,
    /// Words, or one string.
    Name,
    /// A municipality code.
    MunicipalityCode,
    /// A four-digit year.
    Year,
    /// A date.
    Date,
    /// A date, optionally `til` and a second date.
    Period,
    /// A date, `af "Udvalg"`, or both.
    Approval,
    /// No value.
    Nothing,
    /// `årligt` or `ved-ændringer`.
    Revision,
    /// Law references.
    LawRefs,
    /// Law references of another scheme, then optionally its name in quotes.
    OtherScheme,
    /// An optional heading in quotes.
    Heading,
    /// A short name (id), optionally a display name in quotes.
    ContactDefinition,
    /// Contact names, or a contact definition with a block.
    ContactUse,
    /// An optional heading in quotes, then text.
    SectionHead,
    /// Text in quotes or a text block.
    Text,
    /// Names of contacts or bodies, or quoted text.
    References,
    /// `ja` or `nej`.
    YesNo,
    /// `ja`, `nej` or `efter-vurdering`.
    Transport,
    /// A count of sessions.
    Count,
    /// A frequency.
    Frequency,
    /// A duration.
    Duration,
    /// A name in quotes, then optional text.
    PakkeHead,
    /// A deadline: a duration and the event it runs from.
    Deadline,
    /// A deadline, or nothing.
    OptionalDeadline,
    /// An optional label in quotes, then a web address.
    Link,
    /// The registry id of a national body.
    RegistryBody,
    /// Text: one string, or plain words.
    TextLine,
    /// A postal code and a town.
    PostalCode,
    /// A phone number, optionally its hours in quotes.
    Phone,
    /// An e-mail address, optionally `link` and the linked address, and a note.
    Email,
    /// A web address.
    Url,
    /// An age limit.
    Age,
    /// Causes: words or text in quotes.
    Causes,
    /// Text in quotes, then optional law references.
    Exclusion,
    /// Who may ask: role words, contact names or text in quotes.
    Requesters,
    /// Delivery forms.
    DeliveryForms,
    /// Delivery places.
    DeliveryPlaces,
    /// A name in quotes, then a price.
    NamedPrice,
    /// A name in quotes, then a deadline.
    NamedDeadline,
}

impl Value {
    /// The words a value of this kind is chosen from, for the kinds that are one word
    /// of a fixed few; empty for the others. The lowering reads these words, and editors
    /// offer them.
    pub fn choices(self) -> &'static [&'static str] {
        match self {
            Value::Revision => &["årligt", "ved-ændringer"],
            Value::YesNo => &["ja", "nej"],
            Value::Transport => &["ja", "nej", "efter-vurdering"],
            _ => &[],
        }
    }

    /// The value, in words.
    pub fn describe(self) -> &'static str {
        match self {
            Value::Title => "a title in quotes",
            Value::Name => "a name: words, or one string",
            Value::MunicipalityCode => {
                "the three-digit code from Danmarks Statistik (a leading zero, as DAGI writes it, is accepted and dropped)"
            }
            Value::Year => "a year: four digits",
            Value::Date => "a date (§ 6.5)",
            Value::Period => "a date, optionally `til` (or `-`, `–`) and a second date",
            Value::Approval => "a date, `af \"Udvalg\"`, or both",
            Value::Nothing => "no value",
            Value::Revision => "`årligt` or `ved-ændringer`",
            Value::LawRefs => {
                "law references (§ 6.8), optionally followed by the quoted law text, which belongs to the last reference"
            }
            Value::OtherScheme => {
                "law references (§ 6.8) that name their law, then optionally the scheme's name in quotes"
            }
            Value::Heading => "an optional heading in quotes",
            Value::ContactDefinition => {
                "a short name (the id, one word), optionally a display name in quotes"
            }
            Value::ContactUse => {
                "contact names (a reference), or a short name and a block (a definition that also counts as a reference)"
            }
            Value::SectionHead => "an optional heading in quotes, then text in quotes or text blocks",
            Value::Text => "text: one or more strings or text blocks",
            Value::References => {
                "names of contacts or registry bodies, or text in quotes, separated by `,` or `og`"
            }
            Value::YesNo => "`ja` or `nej`",
            Value::Transport => "`ja`, `nej` or `efter-vurdering`",
            Value::Count => "a count of sessions, optionally per period (§ 6.3)",
            Value::Frequency => "a frequency (§ 6.3)",
            Value::Duration => "a duration (§ 6.2)",
            Value::PakkeHead => "a name in quotes, then optional text",
            Value::Deadline => {
                "a duration (or `straks`), `efter` and the event, optionally `tilstræbt` and a note"
            }
            Value::OptionalDeadline => "a deadline as for `klagefrist`, or nothing",
            Value::Link => "an optional label in quotes, then a web address",
            Value::RegistryBody => "the registry id of a national body (§ 5)",
            Value::TextLine => "text: one string, or plain words",
            Value::PostalCode => "a postal code and the town",
            Value::Phone => "a phone number, optionally followed by its hours in quotes",
            Value::Email => {
                "an e-mail address; optionally `link` and the address the document really links to; optionally a note"
            }
            Value::Url => "a web address",
            Value::Age => {
                "an age limit: `65 år og derover`, `fra 65 år`, `over 18 år`, `under 65 år`, `18-64 år`"
            }
            Value::Causes => "causes as words or text in quotes, separated by `,` or `og`",
            Value::Exclusion => {
                "who is excluded, in quotes, then optionally the law references of the route that covers them"
            }
            Value::Requesters => {
                "`borgeren`, `pårørende`, `egen-læge`, `hjemmeplejen`, `sygehuset`, contact names or text in quotes, separated by `,` or `og`"
            }
            Value::DeliveryForms => "`individuelt`, `på-hold`, `i-grupper`, separated by `,` or `og`",
            Value::DeliveryPlaces => {
                "`træningscenter`, `eget-hjem`, `plejehjem` or a place in quotes, separated by `,` or `og`"
            }
            Value::NamedPrice => "a name in quotes, then a price as for any other line",
            Value::NamedDeadline => "a name in quotes, then a deadline as for any other line",
        }
    }
}

/// How often a keyword may stand in one block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// At most once: a second one is reported (`KS015`).
    Once,
    /// Any number of times.
    Many,
}

/// Whether a keyword opens a block, and of which place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// Values only.
    None,
    /// Always a block.
    Required(Place),
    /// A block or not.
    Optional(Place),
}

impl Block {
    /// The place inside the block, if the keyword may open one.
    pub fn place(self) -> Option<Place> {
        match self {
            Block::None => None,
            Block::Required(place) | Block::Optional(place) => Some(place),
        }
    }
}

/// One keyword of one place.
#[derive(Debug, Clone, Copy)]
pub struct Keyword {
    /// The word as written.
    pub word: &'static str,
    /// Where it stands.
    pub place: Place,
    /// What it takes.
    pub value: Value,
    /// How often.
    pub repeat: Repeat,
    /// Its block.
    pub block: Block,
    /// What it says, in one line.
    pub doc: &'static str,
    /// A line that uses it.
    pub example: &'static str,
}

/// One place of the language: the inside of a block, or the top of a file.
#[derive(Debug)]
pub struct PlaceSpec {
    /// Which place.
    pub place: Place,
    /// The place as a heading of the keyword reference: "`omfang { … }`".
    pub title: &'static str,
    /// The place in a phrase: "in `omfang`".
    pub phrase: &'static str,
    /// Where its keywords belong: "`omfang { … }`".
    pub home: &'static str,
    /// What the place is, in one line.
    pub doc: &'static str,
    /// Places whose keywords may stand here too.
    pub includes: &'static [Place],
    /// Lines that are not keywords but entries with a free name (a deadline, a
    /// price), described; `None` where every line starts with a keyword.
    pub entries: Option<&'static str>,
    /// Its own keywords.
    pub keywords: &'static [Keyword],
}

impl Place {
    /// Every keyword that may stand here: the place's own, then those of the places it
    /// includes, each once.
    pub fn allowed(self) -> Vec<&'static Keyword> {
        let mut out: Vec<&'static Keyword> = Vec::new();
        let mut pending = vec![self];
        let mut visited = Vec::new();
        while let Some(place) = pending.pop() {
            if visited.contains(&place) {
                continue;
            }
            visited.push(place);
            let spec = place.spec();
            for keyword in spec.keywords {
                if !out.iter().any(|k| k.word == keyword.word) {
                    out.push(keyword);
                }
            }
            pending.extend(spec.includes.iter().rev());
        }
        out
    }

    /// The words that may stand here, for "did you mean".
    pub fn words(self) -> Vec<&'static str> {
        self.allowed().iter().map(|k| k.word).collect()
    }

    /// The keyword `word` as it may stand here, if it may.
    pub fn keyword(self, word: &str) -> Option<&'static Keyword> {
        self.allowed().into_iter().find(|k| k.word == word)
    }
}

/// Every place where `word` is a keyword.
pub fn homes_of(word: &str) -> Vec<&'static PlaceSpec> {
    PLACES
        .iter()
        .copied()
        .filter(|place| place.keywords.iter().any(|k| k.word == word))
        .collect()
}

/// Where `word` belongs, in words, if it is a keyword anywhere: "`omfang { … }`", or
/// "`kvalitetsstandard { … }`, an indsats or a section".
pub fn home_of(word: &str) -> Option<String> {
    let homes: Vec<&str> = homes_of(word).iter().map(|place| place.home).collect();
    match homes.as_slice() {
        [] => None,
        [one] => Some((*one).to_owned()),
        [init @ .., last] => Some(format!("{} or {last}", init.join(", "))),
    }
}

/// Whether `word` is a keyword anywhere in the language.
pub fn is_keyword(word: &str) -> bool {
    PLACES
        .iter()
        .any(|place| place.keywords.iter().any(|k| k.word == word))
}

/// Every keyword of the language, each once, in the order of the table.
pub fn all_words() -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for place in PLACES {
        for keyword in place.keywords {
            if !out.contains(&keyword.word) {
                out.push(keyword.word);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_listed_in_the_order_of_their_enum() {
        for (index, place) in PLACES.iter().enumerate() {
            assert_eq!(place.place as usize, index, "{:?}", place.place);
            for keyword in place.keywords {
                assert_eq!(keyword.place, place.place, "{}", keyword.word);
            }
        }
    }

    #[test]
    fn a_place_names_each_keyword_once() {
        for place in PLACES {
            for (i, keyword) in place.keywords.iter().enumerate() {
                assert!(
                    !place.keywords[..i].iter().any(|k| k.word == keyword.word),
                    "`{}` twice in {:?}",
                    keyword.word,
                    place.place
                );
            }
        }
    }

    #[test]
    fn every_example_starts_with_its_keyword() {
        for place in PLACES {
            for keyword in place.keywords {
                assert!(
                    keyword.example.starts_with(keyword.word),
                    "the example of `{}` is `{}`",
                    keyword.word,
                    keyword.example
                );
            }
        }
    }

    #[test]
    fn allowed_words_include_the_included_places() {
        let omfang = Place::Omfang.words();
        for word in ["pakke", "gange", "vejledende", "tekst", "lovgrundlag"] {
            assert!(omfang.contains(&word), "{word}");
        }
        assert!(!omfang.contains(&"kan"));
        assert_eq!(
            home_of("kan").as_deref(),
            Some("`målgruppe { … }`"),
            "a keyword of one place"
        );
    }
}
