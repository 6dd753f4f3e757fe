//! The files the workbench may touch: `.kvs` files below its folder, named by a
//! relative path of plain names (no `..`, no `.`, no absolute path, no backslash), that
//! do not lead out of the folder through a symbolic link.

use std::path::{Component, Path, PathBuf};

/// The folder served, as given and with its links resolved.
#[derive(Debug, Clone)]
pub struct Root {
    /// The folder with every link resolved: every file served lies below it.
    pub real: PathBuf,
}

/// Why a path is refused, in Danish for the writer.
pub type Refusal = &'static str;

/// The deepest folder listed, so that a link loop or a deep tree cannot hold up a
/// listing.
const MAX_DEPTH: usize = 16;

impl Root {
    /// The root at `dir`, which must be a folder.
    pub fn new(dir: &Path) -> Result<Self, String> {
        let real = std::fs::canonicalize(dir)
            .map_err(|e| format!("cannot open the folder `{}`: {e}", dir.display()))?;
        if !real.is_dir() {
            return Err(format!("`{}` is not a folder", dir.display()));
        }
        Ok(Self { real })
    }

    /// The relative path checked word by word: plain names only, ending in `.kvs`.
    pub fn relative(name: &str) -> Result<PathBuf, Refusal> {
        if name.is_empty() || name.contains('\\') || name.contains('\0') {
            return Err("stien er ikke gyldig");
        }
        let path = Path::new(name);
        let mut relative = PathBuf::new();
        for component in path.components() {
            match component {
                Component::Normal(word) => relative.push(word),
                _ => return Err("stien skal være relativ og må ikke indeholde `..` eller `.`"),
            }
        }
        if path.extension().and_then(|e| e.to_str()) != Some("kvs") {
            return Err("kun .kvs-filer kan åbnes");
        }
        Ok(relative)
    }

    /// An existing `.kvs` file below the root, with its links resolved.
    pub fn existing(&self, name: &str) -> Result<PathBuf, Refusal> {
        let relative = Self::relative(name)?;
        let real =
            std::fs::canonicalize(self.real.join(&relative)).map_err(|_| "filen findes ikke")?;
        if !real.starts_with(&self.real) {
            return Err("filen ligger uden for mappen");
        }
        if !real.is_file() || real.extension().and_then(|e| e.to_str()) != Some("kvs") {
            return Err("kun .kvs-filer kan åbnes");
        }
        Ok(real)
    }

    /// A new `.kvs` file below the root: its folder exists below the root (links
    /// resolved), and nothing has its name yet.
    pub fn new_file(&self, name: &str) -> Result<PathBuf, Refusal> {
        let relative = Self::relative(name)?;
        let joined = self.real.join(&relative);
        let file_name = joined.file_name().ok_or("stien er ikke gyldig")?.to_owned();
        let folder = joined.parent().ok_or("stien er ikke gyldig")?;
        let folder = std::fs::canonicalize(folder).map_err(|_| "mappen findes ikke")?;
        if !folder.starts_with(&self.real) {
            return Err("filen ligger uden for mappen");
        }
        Ok(folder.join(file_name))
    }

    /// The name of a file below the root, relative to it with `/` between words.
    pub fn name_of(&self, real: &Path) -> Option<String> {
        let relative = real.strip_prefix(&self.real).ok()?;
        let words: Option<Vec<&str>> = relative
            .components()
            .map(|c| c.as_os_str().to_str())
            .collect();
        Some(words?.join("/"))
    }

    /// Every `.kvs` file below the root, by name, sorted. Links are not followed,
    /// hidden folders and `target` and `node_modules` are skipped.
    pub fn list(&self) -> Vec<String> {
        let mut found = Vec::new();
        let mut pending = vec![(self.real.clone(), 0_usize)];
        while let Some((folder, depth)) = pending.pop() {
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(kind) = entry.file_type() else {
                    continue;
                };
                let name = entry.file_name();
                let Some(name) = name.to_str() else {
                    continue;
                };
                if name.starts_with('.') {
                    continue;
                }
                let path = entry.path();
                if kind.is_dir() && depth < MAX_DEPTH && name != "target" && name != "node_modules"
                {
                    pending.push((path, depth + 1));
                } else if kind.is_file() && name.ends_with(".kvs") {
                    if let Some(relative) = self.name_of(&path) {
                        found.push(relative);
                    }
                }
            }
        }
        found.sort();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_kvs_names_pass() {
        assert!(Root::relative("a/b.kvs").is_ok());
        for bad in [
            "",
            "../a.kvs",
            "a/../b.kvs",
            "/etc/a.kvs",
            "./a.kvs",
            "a.txt",
            "a\\b.kvs",
            "a",
        ] {
            assert!(Root::relative(bad).is_err(), "{bad} passed");
        }
    }
}
