//! The command line: argument parsing and the commands, writing to the writers it is
//! given. `main.rs` only connects them to the process.

mod args;
mod build;
mod check;
mod compare;
mod diff;
pub(crate) mod draft;
pub(crate) mod files;
mod fmt;
mod html;
mod output;
mod report;
mod rules;
#[cfg(feature = "serve")]
mod serve;
mod unified;
pub(crate) mod write;

use crate::diag::codes;
use crate::i18n::Lang;
use args::{Cli, Command};
use clap::Parser as _;
use std::ffi::OsString;
use std::io::{Read, Write};

/// Exit code: nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit code: the standards have errors (or warnings, with `--deny warnings`).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit code: bad usage, or a file could not be read or written.
pub const EXIT_USAGE: u8 = 2;

/// Where a command reads and writes.
pub struct Io<'a> {
    /// Standard input, for `-`.
    pub stdin: &'a mut dyn Read,
    /// Standard output.
    pub stdout: &'a mut dyn Write,
    /// Standard error.
    pub stderr: &'a mut dyn Write,
    /// Whether colour may be used (a terminal, and `NO_COLOR` not set).
    pub color: bool,
    /// The language `--lang` or `KVALITET_LANG` chose; `None` leaves it to the
    /// configuration, and then English. Set by [`run`].
    pub lang: Option<Lang>,
}

/// Runs the command line and returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>, io: &mut Io<'_>) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let code = if error.use_stderr() {
                EXIT_USAGE
            } else {
                EXIT_OK
            };
            let text = if io.color {
                error.render().ansi().to_string()
            } else {
                error.render().to_string()
            };
            let target: &mut dyn Write = if error.use_stderr() {
                io.stderr
            } else {
                io.stdout
            };
            let _ = target.write_all(text.as_bytes());
            return code;
        }
    };
    io.lang = match chosen_lang(cli.lang.as_deref()) {
        Ok(lang) => lang,
        Err(message) => {
            let _ = writeln!(io.stderr, "error: {message}");
            return EXIT_USAGE;
        }
    };
    let result = match cli.command {
        Command::Check(args) => check::run(&args, io),
        Command::Build(args) => build::run(&args, io),
        Command::Compare(args) => compare::run(&args, io),
        Command::Diff(args) => diff::run(&args, io),
        Command::Draft(args) => draft::run(&args, io),
        Command::Fmt(args) => fmt::run(&args, io),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::run(&args, io),
        #[cfg(not(feature = "serve"))]
        Command::Serve(_) => Err(without_feature("serve", "the workbench")),
        Command::Explain { code } => explain(&code, io),
        Command::Rules { format } => rules::run(format, io),
        Command::Keywords { format } => rules::keywords(format, io),
        // The server reads and writes the process's standard input and output from
        // threads of its own, not through `io`.
        #[cfg(feature = "lsp")]
        Command::Lsp { stdio: _ } => crate::lsp::run_stdio().map(|end| match end {
            crate::lsp::End::Orderly => EXIT_OK,
            crate::lsp::End::Abrupt => EXIT_FINDINGS,
        }),
        #[cfg(not(feature = "lsp"))]
        Command::Lsp { stdio: _ } => Err(without_feature("lsp", "the language server")),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            let _ = writeln!(io.stderr, "error: {message}");
            EXIT_USAGE
        }
    }
}

/// The error of a command whose part was left out of this build (`cargo build
/// --no-default-features`).
#[allow(dead_code)] // Unused when every feature is built.
pub(crate) fn without_feature(feature: &str, what: &str) -> String {
    format!(
        "this kvalitet was built without {what}; build it with the `{feature}` feature \
         (cargo build --release, whose default features include it)"
    )
}

/// The language `--lang` gives, else `KVALITET_LANG` (an empty variable counts as not
/// set); `None` if neither says.
fn chosen_lang(flag: Option<&str>) -> Result<Option<Lang>, String> {
    if let Some(flag) = flag {
        return Lang::parse(flag)
            .map(Some)
            .ok_or_else(|| format!("`--lang {flag}`: kvalitet speaks en and da"));
    }
    match std::env::var("KVALITET_LANG") {
        Ok(value) if !value.trim().is_empty() => Lang::parse(&value)
            .map(Some)
            .ok_or_else(|| format!("KVALITET_LANG=`{value}`: kvalitet speaks en and da")),
        _ => Ok(None),
    }
}

/// A code's heading: `KS110 (outdated-body), error by default, fix: sometimes, unsafe`,
/// in `lang`.
fn heading(
    code: &str,
    name: &str,
    severity: Option<crate::diag::Severity>,
    fix: crate::diag::FixAvailability,
    lang: Lang,
) -> String {
    let mut heading = format!("{code} ({name})");
    if let Some(severity) = severity {
        heading.push_str(", ");
        heading.push_str(&crate::emit::rules::by_default(severity).text(lang));
    }
    if let Some(fix) = crate::emit::rules::fix_note(fix, lang) {
        heading.push_str(", ");
        heading.push_str(&fix);
    }
    heading
}

/// `kvalitet explain`: a code's documentation in the chosen language (English unless
/// chosen); a keyword's, which is in English only.
fn explain(code: &str, io: &mut Io<'_>) -> Result<u8, String> {
    let lang = io.lang.unwrap_or_default();
    let text = if let Some(info) = codes::find(code) {
        format!(
            "{}\n\n{}\n\n{}\n",
            heading(info.code, info.name, None, info.fix, lang),
            info.summary(lang),
            info.explanation(lang)
        )
    } else if let Some(rule) = crate::check::codes::find(code) {
        format!(
            "{}\n\n{}\n\n{}\n",
            heading(rule.code, rule.name, Some(rule.severity), rule.fix, lang),
            rule.summary(lang),
            rule.doc(lang)
        )
    } else if let Some(text) = crate::schema::explain(code) {
        text
    } else {
        return Err(format!(
            "`{code}` is not a kvalitet code or keyword; codes look like `KS020`, and `kvalitet keywords` lists the keywords"
        ));
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(EXIT_OK)
}
