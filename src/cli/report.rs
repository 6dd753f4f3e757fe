//! What `compare` and `diff` share: compiling their inputs, and where a report goes.
//!
//! Reports judge every standard by the same rules: the checker runs with every rule at
//! its default severity and no configuration file, so that one municipality's
//! configuration cannot make its standard look better than another's.
//!
//! A report goes to standard output, or to the file given with `--out`, written whole
//! (a temporary file beside it, then moved into place) and never over an existing file
//! unless `--force` is given.

use super::files::Input;
use super::Io;
use crate::check::Options;
use crate::model::values::{civil_from_days, Date};
use crate::source::SourceFile;
use crate::Compiled;
use std::path::{Path, PathBuf};

/// The checker options of a report: `--today` (else the real date), default rules.
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
    Ok(Options::new(today))
}

/// Compiles the inputs on every core, keeping their order.
pub fn compile(inputs: &[Input], options: &Options) -> Vec<Compiled> {
    let sources = inputs
        .iter()
        .map(|input| SourceFile::new(input.name.clone(), input.text.clone()))
        .collect();
    crate::compile_all(sources, options)
}

/// Writes a report to `out`, or to standard output when there is none.
pub fn write(io: &mut Io<'_>, out: Option<&Path>, force: bool, text: &str) -> Result<(), String> {
    let Some(target) = out else {
        return io
            .stdout
            .write_all(text.as_bytes())
            .map_err(|e| format!("cannot write: {e}"));
    };
    if target.is_dir() {
        return Err(format!(
            "`{}` is a directory; give a file to --out",
            target.display()
        ));
    }
    if target.exists() && !force {
        return Err(exists(target));
    }
    if let Some(parent) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create `{}`: {e}", parent.display()))?;
    }
    let temporary = temporary(target);
    std::fs::write(&temporary, text.as_bytes())
        .map_err(|e| format!("cannot write `{}`: {e}", temporary.display()))?;
    let placed = if force {
        std::fs::rename(&temporary, target)
    } else {
        // A hard link fails if the target has appeared meanwhile, so an existing file
        // is never replaced; the temporary file is removed either way.
        let linked = std::fs::hard_link(&temporary, target);
        let _ = std::fs::remove_file(&temporary);
        linked
    };
    placed.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        if e.kind() == std::io::ErrorKind::AlreadyExists {
            exists(target)
        } else {
            format!("cannot write `{}`: {e}", target.display())
        }
    })?;
    writeln!(io.stdout, "wrote {}", target.display()).map_err(|e| format!("cannot write: {e}"))
}

fn exists(target: &Path) -> String {
    format!(
        "`{}` exists; choose another --out, or pass --force to replace it",
        target.display()
    )
}

/// A temporary file beside the target, unique to this process.
fn temporary(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(format!(".{}.tmp", std::process::id()));
    PathBuf::from(name)
}
