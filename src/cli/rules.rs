//! `kvalitet rules` and `kvalitet keywords`.

use super::args::RulesFormat;
use super::{Io, EXIT_OK};
use crate::emit::rules;

/// Prints every rule in the chosen format and language (English unless chosen).
pub fn run(format: RulesFormat, io: &mut Io<'_>) -> Result<u8, String> {
    let lang = io.lang.unwrap_or_default();
    let text = match format {
        RulesFormat::Text => rules::text(lang),
        RulesFormat::Markdown => rules::markdown(lang),
        RulesFormat::Json => rules::json(lang),
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(EXIT_OK)
}

/// Prints every keyword of the language in the chosen format.
pub fn keywords(format: RulesFormat, io: &mut Io<'_>) -> Result<u8, String> {
    let text = match format {
        RulesFormat::Text => crate::schema::text(),
        RulesFormat::Markdown => crate::schema::markdown(),
        RulesFormat::Json => crate::schema::json(),
    };
    io.stdout
        .write_all(text.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(EXIT_OK)
}
