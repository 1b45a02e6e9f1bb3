//! A small BiLSTM-CRF entity tagger (Lample et al. 2016): each word is its
//! word vector, a character CNN over its letters and its casing; two LSTMs
//! read the sentence each way; a linear layer scores BIO tags and a CRF
//! picks the best sequence. The forward pass keeps what training needs to
//! go back through it.

mod codes;
pub mod crf;
mod inference;
mod lstm;
pub mod math;
mod members;

use super::codec::{Reader, Writer};
pub use codes::WordCodes;
use codes::{read_floats, write_floats};
pub use inference::GateCache;
pub use lstm::{lstm_forward, LstmTrace};
use math::{dot, matvec_add};
pub use members::{lexicon_bits, Members};

/// Sizes of the network's layers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dims {
    /// Word vector width.
    pub word: usize,
    /// Character embedding width.
    pub char_dim: usize,
    /// Character CNN filters.
    pub filters: usize,
    /// Hidden units of each LSTM.
    pub hidden: usize,
    /// Name-list bits (see [`lexicon_bits`]).
    pub lexicon: usize,
}

/// Character ids: 0 pads, 1 and 2 mark a word's start and end, then printable
/// ASCII, then four classes of other characters.
pub const CHAR_IDS: usize = 3 + 94 + 4;
/// Characters a CNN filter reads: the centre one and one each side.
pub const CHAR_WINDOW: usize = 3;
/// Casing classes (see [`casing`]).
pub const CASINGS: usize = 8;
/// BIO tags: O, then B and I of each entity type.
pub const TAGS: usize = 1 + 2 * super::ENTITY_TYPES.len();
/// Words longer than this are read as their first and last halves of it.
const MAX_CHARS: usize = 20;

/// Where each weight matrix sits in the network's one vector of parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Character embeddings, `CHAR_IDS × char_dim`.
    pub char_emb: std::ops::Range<usize>,
    /// CNN filters, `filters × CHAR_WINDOW·char_dim`.
    pub conv: std::ops::Range<usize>,
    /// CNN biases.
    pub conv_bias: std::ops::Range<usize>,
    /// The left-to-right LSTM: input weights, recurrent weights, biases.
    pub forward: [std::ops::Range<usize>; 3],
    /// The right-to-left LSTM, likewise.
    pub backward: [std::ops::Range<usize>; 3],
    /// Tag scores from both LSTMs' states, `TAGS × 2·hidden`.
    pub out: std::ops::Range<usize>,
    /// Their biases.
    pub out_bias: std::ops::Range<usize>,
    /// CRF scores of tag pairs, `from × to`.
    pub transitions: std::ops::Range<usize>,
    /// CRF scores of a sentence's first tag.
    pub start: std::ops::Range<usize>,
    /// CRF scores of its last tag.
    pub end: std::ops::Range<usize>,
    /// The number of parameters.
    pub total: usize,
}

impl Dims {
    /// Width of a word's input to the LSTMs: vector, characters, casing, a bit for no vector, name-list bits.
    pub fn input(&self) -> usize {
        self.lexicon_start() + self.lexicon
    }

    /// Where the name-list bits start in a word's input.
    fn lexicon_start(&self) -> usize {
        self.word + self.filters + CASINGS + 1
    }

    /// The parameter layout.
    pub fn layout(&self) -> Layout {
        let mut at = 0;
        let mut take = |n: usize| {
            at += n;
            at - n..at
        };
        let (i, h) = (self.input(), self.hidden);
        let char_emb = take(CHAR_IDS * self.char_dim);
        let conv = take(self.filters * CHAR_WINDOW * self.char_dim);
        let conv_bias = take(self.filters);
        let forward = [take(4 * h * i), take(4 * h * h), take(4 * h)];
        let backward = [take(4 * h * i), take(4 * h * h), take(4 * h)];
        let out = take(TAGS * 2 * h);
        let out_bias = take(TAGS);
        let transitions = take(TAGS * TAGS);
        let start = take(TAGS);
        let end = take(TAGS);
        Layout { char_emb, conv, conv_bias, forward, backward, out, out_bias, transitions, start, end, total: at }
    }
}

/// A word's casing class.
///
/// ```
/// use newsmark_engine::tagger::network::casing;
/// assert_eq!([casing("the"), casing("Bonn"), casing("NATO"), casing("1996"), casing(",")], [0, 1, 2, 4, 6]);
/// ```
pub fn casing(word: &str) -> usize {
    let chars = word.chars().count();
    let upper = word.chars().filter(|c| c.is_uppercase()).count();
    let lower = word.chars().filter(|c| c.is_lowercase()).count();
    let digits = word.chars().filter(|c| c.is_ascii_digit()).count();
    let first_upper = word.chars().next().is_some_and(char::is_uppercase);
    if digits == chars {
        4
    } else if digits > 0 {
        5
    } else if upper + lower == 0 {
        6
    } else if upper == 0 {
        0
    } else if first_upper && upper == 1 {
        1
    } else if lower == 0 {
        2
    } else if first_upper {
        3
    } else {
        7
    }
}

/// A word's character ids for the CNN, with its start and end marks.
pub fn char_ids(word: &str) -> Vec<usize> {
    let chars: Vec<char> = word.chars().collect();
    let kept: Vec<char> = if chars.len() > MAX_CHARS {
        chars[..MAX_CHARS / 2].iter().chain(&chars[chars.len() - MAX_CHARS / 2..]).copied().collect()
    } else {
        chars
    };
    let id = |c: char| match c {
        '!'..='~' => 3 + (c as usize - '!' as usize),
        c if c.is_uppercase() => 97,
        c if c.is_lowercase() => 98,
        c if c.is_numeric() => 99,
        _ => 100,
    };
    std::iter::once(1).chain(kept.into_iter().map(id)).chain(std::iter::once(2)).collect()
}

/// What the forward pass computed for a sentence (training goes back through it).
#[derive(Debug, Clone, Default)]
pub struct Trace {
    /// Each word's input to the LSTMs (after dropout), `n × input`.
    pub inputs: Vec<f32>,
    /// Each word's characters, and for each filter the window that gave its maximum.
    pub chars: Vec<(Vec<usize>, Vec<usize>)>,
    /// The left-to-right LSTM.
    pub forward: LstmTrace,
    /// The right-to-left LSTM.
    pub backward: LstmTrace,
    /// Both LSTMs' states side by side (after dropout), `n × 2·hidden`.
    pub states: Vec<f32>,
    /// Tag scores, `n × TAGS`.
    pub emissions: Vec<f32>,
}

/// A BiLSTM-CRF's sizes and parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Network {
    /// Layer sizes.
    pub dims: Dims,
    /// Where each weight matrix sits in `params`.
    pub layout: Layout,
    /// All weights.
    pub params: Vec<f32>,
}

/// Dropout masks (each value 0 or the scale that keeps the mean) for a
/// sentence's inputs and LSTM states; none when tagging.
pub struct Dropout<'a> {
    /// Mask of the words' inputs.
    pub inputs: &'a [f32],
    /// Mask of the LSTMs' states.
    pub states: &'a [f32],
}

impl Network {
    /// A network of `dims` with these parameters (`dims.layout().total` of them).
    pub fn new(dims: Dims, params: Vec<f32>) -> Self {
        let layout = dims.layout();
        assert_eq!(params.len(), layout.total, "parameter count");
        Network { dims, layout, params }
    }

    /// The parameters in `range` of the layout.
    pub fn part(&self, range: &std::ops::Range<usize>) -> &[f32] {
        &self.params[range.clone()]
    }

    /// A word's input to the LSTMs (its vector, or `None`), and for each CNN
    /// filter the character window that gave its maximum.
    fn word_input(&self, word: &str, vector: Option<&[f32]>, ids: &[usize]) -> (Vec<f32>, Vec<usize>) {
        let d = self.dims;
        let input = d.input();
        let mut x = vec![0.0; input];
        match vector {
            Some(v) => x[..d.word].copy_from_slice(v),
            None => x[d.lexicon_start() - 1] = 1.0,
        }
        x[d.word + d.filters + casing(word)] = 1.0;
        let (emb, conv, conv_bias) = (self.part(&self.layout.char_emb), self.part(&self.layout.conv), self.part(&self.layout.conv_bias));
        let window = CHAR_WINDOW * d.char_dim;
        let mut column = vec![0.0; window];
        let best = &mut x[d.word..d.word + d.filters];
        best.fill(f32::NEG_INFINITY);
        let mut argmax = vec![0; d.filters];
        for centre in 0..ids.len() {
            window_of(ids, centre, emb, d.char_dim, &mut column);
            for f in 0..d.filters {
                let z = conv_bias[f] + dot(&conv[f * window..(f + 1) * window], &column);
                if z > best[f] {
                    best[f] = z;
                    argmax[f] = centre;
                }
            }
        }
        (x, argmax)
    }

    /// The LSTMs' gate inputs from a word's input (bias plus input weights): left-to-right then right-to-left.
    fn gate_inputs(&self, x: &[f32]) -> Vec<f32> {
        let (input, h) = (self.dims.input(), self.dims.hidden);
        let mut out = Vec::with_capacity(8 * h);
        for ranges in [&self.layout.forward, &self.layout.backward] {
            let mut a = self.part(&ranges[2]).to_vec();
            matvec_add(self.part(&ranges[0]), 4 * h, input, x, &mut a);
            out.extend(a);
        }
        out
    }

    /// Runs the network over a sentence: `words`, their vectors (`None`: no
    /// vector) and name-list bits (see [`lexicon_bits`]).
    pub fn forward(&self, words: &[&str], vectors: &[Option<&[f32]>], bits: &[Vec<usize>], dropout: Option<Dropout<'_>>) -> Trace {
        let d = self.dims;
        let (n, input) = (words.len(), d.input());
        let mut trace = Trace { inputs: Vec::with_capacity(n * input), ..Default::default() };
        for ((word, vector), bits) in words.iter().zip(vectors).zip(bits) {
            let ids = char_ids(word);
            let (mut x, argmax) = self.word_input(word, *vector, &ids);
            for &b in bits.iter().filter(|&&b| b < d.lexicon) {
                x[d.lexicon_start() + b] = 1.0;
            }
            trace.inputs.extend(x);
            trace.chars.push((ids, argmax));
        }
        if let Some(masks) = &dropout {
            trace.inputs.iter_mut().zip(masks.inputs).for_each(|(x, m)| *x *= m);
        }
        let gates: Vec<Vec<f32>> = trace.inputs.chunks(input).map(|x| self.gate_inputs(x)).collect();
        self.recur(&gates, &mut trace, dropout.map(|m| m.states));
        trace
    }

    /// Runs the LSTMs over a sentence given each word's gate inputs, then
    /// scores the tags from their states (through the dropout `mask`, if any).
    fn recur(&self, gates: &[Vec<f32>], trace: &mut Trace, mask: Option<&[f32]>) {
        let (n, h) = (gates.len(), self.dims.hidden);
        let lstm = |ranges: &[std::ops::Range<usize>; 3], half: usize, reverse| {
            let pre: Vec<f32> = gates.iter().flat_map(|g| g[half * 4 * h..(half + 1) * 4 * h].iter().copied()).collect();
            lstm_forward(&pre, self.part(&ranges[1]), h, reverse)
        };
        trace.forward = lstm(&self.layout.forward, 0, false);
        trace.backward = lstm(&self.layout.backward, 1, true);
        trace.states = vec![0.0; n * 2 * h];
        for t in 0..n {
            trace.states[t * 2 * h..t * 2 * h + h].copy_from_slice(&trace.forward.h[t * h..(t + 1) * h]);
            trace.states[t * 2 * h + h..(t + 1) * 2 * h].copy_from_slice(&trace.backward.h[t * h..(t + 1) * h]);
        }
        if let Some(mask) = mask {
            trace.states.iter_mut().zip(mask).for_each(|(x, m)| *x *= m);
        }
        let (out, out_bias) = (self.part(&self.layout.out), self.part(&self.layout.out_bias));
        trace.emissions = Vec::with_capacity(n * TAGS);
        for t in 0..n {
            let mut scores = out_bias.to_vec();
            matvec_add(out, TAGS, 2 * h, &trace.states[t * 2 * h..(t + 1) * 2 * h], &mut scores);
            trace.emissions.extend(scores);
        }
    }

    /// The best tag sequence for tag scores `emissions` (`n × TAGS`).
    pub fn viterbi(&self, emissions: &[f32]) -> Vec<usize> {
        let n = emissions.len() / TAGS;
        if n == 0 {
            return Vec::new();
        }
        let trans = self.part(&self.layout.transitions);
        let mut score: Vec<f32> = (0..TAGS).map(|y| self.params[self.layout.start.start + y] + emissions[y]).collect();
        let mut back = vec![0usize; n * TAGS];
        for t in 1..n {
            let mut next = [0.0f32; TAGS];
            for y in 0..TAGS {
                let (best, from) =
                    (0..TAGS)
                        .map(|p| (score[p] + trans[p * TAGS + y], p))
                        .fold((f32::NEG_INFINITY, 0), |a, b| if b.0 > a.0 { b } else { a });
                next[y] = best + emissions[t * TAGS + y];
                back[t * TAGS + y] = from;
            }
            score.copy_from_slice(&next);
        }
        let end = self.part(&self.layout.end);
        let mut tag = (0..TAGS).fold(0, |a, y| if score[y] + end[y] > score[a] + end[a] { y } else { a });
        let mut tags = vec![0; n];
        for t in (0..n).rev() {
            tags[t] = tag;
            tag = back[t * TAGS + tag];
        }
        tags
    }

    /// Entity spans (first token, token after the last, type index) of a sentence.
    pub fn tag(&self, words: &[&str], vectors: &[Option<&[f32]>], bits: &[Vec<usize>]) -> Vec<(usize, usize, usize)> {
        let trace = self.forward(words, vectors, bits, None);
        spans_of_bio(&self.viterbi(&trace.emissions))
    }
}

impl Layout {
    fn parts(&self) -> Vec<std::ops::Range<usize>> {
        let mut parts = vec![self.char_emb.clone(), self.conv.clone(), self.conv_bias.clone()];
        parts.extend(self.forward.iter().chain(&self.backward).cloned());
        parts.extend([&self.out, &self.out_bias, &self.transitions, &self.start, &self.end].map(|r| r.clone()));
        parts
    }
}

impl Network {
    /// Writes the sizes, then each weight matrix in bytes (see `write_floats`).
    pub(crate) fn write(&self, out: &mut Writer) {
        let d = self.dims;
        for size in [d.word, d.char_dim, d.filters, d.hidden, d.lexicon] {
            out.varint(size as u64);
        }
        for part in self.layout.parts() {
            write_floats(out, &self.params[part]);
        }
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let mut size = || -> Result<usize, String> {
            let v = input.varint()?;
            (1..=512).contains(&v).then_some(v as usize).ok_or_else(|| "model file has malformed network sizes".to_string())
        };
        let dims = Dims { word: size()?, char_dim: size()?, filters: size()?, hidden: size()?, lexicon: input.varint()? as usize };
        if dims.lexicon > 4 * super::LISTS.len() {
            return Err("model file has malformed network sizes".into());
        }
        let layout = dims.layout();
        let mut params = Vec::with_capacity(layout.total);
        for part in layout.parts() {
            params.extend(read_floats(input, part.len())?);
        }
        Ok(Network { dims, layout, params })
    }

    /// The network as shipped: its weights rounded as the model file keeps them.
    pub fn shipped(&self) -> Network {
        let mut out = Writer::default();
        self.write(&mut out);
        let bytes = out.into_bytes();
        Network::read(&mut Reader::new(&bytes)).expect("a network reads back what it wrote")
    }
}

/// The embeddings of the characters around `centre` (zero past the ends), side by side.
pub fn window_of(ids: &[usize], centre: usize, emb: &[f32], char_dim: usize, column: &mut [f32]) {
    for k in 0..CHAR_WINDOW {
        let slot = &mut column[k * char_dim..(k + 1) * char_dim];
        match (centre + k).checked_sub(CHAR_WINDOW / 2).and_then(|i| ids.get(i)) {
            Some(&id) => slot.copy_from_slice(&emb[id * char_dim..(id + 1) * char_dim]),
            None => slot.fill(0.0),
        }
    }
}

/// BIO tag of type `entity_type` (0-based): B is `1 + 2t`, I is `2 + 2t`.
pub fn bio_tags(len: usize, spans: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut tags = vec![0; len];
    for &(s, e, t) in spans {
        tags[s] = 1 + 2 * t;
        for tag in &mut tags[s + 1..e] {
            *tag = 2 + 2 * t;
        }
    }
    tags
}

/// Spans of BIO tags; an I after a different type or after O starts a span.
///
/// ```
/// use newsmark_engine::tagger::network::spans_of_bio;
/// assert_eq!(spans_of_bio(&[1, 2, 0, 4, 3, 4]), [(0, 2, 0), (3, 4, 1), (4, 6, 1)]);
/// ```
pub fn spans_of_bio(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut spans: Vec<(usize, usize, usize)> = Vec::new();
    for (i, &tag) in tags.iter().enumerate() {
        if tag == 0 {
            continue;
        }
        let entity_type = (tag - 1) / 2;
        match spans.last_mut() {
            Some(last) if tag % 2 == 0 && last.1 == i && last.2 == entity_type => last.1 = i + 1,
            _ => spans.push((i, i + 1, entity_type)),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::inference::{Inference, Sentence};
    use super::*;

    /// A network with weights spread widely enough that it finds entities.
    fn random_network(seed: u64) -> Network {
        let dims = Dims { word: 4, char_dim: 3, filters: 5, hidden: 6, lexicon: 8 };
        let mut state = seed;
        let params = (0..dims.layout().total)
            .map(|_| {
                state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
                ((state >> 40) as f32 / (1u64 << 24) as f32 - 0.5) * 3.0
            })
            .collect();
        Network::new(dims, params)
    }

    fn vector(word: &str) -> Option<Vec<f32>> {
        (word.len() > 2).then(|| word.bytes().take(4).map(|b| b as f32 / 255.0).chain([0.0; 4]).take(4).collect())
    }

    #[test]
    fn fast_tagging_tags_as_the_forward_pass_does() {
        let words = ["Angela", "Merkel", "met", "the", "Merkel", "fans", "in", "Bonn", "."];
        let bits = vec![vec![1], vec![3], vec![], vec![], vec![0, 7], vec![], vec![], vec![4], vec![]];
        let vectors: Vec<Option<Vec<f32>>> = words.iter().map(|w| vector(w)).collect();
        let refs: Vec<Option<&[f32]>> = vectors.iter().map(Option::as_deref).collect();
        let mut found = 0;
        for seed in 0..20 {
            let network = random_network(seed);
            let spans = network.tag(&words, &refs, &bits);
            let fast = Inference::new(&network);
            let mut cache = GateCache::new();
            let vector_at = |i: usize| vector(words[i]);
            let sentence = Sentence { words: &words, bits: &bits, vector: &vector_at };
            let mut fast_spans = || spans_of_bio(&network.viterbi(&fast.emissions(&network, &sentence, &mut cache)));
            assert_eq!(fast_spans(), spans, "seed {seed}");
            // Again from a warm cache ("Merkel" twice with different bits).
            assert_eq!(fast_spans(), spans, "seed {seed}");
            found += spans.len();
        }
        assert!(found > 0, "the random networks found no entity, so the test proves nothing");
    }

    /// Every tag sequence of `n` tags, with its CRF score.
    fn all_sequences(network: &Network, emissions: &[f32], n: usize) -> Vec<(Vec<usize>, f32)> {
        let trans = network.part(&network.layout.transitions);
        let (start, end) = (network.part(&network.layout.start), network.part(&network.layout.end));
        (0..TAGS.pow(n as u32))
            .map(|code| {
                let tags: Vec<usize> = (0..n).map(|t| code / TAGS.pow(t as u32) % TAGS).collect();
                let mut score = start[tags[0]] + end[tags[n - 1]];
                for t in 0..n {
                    score += emissions[t * TAGS + tags[t]] + if t > 0 { trans[tags[t - 1] * TAGS + tags[t]] } else { 0.0 };
                }
                (tags, score)
            })
            .collect()
    }

    #[test]
    fn a_span_s_probability_is_the_share_of_tag_sequences_that_make_exactly_it() {
        let words = ["Angela", "Merkel", "in", "Bonn"];
        let bits = vec![vec![]; 4];
        let vectors: Vec<Option<Vec<f32>>> = words.iter().map(|w| vector(w)).collect();
        let refs: Vec<Option<&[f32]>> = vectors.iter().map(Option::as_deref).collect();
        for seed in 0..3 {
            let network = random_network(seed);
            let emissions = network.forward(&words, &refs, &bits, None).emissions;
            let sequences = all_sequences(&network, &emissions, words.len());
            let total: f64 = sequences.iter().map(|(_, s)| (*s as f64).exp()).sum();
            let lattice = crf::Lattice::new(&network, emissions);
            for (start, end, entity_type) in [(0, 2, 0), (0, 1, 0), (3, 4, 1), (1, 4, 2), (2, 3, 3)] {
                let (begin, inside) = (1 + 2 * entity_type, 2 + 2 * entity_type);
                let makes_it = |tags: &[usize]| {
                    tags[start] == begin && tags[start + 1..end].iter().all(|&t| t == inside) && tags.get(end) != Some(&inside)
                };
                let share = sequences.iter().filter(|(t, _)| makes_it(t)).map(|(_, s)| (*s as f64).exp()).sum::<f64>() / total;
                let probability = lattice.span_probability(start, end, entity_type) as f64;
                assert!((probability - share).abs() < 1e-4, "seed {seed}, span {start}..{end}: {probability} against {share}");
            }
        }
    }

    #[test]
    fn a_network_reads_back_what_it_wrote_within_its_rounding() {
        let network = random_network(7);
        let shipped = network.shipped();
        assert_eq!(shipped.dims, network.dims);
        // Each matrix keeps 127 steps of its largest weight (here at most 1.5).
        assert!(network.params.iter().zip(&shipped.params).all(|(a, b)| (a - b).abs() <= 1.5 / 127.0 / 2.0 + 1e-6));
        assert_eq!(shipped.shipped(), shipped);
        let mut out = Writer::default();
        network.write(&mut out);
        let bytes = out.into_bytes();
        assert!(Network::read(&mut Reader::new(&bytes[..bytes.len() - 3])).is_err());
    }
}
