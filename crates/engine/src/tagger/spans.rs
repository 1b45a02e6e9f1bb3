//! Helpers for the rules after tagging, over one sentence's spans (sorted,
//! in token indices): joining touching marks, putting a mark in place of
//! those it overlaps, and asking what lies unmarked before a mark.

use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, TokenView};
use super::TaggedSpan;
use std::ops::Range;

/// Joins span `k` to the one before it, which then ends where `k` ended and
/// is as sure as the less sure of the two (the rules after tagging that join
/// what the tagger cut).
pub(crate) fn join_to_previous(spans: &mut Vec<TaggedSpan>, k: usize) {
    let joined = spans.remove(k);
    let previous = &mut spans[k - 1];
    previous.end = joined.end;
    previous.score = previous.score.min(joined.score);
}

/// The first token no mark before mark `k` of `spans` (one sentence's,
/// sorted, whose first token is `offset`) holds: the words from there to the
/// mark's start are unmarked.
pub(crate) fn free_before(spans: &[TaggedSpan], k: usize, offset: usize) -> usize {
    k.checked_sub(1).map_or(offset, |previous| spans[previous].end)
}

/// Whether the word just before mark `k` of `spans` (one sentence's, sorted,
/// whose first token is `offset`) is capitalised and no mark's, so that the
/// mark may take it (`Doctors` before `Without Borders`).
pub(crate) fn unmarked_capital_before(spans: &[TaggedSpan], k: usize, views: &[TokenView], offset: usize) -> bool {
    let start = spans[k].start;
    start > free_before(spans, k, offset) && is_capitalised(&views[start - 1 - offset].word)
}

/// Joins each mark of `spans` (sorted) to the mark before it, with the words
/// between them, where `joins(previous, mark)` says they are one name.
pub(crate) fn join_marks(spans: &mut Vec<TaggedSpan>, joins: impl Fn(&TaggedSpan, &TaggedSpan) -> bool) {
    let mut k = 1;
    while k < spans.len() {
        if joins(&spans[k - 1], &spans[k]) {
            join_to_previous(spans, k);
        } else {
            k += 1;
        }
    }
}

/// Joins each mark of `spans` (sorted) to the mark before it where the two
/// touch and `joins(previous, mark)` says they are one name.
pub(crate) fn join_touching(spans: &mut Vec<TaggedSpan>, joins: impl Fn(&TaggedSpan, &TaggedSpan) -> bool) {
    join_marks(spans, |previous, span| previous.end == span.start && joins(previous, span));
}

/// The first mark of `spans` (sorted, not overlapping) that ends after token
/// `at`: found by halving, as rules ask for every word of a sentence that may
/// hold thousands of marks.
pub(crate) fn first_ending_after(spans: &[TaggedSpan], at: usize) -> Option<&TaggedSpan> {
    spans.get(spans.partition_point(|s| s.end <= at))
}

/// Whether no mark of `spans` (sorted, not overlapping) overlaps the tokens `start..end`.
pub(crate) fn is_unmarked(spans: &[TaggedSpan], start: usize, end: usize) -> bool {
    first_ending_after(spans, start).is_none_or(|s| end <= s.start)
}

/// Whether token `at` is unmarked or marked alone (no longer mark holds it)
/// in `spans` (sorted, not overlapping).
pub(crate) fn is_unmarked_or_alone(spans: &[TaggedSpan], at: usize) -> bool {
    first_ending_after(spans, at).is_none_or(|s| at < s.start || (s.start == at && s.end == at + 1))
}

/// The indices of the marks of `spans` (sorted, not overlapping) that overlap the tokens `start..end` (never a
/// reversed range: a mark that ends by `start` also starts before `end`).
fn overlapping(spans: &[TaggedSpan], start: usize, end: usize) -> Range<usize> {
    spans.partition_point(|s| s.end <= start)..spans.partition_point(|s| s.start < end)
}

/// Puts `mark` into `spans` (sorted, not overlapping) in place of the marks it overlaps.
pub(crate) fn put_mark(spans: &mut Vec<TaggedSpan>, mark: TaggedSpan) {
    let replaced = overlapping(spans, mark.start, mark.end);
    let at = replaced.start;
    spans.drain(replaced);
    spans.insert(at, mark);
}

/// Widens each mark of `spans` (sorted) for which `widened` gives a wider
/// span, in place of the marks that span overlaps (a word's own mark taken
/// into the name). From the last, so that the marks before the one widened
/// keep their places.
pub(crate) fn widen_marks(spans: &mut Vec<TaggedSpan>, widened: impl Fn(&TaggedSpan) -> Option<TaggedSpan>) {
    for k in (0..spans.len()).rev() {
        if let Some(wider) = widened(&spans[k]) {
            put_mark(spans, wider);
        }
    }
}

/// Puts a mark of `label` over the tokens `start..end` into `spans` (sorted)
/// in place of the marks it overlaps, as sure as the surest of them, and no
/// less than a rule's mark ([`RULE_SCORE`]): the rules that join what the
/// tagger cut or left out.
pub(crate) fn put_mark_over(spans: &mut Vec<TaggedSpan>, start: usize, end: usize, label: &'static str) {
    let score = spans[overlapping(spans, start, end)].iter().map(|s| s.score).fold(RULE_SCORE, f32::max);
    put_mark(spans, TaggedSpan { start, end, label, score });
}
