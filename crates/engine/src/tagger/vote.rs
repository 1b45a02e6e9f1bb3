//! The perceptron and the networks vote: a span (first token, end, type)
//! is kept when most members found it. Two of three members that agree on
//! a span cannot both have found an overlapping one, so what is kept never
//! overlaps.

use super::{TaggedSpan, ENTITY_TYPES};

/// The spans most members found: the perceptron's `spans` and each network's
/// (in tokens of the sentence starting at token `offset`). A kept span has
/// the perceptron's score if it found it, else the share of members that did.
///
/// ```
/// use newsmark_engine::tagger::{vote::vote, TaggedSpan};
/// let perceptron = vec![TaggedSpan { start: 10, end: 12, label: "ORG", score: 0.9 }];
/// // Both networks call tokens 10..12 a person; one also finds a place.
/// let networks = vec![vec![(0, 2, 0)], vec![(0, 2, 0), (4, 5, 2)]];
/// assert_eq!(vote(perceptron, &networks, 10), [TaggedSpan { start: 10, end: 12, label: "PER", score: 2.0 / 3.0 }]);
/// ```
pub fn vote(spans: Vec<TaggedSpan>, networks: &[Vec<(usize, usize, usize)>], offset: usize) -> Vec<TaggedSpan> {
    let members = networks.len() + 1;
    let found_by_networks = |start: usize, end: usize, label: &str| {
        networks
            .iter()
            .filter(|spans| spans.iter().any(|&(s, e, t)| (s + offset, e + offset, ENTITY_TYPES[t]) == (start, end, label)))
            .count()
    };
    let mut kept: Vec<TaggedSpan> = spans.into_iter().filter(|s| 2 * (1 + found_by_networks(s.start, s.end, s.label)) > members).collect();
    let mut candidates: Vec<(usize, usize, &'static str)> =
        networks.iter().flatten().map(|&(s, e, t)| (s + offset, e + offset, ENTITY_TYPES[t])).collect();
    candidates.sort_unstable();
    candidates.dedup();
    for (start, end, label) in candidates {
        let votes = found_by_networks(start, end, label);
        if 2 * votes > members && !kept.iter().any(|s| (s.start, s.end, s.label) == (start, end, label)) {
            kept.push(TaggedSpan { start, end, label, score: votes as f32 / members as f32 });
        }
    }
    crate::sort::sort_by_key(&mut kept, |s| s.start);
    kept
}
