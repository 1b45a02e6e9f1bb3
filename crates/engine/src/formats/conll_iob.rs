//! CoNLL IOB2: a token and its tag per line, a blank line between sentences.

use crate::document::Document;
use crate::sentence::sentences;
use crate::token::tokenize;

pub(super) fn write(doc: &Document) -> String {
    let tokens = tokenize(&doc.text);
    let mut out = String::new();
    // Marks are sorted and apart (`format::check`), so one cursor walks them beside the tokens.
    let mut marks = doc.entities.iter().peekable();
    for sentence in sentences(&tokens) {
        for t in &tokens[sentence.tokens] {
            while marks.next_if(|e| e.end <= t.start).is_some() {}
            let tag = match marks.peek().filter(|e| e.start < t.end) {
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
