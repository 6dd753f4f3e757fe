//! KS180 `aeldreloven-not-considered`: a standard for older citizens, effective after
//! ældreloven, that cites SEL § 86 and says nothing of ældreloven. The documentation is
//! [`DOC`].

use crate::check::codes::AELDRELOVEN_NOT_CONSIDERED as RULE;
use crate::check::context::before;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::{Date, Law};
use crate::model::{SectionBody, SectionKind, Text};
use crate::msg;
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS180`.
pub const DOC: &str = r#"## What it finds

A standard that takes effect on or after the day SEL § 2 stk. 5 came into force
(2025-07-01), whose target group (`målgruppe`) speaks of older citizens ("ældre",
"folkepension…", "pensionist…", or an age limit of 65 or more: "65+", "over 65 år",
"fra 67 år", "65 år og derover"), that cites SEL § 86, and that neither cites ældreloven
(`ÆL § …`, in its `lovgrundlag` or as an `anden-ordning`) nor mentions it in its text.
The date it takes effect is the start of its validity, else its approval date, else its
`dato`, else its `år`; a standard with none of them is not judged.

## Why it matters

From 2025-07-01, people who can get help under ældreloven §§ 10, 13, 14, 16 and 17
cannot get help under SEL §§ 83, 83 a, 83 b, 84 and 86. A standard that offers § 86
training to older citizens without a word on ældreloven describes a right many of its
readers no longer have under that law.

## Example

```kvs
kvalitetsstandard "Genoptræning" {
  år 2026
  lovgrundlag SEL § 86 stk. 1
  målgruppe "Målgruppe" {
    kan "Borgere, primært ældre, med nedsat funktionsevne."   # KS180
  }
}
```

## Source

Ældreloven, LOV nr. 1651 af 30/12/2024, in force 2025-07-01, for people who have reached
folkepensionsalderen; LOV nr. 1703 af 30/12/2024 adds SEL § 2 stk. 5 (domain notes).
Which of ældreloven §§ 13–14 covers training is unconfirmed, so the rule does not say
which paragraph to cite."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS180`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard, der får virkning på eller efter den dag, SEL § 2 stk. 5 trådte i kraft
(2025-07-01), hvis målgruppe (`målgruppe`) taler om ældre borgere ("ældre",
"folkepension…", "pensionist…" eller en aldersgrænse på 65 eller derover: "65+", "over
65 år", "fra 67 år", "65 år og derover"), som henviser til SEL § 86, og som hverken
henviser til ældreloven (`ÆL § …`, i sit `lovgrundlag` eller som en `anden-ordning`)
eller nævner den i sin tekst. Den dag, den får virkning, er begyndelsen af dens
gyldighed, ellers dens godkendelsesdato, ellers dens `dato`, ellers dens `år`; en
standard uden nogen af dem bliver ikke vurderet.

## Hvorfor det betyder noget

Fra 2025-07-01 kan personer, der kan få hjælp efter ældreloven §§ 10, 13, 14, 16 og 17,
ikke få hjælp efter SEL §§ 83, 83 a, 83 b, 84 og 86. En standard, der tilbyder træning
efter § 86 til ældre borgere uden et ord om ældreloven, beskriver en ret, som mange af
dens læsere ikke længere har efter den lov.

## Eksempel

```kvs
kvalitetsstandard "Genoptræning" {
  år 2026
  lovgrundlag SEL § 86 stk. 1
  målgruppe "Målgruppe" {
    kan "Borgere, primært ældre, med nedsat funktionsevne."   # KS180
  }
}
```

## Kilde

Ældreloven, LOV nr. 1651 af 30/12/2024, i kraft 2025-07-01, for personer, der har nået
folkepensionsalderen; LOV nr. 1703 af 30/12/2024 indsætter SEL § 2 stk. 5 (domain
notes). Hvilken af ældreloven §§ 13–14 der dækker træning, er ikke bekræftet, så reglen
siger ikke, hvilken paragraf der skal henvises til."#;

/// Reports § 86 standards for older citizens that ignore ældreloven.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some((effective, date_span)) = effective(ctx) else {
        return;
    };
    let Some(in_force) = ctx
        .registry
        .law(Law::Sel, "2", Some(5))
        .and_then(|e| e.in_force.as_ref())
        .filter(|f| f.confirmed)
        .and_then(|f| f.date())
    else {
        return;
    };
    if before(effective, in_force) {
        return;
    }
    let refs = ctx.law_refs();
    // Ældreloven named as another scheme (`anden-ordning ÆL § 10`) is taken into account.
    if refs
        .iter()
        .chain(&ctx.other_scheme_refs())
        .any(|r| r.law == Law::Ael)
    {
        return;
    }
    let Some(sel_86) = refs
        .iter()
        .find(|r| r.law == Law::Sel && r.paragraph == "86")
    else {
        return;
    };
    let mentions_law = ctx
        .texts()
        .iter()
        .any(|t| t.plain().to_lowercase().contains("ældrelov"))
        || ctx.sections().any(|s| {
            s.heading
                .as_ref()
                .is_some_and(|h| h.value.to_lowercase().contains("ældrelov"))
        })
        || ctx.standard.title.value.to_lowercase().contains("ældrelov");
    if mentions_law {
        return;
    }
    let Some(section) = ctx.sections().find(|s| {
        s.kind == SectionKind::Målgruppe && target_texts(s).iter().any(|t| speaks_of_older(t))
    }) else {
        return;
    };
    out.push(
        ctx.report(&RULE, section.keyword_span, msg!("ks180-not-considered"))
            .with_label(msg!("ks180-not-considered-label"))
            .with_secondary(sel_86.span, msg!("ks180-cites-sel-86"))
            .with_secondary(
                date_span,
                msg!("ks180-takes-effect", date = effective.to_string()),
            )
            .with_help(msg!(
                "ks180-not-considered-help",
                in_force = in_force.to_string()
            )),
    );
}

/// The date the standard takes effect, and where it is written.
fn effective(ctx: &Context<'_>) -> Option<(Date, Span)> {
    let standard = ctx.standard;
    if let Some(validity) = &standard.validity {
        return Some((validity.from.value, validity.from.span));
    }
    if let Some(date) = standard.approval.as_ref().and_then(|a| a.date.as_ref()) {
        return Some((date.value, date.span));
    }
    if let Some(date) = &standard.date {
        return Some((date.value, date.span));
    }
    standard
        .year
        .as_ref()
        .map(|y| (Date::ymd(y.value, 1, 1), y.span))
}

fn target_texts(section: &crate::model::Section) -> Vec<&Text> {
    let mut texts: Vec<&Text> = section.text.iter().collect();
    if let SectionBody::Målgruppe(m) = &section.body {
        texts.extend(m.kan.iter().chain(&m.kan_ikke));
    }
    texts
}

/// The youngest age limit that makes a target group older citizens: `65+`,
/// `over 65 år`, `65 år og derover`.
const OLDER_FROM: u32 = 65;

/// Whether a text speaks of older citizens: the word "ældre" (not "forældre"), words
/// on folkepension and pensioners, or an age limit of [`OLDER_FROM`] or more. One pass
/// over the words.
fn speaks_of_older(text: &Text) -> bool {
    let plain = text.plain().to_lowercase();
    // Words keep a `+` (`65+`); everything else that is not a letter or digit splits.
    let words: Vec<&str> = plain
        .split(|c: char| !c.is_alphanumeric() && c != '+')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, word)| {
        *word == "ældre"
            || *word == "ældres"
            || word.starts_with("folkepension")
            || word.starts_with("pensionist")
            || is_older_age(&words, i)
    })
}

/// Whether the word at `i` is an age limit of [`OLDER_FROM`] or more: `65+`; `over 65`,
/// `fra 65`, `fyldt 65`, `mindst 65` (not followed by a unit other than years);
/// `65 år og derover`, `65 år eller derover`, `65 år og opefter`; `65-årige`.
fn is_older_age(words: &[&str], i: usize) -> bool {
    let Some(word) = words.get(i) else {
        return false;
    };
    let at = |j: usize| words.get(j).copied().unwrap_or("");
    let older = |digits: &str| {
        digits.len() <= 3
            && digits.chars().all(|c| c.is_ascii_digit())
            && digits
                .parse::<u32>()
                .is_ok_and(|age| (OLDER_FROM..=120).contains(&age))
    };
    if let Some(digits) = word.strip_suffix('+') {
        return older(digits);
    }
    if !older(word) {
        return false;
    }
    let next = at(i + 1);
    let years = matches!(next, "år" | "års" | "årige" | "+");
    if years && matches!(at(i + 2), "og" | "eller") && matches!(at(i + 3), "derover" | "opefter") {
        return true;
    }
    let before = i.checked_sub(1).map_or("", at);
    let limit = matches!(before, "over" | "fra" | "fyldt" | "mindst");
    // `over 65 kg` or `fra 65 minutter` is no age.
    limit && (years || next.is_empty() || !is_unit(next))
}

/// Whether a word is a unit that makes a number no age.
fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "%" | "procent"
            | "kg"
            | "kr"
            | "minutter"
            | "min"
            | "timer"
            | "dage"
            | "uger"
            | "måneder"
            | "gange"
            | "meter"
            | "m"
            | "km"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TextBlock;
    use crate::source::Span;

    fn older(text: &str) -> bool {
        speaks_of_older(&Text {
            blocks: vec![TextBlock::Paragraph(text.to_owned())],
            span: Span::new(0, 0),
        })
    }

    #[test]
    fn older_citizens_by_word_or_by_age() {
        for yes in [
            "Borgere, primært ældre",
            "Folkepensionister med nedsat funktionsevne",
            "Borgere på 65 år og derover",
            "Borgere over 65 år",
            "borgere over 65",
            "Målgruppen er 65+",
            "Borgere fra 67 år",
            "borgere, der er fyldt 65 år",
            "over 65-årige borgere",
            "Borgere på 70 år eller derover",
        ] {
            assert!(older(yes), "{yes}");
        }
        for no in [
            "Borgere over 18 år",
            "Børn og deres forældre",
            "Borgere under 65 år",
            "Træning i 65 minutter",
            "over 65 procent af borgerne",
            "Ring på 70 70 12 34",
            "Borgere over 18 år, i 2025",
            "op til 65 kg",
        ] {
            assert!(!older(no), "{no}");
        }
    }
}
