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
//! levels and defaults of a project or directory.

pub mod check;
pub mod cli;
pub mod config;
pub mod diag;
pub mod emit;
pub mod lower;
pub mod model;
pub mod registry;
pub mod resolve;
pub mod source;
pub mod syntax;

use diag::Diagnostic;
use model::Standard;
use registry::Registry;
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
pub fn compile_each(sources: Vec<(SourceFile, &check::Options)>) -> Vec<Compiled> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(sources.len().max(1));
    let chunk = sources.len().div_ceil(threads).max(1);
    let mut chunks: Vec<Vec<(SourceFile, &check::Options)>> = Vec::new();
    let mut rest = sources.into_iter().peekable();
    while rest.peek().is_some() {
        chunks.push(rest.by_ref().take(chunk).collect());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|part| {
                scope.spawn(move || {
                    part.into_iter()
                        .map(|(source, options)| compile(source, options))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| handle.join().unwrap_or_default())
            .collect()
    })
}

/// Runs the whole pipeline on one file: parse, lower, resolve, check.
pub fn compile(source: SourceFile, options: &check::Options) -> Compiled {
    let registry = Registry::builtin();
    let (tree, mut diagnostics) = syntax::parse(&source.text);
    let (mut standard, lowered) = lower::lower(&tree, &source);
    diagnostics.extend(lowered);
    if let Some(standard) = standard.as_mut() {
        diagnostics.extend(resolve::resolve(standard, registry));
        let language_errors = diagnostics
            .iter()
            .any(|d| d.severity == diag::Severity::Error);
        // The rules judge what a standard says; on a file that cannot be read as
        // written they would only add noise.
        if !language_errors {
            diagnostics.extend(check::check(standard, &tree, &source, registry, options));
        }
    }
    diag::sort(&mut diagnostics);
    Compiled {
        source,
        standard,
        diagnostics,
    }
}
