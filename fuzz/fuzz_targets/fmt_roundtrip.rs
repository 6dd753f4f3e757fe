//! Arbitrary bytes through the formatter: parse, format, parse again. The formatter
//! must not panic, must be idempotent, and must keep what the text says
//! (`kvalitet_fuzz::format::check_roundtrip`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = kvalitet_fuzz::text_of(data);
    kvalitet_fuzz::format::check_roundtrip(&text);
});
