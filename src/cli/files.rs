//! Finding, reading and compiling the files a command is given.

use super::Io;
use crate::check::Options;
use crate::model::values::{civil_from_days, Date};
use crate::source::SourceFile;
use crate::Compiled;
use std::path::{Path, PathBuf};

/// One input: where it came from and where its output goes.
#[derive(Debug)]
pub struct Input {
    /// The name shown in diagnostics.
    pub name: String,
    /// The output path relative to `--out`, without extension.
    pub stem: PathBuf,
    /// The text.
    pub text: String,
}

/// Expands the paths into inputs: files as given, directories searched for `*.kvs`
/// (sorted), `-` as standard input.
pub fn collect(paths: &[PathBuf], io: &mut Io<'_>) -> Result<Vec<Input>, String> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut text = String::new();
            io.stdin
                .read_to_string(&mut text)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            inputs.push(Input {
                name: "<stdin>".into(),
                stem: PathBuf::from("stdin"),
                text,
            });
            continue;
        }
        let metadata = std::fs::metadata(path)
            .map_err(|e| format!("cannot read `{}`: {}", path.display(), e))?;
        if metadata.is_dir() {
            let mut found = Vec::new();
            walk(path, &mut found)?;
            found.sort();
            if found.is_empty() {
                return Err(format!("`{}` holds no .kvs files", path.display()));
            }
            for file in found {
                let stem = file.strip_prefix(path).unwrap_or(&file).with_extension("");
                inputs.push(read(&file, stem)?);
            }
        } else {
            let stem = match (path.parent().and_then(Path::file_name), path.file_stem()) {
                (Some(parent), Some(stem)) => Path::new(parent).join(stem),
                (None, Some(stem)) => PathBuf::from(stem),
                _ => PathBuf::from("standard"),
            };
            inputs.push(read(path, stem)?);
        }
    }
    Ok(inputs)
}

fn read(path: &Path, stem: PathBuf) -> Result<Input, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {}", path.display(), e))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| format!("`{}` is not UTF-8 text; save it as UTF-8", path.display()))?;
    Ok(Input {
        name: path.display().to_string(),
        stem,
        text,
    })
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read `{}`: {}", dir.display(), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read `{}`: {}", dir.display(), e))?;
        let path = entry.path();
        let file_type = entry
            .file_type()
            .map_err(|e| format!("cannot read `{}`: {}", path.display(), e))?;
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if file_type.is_dir() && !hidden {
            walk(&path, out)?;
        } else if file_type.is_file() && path.extension().is_some_and(|e| e == "kvs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Checks that no two inputs would be written to the same output file.
pub fn check_unique_outputs(inputs: &[Input]) -> Result<(), String> {
    let mut seen: std::collections::HashMap<&Path, &str> = std::collections::HashMap::new();
    for input in inputs {
        if let Some(first) = seen.insert(input.stem.as_path(), &input.name) {
            return Err(format!(
                "`{first}` and `{}` would both be written to `{}`; build them into different --out directories",
                input.name,
                input.stem.display()
            ));
        }
    }
    Ok(())
}

/// Compiles the inputs on every core, keeping their order.
pub fn compile_all(inputs: &[Input], options: &Options) -> Vec<Compiled> {
    let sources = inputs
        .iter()
        .map(|input| SourceFile::new(input.name.clone(), input.text.clone()))
        .collect();
    crate::compile_all(sources, options)
}

/// The checker options from `--today`, defaulting to the real date.
pub fn options(today: Option<&str>) -> Result<Options, String> {
    let today = match today {
        Some(text) => Date::parse_iso(text)
            .ok_or_else(|| format!("`--today {text}` is not a date; write YYYY-MM-DD"))?,
        None => {
            let seconds = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
        }
    };
    Ok(Options { today })
}
