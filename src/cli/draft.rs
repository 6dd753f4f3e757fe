//! `kvalitet draft`: next year's standard from this year's, and what is left to do.

use super::args::DraftArgs;
use super::files;
use super::write::{self, Replace};
use super::{Io, EXIT_OK, EXIT_USAGE};
use crate::diag::fix::Applicability;
use crate::diag::{Diagnostic, Severity};
use crate::draft::{self, Request};
use crate::emit::catalogue;
use crate::i18n::{Lang, Message};
use crate::msg;
use crate::source::SourceFile;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Writes the draft and prints the to-do list.
pub fn run(args: &DraftArgs, io: &mut Io<'_>) -> Result<u8, String> {
    let inputs = files::collect(std::slice::from_ref(&args.source), io)?;
    let [input] = inputs.as_slice() else {
        return Err(format!(
            "`{}` is a folder; give one standard file to draft from",
            args.source.display()
        ));
    };
    let settings = files::settings(&inputs, &args.config, args.today.as_deref())?;
    let Some(options) = settings.first().map(|s| s.options.clone()) else {
        return Ok(EXIT_USAGE);
    };
    let lang = files::lang(io, &settings);
    let bytes = input
        .bytes()
        .map_err(|d| format!("{}: {}", input.name, d.message.text(lang)))?;
    let text = crate::syntax::encoding::decode(bytes)
        .map_err(|(_, d)| format!("{}: {}", input.name, d.message.text(lang)))?;
    let source = SourceFile::new(input.name.clone(), text);
    let request = Request {
        year: args.year,
        today: options.today,
    };
    let drafted = match draft::draft(&source, &options, request) {
        Ok(drafted) => drafted,
        Err(refusal) => {
            let _ = writeln!(io.stderr, "error: {}: {refusal}", source.name);
            return Ok(EXIT_USAGE);
        }
    };
    let to_stdout =
        args.out.as_deref() == Some(Path::new("-")) || (args.out.is_none() && input.path.is_none());
    let target_name = if to_stdout {
        io.stdout
            .write_all(drafted.text.as_bytes())
            .map_err(|e| format!("cannot write: {e}"))?;
        "the draft".to_owned()
    } else {
        let target = match &args.out {
            Some(out) => out.clone(),
            None => default_target(input.path.as_deref(), drafted.from_year, drafted.year),
        };
        let replace = if args.force {
            Replace::Always
        } else {
            Replace::Never
        };
        match write::atomic(&target, drafted.text.as_bytes(), replace) {
            Ok(()) => {}
            Err(write::Error::Exists) => {
                return Err(format!(
                    "`{}` exists; give another --out, or --force to replace it",
                    target.display()
                ))
            }
            Err(error) => return Err(format!("cannot write `{}`: {error}", target.display())),
        }
        target.display().to_string()
    };
    let draft_source = SourceFile::new(target_name.clone(), drafted.text);
    let compiled = crate::compile(draft_source, &options);
    let file = if to_stdout { "FILE" } else { &target_name };
    let report = to_do(
        &target_name,
        file,
        &source.name,
        drafted.year,
        &compiled,
        lang,
    );
    // With the draft on standard output, the list goes to standard error.
    let out: &mut dyn std::io::Write = if to_stdout { io.stderr } else { io.stdout };
    out.write_all(report.as_bytes())
        .map_err(|e| format!("cannot write: {e}"))?;
    Ok(EXIT_OK)
}

/// Where a draft goes when no `--out` is given: beside its source, named by its year
/// (`2024.kvs` → `2025.kvs`) when the source is named by its own, else with the year
/// added (`standard.kvs` → `standard.2025.kvs`).
pub(crate) fn default_target(source: Option<&Path>, from_year: Option<i32>, year: i32) -> PathBuf {
    let source = source.unwrap_or(Path::new("standard.kvs"));
    let folder = source.parent().unwrap_or(Path::new(""));
    let stem = source
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let named_by_year = from_year.is_some_and(|from| stem == from.to_string());
    if named_by_year {
        folder.join(format!("{year}.kvs"))
    } else {
        folder.join(format!("{stem}.{year}.kvs"))
    }
}

/// What the writer has left to do: the findings on the draft, each with its place and
/// rule, errors first.
/// `file` is how a command names the draft's file.
fn to_do(
    target: &str,
    file: &str,
    from: &str,
    year: i32,
    compiled: &crate::Compiled,
    lang: Lang,
) -> String {
    let mut out = String::new();
    let say = |m: Message| m.text(lang);
    let _ = writeln!(
        out,
        "{}",
        say(msg!(
            "draft-wrote",
            target = target,
            year = year,
            from = from
        ))
    );
    let mut findings: Vec<&Diagnostic> = compiled.diagnostics.iter().collect();
    findings.sort_by_key(|d| (severity_rank(d.severity), d.span.start()));
    if findings.is_empty() {
        let _ = writeln!(out, "{}", say(msg!("draft-nothing-to-do")));
        return out;
    }
    let _ = writeln!(out, "{}", say(msg!("draft-to-do", count = findings.len())));
    for (n, finding) in findings.iter().enumerate() {
        let (line, column) = compiled.source.line_col(finding.span.start());
        let rule = match catalogue::find(finding.code) {
            Some(entry) => format!("{} {}", entry.code, entry.name),
            None => finding.code.to_owned(),
        };
        let _ = writeln!(
            out,
            "{:>3}. {line}:{column} {} {rule}: {}",
            n + 1,
            say(severity_word(finding.severity)),
            finding.message.text(lang)
        );
        if let Some(help) = &finding.help {
            let _ = writeln!(
                out,
                "     {}",
                say(msg!("output-help", help = help.clone()))
            );
        }
        if let Some(fix) = &finding.fix {
            let flag = match fix.applicability {
                Applicability::Safe => "--fix",
                Applicability::Unsafe => "--unsafe-fixes",
            };
            let command = format!("kvalitet check {flag} {file}");
            let fix = msg!("draft-fix", title = fix.title.clone(), command = command);
            let _ = writeln!(out, "     {}", say(fix));
        }
    }
    out
}

fn severity_rank(severity: Severity) -> u8 {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Advice => 2,
    }
}

fn severity_word(severity: Severity) -> Message {
    match severity {
        Severity::Error => msg!("severity-error"),
        Severity::Warning => msg!("severity-warning"),
        Severity::Advice => msg!("severity-advice"),
    }
}
