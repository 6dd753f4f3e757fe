//! What the server and the client agreed on at `initialize`: the position encoding,
//! what the client can show, and the options it passed (`initializationOptions`).
//!
//! Options, all optional:
//!
//! - `documentationUrl`: where a diagnostic's code links to, a template with `{code}`,
//!   `{name}` and `{anchor}` (the anchor of the rule in `docs/rules.md`), e.g.
//!   `https://example.org/kvalitet/docs/rules.md#{anchor}`. The default,
//!   `kvalitet-docs:/{code}.md`, is served by the VS Code extension, which shows
//!   `kvalitet explain` for the code.

use super::diagnostics::documentation_address;
use super::position::Encoding;
use crate::emit::catalogue;
use crate::i18n::Lang;
use lsp_types::{InitializeParams, MarkupKind, Uri};
use std::path::PathBuf;

/// The default template of a code's documentation address.
pub const DEFAULT_DOCUMENTATION: &str = "kvalitet-docs:/{code}.md";

/// The settings of one session.
#[derive(Debug, Clone)]
pub struct Settings {
    /// How positions count characters.
    pub encoding: Encoding,
    /// Whether completions may be snippets (`$1` placeholders).
    pub snippets: bool,
    /// Whether hovers and documentation may be Markdown.
    pub markdown: bool,
    /// The template of a code's documentation address.
    pub documentation: String,
    /// The workspace's folder, if the client named one.
    pub root: Option<PathBuf>,
    /// The language of the findings: the `lang` initialization option, else the
    /// client's `locale` when it is Danish or English, else `KVALITET_LANG`, else English.
    pub lang: Lang,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            encoding: Encoding::Utf16,
            snippets: false,
            markdown: true,
            documentation: DEFAULT_DOCUMENTATION.to_owned(),
            root: None,
            lang: Lang::En,
        }
    }
}

impl Settings {
    /// The settings for a client's `initialize`.
    pub fn new(params: &InitializeParams) -> Self {
        let capabilities = &params.capabilities;
        let encoding = Encoding::negotiate(
            capabilities
                .general
                .as_ref()
                .and_then(|general| general.position_encodings.as_deref()),
        );
        let text = capabilities.text_document.as_ref();
        let snippets = text
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false);
        let markdown = text
            .and_then(|t| t.hover.as_ref())
            .and_then(|h| h.content_format.as_ref())
            .is_none_or(|formats| formats.contains(&MarkupKind::Markdown));
        let documentation = params
            .initialization_options
            .as_ref()
            .and_then(|options| options.get("documentationUrl"))
            .and_then(|url| url.as_str())
            .unwrap_or(DEFAULT_DOCUMENTATION)
            .to_owned();
        #[allow(deprecated)] // `rootUri`, for clients that send no workspace folders.
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|folders| folders.first())
            .map(|folder| &folder.uri)
            .or(params.root_uri.as_ref())
            .and_then(super::uri::to_path);
        let lang = params
            .initialization_options
            .as_ref()
            .and_then(|options| options.get("lang"))
            .and_then(|lang| lang.as_str())
            .and_then(Lang::parse)
            .or_else(|| params.locale.as_deref().and_then(Lang::parse))
            .or_else(|| {
                std::env::var("KVALITET_LANG")
                    .ok()
                    .as_deref()
                    .and_then(Lang::parse)
            })
            .unwrap_or_default();
        Self {
            encoding,
            snippets,
            markdown,
            documentation,
            root,
            lang,
        }
    }

    /// The address of a code's documentation, if the template makes one.
    pub fn documentation(&self, entry: &catalogue::Entry) -> Option<Uri> {
        documentation_address(&self.documentation, entry)
    }
}
