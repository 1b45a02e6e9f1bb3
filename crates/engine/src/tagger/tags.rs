//! Tags and their decoding: BILOU tag ids, greedy left-to-right decoding of
//! a sentence with any scorer, repair into valid BILOU, and spans.

use super::features::{is_capitalised, static_features, tag_features, DocumentMemory, TokenView};
use super::gazetteer::LAST_NAMES;
use super::kind_names::is_craft_noun;
use super::{ENTITY_TYPES, N_TAGS};

pub(crate) const fn tag(entity_type: usize, part: usize) -> u8 {
    (1 + 4 * entity_type + part) as u8
}
const B: usize = 0;
const I: usize = 1;
const L: usize = 2;
const U: usize = 3;

/// Entity type of a tag, 1-based (0 for O), as used by the document memory.
pub fn type_of(tag: u8) -> u8 {
    if tag == 0 {
        0
    } else {
        1 + (tag - 1) / 4
    }
}
pub(crate) fn part_of(tag: u8) -> usize {
    (tag as usize - 1) % 4
}

/// A gold tag that is not known (a token nobody reviewed): never a mistake.
pub const UNKNOWN: u8 = u8::MAX;

/// Something that scores tags from features.
pub trait TagScorer {
    /// Adds the weights of `features` to `scores`.
    fn add_scores(&self, features: &[u32], scores: &mut [f32; N_TAGS]);

    /// Whether the weights hold what corrections taught.
    fn has_learned(&self) -> bool {
        false
    }
}

/// One predicted entity, in token indices of its sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedSpan {
    /// First token (index into the document's tokens).
    pub start: usize,
    /// Token after the last one.
    pub end: usize,
    /// Entity type, one of [`ENTITY_TYPES`].
    pub label: &'static str,
    /// Confidence from 0 to 1: the lowest tag probability inside the span.
    pub score: f32,
}

/// Joins span `k` to the one before it, which then ends where `k` ended and
/// is as sure as the less sure of the two (the rules after tagging that join
/// what the tagger cut).
pub(crate) fn join_to_previous(spans: &mut Vec<TaggedSpan>, k: usize) {
    let joined = spans.remove(k);
    let previous = &mut spans[k - 1];
    previous.end = joined.end;
    previous.score = previous.score.min(joined.score);
}

/// A tagging mistake: the token's features, the right tag and the predicted one.
pub type Mistake = (Vec<u32>, u8, u8);

/// Tags one sentence greedily and returns the tags and each tag's probability;
/// with `gold`, also collects the mistakes to learn from. Every tag may follow
/// every other, so that the model learns which transitions are wrong, and the
/// sequence is repaired into BILOU at the end (forcing an open entity to go on
/// turned one early mistake into a long wrong span).
pub fn decode_sentence<S: TagScorer>(
    scorer: &S,
    views: &[TokenView],
    memory: &DocumentMemory,
    mut gold: Option<(&[u8], &mut Vec<Mistake>)>,
) -> (Vec<u8>, Vec<f32>) {
    let mut tags = Vec::with_capacity(views.len());
    let mut probabilities = Vec::with_capacity(views.len());
    let mut step = Step::default();
    let (mut prev1, mut prev2) = (0u8, 0u8);
    for i in 0..views.len() {
        let (best, probability) = step.decode(scorer, views, memory, i, prev1, prev2);
        if let Some((gold, mistakes)) = gold.as_mut() {
            if gold[i] != best && gold[i] != UNKNOWN {
                let mut features = step.fixed.clone();
                features.extend_from_slice(&step.moving);
                mistakes.push((features, gold[i], best));
            }
        }
        probabilities.push(probability);
        tags.push(best);
        prev2 = prev1;
        prev1 = best;
    }
    (repaired(&tags), probabilities)
}

/// Decodes the tokens of `window` again in a sentence already tagged
/// (`tags`, `probabilities`: what the other tokens keep), going on past the
/// window while an entity is open; then repairs the sequence. After a
/// correction only marks around the corrected words may change, so a re-tag
/// decodes a few tokens instead of whole sentences.
pub(crate) fn decode_window<S: TagScorer>(
    scorer: &S,
    views: &[TokenView],
    memory: &DocumentMemory,
    window: std::ops::Range<usize>,
    tags: &mut Vec<u8>,
    probabilities: &mut [f32],
) {
    let mut step = Step::default();
    let mut i = window.start;
    while i < views.len() && (i < window.end || (i > 0 && tags[i - 1] != 0 && matches!(part_of(tags[i - 1]), B | I))) {
        let prev1 = i.checked_sub(1).map_or(0, |k| tags[k]);
        let prev2 = i.checked_sub(2).map_or(0, |k| tags[k]);
        (tags[i], probabilities[i]) = step.decode(scorer, views, memory, i, prev1, prev2);
        i += 1;
    }
    *tags = repaired(tags);
}

/// One token's decoding: its features (kept for learning) and its best tag with that tag's probability.
#[derive(Default)]
struct Step {
    fixed: Vec<u32>,
    moving: Vec<u32>,
}

impl Step {
    fn decode<S: TagScorer>(
        &mut self,
        scorer: &S,
        views: &[TokenView],
        memory: &DocumentMemory,
        i: usize,
        prev1: u8,
        prev2: u8,
    ) -> (u8, f32) {
        static_features(views, i, memory, &mut self.fixed);
        tag_features(views, i, prev1, prev2, &mut self.moving);
        let mut scores = [0f32; N_TAGS];
        scorer.add_scores(&self.fixed, &mut scores);
        scorer.add_scores(&self.moving, &mut scores);
        let best = (0..N_TAGS as u8).max_by(|&a, &b| scores[a as usize].total_cmp(&scores[b as usize])).unwrap_or(0);
        let top = scores[best as usize];
        let total: f32 = scores.iter().map(|s| ((s - top) * PROBABILITY_SHARPNESS).exp()).sum();
        (best, 1.0 / total)
    }
}

/// Makes a tag sequence valid BILOU. An entity runs from a begin (or a
/// stray inside) tag through inside tags of any type to its last tag, and
/// takes the type of its final token, which has seen the most of it.
fn repaired(tags: &[u8]) -> Vec<u8> {
    let mut out = vec![0u8; tags.len()];
    let mut i = 0;
    while i < tags.len() {
        if tags[i] == 0 {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if matches!(part_of(tags[i]), B | I) {
            while end < tags.len() && tags[end] != 0 && matches!(part_of(tags[end]), I | L) {
                end += 1;
                if part_of(tags[end - 1]) == L {
                    break;
                }
            }
        }
        let entity_type = (type_of(tags[end - 1]) - 1) as usize;
        out[i..end].copy_from_slice(&bilou_tags(end - i, &[(0, end - i, ENTITY_TYPES[entity_type])]));
        i = end;
    }
    out
}

/// How sharply score differences turn into probabilities (tuned on eng.testa).
const PROBABILITY_SHARPNESS: f32 = 0.5;

/// BILOU tag ids for `len` tokens with entity spans (start, end, type); other labels are ignored.
pub fn bilou_tags(len: usize, entities: &[(usize, usize, &str)]) -> Vec<u8> {
    let mut out = vec![0u8; len];
    for &(start, end, label) in entities {
        let Some(t) = ENTITY_TYPES.iter().position(|&e| e == label) else { continue };
        if end == start + 1 {
            out[start] = tag(t, U);
        } else if end > start + 1 && end <= len {
            out[start] = tag(t, B);
            out[start + 1..end - 1].fill(tag(t, I));
            out[end - 1] = tag(t, L);
        }
    }
    out
}

/// Turns BILOU tags into spans (offsets added to token indices).
pub(crate) fn spans_from_tags(tags: &[u8], probabilities: &[f32], offset: usize) -> Vec<TaggedSpan> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &t) in tags.iter().enumerate() {
        if t == 0 {
            open = None;
            continue;
        }
        let part = part_of(t);
        let start = match (part, open) {
            (I | L, Some(s)) => s,
            _ => i,
        };
        if matches!(part, L | U) {
            let score = probabilities[start..=i].iter().copied().fold(1.0, f32::min);
            out.push(TaggedSpan { start: offset + start, end: offset + i + 1, label: ENTITY_TYPES[type_of(t) as usize - 1], score });
            open = None;
        } else {
            open = Some(start);
        }
    }
    out
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

/// Joins each mark of `spans` (sorted) to the mark before it where the two
/// touch and `joins(previous, mark)` says they are one name.
pub(crate) fn join_touching(spans: &mut Vec<TaggedSpan>, joins: impl Fn(&TaggedSpan, &TaggedSpan) -> bool) {
    let mut k = 1;
    while k < spans.len() {
        if spans[k - 1].end == spans[k].start && joins(&spans[k - 1], &spans[k]) {
            join_to_previous(spans, k);
        } else {
            k += 1;
        }
    }
}

/// Whether no mark of `spans` overlaps the tokens `start..end`.
pub(crate) fn is_unmarked(spans: &[TaggedSpan], start: usize, end: usize) -> bool {
    spans.iter().all(|s| s.end <= start || end <= s.start)
}

/// Puts `mark` into `spans` (sorted) in place of the marks it overlaps.
pub(crate) fn put_mark(spans: &mut Vec<TaggedSpan>, mark: TaggedSpan) {
    spans.retain(|s| s.end <= mark.start || mark.end <= s.start);
    let at = spans.partition_point(|s| s.start < mark.start);
    spans.insert(at, mark);
}

/// Tokens that separate names and never begin or end one (`the BBC, Health
/// Secretary`: the tagger may carry a name over the comma towards the next capital).
const SEPARATORS: [&str; 3] = [",", ";", ":"];

/// Takes separators ([`SEPARATORS`]) off the edges of `spans` (one
/// sentence's, whose first token is `offset`), dropping a span of nothing
/// else, or without a letter (a year alone: `the 2008 Beijing Olympics`).
pub(crate) fn trim_separators(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let is_separator = |i: usize| SEPARATORS.contains(&views[i - offset].word.as_str());
    for span in spans.iter_mut() {
        while span.start < span.end && is_separator(span.start) {
            span.start += 1;
        }
        while span.start < span.end && is_separator(span.end - 1) {
            span.end -= 1;
        }
    }
    spans.retain(|s| (s.start..s.end).any(|i| views[i - offset].word.chars().any(char::is_alphabetic)));
}

/// Small words that join the words of a name (`Bank of England`, `Food and
/// Drug Administration`) and so never end one.
pub(crate) const CONNECTORS: [&str; 11] = ["of", "and", "or", "the", "for", "in", "on", "at", "to", "with", "by"];

/// Mends the marks that start with a connector ([`CONNECTORS`]), which no
/// name does: after `and` or `or` the mark is the name that follows
/// (`United Nations` + `and Human Rights Watch`: two bodies); after another
/// it ends a name begun just before, which it takes in: the mark touching it,
/// as an organisation if either was one (`National League` MISC + `for
/// Democracy` ORG), or the capitalised word before it (`Queen` + `of South`,
/// `Artisans` + `for Peace`); without either the connector is left out.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn mend_leading_connectors(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let mut k = 0;
    while k < spans.len() {
        let first = views[spans[k].start - offset].word.as_str();
        if !CONNECTORS.contains(&first) || spans[k].end - spans[k].start < 2 {
            k += 1;
            continue;
        }
        let touching = k > 0 && spans[k - 1].end == spans[k].start;
        if matches!(first, "and" | "or") || !(touching || unmarked_capital_before(spans, k, views, offset)) {
            spans[k].start += 1;
        } else if touching {
            let organisation = spans[k].label == "ORG";
            join_to_previous(spans, k);
            if organisation {
                spans[k - 1].label = "ORG";
            }
        } else {
            spans[k].start -= 1;
            k += 1;
        }
    }
}

/// Takes the connectors ([`CONNECTORS`]) off the end of `spans` (one
/// sentence's, whose first token is `offset`) where no name goes on after
/// them (`the Muslim Brotherhood of trying`), and an `and` or `or` always
/// (`Johnson Controls and` before `Lear`: two names). (Run after the rules
/// that join a name cut after `of` with the place it names.)
pub(crate) fn trim_trailing_connectors(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let word = |i: usize| views.get(i - offset).map(|v| v.word.as_str());
    for k in 0..spans.len() {
        // (Sorted and apart, so only the next mark may start where this one ends.)
        let next_start = spans.get(k + 1).map(|s| s.start);
        let span = &mut spans[k];
        while span.end - span.start > 1 {
            let last = word(span.end - 1).unwrap_or_default();
            // (A `the` not into the next mark: `told the BBC the` + `Bank of England`.)
            let name_goes_on =
                word(span.end).is_some_and(|next| next.starts_with(char::is_uppercase)) && !(last == "the" && next_start == Some(span.end));
            if !CONNECTORS.contains(&last) || (name_goes_on && !matches!(last, "and" | "or")) {
                break;
            }
            span.end -= 1;
        }
    }
}

/// Takes a possessive `'s` off the end of a mark of two words or more before
/// it (`Muslim Brotherhood's candidate`): the tagger learned the `'s` of a
/// firm's one word (`Moody's`, `Sotheby's`), and CoNLL's training news ends
/// only 2 longer names with one (`St. Matthew's`), against hundreds it
/// writes before a possessive. `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn trim_trailing_possessives(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let possessive = matches!(views[span.end - 1 - offset].word.as_str(), "'s" | "’s");
        if possessive && span.end - span.start > 2 {
            span.end -= 1;
        }
    }
}

/// Adverbs that open a sentence and link it to the one before (`Meanwhile
/// Microsoft said`): capitalised there, the tagger may take them into the
/// name that follows. No name in CoNLL's train or development text begins
/// with one.
pub(crate) const LINKING_ADVERBS: [&str; 24] = [
    "meanwhile",
    "however",
    "separately",
    "earlier",
    "later",
    "also",
    "instead",
    "nevertheless",
    "nonetheless",
    "moreover",
    "furthermore",
    "additionally",
    "elsewhere",
    "overall",
    "yesterday",
    "therefore",
    "thus",
    "indeed",
    "finally",
    "similarly",
    "likewise",
    "otherwise",
    "afterwards",
    "consequently",
];

/// Takes a linking adverb ([`LINKING_ADVERBS`]) off the start of `spans`
/// (one sentence's, whose first token is `offset`), dropping a span of nothing else.
pub(crate) fn leave_out_linking_adverbs(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        if span.start < span.end && LINKING_ADVERBS.contains(&views[span.start - offset].lower.as_str()) {
            span.start += 1;
        }
    }
    spans.retain(|s| s.start < s.end);
}

/// Acronyms of things, not names, that news has used often since the
/// training news (1996) was written, which the tagger takes for
/// organisations (`AI`, `IPO`: CoNLL's news leaves `GDP` and `CEO` unmarked).
const THINGS_IN_CAPITALS: [&str; 5] = ["AI", "EV", "EVs", "IPO", "IPOs"];

/// Drops the marks of one such acronym alone ([`THINGS_IN_CAPITALS`]) from
/// `spans` (one sentence's, whose first token is `offset`), and of a craft's
/// noun alone, capitalised as NASA writes it (`the Shuttle's mission`: a
/// kind, not a name; none in CoNLL's news), unless it is a listed surname
/// (`Ferry`).
pub(crate) fn drop_things_in_capitals(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    spans.retain(|s| {
        let view = &views[s.start - offset];
        let craft = is_craft_noun(&view.lower) && view.list_position(LAST_NAMES).is_none();
        !(s.end - s.start == 1 && (THINGS_IN_CAPITALS.contains(&view.word.as_str()) || craft))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_linking_adverb_is_no_part_of_a_name() {
        use crate::tagger::rule_table::{check, span, Row};
        let lexicon = crate::tagger::Lexicon::default();
        let table: Vec<Row> = vec![
            (&["Meanwhile", "Microsoft", "said", "so"], vec![span(5, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["However", "Angela", "Merkel", "said"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            // A mark of the adverb alone is dropped.
            (&["Later", ",", "he", "left"], vec![span(5, 6, "MISC")], vec![]),
            // (`Still` may begin a title: it is not on the list.)
            (&["Still", "Life", "won"], vec![span(5, 7, "MISC")], vec![span(5, 7, "MISC")]),
        ];
        check(leave_out_linking_adverbs, &lexicon, &table);
    }

    #[test]
    fn separators_are_taken_off_the_edges_of_names() {
        let lexicon = crate::tagger::Lexicon::default();
        let words = ["the", "BBC", ",", "Health", "and", "Goldman", ",", "Sachs", ";", ",", "2008", "Beijing"];
        let views = crate::tagger::features::views(&words, &lexicon);
        let span = |start, end| TaggedSpan { start, end, label: "ORG", score: 1.0 };
        let mut spans = vec![span(11, 13), span(15, 18), span(18, 20), span(20, 21), span(21, 22)];
        trim_separators(&mut spans, &views, 10);
        // The comma after BBC is left out, the one inside a name kept, a span of separators dropped, and a year alone.
        assert_eq!(spans, [span(11, 12), span(15, 18), span(21, 22)]);
    }

    #[test]
    fn acronyms_of_things_are_no_names() {
        let lexicon = crate::tagger::rule_table::lexicon_listing(&[(LAST_NAMES, &["ferry"])]);
        let table: [Row; 4] = [
            (&["its", "AI", "tools", "and", "IPO", "plans"], vec![span(6, 7, "ORG"), span(9, 10, "ORG")], vec![]),
            // A craft's noun alone; not a listed surname.
            (&["the", "Shuttle", "'s", "mission"], vec![span(6, 7, "ORG")], vec![]),
            (&["Ferry", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            // Within a longer name, or another word in capitals: as they are.
            (
                &["the", "AI", "Now", "Institute", "and", "IBM"],
                vec![span(6, 9, "ORG"), span(10, 11, "ORG")],
                vec![span(6, 9, "ORG"), span(10, 11, "ORG")],
            ),
        ];
        check(drop_things_in_capitals, &lexicon, &table);
    }

    #[test]
    fn connectors_end_no_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 6] = [
            // No name after the `of`, nor after a `the` before another mark; an `and` before another name.
            (&["the", "Muslim", "Brotherhood", "of", "trying"], vec![span(6, 9, "ORG")], vec![span(6, 8, "ORG")]),
            (
                &["the", "BBC", "the", "Bank", "of", "England"],
                vec![span(6, 8, "ORG"), span(8, 11, "ORG")],
                vec![span(6, 7, "ORG"), span(8, 11, "ORG")],
            ),
            (
                &["Johnson", "Controls", "and", "Lear", "rose"],
                vec![span(5, 8, "ORG"), span(8, 9, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 9, "ORG")],
            ),
            // The name goes on after `of`, or holds it: as it is.
            (&["Republic", "of", "Ireland", "beat"], vec![span(5, 7, "LOC")], vec![span(5, 7, "LOC")]),
            (&["Bank", "of", "England", "rose"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            // A mark of one word (`And` as a name) keeps it.
            (&["and", "rose"], vec![span(5, 6, "MISC")], vec![span(5, 6, "MISC")]),
        ];
        check(|spans, views, offset| trim_trailing_connectors(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_longer_names_possessive_is_left_out() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["The", "Muslim", "Brotherhood", "'s", "candidate"], vec![span(6, 9, "ORG")], vec![span(6, 8, "ORG")]),
            (&["the", "Red", "Cross", "’s", "envoy"], vec![span(6, 9, "ORG")], vec![span(6, 8, "ORG")]),
            // A firm's one word keeps it; so does a name that goes on after it.
            (&["at", "Moody", "'s", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["the", "Lord", "'s", "Resistance", "Army"], vec![span(6, 10, "ORG")], vec![span(6, 10, "ORG")]),
        ];
        check(|spans, views, offset| trim_trailing_possessives(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn connectors_begin_no_name() {
        let table: [Row; 6] = [
            // After `and`: the name that follows.
            (
                &["United", "Nations", "and", "Human", "Rights", "Watch"],
                vec![span(5, 7, "ORG"), span(7, 11, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 11, "ORG")],
            ),
            // After another connector: the mark touching it, as an organisation if either was one.
            (&["National", "League", "for", "Democracy", "won"], vec![span(5, 7, "MISC"), span(7, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (&["Bank", "of", "England", "rose"], vec![span(5, 6, "LOC"), span(6, 8, "LOC")], vec![span(5, 8, "LOC")]),
            // Or the capitalised word before it; without either, the connector is left out.
            (&["Queen", "of", "South", "3"], vec![span(6, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["prize", "for", "Peace", "went"], vec![span(6, 8, "MISC")], vec![span(7, 8, "MISC")]),
            (&["and", "the", "Netherlands"], vec![span(5, 8, "LOC")], vec![span(7, 8, "LOC")]),
        ];
        check(mend_leading_connectors, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn repairs_into_bilou() {
        let (per, org, loc) = (|p| tag(0, p), |p| tag(1, p), |p| tag(2, p));
        for (raw, expected) in [
            (vec![per(B), per(L)], vec![per(B), per(L)]),
            // An entity left open ends at its last tagged token.
            (vec![per(B), 0], vec![per(U), 0]),
            (vec![per(B), per(I), 0], vec![per(B), per(L), 0]),
            (vec![per(B), per(I)], vec![per(B), per(L)]),
            // Mixed types make one entity, of its last token's type.
            (vec![org(B), loc(I), loc(L)], vec![loc(B), loc(I), loc(L)]),
            // A stray inside or last tag starts an entity.
            (vec![0, per(I), per(L)], vec![0, per(B), per(L)]),
            (vec![0, per(L)], vec![0, per(U)]),
            // A begin tag cuts off what is open.
            (vec![per(B), loc(B), loc(L)], vec![per(U), loc(B), loc(L)]),
            (vec![per(U), per(L)], vec![per(U), per(U)]),
        ] {
            assert_eq!(repaired(&raw), expected, "{raw:?}");
        }
    }

    #[test]
    fn spans_from_bilou() {
        let tags = [0, tag(0, B), tag(0, L), tag(2, U), 0];
        let spans = spans_from_tags(&tags, &[1.0, 0.9, 0.8, 0.7, 1.0], 10);
        assert_eq!(spans.iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>(), [(11, 13, "PER"), (13, 14, "LOC")]);
        assert_eq!(spans[0].score, 0.8);
    }
}
