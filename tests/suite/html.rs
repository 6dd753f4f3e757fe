//! The citizen pages: snapshots of the page of every bundled standard, of the index and
//! of an author's preview, and the proof that text from a standard can never become
//! markup, a script or a link that is not http, https, mailto or tel.
//!
//! `tests/fixtures/html/injection.kvs` puts script-injection strings in every kind of
//! text; the same file drives the browser suite in `tests/browser/`.

use crate::fixtures::{compile_file, display_name};
use kvalitet::emit::html::{self, Options};
use kvalitet::model::values::{Email, Phone, Url};
use kvalitet::model::{Link, MailEntry, PhoneEntry, SectionBody, Standard};
use kvalitet::registry::Registry;
use kvalitet::source::Spanned;
use kvalitet::Compiled;
use std::path::{Path, PathBuf};

/// Where a standard's page goes: its path under `standards/` without the extension.
fn stem_of(path: &Path) -> PathBuf {
    let name = display_name(path);
    let relative = name.strip_prefix("standards/").unwrap_or(&name);
    Path::new(relative).with_extension("")
}

/// The page of a compiled file.
fn page(compiled: &Compiled, stem: &Path, preview: bool) -> String {
    try_page(compiled, stem, preview).expect("the page renders")
}

/// The page of a compiled file, or why there is none.
fn try_page(compiled: &Compiled, stem: &Path, preview: bool) -> Result<String, String> {
    let standard = compiled
        .standard
        .as_ref()
        .expect("the file holds a standard");
    html::standard_page(
        standard,
        &compiled.source,
        &compiled.diagnostics,
        Options {
            stem,
            preview,
            registry: Registry::builtin(),
        },
    )
}

/// The injection fixture, compiled.
fn injection() -> Compiled {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html/injection.kvs");
    let compiled = compile_file(&path);
    assert!(
        !compiled.has_errors(),
        "the injection fixture must build: {:#?}",
        compiled.diagnostics
    );
    compiled
}

/// The public page of every bundled standard; a standard that holds proposals
/// (`forslag:`) has none, and its author's preview is snapshotted instead.
#[test]
fn standard_pages() {
    insta::glob!("../../standards", "**/*.kvs", |path| {
        let compiled = compile_file(path);
        let proposals = compiled.standard.as_ref().map_or(0, |s| s.proposals.len());
        let html = match try_page(&compiled, &stem_of(path), false) {
            Ok(html) => {
                assert_eq!(proposals, 0, "a public page shows no proposal");
                html
            }
            Err(refusal) => {
                assert!(proposals > 0, "{refusal}");
                assert!(
                    refusal.contains(&compiled.source.name) && refusal.contains("forslag:"),
                    "{refusal}"
                );
                page(&compiled, &stem_of(path), true)
            }
        };
        assert_inert(&html);
        insta::assert_snapshot!(html);
    });
}

/// A standard with proposals (`tests/fixtures/ok/proposals.kvs`, a proposal in every
/// place one can stand) gets no public page, and the message says where the first
/// proposal stands; its preview marks each proposal once, in words, where it starts:
/// a whole section, indsats, route or contact with a notice, a value with a tag, and
/// nothing inside a marked part again.
#[test]
fn proposals_are_refused_on_a_public_page_and_marked_on_a_preview() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ok/proposals.kvs");
    let compiled = compile_file(&path);
    let stem = Path::new("proposals");
    let refusal = try_page(&compiled, stem, false).expect_err("no public page");
    assert_eq!(
        refusal,
        "no page for `tests/fixtures/ok/proposals.kvs`: it holds 24 proposals (`forslag:`), \
         the first at line 13, column 3 (`formål`); a page for citizens shows no undecided \
         promise: decide them, or build an author's preview with --preview"
    );
    let html = page(&compiled, stem, true);
    assert_inert(&html);
    assert_no_skipped_heading_level(&html);
    assert!(
        html.contains("Standarden rummer 24 forslag"),
        "the page says how many"
    );
    let notices = html.matches(r#"<p class="proposal-notice">"#).count();
    let tags = html.matches(r#"<span class="proposal-tag">"#).count();
    // Notices: formål, the two egenbetaling sections, the serviceniveau route, the
    // indsats and the proposed contact.
    assert_eq!(notices, 6, "{html}");
    assert!(tags > notices, "values are tagged one by one: {tags}");
    insta::assert_snapshot!(html);
}

/// The "Kort fortalt" box of `tests/fixtures/html/summary.kvs`: counts given per
/// pakke, and who grants the training apart from how to apply.
#[test]
fn summary_box_shows_counts_per_pakke_and_tildeling_apart() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html/summary.kvs");
    let compiled = compile_file(&path);
    assert!(
        !compiled.has_errors(),
        "the summary fixture must build: {:#?}",
        compiled.diagnostics
    );
    let html = page(&compiled, Path::new("summary"), false);
    assert_inert(&html);
    let summary = html
        .split_once(r#"<section class="summary""#)
        .and_then(|(_, rest)| rest.split_once(r#"<nav class="toc""#))
        .map(|(summary, _)| summary)
        .expect("the page has the box");
    for shown in [
        "op til 16",
        "Hvem træffer afgørelsen?",
        "træffer afgørelsen.",
    ] {
        assert!(summary.contains(shown), "{shown} is not in {summary}");
    }
    insta::assert_snapshot!(summary);
}

/// Numbered lists, lists nested under an item and sub-headings
/// (`tests/fixtures/ok/text-structure.kvs`): `<ol>`, a list inside its `<li>`, and
/// sub-headings one level below their section's heading, so no level is skipped.
#[test]
fn text_structure_is_lists_and_sub_headings() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ok/text-structure.kvs");
    let compiled = compile_file(&path);
    let html = page(&compiled, Path::new("text-structure"), false);
    assert_inert(&html);
    let sections = html
        .split_once(r#"<nav class="toc""#)
        .and_then(|(_, rest)| rest.split_once("</nav>"))
        .and_then(|(_, rest)| rest.split_once(r#"<section class="contacts""#))
        .map(|(sections, _)| sections)
        .expect("the page has sections and contacts");
    for shown in [
        "<h2 id=\"afsnit-4-titel\">Hvad får man træning til?</h2>\n\n<h3 class=\"sub-heading\">Genoptræning</h3>",
        "<ol>\n<li>Ring til visitationen.</li>",
        "<li>træning på hold<ul>\n<li>i træningscentret</li>",
        "<li>individuel træning<ol>\n<li>i træningscentret</li>",
        "<p>1. januar 2024 trådte den nye ordning i kraft.</p>",
        "<p>2024. Et år med nye regler.</p>",
    ] {
        assert!(sections.contains(shown), "{shown} is not in {sections}");
    }
    assert_no_skipped_heading_level(&html);
    insta::assert_snapshot!(sections);
}

/// Every heading is at most one level below the heading before it.
fn assert_no_skipped_heading_level(html: &str) {
    let levels: Vec<u8> = html
        .match_indices("<h")
        .filter_map(|(at, _)| html.as_bytes().get(at + 2).copied())
        .filter(u8::is_ascii_digit)
        .map(|digit| digit - b'0')
        .collect();
    for pair in levels.windows(2) {
        if let [before, after] = pair {
            assert!(
                after <= &(before + 1),
                "h{before} is followed by h{after}: {levels:?}"
            );
        }
    }
}

#[test]
fn index_page() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    let mut entries = Vec::new();
    for dir in std::fs::read_dir(&root).expect("standards/ exists") {
        let dir = dir.expect("a directory entry").path();
        for file in std::fs::read_dir(&dir).expect("a municipality's folder") {
            let file = file.expect("a directory entry").path();
            if file.extension().is_some_and(|e| e == "kvs") {
                let compiled = compile_file(&file);
                let standard = compiled.standard.as_ref().expect("a standard");
                entries.push(html::index_entry(
                    standard,
                    &stem_of(&file),
                    Registry::builtin(),
                    crate::compare::today(),
                ));
            }
        }
    }
    let index = html::index_page(&entries, false).expect("the index renders");
    assert_inert(&index);
    insta::assert_snapshot!(index);
}

#[test]
fn preview_shows_findings_beside_their_sections() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards/glostrup/2024.kvs");
    let compiled = compile_file(&path);
    let html = page(&compiled, &stem_of(&path), true);
    assert_inert(&html);
    assert!(html.contains("Forhåndsvisning"));
    assert!(html.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
    for d in &compiled.diagnostics {
        assert!(
            html.contains(&format!("<code>{}</code>", d.code)),
            "{} is shown",
            d.code
        );
    }
    insta::assert_snapshot!(html);
}

#[test]
fn a_page_without_findings_shows_none() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards/glostrup/2024.kvs");
    let compiled = compile_file(&path);
    let html = page(&compiled, &stem_of(&path), false);
    assert!(!compiled.diagnostics.is_empty());
    assert!(!html.contains("Forhåndsvisning"));
    assert!(!html.contains("Fund fra kontrollen"));
    assert!(!html.contains("<code>KS"));
}

#[test]
fn hostile_text_is_escaped_in_every_field() {
    let compiled = injection();
    for preview in [false, true] {
        let html = page(&compiled, Path::new("html/injection"), preview);
        assert_inert(&html);
        assert!(html.contains("&lt;script&gt;window.__pwned=1"));
        assert!(html.contains("{{ 7*7 }} {% raw %} &lt;b&gt;fed&lt;&#x2f;b&gt;"));
        // Text that was already escaped once is escaped again, not decoded.
        assert!(html.contains("&amp;lt;script&amp;gt;"));
        // `javascript:` written as a link's text stays text.
        assert!(html.contains(">javascript:alert(1)</a>"));
    }
    let standard = compiled.standard.as_ref().expect("a standard");
    let entry = html::index_entry(
        standard,
        Path::new("javascript:alert(1)"),
        Registry::builtin(),
        crate::compare::today(),
    );
    let index = html::index_page(&[entry], false).expect("the index renders");
    assert_inert(&index);
    assert!(index.contains(r#"href=".&#x2f;javascript%3Aalert%281%29.html""#));
}

#[test]
fn hostile_addresses_are_never_linked() {
    let compiled = injection();
    let mut standard = compiled.standard.clone().expect("a standard");
    let hostile = [
        "javascript:window.__pwned=1",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "//evil.example/",
    ];
    poison(&mut standard, &hostile);
    for preview in [false, true] {
        let html = html::standard_page(
            &standard,
            &compiled.source,
            &compiled.diagnostics,
            Options {
                stem: Path::new("injection"),
                preview,
                registry: Registry::builtin(),
            },
        )
        .expect("the page renders");
        assert_inert(&html);
        for address in hostile {
            let escaped = address.replace('/', "&#x2f;").replace('<', "&lt;");
            assert!(
                !html.contains(&format!("href=\"{escaped}")),
                "{address:?} is linked"
            );
        }
        // The link's text is still shown, without a link.
        assert!(html.contains("Farlig link 0"));
        assert!(!html.contains("tel:+45&#x27;"));
    }
}

/// Puts hostile addresses behind every link, mail address, web address and phone
/// number of a standard, as a broken or future lowering might.
fn poison(standard: &mut Standard, hostile: &[&str]) {
    let url = |href: &str| Url {
        original: href.to_owned(),
        href: href.to_owned(),
        span: Default::default(),
    };
    let links: Vec<Link> = hostile
        .iter()
        .enumerate()
        .map(|(i, href)| Link {
            label: Some(Spanned::new(format!("Farlig link {i}"), Default::default())),
            url: url(href),
        })
        .collect();
    for section in standard
        .summary
        .iter_mut()
        .chain(standard.sections.iter_mut())
    {
        section.links.extend(links.iter().cloned());
        if let SectionBody::Klage(k) = &mut section.body {
            for route in &mut k.routes {
                route.links.extend(links.iter().cloned());
            }
        }
    }
    for contact in &mut standard.contacts {
        contact.web.extend(hostile.iter().map(|h| url(h)));
        contact.mails.push(MailEntry {
            email: Email {
                address: "\"><script>alert(1)</script>@x.dk".to_owned(),
                span: Default::default(),
            },
            link: Some(url("javascript:alert(1)")),
            note: None,
        });
        contact.phones.push(PhoneEntry {
            phone: Phone {
                digits: "'\"><script>alert(1)</script>".to_owned(),
                original: "x".to_owned(),
                span: Default::default(),
            },
            hours: None,
        });
    }
}

/// The tags the templates write; anything else would have come from a standard.
const TAGS: [&str; 37] = [
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "link",
    "body",
    "a",
    "header",
    "div",
    "p",
    "nav",
    "main",
    "footer",
    "section",
    "h1",
    "h2",
    "h3",
    "h4",
    "dl",
    "dt",
    "dd",
    "ul",
    "ol",
    "li",
    "strong",
    "span",
    "code",
    "br",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "caption",
];

/// Asserts that a page holds only the templates' own markup: known tags, no event
/// handler or style attributes, and links only to anchors, the generated pages, or
/// http, https, mailto and tel addresses. Every `<` in a page is the templates': text
/// is escaped.
fn assert_inert(html: &str) {
    for chunk in html.split('<').skip(1) {
        let (tag, _) = chunk.split_once('>').expect("every tag is closed");
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let (name, attributes_text) = tag.split_once(char::is_whitespace).unwrap_or((tag, ""));
        let name = name.to_ascii_lowercase();
        assert!(TAGS.contains(&name.as_str()), "unexpected tag <{tag}>");
        for (attribute, value) in attributes(attributes_text) {
            assert!(
                !attribute.starts_with("on") && attribute != "style" && attribute != "src",
                "unexpected attribute `{attribute}` in <{tag}>"
            );
            if attribute == "href" {
                let href = decode(&value);
                let allowed = [
                    "#", "./", "../", "https://", "http://", "mailto:", "tel:+45",
                ];
                assert!(
                    allowed.iter().any(|p| href.starts_with(p)),
                    "unexpected link `{href}`"
                );
                assert!(!href.to_lowercase().contains("javascript:"), "{href}");
                if let Some(digits) = href.strip_prefix("tel:+45") {
                    assert!(digits.chars().all(|c| c.is_ascii_digit()), "{href}");
                }
            }
        }
    }
}

/// The attributes of a tag, as the templates write them: `name="value"` or `name`.
fn attributes(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let (name, after) = rest.split_at(end);
        let name = name.to_ascii_lowercase();
        rest = match after.strip_prefix("=\"") {
            Some(quoted) => {
                let (value, after) = quoted.split_once('"').expect("values are quoted");
                out.push((name, value.to_owned()));
                after
            }
            None => {
                out.push((name, String::new()));
                after
            }
        }
        .trim_start();
    }
    out
}

/// Undoes the escaping the template engine applies inside attribute values.
fn decode(value: &str) -> String {
    value
        .replace("&#x2f;", "/")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Runs `kvalitet build … --format html` in a fresh output directory.
struct Build {
    out: PathBuf,
    status: i32,
    stdout: String,
    stderr: String,
}

impl Build {
    fn run(name: &str, args: &[&str]) -> Self {
        let out =
            std::env::temp_dir().join(format!("kvalitet-html-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_kvalitet"))
            .env_remove("KVALITET_LANG")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .args(["build", "--today", "2026-11-23", "--out"])
            .arg(&out)
            .args(args)
            .output()
            .expect("the binary runs");
        Self {
            out,
            status: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

impl Drop for Build {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.out);
    }
}

#[test]
fn build_writes_pages_index_and_stylesheet() {
    let build = Build::run("standards", &["standards", "--format", "html"]);
    // Glostrup's checker errors fail the run, but its page is written; the draft for
    // 2027 holds proposals and gets no page, while the others are built.
    assert_eq!(build.status, 1, "{}{}", build.stdout, build.stderr);
    assert!(
        build.stdout.ends_with(&format!(
            "wrote 5 HTML page(s), index.html and style.css to {}; built no page for 1 that \
             hold proposals (--preview shows them)\n",
            build.out.display()
        )),
        "{}",
        build.stdout
    );
    assert_eq!(
        build.stderr,
        "error: no page for `standards/hjoerring/2027.kvs`: it holds 5 proposals \
         (`forslag:`), the first at line 86, column 15 (`hyppighed`); a page for citizens \
         shows no undecided promise: decide them, or build an author's preview with \
         --preview\n"
    );
    assert!(!build.out.join("hjoerring/2027.html").exists());
    let index = std::fs::read_to_string(build.out.join("index.html")).expect("the index");
    assert!(
        !index.contains("2027.html"),
        "the index links no refused page"
    );
    for file in [
        "index.html",
        "style.css",
        "glostrup/2024.html",
        "hjoerring/2024.html",
        ".kvalitet-output",
    ] {
        assert!(build.out.join(file).is_file(), "{file} is missing");
    }
    let css = std::fs::read_to_string(build.out.join("style.css")).expect("style.css");
    assert!(css.contains("@media print"));
    let no_temporary = std::fs::read_dir(build.out.join("glostrup"))
        .expect("the folder")
        .all(|e| {
            !e.expect("an entry")
                .path()
                .to_string_lossy()
                .ends_with(".tmp")
        });
    assert!(no_temporary);
}

#[test]
fn build_previews_a_standard_with_proposals() {
    let build = Build::run(
        "preview-proposals",
        &[
            "standards/hjoerring/2027.kvs",
            "--format",
            "html",
            "--preview",
        ],
    );
    // Proposals are advice in a draft: the preview is written, and the run succeeds.
    assert_eq!(build.status, 0, "{}{}", build.stdout, build.stderr);
    assert_eq!(build.stderr, "");
    let html = std::fs::read_to_string(build.out.join("hjoerring/2027.html")).expect("the page");
    assert!(html.contains("Standarden rummer 5 forslag"), "{html}");
    assert!(html.contains("Forslag – ikke vedtaget"));
}

#[test]
fn build_skips_a_file_with_language_errors() {
    let broken =
        std::env::temp_dir().join(format!("kvalitet-html-broken-{}.kvs", std::process::id()));
    std::fs::write(
        &broken,
        "kvalitetsstandard \"Genoptræning\" {\n  kontakt v \"V\" { telefon 43 23 669 }\n}\n",
    )
    .expect("write the file");
    let path = broken.to_string_lossy().into_owned();
    let build = Build::run("broken", &[&path, "--format", "html"]);
    let _ = std::fs::remove_file(&broken);
    assert_eq!(build.status, 1);
    assert!(
        build.stdout.contains("wrote 0 HTML page(s)"),
        "{}",
        build.stdout
    );
    assert!(
        build.stdout.contains("skipped 1 that cannot be read"),
        "{}",
        build.stdout
    );
    assert!(build.out.join("index.html").is_file());
}

#[test]
fn preview_needs_the_html_format() {
    let build = Build::run("preview-json", &["standards", "--preview"]);
    assert_eq!(build.status, 2);
    assert_eq!(
        build.stderr,
        "error: --preview shows findings on HTML pages; add --format html\n"
    );
}

/// The index entry of a small standard approved on `approved`, built on
/// [`crate::compare::today`] (23 November 2026).
fn entry_approved(approved: &str, draft: bool) -> html::IndexEntry {
    let text = format!(
        "kvalitetsstandard \"Træning\" {{\n  kommune \"Glostrup\"\n{}  godkendt {approved} af \"Sundhedsudvalget\"\n}}\n",
        if draft { "  udkast\n" } else { "" }
    );
    let compiled = kvalitet::compile_all(
        vec![kvalitet::source::SourceFile::new("t.kvs", text)],
        &kvalitet::check::Options::new(crate::compare::today()),
    );
    let standard = compiled[0].standard.as_ref().expect("a standard");
    html::index_entry(
        standard,
        Path::new("t"),
        Registry::builtin(),
        crate::compare::today(),
    )
}

#[test]
fn the_index_says_which_standards_are_out_of_date_and_which_are_drafts() {
    // Approved a year ago to the day: still current; a day more: out of date.
    assert_eq!(
        entry_approved("2025-11-23", false).outdated,
        Vec::<String>::new()
    );
    assert_eq!(
        entry_approved("2025-11-22", false).outdated,
        ["Godkendt 22. november 2025 – mere end et år før 23. november 2026."]
    );
    // The year comes from the approval date when the standard states no `år`.
    let entry = entry_approved("2025-11-22", false);
    assert_eq!(
        (entry.year.value.as_str(), entry.year.missing),
        ("2025", false)
    );
    // A draft is a draft, not out of date, and the index says so in words.
    let draft = entry_approved("2024-01-01", true);
    assert!(draft.draft && draft.outdated.is_empty());
    let index = html::index_page(&[entry_approved("2025-11-22", false), draft], false)
        .expect("the index renders");
    assert!(index.contains(">Forældet</span>"), "{index}");
    assert!(
        index.contains(">Udkast</span> <span class=\"index-note\">Ikke vedtaget endnu."),
        "{index}"
    );
}
