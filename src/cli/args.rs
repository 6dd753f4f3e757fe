//! The command-line arguments, with clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Exit codes:
  0  no errors
  1  errors found (with --deny warnings, also warnings)
  2  usage error, or a file could not be read or written";

const CHECK_EXIT_CODES: &str = "\
Exit codes:
  0  no errors (with --diff: nothing to fix)
  1  errors found (with --deny warnings, also warnings); with --fix, errors that remain;
     with --diff, fixes to apply
  2  usage error, or a file could not be read, checked or written";

/// kvalitet: compiler and linter for Danish municipal kvalitetsstandarder.
#[derive(Debug, Parser)]
#[command(name = "kvalitet", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of the findings: en or da. Else KVALITET_LANG, else `lang:` in
    /// kvalitet.yaml, else English.
    #[arg(long, global = true, value_name = "en|da")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check standards and report what is wrong in them; fix what can be fixed.
    #[command(after_help = CHECK_EXIT_CODES)]
    Check(CheckArgs),
    /// Check standards and write them out as JSON.
    #[command(after_help = EXIT_CODES)]
    Build(BuildArgs),
    /// Compare standards side by side: deadlines, scope, prices, complaint routes, age.
    #[command(after_help = REPORT_EXIT_CODES)]
    Compare(CompareArgs),
    /// Show what changes for citizens between two versions of a standard.
    #[command(after_help = REPORT_EXIT_CODES)]
    Diff(DiffArgs),
    /// Write next year's draft of a standard, and list what is left to do in it.
    #[command(after_help = DRAFT_EXIT_CODES)]
    Draft(DraftArgs),
    /// Write standards in the one canonical layout (in place), or check that they are.
    #[command(after_help = FMT_EXIT_CODES)]
    Fmt(FmtArgs),
    /// Open the workbench: a local web app to edit the standards of a folder, with the
    /// findings and the citizen page beside the text (see docs/workbench.md).
    #[command(after_help = SERVE_EXIT_CODES)]
    Serve(ServeArgs),
    /// Explain a diagnostic code (KS020, KS110), a rule by name, or a keyword of the
    /// language (omfang, klagefrist). Codes and rules are explained in the chosen
    /// language (`--lang da`); keywords in English only.
    Explain {
        /// The code, the name of a rule, or a keyword.
        code: String,
    },
    /// List every keyword of the language: where it stands and what it says.
    Keywords {
        /// How to print the list.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
    /// Serve editors: a Language Server Protocol server over standard input and output
    /// (diagnostics, hover, completion, definition, references, rename, outline).
    #[command(after_help = LSP_EXIT_CODES)]
    Lsp {
        /// Talk over standard input and output (the only way; accepted because some
        /// clients pass it).
        #[arg(long, hide = true)]
        stdio: bool,
    },
    /// List every rule: code, name, default severity and summary.
    Rules {
        /// How to print the list.
        #[arg(long, value_enum, default_value = "text")]
        format: RulesFormat,
    },
}

/// How to print diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// For people, with source snippets.
    Human,
    /// A JSON document with every diagnostic.
    Json,
    /// A SARIF 2.1.0 log, for code scanning.
    Sarif,
    /// GitHub Actions annotations, one line per diagnostic.
    Github,
}

/// How to print the rules or the keywords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One line each: for rules the code, name, default severity and summary; for
    /// keywords the place, the keyword and what it says.
    Text,
    /// The documentation: docs/rules.md, or the keyword reference of docs/language.md.
    Markdown,
    /// A JSON document.
    Json,
}

/// Which severities fail the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings fail the run too.
    Warnings,
}

const LSP_EXIT_CODES: &str = "\
Exit codes:
  0  the client asked the server to shut down, then to exit
  1  the client exited without shutting down, or went away
  2  the client broke the protocol";

const DRAFT_EXIT_CODES: &str = "\
Exit codes:
  0  the draft was written (the to-do list may still hold findings)
  2  usage error, a standard with language errors, a year not after the standard's,
     or a file that exists (without --force) or could not be read or written";

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The standard to draft from; `-` reads standard input.
    pub source: PathBuf,
    /// The year of the draft (default: the year after the standard's, or next year if
    /// that is later).
    #[arg(long, value_name = "YEAR")]
    pub year: Option<i32>,
    /// Where to write the draft (`-` for standard output). Default: beside the
    /// standard, `2024.kvs` → `2025.kvs`, `standard.kvs` → `standard.2025.kvs`.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the file at --out if it exists.
    #[arg(long)]
    pub force: bool,
    /// Date the draft, and judge what is left to do, as of this date (YYYY-MM-DD)
    /// instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories (searched for *.kvs); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// How to print the findings.
    #[arg(long, value_enum, default_value = "human")]
    pub format: DiagnosticFormat,
    /// Judge staleness against this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Also fail on warnings.
    #[arg(long, value_enum)]
    pub deny: Option<Deny>,
    /// Apply the safe fixes and write the fixed files, then report what remains (for
    /// standard input, print the fixed text and report on standard error).
    #[arg(long)]
    pub fix: bool,
    /// Apply the unsafe fixes too, which change what a standard promises: review them.
    /// Implies --fix unless --diff is given.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print what the fixes would change as a unified diff, and write nothing.
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub config: ConfigArgs,
}

// Where the configuration comes from (`kvalitet.yaml`, docs/config.md). A plain
// comment: clap would take a doc comment as the about text of the command.
#[derive(Debug, Args)]
pub struct ConfigArgs {
    /// Use this configuration file for every file, instead of the nearest kvalitet.yaml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file: every rule at its default severity.
    #[arg(long)]
    pub no_config: bool,
}

/// The output formats of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BuildFormat {
    /// One JSON document per standard (schema: docs/schema/standard.v1.json).
    Json,
    /// One page per standard for citizens, an index page and style.css.
    Html,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Files or directories (searched for *.kvs); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The output format.
    #[arg(long, value_enum, default_value = "json")]
    pub format: BuildFormat,
    /// The directory to write into.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Write into a directory that kvalitet did not create. Its files are kept: a build
    /// that would replace one of them is refused.
    #[arg(long)]
    pub force: bool,
    /// With --format html: show the checker's findings beside the sections, for
    /// authors (not for publication).
    #[arg(long)]
    pub preview: bool,
    /// Judge staleness against this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    #[command(flatten)]
    pub config: ConfigArgs,
}

const REPORT_EXIT_CODES: &str = "\
Exit codes:
  0  the report was written (whatever the standards' findings)
  2  usage error, or a file could not be read or written";

/// The output formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    /// A standalone HTML page with charts (no scripts, no external resources).
    Html,
    /// Markdown tables.
    Md,
    /// CSV, one row per value, for data tools (with --excel: for Danish Excel).
    Csv,
    /// JSON (schema: docs/schema/compare.v1.json).
    Json,
    /// An Excel workbook: an overview sheet, a sheet per dimension, definitions
    /// (needs --out).
    Xlsx,
}

#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Files or directories (searched for *.kvs); `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: CompareFormat,
    /// With --format csv: write CSV for Danish Excel (semicolons, decimal commas,
    /// UTF-8 with a byte order mark).
    #[arg(long)]
    pub excel: bool,
    /// Write the report to this file (whole or not at all) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the file given to --out if it exists.
    #[arg(long, requires = "out")]
    pub force: bool,
    /// Measure ages and judge staleness against this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

/// The output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// Markdown tables.
    Md,
    /// A standalone HTML page (no scripts, no external resources).
    Html,
    /// JSON (schema: docs/schema/diff.v1.json).
    Json,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The old version of the standard.
    pub old: PathBuf,
    /// The new version of the standard.
    pub new: PathBuf,
    /// The output format.
    #[arg(long, value_enum, default_value = "md")]
    pub format: DiffFormat,
    /// Write the report to this file (whole or not at all) instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Replace the file given to --out if it exists.
    #[arg(long, requires = "out")]
    pub force: bool,
}

const FMT_EXIT_CODES: &str = "\
Exit codes:
  0  every file is in the canonical layout, or was written in it
  1  a file has language errors and was not formatted; with --check, a file would change
  2  usage error, or a file could not be read or written";

const SERVE_EXIT_CODES: &str = "\
Exit codes:
  0  the server was stopped (Ctrl-C)
  2  usage error, the folder could not be opened, or the address could not be used";

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The folder whose standards (*.kvs, in it and below it) are served.
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The port on 127.0.0.1 and ::1 (0 picks a free one).
    #[arg(long, default_value_t = 8086)]
    pub port: u16,
    /// Open the overview in the desktop's browser.
    #[arg(long)]
    pub open: bool,
    /// Listen on this address instead of the loopback addresses (`0.0.0.0:8086`):
    /// anyone who can reach it can edit the files, so an access token is made and
    /// printed once, and every request must carry it.
    #[arg(long, value_name = "ADDR")]
    pub listen: Option<std::net::SocketAddr>,
    /// Judge staleness against this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Files or directories (searched for *.kvs); `-` reads standard input and writes the
    /// formatted text to standard output.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Write nothing; list the files that would change, and exit with 1 if any would.
    #[arg(long)]
    pub check: bool,
    /// Write nothing; print a unified diff of what would change.
    #[arg(long)]
    pub diff: bool,
}
