//! End-to-end tests of the `kvalitet` binary, through a small builder in the style of
//! casey/just's test harness: `Test::new().file(..).args(..).stdin(..).run()`.
//!
//! Each test runs in a fresh directory under the system's temporary directory, with
//! `NO_COLOR=1` and a fixed `COLUMNS`, so the output is stable.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The date the checks judge against, so that the approval dates below do not age.
const TODAY: &str = "2026-11-23";

/// A standard with no problems.
const CLEAN: &str = r#"kvalitetsstandard "Genoptræning" {
  kommune Glostrup
  kommunekode 161
  godkendt 2026-06-01 af "Sundhedsudvalget"
  revideres årligt
  egenbetaling 0 kr
  frister {
    afgørelse 10 hverdage efter ansøgning
  }
  klage {
    afgørelse {
      til visitationen
      klagefrist 4 uger efter afgørelse
      genvurdering 4 uger efter klage
      videre ankestyrelsen
    }
  }
  kontakt visitationen "Visitationen" {
    telefon 43 23 66 90
  }
}
"#;

/// A standard with warnings only: no complaint route, deadline or price, and revised
/// only on change.
const WARNED: &str = r#"kvalitetsstandard "Genoptræning" {
  kommune Glostrup
  godkendt 2026-06-01 af "Sundhedsudvalget"
  revideres ved-ændringer
}
"#;

/// A standard with one error: a phone number with 7 digits.
const BROKEN: &str = r#"kvalitetsstandard "Genoptræning" {
  kommune Glostrup
  kontakt visitationen "Visitationen" {
    telefon 43 23 669
  }
}
"#;

/// A directory of its own for one test, removed when the test ends.
struct TempDir(PathBuf);

impl TempDir {
    pub(crate) fn new() -> Self {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path =
            std::env::temp_dir().join(format!("kvalitet-cli-test-{}-{n}", std::process::id()));
        // A directory left over from a crashed run with the same process id.
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create the test directory");
        Self(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// One run of the binary: files to create, arguments and standard input.
pub(crate) struct Test {
    dir: TempDir,
    args: Vec<String>,
    stdin: String,
    /// `KVALITET_LANG` for the run; unset unless a test sets it.
    lang: Option<String>,
}

/// What a run printed and how it exited.
#[derive(Debug)]
pub(crate) struct Output {
    pub(crate) stdout: String,
    pub(crate) stderr: String,
    pub(crate) code: i32,
}

impl Test {
    pub(crate) fn new() -> Self {
        Self {
            dir: TempDir::new(),
            args: Vec::new(),
            stdin: String::new(),
            lang: None,
        }
    }

    /// Sets `KVALITET_LANG` for the run.
    pub(crate) fn lang_env(mut self, value: &str) -> Self {
        self.lang = Some(value.to_owned());
        self
    }

    /// Writes a file, relative to the test directory, creating its directories.
    pub(crate) fn file(self, path: &str, contents: &str) -> Self {
        let path = self.path(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create the file's directory");
        }
        std::fs::write(&path, contents).expect("write the file");
        self
    }

    /// Writes a file of raw bytes, relative to the test directory.
    pub(crate) fn bytes(self, path: &str, contents: &[u8]) -> Self {
        let path = self.path(path);
        std::fs::write(&path, contents).expect("write the file");
        self
    }

    /// Sets the arguments, replacing earlier ones.
    pub(crate) fn args<'a>(mut self, args: impl IntoIterator<Item = &'a str>) -> Self {
        self.args = args.into_iter().map(str::to_owned).collect();
        self
    }

    /// Sets what the binary reads on standard input.
    pub(crate) fn stdin(mut self, text: &str) -> Self {
        self.stdin = text.to_owned();
        self
    }

    /// A path in the test directory.
    pub(crate) fn path(&self, relative: &str) -> PathBuf {
        self.dir.0.join(relative)
    }

    /// Reads a file in the test directory.
    pub(crate) fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    /// Runs the binary in the test directory.
    pub(crate) fn run(&self) -> Output {
        let args: Vec<&str> = self.args.iter().map(String::as_str).collect();
        self.run_with(&args)
    }

    /// Runs the binary in the test directory with these arguments.
    pub(crate) fn run_with(&self, args: &[&str]) -> Output {
        use std::io::Write as _;
        let mut command = Command::new(env!("CARGO_BIN_EXE_kvalitet"));
        // The language comes from the test alone, never from the environment it runs in.
        match &self.lang {
            Some(lang) => command.env("KVALITET_LANG", lang),
            None => command.env_remove("KVALITET_LANG"),
        };
        let mut child = command
            .args(args)
            .current_dir(&self.dir.0)
            .env("NO_COLOR", "1")
            .env("COLUMNS", "80")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start kvalitet");
        let mut stdin = child.stdin.take().expect("a stdin pipe");
        // The binary may exit without reading; a broken pipe is no failure then.
        let _ = stdin.write_all(self.stdin.as_bytes());
        drop(stdin);
        let output = child.wait_with_output().expect("wait for kvalitet");
        Output {
            stdout: String::from_utf8(output.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(output.stderr).expect("stderr is UTF-8"),
            code: output.status.code().expect("kvalitet exited with a code"),
        }
    }
}

impl Output {
    /// Checks the exit code, showing everything printed if it differs.
    pub(crate) fn code(self, expected: i32) -> Self {
        assert_eq!(
            self.code, expected,
            "exit code {} instead of {expected}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    pub(crate) fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", self.stdout))
    }
}

/// Every file below a directory, relative to it, sorted.
fn tree(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if let Ok(relative) = path.strip_prefix(root) {
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn a_clean_file_exits_0() {
    let output = Test::new()
        .file("glostrup.kvs", CLEAN)
        .args(["check", "--today", TODAY, "glostrup.kvs"])
        .run()
        .code(0);
    assert_eq!(output.stdout, "checked 1 file: no problems found\n");
    assert_eq!(output.stderr, "");
}

#[test]
fn a_file_with_errors_exits_1() {
    let output = Test::new()
        .file("glostrup.kvs", BROKEN)
        .args(["check", "--today", TODAY, "glostrup.kvs"])
        .run()
        .code(1);
    insta::assert_snapshot!(output.stdout);
    assert_eq!(output.stderr, "");
}

/// A folder with a good standard and one saved as Windows-1252: every machine format
/// reports both files, the unreadable one with KS090 at its first bad byte, and the
/// run exits 2 only after writing it all.
#[test]
fn an_unreadable_file_is_reported_beside_the_others() {
    for format in ["json", "sarif", "github", "human"] {
        let output = Test::new()
            .file("a/glostrup.kvs", BROKEN)
            .bytes(
                "a/hoeje.kvs",
                b"kvalitetsstandard \"Tr\xe6ning\" {\n  kommune H\xf8je-Taastrup\n}\n",
            )
            .args(["check", "--today", TODAY, "--format", format, "a"])
            .run()
            .code(2);
        assert!(
            output.stdout.contains("KS090"),
            "{format}: {}",
            output.stdout
        );
        assert!(
            output.stdout.contains("glostrup.kvs"),
            "{format}: {}",
            output.stdout
        );
        assert!(
            output.stdout.contains("hoeje.kvs"),
            "{format}: {}",
            output.stdout
        );
        if format == "json" {
            let value: serde_json::Value =
                serde_json::from_str(&output.stdout).expect("the JSON output parses");
            let bad = value["diagnostics"]
                .as_array()
                .expect("a list of diagnostics")
                .iter()
                .find(|d| d["code"] == "KS090")
                .expect("a KS090 diagnostic");
            assert_eq!(bad["start"]["line"], 1);
            assert_eq!(bad["start"]["column"], 22, "the column of the byte 0xE6");
        }
        if format == "human" {
            insta::assert_snapshot!(output.stdout);
        }
    }
}

/// A file of 4 GiB or more (here a sparse one, which takes no room on disk) is
/// refused before it is read, as KS090 beside the other files: a span points into less
/// than 4 GiB.
#[test]
fn a_file_of_4_gib_is_refused_before_it_is_read() {
    let test = Test::new().file("a/glostrup.kvs", BROKEN);
    let big = std::fs::File::create(test.path("a/stor.kvs")).expect("create the file");
    big.set_len(1 << 32).expect("a sparse file of 4 GiB");
    let output = test
        .args(["check", "--today", TODAY, "--format", "json", "a"])
        .run()
        .code(2);
    let value: serde_json::Value =
        serde_json::from_str(&output.stdout).expect("the JSON output parses");
    let diagnostics = value["diagnostics"]
        .as_array()
        .expect("a list of diagnostics");
    let big = diagnostics
        .iter()
        .find(|d| d["file"].as_str().is_some_and(|f| f.ends_with("stor.kvs")))
        .expect("a diagnostic on the large file");
    assert_eq!(big["code"], "KS090");
    assert!(
        big["message"]
            .as_str()
            .is_some_and(|m| m.contains("4294967296 bytes")),
        "{big}"
    );
    assert!(
        diagnostics.iter().any(|d| d["file"]
            .as_str()
            .is_some_and(|f| f.ends_with("glostrup.kvs"))),
        "the other file is still reported"
    );
}

#[test]
fn a_missing_path_exits_2() {
    let output = Test::new()
        .args(["check", "--today", TODAY, "nowhere.kvs"])
        .run()
        .code(2);
    assert!(
        output
            .stderr
            .starts_with("error: cannot read `nowhere.kvs`"),
        "{}",
        output.stderr
    );
    assert_eq!(output.stdout, "");
}

#[test]
fn a_bad_today_exits_2() {
    let output = Test::new()
        .file("glostrup.kvs", CLEAN)
        .args(["check", "glostrup.kvs", "--today", "2026-13-01"])
        .run()
        .code(2);
    assert_eq!(
        output.stderr,
        "error: `--today 2026-13-01` is not a date; write YYYY-MM-DD\n"
    );
}

#[test]
fn an_unknown_flag_exits_2() {
    let output = Test::new()
        .file("glostrup.kvs", CLEAN)
        .args(["check", "--today", TODAY, "--frobnicate", "glostrup.kvs"])
        .run()
        .code(2);
    assert!(
        output.stderr.contains("unexpected argument '--frobnicate'"),
        "{}",
        output.stderr
    );
}

#[test]
fn a_dash_reads_standard_input() {
    let output = Test::new()
        .args(["check", "--today", TODAY, "-"])
        .stdin(BROKEN)
        .run()
        .code(1);
    insta::assert_snapshot!(output.stdout);
}

#[test]
fn a_directory_is_searched_recursively_in_sorted_order() {
    let output = Test::new()
        .file("d/c.kvs", BROKEN)
        .file("d/b.kvs", BROKEN)
        .file("d/a/z.kvs", BROKEN)
        .file("d/ok.kvs", CLEAN)
        .file("d/notes.txt", BROKEN)
        .file("d/.hidden/h.kvs", BROKEN)
        .args(["check", "--today", TODAY, "--format", "json", "d"])
        .run()
        .code(1);
    let json = output.json();
    let files: Vec<&str> = json["diagnostics"]
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .filter_map(|d| d["file"].as_str())
        .collect();
    assert_eq!(files, ["d/a/z.kvs", "d/b.kvs", "d/c.kvs"]);
    assert_eq!(json["summary"]["files"], 4);
}

#[test]
fn check_json_output_has_a_schema_version() {
    let output = Test::new()
        .file("glostrup.kvs", BROKEN)
        .args([
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            "glostrup.kvs",
        ])
        .run()
        .code(1);
    let json = output.json();
    assert_eq!(json["schema_version"], "1.1");
    assert_eq!(json["diagnostics"][0]["code"], "KS020");
    assert_eq!(json["summary"]["errors"], 1);
}

#[test]
fn build_writes_json_under_the_parent_directory_name() {
    let test = Test::new().file("standards/glostrup.kvs", CLEAN).args([
        "build",
        "--today",
        TODAY,
        "--format",
        "json",
        "--out",
        "out",
        "standards/glostrup.kvs",
    ]);
    let output = test.run().code(0);
    assert!(
        output.stdout.ends_with("wrote 1 JSON file(s) to out\n"),
        "{}",
        output.stdout
    );
    assert_eq!(
        tree(&test.path("out")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "standards/glostrup.json"
        ]
    );
    let json: Value =
        serde_json::from_str(&test.read("out/standards/glostrup.json")).expect("JSON");
    assert_eq!(json["schema_version"], kvalitet::emit::json::SCHEMA_VERSION);
    assert_eq!(json["source"], "standards/glostrup.kvs");
    assert_eq!(json["title"], "Genoptræning");
}

#[test]
fn build_skips_files_with_errors() {
    let test = Test::new()
        .file("std/good.kvs", CLEAN)
        .file("std/bad.kvs", BROKEN)
        .args([
            "build", "--today", TODAY, "--format", "json", "--out", "out", "std",
        ]);
    let output = test.run().code(1);
    assert!(
        output
            .stdout
            .ends_with("wrote 1 JSON file(s) to out; skipped 1 that cannot be read\n"),
        "{}",
        output.stdout
    );
    // No JSON for the broken file, and no temporary file left behind.
    assert_eq!(
        tree(&test.path("out")),
        [".kvalitet-manifest", ".kvalitet-output", "good.json"]
    );
}

#[test]
fn build_refuses_two_inputs_with_the_same_output_name() {
    let test = Test::new()
        .file("a/x/s.kvs", CLEAN)
        .file("b/x/s.kvs", CLEAN)
        .args([
            "build",
            "--today",
            TODAY,
            "--format",
            "json",
            "--out",
            "out",
            "a/x/s.kvs",
            "b/x/s.kvs",
        ]);
    let output = test.run().code(2);
    assert!(
        output.stderr.contains("would both be written to"),
        "{}",
        output.stderr
    );
    // Nothing is written when the run is refused.
    assert!(!test.path("out").join("x").exists());
}

/// The pages the index links to, as paths relative to the output directory.
fn index_links(index: &str) -> Vec<String> {
    let mut links: Vec<String> = index
        .split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&#x2f;", "/"))
        .filter(|href| href.starts_with("./") && href.ends_with(".html"))
        .map(|href| href.trim_start_matches("./").to_owned())
        .collect();
    links.sort();
    links
}

#[test]
fn build_keeps_the_whole_stem_of_names_with_dots() {
    let test = Test::new()
        .file("std/standard.2024.kvs", CLEAN)
        .file("std/standard.2025.kvs", CLEAN)
        .file("std/index.v2.kvs", CLEAN)
        .args(["build", "--today", TODAY, "--out", "out", "std"]);
    let output = test.run().code(0);
    assert!(
        output.stdout.ends_with("wrote 3 JSON file(s) to out\n"),
        "{}",
        output.stdout
    );
    assert_eq!(
        tree(&test.path("out")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "index.v2.json",
            "standard.2024.json",
            "standard.2025.json"
        ]
    );
    let json: Value = serde_json::from_str(&test.read("out/standard.2025.json")).expect("JSON");
    assert_eq!(json["source"], "std/standard.2025.kvs");

    let test = test.args([
        "build", "--today", TODAY, "--format", "html", "--out", "site", "std",
    ]);
    let output = test.run().code(0);
    assert!(
        output
            .stdout
            .ends_with("wrote 3 HTML page(s), index.html and style.css to site\n"),
        "{}",
        output.stdout
    );
    assert_eq!(
        tree(&test.path("site")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "index.html",
            "index.v2.html",
            "standard.2024.html",
            "standard.2025.html",
            "style.css"
        ]
    );
    // The index is the index (it links to itself and to every page), and every page
    // it links to exists.
    let index = test.read("site/index.html");
    let links = index_links(&index);
    assert_eq!(
        links,
        [
            "index.html",
            "index.v2.html",
            "standard.2024.html",
            "standard.2025.html"
        ]
    );
    for link in links {
        assert!(test.path("site").join(&link).is_file(), "{link} is missing");
    }
}

#[test]
fn build_refuses_names_that_differ_only_in_case() {
    let test = Test::new()
        .file("a/Glostrup.kvs", CLEAN)
        .file("b/glostrup.kvs", CLEAN)
        .args(["build", "--today", TODAY, "--out", "out", "a", "b"]);
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: `a/Glostrup.kvs` and `b/glostrup.kvs` would both be written to `glostrup.json` \
         (`Glostrup.json` and `glostrup.json` are the same file on macOS and Windows); \
         rename one of them, or build them into different --out directories\n"
    );
    // Nothing is written when the run is refused.
    assert!(!test.path("out").exists());
}

#[test]
fn build_refuses_a_page_named_like_its_own_files() {
    // The files, the path given to `build`, and what it says.
    let cases: [(&[&str], &str, &str); 4] = [
        (
            &["Index.kvs"],
            "Index.kvs",
            "error: `Index.kvs` would be written to `Index.html`, a file kvalitet writes itself \
             (`index.html` and `Index.html` are the same file on macOS and Windows); rename the file\n",
        ),
        (
            &["std/index.kvs"],
            "std",
            "error: `std/index.kvs` would be written to `index.html`, a file kvalitet writes itself; \
             rename the file\n",
        ),
        (
            &["style.css/glostrup.kvs"],
            "style.css/glostrup.kvs",
            "error: `style.css/glostrup.kvs` would be written to `style.css/glostrup.html`, inside a \
             folder named like `style.css`, a file kvalitet writes itself; rename the folder\n",
        ),
        (
            &["std/a.kvs", "std/a.html/b.kvs"],
            "std",
            "error: `std/a.kvs` would be written to `a.html`, but `std/a.html/b.kvs` needs a folder \
             of that name for `a.html/b.html`; rename one of them\n",
        ),
    ];
    for (files, path, expected) in cases {
        let mut test = Test::new();
        for file in files {
            test = test.file(file, CLEAN);
        }
        let test = test.args([
            "build", "--today", TODAY, "--format", "html", "--out", "site", path,
        ]);
        let output = test.run().code(2);
        assert_eq!(output.stderr, expected);
        assert!(!test.path("site").exists());
    }
}

#[test]
fn build_refuses_a_directory_it_did_not_create() {
    let test = Test::new()
        .file("glostrup.kvs", CLEAN)
        .file("out/mine.txt", "my notes\n")
        .args(["build", "--today", TODAY, "--out", "out", "glostrup.kvs"]);
    let output = test.run().code(2);
    assert!(output.stderr.contains("--force"), "{}", output.stderr);
    assert_eq!(tree(&test.path("out")), ["mine.txt"]);
    assert_eq!(test.read("out/mine.txt"), "my notes\n");

    let test = test.args([
        "build",
        "--today",
        TODAY,
        "--out",
        "out",
        "--force",
        "glostrup.kvs",
    ]);
    test.run().code(0);
    assert_eq!(
        tree(&test.path("out")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "glostrup.json",
            "mine.txt"
        ]
    );
    assert_eq!(test.read("out/mine.txt"), "my notes\n");
}

#[test]
fn build_writes_again_into_its_own_directory() {
    let test = Test::new().file("glostrup.kvs", CLEAN).args([
        "build",
        "--today",
        TODAY,
        "--out",
        "out",
        "glostrup.kvs",
    ]);
    test.run().code(0);
    test.run().code(0);
    assert_eq!(
        tree(&test.path("out")),
        [".kvalitet-manifest", ".kvalitet-output", "glostrup.json"]
    );
    let json: Value = serde_json::from_str(&test.read("out/glostrup.json")).expect("JSON");
    assert_eq!(json["findings"]["error"], 0, "{json}");
}

#[cfg(unix)]
#[test]
fn build_never_writes_through_a_planted_link() {
    let test = Test::new()
        .file("glostrup.kvs", CLEAN)
        .file("victim.txt", "victim\n")
        .args(["build", "--today", TODAY, "--out", "out", "glostrup.kvs"]);
    test.run().code(0);
    // A link where an earlier kvalitet put its temporary file, pointing outside.
    std::os::unix::fs::symlink(test.path("victim.txt"), test.path("out/glostrup.json.tmp"))
        .expect("plant a link");
    test.run().code(0);
    assert_eq!(test.read("victim.txt"), "victim\n");
    let written = std::fs::symlink_metadata(test.path("out/glostrup.json")).expect("the JSON");
    assert!(written.is_file(), "{written:?}");
    let json: Value = serde_json::from_str(&test.read("out/glostrup.json")).expect("JSON");
    assert_eq!(json["title"], "Genoptræning");
}

#[cfg(unix)]
#[test]
fn build_refuses_a_linked_folder_inside_out() {
    let test = Test::new()
        .file("std/glostrup/2024.kvs", CLEAN)
        .file("elsewhere/notes.txt", "mine\n")
        .args(["build", "--today", TODAY, "--out", "out", "std"]);
    test.run().code(0);
    assert_eq!(
        tree(&test.path("out")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "glostrup/2024.json"
        ]
    );
    std::fs::remove_dir_all(test.path("out/glostrup")).expect("remove the folder");
    std::os::unix::fs::symlink(test.path("elsewhere"), test.path("out/glostrup"))
        .expect("plant a link");
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: `out/glostrup` is a symbolic link; kvalitet writes only into real folders \
         inside --out, so that nothing is written outside it\n"
    );
    assert_eq!(tree(&test.path("elsewhere")), ["notes.txt"]);
}

#[test]
fn build_removes_what_it_no_longer_builds_and_nothing_else() {
    let test = Test::new()
        .file("std/a.kvs", CLEAN)
        .file("std/b/c.kvs", CLEAN)
        .file("std/d/e.kvs", CLEAN)
        .args([
            "build", "--today", TODAY, "--format", "html", "--out", "site", "std",
        ]);
    test.run().code(0);
    assert_eq!(
        test.read("site/.kvalitet-manifest")
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        ["a.html", "b/c.html", "d/e.html", "index.html", "style.css"]
    );
    // Files of the user's own, beside kvalitet's.
    let test = test
        .file("site/notes.txt", "mine\n")
        .file("site/d/mine.txt", "mine\n");
    std::fs::remove_dir_all(test.path("std/b")).expect("remove b");
    std::fs::remove_dir_all(test.path("std/d")).expect("remove d");
    let output = test.run().code(0);
    assert!(
        output.stdout.ends_with(
            "wrote 1 HTML page(s), index.html and style.css to site; \
             removed 2 file(s) of an earlier build that this one no longer writes\n"
        ),
        "{}",
        output.stdout
    );
    // The emptied folder `b` goes; `d` keeps the user's file.
    assert_eq!(
        tree(&test.path("site")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "a.html",
            "d/mine.txt",
            "index.html",
            "notes.txt",
            "style.css"
        ]
    );
    assert!(!test.path("site/b").exists());
    assert_eq!(
        index_links(&test.read("site/index.html")),
        ["a.html", "index.html"]
    );
    assert_eq!(
        test.read("site/.kvalitet-manifest")
            .lines()
            .skip(1)
            .collect::<Vec<_>>(),
        ["a.html", "index.html", "style.css"]
    );

    // The folder mirrors the last build, in whatever format.
    let test = test.args(["build", "--today", TODAY, "--out", "site", "std"]);
    test.run().code(0);
    assert_eq!(
        tree(&test.path("site")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "a.json",
            "d/mine.txt",
            "notes.txt"
        ]
    );
}

#[test]
fn build_removes_the_output_of_a_standard_that_can_no_longer_be_read() {
    let test = Test::new()
        .file("std/glostrup.kvs", CLEAN)
        .args(["build", "--today", TODAY, "--out", "out", "std"]);
    test.run().code(0);
    let test = test.file("std/glostrup.kvs", "kvalitetsstandard {\n");
    let output = test.run().code(1);
    assert!(
        output.stdout.ends_with(
            "wrote 0 JSON file(s) to out; skipped 1 that cannot be read; \
             removed 1 file(s) of an earlier build that this one no longer writes\n"
        ),
        "{}",
        output.stdout
    );
    assert_eq!(
        tree(&test.path("out")),
        [".kvalitet-manifest", ".kvalitet-output"]
    );
}

#[cfg(unix)]
#[test]
fn build_removes_only_regular_files_inside_out_that_its_manifest_lists() {
    let test = Test::new()
        .file("std/glostrup.kvs", CLEAN)
        .file("victim.txt", "victim\n")
        .file("elsewhere/x.json", "victim\n")
        .args(["build", "--today", TODAY, "--out", "out", "std"]);
    test.run().code(0);
    std::os::unix::fs::symlink(test.path("victim.txt"), test.path("out/link.json"))
        .expect("a link to a file");
    std::os::unix::fs::symlink(test.path("elsewhere"), test.path("out/sub"))
        .expect("a link to a folder");
    let absolute = test.path("victim.txt");
    let manifest = format!(
        "# a manifest that names what kvalitet must not touch\n\
         ../victim.txt\nlink.json\nsub/x.json\n{}\n%2E%2E/victim.txt\n\
         .kvalitet-output\n.kvalitet-manifest\nglostrup.json\n",
        absolute.display()
    );
    std::fs::write(test.path("out/.kvalitet-manifest"), manifest).expect("write");
    test.run().code(0);
    assert_eq!(test.read("victim.txt"), "victim\n");
    assert_eq!(test.read("elsewhere/x.json"), "victim\n");
    assert_eq!(
        tree(&test.path("out")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            "glostrup.json",
            "link.json",
            // `tree` follows the link to `elsewhere`.
            "sub/x.json"
        ]
    );
}

#[test]
fn build_removes_the_temporary_files_of_a_killed_build() {
    let test = Test::new()
        .file("std/glostrup/2024.kvs", CLEAN)
        .args(["build", "--today", TODAY, "--out", "out", "std"]);
    test.run().code(0);
    // What a build killed while writing leaves, and files that only look like it.
    let test = test
        .file(
            "out/.2025.json.kvalitet-4242-0-1767225600000000000.tmp",
            "{",
        )
        .file(
            "out/glostrup/.2024.json.kvalitet-4242-7-1767225600000000001.tmp",
            "{",
        )
        .file("out/.notes.tmp", "mine\n")
        .file("out/glostrup/notes.kvalitet-1-2-3.tmp", "mine\n");
    test.run().code(0);
    assert_eq!(
        tree(&test.path("out")),
        [
            ".kvalitet-manifest",
            ".kvalitet-output",
            ".notes.tmp",
            "glostrup/2024.json",
            "glostrup/notes.kvalitet-1-2-3.tmp"
        ]
    );
}

#[test]
fn build_never_replaces_a_file_it_did_not_write() {
    let test = Test::new()
        .file("std/glostrup.kvs", CLEAN)
        .file("site/index.html", "<p>mine</p>\n")
        .file("site/style.css", "p {}\n")
        .file("site/notes.txt", "mine\n")
        .args([
            "build", "--today", TODAY, "--format", "html", "--out", "site", "--force", "std",
        ]);
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: `site` holds files that kvalitet did not write (not in its .kvalitet-manifest) \
         and this build would replace: `index.html`, `style.css`; move them away, or choose \
         another --out\n"
    );
    assert_eq!(
        tree(&test.path("site")),
        ["index.html", "notes.txt", "style.css"]
    );
    assert_eq!(test.read("site/index.html"), "<p>mine</p>\n");

    // Moved away, the build goes ahead beside the user's other files, and then it does
    // not replace a file the user puts where a new page would go.
    std::fs::remove_file(test.path("site/index.html")).expect("remove");
    std::fs::remove_file(test.path("site/style.css")).expect("remove");
    test.run().code(0);
    let test = test
        .file("site/ishoej.html", "<p>mine</p>\n")
        .file("std/ishoej.kvs", CLEAN)
        .args([
            "build", "--today", TODAY, "--format", "html", "--out", "site", "std",
        ]);
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: `site` holds a file that kvalitet did not write (not in its .kvalitet-manifest) \
         and this build would replace: `ishoej.html`; move it away, or choose another --out\n"
    );
    assert_eq!(test.read("site/ishoej.html"), "<p>mine</p>\n");
    assert_eq!(test.read("site/notes.txt"), "mine\n");
}

#[test]
fn build_refuses_an_out_path_that_is_a_file() {
    let test = Test::new()
        .file("glostrup.kvs", CLEAN)
        .file("out", "a file\n")
        .args(["build", "--today", TODAY, "--out", "out", "glostrup.kvs"]);
    let output = test.run().code(2);
    assert_eq!(
        output.stderr,
        "error: `out` exists and is not a directory\n"
    );
    assert_eq!(test.read("out"), "a file\n");
}

#[test]
fn explain_prints_the_explanation() {
    let output = Test::new().args(["explain", "KS020"]).run().code(0);
    insta::assert_snapshot!(output.stdout);
}

#[test]
fn explain_prints_a_rule_s_documentation() {
    let output = Test::new().args(["explain", "KS132"]).run().code(0);
    assert!(
        output.stdout.starts_with("KS132 (missing-egenbetaling)"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("## Why it matters"),
        "{}",
        output.stdout
    );
}

#[test]
fn explain_rejects_an_unknown_code() {
    let output = Test::new().args(["explain", "KS999"]).run().code(2);
    assert!(
        output
            .stderr
            .starts_with("error: `KS999` is not a kvalitet code"),
        "{}",
        output.stderr
    );
    assert_eq!(output.stdout, "");
}

#[test]
fn help_mentions_the_exit_codes() {
    let commands: [&[&str]; 3] = [&["--help"], &["check", "--help"], &["build", "--help"]];
    for args in commands {
        let output = Test::new().args(args.iter().copied()).run().code(0);
        for line in [
            "Exit codes:",
            "0  no errors",
            "1  errors found",
            "2  usage error",
        ] {
            assert!(
                output.stdout.contains(line),
                "`kvalitet {}` does not mention `{line}`:\n{}",
                args.join(" "),
                output.stdout
            );
        }
    }
}

#[test]
fn deny_warnings_fails_on_warnings() {
    let test =
        Test::new()
            .file("glostrup.kvs", WARNED)
            .args(["check", "--today", TODAY, "glostrup.kvs"]);
    let output = test.run().code(0);
    insta::assert_snapshot!(output.stdout);
    let test = test.args([
        "check",
        "--today",
        TODAY,
        "--deny",
        "warnings",
        "glostrup.kvs",
    ]);
    test.run().code(1);
    Test::new()
        .file("glostrup.kvs", CLEAN)
        .args([
            "check",
            "--today",
            TODAY,
            "--deny",
            "warnings",
            "glostrup.kvs",
        ])
        .run()
        .code(0);
    let output = Test::new()
        .file("glostrup.kvs", CLEAN)
        .args([
            "check",
            "--today",
            TODAY,
            "--deny",
            "everything",
            "glostrup.kvs",
        ])
        .run()
        .code(2);
    assert!(output.stderr.contains("warnings"), "{}", output.stderr);
}

/// The codes and severities a `--format json` run reported, in order.
fn findings(output: &Output) -> Vec<(String, String)> {
    output.json()["diagnostics"]
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_owned(),
                d["severity"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

/// The codes and severities of the four warnings in `WARNED`, with KS142 changed.
fn warned_with_ks142(severity: &str) -> Vec<(String, String)> {
    [
        ("KS120", "warning"),
        ("KS131", "warning"),
        ("KS132", "warning"),
        ("KS142", severity),
    ]
    .iter()
    .map(|(code, severity)| ((*code).to_owned(), (*severity).to_owned()))
    .collect()
}

#[test]
fn a_config_in_a_parent_directory_raises_a_warning_to_an_error() {
    let test = Test::new()
        .file(
            "kvalitet.yaml",
            "rules:\n  revision-only-on-change: error\n",
        )
        .file("std/glostrup/glostrup.kvs", WARNED)
        .args([
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            "std/glostrup/glostrup.kvs",
        ]);
    let output = test.run().code(1);
    assert_eq!(findings(&output), warned_with_ks142("error"));
    // Standard input finds the configuration of the current directory.
    let output = test
        .args(["check", "--today", TODAY, "--format", "json", "-"])
        .stdin(WARNED)
        .run()
        .code(1);
    assert_eq!(findings(&output), warned_with_ks142("error"));
}

#[test]
fn off_in_a_config_silences_a_rule() {
    let output = Test::new()
        .file(
            "kvalitet.yaml",
            "rules:\n  KS120: off\n  KS131: off\n  KS132: off\n  KS142: off\n",
        )
        .file("glostrup.kvs", WARNED)
        .args([
            "check",
            "--today",
            TODAY,
            "--deny",
            "warnings",
            "glostrup.kvs",
        ])
        .run()
        .code(0);
    assert_eq!(output.stdout, "checked 1 file: no problems found\n");
}

#[test]
fn a_config_may_deny_warnings_and_set_today() {
    let test = Test::new()
        .file("kvalitet.yaml", "deny: [warnings]\ntoday: 2028-01-01\n")
        .file("glostrup.kvs", CLEAN)
        .args(["check", "--format", "json", "glostrup.kvs"]);
    // Approved 2026-06-01: stale by the configuration's date, and denied.
    let output = test.run().code(1);
    assert_eq!(
        findings(&output),
        [("KS140".to_owned(), "warning".to_owned())]
    );
    // `--today` wins over the configuration's date.
    let output = test
        .args([
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            "glostrup.kvs",
        ])
        .run()
        .code(0);
    assert_eq!(findings(&output), []);
}

#[test]
fn the_nearest_config_wins_unless_it_extends() {
    let test = Test::new()
        .file("kvalitet.yaml", "rules:\n  KS142: error\n")
        .file("near/kvalitet.yaml", "rules:\n  KS120: advice\n")
        .file("near/glostrup.kvs", WARNED)
        .file("far/glostrup.kvs", WARNED)
        .args([
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            "near/glostrup.kvs",
        ]);
    let output = test.run().code(0);
    let mut expected = warned_with_ks142("warning");
    expected[0].1 = "advice".to_owned();
    assert_eq!(findings(&output), expected);

    let test = test.file(
        "near/kvalitet.yaml",
        "extend: true\nrules:\n  KS120: advice\n",
    );
    let output = test.run().code(1);
    let mut expected = warned_with_ks142("error");
    expected[0].1 = "advice".to_owned();
    assert_eq!(findings(&output), expected);

    // Each file gets the configuration above it.
    let output = test
        .args([
            "check",
            "--today",
            TODAY,
            "--format",
            "json",
            "far/glostrup.kvs",
        ])
        .run()
        .code(1);
    assert_eq!(findings(&output), warned_with_ks142("error"));
}

#[test]
fn config_replaces_discovery_and_no_config_disables_it() {
    let test = Test::new()
        .file("kvalitet.yaml", "rules:\n  KS142: error\n")
        .file("ci/strict.yaml", "rules:\n  KS142: advice\n")
        .file("glostrup.kvs", WARNED);
    let test = test.args([
        "check",
        "--today",
        TODAY,
        "--format",
        "json",
        "--config",
        "ci/strict.yaml",
        "glostrup.kvs",
    ]);
    let output = test.run().code(0);
    assert_eq!(findings(&output), warned_with_ks142("advice"));

    let test = test.args([
        "check",
        "--today",
        TODAY,
        "--format",
        "json",
        "--no-config",
        "glostrup.kvs",
    ]);
    let output = test.run().code(0);
    assert_eq!(findings(&output), warned_with_ks142("warning"));

    let test = test.args([
        "check",
        "--today",
        TODAY,
        "--config",
        "ci/missing.yaml",
        "glostrup.kvs",
    ]);
    let output = test.run().code(2);
    assert!(
        output
            .stderr
            .starts_with("error: ci/missing.yaml: cannot read the file: "),
        "{}",
        output.stderr
    );
    let test = test.args([
        "check",
        "--config",
        "ci/strict.yaml",
        "--no-config",
        "glostrup.kvs",
    ]);
    let output = test.run().code(2);
    assert!(
        output.stderr.contains("cannot be used with"),
        "{}",
        output.stderr
    );
}

#[test]
fn build_applies_the_config() {
    let test = Test::new()
        .file("kvalitet.yaml", "rules:\n  KS142: error\n")
        .file("std/glostrup.kvs", WARNED)
        .args(["build", "--today", TODAY, "--out", "out", "std"]);
    // The configured error fails the run and is counted in the JSON; the standard can
    // still be read, so its JSON is written.
    let output = test.run().code(1);
    assert!(
        output.stdout.ends_with("wrote 1 JSON file(s) to out\n"),
        "{}",
        output.stdout
    );
    let json: Value = serde_json::from_str(&test.read("out/glostrup.json")).expect("JSON");
    assert_eq!(json["findings"]["error"], 1, "{json}");
    let test = test.args([
        "build",
        "--today",
        TODAY,
        "--out",
        "out",
        "--no-config",
        "std",
    ]);
    test.run().code(0);
    assert_eq!(
        tree(&test.path("out")),
        [".kvalitet-manifest", ".kvalitet-output", "glostrup.json"]
    );
}

#[test]
fn a_malformed_config_exits_2_with_every_problem() {
    let output = Test::new()
        .file(
            "std/kvalitet.yaml",
            "rules:\n  KS999: off\n  stale-aproval: off\n  KS160: loud\ndeny: [errors]\ntoday: 2026-13-01\n",
        )
        .file("std/glostrup.kvs", CLEAN)
        .file("other/kvalitet.yaml", "rules:\n  KS142: error\n  KS005: advice\n")
        .file("other/glostrup.kvs", CLEAN)
        .args(["check", "--today", TODAY, "std", "other"])
        .run()
        .code(2);
    assert_eq!(output.stdout, "");
    insta::assert_snapshot!(output.stderr);
}

#[test]
fn a_config_that_is_not_yaml_exits_2_with_a_position() {
    let output = Test::new()
        .file("kvalitet.yaml", "rules:\n  KS142: error\nrulez: {}\n")
        .file("glostrup.kvs", CLEAN)
        .args(["check", "--today", TODAY, "glostrup.kvs"])
        .run()
        .code(2);
    assert_eq!(
        output.stderr,
        "error: kvalitet.yaml:3:1: unknown field `rulez`, expected one of extend, rules, deny, today, lang\n"
    );
}

#[test]
fn a_language_code_in_a_config_is_rejected() {
    let output = Test::new()
        .file("kvalitet.yaml", "rules:\n  KS020: off\n")
        .file("glostrup.kvs", BROKEN)
        .args(["check", "--today", TODAY, "glostrup.kvs"])
        .run()
        .code(2);
    assert_eq!(
        output.stderr,
        "error: kvalitet.yaml:2:3: `KS020` is a language code; the language's own errors (KS001–KS099) cannot be changed or turned off\n"
    );
}

/// `CLEAN` with a misspelt contact name (a safe fix) and revision only on change (an
/// unsafe fix, found once the name is fixed and the rules run).
const FIXABLE: &str = r#"kvalitetsstandard "Genoptræning" {
  kommune Glostrup
  kommunekode 161
  godkendt 2026-06-01 af "Sundhedsudvalget"
  revideres ved-ændringer
  egenbetaling 0 kr
  frister {
    afgørelse 10 hverdage efter ansøgning
  }
  klage {
    afgørelse {
      til visitationn
      klagefrist 4 uger efter afgørelse
      genvurdering 4 uger efter klage
      videre ankestyrelsen
    }
  }
  kontakt visitationen "Visitationen" {
    telefon 43 23 66 90
  }
}
"#;

/// `FIXABLE` after `--fix`.
fn safely_fixed() -> String {
    FIXABLE.replace("til visitationn", "til visitationen")
}

#[test]
fn fix_writes_the_safe_fixes_and_reports_what_remains() {
    let test = Test::new().file("glostrup.kvs", FIXABLE).args([
        "check",
        "--today",
        TODAY,
        "--fix",
        "glostrup.kvs",
    ]);
    let output = test.run().code(0);
    assert_eq!(test.read("glostrup.kvs"), safely_fixed());
    assert_eq!(output.stderr, "");
    insta::assert_snapshot!(output.stdout);
    assert!(
        output
            .stdout
            .ends_with("fixed 1 finding, 1 remains (1 fixable with --unsafe-fixes)\n"),
        "{}",
        output.stdout
    );
    // Written in place, whole: no temporary file is left beside it.
    assert_eq!(tree(&test.dir.0), ["glostrup.kvs"]);
    // Nothing is left to fix safely: the file is not written again.
    let output = test.run().code(0);
    assert!(
        output
            .stdout
            .ends_with("fixed 0 findings, 1 remains (1 fixable with --unsafe-fixes)\n"),
        "{}",
        output.stdout
    );
}

#[test]
fn unsafe_fixes_apply_every_fix() {
    let test = Test::new().file("glostrup.kvs", FIXABLE).args([
        "check",
        "--today",
        TODAY,
        "--unsafe-fixes",
        "glostrup.kvs",
    ]);
    let output = test.run().code(0);
    assert_eq!(
        test.read("glostrup.kvs"),
        safely_fixed().replace("ved-ændringer", "årligt")
    );
    assert_eq!(
        output.stdout,
        "checked 1 file: no problems found\nfixed 2 findings, none remain\n"
    );
}

#[test]
fn fix_keeps_what_it_cannot_fix_and_exits_1_on_the_errors_that_remain() {
    let broken = FIXABLE.replace("telefon 43 23 66 90", "telefon 43 23 669");
    let test = Test::new().file("glostrup.kvs", &broken).args([
        "check",
        "--today",
        TODAY,
        "--fix",
        "glostrup.kvs",
    ]);
    let output = test.run().code(1);
    assert_eq!(
        test.read("glostrup.kvs"),
        broken.replace("til visitationn", "til visitationen")
    );
    assert!(
        output.stdout.contains("KS020 invalid-phone"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.ends_with("fixed 1 finding, 1 remains\n"),
        "{}",
        output.stdout
    );
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let test = Test::new().file("glostrup.kvs", FIXABLE).args([
        "check",
        "--today",
        TODAY,
        "--diff",
        "glostrup.kvs",
    ]);
    let output = test.run().code(1);
    assert_eq!(test.read("glostrup.kvs"), FIXABLE);
    assert_eq!(
        output.stderr,
        "would fix 1 finding in 1 file (1 more with --unsafe-fixes)\n"
    );
    insta::assert_snapshot!(output.stdout);
    let test = test.args([
        "check",
        "--today",
        TODAY,
        "--unsafe-fixes",
        "--diff",
        "glostrup.kvs",
    ]);
    let output = test.run().code(1);
    assert_eq!(test.read("glostrup.kvs"), FIXABLE);
    assert!(
        output.stdout.contains("+  revideres årligt\n"),
        "{}",
        output.stdout
    );
    assert!(
        output.stdout.contains("+      til visitationen\n"),
        "{}",
        output.stdout
    );
    assert_eq!(output.stderr, "would fix 2 findings in 1 file\n");
    assert_eq!(tree(&test.dir.0), ["glostrup.kvs"]);
    let output = Test::new()
        .file("glostrup.kvs", CLEAN)
        .args(["check", "--today", TODAY, "--diff", "glostrup.kvs"])
        .run()
        .code(0);
    assert_eq!(
        (output.stdout.as_str(), output.stderr.as_str()),
        ("", "no fixes to apply\n")
    );
}

#[test]
fn diff_prints_a_diff_and_takes_no_format() {
    let output = Test::new()
        .file("glostrup.kvs", FIXABLE)
        .args(["check", "--diff", "--format", "json", "glostrup.kvs"])
        .run()
        .code(2);
    assert!(output.stderr.contains("--diff"), "{}", output.stderr);
}

#[test]
fn fix_on_standard_input_prints_the_fixed_text_and_reports_on_stderr() {
    let output = Test::new()
        .args(["check", "--today", TODAY, "--unsafe-fixes", "-"])
        .stdin(FIXABLE)
        .run()
        .code(0);
    assert_eq!(
        output.stdout,
        safely_fixed().replace("ved-ændringer", "årligt")
    );
    assert_eq!(
        output.stderr,
        "checked 1 file: no problems found\nfixed 2 findings, none remain\n"
    );
    // A text with nothing to fix comes back as it was.
    let output = Test::new()
        .args(["check", "--today", TODAY, "--fix", "-"])
        .stdin(CLEAN)
        .run()
        .code(0);
    assert_eq!(output.stdout, CLEAN);
}

/// The JSON diagnostics carry each finding's fix, and after `--fix` the summary counts
/// what was fixed.
#[test]
fn json_diagnostics_carry_their_fixes() {
    let test = Test::new().file("glostrup.kvs", FIXABLE).args([
        "check",
        "--today",
        TODAY,
        "--format",
        "json",
        "glostrup.kvs",
    ]);
    let output = test.run().code(1);
    let json = output.json();
    insta::assert_json_snapshot!(json["diagnostics"][0]);
    assert_eq!(json["summary"]["fixed"], 0);
    let test = test.args([
        "check",
        "--today",
        TODAY,
        "--fix",
        "--format",
        "json",
        "glostrup.kvs",
    ]);
    let output = test.run().code(0);
    let json = output.json();
    assert_eq!(json["summary"]["fixed"], 1);
    let fix = &json["diagnostics"][0]["fix"];
    assert_eq!(json["diagnostics"][0]["code"], "KS142");
    assert_eq!(fix["applicability"], "unsafe");
    assert_eq!(fix["edits"][0]["replacement"], "årligt");
}

#[test]
fn explain_says_whether_a_rule_fixes() {
    let output = Test::new().args(["explain", "KS142"]).run().code(0);
    assert!(
        output.stdout.starts_with(
            "KS142 (revision-only-on-change), warning by default, fix: always, unsafe\n"
        ),
        "{}",
        output.stdout
    );
    assert!(output.stdout.contains("\n## Fix\n"), "{}", output.stdout);
}

/// A fix that would give the file a new language error (here a field given twice) is
/// not written; a warning says why, and the findings decide the exit code.
#[test]
fn a_fix_that_would_break_the_file_is_not_written() {
    let twice = "kvalitetsstandard \"S\" {\n  år 2024\n  revideres årligt\n  revidere årligt\n}\n";
    let test = Test::new()
        .file("s.kvs", twice)
        .args(["check", "--today", TODAY, "--fix", "s.kvs"]);
    let output = test.run().code(1);
    assert_eq!(test.read("s.kvs"), twice);
    assert_eq!(
        output.stderr,
        "warning: `s.kvs` was not fixed: the fixes for KS010 would give it a new error (KS015 `revideres` is given twice); correct it by hand\n"
    );
    assert!(
        output.stdout.ends_with("fixed 0 findings, 1 remains\n"),
        "{}",
        output.stdout
    );
}

/// A standard in no particular layout.
const MESSY: &str = "kvalitetsstandard \"Genoptræning\" {\nkommune   Glostrup # navnet\n  frister {afgørelse 10 hverdage efter ansøgning}\n}\n";

/// [`MESSY`] in the canonical layout.
const TIDY: &str = "kvalitetsstandard \"Genoptræning\" {\n  kommune Glostrup  # navnet\n  frister { afgørelse 10 hverdage efter ansøgning }\n}\n";

#[test]
fn fmt_writes_the_files_that_change_and_names_them() {
    let test = Test::new()
        .file("a/messy.kvs", MESSY)
        .file("a/tidy.kvs", TIDY)
        .args(["fmt", "a"]);
    let output = test.run().code(0);
    assert_eq!(output.stdout, "");
    assert_eq!(
        output.stderr,
        "reformatted a/messy.kvs\n1 file reformatted, 1 unchanged\n"
    );
    assert_eq!(test.read("a/messy.kvs"), TIDY);
    assert_eq!(test.read("a/tidy.kvs"), TIDY);
    // Written whole: no temporary file is left beside it.
    assert_eq!(tree(&test.path("a")), ["messy.kvs", "tidy.kvs"]);
    // A second run finds nothing to do.
    let again = test.run().code(0);
    assert_eq!(again.stderr, "0 files reformatted, 2 unchanged\n");
}

#[test]
fn fmt_check_lists_the_files_that_would_change_and_writes_nothing() {
    let test = Test::new()
        .file("a/messy.kvs", MESSY)
        .file("a/tidy.kvs", TIDY)
        .args(["fmt", "--check", "a"]);
    let output = test.run().code(1);
    assert_eq!(output.stdout, "");
    assert_eq!(
        output.stderr,
        "would reformat a/messy.kvs\n1 file would be reformatted, 1 already formatted\n"
    );
    assert_eq!(test.read("a/messy.kvs"), MESSY);
    let tidy = Test::new()
        .file("tidy.kvs", TIDY)
        .args(["fmt", "--check", "tidy.kvs"]);
    tidy.run().code(0);
}

#[test]
fn fmt_diff_prints_a_unified_diff_and_writes_nothing() {
    let test = Test::new()
        .file("messy.kvs", MESSY)
        .args(["fmt", "--diff", "messy.kvs"]);
    let output = test.run().code(0);
    insta::assert_snapshot!(output.stdout);
    assert_eq!(
        output.stderr,
        "would reformat messy.kvs\n1 file would be reformatted, 0 already formatted\n"
    );
    assert_eq!(test.read("messy.kvs"), MESSY);
    // With --check as well, the run fails.
    Test::new()
        .file("messy.kvs", MESSY)
        .args(["fmt", "--check", "--diff", "messy.kvs"])
        .run()
        .code(1);
}

#[test]
fn fmt_formats_standard_input_to_standard_output() {
    let output = Test::new().args(["fmt", "-"]).stdin(MESSY).run().code(0);
    assert_eq!(output.stdout, TIDY);
    assert_eq!(output.stderr, "");
    let output = Test::new().args(["fmt", "-"]).stdin(TIDY).run().code(0);
    assert_eq!(output.stdout, TIDY);
    let output = Test::new()
        .args(["fmt", "--check", "-"])
        .stdin(MESSY)
        .run()
        .code(1);
    assert_eq!(output.stdout, "");
    assert_eq!(output.stderr, "would reformat <stdin>\n");
}

/// A file with a language error is reported as `check` reports it and left as it was;
/// the other files are formatted all the same.
#[test]
fn fmt_refuses_a_file_with_language_errors_and_formats_the_others() {
    let test = Test::new()
        .file("a/broken.kvs", BROKEN)
        .file("a/messy.kvs", MESSY)
        .args(["fmt", "a"]);
    let output = test.run().code(1);
    assert_eq!(output.stdout, "");
    insta::assert_snapshot!(output.stderr);
    assert_eq!(test.read("a/broken.kvs"), BROKEN);
    assert_eq!(test.read("a/messy.kvs"), TIDY);
    let output = Test::new().args(["fmt", "-"]).stdin(BROKEN).run().code(1);
    assert_eq!(output.stdout, "", "nothing is printed for a refused input");
    assert!(output.stderr.contains("KS020"), "{}", output.stderr);
}

#[test]
fn fmt_reports_a_file_that_is_not_utf8_and_exits_2() {
    let test = Test::new()
        .bytes(
            "hoeje.kvs",
            b"kvalitetsstandard \"Tr\xe6ning\" {\n  kommune H\xf8je-Taastrup\n}\n",
        )
        .file("messy.kvs", MESSY)
        .args(["fmt", "hoeje.kvs", "messy.kvs"]);
    let output = test.run().code(2);
    assert!(output.stderr.contains("KS090"), "{}", output.stderr);
    assert!(
        output.stderr.contains("hoeje.kvs: not formatted"),
        "{}",
        output.stderr
    );
    assert_eq!(test.read("messy.kvs"), TIDY);
}

/// CRLF line ends and a byte order mark are written back as the file had them.
#[test]
fn fmt_keeps_line_ends_and_a_byte_order_mark() {
    let crlf = |text: &str| text.replace('\n', "\r\n");
    let test = Test::new()
        .file("messy.kvs", &format!("\u{FEFF}{}", crlf(MESSY)))
        .args(["fmt", "messy.kvs"]);
    test.run().code(0);
    assert_eq!(test.read("messy.kvs"), format!("\u{FEFF}{}", crlf(TIDY)));
}

/// The bundled standards are in the canonical layout.
#[test]
fn fmt_check_passes_on_the_bundled_standards() {
    let standards = Path::new(env!("CARGO_MANIFEST_DIR")).join("standards");
    let standards = standards.to_string_lossy();
    let output = Test::new()
        .args(["fmt", "--check", standards.as_ref()])
        .run()
        .code(0);
    assert!(
        output.stderr.starts_with("0 files would be reformatted, "),
        "{}",
        output.stderr
    );
}

#[test]
fn serve_refuses_a_missing_folder_a_file_a_bad_date_and_a_port_in_use() {
    let test = Test::new().file("s.kvs", CLEAN);
    let output = test.args(["serve", "missing", "--port", "0"]).run().code(2);
    assert!(
        output
            .stderr
            .starts_with("error: cannot open the folder `missing`"),
        "{}",
        output.stderr
    );
    assert_eq!(output.stdout, "");
    let test = Test::new()
        .file("s.kvs", CLEAN)
        .args(["serve", "s.kvs", "--port", "0"]);
    let output = test.run().code(2);
    assert_eq!(output.stderr, "error: `s.kvs` is not a folder\n");
    let test = Test::new().args(["serve", "--today", "2026-13-01"]);
    let output = test.run().code(2);
    assert!(output.stderr.contains("is not a date"), "{}", output.stderr);
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let port = taken.local_addr().expect("an address").port().to_string();
    let output = Test::new()
        .args(["serve", ".", "--port", &port])
        .run()
        .code(2);
    assert!(
        output
            .stderr
            .starts_with("error: cannot listen on 127.0.0.1:"),
        "{}",
        output.stderr
    );
}

/// The summary line of a human report, in either language.
fn summary(output: &Output) -> &str {
    output
        .stdout
        .lines()
        .find(|line| line.starts_with("checked ") || line.starts_with("tjekkede "))
        .unwrap_or_default()
}

#[test]
fn the_language_comes_from_the_flag_then_the_environment_then_the_configuration() {
    let test = Test::new().file("a.kvs", WARNED);
    let run = |test: &Test, args: &[&str]| {
        let mut all = vec!["check", "a.kvs", "--today", TODAY];
        all.extend(args);
        test.run_with(&all)
    };
    // English by default, whatever the findings.
    let english = run(&test, &[]);
    assert_eq!(english.code, 0, "{}", english.stderr);
    assert!(
        summary(&english).starts_with("checked 1 file: 0 errors, "),
        "{}",
        english.stdout
    );
    let danish = run(&test, &["--lang", "da"]);
    assert_eq!(danish.code, 0, "{}", danish.stderr);
    assert!(
        summary(&danish).starts_with("tjekkede 1 fil: 0 fejl, "),
        "{}",
        danish.stdout
    );
    // The environment, then the flag over it.
    let test = test.lang_env("da");
    assert_eq!(summary(&run(&test, &[])), summary(&danish));
    assert_eq!(summary(&run(&test, &["--lang", "en"])), summary(&english));
    // The configuration, under both.
    let test = Test::new()
        .file("a.kvs", WARNED)
        .file("kvalitet.yaml", "lang: da\n");
    assert_eq!(summary(&run(&test, &[])), summary(&danish));
    assert_eq!(summary(&run(&test, &["--lang", "en"])), summary(&english));
    let test = test.lang_env("en");
    assert_eq!(summary(&run(&test, &[])), summary(&english));
    // A locale's form of the name is understood.
    let test = Test::new().file("a.kvs", WARNED).lang_env("da_DK.UTF-8");
    assert_eq!(summary(&run(&test, &[])), summary(&danish));
}

#[test]
fn a_language_kvalitet_does_not_speak_is_a_usage_error() {
    let test = Test::new().file("a.kvs", CLEAN);
    let flag = test.run_with(&["check", "a.kvs", "--lang", "sv"]);
    assert_eq!(flag.code, 2);
    assert_eq!(
        flag.stderr,
        "error: `--lang sv`: kvalitet speaks en and da\n"
    );
    let test = test.lang_env("fr");
    let environment = test.run_with(&["check", "a.kvs"]);
    assert_eq!(environment.code, 2);
    assert_eq!(
        environment.stderr,
        "error: KVALITET_LANG=`fr`: kvalitet speaks en and da\n"
    );
    let test = Test::new()
        .file("a.kvs", CLEAN)
        .file("kvalitet.yaml", "lang: dansk\n");
    let configured = test.run_with(&["check", "a.kvs"]);
    assert_eq!(configured.code, 2);
    assert_eq!(
        configured.stderr,
        "error: kvalitet.yaml:1:7: `dansk` is not a language; write en or da\n"
    );
}
#[test]
fn every_output_format_speaks_the_chosen_language() {
    let test = Test::new().file("a.kvs", BROKEN);
    for format in ["human", "json", "sarif", "github"] {
        let english = test.run_with(&["check", "a.kvs", "--format", format]);
        let danish = test.run_with(&["check", "a.kvs", "--format", format, "--lang", "da"]);
        assert_eq!(english.code, 1, "{format}: {}", english.stderr);
        assert_eq!(danish.code, 1, "{format}: {}", danish.stderr);
        assert_ne!(
            english.stdout, danish.stdout,
            "{format} is the same in both languages"
        );
    }
}
