//! The workbench's pages: the overview, the editor, the preview frame, the diff view
//! and a code's explanation, and the embedded script and stylesheets. Every page
//! carries a strict Content-Security-Policy; only the diff report (whose stylesheet is
//! inline) allows inline style, and none allows inline script.

use super::{api::FileQuery, refusal, AppState};
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The policy of the workbench's own pages.
const PAGE_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

/// The policy of the preview: the citizen page's own (no script at all), shown only in
/// the workbench's frame.
const PREVIEW_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/// The policy of the diff report, whose stylesheet is inline: still no script.
const DIFF_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; \
     form-action 'none'; frame-ancestors 'none'";

const OVERVIEW: &str = include_str!("assets/overview.html");
const EDITOR: &str = include_str!("assets/editor.html");
const SCRIPT_OVERVIEW: &str = include_str!("assets/overview.js");
const SCRIPT_EDITOR: &str = include_str!("assets/editor.js");
const STYLE: &str = include_str!("assets/workbench.css");

/// Escapes text for HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn html(policy: &'static str, body: String) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, policy),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response()
}

/// `GET /`: the overview of the standards.
pub async fn overview(State(state): State<AppState>) -> Response {
    html(
        PAGE_POLICY,
        OVERVIEW.replace("{{csrf}}", &escape(&state.session.csrf)),
    )
}

/// `GET /edit?path=`: the editor of one standard.
pub async fn editor(State(state): State<AppState>, Query(query): Query<FileQuery>) -> Response {
    if let Err(why) = state.root.existing(&query.path) {
        return refusal(StatusCode::NOT_FOUND, why);
    }
    // Other versions of the same municipality's standard: the files in its folder.
    let folder = query.path.rsplit_once('/').map_or("", |(folder, _)| folder);
    let others: String = state
        .root
        .list()
        .into_iter()
        .filter(|name| name != &query.path)
        .filter(|name| name.rsplit_once('/').map_or("", |(f, _)| f) == folder)
        .map(|name| {
            let name = escape(&name);
            format!("<option value=\"{name}\">{name}</option>")
        })
        .collect();
    html(
        PAGE_POLICY,
        EDITOR
            .replace("{{csrf}}", &escape(&state.session.csrf))
            .replace("{{path}}", &escape(&query.path))
            .replace("{{others}}", &others),
    )
}

/// `GET /preview?path=`: the newest preview of a file, as the last check made it.
pub async fn preview(State(state): State<AppState>, Query(query): Query<FileQuery>) -> Response {
    match state.preview(&query.path) {
        Some(page) => html(PREVIEW_POLICY, page),
        None => html(PREVIEW_POLICY, no_preview()),
    }
}

/// The preview frame's page when there is no standard to show.
pub fn no_preview() -> String {
    "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Ingen \
     forhåndsvisning</title><link rel=\"stylesheet\" href=\"style.css\"></head><body><main>\
     <p>Der er ingen forhåndsvisning, før sprogfejlene i standarden er rettet.</p></main>\
     </body></html>"
        .to_owned()
}

/// Two versions to compare.
#[derive(Debug, Deserialize)]
pub struct DiffQuery {
    old: String,
    new: String,
}

/// `GET /diff?old=&new=`: what changes for citizens between two versions, the report
/// of `kvalitet diff --format html`.
pub async fn diff(State(state): State<AppState>, Query(query): Query<DiffQuery>) -> Response {
    let (old, new) = match (
        state.root.existing(&query.old),
        state.root.existing(&query.new),
    ) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(why), _) | (_, Err(why)) => return refusal(StatusCode::NOT_FOUND, why),
    };
    let worker = state.clone();
    let report = tokio::task::spawn_blocking(move || {
        let compile = |real: &std::path::Path, name: &str| {
            let bytes = std::fs::read(real).ok()?;
            let options = worker.options_for(real);
            crate::compile_bytes(name.to_owned(), bytes, &options).standard
        };
        let old_standard = compile(&old, &query.old)?;
        let new_standard = compile(&new, &query.new)?;
        let options = worker.options_for(&new);
        let report = crate::emit::diff::diff(
            (&old_standard, &query.old),
            (&new_standard, &query.new),
            &options.registry,
        );
        crate::emit::diff::render(&report, crate::emit::diff::Format::Html).ok()
    })
    .await
    .ok()
    .flatten();
    match report {
        Some(page) => html(DIFF_POLICY, page),
        None => refusal(
            StatusCode::UNPROCESSABLE_ENTITY,
            "de to versioner kan ikke sammenlignes: en af dem indeholder ingen standard",
        ),
    }
}

/// `GET /explain/{code}`: what a code means, as `kvalitet explain` says it, in the
/// workbench's language.
pub async fn explain(State(state): State<AppState>, UrlPath(code): UrlPath<String>) -> Response {
    let lang = state.lang;
    let Some(entry) = crate::emit::catalogue::find(&code.to_ascii_uppercase()).or_else(|| {
        crate::check::codes::find(&code).and_then(|r| crate::emit::catalogue::find(r.code))
    }) else {
        return refusal(StatusCode::NOT_FOUND, "koden findes ikke");
    };
    let (code, name) = (entry.code, entry.name);
    html(
        PAGE_POLICY,
        format!(
            "<!doctype html><html lang=\"da\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{code} ({name})</title><link rel=\"stylesheet\" href=\"/assets/workbench.css\">\
             </head><body><header><nav aria-label=\"Værksted\"><a href=\"/\">Oversigt</a></nav>\
             </header><main><h1>{code} ({name})</h1><p lang=\"{lang}\">{}</p>\
             <pre class=\"doc\" lang=\"{lang}\">{}</pre></main></body></html>",
            escape(entry.summary(lang)),
            escape(entry.doc(lang))
        ),
    )
}

/// `GET /style.css`: the citizen pages' stylesheet, for the preview.
pub async fn citizen_style() -> Response {
    asset_response("text/css; charset=utf-8", crate::emit::html::STYLESHEET)
}

/// `GET /assets/{name}`: the workbench's scripts and stylesheet.
pub async fn asset(UrlPath(name): UrlPath<String>) -> Response {
    match name.as_str() {
        "overview.js" => asset_response("text/javascript; charset=utf-8", SCRIPT_OVERVIEW),
        "editor.js" => asset_response("text/javascript; charset=utf-8", SCRIPT_EDITOR),
        "workbench.css" => asset_response("text/css; charset=utf-8", STYLE),
        _ => refusal(StatusCode::NOT_FOUND, "filen findes ikke"),
    }
}

fn asset_response(kind: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, kind),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        body,
    )
        .into_response()
}
