//! The analysis of one version of a document: the configuration in force for it and
//! the file compiled with it, by the library's own pipeline (`kvalitet::compile`).
//!
//! The configuration is looked up afresh for every analysis, as `kvalitet check` would
//! for the file: the nearest `kvalitet.yaml` in the file's directory or above (for a
//! buffer that is not a file, the workspace's), with its rule levels and its `today`.
//! A configuration with problems is reported on the document and the file is checked
//! with every rule at its default severity, so that one mistake in it does not hide
//! every finding.

use super::documents::Snapshot;
use crate::check::Options;
use crate::config::{Config, Discovery, Problem};
use crate::model::values::Date;
use crate::source::SourceFile;
use crate::Compiled;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A compiled version of a document.
#[derive(Debug)]
pub struct Analysis {
    /// The file compiled: its source, standard and diagnostics.
    pub compiled: Compiled,
    /// The options it was checked with (the registry among them).
    pub options: Arc<Options>,
    /// The problems of the configuration in force, with the directory their paths are
    /// relative to.
    pub config_problems: Vec<(PathBuf, Problem)>,
}

impl Analysis {
    /// Analyses a snapshot.
    pub fn new(snapshot: &Snapshot) -> Self {
        let (options, config_problems) =
            options_for(snapshot.path.as_deref(), snapshot.root.as_deref());
        let source = SourceFile::new(snapshot.name(), snapshot.text.clone());
        let compiled = crate::compile_guarded(source, &options);
        Self {
            compiled,
            options,
            config_problems,
        }
    }

    /// Analyses a snapshot, giving up (`None`) between two stages once `cancelled`
    /// says so.
    pub fn cancellable(snapshot: &Snapshot, cancelled: &dyn Fn() -> bool) -> Option<Self> {
        let (options, config_problems) =
            options_for(snapshot.path.as_deref(), snapshot.root.as_deref());
        let source = SourceFile::new(snapshot.name(), snapshot.text.clone());
        let compiled = crate::compile_cancellable(source, &options, cancelled)?;
        Some(Self {
            compiled,
            options,
            config_problems,
        })
    }
}

/// The checker options for a file at `path` (or, for a buffer without one, in the
/// workspace `root`), and the problems of the configuration in force.
pub fn options_for(
    path: Option<&Path>,
    root: Option<&Path>,
) -> (Arc<Options>, Vec<(PathBuf, Problem)>) {
    let directory = match (path.and_then(Path::parent), root) {
        (Some(directory), _) | (None, Some(directory)) => directory,
        (None, None) => return (Arc::new(options(&Config::default())), Vec::new()),
    };
    let mut discovery = Discovery::new(directory);
    let found = match path {
        Some(path) => discovery.for_file(path),
        None => discovery.for_directory(directory),
    };
    let problems: Vec<(PathBuf, Problem)> = discovery
        .problems()
        .iter()
        .map(|problem| (directory.to_owned(), problem.clone()))
        .collect();
    let config = found.filter(|_| problems.is_empty()).unwrap_or_default();
    (Arc::new(options(&config)), problems)
}

/// The options a configuration sets, judged against its `today` or the real date.
fn options(config: &Config) -> Options {
    Options {
        rules: config.rules.clone(),
        ..Options::new(config.today.unwrap_or_else(Date::today))
    }
}
