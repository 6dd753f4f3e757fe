//! Writing a file whole or not at all: the one way `build`, `compare`, `diff` and
//! `draft` write their files, and `check --fix` and `fmt` rewrite a standard
//! ([`replace_contents`]).
//!
//! The bytes go to a new temporary file in the target's own folder, which is then moved
//! into place. The temporary file is created exclusively (`create_new`: it is never an
//! existing file, and a symbolic link planted under its name is not followed), under a
//! name no one can know in advance (the process id, a counter and the clock's
//! nanoseconds), and its data are synced to disk before the move, so that a crash
//! leaves the old file or the new one, never a part of one. A temporary file that a
//! killed run left behind is recognised by [`is_temporary`], so it can be removed.
//!
//! [`folders_below`] creates the folders of a path below an output directory one at a
//! time, and refuses a symbolic link among them, so that nothing is written outside it.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// What to do when the target exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Replace {
    /// Replace it (a symbolic link is replaced itself, never written through).
    Always,
    /// Leave it and fail with [`Error::Exists`].
    Never,
}

/// Why a file was not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The target exists, and [`Replace::Never`] was asked for.
    Exists,
    /// Anything else, in words.
    Failed(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Exists => f.write_str("the file exists"),
            Self::Failed(message) => f.write_str(message),
        }
    }
}

impl From<Error> for String {
    fn from(error: Error) -> Self {
        error.to_string()
    }
}

/// The end of every temporary file's name, after `.kvalitet-PID-COUNTER-NANOS`.
const TEMPORARY_SUFFIX: &str = ".tmp";

/// The marker before the numbers in a temporary file's name.
const TEMPORARY_MARK: &str = ".kvalitet-";

/// How many names are tried before giving up, should a name be taken.
const ATTEMPTS: usize = 16;

/// Writes `bytes` to `target` whole: to a new temporary file beside it, synced, then
/// moved into place. The target's folder must exist.
pub fn atomic(target: &Path, bytes: &[u8], replace: Replace) -> Result<(), Error> {
    atomic_with(target, bytes, replace, &mut || temporary_name(target))
}

/// Replaces the contents of an existing file whole (for `fmt` and `check --fix`), the way [`atomic`]
/// writes: to a new temporary file beside it, synced, then moved into place.
///
/// A symbolic link is followed: the file it names gets the new contents, and the link
/// stays. The file keeps its permissions. If it no longer holds `expected` (what was
/// read from it, changed meanwhile by someone else), nothing is written.
pub fn replace_contents(path: &Path, expected: &[u8], bytes: &[u8]) -> Result<(), Error> {
    let failed =
        |e: std::io::Error| Error::Failed(format!("cannot write `{}`: {e}", path.display()));
    let target = std::fs::canonicalize(path).map_err(failed)?;
    let permissions = std::fs::metadata(&target).map_err(failed)?.permissions();
    let temporary = create_temporary(&target, bytes, &mut || temporary_name(&target))?;
    let placed = std::fs::set_permissions(&temporary, permissions)
        .map_err(failed)
        .and_then(|()| match std::fs::read(&target) {
            Ok(current) if current == expected => {
                std::fs::rename(&temporary, &target).map_err(failed)
            }
            Ok(_) => Err(Error::Failed(format!(
                "`{}` changed since it was read, so it was not written; run again",
                path.display()
            ))),
            Err(e) => Err(failed(e)),
        });
    if placed.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    placed
}

/// [`atomic`], with the temporary names drawn from `names`.
fn atomic_with(
    target: &Path,
    bytes: &[u8],
    replace: Replace,
    names: &mut dyn FnMut() -> Option<PathBuf>,
) -> Result<(), Error> {
    let temporary = create_temporary(target, bytes, names)?;
    let placed = match replace {
        Replace::Always => std::fs::rename(&temporary, target),
        Replace::Never => place_new(&temporary, target),
    };
    // After a rename the temporary file is gone; after a link, or a failure, it goes.
    if placed.is_err() || replace == Replace::Never {
        let _ = std::fs::remove_file(&temporary);
    }
    placed.map_err(|e| {
        if e.kind() == ErrorKind::AlreadyExists {
            Error::Exists
        } else {
            Error::Failed(format!("cannot write `{}`: {e}", target.display()))
        }
    })
}

/// Creates a temporary file with the bytes, synced, and returns its path.
fn create_temporary(
    target: &Path,
    bytes: &[u8],
    names: &mut dyn FnMut() -> Option<PathBuf>,
) -> Result<PathBuf, Error> {
    let failed = |path: &Path, e: std::io::Error| {
        Error::Failed(format!("cannot write `{}`: {e}", path.display()))
    };
    for _ in 0..ATTEMPTS {
        let temporary = names().ok_or_else(|| {
            Error::Failed(format!(
                "cannot write `{}`: it has no file name",
                target.display()
            ))
        })?;
        let mut file = match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(file) => file,
            // Someone has the name (or planted a link under it): draw another.
            Err(e) if e.kind() == ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(failed(&temporary, e)),
        };
        let written = file.write_all(bytes).and_then(|()| file.sync_all());
        drop(file);
        return match written {
            Ok(()) => Ok(temporary),
            Err(e) => {
                let _ = std::fs::remove_file(&temporary);
                Err(failed(&temporary, e))
            }
        };
    }
    Err(Error::Failed(format!(
        "cannot write `{}`: no free name for a temporary file beside it",
        target.display()
    )))
}

/// Moves the temporary file to a target that must not exist.
///
/// A hard link fails if the target exists, even as a dangling symbolic link, so an
/// existing file is never replaced. Some file systems (FAT on a USB stick, some network
/// shares) have no hard links; there the target is looked up and the file renamed, which
/// leaves a moment in which a file created by someone else could be replaced.
fn place_new(temporary: &Path, target: &Path) -> std::io::Result<()> {
    match std::fs::hard_link(temporary, target) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == ErrorKind::AlreadyExists => Err(e),
        Err(linking) => match std::fs::symlink_metadata(target) {
            Ok(_) => Err(ErrorKind::AlreadyExists.into()),
            Err(e) if e.kind() == ErrorKind::NotFound => std::fs::rename(temporary, target),
            Err(_) => Err(linking),
        },
    }
}

/// A fresh temporary name beside the target: `.NAME.kvalitet-PID-COUNTER-NANOS.tmp`.
fn temporary_name(target: &Path) -> Option<PathBuf> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = target.file_name()?.to_string_lossy();
    // Keep the name short enough for any file system (255 bytes).
    let base: String = name.chars().take(64).collect();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let file = format!(
        ".{base}{TEMPORARY_MARK}{}-{count}-{nanos}{TEMPORARY_SUFFIX}",
        std::process::id()
    );
    Some(target.with_file_name(file))
}

/// Whether a file name is one of kvalitet's temporary names
/// (`.NAME.kvalitet-PID-COUNTER-NANOS.tmp`), which a killed run may have left.
pub fn is_temporary(name: &str) -> bool {
    let Some(inner) = name
        .strip_prefix('.')
        .and_then(|n| n.strip_suffix(TEMPORARY_SUFFIX))
    else {
        return false;
    };
    let Some((base, numbers)) = inner.rsplit_once(TEMPORARY_MARK) else {
        return false;
    };
    let numbers: Vec<&str> = numbers.split('-').collect();
    !base.is_empty()
        && numbers.len() == 3
        && numbers
            .iter()
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Makes sure the folders of `relative` below `root` exist and are real folders,
/// creating them one at a time: a symbolic link among them is refused, so that nothing
/// is written outside `root`. `root` itself may be a link; it is what the user named.
pub fn folders_below(root: &Path, relative: &Path) -> Result<(), String> {
    let mut path = root.to_path_buf();
    for component in relative.components() {
        path.push(component);
        if is_folder(&path)? {
            continue;
        }
        match std::fs::create_dir(&path) {
            Ok(()) => {}
            // Created meanwhile: it must be a real folder too.
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                if !is_folder(&path)? {
                    return Err(format!("cannot create `{}`: {e}", path.display()));
                }
            }
            Err(e) => return Err(format!("cannot create `{}`: {e}", path.display())),
        }
    }
    Ok(())
}

/// Checks, without creating anything, that the folders of `relative` below `root` that
/// exist are real folders: [`folders_below`] will then not refuse them.
pub fn check_folders_below(root: &Path, relative: &Path) -> Result<(), String> {
    let mut path = root.to_path_buf();
    for component in relative.components() {
        path.push(component);
        if !is_folder(&path)? {
            break;
        }
    }
    Ok(())
}

/// Whether a path below the output directory is a real folder (`false`: nothing is
/// there); a symbolic link or a file there is an error.
fn is_folder(path: &Path) -> Result<bool, String> {
    let metadata = match std::fs::symlink_metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(format!("cannot read `{}`: {e}", path.display())),
    };
    if metadata.file_type().is_symlink() {
        Err(format!(
            "`{}` is a symbolic link; kvalitet writes only into real folders inside --out, so that nothing is written outside it",
            path.display()
        ))
    } else if metadata.is_dir() {
        Ok(true)
    } else {
        Err(format!(
            "`{}` is not a folder, but an output needs a folder there",
            path.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of its own for one test, removed when the test ends.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> Self {
            let path =
                std::env::temp_dir().join(format!("kvalitet-write-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&path);
            std::fs::create_dir_all(&path).unwrap();
            Self(path)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_file_is_written_whole_and_no_temporary_file_is_left() {
        let dir = TempDir::new("whole");
        let target = dir.0.join("report.csv");
        atomic(&target, b"one\n", Replace::Never).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "one\n");
        assert_eq!(
            atomic(&target, b"two\n", Replace::Never),
            Err(Error::Exists)
        );
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "one\n");
        atomic(&target, b"three\n", Replace::Always).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "three\n");
        assert_eq!(names(&dir.0), ["report.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_planted_under_the_temporary_name_is_not_followed() {
        let dir = TempDir::new("planted");
        let victim = dir.0.join("victim.txt");
        std::fs::write(&victim, "victim\n").unwrap();
        let planted = dir.0.join(".report.csv.planted.tmp");
        std::os::unix::fs::symlink(&victim, &planted).unwrap();
        let fresh = dir.0.join(".report.csv.fresh.tmp");
        for replace in [Replace::Never, Replace::Always] {
            let target = dir.0.join("report.csv");
            let _ = std::fs::remove_file(&target);
            let mut offered = vec![fresh.clone(), planted.clone()];
            atomic_with(&target, b"report\n", replace, &mut || offered.pop()).unwrap();
            assert_eq!(std::fs::read_to_string(&victim).unwrap(), "victim\n");
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "report\n");
            assert!(!std::fs::symlink_metadata(&target)
                .unwrap()
                .file_type()
                .is_symlink());
            // The planted link is not kvalitet's to remove.
            assert!(std::fs::symlink_metadata(&planted)
                .unwrap()
                .file_type()
                .is_symlink());
        }
        assert_eq!(
            names(&dir.0),
            [".report.csv.planted.tmp", "report.csv", "victim.txt"]
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_dangling_link_at_the_target_is_an_existing_file() {
        let dir = TempDir::new("dangling");
        let target = dir.0.join("report.csv");
        std::os::unix::fs::symlink(dir.0.join("elsewhere.csv"), &target).unwrap();
        assert_eq!(
            atomic(&target, b"report\n", Replace::Never),
            Err(Error::Exists)
        );
        assert!(!dir.0.join("elsewhere.csv").exists());
        // Replacing replaces the link itself.
        atomic(&target, b"report\n", Replace::Always).unwrap();
        assert!(!dir.0.join("elsewhere.csv").exists());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "report\n");
        assert_eq!(names(&dir.0), ["report.csv"]);
    }

    #[test]
    fn contents_are_replaced_whole_unless_the_file_changed() {
        let dir = TempDir::new("replace");
        let target = dir.0.join("a.kvs");
        std::fs::write(&target, "old\n").unwrap();
        replace_contents(&target, b"old\n", b"new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new\n");
        let error = replace_contents(&target, b"old\n", b"newer\n").unwrap_err();
        assert!(error.to_string().contains("changed since"), "{error}");
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new\n");
        assert_eq!(names(&dir.0), ["a.kvs"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions_and_its_links() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = TempDir::new("replace-link");
        let target = dir.0.join("a.kvs");
        std::fs::write(&target, "old\n").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.0.join("link.kvs");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        replace_contents(&link, b"old\n", b"new\n").unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new\n");
        let mode = std::fs::metadata(&target).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o640);
        assert_eq!(names(&dir.0), ["a.kvs", "link.kvs"]);
    }

    #[test]
    fn temporary_names_are_fresh_and_recognised() {
        let target = Path::new("out/glostrup/2024.html");
        let first = temporary_name(target).unwrap();
        let second = temporary_name(target).unwrap();
        assert_ne!(first, second);
        assert_eq!(first.parent(), target.parent());
        let name = first.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with(".2024.html.kvalitet-"), "{name}");
        assert!(is_temporary(&name), "{name}");
        for other in [
            "2024.html",
            "2024.html.tmp",
            ".2024.html.tmp",
            ".2024.html.kvalitet-1-2.tmp",
            ".2024.html.kvalitet-1-2-x.tmp",
            ".2024.html.kvalitet-1-2-3.tmp.html",
            ".kvalitet-1-2-3.tmp",
            "x.kvalitet-1-2-3.tmp",
        ] {
            assert!(!is_temporary(other), "{other}");
        }
    }

    #[test]
    fn a_long_name_gets_a_temporary_name_a_file_system_takes() {
        let long = "å".repeat(120);
        let name = temporary_name(Path::new(&format!("{long}.html"))).unwrap();
        let name = name.to_string_lossy().into_owned();
        assert!(name.len() < 255, "{}", name.len());
        assert!(is_temporary(&name), "{name}");
    }

    #[cfg(unix)]
    #[test]
    fn folders_below_the_root_are_created_and_links_refused() {
        let dir = TempDir::new("folders");
        let root = dir.0.join("out");
        std::fs::create_dir(&root).unwrap();
        folders_below(&root, Path::new("a/b")).unwrap();
        assert!(root.join("a/b").is_dir());
        std::fs::create_dir(dir.0.join("elsewhere")).unwrap();
        std::os::unix::fs::symlink(dir.0.join("elsewhere"), root.join("c")).unwrap();
        let error = folders_below(&root, Path::new("c/d")).unwrap_err();
        assert!(error.contains("is a symbolic link"), "{error}");
        assert!(!dir.0.join("elsewhere/d").exists());
        let error = check_folders_below(&root, Path::new("c/d")).unwrap_err();
        assert!(error.contains("is a symbolic link"), "{error}");
        std::fs::write(root.join("f"), "").unwrap();
        let error = folders_below(&root, Path::new("f/g")).unwrap_err();
        assert!(error.contains("is not a folder"), "{error}");
        // Checking creates nothing.
        check_folders_below(&root, Path::new("x/y")).unwrap();
        assert!(!root.join("x").exists());
        // The root itself may be a link: the user named it.
        let linked = dir.0.join("linked");
        std::os::unix::fs::symlink(&root, &linked).unwrap();
        folders_below(&linked, Path::new("a/e")).unwrap();
        assert!(root.join("a/e").is_dir());
    }
}
