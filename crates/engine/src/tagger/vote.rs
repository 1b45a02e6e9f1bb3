//! The perceptron and the networks vote on spans (first token, end, type).
//! Each network backs every span any member found with its probability of
//! that span (not only the spans it picked), the perceptron backs its own
//! spans with a fixed weight; spans with enough backing are kept, the best
//! backed first, never overlapping.

use super::network::{GateCache, Members};
use super::tagging::{known_types, SentenceToTag};
use super::{Model, ShippedWeights, TaggedSpan, ENTITY_TYPES};

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

/// A model's networks: how they join it, and its sentences' vote.
impl Model {
    /// The model with networks that vote with its perceptron.
    pub fn with_members(self, members: Members) -> Model {
        Model { members: Some(members), ..self }
    }

    /// The perceptron alone, without networks.
    pub fn without_members(&self) -> Model {
        Model { members: None, ..self.clone() }
    }

    /// The networks that vote with the perceptron, if the model has them.
    pub fn members(&self) -> Option<&Members> {
        self.members.as_ref()
    }

    /// Lets the perceptron tag alone (`true`: about three times as fast, a little less accurate) or with the networks.
    pub fn set_fast(&mut self, fast: bool) {
        self.fast = fast;
    }

    /// The networks that vote now: none when fast.
    pub(super) fn voters(&self) -> Option<&Members> {
        self.members.as_ref().filter(|_| !self.fast)
    }

    /// The vote of `members` on one sentence: `spans` (the perceptron's) become the voted ones; gives the
    /// tokens' entity types for the document memory. With something `learned`, the perceptron's changes stand.
    pub(super) fn vote_sentence(
        &self,
        members: &Members,
        caches: &mut [GateCache],
        learned: bool,
        sentence: &SentenceToTag<'_>,
        spans: &mut Vec<TaggedSpan>,
    ) -> Vec<u8> {
        let s = sentence.range;
        let readings = members.read_sentence(sentence.views, caches);
        let picked: Vec<_> = readings.iter().map(|r| r.spans.clone()).collect();
        let as_perceptron = |(start, end, t): &(usize, usize, usize)| (start + s.start, end + s.start, ENTITY_TYPES[*t]);
        let perceptron: Vec<_> = spans.iter().map(|x| (x.start, x.end, x.label)).collect();
        // When every member picked the same spans there is nothing to weigh.
        if picked.iter().any(|p| !p.iter().map(as_perceptron).eq(perceptron.iter().copied())) {
            let lattices: Vec<_> = readings.into_iter().map(|r| r.lattice()).collect();
            let belief = |n: usize, start: usize, end: usize, t: usize| lattices[n].span_probability(start, end, t);
            let taught = std::mem::take(spans);
            *spans = vote(taught.clone(), &picked, &belief, s.start);
            // Corrections teach the perceptron only: where they changed its spans, those stand.
            if learned {
                *spans = keep_what_was_learned(std::mem::take(spans), &taught, &sentence.perceptron_spans(&ShippedWeights(self)).1);
            }
        }
        known_types(spans, s)
    }
}
