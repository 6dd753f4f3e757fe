//! The table of every rule: stable code, name, default severity, summary and docs.
//!
//! Codes are stable: a rule that is removed leaves its code unused, and a new rule takes
//! a new code. Names are kebab-case, read after "allow" and name the problem, not the
//! fix. Codes are grouped by tens: contacts `KS10x`, bodies and municipalities `KS11x`
//! (national bodies from `KS110`, municipalities from `KS112`), complaint routes
//! `KS12x`, sections `KS13x`, approval `KS14x`, scope `KS15x`, deadlines `KS16x`, law
//! references `KS17x`, ældreloven `KS18x`, suppressions `KS19x`.

use super::rules;
use super::Context;
use crate::diag::{Diagnostic, FixAvailability, Severity};
use crate::i18n::Lang;

/// When a rule runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// On the standard, before suppressions are applied.
    Standard,
    /// After the suppressions are applied, on what they suppressed; its findings cannot
    /// be suppressed.
    Suppressions,
}

/// One rule of the checker.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// The stable code, e.g. `KS110`.
    pub code: &'static str,
    /// The kebab-case name, e.g. `outdated-body`.
    pub name: &'static str,
    /// The severity of its findings (advice when a finding rests on an unconfirmed fact).
    pub severity: Severity,
    /// When it runs.
    pub phase: Phase,
    /// One line on what it finds.
    pub summary: &'static str,
    /// The documentation: what it finds, why it matters, an example, the fix (for a
    /// rule with one) and the source.
    pub doc: &'static str,
    /// The summary in Danish.
    pub summary_da: &'static str,
    /// The documentation in Danish, with the same sections (`## Hvad den finder`,
    /// `## Hvorfor det betyder noget`, `## Eksempel`, `## Rettelse`, `## Kilde`) and the
    /// same example, its comments translated.
    pub doc_da: &'static str,
    /// Whether its findings carry fixes, and how safe those are.
    pub fix: FixAvailability,
    /// The check itself.
    pub check: fn(&Context<'_>, &mut Vec<Diagnostic>),
}

macro_rules! rules {
    (@fix) => { FixAvailability::None };
    (@fix $when:ident($safety:ident)) => {
        FixAvailability::$when(crate::diag::FixSafety::$safety)
    };
    ($($konst:ident = $code:literal, $name:literal, $severity:ident, $phase:ident, $module:ident,
        $(fix $when:ident($safety:ident),)? $summary:literal, da $summary_da:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $konst: Rule = Rule {
                code: $code,
                name: $name,
                severity: Severity::$severity,
                phase: Phase::$phase,
                summary: $summary,
                doc: rules::$module::DOC,
                summary_da: $summary_da,
                doc_da: rules::$module::DOC_DA,
                fix: rules!(@fix $($when($safety))?),
                check: rules::$module::check,
            };
        )*
        /// Every rule, in code order.
        pub const ALL: &[Rule] = &[$($konst,)*];
    };
}

rules! {
    CONFLICTING_CONTACT_DATA = "KS100", "conflicting-contact-data", Error, Standard,
        conflicting_contact_data,
        "Two contacts for the same body give different phone numbers, mail addresses or postal codes.",
        da "To kontakter for samme myndighed giver forskellige telefonnumre, mailadresser eller postnumre.";
    CONTACT_DATA_DIFFERS_FROM_REGISTRY = "KS101", "contact-data-differs-from-registry", Warning,
        Standard, contact_data_differs_from_registry, fix Sometimes(Unsafe),
        "A national body's phone number, mail address or postal code differs from the registry.",
        da "En landsdækkende myndigheds telefonnummer, mailadresse eller postnummer afviger fra registret.";
    MISMATCHED_MAIL_LINK = "KS102", "mismatched-mail-link", Warning, Standard,
        mismatched_mail_link,
        "The mailto link behind a mail address sends to another address.",
        da "Maillinket bag en mailadresse sender til en anden adresse.";
    NON_HTTP_WEB_ADDRESS = "KS103", "non-http-web-address", Warning, Standard,
        non_http_web_address,
        "A contact's web address is not an http or https address.",
        da "En kontakts webadresse er ikke en http- eller https-adresse.";
    DUPLICATE_CONTACT = "KS104", "duplicate-contact", Advice, Standard, duplicate_contact,
        "The same contact is defined twice with the same data.",
        da "Den samme kontakt er defineret to gange med de samme oplysninger.";
    OUTDATED_BODY = "KS110", "outdated-body", Error, Standard, outdated_body,
        fix Sometimes(Unsafe),
        "A body is named after it ceased, or after it stopped handling the complaints routed to it.",
        da "En myndighed nævnes, efter at den er nedlagt, eller efter at den holdt op med at behandle de klager, der sendes til den.";
    BODY_CEASED_SINCE_STANDARD = "KS111", "body-ceased-since-standard", Warning, Standard,
        body_ceased_since_standard, fix Sometimes(Unsafe),
        "A body named in the standard has ceased since the standard's date.",
        da "En myndighed, som standarden nævner, er nedlagt siden standardens dato.";
    UNKNOWN_MUNICIPALITY = "KS112", "unknown-municipality", Warning, Standard,
        unknown_municipality,
        "`kommune` names no Danish municipality.",
        da "`kommune` nævner ingen dansk kommune.";
    WRONG_KOMMUNEKODE = "KS113", "wrong-kommunekode", Error, Standard, wrong_kommunekode,
        "The `kommunekode` is not the code of the municipality the standard names.",
        da "`kommunekode` er ikke koden for den kommune, standarden nævner.";
    MISSING_COMPLAINT_SECTION = "KS120", "missing-complaint-section", Warning, Standard,
        missing_complaint_section,
        "The standard does not say how to complain.",
        da "Standarden siger ikke, hvordan man klager.";
    MISSING_DECISION_ROUTE = "KS121", "missing-decision-route", Advice, Standard,
        missing_decision_route,
        "The complaint section has no route for complaints about the decision.",
        da "Klageafsnittet har ingen klagevej for klager over afgørelsen.";
    DECISION_ROUTE_WITHOUT_KLAGEFRIST = "KS122", "decision-route-without-klagefrist", Warning,
        Standard, decision_route_without_klagefrist,
        "A complaint route for decisions states no klagefrist.",
        da "En klagevej for afgørelser angiver ingen klagefrist.";
    DECISION_ROUTE_WITHOUT_GENVURDERING = "KS123", "decision-route-without-genvurdering",
        Warning, Standard, decision_route_without_genvurdering,
        "A complaint route for decisions does not say that the municipality reassesses.",
        da "En klagevej for afgørelser siger ikke, at kommunen genvurderer.";
    DECISION_ROUTE_WITHOUT_ANKESTYRELSEN = "KS124", "decision-route-without-ankestyrelsen",
        Warning, Standard, decision_route_without_ankestyrelsen,
        "A complaint route for decisions does not name Ankestyrelsen as the next instance.",
        da "En klagevej for afgørelser nævner ikke Ankestyrelsen som næste instans.";
    WRONG_KLAGEFRIST = "KS125", "wrong-klagefrist", Error, Standard, wrong_klagefrist,
        "A klagefrist for decisions is not 4 weeks.",
        da "En klagefrist for afgørelser er ikke 4 uger.";
    DIRECT_COMPLAINT_TO_ANKESTYRELSEN = "KS126", "direct-complaint-to-ankestyrelsen", Error,
        Standard, direct_complaint_to_ankestyrelsen,
        "Complaints about a decision are sent straight to Ankestyrelsen.",
        da "Klager over en afgørelse sendes direkte til Ankestyrelsen.";
    MISROUTED_PROFESSIONAL_COMPLAINT = "KS127", "misrouted-professional-complaint", Warning,
        Standard, misrouted_professional_complaint,
        "Complaints about the professional content go to a body that does not handle them.",
        da "Klager over det faglige indhold går til en myndighed, der ikke behandler dem.";
    EMPTY_SECTION = "KS130", "empty-section", Warning, Standard, empty_section,
        "A section has a heading and nothing under it.",
        da "Et afsnit har en overskrift og intet under den.";
    MISSING_SAGSBEHANDLINGSFRIST = "KS131", "missing-sagsbehandlingsfrist", Warning, Standard,
        missing_sagsbehandlingsfrist,
        "The standard states no deadline for the decision.",
        da "Standarden angiver ingen frist for afgørelsen.";
    MISSING_EGENBETALING = "KS132", "missing-egenbetaling", Warning, Standard,
        missing_egenbetaling,
        "The standard does not say what the citizen pays.",
        da "Standarden siger ikke, hvad borgeren betaler.";
    DUPLICATE_SECTION = "KS133", "duplicate-section", Advice, Standard, duplicate_section,
        fix Sometimes(Unsafe),
        "A section of the same kind and heading appears twice in one part of the standard.",
        da "Et afsnit af samme slags og med samme overskrift står to gange i én del af standarden.";
    DUPLICATE_LIST_ITEM = "KS134", "duplicate-list-item", Warning, Standard,
        duplicate_list_item, fix Sometimes(Unsafe),
        "A list repeats an item.",
        da "En liste gentager et punkt.";
    STALE_APPROVAL = "KS140", "stale-approval", Warning, Standard, stale_approval,
        "The standard was approved more than a year ago.",
        da "Standarden blev godkendt for mere end et år siden.";
    MISSING_APPROVAL_DATE = "KS141", "missing-approval-date", Warning, Standard,
        missing_approval_date,
        "The standard states no approval date.",
        da "Standarden angiver ingen godkendelsesdato.";
    REVISION_ONLY_ON_CHANGE = "KS142", "revision-only-on-change", Warning, Standard,
        revision_only_on_change, fix Always(Unsafe),
        "The standard is revised only on change, not every year.",
        da "Standarden revideres kun ved ændringer, ikke hvert år.";
    UNDECIDED_PROPOSAL = "KS143", "undecided-proposal", Error, Standard, undecided_proposal,
        "A value or a section is proposed (`forslag:`), not decided: advice in a draft, an error once approved.",
        da "En værdi eller et afsnit er foreslået (`forslag:`), ikke besluttet: et råd i et udkast, en fejl, når standarden er godkendt.";
    UNDELIVERABLE_SESSION_COUNT = "KS150", "undeliverable-session-count", Error, Standard,
        undeliverable_session_count,
        "More sessions are promised than the frequency allows within the course.",
        da "Der loves flere træningsgange, end hyppigheden tillader inden for forløbet.";
    INVERTED_RANGE = "KS151", "inverted-range", Error, Standard, inverted_range,
        "A range's lower bound is above its upper bound.",
        da "Et intervals nedre grænse er større end dets øvre grænse.";
    IMPLAUSIBLE_SESSION_LENGTH = "KS152", "implausible-session-length", Warning, Standard,
        implausible_session_length,
        "A session is shorter than 10 minutes or longer than 4 hours.",
        da "En træningsgang er kortere end 10 minutter eller længere end 4 timer.";
    AMBIGUOUS_DAYS = "KS160", "ambiguous-days", Warning, Standard, ambiguous_days,
        "A deadline in `dage` does not say whether working days or calendar days are meant.",
        da "En frist i `dage` siger ikke, om der menes hverdage eller kalenderdage.";
    DEADLINE_WITHOUT_EVENT = "KS161", "deadline-without-event", Warning, Standard,
        deadline_without_event,
        "A deadline does not say what it runs from.",
        da "En frist siger ikke, hvad den regnes fra.";
    CONFLICTING_DEADLINES = "KS162", "conflicting-deadlines", Warning, Standard,
        conflicting_deadlines,
        "The same deadline from the same event is given twice with different durations.",
        da "Den samme frist fra den samme hændelse er angivet to gange med forskellig længde.";
    IMPOSSIBLE_DEADLINE_CHAIN = "KS163", "impossible-deadline-chain", Warning, Standard,
        impossible_deadline_chain,
        "A deadline runs from a later step, or a later step is promised sooner than an earlier one.",
        da "En frist regnes fra et senere trin, eller et senere trin er lovet hurtigere end et tidligere.";
    MISSING_STK_NUMBER = "KS170", "missing-stk-number", Warning, Standard, missing_stk_number,
        fix Sometimes(Unsafe),
        "A law reference writes `stk.` without a number.",
        da "En lovhenvisning skriver `stk.` uden et nummer.";
    REPLACED_LAW_REFERENCE = "KS171", "replaced-law-reference", Error, Standard,
        replaced_law_reference,
        "A law reference cites a paragraph that has been replaced.",
        da "En lovhenvisning henviser til en paragraf, der er blevet erstattet.";
    INCOMPLETE_LAW_REFERENCE = "KS172", "incomplete-law-reference", Warning, Standard,
        incomplete_law_reference,
        "A law reference names no law and is read as one of the law the lovgrundlag names.",
        da "En lovhenvisning nævner ingen lov og læses som en henvisning til den lov, lovgrundlaget nævner.";
    AELDRELOVEN_NOT_CONSIDERED = "KS180", "aeldreloven-not-considered", Warning, Standard,
        aeldreloven_not_considered,
        "A standard for older citizens after 2025-07-01 cites SEL § 86 without ældreloven.",
        da "En standard for ældre borgere efter 2025-07-01 henviser til SEL § 86 uden ældreloven.";
    SUPPRESSION_WITHOUT_REASON = "KS190", "suppression-without-reason", Warning, Standard,
        suppression_without_reason,
        "A suppression comment gives no reason.",
        da "En undtagelseskommentar giver ingen begrundelse.";
    UNUSED_SUPPRESSION = "KS191", "unused-suppression", Warning, Suppressions,
        unused_suppression,
        "A suppression comment suppresses nothing.",
        da "En undtagelseskommentar undtager intet.";
    MALFORMED_SUPPRESSION = "KS192", "malformed-suppression", Warning, Standard,
        malformed_suppression,
        "A suppression comment cannot be read, or names an unknown code.",
        da "En undtagelseskommentar kan ikke læses eller nævner en ukendt kode.";
}

impl Rule {
    /// The summary in `lang`.
    pub fn summary(&self, lang: Lang) -> &'static str {
        lang.pick(self.summary, self.summary_da)
    }

    /// The documentation in `lang`.
    pub fn doc(&self, lang: Lang) -> &'static str {
        lang.pick(self.doc, self.doc_da)
    }
}

/// Finds a rule by its code (`KS110`, any case) or its name (`outdated-body`).
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    ALL.iter()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

/// Whether a rule's findings may be suppressed (the suppression rules' own may not).
pub fn suppressible(rule: &Rule) -> bool {
    ![
        SUPPRESSION_WITHOUT_REASON.code,
        UNUSED_SUPPRESSION.code,
        MALFORMED_SUPPRESSION.code,
    ]
    .contains(&rule.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_rule_codes_in_order() {
        let mut previous = "";
        for rule in ALL {
            let digits = rule.code.strip_prefix("KS").unwrap_or("");
            assert!(
                digits.len() == 3 && digits.chars().all(|c| c.is_ascii_digit()),
                "{} is not a code like KS110",
                rule.code
            );
            assert!(
                digits >= "100",
                "{}: KS001-KS099 are the language's",
                rule.code
            );
            assert!(
                crate::diag::codes::find(rule.code).is_none(),
                "{} is also a language code",
                rule.code
            );
            assert!(
                rule.code > previous,
                "{} is listed after {previous}: codes must be unique and in order",
                rule.code
            );
            previous = rule.code;
        }
    }

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut names: Vec<&str> = ALL.iter().map(|r| r.name).collect();
        for name in &names {
            let kebab = !name.is_empty()
                && !name.starts_with('-')
                && !name.ends_with('-')
                && !name.contains("--")
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            assert!(kebab, "`{name}` is not kebab-case");
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), ALL.len(), "two rules share a name");
    }

    /// The sections every rule's documentation has, in order, by language: what it
    /// finds, why it matters, the example, the source; and the fix's heading.
    fn sections(lang: Lang) -> ([&'static str; 4], &'static str) {
        match lang {
            Lang::En => (
                [
                    "## What it finds",
                    "## Why it matters",
                    "## Example",
                    "## Source",
                ],
                "\n## Fix\n",
            ),
            Lang::Da => (
                [
                    "## Hvad den finder",
                    "## Hvorfor det betyder noget",
                    "## Eksempel",
                    "## Kilde",
                ],
                "\n## Rettelse\n",
            ),
        }
    }

    #[test]
    fn every_rule_is_documented() {
        for rule in ALL {
            for lang in Lang::ALL {
                let doc = rule.doc(lang);
                let (headings, fix) = sections(lang);
                assert!(
                    !rule.summary(lang).is_empty(),
                    "{} has no summary in {lang}",
                    rule.code
                );
                let mut at = 0;
                for heading in headings {
                    let found = doc.get(at..).and_then(|rest| rest.find(heading));
                    assert!(
                        found.is_some(),
                        "{} ({}): the {lang} doc has no `{heading}`, or not in order",
                        rule.code,
                        rule.name
                    );
                    at += found.unwrap_or(0) + heading.len();
                }
                assert!(
                    doc.contains("```kvs"),
                    "{}: the {lang} example is not a ```kvs block",
                    rule.code
                );
                assert_eq!(
                    doc.contains(fix),
                    rule.fix.is_available(),
                    "{}: a rule has a `{}` section in {lang} exactly when its findings may \
                     carry a fix",
                    rule.code,
                    fix.trim()
                );
            }
            assert_ne!(
                rule.summary_da, rule.summary,
                "{}: the Danish summary is the English one",
                rule.code
            );
        }
    }

    /// The lines of a doc's ```kvs example, each without its `#` comment.
    fn example_code(doc: &str) -> Option<Vec<&str>> {
        let block = doc.split_once("```kvs\n")?.1.split_once("\n```")?.0;
        Some(
            block
                .lines()
                .map(|line| line.split('#').next().unwrap_or(line).trim_end())
                .collect(),
        )
    }

    #[test]
    fn the_danish_example_is_the_english_one_with_its_comments_translated() {
        for rule in ALL {
            let english = example_code(rule.doc);
            assert!(english.is_some(), "{}: no ```kvs example", rule.code);
            assert_eq!(
                example_code(rule.doc_da),
                english,
                "{}: DOC_DA's example differs from DOC's in more than its `#` comments",
                rule.code
            );
        }
    }

    #[test]
    fn finds_rules_by_code_and_name() {
        assert_eq!(find("ks110").map(|r| r.name), Some("outdated-body"));
        assert_eq!(find("outdated-body").map(|r| r.code), Some("KS110"));
        assert!(find("KS020").is_none());
        assert!(!suppressible(&UNUSED_SUPPRESSION));
        assert!(suppressible(&OUTDATED_BODY));
    }
}
