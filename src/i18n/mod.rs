//! Messages in two languages, English and Danish, with Project Fluent.
//!
//! Every text a diagnostic shows (its message, its labels, its help and its fix's
//! title) is a [`Message`]: an id in the Fluent files `en.ftl` and `da.ftl` beside this
//! module, with named arguments. Stages build messages; renderers at the edge turn them
//! into text in the reader's [`Lang`]. The English file is the source of the wording
//! (the command line's default, so CI logs stay stable); the Danish one is the policy
//! writer's (the workbench's default). A test holds the two files to the same ids with
//! the same arguments, and every id the code uses to both files.
//!
//! An argument may itself be a message (`found = msg!("found-end-of-line")`), rendered
//! in the same language, so a phrase shared by many messages is translated once.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::fmt;
use std::sync::OnceLock;

/// The English messages.
pub const EN_FTL: &str = include_str!("en.ftl");
/// The Danish messages.
pub const DA_FTL: &str = include_str!("da.ftl");

/// A language kvalitet speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Lang {
    /// English: the command line's default.
    #[default]
    En,
    /// Danish: the workbench's default.
    Da,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Da];

    /// The language's code: `en` or `da`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Da => "da",
        }
    }

    /// Reads `en` or `da` (also `EN`, `da-DK`, `en_GB.UTF-8` and the like, as a locale
    /// variable holds them).
    pub fn parse(text: &str) -> Option<Lang> {
        let base = text
            .trim()
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Lang::En),
            "da" => Some(Lang::Da),
            _ => None,
        }
    }

    /// The English or the Danish of a text kept in both: `lang.pick(summary, summary_da)`.
    pub fn pick<T>(self, en: T, da: T) -> T {
        match self {
            Lang::En => en,
            Lang::Da => da,
        }
    }

    /// The language's Fluent source.
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::En => EN_FTL,
            Lang::Da => DA_FTL,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A text addressed by its Fluent id, with its arguments.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One argument of a [`Message`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Text shown as it is: a keyword, a value from the standard, a name.
    Text(String),
    /// A whole number; Fluent chooses plural forms by it.
    Number(i64),
    /// A phrase of its own, rendered in the same language.
    Message(Message),
}

impl Message {
    /// A message by id, with its arguments. Usually written with [`msg!`](crate::msg).
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Self {
        Self { id, args }
    }

    /// The Fluent id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, by name.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The argument of this name, if there is one.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The text in `lang`. A message that `lang` lacks falls back to English, and one
    /// that English lacks too shows its id (a test keeps both from happening).
    pub fn text(&self, lang: Lang) -> String {
        render(lang, self).unwrap_or_else(|| {
            if lang == Lang::En {
                self.id.to_owned()
            } else {
                self.text(Lang::En)
            }
        })
    }

    /// The text in English.
    pub fn en(&self) -> String {
        self.text(Lang::En)
    }
}

/// A message with its help under it, as one text (`…\nhelp: …`), for outputs that
/// have one field for both.
pub fn with_help(message: &Message, help: Option<&Message>, lang: Lang) -> String {
    let mut text = message.text(lang);
    if let Some(help) = help {
        text.push('\n');
        text.push_str(&crate::msg!("output-help", help = help.clone()).text(lang));
    }
    text
}

/// Builds a [`Message`]: `msg!("unknown-keyword", keyword = word)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new(
            $id,
            vec![$((stringify!($name), $crate::i18n::Arg::from($value))),*],
        )
    };
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<Cow<'_, str>> for Arg {
    fn from(text: Cow<'_, str>) -> Self {
        Arg::Text(text.into_owned())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(c.to_string())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(message)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(i64, i32, i16, i8, u64, u32, u16, u8, usize, isize);

/// The two bundles, parsed once per process.
struct Bundles {
    en: FluentBundle<FluentResource>,
    da: FluentBundle<FluentResource>,
}

fn bundles() -> &'static Bundles {
    static BUNDLES: OnceLock<Bundles> = OnceLock::new();
    BUNDLES.get_or_init(|| Bundles {
        en: bundle(Lang::En),
        da: bundle(Lang::Da),
    })
}

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let locale = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![locale]);
    // Messages are plain text in terminals, JSON and HTML; no bidi isolation marks.
    bundle.set_use_isolating(false);
    // A resource with errors still holds every entry that parsed; the tests refuse errors.
    let resource = FluentResource::try_new(lang.ftl().to_owned()).unwrap_or_else(|(r, _)| r);
    // Duplicate ids keep the first; the tests refuse duplicates.
    let _ = bundle.add_resource(resource);
    bundle
}

fn render(lang: Lang, message: &Message) -> Option<String> {
    let bundles = bundles();
    let bundle = match lang {
        Lang::En => &bundles.en,
        Lang::Da => &bundles.da,
    };
    let pattern = bundle.get_message(message.id)?.value()?;
    let mut args = FluentArgs::with_capacity(message.args.len());
    for (name, arg) in &message.args {
        let value = match arg {
            Arg::Text(text) => FluentValue::from(text.as_str()),
            Arg::Number(n) => FluentValue::from(*n),
            Arg::Message(inner) => FluentValue::from(inner.text(lang)),
        };
        args.set(*name, value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    Some(text.into_owned())
}

/// What the tests need to hold the two files together: each file's ids, with the
/// variables each message uses, and the parse errors.
pub mod catalogue {
    use super::Lang;
    use fluent_syntax::ast;
    use std::collections::BTreeMap;

    /// The messages of one language, by id.
    pub type Ids = BTreeMap<String, Entry>;

    /// One message as its file writes it.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Entry {
        /// The names of the variables it uses, sorted.
        pub variables: Vec<String>,
        /// Its text with each placeable as `{}`, to tell a translation from a copy.
        pub text: String,
    }

    /// Reads `lang`'s file: its messages, its parse errors and its duplicate ids.
    pub fn read(lang: Lang) -> (Ids, Vec<String>) {
        let mut problems = Vec::new();
        let resource = match fluent_syntax::parser::parse(lang.ftl()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.extend(errors.iter().map(|e| format!("{lang}.ftl: {e:?}")));
                resource
            }
        };
        let mut ids = Ids::new();
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let mut variables = Vec::new();
                    let mut text = String::new();
                    if let Some(value) = &message.value {
                        pattern_variables(value, &mut variables);
                        for element in &value.elements {
                            match element {
                                ast::PatternElement::TextElement { value } => text.push_str(value),
                                ast::PatternElement::Placeable { .. } => text.push_str("{}"),
                            }
                        }
                    }
                    variables.sort();
                    variables.dedup();
                    let id = message.id.name.to_owned();
                    let entry = Entry { variables, text };
                    if ids.insert(id.clone(), entry).is_some() {
                        problems.push(format!("{lang}.ftl: `{id}` is defined twice"));
                    }
                    if message.value.is_none() {
                        problems.push(format!("{lang}.ftl: `{id}` has no value"));
                    }
                }
                ast::Entry::Term(term) => {
                    problems.push(format!(
                        "{lang}.ftl: term `-{}`: use messages as arguments instead",
                        term.id.name
                    ));
                }
                ast::Entry::Junk { content } => {
                    problems.push(format!("{lang}.ftl: cannot read `{}`", content.trim()));
                }
                _ => {}
            }
        }
        (ids, problems)
    }

    fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, out);
            }
        }
    }

    fn expression_variables(expression: &ast::Expression<&str>, out: &mut Vec<String>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, out);
                for variant in variants {
                    pattern_variables(&variant.value, out);
                }
            }
            ast::Expression::Inline(inline) => inline_variables(inline, out),
        }
    }

    fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut Vec<String>) {
        match inline {
            ast::InlineExpression::VariableReference { id } => out.push(id.name.to_owned()),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    inline_variables(argument, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, out)
            }
            _ => {}
        }
    }
}
