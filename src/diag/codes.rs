//! The stable codes of the language's own diagnostics (syntax, types, names).
//!
//! Codes `KS001`–`KS099` belong to the language: they are always errors and cannot be
//! suppressed, because the standard cannot be read as written. The checker's rules
//! have codes from `KS100` up and live in `crate::check::rules`.

use crate::i18n::Lang;

/// A language diagnostic code with its documentation, in English and Danish.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    /// The code, e.g. `KS020`.
    pub code: &'static str,
    /// A kebab-case name.
    pub name: &'static str,
    /// One line on what it means.
    pub summary: &'static str,
    /// A longer explanation with an example, for `kvalitet explain`.
    pub explanation: &'static str,
    /// The summary in Danish.
    pub summary_da: &'static str,
    /// The explanation in Danish: the same text and example, its comments translated.
    pub explanation_da: &'static str,
    /// Whether its diagnostics carry fixes, and how safe those are.
    pub fix: super::FixAvailability,
}

impl CodeInfo {
    /// The summary in `lang`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        lang.pick(self.summary, self.summary_da)
    }

    /// The explanation in `lang`.
    pub fn explanation(&self, lang: Lang) -> &'static str {
        lang.pick(self.explanation, self.explanation_da)
    }
}

macro_rules! codes {
    (@fix) => { super::FixAvailability::None };
    (@fix $when:ident($safety:ident)) => {
        super::FixAvailability::$when(super::FixSafety::$safety)
    };
    ($($konst:ident = $code:literal, $name:literal, $(fix $when:ident($safety:ident),)?
        $summary:literal, $explanation:literal,
        da $summary_da:literal, $explanation_da:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $konst: &str = $code;
        )*
        /// Every language code, in order.
        pub const ALL: &[CodeInfo] = &[
            $(CodeInfo {
                code: $code,
                name: $name,
                summary: $summary,
                explanation: $explanation,
                summary_da: $summary_da,
                explanation_da: $explanation_da,
                fix: codes!(@fix $($when($safety))?),
            },)*
        ];
    };
}

codes! {
    SYNTAX_ERROR = "KS001", "syntax-error",
        "A line could not be read as a statement.",
        "Every line is a keyword, its values, and an optional `{ … }` block.\n\n    telefon 43 23 66 90\n    kontakt visitationen \"Visitationen\" {\n      mail visitation@kommune.dk\n    }",
        da "En linje kunne ikke læses som et udsagn.",
        "Hver linje er et nøgleord, dets værdier og eventuelt en `{ … }`-blok.\n\n    telefon 43 23 66 90\n    kontakt visitationen \"Visitationen\" {\n      mail visitation@kommune.dk\n    }";
    UNTERMINATED_STRING = "KS002", "unterminated-string",
        "A string has no closing quote on its line.",
        "A `\"…\"` string must end on the line it starts. Use a text block for longer text.\n\n    titel \"Genoptræning\"      # right\n    titel \"Genoptræning       # wrong",
        da "En tekst i anførselstegn slutter ikke på sin linje.",
        "En `\"…\"`-tekst skal slutte på den linje, hvor den begynder. Brug en tekstblok til længere tekst.\n\n    titel \"Genoptræning\"      # rigtigt\n    titel \"Genoptræning       # forkert";
    UNTERMINATED_TEXT_BLOCK = "KS003", "unterminated-text-block",
        "A text block has no closing `\"\"\"`.",
        "Text blocks start and end with three quotes:\n\n    formål \"\"\"\n      Formålet er …\n    \"\"\"",
        da "En tekstblok mangler sine afsluttende `\"\"\"`.",
        "Tekstblokke begynder og slutter med tre anførselstegn:\n\n    formål \"\"\"\n      Formålet er …\n    \"\"\"";
    UNCLOSED_BLOCK = "KS004", "unclosed-block",
        "A `{` has no matching `}`.",
        "Every block opened with `{` must be closed with `}`.",
        da "En `{` har ingen tilhørende `}`.",
        "Hver blok, der åbnes med `{`, skal lukkes med `}`.";
    UNMATCHED_BRACE = "KS005", "unmatched-brace",
        "A `}` closes no block.",
        "Remove the `}` or add the `{` it belongs to.",
        da "En `}` lukker ingen blok.",
        "Fjern `}`, eller tilføj den `{`, den hører til.";
    EXPECTED_KEYWORD = "KS006", "expected-keyword",
        "A line starts with something that is not a keyword.",
        "Statements start with a keyword. Bullet lists belong inside text blocks:\n\n    målgruppe \"\"\"\n      Du kan få træning, hvis:\n      - du har en funktionsnedsættelse\n    \"\"\"",
        da "En linje begynder med noget, der ikke er et nøgleord.",
        "Udsagn begynder med et nøgleord. Punktopstillinger hører hjemme i tekstblokke:\n\n    målgruppe \"\"\"\n      Du kan få træning, hvis:\n      - du har en funktionsnedsættelse\n    \"\"\"";
    MISSING_STANDARD = "KS007", "missing-standard",
        "The file holds no `kvalitetsstandard`, or more than one.",
        "A file holds exactly one standard:\n\n    kvalitetsstandard \"Genoptræning\" {\n      kommune Glostrup\n      …\n    }",
        da "Filen rummer ingen `kvalitetsstandard`, eller mere end én.",
        "En fil rummer præcis én standard:\n\n    kvalitetsstandard \"Genoptræning\" {\n      kommune Glostrup\n      …\n    }";
    NESTED_TOO_DEEPLY = "KS008", "nested-too-deeply",
        "Blocks are nested deeper than any standard needs.",
        "A standard needs a few levels of blocks: `kvalitetsstandard`, `indsats`, a section, a complaint route and a contact. Blocks nested more than 32 deep are not read.",
        da "Blokkene ligger dybere inden i hinanden, end nogen standard har brug for.",
        "En standard har brug for nogle få niveauer af blokke: `kvalitetsstandard`, `indsats`, et afsnit, en klagevej og en kontakt. Blokke, der ligger mere end 32 niveauer inde, bliver ikke læst.";
    DETACHED_BLOCK = "KS009", "detached-block",
        "A `{` stands on a line of its own instead of at the end of its statement's line.",
        "A block opens at the end of the line of the keyword it belongs to:\n\n    omfang {            # right\n      varighed op til 3 måneder\n    }\n\n    omfang              # wrong\n    {\n      varighed op til 3 måneder\n    }",
        da "En `{` står på sin egen linje i stedet for i slutningen af sit udsagns linje.",
        "En blok åbnes i slutningen af linjen med det nøgleord, den hører til:\n\n    omfang {            # rigtigt\n      varighed op til 3 måneder\n    }\n\n    omfang              # forkert\n    {\n      varighed op til 3 måneder\n    }";
    UNKNOWN_KEYWORD = "KS010", "unknown-keyword", fix Sometimes(SafeOrUnsafe),
        "A keyword is not part of the language.",
        "The help line suggests the nearest known keyword. `docs/language.md` lists them all.\n\nFix: the nearest keyword replaces the misspelt one. Safe when it is the only keyword near enough to be meant; unsafe when another is near too; no fix when two are equally near.",
        da "Et nøgleord er ikke en del af sproget.",
        "Hjælpelinjen foreslår det nærmeste kendte nøgleord. `docs/language.md` viser dem alle.\n\nRettelse: det nærmeste nøgleord erstatter det fejlstavede. Sikker, når det er det eneste nøgleord, der ligger så tæt, at det kan være ment; usikker, når et andet også ligger tæt; ingen rettelse, når to ligger lige tæt.";
    MISPLACED_KEYWORD = "KS011", "misplaced-keyword",
        "A known keyword stands where it has no meaning.",
        "Each keyword belongs in certain blocks; `klagefrist`, for example, belongs in a route inside `klage`.",
        da "Et kendt nøgleord står et sted, hvor det ikke betyder noget.",
        "Hvert nøgleord hører til i bestemte blokke; `klagefrist` hører for eksempel til i en klagevej inde i `klage`.";
    MISSING_VALUE = "KS012", "missing-value",
        "A keyword is missing its value.",
        "For example `telefon` needs a phone number: `telefon 43 23 66 90`.",
        da "Et nøgleord mangler sin værdi.",
        "For eksempel skal `telefon` have et telefonnummer: `telefon 43 23 66 90`.";
    UNEXPECTED_VALUE = "KS013", "unexpected-value",
        "A keyword has a value it cannot take, or too many values.",
        "Remove the extra values, or quote text that belongs together: `navn \"Glostrup Kommune\"`.",
        da "Et nøgleord har en værdi, det ikke kan have, eller for mange værdier.",
        "Fjern de overskydende værdier, eller sæt anførselstegn om tekst, der hører sammen: `navn \"Glostrup Kommune\"`.";
    BLOCK_SHAPE = "KS014", "block-shape",
        "A keyword needs a `{ … }` block, or cannot have one.",
        "Sections such as `omfang` take a block; values such as `telefon` do not.",
        da "Et nøgleord skal have en `{ … }`-blok, eller kan ikke have en.",
        "Afsnit som `omfang` har en blok; værdier som `telefon` har ikke.";
    REPEATED_FIELD = "KS015", "repeated-field",
        "A field that holds one value is given twice.",
        "Fields like `kommune`, `godkendt` or `frit-valg` hold one value. Keep one.",
        da "Et felt, der rummer én værdi, er angivet to gange.",
        "Felter som `kommune`, `godkendt` eller `frit-valg` rummer én værdi. Behold én.";
    MISPLACED_PROPOSAL = "KS016", "misplaced-proposal",
        "`forslag:` marks nothing that can be proposed.",
        "`forslag:` marks a statement as a proposal, not yet decided. It stands before a statement's keyword or right after it, before the values, and marks the statement with its block: a section, an indsats, a contact or any line inside them.\n\n    forslag: omfang {\n      hyppighed 2 gange om ugen\n    }\n    frister {\n      afgørelse forslag: 10 hverdage efter ansøgning\n    }\n\nThe lines that describe the document itself (`kommune`, `år`, `godkendt`, `lovgrundlag` …) cannot be proposed, nor can the standard as a whole: a standard awaiting its approval is marked `udkast`. A statement is marked once.",
        da "`forslag:` markerer intet, der kan foreslås.",
        "`forslag:` markerer et udsagn som et forslag, der endnu ikke er besluttet. Det står før udsagnets nøgleord eller lige efter det, før værdierne, og markerer udsagnet med dets blok: et afsnit, en indsats, en kontakt eller en hvilken som helst linje i dem.\n\n    forslag: omfang {\n      hyppighed 2 gange om ugen\n    }\n    frister {\n      afgørelse forslag: 10 hverdage efter ansøgning\n    }\n\nDe linjer, der beskriver selve dokumentet (`kommune`, `år`, `godkendt`, `lovgrundlag` …), kan ikke foreslås, og det kan standarden som helhed heller ikke: en standard, der venter på at blive godkendt, markeres `udkast`. Et udsagn markeres én gang.";
    CONTRADICTING_STATEMENTS = "KS019", "contradicting-statements",
        "Two statements of the header say opposite things.",
        "A standard marked `udateret` (the document carries no date) gives no `dato`, `godkendt` date or `opdateret` date; remove the one that is wrong.",
        da "To udsagn i hovedet siger det modsatte af hinanden.",
        "En standard markeret `udateret` (dokumentet har ingen dato) angiver ingen `dato`, ingen `godkendt`-dato og ingen `opdateret`-dato; fjern det, der er forkert.";
    INVALID_PHONE = "KS020", "invalid-phone",
        "A Danish phone number does not have 8 digits.",
        "Danish numbers have 8 digits in any grouping, optionally after +45: `43 23 66 90`, `4323 6690`.",
        da "Et dansk telefonnummer har ikke 8 cifre.",
        "Danske numre har 8 cifre i en hvilken som helst gruppering, eventuelt efter +45: `43 23 66 90`, `4323 6690`.";
    INVALID_EMAIL = "KS021", "invalid-email",
        "An e-mail address is malformed.",
        "An address is `navn@domæne.dk`.",
        da "En mailadresse er forkert skrevet.",
        "En adresse er `navn@domæne.dk`.";
    INVALID_URL = "KS022", "invalid-url",
        "A web address is malformed or uses a scheme other than http or https.",
        "Write the whole address: `https://www.borger.dk`.",
        da "En webadresse er forkert skrevet eller bruger en anden protokol end http eller https.",
        "Skriv hele adressen: `https://www.borger.dk`.";
    INVALID_POSTAL_CODE = "KS023", "invalid-postal-code",
        "A postal code does not have 4 digits, or has no town.",
        "Write the postal code and the town: `postnr 2600 Glostrup`.",
        da "Et postnummer har ikke 4 cifre eller mangler en by.",
        "Skriv postnummeret og byen: `postnr 2600 Glostrup`.";
    INVALID_DATE = "KS024", "invalid-date",
        "A date cannot be read or does not exist.",
        "Dates are `2024-02-06`, `06.02.2024`, `6. februar 2024` or `maj 2024`.",
        da "En dato kan ikke læses eller findes ikke.",
        "Datoer skrives `2024-02-06`, `06.02.2024`, `6. februar 2024` eller `maj 2024`.";
    INVALID_DURATION = "KS025", "invalid-duration",
        "A duration has no number or an unknown unit.",
        "Durations are a number or range and a unit: `10 hverdage`, `4 uger`, `op til 3 måneder`, `45 min`.",
        da "En varighed mangler et tal eller har en ukendt enhed.",
        "Varigheder er et tal eller et interval og en enhed: `10 hverdage`, `4 uger`, `op til 3 måneder`, `45 min`.";
    INVALID_RANGE = "KS026", "invalid-range",
        "A number or range cannot be read.",
        "Ranges are `1-2`, `1–2`, `op til 21`, `mindst 6`, `højst 10` or a single number.",
        da "Et tal eller et interval kan ikke læses.",
        "Intervaller skrives `1-2`, `1–2`, `op til 21`, `mindst 6`, `højst 10` eller som et enkelt tal.";
    INVALID_MONEY = "KS027", "invalid-money",
        "An amount of money cannot be read.",
        "Amounts are in kroner: `0 kr`, `173 kr pr. dag`, `gratis`.",
        da "Et beløb kan ikke læses.",
        "Beløb er i kroner: `0 kr`, `173 kr pr. dag`, `gratis`.";
    UNKNOWN_LAW = "KS028", "unknown-law",
        "A law reference names a law that is not known.",
        "Known laws and aliases: SEL (serviceloven, lov om social service), SUL (sundhedsloven), RSL (retssikkerhedsloven), ÆL (ældreloven).",
        da "En lovhenvisning nævner en lov, der ikke er kendt.",
        "Kendte love og andre navne for dem: SEL (serviceloven, lov om social service), SUL (sundhedsloven), RSL (retssikkerhedsloven), ÆL (ældreloven).";
    MALFORMED_LAW_REFERENCE = "KS029", "malformed-law-reference",
        "A law reference cannot be read.",
        "A reference is a law, `§` and a paragraph, optionally `stk.` and a number: `SEL § 86 stk. 1`.",
        da "En lovhenvisning kan ikke læses.",
        "En henvisning er en lov, `§` og en paragraf, eventuelt `stk.` og et nummer: `SEL § 86 stk. 1`.";
    INVALID_FREQUENCY = "KS030", "invalid-frequency",
        "A frequency cannot be read.",
        "Frequencies are a count and a period: `2 gange om ugen`, `1-2 gange ugentligt`, `op til 8 gange ugentligt`.",
        da "En hyppighed kan ikke læses.",
        "Hyppigheder er et antal og en periode: `2 gange om ugen`, `1-2 gange ugentligt`, `op til 8 gange ugentligt`.";
    INVALID_CHOICE = "KS031", "invalid-choice", fix Sometimes(SafeOrUnsafe),
        "A value is not one of the words the keyword allows.",
        "For example `frit-valg` takes `ja` or `nej`, and `revideres` takes `årligt` or `ved-ændringer`.\n\nFix: the nearest allowed word replaces the value. Safe only when it differs in nothing but case or `ae`/`oe`/`aa` for `æ`/`ø`/`å` (`aarligt`); otherwise unsafe, since `ja` and `nej` are promises; no fix when two words are equally near.",
        da "En værdi er ikke et af de ord, nøgleordet tillader.",
        "For eksempel tager `frit-valg` `ja` eller `nej`, og `revideres` tager `årligt` eller `ved-ændringer`.\n\nRettelse: det nærmeste tilladte ord erstatter værdien. Kun sikker, når det ikke adskiller sig i andet end store og små bogstaver eller `ae`/`oe`/`aa` for `æ`/`ø`/`å` (`aarligt`); ellers usikker, da `ja` og `nej` er løfter; ingen rettelse, når to ord ligger lige tæt.";
    INVALID_NUMBER = "KS032", "invalid-number",
        "A whole number was expected.",
        "For example `år 2024` or `kommunekode 161`.",
        da "Der forventes et helt tal.",
        "For eksempel `år 2024` eller `kommunekode 161`.";
    INVALID_MUNICIPALITY_CODE = "KS033", "invalid-municipality-code",
        "A kommunekode does not have 3 digits.",
        "Kommunekoder have three digits: Glostrup is 161.",
        da "En kommunekode har ikke 3 cifre.",
        "Kommunekoder har tre cifre: Glostrup er 161.";
    UNKNOWN_REFERENCE = "KS040", "unknown-reference", fix Sometimes(SafeOrUnsafe),
        "A name refers to no contact and no national body.",
        "Names after `til`, `videre`, `udfører` and `kontakt` refer to a `kontakt` in the file or to a body in the registry, e.g. `ankestyrelsen`.\n\nFix: the nearest name replaces the misspelt one. Safe when it is the only contact or body near enough to be meant: the file cannot be read until the name is one it knows, and only one is near, so the fix names the contact the writer meant. Unsafe when another name is near too; no fix when two are equally near.",
        da "Et navn henviser hverken til en kontakt eller til en landsdækkende myndighed.",
        "Navne efter `til`, `videre`, `udfører` og `kontakt` henviser til en `kontakt` i filen eller til en myndighed i registret, f.eks. `ankestyrelsen`.\n\nRettelse: det nærmeste navn erstatter det fejlstavede. Sikker, når det er den eneste kontakt eller myndighed, der ligger så tæt, at den kan være ment: filen kan ikke læses, før navnet er et, den kender, og kun ét ligger tæt, så rettelsen nævner den kontakt, skribenten mente. Usikker, når et andet navn også ligger tæt; ingen rettelse, når to ligger lige tæt.";
    DUPLICATE_CONTACT_NAME = "KS041", "duplicate-contact-name",
        "Two contacts have the same name.",
        "Contact names must be unique within a standard, so references are clear.",
        da "To kontakter har samme navn.",
        "Kontakternes navne skal være forskellige inden for en standard, så henvisningerne er entydige.";
    UNKNOWN_BODY = "KS042", "unknown-body", fix Sometimes(SafeOrUnsafe),
        "`organ` names a body that is not in the registry.",
        "`kvalitet` knows national bodies such as `ankestyrelsen` and `styrelsen-for-patientklager`; the help line lists them all.\n\nFix: the nearest registry id replaces the misspelt one; safe when it is the only id near enough, unsafe when another is near too.",
        da "`organ` nævner en myndighed, der ikke er i registret.",
        "`kvalitet` kender landsdækkende myndigheder som `ankestyrelsen` og `styrelsen-for-patientklager`; hjælpelinjen viser dem alle.\n\nRettelse: det nærmeste id i registret erstatter det fejlstavede; sikker, når det er det eneste id, der ligger tæt nok, usikker, når et andet også ligger tæt.";
    UNREADABLE_FILE = "KS090", "unreadable-file",
        "A file could not be read, or is not UTF-8 text.",
        "kvalitet reads standards as UTF-8 text. A file saved as Windows-1252 (\"ANSI\") or UTF-16 stores æ, ø and å differently; open it and save it again as UTF-8 (in Word: Gem som → Almindelig tekst → Unicode (UTF-8); in Notepad: Gem som → Kodning: UTF-8). The run still reports every other file, and exits with code 2.",
        da "En fil kunne ikke læses eller er ikke UTF-8-tekst.",
        "kvalitet læser standarder som UTF-8-tekst. En fil gemt som Windows-1252 (\"ANSI\") eller UTF-16 gemmer æ, ø og å anderledes; åbn den, og gem den igen som UTF-8 (i Word: Gem som → Almindelig tekst → Unicode (UTF-8); i Notesblok: Gem som → Kodning: UTF-8). Kørslen melder stadig om alle de andre filer og slutter med kode 2.";
    INTERNAL_ERROR = "KS099", "internal-error",
        "kvalitet itself failed on this file.",
        "This is a bug in kvalitet, not a problem of the standard. The other files are still checked and reported, and the run exits with code 2. Please report it with the file that caused it.",
        da "kvalitet selv fejlede på denne fil.",
        "Det er en fejl i kvalitet, ikke et problem i standarden. De andre filer bliver stadig tjekket og meldt, og kørslen slutter med kode 2. Meld venligst fejlen sammen med den fil, der udløste den.";
}

/// Whether a code means the file could not be checked at all (it could not be read,
/// or kvalitet failed on it): the run then exits with code 2.
pub fn is_fatal(code: &str) -> bool {
    code == UNREADABLE_FILE || code == INTERNAL_ERROR
}

/// Looks up a language code.
pub fn find(code: &str) -> Option<&'static CodeInfo> {
    ALL.iter().find(|info| info.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lines of an explanation's indented examples, without their `#` comments.
    fn example_lines(text: &str) -> Vec<&str> {
        text.lines()
            .filter(|line| line.starts_with("    "))
            .map(|line| line.split(" #").next().unwrap_or(line).trim_end())
            .collect()
    }

    #[test]
    fn every_code_is_explained_in_both_languages() {
        for info in ALL {
            for lang in Lang::ALL {
                assert!(
                    !info.summary(lang).is_empty(),
                    "{} has no summary in {lang}",
                    info.code
                );
                assert!(
                    !info.explanation(lang).is_empty(),
                    "{} has no explanation in {lang}",
                    info.code
                );
            }
            assert_ne!(
                info.summary_da, info.summary,
                "{}: the Danish summary is English",
                info.code
            );
            assert_eq!(
                example_lines(info.explanation_da),
                example_lines(info.explanation),
                "{}: the Danish example differs from the English one apart from comments",
                info.code
            );
            assert_eq!(
                info.explanation_da.contains("Rettelse:"),
                info.explanation.contains("Fix:"),
                "{}: the Danish explanation says what the fix does exactly when the English does",
                info.code
            );
        }
    }
}
