//! The rules, one per file. Each file holds the rule's documentation in a `DOC`
//! constant (what it finds, why it matters, an example, and the legal fact with its
//! source) and its `check` function; `crate::check::codes` lists them all.

pub mod aeldreloven_not_considered;
pub mod ambiguous_days;
pub mod body_ceased_since_standard;
pub mod conflicting_contact_data;
pub mod conflicting_deadlines;
pub mod contact_data_differs_from_registry;
pub mod deadline_without_event;
pub mod decision_route_without_ankestyrelsen;
pub mod decision_route_without_genvurdering;
pub mod decision_route_without_klagefrist;
pub mod direct_complaint_to_ankestyrelsen;
pub mod duplicate_contact;
pub mod duplicate_list_item;
pub mod duplicate_section;
pub mod empty_section;
pub mod implausible_session_length;
pub mod impossible_deadline_chain;
pub mod incomplete_law_reference;
pub mod inverted_range;
pub mod malformed_suppression;
pub mod mismatched_mail_link;
pub mod misrouted_professional_complaint;
pub mod missing_approval_date;
pub mod missing_complaint_section;
pub mod missing_decision_route;
pub mod missing_egenbetaling;
pub mod missing_sagsbehandlingsfrist;
pub mod missing_stk_number;
pub mod non_http_web_address;
pub mod outdated_body;
pub mod replaced_law_reference;
pub mod revision_only_on_change;
pub mod stale_approval;
pub mod suppression_without_reason;
pub mod undecided_proposal;
pub mod undeliverable_session_count;
pub mod unknown_municipality;
pub mod unused_suppression;
pub mod wrong_klagefrist;
pub mod wrong_kommunekode;
