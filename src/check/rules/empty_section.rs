//! KS130 `empty-section`: a heading with nothing under it. The documentation is [`DOC`].

use crate::check::codes::EMPTY_SECTION as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::model::{Section, SectionKind};
use crate::msg;
use crate::source::Span;

/// The documentation of the rule, shown by `kvalitet explain KS130`.
pub const DOC: &str = r#"## What it finds

A section that states nothing: no text, no links, no contacts, no law references and no
typed values, such as `kvalitetsmål "Kvalitetsmål" {}`. An empty `afsnit` is not a
finding: it is the language's way to write a part title such as "GENERELT" over the
sections that follow.

An empty section followed by a section of text only (no typed values) is often a
heading over sub-headings, written as empty sections because the first edition of the
language had no sub-headings. The help then says how to write it: one section, its
text divided by `## Overskrift` lines.

## Why it matters

An empty heading promises the citizen something the standard does not give. An empty
`kvalitetsmål` is a standard without operational goals. A heading faked with an empty
section is shown to citizens, and read by the checker, as a section with nothing in it.

## Example

```kvs
kvalitetsmål "Kvalitetsmål" {}   # KS130

behov "Hvad får man træning til?" {}   # KS130: write the next section as a sub-heading
behov "Genoptræning" "Du kan få genoptræning …"

behov "Hvad får man træning til?" """
  ## Genoptræning
  Du kan få genoptræning …
"""
```

## Source

BEK nr. 1575 af 27/12/2014 § 1: the standard must describe content, scope and delivery
precisely, and contain operational goals and how they are followed up (elov.dk)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS130`.
pub const DOC_DA: &str = r#"## Hvad den finder

Et afsnit, der intet siger: ingen tekst, ingen links, ingen kontakter, ingen
lovhenvisninger og ingen angivne værdier, som `kvalitetsmål "Kvalitetsmål" {}`. Et tomt
`afsnit` er ikke et fund: det er sprogets måde at skrive en overskrift for en del, som
"GENERELT", over de afsnit, der følger.

Et tomt afsnit efterfulgt af et afsnit med kun tekst (ingen angivne værdier) er ofte en
overskrift over underoverskrifter, skrevet som tomme afsnit, fordi sprogets første
udgave ikke havde underoverskrifter. Hjælpen siger da, hvordan det skrives: ét afsnit,
hvis tekst er delt op med `## Overskrift`-linjer.

## Hvorfor det betyder noget

En tom overskrift lover borgeren noget, standarden ikke giver. Et tomt `kvalitetsmål`
er en standard uden operationelle mål. En overskrift, der er lavet med et tomt afsnit,
vises for borgerne, og læses af tjekket, som et afsnit uden indhold.

## Eksempel

```kvs
kvalitetsmål "Kvalitetsmål" {}   # KS130

behov "Hvad får man træning til?" {}   # KS130: skriv det næste afsnit som en underoverskrift
behov "Genoptræning" "Du kan få genoptræning …"

behov "Hvad får man træning til?" """
  ## Genoptræning
  Du kan få genoptræning …
"""
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1: standarden skal beskrive indhold, omfang og udførelse
præcist og indeholde operationelle mål og hvordan de følges op (elov.dk)."#;

/// Reports empty sections that are not part titles; where a section of text follows,
/// the help says how to write it as a sub-heading.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for scope in ctx.scopes() {
        let mut sections = scope.sections.iter().peekable();
        while let Some(section) = sections.next() {
            if !section.is_empty() || section.kind == SectionKind::Afsnit {
                continue;
            }
            let diagnostic = ctx
                .report(
                    &RULE,
                    heading_span(section),
                    msg!("ks130-empty", heading = section.display_heading()),
                )
                .with_label(msg!("ks130-empty-label"));
            let next = sections
                .peek()
                .filter(|next| next.body.is_empty() && next.text.iter().any(|t| !t.is_empty()));
            out.push(match next {
                Some(next) => diagnostic
                    .with_secondary(heading_span(next), msg!("ks130-sub-heading-label"))
                    .with_help(msg!(
                        "ks130-sub-heading-help",
                        heading = next.display_heading(),
                        keyword = section.kind.word()
                    )),
                None => {
                    diagnostic.with_help(msg!("ks130-empty-help", keyword = section.kind.word()))
                }
            });
        }
    }
}

/// A section's keyword and heading.
fn heading_span(section: &Section) -> Span {
    section
        .heading
        .as_ref()
        .map_or(section.keyword_span, |h| section.keyword_span.join(h.span))
}
