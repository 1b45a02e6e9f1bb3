//! Quotes and speakers on short real-looking news text, through the whole pipeline.

use newsmark_engine::document::{Document, QuoteKind};
use newsmark_engine::Annotator;

mod marks;
mod reports;
mod resolution;
mod source_phrases;

fn annotate(text: &str) -> Document {
    Annotator::shipped().unwrap().annotate(text).unwrap()
}

/// (kind, quote text, speaker name) of every quote.
fn quotes(text: &str) -> Vec<(QuoteKind, String, Option<String>)> {
    annotate(text).quotes.into_iter().map(|q| (q.kind, q.text, q.speaker_name)).collect()
}

fn direct(text: &str, who: &str) -> (QuoteKind, String, Option<String>) {
    (QuoteKind::Direct, text.to_string(), Some(who.to_string()))
}

fn reported(text: &str, who: Option<&str>) -> (QuoteKind, String, Option<String>) {
    (QuoteKind::Indirect, text.to_string(), who.map(str::to_string))
}
