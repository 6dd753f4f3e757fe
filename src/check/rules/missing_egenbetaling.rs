//! KS132 `missing-egenbetaling`: a standard that does not say what the citizen pays.
//! The documentation is [`DOC`].

use crate::check::codes::MISSING_EGENBETALING as RULE;
use crate::check::{Context, Scope};
use crate::diag::Diagnostic;
use crate::model::{SectionKind, Text};

/// The documentation of the rule, shown by `kvalitet explain KS132`.
pub const DOC: &str = r#"## What it finds

A standard with no `egenbetaling` section, neither in the standard (or its summary) nor
in every indsats, whose text does not speak of payment either (words such as
"egenbetaling", "betal", "gratis", "koster", "omkostning", "kr."). When the standard has
no general `egenbetaling`, each indsats without one is reported.

## Why it matters

Whether training is free, and what a stay costs, is among the first things a citizen
asks. A standard must give general service information; the price is part of it.

## Example

```kvs
kvalitetsstandard "Vedligeholdende træning" {
  omfang { hyppighed 1 gang ugentligt }
  # KS132: add `egenbetaling 0 kr`
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the standard must contain general service information
for citizens (elov.dk). "egenbetaling" is one of the classic headings of standards; the
enumerated list of mandatory items is unconfirmed, so this is a warning."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS132`.
pub const DOC_DA: &str = r#"## Hvad den finder

En standard uden et `egenbetaling`-afsnit, hverken i standarden (eller dens resumé)
eller i hver indsats, hvis tekst heller ikke taler om betaling (ord som
"egenbetaling", "betal", "gratis", "koster", "omkostning", "kr."). Når standarden ikke
har nogen generel `egenbetaling`, meldes hver indsats uden en.

## Hvorfor det betyder noget

Om træningen er gratis, og hvad et ophold koster, er blandt det første, en borger
spørger om. En standard skal give generel information om ydelsen; prisen er en del af
den.

## Eksempel

```kvs
kvalitetsstandard "Vedligeholdende træning" {
  omfang { hyppighed 1 gang ugentligt }
  # KS132: tilføj `egenbetaling 0 kr`
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1: standarden skal indeholde generel information om
ydelsen til borgerne (elov.dk). "egenbetaling" er en af standardernes klassiske
overskrifter; den opregnede liste over obligatoriske punkter er ikke bekræftet, så
dette er en advarsel."#;

/// Words that show a text speaks of payment.
const PAYMENT_WORDS: [&str; 8] = [
    "egenbetaling",
    "brugerbetaling",
    "betal",
    "gratis",
    "koster",
    "omkostning",
    "vederlagsfri",
    " kr.",
];

/// Reports scopes that say nothing about what the citizen pays.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let scopes = ctx.scopes();
    let general = scopes.iter().filter(|s| s.indsats.is_none());
    if general.clone().any(has_fees) {
        return;
    }
    let indsatser: Vec<&Scope<'_>> = scopes.iter().filter(|s| s.indsats.is_some()).collect();
    let mentioned_in_general = general.clone().any(mentions_payment);
    if indsatser.is_empty() {
        if !mentioned_in_general {
            out.push(
                ctx.report_missing(
                    &RULE,
                    ctx.title_span(),
                    crate::msg!("ks132-no-egenbetaling"),
                )
                .with_label(crate::msg!("ks132-no-egenbetaling-label"))
                .with_help(crate::msg!("ks132-no-egenbetaling-help")),
            );
        }
        return;
    }
    if mentioned_in_general {
        return;
    }
    for scope in indsatser {
        let Some(indsats) = scope.indsats else {
            continue;
        };
        if has_fees(scope) || mentions_payment(scope) {
            continue;
        }
        out.push(
            ctx.report_missing(
                &RULE,
                indsats.title.span,
                crate::msg!(
                    "ks132-indsats-no-egenbetaling",
                    indsats = &indsats.title.value
                ),
            )
            .with_label(crate::msg!("ks132-indsats-no-egenbetaling-label"))
            .with_help(crate::msg!("ks132-indsats-no-egenbetaling-help")),
        );
    }
}

fn has_fees(scope: &Scope<'_>) -> bool {
    scope
        .sections
        .iter()
        .any(|s| s.kind == SectionKind::Egenbetaling)
}

fn mentions_payment(scope: &Scope<'_>) -> bool {
    scope.sections.iter().any(|section| {
        section.text.iter().any(speaks_of_payment)
            || section
                .heading
                .as_ref()
                .is_some_and(|h| h.value.to_lowercase().contains("betal"))
    })
}

fn speaks_of_payment(text: &Text) -> bool {
    let plain = text.plain().to_lowercase();
    PAYMENT_WORDS.iter().any(|w| plain.contains(w))
}
