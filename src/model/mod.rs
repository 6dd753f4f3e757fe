//! The typed model of a standard: what the lowering builds and every later stage reads.
//!
//! Every node keeps its span. The model is not serialised directly: JSON goes through
//! the dedicated structs in `crate::emit::json`.

mod contact;
mod proposal;
mod reference_date;
mod section;
pub mod values;

pub use contact::{Contact, MailEntry, PhoneEntry, Reference, Resolution};
pub use proposal::{Proposal, Proposals};
pub use reference_date::{DateBasis, StandardDate};
pub use section::{
    AgeLimit, Ansøgning, Deadline, DeadlineAmount, DeliveryForm, DeliveryPlace, Exclusion, Frist,
    Indhold, Klage, KlageRoute, Kørsel, Leverandør, Link, Målgruppe, Omfang, OmfangPakke, Price,
    Ramme, Requester, RequesterRole, RouteKind, Section, SectionBody, SectionKind, Text, TextBlock,
    Tildeling, TransportOffer,
};
pub use section::{List, ListItem, NestedList};

use crate::source::{Span, Spanned};
use values::{Date, LawRef, OtherScheme};

/// One kvalitetsstandard.
#[derive(Debug, Clone, Default)]
pub struct Standard {
    /// The title after `kvalitetsstandard`.
    pub title: Spanned<String>,
    /// The municipality that publishes it.
    pub municipality: Option<Spanned<String>>,
    /// Its kommunekode, if stated.
    pub municipality_code: Option<Spanned<String>>,
    /// The year it is for.
    pub year: Option<Spanned<i32>>,
    /// The period it is valid for, if stated.
    pub validity: Option<Validity>,
    /// The date the document carries (publication), if it is not an approval.
    pub date: Option<Spanned<Date>>,
    /// When and by whom it was approved.
    pub approval: Option<Approval>,
    /// How often it is revised.
    pub revision: Option<Spanned<Revision>>,
    /// `udkast`: the standard is a draft awaiting approval.
    pub draft: Option<Span>,
    /// `opdateret`: when the document says it was last updated.
    pub updated: Option<Spanned<Date>>,
    /// `udateret`: the document carries no date at all.
    pub undated: Option<Span>,
    /// `fastsat-af`: who sets the service level.
    pub service_level_by: Vec<Reference>,
    /// `kilde`: where the standard is published.
    pub sources: Vec<Link>,
    /// `uddrag`: the file holds only part of its source.
    pub excerpt: Option<Span>,
    /// The legal basis of the whole standard.
    pub legal_basis: Vec<LawRef>,
    /// Schemes under other laws that the standard sends citizens to (`anden-ordning`).
    pub other_schemes: Vec<OtherScheme>,
    /// The heading of the summary, as the document words it.
    pub summary_heading: Option<Spanned<String>>,
    /// The short summary ("kort fortalt"), if the document has one.
    pub summary: Vec<Section>,
    /// The general sections, in order.
    pub sections: Vec<Section>,
    /// The individual services (indsatser), in order.
    pub indsatser: Vec<Indsats>,
    /// Every contact defined anywhere in the standard, in order.
    pub contacts: Vec<Contact>,
    /// What the standard proposes and has not decided (`forslag:`): the one list of
    /// them, which [`Standard::proposed`] reads.
    pub proposals: Proposals,
    /// The whole `kvalitetsstandard` statement.
    pub span: Span,
}

impl Standard {
    /// The first general section of a kind.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }

    /// Finds a contact by its reference name.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id.value == id)
    }

    /// Whether what is written at `span` (a section, a deadline, a figure, any value)
    /// is a proposal, not yet decided: it stands in a statement marked `forslag:`.
    pub fn proposed(&self, span: Span) -> bool {
        self.proposals.covers(span)
    }
}

/// One indsats (service) inside a standard.
#[derive(Debug, Clone, Default)]
pub struct Indsats {
    /// Its title.
    pub title: Spanned<String>,
    /// Its legal basis.
    pub legal_basis: Vec<LawRef>,
    /// Schemes under other laws that it sends citizens to (`anden-ordning`).
    pub other_schemes: Vec<OtherScheme>,
    /// Its sections, in order.
    pub sections: Vec<Section>,
    /// The whole `indsats` statement.
    pub span: Span,
}

impl Indsats {
    /// The first section of a kind.
    pub fn section(&self, kind: SectionKind) -> Option<&Section> {
        self.sections.iter().find(|s| s.kind == kind)
    }
}

/// `godkendt 2024-02-06 af "Sundheds-, Ældre- og Handicapudvalget"`.
#[derive(Debug, Clone)]
pub struct Approval {
    /// When, if stated.
    pub date: Option<Spanned<Date>>,
    /// By whom, if stated.
    pub by: Option<Spanned<String>>,
    /// The whole statement.
    pub span: Span,
}

/// `gyldig 2024-01-01 til 2024-12-31`.
#[derive(Debug, Clone)]
pub struct Validity {
    /// From.
    pub from: Spanned<Date>,
    /// Until, if stated.
    pub until: Option<Spanned<Date>>,
}

/// How often the standard is revised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revision {
    /// `revideres årligt`.
    Yearly,
    /// `revideres ved-ændringer`: only when something changes.
    OnChange,
}

/// Moves a finished list into an allocation of its exact length. A list grows
/// by doubling from four places, so a section with one text or a complaint
/// section with one route (848 bytes) held room for four; a large standard holds
/// hundreds of thousands of lists. (`shrink_to_fit` is not enough: mimalloc keeps a
/// block that is at least half used.)
pub(crate) fn exact<T>(list: &mut Vec<T>) {
    if list.capacity() > list.len() {
        let mut exact = Vec::with_capacity(list.len());
        exact.append(list);
        *list = exact;
    }
}
