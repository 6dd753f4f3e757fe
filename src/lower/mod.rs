//! Stage 2, lowering: the syntax tree to the typed model.
//!
//! The lowering reads the language's schema (`crate::schema`) for which keyword may
//! stand where, whether it may repeat, where a misplaced one belongs and what a
//! misspelled one was meant to be; it knows what type each value has. It matches each
//! place's keywords without a catch-all arm, so a keyword added to the schema is a
//! compile error here until it is lowered. It reads everything it can and reports
//! every problem it finds, so one run shows all of a file's errors.

mod contact;
mod cursor;
mod keywords;
pub mod literal;
mod proposal;
mod scheme;
mod section;
pub(crate) mod text;

use crate::diag::{codes, Diagnostic};
use crate::i18n::Message;
use crate::model::exact;
use crate::model::values::LawRef;
use crate::model::{
    Approval, Contact, Indsats, Revision, Section, SectionKind, Standard, Validity,
};
use crate::msg;
use crate::schema::{FileKw, IndsatsKw, Keyword, Place, Repeat, StandardKw};
use crate::source::{SourceFile, Span, Spanned};
use crate::suggest::Spelling;
use crate::syntax::tree::{Arg, ArgKind, Block, Item, Statement, SyntaxFile};
use cursor::Cursor;
use std::collections::HashMap;

/// Lowers a parsed file to a standard. Returns `None` only if the file holds no
/// `kvalitetsstandard` at all.
pub fn lower(file: &SyntaxFile, source: &SourceFile) -> (Option<Standard>, Vec<Diagnostic>) {
    let mut lowerer = Lowerer::new(source);
    let proposals = proposal::proposals(&mut lowerer, file, opened_by(file));
    let standard = lowerer.file(Items::Borrowed(&file.items));
    lowerer.finish_standard(standard, proposals)
}

/// [`lower`], consuming the tree: each statement of the standard's block is dropped as
/// soon as it is lowered, so the tree and the model are never both held whole. This is
/// what [`crate::compile`] runs; the result is the same as [`lower`]'s.
pub fn lower_owned(file: SyntaxFile, source: &SourceFile) -> (Option<Standard>, Vec<Diagnostic>) {
    let mut lowerer = Lowerer::new(source);
    let proposals = proposal::proposals(&mut lowerer, &file, opened_by(&file));
    let standard = lowerer.file(Items::Owned(file.items));
    lowerer.finish_standard(standard, proposals)
}

/// The file's first `kvalitetsstandard` statement: the one that is lowered.
fn opened_by<'s, 'a>(file: &'s SyntaxFile<'a>) -> Option<&'s Statement<'a>> {
    file.items.iter().find_map(|item| match item {
        Item::Statement(statement)
            if FileKw::from_word(statement.key.text) == Some(FileKw::Kvalitetsstandard) =>
        {
            Some(statement)
        }
        _ => None,
    })
}

/// The items of a file or a block, as the lowering reads them: borrowed from a tree
/// that is kept, or owned, and then each dropped once it is read.
pub(crate) enum Items<'s, 'a> {
    Borrowed(&'s [Item<'a>]),
    Owned(Vec<Item<'a>>),
}

/// One statement of [`Items`].
pub(crate) enum Held<'s, 'a> {
    Borrowed(&'s Statement<'a>),
    Owned(Statement<'a>),
}

impl<'s, 'a> Items<'s, 'a> {
    /// Calls `each` with every statement, in order, skipping comments and errors.
    fn for_each(self, mut each: impl FnMut(Held<'s, 'a>)) {
        match self {
            Items::Borrowed(items) => {
                for item in items {
                    if let Item::Statement(statement) = item {
                        each(Held::Borrowed(statement));
                    }
                }
            }
            Items::Owned(items) => {
                for item in items {
                    if let Item::Statement(statement) = item {
                        each(Held::Owned(statement));
                    }
                }
            }
        }
    }
}

impl<'s, 'a> Held<'s, 'a> {
    /// The statement.
    fn statement(&self) -> &Statement<'a> {
        match self {
            Held::Borrowed(statement) => statement,
            Held::Owned(statement) => statement,
        }
    }

    /// The items of its block, if it has one (an owned statement gives its block up).
    fn into_items(self) -> Option<Items<'s, 'a>> {
        match self {
            Held::Borrowed(statement) => {
                let block = statement.block.as_deref()?;
                Some(Items::Borrowed(&block.items))
            }
            Held::Owned(statement) => Some(Items::Owned(statement.block?.items)),
        }
    }
}

/// The standard's lists at their exact length (see [`crate::model::exact`]).
fn shrink_standard(standard: &mut Standard) {
    exact(&mut standard.sections);
    exact(&mut standard.summary);
    exact(&mut standard.indsatser);
}

/// The state of one lowering.
pub(crate) struct Lowerer<'a> {
    pub(crate) source: &'a SourceFile,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// Contacts defined anywhere, collected in order.
    pub(crate) contacts: Vec<Contact>,
    /// The index in `contacts` of each contact's short name, so that a file with many
    /// contacts is lowered in linear time.
    pub(crate) contact_ids: HashMap<String, usize>,
}

impl<'src> Lowerer<'src> {
    fn new(source: &'src SourceFile) -> Self {
        Lowerer {
            source,
            diagnostics: Vec::new(),
            contacts: Vec::new(),
            contact_ids: HashMap::new(),
        }
    }

    /// Lowers the top level of a file: its first `kvalitetsstandard`.
    fn file(&mut self, items: Items<'_, '_>) -> Option<Standard> {
        let mut standard: Option<Standard> = None;
        items.for_each(|held| {
            let statement = held.statement();
            if FileKw::from_word(statement.key.text) == Some(FileKw::Kvalitetsstandard) {
                if let Some(first) = &standard {
                    self.diagnostics.push(
                        Diagnostic::error(
                            codes::MISSING_STANDARD,
                            statement.key.span,
                            msg!("lower-second-standard"),
                        )
                        .with_secondary(first.title.span, msg!("lower-second-standard-first"))
                        .with_help(msg!("lower-second-standard-help")),
                    );
                    return;
                }
                standard = Some(self.standard(held));
            } else {
                self.unknown(statement, Place::File);
            }
        });
        if standard.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_STANDARD,
                    Span::new(0, 0),
                    msg!("lower-no-standard"),
                )
                .with_help(msg!("lower-no-standard-help")),
            );
        }
        standard
    }

    /// Gives the standard its contacts and proposals.
    fn finish_standard(
        mut self,
        mut standard: Option<Standard>,
        proposals: crate::model::Proposals,
    ) -> (Option<Standard>, Vec<Diagnostic>) {
        if let Some(standard) = standard.as_mut() {
            standard.contacts = std::mem::take(&mut self.contacts);
            standard.proposals = proposals;
        }
        (standard, self.diagnostics)
    }

    fn standard(&mut self, held: Held<'_, '_>) -> Standard {
        let statement = held.statement();
        let mut standard = Standard {
            span: statement.span,
            ..Standard::default()
        };
        standard.title = self.title(statement, msg!("lower-title-of-standard"), "Genoptræning");
        if self.require_block(statement).is_none() {
            return standard;
        }
        let Some(items) = held.into_items() else {
            return standard;
        };
        let mut seen = Seen::default();
        items.for_each(|held| self.standard_statement(&mut standard, &mut seen, held.statement()));
        shrink_standard(&mut standard);
        self.undated_but_dated(&standard);
        standard
    }

    /// Lowers one statement of the standard's block.
    fn standard_statement(
        &mut self,
        standard: &mut Standard,
        seen: &mut Seen,
        statement: &Statement,
    ) {
        let key = statement.key.as_str();
        let Some(keyword) = StandardKw::from_word(key) else {
            match SectionKind::from_word(key) {
                Some(kind) => {
                    let section = self.section(statement, kind);
                    standard.sections.push(section);
                }
                None => self.unknown(statement, Place::Standard),
            }
            return;
        };
        if !self.admit(seen, statement, keyword.spec()) {
            return;
        }
        match keyword {
            StandardKw::Kommune => {
                standard.municipality = self.name_value(statement, msg!("lower-name-municipality"));
            }
            StandardKw::Kommunekode => {
                standard.municipality_code = self.municipality_code(statement);
            }
            StandardKw::År => standard.year = self.year(statement),
            StandardKw::Gyldig => standard.validity = self.validity(statement),
            StandardKw::Dato => standard.date = self.date(statement),
            StandardKw::Godkendt => standard.approval = self.approval(statement),
            StandardKw::Udkast => standard.draft = Some(self.flag(statement)),
            StandardKw::Udateret => standard.undated = Some(self.flag(statement)),
            StandardKw::Uddrag => standard.excerpt = Some(self.flag(statement)),
            StandardKw::Opdateret => standard.updated = self.date(statement),
            StandardKw::FastsatAf => {
                standard.service_level_by = section::references(self, statement);
            }
            StandardKw::Kilde => standard.sources.extend(section::link(self, statement)),
            StandardKw::Revideres => standard.revision = self.revision(statement),
            StandardKw::Lovgrundlag => {
                let refs = self.law_refs(statement);
                standard.legal_basis.extend(refs);
            }
            StandardKw::AndenOrdning => standard.other_schemes.extend(self.other_scheme(statement)),
            StandardKw::Resumé => {
                let mut cursor = self.cursor(statement);
                if let Some(arg) = cursor.eat_kind(ArgKind::String) {
                    standard.summary_heading =
                        Some(Spanned::new(arg.as_str().to_owned(), arg.span));
                }
                self.finish(&cursor, msg!("lower-after-resume-heading"));
                if let Some(block) = self.require_block(statement) {
                    for inner in block.statements() {
                        match SectionKind::from_word(inner.key.text) {
                            Some(kind) => {
                                let section = self.section(inner, kind);
                                standard.summary.push(section);
                            }
                            None => self.unknown(inner, Place::Sections),
                        }
                    }
                }
            }
            StandardKw::Indsats => {
                let indsats = self.indsats(statement);
                standard.indsatser.push(indsats);
            }
            StandardKw::Kontakt => self.contact_definition(statement),
        }
    }

    /// Reads a statement whose one value is a date (`dato`, `opdateret`).
    fn date(&mut self, statement: &Statement) -> Option<Spanned<crate::model::values::Date>> {
        let mut cursor = self.cursor(statement);
        let date = match literal::date(&mut cursor) {
            Ok((date, span)) => Some(Spanned::new(date, span)),
            Err(d) => {
                self.diagnostics.push(d);
                None
            }
        };
        self.finish(&cursor, msg!("lower-after-date"));
        date
    }

    /// Reports a standard marked `udateret` that gives a date all the same.
    fn undated_but_dated(&mut self, standard: &Standard) {
        let Some(undated) = standard.undated else {
            return;
        };
        let dated = standard
            .date
            .as_ref()
            .map(|d| d.span)
            .or_else(|| {
                standard
                    .approval
                    .as_ref()
                    .and_then(|a| a.date.as_ref().map(|d| d.span))
            })
            .or_else(|| standard.updated.as_ref().map(|d| d.span));
        if let Some(span) = dated {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::CONTRADICTING_STATEMENTS,
                    undated,
                    msg!("lower-undated-but-dated"),
                )
                .with_secondary(span, msg!("lower-undated-but-dated-label"))
                .with_help(msg!("lower-undated-but-dated-help")),
            );
        }
    }

    fn indsats(&mut self, statement: &Statement) -> Indsats {
        let mut indsats = Indsats {
            span: statement.span,
            ..Indsats::default()
        };
        indsats.title = self.title(
            statement,
            msg!("lower-title-of-indsats"),
            "Døgngenoptræning",
        );
        let Some(block) = self.require_block(statement) else {
            return indsats;
        };
        for statement in block.statements() {
            let key = statement.key.as_str();
            if let Some(keyword) = IndsatsKw::from_word(key) {
                self.shape(statement, keyword.spec());
            }
            match IndsatsKw::from_word(key) {
                Some(IndsatsKw::Lovgrundlag) => {
                    let refs = self.law_refs(statement);
                    indsats.legal_basis.extend(refs);
                }
                Some(IndsatsKw::AndenOrdning) => {
                    indsats.other_schemes.extend(self.other_scheme(statement))
                }
                Some(IndsatsKw::Kontakt) => self.contact_definition(statement),
                None => match SectionKind::from_word(key) {
                    Some(kind) => {
                        let section = self.section(statement, kind);
                        indsats.sections.push(section);
                    }
                    None => self.unknown(statement, Place::Indsats),
                },
            }
        }
        exact(&mut indsats.sections);
        exact(&mut indsats.legal_basis);
        indsats
    }

    /// Reads a keyword that takes no value (`udkast`, `udateret`, `uddrag`) and returns
    /// where it stands.
    fn flag(&mut self, statement: &Statement) -> Span {
        let cursor = self.cursor(statement);
        self.finish(&cursor, quoted(statement.key.text));
        statement.key.span
    }

    /// Reads the quoted title of a `kvalitetsstandard` or an `indsats`; reports a missing
    /// one with an example.
    fn title(&mut self, statement: &Statement, what: Message, example: &str) -> Spanned<String> {
        let mut cursor = self.cursor(statement);
        let title = match cursor.eat_kind(ArgKind::String) {
            Some(arg) => Spanned::new(arg.as_str().to_owned(), arg.span),
            None => {
                self.diagnostics.push(
                    Diagnostic::error(
                        codes::MISSING_VALUE,
                        cursor.here(),
                        msg!("lower-needs-title", what = what),
                    )
                    .with_help(msg!(
                        "lower-needs-title-help",
                        keyword = statement.key.text,
                        example = example
                    )),
                );
                Spanned::new(String::new(), statement.key.span)
            }
        };
        self.finish(&cursor, msg!("lower-after-title"));
        title
    }

    fn approval(&mut self, statement: &Statement) -> Option<Approval> {
        let mut cursor = self.cursor(statement);
        let mut approval = Approval {
            date: None,
            by: None,
            span: statement.span,
        };
        if !cursor.peek().is_some_and(|a| a.is_word("af")) {
            match literal::date(&mut cursor) {
                Ok((date, span)) => approval.date = Some(Spanned::new(date, span)),
                Err(d) => {
                    self.diagnostics.push(d);
                    return None;
                }
            }
        }
        if cursor.eat_word("af") {
            match cursor.eat_kind(ArgKind::String) {
                Some(arg) => approval.by = Some(Spanned::new(arg.as_str().to_owned(), arg.span)),
                None => self.diagnostics.push(
                    Diagnostic::error(
                        codes::MISSING_VALUE,
                        cursor.here(),
                        msg!("lower-expected-approving-body"),
                    )
                    .with_help(msg!("lower-approval-help")),
                ),
            }
        }
        if approval.date.is_none() && approval.by.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    cursor.end,
                    msg!("lower-approval-needs-value"),
                )
                .with_help(msg!("lower-approval-help")),
            );
            return None;
        }
        self.finish(&cursor, msg!("lower-after-approval"));
        Some(approval)
    }

    fn validity(&mut self, statement: &Statement) -> Option<Validity> {
        let mut cursor = self.cursor(statement);
        let from = match literal::date(&mut cursor) {
            Ok((date, span)) => Spanned::new(date, span),
            Err(d) => {
                self.diagnostics.push(d);
                return None;
            }
        };
        let mut until = None;
        if cursor.eat_word("til") || cursor.eat_punct("-") || cursor.eat_punct("–") {
            match literal::date(&mut cursor) {
                Ok((date, span)) => until = Some(Spanned::new(date, span)),
                Err(d) => self.diagnostics.push(d),
            }
        }
        self.finish(&cursor, msg!("lower-after-period"));
        Some(Validity { from, until })
    }

    fn revision(&mut self, statement: &Statement) -> Option<Spanned<Revision>> {
        let mut cursor = self.cursor(statement);
        let arg = cursor.next();
        let value = match arg.map(|a| a.as_str().to_lowercase()) {
            Some(word) if word == "årligt" => Some(Revision::Yearly),
            Some(word) if word == "ved-ændringer" => Some(Revision::OnChange),
            _ => None,
        };
        match (value, arg) {
            (Some(value), Some(arg)) => {
                self.finish(&cursor, msg!("lower-after-revision"));
                Some(Spanned::new(value, arg.span))
            }
            _ => {
                self.diagnostics.push(self.choice_error(
                    arg.map_or(cursor.end, |a| a.span),
                    arg,
                    crate::schema::Value::Revision.choices(),
                    quoted("revideres"),
                ));
                None
            }
        }
    }

    fn year(&mut self, statement: &Statement) -> Option<Spanned<i32>> {
        let mut cursor = self.cursor(statement);
        let found = literal::found(&cursor);
        let value = cursor
            .eat_kind(ArgKind::Number)
            .filter(|a| a.text.len() == 4)
            .and_then(|a| a.text.parse::<i32>().ok().map(|y| Spanned::new(y, a.span)));
        if value.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::INVALID_NUMBER,
                    statement.args_span(),
                    msg!("lower-expected-year", found = found),
                )
                .with_help(msg!("lower-expected-year-help")),
            );
            return None;
        }
        self.finish(&cursor, msg!("lower-after-year"));
        value
    }

    fn municipality_code(&mut self, statement: &Statement) -> Option<Spanned<String>> {
        let mut cursor = self.cursor(statement);
        let arg = cursor.eat_kind(ArgKind::Number);
        // `0161`, as DAGI writes it, is `161`.
        let code = arg.and_then(|a| crate::registry::municipality_code_key(&a.text));
        match (arg, code) {
            (Some(arg), Some(code)) => {
                self.finish(&cursor, msg!("lower-after-kommunekode"));
                Some(Spanned::new(code, arg.span))
            }
            (other, _) => {
                let span = other.map_or(statement.args_span(), |a| a.span);
                self.diagnostics.push(
                    Diagnostic::error(
                        codes::INVALID_MUNICIPALITY_CODE,
                        span,
                        msg!("lower-invalid-kommunekode"),
                    )
                    .with_help(msg!("lower-invalid-kommunekode-help")),
                );
                None
            }
        }
    }

    /// Reads words or one string as a name.
    pub(crate) fn name_value(
        &mut self,
        statement: &Statement,
        what: Message,
    ) -> Option<Spanned<String>> {
        let args = &statement.args;
        if args.is_empty() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    statement.key.span,
                    msg!(
                        "lower-needs-name",
                        keyword = statement.key.text,
                        what = what.clone()
                    ),
                )
                .with_help(msg!(
                    "lower-needs-name-help",
                    keyword = statement.key.text,
                    what = what
                )),
            );
            return None;
        }
        if let [only] = args.as_slice() {
            if only.kind == ArgKind::String {
                return Some(Spanned::new(only.as_str().to_owned(), only.span));
            }
        }
        if let Some(text) = args.iter().find(|a| a.is_text()) {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::UNEXPECTED_VALUE,
                    text.span,
                    msg!("lower-one-name", keyword = statement.key.text),
                )
                .with_help(msg!("lower-one-name-help")),
            );
            return None;
        }
        let span = statement.args_span();
        Some(Spanned::new(self.source.slice(span).to_owned(), span))
    }

    pub(crate) fn law_refs(&mut self, statement: &Statement) -> Vec<LawRef> {
        let mut cursor = self.cursor(statement);
        if cursor.is_done() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    statement.key.span,
                    msg!("lower-lovgrundlag-needs-reference"),
                )
                .with_help(msg!("lower-lovgrundlag-help")),
            );
            return Vec::new();
        }
        let mut refs = match literal::law_refs(&mut cursor, self.source) {
            Ok(refs) => refs,
            Err(errors) => {
                self.diagnostics.extend(errors);
                return Vec::new();
            }
        };
        // A quoted law text after the references belongs to the last one.
        if let Some(arg) = cursor.peek().filter(|a| a.is_text()) {
            let quote = text::parse_text(&arg.text, arg.span)
                .plain()
                .trim()
                .to_owned();
            if let Some(last) = refs.last_mut() {
                last.quote = Some(quote);
            }
            cursor.next();
        }
        self.finish(&cursor, msg!("lower-after-law-reference"));
        refs
    }

    /// A cursor over a statement's values.
    pub(crate) fn cursor<'s>(&self, statement: &'s Statement) -> Cursor<'s> {
        let end = statement.args.last().map_or(statement.key.span, |a| a.span);
        Cursor::new(&statement.args, Span::new(end.end(), end.end()))
    }

    /// Reports values left over after a value was read.
    pub(crate) fn finish(&mut self, cursor: &Cursor<'_>, after: Message) {
        if cursor.is_done() {
            return;
        }
        let span = cursor.rest_span();
        let written = self.source.slice(span);
        // Two statements written on one line without `;` read as one.
        let next_is_keyword = cursor.peek().is_some_and(|a| {
            a.kind == ArgKind::Word && crate::schema::is_keyword(&a.as_str().to_lowercase())
        });
        let misplaced_mark = cursor.peek().is_some_and(|a| a.is_word("forslag"))
            && cursor.peek2().is_some_and(|a| a.is_punct(":"));
        let help = if misplaced_mark {
            msg!("lower-unexpected-value-help-proposal")
        } else if next_is_keyword {
            msg!("lower-unexpected-value-help-keyword")
        } else {
            msg!("lower-unexpected-value-help")
        };
        self.diagnostics.push(
            Diagnostic::error(
                codes::UNEXPECTED_VALUE,
                span,
                msg!("lower-unexpected-value", written = written, after = after),
            )
            .with_label(msg!("lower-unexpected-value-label"))
            .with_help(help),
        );
    }

    /// The block of a statement that must have one.
    pub(crate) fn require_block<'s, 't>(
        &mut self,
        statement: &'s Statement<'t>,
    ) -> Option<&'s Block<'t>> {
        if statement.block.is_none() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::BLOCK_SHAPE,
                    statement.key.span,
                    msg!("lower-needs-block", keyword = statement.key.text),
                )
                .with_help(msg!("lower-needs-block-help", keyword = statement.key.text)),
            );
        }
        statement.block.as_deref()
    }

    /// Reports a block on a statement that cannot have one.
    pub(crate) fn no_block(&mut self, statement: &Statement) {
        if let Some(block) = &statement.block {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::BLOCK_SHAPE,
                    Span::new(block.span.start(), block.span.start() + 1),
                    msg!("lower-no-block", keyword = statement.key.text),
                )
                .with_secondary(statement.key.span, msg!("lower-no-block-label"))
                .with_help(msg!("lower-no-block-help")),
            );
        }
    }

    /// Reports a block on a statement whose keyword takes none, as the schema says.
    pub(crate) fn shape(&mut self, statement: &Statement, keyword: &Keyword) {
        if keyword.block == crate::schema::Block::None {
            self.no_block(statement);
        }
    }

    /// Whether a statement with this keyword may be read: a keyword that may stand
    /// once in its block is reported the second time (the schema says which). A block
    /// where the keyword takes none is reported too.
    pub(crate) fn admit(
        &mut self,
        seen: &mut Seen,
        statement: &Statement,
        keyword: &Keyword,
    ) -> bool {
        self.shape(statement, keyword);
        keyword.repeat == Repeat::Many || seen.once(self, statement)
    }

    /// Reports an unknown or misplaced keyword in `place`.
    pub(crate) fn unknown(&mut self, statement: &Statement, place: Place) {
        self.unknown_in(statement, place, keywords::place_phrase(place));
    }

    /// Reports an unknown or misplaced keyword in `place`, named `phrase` ("in
    /// `formål`").
    pub(crate) fn unknown_in(&mut self, statement: &Statement, place: Place, phrase: Message) {
        let key = &statement.key;
        if let Some(home) = keywords::home_of(key.text) {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISPLACED_KEYWORD,
                    key.span,
                    msg!(
                        "lower-misplaced-keyword",
                        keyword = key.text,
                        place = phrase
                    ),
                )
                .with_label(msg!("lower-misplaced-keyword-label"))
                .with_help(msg!(
                    "lower-misplaced-keyword-help",
                    keyword = key.text,
                    home = home
                )),
            );
            return;
        }
        let allowed = place.words();
        let mut diagnostic = Diagnostic::error(
            codes::UNKNOWN_KEYWORD,
            key.span,
            msg!("lower-unknown-keyword", keyword = key.text, place = phrase),
        )
        .with_label(msg!("lower-unknown-keyword-label"));
        diagnostic = match keywords::suggest(key.text, allowed.iter().copied()) {
            Some(suggestion) => diagnostic
                .with_help(msg!("lower-did-you-mean", word = suggestion.word))
                .with_fix(suggestion.fix(self.source, key.span, key.text, Spelling::Name)),
            None => diagnostic.with_help(msg!(
                "lower-keywords-here",
                keywords = allowed
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
        self.diagnostics.push(diagnostic);
    }

    /// A diagnostic for a word that is not one of `choices`.
    pub(crate) fn choice_error_text(
        &self,
        span: Span,
        found: &str,
        choices: &[&str],
        what: Message,
    ) -> Diagnostic {
        let list = choice_list(choices);
        let diagnostic = Diagnostic::error(
            codes::INVALID_CHOICE,
            span,
            msg!(
                "lower-invalid-choice",
                what = what,
                choices = list.clone(),
                found = found
            ),
        );
        match keywords::suggest(found, choices.iter().copied()) {
            Some(suggestion) => diagnostic
                .with_help(msg!("lower-did-you-mean", word = suggestion.word))
                .with_fix(suggestion.fix(self.source, span, found, Spelling::Value)),
            None => diagnostic.with_help(msg!("lower-write-choices", choices = list)),
        }
    }

    /// A diagnostic for a value that must be one of some words, or is missing.
    pub(crate) fn choice_error(
        &self,
        span: Span,
        arg: Option<&Arg>,
        choices: &[&str],
        what: Message,
    ) -> Diagnostic {
        match arg {
            Some(arg) => self.choice_error_text(span, &arg.text, choices, what),
            None => {
                let list = choice_list(choices);
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    span,
                    msg!("lower-missing-choice", what = what, choices = list.clone()),
                )
                .with_help(msg!("lower-write-choices", choices = list))
            }
        }
    }

    /// Lowers a section statement.
    pub(crate) fn section(&mut self, statement: &Statement, kind: SectionKind) -> Section {
        section::lower_section(self, statement, kind)
    }
}

/// `` `a`, `b` or `c` ``.
fn choice_list(choices: &[&str]) -> Message {
    or_list(choices.iter().map(|c| quoted(c)).collect())
}

/// A word of the language or of a value, in backticks: `` `revideres` ``.
pub(crate) fn quoted(text: &str) -> Message {
    msg!("lower-quoted", text = text)
}

/// Phrases joined as a list in the reader's language: `a, b or c` (`a, b eller c`),
/// and one phrase alone. Every caller has at least one; none gives empty backticks.
pub(crate) fn or_list(mut items: Vec<Message>) -> Message {
    let Some(last) = items.pop() else {
        return msg!("lower-quoted", text = "");
    };
    let mut init = items.into_iter();
    let Some(first) = init.next() else {
        return last;
    };
    let init = init.fold(first, |list, item| {
        msg!("lower-list-comma", list = list, item = item)
    });
    msg!("lower-list-or", list = init, last = last)
}

/// Remembers which single-valued fields a block has set.
#[derive(Default)]
pub(crate) struct Seen {
    first: Vec<(String, Span)>,
}

impl Seen {
    /// Returns whether this is the first time the statement's keyword is seen;
    /// reports a repeat otherwise.
    pub(crate) fn once(&mut self, lowerer: &mut Lowerer<'_>, statement: &Statement) -> bool {
        let key = statement.key.as_str();
        if let Some((_, first)) = self.first.iter().find(|(k, _)| k == key) {
            lowerer.diagnostics.push(
                Diagnostic::error(
                    codes::REPEATED_FIELD,
                    statement.key.span,
                    msg!("lower-repeated-field", keyword = key),
                )
                .with_secondary(*first, msg!("lower-repeated-field-label"))
                .with_help(msg!("lower-repeated-field-help", keyword = key)),
            );
            return false;
        }
        self.first.push((key.to_owned(), statement.span));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lowering consumes the tree with the same result as when it borrows it, and
    /// holds each list at its exact length.
    #[test]
    fn owned_lowering_gives_the_same_standard_in_exact_lists() {
        let text = include_str!("../../standards/glostrup/2024.kvs");
        let source = SourceFile::new("glostrup.kvs", text);
        let (tree, _) = crate::syntax::parse(text);
        let (borrowed, borrowed_diagnostics) = lower(&tree, &source);
        let (owned, owned_diagnostics) = lower_owned(tree, &source);
        assert_eq!(format!("{borrowed:?}"), format!("{owned:?}"));
        assert_eq!(
            format!("{borrowed_diagnostics:?}"),
            format!("{owned_diagnostics:?}")
        );
        let standard = owned.unwrap_or_default();
        assert!(!standard.indsatser.is_empty());
        let exact = |what: &str, len: usize, capacity: usize| assert_eq!(len, capacity, "{what}");
        exact(
            "indsatser",
            standard.indsatser.len(),
            standard.indsatser.capacity(),
        );
        let sections = standard
            .indsatser
            .iter()
            .inspect(|i| exact("sections", i.sections.len(), i.sections.capacity()))
            .flat_map(|i| &i.sections)
            .chain(&standard.sections);
        for section in sections {
            exact("text", section.text.len(), section.text.capacity());
            exact(
                "contacts",
                section.contacts.len(),
                section.contacts.capacity(),
            );
            exact(
                "legal_basis",
                section.legal_basis.len(),
                section.legal_basis.capacity(),
            );
            for text in &section.text {
                exact("blocks", text.blocks.len(), text.blocks.capacity());
            }
        }
    }
}
