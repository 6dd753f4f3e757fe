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

/// How to print the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// One line per rule: code, name, default severity and summary.
    Text,
    /// Every rule's documentation and the language codes (docs/rules.md).
    Markdown,
    /// A JSON document with every rule and language code.
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
    #[command(flatten)]
    pub config: ConfigArgs,
}
