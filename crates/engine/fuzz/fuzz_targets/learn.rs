//! Learning from any corrections of any text never panics, and what the
//! re-tag after each and the next article's tagging give fit the text (see
//! `fits.rs`): a user layer and a string memory the shipped model never had
//! lead the rules after tagging where no test goes.
#![no_main]
mod fits;

use libfuzzer_sys::fuzz_target;
use newsmark_engine::document::{Entity, Source};
use newsmark_engine::edit::{apply, next_id, Edit};
use newsmark_engine::learn::{Correction, Learned};
use newsmark_engine::text::OffsetMap;
use newsmark_engine::Annotator;
use std::sync::OnceLock;

static SHIPPED: OnceLock<Annotator> = OnceLock::new();

/// The labels a correction gives, `None` for removing a mark.
const LABELS: [Option<&str>; 5] = [None, Some("PER"), Some("ORG"), Some("LOC"), Some("MISC")];

fuzz_target!(|input: (Vec<(u16, u16, u8)>, String)| {
    let (corrections, text) = input;
    let mut annotator = SHIPPED.get_or_init(|| Annotator::shipped().expect("the shipped model loads")).clone();
    let Ok(mut doc) = annotator.annotate(&text) else { return };
    let map = OffsetMap::new(&text);
    let length = map.len_chars();
    let mut learned = Learned::default();
    for (at, width, label) in corrections.into_iter().take(4) {
        let start = at as usize % length;
        let end = start + 1 + width as usize % (length - start).min(40);
        let label = LABELS[label as usize % LABELS.len()];
        let overlapped: Vec<String> = doc.entities.iter().filter(|e| e.start < end && start < e.end).map(|e| e.id.clone()).collect();
        for id in overlapped {
            apply(&mut doc, Edit::RemoveEntity(id)).expect("a mark of the article is removed");
        }
        if let Some(label) = label {
            let id = next_id(&doc, "e");
            let text = map.slice(&text, start, end).to_string();
            let mark = Entity { id, start, end, label: label.into(), text, source: Source::User, score: None, reviewed: true };
            apply(&mut doc, Edit::PutEntity(mark)).expect("a mark inside the text is put");
        }
        let correction = Correction::new(start, end, label);
        annotator.learn_corrections(&doc, std::slice::from_ref(&correction), &mut learned);
        doc = annotator.retag(&doc, &learned, &[correction]);
        fits::assert_fits(&doc, &text);
    }
    if let Ok(next) = annotator.annotate(&text) {
        fits::assert_fits(&annotator.remember(next, &learned), &text);
    }
});
