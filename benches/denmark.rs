//! Benchmark: checking "the whole of Denmark", about 3,000 standard files.
//!
//! The bundled standards are repeated until there are 3,000 files (98 municipalities
//! × about 30 standards), then checked the way `kvalitet check` does: every file
//! parsed, lowered, resolved and checked, on every core. Prints the best and the median
//! wall time of several runs. Run with `cargo bench`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use kvalitet::check::Options;
use kvalitet::model::values::Date;
use kvalitet::source::SourceFile;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const FILES: usize = 3_000;
const RUNS: usize = 7;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    let mut paths = Vec::new();
    collect(&root, &mut paths);
    paths.sort();
    let texts: Vec<(String, String)> = paths
        .iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(p).ok()?)))
        .collect();
    if texts.is_empty() {
        eprintln!("no standards found under {}", root.display());
        return;
    }
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum::<usize>() * FILES / texts.len();
    let options = Options::new(Date::ymd(2026, 11, 23));
    let mut times: Vec<Duration> = Vec::new();
    let mut diagnostics = 0;
    for _ in 0..RUNS {
        let sources: Vec<SourceFile> = (0..FILES)
            .zip(texts.iter().cycle())
            .map(|(i, (name, text))| SourceFile::new(format!("{name}#{i}"), text.clone()))
            .collect();
        let start = Instant::now();
        let results = kvalitet::compile_all(sources, &options);
        times.push(start.elapsed());
        diagnostics = results.iter().map(|r| r.diagnostics.len()).sum();
    }
    times.sort();
    let best = times.first().copied().unwrap_or_default();
    let median = times.get(RUNS / 2).copied().unwrap_or_default();
    println!(
        "checked {FILES} files ({:.1} MB) {RUNS} times on {} threads: best {:.0} ms, median {:.0} ms, {:.1} MB/s; {diagnostics} diagnostics per run",
        bytes as f64 / 1e6,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        best.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        bytes as f64 / 1e6 / best.as_secs_f64(),
    );
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
