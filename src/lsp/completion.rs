//! Completion: what may stand at the cursor, from the schema, the file and the
//! registry.
//!
//! - Where a keyword may stand: the keywords of the place (`Place::allowed`), less those
//!   that may stand once and already do, with their doc line and example; and the
//!   snippets of the parts the place still lacks.
//! - Among a statement's values: the words of a choice (`årligt`, `ja`, `på-hold`, …),
//!   the contacts defined in the file and the registry's bodies where a name is asked
//!   for, the municipalities after `kommune` (and the code of the one named after
//!   `kommunekode`), the law paragraphs of the registry after `lovgrundlag`, and after a
//!   number the units of time, `gange` and a period, or `kr`.
//! - In a suppression comment (`# kvalitet: tillad …`): the rules' codes and names.

use super::analysis::Analysis;
use super::cursor::{self, At, Cursor};
use super::documents::Snapshot;
use super::settings::Settings;
use super::snippets;
use crate::check::codes as rules;
use crate::model::values::{Period, TimeUnit};
use crate::model::{DeliveryForm, DeliveryPlace, RequesterRole};
use crate::schema::{Block, Keyword, Place, Repeat, Value};
use crate::source::Span;
use crate::syntax::tree::{ArgKind, Item, SyntaxFile};
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionItemTag, CompletionList, CompletionParams,
    CompletionResponse, CompletionTextEdit, Documentation, InsertTextFormat, MarkupContent,
    MarkupKind, TextEdit,
};

/// The completions at a position.
pub fn completion(
    snapshot: &Snapshot,
    params: &CompletionParams,
    settings: &Settings,
) -> CompletionResponse {
    let position = params.text_document_position.position;
    let text = &snapshot.text;
    let offset = snapshot.lines.offset(text, position, settings.encoding);
    let analysis = snapshot.analyse();
    let (tree, _) = crate::syntax::parse(text);
    let cursor = cursor::locate(&tree, text, offset);
    let mut out = Completions {
        snapshot,
        settings,
        items: Vec::new(),
    };
    match &cursor.at {
        At::Keyword(span) => out.keywords(&cursor, *span),
        At::Value {
            statement,
            keyword,
            before,
            span,
        } => {
            let previous = before.last();
            out.values(
                &tree,
                &cursor,
                &analysis,
                *keyword,
                statement.key.text,
                before,
                previous,
                *span,
            );
        }
        At::Comment(comment) => out.suppression(comment.span, comment.text, offset),
        At::Nothing => {}
    }
    let mut items = out.items;
    for (index, item) in items.iter_mut().enumerate() {
        item.sort_text = Some(format!("{index:04}"));
    }
    CompletionResponse::List(CompletionList {
        is_incomplete: false,
        items,
    })
}

struct Completions<'s> {
    snapshot: &'s Snapshot,
    settings: &'s Settings,
    items: Vec<CompletionItem>,
}

impl Completions<'_> {
    /// An item that replaces `span` with `text`.
    fn item(
        &self,
        span: Span,
        label: &str,
        kind: CompletionItemKind,
        text: String,
    ) -> CompletionItem {
        let range = self
            .snapshot
            .lines
            .range(&self.snapshot.text, span, self.settings.encoding);
        CompletionItem {
            label: label.to_owned(),
            kind: Some(kind),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit::new(range, text))),
            ..CompletionItem::default()
        }
    }

    /// Adds an item that needs nothing more.
    fn add(&mut self, span: Span, label: &str, kind: CompletionItemKind, text: String) {
        let item = self.item(span, label, kind, text);
        self.items.push(item);
    }

    fn markdown(&self, text: String) -> Documentation {
        Documentation::MarkupContent(MarkupContent {
            kind: if self.settings.markdown {
                MarkupKind::Markdown
            } else {
                MarkupKind::PlainText
            },
            value: text,
        })
    }

    /// The keywords and snippets of the place at the cursor.
    fn keywords(&mut self, cursor: &Cursor<'_, '_>, span: Span) {
        let Some(place) = cursor.place else {
            return;
        };
        let present: Vec<&str> = cursor
            .siblings
            .iter()
            .filter_map(|item| match item {
                Item::Statement(statement) if statement.key.span != span => {
                    Some(statement.key.text)
                }
                _ => None,
            })
            .collect();
        for keyword in place.allowed() {
            if keyword.repeat == Repeat::Once && present.contains(&keyword.word) {
                continue;
            }
            let (text, snippet) = self.keyword_text(keyword);
            let documentation = self.markdown(format!(
                "{}\n\nTakes {}.\n\n```kvs\n{}\n```",
                keyword.doc,
                keyword.value.describe(),
                keyword.example
            ));
            let mut item = self.item(span, keyword.word, CompletionItemKind::KEYWORD, text);
            item.detail = Some(keyword.doc.to_owned());
            item.documentation = Some(documentation);
            if snippet {
                item.insert_text_format = Some(InsertTextFormat::SNIPPET);
            }
            self.items.push(item);
        }
        for snippet in snippets::for_place(place) {
            if present.contains(&snippet.keyword) {
                continue;
            }
            let (text, format) = if self.settings.snippets {
                (snippet.body.to_owned(), InsertTextFormat::SNIPPET)
            } else {
                (snippets::plain(snippet.body), InsertTextFormat::PLAIN_TEXT)
            };
            let documentation =
                self.markdown(format!("```kvs\n{}\n```", snippets::plain(snippet.body)));
            let mut item = self.item(span, snippet.label, CompletionItemKind::SNIPPET, text);
            item.detail = Some(snippet.detail.to_owned());
            item.documentation = Some(documentation);
            item.filter_text = Some(snippet.keyword.to_owned());
            item.insert_text_format = Some(format);
            self.items.push(item);
        }
    }

    /// What a keyword inserts: with snippets, a keyword that always opens a block
    /// comes with its block and a placeholder for its name or title.
    fn keyword_text(&self, keyword: &Keyword) -> (String, bool) {
        let word = keyword.word;
        if !self.settings.snippets || !matches!(keyword.block, Block::Required(_)) {
            return (word.to_owned(), false);
        }
        let head = match keyword.value {
            Value::Title => format!("{word} \"${{1:Titel}}\""),
            Value::ContactDefinition => format!("{word} ${{1:navn}} \"${{2:Navn}}\""),
            Value::Heading | Value::PakkeHead => word.to_owned(),
            _ => word.to_owned(),
        };
        (format!("{head} {{\n\t$0\n}}"), true)
    }

    /// The values that may follow at the cursor.
    #[allow(clippy::too_many_arguments)]
    fn values(
        &mut self,
        tree: &SyntaxFile<'_>,
        cursor: &Cursor<'_, '_>,
        analysis: &Analysis,
        keyword: Option<&'static Keyword>,
        word: &str,
        before: &[crate::syntax::tree::Arg<'_>],
        previous: Option<&crate::syntax::tree::Arg<'_>>,
        span: Span,
    ) {
        let after_number =
            previous.is_some_and(|arg| arg.kind == ArgKind::Number || arg.is_punct("½"));
        let first = previous.is_none_or(|arg| arg.is_punct(",") || arg.is_word("og"));
        let value = match keyword {
            Some(keyword) => keyword.value,
            // The free-named lines of `frister` and `egenbetaling`.
            None if cursor.place == Some(Place::Frister) => Value::Deadline,
            None if cursor.place == Some(Place::Egenbetaling) => Value::NamedPrice,
            None => return,
        };
        match value {
            Value::Revision | Value::YesNo | Value::Transport if before.is_empty() => {
                for choice in value.choices() {
                    self.add(
                        span,
                        choice,
                        CompletionItemKind::ENUM_MEMBER,
                        (*choice).to_owned(),
                    );
                }
            }
            Value::DeliveryForms if first => {
                for (_, form) in DeliveryForm::ALL {
                    self.add(span, form, CompletionItemKind::ENUM_MEMBER, form.to_owned());
                }
            }
            Value::DeliveryPlaces if first => {
                for (_, place) in DeliveryPlace::KNOWN {
                    self.add(
                        span,
                        place,
                        CompletionItemKind::ENUM_MEMBER,
                        place.to_owned(),
                    );
                }
            }
            Value::Requesters if first => {
                for (_, role) in RequesterRole::ALL {
                    self.add(span, role, CompletionItemKind::ENUM_MEMBER, role.to_owned());
                }
                self.contacts(tree, span);
            }
            Value::References if first => {
                self.contacts(tree, span);
                self.bodies(analysis, span);
            }
            Value::ContactUse if first => self.contacts(tree, span),
            Value::RegistryBody if before.is_empty() => self.bodies(analysis, span),
            Value::Name if word == "kommune" && before.is_empty() => {
                for municipality in &analysis.options.registry.municipalities {
                    let mut item = self.item(
                        span,
                        &municipality.name,
                        CompletionItemKind::VALUE,
                        municipality.name.clone(),
                    );
                    item.detail = Some(format!(
                        "kommunekode {}, {}",
                        municipality.code, municipality.region
                    ));
                    self.items.push(item);
                }
            }
            Value::MunicipalityCode if before.is_empty() => {
                self.municipality_code(cursor, analysis, span)
            }
            Value::LawRefs | Value::OtherScheme if first => self.laws(analysis, span),
            Value::Duration | Value::Deadline | Value::OptionalDeadline | Value::NamedDeadline
                if after_number =>
            {
                for unit in TimeUnit::ALL {
                    let word = unit.danish();
                    self.add(span, word, CompletionItemKind::UNIT, word.to_owned());
                }
            }
            Value::Deadline | Value::OptionalDeadline | Value::NamedDeadline
                if previous.is_some_and(|arg| is_unit(&arg.text)) =>
            {
                self.add(
                    span,
                    "efter",
                    CompletionItemKind::KEYWORD,
                    "efter".to_owned(),
                );
            }
            Value::Frequency if after_number => {
                for period in Period::ALL {
                    let text = format!("gange {}", period.danish());
                    self.add(span, &text, CompletionItemKind::UNIT, text.clone());
                }
            }
            Value::Count if after_number => {
                self.add(span, "gange", CompletionItemKind::UNIT, "gange".to_owned());
            }
            Value::NamedPrice if after_number => {
                self.add(span, "kr", CompletionItemKind::UNIT, "kr".to_owned());
            }
            _ => {}
        }
    }

    /// The contacts defined in the file.
    fn contacts(&mut self, tree: &SyntaxFile<'_>, span: Span) {
        let mut found: Vec<(String, Option<String>)> = Vec::new();
        contact_definitions(&tree.items, &mut found);
        for (id, name) in found {
            let mut item = self.item(span, &id, CompletionItemKind::REFERENCE, id.clone());
            item.detail = name.map(|name| format!("kontakt: {name}"));
            self.items.push(item);
        }
    }

    /// The registry's bodies, those that have ceased marked so.
    fn bodies(&mut self, analysis: &Analysis, span: Span) {
        let registry = &analysis.options.registry;
        let today = analysis.options.today;
        for body in &registry.bodies {
            let ended = registry.end_by(body, today, false).is_some();
            let mut item = self.item(span, &body.id, CompletionItemKind::MODULE, body.id.clone());
            item.detail = Some(body.name.clone());
            item.documentation = Some(Documentation::String(body.role.clone()));
            if ended {
                item.tags = Some(vec![CompletionItemTag::DEPRECATED]);
            }
            self.items.push(item);
        }
    }

    /// The code of the municipality the file names.
    fn municipality_code(&mut self, cursor: &Cursor<'_, '_>, analysis: &Analysis, span: Span) {
        let name = cursor.siblings.iter().find_map(|item| match item {
            Item::Statement(statement) if statement.key.text == "kommune" => Some(
                statement
                    .args
                    .iter()
                    .map(|arg| arg.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            _ => None,
        });
        let Some(municipality) =
            name.and_then(|name| analysis.options.registry.municipality(&name))
        else {
            return;
        };
        let mut item = self.item(
            span,
            &municipality.code,
            CompletionItemKind::VALUE,
            municipality.code.clone(),
        );
        item.detail = Some(municipality.name.clone());
        self.items.push(item);
    }

    /// The law paragraphs the registry knows.
    fn laws(&mut self, analysis: &Analysis, span: Span) {
        for law in &analysis.options.registry.laws {
            if law.replaced.is_some() {
                continue;
            }
            let text = match law.stk {
                Some(stk) => format!("{} § {} stk. {stk}", law.law, law.paragraph),
                None => format!("{} § {}", law.law, law.paragraph),
            };
            let mut item = self.item(span, &text, CompletionItemKind::REFERENCE, text.clone());
            item.detail = Some(law.about.clone());
            self.items.push(item);
        }
    }

    /// The codes and names of the rules, in a suppression comment.
    fn suppression(&mut self, comment: Span, text: &str, offset: usize) {
        let upto = offset.saturating_sub(comment.start() + 1);
        let written = text.get(..upto).unwrap_or(text);
        let Some(rest) = written.trim_start().strip_prefix("kvalitet:") else {
            return;
        };
        let word_start = written.rfind([' ', ',', '\t']).map_or(0, |at| at + 1);
        let span = Span::new(comment.start() + 1 + word_start, offset);
        let rest = rest.trim_start();
        if !rest.starts_with("tillad") || !rest.contains(' ') {
            self.add(
                span,
                "tillad",
                CompletionItemKind::KEYWORD,
                "tillad".to_owned(),
            );
            return;
        }
        for rule in rules::ALL {
            let mut item = self.item(
                span,
                rule.code,
                CompletionItemKind::CONSTANT,
                rule.code.to_owned(),
            );
            item.detail = Some(format!(
                "{} ({})",
                rule.name,
                rule.summary(self.settings.lang)
            ));
            item.filter_text = Some(format!("{} {}", rule.code, rule.name));
            self.items.push(item);
        }
    }
}

/// Whether a word is a unit of time as the lowering reads it.
fn is_unit(word: &str) -> bool {
    let word = word.to_lowercase();
    TimeUnit::ALL.iter().any(|unit| unit.danish() == word) || word == "min"
}

/// The id and display name of every contact defined in `items`, at any depth.
fn contact_definitions(items: &[Item<'_>], out: &mut Vec<(String, Option<String>)>) {
    for item in items {
        let Item::Statement(statement) = item else {
            continue;
        };
        if let Some(block) = &statement.block {
            if statement.key.text == "kontakt" {
                if let Some(id) = statement.args.first().filter(|a| a.kind == ArgKind::Word) {
                    if !out.iter().any(|(known, _)| known == id.as_str()) {
                        let name = statement
                            .args
                            .get(1)
                            .filter(|a| a.kind == ArgKind::String)
                            .map(|a| a.as_str().to_owned());
                        out.push((id.as_str().to_owned(), name));
                    }
                }
            }
            contact_definitions(&block.items, out);
        }
    }
}
