//! KS143 `undecided-proposal`: a value or a section marked `forslag:`, not yet
//! decided. Advice in a draft; an error in a standard that carries its approval. The
//! documentation is [`DOC`].

use crate::check::codes::UNDECIDED_PROPOSAL as RULE;
use crate::check::Context;
use crate::diag::{Diagnostic, Severity};

/// The documentation of the rule, shown by `kvalitet explain KS143`.
pub const DOC: &str = r#"## What it finds

Every statement marked `forslag:`: a section, an indsats, a contact or a value that is
proposed and not yet decided. In a draft (`udkast`), or a standard that states no
approval, each is advice: a reminder of what the council still has to decide. In a
standard that carries its approval (`godkendt …`) each is an error.

## Why it matters

An approved standard is the council's decision on the service level: every promise in
it binds the municipality. A figure that is still only proposed is no promise, so an
approved standard cannot hold one. A draft may; the proposals are what the council is
asked to decide, and the citizen page is not built until they are decided.

## Example

```kvs
kvalitetsstandard "Genoptræning" {
  godkendt 2027-02-06 af "Sundhedsudvalget"
  frister {
    afgørelse forslag: 10 hverdage efter ansøgning   # KS143: decide it, or mark the standard `udkast`
  }
}
```

## Source

BEK nr. 1575 af 27/12/2014 § 1 (under SEL § 139): the council must at least once a year
prepare a quality standard (elov.dk); what it approves is its decision on the service
level. `forslag:` is the language's mark of what is not yet decided (docs/language.md,
*Proposals*)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS143`.
pub const DOC_DA: &str = r#"## Hvad den finder

Hvert udsagn markeret `forslag:`: et afsnit, en indsats, en kontakt eller en værdi, der
er foreslået og endnu ikke besluttet. I et udkast (`udkast`), eller en standard, der
ikke angiver nogen godkendelse, er hvert et råd: en påmindelse om, hvad
kommunalbestyrelsen stadig skal beslutte. I en standard, der bærer sin godkendelse
(`godkendt …`), er hvert en fejl.

## Hvorfor det betyder noget

En godkendt standard er kommunalbestyrelsens beslutning om serviceniveauet: hvert løfte
i den binder kommunen. Et tal, der stadig kun er foreslået, er intet løfte, så en
godkendt standard kan ikke rumme et. Et udkast kan; forslagene er det, kommunal-
bestyrelsen bliver bedt om at beslutte, og borgersiden bygges ikke, før de er
besluttet.

## Eksempel

```kvs
kvalitetsstandard "Genoptræning" {
  godkendt 2027-02-06 af "Sundhedsudvalget"
  frister {
    afgørelse forslag: 10 hverdage efter ansøgning   # KS143: beslut den, eller markér standarden `udkast`
  }
}
```

## Kilde

BEK nr. 1575 af 27/12/2014 § 1 (efter SEL § 139): kommunalbestyrelsen skal mindst én
gang om året udarbejde en kvalitetsstandard (elov.dk); det, den godkender, er dens
beslutning om serviceniveauet. `forslag:` er sprogets markering af det, der endnu ikke
er besluttet (docs/language.md, *Proposals*)."#;

/// Reports each proposal: advice in a draft, at the rule's level once approved.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let standard = ctx.standard;
    let approval = standard
        .approval
        .as_ref()
        .filter(|_| standard.draft.is_none());
    for proposal in standard.proposals.iter() {
        let keyword = &proposal.keyword;
        let diagnostic = match approval {
            Some(approval) => ctx
                .report(
                    &RULE,
                    proposal.mark,
                    crate::msg!("ks143-proposed-approved", keyword = keyword),
                )
                .with_label(crate::msg!("ks143-proposal-label"))
                .with_secondary(approval.span, crate::msg!("ks143-approved-label"))
                .with_help(crate::msg!("ks143-proposed-approved-help")),
            None => Diagnostic::new(
                RULE.code,
                Severity::Advice,
                proposal.mark,
                crate::msg!("ks143-proposed", keyword = keyword),
            )
            .with_label(crate::msg!("ks143-proposal-label"))
            .with_help(crate::msg!("ks143-proposed-help")),
        };
        out.push(diagnostic);
    }
}
