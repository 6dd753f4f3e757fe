//! Lists every `.kvs` file of `standards/` and `tests/fixtures/` as the bases that the
//! `structured` target edits (`$OUT_DIR/bases.rs`), so new fixtures join by themselves.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "kvs")
            // The fixture of an unreadable file (KS090) is no text to edit.
            && std::fs::read_to_string(&path).is_ok()
        {
            out.push(path);
        }
    }
}

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let root = manifest.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut files = Vec::new();
    for dir in ["standards", "tests/fixtures"] {
        println!("cargo:rerun-if-changed=../{dir}");
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let mut code =
        String::from("/// Every `.kvs` file of the repository: its path and its text.\n");
    code.push_str("pub const BASES: &[(&str, &str)] = &[\n");
    for file in &files {
        let name = file.strip_prefix(&root).unwrap_or(file);
        let _ = writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            name.display().to_string(),
            file.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("bases.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
