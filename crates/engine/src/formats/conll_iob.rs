//! CoNLL IOB2: a token and its tag per line, a blank line between sentences.

use crate::document::Document;
use crate::sentence::sentences;
use crate::token::tokenize;

pub(super) fn write(doc: &Document) -> String {
    let tokens = tokenize(&doc.text);
    let mut out = String::new();
    for sentence in sentences(&tokens) {
        for t in &tokens[sentence.tokens] {
            let tag = match doc.entities.iter().find(|e| e.start < t.end && t.start < e.end) {
                Some(e) if e.start >= t.start => format!("B-{}", e.label),
                Some(e) => format!("I-{}", e.label),
                None => "O".into(),
            };
            out += &format!("{}\t{tag}\n", t.text);
        }
        out.push('\n');
    }
    out
}
