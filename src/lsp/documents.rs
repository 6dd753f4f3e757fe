//! The documents the editor has open: their text and version as the editor has them,
//! with the changes applied as they arrive.
//!
//! Each version of a document is an immutable [`Snapshot`], shared (`Arc`) with the
//! worker that checks it and with the requests that read it; a change makes a new
//! snapshot and leaves the old one to whoever still holds it. A snapshot's analysis
//! (the compiled standard) is made once, by whichever needs it first.

use super::analysis::Analysis;
use super::position::{Encoding, LineIndex};
use super::uri;
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// One version of one document.
#[derive(Debug)]
pub struct Snapshot {
    /// The document.
    pub uri: Uri,
    /// Its path, for a file on disk.
    pub path: Option<PathBuf>,
    /// The editor's version number.
    pub version: i32,
    /// The workspace's folder, whose configuration a buffer without a path gets.
    pub root: Option<PathBuf>,
    /// The text.
    pub text: String,
    /// Where its lines start.
    pub lines: LineIndex,
    /// The compiled standard, once made.
    analysis: OnceLock<Arc<Analysis>>,
}

impl Snapshot {
    /// A snapshot of `text` at `version`.
    pub fn new(uri: Uri, version: i32, text: String, root: Option<PathBuf>) -> Self {
        Self {
            path: uri::to_path(&uri),
            uri,
            version,
            root,
            lines: LineIndex::new(&text),
            text,
            analysis: OnceLock::new(),
        }
    }

    /// The analysis, if it has been made.
    pub fn analysis(&self) -> Option<Arc<Analysis>> {
        self.analysis.get().cloned()
    }

    /// The analysis, made now if no one has made it yet.
    pub fn analyse(&self) -> Arc<Analysis> {
        self.analysis
            .get_or_init(|| Arc::new(Analysis::new(self)))
            .clone()
    }

    /// Keeps an analysis made elsewhere (by the checking worker), unless one is kept
    /// already; returns the one kept.
    pub fn keep(&self, analysis: Arc<Analysis>) -> Arc<Analysis> {
        self.analysis.get_or_init(|| analysis).clone()
    }

    /// The name diagnostics and sources are given: the path, else the URI.
    pub fn name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => self.uri.as_str().to_owned(),
        }
    }
}

/// Every open document, by URI.
#[derive(Debug)]
pub struct Documents {
    open: HashMap<Uri, Arc<Snapshot>>,
    /// The workspace's folder, if the editor named one.
    root: Option<PathBuf>,
}

impl Documents {
    /// No documents yet, in a workspace whose folder is `root`.
    pub fn new(root: Option<PathBuf>) -> Self {
        Self {
            open: HashMap::new(),
            root,
        }
    }

    /// Opens a document (or replaces it, if the editor opens it again).
    pub fn open(&mut self, uri: Uri, version: i32, text: String) -> Arc<Snapshot> {
        let snapshot = Arc::new(Snapshot::new(uri.clone(), version, text, self.root.clone()));
        self.open.insert(uri, snapshot.clone());
        snapshot
    }

    /// Applies changes, in order, to an open document; `None` if it is not open.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) -> Option<Arc<Snapshot>> {
        let current = self.open.get(uri)?;
        let mut text = current.text.clone();
        // The index of `text` as it stands, while it is known.
        let mut lines = Some(current.lines.clone());
        for change in changes {
            match change.range {
                None => {
                    text = change.text;
                    lines = None;
                }
                Some(range) => {
                    let index = lines.take().unwrap_or_else(|| LineIndex::new(&text));
                    // The offsets are character boundaries within the text.
                    let span = index.span(&text, range, encoding);
                    text.replace_range(span.range(), &change.text);
                }
            }
        }
        let snapshot = Arc::new(Snapshot::new(uri.clone(), version, text, self.root.clone()));
        self.open.insert(uri.clone(), snapshot.clone());
        Some(snapshot)
    }

    /// Closes a document.
    pub fn close(&mut self, uri: &Uri) -> Option<Arc<Snapshot>> {
        self.open.remove(uri)
    }

    /// The current version of a document.
    pub fn get(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        self.open.get(uri).cloned()
    }

    /// Whether `snapshot` is the current version of its document.
    pub fn is_current(&self, snapshot: &Arc<Snapshot>) -> bool {
        self.open
            .get(&snapshot.uri)
            .is_some_and(|current| Arc::ptr_eq(current, snapshot))
    }

    /// Makes every open document new again, as it is, without its analysis (the
    /// configuration in force may have changed), and returns them.
    pub fn refresh(&mut self) -> Vec<Arc<Snapshot>> {
        let root = self.root.clone();
        self.open
            .values_mut()
            .map(|current| {
                let fresh = Snapshot::new(
                    current.uri.clone(),
                    current.version,
                    current.text.clone(),
                    root.clone(),
                );
                *current = Arc::new(fresh);
                current.clone()
            })
            .collect()
    }
}
