//! Benchmark: the language server's latency from a change to a document to its
//! diagnostics, for every bundled standard (the largest first), in server time.
//!
//! The server runs in this process (`kvalitet::lsp::serve` on a connection in memory),
//! so what is measured is the server's own work: applying the change, finding the
//! configuration, compiling the file on the checking worker and turning its findings
//! into the protocol's diagnostics, from the moment the `didChange` is handed over to
//! the moment its `publishDiagnostics` comes back. Each change adds or removes a
//! comment line at the top, so every line after it moves and the whole file is checked
//! again, as after any keystroke. The target is 20 ms for the largest standard.
//!
//! A second measurement sends ten changes at once, as fast typing does, and times the
//! diagnostics of the last one: superseded versions are not checked, so this costs
//! about one check, not ten.
//!
//! Run with `cargo bench --bench lsp`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use lsp_server::{Connection, Message, Notification, Request, RequestId};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Changes timed per standard.
const CHANGES: usize = 41;
/// The target for the largest standard, from the issue.
const TARGET: Duration = Duration::from_millis(20);

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort_by_key(|path| std::cmp::Reverse(std::fs::metadata(path).map_or(0, |m| m.len())));
    if files.is_empty() {
        eprintln!("no standards found under {}", root.display());
        return;
    }

    let (server, client) = Connection::memory();
    let thread = std::thread::spawn(move || kvalitet::lsp::serve(server));
    let mut session = Session { client, next: 0 };
    session.request("initialize", json!({ "capabilities": {} }));
    session.notify("initialized", json!({}));

    println!("change → diagnostics, server time, {CHANGES} changes each (best / median / 90th percentile / worst)");
    let mut largest = None;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let uri = format!("file://{}", path.display());
        session.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": "kvalitet", "version": 0, "text": text } }),
        );
        session.diagnostics(&uri, 0);
        let mut times = Vec::with_capacity(CHANGES);
        for version in 1..=CHANGES as i64 {
            let started = Instant::now();
            session.notify("textDocument/didChange", change(&uri, version));
            session.diagnostics(&uri, version);
            times.push(started.elapsed());
        }
        times.sort();
        let name = path
            .strip_prefix(&root)
            .unwrap_or(path)
            .display()
            .to_string();
        println!(
            "  {name:<28} {:>6.1} KB  {:>6.2} / {:>6.2} / {:>6.2} / {:>6.2} ms",
            text.len() as f64 / 1e3,
            ms(quantile(&times, 0, 1)),
            ms(quantile(&times, 1, 2)),
            ms(quantile(&times, 9, 10)),
            ms(quantile(&times, 1, 1)),
        );
        if largest.is_none() {
            largest = Some((name, quantile(&times, 1, 2), uri.clone(), CHANGES as i64));
        }
    }

    if let Some((name, median, uri, mut version)) = largest {
        // Ten changes at once: only the last is checked (the others are superseded
        // before the worker reaches them, or cancelled while it checks them).
        let mut bursts = Vec::new();
        for _ in 0..9 {
            let started = Instant::now();
            for _ in 0..10 {
                version += 1;
                session.notify("textDocument/didChange", change(&uri, version));
            }
            session.diagnostics(&uri, version);
            bursts.push(started.elapsed());
        }
        bursts.sort();
        println!(
            "ten changes at once to {name}: median {:.2} ms to the last one's diagnostics",
            ms(quantile(&bursts, 1, 2))
        );
        let verdict = if median < TARGET { "met" } else { "NOT met" };
        println!(
            "target {} ms for the largest standard ({name}): median {:.2} ms, {verdict}",
            TARGET.as_millis(),
            ms(median)
        );
    }

    session.request("shutdown", Value::Null);
    session.notify("exit", Value::Null);
    match thread.join() {
        Ok(Ok(_)) => {}
        Ok(Err(error)) => eprintln!("the server failed: {error}"),
        Err(_) => eprintln!("the server panicked"),
    }
}

/// A change that adds a comment line at the top (odd versions) or removes it (even).
fn change(uri: &str, version: i64) -> Value {
    let line = "# en ændring\n";
    let (range, text) = if version % 2 == 1 {
        (
            json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 0, "character": 0 } }),
            line,
        )
    } else {
        (
            json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 1, "character": 0 } }),
            "",
        )
    };
    json!({
        "textDocument": { "uri": uri, "version": version },
        "contentChanges": [{ "range": range, "text": text }],
    })
}

struct Session {
    client: Connection,
    next: i32,
}

impl Session {
    fn notify(&self, method: &str, params: Value) {
        let _ = self
            .client
            .sender
            .send(Message::Notification(Notification::new(
                method.to_owned(),
                params,
            )));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next += 1;
        let id = RequestId::from(self.next);
        let request = Request::new(id.clone(), method.to_owned(), params);
        let _ = self.client.sender.send(Message::Request(request));
        loop {
            match self.client.receiver.recv() {
                Ok(Message::Response(response)) if response.id == id => {
                    return response.response_result.unwrap_or(Value::Null);
                }
                Ok(_) => {}
                Err(_) => return Value::Null,
            }
        }
    }

    /// Waits for the diagnostics of `version` of `uri`.
    fn diagnostics(&self, uri: &str, version: i64) {
        loop {
            match self.client.receiver.recv() {
                Ok(Message::Notification(n))
                    if n.method == "textDocument/publishDiagnostics"
                        && n.params.get("uri") == Some(&json!(uri))
                        && n.params.get("version") == Some(&json!(version)) =>
                {
                    return;
                }
                Ok(_) => {}
                Err(_) => {
                    eprintln!("the server stopped");
                    std::process::exit(1);
                }
            }
        }
    }
}

/// The `n/d` quantile of sorted durations (`1/1` is the largest).
fn quantile(sorted: &[Duration], n: usize, d: usize) -> Duration {
    let at = (sorted.len() * n / d).min(sorted.len().saturating_sub(1));
    sorted.get(at).copied().unwrap_or_default()
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "kvs") {
            out.push(path);
        }
    }
}
