//! `kvalitet serve`: the workbench, a local web app where a writer edits the standards
//! of a folder with the findings and the citizen page beside the text.
//!
//! One axum router ([`router`]) with its state passed in ([`AppState`]), behind one
//! guard layer (`guard.rs`: Host, access token, Origin and CSRF) and a body limit. The
//! pages and their script and stylesheet are embedded in the binary (`assets/`); the
//! pages carry a strict Content-Security-Policy (scripts from the server only, no
//! inline script). Files are reached only through `paths.rs` (`.kvs` below the folder).
//! The JSON endpoints are in `api.rs`, the pages in `pages.rs`. A watcher (`notify`)
//! sends the name of every `.kvs` file that changes on disk to the open pages, as
//! server-sent events.

mod api;
pub mod guard;
mod pages;
pub mod paths;

use crate::check::Options;
use crate::config::Discovery;
use crate::i18n::Lang;
use crate::model::values::Date;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use guard::Session;
use paths::Root;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::broadcast;

/// The largest request body accepted: a standard is some tens of kilobytes.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;

/// The state every handler is given.
pub type AppState = Arc<Workbench>;

/// The workbench: the folder, the session, the previews and the change feed.
pub struct Workbench {
    /// The folder served.
    pub root: Root,
    /// The session's tokens and accepted hosts.
    pub session: Arc<Session>,
    /// The date to judge against, if fixed (else today's).
    today: Option<Date>,
    /// The configuration in force for each file (`kvalitet.yaml`).
    discovery: Mutex<Discovery>,
    /// The newest preview page of each file, with its version.
    previews: Mutex<HashMap<String, (u64, String)>>,
    /// The last preview version given.
    version: AtomicU64,
    /// The names of the files that change on disk.
    pub changes: broadcast::Sender<String>,
    /// The language of the findings: Danish unless `--lang` or `KVALITET_LANG` says.
    pub lang: Lang,
}

impl std::fmt::Debug for Workbench {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workbench")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

impl Workbench {
    /// The workbench with its findings in `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// A workbench on `dir` for a server answering on `hosts` (`127.0.0.1:8086`); with
    /// `listen`, an access token is made. `today` fixes the date the checks judge by.
    pub fn new(
        dir: &Path,
        hosts: Vec<String>,
        listen: bool,
        today: Option<Date>,
    ) -> Result<Self, String> {
        let root = Root::new(dir)?;
        let (changes, _) = broadcast::channel(64);
        Ok(Self {
            discovery: Mutex::new(Discovery::new(&root.real)),
            root,
            session: Arc::new(Session::new(hosts, listen)),
            today,
            previews: Mutex::new(HashMap::new()),
            version: AtomicU64::new(0),
            changes,
            lang: Lang::Da,
        })
    }

    /// The checker's options for a file: the rule levels of the `kvalitet.yaml` in
    /// force for it (none if it has problems), and the date.
    pub fn options_for(&self, real: &Path) -> Options {
        let config = self
            .discovery
            .lock()
            .ok()
            .and_then(|mut d| d.for_file(real))
            .unwrap_or_default();
        let today = self
            .today
            .or(config.today)
            .unwrap_or_else(crate::model::values::Date::today);
        Options {
            rules: config.rules.clone(),
            ..Options::new(today)
        }
    }

    /// Keeps the preview page of a file and returns its version.
    fn store_preview(&self, name: &str, page: String) -> u64 {
        let version = self.version.fetch_add(1, Ordering::Relaxed) + 1;
        if let Ok(mut previews) = self.previews.lock() {
            previews.insert(name.to_owned(), (version, page));
        }
        version
    }

    /// The newest preview page of a file.
    fn preview(&self, name: &str) -> Option<String> {
        self.previews
            .lock()
            .ok()
            .and_then(|p| p.get(name).map(|(_, page)| page.clone()))
    }
}

/// A refusal in Danish, as plain text.
fn refusal(status: StatusCode, message: &'static str) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}

/// The workbench's routes, guarded and limited.
pub fn router(state: AppState) -> Router {
    let session = state.session.clone();
    Router::new()
        .route("/", get(pages::overview))
        .route("/edit", get(pages::editor))
        .route("/preview", get(pages::preview))
        .route("/diff", get(pages::diff))
        .route("/explain/{code}", get(pages::explain))
        .route("/style.css", get(pages::citizen_style))
        .route("/assets/{name}", get(pages::asset))
        .route("/api/files", get(api::files))
        .route("/api/file", get(api::file))
        .route("/api/check", post(api::check))
        .route("/api/fix", post(api::fix))
        .route("/api/save", post(api::save))
        .route("/api/draft", post(api::draft))
        .route("/api/events", get(api::events))
        .fallback(|| async { refusal(StatusCode::NOT_FOUND, "siden findes ikke") })
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(session, guard::guard))
        .with_state(state)
}

/// How `kvalitet serve` was asked to run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The folder.
    pub dir: PathBuf,
    /// The port on the loopback addresses (0 for any free port).
    pub port: u16,
    /// Another address to listen on, given explicitly (`--listen`).
    pub listen: Option<SocketAddr>,
    /// Whether to open the overview in a browser.
    pub open: bool,
    /// The date the checks judge by, if fixed.
    pub today: Option<Date>,
    /// The language of the findings.
    pub lang: Lang,
}

/// The `Host` values a server on `addr` accepts; none (any host, behind the access
/// token) for `--listen` on an unspecified address.
fn hosts_for(addr: SocketAddr, listen: bool) -> Vec<String> {
    if listen && addr.ip().is_unspecified() {
        return Vec::new();
    }
    let port = addr.port();
    let mut hosts = vec![addr.to_string()];
    if !listen {
        hosts.extend([
            format!("127.0.0.1:{port}"),
            format!("[::1]:{port}"),
            format!("localhost:{port}"),
        ]);
    }
    hosts.sort();
    hosts.dedup();
    hosts
}

/// Runs the server until interrupted; `announce` is told the address to open.
pub fn run(settings: &Settings, announce: &mut dyn FnMut(&str)) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the server: {e}"))?;
    runtime.block_on(serve(settings, announce))
}

async fn serve(settings: &Settings, announce: &mut dyn FnMut(&str)) -> Result<(), String> {
    let bind_error = |addr: SocketAddr, e: std::io::Error| format!("cannot listen on {addr}: {e}");
    let mut listeners = Vec::new();
    if let Some(addr) = settings.listen {
        listeners.push(
            tokio::net::TcpListener::bind(addr)
                .await
                .map_err(|e| bind_error(addr, e))?,
        );
    } else {
        let v4 = SocketAddr::from(([127, 0, 0, 1], settings.port));
        let first = tokio::net::TcpListener::bind(v4)
            .await
            .map_err(|e| bind_error(v4, e))?;
        let port = first.local_addr().map_or(settings.port, |a| a.port());
        listeners.push(first);
        // `::1` too, where the machine has it, on the same port.
        let v6 = SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, port));
        if let Ok(second) = tokio::net::TcpListener::bind(v6).await {
            listeners.push(second);
        }
    }
    let Some(addr) = listeners.first().and_then(|l| l.local_addr().ok()) else {
        return Err("cannot listen".to_owned());
    };
    let listen = settings.listen.is_some();
    let workbench = Arc::new(
        Workbench::new(
            &settings.dir,
            hosts_for(addr, listen),
            listen,
            settings.today,
        )?
        .with_lang(settings.lang),
    );
    let url = match &workbench.session.access {
        Some(token) => format!("http://{addr}/?token={token}"),
        None => format!("http://{addr}/"),
    };
    announce(&url);
    if settings.open {
        open_browser(&url);
    }
    let _watcher = watch(&workbench);
    let app = router(workbench);
    let mut tasks = tokio::task::JoinSet::new();
    for listener in listeners {
        let app = app.clone();
        tasks.spawn(async move { axum::serve(listener, app).await });
    }
    tokio::select! {
        _ = tokio::signal::ctrl_c() => Ok(()),
        done = tasks.join_next() => match done {
            Some(Ok(Err(e))) => Err(format!("the server stopped: {e}")),
            _ => Ok(()),
        },
    }
}

/// Watches the folder and sends the name of each `.kvs` file that changes.
pub fn watch(workbench: &AppState) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher as _;
    let sender = workbench.changes.clone();
    let root = workbench.root.clone();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else {
            return;
        };
        if matches!(event.kind, notify::EventKind::Access(_)) {
            return;
        }
        for path in event.paths {
            if path.extension().and_then(|e| e.to_str()) != Some("kvs") {
                continue;
            }
            if let Some(name) = root.name_of(&path) {
                let _ = sender.send(name);
            }
        }
    })
    .ok()?;
    watcher
        .watch(&workbench.root.real, notify::RecursiveMode::Recursive)
        .ok()?;
    Some(watcher)
}

/// Opens a URL in the desktop's browser, if there is one; failure is not an error.
fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(command)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
