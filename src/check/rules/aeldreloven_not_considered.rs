//! KS180 `aeldreloven-not-considered`: a standard for older citizens, effective after
//! ældreloven, that cites SEL § 86 and says nothing of ældreloven. The documentation is
//! [`DOC`].

use crate::check::codes::AELDRELOVEN_NOT_CONSIDERED as RULE;
use crate::check::context::before;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::{Date, Law};
use crate::model::{SectionBody, SectionKind, Text};
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS180`.
pub const DOC: &str = r#"## What it finds

A standard that takes effect on or after the day SEL § 2 stk. 5 came into force
(2025-07-01), whose target group (`målgruppe`) speaks of older citizens ("ældre",
"folkepension…", "pensionist…"), that cites SEL § 86, and that neither cites ældreloven
(`ÆL § …`) nor mentions it in its text. The date it takes effect is the start of its
validity, else its approval date, else its `dato`, else its `år`; a standard with none
of them is not judged.

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
    if refs.iter().any(|r| r.law == Law::Ael) {
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
        ctx.report(
            &RULE,
            section.keyword_span,
            "the target group includes older citizens, but the standard does not mention ældreloven",
        )
        .with_label("speaks of older citizens")
        .with_secondary(sel_86.span, "cites SEL § 86")
        .with_secondary(date_span, format!("takes effect {effective}"))
        .with_help(format!(
            "from {in_force}, who can get help under ældreloven §§ 10, 13, 14, 16 and 17 cannot \
             get it under SEL § 86 (SEL § 2 stk. 5, LOV nr. 1703 af 30/12/2024); say how \
             ældreloven applies to the target group"
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

/// Whether a text speaks of older citizens: the word "ældre" (not "forældre"), or
/// words on folkepension and pensioners.
fn speaks_of_older(text: &Text) -> bool {
    text.plain()
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|word| {
            word == "ældre"
                || word == "ældres"
                || word.starts_with("folkepension")
                || word.starts_with("pensionist")
        })
}
