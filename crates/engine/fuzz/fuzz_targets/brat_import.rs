//! brat import never panics: the first bytes up to a NUL are the .txt, the rest the .ann.
#![no_main]
use libfuzzer_sys::fuzz_target;
use newsmark_engine::formats::{import, Format};

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == 0).unwrap_or(data.len());
    let (txt, ann) = (&data[..split], data.get(split + 1..).unwrap_or(&[]));
    if let (Ok(txt), Ok(ann)) = (std::str::from_utf8(txt), std::str::from_utf8(ann)) {
        let _ = import(ann, Format::Brat, Some(txt));
    }
});
