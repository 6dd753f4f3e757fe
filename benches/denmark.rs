//! Benchmark: checking "the whole of Denmark", about 3,000 standard files.
//!
//! The bundled standards are repeated until there are 3,000 files (98 municipalities
//! × about 30 standards). Five measurements, side by side in one run:
//!
//! 1. the library on every core (`compile_all`), as `kvalitet check` compiles;
//! 2. the command line, `kvalitet check DIR --format json`, on the files written to a
//!    temporary folder: wall time of the whole process, reading and writing included;
//! 3. the command line's peak resident memory on one standard of about 60 MB, against
//!    its size (Linux);
//! 4. single-threaded throughput of each stage (parse, lower and resolve, check, the
//!    JSON diagnostics), of the whole pipeline, and of the grammar alone (pest's
//!    work, with no tree built: the floor under the parse);
//! 5. for scale, `serde_json` parsing the JSON export of the same standards into a
//!    `serde_json::Value`, single-threaded, in the same run.
//!
//! Each figure is the best of several runs, with the median beside it. Run with
//! `cargo bench --bench denmark`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use kvalitet::check::Options;
use kvalitet::model::values::Date;
use kvalitet::registry::Registry;
use kvalitet::source::SourceFile;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The command's allocator (`src/main.rs`), so that the library's figures are those of
/// the code `kvalitet check` runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    let corpus: Vec<(String, String)> = (0..FILES)
        .zip(texts.iter().cycle())
        .map(|(i, (name, text))| (format!("{name}#{i}"), text.clone()))
        .collect();
    let bytes: usize = corpus.iter().map(|(_, t)| t.len()).sum();
    let options = Options::new(Date::ymd(2026, 11, 23));
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "{FILES} files, {:.1} MB (the bundled standards repeated), {threads} threads, best of {RUNS}",
        bytes as f64 / 1e6
    );

    // 1. The library on every core.
    let mut diagnostics = 0;
    let library = measure(|| {
        let sources: Vec<SourceFile> = corpus
            .iter()
            .map(|(name, text)| SourceFile::new(name.clone(), text.clone()))
            .collect();
        let start = Instant::now();
        let results = kvalitet::compile_all(sources, &options);
        let elapsed = start.elapsed();
        diagnostics = results.iter().map(|r| r.diagnostics.len()).sum();
        elapsed
    });
    report("library, all cores", &library, bytes);
    println!("  {diagnostics} diagnostics per run");

    // 2. The command line, as a user runs it.
    match cli(&corpus) {
        Ok(times) => report("cli check --format json, all cores", &times, bytes),
        Err(e) => println!("cli: not measured: {e}"),
    }

    // 3. Memory: the command line on one large standard.
    match memory(&texts) {
        Ok((input, peak)) => println!(
            "{:<48} peak {:>7.1} MB resident, {:.1}x its size (target < 4x)",
            format!("cli check of one {:.1} MB standard", input as f64 / 1e6),
            peak as f64 / 1e6,
            peak as f64 / input as f64
        ),
        Err(e) => println!("memory: not measured: {e}"),
    }

    // 4. Each stage on one thread, over the bundled standards (each once).
    let one: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let registry = Registry::builtin();
    let repeat = (FILES / texts.len()).max(1) / 10;
    let total = one * repeat;
    // Each bundled standard `repeat` times through `stage`, on this thread.
    let each_text = |stage: &dyn Fn(&str)| {
        measure(|| {
            let start = Instant::now();
            for _ in 0..repeat {
                for (_, text) in &texts {
                    stage(text);
                }
            }
            start.elapsed()
        })
    };
    let parse = each_text(&|text| {
        black_box(kvalitet::syntax::parse(text));
    });
    report("1 thread: parse", &parse, total);
    // The floor under every stage: pest's own work, with no tree built.
    let grammar = each_text(&|text| {
        black_box(kvalitet::syntax::grammar_only(text));
    });
    report(
        "1 thread: the grammar alone (pest, no tree)",
        &grammar,
        total,
    );
    let trees: Vec<_> = texts
        .iter()
        .map(|(name, text)| {
            let source = SourceFile::new(name.clone(), text.clone());
            let tree = kvalitet::syntax::parse(text).0;
            (source, tree)
        })
        .collect();
    let lower = measure(|| {
        let start = Instant::now();
        for _ in 0..repeat {
            for (source, tree) in &trees {
                let (standard, _) = kvalitet::lower::lower(tree, source);
                if let Some(mut standard) = standard {
                    black_box(kvalitet::resolve::resolve(&mut standard, registry, source));
                }
            }
        }
        start.elapsed()
    });
    report("1 thread: lower + resolve", &lower, total);
    let lowered: Vec<_> = trees
        .iter()
        .filter_map(|(source, tree)| {
            let mut standard = kvalitet::lower::lower(tree, source).0?;
            kvalitet::resolve::resolve(&mut standard, registry, source);
            Some((source, tree, standard))
        })
        .collect();
    let check = measure(|| {
        let start = Instant::now();
        for _ in 0..repeat {
            for (source, tree, standard) in &lowered {
                black_box(kvalitet::check::check(
                    standard, tree, source, registry, &options,
                ));
            }
        }
        start.elapsed()
    });
    report("1 thread: check (rules)", &check, total);
    let compiled: Vec<_> = texts
        .iter()
        .map(|(name, text)| {
            kvalitet::compile(SourceFile::new(name.clone(), text.clone()), &options)
        })
        .collect();
    let render = measure(|| {
        let start = Instant::now();
        for _ in 0..repeat {
            black_box(kvalitet::emit::diagnostics::json(
                &compiled,
                kvalitet::i18n::Lang::En,
            ));
        }
        start.elapsed()
    });
    report("1 thread: JSON diagnostics", &render, total);
    let whole = measure(|| {
        let sources: Vec<SourceFile> = (0..repeat)
            .flat_map(|_| texts.iter())
            .map(|(name, text)| SourceFile::new(name.clone(), text.clone()))
            .collect();
        let start = Instant::now();
        for source in sources {
            black_box(kvalitet::compile(source, &options));
        }
        start.elapsed()
    });
    report("1 thread: whole pipeline (compile)", &whole, total);

    // 5. serde_json on the JSON export of the same standards.
    let exports: Vec<String> = compiled
        .iter()
        .filter_map(|c| {
            let standard = c.standard.as_ref()?;
            let document = kvalitet::emit::json::standard(standard, &c.source.name, &c.diagnostics);
            serde_json::to_string_pretty(&document).ok()
        })
        .collect();
    let json_bytes: usize = exports.iter().map(String::len).sum::<usize>() * repeat;
    let serde = measure(|| {
        let start = Instant::now();
        for _ in 0..repeat {
            for export in &exports {
                let value: serde_json::Value =
                    serde_json::from_str(export).unwrap_or(serde_json::Value::Null);
                black_box(value);
            }
        }
        start.elapsed()
    });
    report(
        "1 thread: serde_json::Value of the JSON export",
        &serde,
        json_bytes,
    );
    let ours = total as f64 / best(&whole).as_secs_f64();
    let theirs = json_bytes as f64 / best(&serde).as_secs_f64();
    println!(
        "  kvalitet's pipeline runs at {:.0}% of serde_json's throughput in MB/s (each on its own bytes)",
        100.0 * ours / theirs
    );
    // The same standards, read by each: their times compared.
    let serde_time = best(&serde).as_secs_f64();
    println!(
        "  on the same standards, serde_json takes {:.0}% of the pipeline's time, and {:.0}% of the grammar's alone",
        100.0 * serde_time / best(&whole).as_secs_f64(),
        100.0 * serde_time / best(&grammar).as_secs_f64()
    );
}

/// Runs `f` `RUNS` times and returns the sorted times.
fn measure(mut f: impl FnMut() -> Duration) -> Vec<Duration> {
    let mut times: Vec<Duration> = (0..RUNS).map(|_| f()).collect();
    times.sort();
    times
}

fn best(times: &[Duration]) -> Duration {
    times.first().copied().unwrap_or_default()
}

fn report(what: &str, times: &[Duration], bytes: usize) {
    let best = best(times);
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!(
        "{what:<48} best {:>7.1} ms, median {:>7.1} ms, {:>6.1} MB/s",
        best.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3,
        bytes as f64 / 1e6 / best.as_secs_f64(),
    );
}

/// Writes the corpus to a temporary folder and times the release binary on it.
fn cli(corpus: &[(String, String)]) -> Result<Vec<Duration>, String> {
    let binary = Path::new(env!("CARGO_BIN_EXE_kvalitet"));
    let dir = std::env::temp_dir().join(format!("kvalitet-denmark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for (i, (_, text)) in corpus.iter().enumerate() {
        let folder = dir.join(format!("kommune{:02}", i % 98));
        std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
        std::fs::write(folder.join(format!("standard{i}.kvs")), text).map_err(|e| e.to_string())?;
    }
    let times = measure(|| {
        let start = Instant::now();
        let status = std::process::Command::new(binary)
            .args(["check", "--today", "2026-11-23", "--format", "json"])
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status();
        let elapsed = start.elapsed();
        if status.map_or(true, |s| s.code() == Some(2)) {
            eprintln!("the command line failed");
        }
        elapsed
    });
    let _ = std::fs::remove_dir_all(&dir);
    Ok(times)
}

/// About this many bytes: the size of the file that once made `check` peak at 1.07 GB.
const LARGE: usize = 60_000_000;

/// `kvalitet check --format json` on one standard of about [`LARGE`] bytes (the bundled
/// standard with the most `indsats` blocks, its blocks repeated): the input's size and
/// the process's peak resident memory, `VmHWM`, read from `/proc` while it runs (Linux
/// only; the last reading before it ends is the peak, for the peak comes while the
/// file is compiled, not while its report is written).
fn memory(texts: &[(String, String)]) -> Result<(usize, usize), String> {
    let indsatser = |text: &str| text.lines().filter(|l| l.starts_with("  indsats ")).count();
    let (_, base) = texts
        .iter()
        .max_by_key(|(_, text)| indsatser(text))
        .ok_or("no standards")?;
    let lines: Vec<&str> = base.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("  indsats "))
        .ok_or("no indsats")?;
    let close = lines.iter().rposition(|l| *l == "}").ok_or("no end")?;
    let head = lines.get(..first).ok_or("no head")?.join("\n");
    let blocks = lines.get(first..close).ok_or("no blocks")?.join("\n");
    let tail = lines.get(close..).ok_or("no tail")?.join("\n");
    let mut text = head;
    while text.len() < LARGE {
        text.push('\n');
        text.push_str(&blocks);
    }
    text.push('\n');
    text.push_str(&tail);
    text.push('\n');
    let path = std::env::temp_dir().join(format!("kvalitet-large-{}.kvs", std::process::id()));
    std::fs::write(&path, &text).map_err(|e| e.to_string())?;
    let binary = Path::new(env!("CARGO_BIN_EXE_kvalitet"));
    let mut child = std::process::Command::new(binary)
        .args(["check", "--today", "2026-11-23", "--format", "json"])
        .arg(&path)
        .stdout(std::process::Stdio::null())
        .spawn()
        .map_err(|e| e.to_string())?;
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        let hwm = std::fs::read_to_string(&status).ok().and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<usize>().ok()
        });
        if let Some(kb) = hwm {
            peak = peak.max(kb * 1024);
        }
        if child.try_wait().map_err(|e| e.to_string())?.is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let _ = std::fs::remove_file(&path);
    if peak == 0 {
        return Err("no /proc/<pid>/status to read".into());
    }
    Ok((text.len(), peak))
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
