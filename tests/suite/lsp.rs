//! `kvalitet lsp` driven through its standard input and output, as an editor drives it:
//! a small JSON-RPC client (`Client`) spawns the binary, frames each message with
//! `Content-Length` and reads the server's messages on a thread of its own. Every
//! capability is asked for through the protocol, never by calling a handler.
//!
//! Each test works in a folder of its own whose name has an `æ` (so the file URIs are
//! percent-encoded), with a `kvalitet.yaml` that fixes the date the rules judge by.
//! What the server answers is rendered compactly (a diagnostic a line, a completion's
//! labels, a hover's text, the outline as an indented tree) and snapshotted.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How long any one answer may take before the test fails (the server answers in
/// milliseconds; a debug build on a busy machine gets room).
const PATIENCE: Duration = Duration::from_secs(60);

/// The configuration every test folder has: a fixed date to judge by.
const CONFIG: &str = "today: 2026-11-23\n";

/// A standard without findings, with Danish letters and an emoji before its first
/// statement (a line of its own, so UTF-16 positions differ from UTF-8 ones).
const STANDARD: &str = r#"# Testkommunen: æ, ø og å, og en emoji 😀 i en kommentar.
kvalitetsstandard "Genoptræning" {
  kommune Glostrup
  kommunekode 161
  godkendt 2026-06-01 af "Sundhedsudvalget"
  revideres årligt
  egenbetaling 0 kr
  omfang {
    hyppighed 2 gange om ugen
    længde 1½ time
  }
  frister {
    afgørelse 10 hverdage efter ansøgning
  }
  klage {
    afgørelse {
      til visitationen
      klagefrist 4 uger efter afgørelse
      genvurdering 4 uger efter klage
      videre ankestyrelsen
    }
  }
  kontakt visitationen "Visitationen" {
    telefon 43 23 66 90
  }
  særlige-forhold "Særligt" {
    kontakt visitationen
  }
}
"#;

/// A folder of its own for one test, removed when the test ends.
struct Folder(PathBuf);

impl Folder {
    fn new(files: &[(&str, &str)]) -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("kvalitet-lsp-æ-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the test folder");
        for (name, text) in files {
            std::fs::write(path.join(name), text).expect("write a file");
        }
        Self(path)
    }

    /// The `file:` URI of a file in the folder.
    fn uri(&self, name: &str) -> String {
        file_uri(&self.0.join(name))
    }
}

impl Drop for Folder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A path as a `file:` URI, percent-encoded as editors write it.
fn file_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for byte in path.to_str().expect("a UTF-8 path").bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The server, running, and the messages it has sent that no one has read yet.
struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    /// Notifications read while waiting for something else, oldest first.
    notifications: Vec<Value>,
    next_id: i64,
}

impl Client {
    /// Starts `kvalitet lsp` in `folder` and initialises it with `capabilities` and
    /// `options`; returns the client and the server's `initialize` result.
    fn start_with(folder: &Folder, capabilities: Value, options: Value) -> (Self, Value) {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kvalitet"))
            .env_remove("KVALITET_LANG")
            .arg("lsp")
            .current_dir(&folder.0)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start kvalitet lsp");
        let stdout = child.stdout.take().expect("the server's output");
        let stdin = child.stdin.take();
        let (sender, incoming) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Self {
            child,
            stdin,
            incoming,
            notifications: Vec::new(),
            next_id: 0,
        };
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": file_uri(&folder.0),
                "capabilities": capabilities,
                "initializationOptions": options,
            }),
        );
        client.notify("initialized", json!({}));
        (client, result["result"].clone())
    }

    /// Starts the server as a client without snippets and with UTF-16 positions.
    fn start(folder: &Folder) -> Self {
        Self::start_with(folder, json!({}), json!(null)).0
    }

    fn write(&mut self, message: &Value) {
        let body = message.to_string();
        let stdin = self.stdin.as_mut().expect("the server's input is open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write to the server");
        stdin.flush().expect("flush to the server");
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.write(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and waits for its response (the whole message: `result` or
    /// `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.write(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        self.wait(|message| message["id"] == json!(id), method)
    }

    /// The next message that `wanted` accepts; the notifications passed over are kept.
    fn wait(&mut self, wanted: impl Fn(&Value) -> bool, what: &str) -> Value {
        if let Some(at) = self.notifications.iter().position(&wanted) {
            return self.notifications.remove(at);
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.incoming.recv_timeout(left) {
                Ok(message) if wanted(&message) => return message,
                Ok(message) => {
                    if message.get("id").is_none() {
                        self.notifications.push(message);
                    }
                }
                Err(RecvTimeoutError::Timeout) => panic!("no answer to {what} within {PATIENCE:?}"),
                Err(RecvTimeoutError::Disconnected) => panic!("the server died waiting for {what}"),
            }
        }
    }

    /// The diagnostics published for `uri` at `version`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let message = self.wait(
            |m| {
                m["method"] == "textDocument/publishDiagnostics"
                    && m["params"]["uri"] == uri
                    && m["params"]["version"] == json!(version)
            },
            &format!("the diagnostics of version {version}"),
        );
        message["params"]["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    fn open(&mut self, uri: &str, text: &str) -> Vec<Value> {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "kvalitet", "version": 1, "text": text } }),
        );
        self.diagnostics(uri, 1)
    }

    /// Replaces the text between two positions, as version `version`.
    fn edit(&mut self, uri: &str, version: i64, from: (u32, u32), to: (u32, u32), text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri, "version": version },
                "contentChanges": [{ "range": range(from, to), "text": text }],
            }),
        );
    }

    /// A request about a position of a document.
    fn at(&mut self, method: &str, uri: &str, (line, character): (u32, u32)) -> Value {
        self.request(
            method,
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
        )
    }

    /// Shuts the server down as the protocol asks, and returns its exit code.
    fn shutdown(mut self) -> i32 {
        let answer = self.request("shutdown", json!(null));
        assert_eq!(answer["result"], json!(null), "{answer}");
        self.notify("exit", json!(null));
        self.exit_code()
    }

    fn exit_code(mut self) -> i32 {
        self.stdin = None;
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().expect("the server's status") {
                return status.code().unwrap_or(-1);
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Reads one `Content-Length`-framed message; `None` at the end of the output.
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn range(from: (u32, u32), to: (u32, u32)) -> Value {
    json!({
        "start": { "line": from.0, "character": from.1 },
        "end": { "line": to.0, "character": to.1 },
    })
}

/// The line and UTF-16 column of the first `needle` on the line that holds `line_has`.
fn find(text: &str, line_has: &str, needle: &str) -> (u32, u32) {
    for (number, line) in text.lines().enumerate() {
        if line.contains(line_has) {
            let at = line
                .find(needle)
                .unwrap_or_else(|| panic!("`{needle}` on `{line}`"));
            let column = line.get(..at).expect("a prefix").encode_utf16().count();
            return (number as u32, column as u32);
        }
    }
    panic!("no line has `{line_has}`");
}

/// The diagnostics, one a line: range, severity, code and message.
fn render_diagnostics(diagnostics: &[Value]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let r = &d["range"];
        out.push_str(&format!(
            "{}:{}-{}:{} severity {} {} {}\n",
            r["start"]["line"],
            r["start"]["character"],
            r["end"]["line"],
            r["end"]["character"],
            d["severity"],
            d["code"].as_str().unwrap_or("-"),
            d["message"].as_str().unwrap_or("").replace('\n', " | "),
        ));
    }
    out
}

/// The labels of a completion list, one a line, with what each inserts when it differs.
fn render_completion(answer: &Value) -> String {
    let items = answer["result"]["items"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    items
        .iter()
        .map(|item| {
            let label = item["label"].as_str().unwrap_or("");
            let insert = item["textEdit"]["newText"].as_str().unwrap_or("");
            if insert == label {
                format!("{label}\n")
            } else {
                format!("{label} => {insert:?}\n")
            }
        })
        .collect()
}

fn labels(answer: &Value) -> Vec<String> {
    answer["result"]["items"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .iter()
        .map(|item| item["label"].as_str().unwrap_or("").to_owned())
        .collect()
}

fn hover_text(answer: &Value) -> String {
    answer["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("a hover: {answer}"))
        .to_owned()
}

/// Applies a list of `TextEdit`s (as a client does: all against the text before them)
/// to a text, with UTF-16 positions.
fn apply(text: &str, edits: &[Value]) -> String {
    let offset = |position: &Value| -> usize {
        let line = position["line"].as_u64().expect("a line") as usize;
        let character = position["character"].as_u64().expect("a character") as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let rest = text.get(start..).expect("the rest of the text");
        let mut units = 0;
        for (at, c) in rest.char_indices() {
            if units >= character || c == '\n' {
                return start + at;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let mut spans: Vec<(usize, usize, String)> = edits
        .iter()
        .map(|edit| {
            (
                offset(&edit["range"]["start"]),
                offset(&edit["range"]["end"]),
                edit["newText"].as_str().expect("new text").to_owned(),
            )
        })
        .collect();
    spans.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut out = text.to_owned();
    for (start, end, new) in spans {
        out.replace_range(start..end, &new);
    }
    out
}

#[test]
fn initialize_negotiates_positions_and_advertises_the_capabilities() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let (client, result) = Client::start_with(&folder, json!({}), json!(null));
    let capabilities = &result["capabilities"];
    assert_eq!(capabilities["positionEncoding"], "utf-16", "the default");
    for capability in [
        "hoverProvider",
        "completionProvider",
        "definitionProvider",
        "referencesProvider",
        "renameProvider",
        "documentSymbolProvider",
        "documentFormattingProvider",
        "codeActionProvider",
    ] {
        assert!(
            !capabilities[capability].is_null(),
            "{capability}: {capabilities}"
        );
    }
    assert_eq!(capabilities["textDocumentSync"]["change"], 2, "incremental");
    assert_eq!(capabilities["renameProvider"]["prepareProvider"], true);
    assert_eq!(result["serverInfo"]["name"], "kvalitet");
    assert_eq!(client.shutdown(), 0);

    let offered = json!({ "general": { "positionEncodings": ["utf-8", "utf-16"] } });
    let (client, result) = Client::start_with(&folder, offered, json!(null));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn open_and_change_publish_diagnostics_in_utf16_columns() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    assert_eq!(
        client.open(&uri, STANDARD),
        Vec::<Value>::new(),
        "a clean standard"
    );

    // A phone number of seven digits on a line after æ, ø and an emoji: its column
    // counts them in UTF-16 units.
    let text = STANDARD.replace(
        "    telefon 43 23 66 90",
        "    note \"æøå 😀\"; telefon 43 23 669",
    );
    let (line, _) = find(STANDARD, "telefon 43", "telefon");
    let old_line = STANDARD.lines().nth(line as usize).expect("the line");
    let new_line = text.lines().nth(line as usize).expect("the line");
    let end = old_line.encode_utf16().count() as u32;
    client.edit(&uri, 2, (line, 0), (line, end), new_line);
    let diagnostics = client.diagnostics(&uri, 2);
    let phone = new_line.find("43 23 669").expect("the number");
    let column = new_line
        .get(..phone)
        .expect("a prefix")
        .encode_utf16()
        .count();
    assert_eq!(diagnostics[0]["range"]["start"]["character"], json!(column));
    assert_ne!(
        column, phone,
        "UTF-16 and UTF-8 columns differ on this line"
    );
    insta::assert_snapshot!(render_diagnostics(&diagnostics));
    let first = &diagnostics[0];
    assert_eq!(first["source"], "kvalitet");
    assert_eq!(first["data"]["name"], "invalid-phone");
    assert_eq!(first["codeDescription"]["href"], "kvalitet-docs:/KS020.md");

    // Mended again, all in one change of the whole text.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": STANDARD }] }),
    );
    assert_eq!(client.diagnostics(&uri, 3), Vec::<Value>::new());

    // Closing clears the document's diagnostics.
    client.notify(
        "textDocument/didClose",
        json!({ "textDocument": { "uri": uri } }),
    );
    let cleared = client.wait(
        |m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"].is_null(),
        "the diagnostics cleared at close",
    );
    assert_eq!(cleared["params"]["diagnostics"], json!([]));
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn diagnostics_carry_rule_names_related_places_and_documentation_links() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let options = json!({ "documentationUrl": "https://example.org/docs/rules.md#{anchor}" });
    let (mut client, _) = Client::start_with(&folder, json!({}), options);
    // Two contacts for Ankestyrelsen with different numbers (KS100), a suppression that
    // suppresses nothing (KS191) and an approval of long ago (KS140).
    let text = STANDARD
        .replace("godkendt 2026-06-01", "godkendt 2020-06-01")
        .replace(
            "  kontakt visitationen \"Visitationen\"",
            "  # kvalitet: tillad KS110 \"ingen grund\"\n  kontakt ast1 \"Ankestyrelsen\" { organ ankestyrelsen; telefon 33 41 12 00 }\n  kontakt ast2 \"Ankestyrelsen\" { organ ankestyrelsen; telefon 33 41 12 01 }\n  kontakt visitationen \"Visitationen\"",
        );
    let diagnostics = client.open(&uri, &text);
    insta::assert_snapshot!(render_diagnostics(&diagnostics));
    let conflict = diagnostics
        .iter()
        .find(|d| d["code"] == "KS100")
        .expect("KS100");
    assert_eq!(
        conflict["codeDescription"]["href"],
        "https://example.org/docs/rules.md#ks100-conflicting-contact-data"
    );
    assert!(conflict["message"]
        .as_str()
        .expect("a message")
        .contains("(conflicting-contact-data)"));
    let related = conflict["relatedInformation"]
        .as_array()
        .expect("related places");
    assert!(related.iter().all(|r| r["location"]["uri"] == uri.as_str()));
    assert!(!related.is_empty());
    let unused = diagnostics
        .iter()
        .find(|d| d["code"] == "KS191")
        .expect("KS191");
    assert_eq!(unused["tags"], json!([1]), "faded as unnecessary");
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn the_configuration_beside_the_file_applies_and_a_broken_one_is_reported() {
    let folder = Folder::new(&[(
        "kvalitet.yaml",
        "today: 2026-11-23\nrules:\n  stale-approval: error\n",
    )]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let old = STANDARD.replace("godkendt 2026-06-01", "godkendt 2020-06-01");
    let diagnostics = client.open(&uri, &old);
    let stale = diagnostics
        .iter()
        .find(|d| d["code"] == "KS140")
        .expect("KS140");
    assert_eq!(stale["severity"], 1, "an error, as the configuration says");

    // The configuration breaks: the file is checked with the default levels, and the
    // problem is reported at the top with the place in the configuration file.
    std::fs::write(
        folder.0.join("kvalitet.yaml"),
        "rules:\n  no-such-rule: error\n",
    )
    .expect("write the configuration");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": folder.uri("kvalitet.yaml"), "type": 2 }] }),
    );
    let diagnostics = client.diagnostics(&uri, 1);
    let problem = &diagnostics[0];
    assert!(problem["code"].is_null());
    assert!(problem["message"]
        .as_str()
        .expect("a message")
        .contains("no-such-rule"));
    assert_eq!(
        problem["relatedInformation"][0]["location"]["uri"],
        folder.uri("kvalitet.yaml")
    );
    let stale = diagnostics
        .iter()
        .find(|d| d["code"] == "KS140")
        .expect("KS140");
    assert_eq!(stale["severity"], 2, "a warning, its default");
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn hover_explains_keywords_findings_values_bodies_and_contacts() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let text = STANDARD.replace("revideres årligt", "revideres ved-ændringer");
    let diagnostics = client.open(&uri, &text);
    assert!(diagnostics.iter().any(|d| d["code"] == "KS142"));
    let mut out = String::new();
    for (name, line_has, needle) in [
        ("keyword", "  omfang {", "omfang"),
        ("finding", "revideres ved-ændringer", "ved-ændringer"),
        ("deadline", "afgørelse 10 hverdage", "10"),
        ("session length", "længde 1½ time", "1½"),
        ("frequency", "hyppighed 2 gange", "2 gange"),
        ("registry body", "videre ankestyrelsen", "ankestyrelsen"),
        ("contact", "til visitationen", "visitationen"),
        ("municipality", "kommune Glostrup", "Glostrup"),
    ] {
        let answer = client.at("textDocument/hover", &uri, find(&text, line_has, needle));
        out.push_str(&format!("## {name}\n\n{}\n\n", hover_text(&answer)));
    }
    assert!(out.contains("10 hverdage ≈ 14 kalenderdage (hverdage × 7/5)"));
    assert!(out.contains("1½ time = 90 min (timer × 60)"));
    assert!(out.contains("KS142 revision-only-on-change"));
    insta::assert_snapshot!(out);
    // Nothing to say inside a comment.
    let answer = client.at("textDocument/hover", &uri, (0, 5));
    assert_eq!(answer["result"], json!(null), "{answer}");
    assert_eq!(client.shutdown(), 0);
}

/// With `lang: da` in the initialization options, a finding's hover gives its rule's
/// documentation in Danish.
#[test]
fn hover_on_a_finding_speaks_the_chosen_language() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let (mut client, _) = Client::start_with(&folder, json!({}), json!({ "lang": "da" }));
    let text = STANDARD.replace("revideres årligt", "revideres ved-ændringer");
    client.open(&uri, &text);
    let answer = client.at(
        "textDocument/hover",
        &uri,
        find(&text, "revideres ved-ændringer", "ved-ændringer"),
    );
    let hover = hover_text(&answer);
    let rule = kvalitet::check::codes::REVISION_ONLY_ON_CHANGE;
    assert!(
        hover.contains("**KS142 revision-only-on-change** (advarsel som standard)"),
        "{hover}"
    );
    assert!(hover.contains(rule.summary_da), "{hover}");
    assert!(hover.contains("**Hvorfor det betyder noget**"), "{hover}");
    assert!(!hover.contains("Why it matters"), "{hover}");
    assert_eq!(client.shutdown(), 0);
}

/// With `lang: da`, the findings the server publishes are in Danish, help line included.
#[test]
fn diagnostics_speak_the_chosen_language() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let text = STANDARD.replace(
        "  kontakt visitationen \"Visitationen\"",
        "  kontakt ast1 \"Ankestyrelsen\" { organ ankestyrelsen; telefon 33 41 12 00 }\n  kontakt ast2 \"Ankestyrelsen\" { organ ankestyrelsen; telefon 33 41 12 01 }\n  kontakt visitationen \"Visitationen\"",
    );
    let message = |lang: &str| {
        let (mut client, _) = Client::start_with(&folder, json!({}), json!({ "lang": lang }));
        let diagnostics = client.open(&uri, &text);
        let conflict = diagnostics
            .iter()
            .find(|d| d["code"] == "KS100")
            .expect("KS100");
        let text = conflict["message"].as_str().unwrap_or_default().to_owned();
        assert_eq!(client.shutdown(), 0);
        text
    };
    let english = message("en");
    assert!(
        english.starts_with("conflicting phone numbers"),
        "{english}"
    );
    assert!(english.contains("\nhelp: "), "{english}");
    let danish = message("da");
    assert!(danish.starts_with("modstridende telefonnumre"), "{danish}");
    assert!(danish.contains("\nhjælp: "), "{danish}");
}

#[test]
fn completion_offers_what_may_stand_at_the_cursor() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    // A standard being written: a block left open, a value half typed.
    let text = "kvalitetsstandard \"A\" {\n  kommune Glostrup\n  kommunekode \n  revideres å\n  \n  omfang {\n    hyppighed 2 \n    længde 45 \n    \n  }\n  frister {\n    afgørelse 10 hverdage \n  }\n  klage {\n    afgørelse {\n      til \n  # kvalitet: tillad KS1\n  kontakt visitationen \"Visitationen\" {\n    telefon 43 23 66 90\n";
    client.open(&uri, text);
    let lines: Vec<&str> = text.lines().collect();
    let end_of = |line: usize| (line as u32, lines[line].encode_utf16().count() as u32);
    let mut out = String::new();
    for (name, position) in [
        ("after kommunekode", end_of(2)),
        ("a choice half typed", end_of(3)),
        ("a keyword of kvalitetsstandard", end_of(4)),
        ("a frequency after its number", end_of(6)),
        ("a duration after its number", end_of(7)),
        ("a keyword of omfang", end_of(8)),
        ("after a deadline's unit", end_of(11)),
        ("a name after til", end_of(15)),
        ("in a suppression", end_of(16)),
        ("the top of the file", (0, 0)),
    ] {
        let answer = client.at("textDocument/completion", &uri, position);
        out.push_str(&format!("## {name}\n\n{}\n", render_completion(&answer)));
    }
    insta::assert_snapshot!(out);

    // A keyword that stands once is not offered again where it stands.
    let standard = labels(&client.at("textDocument/completion", &uri, end_of(4)));
    assert!(standard.contains(&"lovgrundlag".to_owned()));
    assert!(!standard.contains(&"kommune".to_owned()), "{standard:?}");
    // Inside a string nothing is offered.
    let answer = client.at("textDocument/completion", &uri, (0, 20));
    assert_eq!(labels(&answer), Vec::<String>::new());
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn every_value_offered_reads_back_without_language_errors() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    // Completed where each line's first part ends; each item offered is put there, and
    // the line is finished with its second part.
    let cases = [
        ("  revideres ", ""),
        ("  kommune Glostrup; kommunekode ", ""),
        ("  kommune ", ""),
        ("  lovgrundlag ", ""),
        ("  omfang { hyppighed 2 ", " }"),
        ("  omfang { længde 45 ", " }"),
        ("  omfang { gange op til 20 ", " }"),
        ("  frister { afgørelse 10 ", " efter ansøgning }"),
        ("  frister { afgørelse 10 hverdage ", " ansøgning }"),
        ("  egenbetaling { træning 100 ", " }"),
        ("  kørsel { tilbydes ", " }"),
        ("  leverandør { frit-valg ", " }"),
        ("  ramme { form ", " }"),
        ("  ramme { sted ", " }"),
        ("  ansøgning { søges-af ", " }"),
        ("  klage { afgørelse { til ", " } }"),
        ("  kontakt x \"X\" { organ ", " }"),
    ];
    let options = kvalitet::check::Options::new(kvalitet::model::values::Date::ymd(2026, 11, 23));
    for (version, (before, after)) in (1..).zip(cases) {
        let text = format!("kvalitetsstandard \"A\" {{\n{before}{after}\n}}\n");
        client.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "kvalitet", "version": version, "text": text } }),
        );
        let cursor = (1, before.encode_utf16().count() as u32);
        let answer = client.at("textDocument/completion", &uri, cursor);
        let items = answer["result"]["items"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        assert!(!items.is_empty(), "nothing offered after `{before}`");
        for item in items {
            let new = item["textEdit"]["newText"].as_str().expect("an edit");
            let completed = format!("kvalitetsstandard \"A\" {{\n{before}{new}{after}\n}}\n");
            let compiled = kvalitet::compile(
                kvalitet::source::SourceFile::new("a.kvs", completed.clone()),
                &options,
            );
            let errors: Vec<String> = compiled
                .diagnostics
                .iter()
                .filter(|d| kvalitet::diag::codes::find(d.code).is_some())
                .map(|d| format!("{} {}", d.code, d.message.en()))
                .collect();
            assert_eq!(errors, Vec::<String>::new(), "{completed}");
        }
    }
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn definition_references_and_rename_follow_a_contact() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    client.open(&uri, STANDARD);
    let reference = find(STANDARD, "til visitationen", "visitationen");
    let definition = find(
        STANDARD,
        "kontakt visitationen \"Visitationen\"",
        "visitationen",
    );

    let answer = client.at("textDocument/definition", &uri, reference);
    assert_eq!(answer["result"]["uri"], uri.as_str());
    assert_eq!(
        answer["result"]["range"],
        range(definition, (definition.0, definition.1 + 12))
    );

    let answer = client.request(
        "textDocument/references",
        json!({
            "textDocument": { "uri": uri },
            "position": { "line": reference.0, "character": reference.1 },
            "context": { "includeDeclaration": true },
        }),
    );
    let lines: Vec<u64> = answer["result"]
        .as_array()
        .expect("locations")
        .iter()
        .map(|l| l["range"]["start"]["line"].as_u64().expect("a line"))
        .collect();
    let at = |has: &str| u64::from(find(STANDARD, has, "visitationen").0);
    assert_eq!(
        lines,
        [
            at("kontakt visitationen \"Visitationen\""),
            at("til visitationen"),
            at("    kontakt visitationen")
        ]
    );

    let answer = client.at("textDocument/prepareRename", &uri, reference);
    assert_eq!(
        answer["result"],
        range(reference, (reference.0, reference.1 + 12))
    );
    let answer = client.request(
        "textDocument/rename",
        json!({
            "textDocument": { "uri": uri },
            "position": { "line": reference.0, "character": reference.1 },
            "newName": "træningen",
        }),
    );
    let edits = answer["result"]["changes"][uri.as_str()]
        .as_array()
        .expect("edits")
        .clone();
    assert_eq!(edits.len(), 3);
    let renamed = apply(STANDARD, &edits);
    assert!(!renamed.contains("visitationen"), "{renamed}");
    assert!(
        renamed.contains("til træningen") && renamed.contains("kontakt træningen \"Visitationen\"")
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": renamed }] }),
    );
    assert_eq!(
        client.diagnostics(&uri, 2),
        Vec::<Value>::new(),
        "the renamed file reads the same"
    );

    // Names that cannot be a contact's are refused, with the reason.
    for (name, why) in [("to ord", "one word"), ("ankestyrelsen", "registry body")] {
        let answer = client.request(
            "textDocument/rename",
            json!({
                "textDocument": { "uri": uri },
                "position": { "line": reference.0, "character": reference.1 },
                "newName": name,
            }),
        );
        let message = answer["error"]["message"].as_str().expect("an error");
        assert!(message.contains(why), "{message}");
    }
    // A registry body is no contact: nothing to rename or go to.
    let body = find(STANDARD, "videre ankestyrelsen", "ankestyrelsen");
    assert_eq!(
        client.at("textDocument/prepareRename", &uri, body)["result"],
        json!(null)
    );
    assert_eq!(
        client.at("textDocument/definition", &uri, body)["result"],
        json!(null)
    );
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn document_symbols_are_the_outline() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let text = STANDARD.replace(
        "  særlige-forhold",
        "  indsats \"Holdtræning\" {\n    kontakt hold \"Holdet\" { telefon 43 23 66 91 }\n    formål \"At træne.\"\n  }\n  særlige-forhold",
    );
    client.open(&uri, &text);
    let answer = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    fn render(symbols: &Value, depth: usize, out: &mut String) {
        for symbol in symbols.as_array().cloned().unwrap_or_default() {
            let start = &symbol["selectionRange"]["start"];
            out.push_str(&format!(
                "{}{} ({}, kind {}) at {}:{}\n",
                "  ".repeat(depth),
                symbol["name"].as_str().unwrap_or(""),
                symbol["detail"].as_str().unwrap_or(""),
                symbol["kind"],
                start["line"],
                start["character"],
            ));
            render(&symbol["children"], depth + 1, out);
        }
    }
    let mut out = String::new();
    render(&answer["result"], 0, &mut out);
    insta::assert_snapshot!(out);
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn a_code_action_allows_a_finding_in_its_statement() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let text = STANDARD.replace("revideres årligt", "revideres ved-ændringer");
    let diagnostics = client.open(&uri, &text);
    let finding = diagnostics
        .iter()
        .find(|d| d["code"] == "KS142")
        .expect("KS142")
        .clone();
    let answer = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": uri },
            "range": finding["range"],
            "context": { "diagnostics": [finding] },
        }),
    );
    let actions = answer["result"].as_array().expect("actions").clone();
    let action = actions
        .iter()
        .find(|a| {
            a["title"]
                .as_str()
                .is_some_and(|t| t.starts_with("allow KS142"))
        })
        .expect("an action for KS142");
    assert_eq!(action["kind"], "quickfix");
    let edits = action["edit"]["changes"][uri.as_str()]
        .as_array()
        .expect("edits")
        .clone();
    let allowed = apply(&text, &edits);
    assert!(
        allowed.contains("  # kvalitet: tillad KS142 \"\"\n  revideres ved-ændringer"),
        "{allowed}"
    );
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": allowed }] }),
    );
    let codes: Vec<Value> = client
        .diagnostics(&uri, 2)
        .iter()
        .map(|d| d["code"].clone())
        .collect();
    assert_eq!(
        codes,
        [json!("KS190")],
        "allowed, and the reason is still to be given"
    );
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn the_server_answers_whatever_it_is_sent() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    client.open(&uri, STANDARD);
    let answer = client.request("textDocument/hover", json!({ "textDocument": 5 }));
    assert_eq!(
        answer["error"]["code"], -32602,
        "invalid parameters: {answer}"
    );
    let answer = client.request(
        "textDocument/semanticTokens/full",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(answer["error"]["code"], -32601, "no such method: {answer}");
    let answer = client.at("textDocument/hover", &folder.uri("not-open.kvs"), (0, 0));
    assert_eq!(answer["result"], json!(null));
    for position in [(9999, 0), (1, 9999), (0, 38)] {
        let answer = client.at("textDocument/completion", &uri, position);
        assert!(answer.get("result").is_some(), "{answer}");
        let answer = client.at("textDocument/hover", &uri, position);
        assert!(answer.get("result").is_some(), "{answer}");
    }
    // A change to a document that is not open, and one past the end of the text.
    client.edit(&folder.uri("not-open.kvs"), 2, (0, 0), (0, 0), "x");
    client.edit(&uri, 2, (500, 3), (900, 0), "\n# slutningen\n");
    let diagnostics = client.diagnostics(&uri, 2);
    assert_eq!(
        diagnostics,
        Vec::<Value>::new(),
        "the text was added at the end"
    );
    // After `shutdown`, requests are refused; `exit` ends the server with 0.
    let answer = client.request("shutdown", json!(null));
    assert_eq!(answer["result"], json!(null));
    let answer = client.at("textDocument/hover", &uri, (1, 1));
    assert_eq!(answer["error"]["code"], -32600, "{answer}");
    client.notify("exit", json!(null));
    assert_eq!(client.exit_code(), 0);
}

#[test]
fn exit_without_shutdown_ends_with_1() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let mut client = Client::start(&folder);
    client.notify("exit", json!(null));
    assert_eq!(client.exit_code(), 1);
}

#[test]
fn typing_a_standard_one_character_at_a_time() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    client.open(&uri, "");
    let (mut line, mut column) = (0u32, 0u32);
    let mut version = 1;
    let mut answered = 0;
    for c in STANDARD.chars() {
        version += 1;
        let mut buffer = [0; 4];
        client.edit(
            &uri,
            version,
            (line, column),
            (line, column),
            c.encode_utf8(&mut buffer),
        );
        if c == '\n' {
            line += 1;
            column = 0;
        } else {
            column += c.len_utf16() as u32;
        }
        // Every keystroke asks for completions where the cursor is, every other for a
        // hover, as an editor does.
        let answer = client.at("textDocument/completion", &uri, (line, column));
        assert!(
            answer.get("result").is_some(),
            "no completion after {c:?} (version {version}): {answer}"
        );
        if version % 2 == 0 {
            let answer = client.at("textDocument/hover", &uri, (line, column.saturating_sub(1)));
            assert!(
                answer.get("result").is_some(),
                "no hover at version {version}: {answer}"
            );
        }
        answered += 1;
    }
    assert_eq!(answered, STANDARD.chars().count());
    // The last version is checked, and it is the standard, clean.
    assert_eq!(client.diagnostics(&uri, version), Vec::<Value>::new());
    // No diagnostics were published for a version after a newer one.
    let mut last = 0;
    for message in &client.notifications {
        if message["method"] == "textDocument/publishDiagnostics" {
            let published = message["params"]["version"].as_i64().expect("a version");
            assert!(
                published > last,
                "version {published} published after {last}"
            );
            last = published;
        }
    }
    let outline = client.request(
        "textDocument/documentSymbol",
        json!({ "textDocument": { "uri": uri } }),
    );
    assert_eq!(outline["result"][0]["name"], "Genoptræning");
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn formatting_is_kvalitet_fmt() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let untidy = STANDARD
        .replace("  kommune Glostrup", "      kommune     Glostrup")
        .replace("  omfang {\n", "\n\n\n  omfang {\n");
    client.open(&uri, &untidy);
    let format = |client: &mut Client| {
        client.request(
            "textDocument/formatting",
            json!({ "textDocument": { "uri": uri }, "options": { "tabSize": 2, "insertSpaces": true } }),
        )
    };
    let answer = format(&mut client);
    let edits = answer["result"].as_array().expect("edits").clone();
    assert_eq!(edits.len(), 1, "one edit, of what changed");
    let formatted = apply(&untidy, &edits);
    let expected = kvalitet::format::format_source(&kvalitet::source::SourceFile::new(
        "a.kvs",
        untidy.clone(),
    ))
    .expect("the file formats");
    assert_eq!(formatted, expected);
    assert_ne!(formatted, untidy);
    // The edit starts where the text first differs, not at the top.
    assert_eq!(edits[0]["range"]["start"]["line"], 2);

    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": formatted }] }),
    );
    assert_eq!(
        format(&mut client)["result"],
        json!([]),
        "formatted already"
    );

    // A file that cannot be read as written is left alone.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": "kvalitetsstandard \"A {\n" }] }),
    );
    assert_eq!(format(&mut client)["result"], json!(null));
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn code_actions_apply_the_fixes_of_kvalitet_check_fix() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let text = STANDARD
        .replace("egenbetaling 0 kr", "egenbetalng 0 kr")
        .replace("revideres årligt", "revideres ved-ændringer");
    let diagnostics = client.open(&uri, &text);
    let misspelt = diagnostics
        .iter()
        .find(|d| d["code"] == "KS010")
        .expect("KS010")
        .clone();
    let actions = |client: &mut Client, range: &Value, only: Value| {
        let answer = client.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": uri },
                "range": range,
                "context": { "diagnostics": [], "only": only },
            }),
        );
        answer["result"].as_array().expect("actions").clone()
    };

    // The finding's own fix, safe and preferred; only quick fixes were asked for.
    let offered = actions(&mut client, &misspelt["range"], json!(["quickfix"]));
    let titles: Vec<&str> = offered
        .iter()
        .map(|a| a["title"].as_str().unwrap_or(""))
        .collect();
    insta::assert_snapshot!(titles.join("\n"));
    let fix = &offered[0];
    assert_eq!(fix["isPreferred"], true);
    assert_eq!(fix["diagnostics"][0]["code"], "KS010");
    let fixed = apply(
        &text,
        fix["edit"]["changes"][uri.as_str()]
            .as_array()
            .expect("edits"),
    );
    assert!(fixed.contains("  egenbetaling 0 kr\n"), "{fixed}");

    // With the file readable, the rules run: KS142's fix is unsafe, and not preferred.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 2 }, "contentChanges": [{ "text": fixed }] }),
    );
    let diagnostics = client.diagnostics(&uri, 2);
    let revision = diagnostics
        .iter()
        .find(|d| d["code"] == "KS142")
        .expect("KS142")
        .clone();
    let offered = actions(&mut client, &revision["range"], json!(null));
    let unsafe_fix = offered
        .iter()
        .find(|a| a["title"].as_str().is_some_and(|t| t.contains("unsafe")))
        .expect("an unsafe fix");
    assert_eq!(unsafe_fix["isPreferred"], false);
    assert!(
        !offered
            .iter()
            .any(|a| a["kind"] == "source.fixAll.kvalitet"),
        "no safe fix is left for fix-all"
    );

    // Every safe fix at once, as on save: what `check --fix` writes.
    client.notify(
        "textDocument/didChange",
        json!({ "textDocument": { "uri": uri, "version": 3 }, "contentChanges": [{ "text": text }] }),
    );
    let whole = range((0, 0), (0, 0));
    let offered = actions(&mut client, &whole, json!(["source.fixAll"]));
    assert_eq!(offered.len(), 1, "{offered:?}");
    assert_eq!(offered[0]["kind"], "source.fixAll.kvalitet");
    let all = apply(
        &text,
        offered[0]["edit"]["changes"][uri.as_str()]
            .as_array()
            .expect("edits"),
    );
    let expected = kvalitet::fix::apply(
        kvalitet::source::SourceFile::new("a.kvs", text.clone()),
        &kvalitet::check::Options::new(kvalitet::model::values::Date::ymd(2026, 11, 23)),
        kvalitet::diag::Applicability::Safe,
    );
    assert_eq!(all, expected.text());
    assert_eq!(client.shutdown(), 0);
}

#[test]
fn a_half_typed_file_gets_the_diagnostics_that_make_sense() {
    let folder = Folder::new(&[("kvalitet.yaml", CONFIG)]);
    let uri = folder.uri("a.kvs");
    let mut client = Client::start(&folder);
    let mut out = String::new();
    for (version, (name, text)) in (1..).zip([
        (
            "a block left open and half a keyword",
            "kvalitetsstandard \"A\" {\n  kommune Glostrup\n  omfang {\n    hyppig",
        ),
        (
            "a brace on the line after its keyword",
            "kvalitetsstandard \"A\" {\n  kommune Glostrup\n  omfang\n  {\n    hyppighed 2 gange om ugen\n    længde 45 min\n  }\n}\n",
        ),
        (
            "a string not yet closed",
            "kvalitetsstandard \"A\" {\n  kommune Glostrup\n  formål \"Du får træning\n}\n",
        ),
    ]) {
        client.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "kvalitet", "version": version, "text": text } }),
        );
        let diagnostics = client.diagnostics(&uri, version);
        out.push_str(&format!("## {name}\n\n{}\n", render_diagnostics(&diagnostics)));
    }
    insta::assert_snapshot!(out);
    assert_eq!(client.shutdown(), 0);
}
