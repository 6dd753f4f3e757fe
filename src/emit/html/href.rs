//! The one gate for links: which addresses a page may put in an `href`.
//!
//! Every address that comes from a standard passes through [`safe_href`]; only http,
//! https, mailto and tel addresses come out. Links between the generated pages are
//! built here too, always relative and percent-encoded, so a file name can never
//! become a `javascript:` address.

use crate::model::values::{Email, Phone};
use std::path::Path;

/// The beginnings of the addresses a page may link to, in lowercase.
const SAFE_SCHEMES: [&str; 4] = ["https://", "http://", "mailto:", "tel:"];

/// The address to put in an `href`, if it may be linked at all.
///
/// Only `http://`, `https://`, `mailto:` and `tel:` addresses are allowed, and none
/// with whitespace or control characters (which browsers strip, so `java\nscript:`
/// would otherwise slip through). Anything else gives `None`, and the caller shows
/// the text without a link. The result is still escaped by the template.
pub fn safe_href(address: &str) -> Option<String> {
    if address.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let lower = address.to_ascii_lowercase();
    let scheme = SAFE_SCHEMES.iter().find(|s| lower.starts_with(**s))?;
    if address.len() <= scheme.len() {
        return None;
    }
    Some(address.to_owned())
}

/// The `tel:` link of a Danish phone number: `tel:+4543236690`.
pub fn tel_href(phone: &Phone) -> Option<String> {
    if phone.digits.is_empty() || !phone.digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    safe_href(&format!("tel:+45{}", phone.digits))
}

/// The `mailto:` link of an e-mail address.
pub fn mail_href(email: &Email) -> Option<String> {
    safe_href(&format!("mailto:{}", email.address))
}

/// The relative link from the index to a standard's page: `./glostrup/2024.html`.
///
/// Each part of the path is percent-encoded, and the link starts with `./`, so a file
/// called `javascript:alert(1).kvs` links to a file, not to a script.
pub fn page_href(stem: &Path) -> String {
    let mut out = String::from(".");
    for part in stem.components() {
        out.push('/');
        out.push_str(&percent_encode(&part.as_os_str().to_string_lossy()));
    }
    out.push_str(".html");
    out
}

/// The way back from a page at `stem` to the output directory: `../` per folder.
pub fn root_of(stem: &Path) -> String {
    let depth = stem.components().count().saturating_sub(1);
    if depth == 0 {
        "./".to_owned()
    } else {
        "../".repeat(depth)
    }
}

/// Percent-encodes everything but the unreserved characters of RFC 3986.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_mail_and_phone_addresses_are_linked() {
        for good in [
            "https://ast.dk/klage",
            "HTTP://www.borger.dk",
            "mailto:ast@ast.dk",
            "tel:+4533411200",
        ] {
            assert_eq!(safe_href(good).as_deref(), Some(good));
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "java\nscript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "//evil.example",
            "/relative",
            "https://",
            "https://x.dk/ onmouseover=alert(1)",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?} must not be linked");
        }
    }

    #[test]
    fn page_links_are_relative_and_encoded() {
        assert_eq!(
            page_href(Path::new("glostrup/2024")),
            "./glostrup/2024.html"
        );
        assert_eq!(
            page_href(Path::new("javascript:alert(1)")),
            "./javascript%3Aalert%281%29.html"
        );
        assert_eq!(
            page_href(Path::new("hjørring/a b")),
            "./hj%C3%B8rring/a%20b.html"
        );
        assert_eq!(root_of(Path::new("glostrup/2024")), "../");
        assert_eq!(root_of(Path::new("2024")), "./");
    }
}
