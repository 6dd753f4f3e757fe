//! KS190 `suppression-without-reason`: a suppression comment without a reason. The
//! documentation is [`DOC`].

use crate::check::codes::SUPPRESSION_WITHOUT_REASON as RULE;
use crate::check::Context;
use crate::diag::Diagnostic;

/// The documentation of the rule, shown by `kvalitet explain KS190`.
pub const DOC: &str = r#"## What it finds

A suppression comment, `# kvalitet: tillad KS110`, with no reason in quotes after the
codes. The suppression still applies.

## Why it matters

A suppression says that a finding is not a problem for this standard. The next reader,
or the next year's author, needs to know why, or the suppression outlives its reason.

## Example

```kvs
# kvalitet: tillad KS140            # KS190: why?
# kvalitet: tillad KS140 "genbehandles i udvalget i december"
```

## Source

The suppression syntax of kvalitet (`src/check/suppress.rs`). No legal fact is
involved."#;

/// The documentation in Danish, shown by `kvalitet --lang da explain KS190`.
pub const DOC_DA: &str = r#"## Hvad den finder

En undtagelseskommentar, `# kvalitet: tillad KS110`, uden en begrundelse i
anførselstegn efter koderne. Undtagelsen gælder stadig.

## Hvorfor det betyder noget

En undtagelse siger, at et fund ikke er et problem for denne standard. Den næste læser,
eller næste års forfatter, skal vide hvorfor, ellers lever undtagelsen længere end sin
begrundelse.

## Eksempel

```kvs
# kvalitet: tillad KS140            # KS190: hvorfor?
# kvalitet: tillad KS140 "genbehandles i udvalget i december"
```

## Kilde

kvalitets syntaks for undtagelser (`src/check/suppress.rs`). Der indgår ingen juridisk
kendsgerning."#;

/// Reports suppressions without a reason.
pub fn check(ctx: &Context<'_>, out: &mut Vec<Diagnostic>) {
    for suppression in &ctx.suppressions {
        // A reason with no closing quote is reported as malformed (KS192): the comment
        // holds its opening quote alone, as codes cannot hold quotes.
        let unclosed = ctx.source.slice(suppression.comment).matches('"').count() == 1;
        if suppression.reason.is_some() || suppression.codes.is_empty() || unclosed {
            continue;
        }
        let codes = suppression
            .codes
            .iter()
            .map(|c| c.rule.code)
            .collect::<Vec<_>>()
            .join(", ");
        out.push(
            ctx.report(
                &RULE,
                suppression.comment,
                crate::msg!("ks190-no-reason", codes = &codes),
            )
            .with_help(crate::msg!("ks190-no-reason-help", codes = codes)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::check::Options;
    use crate::model::values::Date;
    use crate::source::SourceFile;

    /// The codes of the suppression findings on a standard with `comment` before its
    /// `revideres ved-ændringer`.
    fn codes(comment: &str) -> Vec<&'static str> {
        let text =
            format!("kvalitetsstandard \"T\" {{\n  # {comment}\n  revideres ved-ændringer\n}}\n");
        let options = Options::new(Date::ymd(2026, 11, 23));
        let mut codes: Vec<&'static str> = crate::compile(SourceFile::new("t.kvs", text), &options)
            .diagnostics
            .into_iter()
            .map(|d| d.code)
            .filter(|code| ["KS190", "KS192"].contains(code))
            .collect();
        codes.sort_unstable();
        codes
    }

    #[test]
    fn a_reason_without_its_closing_quote_is_malformed_not_missing() {
        assert_eq!(codes("kvalitet: tillad KS142"), ["KS190"]);
        assert_eq!(codes("kvalitet: tillad KS142 \"\""), ["KS190"]);
        assert_eq!(codes("kvalitet: tillad KS142 \"   \""), ["KS190"]);
        assert_eq!(codes("kvalitet: tillad KS142 \"ingen slutcitat"), ["KS192"]);
        assert!(codes("kvalitet: tillad KS142 \"udvalget har besluttet det\"").is_empty());
    }
}
