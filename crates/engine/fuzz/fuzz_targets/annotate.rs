//! Annotating any text never panics, and what it gives fits the text (see `fits.rs`).
#![no_main]
mod fits;

use libfuzzer_sys::fuzz_target;
use newsmark_engine::Annotator;
use std::sync::OnceLock;

static ANNOTATOR: OnceLock<Annotator> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let annotator = ANNOTATOR.get_or_init(|| Annotator::shipped().expect("the shipped model loads"));
    if let Ok(doc) = annotator.annotate(text) {
        fits::assert_fits(&doc, text);
    }
});
