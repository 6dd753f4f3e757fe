//! KS151 `inverted-range`: a range whose lower bound is above its upper bound. The
//! documentation is [`DOC`].

use crate::check::codes::INVERTED_RANGE as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::values::{format_number, Range};
use crate::model::{Frist, Omfang, SectionBody};
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS151`.
pub const DOC: &str = r#"## What it finds

A range such as `5-2` whose first number is larger than its second: in `omfang` and its
packages (sessions, frequency, session length, course length, pause, extensions) and in
deadlines (frister, kvalitetsmål, klagefrist, genvurdering).

## Why it matters

A range is a promise between two bounds; reversed, it promises nothing that can be
read. It is almost always a typing error, such as `60-45 min` for `45-60 min`.

## Example

```kvs
omfang {
  længde 60-45 min   # KS151
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the description of content, scope and delivery must be
precise (elov.dk)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS151`.
pub const DOC_DA: &str = r#"## Hvad den finder

Et interval som `5-2`, hvis første tal er større end det andet: i `omfang` og dets
pakker (antal gange, hyppighed, længden af en træningsgang, forløbets længde, pause,
forlængelser) og i frister (frister, kvalitetsmål, klagefrist, genvurdering).

## Hvorfor det betyder noget

Et interval er et løfte mellem to grænser; vendt om lover det intet, der kan læses.
Det er næsten altid en tastefejl, som `60-45 min` for `45-60 min`.

## Eksempel

```kvs
omfang {
  længde 60-45 min   # KS151
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1: beskrivelsen af indhold, omfang og udførelse skal være
præcis (elov.dk)."#;

/// Reports inverted ranges.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let mut ranges: Vec<(Range, Span, &str)> = Vec::new();
    for section in ctx.sections() {
        match &section.body {
            SectionBody::Omfang(omfang) => {
                omfang_ranges(omfang, &mut ranges);
                for pakke in &omfang.pakker {
                    omfang_ranges(&pakke.omfang, &mut ranges);
                }
            }
            SectionBody::Frister(frister) => {
                frister.iter().for_each(|f| frist_range(f, &mut ranges));
            }
            SectionBody::Klage(klage) => {
                for route in &klage.routes {
                    for frist in route.klagefrist.iter().chain(&route.genvurdering) {
                        frist_range(frist, &mut ranges);
                    }
                }
            }
            _ => {}
        }
    }
    for (range, span, original) in ranges {
        let (Some(min), Some(max)) = (range.min, range.max) else {
            continue;
        };
        if min <= max {
            continue;
        }
        out.push(
            ctx.report(
                &RULE,
                span,
                crate::msg!("ks151-backwards", range = original),
            )
            .with_label(crate::msg!(
                "ks151-backwards-label",
                first = format_number(min),
                second = format_number(max)
            ))
            .with_help(crate::msg!(
                "ks151-backwards-help",
                first = format_number(min),
                second = format_number(max)
            )),
        );
    }
}

fn omfang_ranges<'a>(omfang: &'a Omfang, out: &mut Vec<(Range, Span, &'a str)>) {
    for count in omfang.gange.iter().chain(&omfang.forlængelse) {
        out.push((count.amount, count.span, &count.original));
    }
    if let Some(f) = &omfang.hyppighed {
        out.push((f.count, f.span, &f.original));
    }
    for d in omfang
        .længde
        .iter()
        .chain(&omfang.forløb)
        .chain(&omfang.pause)
    {
        out.push((d.amount, d.span, &d.original));
    }
}

fn frist_range<'a>(frist: &'a Frist, out: &mut Vec<(Range, Span, &'a str)>) {
    if let Some(d) = frist.deadline.amount.duration() {
        out.push((d.amount, d.span, &d.original));
    }
}
