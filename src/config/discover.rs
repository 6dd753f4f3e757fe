//! Finding the configuration in force for a file: the nearest `kvalitet.yaml` in its
//! directory or a directory above it, up to the root of the file system.
//!
//! The nearest file wins entirely: what a farther file says does not apply. A file that
//! says `extend: true` is laid over the configuration in force in the directory above
//! its own instead, so that a directory can change one rule and keep the project's
//! other settings. A file named with `--config` follows the same rule: alone, or, if it
//! extends, laid over the configuration above the directory that holds it.
//!
//! Paths are made absolute against a base directory (the current directory) and
//! normalised by their words (`a/../b` is `b`), without following links. What each
//! directory holds is remembered, so every directory is looked at and every file is
//! read once, however many checked files lie below it.

use super::{Config, ConfigFile, Problem, FILE_NAME};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// Finds and caches the configuration of each directory.
#[derive(Debug)]
pub struct Discovery {
    /// The directory relative paths are read from, and files are named relative to.
    base: PathBuf,
    /// The configuration where no file is in force.
    none: Arc<Config>,
    /// The configuration in force in each directory looked at; `None` where the file in
    /// force has problems.
    directories: HashMap<PathBuf, Option<Arc<Config>>>,
    /// Every problem found in the files read.
    problems: Vec<Problem>,
}

impl Discovery {
    /// Discovery from a base directory, normally the current directory: relative paths
    /// are read from there, and files below it are named relative to it.
    pub fn new(base: &Path) -> Self {
        Self {
            base: normalize(base),
            none: Arc::new(Config::default()),
            directories: HashMap::new(),
            problems: Vec::new(),
        }
    }

    /// The configuration in force for a file: its directory's. `None` if the file in
    /// force has problems; they are in [`problems`](Self::problems).
    pub fn for_file(&mut self, file: &Path) -> Option<Arc<Config>> {
        let file = self.absolute(file);
        self.above(&file)
    }

    /// The configuration in force in a directory (for standard input, the current one).
    pub fn for_directory(&mut self, directory: &Path) -> Option<Arc<Config>> {
        let directory = self.absolute(directory);
        self.lookup(&directory)
    }

    /// The configuration of a file named with `--config`, which applies to every checked
    /// file. `None` if it cannot be read or has problems.
    pub fn load(&mut self, file: &Path) -> Option<Arc<Config>> {
        let file = self.absolute(file);
        self.read(&file)
    }

    /// Every problem found so far, each file's once.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// The configuration in force in an absolute, normalised directory.
    fn lookup(&mut self, directory: &Path) -> Option<Arc<Config>> {
        if let Some(found) = self.directories.get(directory) {
            return found.clone();
        }
        let candidate = directory.join(FILE_NAME);
        let found = if candidate.is_file() {
            self.read(&candidate)
        } else {
            self.above(directory)
        };
        self.directories.insert(directory.to_owned(), found.clone());
        found
    }

    /// The configuration in force in the directory that holds a path.
    fn above(&mut self, path: &Path) -> Option<Arc<Config>> {
        match path.parent() {
            Some(parent) => self.lookup(parent),
            None => Some(self.none.clone()),
        }
    }

    /// Reads a configuration file, laying it over the configuration above it if it
    /// extends.
    fn read(&mut self, path: &Path) -> Option<Arc<Config>> {
        let name = self.display(path);
        let text = match std::fs::read(path) {
            Ok(bytes) => String::from_utf8(bytes)
                .map_err(|_| "the file is not UTF-8 text; save it as UTF-8".to_owned()),
            Err(error) => Err(format!("cannot read the file: {error}")),
        };
        let file = text
            .map_err(|message| {
                vec![Problem {
                    path: name.clone(),
                    at: None,
                    message,
                }]
            })
            .and_then(|text| ConfigFile::parse(&name, &text));
        let file = match file {
            Ok(file) => file,
            Err(problems) => {
                self.problems.extend(problems);
                return None;
            }
        };
        let above = match (file.extend, path.parent()) {
            (true, Some(directory)) => self.above(directory)?,
            _ => self.none.clone(),
        };
        Some(Arc::new(file.over(&above)))
    }

    /// A path made absolute against the base, and normalised.
    fn absolute(&self, path: &Path) -> PathBuf {
        normalize(&self.base.join(path))
    }

    /// A path as shown to the user: relative to the base if it lies below it.
    fn display(&self, path: &Path) -> String {
        path.strip_prefix(&self.base)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// Normalises a path by its words: drops `.`, and lets `..` take away the name before
/// it.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else if !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::codes::{AMBIGUOUS_DAYS, REVISION_ONLY_ON_CHANGE, STALE_APPROVAL};
    use crate::check::Level;
    use crate::diag::Severity;

    /// A directory of files for one test, removed when it ends.
    struct Tree(PathBuf);

    impl Tree {
        fn new(name: &str, files: &[(&str, &str)]) -> Self {
            let root =
                std::env::temp_dir().join(format!("kvalitet-config-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&root);
            for (path, text) in files {
                let path = root.join(path);
                std::fs::create_dir_all(path.parent().expect("a directory"))
                    .expect("create the directory");
                std::fs::write(path, text).expect("write the file");
            }
            Self(root)
        }
    }

    impl Drop for Tree {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn levels(config: &Config) -> Vec<(&'static str, Level)> {
        config.rules.iter().collect()
    }

    #[test]
    fn the_nearest_file_wins_unless_it_extends() {
        let tree = Tree::new(
            "nearest",
            &[
                ("kvalitet.yaml", "rules:\n  KS160: off\ndeny: [warnings]\n"),
                ("a/kvalitet.yaml", "extend: true\nrules:\n  KS140: off\n"),
                ("a/b/x.kvs", ""),
                ("c/kvalitet.yaml", "rules:\n  KS142: error\n"),
            ],
        );
        let mut discovery = Discovery::new(&tree.0);
        let top = discovery.for_file(Path::new("x.kvs")).expect("a config");
        assert_eq!(levels(&top), [("KS160", Level::Off)]);
        assert!(top.deny_warnings);

        let extended = discovery
            .for_file(Path::new("a/b/x.kvs"))
            .expect("a config");
        assert_eq!(
            levels(&extended),
            [("KS140", Level::Off), ("KS160", Level::Off)]
        );
        assert!(extended.deny_warnings);

        let replaced = discovery
            .for_file(&tree.0.join("c/./d/../y.kvs"))
            .expect("a config");
        assert_eq!(
            levels(&replaced),
            [(REVISION_ONLY_ON_CHANGE.code, Level::At(Severity::Error))]
        );
        assert!(!replaced.deny_warnings);
        assert!(discovery.problems().is_empty());
    }

    #[test]
    fn each_directory_is_read_once() {
        let tree = Tree::new(
            "cache",
            &[
                ("kvalitet.yaml", "rules:\n  ambiguous-days: error\n"),
                ("bad/kvalitet.yaml", "rules:\n  KS999: off\n"),
            ],
        );
        let mut discovery = Discovery::new(&tree.0);
        let first = discovery.for_file(Path::new("a/x.kvs"));
        let second = discovery.for_file(Path::new("a/y.kvs"));
        let third = discovery.for_directory(Path::new("."));
        match (first, second, third) {
            (Some(first), Some(second), Some(third)) => {
                assert!(Arc::ptr_eq(&first, &second) && Arc::ptr_eq(&first, &third));
                assert_eq!(
                    first.rules.get(&AMBIGUOUS_DAYS),
                    Some(Level::At(Severity::Error))
                );
                assert_eq!(first.rules.get(&STALE_APPROVAL), None);
            }
            other => panic!("expected one config, found {other:?}"),
        }
        assert!(discovery.for_file(Path::new("bad/x.kvs")).is_none());
        assert!(discovery.for_file(Path::new("bad/deeper/y.kvs")).is_none());
        let problems: Vec<String> = discovery
            .problems()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            problems,
            [format!(
                "{}:2:3: `KS999` is not the code or name of a rule; `kvalitet explain CODE` describes each",
                Path::new("bad").join(FILE_NAME).display()
            )]
        );
    }

    #[test]
    fn a_named_file_applies_alone_or_over_the_directories_above_it() {
        let tree = Tree::new(
            "named",
            &[
                ("kvalitet.yaml", "rules:\n  KS160: off\n"),
                ("ci/kvalitet.yaml", "rules:\n  KS140: off\n"),
                ("ci/strict.yaml", "extend: true\ndeny: [warnings]\n"),
                ("ci/alone.yaml", "deny: [warnings]\n"),
            ],
        );
        let mut discovery = Discovery::new(&tree.0);
        let strict = discovery
            .load(Path::new("ci/strict.yaml"))
            .expect("a config");
        assert_eq!(levels(&strict), [("KS160", Level::Off)]);
        assert!(strict.deny_warnings);
        let alone = discovery
            .load(Path::new("ci/alone.yaml"))
            .expect("a config");
        assert!(alone.rules.is_empty());
        assert!(discovery.load(Path::new("ci/missing.yaml")).is_none());
        let problem = discovery.problems().first().map(ToString::to_string);
        assert!(
            problem.as_ref().is_some_and(|p| p.starts_with(&format!(
                "{}: cannot read the file: ",
                Path::new("ci/missing.yaml").display()
            ))),
            "{problem:?}"
        );
    }

    #[test]
    fn normalizes_by_words() {
        assert_eq!(normalize(Path::new("/a/./b/../c")), PathBuf::from("/a/c"));
        assert_eq!(normalize(Path::new("/../a")), PathBuf::from("/a"));
        assert_eq!(normalize(Path::new("../a/..")), PathBuf::from(".."));
    }
}
