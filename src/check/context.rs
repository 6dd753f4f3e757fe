//! What every rule sees: the standard, its source, its suppressions, the registry, the
//! options, and the walks over the standard that several rules share.

use super::prose::{PlaceKind, Prose};
use super::suppress::Suppression;
use super::{Options, Rule};
use crate::diag::{Diagnostic, Edit, Fix, Severity};
use crate::i18n::{Arg, Message};
use crate::model::values::{days_in_month, Date, Law, LawRef};
use crate::model::{
    DateBasis, Frist, Indsats, KlageRoute, Reference, Resolution, Section, SectionBody, Standard,
    StandardDate, Text,
};
use crate::msg;
use crate::registry::{Body, BodyEnd, EndKind, Registry};
use crate::source::{SourceFile, Span};
use std::cell::OnceCell;
use std::collections::HashSet;

/// Everything a rule needs.
pub struct Context<'a> {
    /// The standard, lowered and resolved.
    pub standard: &'a Standard,
    /// Its source text.
    pub source: &'a SourceFile,
    /// The registry of bodies and laws.
    pub registry: &'a Registry,
    /// The options of the run.
    pub options: &'a Options,
    /// The suppression comments of the file.
    pub suppressions: Vec<Suppression>,
    /// The registry body each contact is, by index into `standard.contacts`.
    contact_bodies: Vec<Option<&'a Body>>,
    /// The standard's prose, read on first use ([`Context::prose`]).
    prose: OnceCell<Prose>,
}

/// One part of a standard that holds sections: the standard itself, its summary, or an
/// indsats.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    /// Its sections, in order.
    pub sections: &'a [Section],
    /// The indsats, if the scope is one.
    pub indsats: Option<&'a Indsats>,
    /// Whether the scope is the summary (`resumé`).
    pub summary: bool,
}

impl Scope<'_> {
    /// The scope in words, for messages: `the standard`, `the summary`, `indsats "…"`.
    pub fn describe_message(&self) -> Message {
        match self.indsats {
            Some(indsats) => msg!("check-scope-indsats", title = &indsats.title.value),
            None if self.summary => msg!("check-scope-summary"),
            None => msg!("check-scope-standard"),
        }
    }
}

impl<'a> Context<'a> {
    /// Builds the context and resolves each contact to its registry body once.
    pub fn new(
        standard: &'a Standard,
        source: &'a SourceFile,
        registry: &'a Registry,
        options: &'a Options,
        suppressions: Vec<Suppression>,
    ) -> Self {
        let contact_bodies = standard
            .contacts
            .iter()
            .map(|contact| {
                contact
                    .body
                    .as_ref()
                    .and_then(|b| registry.body_by_id(&b.value))
                    .or_else(|| registry.body(&contact.name.value))
            })
            .collect();
        Self {
            standard,
            source,
            registry,
            options,
            suppressions,
            contact_bodies,
            prose: OnceCell::new(),
        }
    }

    /// The standard's prose, read once: the bodies, contacts, phone numbers, addresses
    /// and law references its free text names ([`Prose`]).
    pub fn prose(&self) -> &Prose {
        self.prose.get_or_init(|| Prose::read(self))
    }

    /// A finding of a rule, with the rule's code and its severity: the default, or the
    /// level the options set.
    pub fn report(
        &self,
        rule: &Rule,
        span: Span,
        message: impl Into<crate::i18n::Message>,
    ) -> Diagnostic {
        Diagnostic::new(rule.code, self.options.rules.severity(rule), span, message)
    }

    /// A finding that something is missing from the standard. In a file marked
    /// `uddrag` (a part of its source) the missing part may be in what was not
    /// transcribed: the finding is advice and says so.
    pub fn report_missing(
        &self,
        rule: &Rule,
        span: Span,
        message: impl Into<crate::i18n::Message>,
    ) -> Diagnostic {
        let message = message.into();
        match self.standard.excerpt {
            Some(excerpt) => Diagnostic::new(
                rule.code,
                Severity::Advice,
                span,
                crate::msg!("check-missing-in-excerpt", message = message),
            )
            .with_secondary(excerpt, crate::msg!("check-excerpt-label")),
            None => self.report(rule, span, message),
        }
    }

    /// A finding that rests on a registry fact: advice if the fact is unconfirmed,
    /// whatever level the options set.
    pub fn report_fact(
        &self,
        rule: &Rule,
        confirmed: bool,
        span: Span,
        message: impl Into<crate::i18n::Message>,
    ) -> Diagnostic {
        let severity = if confirmed {
            self.options.rules.severity(rule)
        } else {
            Severity::Advice
        };
        Diagnostic::new(rule.code, severity, span, message)
    }

    /// The span that stands for the whole standard: its title.
    pub fn title_span(&self) -> Span {
        self.standard.title.span
    }

    /// The date the standard speaks for ([`Standard::reference_date`]), else, for an
    /// undated standard, the date of the run.
    pub fn date(&self) -> StandardDate {
        self.standard.reference_date().unwrap_or(StandardDate {
            date: self.options.today,
            basis: DateBasis::Today,
            span: None,
        })
    }

    /// The standard, its summary and each indsats, in that order.
    pub fn scopes(&self) -> Vec<Scope<'a>> {
        let standard = self.standard;
        let mut scopes = vec![
            Scope {
                sections: &standard.sections,
                indsats: None,
                summary: false,
            },
            Scope {
                sections: &standard.summary,
                indsats: None,
                summary: true,
            },
        ];
        scopes.extend(standard.indsatser.iter().map(|indsats| Scope {
            sections: &indsats.sections,
            indsats: Some(indsats),
            summary: false,
        }));
        scopes
    }

    /// Every section, in every scope.
    pub fn sections(&self) -> impl Iterator<Item = &'a Section> {
        let standard = self.standard;
        standard
            .sections
            .iter()
            .chain(&standard.summary)
            .chain(standard.indsatser.iter().flat_map(|i| &i.sections))
    }

    /// Every complaint route, in every scope.
    pub fn routes(&self) -> impl Iterator<Item = &'a KlageRoute> {
        self.sections().flat_map(|section| match &section.body {
            SectionBody::Klage(klage) => klage.routes.as_slice(),
            _ => &[],
        })
    }

    /// Every piece of free text in the standard.
    pub fn texts(&self) -> Vec<&'a Text> {
        let mut texts = Vec::new();
        for section in self.sections() {
            texts.extend(&section.text);
            match &section.body {
                SectionBody::Målgruppe(m) => texts.extend(m.kan.iter().chain(&m.kan_ikke)),
                SectionBody::Indhold(i) => texts.extend(i.indgår.iter().chain(&i.indgår_ikke)),
                SectionBody::Leverandør(l) => texts.extend(&l.kompetencekrav),
                SectionBody::Omfang(o) => texts.extend(o.pakker.iter().flat_map(|p| &p.text)),
                SectionBody::Klage(k) => texts.extend(k.routes.iter().flat_map(|r| &r.text)),
                _ => {}
            }
        }
        texts
    }

    /// The law references of the schemes under other laws that the standard sends
    /// citizens to (`anden-ordning`), which are not among [`Context::law_refs`]: they
    /// are no part of its legal basis.
    pub fn other_scheme_refs(&self) -> Vec<&'a LawRef> {
        let standard = self.standard;
        standard
            .other_schemes
            .iter()
            .chain(standard.indsatser.iter().flat_map(|i| &i.other_schemes))
            .flat_map(|scheme| &scheme.refs)
            .collect()
    }

    /// Every law reference the standard makes as its own: its legal basis and the
    /// references of its sections (not those of `anden-ordning`).
    pub fn law_refs(&self) -> Vec<&'a LawRef> {
        let standard = self.standard;
        let mut refs: Vec<&LawRef> = standard.legal_basis.iter().collect();
        refs.extend(standard.indsatser.iter().flat_map(|i| &i.legal_basis));
        for section in self.sections() {
            refs.extend(&section.legal_basis);
            if let SectionBody::Klage(klage) = &section.body {
                refs.extend(klage.routes.iter().flat_map(|r| &r.legal_basis));
            }
        }
        refs
    }

    /// Every law reference in prose that names its law, as a typed reference
    /// (`servicelovens § 86, stk. 2` in a `tekst`).
    pub fn prose_law_refs(&self) -> Vec<LawRef> {
        self.prose()
            .laws
            .iter()
            .filter_map(|r| r.to_law_ref(self.source.slice(r.span)))
            .collect()
    }

    /// The registry body a contact is (by `organ`, or by its name), by index.
    pub fn contact_body(&self, index: usize) -> Option<&'a Body> {
        self.contact_bodies.get(index).copied().flatten()
    }

    /// The registry body a reference names: directly, through a contact, or as quoted
    /// text that is a body's name.
    pub fn reference_body(&self, reference: &Reference) -> Option<&'a Body> {
        match &reference.resolution {
            Resolution::Body(id) => self.registry.body_by_id(id),
            Resolution::Contact(index) => self.contact_body(*index),
            Resolution::Text => self.registry.body(&reference.name.value),
            Resolution::Unresolved => None,
        }
    }
}

/// A place where a standard names a registry body.
#[derive(Debug, Clone, Copy)]
pub struct BodyMention<'a> {
    /// The body.
    pub body: &'a Body,
    /// Where it is named.
    pub span: Span,
    /// The contact definition it is named through, if it is a reference to a contact.
    pub via: Option<Span>,
    /// Whether it is named as the target of a complaint route (`til`, `videre`).
    pub complaint_target: bool,
    /// Whether this place, rather than a contact definition, answers for the body's
    /// own end date (false for references to a contact, which is judged where it is
    /// defined).
    pub judges_end: bool,
    /// The label of the place in a finding: `named here`, `named in the text`.
    pub label: MentionLabel,
    /// The reference that names it, when it is named by a reference (`til`, `videre`,
    /// `udfører`, `kontakt`), directly or through a contact; `None` for a contact that
    /// is the body, and for prose.
    pub reference: Option<&'a Reference>,
}

/// Where a [`BodyMention`] names its body, as a finding's label says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionLabel {
    /// A contact that is the body, or a reference: `named here`.
    Here,
    /// A contact's `enhed`.
    ContactUnit,
    /// A contact's name.
    ContactName,
    /// A section's heading.
    Heading,
    /// A text.
    Text,
    /// A note.
    Note,
}

impl MentionLabel {
    /// The label's message.
    pub fn message(self) -> Message {
        match self {
            MentionLabel::Here => msg!("check-named-here"),
            MentionLabel::ContactUnit => msg!("check-named-in-contact-unit"),
            MentionLabel::ContactName => msg!("check-named-in-contact-name"),
            MentionLabel::Heading => msg!("check-named-in-heading"),
            MentionLabel::Text => msg!("check-named-in-text"),
            MentionLabel::Note => msg!("check-named-in-note"),
        }
    }
}

impl From<MentionLabel> for Message {
    fn from(label: MentionLabel) -> Self {
        label.message()
    }
}

impl From<MentionLabel> for Arg {
    fn from(label: MentionLabel) -> Self {
        Arg::Message(label.message())
    }
}

/// A deadline together with the scope it stands in.
#[derive(Debug, Clone, Copy)]
pub struct ScopedFrist<'a> {
    /// The scope.
    pub scope: Scope<'a>,
    /// The deadline.
    pub frist: &'a Frist,
}

impl<'a> Context<'a> {
    /// Every complaint route, with the scope it stands in.
    pub fn scoped_routes(&self) -> Vec<(Scope<'a>, &'a KlageRoute)> {
        let mut out = Vec::new();
        for scope in self.scopes() {
            for section in scope.sections {
                if let SectionBody::Klage(klage) = &section.body {
                    out.extend(klage.routes.iter().map(|route| (scope, route)));
                }
            }
        }
        out
    }

    /// The deadlines of `frister` and `kvalitetsmål` sections, with their scope
    /// (complaint deadlines are not among them).
    pub fn frister(&self) -> Vec<ScopedFrist<'a>> {
        let mut out = Vec::new();
        for scope in self.scopes() {
            for section in scope.sections {
                if let SectionBody::Frister(frister) = &section.body {
                    out.extend(frister.iter().map(|frist| ScopedFrist { scope, frist }));
                }
            }
        }
        out
    }

    /// Whether serviceloven governs a scope: its legal basis (an indsats's own, else the
    /// standard's) cites SEL, or states nothing at all.
    pub fn under_serviceloven(&self, scope: &Scope<'_>) -> bool {
        let basis = match scope.indsats {
            Some(indsats) if !indsats.legal_basis.is_empty() => &indsats.legal_basis,
            _ => &self.standard.legal_basis,
        };
        basis.is_empty() || basis.iter().any(|r| r.law == Law::Sel)
    }

    /// Every place the standard names a registry body: contacts that are one, and
    /// references to one (directly, as quoted text, or through a contact).
    pub fn body_mentions(&self) -> Vec<BodyMention<'a>> {
        let mut out = Vec::new();
        for (index, contact) in self.standard.contacts.iter().enumerate() {
            if let Some(body) = self.contact_body(index) {
                let span = contact.body.as_ref().map_or(contact.name.span, |b| b.span);
                out.push(BodyMention {
                    body,
                    span,
                    via: None,
                    complaint_target: false,
                    judges_end: true,
                    label: MentionLabel::Here,
                    reference: None,
                });
            }
        }
        let mut mention = |reference: &'a Reference, complaint_target: bool| {
            let Some(body) = self.reference_body(reference) else {
                return;
            };
            let via = match reference.resolution {
                Resolution::Contact(index) => {
                    self.standard.contacts.get(index).map(|c| c.name.span)
                }
                _ => None,
            };
            out.push(BodyMention {
                body,
                span: reference.name.span,
                via,
                complaint_target,
                judges_end: via.is_none(),
                label: MentionLabel::Here,
                reference: Some(reference),
            });
        };
        for section in self.sections() {
            section.contacts.iter().for_each(|r| mention(r, false));
            match &section.body {
                SectionBody::Leverandør(l) => l.udfører.iter().for_each(|r| mention(r, false)),
                SectionBody::Klage(klage) => {
                    for route in &klage.routes {
                        for reference in route.til.iter().chain(&route.videre) {
                            mention(reference, true);
                        }
                    }
                }
                _ => {}
            }
        }
        out.extend(self.prose_body_mentions());
        out
    }

    /// Every registry body that prose names: a text, a heading, a note, or a contact's
    /// name or `enhed` naming a body other than the one the contact is. Each body once
    /// a piece of prose, and once a contact. Prose never names a complaint target: a
    /// body that only stopped handling complaints is not judged from prose.
    fn prose_body_mentions(&self) -> Vec<BodyMention<'a>> {
        let mut out = Vec::new();
        let mut seen: HashSet<(usize, usize)> = HashSet::new();
        for mention in &self.prose().mentions {
            let (key, own, label) = match mention.kind {
                PlaceKind::ContactName(c) | PlaceKind::ContactUnit(c) => (
                    usize::MAX - c,
                    self.contact_body(c),
                    if matches!(mention.kind, PlaceKind::ContactUnit(_)) {
                        MentionLabel::ContactUnit
                    } else {
                        MentionLabel::ContactName
                    },
                ),
                PlaceKind::Heading => (mention.piece, None, MentionLabel::Heading),
                PlaceKind::Text => (mention.piece, None, MentionLabel::Text),
                PlaceKind::Note => (mention.piece, None, MentionLabel::Note),
            };
            let Some(body) = self.registry.bodies.get(mention.body) else {
                continue;
            };
            if own.is_some_and(|own| own.id == body.id) || !seen.insert((key, mention.body)) {
                continue;
            }
            out.push(BodyMention {
                body,
                span: mention.span,
                via: None,
                complaint_target: false,
                judges_end: true,
                label,
                reference: None,
            });
        }
        out
    }
}

impl Context<'_> {
    /// Who took over from an ended body, for help lines: `Ankestyrelsen took over on
    /// 2013-07-01 (source: …)`, or `Styrelsen for Patientklager handles these
    /// complaints from 2018-07-01 (source: …)`; and, when the task has passed on again
    /// by the date of the run, who holds it then ([`Registry::successor_at`]).
    pub fn successor_help_message(
        &self,
        body: &Body,
        end: &BodyEnd<'_>,
        complaint_target: bool,
    ) -> Message {
        let until = end.date.to_string();
        let mut help = match (end.kind, end.successor_name()) {
            (EndKind::ComplaintRoleEnded, Some(successor)) => msg!(
                "check-successor-handles-complaints",
                successor = successor,
                until = until
            ),
            (_, Some(successor)) => {
                msg!(
                    "check-successor-took-over",
                    successor = successor,
                    until = until
                )
            }
            (_, None) => msg!("check-successor-ceased", until = until),
        };
        if let Some(source) = end.source {
            help = msg!("check-successor-source", help = help, source = source);
        }
        if end.kind == EndKind::Ceased {
            if let Some(note) = &body.successor_note {
                help = msg!("check-successor-note", help = help, note = note);
            }
        }
        let today = self.options.today;
        if let Some(now) = self.registry.successor_at(end, today, complaint_target) {
            if end.successor.is_some_and(|s| s.id != now.id) {
                help = msg!(
                    "check-successor-passed-on",
                    help = help,
                    today = today.to_string(),
                    successor = &now.name
                );
            }
        }
        help
    }
}

impl<'a> Context<'a> {
    /// The fix that names, in place of an ended body, the body that holds its task at
    /// the date of the run ([`Registry::successor_at`]): only where a reference names
    /// the body itself (`til det-sociale-nævn`, or in quotes), not through a contact or
    /// in prose, and only when every end on the way there is confirmed. Unsafe: it
    /// changes where citizens are sent.
    pub fn successor_fix(&self, mention: &BodyMention<'a>, end: &BodyEnd<'a>) -> Option<Fix> {
        let reference = mention.reference?;
        if matches!(
            reference.resolution,
            Resolution::Contact(_) | Resolution::Unresolved
        ) {
            return None;
        }
        let successor = self.confirmed_successor(end, mention.complaint_target)?;
        let written = self.source.slice(reference.name.span);
        let replacement = if reference.quoted {
            if !(written.starts_with('"') && written.ends_with('"') && written.len() >= 2) {
                return None;
            }
            format!("\"{}\"", successor.name)
        } else {
            if written != reference.name.value {
                return None;
            }
            successor.id.clone()
        };
        Some(Fix::unsafe_edit(
            msg!(
                "check-successor-fix",
                written = written,
                replacement = &replacement,
                successor = &successor.name
            ),
            Edit::replace(reference.name.span, replacement),
        ))
    }

    /// The body that holds an ended body's task at the date of the run, if every end
    /// on the way there is a confirmed registry fact.
    fn confirmed_successor(&self, end: &BodyEnd<'a>, complaint_target: bool) -> Option<&'a Body> {
        if !end.confirmed {
            return None;
        }
        let today = self.options.today;
        let now = self.registry.successor_at(end, today, complaint_target)?;
        let mut current = end.successor?;
        for _ in 0..self.registry.bodies.len() {
            if current.id == now.id {
                return Some(now);
            }
            let next = self.registry.end_by(current, today, complaint_target)?;
            if !next.confirmed {
                return None;
            }
            current = next.successor?;
        }
        None
    }
}

/// The span of a complaint route's keyword (`afgørelse`, `fagligt-indhold`).
pub fn route_keyword_span(route: &KlageRoute) -> Span {
    let start = route.span.start();
    Span::new(start, start + route.kind.word().len())
}

/// One year after the last day a date can mean (the 29th of February becomes the 28th).
pub fn one_year_after(date: Date) -> Date {
    let date = date.latest();
    let year = date.year.saturating_add(1);
    let month = date.month.unwrap_or(12);
    let day = date.day.unwrap_or(31).min(days_in_month(year, month));
    Date::ymd(year, month, day)
}

/// Whether `a` is strictly before `b`, comparing the earliest days they can mean.
pub fn before(a: Date, b: Date) -> bool {
    a.days_since_epoch() < b.days_since_epoch()
}
