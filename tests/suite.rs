//! The integration tests of kvalitet, in one test binary to keep link times down.
//!
//! `fixtures` compiles the `tests/fixtures/{ok,err}` files, `standards` the real
//! standards under `standards/`, `schema` checks the JSON outputs against the published
//! schemas, `cli` drives the `kvalitet` binary, `rules` runs each rule of the checker
//! on its `tests/fixtures/rules/` fixtures, `sarif` checks the SARIF and GitHub outputs
//! (against the official SARIF schema), and `rules_list` checks `kvalitet rules` and that
//! `docs/rules.md` is its output. `keywords` tries every keyword of the schema where it
//! belongs and where it does not. `robustness` puts damaged standards through every stage
//! and renderer. `prose` snapshots what one mutation of a bundled standard's prose makes
//! the checker find. `compare` snapshots `kvalitet compare` and `kvalitet diff`
//! on the bundled standards, `xlsx` reads the comparison's Excel workbook back,
//! `country` compares 98 synthetic municipalities (the distribution view), `draft` the
//! drafts of next year's standards, and `examples`
//! checks that `docs/examples/` is current. `fix` applies each fix to its
//! `tests/fixtures/fix/` fixture and checks the result again. `fmt` snapshots the
//! formatter's layout and holds it to its promises (idempotent, meaning kept) on every
//! file of the repository and on damaged standards. `lsp` drives `kvalitet lsp` through
//! its standard input and output as an editor does, `editors` holds the VS Code
//! extension's grammar and manifest to the schema, and `serve` drives the workbench's
//! HTTP endpoints and every refusal of its guards. `i18n` holds the English and Danish
//! messages to each other and to the code.
//!
//! The modules are marked `#[cfg(test)]` so that clippy treats their helpers as test
//! code (`clippy.toml` allows `expect`, `panic` and indexing there).

#[cfg(test)]
#[path = "suite/cli.rs"]
mod cli;
#[cfg(test)]
#[path = "suite/compare.rs"]
mod compare;
#[cfg(test)]
#[path = "suite/country.rs"]
mod country;
#[cfg(test)]
#[path = "suite/draft.rs"]
mod draft;
#[cfg(test)]
#[path = "suite/editors.rs"]
mod editors;
#[cfg(test)]
#[path = "suite/examples.rs"]
mod examples;
#[cfg(test)]
#[path = "suite/fix.rs"]
mod fix;
#[cfg(test)]
#[path = "suite/fixtures.rs"]
mod fixtures;
#[cfg(test)]
#[path = "suite/fmt.rs"]
mod fmt;
#[cfg(test)]
#[path = "suite/html.rs"]
mod html;
#[cfg(test)]
#[path = "suite/i18n.rs"]
mod i18n;
#[cfg(test)]
#[path = "suite/keywords.rs"]
mod keywords;
#[cfg(test)]
#[cfg(feature = "lsp")]
#[path = "suite/lsp.rs"]
mod lsp;
#[cfg(test)]
#[path = "../fuzz/src/one_space.rs"]
mod one_space;
#[cfg(test)]
#[path = "suite/prose.rs"]
mod prose;
#[cfg(test)]
#[path = "suite/robustness.rs"]
mod robustness;
#[cfg(test)]
#[path = "suite/rules.rs"]
mod rules;
#[cfg(test)]
#[path = "suite/rules_list.rs"]
mod rules_list;
#[cfg(test)]
#[path = "suite/sarif.rs"]
mod sarif;
#[cfg(test)]
#[path = "suite/schema.rs"]
mod schema;
#[cfg(test)]
#[cfg(feature = "serve")]
#[path = "suite/serve.rs"]
mod serve;
#[cfg(test)]
#[path = "suite/standards.rs"]
mod standards;
#[cfg(test)]
#[cfg(feature = "xlsx")]
#[path = "suite/xlsx.rs"]
mod xlsx;
