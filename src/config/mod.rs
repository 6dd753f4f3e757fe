//! Configuration: the `kvalitet.yaml` files that set rule levels and defaults for a
//! project or a directory.
//!
//! This module stands beside the pipeline, not in it: it turns files into a [`Config`]
//! that the command line hands to the stages (rule levels through
//! [`check::Options`](crate::check::Options), `deny` to the exit code).
//!
//! - [`file`]: the format of one file, read with serde-saphyr and validated;
//! - [`discover`]: which file is in force for a checked file: the nearest
//!   `kvalitet.yaml` in its directory or above. The nearest file wins entirely, unless
//!   it says `extend: true`; then it is laid over the one found above it. Parsed files
//!   are cached per directory, so each directory is looked at once however many files
//!   it holds.
//!
//! Bad configuration is a usage error, reported as [`Problem`]s with the file, line and
//! column, every problem of a file at once.

pub mod discover;
pub mod file;

pub use discover::Discovery;
pub use file::ConfigFile;

use crate::check::RuleLevels;
use crate::model::values::Date;
use std::fmt;

/// The name of a configuration file.
pub const FILE_NAME: &str = "kvalitet.yaml";

/// The configuration in force for a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// The rule levels set; every other rule keeps its default severity.
    pub rules: RuleLevels,
    /// Whether warnings fail `check`, as with `--deny warnings`.
    pub deny_warnings: bool,
    /// The date to judge against when `--today` is not given.
    pub today: Option<Date>,
    /// The language of the findings when `--lang` and `KVALITET_LANG` do not say.
    pub lang: Option<crate::i18n::Lang>,
}

/// Something wrong with a configuration file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as shown to the user.
    pub path: String,
    /// Where in the file, if the problem is about a place in it.
    pub at: Option<Position>,
    /// What is wrong, in words.
    pub message: String,
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// The line.
    pub line: u64,
    /// The column, in characters.
    pub column: u64,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.at {
            Some(at) => write!(
                f,
                "{}:{}:{}: {}",
                self.path, at.line, at.column, self.message
            ),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}
