//! File URIs and paths: the documents of an editor are named by URI, and a file's
//! configuration (`kvalitet.yaml` in its directory or above) is found by its path.

use lsp_types::Uri;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// The path of a `file:` URI, percent-decoded; `None` for any other scheme (an
/// unsaved buffer), or a path that is not UTF-8.
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let text = uri.as_str();
    let rest = strip_prefix_ignore_case(text, "file://")?;
    // `file://host/path`: only an empty host or `localhost` is this machine.
    let slash = rest.find('/')?;
    let (host, path) = rest.split_at(slash);
    if !(host.is_empty() || host.eq_ignore_ascii_case("localhost")) {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = percent_decode(path)?;
    // `file:///C:/dir` is the Windows path `C:/dir`.
    let windows = decoded.as_bytes().get(2) == Some(&b':')
        && decoded
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_alphabetic);
    let decoded = if windows {
        decoded.get(1..).unwrap_or(&decoded).to_owned()
    } else {
        decoded
    };
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of an absolute path.
pub fn from_path(path: &Path) -> Option<Uri> {
    let text = path.to_str()?;
    let text = text.replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for byte in text.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"/-._~:".contains(&byte);
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    Uri::from_str(&out).ok()
}

fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| text.get(prefix.len()..))
        .flatten()
}

/// Decodes `%XX` escapes; `None` if the result is not UTF-8 or an escape is broken.
fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        if byte == b'%' {
            let hex = text.get(at + 1..at + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            at += 3;
        } else {
            out.push(byte);
            at += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(text: &str) -> Uri {
        Uri::from_str(text).expect("a URI")
    }

    #[test]
    fn file_uris_become_paths_and_back() {
        let path = to_path(&uri("file:///tmp/Gr%C3%B8nt%20omr%C3%A5de/2024.kvs"));
        assert_eq!(path, Some(PathBuf::from("/tmp/Grønt område/2024.kvs")));
        let back = from_path(Path::new("/tmp/Grønt område/2024.kvs")).expect("a URI");
        assert_eq!(
            back.as_str(),
            "file:///tmp/Gr%C3%B8nt%20omr%C3%A5de/2024.kvs"
        );
        assert_eq!(
            to_path(&uri("file:///C:/standarder/a.kvs")),
            Some(PathBuf::from("C:/standarder/a.kvs"))
        );
        assert_eq!(
            to_path(&uri("file://localhost/tmp/a.kvs")),
            Some(PathBuf::from("/tmp/a.kvs"))
        );
    }

    #[test]
    fn other_uris_have_no_path() {
        assert_eq!(to_path(&uri("untitled:Untitled-1")), None);
        assert_eq!(to_path(&uri("file://server/share/a.kvs")), None);
        assert_eq!(percent_decode("/a%ZZ"), None);
        assert_eq!(percent_decode("/a%C3"), None, "not UTF-8");
    }
}
