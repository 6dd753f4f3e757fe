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
    // Each range is judged where it is found: a large standard has hundreds of
    // thousands of them.
    let mut judge =
        |range: Range, span: Span, original: &str| judge(ctx, range, span, original, out);
    for section in ctx.sections() {
        match &section.body {
            SectionBody::Omfang(omfang) => {
                omfang_ranges(omfang, &mut judge);
                for pakke in &omfang.pakker {
                    omfang_ranges(&pakke.omfang, &mut judge);
                }
            }
            SectionBody::Frister(frister) => {
                frister.iter().for_each(|f| frist_range(f, &mut judge));
            }
            SectionBody::Klage(klage) => {
                for route in &klage.routes {
                    for frist in route.klagefrist.iter().chain(&route.genvurdering) {
                        frist_range(frist, &mut judge);
                    }
                }
            }
            _ => {}
        }
    }
}

/// Reports a range whose first number is larger than its second.
fn judge(ctx: &Context<'_>, range: Range, span: Span, original: &str, out: &mut Vec<Diagnostic>) {
    let (Some(min), Some(max)) = (range.min, range.max) else {
        return;
    };
    if min <= max {
        return;
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

fn omfang_ranges(omfang: &Omfang, judge: &mut impl FnMut(Range, Span, &str)) {
    for count in omfang.gange.iter().chain(&omfang.forlængelse) {
        judge(count.amount, count.span, &count.original);
    }
    if let Some(f) = &omfang.hyppighed {
        judge(f.count, f.span, &f.original);
    }
    for d in omfang
        .længde
        .iter()
        .chain(&omfang.forløb)
        .chain(&omfang.pause)
    {
        judge(d.amount, d.span, &d.original);
    }
}

fn frist_range(frist: &Frist, judge: &mut impl FnMut(Range, Span, &str)) {
    if let Some(d) = frist.deadline.amount.duration() {
        judge(d.amount, d.span, &d.original);
    }
}
