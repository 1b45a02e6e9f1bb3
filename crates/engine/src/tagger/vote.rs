//! The perceptron and the networks vote on spans (first token, end, type).
//! Each network backs every span any member found with its probability of
//! that span (not only the spans it picked), the perceptron backs its own
//! spans with a fixed weight; spans with enough backing are kept, the best
//! backed first, never overlapping.

use super::{TaggedSpan, ENTITY_TYPES};

/// How much the perceptron's finding a span counts, against a network's
/// probability of it, and the backing a span needs to be kept: chosen on
/// eng.testa with two networks (0.9447; majority voting 0.9400).
const PERCEPTRON_WEIGHT: f32 = 1.25;
const THRESHOLD: f32 = 1.5;

/// The spans the members back enough: the perceptron's `spans` and each
/// network's (in tokens of the sentence starting at token `offset`), with
/// `belief(network, start, end, type)` a network's probability of a span.
/// A kept span's score is its share of all the backing there could be.
///
/// ```
/// use newsmark_engine::tagger::{vote::vote, TaggedSpan};
/// let perceptron = vec![TaggedSpan { start: 10, end: 12, label: "ORG", score: 0.9 }];
/// // Both networks pick tokens 10..12 as a person, and are sure of it; one
/// // also picks a place it doubts.
/// let networks = vec![vec![(0, 2, 0)], vec![(0, 2, 0), (4, 5, 2)]];
/// let belief = |_: usize, start: usize, _: usize, entity_type: usize| match (start, entity_type) {
///     (0, 0) => 0.8,
///     (4, _) => 0.6,
///     _ => 0.1,
/// };
/// let kept: Vec<_> = vote(perceptron, &networks, &belief, 10).iter().map(|s| (s.start, s.end, s.label)).collect();
/// assert_eq!(kept, [(10, 12, "PER")]);
/// ```
pub fn vote(
    spans: Vec<TaggedSpan>,
    networks: &[Vec<(usize, usize, usize)>],
    belief: &dyn Fn(usize, usize, usize, usize) -> f32,
    offset: usize,
) -> Vec<TaggedSpan> {
    let type_index = |label: &str| ENTITY_TYPES.iter().position(|&t| t == label).unwrap_or(0);
    let mut candidates: Vec<(usize, usize, usize)> = networks.iter().flatten().copied().collect();
    candidates.extend(spans.iter().map(|s| (s.start - offset, s.end - offset, type_index(s.label))));
    candidates.sort_unstable();
    candidates.dedup();
    let mut backed: Vec<(f32, (usize, usize, usize))> = candidates
        .into_iter()
        .map(|(start, end, t)| {
            let perceptron = spans
                .iter()
                .find(|s| (s.start, s.end, s.label) == (start + offset, end + offset, ENTITY_TYPES[t]))
                .map_or(0.0, |_| PERCEPTRON_WEIGHT);
            let networks: f32 = (0..networks.len()).map(|n| belief(n, start, end, t)).sum();
            (perceptron + networks, (start, end, t))
        })
        .filter(|&(backing, _)| backing >= THRESHOLD)
        .collect();
    backed.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let most = PERCEPTRON_WEIGHT + networks.len() as f32;
    let mut kept: Vec<TaggedSpan> = Vec::new();
    for (backing, (start, end, t)) in backed {
        let (start, end) = (start + offset, end + offset);
        if kept.iter().all(|k| k.end <= start || end <= k.start) {
            kept.push(TaggedSpan { start, end, label: ENTITY_TYPES[t], score: backing / most });
        }
    }
    crate::sort::sort_by_key(&mut kept, |s| s.start);
    kept
}

/// The `voted` spans, except where what corrections taught changed the
/// perceptron's spans (`learned` against `shipped`, its spans without what
/// was taught): there the learned spans stand. The networks learn nothing
/// from corrections, so without this they would outvote every lesson.
///
/// ```
/// use newsmark_engine::tagger::{vote::keep_what_was_learned, TaggedSpan};
/// let span = |start, end, label| TaggedSpan { start, end, label, score: 0.9 };
/// let shipped = [span(0, 2, "PER"), span(5, 6, "LOC")];
/// let learned = [span(0, 2, "ORG"), span(5, 6, "LOC")];
/// let voted = vec![span(0, 2, "PER"), span(3, 4, "MISC"), span(5, 6, "LOC")];
/// assert_eq!(keep_what_was_learned(voted, &learned, &shipped), [span(0, 2, "ORG"), span(3, 4, "MISC"), span(5, 6, "LOC")]);
/// ```
pub fn keep_what_was_learned(voted: Vec<TaggedSpan>, learned: &[TaggedSpan], shipped: &[TaggedSpan]) -> Vec<TaggedSpan> {
    let key = |s: &TaggedSpan| (s.start, s.end, s.label);
    let only_in = |these: &[TaggedSpan], those: &[TaggedSpan]| -> Vec<std::ops::Range<usize>> {
        these.iter().filter(|a| !those.iter().any(|b| key(a) == key(b))).map(|a| a.start..a.end).collect()
    };
    let changed: Vec<std::ops::Range<usize>> = only_in(learned, shipped).into_iter().chain(only_in(shipped, learned)).collect();
    let overlaps = |s: &TaggedSpan, ranges: &[std::ops::Range<usize>]| ranges.iter().any(|r| s.start < r.end && r.start < s.end);
    let standing: Vec<TaggedSpan> = learned.iter().filter(|l| overlaps(l, &changed)).cloned().collect();
    let taken: Vec<std::ops::Range<usize>> = changed.iter().cloned().chain(standing.iter().map(|s| s.start..s.end)).collect();
    let mut kept: Vec<TaggedSpan> = voted.into_iter().filter(|v| !overlaps(v, &taken)).chain(standing).collect();
    crate::sort::sort_by_key(&mut kept, |s| s.start);
    kept
}
