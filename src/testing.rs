//! What the unit tests share: the standards they read.

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
