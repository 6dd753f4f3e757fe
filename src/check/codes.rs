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
        $(fix $when:ident($safety:ident),)? $summary:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $konst: Rule = Rule {
                code: $code,
                name: $name,
                severity: Severity::$severity,
                phase: Phase::$phase,
                summary: $summary,
                doc: rules::$module::DOC,
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
        "Two contacts for the same body give different phone numbers, mail addresses or postal codes.";
    CONTACT_DATA_DIFFERS_FROM_REGISTRY = "KS101", "contact-data-differs-from-registry", Warning,
        Standard, contact_data_differs_from_registry, fix Sometimes(Unsafe),
        "A national body's phone number, mail address or postal code differs from the registry.";
    MISMATCHED_MAIL_LINK = "KS102", "mismatched-mail-link", Warning, Standard,
        mismatched_mail_link,
        "The mailto link behind a mail address sends to another address.";
    NON_HTTP_WEB_ADDRESS = "KS103", "non-http-web-address", Warning, Standard,
        non_http_web_address,
        "A contact's web address is not an http or https address.";
    DUPLICATE_CONTACT = "KS104", "duplicate-contact", Advice, Standard, duplicate_contact,
        "The same contact is defined twice with the same data.";
    OUTDATED_BODY = "KS110", "outdated-body", Error, Standard, outdated_body,
        fix Sometimes(Unsafe),
        "A body is named after it ceased, or after it stopped handling the complaints routed to it.";
    BODY_CEASED_SINCE_STANDARD = "KS111", "body-ceased-since-standard", Warning, Standard,
        body_ceased_since_standard, fix Sometimes(Unsafe),
        "A body named in the standard has ceased since the standard's date.";
    UNKNOWN_MUNICIPALITY = "KS112", "unknown-municipality", Warning, Standard,
        unknown_municipality,
        "`kommune` names no Danish municipality.";
    WRONG_KOMMUNEKODE = "KS113", "wrong-kommunekode", Error, Standard, wrong_kommunekode,
        "The `kommunekode` is not the code of the municipality the standard names.";
    MISSING_COMPLAINT_SECTION = "KS120", "missing-complaint-section", Warning, Standard,
        missing_complaint_section,
        "The standard does not say how to complain.";
    MISSING_DECISION_ROUTE = "KS121", "missing-decision-route", Advice, Standard,
        missing_decision_route,
        "The complaint section has no route for complaints about the decision.";
    DECISION_ROUTE_WITHOUT_KLAGEFRIST = "KS122", "decision-route-without-klagefrist", Warning,
        Standard, decision_route_without_klagefrist,
        "A complaint route for decisions states no klagefrist.";
    DECISION_ROUTE_WITHOUT_GENVURDERING = "KS123", "decision-route-without-genvurdering",
        Warning, Standard, decision_route_without_genvurdering,
        "A complaint route for decisions does not say that the municipality reassesses.";
    DECISION_ROUTE_WITHOUT_ANKESTYRELSEN = "KS124", "decision-route-without-ankestyrelsen",
        Warning, Standard, decision_route_without_ankestyrelsen,
        "A complaint route for decisions does not name Ankestyrelsen as the next instance.";
    WRONG_KLAGEFRIST = "KS125", "wrong-klagefrist", Error, Standard, wrong_klagefrist,
        "A klagefrist for decisions is not 4 weeks.";
    DIRECT_COMPLAINT_TO_ANKESTYRELSEN = "KS126", "direct-complaint-to-ankestyrelsen", Error,
        Standard, direct_complaint_to_ankestyrelsen,
        "Complaints about a decision are sent straight to Ankestyrelsen.";
    MISROUTED_PROFESSIONAL_COMPLAINT = "KS127", "misrouted-professional-complaint", Warning,
        Standard, misrouted_professional_complaint,
        "Complaints about the professional content go to a body that does not handle them.";
    EMPTY_SECTION = "KS130", "empty-section", Warning, Standard, empty_section,
        "A section has a heading and nothing under it.";
    MISSING_SAGSBEHANDLINGSFRIST = "KS131", "missing-sagsbehandlingsfrist", Warning, Standard,
        missing_sagsbehandlingsfrist,
        "The standard states no deadline for the decision.";
    MISSING_EGENBETALING = "KS132", "missing-egenbetaling", Warning, Standard,
        missing_egenbetaling,
        "The standard does not say what the citizen pays.";
    DUPLICATE_SECTION = "KS133", "duplicate-section", Advice, Standard, duplicate_section,
        fix Sometimes(Unsafe),
        "A section of the same kind and heading appears twice in one part of the standard.";
    DUPLICATE_LIST_ITEM = "KS134", "duplicate-list-item", Warning, Standard,
        duplicate_list_item, fix Sometimes(Unsafe),
        "A list repeats an item.";
    STALE_APPROVAL = "KS140", "stale-approval", Warning, Standard, stale_approval,
        "The standard was approved more than a year ago.";
    MISSING_APPROVAL_DATE = "KS141", "missing-approval-date", Warning, Standard,
        missing_approval_date,
        "The standard states no approval date.";
    REVISION_ONLY_ON_CHANGE = "KS142", "revision-only-on-change", Warning, Standard,
        revision_only_on_change, fix Always(Unsafe),
        "The standard is revised only on change, not every year.";
    UNDECIDED_PROPOSAL = "KS143", "undecided-proposal", Error, Standard, undecided_proposal,
        "A value or a section is proposed (`forslag:`), not decided: advice in a draft, an error once approved.";
    UNDELIVERABLE_SESSION_COUNT = "KS150", "undeliverable-session-count", Error, Standard,
        undeliverable_session_count,
        "More sessions are promised than the frequency allows within the course.";
    INVERTED_RANGE = "KS151", "inverted-range", Error, Standard, inverted_range,
        "A range's lower bound is above its upper bound.";
    IMPLAUSIBLE_SESSION_LENGTH = "KS152", "implausible-session-length", Warning, Standard,
        implausible_session_length,
        "A session is shorter than 10 minutes or longer than 4 hours.";
    AMBIGUOUS_DAYS = "KS160", "ambiguous-days", Warning, Standard, ambiguous_days,
        "A deadline in `dage` does not say whether working days or calendar days are meant.";
    DEADLINE_WITHOUT_EVENT = "KS161", "deadline-without-event", Warning, Standard,
        deadline_without_event,
        "A deadline does not say what it runs from.";
    CONFLICTING_DEADLINES = "KS162", "conflicting-deadlines", Warning, Standard,
        conflicting_deadlines,
        "The same deadline from the same event is given twice with different durations.";
    IMPOSSIBLE_DEADLINE_CHAIN = "KS163", "impossible-deadline-chain", Warning, Standard,
        impossible_deadline_chain,
        "A deadline runs from a later step, or a later step is promised sooner than an earlier one.";
    MISSING_STK_NUMBER = "KS170", "missing-stk-number", Warning, Standard, missing_stk_number,
        fix Sometimes(Unsafe),
        "A law reference writes `stk.` without a number.";
    REPLACED_LAW_REFERENCE = "KS171", "replaced-law-reference", Error, Standard,
        replaced_law_reference,
        "A law reference cites a paragraph that has been replaced.";
    INCOMPLETE_LAW_REFERENCE = "KS172", "incomplete-law-reference", Warning, Standard,
        incomplete_law_reference,
        "A law reference names no law and is read as one of the law the lovgrundlag names.";
    AELDRELOVEN_NOT_CONSIDERED = "KS180", "aeldreloven-not-considered", Warning, Standard,
        aeldreloven_not_considered,
        "A standard for older citizens after 2025-07-01 cites SEL § 86 without ældreloven.";
    SUPPRESSION_WITHOUT_REASON = "KS190", "suppression-without-reason", Warning, Standard,
        suppression_without_reason,
        "A suppression comment gives no reason.";
    UNUSED_SUPPRESSION = "KS191", "unused-suppression", Warning, Suppressions,
        unused_suppression,
        "A suppression comment suppresses nothing.";
    MALFORMED_SUPPRESSION = "KS192", "malformed-suppression", Warning, Standard,
        malformed_suppression,
        "A suppression comment cannot be read, or names an unknown code.";
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

    #[test]
    fn every_rule_is_documented() {
        for rule in ALL {
            assert!(!rule.summary.is_empty(), "{} has no summary", rule.code);
            let mut at = 0;
            for heading in [
                "## What it finds",
                "## Why it matters",
                "## Example",
                "## Source",
            ] {
                let found = rule.doc.get(at..).and_then(|rest| rest.find(heading));
                assert!(
                    found.is_some(),
                    "{} ({}): the doc has no `{heading}`, or not in order",
                    rule.code,
                    rule.name
                );
                at += found.unwrap_or(0) + heading.len();
            }
            assert!(
                rule.doc.contains("```kvs"),
                "{}: the example is not a ```kvs block",
                rule.code
            );
            assert_eq!(
                rule.doc.contains("\n## Fix\n"),
                rule.fix.is_available(),
                "{}: a rule has a `## Fix` section exactly when its findings may carry a fix",
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
