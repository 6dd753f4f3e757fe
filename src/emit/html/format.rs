//! Values in the words a citizen reads: Danish dates, amounts, law references and
//! deadlines.
//!
//! Figures keep the document's own wording where it reads as a phrase (`to gange om
//! ugen`, `10 hverdage`); where the wording is only a fragment (`op til 21`), the
//! typed value is spelled out.

use crate::model::values::{format_number, Count, Date, Hedge, Law, LawRef, Money, OtherScheme};
use crate::model::{Deadline, DeadlineAmount, Frist, Revision, TransportOffer};

/// What a page shows for a fact the standard does not state.
pub const NOT_STATED: &str = "ikke angivet";

/// A date to its precision: `6. februar 2024`, `maj 2024` or `2024`.
pub fn date(d: &Date) -> String {
    d.danish()
}

/// An amount: `Gratis` for 0 kr, otherwise `173 kr. pr. dag`, with its hedge
/// (`ca. 150 kr.`).
pub fn money(m: &Money) -> String {
    if m.kroner == 0.0 && m.hedge.is_none() {
        return "Gratis".to_owned();
    }
    let amount = match &m.per {
        Some(per) => format!("{} kr. pr. {per}", format_number(m.kroner)),
        None => format!("{} kr.", format_number(m.kroner)),
    };
    hedged(m.hedge.as_deref(), amount)
}

/// A figure with its hedge before it: `typisk op til 5 gange`.
fn hedged(hedge: Option<&Hedge>, figure: String) -> String {
    match hedge {
        Some(hedge) => format!("{} {figure}", hedge.original),
        None => figure,
    }
}

/// A law reference as a citizen reads it: `Serviceloven § 86, stk. 1`.
pub fn law(r: &LawRef) -> String {
    let name = match r.law {
        Law::Sel => "Serviceloven",
        Law::Sul => "Sundhedsloven",
        Law::Rsl => "Retssikkerhedsloven",
        Law::Ael => "Ældreloven",
    };
    match r.stk {
        Some(stk) => format!("{name} § {}, stk. {stk}", r.paragraph),
        None => format!("{name} § {}", r.paragraph),
    }
}

/// Another scheme, as a citizen reads it: `Sundhedsloven § 140: Genoptræning efter
/// udskrivning fra sygehus`.
pub fn other_scheme(o: &OtherScheme) -> String {
    let laws = o.refs.iter().map(law).collect::<Vec<_>>().join(", ");
    match &o.name {
        Some(name) => format!("{laws}: {}", name.value),
        None => laws,
    }
}

/// A count of sessions: the wording if it names them (`5 gange`), else spelled out
/// (`op til 21 gange`, `højst 43 gange årligt`).
pub fn count(c: &Count) -> String {
    let lower = c.original.to_lowercase();
    if lower.contains("gang") {
        return c.original.clone();
    }
    let noun = if c.amount.max == Some(1.0) && c.amount.min == Some(1.0) {
        "gang"
    } else {
        "gange"
    };
    let figure = match c.per {
        Some(per) => format!("{} {noun} {}", c.amount, per.danish()),
        None => format!("{} {noun}", c.amount),
    };
    hedged(c.hedge.as_deref(), figure)
}

/// How long a deadline is, as a phrase: `inden for 10 hverdage`, `op til 3 uger`,
/// `straks`, `hurtigst muligt`.
pub fn deadline(d: &Deadline) -> String {
    match &d.amount {
        DeadlineAmount::Duration(duration) => {
            // `typisk 10 hverdage` reads `typisk inden for 10 hverdage`.
            let hedge = duration.hedge.as_deref();
            let original = duration.original.trim();
            let figure = hedge
                .and_then(|h| original.get(h.original.len()..))
                .map_or(original, str::trim);
            let phrase = if figure.starts_with(|c: char| c.is_ascii_digit()) {
                format!("inden for {figure}")
            } else {
                figure.to_owned()
            };
            hedged(hedge, phrase)
        }
        DeadlineAmount::Immediately => "straks".to_owned(),
        DeadlineAmount::AsSoonAsPossible => "hurtigst muligt".to_owned(),
    }
}

/// A whole deadline in one phrase: `inden for 4 uger efter afgørelse`.
pub fn deadline_phrase(f: &Frist) -> String {
    match &f.event {
        Some(event) => format!("{} efter {}", deadline(&f.deadline), event.value),
        None => deadline(&f.deadline),
    }
}

/// A deadline's name as a step: `afgørelse` becomes `Afgørelse`.
pub fn step_name(name: &str) -> String {
    capitalize(name.replace('-', " ").trim())
}

/// The first letter in uppercase.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// How often the standard is revised, in words.
pub fn revision(r: Revision) -> &'static str {
    match r {
        Revision::Yearly => "Hvert år",
        Revision::OnChange => "Når der sker ændringer",
    }
}

/// Whether transport is offered, in words.
pub fn transport(t: TransportOffer) -> &'static str {
    match t {
        TransportOffer::Ja => "Ja",
        TransportOffer::Nej => "Nej, du skal selv sørge for transport",
        TransportOffer::EfterVurdering => "Efter en konkret, individuel vurdering",
    }
}

/// A yes or no.
pub fn yes_no(value: bool) -> &'static str {
    if value {
        "Ja"
    } else {
        "Nej"
    }
}

/// A municipality's name as a citizen knows it: `Glostrup Kommune`.
pub fn municipality(name: &str) -> String {
    let trimmed = name.trim();
    if trimmed.to_lowercase().ends_with("kommune") {
        trimmed.to_owned()
    } else {
        format!("{trimmed} Kommune")
    }
}

/// Names joined as Danish lists them: `a`, `a og b`, `a, b og c`.
pub fn join_names<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.into_iter().collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} og {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(date(&Date::ymd(2024, 2, 6)), "6. februar 2024");
        let month = Date {
            year: 2024,
            month: Some(5),
            day: None,
        };
        assert_eq!(date(&month), "maj 2024");
        let year = Date {
            year: 2011,
            month: None,
            day: None,
        };
        assert_eq!(date(&year), "2011");
    }

    #[test]
    fn nothing_to_pay_is_free() {
        let free = Money {
            hedge: None,
            kroner: 0.0,
            per: None,
            original: "0 kr".into(),
            span: Default::default(),
        };
        assert_eq!(money(&free), "Gratis");
        let daily = Money {
            hedge: None,
            kroner: 173.0,
            per: Some("dag".into()),
            original: "173 kr. pr. døgn".into(),
            span: Default::default(),
        };
        assert_eq!(money(&daily), "173 kr. pr. dag");
    }
}
