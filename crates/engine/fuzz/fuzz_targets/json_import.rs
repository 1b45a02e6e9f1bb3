//! newsmark JSON and the JSON-based formats never panic, whatever the bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark_engine::formats::{import, Format};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = newsmark_engine::format::from_json(text);
        for format in [Format::NewsmarkLines, Format::Spacy, Format::DoccanoUtf16, Format::DoccanoCodepoint, Format::LabelStudio] {
            let _ = import(text, format, None);
        }
    }
});
