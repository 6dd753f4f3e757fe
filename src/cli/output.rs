//! The output directory of `build`: what each file is called, and what kvalitet may
//! write and remove there.
//!
//! An output keeps the whole stem of its input and adds its extension:
//! `standard.2024.kvs` becomes `standard.2024.json` or `standard.2024.html`.
//!
//! The directory is kvalitet's when it holds the marker file ([`MARKER`]). Beside it,
//! the manifest ([`MANIFEST`]) lists every file kvalitet wrote there, one path a line,
//! relative to the directory and separated by `/`. A build
//!
//! 1. refuses, before writing anything, to replace a file that is not in the manifest
//!    (with `--force` into a directory kvalitet did not create, that is every file the
//!    build would write and that exists), or one below a symbolic link;
//! 2. removes the temporary files a killed build left (`write::is_temporary`), in a
//!    directory that carries the marker;
//! 3. writes the marker and a manifest that lists the old files and every file it may
//!    write, so that a build killed halfway leaves nothing kvalitet would not know as
//!    its own;
//! 4. writes its files;
//! 5. removes the files of the old manifest that it did not write again (only regular
//!    files, inside the directory, never through a symbolic link), and the folders that
//!    this emptied;
//! 6. writes the manifest of what it wrote, last.
//!
//! Names are compared without regard to case, as macOS and Windows compare them; where
//! two names differ only in case, they are taken as one file only if they are.

use super::write::{self, Replace};
use std::collections::{BTreeSet, HashMap};
use std::io::ErrorKind;
use std::path::{Component, Path, PathBuf};

/// The file that marks a directory as kvalitet's output.
pub const MARKER: &str = ".kvalitet-output";

/// The list of the files kvalitet wrote in its output directory.
pub const MANIFEST: &str = ".kvalitet-manifest";

/// What the marker says.
const MARKER_TEXT: &str = "This directory holds output written by kvalitet build.\n";

/// The first line of the manifest.
const MANIFEST_HEADER: &str = "# kvalitet build: the files it wrote here, one path a line. \
     It replaces or removes only files listed here.\n";

/// How many files a refusal names before it counts the rest.
const NAMED: usize = 10;

/// The output path of a stem: the stem with `.extension` added, never replaced.
pub fn file_name(stem: &Path, extension: &str) -> PathBuf {
    let mut name = stem.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

/// The output directory of one build.
#[derive(Debug)]
pub struct OutputDir {
    /// The directory, as given to `--out`.
    root: PathBuf,
    /// The files an earlier build wrote (its manifest).
    old: Manifest,
    /// The files this build has written.
    written: BTreeSet<PathBuf>,
}

impl OutputDir {
    /// Opens `root` for a build that may write `planned` (paths relative to it), or
    /// says why it must not (steps 1 to 3 of the module's list).
    pub fn open(root: &Path, force: bool, planned: &[PathBuf]) -> Result<Self, String> {
        let exists = match std::fs::metadata(root) {
            Ok(metadata) if metadata.is_dir() => true,
            Ok(_) => {
                return Err(format!(
                    "`{}` exists and is not a directory",
                    root.display()
                ))
            }
            Err(e) if e.kind() == ErrorKind::NotFound => false,
            Err(e) => return Err(format!("cannot read `{}`: {e}", root.display())),
        };
        let marked = exists && is_regular(&root.join(MARKER));
        if exists && !marked && !force {
            let empty = std::fs::read_dir(root)
                .map_err(|e| format!("cannot read `{}`: {e}", root.display()))?
                .next()
                .is_none();
            if !empty {
                return Err(format!(
                    "`{}` holds files that kvalitet did not write; choose another --out, or pass --force to write there anyway",
                    root.display()
                ));
            }
        }
        let old = if marked {
            Manifest::read(&root.join(MANIFEST))?
        } else {
            Manifest::default()
        };
        let dir = Self {
            root: root.to_path_buf(),
            old,
            written: BTreeSet::new(),
        };
        if exists {
            dir.check(planned, marked)?;
            if marked {
                remove_temporaries(root)?;
            }
        } else {
            std::fs::create_dir_all(root)
                .map_err(|e| format!("cannot create `{}`: {e}", root.display()))?;
        }
        write::atomic(&root.join(MARKER), MARKER_TEXT.as_bytes(), Replace::Always)?;
        let mut intent: BTreeSet<PathBuf> = dir.old.paths.iter().cloned().collect();
        intent.extend(planned.iter().cloned());
        write_manifest(root, &intent)?;
        Ok(dir)
    }

    /// Refuses to go on if a file the build may write exists and is not kvalitet's, or
    /// lies below something that is not a real folder.
    fn check(&self, planned: &[PathBuf], marked: bool) -> Result<(), String> {
        let own = [Path::new(MARKER), Path::new(MANIFEST)];
        let mut foreign = Vec::new();
        for relative in planned.iter().map(PathBuf::as_path).chain(own) {
            if let Some(parent) = relative.parent() {
                write::check_folders_below(&self.root, parent)?;
            }
            let path = self.root.join(relative);
            let listed = if own.contains(&relative) {
                marked
            } else {
                self.old.contains(&self.root, relative)
            };
            match std::fs::symlink_metadata(&path) {
                Err(e) if e.kind() == ErrorKind::NotFound => {}
                Err(e) => return Err(format!("cannot read `{}`: {e}", path.display())),
                Ok(metadata) if listed && metadata.file_type().is_file() => {}
                Ok(_) => foreign.push(relative.to_string_lossy().replace('\\', "/")),
            }
        }
        if foreign.is_empty() {
            return Ok(());
        }
        let count = foreign.len();
        let mut named: Vec<String> = foreign
            .into_iter()
            .take(NAMED)
            .map(|f| format!("`{f}`"))
            .collect();
        if count > NAMED {
            named.push(format!("and {} more", count - NAMED));
        }
        Err(format!(
            "`{}` holds {} that kvalitet did not write (not in its {MANIFEST}) and this build would replace: {}; move {} away, or choose another --out",
            self.root.display(),
            if count == 1 { "a file" } else { "files" },
            named.join(", "),
            if count == 1 { "it" } else { "them" },
        ))
    }

    /// Writes a file whole at `relative`, in real folders only.
    pub fn write(&mut self, relative: &Path, bytes: &[u8]) -> Result<(), String> {
        if let Some(parent) = relative.parent() {
            write::folders_below(&self.root, parent)?;
        }
        write::atomic(&self.root.join(relative), bytes, Replace::Always)?;
        self.written.insert(relative.to_path_buf());
        Ok(())
    }

    /// Removes what the earlier build wrote and this one did not, then writes the
    /// manifest (steps 5 and 6). Returns how many files were removed.
    pub fn finish(self) -> Result<usize, String> {
        let written = Manifest::new(self.written.iter().cloned());
        let mut removed = 0;
        let mut folders = BTreeSet::new();
        for relative in &self.old.paths {
            if written.contains(&self.root, relative) {
                continue;
            }
            if remove_stale(&self.root, relative)? {
                removed += 1;
                folders.extend(
                    relative
                        .ancestors()
                        .skip(1)
                        .filter(|a| !a.as_os_str().is_empty())
                        .map(Path::to_path_buf),
                );
            }
        }
        // The deepest first, so that a folder emptied by removing its only folder goes
        // too. `remove_dir` removes only an empty folder, and never follows a link.
        let mut folders: Vec<PathBuf> = folders.into_iter().collect();
        folders.sort_by_key(|f| std::cmp::Reverse(f.components().count()));
        for folder in folders {
            let _ = std::fs::remove_dir(self.root.join(folder));
        }
        write_manifest(&self.root, &self.written)?;
        Ok(removed)
    }
}

/// Removes one file of an earlier build if it is still a regular file inside the
/// directory, reached through real folders only; says whether it did.
fn remove_stale(root: &Path, relative: &Path) -> Result<bool, String> {
    if let Some(parent) = relative.parent() {
        // A folder replaced by a link or a file: leave everything there alone.
        if write::check_folders_below(root, parent).is_err() {
            return Ok(false);
        }
    }
    let path = root.join(relative);
    match std::fs::symlink_metadata(&path) {
        Ok(metadata) if metadata.file_type().is_file() => std::fs::remove_file(&path)
            .map(|()| true)
            .map_err(|e| format!("cannot remove `{}`: {e}", path.display())),
        _ => Ok(false),
    }
}

/// Removes kvalitet's temporary files anywhere in the directory, without following
/// links.
fn remove_temporaries(dir: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot read `{}`: {e}", dir.display()))?;
        let path = entry.path();
        let file_type = entry
            .file_type()
            .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
        if file_type.is_dir() {
            remove_temporaries(&path)?;
        } else if file_type.is_file() && entry.file_name().to_str().is_some_and(write::is_temporary)
        {
            std::fs::remove_file(&path)
                .map_err(|e| format!("cannot remove `{}`: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Whether a path is a regular file (not a link to one).
fn is_regular(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file())
}

/// Writes the manifest whole.
fn write_manifest(root: &Path, paths: &BTreeSet<PathBuf>) -> Result<(), String> {
    let mut text = MANIFEST_HEADER.to_owned();
    for path in paths {
        if let Some(line) = encode(path) {
            text.push_str(&line);
            text.push('\n');
        }
    }
    Ok(write::atomic(
        &root.join(MANIFEST),
        text.as_bytes(),
        Replace::Always,
    )?)
}

/// The files of a manifest, with their names folded for comparison.
#[derive(Debug, Default)]
struct Manifest {
    paths: BTreeSet<PathBuf>,
    /// Each path by its folded name.
    folded: HashMap<String, Vec<PathBuf>>,
}

impl Manifest {
    fn new(paths: impl IntoIterator<Item = PathBuf>) -> Self {
        let mut manifest = Self::default();
        for path in paths {
            manifest
                .folded
                .entry(fold(&path))
                .or_default()
                .push(path.clone());
            manifest.paths.insert(path);
        }
        manifest
    }

    /// Reads a manifest; a missing one is empty. Lines that are not a plain relative
    /// path are ignored, so that nothing outside the directory is ever touched.
    fn read(path: &Path) -> Result<Self, String> {
        let bytes = match std::fs::symlink_metadata(path) {
            Ok(metadata) if metadata.file_type().is_file() => {
                std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?
            }
            _ => return Ok(Self::default()),
        };
        let text = String::from_utf8_lossy(&bytes);
        // The marker and the manifest are never listed; a list that names them is not
        // followed there.
        let own = [fold(Path::new(MARKER)), fold(Path::new(MANIFEST))];
        Ok(Self::new(
            text.lines()
                .filter(|line| !line.starts_with('#'))
                .filter_map(decode)
                .filter(|path| !own.contains(&fold(path))),
        ))
    }

    /// Whether the manifest lists `relative`: the same name, or a name that differs
    /// only in case and is the same file on this file system.
    fn contains(&self, root: &Path, relative: &Path) -> bool {
        if self.paths.contains(relative) {
            return true;
        }
        self.folded.get(&fold(relative)).is_some_and(|paths| {
            paths
                .iter()
                .any(|listed| same_file(&root.join(listed), &root.join(relative)))
        })
    }
}

/// A path folded for comparison without case.
fn fold(path: &Path) -> String {
    path.to_string_lossy().to_lowercase()
}

/// Whether two paths name one file (on a file system that folds case, two names
/// differing in case do).
#[cfg(unix)]
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (std::fs::symlink_metadata(a), std::fs::symlink_metadata(b)) {
        (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
        _ => false,
    }
}

/// Whether two paths name one file. Without inode numbers, two names that differ only
/// in case are taken as one file when both exist (as on Windows, which folds case).
#[cfg(not(unix))]
fn same_file(a: &Path, b: &Path) -> bool {
    std::fs::symlink_metadata(a).is_ok() && std::fs::symlink_metadata(b).is_ok()
}

/// A path as a manifest line: its parts joined with `/`, with `%`, control characters
/// and a leading `#` percent-encoded. `None` for a path that is not plain UTF-8 parts.
fn encode(path: &Path) -> Option<String> {
    let mut parts = Vec::new();
    for component in path.components() {
        let Component::Normal(part) = component else {
            return None;
        };
        parts.push(part.to_str()?);
    }
    let joined = parts.join("/");
    let mut line = String::with_capacity(joined.len());
    for (i, c) in joined.chars().enumerate() {
        if c == '%' || c.is_control() || (i == 0 && c == '#') {
            let mut buffer = [0; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                line.push_str(&format!("%{byte:02X}"));
            }
        } else {
            line.push(c);
        }
    }
    Some(line)
}

/// A manifest line as a path, if it is a plain relative path: every part a name (no
/// `..`, no root, no drive, nothing empty).
fn decode(line: &str) -> Option<PathBuf> {
    let mut bytes = Vec::with_capacity(line.len());
    let mut rest = line.bytes();
    while let Some(byte) = rest.next() {
        if byte == b'%' {
            let high = char::from(rest.next()?).to_digit(16)?;
            let low = char::from(rest.next()?).to_digit(16)?;
            bytes.push(u8::try_from(high * 16 + low).ok()?);
        } else {
            bytes.push(byte);
        }
    }
    let text = String::from_utf8(bytes).ok()?;
    let mut path = PathBuf::new();
    for part in text.split('/') {
        let mut components = Path::new(part).components();
        match (components.next(), components.next()) {
            (Some(Component::Normal(name)), None) if name == part => path.push(name),
            _ => return None,
        }
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_extension_is_added_to_the_whole_stem() {
        assert_eq!(
            file_name(Path::new("standard.2024"), "json"),
            Path::new("standard.2024.json")
        );
        assert_eq!(
            file_name(Path::new("glostrup/2024"), "html"),
            Path::new("glostrup/2024.html")
        );
        assert_eq!(
            file_name(Path::new("index"), "html"),
            Path::new("index.html")
        );
    }

    /// A folder of its own for one test, removed when the test ends.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> Self {
            let path =
                std::env::temp_dir().join(format!("kvalitet-output-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            Self(path)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn paths(names: &[&str]) -> Vec<PathBuf> {
        names.iter().map(PathBuf::from).collect()
    }

    fn listed(root: &Path) -> Vec<String> {
        let text = std::fs::read_to_string(root.join(MANIFEST)).unwrap();
        assert!(text.starts_with(MANIFEST_HEADER), "{text}");
        text.lines().skip(1).map(str::to_owned).collect()
    }

    #[test]
    fn a_build_that_stops_halfway_leaves_a_manifest_of_what_it_may_have_written() {
        let dir = TempDir::new("halfway");
        let mut out = OutputDir::open(&dir.0, false, &paths(&["a.json", "b/c.json"])).unwrap();
        assert_eq!(listed(&dir.0), ["a.json", "b/c.json"]);
        out.write(Path::new("a.json"), b"{}").unwrap();
        out.write(Path::new("b/c.json"), b"{").unwrap();
        // Stopped here: no `finish`.
        drop(out);
        let mut out = OutputDir::open(&dir.0, false, &paths(&["a.json"])).unwrap();
        assert_eq!(listed(&dir.0), ["a.json", "b/c.json"]);
        out.write(Path::new("a.json"), b"{}").unwrap();
        assert_eq!(out.finish(), Ok(1));
        assert_eq!(listed(&dir.0), ["a.json"]);
        assert!(!dir.0.join("b").exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_name_that_differs_only_in_case_is_another_file_where_case_matters() {
        let dir = TempDir::new("case");
        let mut out = OutputDir::open(&dir.0, false, &paths(&["Glostrup.json"])).unwrap();
        out.write(Path::new("Glostrup.json"), b"{}").unwrap();
        out.finish().unwrap();
        let mut out = OutputDir::open(&dir.0, false, &paths(&["glostrup.json"])).unwrap();
        out.write(Path::new("glostrup.json"), b"{}").unwrap();
        let folds = dir.0.join("GLOSTRUP.json").exists();
        assert_eq!(out.finish(), Ok(usize::from(!folds)));
        assert!(dir.0.join("glostrup.json").is_file());
        assert_eq!(listed(&dir.0), ["glostrup.json"]);
    }

    #[test]
    fn manifest_lines_round_trip() {
        for path in [
            "glostrup/2024.html",
            "100%.json",
            "#1.json",
            "a #1.json",
            "line\nbreak.json",
            "ærø/år.html",
        ] {
            let line = encode(Path::new(path)).unwrap();
            assert!(!line.contains('\n') && !line.starts_with('#'), "{line}");
            assert_eq!(decode(&line).unwrap(), Path::new(path), "{line}");
        }
        assert_eq!(encode(Path::new("100%.json")).unwrap(), "100%25.json");
        assert_eq!(encode(Path::new("#1.json")).unwrap(), "%231.json");
    }

    #[test]
    fn manifest_lines_outside_the_directory_are_ignored() {
        for line in [
            "",
            "/etc/passwd",
            "../x.json",
            "a/../../x.json",
            "a//b.json",
            "./a.json",
            "a/",
            "%2E%2E/x.json",
            "%2Fetc/passwd",
            "%zz.json",
            "%4",
        ] {
            assert_eq!(decode(line), None, "{line}");
        }
    }
}
