//! The workbench's JSON endpoints: the list of standards, a file's text, the check with
//! its preview, a fix, a save, a draft, and the stream of changes on disk.

use super::{refusal, AppState};
use crate::cli::write;
use crate::diag::{Applicability, Diagnostic, Severity};
use crate::i18n::Lang;
use crate::source::SourceFile;
use crate::Compiled;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Json;
use futures_util::Stream;
use serde::{Deserialize, Serialize};
use std::convert::Infallible;
use std::path::Path;
use tokio::sync::broadcast::error::RecvError;

/// A file named by its path below the folder.
#[derive(Debug, Deserialize)]
pub struct FileQuery {
    /// The relative path.
    pub path: String,
}

/// One standard on the overview.
#[derive(Debug, Serialize)]
pub struct Entry {
    path: String,
    title: String,
    municipality: String,
    year: Option<i32>,
    /// `udkast`, `godkendt` or `forældet`.
    status: &'static str,
    errors: usize,
    warnings: usize,
    advice: usize,
}

/// `GET /api/files`: every standard below the folder, checked.
pub async fn files(State(state): State<AppState>) -> Response {
    let names = state.root.list();
    let entries = tokio::task::spawn_blocking(move || {
        names
            .into_iter()
            .filter_map(|name| {
                let real = state.root.existing(&name).ok()?;
                let bytes = std::fs::read(&real).ok()?;
                let options = state.options_for(&real);
                let compiled = crate::compile_bytes(name.clone(), bytes, &options);
                Some(entry(name, &compiled, &options))
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap_or_default();
    Json(entries).into_response()
}

fn entry(path: String, compiled: &Compiled, options: &crate::check::Options) -> Entry {
    let count = |s: Severity| {
        compiled
            .diagnostics
            .iter()
            .filter(|d| d.severity == s)
            .count()
    };
    let standard = compiled.standard.as_ref();
    let stale = compiled
        .diagnostics
        .iter()
        .any(|d| d.code == crate::check::codes::STALE_APPROVAL.code)
        || standard
            .and_then(|s| s.validity.as_ref())
            .and_then(|v| v.until.as_ref())
            .is_some_and(|until| until.value < options.today);
    let status = match standard {
        Some(s) if s.draft.is_some() || !s.proposals.is_empty() || s.approval.is_none() => "udkast",
        Some(_) if stale => "forældet",
        Some(_) => "godkendt",
        None => "udkast",
    };
    Entry {
        title: standard.map_or_else(|| path.clone(), |s| s.title.value.clone()),
        municipality: standard
            .and_then(|s| s.municipality.as_ref())
            .map_or_else(String::new, |m| m.value.clone()),
        year: standard.and_then(crate::draft::source_year),
        status,
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        advice: count(Severity::Advice),
        path,
    }
}

/// A file's text and the hash of its bytes.
#[derive(Debug, Serialize)]
pub struct FileText {
    path: String,
    text: String,
    hash: String,
}

/// `GET /api/file?path=`: the text of a standard and its content hash.
pub async fn file(State(state): State<AppState>, Query(query): Query<FileQuery>) -> Response {
    let real = match state.root.existing(&query.path) {
        Ok(real) => real,
        Err(why) => return refusal(StatusCode::NOT_FOUND, why),
    };
    match std::fs::read(&real) {
        Ok(bytes) => Json(FileText {
            hash: hash(&bytes),
            text: String::from_utf8_lossy(&bytes).into_owned(),
            path: query.path,
        })
        .into_response(),
        Err(_) => refusal(StatusCode::NOT_FOUND, "filen kan ikke læses"),
    }
}

/// The text being edited.
#[derive(Debug, Deserialize)]
pub struct Edited {
    /// The file's relative path.
    pub path: String,
    /// The text in the editor.
    pub text: String,
}

/// One finding, for the editor: offsets in UTF-16 code units, as the browser counts.
#[derive(Debug, Serialize)]
pub struct Finding {
    index: usize,
    code: &'static str,
    severity: &'static str,
    message: String,
    label: Option<String>,
    help: Option<String>,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    fix: Option<FixView>,
}

/// A finding's fix.
#[derive(Debug, Serialize)]
pub struct FixView {
    title: String,
    safe: bool,
}

/// The findings and the preview's version.
#[derive(Debug, Serialize)]
pub struct Checked {
    findings: Vec<Finding>,
    /// The language of the findings' texts (`da` or `en`), for the page's `lang`.
    lang: &'static str,
    /// Bumped at every check, so the preview frame loads the newest page.
    preview: u64,
}

/// `POST /api/check`: the findings on the text, and the preview page made of it (kept
/// for `GET /preview`).
pub async fn check(State(state): State<AppState>, Json(edited): Json<Edited>) -> Response {
    let real = match state.root.existing(&edited.path) {
        Ok(real) => real,
        Err(why) => return refusal(StatusCode::NOT_FOUND, why),
    };
    let worker = state.clone();
    let result = tokio::task::spawn_blocking(move || {
        let options = worker.options_for(&real);
        let compiled =
            crate::compile_guarded(SourceFile::new(edited.path.clone(), edited.text), &options);
        let page = preview_page(&compiled, &options);
        let version = worker.store_preview(&edited.path, page);
        Checked {
            findings: findings(&compiled, worker.lang),
            lang: worker.lang.code(),
            preview: version,
        }
    })
    .await;
    match result {
        Ok(checked) => Json(checked).into_response(),
        Err(_) => refusal(StatusCode::INTERNAL_SERVER_ERROR, "kontrollen fejlede"),
    }
}

/// The author's preview of a compiled standard, or a short page that says why there
/// is none.
fn preview_page(compiled: &Compiled, options: &crate::check::Options) -> String {
    let page = compiled.standard.as_ref().map(|standard| {
        crate::emit::html::standard_page(
            standard,
            &compiled.source,
            &compiled.diagnostics,
            crate::emit::html::Options {
                stem: Path::new("preview"),
                preview: true,
                registry: &options.registry,
            },
        )
    });
    match page {
        Some(Ok(page)) => page,
        _ => super::pages::no_preview(),
    }
}

fn findings(compiled: &Compiled, lang: Lang) -> Vec<Finding> {
    let text = &compiled.source.text;
    let mut offsets: Vec<usize> = compiled
        .diagnostics
        .iter()
        .flat_map(|d| [d.span.start(), d.span.end()])
        .collect();
    let units = utf16_offsets(text, &mut offsets);
    let at = |byte: usize| units.get(&byte).copied().unwrap_or(0);
    compiled
        .diagnostics
        .iter()
        .enumerate()
        .map(|(index, d)| {
            let (line, column) = compiled.source.line_col(d.span.start());
            Finding {
                index,
                code: d.code,
                severity: d.severity.as_str(),
                message: d.message.text(lang),
                label: d.label.as_ref().map(|m| m.text(lang)),
                help: d.help.as_ref().map(|m| m.text(lang)),
                start: at(d.span.start()),
                end: at(d.span.end()),
                line,
                column,
                fix: d.fix.as_ref().map(|f| FixView {
                    title: f.title.text(lang),
                    safe: f.applicability == Applicability::Safe,
                }),
            }
        })
        .collect()
}

/// The UTF-16 offset of each byte offset, in one pass over the text.
fn utf16_offsets(text: &str, offsets: &mut [usize]) -> std::collections::HashMap<usize, usize> {
    offsets.sort_unstable();
    let mut map = std::collections::HashMap::with_capacity(offsets.len());
    let mut wanted = offsets.iter().peekable();
    let mut units = 0;
    for (byte, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        while let Some(&&offset) = wanted.peek() {
            if offset > byte {
                break;
            }
            map.insert(offset, units);
            wanted.next();
        }
        units += c.len_utf16();
    }
    map
}

/// A fix to apply.
#[derive(Debug, Deserialize)]
pub struct FixRequest {
    /// The file's relative path.
    pub path: String,
    /// The text in the editor.
    pub text: String,
    /// The index of the finding, as `/api/check` numbered it.
    pub index: usize,
}

/// The text after a fix.
#[derive(Debug, Serialize)]
pub struct Fixed {
    text: String,
}

/// `POST /api/fix`: the text with one finding's fix applied (checked again, so the
/// index names the same finding as the check the page showed).
pub async fn fix(State(state): State<AppState>, Json(request): Json<FixRequest>) -> Response {
    let real = match state.root.existing(&request.path) {
        Ok(real) => real,
        Err(why) => return refusal(StatusCode::NOT_FOUND, why),
    };
    let worker = state.clone();
    let result = tokio::task::spawn_blocking(move || {
        let options = worker.options_for(&real);
        let compiled =
            crate::compile_guarded(SourceFile::new(request.path, request.text), &options);
        let diagnostic: Option<&Diagnostic> = compiled
            .diagnostics
            .get(request.index)
            .filter(|d| d.fix.is_some());
        diagnostic.map(|d| {
            crate::fix::apply_fixes(
                &compiled.source.text,
                std::slice::from_ref(d),
                Applicability::Unsafe,
            )
        })
    })
    .await;
    match result {
        Ok(Some(applied)) if !applied.fixed.is_empty() => {
            Json(Fixed { text: applied.text }).into_response()
        }
        Ok(_) => refusal(
            StatusCode::CONFLICT,
            "rettelsen passer ikke længere til teksten; vent på den nye kontrol og prøv igen",
        ),
        Err(_) => refusal(StatusCode::INTERNAL_SERVER_ERROR, "rettelsen fejlede"),
    }
}

/// A save.
#[derive(Debug, Deserialize)]
pub struct SaveRequest {
    /// The file's relative path.
    pub path: String,
    /// The text to write.
    pub text: String,
    /// The hash of the file as the page opened it.
    pub hash: String,
    /// Whether to write the text in the canonical layout.
    #[serde(default)]
    pub format: bool,
}

/// A save done: the text written and its hash.
#[derive(Debug, Serialize)]
pub struct Saved {
    text: String,
    hash: String,
}

/// A save refused because the file changed on disk.
#[derive(Debug, Serialize)]
pub struct Conflict {
    message: &'static str,
    /// What the file holds now.
    text: String,
    hash: String,
    /// From the file on disk to the text in the editor, as a unified diff.
    diff: String,
}

/// `POST /api/save`: writes the text atomically if the file still holds what the page
/// opened (its hash); else 409 with the file's text now and a diff.
pub async fn save(State(state): State<AppState>, Json(request): Json<SaveRequest>) -> Response {
    let real = match state.root.existing(&request.path) {
        Ok(real) => real,
        Err(why) => return refusal(StatusCode::NOT_FOUND, why),
    };
    let current = match std::fs::read(&real) {
        Ok(bytes) => bytes,
        Err(_) => return refusal(StatusCode::NOT_FOUND, "filen kan ikke læses"),
    };
    if hash(&current) != request.hash {
        return conflict(&current, &request.text);
    }
    let text = if request.format {
        match crate::format_source(&SourceFile::new(request.path.clone(), request.text.clone())) {
            Ok(formatted) => formatted,
            Err(_) => {
                return refusal(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "teksten kan ikke formateres, før sprogfejlene er rettet; gem uden formatering",
                )
            }
        }
    } else {
        request.text
    };
    match write::replace_contents(&real, &current, text.as_bytes()) {
        Ok(()) => Json(Saved {
            hash: hash(text.as_bytes()),
            text,
        })
        .into_response(),
        Err(_) => match std::fs::read(&real) {
            Ok(now) if now != current => conflict(&now, &text),
            _ => refusal(StatusCode::INTERNAL_SERVER_ERROR, "filen kunne ikke gemmes"),
        },
    }
}

fn conflict(current: &[u8], edited: &str) -> Response {
    let now = String::from_utf8_lossy(current).into_owned();
    let diff = similar::TextDiff::from_lines(now.as_str(), edited)
        .unified_diff()
        .header("på disken", "i editoren")
        .to_string();
    (
        StatusCode::CONFLICT,
        Json(Conflict {
            message: "Filen er ændret på disken, siden du åbnede den, så den blev ikke gemt. \
                      Se forskellen, og vælg at hente den nye version eller at gemme din over den.",
            hash: hash(current),
            text: now,
            diff,
        }),
    )
        .into_response()
}

/// A draft made.
#[derive(Debug, Serialize)]
pub struct Drafted {
    path: String,
    year: i32,
}

/// `POST /api/draft`: writes next year's draft beside the standard (never over a
/// file), as `kvalitet draft` does.
pub async fn draft(State(state): State<AppState>, Json(query): Json<FileQuery>) -> Response {
    let real = match state.root.existing(&query.path) {
        Ok(real) => real,
        Err(why) => return refusal(StatusCode::NOT_FOUND, why),
    };
    let Ok(bytes) = std::fs::read(&real) else {
        return refusal(StatusCode::NOT_FOUND, "filen kan ikke læses");
    };
    let options = state.options_for(&real);
    let source = SourceFile::new(
        query.path.clone(),
        String::from_utf8_lossy(&bytes).into_owned(),
    );
    let request = crate::draft::Request {
        year: None,
        today: options.today,
    };
    let drafted = match crate::draft::draft(&source, &options, request) {
        Ok(drafted) => drafted,
        Err(crate::draft::Refusal::LanguageErrors) => {
            return refusal(
                StatusCode::UNPROCESSABLE_ENTITY,
                "standarden har sprogfejl; ret dem, før du starter næste års udkast",
            )
        }
        Err(crate::draft::Refusal::NoYear) => {
            return refusal(
                StatusCode::UNPROCESSABLE_ENTITY,
                "standarden angiver intet år (`år`, `gyldig`, `godkendt` eller `dato`)",
            )
        }
        Err(_) => {
            return refusal(
                StatusCode::INTERNAL_SERVER_ERROR,
                "udkastet kunne ikke laves",
            )
        }
    };
    let target = crate::cli::draft::default_target(
        Some(Path::new(&query.path)),
        drafted.from_year,
        drafted.year,
    );
    let name = target.to_string_lossy().replace('\\', "/");
    let real_target = match state.root.new_file(&name) {
        Ok(real) => real,
        Err(why) => return refusal(StatusCode::BAD_REQUEST, why),
    };
    match write::atomic(&real_target, drafted.text.as_bytes(), write::Replace::Never) {
        Ok(()) => Json(Drafted {
            path: name,
            year: drafted.year,
        })
        .into_response(),
        Err(write::Error::Exists) => refusal(
            StatusCode::CONFLICT,
            "udkastet findes allerede; åbn det fra oversigten",
        ),
        Err(_) => refusal(
            StatusCode::INTERNAL_SERVER_ERROR,
            "udkastet kunne ikke gemmes",
        ),
    }
}

/// `GET /api/events`: the name of each `.kvs` file that changes on disk, as it changes.
pub async fn events(
    State(state): State<AppState>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = futures_util::stream::unfold(state.changes.subscribe(), |mut changes| async {
        loop {
            match changes.recv().await {
                Ok(name) => {
                    return Some((Ok(Event::default().event("changed").data(name)), changes))
                }
                // Missed names: the pages read the file again on the next one.
                Err(RecvError::Lagged(_)) => {}
                Err(RecvError::Closed) => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// The content hash of a file's bytes (FNV-1a, 64 bits, in hex): equal bytes, equal
/// hash, in every run.
pub fn hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}-{}", bytes.len())
}
