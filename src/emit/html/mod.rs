//! The citizen-facing HTML output: one page per standard, an index page and one
//! stylesheet.
//!
//! The model is turned into plain views (`view.rs`), and minijinja renders them with
//! the templates in `templates/`, embedded in the binary. Auto-escaping is on for every
//! template, so every piece of text from a standard passes through the engine's one
//! HTML escaping; no template marks text as safe. Addresses reach an `href` only
//! through `href::safe_href` (http, https, mailto, tel). The pages load nothing but
//! `style.css`, carry a Content-Security-Policy that forbids scripts, and work without
//! JavaScript.
//!
//! A preview (`Options::preview`) shows the checker's findings beside the sections
//! they concern (`preview.rs`) and is marked as not for publication. A standard that
//! holds proposals (`forslag:`) gets a preview only, with each proposal marked
//! "Forslag – ikke vedtaget": a public page shows no undecided promise ([`refusal`]).

mod body;
mod contact;
mod context;
pub(crate) mod format;
pub mod href;
mod page;
mod preview;
mod proposal;
mod section;
mod summary;
pub mod view;

use crate::diag::Diagnostic;
use crate::model::values::Date;
use crate::model::Standard;
use crate::registry::Registry;
use crate::source::SourceFile;
use minijinja::syntax::SyntaxConfig;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};
use std::path::Path;
use std::sync::OnceLock;
pub use view::IndexEntry;

/// The one stylesheet, written as `style.css` beside the index.
pub const STYLESHEET: &str = include_str!("style.css");

/// The name of the stylesheet in the output directory.
pub const STYLESHEET_NAME: &str = "style.css";

/// The name of the index page in the output directory.
pub const INDEX_NAME: &str = "index.html";

/// The templates, by name.
const TEMPLATES: [(&str, &str); 4] = [
    ("base.html", include_str!("templates/base.html")),
    ("macros.html", include_str!("templates/macros.html")),
    ("standard.html", include_str!("templates/standard.html")),
    ("index.html", include_str!("templates/index.html")),
];

/// How a page is built.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    /// Where the page goes, relative to the output directory and without extension
    /// (`glostrup/2024`).
    pub stem: &'a Path,
    /// Whether to show the checker's findings, for authors.
    pub preview: bool,
    /// The registry the standard was checked with, for the cards of the bodies it
    /// names.
    pub registry: &'a Registry,
}

/// Why no public page can be built for a standard, if none can: it holds proposals
/// (`forslag:`), and a page for citizens shows only what is decided. The message
/// names the file and where the first proposal stands; a preview is built all the
/// same.
pub fn refusal(standard: &Standard, source: &SourceFile) -> Option<String> {
    let first = standard.proposals.first()?;
    let (line, column) = source.line_col(first.mark.start());
    let count = match standard.proposals.len() {
        1 => "a proposal".to_owned(),
        n => format!("{n} proposals"),
    };
    Some(format!(
        "no page for `{}`: it holds {count} (`forslag:`), the first at line {line}, column \
         {column} (`{}`); a page for citizens shows no undecided promise: decide them, or \
         build an author's preview with --preview",
        source.name, first.keyword
    ))
}

/// The page of one standard. A public page (no preview) of a standard that holds
/// proposals is refused with [`refusal`]'s message.
pub fn standard_page(
    standard: &Standard,
    source: &SourceFile,
    diagnostics: &[Diagnostic],
    options: Options<'_>,
) -> Result<String, String> {
    if !options.preview {
        if let Some(refusal) = refusal(standard, source) {
            return Err(refusal);
        }
    }
    let (placed, findings) = if options.preview {
        preview::place(standard, source, diagnostics)
    } else {
        Default::default()
    };
    let frame = page::Frame {
        root: href::root_of(options.stem),
        source: &source.name,
        preview: options.preview,
    };
    let view = page::page(standard, frame, options.registry, placed, findings);
    render("standard.html", &view)
}

/// The entry of a standard on the index page, for a page written at `stem`, judged out
/// of date or not at `today` (the build date) with the bodies of `registry`.
pub fn index_entry(
    standard: &Standard,
    stem: &Path,
    registry: &Registry,
    today: Date,
) -> IndexEntry {
    page::index_entry(standard, href::page_href(stem), registry, today)
}

/// The index page: every standard, by municipality.
pub fn index_page(entries: &[IndexEntry], preview: bool) -> Result<String, String> {
    let mut entries = entries.to_vec();
    entries.sort_by(|a, b| {
        (&a.municipality, a.sort_year, &a.title).cmp(&(&b.municipality, b.sort_year, &b.title))
    });
    render(
        "index.html",
        &view::IndexPage {
            root: "./",
            preview,
            entries,
        },
    )
}

/// Renders a template with a view.
fn render(name: &str, view: &impl serde::Serialize) -> Result<String, String> {
    let env = environment()?;
    let template = env
        .get_template(name)
        .map_err(|e| format!("cannot load the template `{name}`: {e}"))?;
    let mut html = template
        .render(minijinja::value::Serde(view))
        .map_err(|e| format!("cannot render the template `{name}`: {e}"))?;
    if !html.ends_with('\n') {
        html.push('\n');
    }
    Ok(html)
}

/// The template environment, built once: strict about undefined values, and with
/// HTML auto-escaping for every template whatever its name.
fn environment() -> Result<&'static Environment<'static>, String> {
    static ENVIRONMENT: OnceLock<Result<Environment<'static>, String>> = OnceLock::new();
    ENVIRONMENT
        .get_or_init(|| {
            let mut env = Environment::new();
            env.set_auto_escape_callback(|_| AutoEscape::Html);
            env.set_undefined_behavior(UndefinedBehavior::Strict);
            let syntax = SyntaxConfig::builder()
                .trim_blocks(true)
                .lstrip_blocks(true)
                .build()
                .map_err(|e| format!("cannot configure the templates: {e}"))?;
            env.set_syntax(syntax);
            for (name, source) in TEMPLATES {
                env.add_template(name, source)
                    .map_err(|e| format!("cannot read the template `{name}`: {e}"))?;
            }
            Ok(env)
        })
        .as_ref()
        .map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::TEMPLATES;

    /// Escaping is the engine's alone: no template may switch it off or mark text as
    /// safe, and none may run anything or style inline.
    #[test]
    fn templates_never_bypass_escaping() {
        for (name, source) in TEMPLATES {
            let lower = source.to_lowercase();
            for forbidden in ["safe", "autoescape", "<script", " style="] {
                assert!(!lower.contains(forbidden), "{name} contains `{forbidden}`");
            }
            assert!(!has_event_handler(&lower), "{name} has an event handler");
        }
    }

    /// Whether the text has an attribute such as ` onclick=`.
    fn has_event_handler(text: &str) -> bool {
        text.split(|c: char| c.is_whitespace()).any(|word| {
            word.strip_prefix("on")
                .and_then(|rest| rest.split_once('='))
                .is_some_and(|(name, _)| {
                    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic())
                })
        })
    }
}
