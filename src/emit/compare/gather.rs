//! Reading values out of one standard, and the rule that turns the values stated in
//! its general part and in its indsatser into one cell of the comparison.
//!
//! **The rule.** A standard states a value at *document level* (its general sections
//! and its summary) or in an *indsats*. A cell shows first the distinct document-level
//! values; then every distinct indsats value that differs from all of them, with the
//! names of the indsatser that state it. A standard that states a value only in its
//! indsatser thus shows each distinct value once, with where it applies; one that
//! states a general value and a different one for a single indsats shows both, so that
//! no exception is hidden behind the general figure.
//!
//! Values are the same when their typed form is the same (`to gange om ugen` and
//! `2 gange ugentligt` are one value); the first wording met is shown. Every pass is
//! linear in the size of the standard (distinct values go through a hash map).

use super::report::Place;
use crate::model::values::{Law, Range};
use crate::model::{Indsats, Reference, Resolution, Standard};
use crate::registry::{Body, Registry};
use std::collections::HashMap;
use std::hash::Hash;

/// A value found in a standard, with where it was found.
#[derive(Debug, Clone)]
pub struct Found<'a, T> {
    /// The value.
    pub value: T,
    /// The indsats, if the value is stated in one.
    pub indsats: Option<&'a Indsats>,
    /// The `pakke` of an `omfang`, if the value is stated in one.
    pub package: Option<&'a str>,
}

/// A distinct value, with where it applies.
#[derive(Debug, Clone)]
pub struct Picked<T> {
    /// The value (the first one met of its kind).
    pub value: T,
    /// Where it is stated.
    pub place: Place,
}

/// Applies the rule of this module: document-level values first, then indsats values
/// that differ from all of them, each distinct value once.
pub fn pick<T, K: Eq + Hash>(found: Vec<Found<'_, T>>, key: impl Fn(&T) -> K) -> Vec<Picked<T>> {
    let mut document: Vec<Picked<T>> = Vec::new();
    let mut document_keys: HashMap<K, usize> = HashMap::new();
    let mut indsats: Vec<Picked<T>> = Vec::new();
    let mut indsats_keys: HashMap<K, usize> = HashMap::new();
    let (general, specific): (Vec<_>, Vec<_>) =
        found.into_iter().partition(|f| f.indsats.is_none());
    for f in general {
        let label = f.package.map(package_label);
        let k = key(&f.value);
        match document_keys.get(&k).and_then(|&i| document.get_mut(i)) {
            Some(existing) => push_unique(&mut existing.place.places, label),
            None => {
                document_keys.insert(k, document.len());
                document.push(Picked {
                    value: f.value,
                    place: Place {
                        level: "document",
                        places: label.into_iter().collect(),
                    },
                });
            }
        }
    }
    for f in specific {
        let k = key(&f.value);
        if document_keys.contains_key(&k) {
            continue;
        }
        let label = f.indsats.map(|i| place_label(i, f.package));
        match indsats_keys.get(&k).and_then(|&i| indsats.get_mut(i)) {
            Some(existing) => push_unique(&mut existing.place.places, label),
            None => {
                indsats_keys.insert(k, indsats.len());
                indsats.push(Picked {
                    value: f.value,
                    place: Place {
                        level: "indsats",
                        places: label.into_iter().collect(),
                    },
                });
            }
        }
    }
    document.extend(indsats);
    document
}

/// The name of an indsats as a place, with its law when that is not serviceloven § 86
/// and the title does not say it, and the package if there is one.
pub fn place_label(indsats: &Indsats, package: Option<&str>) -> String {
    let mut label = indsats.title.value.clone();
    let basis = &indsats.legal_basis;
    let under_86 = basis
        .iter()
        .any(|r| r.law == Law::Sel && r.paragraph.trim() == "86");
    if !basis.is_empty() && !under_86 && !label.contains('§') {
        let laws: Vec<String> = basis.iter().map(|r| r.canonical()).collect();
        label.push_str(&format!(" ({})", laws.join(", ")));
    }
    if let Some(package) = package {
        label.push_str(&format!(", {}", package_label(package)));
    }
    label
}

fn package_label(package: &str) -> String {
    format!("pakke “{package}”")
}

fn push_unique(places: &mut Vec<String>, label: Option<String>) {
    if let Some(label) = label {
        if !places.contains(&label) {
            places.push(label);
        }
    }
}

/// A hashable key for a range (floats by their bits).
pub fn range_key(range: &Range) -> (Option<u64>, Option<u64>, &'static str) {
    (
        range.min.map(f64::to_bits),
        range.max.map(f64::to_bits),
        range.kind_name(),
    )
}

/// The name a reference shows: the contact's name, the body's name, or the text.
pub fn reference_name(reference: &Reference, standard: &Standard, registry: &Registry) -> String {
    match &reference.resolution {
        Resolution::Contact(index) => standard
            .contacts
            .get(*index)
            .map_or_else(|| reference.name.value.clone(), |c| c.name.value.clone()),
        Resolution::Body(id) => registry
            .body_by_id(id)
            .map_or_else(|| reference.name.value.clone(), |b| b.name.clone()),
        Resolution::Text | Resolution::Unresolved => reference.name.value.clone(),
    }
}

/// The registry body a reference names: directly, through a contact that is one, or
/// as quoted text that is a body's name (as the checker reads it).
pub fn reference_body<'r>(
    reference: &Reference,
    standard: &Standard,
    registry: &'r Registry,
) -> Option<&'r Body> {
    match &reference.resolution {
        Resolution::Body(id) => registry.body_by_id(id),
        Resolution::Contact(index) => {
            let contact = standard.contacts.get(*index)?;
            contact
                .body
                .as_ref()
                .and_then(|b| registry.body_by_id(&b.value))
                .or_else(|| registry.body(&contact.name.value))
        }
        Resolution::Text => registry.body(&reference.name.value),
        Resolution::Unresolved => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::Spanned;

    fn indsats(title: &str) -> Indsats {
        Indsats {
            title: Spanned::new(title.to_owned(), Default::default()),
            ..Default::default()
        }
    }

    #[test]
    fn document_values_come_first_and_indsats_values_only_when_they_differ() {
        let a = indsats("Hjemmetræning");
        let b = indsats("Holdtræning");
        let found = vec![
            Found {
                value: 2,
                indsats: Some(&a),
                package: None,
            },
            Found {
                value: 1,
                indsats: None,
                package: None,
            },
            Found {
                value: 1,
                indsats: Some(&b),
                package: None,
            },
            Found {
                value: 2,
                indsats: Some(&b),
                package: None,
            },
            Found {
                value: 1,
                indsats: None,
                package: None,
            },
        ];
        let picked = pick(found, |v| *v);
        let shown: Vec<(i32, &str, Vec<String>)> = picked
            .iter()
            .map(|p| (p.value, p.place.level, p.place.places.clone()))
            .collect();
        assert_eq!(
            shown,
            [
                (1, "document", vec![]),
                (
                    2,
                    "indsats",
                    vec!["Hjemmetræning".to_owned(), "Holdtræning".to_owned()]
                ),
            ]
        );
    }

    #[test]
    fn without_a_document_value_each_indsats_value_is_listed_once() {
        let a = indsats("A");
        let b = indsats("B");
        let found = vec![
            Found {
                value: "3 uger",
                indsats: Some(&a),
                package: Some("Almen"),
            },
            Found {
                value: "3 uger",
                indsats: Some(&b),
                package: None,
            },
        ];
        let picked = pick(found, |v| *v);
        assert_eq!(picked.len(), 1);
        assert_eq!(picked[0].place.places, ["A, pakke “Almen”", "B"]);
    }
}
