//! Lowering of `anden-ordning`: a scheme under another law that a standard sends
//! citizens to, kept apart from its legal basis.

use super::{literal, Lowerer};
use crate::diag::{codes, Diagnostic};
use crate::model::values::OtherScheme;
use crate::msg;
use crate::source::Spanned;
use crate::syntax::tree::{ArgKind, Statement};

impl Lowerer<'_> {
    /// `anden-ordning SUL § 140 "Genoptræning efter udskrivning fra sygehus"`.
    pub(crate) fn other_scheme(&mut self, statement: &Statement) -> Option<OtherScheme> {
        let mut cursor = self.cursor(statement);
        if cursor.is_done() {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MISSING_VALUE,
                    statement.key.span,
                    msg!("lower-other-scheme-needs-law"),
                )
                .with_help(msg!("lower-other-scheme-needs-law-help")),
            );
            return None;
        }
        let refs = match literal::law_refs(&mut cursor, self.source) {
            Ok(refs) => refs,
            Err(errors) => {
                self.diagnostics.extend(errors);
                return None;
            }
        };
        // The other scheme is under another law than the basis: it must say which.
        if let Some(bare) = refs.iter().find(|r| r.law_inferred) {
            self.diagnostics.push(
                Diagnostic::error(
                    codes::MALFORMED_LAW_REFERENCE,
                    bare.span,
                    msg!("lower-other-scheme-no-law", reference = &bare.original),
                )
                .with_label(msg!("lower-other-scheme-no-law-label"))
                .with_help(msg!("lower-other-scheme-no-law-help")),
            );
            return None;
        }
        let name = cursor
            .eat_kind(ArgKind::String)
            .map(|arg| Spanned::new(arg.as_str().to_owned(), arg.span));
        self.finish(&cursor, msg!("lower-after-other-scheme"));
        Some(OtherScheme {
            refs,
            name,
            span: statement.span,
        })
    }
}
