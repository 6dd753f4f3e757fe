//! Finding, reading and compiling the files a command is given.

use super::args::ConfigArgs;
use super::Io;
use crate::check::Options;
use crate::config::{Config, Discovery};
use crate::diag::{codes, Diagnostic};
use crate::i18n::Lang;
use crate::model::values::Date;
use crate::msg;
use crate::source::SourceFile;
use crate::source::Span;
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
    /// What standard input held; a file is read when it is compiled, on the worker
    /// that compiles it.
    stdin: Option<Vec<u8>>,
}

impl Input {
    /// The bytes of the input. A file that cannot be read becomes a diagnostic on that
    /// file (`KS090`), so that the other files are still checked and reported.
    pub fn bytes(&self) -> Result<Vec<u8>, Diagnostic> {
        match (&self.stdin, &self.path) {
            (Some(bytes), _) => Ok(bytes.clone()),
            (None, Some(path)) => {
                // Refused before it is read: a span points into less than 4 GiB.
                let size = std::fs::metadata(path).map_or(0, |m| m.len());
                if size > crate::source::MAX_SOURCE_LEN as u64 {
                    return Err(crate::too_large(size));
                }
                std::fs::read(path).map_err(|e| {
                    Diagnostic::error(
                        codes::UNREADABLE_FILE,
                        Span::new(0, 0),
                        msg!("file-unreadable", error = e.to_string()),
                    )
                    .with_help(msg!("file-unreadable-help"))
                })
            }
            (None, None) => Ok(Vec::new()),
        }
    }
}

/// Expands the paths into inputs: files as given, directories searched for `*.kvs`
/// (sorted), `-` as standard input.
pub fn collect(paths: &[PathBuf], io: &mut Io<'_>) -> Result<Vec<Input>, String> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            io.stdin
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            inputs.push(Input {
                name: crate::source::STDIN_NAME.into(),
                path: None,
                stem: PathBuf::from("stdin"),
                stdin: Some(bytes),
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
                inputs.push(file_input(&file, stem));
            }
        } else {
            let stem = match (path.parent().and_then(Path::file_name), path.file_stem()) {
                (Some(parent), Some(stem)) => Path::new(parent).join(stem),
                (None, Some(stem)) => PathBuf::from(stem),
                _ => PathBuf::from("standard"),
            };
            inputs.push(file_input(path, stem));
        }
    }
    Ok(inputs)
}

fn file_input(path: &Path, stem: PathBuf) -> Input {
    Input {
        name: path.display().to_string(),
        path: Some(path.to_owned()),
        stem,
        stdin: None,
    }
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

/// Checks, before anything is written, that every input has an output file of its own
/// (its stem with `.extension` added): no two inputs are written to the same file, none
/// to a file the command writes itself (`reserved`, in the root of `--out`), and no
/// output is a file where another output needs a folder. Names are compared without
/// regard to case, as the file systems of macOS and Windows compare them.
pub fn check_unique_outputs(
    inputs: &[Input],
    extension: &str,
    reserved: &[&str],
) -> Result<(), String> {
    // Every output file by its folded name: its name and the input written there
    // (`None` for the command's own files).
    let mut files: HashMap<String, (String, Option<&str>)> = HashMap::new();
    for name in reserved {
        files.insert(name.to_lowercase(), ((*name).to_owned(), None));
    }
    let mut outputs = Vec::with_capacity(inputs.len());
    for input in inputs {
        let output = output_text(&super::output::file_name(&input.stem, extension), input)?;
        let folded = output.to_lowercase();
        if let Some((first, owner)) = files.get(&folded) {
            let same = same_file_note(first, &output);
            return Err(match owner {
                Some(owner) => format!(
                    "`{owner}` and `{}` would both be written to `{output}`{same}; rename one of them, or build them into different --out directories",
                    input.name
                ),
                None => format!(
                    "`{}` would be written to `{output}`, a file kvalitet writes itself{same}; rename the file",
                    input.name
                ),
            });
        }
        files.insert(folded, (output.clone(), Some(&input.name)));
        outputs.push((input, output));
    }
    for (input, output) in &outputs {
        for folder in Path::new(output).ancestors().skip(1) {
            let folder = folder.to_string_lossy();
            if folder.is_empty() {
                continue;
            }
            if let Some((file, owner)) = files.get(&folder.to_lowercase()) {
                let same = same_file_note(file, &folder);
                return Err(match owner {
                    Some(owner) => format!(
                        "`{owner}` would be written to `{file}`, but `{}` needs a folder of that name for `{output}`{same}; rename one of them",
                        input.name
                    ),
                    None => format!(
                        "`{}` would be written to `{output}`, inside a folder named like `{file}`, a file kvalitet writes itself{same}; rename the folder",
                        input.name
                    ),
                });
            }
        }
    }
    Ok(())
}

/// An output path as text, its parts joined with `/`.
fn output_text(output: &Path, input: &Input) -> Result<String, String> {
    let mut parts = Vec::new();
    for component in output.components() {
        let std::path::Component::Normal(part) = component else {
            return Err(format!(
                "`{}` cannot be written below --out as `{}`",
                input.name,
                output.display()
            ));
        };
        let part = part.to_str().ok_or_else(|| {
            format!(
                "the name of `{}` is not UTF-8 text, so its output could not be named or linked; rename the file",
                input.name
            )
        })?;
        parts.push(part);
    }
    Ok(parts.join("/"))
}

/// Says that two names that differ only in case are one file where case is folded.
fn same_file_note(first: &str, second: &str) -> String {
    if first == second {
        String::new()
    } else {
        format!(" (`{first}` and `{second}` are the same file on macOS and Windows)")
    }
}

/// How one input is checked.
#[derive(Debug, Clone)]
pub struct Setting {
    /// The checker options: the date and the rule levels.
    pub options: Arc<Options>,
    /// Whether its warnings fail the run (`deny: [warnings]` in its configuration).
    pub deny_warnings: bool,
    /// The language its configuration asks for (`lang:`), if it says.
    pub lang: Option<Lang>,
}

/// The language of a run's findings: `--lang` or `KVALITET_LANG` (in `io`), else the
/// `lang:` of the configuration in force for the first input, else English.
pub fn lang(io: &Io<'_>, settings: &[Setting]) -> Lang {
    io.lang
        .or_else(|| settings.first().and_then(|s| s.lang))
        .unwrap_or_default()
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
            let today = given.or(config.today).unwrap_or_else(Date::today);
            Arc::new(Options {
                rules: config.rules.clone(),
                ..Options::new(today)
            })
        });
        settings.push(Setting {
            options: options.clone(),
            deny_warnings: config.deny_warnings,
            lang: config.lang,
        });
    }
    Ok(settings)
}

/// Compiles the inputs on every core, each with the options of its setting, keeping
/// their order.
pub fn compile_each(inputs: &[Input], settings: &[Setting]) -> Vec<Compiled> {
    let options: Vec<&Options> = settings.iter().map(|s| &*s.options).collect();
    compile_with(inputs, &options)
}

/// Compiles the inputs on every core, each with the options of its setting, and hands
/// each result to `then` on the worker that made it; keeps the order of the inputs.
pub fn compile_each_then<T: Send>(
    inputs: &[Input],
    settings: &[Setting],
    then: impl Fn(Compiled) -> T + Sync,
) -> Vec<T> {
    let options: Vec<&Options> = settings.iter().map(|s| &*s.options).collect();
    compile_map(inputs, &options, then)
}

/// Compiles the inputs on every core, the input at each place with the options at the
/// same place (or the last options for the rest), keeping their order. Each file is
/// read by the worker that compiles it, and each result is made from its own input.
pub fn compile_with(inputs: &[Input], options: &[&Options]) -> Vec<Compiled> {
    compile_map(inputs, options, |compiled| compiled)
}

/// [`compile_with`], with each result handed to `then` on the worker that made it.
fn compile_map<T: Send>(
    inputs: &[Input],
    options: &[&Options],
    then: impl Fn(Compiled) -> T + Sync,
) -> Vec<T> {
    use rayon::prelude::*;
    let Some(&last) = options.last() else {
        return Vec::new();
    };
    inputs
        .par_iter()
        .enumerate()
        .map(|(index, input)| {
            let options = options.get(index).copied().unwrap_or(last);
            let compiled = match input.bytes() {
                Ok(bytes) => crate::compile_bytes(input.name.clone(), bytes, options),
                Err(diagnostic) => Compiled {
                    source: SourceFile::new(input.name.clone(), String::new()),
                    standard: None,
                    diagnostics: vec![diagnostic],
                },
            };
            then(compiled)
        })
        .collect()
}

/// One input after `check --fix` or `--diff`: the bytes it held and the fixed result.
#[derive(Debug)]
pub struct Fixed {
    /// The bytes the input held when it was read (empty if it could not be).
    pub original: Vec<u8>,
    /// The fixed file with its remaining findings; an input that could not be read or
    /// decoded is its diagnostics, unfixed.
    pub result: crate::fix::FixResult,
}

/// Reads, fixes and checks the inputs on every core (`crate::fix::apply`), each with
/// the options of its setting, keeping their order.
pub fn fix_each(
    inputs: &[Input],
    settings: &[Setting],
    threshold: crate::diag::Applicability,
) -> Vec<Fixed> {
    use rayon::prelude::*;
    inputs
        .par_iter()
        .zip(settings)
        .map(|(input, setting)| {
            let unfixed = |original: Vec<u8>, compiled: Compiled| Fixed {
                original,
                result: crate::fix::FixResult {
                    compiled,
                    fixed: Default::default(),
                    converged: true,
                    refused: None,
                },
            };
            let bytes = match input.bytes() {
                Ok(bytes) => bytes,
                Err(diagnostic) => {
                    let compiled = Compiled {
                        source: SourceFile::new(input.name.clone(), String::new()),
                        standard: None,
                        diagnostics: vec![diagnostic],
                    };
                    return unfixed(Vec::new(), compiled);
                }
            };
            match crate::syntax::encoding::decode(bytes.clone()) {
                Ok(text) => {
                    let source = SourceFile::new(input.name.clone(), text);
                    let mut result = crate::fix::apply(source, &setting.options, threshold);
                    result.compiled.standard = None;
                    Fixed {
                        original: bytes,
                        result,
                    }
                }
                Err(_) => {
                    let compiled =
                        crate::compile_bytes(input.name.clone(), bytes.clone(), &setting.options);
                    unfixed(bytes, compiled)
                }
            }
        })
        .collect()
}

/// Reads `--today`.
fn parse_today(text: &str) -> Result<Date, String> {
    Date::parse_iso(text).ok_or_else(|| format!("`--today {text}` is not a date; write YYYY-MM-DD"))
}
