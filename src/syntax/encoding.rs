//! Decoding a file's bytes: standards are UTF-8 text, and anything else is reported
//! with the place of the first byte that is not, and a hint on what the file is.

use crate::diag::{codes, Diagnostic};
use crate::i18n::Message;
use crate::msg;
use crate::source::Span;

/// Decodes `bytes` as UTF-8. Text that is not UTF-8 comes back decoded lossily (each
/// bad sequence shown as `�`, so lines and columns still point at it) with a
/// diagnostic at the first bad sequence.
pub fn decode(bytes: Vec<u8>) -> Result<String, (String, Diagnostic)> {
    let error = match String::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(error) => error,
    };
    let offset = error.utf8_error().valid_up_to();
    let bytes = error.into_bytes();
    let message = message(&bytes, offset);
    let text = String::from_utf8_lossy(&bytes).into_owned();
    // The lossy text is the same up to the bad sequence, which becomes one `�`.
    let at = Span::new(offset, offset + '\u{FFFD}'.len_utf8());
    let diagnostic = Diagnostic::error(codes::UNREADABLE_FILE, at, message)
        .with_label(msg!("syntax-not-utf8-label"))
        .with_help(msg!("syntax-not-utf8-help"));
    Err((text, diagnostic))
}

/// The message for a file that is not UTF-8 at `offset`, with a few words on what
/// the file probably is, from its first bytes and its first bad byte.
fn message(bytes: &[u8], offset: usize) -> Message {
    let at = offset.to_string();
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return msg!("syntax-not-utf8-utf16", offset = at);
    }
    match bytes.get(offset) {
        // æ ø å Æ Ø Å as Windows-1252 and ISO 8859-1 store them, one byte each.
        Some(0xE6 | 0xF8 | 0xE5 | 0xC6 | 0xD8 | 0xC5) => {
            msg!("syntax-not-utf8-windows-1252", offset = at)
        }
        _ => msg!("syntax-not-utf8", offset = at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_decoded_as_it_is() {
        assert_eq!(
            decode("målgruppe".as_bytes().to_vec()).ok().as_deref(),
            Some("målgruppe")
        );
    }

    #[test]
    fn windows_1252_is_reported_at_the_first_bad_byte() {
        // "kommune Høje" with ø as Windows-1252's single byte 0xF8.
        let bytes = b"kommune H\xF8je".to_vec();
        let Err((text, diagnostic)) = decode(bytes) else {
            panic!("decoded bytes that are not UTF-8");
        };
        assert_eq!(text, "kommune H\u{FFFD}je");
        assert_eq!(diagnostic.code, codes::UNREADABLE_FILE);
        assert_eq!(diagnostic.span, Span::new(9, 12));
        assert!(
            diagnostic.message.en().contains("byte 9"),
            "{:?}",
            diagnostic.message
        );
        assert!(
            diagnostic.message.en().contains("Windows-1252"),
            "{:?}",
            diagnostic.message
        );
    }

    #[test]
    fn utf16_is_named() {
        let bytes = vec![0xFF, 0xFE, b'k', 0, b'o', 0];
        let Err((_, diagnostic)) = decode(bytes) else {
            panic!("decoded UTF-16 as UTF-8");
        };
        assert!(
            diagnostic.message.en().contains("UTF-16"),
            "{:?}",
            diagnostic.message
        );
    }
}
