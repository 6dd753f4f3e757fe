//! The workbench (`kvalitet serve`) over HTTP: every endpoint, and every refusal of
//! the guards (Host, Origin, CSRF, access token, paths outside the folder, files that
//! are not `.kvs`, the body limit). The router runs in the test, on a copy of bundled
//! standards in a folder of its own; file watching is tested with a real watcher.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use kvalitet::model::values::Date;
use kvalitet::serve::{router, Workbench, BODY_LIMIT};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use tower::ServiceExt as _;

const HOST: &str = "127.0.0.1:8086";
const ORIGIN: &str = "http://127.0.0.1:8086";
const GLOSTRUP: &str = "glostrup/2024.kvs";

/// A folder of its own, removed when the test ends.
struct Folder(PathBuf);

impl Folder {
    fn new() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("kvalitet-serve-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the test folder");
        Self(path)
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A workbench on a folder with two bundled standards (`glostrup/2024.kvs`, and
/// `hjoerring/2024.kvs` and `2027.kvs`), and a `.kvs` file beside the folder.
struct Bench {
    folder: Folder,
    root: PathBuf,
    state: Arc<Workbench>,
    app: Router,
}

impl Bench {
    fn new(listen: bool) -> Self {
        Self::with_hosts(listen, vec![HOST.to_owned()])
    }

    fn with_hosts(listen: bool, hosts: Vec<String>) -> Self {
        let folder = Folder::new();
        let root = folder.0.join("root");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
        for name in [GLOSTRUP, "hjoerring/2024.kvs", "hjoerring/2027.kvs"] {
            let target = root.join(name);
            std::fs::create_dir_all(target.parent().expect("a folder")).expect("create");
            std::fs::copy(repo.join(name), target).expect("copy a standard");
        }
        std::fs::write(
            folder.0.join("outside.kvs"),
            "kvalitetsstandard \"Ude\" {}\n",
        )
        .expect("write");
        std::fs::write(root.join("notes.txt"), "not a standard\n").expect("write");
        let today = Date::parse_iso("2026-11-23");
        let state = Arc::new(Workbench::new(&root, hosts, listen, today).expect("a workbench"));
        let app = router(state.clone());
        Self {
            folder,
            root,
            state,
            app,
        }
    }

    fn csrf(&self) -> String {
        self.state.session.csrf.clone()
    }

    async fn send(&self, request: Request<Body>) -> (StatusCode, axum::http::HeaderMap, String) {
        let response = self.app.clone().oneshot(request).await.expect("a response");
        let status = response.status();
        let headers = response.headers().clone();
        let body = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .expect("a body");
        (status, headers, String::from_utf8_lossy(&body).into_owned())
    }

    async fn get(&self, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
        self.send(get(uri)).await
    }

    async fn post(&self, uri: &str, body: Value) -> (StatusCode, String) {
        let (status, _, text) = self.send(post(uri, &body, &self.csrf())).await;
        (status, text)
    }
}

fn get(uri: &str) -> Request<Body> {
    Request::get(uri)
        .header(header::HOST, HOST)
        .body(Body::empty())
        .expect("a request")
}

fn post(uri: &str, body: &Value, csrf: &str) -> Request<Body> {
    Request::post(uri)
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header("x-kvalitet-csrf", csrf)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .expect("a request")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// Every script of a page is loaded from the server (`src=`), none is inline.
fn assert_no_inline_script(page: &str) {
    for tag in page.split("<script").skip(1) {
        let tag = tag.split('>').next().expect("a tag");
        assert!(
            tag.starts_with(" src=\"/assets/"),
            "an inline script: <script{tag}>"
        );
    }
}

fn policy(headers: &axum::http::HeaderMap) -> String {
    headers
        .get(header::CONTENT_SECURITY_POLICY)
        .expect("a Content-Security-Policy")
        .to_str()
        .expect("text")
        .to_owned()
}

#[tokio::test]
async fn the_overview_and_editor_pages_carry_a_strict_policy_and_no_inline_script() {
    let bench = Bench::new(false);
    for uri in ["/", "/edit?path=glostrup/2024.kvs"] {
        let (status, headers, page) = bench.get(uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}: {page}");
        let policy = policy(&headers);
        assert!(policy.contains("script-src 'self'"), "{uri}: {policy}");
        assert!(policy.contains("frame-ancestors 'none'"), "{uri}: {policy}");
        assert!(!policy.contains("unsafe"), "{uri}: {policy}");
        assert_no_inline_script(&page);
        assert!(
            page.contains(&format!("content=\"{}\"", bench.csrf())),
            "{uri}"
        );
    }
    let (_, _, editor) = bench.get("/edit?path=glostrup/2024.kvs").await;
    assert!(editor.contains("data-path=\"glostrup/2024.kvs\""));
    assert!(
        editor.contains("sandbox=\"allow-same-origin\""),
        "the preview frame is sandboxed"
    );
    // The other versions of the municipality's standard are offered for a diff.
    let (_, _, hjoerring) = bench.get("/edit?path=hjoerring/2027.kvs").await;
    assert!(hjoerring.contains("<option value=\"hjoerring/2024.kvs\">"));
}

#[tokio::test]
async fn the_scripts_and_stylesheets_are_served_from_the_binary() {
    let bench = Bench::new(false);
    for (uri, kind) in [
        ("/assets/overview.js", "text/javascript"),
        ("/assets/editor.js", "text/javascript"),
        ("/assets/workbench.css", "text/css"),
        ("/style.css", "text/css"),
    ] {
        let (status, headers, body) = bench.get(uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(headers[header::CONTENT_TYPE]
            .to_str()
            .expect("text")
            .starts_with(kind));
        assert!(!body.is_empty());
    }
    let (status, _, _) = bench.get("/assets/../Cargo.toml").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = bench.get("/assets/secret.js").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_list_holds_every_standard_with_its_status_and_findings() {
    let bench = Bench::new(false);
    let (status, _, body) = bench.get("/api/files").await;
    assert_eq!(status, StatusCode::OK);
    let list = json(&body);
    let paths: Vec<&str> = list
        .as_array()
        .expect("a list")
        .iter()
        .map(|e| e["path"].as_str().expect("a path"))
        .collect();
    assert_eq!(
        paths,
        [GLOSTRUP, "hjoerring/2024.kvs", "hjoerring/2027.kvs"]
    );
    let glostrup = &list[0];
    assert_eq!(glostrup["municipality"], "Glostrup");
    assert_eq!(glostrup["year"], 2024);
    // Glostrup's document states no approval date.
    assert_eq!(glostrup["status"], "udkast");
    for entry in list.as_array().expect("a list") {
        for key in ["errors", "warnings", "advice"] {
            assert!(entry[key].is_u64(), "{entry}");
        }
        assert!(
            ["udkast", "godkendt", "forældet"].contains(&entry["status"].as_str().expect("text"))
        );
    }
}

#[tokio::test]
async fn a_file_is_read_with_its_hash() {
    let bench = Bench::new(false);
    let (status, _, body) = bench.get("/api/file?path=glostrup/2024.kvs").await;
    assert_eq!(status, StatusCode::OK);
    let file = json(&body);
    let disk = std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read");
    assert_eq!(file["text"], disk.as_str());
    assert!(file["hash"].as_str().is_some_and(|h| !h.is_empty()));
}

/// Glostrup's standard with `revideres` misspelled.
fn misspelled(bench: &Bench) -> (String, String) {
    let disk = std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read");
    let text = disk.replacen("  revideres årligt", "  revideers årligt", 1);
    assert_ne!(text, disk);
    (disk, text)
}

#[tokio::test]
async fn a_check_lists_the_findings_with_fixes_and_makes_the_preview() {
    let bench = Bench::new(false);
    let (_, text) = misspelled(&bench);
    let (status, body) = bench
        .post("/api/check", json!({ "path": GLOSTRUP, "text": text }))
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let checked = json(&body);
    let findings = checked["findings"].as_array().expect("findings");
    let misspelling = findings
        .iter()
        .find(|f| f["code"] == "KS010")
        .unwrap_or_else(|| panic!("no KS010 in {body}"));
    assert_eq!(misspelling["line"], 18);
    assert!(misspelling["fix"]["title"]
        .as_str()
        .is_some_and(|t| t.contains("revideres")));
    // Offsets count UTF-16 units as the browser does: `revideers` at its place.
    let start = misspelling["start"].as_u64().expect("a number") as usize;
    let end = misspelling["end"].as_u64().expect("a number") as usize;
    let units: Vec<u16> = text.encode_utf16().collect();
    assert_eq!(String::from_utf16_lossy(&units[start..end]), "revideers");
    // The preview is the author's preview of the text checked, with the page's policy.
    let (status, headers, page) = bench.get("/preview?path=glostrup/2024.kvs").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Glostrup"), "{page}");
    let policy = policy(&headers);
    assert!(!policy.contains("script-src"), "{policy}");
    assert!(policy.contains("frame-ancestors 'self'"), "{policy}");
}

#[tokio::test]
async fn a_text_without_a_standard_has_no_preview_but_its_findings() {
    let bench = Bench::new(false);
    let (status, body) = bench
        .post(
            "/api/check",
            json!({ "path": GLOSTRUP, "text": "# no standard\n" }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(!json(&body)["findings"]
        .as_array()
        .expect("findings")
        .is_empty());
    let (_, _, page) = bench.get("/preview?path=glostrup/2024.kvs").await;
    assert!(page.contains("ingen forhåndsvisning"), "{page}");
}

#[tokio::test]
async fn a_fix_is_applied_to_the_text_and_a_stale_index_is_refused() {
    let bench = Bench::new(false);
    let (disk, text) = misspelled(&bench);
    let (_, body) = bench
        .post("/api/check", json!({ "path": GLOSTRUP, "text": text }))
        .await;
    let checked = json(&body);
    let index = checked["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["code"] == "KS010")
        .expect("KS010")["index"]
        .clone();
    let (status, body) = bench
        .post(
            "/api/fix",
            json!({ "path": GLOSTRUP, "text": text, "index": index }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(json(&body)["text"], disk.as_str());
    // The file on disk is not touched by a fix.
    assert_eq!(
        std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read"),
        disk
    );
    let (status, _) = bench
        .post(
            "/api/fix",
            json!({ "path": GLOSTRUP, "text": text, "index": 100_000 }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_save_writes_the_file_and_a_save_over_a_changed_file_is_refused() {
    let bench = Bench::new(false);
    let (disk, text) = misspelled(&bench);
    let (_, _, body) = bench.get("/api/file?path=glostrup/2024.kvs").await;
    let hash = json(&body)["hash"].clone();
    let (status, body) = bench
        .post(
            "/api/save",
            json!({ "path": GLOSTRUP, "text": text, "hash": hash }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let saved = json(&body);
    let on_disk = std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read");
    assert_eq!(on_disk, text);
    assert_ne!(saved["hash"], hash);
    // The old hash no longer matches what is on disk: refused, the file left alone,
    // and the answer holds the file's text now and a diff to the editor's text.
    let (status, body) = bench
        .post(
            "/api/save",
            json!({ "path": GLOSTRUP, "text": disk, "hash": hash }),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    let conflict = json(&body);
    assert!(conflict["message"]
        .as_str()
        .is_some_and(|m| m.contains("ændret på disken")));
    assert_eq!(conflict["text"], text.as_str());
    assert_eq!(conflict["hash"], saved["hash"]);
    assert!(conflict["diff"]
        .as_str()
        .is_some_and(|d| d.contains("+  revideres årligt")));
    assert_eq!(
        std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read"),
        text
    );
    // With the hash of what is on disk now, the save goes through.
    let (status, _) = bench
        .post(
            "/api/save",
            json!({ "path": GLOSTRUP, "text": disk, "hash": saved["hash"] }),
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read"),
        disk
    );
}

#[tokio::test]
async fn a_save_can_format_the_text() {
    let bench = Bench::new(false);
    let disk = std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read");
    let untidy = disk.replacen("  år 2024", "  år     2024", 1);
    let hash = json(&bench.get("/api/file?path=glostrup/2024.kvs").await.2)["hash"].clone();
    let (status, body) = bench
        .post(
            "/api/save",
            json!({ "path": GLOSTRUP, "text": untidy, "hash": hash, "format": true }),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let on_disk = std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read");
    assert!(on_disk.contains("  år 2024\n"), "not formatted");
    assert_eq!(json(&body)["text"], on_disk.as_str());
    // A text that cannot be read as written cannot be formatted: nothing is written.
    let hash = json(&body)["hash"].clone();
    let (status, _) = bench
        .post(
            "/api/save",
            json!({ "path": GLOSTRUP, "text": "kvalitetsstandard {", "hash": hash, "format": true }),
        )
        .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read"),
        on_disk
    );
}

#[tokio::test]
async fn next_years_draft_is_written_beside_the_standard_once() {
    let bench = Bench::new(false);
    let (status, body) = bench.post("/api/draft", json!({ "path": GLOSTRUP })).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let made = json(&body);
    assert_eq!(made["path"], "glostrup/2027.kvs");
    assert_eq!(made["year"], 2027);
    let draft = std::fs::read_to_string(bench.root.join("glostrup/2027.kvs")).expect("read");
    assert!(draft.contains("år 2027"), "{draft}");
    // Never over a file that exists.
    let (status, body) = bench.post("/api/draft", json!({ "path": GLOSTRUP })).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(
        std::fs::read_to_string(bench.root.join("glostrup/2027.kvs")).expect("read"),
        draft
    );
}

#[tokio::test]
async fn the_diff_view_is_the_diff_report_without_script() {
    let bench = Bench::new(false);
    let (status, headers, page) = bench
        .get("/diff?old=hjoerring/2024.kvs&new=hjoerring/2027.kvs")
        .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert!(page.contains("Hjørring 2024 → Hjørring 2027"), "{page}");
    assert!(!policy(&headers).contains("script-src"));
    assert!(!page.contains("<script"));
    let (status, _, _) = bench
        .get("/diff?old=../outside.kvs&new=hjoerring/2027.kvs")
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_code_is_explained_and_an_unknown_one_is_not_found() {
    let bench = Bench::new(false);
    let (status, _, page) = bench.get("/explain/KS010").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("KS010"));
    let (status, _, page) = bench.get("/explain/KS140").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("stale-approval"));
    // In the workbench's language, Danish unless chosen.
    assert!(
        page.contains("Standarden blev godkendt for mere end et år siden."),
        "{page}"
    );
    assert!(page.contains("## Hvad den finder"), "{page}");
    assert!(page.contains("<p lang=\"da\">"), "{page}");
    let (status, _, _) = bench.get("/explain/%3Cscript%3E").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn changes_on_disk_are_sent_to_the_pages() {
    let bench = Bench::new(false);
    let (status, headers, _) = {
        let response = bench
            .app
            .clone()
            .oneshot(get("/api/events"))
            .await
            .expect("a response");
        (response.status(), response.headers().clone(), ())
    };
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers[header::CONTENT_TYPE], "text/event-stream");
    let mut changes = bench.state.changes.subscribe();
    let watcher = kvalitet::serve::watch(&bench.state).expect("a watcher");
    std::fs::write(
        bench.root.join("hjoerring/2027.kvs"),
        "kvalitetsstandard \"Ny\" {}\n",
    )
    .expect("write");
    let name = tokio::time::timeout(std::time::Duration::from_secs(10), changes.recv())
        .await
        .expect("a change within 10 s")
        .expect("a name");
    assert_eq!(name, "hjoerring/2027.kvs");
    drop(watcher);
}

#[tokio::test]
async fn a_request_for_another_host_is_refused() {
    let bench = Bench::new(false);
    for host in [
        Some("evil.example:8086"),
        Some("127.0.0.1:9999"),
        Some("evil.example"),
        None,
    ] {
        let mut request = Request::get("/api/files");
        if let Some(host) = host {
            request = request.header(header::HOST, host);
        }
        let (status, _, body) = bench
            .send(request.body(Body::empty()).expect("a request"))
            .await;
        assert_eq!(status, StatusCode::MISDIRECTED_REQUEST, "{host:?}");
        assert!(body.contains("Host"), "{body}");
    }
}

#[tokio::test]
async fn a_change_without_the_origin_or_the_csrf_token_is_refused() {
    let bench = Bench::new(false);
    let hash = json(&bench.get("/api/file?path=glostrup/2024.kvs").await.2)["hash"].clone();
    let body = json!({ "path": GLOSTRUP, "text": "kvalitetsstandard \"X\" {}\n", "hash": hash });
    let cases: [(Option<&str>, Option<String>); 5] = [
        (None, Some(bench.csrf())),
        (Some("http://evil.example"), Some(bench.csrf())),
        (Some("https://127.0.0.1:8086"), Some(bench.csrf())),
        (Some(ORIGIN), None),
        (Some(ORIGIN), Some("0".repeat(32))),
    ];
    for (origin, csrf) in cases {
        let mut request = Request::post("/api/save")
            .header(header::HOST, HOST)
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        if let Some(csrf) = &csrf {
            request = request.header("x-kvalitet-csrf", csrf);
        }
        let request = request
            .body(Body::from(body.to_string()))
            .expect("a request");
        let (status, _, text) = bench.send(request).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{origin:?} {csrf:?}: {text}");
    }
    let disk = std::fs::read_to_string(bench.root.join(GLOSTRUP)).expect("read");
    assert!(disk.contains("Glostrup"), "a refused save wrote the file");
}

#[tokio::test]
async fn nothing_outside_the_folder_and_nothing_but_kvs_is_reached() {
    let bench = Bench::new(false);
    #[cfg(unix)]
    std::os::unix::fs::symlink(
        bench.folder.0.join("outside.kvs"),
        bench.root.join("link.kvs"),
    )
    .expect("a link");
    let outside = std::fs::read_to_string(bench.folder.0.join("outside.kvs")).expect("read");
    let names = [
        "../outside.kvs",
        "glostrup/../../outside.kvs",
        "./glostrup/2024.kvs",
        "/etc/passwd",
        "%2Fetc%2Fpasswd",
        "..%2Foutside.kvs",
        "notes.txt",
        "glostrup",
        "glostrup%5C2024.kvs",
        "link.kvs",
        "missing.kvs",
        "",
    ];
    for name in names {
        let (status, _, body) = bench.get(&format!("/api/file?path={name}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{name}: {body}");
        let (status, _, _) = bench.get(&format!("/edit?path={name}")).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{name}");
        let decoded = name.replace("%2F", "/").replace("%5C", "\\");
        for uri in ["/api/check", "/api/save", "/api/draft"] {
            let (status, body) = bench
                .post(uri, json!({ "path": decoded, "text": "x", "hash": "x" }))
                .await;
            assert_eq!(status, StatusCode::NOT_FOUND, "{uri} {name}: {body}");
        }
    }
    assert_eq!(
        std::fs::read_to_string(bench.folder.0.join("outside.kvs")).expect("read"),
        outside
    );
    // The link is not listed either.
    let (_, _, list) = bench.get("/api/files").await;
    assert!(
        !list.contains("link.kvs") && !list.contains("notes.txt"),
        "{list}"
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let bench = Bench::new(false);
    let text = "x".repeat(BODY_LIMIT + 1);
    let (status, _) = bench
        .post("/api/check", json!({ "path": GLOSTRUP, "text": text }))
        .await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn with_listen_every_request_carries_the_access_token() {
    let bench = Bench::new(true);
    let token = bench.state.session.access.clone().expect("an access token");
    assert_eq!(token.len(), 32);
    let (status, _, _) = bench.get("/").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = bench.get("/api/files").await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _, _) = bench.get(&format!("/?token={}", "0".repeat(32))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    // The token in the address once: the answer sets the cookie that carries it on.
    let (status, headers, _) = bench.get(&format!("/?token={token}")).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = headers[header::SET_COOKIE]
        .to_str()
        .expect("text")
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let pair = cookie.split(';').next().expect("a pair").to_owned();
    let request = Request::get("/api/files")
        .header(header::HOST, HOST)
        .header(header::COOKIE, pair)
        .body(Body::empty())
        .expect("a request");
    let (status, _, _) = bench.send(request).await;
    assert_eq!(status, StatusCode::OK);
    // The scripts and stylesheets need none (they hold nothing of the folder).
    let (status, _, _) = bench.get("/assets/editor.js").await;
    assert_eq!(status, StatusCode::OK);
    // The CSRF guard still stands behind the token.
    let request = Request::post(format!("/api/draft?token={token}"))
        .header(header::HOST, HOST)
        .header(header::ORIGIN, ORIGIN)
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(json!({ "path": GLOSTRUP }).to_string()))
        .expect("a request");
    let (status, _, _) = bench.send(request).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn listening_on_every_address_takes_any_host_but_still_the_token_and_the_origin() {
    // `--listen 0.0.0.0:8086`: the machine's names are not known, so any `Host` is
    // taken, and the access token guards; a change must come from the host it is sent to.
    let bench = Bench::with_hosts(true, Vec::new());
    let token = bench.state.session.access.clone().expect("an access token");
    let request = |host: &str, origin: Option<&str>, with_token: bool| {
        let uri = if with_token {
            format!("/api/draft?token={token}")
        } else {
            "/api/draft".to_owned()
        };
        let mut request = Request::post(uri)
            .header(header::HOST, host)
            .header("x-kvalitet-csrf", bench.csrf())
            .header(header::CONTENT_TYPE, "application/json");
        if let Some(origin) = origin {
            request = request.header(header::ORIGIN, origin);
        }
        request
            .body(Body::from(json!({ "path": GLOSTRUP }).to_string()))
            .expect("a request")
    };
    let cases = [
        (
            "192.0.2.7:8086",
            Some("http://192.0.2.7:8086"),
            false,
            StatusCode::FORBIDDEN,
        ),
        (
            "192.0.2.7:8086",
            Some("http://evil.example"),
            true,
            StatusCode::FORBIDDEN,
        ),
        ("192.0.2.7:8086", None, true, StatusCode::FORBIDDEN),
        (
            "192.0.2.7:8086",
            Some("http://192.0.2.7:8086"),
            true,
            StatusCode::OK,
        ),
    ];
    for (host, origin, with_token, expected) in cases {
        let (status, _, body) = bench.send(request(host, origin, with_token)).await;
        assert_eq!(status, expected, "{host} {origin:?} {with_token}: {body}");
    }
}

#[tokio::test]
async fn an_unknown_page_is_not_found() {
    let bench = Bench::new(false);
    let (status, _, body) = bench.get("/etc/passwd").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("findes ikke"));
}
