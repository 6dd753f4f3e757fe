//! The checking worker: one thread that compiles documents for their diagnostics, off
//! the protocol thread, and never works on a version that is no longer wanted.
//!
//! The queue holds at most one job a document. A newer version replaces the job of an
//! older one that has not started (so a burst of keystrokes costs one check, not one a
//! keystroke: the debounce needs no timer, and adds no delay to the first check), and
//! cancels the one that is running: the compilation stops at the next stage
//! (`kvalitet::compile_cancellable`) and its result is dropped. The protocol thread
//! publishes a result only if its version is still the document's, so a late result
//! can never overwrite a newer one.

use super::analysis::Analysis;
use super::diagnostics;
use super::documents::Snapshot;
use super::settings::Settings;
use crossbeam_channel::Sender;
use lsp_types::{PublishDiagnosticsParams, Uri};
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;

/// A document checked: its snapshot and the diagnostics to publish for it.
#[derive(Debug)]
pub struct Checked {
    /// The version checked.
    pub snapshot: Arc<Snapshot>,
    /// Its diagnostics.
    pub diagnostics: PublishDiagnosticsParams,
}

/// The worker and its queue.
#[derive(Debug)]
pub struct Worker {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

#[derive(Debug, Default)]
struct Shared {
    state: Mutex<State>,
    wake: Condvar,
}

#[derive(Debug, Default)]
struct State {
    /// Jobs not started, oldest first, at most one a document.
    queue: VecDeque<Job>,
    /// The cancellation flag of the newest job of each document, queued or running.
    newest: HashMap<Uri, Arc<AtomicBool>>,
    /// Set when the server stops.
    stopping: bool,
}

#[derive(Debug)]
struct Job {
    snapshot: Arc<Snapshot>,
    cancelled: Arc<AtomicBool>,
}

impl Worker {
    /// Starts the worker; each document checked is sent to `done`.
    pub fn start(settings: Arc<Settings>, done: Sender<Checked>) -> Self {
        let shared = Arc::new(Shared::default());
        let thread = {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name("kvalitet-check".to_owned())
                .spawn(move || run(&shared, &settings, &done))
                .ok()
        };
        Self { shared, thread }
    }

    /// Asks for a snapshot to be checked, superseding any older job of its document.
    pub fn check(&self, snapshot: Arc<Snapshot>) {
        lock(&self.shared.state).submit(snapshot);
        self.shared.wake.notify_one();
    }

    /// Cancels the work on a document that was closed.
    pub fn forget(&self, uri: &Uri) {
        lock(&self.shared.state).forget(uri);
    }
}

impl State {
    /// Queues a snapshot's check: the job of an older version of its document that has
    /// not started is dropped, and the one running is told to stop.
    fn submit(&mut self, snapshot: Arc<Snapshot>) -> Arc<AtomicBool> {
        let cancelled = Arc::new(AtomicBool::new(false));
        if let Some(older) = self.newest.insert(snapshot.uri.clone(), cancelled.clone()) {
            older.store(true, Ordering::Relaxed);
        }
        self.queue.retain(|job| job.snapshot.uri != snapshot.uri);
        self.queue.push_back(Job {
            snapshot,
            cancelled: cancelled.clone(),
        });
        cancelled
    }

    /// Drops and stops every job of a document.
    fn forget(&mut self, uri: &Uri) {
        if let Some(older) = self.newest.remove(uri) {
            older.store(true, Ordering::Relaxed);
        }
        self.queue.retain(|job| &job.snapshot.uri != uri);
    }

    /// Forgets a finished job's flag, unless a newer job of its document has one.
    fn finish(&mut self, job: &Job) {
        let newest = self.newest.get(&job.snapshot.uri);
        if newest.is_some_and(|flag| Arc::ptr_eq(flag, &job.cancelled)) {
            self.newest.remove(&job.snapshot.uri);
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        {
            let mut state = lock(&self.shared.state);
            state.stopping = true;
            for flag in state.newest.values() {
                flag.store(true, Ordering::Relaxed);
            }
            state.queue.clear();
        }
        self.shared.wake.notify_all();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// The worker's loop: take the next job, check it unless cancelled, send the result.
fn run(shared: &Shared, settings: &Settings, done: &Sender<Checked>) {
    loop {
        let job = {
            let mut state = lock(&shared.state);
            loop {
                if state.stopping {
                    return;
                }
                if let Some(job) = state.queue.pop_front() {
                    break job;
                }
                state = shared
                    .wake
                    .wait(state)
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
            }
        };
        let cancelled = || job.cancelled.load(Ordering::Relaxed);
        // The compilation catches its own failures (KS099); this is for a bug in the
        // server's part, which must not stop the worker.
        let work = std::panic::AssertUnwindSafe(|| {
            let analysis = match job.snapshot.analysis() {
                Some(analysis) => Some(analysis),
                None => Analysis::cancellable(&job.snapshot, &cancelled)
                    .map(|analysis| job.snapshot.keep(Arc::new(analysis))),
            };
            analysis
                .filter(|_| !cancelled())
                .map(|analysis| diagnostics::publish(&job.snapshot, &analysis, settings))
        });
        let published = std::panic::catch_unwind(work).ok().flatten();
        lock(&shared.state).finish(&job);
        let Some(diagnostics) = published else {
            continue;
        };
        let checked = Checked {
            snapshot: job.snapshot,
            diagnostics,
        };
        if done.send(checked).is_err() {
            return;
        }
    }
}

/// Locks the state; a panic on another thread while it held the lock leaves the state
/// as it was, which is still consistent.
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn snapshot(name: &str, version: i32) -> Arc<Snapshot> {
        let uri = Uri::from_str(&format!("file:///tmp/{name}.kvs")).expect("a URI");
        Arc::new(Snapshot::new(uri, version, String::new(), None))
    }

    #[test]
    fn a_newer_version_supersedes_queued_work_and_cancels_running_work() {
        let mut state = State::default();
        let first = state.submit(snapshot("a", 1));
        let other = state.submit(snapshot("b", 1));
        // The worker takes version 1 of `a` and starts on it.
        let running = state.queue.pop_front().expect("a job");
        assert_eq!(running.snapshot.version, 1);
        let second = state.submit(snapshot("a", 2));
        let third = state.submit(snapshot("a", 3));
        assert!(
            first.load(Ordering::Relaxed),
            "the running check is told to stop"
        );
        assert!(second.load(Ordering::Relaxed), "version 2 never runs");
        assert!(!third.load(Ordering::Relaxed));
        assert!(
            !other.load(Ordering::Relaxed),
            "another document is not touched"
        );
        let queued: Vec<(String, i32)> = state
            .queue
            .iter()
            .map(|job| (job.snapshot.uri.as_str().to_owned(), job.snapshot.version))
            .collect();
        assert_eq!(
            queued,
            [
                ("file:///tmp/b.kvs".to_owned(), 1),
                ("file:///tmp/a.kvs".to_owned(), 3)
            ]
        );
        // The stopped check finishing does not forget the newest job's flag.
        state.finish(&running);
        assert!(state.newest.contains_key(&running.snapshot.uri));
        state.forget(&running.snapshot.uri);
        assert!(
            third.load(Ordering::Relaxed),
            "closing the document stops its work"
        );
        assert_eq!(state.queue.len(), 1);
    }
}
