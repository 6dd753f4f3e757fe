//! What `compare` and `diff` both read from a standard: its parts, and its deadlines
//! and prices in words. One function each, so the two reports always agree.

use crate::model::{Frist, Indsats, KlageRoute, Price, Section, Standard};

/// The parts of a standard that hold sections: the document level (its general
/// sections, then its summary), then each indsats.
pub fn parts(standard: &Standard) -> Vec<(Option<&Indsats>, Vec<&Section>)> {
    let mut parts = vec![(
        None,
        standard
            .sections
            .iter()
            .chain(&standard.summary)
            .collect::<Vec<_>>(),
    )];
    parts.extend(
        standard
            .indsatser
            .iter()
            .map(|indsats| (Some(indsats), indsats.sections.iter().collect())),
    );
    parts
}

/// A deadline in words, as the standard writes it: `10 hverdage efter ansøgning`, with
/// ` (tilstræbt)` when it is only a target.
pub fn frist_text(frist: &Frist) -> String {
    let mut text = frist.deadline.original.clone();
    if let Some(event) = &frist.event {
        text.push_str(&format!(" efter {}", event.value));
    }
    if frist.target_only {
        text.push_str(" (tilstræbt)");
    }
    text
}

/// A route's genvurdering in words, with its deadline: `genvurdering 4 uger efter
/// klage`; `genvurdering` when the route states one without a deadline; `None` when it
/// states none.
pub fn genvurdering_text(route: &KlageRoute) -> Option<String> {
    match (&route.genvurdering, route.genvurdering_stated) {
        (Some(frist), _) => Some(format!("genvurdering {}", frist_text(frist))),
        (None, Some(_)) => Some("genvurdering".to_owned()),
        (None, None) => None,
    }
}

/// What a price says: its amount as written, else its wording; `None` if it says
/// neither.
pub fn price_value(price: &Price) -> Option<&str> {
    match (&price.amount, &price.note) {
        (Some(money), _) => Some(&money.original),
        (None, Some(note)) => Some(&note.value),
        (None, None) => None,
    }
}

/// A price with its name: `træning: 0 kr`, or the name alone if it says nothing more.
pub fn price_text(price: &Price) -> String {
    match price_value(price) {
        Some(value) => format!("{}: {value}", price.name.value),
        None => price.name.value.clone(),
    }
}
