//! The repository's `.kvs` files edited as for `structured`, through the formatter's
//! round trip: most edited standards can be read, so the formatter meets far more
//! valid files, in odd layouts, than random bytes give it.
#![no_main]

use kvalitet_fuzz::structured::Doc;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|doc: Doc| {
    kvalitet_fuzz::format::check_roundtrip(&doc.text());
});
