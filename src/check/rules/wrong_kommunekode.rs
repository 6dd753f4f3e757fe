//! KS113 `wrong-kommunekode`: the `kommunekode` is not the code of the municipality the
//! standard names. The documentation is [`DOC`].

use crate::check::codes::WRONG_KOMMUNEKODE as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;
use crate::registry::municipality_code_key;

/// The documentation of the rule, shown by `kvalitet explain KS113`.
pub const DOC: &str = r#"## What it finds

A `kommunekode` that differs from the registry's code for the municipality named by
`kommune`: another municipality's code, a code no municipality has, or Christiansø's
411. `0161` and `161` are the same code. The help gives the registry's code and its
source. A standard with a `kommunekode` and no `kommune`, or with a `kommune` the
registry does not know (`unknown-municipality`, KS112), is not judged.

## Why it matters

The kommunekode is how systems and statistics (Danmarks Statistik, DAGI, the national
comparisons) identify the municipality. A wrong code files the standard under another
municipality, or under none.

## Example

```kvs
kvalitetsstandard "Træning" {
  kommune Glostrup
  kommunekode 151    # KS113: 151 is Ballerup; Glostrup is 161
}
```

## Source

The registry's kommunekoder: the kommunekodeliste of danmarksadresser.dk as HL7
Denmark's DK Core code system gives it, checked against ladekjaer/dawars
(`src/registry/municipalities.yaml`). The domain notes give Ballerup 151, Glostrup 161,
Ishøj 183, Vesthimmerland 820 and Hjørring 860."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS113`.
pub const DOC_DA: &str = r#"## Hvad den finder

En `kommunekode`, der afviger fra registrets kode for den kommune, `kommune` nævner: en
anden kommunes kode, en kode, ingen kommune har, eller Christiansøs 411. `0161` og `161`
er den samme kode. Hjælpen giver registrets kode og dens kilde. En standard med en
`kommunekode` og ingen `kommune`, eller med en `kommune`, registret ikke kender
(`unknown-municipality`, KS112), vurderes ikke.

## Hvorfor det betyder noget

Kommunekoden er den måde, systemer og statistik (Danmarks Statistik, DAGI, de
landsdækkende sammenligninger) kender kommunen på. En forkert kode arkiverer standarden
under en anden kommune eller under ingen.

## Eksempel

```kvs
kvalitetsstandard "Træning" {
  kommune Glostrup
  kommunekode 151    # KS113: 151 er Ballerup; Glostrup er 161
}
```

## Kilde

Registrets kommunekoder: kommunekodelisten fra danmarksadresser.dk, som HL7 Denmark's
DK Core code system giver den, kontrolleret mod ladekjaer/dawars
(`src/registry/municipalities.yaml`). Domain notes giver Ballerup 151, Glostrup 161,
Ishøj 183, Vesthimmerland 820 og Hjørring 860."#;

/// Reports a kommunekode that is not the named municipality's.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    let standard = ctx.standard;
    let (Some(name), Some(code)) = (&standard.municipality, &standard.municipality_code) else {
        return;
    };
    let registry = ctx.registry;
    let Some(municipality) = registry.municipality(&name.value) else {
        return;
    };
    let written = municipality_code_key(&code.value).unwrap_or_else(|| code.value.clone());
    if written == municipality.code {
        return;
    }
    let message = if let Some(other) = registry.municipality_by_code(&written) {
        crate::msg!(
            "ks113-other-municipality",
            code = written,
            other = &other.name,
            municipality = &municipality.name
        )
    } else if let Some(other) = registry.not_municipality(&written) {
        crate::msg!(
            "ks113-not-municipality",
            code = written,
            other = &other.name,
            municipality = &municipality.name
        )
    } else {
        crate::msg!(
            "ks113-no-municipality",
            code = written,
            municipality = &municipality.name
        )
    };
    out.push(
        ctx.report_fact(&RULE, municipality.confirmed, code.span, message)
            .with_label(crate::msg!(
                "ks113-label",
                municipality = &municipality.name,
                code = &municipality.code
            ))
            .with_secondary(name.span, crate::msg!("ks113-named-here"))
            .with_help(crate::msg!(
                "ks113-help",
                code = &municipality.code,
                municipality = &municipality.name,
                source = &municipality.source
            )),
    );
}

#[cfg(test)]
mod tests {
    use crate::check::Options;
    use crate::model::values::Date;
    use crate::source::SourceFile;

    /// The messages of this rule on a standard's header.
    fn messages(header: &str) -> Vec<String> {
        let text = format!("kvalitetsstandard \"T\" {{\n{header}\n}}\n");
        let options = Options::new(Date::ymd(2026, 11, 23));
        crate::compile(SourceFile::new("t.kvs", text), &options)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "KS113")
            .map(|d| d.message.en())
            .collect()
    }

    #[test]
    fn judges_the_code_against_the_named_municipality() {
        assert!(messages("kommune Glostrup\nkommunekode 161").is_empty());
        assert!(messages("kommune Glostrup\nkommunekode 0161").is_empty());
        assert!(messages("kommune Vesthimmerlands Kommune\nkommunekode 820").is_empty());
        assert_eq!(
            messages("kommune Ishøj\nkommunekode 860"),
            ["kommunekode 860 belongs to Hjørring, not to Ishøj"]
        );
        assert_eq!(
            messages("kommune Bornholm\nkommunekode 411"),
            ["kommunekode 411 belongs to Christiansø, which is no municipality, not to Bornholm"]
        );
        assert_eq!(
            messages("kommune Glostrup\nkommunekode 162"),
            ["kommunekode 162 belongs to no municipality, not to Glostrup"]
        );
    }

    #[test]
    fn says_nothing_without_a_known_name() {
        assert!(messages("kommunekode 999").is_empty());
        assert!(messages("kommune Atlantis\nkommunekode 999").is_empty());
    }
}
