//! The messages in two languages (`src/i18n/en.ftl` and `da.ftl`): both files read
//! without errors, hold the same ids with the same variables, every id the code names
//! is in them and every id in them is named by the code; every finding on every
//! fixture renders in both languages with all its arguments.

use kvalitet::check::Options;
use kvalitet::i18n::{catalogue, Arg, Lang, Message};
use kvalitet::model::values::Date;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every id that a `msg!("…")` in the source names.
fn ids_in_code() -> BTreeSet<String> {
    let mut paths = Vec::new();
    files(&root().join("src"), "rs", &mut paths);
    let mut ids = BTreeSet::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("a source file");
        // Comments show the macro with ids of their own making.
        let text: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for piece in text.split("msg!(").skip(1) {
            if let Some(rest) = piece.trim_start().strip_prefix('"') {
                if let Some((id, _)) = rest.split_once('"') {
                    ids.insert(id.to_owned());
                }
            }
        }
    }
    ids
}

#[test]
fn both_files_read_without_problems() {
    for lang in Lang::ALL {
        let (ids, problems) = catalogue::read(lang);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(!ids.is_empty(), "{lang}.ftl holds no messages");
    }
}

#[test]
fn danish_has_every_english_message_with_the_same_variables() {
    let (en, _) = catalogue::read(Lang::En);
    let (da, _) = catalogue::read(Lang::Da);
    let mut problems = Vec::new();
    for (id, entry) in &en {
        match da.get(id) {
            None => problems.push(format!("da.ftl lacks `{id}`")),
            Some(danish) if danish.variables != entry.variables => problems.push(format!(
                "`{id}` uses {:?} in en.ftl but {:?} in da.ftl",
                entry.variables, danish.variables
            )),
            Some(_) => {}
        }
    }
    for id in da.keys().filter(|id| !en.contains_key(*id)) {
        problems.push(format!("en.ftl lacks `{id}`, which da.ftl has"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_id_the_code_names_is_in_the_files_and_every_id_in_the_files_is_used() {
    let (en, _) = catalogue::read(Lang::En);
    let used = ids_in_code();
    let missing: Vec<&String> = used.iter().filter(|id| !en.contains_key(*id)).collect();
    assert!(missing.is_empty(), "not in en.ftl: {missing:?}");
    let unused: Vec<&String> = en.keys().filter(|id| !used.contains(*id)).collect();
    assert!(
        unused.is_empty(),
        "in en.ftl but named by no msg!: {unused:?}"
    );
}

#[test]
fn a_danish_message_is_not_the_english_one_copied() {
    // Short texts (a flag, a code, a place) may be the same in both languages.
    let (en, _) = catalogue::read(Lang::En);
    let (da, _) = catalogue::read(Lang::Da);
    let copied: Vec<&String> = en
        .iter()
        .filter(|(id, entry)| {
            entry.text.split_whitespace().count() >= 4
                && da.get(*id).is_some_and(|danish| danish.text == entry.text)
        })
        .map(|(id, _)| id)
        .collect();
    assert!(copied.is_empty(), "not translated: {copied:?}");
}

/// Every text of a message in `lang`, arguments that are messages included.
fn texts(message: &Message, lang: Lang, out: &mut Vec<(String, String)>) {
    out.push((message.id().to_owned(), message.text(lang)));
    for (_, arg) in message.args() {
        if let Arg::Message(inner) = arg {
            texts(inner, lang, out);
        }
    }
}

#[test]
fn every_finding_on_every_fixture_renders_in_both_languages() {
    let mut paths = Vec::new();
    files(&root().join("tests/fixtures"), "kvs", &mut paths);
    files(&root().join("standards"), "kvs", &mut paths);
    paths.sort();
    let options = Options::new(Date::ymd(2026, 11, 23));
    let mut problems = Vec::new();
    let mut rendered = 0;
    let mut codes = BTreeSet::new();
    for path in &paths {
        let bytes = std::fs::read(path).expect("a fixture");
        let name = path.display().to_string();
        let compiled = kvalitet::compile_bytes(name.clone(), bytes, &options);
        for d in &compiled.diagnostics {
            codes.insert(d.code);
            let mut messages = vec![&d.message];
            messages.extend(&d.label);
            messages.extend(&d.help);
            messages.extend(d.labels.iter().map(|l| &l.message));
            messages.extend(d.fix.iter().map(|f| &f.title));
            for message in messages {
                for lang in Lang::ALL {
                    let mut out = Vec::new();
                    texts(message, lang, &mut out);
                    for (id, text) in out {
                        rendered += 1;
                        // Fluent writes a variable it was not given as `{$name}`, and
                        // an id it does not know comes back as the id.
                        if text.contains("{$") || text.contains("{???}") || text == id {
                            problems.push(format!("{name}: {} `{id}` in {lang}: {text}", d.code));
                        }
                    }
                }
            }
        }
    }
    assert!(rendered > 100, "too few findings rendered: {rendered}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // Every code is among them, so every code's texts were rendered in both languages;
    // but two that no standard can be written to cause: KS001, a line the parser's
    // recovery cannot place (its texts are in the files, held by the tests above), and
    // KS099, a failure of kvalitet itself (rendered in `src/lib.rs`'s tests).
    let missing: Vec<&str> = kvalitet::emit::catalogue::all()
        .map(|entry| entry.code)
        .filter(|code| !codes.contains(code) && !["KS001", "KS099"].contains(code))
        .collect();
    assert!(missing.is_empty(), "no fixture renders {missing:?}");
}
