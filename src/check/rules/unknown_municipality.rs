//! KS112 `unknown-municipality`: `kommune X` names no Danish municipality. The
//! documentation is [`DOC`].

use crate::check::codes::UNKNOWN_MUNICIPALITY as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::suggest::nearest;

/// The documentation of the rule, shown by `kvalitet explain KS112`.
pub const DOC: &str = r#"## What it finds

A `kommune` whose name is none of Denmark's 98 municipalities in the registry, under
its name or a known spelling of it. Case, punctuation, `ae`/`oe`/`aa` for `æ`/`ø`/`å`, a
trailing `Kommune` or `Regionskommune`, and the genitive (`Københavns Kommune`) do not
matter: `Hjoerring`, `Høje Taastrup`, `Bornholms Regionskommune` and `Århus` are all
known. The help suggests the nearest name. Christiansø (Ertholmene) has a code in the
lists of kommunekoder but is no municipality; the help says so.

## Why it matters

The municipality is who publishes the standard and who decides. A misspelt or invented
name cannot be matched to the municipality's code, to other standards of the same
municipality, or to national statistics, and it makes the standard look unchecked.

## Example

```kvs
kvalitetsstandard "Træning" {
  kommune Glostrupp    # KS112: did you mean `Glostrup`?
  kommunekode 161
}
```

## Source

The registry's list of the 98 municipalities since 1 January 2007: the kommunekodeliste
of danmarksadresser.dk as HL7 Denmark's DK Core code system gives it, checked against
ladekjaer/dawars, with regions from a Danmarks Statistik format (tagteam/heaven) and
django-localflavor (`src/registry/municipalities.yaml`)."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS112`.
pub const DOC_DA: &str = r#"## Hvad den finder

En `kommune`, hvis navn ikke er nogen af Danmarks 98 kommuner i registret, hverken
under sit navn eller en kendt stavemåde af det. Store og små bogstaver, tegnsætning,
`ae`/`oe`/`aa` for `æ`/`ø`/`å`, et `Kommune` eller `Regionskommune` til sidst og
ejefald (`Københavns Kommune`) betyder intet: `Hjoerring`, `Høje Taastrup`, `Bornholms
Regionskommune` og `Århus` er alle kendte. Hjælpen foreslår det nærmeste navn.
Christiansø (Ertholmene) har en kode i listerne over kommunekoder, men er ingen kommune;
det siger hjælpen.

## Hvorfor det betyder noget

Kommunen er den, der udgiver standarden, og den, der træffer afgørelserne. Et
fejlstavet eller opfundet navn kan ikke kobles til kommunens kode, til andre standarder
fra samme kommune eller til landsdækkende statistik, og det får standarden til at se
utjekket ud.

## Eksempel

```kvs
kvalitetsstandard "Træning" {
  kommune Glostrupp    # KS112: mente du `Glostrup`?
  kommunekode 161
}
```

## Kilde

Registrets liste over de 98 kommuner siden 1. januar 2007: kommunekodelisten fra
danmarksadresser.dk, som HL7 Denmark's DK Core code system giver den, kontrolleret mod
ladekjaer/dawars, med regioner fra et format fra Danmarks Statistik (tagteam/heaven) og
django-localflavor (`src/registry/municipalities.yaml`)."#;

/// Reports a `kommune` that names no municipality.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let Some(name) = &ctx.standard.municipality else {
        return;
    };
    let registry = ctx.registry;
    if registry.municipality(&name.value).is_some() {
        return;
    }
    let diagnostic = ctx.report(
        &RULE,
        name.span,
        crate::msg!("ks112-unknown", name = &name.value),
    );
    let help = if let Some(other) = registry.not_municipality(&name.value) {
        crate::msg!(
            "ks112-not-municipality-help",
            name = &other.name,
            note = &other.note,
            source = &other.source
        )
    } else {
        let stem = without_kommune(&name.value);
        let candidates = registry.municipalities.iter().flat_map(|m| m.names());
        match nearest(stem, candidates).and_then(|s| registry.municipality(s)) {
            Some(m) => crate::msg!("ks112-did-you-mean", name = &m.name),
            None => crate::msg!("ks112-write-name-help"),
        }
    };
    out.push(diagnostic.with_help(help));
}

/// A name without a trailing `Kommune` or `Regionskommune`, or a misspelling of either
/// (`Komune`), for suggestions.
fn without_kommune(name: &str) -> &str {
    let trimmed = name.trim();
    let Some((stem, last)) = trimmed.rsplit_once(char::is_whitespace) else {
        return trimmed;
    };
    let last = last.to_lowercase();
    let near = |word: &str| strsim::levenshtein(&last, word) <= 2;
    if near("kommune") || near("regionskommune") {
        stem.trim_end()
    } else {
        trimmed
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Options;
    use crate::model::values::Date;
    use crate::source::SourceFile;

    /// The findings of this rule on a standard with `kommune NAME`: message and help.
    fn findings(name: &str) -> Vec<(String, Option<String>)> {
        let text = format!("kvalitetsstandard \"T\" {{\n  kommune {name}\n}}\n");
        let options = Options::new(Date::ymd(2026, 11, 23));
        crate::compile(SourceFile::new("t.kvs", text), &options)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KS112")
            .map(|d| (d.message.en(), d.help.map(|h| h.en())))
            .collect()
    }

    #[test]
    fn knows_every_spelling_of_a_municipality() {
        for name in [
            "Ishøj",
            "Ishoej",
            "\"Hjørring Kommune\"",
            "Høje Taastrup",
            "Høje-Taastrup",
            "Lyngby-Taarbæk",
            "Århus",
            "Aabenraa",
            "Åbenrå",
            "\"Bornholms Regionskommune\"",
            "Vesthimmerlands Kommune",
        ] {
            assert!(findings(name).is_empty(), "{name}: {:?}", findings(name));
        }
    }

    #[test]
    fn suggests_a_name_or_says_what_christiansø_is() {
        let found = findings("Glostrupp");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1.as_deref(), Some("did you mean `Glostrup`?"));
        let found = findings("\"Lyngby Tårbæk Komune\"");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1.as_deref(),
            Some("did you mean `Lyngby-Taarbæk`?")
        );
        let found = findings("\"Aarhus Kommune\"");
        assert!(found.is_empty());
        let found = findings("Christiansø");
        assert_eq!(found.len(), 1);
        let help = found[0].1.clone().unwrap_or_default();
        assert!(
            help.starts_with("Christiansø belongs to no municipality"),
            "{help}"
        );
        let found = findings("Atlantis");
        assert_eq!(
            found[0].1.as_deref(),
            Some("write the municipality's name, such as `kommune Glostrup`")
        );
    }
}
