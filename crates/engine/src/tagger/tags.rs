//! Tags and their decoding: BILOU tag ids, greedy left-to-right decoding of
//! a sentence with any scorer, repair into valid BILOU, and spans. (What the
//! rules after tagging do with spans: `spans.rs`; the words a name's edges
//! never hold: `edges.rs`.)

use super::features::{static_features, tag_features, DocumentMemory, TokenView};
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

#[cfg(test)]
mod tests {
    use super::*;

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
