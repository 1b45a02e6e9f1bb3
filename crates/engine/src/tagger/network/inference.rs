//! Tagging with a trained network, arranged for speed: its matrices are
//! transposed so that every step adds whole columns (`axpy`, which the
//! compiler vectorises without sums across a vector), one-hot inputs add a
//! single column, and each word's gate inputs are computed once per article.

use super::math::{add_rows, add_rows_pair, axpy, sigmoid, tanh};
use super::{casing, char_ids, window_of, Network, CHAR_WINDOW, TAGS};
use std::collections::HashMap;

/// A network's weights as tagging reads them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Inference {
    /// For each direction: input weights transposed (`input × 4h`), recurrent weights transposed (`h × 4h`), biases.
    lstm: [[Vec<f32>; 3]; 2],
    /// CNN filters transposed (`window × filters`).
    conv: Vec<f32>,
    /// Tag-score weights transposed (`2h × TAGS`).
    out: Vec<f32>,
}

/// A sentence as the networks read it.
pub(crate) struct Sentence<'a> {
    /// Its words.
    pub words: &'a [&'a str],
    /// Each word's name-list bits.
    pub bits: &'a [Vec<usize>],
    /// The vector of word `i`, if it has one.
    pub vector: &'a dyn Fn(usize) -> Option<Vec<f32>>,
}

/// Each word's gate inputs (both directions), by word: kept for a whole article.
pub type GateCache = HashMap<String, Vec<f32>>;

fn transpose(m: &[f32], rows: usize, cols: usize) -> Vec<f32> {
    let mut t = vec![0.0; m.len()];
    for r in 0..rows {
        for c in 0..cols {
            t[c * rows + r] = m[r * cols + c];
        }
    }
    t
}

impl Inference {
    pub(crate) fn new(network: &Network) -> Self {
        let (d, l) = (network.dims, &network.layout);
        let (input, h) = (d.input(), d.hidden);
        let lstm = [&l.forward, &l.backward].map(|ranges| {
            [
                transpose(network.part(&ranges[0]), 4 * h, input),
                transpose(network.part(&ranges[1]), 4 * h, h),
                network.part(&ranges[2]).to_vec(),
            ]
        });
        Inference {
            lstm,
            conv: transpose(network.part(&l.conv), d.filters, CHAR_WINDOW * d.char_dim),
            out: transpose(network.part(&l.out), TAGS, 2 * h),
        }
    }

    /// A word's gate inputs, both directions (`8h`), without its name-list bits.
    #[inline(always)]
    fn word_gates(&self, network: &Network, word: &str, vector: Option<&[f32]>) -> Vec<f32> {
        let d = network.dims;
        let h = d.hidden;
        let ids = char_ids(word);
        let window = CHAR_WINDOW * d.char_dim;
        let mut column = vec![0.0; window];
        let mut best = vec![f32::NEG_INFINITY; d.filters];
        let mut z = vec![0.0; d.filters];
        let bias = network.part(&network.layout.conv_bias);
        for centre in 0..ids.len() {
            window_of(&ids, centre, network.part(&network.layout.char_emb), d.char_dim, &mut column);
            z.copy_from_slice(bias);
            add_rows(&self.conv, &column, &mut z);
            best.iter_mut().zip(&z).for_each(|(b, &v)| *b = b.max(v));
        }
        let mut gates = Vec::with_capacity(8 * h);
        for [wx, _, bias] in &self.lstm {
            let mut a = bias.clone();
            let column = |i: usize| &wx[i * 4 * h..(i + 1) * 4 * h];
            match vector {
                Some(v) => add_rows(&wx[..d.word * 4 * h], v, &mut a),
                None => axpy(1.0, column(d.lexicon_start() - 1), &mut a),
            }
            add_rows(&wx[d.word * 4 * h..(d.word + d.filters) * 4 * h], &best, &mut a);
            axpy(1.0, column(d.word + d.filters + casing(word)), &mut a);
            gates.extend(a);
        }
        gates
    }

    /// The tag scores of a sentence's words (`n × TAGS`), with the article's cache of gate inputs.
    pub(crate) fn emissions(&self, network: &Network, sentence: &Sentence<'_>, cache: &mut GateCache) -> Vec<f32> {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has just been found to have AVX2.
            return unsafe { self.emissions_avx2(network, sentence, cache) };
        }
        self.emissions_here(network, sentence, cache)
    }

    /// [`Inference::emissions`] compiled for eight floats at a time (twice the
    /// baseline's four); without fused multiply-adds, so the scores are the same.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn emissions_avx2(&self, network: &Network, sentence: &Sentence<'_>, cache: &mut GateCache) -> Vec<f32> {
        self.emissions_here(network, sentence, cache)
    }

    /// [`Inference::emissions`] for whatever the caller was compiled for.
    #[inline(always)]
    fn emissions_here(&self, network: &Network, sentence: &Sentence<'_>, cache: &mut GateCache) -> Vec<f32> {
        let Sentence { words, bits, vector } = *sentence;
        let d = network.dims;
        let (n, h) = (words.len(), d.hidden);
        let mut gates = Vec::with_capacity(n * 8 * h);
        for (i, (word, bits)) in words.iter().zip(bits).enumerate() {
            let at = gates.len();
            match cache.get(*word) {
                Some(g) => gates.extend_from_slice(g),
                None => {
                    let g = self.word_gates(network, word, vector(i).as_deref());
                    gates.extend_from_slice(&g);
                    cache.insert(word.to_string(), g);
                }
            }
            // The name-list bits depend on the sentence: their columns are added here.
            for &b in bits.iter().filter(|&&b| b < d.lexicon) {
                for (half, [wx, _, _]) in self.lstm.iter().enumerate() {
                    let i = d.lexicon_start() + b;
                    axpy(1.0, &wx[i * 4 * h..(i + 1) * 4 * h], &mut gates[at + half * 4 * h..at + (half + 1) * 4 * h]);
                }
            }
        }
        // Both LSTMs step together (left to right at `t[0]`, right to left at `t[1]`).
        let mut states = vec![0.0; n * 2 * h];
        let mut cells = [vec![0.0f32; h], vec![0.0f32; h]];
        let [[_, forward, _], [_, backward, _]] = &self.lstm;
        let (mut a0, mut a1) = (vec![0.0; 4 * h], vec![0.0; 4 * h]);
        for step in 0..n {
            let t = [step, n - 1 - step];
            a0.copy_from_slice(&gates[t[0] * 8 * h..t[0] * 8 * h + 4 * h]);
            a1.copy_from_slice(&gates[t[1] * 8 * h + 4 * h..(t[1] + 1) * 8 * h]);
            if step > 0 {
                let [p0, p1] = [t[0] - 1, t[1] + 1];
                let previous = [&states[p0 * 2 * h..p0 * 2 * h + h], &states[p1 * 2 * h + h..(p1 + 1) * 2 * h]];
                add_rows_pair([forward, backward], previous, [&mut a0, &mut a1]);
            }
            for (half, a) in [&mut a0, &mut a1].into_iter().enumerate() {
                let (sigmoids, candidates) = a.split_at_mut(3 * h);
                sigmoids.iter_mut().for_each(|v| *v = sigmoid(*v));
                candidates.iter_mut().for_each(|v| *v = tanh(*v));
                let c = &mut cells[half];
                let out = &mut states[t[half] * 2 * h + half * h..t[half] * 2 * h + (half + 1) * h];
                for j in 0..h {
                    c[j] = a[h + j] * c[j] + a[j] * a[3 * h + j];
                    out[j] = a[2 * h + j] * tanh(c[j]);
                }
            }
        }
        let out_bias = network.part(&network.layout.out_bias);
        let mut emissions = Vec::with_capacity(n * TAGS);
        for t in 0..n {
            let mut scores = out_bias.to_vec();
            add_rows(&self.out, &states[t * 2 * h..(t + 1) * 2 * h], &mut scores);
            emissions.extend(scores);
        }
        emissions
    }
}
