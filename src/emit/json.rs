//! The JSON output: a public, versioned contract.
//!
//! These structs are the contract, described by `docs/schema/standard.v1.json`. Add
//! fields freely within a major version; rename or remove one only with a new major
//! `schema_version`.

use crate::diag::{Diagnostic, Severity};
use crate::model::values::{
    format_number, Count, Date, Duration, Email, Frequency, Hedge, LawRef, Money, OtherScheme,
    Phone, Range, Url,
};
use crate::model::{
    Contact, DeadlineAmount, Frist, Indsats, KlageRoute, Link, List, MailEntry, Reference,
    Resolution, Revision, Section, SectionBody, Standard, Text, TextBlock,
};
use crate::source::Span;
use serde::Serialize;

/// The version of this contract.
pub const SCHEMA_VERSION: &str = "1.2";

/// A standard as JSON.
#[derive(Debug, Serialize)]
pub struct StandardJson {
    /// The version of the contract.
    pub schema_version: &'static str,
    /// The source file.
    pub source: String,
    /// The title.
    pub title: String,
    /// The municipality.
    pub municipality: Option<MunicipalityJson>,
    /// The year the standard is for.
    pub year: Option<i32>,
    /// The validity period.
    pub validity: Option<ValidityJson>,
    /// The date the document carries.
    pub date: Option<DateJson>,
    /// The approval.
    pub approval: Option<ApprovalJson>,
    /// Whether the standard is a draft awaiting approval.
    pub draft: bool,
    /// When the document says it was last updated (`opdateret`).
    pub updated: Option<DateJson>,
    /// Whether the document is marked as carrying no date (`udateret`).
    pub undated: bool,
    /// Who sets the service level (`fastsat-af`), as distinct from who approved it.
    pub service_level_set_by: Vec<ReferenceJson>,
    /// Where the standard is published (`kilde`).
    pub sources: Vec<LinkJson>,
    /// Whether the file holds only part of its source (`uddrag`): what it leaves out is
    /// not in the source, rather than not stated.
    pub excerpt: bool,
    /// `yearly` or `on_change`.
    pub revision: Option<&'static str>,
    /// The legal basis.
    pub legal_basis: Vec<LawRefJson>,
    /// Schemes under other laws the standard sends citizens to (`anden-ordning`): not
    /// its legal basis. Absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_schemes: Vec<OtherSchemeJson>,
    /// The heading of the summary, as the document words it.
    pub summary_heading: Option<String>,
    /// The summary sections.
    pub summary: Vec<SectionJson>,
    /// The general sections.
    pub sections: Vec<SectionJson>,
    /// The indsatser.
    pub indsatser: Vec<IndsatsJson>,
    /// The contacts.
    pub contacts: Vec<ContactJson>,
    /// How many statements the standard marks `forslag:`: proposals, not yet decided.
    /// The values they mark say `"proposed": true`.
    pub proposals: usize,
    /// How many findings of each severity the checker reported.
    pub findings: FindingsJson,
}

/// Counts of findings.
#[derive(Debug, Serialize, Default)]
pub struct FindingsJson {
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Advice.
    pub advice: usize,
}

/// A municipality.
#[derive(Debug, Serialize)]
pub struct MunicipalityJson {
    /// As written.
    pub name: String,
    /// The kommunekode, if stated.
    pub code: Option<String>,
}

/// A validity period.
#[derive(Debug, Serialize)]
pub struct ValidityJson {
    /// From.
    pub from: DateJson,
    /// Until.
    pub until: Option<DateJson>,
}

/// A date with its precision.
#[derive(Debug, Serialize)]
pub struct DateJson {
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub value: String,
    /// `day`, `month` or `year`.
    pub precision: &'static str,
}

/// An approval.
#[derive(Debug, Serialize)]
pub struct ApprovalJson {
    /// When.
    pub date: Option<DateJson>,
    /// By whom.
    pub by: Option<String>,
}

/// A law reference.
#[derive(Debug, Serialize)]
pub struct LawRefJson {
    /// `SEL § 86, stk. 1`.
    pub canonical: String,
    /// `SEL`, `SUL`, `RSL` or `ÆL`.
    pub law: &'static str,
    /// `86`, `140 a`.
    pub paragraph: String,
    /// The stk., if given.
    pub stk: Option<u32>,
    /// As written.
    pub original: String,
    /// The quoted law text, if given.
    pub quote: Option<String>,
    /// `true` when the law was not written (`§ 86` alone) and was taken from the
    /// `lovgrundlag`; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub law_inferred: bool,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `anden-ordning`: a scheme under another law that citizens are sent to.
#[derive(Debug, Serialize)]
pub struct OtherSchemeJson {
    /// Its law references.
    pub legal_basis: Vec<LawRefJson>,
    /// Its name as the document words it.
    pub name: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// An indsats.
#[derive(Debug, Serialize)]
pub struct IndsatsJson {
    /// Its title.
    pub title: String,
    /// Its legal basis.
    pub legal_basis: Vec<LawRefJson>,
    /// Schemes under other laws it sends citizens to; absent when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_schemes: Vec<OtherSchemeJson>,
    /// Its sections.
    pub sections: Vec<SectionJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A section.
#[derive(Debug, Serialize)]
pub struct SectionJson {
    /// The stable name of the kind, e.g. `target_group`.
    pub kind: &'static str,
    /// The keyword, e.g. `målgruppe`.
    pub keyword: &'static str,
    /// The heading as the document words it.
    pub heading: Option<String>,
    /// Free text.
    pub text: Vec<TextBlockJson>,
    /// Links.
    pub links: Vec<LinkJson>,
    /// Contacts pointed to.
    pub contacts: Vec<ReferenceJson>,
    /// Law references made in the section.
    pub legal_basis: Vec<LawRefJson>,
    /// `målgruppe`: who can and cannot get the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_group: Option<TargetGroupJson>,
    /// `tildeling`: who decides and who assesses.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allocation: Option<AllocationJson>,
    /// `ansøgning`: who may ask for the service.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub application: Option<ApplicationJson>,
    /// `ramme`: how and where the service is delivered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub setting: Option<SettingJson>,
    /// `indhold`: what is and is not included.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<ContentJson>,
    /// `omfang`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<ScopeJson>,
    /// `leverandør`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<ProviderJson>,
    /// `egenbetaling`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fees: Option<Vec<PriceJson>>,
    /// `kørsel`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transport: Option<TransportJson>,
    /// `frister` and `kvalitetsmål`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadlines: Option<Vec<DeadlineJson>>,
    /// `klage`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub complaints: Option<Vec<RouteJson>>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A paragraph, a list or a sub-heading.
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum TextBlockJson {
    /// A paragraph.
    Paragraph {
        /// Its text.
        text: String,
        /// `true` when the text is a proposal; absent otherwise.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        proposed: bool,
    },
    /// A list.
    List(ListJson),
    /// A sub-heading inside the section, one level below the section's heading.
    Heading {
        /// Its text.
        text: String,
        /// `true` when the sub-heading is a proposal; absent otherwise.
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        proposed: bool,
    },
}

/// A list: its items' texts, whether they are numbered, and the lists nested under
/// them. A bullet list without nested lists is `{"type": "list", "items": […]}`, as in
/// the first edition.
#[derive(Debug, Serialize)]
pub struct ListJson {
    /// Its items.
    pub items: Vec<String>,
    /// `true` for a numbered list; absent for bullets.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub numbered: bool,
    /// The list under each item (`null` where there is none), as many as `items`;
    /// absent when no item has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nested: Option<Vec<Option<NestedListJson>>>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A list nested under an item.
#[derive(Debug, Serialize)]
pub struct NestedListJson {
    /// Its items.
    pub items: Vec<String>,
    /// `true` for a numbered list; absent for bullets.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub numbered: bool,
}

/// A link.
#[derive(Debug, Serialize)]
pub struct LinkJson {
    /// The link text.
    pub label: Option<String>,
    /// As written.
    pub original: String,
    /// The address to link to.
    pub href: String,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A reference to a contact or body.
#[derive(Debug, Serialize)]
pub struct ReferenceJson {
    /// As written.
    pub name: String,
    /// `contact`, `body`, `text` or `unresolved`.
    pub kind: &'static str,
    /// The contact's id or the body's registry id.
    pub target: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `målgruppe`.
#[derive(Debug, Serialize)]
pub struct TargetGroupJson {
    /// Who can.
    pub eligible: Vec<TextBlockJson>,
    /// Who cannot.
    pub not_eligible: Vec<TextBlockJson>,
    /// The age limit (`alder`).
    pub age: Option<AgeJson>,
    /// What the need must follow from (`årsag`), as written.
    pub causes: Vec<String>,
    /// Who is excluded, with the other route that covers them (`undtaget`).
    pub exclusions: Vec<ExclusionJson>,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `causes`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// An age limit.
#[derive(Debug, Serialize)]
pub struct AgeJson {
    /// The lowest age included.
    pub from: Option<u32>,
    /// The highest age included.
    pub to: Option<u32>,
    /// As written.
    pub original: String,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// An exclusion from the target group.
#[derive(Debug, Serialize)]
pub struct ExclusionJson {
    /// Who is excluded, as written.
    pub text: String,
    /// The law of the route that covers them: never the standard's basis.
    pub other_route: Vec<LawRefJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `tildeling`.
#[derive(Debug, Serialize)]
pub struct AllocationJson {
    /// Who decides.
    pub decided_by: Vec<ReferenceJson>,
    /// Who assesses the need.
    pub assessed_by: Vec<ReferenceJson>,
}

/// `ansøgning`.
#[derive(Debug, Serialize)]
pub struct ApplicationJson {
    /// Who may ask for the service.
    pub requested_by: Vec<RequesterJson>,
}

/// Someone who may ask for the service.
#[derive(Debug, Serialize)]
pub struct RequesterJson {
    /// `citizen`, `relative`, `own_doctor`, `home_care`, `hospital`, or null for a
    /// contact or a text.
    pub role: Option<&'static str>,
    /// The name as written, resolved where it names a contact or a body.
    pub reference: ReferenceJson,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `ramme`.
#[derive(Debug, Serialize)]
pub struct SettingJson {
    /// `individual`, `team`, `group`.
    pub forms: Vec<&'static str>,
    /// Where.
    pub places: Vec<PlaceJson>,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `forms`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// A place of delivery.
#[derive(Debug, Serialize)]
pub struct PlaceJson {
    /// `training_centre`, `own_home`, `nursing_home` or `other`.
    pub kind: &'static str,
    /// As a citizen's page says it (the text itself for `other`).
    pub text: String,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `indhold`.
#[derive(Debug, Serialize)]
pub struct ContentJson {
    /// Included.
    pub included: Vec<TextBlockJson>,
    /// Not included.
    pub not_included: Vec<TextBlockJson>,
}

/// A number or range.
#[derive(Debug, Serialize)]
pub struct RangeJson {
    /// Lower bound.
    pub min: Option<f64>,
    /// Upper bound.
    pub max: Option<f64>,
    /// `exact`, `between`, `at_most` or `at_least`.
    pub kind: &'static str,
}

/// The hedge of a value: `typisk`, `normalt`, `ca.`, `vejledende`.
#[derive(Debug, Serialize)]
pub struct HedgeJson {
    /// `typically`, `usually`, `approximately` or `guideline`.
    pub kind: &'static str,
    /// The word as written.
    pub original: String,
}

/// A duration with its normalisation.
#[derive(Debug, Serialize)]
pub struct DurationJson {
    /// As written, e.g. `10 hverdage`.
    pub original: String,
    /// The amount.
    pub amount: RangeJson,
    /// The unit, e.g. `working_days`.
    pub unit: &'static str,
    /// The amount in calendar days, for days and longer.
    pub calendar_days: Option<RangeJson>,
    /// The amount in minutes, for minutes and hours.
    pub minutes: Option<RangeJson>,
    /// How the normalised figure was computed, in Danish.
    pub normalization: Option<String>,
    /// The hedge (`typisk`, `ca.` …), when the document softens the figure; absent
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<HedgeJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A frequency.
#[derive(Debug, Serialize)]
pub struct FrequencyJson {
    /// As written.
    pub original: String,
    /// How many times.
    pub count: RangeJson,
    /// `day`, `week`, `month`, `quarter` or `year`.
    pub per: &'static str,
    /// The hedge (`typisk`, `ca.` …), when the document softens the figure; absent
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<HedgeJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A count of sessions.
#[derive(Debug, Serialize)]
pub struct CountJson {
    /// As written.
    pub original: String,
    /// How many.
    pub amount: RangeJson,
    /// Per what period, if a cap per period.
    pub per: Option<&'static str>,
    /// The hedge (`typisk`, `ca.` …), when the document softens the figure; absent
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<HedgeJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `omfang`.
#[derive(Debug, Serialize)]
pub struct ScopeJson {
    /// Number of sessions.
    pub sessions: Option<CountJson>,
    /// How often.
    pub frequency: Option<FrequencyJson>,
    /// Length of one session.
    pub session_length: Option<DurationJson>,
    /// Length of the course.
    pub course_length: Option<DurationJson>,
    /// Wait between courses.
    pub pause_between_courses: Option<DurationJson>,
    /// Extra sessions that may be added.
    pub extension: Option<CountJson>,
    /// Whether the figures are guidelines.
    pub guideline: bool,
    /// Named variants.
    pub packages: Vec<PackageJson>,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `guideline`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// `pakke`.
#[derive(Debug, Serialize)]
pub struct PackageJson {
    /// Its name.
    pub name: String,
    /// Its figures.
    pub scope: ScopeJson,
    /// Text about it.
    pub text: Vec<TextBlockJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `leverandør`.
#[derive(Debug, Serialize)]
pub struct ProviderJson {
    /// Who delivers.
    pub performers: Vec<ReferenceJson>,
    /// Whether the citizen may choose another provider.
    pub free_choice: Option<bool>,
    /// Required competences.
    pub competences: Vec<TextBlockJson>,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `free_choice`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// A price.
#[derive(Debug, Serialize)]
pub struct PriceJson {
    /// What is paid for.
    pub name: String,
    /// The amount.
    pub amount: Option<MoneyJson>,
    /// The document's wording.
    pub note: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// An amount of money.
#[derive(Debug, Serialize)]
pub struct MoneyJson {
    /// As written.
    pub original: String,
    /// In kroner.
    pub kroner: f64,
    /// Per what.
    pub per: Option<String>,
    /// The hedge (`typisk`, `ca.` …), when the document softens the figure; absent
    /// otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hedge: Option<HedgeJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// `kørsel`.
#[derive(Debug, Serialize)]
pub struct TransportJson {
    /// `ja`, `nej` or `efter-vurdering`.
    pub offered: Option<&'static str>,
    /// Legal basis.
    pub legal_basis: Vec<LawRefJson>,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `offered`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// A deadline.
#[derive(Debug, Serialize)]
pub struct DeadlineJson {
    /// What must happen.
    pub name: String,
    /// The deadline as written, e.g. `10 hverdage`.
    pub original: String,
    /// `duration`, `immediately` or `as_soon_as_possible`.
    pub kind: &'static str,
    /// The duration, if the deadline is one.
    pub duration: Option<DurationJson>,
    /// The event it runs from.
    pub event: Option<String>,
    /// Whether it is a target rather than a promise.
    pub target_only: bool,
    /// A note.
    pub note: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A complaint route.
#[derive(Debug, Serialize)]
pub struct RouteJson {
    /// `decision`, `service_level`, `professional_content`, `quality` or `other`.
    pub kind: &'static str,
    /// The heading.
    pub heading: Option<String>,
    /// Where to complain.
    pub to: Vec<ReferenceJson>,
    /// The time limit for complaining.
    pub deadline: Option<DeadlineJson>,
    /// Whether the municipality reassesses (genvurdering).
    pub reassessment: bool,
    /// How long the reassessment may take.
    pub reassessment_deadline: Option<DeadlineJson>,
    /// The next instance.
    pub next: Vec<ReferenceJson>,
    /// Text.
    pub text: Vec<TextBlockJson>,
    /// Links.
    pub links: Vec<LinkJson>,
    /// Law references made in the route.
    pub legal_basis: Vec<LawRefJson>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `reassessment`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// A contact.
#[derive(Debug, Serialize)]
pub struct ContactJson {
    /// The short name.
    pub id: String,
    /// The displayed name.
    pub name: String,
    /// The registry body it is.
    pub body: Option<String>,
    /// A unit.
    pub unit: Option<String>,
    /// A person.
    pub person: Option<String>,
    /// Address lines.
    pub address: Vec<String>,
    /// Postal code and town.
    pub postal: Option<PostalJson>,
    /// Phone numbers.
    pub phones: Vec<PhoneJson>,
    /// Telephone hours.
    pub hours: Option<String>,
    /// E-mail.
    pub mails: Vec<MailJson>,
    /// Secure mail.
    pub secure_mails: Vec<MailJson>,
    /// Web.
    pub web: Vec<LinkJson>,
    /// Note.
    pub note: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
    /// The plain fields here whose value (or one of whose values) is a proposal,
    /// not yet decided: `body`, `unit`, `person`, `address`, `hours`, `note`; absent when none is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub proposed_fields: Vec<&'static str>,
}

/// A postal code and town.
#[derive(Debug, Serialize)]
pub struct PostalJson {
    /// Four digits.
    pub code: String,
    /// Town.
    pub town: String,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// A phone number.
#[derive(Debug, Serialize)]
pub struct PhoneJson {
    /// As written.
    pub original: String,
    /// Eight digits.
    pub digits: String,
    /// Grouped in pairs.
    pub display: String,
    /// When it is answered.
    pub hours: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// An e-mail address.
#[derive(Debug, Serialize)]
pub struct MailJson {
    /// As displayed.
    pub address: String,
    /// The link behind it, if it differs.
    pub link: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// `true` when this is a proposal, not yet decided: it is marked `forslag:`, or
    /// stands in a statement that is; absent otherwise.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub proposed: bool,
}

/// Builds the JSON form of a standard.
pub fn standard(standard: &Standard, source: &str, diagnostics: &[Diagnostic]) -> StandardJson {
    let mut findings = FindingsJson::default();
    for d in diagnostics {
        match d.severity {
            Severity::Error => findings.error += 1,
            Severity::Warning => findings.warning += 1,
            Severity::Advice => findings.advice += 1,
        }
    }
    let s = standard;
    StandardJson {
        schema_version: SCHEMA_VERSION,
        source: source.to_owned(),
        title: s.title.value.clone(),
        municipality: s.municipality.as_ref().map(|m| MunicipalityJson {
            name: m.value.clone(),
            code: s.municipality_code.as_ref().map(|c| c.value.clone()),
        }),
        year: s.year.as_ref().map(|y| y.value),
        validity: s.validity.as_ref().map(|v| ValidityJson {
            from: date(&v.from.value),
            until: v.until.as_ref().map(|u| date(&u.value)),
        }),
        date: s.date.as_ref().map(|d| date(&d.value)),
        approval: s.approval.as_ref().map(|a| ApprovalJson {
            date: a.date.as_ref().map(|d| date(&d.value)),
            by: a.by.as_ref().map(|b| b.value.clone()),
        }),
        draft: s.draft.is_some(),
        updated: s.updated.as_ref().map(|d| date(&d.value)),
        undated: s.undated.is_some(),
        service_level_set_by: s.service_level_by.iter().map(|r| reference(r, s)).collect(),
        sources: s.sources.iter().map(|l| section_link(l, s)).collect(),
        excerpt: s.excerpt.is_some(),
        revision: s.revision.as_ref().map(|r| match r.value {
            Revision::Yearly => "yearly",
            Revision::OnChange => "on_change",
        }),
        legal_basis: law_refs(&s.legal_basis, s),
        other_schemes: s.other_schemes.iter().map(|o| other_scheme(o, s)).collect(),
        summary_heading: s.summary_heading.as_ref().map(|h| h.value.clone()),
        summary: s.summary.iter().map(|x| section(x, s)).collect(),
        sections: s.sections.iter().map(|x| section(x, s)).collect(),
        indsatser: s.indsatser.iter().map(|i| indsats(i, s)).collect(),
        contacts: s.contacts.iter().map(|c| contact(c, s)).collect(),
        proposals: s.proposals.len(),
        findings,
    }
}

/// The names of the plain fields whose value, or one of whose values, is a proposal:
/// each field with the spans of its values.
fn proposed_fields(
    standard: &Standard,
    fields: impl IntoIterator<Item = (&'static str, Vec<Span>)>,
) -> Vec<&'static str> {
    fields
        .into_iter()
        .filter(|(_, spans)| spans.iter().any(|span| standard.proposed(*span)))
        .map(|(name, _)| name)
        .collect()
}

fn date(d: &Date) -> DateJson {
    DateJson {
        value: d.to_string(),
        precision: d.precision(),
    }
}

fn law_refs(refs: &[LawRef], standard: &Standard) -> Vec<LawRefJson> {
    refs.iter().map(|r| law_ref(r, standard)).collect()
}

fn law_ref(r: &LawRef, standard: &Standard) -> LawRefJson {
    LawRefJson {
        canonical: r.canonical(),
        law: r.law.abbreviation(),
        paragraph: r.paragraph.clone(),
        stk: r.stk,
        original: r.original.clone(),
        quote: r.quote.clone(),
        law_inferred: r.law_inferred,
        proposed: standard.proposed(r.span),
    }
}

fn other_scheme(o: &OtherScheme, standard: &Standard) -> OtherSchemeJson {
    OtherSchemeJson {
        legal_basis: law_refs(&o.refs, standard),
        name: o.name.as_ref().map(|n| n.value.clone()),
        proposed: standard.proposed(o.span),
    }
}

fn indsats(i: &Indsats, standard: &Standard) -> IndsatsJson {
    IndsatsJson {
        title: i.title.value.clone(),
        legal_basis: law_refs(&i.legal_basis, standard),
        other_schemes: i
            .other_schemes
            .iter()
            .map(|o| other_scheme(o, standard))
            .collect(),
        sections: i.sections.iter().map(|s| section(s, standard)).collect(),
        proposed: standard.proposed(i.span),
    }
}

fn texts(texts: &[Text], standard: &Standard) -> Vec<TextBlockJson> {
    texts
        .iter()
        .flat_map(|t| {
            let proposed = standard.proposed(t.span);
            t.blocks.iter().map(move |b| match b {
                TextBlock::Paragraph(text) => TextBlockJson::Paragraph {
                    text: text.clone(),
                    proposed,
                },
                TextBlock::Heading(text) => TextBlockJson::Heading {
                    text: text.clone(),
                    proposed,
                },
                TextBlock::List(list) => TextBlockJson::List(list_json(list, proposed)),
            })
        })
        .collect()
}

fn list_json(list: &List, proposed: bool) -> ListJson {
    let nested = list.items.iter().any(|i| i.nested.is_some()).then(|| {
        list.items
            .iter()
            .map(|i| {
                i.nested.as_ref().map(|n| NestedListJson {
                    items: n.items.iter().map(|s| s.value.clone()).collect(),
                    numbered: n.numbered,
                })
            })
            .collect()
    });
    ListJson {
        items: list.items.iter().map(|i| i.text.value.clone()).collect(),
        numbered: list.numbered,
        nested,
        proposed,
    }
}

fn reference(r: &Reference, standard: &Standard) -> ReferenceJson {
    let (kind, target) = match &r.resolution {
        Resolution::Contact(i) => (
            "contact",
            standard.contacts.get(*i).map(|c| c.id.value.clone()),
        ),
        Resolution::Body(id) => ("body", Some(id.clone())),
        Resolution::Text => ("text", None),
        Resolution::Unresolved => ("unresolved", None),
    };
    ReferenceJson {
        name: r.name.value.clone(),
        kind,
        target,
        proposed: standard.proposed(r.name.span),
    }
}

fn references(refs: &[Reference], standard: &Standard) -> Vec<ReferenceJson> {
    refs.iter().map(|r| reference(r, standard)).collect()
}

fn section_link(l: &Link, standard: &Standard) -> LinkJson {
    let mut json = link(l.label.as_ref().map(|x| x.value.clone()), &l.url, standard);
    json.proposed |= l.label.as_ref().is_some_and(|x| standard.proposed(x.span));
    json
}

fn section(s: &Section, standard: &Standard) -> SectionJson {
    let p = |span: Span| standard.proposed(span);
    let mut out = SectionJson {
        kind: s.kind.key(),
        keyword: s.kind.word(),
        heading: s.heading.as_ref().map(|h| h.value.clone()),
        text: texts(&s.text, standard),
        links: s.links.iter().map(|l| section_link(l, standard)).collect(),
        contacts: references(&s.contacts, standard),
        legal_basis: law_refs(&s.legal_basis, standard),
        target_group: None,
        allocation: None,
        application: None,
        setting: None,
        content: None,
        scope: None,
        provider: None,
        fees: None,
        transport: None,
        deadlines: None,
        complaints: None,
        proposed: p(s.span),
    };
    match &s.body {
        SectionBody::Text => {}
        SectionBody::Målgruppe(m) => {
            out.target_group = Some(TargetGroupJson {
                eligible: texts(&m.kan, standard),
                not_eligible: texts(&m.kan_ikke, standard),
                age: m.alder.as_ref().map(|a| AgeJson {
                    from: a.from,
                    to: a.to,
                    original: a.original.clone(),
                    proposed: p(a.span),
                }),
                causes: m.årsager.iter().map(|c| c.value.clone()).collect(),
                exclusions: m
                    .undtaget
                    .iter()
                    .map(|e| ExclusionJson {
                        text: e.text.value.clone(),
                        other_route: law_refs(&e.other_route, standard),
                        proposed: p(e.text.span),
                    })
                    .collect(),
                proposed_fields: proposed_fields(
                    standard,
                    [("causes", m.årsager.iter().map(|c| c.span).collect())],
                ),
            })
        }
        SectionBody::Tildeling(t) => {
            out.allocation = Some(AllocationJson {
                decided_by: references(&t.afgøres_af, standard),
                assessed_by: references(&t.vurderes_af, standard),
            })
        }
        SectionBody::Ansøgning(a) => {
            out.application = Some(ApplicationJson {
                requested_by: a
                    .søges_af
                    .iter()
                    .map(|r| RequesterJson {
                        role: r.role.map(|role| role.key()),
                        reference: reference(&r.reference, standard),
                        proposed: p(r.reference.name.span),
                    })
                    .collect(),
            })
        }
        SectionBody::Ramme(r) => {
            out.setting = Some(SettingJson {
                forms: r.former.iter().map(|f| f.value.key()).collect(),
                places: r
                    .steder
                    .iter()
                    .map(|place| PlaceJson {
                        kind: place.value.key(),
                        text: place.value.danish().to_owned(),
                        proposed: p(place.span),
                    })
                    .collect(),
                proposed_fields: proposed_fields(
                    standard,
                    [("forms", r.former.iter().map(|f| f.span).collect())],
                ),
            })
        }
        SectionBody::Indhold(i) => {
            out.content = Some(ContentJson {
                included: texts(&i.indgår, standard),
                not_included: texts(&i.indgår_ikke, standard),
            })
        }
        SectionBody::Omfang(o) => out.scope = Some(scope(o, standard)),
        SectionBody::Leverandør(l) => {
            out.provider = Some(ProviderJson {
                performers: references(&l.udfører, standard),
                free_choice: l.frit_valg.as_ref().map(|f| f.value),
                competences: texts(&l.kompetencekrav, standard),
                proposed_fields: proposed_fields(
                    standard,
                    [("free_choice", l.frit_valg.iter().map(|f| f.span).collect())],
                ),
            })
        }
        SectionBody::Egenbetaling(prices) => {
            out.fees = Some(
                prices
                    .iter()
                    .map(|price| PriceJson {
                        name: price.name.value.clone(),
                        amount: price.amount.as_ref().map(|m| money(m, standard)),
                        note: price.note.as_ref().map(|n| n.value.clone()),
                        proposed: p(price.span),
                    })
                    .collect(),
            )
        }
        SectionBody::Kørsel(k) => {
            out.transport = Some(TransportJson {
                offered: k.tilbydes.as_ref().map(|t| t.value.keyword()),
                legal_basis: law_refs(&k.legal_basis, standard),
                proposed_fields: proposed_fields(
                    standard,
                    [("offered", k.tilbydes.iter().map(|t| t.span).collect())],
                ),
            })
        }
        SectionBody::Frister(frister) => {
            out.deadlines = Some(frister.iter().map(|f| deadline(f, standard)).collect())
        }
        SectionBody::Klage(k) => {
            out.complaints = Some(k.routes.iter().map(|r| route(r, standard)).collect())
        }
    }
    out
}

fn range(r: &Range) -> RangeJson {
    RangeJson {
        min: r.min,
        max: r.max,
        kind: r.kind_name(),
    }
}

fn scaled(r: &Range, factor: f64) -> RangeJson {
    let round = |v: f64| (v * factor * 100.0).round() / 100.0;
    RangeJson {
        min: r.min.map(round),
        max: r.max.map(round),
        kind: r.kind_name(),
    }
}

/// The JSON form of a duration, with its normalised figures, in `standard`.
pub fn duration(d: &Duration, standard: &Standard) -> DurationJson {
    let calendar_days = d.unit.calendar_days().map(|f| scaled(&d.amount, f));
    let minutes = d.unit.minutes().map(|f| scaled(&d.amount, f));
    let normalization = d.unit.calendar_days().map(|factor| {
        let amount = d.amount.max.or(d.amount.min).unwrap_or(0.0);
        let days = (amount * factor * 100.0).round() / 100.0;
        match d.unit {
            crate::model::values::TimeUnit::WorkingDays => format!(
                "{} hverdage = {} kalenderdage (hverdage × 7/5)",
                format_number(amount),
                format_number(days)
            ),
            crate::model::values::TimeUnit::Days => format!(
                "{} dage læst som kalenderdage (enheden er tvetydig)",
                format_number(amount)
            ),
            crate::model::values::TimeUnit::CalendarDays => {
                format!("{} kalenderdage", format_number(amount))
            }
            unit => format!(
                "{} {} = {} kalenderdage ({} kalenderdage pr. enhed)",
                format_number(amount),
                unit.danish(),
                format_number(days),
                format_number(factor)
            ),
        }
    });
    DurationJson {
        hedge: hedge(d.hedge.as_deref()),
        original: d.original.clone(),
        amount: range(&d.amount),
        unit: d.unit.key(),
        calendar_days,
        minutes,
        normalization,
        proposed: standard.proposed(d.span),
    }
}

fn hedge(h: Option<&Hedge>) -> Option<HedgeJson> {
    h.map(|h| HedgeJson {
        kind: h.kind.key(),
        original: h.original.clone(),
    })
}

fn frequency(f: &Frequency, standard: &Standard) -> FrequencyJson {
    FrequencyJson {
        hedge: hedge(f.hedge.as_deref()),
        original: f.original.clone(),
        count: range(&f.count),
        per: f.per.key(),
        proposed: standard.proposed(f.span),
    }
}

fn count(c: &Count, standard: &Standard) -> CountJson {
    CountJson {
        hedge: hedge(c.hedge.as_deref()),
        original: c.original.clone(),
        amount: range(&c.amount),
        per: c.per.map(|p| p.key()),
        proposed: standard.proposed(c.span),
    }
}

fn money(m: &Money, standard: &Standard) -> MoneyJson {
    MoneyJson {
        hedge: hedge(m.hedge.as_deref()),
        original: m.original.clone(),
        kroner: m.kroner,
        per: m.per.clone(),
        proposed: standard.proposed(m.span),
    }
}

fn scope(o: &crate::model::Omfang, standard: &Standard) -> ScopeJson {
    ScopeJson {
        sessions: o.gange.as_ref().map(|c| count(c, standard)),
        frequency: o.hyppighed.as_ref().map(|f| frequency(f, standard)),
        session_length: o.længde.as_ref().map(|d| duration(d, standard)),
        course_length: o.forløb.as_ref().map(|d| duration(d, standard)),
        pause_between_courses: o.pause.as_ref().map(|d| duration(d, standard)),
        extension: o.forlængelse.as_ref().map(|c| count(c, standard)),
        guideline: o.vejledende.is_some(),
        packages: o
            .pakker
            .iter()
            .map(|p| PackageJson {
                name: p.name.value.clone(),
                scope: scope(&p.omfang, standard),
                text: texts(&p.text, standard),
                proposed: standard.proposed(p.span),
            })
            .collect(),
        proposed_fields: proposed_fields(
            standard,
            [("guideline", o.vejledende.into_iter().collect())],
        ),
    }
}

/// The JSON form of a deadline in `standard`.
pub fn deadline(f: &Frist, standard: &Standard) -> DeadlineJson {
    let (kind, duration) = match &f.deadline.amount {
        DeadlineAmount::Duration(d) => ("duration", Some(self::duration(d, standard))),
        DeadlineAmount::Immediately => ("immediately", None),
        DeadlineAmount::AsSoonAsPossible => ("as_soon_as_possible", None),
    };
    DeadlineJson {
        name: f.name.value.clone(),
        original: f.deadline.original.clone(),
        kind,
        duration,
        event: f.event.as_ref().map(|e| e.value.clone()),
        target_only: f.target_only,
        note: f.note.as_ref().map(|n| n.value.clone()),
        proposed: standard.proposed(f.span),
    }
}

fn route(r: &KlageRoute, standard: &Standard) -> RouteJson {
    RouteJson {
        kind: r.kind.key(),
        heading: r.heading.as_ref().map(|h| h.value.clone()),
        to: references(&r.til, standard),
        deadline: r.klagefrist.as_ref().map(|f| deadline(f, standard)),
        reassessment: r.genvurdering_stated.is_some(),
        reassessment_deadline: r.genvurdering.as_ref().map(|f| deadline(f, standard)),
        next: references(&r.videre, standard),
        text: texts(&r.text, standard),
        links: r.links.iter().map(|l| section_link(l, standard)).collect(),
        legal_basis: law_refs(&r.legal_basis, standard),
        proposed: standard.proposed(r.span),
        proposed_fields: proposed_fields(
            standard,
            [("reassessment", r.genvurdering_stated.into_iter().collect())],
        ),
    }
}

fn link(label: Option<String>, url: &Url, standard: &Standard) -> LinkJson {
    LinkJson {
        label,
        original: url.original.clone(),
        href: url.href.clone(),
        proposed: standard.proposed(url.span),
    }
}

fn phone(p: &Phone, hours: Option<String>, standard: &Standard) -> PhoneJson {
    PhoneJson {
        original: p.original.clone(),
        digits: p.digits.clone(),
        display: p.display(),
        hours,
        proposed: standard.proposed(p.span),
    }
}

fn mail(m: &MailEntry, standard: &Standard) -> MailJson {
    let address: &Email = &m.email;
    MailJson {
        address: address.address.clone(),
        link: m.link.as_ref().map(|l| l.href.clone()),
        note: m.note.as_ref().map(|n| n.value.clone()),
        proposed: standard.proposed(address.span),
    }
}

fn contact(c: &Contact, standard: &Standard) -> ContactJson {
    let spans = |value: Option<&crate::source::Spanned<String>>| {
        value.map(|v| v.span).into_iter().collect()
    };
    ContactJson {
        id: c.id.value.clone(),
        name: c.name.value.clone(),
        body: c.body.as_ref().map(|b| b.value.clone()),
        unit: c.unit.as_ref().map(|u| u.value.clone()),
        person: c.person.as_ref().map(|p| p.value.clone()),
        address: c.address.iter().map(|a| a.value.clone()).collect(),
        postal: c.postal.as_ref().map(|p| PostalJson {
            code: p.code.clone(),
            town: p.town.clone(),
            proposed: standard.proposed(p.span),
        }),
        phones: c
            .phones
            .iter()
            .map(|p| {
                phone(
                    &p.phone,
                    p.hours.as_ref().map(|h| h.value.clone()),
                    standard,
                )
            })
            .collect(),
        hours: c.hours.as_ref().map(|h| h.value.clone()),
        mails: c.mails.iter().map(|m| mail(m, standard)).collect(),
        secure_mails: c.secure_mails.iter().map(|m| mail(m, standard)).collect(),
        web: c.web.iter().map(|u| link(None, u, standard)).collect(),
        note: c.note.as_ref().map(|n| n.value.clone()),
        proposed: standard.proposed(c.span),
        proposed_fields: proposed_fields(
            standard,
            [
                ("body", spans(c.body.as_ref())),
                ("unit", spans(c.unit.as_ref())),
                ("person", spans(c.person.as_ref())),
                ("address", c.address.iter().map(|a| a.span).collect()),
                ("hours", spans(c.hours.as_ref())),
                ("note", spans(c.note.as_ref())),
            ],
        ),
    }
}
