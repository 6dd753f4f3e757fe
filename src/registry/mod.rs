//! The registry: national bodies, law references and municipalities, as data.
//!
//! The data are YAML files embedded at build time and read with serde. Every fact
//! carries its source; a fact marked `confirmed: false` may prompt an author to verify,
//! never produce an error.

use crate::model::values::Date;
use serde::Deserialize;
use std::sync::OnceLock;

/// Everything the registry knows.
#[derive(Debug, Default)]
pub struct Registry {
    /// National bodies.
    pub bodies: Vec<Body>,
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

fn yes() -> bool {
    true
}

const BODIES: &str = include_str!("bodies.yaml");

impl Registry {
    /// The registry built into this binary.
    pub fn builtin() -> &'static Registry {
        static REGISTRY: OnceLock<Registry> = OnceLock::new();
        REGISTRY.get_or_init(|| Registry::parse().unwrap_or_default())
    }

    /// Parses the embedded data; an error names the file and the problem.
    pub fn parse() -> Result<Registry, String> {
        let bodies: Vec<Body> =
            serde_saphyr::from_str(BODIES).map_err(|e| format!("bodies.yaml: {e}"))?;
        Ok(Registry { bodies })
    }

    /// Finds a body by id, name or alias, ignoring case and punctuation.
    pub fn body(&self, name: &str) -> Option<&Body> {
        let key = normalize_name(name);
        self.bodies.iter().find(|body| {
            normalize_name(&body.id) == key
                || normalize_name(&body.name) == key
                || body
                    .aliases
                    .iter()
                    .any(|alias| normalize_name(alias) == key)
        })
    }

    /// Finds a body by its exact id.
    pub fn body_by_id(&self, id: &str) -> Option<&Body> {
        self.bodies.iter().find(|body| body.id == id)
    }
}

/// Folds a name for comparison: lowercase letters and digits, single spaces, with
/// `-` read as a space and `ae`/`oe`/`aa` as `æ`/`ø`/`å`.
pub fn normalize_name(name: &str) -> String {
    let lower = name
        .to_lowercase()
        .replace("ae", "æ")
        .replace("oe", "ø")
        .replace("aa", "å");
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
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
