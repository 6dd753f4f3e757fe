//! What `compare` and `diff` share: compiling their inputs, and where a report goes.
//!
//! Reports judge every standard by the same rules: the checker runs with every rule at
//! its default severity and no configuration file, so that one municipality's
//! configuration cannot make its standard look better than another's.
//!
//! A report goes to standard output, or to the file given with `--out`, written whole
//! (`write::atomic`: a temporary file created exclusively beside it, then moved into
//! place) and never over an existing file, or a symbolic link, unless `--force` is given
//! (which replaces a link itself, never the file it points to).

use super::files::Input;
use super::write::{self, Replace};
use super::Io;
use crate::check::Options;
use crate::model::values::Date;
use crate::Compiled;
use std::path::Path;

/// The checker options of a report: `--today` (else the real date), default rules.
pub fn options(today: Option<&str>) -> Result<Options, String> {
    let today = match today {
        Some(text) => Date::parse_iso(text)
            .ok_or_else(|| format!("`--today {text}` is not a date; write YYYY-MM-DD"))?,
        None => Date::today(),
    };
    Ok(Options::new(today))
}

/// Compiles the inputs on every core, keeping their order. A file that cannot be read
/// (or that kvalitet fails on) stops the report, naming every such file: a report
/// must not leave a standard out silently.
pub fn compile(
    inputs: &[Input],
    options: &Options,
    lang: crate::i18n::Lang,
) -> Result<Vec<Compiled>, String> {
    let results = super::files::compile_with(inputs, &[options]);
    let unchecked: Vec<String> = results
        .iter()
        .filter(|r| r.is_unchecked())
        .flat_map(|r| {
            r.diagnostics
                .iter()
                .filter(|d| crate::diag::codes::is_fatal(d.code))
                .map(|d| format!("`{}`: {}", r.source.name, d.message.text(lang)))
        })
        .collect();
    if unchecked.is_empty() {
        Ok(results)
    } else {
        Err(unchecked.join("\nerror: "))
    }
}

/// Writes a report to `out`, or to standard output when there is none.
pub fn write(io: &mut Io<'_>, out: Option<&Path>, force: bool, text: &str) -> Result<(), String> {
    write_bytes(io, out, force, text.as_bytes())
}

/// Writes the bytes of a report to `out`, or to standard output when there is none.
pub fn write_bytes(
    io: &mut Io<'_>,
    out: Option<&Path>,
    force: bool,
    bytes: &[u8],
) -> Result<(), String> {
    let Some(target) = out else {
        return io
            .stdout
            .write_all(bytes)
            .map_err(|e| format!("cannot write: {e}"));
    };
    if target.is_dir() {
        return Err(format!(
            "`{}` is a directory; give a file to --out",
            target.display()
        ));
    }
    // A symbolic link counts as a file that exists, even when it points nowhere.
    if std::fs::symlink_metadata(target).is_ok() && !force {
        return Err(exists(target));
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    }
    let replace = if force {
        Replace::Always
    } else {
        Replace::Never
    };
    write::atomic(target, bytes, replace).map_err(|e| match e {
        // The file appeared after the look above.
        write::Error::Exists => exists(target),
        write::Error::Failed(message) => message,
    })?;
    writeln!(io.stdout, "wrote {}", target.display()).map_err(|e| format!("cannot write: {e}"))
}

fn exists(target: &Path) -> String {
    format!(
        "`{}` exists; choose another --out, or pass --force to replace it",
        target.display()
    )
}
