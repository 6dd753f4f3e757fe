//! The integration tests of kvalitet, in one test binary to keep link times down.
//!
//! `fixtures` compiles the `tests/fixtures/{ok,err}` files, `standards` the real
//! standards under `standards/`, `schema` checks the JSON outputs against the published
//! schemas, `cli` drives the `kvalitet` binary, and `rules` runs each rule of the
//! checker on its `tests/fixtures/rules/` fixtures.
//!
//! The modules are marked `#[cfg(test)]` so that clippy treats their helpers as test
//! code (`clippy.toml` allows `expect`, `panic` and indexing there).

#[cfg(test)]
#[path = "suite/cli.rs"]
mod cli;
#[cfg(test)]
#[path = "suite/fixtures.rs"]
mod fixtures;
#[cfg(test)]
#[path = "suite/rules.rs"]
mod rules;
#[cfg(test)]
#[path = "suite/schema.rs"]
mod schema;
#[cfg(test)]
#[path = "suite/standards.rs"]
mod standards;
