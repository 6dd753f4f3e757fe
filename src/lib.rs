//! kvalitet: a compiler and linter for Danish municipal kvalitetsstandarder.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`syntax`]: source text to a concrete syntax tree (pest lives here only);
//! 2. [`lower`]: the syntax tree to the typed [`model`], with typed literals;
//! 3. [`resolve`]: names to contacts and to the bodies of the [`registry`];
//! 4. [`check`]: the rules that find what is wrong in a standard;
//! 5. [`emit`]: JSON and the other outputs.
//!
//! Every stage returns its result together with its diagnostics ([`diag`]); none
//! prints, and none stops at the first problem. [`compile`] runs them all.
//!
//! Beside the pipeline, [`config`] reads the `kvalitet.yaml` files that set the rule
//! levels and defaults of a project or directory; for authoring, [`fix`] applies the
//! fixes that diagnostics carry ([`diag::Fix`]) and checks the result again, [`format`]
//! writes a file in the canonical layout ([`format_source`], for `kvalitet fmt`), and
//! [`draft`] makes next year's standard from this year's. Three front ends call the
//! library: [`cli`], the command line; [`lsp`], the language server for editors; and
//! [`serve`], the workbench, a local web app that does all of this in the browser
//! (`kvalitet serve`).

// pest's generated parser names `alloc::boxed::Box` when pest is built without `std`.
extern crate alloc;

pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod draft;
pub mod emit;
pub mod fix;
pub mod format;
pub mod i18n;
pub mod lower;
#[cfg(feature = "lsp")]
pub mod lsp;
pub mod model;
pub mod registry;
pub mod resolve;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod source;
pub mod suggest;
pub mod syntax;
#[cfg(test)]
mod testing;

use diag::Diagnostic;
pub use format::format_source;
use model::Standard;
use source::SourceFile;

/// The result of compiling one file.
#[derive(Debug)]
pub struct Compiled {
    /// The file.
    pub source: SourceFile,
    /// The standard, if the file holds one (even with errors, as much as could be read).
    pub standard: Option<Standard>,
    /// Every diagnostic, sorted by position.
    pub diagnostics: Vec<Diagnostic>,
}

impl Compiled {
    /// Whether the file could not be read as written: an error with a language code
    /// (`KS001`–`KS099`), as opposed to a rule's finding about what it says.
    pub fn has_language_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == diag::Severity::Error && diag::codes::find(d.code).is_some())
    }

    /// Whether the file could not be checked at all: it could not be read, or
    /// kvalitet failed on it (`KS090`, `KS099`).
    pub fn is_unchecked(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| diag::codes::is_fatal(d.code))
    }

    /// Whether any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == diag::Severity::Error)
    }
}

/// Compiles many files on every core, keeping their order.
pub fn compile_all(sources: Vec<SourceFile>, options: &check::Options) -> Vec<Compiled> {
    compile_each(
        sources
            .into_iter()
            .map(|source| (source, options))
            .collect(),
    )
}

/// Compiles many files on every core, each with its own options (as configuration found
/// beside each file sets them), keeping their order.
///
/// The work is shared out file by file (rayon's work stealing), so one large file does
/// not hold up a fixed share of the others, and each result is made from its own source:
/// a failure in one file ([`compile_guarded`]) is reported on that file alone.
pub fn compile_each(sources: Vec<(SourceFile, &check::Options)>) -> Vec<Compiled> {
    use rayon::prelude::*;
    sources
        .into_par_iter()
        .map(|(source, options)| compile_guarded(source, options))
        .collect()
}

/// Decodes a file's bytes and compiles it. Bytes that are not UTF-8 give one
/// diagnostic (`KS090`) at the first bad sequence, and nothing else is checked.
pub fn compile_bytes(name: String, bytes: Vec<u8>, options: &check::Options) -> Compiled {
    match syntax::encoding::decode(bytes) {
        Ok(text) => compile_guarded(SourceFile::new(name, text), options),
        Err((text, diagnostic)) => Compiled {
            source: SourceFile::new(name, text),
            standard: None,
            diagnostics: vec![diagnostic],
        },
    }
}

/// Like [`compile`], but a panic inside the compiler (a bug) becomes an internal-error
/// diagnostic (`KS099`) on this file instead of ending the run.
pub fn compile_guarded(source: SourceFile, options: &check::Options) -> Compiled {
    let name = source.name.clone();
    guarded(name, || compile(source, options), |failed| failed)
}

/// Like [`compile_guarded`], but gives up between two stages once `cancelled` says so
/// (in an editor: a newer version of the file has arrived), and then returns `None`.
pub fn compile_cancellable(
    source: SourceFile,
    options: &check::Options,
    cancelled: &dyn Fn() -> bool,
) -> Option<Compiled> {
    let name = source.name.clone();
    let run = || {
        stages(source, options, || {
            if cancelled() {
                Err(Cancelled)
            } else {
                Ok(())
            }
        })
        .ok()
    };
    guarded(name, run, Some)
}

/// A compilation given up by [`compile_cancellable`].
#[derive(Debug, Clone, Copy)]
struct Cancelled;

/// Runs `run`; a panic becomes a result for the file `name` with an internal error,
/// handed to `failed`.
fn guarded<T>(name: String, run: impl FnOnce() -> T, failed: impl FnOnce(Compiled) -> T) -> T {
    let run = std::panic::AssertUnwindSafe(run);
    std::panic::catch_unwind(run).unwrap_or_else(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| i18n::Arg::from(*s))
            .or_else(|| payload.downcast_ref::<String>().map(i18n::Arg::from))
            .unwrap_or_else(|| i18n::Arg::from(msg!("file-unknown-failure")));
        failed(Compiled {
            source: SourceFile::new(name, String::new()),
            standard: None,
            diagnostics: vec![Diagnostic::error(
                diag::codes::INTERNAL_ERROR,
                source::Span::new(0, 0),
                msg!("file-internal-error", what = what),
            )
            .with_help(msg!("file-bug-help"))],
        })
    })
}

/// Runs the whole pipeline on one file: parse, lower, resolve, check.
pub fn compile(source: SourceFile, options: &check::Options) -> Compiled {
    match stages(source, options, || Ok::<(), std::convert::Infallible>(())) {
        Ok(compiled) => compiled,
        Err(never) => match never {},
    }
}

/// The stages of [`compile`], with `between` asked before each stage after the first
/// whether to go on.
fn stages<E>(
    source: SourceFile,
    options: &check::Options,
    mut between: impl FnMut() -> Result<(), E>,
) -> Result<Compiled, E> {
    let registry = &*options.registry;
    if source.text.len() > source::MAX_SOURCE_LEN {
        let diagnostic = too_large(source.text.len() as u64);
        return Ok(Compiled {
            source,
            standard: None,
            diagnostics: vec![diagnostic],
        });
    }
    let (tree, mut diagnostics) = syntax::parse(&source.text);
    between()?;
    // The rules read the comments' suppressions, not the tree; the lowering consumes
    // the tree, dropping each statement once it is lowered.
    let suppressions = check::suppress::collect(&tree);
    let (mut standard, lowered) = lower::lower_owned(tree, &source);
    diagnostics.extend(lowered);
    if let Some(standard) = standard.as_mut() {
        between()?;
        diagnostics.extend(resolve::resolve(standard, registry, &source));
        let language_errors = diagnostics
            .iter()
            .any(|d| d.severity == diag::Severity::Error);
        // The rules judge what a standard says; on a file that cannot be read as
        // written they would only add noise.
        if !language_errors {
            between()?;
            diagnostics.extend(check::check_suppressed(
                standard,
                suppressions,
                &source,
                registry,
                options,
            ));
        }
    }
    diag::sort(&mut diagnostics);
    Ok(Compiled {
        source,
        standard,
        diagnostics,
    })
}

/// The diagnostic on a file of `size` bytes, more than a span can point into
/// ([`source::MAX_SOURCE_LEN`]).
pub fn too_large(size: u64) -> diag::Diagnostic {
    diag::Diagnostic::error(
        diag::codes::UNREADABLE_FILE,
        source::Span::new(0, 0),
        msg!("file-too-large", size = size.to_string()),
    )
    .with_help(msg!("file-too-large-help"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_internal_error_on_its_file() {
        let result = guarded(
            "a.kvs".into(),
            || panic!("an index out of bounds"),
            |failed| failed,
        );
        assert_eq!(result.source.name, "a.kvs");
        assert!(result.is_unchecked());
        let [diagnostic] = &result.diagnostics[..] else {
            panic!("expected one diagnostic, got {:?}", result.diagnostics);
        };
        assert_eq!(diagnostic.code, diag::codes::INTERNAL_ERROR);
        assert!(diagnostic.message.en().contains("an index out of bounds"));
        // In Danish too, with the failure's own words as they came.
        let danish = diagnostic.message.text(crate::i18n::Lang::Da);
        assert!(
            danish.starts_with("kvalitet kunne ikke behandle"),
            "{danish}"
        );
        assert!(danish.contains("an index out of bounds"), "{danish}");
    }

    #[test]
    fn a_cancelled_compilation_stops_between_stages() {
        let options = check::Options::new(model::values::Date::ymd(2026, 11, 23));
        let text = "kvalitetsstandard \"A\" {\n  kommune Glostrup\n}\n";
        let source = || SourceFile::new("a.kvs", text);
        assert!(compile_cancellable(source(), &options, &|| true).is_none());
        let asked = std::cell::Cell::new(0);
        let second = || {
            asked.set(asked.get() + 1);
            asked.get() > 1
        };
        assert!(compile_cancellable(source(), &options, &second).is_none());
        assert_eq!(asked.get(), 2, "asked after parsing, then after lowering");
        let done = compile_cancellable(source(), &options, &|| false).expect("not cancelled");
        assert_eq!(done.diagnostics, compile(source(), &options).diagnostics);
    }
}
