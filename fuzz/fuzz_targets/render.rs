//! Arbitrary bytes compiled, then through every renderer: human, JSON, SARIF and
//! GitHub diagnostics, the standard's JSON and HTML page (with and without preview),
//! `compare` with a bundled standard and `diff` against it.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = kvalitet_fuzz::text_of(data);
    let compiled = kvalitet_fuzz::compile_text(text);
    kvalitet_fuzz::check_invariants(&compiled);
    kvalitet_fuzz::render_all(&compiled);
});
