//! KS130 `empty-section`: a heading with nothing under it. The documentation is [`DOC`].

use crate::check::codes::EMPTY_SECTION as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::SectionKind;

/// The documentation of the rule, shown by `kvalitet explain KS130`.
pub const DOC: &str = r#"## What it finds

A section that states nothing: no text, no links, no contacts, no law references and no
typed values, such as `kvalitetsmål "Kvalitetsmål" {}`. Two kinds of empty section are
not findings, because they have content under them in the document: an `afsnit` (the
language's way to write a part title such as "GENERELT"), and a section directly
followed by a section of the same kind (a heading over sub-headings, such as
`behov "Hvad får man træning til?" {}` before `behov "Genoptræning" …`).

## Why it matters

An empty heading promises the citizen something the standard does not give. An empty
`kvalitetsmål` is a standard without operational goals.

## Example

```kvs
kvalitetsmål "Kvalitetsmål" {}   # KS130
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the standard must describe content, scope and delivery
precisely, and contain operational goals and how they are followed up (elov.dk)."#;

/// Reports empty sections that are not part titles or headings over sub-headings.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for scope in ctx.scopes() {
        let mut sections = scope.sections.iter().peekable();
        while let Some(section) = sections.next() {
            if !section.is_empty() || section.kind == SectionKind::Afsnit {
                continue;
            }
            if sections
                .peek()
                .is_some_and(|next| next.kind == section.kind)
            {
                continue;
            }
            let span = section
                .heading
                .as_ref()
                .map_or(section.keyword_span, |h| section.keyword_span.join(h.span));
            out.push(
                ctx.report(
                    &RULE,
                    span,
                    format!(
                        "the section \"{}\" has nothing under it",
                        section.display_heading()
                    ),
                )
                .with_label("empty section")
                .with_help(format!(
                    "write what the standard says under this heading, or remove the empty `{}`",
                    section.kind.word()
                )),
            );
        }
    }
}
