//! Finding, reading and compiling the files a command is given.

use super::args::ConfigArgs;
use super::Io;
use crate::check::Options;
use crate::config::{Config, Discovery};
use crate::model::values::{civil_from_days, Date};
use crate::source::SourceFile;
use crate::Compiled;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One input: where it came from and where its output goes.
#[derive(Debug)]
pub struct Input {
    /// The name shown in diagnostics.
    pub name: String,
    /// The file, or `None` for standard input.
    pub path: Option<PathBuf>,
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
                name: crate::source::STDIN_NAME.into(),
                path: None,
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
        path: Some(path.to_owned()),
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

/// How one input is checked.
#[derive(Debug, Clone)]
pub struct Setting {
    /// The checker options: the date and the rule levels.
    pub options: Arc<Options>,
    /// Whether its warnings fail the run (`deny: [warnings]` in its configuration).
    pub deny_warnings: bool,
}

/// The setting of each input, in order: the configuration in force for it (the file
/// given with `--config`, else the nearest `kvalitet.yaml` above the input or, for
/// standard input, above the current directory; none with `--no-config`), with
/// `--today` before the configuration's `today`, and the real date last.
///
/// Every problem in the configuration files is reported at once, one per line.
pub fn settings(
    inputs: &[Input],
    args: &ConfigArgs,
    today: Option<&str>,
) -> Result<Vec<Setting>, String> {
    let given = today.map(parse_today).transpose()?;
    let base =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    let mut discovery = Discovery::new(&base);
    let configs: Option<Vec<Arc<Config>>> = if args.no_config {
        let none = Arc::new(Config::default());
        Some(vec![none; inputs.len()])
    } else if let Some(file) = &args.config {
        discovery
            .load(file)
            .map(|config| vec![config; inputs.len()])
    } else {
        // Every input is looked up, so that every broken file is reported.
        let found: Vec<Option<Arc<Config>>> = inputs
            .iter()
            .map(|input| match &input.path {
                Some(path) => discovery.for_file(path),
                None => discovery.for_directory(Path::new(".")),
            })
            .collect();
        found.into_iter().collect()
    };
    let configs = match configs {
        Some(configs) if discovery.problems().is_empty() => configs,
        _ => {
            let lines: Vec<String> = discovery.problems().iter().map(|p| p.to_string()).collect();
            return Err(lines.join("\nerror: "));
        }
    };
    // One `Options` per configuration, shared by the inputs it is in force for; a
    // configuration is known by its address, and all of them live in `configs`.
    let mut made: HashMap<*const Config, Arc<Options>> = HashMap::new();
    let mut settings = Vec::with_capacity(inputs.len());
    for config in &configs {
        let options = made.entry(Arc::as_ptr(config)).or_insert_with(|| {
            let today = given.or(config.today).unwrap_or_else(real_today);
            Arc::new(Options {
                today,
                rules: config.rules.clone(),
            })
        });
        settings.push(Setting {
            options: options.clone(),
            deny_warnings: config.deny_warnings,
        });
    }
    Ok(settings)
}

/// Compiles the inputs on every core, each with the options of its setting, keeping
/// their order.
pub fn compile_each(inputs: &[Input], settings: &[Setting]) -> Vec<Compiled> {
    let sources = inputs
        .iter()
        .zip(settings)
        .map(|(input, setting)| {
            let source = SourceFile::new(input.name.clone(), input.text.clone());
            (source, &*setting.options)
        })
        .collect();
    crate::compile_each(sources)
}

/// Reads `--today`.
fn parse_today(text: &str) -> Result<Date, String> {
    Date::parse_iso(text).ok_or_else(|| format!("`--today {text}` is not a date; write YYYY-MM-DD"))
}

/// The date of the run, in UTC.
fn real_today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days(i64::try_from(seconds / 86_400).unwrap_or(0))
}
