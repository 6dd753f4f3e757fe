//! Snapshot tests over the real standards in `standards/**/*.kvs`: their JSON and their
//! diagnostics, judged against a fixed date so the snapshots do not age.
//!
//! The standards are transcribed by others; a new file gets its snapshots on the next
//! `cargo insta test`, and a changed one shows its difference for review.

use crate::fixtures::{compile_file, render, standard_json};

#[test]
fn standard_json_output() {
    insta::glob!("../../standards", "**/*.kvs", |path| {
        let compiled = compile_file(path);
        insta::assert_json_snapshot!(standard_json(&compiled));
    });
}

#[test]
fn standard_diagnostics() {
    insta::glob!("../../standards", "**/*.kvs", |path| {
        let compiled = compile_file(path);
        insta::assert_snapshot!(render(&compiled, 100));
    });
}
