//! Arbitrary bytes through the whole pipeline (`kvalitet::compile`), checking the
//! invariants every compiled file keeps (`kvalitet_fuzz::check_invariants`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = kvalitet_fuzz::text_of(data);
    let compiled = kvalitet_fuzz::compile_text(text);
    kvalitet_fuzz::check_invariants(&compiled);
});
