//! What the unit tests share: the standards they read.

use crate::Compiled;
use std::path::{Path, PathBuf};

/// The text of every bundled standard (`standards/`) and of every `.kvs` fixture of the
/// test suite (`tests/`), in the order of their paths.
pub fn standards_and_fixtures() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in ["standards", "tests"] {
        collect_kvs(&root.join(dir), &mut paths);
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok())
        .collect()
}

/// The runs the output tests print: no file, one clean file, one file with findings,
/// and every standard and fixture, each compiled (with 2026-11-23 as today) under a
/// name that JSON must escape.
pub fn runs() -> Vec<Vec<Compiled>> {
    let options = crate::check::Options::new(crate::model::values::Date::ymd(2026, 11, 23));
    let compile = |name: &str, text: &str| {
        crate::compile(crate::source::SourceFile::new(name, text), &options)
    };
    let texts = standards_and_fixtures();
    let all: Vec<Compiled> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| compile(&format!("fil \"{i}\"\n.kvs"), text))
        .collect();
    let first = texts.first().map(|text| compile("første.kvs", text));
    vec![
        Vec::new(),
        vec![compile("ren.kvs", "")],
        first.into_iter().collect(),
        all,
    ]
}

fn collect_kvs(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_kvs(&path, out);
        } else if path.extension().is_some_and(|e| e == "kvs") {
            out.push(path);
        }
    }
}
