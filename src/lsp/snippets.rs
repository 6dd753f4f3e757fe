//! Snippets for the parts a standard should have: the parts whose absence the
//! checker reports (a complaint route for decisions with its klagefrist, genvurdering
//! and Ankestyrelsen, a deadline for the decision, what the citizen pays, the approval),
//! and a whole standard to start from. Placeholders are LSP snippet syntax (`${1:…}`);
//! a client without snippets gets the text with each placeholder's default.
//!
//! A test compiles every snippet, with its defaults, inside a standard: none may hold a
//! language error, so the snippets cannot drift from the schema.

use crate::schema::Place;

/// One snippet.
#[derive(Debug, Clone, Copy)]
pub struct Snippet {
    /// The place it may stand in.
    pub place: Place,
    /// The keyword it starts with: it is offered only where no statement of that
    /// keyword stands yet.
    pub keyword: &'static str,
    /// Its label in the list.
    pub label: &'static str,
    /// What it is for.
    pub detail: &'static str,
    /// The snippet.
    pub body: &'static str,
}

/// Every snippet.
pub const SNIPPETS: &[Snippet] = &[
    Snippet {
        place: Place::File,
        keyword: "kvalitetsstandard",
        label: "kvalitetsstandard …",
        detail: "a whole standard: header, deadlines, price, complaints and a contact",
        body: "kvalitetsstandard \"${1:Genoptræning og vedligeholdende træning}\" {\n\tkommune ${2:Glostrup}\n\tår ${3:2025}\n\tgodkendt ${4:2025-01-01} af \"${5:Social- og Sundhedsudvalget}\"\n\trevideres årligt\n\tlovgrundlag SEL § 86 stk. 1 og 2\n\n\tmålgruppe {\n\t\tkan \"${6:Borgere med nedsat fysisk funktionsevne.}\"\n\t}\n\tomfang {\n\t\thyppighed ${7:2} gange om ugen\n\t\tlængde ${8:45} min\n\t\tforløb op til ${9:3} måneder\n\t}\n\tegenbetaling 0 kr\n\tfrister {\n\t\tafgørelse ${10:10} hverdage efter ansøgning\n\t}\n\tklage {\n\t\tafgørelse {\n\t\t\ttil ${11:visitationen}\n\t\t\tklagefrist 4 uger efter afgørelse\n\t\t\tgenvurdering 4 uger efter klage\n\t\t\tvidere ankestyrelsen\n\t\t}\n\t}\n\n\tkontakt ${11:visitationen} \"${12:Visitationen}\" {\n\t\ttelefon ${13:43 23 66 90}\n\t\tmail ${14:visitation@kommune.dk}\n\t}\n}\n$0",
    },
    Snippet {
        place: Place::Standard,
        keyword: "godkendt",
        label: "godkendt … af …",
        detail: "when and by whom the standard was approved",
        body: "godkendt ${1:2025-01-01} af \"${2:Social- og Sundhedsudvalget}\"$0",
    },
    Snippet {
        place: Place::Sections,
        keyword: "klage",
        label: "klage { afgørelse { … } }",
        detail: "the complaint route for decisions: klagefrist, genvurdering, Ankestyrelsen",
        body: "klage {\n\tafgørelse {\n\t\ttil ${1:visitationen}\n\t\tklagefrist 4 uger efter afgørelse\n\t\tgenvurdering 4 uger efter klage\n\t\tvidere ankestyrelsen\n\t}\n}$0",
    },
    Snippet {
        place: Place::Sections,
        keyword: "frister",
        label: "frister { afgørelse … }",
        detail: "the deadline for the decision",
        body: "frister {\n\tafgørelse ${1:10} ${2:hverdage} efter ${3:ansøgning}\n}$0",
    },
    Snippet {
        place: Place::Sections,
        keyword: "egenbetaling",
        label: "egenbetaling 0 kr",
        detail: "what the citizen pays",
        body: "egenbetaling ${1:0} kr$0",
    },
    Snippet {
        place: Place::Sections,
        keyword: "omfang",
        label: "omfang { … }",
        detail: "frequency, session length and course length",
        body: "omfang {\n\thyppighed ${1:2} gange om ugen\n\tlængde ${2:45} min\n\tforløb op til ${3:3} måneder\n}$0",
    },
    Snippet {
        place: Place::Sections,
        keyword: "målgruppe",
        label: "målgruppe { kan … }",
        detail: "who can and who cannot get the service",
        body: "målgruppe {\n\tkan \"${1:Borgere med nedsat fysisk funktionsevne.}\"\n\tkan-ikke \"${2:Borgere med en genoptræningsplan fra sygehuset.}\"\n}$0",
    },
    Snippet {
        place: Place::Standard,
        keyword: "kontakt",
        label: "kontakt … { … }",
        detail: "a contact with phone and mail",
        body: "kontakt ${1:visitationen} \"${2:Visitationen}\" {\n\ttelefon ${3:43 23 66 90}\n\tmail ${4:visitation@kommune.dk}\n}$0",
    },
];

/// The snippets that may stand in `place` (a place that includes the sections gets
/// theirs).
pub fn for_place(place: Place) -> impl Iterator<Item = &'static Snippet> {
    let includes = place.spec().includes;
    SNIPPETS
        .iter()
        .filter(move |s| s.place == place || includes.contains(&s.place))
}

/// The snippet's text with every placeholder replaced by its default, for a client
/// without snippets (and for the tests).
pub fn plain(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find('$') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        if let Some(inner) = after.strip_prefix('{') {
            let end = inner.find('}').unwrap_or(inner.len());
            let placeholder = inner.get(..end).unwrap_or("");
            let default = placeholder.split_once(':').map_or("", |(_, d)| d);
            out.push_str(default);
            rest = inner.get(end + 1..).unwrap_or("");
        } else {
            let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            rest = after.get(digits..).unwrap_or("");
        }
    }
    out.push_str(rest);
    out.replace('\t', "  ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Options;
    use crate::diag::Severity;
    use crate::model::values::Date;
    use crate::source::SourceFile;

    /// The language errors of a file.
    fn errors(text: &str) -> Vec<String> {
        let compiled = crate::compile(
            SourceFile::new("snippet.kvs", text),
            &Options::new(Date::ymd(2025, 3, 1)),
        );
        compiled
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| format!("{} {}", d.code, d.message.en()))
            .collect()
    }

    #[test]
    fn every_snippet_reads_without_errors_where_it_is_offered() {
        for snippet in SNIPPETS {
            let body = plain(snippet.body);
            // The contact the snippets name, unless the snippet defines it.
            let contact = if snippet.keyword == "kontakt" {
                ""
            } else {
                "  kontakt visitationen \"V\" { telefon 43 23 66 90 }\n"
            };
            let text = match snippet.place {
                Place::File => body,
                _ => {
                    format!("kvalitetsstandard \"A\" {{\n  kommune Glostrup\n{contact}{body}\n}}\n")
                }
            };
            assert_eq!(
                errors(&text),
                Vec::<String>::new(),
                "{}:\n{text}",
                snippet.label
            );
        }
    }

    #[test]
    fn the_whole_standard_needs_nothing_more() {
        let whole = SNIPPETS
            .iter()
            .find(|s| s.place == Place::File)
            .expect("a whole standard");
        let compiled = crate::compile(
            SourceFile::new("snippet.kvs", plain(whole.body)),
            &Options::new(Date::ymd(2025, 3, 1)),
        );
        let found: Vec<&str> = compiled.diagnostics.iter().map(|d| d.code).collect();
        assert_eq!(found, Vec::<&str>::new(), "{:?}", compiled.diagnostics);
    }

    #[test]
    fn placeholders_become_their_defaults() {
        assert_eq!(plain("a ${1:b} $2c $0"), "a b c ");
        assert_eq!(plain("x {\n\ty\n}"), "x {\n  y\n}");
    }
}
