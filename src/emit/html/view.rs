//! What the templates see: plain, serialisable views of a page.
//!
//! The model is never handed to a template. Every string here is text to be escaped
//! by the template engine, except the `href` fields, which are either internal
//! anchors built by this module or addresses that passed `href::safe_href`.

use serde::Serialize;

/// A standard's page.
#[derive(Debug, Serialize)]
pub struct Page {
    /// The way back to the output directory (`./` or `../`), for the stylesheet and
    /// the index.
    pub root: String,
    /// Whether this is an author's preview with the checker's findings.
    pub preview: bool,
    /// How many proposals (`forslag:`) the standard makes: each is marked on a preview
    /// (a public page is not built while there are any).
    pub proposals: usize,
    /// The title of the standard.
    pub title: String,
    /// The municipality, as citizens know it (`Glostrup Kommune`).
    pub municipality: Option<String>,
    /// Whether the standard is a draft.
    pub draft: bool,
    /// Whether the file holds only part of its source (`uddrag`): a missing fact is
    /// then "ikke i kilden" rather than "ikke angivet".
    pub excerpt: bool,
    /// Where the standard is published (`kilde`).
    pub sources: Vec<LinkView>,
    /// The facts about the document: status, dates, legal basis.
    pub facts: Vec<Fact>,
    /// The legal basis of the whole standard.
    pub legal_basis: Vec<LawView>,
    /// Schemes under other laws the standard sends citizens to (`anden-ordning`).
    pub other_schemes: Vec<String>,
    /// The "Kort fortalt" box.
    pub summary: Summary,
    /// The table of contents.
    pub toc: Vec<TocEntry>,
    /// The document's parts in its own order.
    pub blocks: Vec<Block>,
    /// Every contact.
    pub contacts: Vec<ContactView>,
    /// The national bodies the standard sends complaints to, from the registry.
    pub bodies: Vec<ContactView>,
    /// The checker's findings, for a preview.
    pub findings: Findings,
    /// The source file, shown in a preview.
    pub source: String,
}

/// One fact: a label and its value.
#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// The label (`Hyppighed`).
    pub label: String,
    /// The value, or `ikke angivet`.
    pub value: String,
    /// Whether the value is missing, so the page can mark it.
    pub missing: bool,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

impl Fact {
    /// A fact with a value, or `ikke angivet` when there is none.
    pub fn new(label: &str, value: Option<String>) -> Self {
        match value {
            Some(value) => Self {
                label: label.to_owned(),
                value,
                missing: false,
                proposed: false,
            },
            None => Self {
                label: label.to_owned(),
                value: super::format::NOT_STATED.to_owned(),
                missing: true,
                proposed: false,
            },
        }
    }

    /// The same fact, marked as a proposal when `proposed` is true.
    pub fn proposed(self, proposed: bool) -> Self {
        Self { proposed, ..self }
    }
}

/// A paragraph, a list or a sub-heading.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Para {
    /// A paragraph.
    P {
        /// Its text.
        text: String,
        /// Whether it is a proposal.
        proposed: bool,
    },
    /// A list: `<ol>` when numbered, else `<ul>`.
    List {
        /// Whether the items are numbered.
        numbered: bool,
        /// Its items.
        items: Vec<ItemView>,
        /// Whether it is a proposal.
        proposed: bool,
    },
    /// A sub-heading, one level below the heading it stands under.
    H {
        /// Its text.
        text: String,
        /// Whether it is a proposal.
        proposed: bool,
    },
}

/// An item of a list, and the list nested under it.
#[derive(Debug, Clone, Serialize)]
pub struct ItemView {
    /// Its text.
    pub text: String,
    /// The list under it, if any.
    pub nested: Option<NestedView>,
}

/// A list nested under an item.
#[derive(Debug, Clone, Serialize)]
pub struct NestedView {
    /// Whether the items are numbered.
    pub numbered: bool,
    /// Its items.
    pub items: Vec<String>,
}

/// A link: the text, and the address if it may be linked.
#[derive(Debug, Clone, Serialize)]
pub struct LinkView {
    /// The link text.
    pub text: String,
    /// The address; `None` shows the text without a link.
    pub href: Option<String>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// A law reference, with the quoted law text if the document gives it.
#[derive(Debug, Clone, Serialize)]
pub struct LawView {
    /// `Serviceloven § 86, stk. 1`.
    pub text: String,
    /// The quoted law text.
    pub quote: Vec<Para>,
}

/// An entry of the table of contents.
#[derive(Debug, Clone, Serialize)]
pub struct TocEntry {
    /// The anchor.
    pub id: String,
    /// The heading.
    pub text: String,
}

/// One part of the document.
#[derive(Debug, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Block {
    /// A general section.
    Section(SectionView),
    /// The document's own summary.
    Resume(GroupView),
    /// An indsats.
    Indsats(GroupView),
}

/// A group of sections under one heading: an indsats or the document's summary.
#[derive(Debug, Serialize)]
pub struct GroupView {
    /// The anchor.
    pub id: String,
    /// The heading.
    pub heading: String,
    /// Its legal basis.
    pub legal_basis: Vec<LawView>,
    /// Its sections.
    pub sections: Vec<SectionView>,
    /// Findings about the group itself.
    pub findings: Vec<Finding>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// A section with its typed contents.
#[derive(Debug, Clone, Serialize)]
pub struct SectionView {
    /// The anchor.
    pub id: String,
    /// Typed facts of the section: age limit, causes and exclusions (`målgruppe`), who
    /// decides (`tildeling`), who may ask (`ansøgning`), form and place (`ramme`).
    pub facts: Vec<Fact>,
    /// The heading as the document words it.
    pub heading: String,
    /// The heading level (2 or 3).
    pub level: u8,
    /// Law references made in the section.
    pub legal_basis: Vec<LawView>,
    /// Free text.
    pub text: Vec<Para>,
    /// Whether the text comes before the typed contents.
    pub text_first: bool,
    /// `målgruppe`.
    pub target_group: Option<Split>,
    /// `indhold`.
    pub content: Option<Split>,
    /// `omfang`.
    pub scope: Option<ScopeView>,
    /// `leverandør`.
    pub provider: Option<ProviderView>,
    /// `egenbetaling`.
    pub fees: Option<Vec<Fact>>,
    /// `kørsel`.
    pub transport: Option<TransportView>,
    /// `frister` and `kvalitetsmål`.
    pub deadlines: Option<Vec<DeadlineView>>,
    /// `klage`.
    pub complaints: Option<Vec<RouteView>>,
    /// Links.
    pub links: Vec<LinkView>,
    /// Contacts the section points to.
    pub contacts: Vec<LinkView>,
    /// Findings about the section, for a preview.
    pub findings: Vec<Finding>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// Text in two parts: what is (`kan`, `indgår`) and what is not.
#[derive(Debug, Clone, Serialize)]
pub struct Split {
    /// The heading of the first part, when both parts are given.
    pub yes_heading: String,
    /// The first part.
    pub yes: Vec<Para>,
    /// The heading of the second part.
    pub no_heading: String,
    /// The second part.
    pub no: Vec<Para>,
}

/// `omfang`.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeView {
    /// The figures; empty when only packages are given.
    pub facts: Vec<Fact>,
    /// Whether the figures are guidelines.
    pub guideline: bool,
    /// Named variants, as rows of a table.
    pub packages: Vec<ScopeRow>,
}

/// One row of a table of scopes.
#[derive(Debug, Clone, Serialize)]
pub struct ScopeRow {
    /// What the row is about.
    pub name: String,
    /// A link to where it is described.
    pub href: Option<String>,
    /// Antal gange, hyppighed, varighed pr. gang, forløb.
    pub cells: Vec<Fact>,
    /// Text about it.
    pub text: Vec<Para>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// `leverandør`.
#[derive(Debug, Clone, Serialize)]
pub struct ProviderView {
    /// Who delivers.
    pub performers: Vec<LinkView>,
    /// Whether the citizen may choose another provider, if stated.
    pub free_choice: Option<String>,
    /// Whether that is a proposal.
    pub free_choice_proposed: bool,
    /// Required competences.
    pub competences: Vec<Para>,
}

/// `kørsel`.
#[derive(Debug, Clone, Serialize)]
pub struct TransportView {
    /// Whether transport is offered.
    pub offered: Fact,
    /// The legal basis.
    pub legal_basis: Vec<LawView>,
}

/// A deadline.
#[derive(Debug, Clone, Serialize)]
pub struct DeadlineView {
    /// The step (`Afgørelse`).
    pub step: String,
    /// How long it may take (`inden for 10 hverdage`).
    pub when: String,
    /// What it runs from, or `ikke angivet`.
    pub from: Fact,
    /// The whole phrase (`inden for 10 hverdage efter ansøgning`).
    pub phrase: String,
    /// Whether it is only a target.
    pub target_only: bool,
    /// A note in the document's words.
    pub note: Option<String>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// A complaint route.
#[derive(Debug, Clone, Serialize)]
pub struct RouteView {
    /// The heading.
    pub heading: String,
    /// Where to send the complaint.
    pub to: Vec<LinkView>,
    /// The time limit for complaining, or `ikke angivet`.
    pub deadline: Fact,
    /// Whether the route is about a decision (then the time limit and the next
    /// instance matter most).
    pub decision: bool,
    /// What the reassessment is, if stated.
    pub reassessment: Option<String>,
    /// Whether that is a proposal.
    pub reassessment_proposed: bool,
    /// Who decides next.
    pub next: Vec<LinkView>,
    /// Free text.
    pub text: Vec<Para>,
    /// Links.
    pub links: Vec<LinkView>,
    /// Law references.
    pub legal_basis: Vec<LawView>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// A contact card.
#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    /// The anchor.
    pub id: String,
    /// The name.
    pub name: String,
    /// The national body it is, by name.
    pub body: Option<String>,
    /// A unit.
    pub unit: Option<String>,
    /// A person.
    pub person: Option<String>,
    /// Address lines, the postal code and town last.
    pub address: Vec<String>,
    /// Phone numbers.
    pub phones: Vec<PhoneView>,
    /// Telephone hours.
    pub hours: Option<String>,
    /// E-mail addresses.
    pub mails: Vec<MailView>,
    /// Secure mail addresses.
    pub secure_mails: Vec<MailView>,
    /// Web addresses.
    pub web: Vec<LinkView>,
    /// A note.
    pub note: Option<String>,
    /// Findings about the contact, for a preview.
    pub findings: Vec<Finding>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
    /// Its text lines that are proposals: `unit`, `person`, `address`, `hours`, `note`.
    pub proposed_fields: Vec<&'static str>,
}

/// A phone number.
#[derive(Debug, Clone, Serialize)]
pub struct PhoneView {
    /// Grouped in pairs.
    pub display: String,
    /// The `tel:` link.
    pub href: Option<String>,
    /// When it is answered.
    pub hours: Option<String>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// An e-mail address.
#[derive(Debug, Clone, Serialize)]
pub struct MailView {
    /// The address.
    pub address: String,
    /// The `mailto:` link.
    pub href: Option<String>,
    /// A note.
    pub note: Option<String>,
    /// Whether it is a proposal, not yet decided (`forslag:`), marked on a preview.
    pub proposed: bool,
}

/// The "Kort fortalt" box.
#[derive(Debug, Serialize)]
pub struct Summary {
    /// Who can get it.
    pub target_group: SummaryPart,
    /// What it contains and how much.
    pub scope: ScopeSummary,
    /// What it costs.
    pub fees: SummaryPart,
    /// How long each step may take, one sequence per `frister` section.
    pub deadlines: Vec<DeadlineGroup>,
    /// Where the deadlines are described.
    pub deadlines_more: Option<LinkView>,
    /// Who grants the service (`tildeling`), apart from how to apply.
    pub allocation: SummaryPart,
    /// How to apply.
    pub application: SummaryPart,
    /// Who to contact to apply.
    pub application_contacts: Vec<ContactView>,
    /// How to complain, route by route.
    pub complaints: Vec<RouteView>,
    /// Where the complaint routes are described.
    pub complaints_more: Option<LinkView>,
}

/// One answer of the summary: text, facts or a list per indsats.
#[derive(Debug, Default, Serialize)]
pub struct SummaryPart {
    /// Text from the document.
    pub text: Vec<Para>,
    /// Facts.
    pub facts: Vec<Fact>,
    /// One line per indsats, when the answer depends on it.
    pub per_indsats: Vec<Fact>,
    /// Links from the document.
    pub links: Vec<LinkView>,
    /// Where to read more.
    pub more: Option<LinkView>,
}

impl SummaryPart {
    /// Whether the part has nothing to say.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
            && self.facts.is_empty()
            && self.per_indsats.is_empty()
            && self.links.is_empty()
    }
}

/// What the service contains and how much of it.
#[derive(Debug, Default, Serialize)]
pub struct ScopeSummary {
    /// What is included, from the document.
    pub content: Vec<Para>,
    /// Sessions, frequency, length, course: for the whole standard.
    pub facts: Vec<Fact>,
    /// The same, one row per indsats, when the standard has no figures of its own.
    pub rows: Vec<ScopeRow>,
    /// The same, one row per `pakke` of the standard's own `omfang`.
    pub packages: Vec<ScopeRow>,
    /// Whether the figures are guidelines.
    pub guideline: bool,
    /// Where to read more.
    pub more: Option<LinkView>,
}

/// One sequence of deadlines.
#[derive(Debug, Serialize)]
pub struct DeadlineGroup {
    /// The heading of its section, when there are several sequences.
    pub heading: Option<String>,
    /// The steps, in the order they follow one another.
    pub steps: Vec<DeadlineView>,
}

/// The checker's findings on a preview page.
#[derive(Debug, Default, Serialize)]
pub struct Findings {
    /// Findings that belong to no section, indsats or contact.
    pub unplaced: Vec<Finding>,
    /// How many errors.
    pub errors: usize,
    /// How many warnings.
    pub warnings: usize,
    /// How many pieces of advice.
    pub advice: usize,
}

/// One finding of the checker.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    /// The code (`KS110`).
    pub code: String,
    /// `error`, `warning` or `advice`.
    pub severity: String,
    /// `Fejl`, `Advarsel` or `Råd`.
    pub severity_label: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The 1-based line it starts on.
    pub line: usize,
}

/// The index page.
#[derive(Debug, Serialize)]
pub struct IndexPage {
    /// The way back to the output directory: the index is in it.
    pub root: &'static str,
    /// Whether the pages are author's previews.
    pub preview: bool,
    /// The standards.
    pub entries: Vec<IndexEntry>,
}

/// One standard on the index page.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    /// The municipality, or `ikke angivet`.
    pub municipality: String,
    /// The title.
    pub title: String,
    /// The link to its page.
    pub href: String,
    /// The year it is for.
    pub year: Fact,
    /// Its approval or document date.
    pub date: Fact,
    /// `Udkast` or `Godkendt`.
    pub status: Fact,
    /// Whether it is a draft.
    pub draft: bool,
    /// Why it is out of date at the build date, in Danish sentences; empty when it is
    /// not (and for a draft).
    pub outdated: Vec<String>,
    /// The year it is for, or else of its date, to order a municipality's standards.
    #[serde(skip)]
    pub sort_year: Option<i32>,
}
