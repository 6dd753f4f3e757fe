//! Where `build` puts each file in `--out`.
//!
//! An output keeps the whole stem of its input and adds its extension:
//! `standard.2024.kvs` becomes `standard.2024.json` or `standard.2024.html`.

use std::path::{Path, PathBuf};

/// The output path of a stem: the stem with `.extension` added, never replaced.
pub fn file_name(stem: &Path, extension: &str) -> PathBuf {
    let mut name = stem.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
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
}
