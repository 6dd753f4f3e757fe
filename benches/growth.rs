//! Growth check: every pass must be linear in its input.
//!
//! For each input shape that once made kvalitet slow (runs of unclosed braces, long
//! runs of `-` `.` `_` `+`, many contacts, deep nesting, a finding at the end of a
//! very long line), for a long line of every kind of token, and for the authoring
//! commands (`fmt`, `check --unsafe-fixes`, `draft`), the command line is run
//! on the shape at size N and at size 10 N under valgrind's callgrind, which counts
//! the instructions executed: the same count on every run, whatever else the machine
//! does. The cost of the shape is the count less that of the same shape at size 1
//! (start-up, the registry, the messages, each kind of finding rendered once), and
//! 10 N may cost at most 11 times N. A quadratic path costs
//! 100 times, an exponential one never ends, and either fails the run (exit 1).
//!
//! Run with `cargo bench --bench growth`; `.ci/run` runs it. It needs `valgrind`.

#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// How much more 10 N may cost than N.
const LIMIT: f64 = 11.0;

const HEADER: &str = "kvalitetsstandard \"T\" {\n  kommune Glostrup\n";

/// A standard whose `tekst` is `text`, so that the checker reads it as prose.
fn prose(text: &str) -> String {
    format!("{HEADER}  formål \"{text}\"\n}}\n")
}

/// `check --format json`.
const JSON: &[&str] = &["check", "--today", "2026-11-23", "--format", "json"];
/// `check` for people, with miette's snippets.
const HUMAN: &[&str] = &["check", "--today", "2026-11-23", "--format", "human"];
/// The formatter, showing its change.
const FMT: &[&str] = &["fmt", "--diff"];
/// Every fix, shown as a diff (each pass of the fixer compiles the file again).
const FIX: &[&str] = &["check", "--today", "2026-11-23", "--unsafe-fixes", "--diff"];
/// Next year's draft, to standard output, with its to-do list.
const DRAFT: &[&str] = &[
    "draft",
    "--today",
    "2026-11-23",
    "--year",
    "2030",
    "--out",
    "-",
];

/// A shape: its name, the command that runs on it (the file is added last), and the
/// text at size `n`.
struct Shape {
    name: &'static str,
    command: &'static [&'static str],
    n: usize,
    text: fn(usize) -> String,
}

fn line(arg: &str, n: usize) -> String {
    format!("{HEADER}  egenbetaling 0 kr {}\n}}\n", arg.repeat(n))
}

fn shapes() -> Vec<Shape> {
    vec![
        Shape {
            name: "unclosed braces on one line",
            command: JSON,
            n: 5_000,
            text: |n| format!("{HEADER}  omfang {}\n}}\n", "{".repeat(n)),
        },
        Shape {
            name: "unclosed braces with spaces",
            command: JSON,
            n: 5_000,
            text: |n| format!("{HEADER}  omfang {}\n}}\n", "{ ".repeat(n)),
        },
        Shape {
            name: "a run of -",
            command: JSON,
            n: 20_000,
            text: |n| line("-", n),
        },
        Shape {
            name: "a run of .",
            command: JSON,
            n: 20_000,
            text: |n| line(".", n),
        },
        Shape {
            name: "a run of _",
            command: JSON,
            n: 20_000,
            text: |n| line("_", n),
        },
        Shape {
            name: "a run of +",
            command: JSON,
            n: 20_000,
            text: |n| line("+", n),
        },
        Shape {
            name: "a+a+a+…",
            command: JSON,
            n: 10_000,
            text: |n| line("a+", n),
        },
        Shape {
            name: "1-1-1-…",
            command: JSON,
            n: 10_000,
            text: |n| line("1-", n),
        },
        Shape {
            name: "a@a@a@…",
            command: JSON,
            n: 10_000,
            text: |n| line("a@", n),
        },
        Shape {
            name: "many contacts",
            command: JSON,
            n: 2_000,
            text: |n| {
                let mut text = HEADER.to_owned();
                for i in 0..n {
                    text.push_str(&format!(
                        "  kontakt k{i} \"Kontakt {i}\" {{\n    telefon 43 23 {:02} {:02}\n  }}\n",
                        i % 100,
                        (i / 100) % 100
                    ));
                }
                text + "}\n"
            },
        },
        Shape {
            name: "many contacts of one body",
            command: JSON,
            n: 2_000,
            text: |n| {
                let mut text = HEADER.to_owned();
                for i in 0..n {
                    text.push_str(&format!(
                        "  kontakt k{i} \"Ankestyrelsen\" {{\n    telefon 33 41 12 00\n  }}\n"
                    ));
                }
                text + "}\n"
            },
        },
        Shape {
            name: "numbered items with lists under them",
            command: JSON,
            n: 2_000,
            text: |n| {
                format!(
                    "{HEADER}  formål \"\"\"\n{}2. slut\n\"\"\"\n}}\n",
                    "1. punkt\n   - under\n   2) x\n## Overskrift\n".repeat(n)
                )
            },
        },
        Shape {
            name: "deep nesting",
            command: JSON,
            n: 2_000,
            text: |n| {
                format!(
                    "{HEADER}{}{}}}\n",
                    "afsnit \"x\" {\n".repeat(n),
                    "}\n".repeat(n)
                )
            },
        },
        Shape {
            name: "a finding at the end of a long line",
            command: HUMAN,
            n: 20_000,
            text: |n| line(" ", n) + "x\n",
        },
        Shape {
            name: "words",
            command: JSON,
            n: 5_000,
            text: |n| line("hverdage ", n),
        },
        Shape {
            name: "numbers",
            command: JSON,
            n: 5_000,
            text: |n| line("12 ", n),
        },
        Shape {
            name: "strings",
            command: JSON,
            n: 5_000,
            text: |n| line("\"tekst\" ", n),
        },
        Shape {
            name: "an unterminated string",
            command: JSON,
            n: 20_000,
            text: |n| format!("{HEADER}  titel \"{}\n}}\n", "a".repeat(n)),
        },
        Shape {
            name: "dates",
            command: JSON,
            n: 5_000,
            text: |n| line("06.02.2024 ", n),
        },
        Shape {
            name: "addresses",
            command: JSON,
            n: 5_000,
            text: |n| line("https://glostrup.dk/x ", n),
        },
        Shape {
            name: "e-mail",
            command: JSON,
            n: 5_000,
            text: |n| line("a@b.dk ", n),
        },
        Shape {
            name: "punctuation",
            command: JSON,
            n: 5_000,
            text: |n| line("§ ", n),
        },
        Shape {
            name: "a comment",
            command: JSON,
            n: 20_000,
            text: |n| format!("{HEADER}  # {}\n}}\n", "x".repeat(n)),
        },
        Shape {
            name: "a text block",
            command: JSON,
            n: 2_000,
            text: |n| {
                format!(
                    "{HEADER}  formål \"\"\"\n{}  \"\"\"\n}}\n",
                    "    - Borgeren træner med en terapeut.\n".repeat(n)
                )
            },
        },
        Shape {
            name: "an unterminated text block",
            command: JSON,
            n: 2_000,
            text: |n| {
                format!(
                    "{HEADER}  formål \"\"\"\n{}}}\n",
                    "    Borgeren træner { med } en terapeut.\n".repeat(n)
                )
            },
        },
        Shape {
            name: "bad lines",
            command: JSON,
            n: 2_000,
            text: |n| format!("{HEADER}{}}}\n", "  - punkt { a } b\n".repeat(n)),
        },
        Shape {
            name: "prose naming ceased bodies",
            command: JSON,
            n: 2_000,
            text: |n| prose(&"Det Sociale Nævn Statsforvaltningen Hovedstaden. ".repeat(n)),
        },
        Shape {
            // Every word may start a name and none ends one: prose is looked over word
            // by word, each walk from a name's first words to where it stops.
            name: "prose that starts names and ends none",
            command: JSON,
            n: 5_000,
            text: |n| prose(&"Det Sociale, Styrelsen for - ".repeat(n)),
        },
        Shape {
            name: "prose with a long list of paragraphs",
            command: JSON,
            n: 5_000,
            text: |n| prose(&format!("servicelovens §§ 83{}", " og 83".repeat(n))),
        },
        Shape {
            name: "prose with phone numbers after a body",
            command: JSON,
            n: 2_000,
            text: |n| prose(&format!("Ankestyrelsen{}", " 33 41 12 00 eller".repeat(n))),
        },
        Shape {
            name: "prose with a run of digit groups",
            command: JSON,
            n: 10_000,
            text: |n| prose(&"12 ".repeat(n)),
        },
        Shape {
            name: "a number with thousands separators",
            command: JSON,
            n: 5_000,
            text: |n| format!("{HEADER}  egenbetaling 1{} kr\n}}\n", ".250".repeat(n)),
        },
        Shape {
            name: "a hedged range in words",
            command: JSON,
            n: 5_000,
            text: |n| {
                format!(
                    "{HEADER}  omfang {{ forløb typisk fra to og op til {} uger }}\n}}\n",
                    "seks og".repeat(n)
                )
            },
        },
        Shape {
            name: "fmt: many contacts out of layout",
            command: FMT,
            n: 1_000,
            text: |n| {
                let contacts: String = (0..n)
                    .map(|i| format!("kontakt   k{i} \"Enhed {i}\"{{telefon 43 23 66 90 # nr\nmail  k{i}@glostrup.dk}}\n"))
                    .collect();
                format!("{HEADER}{contacts}}}\n")
            },
        },
        Shape {
            name: "fmt: a text block of nested lists",
            command: FMT,
            n: 2_000,
            text: |n| {
                format!(
                    "{HEADER}  formål \"\"\"\n{}  \"\"\"\n}}\n",
                    "- Borgeren træner.\n      - med en terapeut\n".repeat(n)
                )
            },
        },
        Shape {
            name: "fix: many misspelt keywords",
            command: FIX,
            n: 500,
            text: |n| {
                let contacts: String = (0..n)
                    .map(|i| {
                        format!("  kontakt k{i} \"Enhed {i}\" {{\n    telefn 43 23 66 90\n  }}\n")
                    })
                    .collect();
                format!("{HEADER}{contacts}}}\n")
            },
        },
        Shape {
            name: "fix: many repeated list items",
            command: FIX,
            n: 1_000,
            text: |n| {
                let items: String = (0..n)
                    .map(|i| format!("    - punkt {i}\n    - punkt {i}\n"))
                    .collect();
                format!("{HEADER}  formål \"\"\"\n{items}  \"\"\"\n}}\n")
            },
        },
        Shape {
            name: "draft: a standard of many contacts",
            command: DRAFT,
            n: 1_000,
            text: |n| {
                let contacts: String = (0..n)
                    .map(|i| {
                        format!("  kontakt k{i} \"Enhed {i}\" {{\n    telefon 43 23 66 90\n  }}\n")
                    })
                    .collect();
                format!("{HEADER}  år 2026\n  godkendt 2026-02-06\n{contacts}}}\n")
            },
        },
    ]
}

fn main() {
    if Command::new("valgrind").arg("--version").output().is_err() {
        eprintln!("growth: valgrind is not installed (apt-get install valgrind)");
        std::process::exit(1);
    }
    let binary = Path::new(env!("CARGO_BIN_EXE_kvalitet"));
    let dir = std::env::temp_dir().join(format!("kvalitet-growth-{}", std::process::id()));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("growth: cannot create {}: {e}", dir.display());
        std::process::exit(1);
    }
    // `cargo bench --bench growth -- contacts`: only the shapes whose name holds a word
    // given (cargo passes `--bench` itself).
    let only: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let shapes: Vec<Shape> = shapes()
        .into_iter()
        .filter(|s| only.is_empty() || only.iter().any(|w| s.name.contains(w.as_str())))
        .collect();
    // The shapes are independent: measure them on every core.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunks: Vec<&[Shape]> = shapes.chunks(shapes.len().div_ceil(threads)).collect();
    let results: Vec<(String, Result<f64, String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                let dir = &dir;
                scope.spawn(move || {
                    chunk
                        .iter()
                        .map(|shape| (shape.name.to_owned(), ratio(binary, dir, shape)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let _ = std::fs::remove_dir_all(&dir);
    // A shape whose thread was lost counts as failed.
    let mut failed = shapes.len().saturating_sub(results.len());
    println!("{:<40} {:>10}", "shape", "cost 10N/N");
    for (name, result) in &results {
        match result {
            Ok(ratio) if *ratio <= LIMIT => println!("{name:<40} {ratio:>10.2}"),
            Ok(ratio) => {
                failed += 1;
                println!("{name:<40} {ratio:>10.2}  super-linear");
            }
            Err(e) => {
                failed += 1;
                println!("{name:<40} {e}");
            }
        }
    }
    // The closing line in the form test runners use: "N passed, N failed".
    println!(
        "growth: {} passed, {failed} failed",
        shapes.len().saturating_sub(failed)
    );
    if failed > 0 {
        eprintln!("growth: some shape costs more than {LIMIT} times as much at 10 N as at N");
        std::process::exit(1);
    }
}

/// The cost of 10 N over the cost of N, each less the cost of the same shape at size 1:
/// the same statements and the same findings, so the work that does not grow with the
/// input (starting the process, reading the registry and the messages, rendering each
/// kind of finding once) cancels out. A minimal standard would not do: it has findings
/// of its own that a shape's language error stops, so it takes away more than the
/// shape's fixed cost and makes a linear shape look super-linear.
fn ratio(binary: &Path, dir: &Path, shape: &Shape) -> Result<f64, String> {
    let base = instructions(
        binary,
        &write(dir, &format!("{}-0", shape.name), &(shape.text)(1)),
        shape.command,
    )?;
    let small = instructions(
        binary,
        &write(dir, &format!("{}-1", shape.name), &(shape.text)(shape.n)),
        shape.command,
    )?;
    let large = instructions(
        binary,
        &write(
            dir,
            &format!("{}-10", shape.name),
            &(shape.text)(shape.n * 10),
        ),
        shape.command,
    )?;
    let small = small.saturating_sub(base).max(1) as f64;
    let large = large.saturating_sub(base) as f64;
    Ok(large / small)
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let file: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(format!("{file}.kvs"));
    if let Err(e) = std::fs::write(&path, text) {
        eprintln!("growth: cannot write {}: {e}", path.display());
    }
    path
}

/// The instructions the command line executes to run `command` on `file`, counted by
/// callgrind.
fn instructions(binary: &Path, file: &Path, command: &[&str]) -> Result<u64, String> {
    // A run that hangs (an exponential path) ends after ten minutes, as a failure.
    let output = Command::new("timeout")
        .args([
            "600",
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
        ])
        .arg(binary)
        .args(command)
        .arg(file)
        .env("NO_COLOR", "1")
        .output()
        .map_err(|e| format!("cannot run valgrind: {e}"))?;
    if output.status.code() == Some(124) {
        return Err("did not finish in ten minutes".to_owned());
    }
    if output.status.code().is_none_or(|code| code > 1) {
        return Err(format!(
            "kvalitet failed: {}",
            String::from_utf8_lossy(&output.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ));
    }
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .find_map(|line| line.split("Collected :").nth(1))
        .and_then(|count| count.trim().parse().ok())
        .ok_or_else(|| "callgrind printed no count".to_owned())
}
