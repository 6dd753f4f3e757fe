//! The command-line arguments, with clap.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Exit codes:
  0  no errors
  1  errors found (with --deny warnings, also warnings)
  2  usage error, or a file could not be read or written";

/// kvalitet: compiler and linter for Danish municipal kvalitetsstandarder.
#[derive(Debug, Parser)]
#[command(name = "kvalitet", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check standards and report what is wrong in them.
    #[command(after_help = EXIT_CODES)]
    Check(CheckArgs),
    /// Check standards and write them out as JSON.
    #[command(after_help = EXIT_CODES)]
    Build(BuildArgs),
    /// Explain a diagnostic code, such as KS020 or KS110, or a rule by name.
    Explain {
        /// The code, or the name of a rule.
        code: String,
    },
}

/// How to print diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    /// For people, with source snippets.
    Human,
    /// A JSON document with every diagnostic.
    Json,
}

/// Which severities fail the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Warnings fail the run too.
    Warnings,
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
}

/// The output formats of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BuildFormat {
    /// One JSON document per standard (schema: docs/schema/standard.v1.json).
    Json,
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
    /// Write into a directory that kvalitet did not create, replacing files there.
    #[arg(long)]
    pub force: bool,
    /// Judge staleness against this date (YYYY-MM-DD) instead of today.
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
}
