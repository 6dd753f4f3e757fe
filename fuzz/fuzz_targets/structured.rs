//! The repository's `.kvs` files edited with lines built from keywords and literal
//! shapes (`kvalitet_fuzz::structured::Doc`), compiled and rendered: deeper into the
//! lowering, the rules and the renderers than random bytes reach.
//!
//! With `KVALITET_FUZZ_PRINT=1` in the environment each input's text is written to
//! standard error, to see what an artifact holds:
//! `KVALITET_FUZZ_PRINT=1 cargo +nightly fuzz run structured fuzz/artifacts/structured/crash-…`.
#![no_main]

use kvalitet_fuzz::structured::Doc;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn print() -> bool {
    static PRINT: OnceLock<bool> = OnceLock::new();
    *PRINT.get_or_init(|| std::env::var_os("KVALITET_FUZZ_PRINT").is_some())
}

fuzz_target!(|doc: Doc| {
    let text = doc.text();
    if print() {
        eprintln!(
            "----- {} edited: {} bytes -----\n{text}\n-----",
            doc.base_name(),
            text.len()
        );
    }
    let compiled = kvalitet_fuzz::compile_text(text);
    kvalitet_fuzz::check_invariants(&compiled);
    kvalitet_fuzz::render_all(&compiled);
});
