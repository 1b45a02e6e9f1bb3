//! What every annotation must hold, for the fuzz targets that make them.
use newsmark_engine::document::Document;

/// Panics unless the marks of `doc` are sorted and none overlaps another
/// (the rules after tagging and the editor rely on it), and marks, quotes
/// and speakers' mentions lie inside `text`.
pub fn assert_fits(doc: &Document, text: &str) {
    let length = text.chars().count();
    for pair in doc.entities.windows(2) {
        assert!(pair[0].end <= pair[1].start, "overlapping marks {:?} and {:?}", pair[0], pair[1]);
    }
    let spans = doc.entities.iter().map(|e| (e.start, e.end));
    let quotes = doc.quotes.iter().map(|q| (q.start, q.end));
    let mentions = doc.quotes.iter().filter_map(|q| q.speaker_mention.as_ref()).map(|m| (m.start, m.end));
    for (start, end) in spans.chain(quotes).chain(mentions) {
        assert!(start < end && end <= length, "{start}..{end} outside a text of {length} characters");
    }
}
