//! The registry: national bodies, law references and municipalities, as data.
//!
//! The data are YAML files embedded at build time and read with serde. Every fact
//! carries its source; a fact marked `confirmed: false` may prompt an author to verify,
//! never produce an error.

pub mod names;

use crate::model::values::{Date, Law};
use names::{name_words, WordTrie};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// Everything the registry knows.
#[derive(Debug, Default)]
pub struct Registry {
    /// National bodies.
    pub bodies: Vec<Body>,
    /// Law paragraphs that standards cite.
    pub laws: Vec<LawParagraph>,
    /// The 98 municipalities.
    pub municipalities: Vec<Municipality>,
    /// Names and codes in lists of kommunekoder that are no municipality (Christiansø).
    pub not_municipalities: Vec<NotMunicipality>,
    /// Every body's id, name and aliases, normalised, to its index: lookups are made
    /// for every reference of every standard, so names are folded once, here.
    body_names: HashMap<String, usize>,
    /// Every municipality's name and aliases, as `municipality_key` folds them.
    municipality_names: HashMap<String, usize>,
    /// The names prose is searched for, word by word, to the body's index: built once
    /// here, not for every standard.
    prose_names: WordTrie,
    /// Each law paragraph's `paragraph_key`, by index into `laws`: every law reference
    /// of every standard is looked up, so the keys are made once, here.
    law_keys: Vec<String>,
}

/// A national body, such as Ankestyrelsen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Body {
    /// The id a standard refers to it by (`ankestyrelsen`).
    pub id: String,
    /// Its official name.
    pub name: String,
    /// Other names it is written under.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What it does.
    pub role: String,
    /// When it began.
    pub from: DateFact,
    /// When it ceased, if it has.
    pub until: DateFact,
    /// The body that took over its tasks.
    #[serde(default)]
    pub successor: Option<String>,
    /// A note on the succession.
    #[serde(default)]
    pub successor_note: Option<String>,
    /// The complaints it handles: `decision-appeal`, `professional-content`.
    #[serde(default)]
    pub complaints: Vec<String>,
    /// When it stopped handling complaints, if it still exists for other tasks.
    #[serde(default)]
    pub complaint_role_until: Option<RoleEnd>,
    /// Its main phone number (8 digits).
    #[serde(default)]
    pub phone: Option<Fact>,
    /// Its e-mail address.
    #[serde(default)]
    pub mail: Option<Fact>,
    /// Its secure mail address.
    #[serde(default)]
    pub secure_mail: Option<Fact>,
    /// Its web address.
    #[serde(default)]
    pub web: Option<Fact>,
    /// Its postal code and town.
    #[serde(default)]
    pub postal: Option<Fact>,
    /// Addresses it no longer uses.
    #[serde(default)]
    pub old_addresses: Vec<Fact>,
    /// Numbers found in documents but in no source for this body.
    #[serde(default)]
    pub never_numbers: Vec<Fact>,
}

/// One sourced fact.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// The value.
    pub value: String,
    /// Opening hours, for a phone number.
    #[serde(default)]
    pub hours: Option<String>,
    /// The street, for a postal address.
    #[serde(default)]
    pub street: Option<String>,
    /// Where the fact comes from.
    pub source: String,
    /// Whether the fact is confirmed by its source.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// A sourced date, or none.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateFact {
    /// The date as `YYYY-MM-DD`, if there is one.
    pub value: Option<String>,
    /// Where it comes from.
    #[serde(default)]
    pub source: Option<String>,
    /// Whether it is confirmed.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

impl DateFact {
    /// The date, if there is one and it parses.
    pub fn date(&self) -> Option<Date> {
        self.value.as_deref().and_then(Date::parse_iso)
    }
}

/// The end of one of a body's roles.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleEnd {
    /// The date as `YYYY-MM-DD`.
    pub value: String,
    /// Who took the role over.
    pub successor: String,
    /// Where it comes from.
    pub source: String,
    /// Whether it is confirmed.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// How a body had ended by a date: [`Registry::end_by`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EndKind {
    /// The body had ceased (`until`).
    Ceased,
    /// The body still existed, but had stopped handling the complaints routed to it
    /// (`complaint_role_until`).
    ComplaintRoleEnded,
}

/// The end of a body, or of its complaint role, with who took over.
#[derive(Debug, Clone, Copy)]
pub struct BodyEnd<'r> {
    /// What ended.
    pub kind: EndKind,
    /// When.
    pub date: Date,
    /// Whether the date is confirmed.
    pub confirmed: bool,
    /// Where the date comes from.
    pub source: Option<&'r str>,
    /// The id of the body that took over, as the registry names it.
    pub successor_id: Option<&'r str>,
    /// That body, if the registry holds it.
    pub successor: Option<&'r Body>,
}

impl BodyEnd<'_> {
    /// The name of the body that took over: its registry name, else its id.
    pub fn successor_name(&self) -> Option<&str> {
        self.successor
            .map(|b| b.name.as_str())
            .or(self.successor_id)
    }
}

/// A paragraph of a law, as standards cite it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LawParagraph {
    /// The law's canonical abbreviation: `SEL`, `SUL`, `RSL`, `ÆL`.
    pub law: String,
    /// The paragraph, e.g. `86` or `140 a`.
    pub paragraph: String,
    /// The stk. the entry is about, if only one.
    #[serde(default)]
    pub stk: Option<u32>,
    /// What the paragraph is about.
    pub about: String,
    /// When it came into force, if known.
    #[serde(default)]
    pub in_force: Option<DateFact>,
    /// What replaced it, if it has been replaced.
    #[serde(default)]
    pub replaced: Option<Replacement>,
    /// Where the entry comes from.
    pub source: String,
    /// Whether the entry is confirmed by its source.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// What replaced a paragraph, and when.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replacement {
    /// The paragraph that took over, as a citation (`SEL § 86`).
    pub by: String,
    /// The year of the change, if only the year is known.
    #[serde(default)]
    pub year: Option<i32>,
    /// Where it comes from.
    pub source: String,
    /// Whether it is confirmed.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// A Danish municipality (kommune).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Municipality {
    /// Its short name, as Danmarks Statistik writes it (`Glostrup`).
    pub name: String,
    /// Its kommunekode: 3 digits (`161`).
    pub code: String,
    /// The region it lies in (`Region Hovedstaden`).
    pub region: String,
    /// Other spellings of its name.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Where the code and name come from.
    pub source: String,
    /// Where the region comes from.
    pub region_source: String,
    /// Whether the entry is confirmed by its sources.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// A name and code that lists of kommunekoder carry but that is no municipality.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotMunicipality {
    /// Its name (`Christiansø`).
    pub name: String,
    /// The code the lists give it.
    pub code: String,
    /// Other names for it.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// What it is instead.
    pub note: String,
    /// Where that comes from.
    pub source: String,
    /// Whether it is confirmed.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

/// The layout of `municipalities.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MunicipalitiesFile {
    municipalities: Vec<Municipality>,
    not_municipalities: Vec<NotMunicipality>,
}

impl Municipality {
    /// Its name and its aliases.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(String::as_str))
    }
}

impl Body {
    /// Whether the body handles complaints of a kind (`decision-appeal`,
    /// `professional-content`).
    pub fn handles(&self, complaint: &str) -> bool {
        self.complaints.iter().any(|c| c == complaint)
    }
}

fn yes() -> bool {
    true
}

const BODIES: &str = include_str!("bodies.yaml");
const LAWS: &str = include_str!("laws.yaml");
const MUNICIPALITIES: &str = include_str!("municipalities.yaml");

impl Registry {
    /// The registry built into this binary, shared: `check::Options::new` hands it to
    /// every stage unless it is given another.
    pub fn builtin() -> &'static Arc<Registry> {
        static REGISTRY: OnceLock<Arc<Registry>> = OnceLock::new();
        REGISTRY.get_or_init(|| Arc::new(Registry::parse().unwrap_or_default()))
    }

    /// A registry of the given bodies, laws and municipalities, with its name indexes
    /// built: the builtin one with a municipality's own additions, or one for a test.
    pub fn new(
        bodies: Vec<Body>,
        laws: Vec<LawParagraph>,
        municipalities: Vec<Municipality>,
        not_municipalities: Vec<NotMunicipality>,
    ) -> Registry {
        let mut registry = Registry {
            bodies,
            laws,
            municipalities,
            not_municipalities,
            ..Registry::default()
        };
        registry.index();
        registry
    }

    /// Parses the embedded data; an error names the file and the problem.
    pub fn parse() -> Result<Registry, String> {
        let bodies: Vec<Body> =
            serde_saphyr::from_str(BODIES).map_err(|e| format!("bodies.yaml: {e}"))?;
        let laws: Vec<LawParagraph> =
            serde_saphyr::from_str(LAWS).map_err(|e| format!("laws.yaml: {e}"))?;
        let municipalities: MunicipalitiesFile = serde_saphyr::from_str(MUNICIPALITIES)
            .map_err(|e| format!("municipalities.yaml: {e}"))?;
        Ok(Registry::new(
            bodies,
            laws,
            municipalities.municipalities,
            municipalities.not_municipalities,
        ))
    }

    /// Builds the name indexes; the first entry with a name keeps it, as the linear
    /// search it replaces did.
    fn index(&mut self) {
        for (i, body) in self.bodies.iter().enumerate() {
            let names = [&body.id, &body.name].into_iter().chain(&body.aliases);
            for name in names {
                self.body_names.entry(normalize_name(name)).or_insert(i);
            }
        }
        self.prose_names = prose_names(&self.bodies);
        self.law_keys = self
            .laws
            .iter()
            .map(|entry| paragraph_key(&entry.paragraph))
            .collect();
        for (i, municipality) in self.municipalities.iter().enumerate() {
            for name in municipality.names() {
                self.municipality_names
                    .entry(municipality_key(name))
                    .or_insert(i);
            }
        }
    }

    /// Finds a municipality by name or alias, ignoring case, punctuation and a trailing
    /// `Kommune` or `Regionskommune`; a genitive (`Københavns Kommune`) is read as the
    /// name.
    pub fn municipality(&self, name: &str) -> Option<&Municipality> {
        let key = municipality_key(name);
        if key.is_empty() {
            return None;
        }
        let find = |key: &str| {
            self.municipality_names
                .get(key)
                .and_then(|&i| self.municipalities.get(i))
        };
        find(&key).or_else(|| key.strip_suffix('s').and_then(find))
    }

    /// Finds a municipality by its kommunekode, written with 3 digits (`101`) or with a
    /// leading zero (`0101`).
    pub fn municipality_by_code(&self, code: &str) -> Option<&Municipality> {
        let key = municipality_code_key(code)?;
        self.municipalities.iter().find(|m| m.code == key)
    }

    /// Finds a name or code that lists of kommunekoder carry but that is no
    /// municipality (`Christiansø`, `411`).
    pub fn not_municipality(&self, name_or_code: &str) -> Option<&NotMunicipality> {
        let code = municipality_code_key(name_or_code);
        let key = municipality_key(name_or_code);
        self.not_municipalities.iter().find(|n| {
            code.as_deref() == Some(n.code.as_str())
                || (!key.is_empty()
                    && std::iter::once(&n.name)
                        .chain(&n.aliases)
                        .any(|a| municipality_key(a) == key))
        })
    }

    /// Finds the entry for a law reference: the one for its stk. if there is one, else
    /// the one for the whole paragraph. `140a` and `140 a` are the same paragraph.
    pub fn law(&self, law: Law, paragraph: &str, stk: Option<u32>) -> Option<&LawParagraph> {
        let key = paragraph_key(paragraph);
        let mut whole = None;
        for (i, entry) in self.laws.iter().enumerate() {
            if entry.law != law.abbreviation() {
                continue;
            }
            // A paragraph added after the keys were made is keyed here.
            let same = match self.law_keys.get(i) {
                Some(entry_key) => *entry_key == key,
                None => paragraph_key(&entry.paragraph) == key,
            };
            if !same {
                continue;
            }
            match entry.stk {
                Some(s) if Some(s) == stk => return Some(entry),
                None if whole.is_none() => whole = Some(entry),
                _ => {}
            }
        }
        whole
    }

    /// The trie of the bodies' names that prose is searched for, to the body's index.
    pub fn prose_names(&self) -> &WordTrie {
        &self.prose_names
    }

    /// Finds a body by id, name or alias, ignoring case and punctuation.
    pub fn body(&self, name: &str) -> Option<&Body> {
        self.body_names
            .get(&normalize_name(name))
            .and_then(|&i| self.bodies.get(i))
    }

    /// Whether `body` had ended by `date` (on that day or before): ceased, or, for a
    /// body named as the target of a complaint route, stopped handling complaints. A
    /// body that had ceased is reported as ceased. This is the one reading of a body's
    /// history: the rules (KS110, KS111), `compare` and the pages ask it.
    pub fn end_by<'r>(
        &'r self,
        body: &'r Body,
        date: Date,
        complaint_target: bool,
    ) -> Option<BodyEnd<'r>> {
        let reached = |end: Date| end.days_since_epoch() <= date.days_since_epoch();
        if let Some(until) = body.until.date().filter(|u| reached(*u)) {
            let successor_id = body.successor.as_deref();
            return Some(BodyEnd {
                kind: EndKind::Ceased,
                date: until,
                confirmed: body.until.confirmed,
                source: body.until.source.as_deref(),
                successor_id,
                successor: successor_id.and_then(|id| self.body_by_id(id)),
            });
        }
        if !complaint_target {
            return None;
        }
        let role = body.complaint_role_until.as_ref()?;
        let end = Date::parse_iso(&role.value).filter(|e| reached(*e))?;
        Some(BodyEnd {
            kind: EndKind::ComplaintRoleEnded,
            date: end,
            confirmed: role.confirmed,
            source: Some(role.source.as_str()),
            successor_id: Some(role.successor.as_str()),
            successor: self.body_by_id(&role.successor),
        })
    }

    /// The body that holds an ended body's task at `date`: its successor, followed on
    /// while that one too had ended by `date` ([`Registry::end_by`]). Stops after as
    /// many steps as there are bodies, so a loop in the data cannot hang it.
    pub fn successor_at<'r>(
        &'r self,
        end: &BodyEnd<'r>,
        date: Date,
        complaint_target: bool,
    ) -> Option<&'r Body> {
        let mut current = end.successor?;
        for _ in 0..self.bodies.len() {
            match self
                .end_by(current, date, complaint_target)
                .and_then(|e| e.successor)
            {
                Some(next) => current = next,
                None => break,
            }
        }
        Some(current)
    }

    /// Finds a body by its exact id.
    pub fn body_by_id(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|body| body.id == id)
    }
}

/// A paragraph without spaces, in lowercase: `140 a` and `140a` are `140a`.
pub fn paragraph_key(paragraph: &str) -> String {
    paragraph
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A kommunekode in its 3-digit form: `101` and `0101` are `101`; anything else is
/// no kommunekode.
pub fn municipality_code_key(code: &str) -> Option<String> {
    let code = code.trim();
    if !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match code.len() {
        3 => Some(code.to_string()),
        4 => code.strip_prefix('0').map(str::to_string),
        _ => None,
    }
}

/// A municipality's name folded for comparison, without a trailing `Kommune` or
/// `Regionskommune`: `Glostrup Kommune` is `glostrup`.
fn municipality_key(name: &str) -> String {
    let key = normalize_name(name);
    for suffix in [" regionskommune", " kommune"] {
        if let Some(stem) = key.strip_suffix(suffix) {
            return stem.to_string();
        }
    }
    key
}

/// The trie of the names prose is searched for: a body is found by its name and its
/// aliases, except a one-word alias that is a word of its name (`Patientklager` for
/// Styrelsen for Patientklager): alone in a sentence, such a word is an ordinary
/// Danish word. Ids are not searched for.
fn prose_names(bodies: &[Body]) -> WordTrie {
    let mut trie = WordTrie::default();
    for (index, body) in bodies.iter().enumerate() {
        let Ok(index) = u32::try_from(index) else {
            break;
        };
        let official = name_words(&body.name);
        trie.insert(&official, index);
        for alias in &body.aliases {
            let words = name_words(alias);
            if let [word] = words.as_slice() {
                if official.contains(word) {
                    continue;
                }
            }
            trie.insert(&words, index);
        }
    }
    trie
}

/// Folds a name for comparison: lowercase letters and digits, single spaces, with
/// `-` read as a space and `ae`/`oe`/`aa` as `æ`/`ø`/`å`.
pub fn normalize_name(name: &str) -> String {
    let mut lower = name.to_lowercase();
    // Each replacement runs over the whole text before the next, as `str::replace`
    // does; most names hold none of them and are not copied again.
    for (from, to) in [("ae", "æ"), ("oe", "ø"), ("aa", "å")] {
        if lower.contains(from) {
            lower = lower.replace(from, to);
        }
    }
    let mut out = String::with_capacity(lower.len());
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_registry_parses_and_ids_are_unique() {
        let registry = Registry::parse().unwrap_or_else(|e| panic!("{e}"));
        assert!(registry.bodies.len() >= 7);
        let mut ids: Vec<&str> = registry.bodies.iter().map(|b| b.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), registry.bodies.len());
        for body in &registry.bodies {
            if let Some(successor) = &body.successor {
                assert!(registry.body_by_id(successor).is_some(), "{successor}");
            }
            for date in [&body.from, &body.until] {
                if let Some(value) = &date.value {
                    assert!(Date::parse_iso(value).is_some(), "{value}");
                    assert!(
                        date.source.is_some(),
                        "{} has a date without a source",
                        body.id
                    );
                }
            }
        }
    }

    #[test]
    fn embedded_laws_parse_and_name_known_laws() {
        let registry = Registry::parse().unwrap_or_else(|e| panic!("{e}"));
        assert!(registry.laws.len() >= 10);
        for entry in &registry.laws {
            assert!(
                Law::from_alias(&entry.law).is_some(),
                "{} is not a known law",
                entry.law
            );
            if let Some(in_force) = &entry.in_force {
                assert!(in_force.date().is_some() && in_force.source.is_some());
            }
        }
        let sel = |p: &str, stk| registry.law(Law::Sel, p, stk).map(|e| e.paragraph.as_str());
        assert_eq!(sel("73a", None), Some("73 a"));
        assert_eq!(sel("2", Some(5)), Some("2"));
        assert_eq!(sel("2", Some(1)), None);
        assert!(registry.law(Law::Ael, "10", None).is_some());
        // A paragraph added to the list after the registry was built is found too.
        let mut grown = Registry::parse().unwrap_or_else(|e| panic!("{e}"));
        let mut added = grown
            .laws
            .first()
            .cloned()
            .unwrap_or_else(|| panic!("no laws"));
        added.law = "SEL".to_owned();
        added.paragraph = "999 B".to_owned();
        added.stk = None;
        grown.laws.push(added);
        let found = grown.law(Law::Sel, "999b", None);
        assert_eq!(found.map(|e| e.paragraph.as_str()), Some("999 B"));
    }

    #[test]
    fn embedded_municipalities_are_the_98() {
        let registry = Registry::parse().unwrap_or_else(|e| panic!("{e}"));
        let municipalities = &registry.municipalities;
        assert_eq!(municipalities.len(), 98);
        let mut codes: Vec<&str> = municipalities.iter().map(|m| m.code.as_str()).collect();
        for code in &codes {
            assert!(
                code.len() == 3 && code.chars().all(|c| c.is_ascii_digit()),
                "{code} is not a 3-digit kommunekode"
            );
        }
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 98, "two municipalities share a code");
        // No name or alias may stand for two municipalities.
        let mut keys: Vec<String> = municipalities
            .iter()
            .flat_map(|m| {
                let mut keys: Vec<String> = m.names().map(municipality_key).collect();
                keys.sort_unstable();
                keys.dedup();
                keys
            })
            .collect();
        let all = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), all, "two municipalities share a name or alias");
        let regions = [
            "Region Hovedstaden",
            "Region Sjælland",
            "Region Syddanmark",
            "Region Midtjylland",
            "Region Nordjylland",
        ];
        for m in municipalities {
            assert!(
                regions.contains(&m.region.as_str()),
                "{}: {}",
                m.name,
                m.region
            );
            assert!(!m.source.is_empty() && !m.region_source.is_empty());
        }
        // The codes in the domain notes.
        for (name, code) in [
            ("Ballerup", "151"),
            ("Glostrup", "161"),
            ("Ishøj", "183"),
            ("Vesthimmerland", "820"),
            ("Hjørring", "860"),
        ] {
            assert_eq!(
                registry.municipality(name).map(|m| m.code.as_str()),
                Some(code),
                "{name}"
            );
        }
        for n in &registry.not_municipalities {
            assert!(registry.municipality_by_code(&n.code).is_none());
            assert!(registry.municipality(&n.name).is_none());
        }
    }

    #[test]
    fn finds_municipalities_by_name_alias_and_code() {
        let registry = Registry::builtin();
        let name = |n: &str| registry.municipality(n).map(|m| m.name.as_str());
        assert_eq!(name("Hjørring Kommune"), Some("Hjørring"));
        assert_eq!(name("hjoerring"), Some("Hjørring"));
        assert_eq!(name("Ishoej"), Some("Ishøj"));
        assert_eq!(name("Høje Taastrup"), Some("Høje-Taastrup"));
        assert_eq!(name("Lyngby-Taarbæk Kommune"), Some("Lyngby-Taarbæk"));
        assert_eq!(name("Århus"), Some("Aarhus"));
        assert_eq!(name("Åbenrå"), Some("Aabenraa"));
        assert_eq!(name("Københavns Kommune"), Some("København"));
        assert_eq!(name("Bornholms Regionskommune"), Some("Bornholm"));
        assert_eq!(name("Vesthimmerlands Kommune"), Some("Vesthimmerland"));
        assert_eq!(name("Nordfyn"), Some("Nordfyns"));
        assert_eq!(name("Christiansø"), None);
        assert_eq!(name("Kommune"), None);
        assert_eq!(name("Glostrupby"), None);
        let code = |c: &str| registry.municipality_by_code(c).map(|m| m.name.as_str());
        assert_eq!(code("101"), Some("København"));
        assert_eq!(code("0101"), Some("København"));
        assert_eq!(code("0860"), Some("Hjørring"));
        assert_eq!(code("411"), None);
        assert_eq!(code("1610"), None);
        assert_eq!(code("16"), None);
        assert_eq!(
            registry.not_municipality("0411").map(|n| n.name.as_str()),
            Some("Christiansø")
        );
        assert_eq!(
            registry
                .not_municipality("Ertholmene")
                .map(|n| n.name.as_str()),
            Some("Christiansø")
        );
        assert!(registry.not_municipality("Glostrup").is_none());
    }

    #[test]
    fn a_body_has_ended_by_a_date_and_its_successor_is_followed_to_that_date() {
        let registry = Registry::builtin();
        let body = |id: &str| registry.body_by_id(id).unwrap_or_else(|| panic!("{id}"));
        let ombud = body("patientombuddet");
        assert!(registry
            .end_by(ombud, Date::ymd(2015, 10, 7), true)
            .is_none());
        let end = registry
            .end_by(ombud, Date::ymd(2015, 10, 8), true)
            .unwrap_or_else(|| panic!("ceased"));
        assert_eq!(
            (end.kind, end.date),
            (EndKind::Ceased, Date::ymd(2015, 10, 8))
        );
        assert_eq!(end.successor_name(), Some("Styrelsen for Patientsikkerhed"));
        let at = |date, complaints| {
            registry
                .successor_at(&end, date, complaints)
                .map(|b| b.name.as_str())
        };
        assert_eq!(
            at(Date::ymd(2016, 1, 1), true),
            Some("Styrelsen for Patientsikkerhed")
        );
        assert_eq!(
            at(Date::ymd(2026, 1, 1), true),
            Some("Styrelsen for Patientklager")
        );
        assert_eq!(
            at(Date::ymd(2026, 1, 1), false),
            Some("Styrelsen for Patientsikkerhed")
        );
        let stps = body("styrelsen-for-patientsikkerhed");
        assert!(registry
            .end_by(stps, Date::ymd(2026, 1, 1), false)
            .is_none());
        let role = registry.end_by(stps, Date::ymd(2026, 1, 1), true);
        assert_eq!(
            role.as_ref().map(|e| (e.kind, e.successor_name())),
            Some((
                EndKind::ComplaintRoleEnded,
                Some("Styrelsen for Patientklager")
            ))
        );
    }

    #[test]
    fn finds_bodies_by_alias() {
        let registry = Registry::builtin();
        assert_eq!(
            registry
                .body("Ankestyrelsen Aalborg")
                .map(|b| b.id.as_str()),
            Some("ankestyrelsen")
        );
        assert_eq!(
            registry.body("det-sociale-naevn").map(|b| b.id.as_str()),
            Some("det-sociale-nævn")
        );
    }
}
