//! What every part of a page is built from: the standard, the registry, the findings
//! placed so far, and the small conversions they all share (anchors, text, links,
//! references, law references).

use super::format;
use super::href::safe_href;
use super::view::{Finding, ItemView, LawView, LinkView, NestedView, Para};
use crate::model::values::{LawRef, Url};
use crate::model::{Link, ListItem, Reference, Resolution, Standard, Text, TextBlock};
use crate::registry::Registry;
use crate::source::Span;
use std::collections::HashMap;

/// The inputs of one page.
pub struct Context<'a> {
    /// The standard.
    pub standard: &'a Standard,
    /// The registry, for the names of national bodies.
    pub registry: &'a Registry,
    /// The checker's findings by anchor, for a preview; empty otherwise.
    pub findings: HashMap<String, Vec<Finding>>,
    /// The registry ids of the national bodies that have a card on the page.
    pub bodies: Vec<String>,
}

impl Context<'_> {
    /// The findings placed at an anchor.
    pub fn findings_at(&self, id: &str) -> Vec<Finding> {
        self.findings.get(id).cloned().unwrap_or_default()
    }

    /// Whether what is written at `span` is a proposal (`forslag:`), to be marked.
    pub fn proposed(&self, span: Span) -> bool {
        self.standard.proposed(span)
    }

    /// A reference as a link: to the contact's card, or plain text for a body or a
    /// name in quotes; marked when it is a proposal.
    pub fn reference(&self, r: &Reference) -> LinkView {
        LinkView {
            proposed: self.proposed(r.name.span),
            ..self.reference_link(r)
        }
    }

    /// A reference as a link, unmarked.
    fn reference_link(&self, r: &Reference) -> LinkView {
        match &r.resolution {
            Resolution::Contact(i) => match self.standard.contacts.get(*i) {
                Some(contact) => LinkView {
                    text: contact.name.value.clone(),
                    href: Some(format!("#{}", contact_id(*i))),
                    proposed: false,
                },
                None => text_link(&r.name.value),
            },
            Resolution::Body(id) => match self.registry.body_by_id(id) {
                Some(body) => LinkView {
                    text: body.name.clone(),
                    href: self
                        .bodies
                        .iter()
                        .position(|b| b == id)
                        .map(|i| format!("#{}", super::body::body_id(i))),
                    proposed: false,
                },
                None => text_link(&r.name.value),
            },
            Resolution::Text | Resolution::Unresolved => text_link(&r.name.value),
        }
    }

    /// Several references.
    pub fn references(&self, refs: &[Reference]) -> Vec<LinkView> {
        refs.iter().map(|r| self.reference(r)).collect()
    }

    /// Free text as paragraphs, lists and sub-headings, each marked when the text is a
    /// proposal.
    pub fn paras(&self, texts: &[Text]) -> Vec<Para> {
        texts
            .iter()
            .flat_map(|t| paras_of(t, self.proposed(t.span)))
            .collect()
    }

    /// A short excerpt of text: the first paragraph, and the list right after it.
    /// Sub-headings are left out: the excerpt stands under a heading of its own.
    pub fn excerpt(&self, texts: &[Text]) -> Vec<Para> {
        let mut out = Vec::new();
        for para in self.paras(texts) {
            match (&para, out.last()) {
                (Para::H { .. }, None) => {}
                (_, None) => out.push(para),
                (Para::List { .. }, Some(Para::P { .. })) => {
                    out.push(para);
                    break;
                }
                _ => break,
            }
        }
        out
    }

    /// The links of a section or route, each marked when it is a proposal.
    pub fn links(&self, links: &[Link]) -> Vec<LinkView> {
        links
            .iter()
            .map(|l| {
                let label = l.label.as_ref();
                LinkView {
                    proposed: self.proposed(l.url.span)
                        || label.is_some_and(|x| self.proposed(x.span)),
                    ..link(label.map(|x| x.value.as_str()), &l.url)
                }
            })
            .collect()
    }
}

/// The anchor of a general section.
pub fn section_id(index: usize) -> String {
    format!("afsnit-{}", index + 1)
}

/// The anchor of a section of the document's own summary.
pub fn resume_section_id(index: usize) -> String {
    format!("resume-{}", index + 1)
}

/// The anchor of the document's own summary.
pub const RESUME_ID: &str = "resume";

/// The anchor of an indsats.
pub fn indsats_id(index: usize) -> String {
    format!("indsats-{}", index + 1)
}

/// The anchor of a section of an indsats.
pub fn indsats_section_id(indsats: usize, section: usize) -> String {
    format!("indsats-{}-afsnit-{}", indsats + 1, section + 1)
}

/// The anchor of a contact card.
pub fn contact_id(index: usize) -> String {
    format!("kontakt-{}", index + 1)
}

/// The paragraphs, lists and sub-headings of one text.
fn paras_of(text: &Text, proposed: bool) -> impl Iterator<Item = Para> + '_ {
    text.blocks.iter().filter_map(move |block| match block {
        TextBlock::Paragraph(text) if text.trim().is_empty() => None,
        TextBlock::Paragraph(text) => Some(Para::P {
            text: text.clone(),
            proposed,
        }),
        TextBlock::Heading(text) if text.trim().is_empty() => None,
        TextBlock::Heading(text) => Some(Para::H {
            text: text.clone(),
            proposed,
        }),
        TextBlock::List(list) if list.items.is_empty() => None,
        TextBlock::List(list) => Some(Para::List {
            numbered: list.numbered,
            items: list.items.iter().map(item).collect(),
            proposed,
        }),
    })
}

/// A list item and the list under it.
fn item(item: &ListItem) -> ItemView {
    ItemView {
        text: item.text.value.clone(),
        nested: item
            .nested
            .as_ref()
            .filter(|n| !n.items.is_empty())
            .map(|n| NestedView {
                numbered: n.numbered,
                items: n.items.iter().map(|i| i.value.clone()).collect(),
            }),
    }
}

/// Quoted law text, split into paragraphs at blank lines.
fn quote_paras(quote: &str) -> Vec<Para> {
    quote
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .map(|text| Para::P {
            text,
            proposed: false,
        })
        .collect()
}

/// Law references as a citizen reads them.
pub fn laws(refs: &[LawRef]) -> Vec<LawView> {
    refs.iter()
        .map(|r| LawView {
            text: format::law(r),
            quote: r.quote.as_deref().map(quote_paras).unwrap_or_default(),
        })
        .collect()
}

/// A link given in the document; its text is the label, or the address as written.
pub fn link(label: Option<&str>, url: &Url) -> LinkView {
    let text = match label {
        Some(label) if !label.trim().is_empty() => label.to_owned(),
        _ => url.original.clone(),
    };
    LinkView {
        text,
        href: safe_href(&url.href),
        proposed: false,
    }
}

/// Text without a link.
pub fn text_link(text: &str) -> LinkView {
    LinkView {
        text: text.to_owned(),
        href: None,
        proposed: false,
    }
}
