//! The sections of a standard and their typed contents.

use super::contact::Reference;
use super::values::{Count, Duration, Frequency, LawRef, Money, Url};
use crate::source::{Span, Spanned};
use thin_vec::ThinVec;

/// The kinds of section: the keywords of the schema's `Sections` place.
pub use crate::schema::SectionKind;

impl SectionKind {
    /// The stable machine name, as used in JSON.
    pub fn key(self) -> &'static str {
        match self {
            SectionKind::Indledning => "introduction",
            SectionKind::Formål => "purpose",
            SectionKind::Behov => "needs",
            SectionKind::Målgruppe => "target_group",
            SectionKind::Tildeling => "allocation",
            SectionKind::Ansøgning => "application",
            SectionKind::Indhold => "content",
            SectionKind::Ramme => "setting",
            SectionKind::Omfang => "scope",
            SectionKind::Leverandør => "provider",
            SectionKind::Egenbetaling => "fees",
            SectionKind::Kørsel => "transport",
            SectionKind::Frister => "deadlines",
            SectionKind::Kvalitetsmål => "quality_goals",
            SectionKind::Pligter => "citizen_duties",
            SectionKind::Opfølgning => "follow_up",
            SectionKind::Tilsyn => "supervision",
            SectionKind::Klage => "complaints",
            SectionKind::SærligeForhold => "special_conditions",
            SectionKind::Afsnit => "other",
        }
    }

    /// The heading a citizen page uses when the document gives none.
    pub fn heading(self) -> &'static str {
        match self {
            SectionKind::Indledning => "Indledning",
            SectionKind::Formål => "Formål",
            SectionKind::Behov => "Hvilke behov dækker ydelsen?",
            SectionKind::Målgruppe => "Hvem kan få ydelsen?",
            SectionKind::Tildeling => "Hvordan tildeles ydelsen?",
            SectionKind::Ansøgning => "Sådan søger du",
            SectionKind::Indhold => "Hvad indeholder ydelsen?",
            SectionKind::Ramme => "Hvor og hvordan foregår det?",
            SectionKind::Omfang => "Omfang og varighed",
            SectionKind::Leverandør => "Hvem leverer ydelsen?",
            SectionKind::Egenbetaling => "Hvad koster det?",
            SectionKind::Kørsel => "Kørsel",
            SectionKind::Frister => "Frister",
            SectionKind::Kvalitetsmål => "Kvalitetsmål",
            SectionKind::Pligter => "Dine pligter",
            SectionKind::Opfølgning => "Afslutning og opfølgning",
            SectionKind::Tilsyn => "Tilsyn",
            SectionKind::Klage => "Sådan klager du",
            SectionKind::SærligeForhold => "Særlige forhold",
            SectionKind::Afsnit => "Afsnit",
        }
    }
}

/// A section: a heading, free text, links and a typed body.
///
/// Its lists are [`ThinVec`]s, one pointer each: most sections give no links, contacts
/// or law references, and a large standard has hundreds of thousands of sections.
#[derive(Debug, Clone)]
pub struct Section {
    /// Which section.
    pub kind: SectionKind,
    /// The heading as the document words it, if given.
    pub heading: Option<Spanned<String>>,
    /// Free text, in order.
    pub text: ThinVec<Text>,
    /// Links given in the section.
    pub links: ThinVec<Link>,
    /// Contacts the section points to (`kontakt visitationen`).
    pub contacts: ThinVec<Reference>,
    /// Law references made in the section.
    pub legal_basis: ThinVec<LawRef>,
    /// The typed contents.
    pub body: SectionBody,
    /// The keyword.
    pub keyword_span: Span,
    /// The whole statement.
    pub span: Span,
}

impl Section {
    /// Whether the section says nothing at all.
    pub fn is_empty(&self) -> bool {
        self.text.iter().all(Text::is_empty)
            && self.links.is_empty()
            && self.contacts.is_empty()
            && self.legal_basis.is_empty()
            && self.body.is_empty()
    }

    /// The heading to show: the document's own, or the default for the kind.
    pub fn display_heading(&self) -> &str {
        self.heading
            .as_ref()
            .map_or(self.kind.heading(), |h| h.value.as_str())
    }
}

/// `link "Ansøgningsskema" https://…`.
#[derive(Debug, Clone)]
pub struct Link {
    /// The link text, if given.
    pub label: Option<Spanned<String>>,
    /// The address.
    pub url: Url,
}

/// The typed part of a section.
#[derive(Debug, Clone, Default)]
pub enum SectionBody {
    /// Only text.
    #[default]
    Text,
    /// `målgruppe` (boxed: the largest body after `omfang`).
    Målgruppe(Box<Målgruppe>),
    /// `tildeling`.
    Tildeling(Tildeling),
    /// `ansøgning`.
    Ansøgning(Ansøgning),
    /// `ramme`.
    Ramme(Ramme),
    /// `indhold`.
    Indhold(Indhold),
    /// `omfang` (boxed: it is by far the largest body, and every section would
    /// otherwise be as large as it).
    Omfang(Box<Omfang>),
    /// `leverandør`.
    Leverandør(Leverandør),
    /// `egenbetaling`.
    Egenbetaling(Vec<Price>),
    /// `kørsel`.
    Kørsel(Kørsel),
    /// `frister` or `kvalitetsmål`: the deadlines they state.
    Frister(Vec<Frist>),
    /// `klage`.
    Klage(Klage),
}

impl SectionBody {
    /// Whether the typed part states nothing.
    pub fn is_empty(&self) -> bool {
        match self {
            SectionBody::Text => true,
            SectionBody::Målgruppe(m) => {
                m.kan.is_empty()
                    && m.kan_ikke.is_empty()
                    && m.alder.is_none()
                    && m.årsager.is_empty()
                    && m.undtaget.is_empty()
            }
            SectionBody::Tildeling(t) => t.afgøres_af.is_empty() && t.vurderes_af.is_empty(),
            SectionBody::Ansøgning(a) => a.søges_af.is_empty(),
            SectionBody::Ramme(r) => r.former.is_empty() && r.steder.is_empty(),
            SectionBody::Indhold(i) => i.indgår.is_empty() && i.indgår_ikke.is_empty(),
            SectionBody::Omfang(o) => o.is_empty(),
            SectionBody::Leverandør(l) => {
                l.udfører.is_empty() && l.frit_valg.is_none() && l.kompetencekrav.is_empty()
            }
            SectionBody::Egenbetaling(p) => p.is_empty(),
            SectionBody::Kørsel(k) => k.tilbydes.is_none() && k.legal_basis.is_empty(),
            SectionBody::Frister(f) => f.is_empty(),
            SectionBody::Klage(k) => k.routes.is_empty(),
        }
    }
}

/// Free text: paragraphs, lists (bulleted or numbered, with a list nested under an
/// item) and sub-headings, verbatim.
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// The blocks in order.
    pub blocks: Vec<TextBlock>,
    /// Where the text was written.
    pub span: Span,
}

impl Text {
    /// Whether there is no text.
    pub fn is_empty(&self) -> bool {
        self.blocks.iter().all(|b| match b {
            TextBlock::Paragraph(p) => p.trim().is_empty(),
            TextBlock::List(list) => list.items.is_empty(),
            TextBlock::Heading(h) => h.trim().is_empty(),
        })
    }

    /// All words of the text, one block, item or sub-heading a line; the items of a
    /// numbered list keep their number (`1. `).
    pub fn plain(&self) -> String {
        let mut out = String::new();
        for block in &self.blocks {
            match block {
                TextBlock::Paragraph(p) | TextBlock::Heading(p) => {
                    out.push_str(p);
                    out.push('\n');
                }
                TextBlock::List(list) => {
                    for (number, item) in (1..).zip(&list.items) {
                        push_item(&mut out, list.numbered, number, &item.text.value);
                        let Some(nested) = &item.nested else {
                            continue;
                        };
                        for (number, sub) in (1..).zip(&nested.items) {
                            push_item(&mut out, nested.numbered, number, &sub.value);
                        }
                    }
                }
            }
        }
        out
    }
}

/// One item of [`Text::plain`].
fn push_item(out: &mut String, numbered: bool, number: usize, text: &str) {
    if numbered {
        out.push_str(&number.to_string());
        out.push_str(". ");
    }
    out.push_str(text);
    out.push('\n');
}

/// A paragraph, a list or a sub-heading.
#[derive(Debug, Clone, PartialEq)]
pub enum TextBlock {
    /// One paragraph, its lines joined by spaces.
    Paragraph(String),
    /// A bulleted or numbered list.
    List(List),
    /// A sub-heading inside the section (`## Overskrift`), one level below the
    /// section's own heading.
    Heading(String),
}

/// A list: its items, each optionally with a list nested under it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct List {
    /// Whether the items are numbered (`1.`, `2.` …) rather than bulleted.
    pub numbered: bool,
    /// The items in order.
    pub items: Vec<ListItem>,
}

/// One item of a [`List`].
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    /// The item's words, its lines joined by spaces; the span is its first line, from
    /// the marker.
    pub text: Spanned<String>,
    /// The list written under the item, indented deeper, if any.
    pub nested: Option<Box<NestedList>>,
}

/// A list nested under a list item. Lists nest one level: an item of a nested list has
/// no list under it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NestedList {
    /// Whether the items are numbered.
    pub numbered: bool,
    /// The items in order, each with the span of its first line.
    pub items: Vec<Spanned<String>>,
}

/// `målgruppe { kan """…""" kan-ikke """…""" }`.
#[derive(Debug, Clone, Default)]
pub struct Målgruppe {
    /// Who can get the service.
    pub kan: Vec<Text>,
    /// Who cannot.
    pub kan_ikke: Vec<Text>,
    /// `alder`: the age limit, if the target group has one.
    pub alder: Option<AgeLimit>,
    /// `årsag`: what the need must follow from (sygdom, fald), as written.
    pub årsager: Vec<Spanned<String>>,
    /// `undtaget`: who is excluded, each with the other route it is covered by.
    pub undtaget: Vec<Exclusion>,
}

/// `alder 65 år og derover`, `alder over 18 år`, `alder 18-64 år`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgeLimit {
    /// The lowest age that is included, if there is one.
    pub from: Option<u32>,
    /// The highest age that is included, if there is one.
    pub to: Option<u32>,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

/// `undtaget "efter en sygehusindlæggelse" SUL § 140`.
#[derive(Debug, Clone)]
pub struct Exclusion {
    /// Who or what is excluded, as written.
    pub text: Spanned<String>,
    /// The other route that covers them (a law reference), if stated: never the
    /// standard's own basis.
    pub other_route: Vec<LawRef>,
}

/// `tildeling { afgøres-af … vurderes-af … }`.
#[derive(Debug, Clone, Default)]
pub struct Tildeling {
    /// Who decides.
    pub afgøres_af: Vec<Reference>,
    /// Who assesses the need.
    pub vurderes_af: Vec<Reference>,
}

/// `ansøgning { søges-af borgeren, pårørende, egen-læge }`.
#[derive(Debug, Clone, Default)]
pub struct Ansøgning {
    /// Who may ask for the service, the citizen included.
    pub søges_af: Vec<Requester>,
}

/// Someone who may ask for the service.
#[derive(Debug, Clone)]
pub struct Requester {
    /// The role, if it is one the language knows.
    pub role: Option<RequesterRole>,
    /// The name as written: a role word, a contact's name or text in quotes.
    pub reference: Reference,
}

/// The roles that may ask for a service on the citizen's behalf, or the citizen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequesterRole {
    /// `borgeren`: the citizen.
    Borgeren,
    /// `pårørende`: a relative.
    Pårørende,
    /// `egen-læge`: the citizen's own doctor.
    EgenLæge,
    /// `hjemmeplejen`: home care.
    Hjemmeplejen,
    /// `sygehuset`: the hospital.
    Sygehuset,
}

impl RequesterRole {
    /// Every role with its word.
    pub const ALL: [(RequesterRole, &'static str); 5] = [
        (RequesterRole::Borgeren, "borgeren"),
        (RequesterRole::Pårørende, "pårørende"),
        (RequesterRole::EgenLæge, "egen-læge"),
        (RequesterRole::Hjemmeplejen, "hjemmeplejen"),
        (RequesterRole::Sygehuset, "sygehuset"),
    ];

    /// The word.
    pub fn word(self) -> &'static str {
        match self {
            RequesterRole::Borgeren => "borgeren",
            RequesterRole::Pårørende => "pårørende",
            RequesterRole::EgenLæge => "egen-læge",
            RequesterRole::Hjemmeplejen => "hjemmeplejen",
            RequesterRole::Sygehuset => "sygehuset",
        }
    }

    /// The stable machine name.
    pub fn key(self) -> &'static str {
        match self {
            RequesterRole::Borgeren => "citizen",
            RequesterRole::Pårørende => "relative",
            RequesterRole::EgenLæge => "own_doctor",
            RequesterRole::Hjemmeplejen => "home_care",
            RequesterRole::Sygehuset => "hospital",
        }
    }

    /// The role on a citizen's page.
    pub fn danish(self) -> &'static str {
        match self {
            RequesterRole::Borgeren => "dig selv",
            RequesterRole::Pårørende => "dine pårørende",
            RequesterRole::EgenLæge => "din egen læge",
            RequesterRole::Hjemmeplejen => "hjemmeplejen",
            RequesterRole::Sygehuset => "sygehuset",
        }
    }
}

/// `ramme { form individuelt, på-hold  sted træningscenter, eget-hjem }`.
#[derive(Debug, Clone, Default)]
pub struct Ramme {
    /// How the service is delivered.
    pub former: Vec<Spanned<DeliveryForm>>,
    /// Where.
    pub steder: Vec<Spanned<DeliveryPlace>>,
}

/// How a service is delivered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeliveryForm {
    /// `individuelt`.
    Individuelt,
    /// `på-hold`.
    PåHold,
    /// `i-grupper`.
    IGrupper,
}

impl DeliveryForm {
    /// Every form with its word.
    pub const ALL: [(DeliveryForm, &'static str); 3] = [
        (DeliveryForm::Individuelt, "individuelt"),
        (DeliveryForm::PåHold, "på-hold"),
        (DeliveryForm::IGrupper, "i-grupper"),
    ];

    /// The word.
    pub fn word(self) -> &'static str {
        match self {
            DeliveryForm::Individuelt => "individuelt",
            DeliveryForm::PåHold => "på-hold",
            DeliveryForm::IGrupper => "i-grupper",
        }
    }

    /// The stable machine name.
    pub fn key(self) -> &'static str {
        match self {
            DeliveryForm::Individuelt => "individual",
            DeliveryForm::PåHold => "team",
            DeliveryForm::IGrupper => "group",
        }
    }

    /// As a citizen's page says it.
    pub fn danish(self) -> &'static str {
        match self {
            DeliveryForm::Individuelt => "individuelt",
            DeliveryForm::PåHold => "på hold",
            DeliveryForm::IGrupper => "i grupper",
        }
    }
}

/// Where a service is delivered.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeliveryPlace {
    /// `træningscenter`.
    Træningscenter,
    /// `eget-hjem`.
    EgetHjem,
    /// `plejehjem`.
    Plejehjem,
    /// Another place, in quotes.
    Andet(String),
}

impl DeliveryPlace {
    /// The places the language knows, with their words.
    pub const KNOWN: [(DeliveryPlace, &'static str); 3] = [
        (DeliveryPlace::Træningscenter, "træningscenter"),
        (DeliveryPlace::EgetHjem, "eget-hjem"),
        (DeliveryPlace::Plejehjem, "plejehjem"),
    ];

    /// The stable machine name (`other` for a place in quotes).
    pub fn key(&self) -> &'static str {
        match self {
            DeliveryPlace::Træningscenter => "training_centre",
            DeliveryPlace::EgetHjem => "own_home",
            DeliveryPlace::Plejehjem => "nursing_home",
            DeliveryPlace::Andet(_) => "other",
        }
    }

    /// As a citizen's page says it.
    pub fn danish(&self) -> &str {
        match self {
            DeliveryPlace::Træningscenter => "på et træningscenter",
            DeliveryPlace::EgetHjem => "i eget hjem",
            DeliveryPlace::Plejehjem => "på plejehjem",
            DeliveryPlace::Andet(text) => text,
        }
    }
}

/// `indhold { indgår """…""" indgår-ikke """…""" }`.
#[derive(Debug, Clone, Default)]
pub struct Indhold {
    /// What is included.
    pub indgår: Vec<Text>,
    /// What is not.
    pub indgår_ikke: Vec<Text>,
}

/// `omfang { … }`: how much training.
#[derive(Debug, Clone, Default)]
pub struct Omfang {
    /// `gange op til 21`: the number of sessions. (Each figure is boxed: a section
    /// states two or three of the six, and inline they made every `omfang` 864 bytes.)
    pub gange: Option<Box<Count>>,
    /// `hyppighed 2 gange om ugen`.
    pub hyppighed: Option<Box<Frequency>>,
    /// `længde 45 min`: the length of one session.
    pub længde: Option<Box<Duration>>,
    /// `forløb op til 3 måneder`: the length of the course.
    pub forløb: Option<Box<Duration>>,
    /// `pause mindst 6 måneder`: the wait between courses.
    pub pause: Option<Box<Duration>>,
    /// `forlængelse op til 5 gange`: further sessions that may be added.
    pub forlængelse: Option<Box<Count>>,
    /// `vejledende`: the figures are guidelines, not promises.
    pub vejledende: Option<Span>,
    /// `pakke "Almen" { … }`: named variants.
    pub pakker: Vec<OmfangPakke>,
}

impl Omfang {
    /// Whether no figure is stated.
    pub fn is_empty(&self) -> bool {
        self.gange.is_none()
            && self.hyppighed.is_none()
            && self.længde.is_none()
            && self.forløb.is_none()
            && self.pause.is_none()
            && self.forlængelse.is_none()
            && self.pakker.is_empty()
    }
}

/// `pakke "Almen" { hyppighed 2-3 gange ugentligt … }`.
#[derive(Debug, Clone)]
pub struct OmfangPakke {
    /// The package's name.
    pub name: Spanned<String>,
    /// Its figures.
    pub omfang: Omfang,
    /// Text about it.
    pub text: Vec<Text>,
    /// The whole statement.
    pub span: Span,
}

/// `leverandør { udfører … frit-valg nej kompetencekrav """…""" }`.
#[derive(Debug, Clone, Default)]
pub struct Leverandør {
    /// Who delivers the service.
    pub udfører: Vec<Reference>,
    /// Whether the citizen may choose another provider.
    pub frit_valg: Option<Spanned<bool>>,
    /// Required competences of the staff.
    pub kompetencekrav: Vec<Text>,
}

/// `træning 0 kr`, `ophold 173 kr pr. dag "kost og drikkevarer"`.
#[derive(Debug, Clone)]
pub struct Price {
    /// What is paid for.
    pub name: Spanned<String>,
    /// The amount, if stated as one.
    pub amount: Option<Money>,
    /// The wording, when no amount is stated (`"efter gældende takster"`) or as a note.
    pub note: Option<Spanned<String>>,
    /// The whole statement.
    pub span: Span,
}

/// Whether transport is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransportOffer {
    /// The citizen arranges and pays for transport.
    Nej,
    /// Transport is offered.
    Ja,
    /// Transport may be granted after an individual assessment.
    EfterVurdering,
}

impl TransportOffer {
    /// The keyword value.
    pub fn keyword(self) -> &'static str {
        match self {
            TransportOffer::Nej => "nej",
            TransportOffer::Ja => "ja",
            TransportOffer::EfterVurdering => "efter-vurdering",
        }
    }
}

/// `kørsel { tilbydes efter-vurdering … }`.
#[derive(Debug, Clone, Default)]
pub struct Kørsel {
    /// Whether transport is offered.
    pub tilbydes: Option<Spanned<TransportOffer>>,
    /// The legal basis for transport, if given.
    pub legal_basis: Vec<LawRef>,
}

/// A deadline: `afgørelse 10 hverdage efter ansøgning`.
#[derive(Debug, Clone)]
pub struct Frist {
    /// What must happen (`afgørelse`, `opstart`, `brev`).
    pub name: Spanned<String>,
    /// How long it may take.
    pub deadline: Deadline,
    /// The event it is measured from, if stated.
    pub event: Option<Spanned<String>>,
    /// `tilstræbt`: a target the municipality aims for, not a promise.
    pub target_only: bool,
    /// A note in the document's words.
    pub note: Option<Spanned<String>>,
    /// The whole statement.
    pub span: Span,
}

/// How long a deadline is.
#[derive(Debug, Clone)]
pub struct Deadline {
    /// The amount.
    pub amount: DeadlineAmount,
    /// As written.
    pub original: String,
    /// Where.
    pub span: Span,
}

/// A deadline as a duration or as words without a number.
#[derive(Debug, Clone)]
pub enum DeadlineAmount {
    /// `10 hverdage`.
    Duration(Duration),
    /// `straks`, `umiddelbart`: at once.
    Immediately,
    /// `hurtigst-muligt`: no measurable promise.
    AsSoonAsPossible,
}

impl DeadlineAmount {
    /// The duration, if the deadline is one.
    pub fn duration(&self) -> Option<&Duration> {
        match self {
            DeadlineAmount::Duration(d) => Some(d),
            _ => None,
        }
    }
}

/// `klage { afgørelse { … } serviceniveau { … } }`.
#[derive(Debug, Clone, Default)]
pub struct Klage {
    /// The routes, in order.
    pub routes: Vec<KlageRoute>,
}

/// What a complaint is about: the keywords of the schema's `Klage` place.
pub use crate::schema::RouteKind;

impl RouteKind {
    /// The stable machine name.
    pub fn key(self) -> &'static str {
        match self {
            RouteKind::Afgørelse => "decision",
            RouteKind::Serviceniveau => "service_level",
            RouteKind::FagligtIndhold => "professional_content",
            RouteKind::Kvalitet => "quality",
            RouteKind::Øvrig => "other",
        }
    }
}

/// One complaint route.
#[derive(Debug, Clone)]
pub struct KlageRoute {
    /// What the complaint is about.
    pub kind: RouteKind,
    /// The heading as the document words it.
    pub heading: Option<Spanned<String>>,
    /// Where the complaint is sent.
    pub til: Vec<Reference>,
    /// The time limit for complaining.
    pub klagefrist: Option<Frist>,
    /// The time the municipality takes to reassess (genvurdering).
    pub genvurdering: Option<Frist>,
    /// Whether the document says the municipality reassesses, even without a time.
    pub genvurdering_stated: Option<Span>,
    /// Where the complaint goes next if the decision is upheld.
    pub videre: Vec<Reference>,
    /// Free text.
    pub text: Vec<Text>,
    /// Links given in the route.
    pub links: Vec<Link>,
    /// Law references made in the route.
    pub legal_basis: Vec<LawRef>,
    /// The whole statement.
    pub span: Span,
}
