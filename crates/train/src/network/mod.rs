//! Training the BiLSTM-CRF ([`newsmark_engine::tagger::network`]) on
//! CoNLL-2003, deterministically: Adam over mini-batches whose sentences'
//! gradients are computed in parallel and summed in a fixed order; word
//! vectors frozen and read through a learned projection.

mod backward;
pub mod codes;

use crate::conll::{spans, ConllDocument};
use crate::eval::{Scores, Span};
use newsmark_engine::tagger::network::math::{matvec_add, outer_add};
use newsmark_engine::tagger::network::{bio_tags, lexicon_bits, Dims, Dropout, Members, Network, WordCodes};
use newsmark_engine::tagger::{Lexicon, ENTITY_TYPES, LISTS};
use rayon::prelude::*;
use std::collections::HashMap;

/// Word vectors by lower-cased word (the wink GloVe vectors, unit length).
pub struct WordVectors {
    index: HashMap<String, usize>,
    data: Vec<f32>,
    /// Their width.
    pub dim: usize,
}

impl WordVectors {
    /// Vectors for `words`, `vectors[i]` for `words[i]`.
    pub fn new(words: Vec<String>, vectors: Vec<Vec<f32>>) -> Self {
        let dim = vectors.first().map_or(0, Vec::len);
        let index = words.into_iter().enumerate().map(|(i, w)| (w, i)).collect();
        WordVectors { index, data: vectors.concat(), dim }
    }
}

/// Where a network's words find their vectors.
pub trait Vectors: Sync {
    /// Vector width.
    fn dim(&self) -> usize;
    /// The vector of `word`, if it has one.
    fn vector(&self, word: &str) -> Option<Vec<f32>>;
}

impl Vectors for WordVectors {
    fn dim(&self) -> usize {
        self.dim
    }

    fn vector(&self, word: &str) -> Option<Vec<f32>> {
        let i = *self.index.get(&word.to_lowercase())?;
        Some(self.data[i * self.dim..(i + 1) * self.dim].to_vec())
    }
}

/// The word vectors as the engine reads them: `codes` over the word clusters of `lexicon`.
pub struct ShippedVectors<'a> {
    /// The cluster means and residual codes.
    pub codes: &'a WordCodes,
    /// The word clusters (as shipped).
    pub lexicon: &'a Lexicon,
}

impl Vectors for ShippedVectors<'_> {
    fn dim(&self) -> usize {
        self.codes.dim()
    }

    fn vector(&self, word: &str) -> Option<Vec<f32>> {
        let lower = word.to_lowercase();
        self.codes.vector(&lower, self.lexicon.word_cluster(&lower)?)
    }
}

/// Settings of a training run.
#[derive(Debug, Clone)]
pub struct NetworkConfig {
    /// Layer sizes.
    pub dims: Dims,
    /// Passes over the training sentences.
    pub epochs: usize,
    /// Sentences per update.
    pub batch: usize,
    /// Adam's step size.
    pub learning_rate: f32,
    /// The share of inputs and states dropped while training.
    pub dropout: f32,
    /// Seed of the weights, order and dropout.
    pub seed: u64,
    /// Whether the word vectors are used as they are (already projected and
    /// quantised, see [`crate::network::codes`]) rather than through a learned projection.
    pub fixed_vectors: bool,
}

impl NetworkConfig {
    /// The settings chosen on `eng.testa`, with `seed`.
    pub fn new(seed: u64) -> Self {
        NetworkConfig {
            dims: Dims { word: 16, char_dim: 16, filters: 32, hidden: 48, lexicon: 4 * LISTS.len() },
            epochs: 30,
            batch: 10,
            learning_rate: 0.002,
            // Chosen on `eng.testa` (seed 2): 0.9288 against 0.9240 with 0.2 and 0.9167 with 0.5.
            dropout: 0.33,
            seed,
            fixed_vectors: true,
        }
    }
}

/// A xorshift generator for initial weights, dropout and order.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // splitmix64 of the seed, so that nearby seeds start far apart.
        let mut x = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((x ^ (x >> 31)).max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f32 {
        (self.next() >> 40) as f32 / (1u64 << 24) as f32
    }

    fn uniform(&mut self, scale: f32) -> f32 {
        (self.unit() * 2.0 - 1.0) * scale
    }
}

/// A sentence ready for training: words, their name-list bits and BIO tags.
struct Example {
    words: Vec<String>,
    bits: Vec<Vec<usize>>,
    tags: Vec<usize>,
}

fn examples(docs: &[ConllDocument], lexicon: &Lexicon) -> Vec<Example> {
    docs.iter()
        .flatten()
        .map(|s| {
            let entity_spans: Vec<(usize, usize, usize)> =
                spans(&s.tags).into_iter().filter_map(|(a, b, t)| ENTITY_TYPES.iter().position(|e| *e == t).map(|t| (a, b, t))).collect();
            let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
            Example { words: s.words.clone(), bits: lexicon_bits(&words, lexicon), tags: bio_tags(s.words.len(), &entity_spans) }
        })
        .collect()
}

/// A network and the projection that makes its word vectors from the wink vectors.
pub struct Trained {
    /// The network.
    pub network: Network,
    /// The projection, `dims.word × vectors.dim`.
    pub projection: Vec<f32>,
}

impl Trained {
    /// The projected vector of each word (`None` for words without one).
    pub fn project(&self, words: &[&str], vectors: &dyn Vectors) -> Vec<Option<Vec<f32>>> {
        self.project_raw(words, vectors).into_iter().map(|v| v.map(|(projected, _)| projected)).collect()
    }

    /// Each word's projected vector with the vector it came from.
    fn project_raw(&self, words: &[&str], vectors: &dyn Vectors) -> Vec<Option<(Vec<f32>, Vec<f32>)>> {
        let dim = self.network.dims.word;
        words
            .iter()
            .map(|w| {
                vectors.vector(w).map(|g| {
                    let mut v = vec![0.0; dim];
                    matvec_add(&self.projection, dim, vectors.dim(), &g, &mut v);
                    (v, g)
                })
            })
            .collect()
    }

    /// Entity spans of a sentence (token start, end, type).
    pub fn tag(&self, words: &[&str], vectors: &dyn Vectors, lexicon: &Lexicon) -> Vec<(usize, usize, String)> {
        let projected = self.project(words, vectors);
        let refs: Vec<Option<&[f32]>> = projected.iter().map(Option::as_deref).collect();
        let bits = lexicon_bits(words, lexicon);
        self.network.tag(words, &refs, &bits).into_iter().map(|(s, e, t)| (s, e, ENTITY_TYPES[t].to_string())).collect()
    }

    /// Scores over CoNLL articles, sentence by sentence.
    pub fn evaluate(&self, docs: &[ConllDocument], vectors: &dyn Vectors, lexicon: &Lexicon) -> Scores {
        let per_sentence: Vec<(Vec<Span>, Vec<Span>)> = docs
            .par_iter()
            .flatten()
            .map(|s| {
                let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
                (spans(&s.tags), self.tag(&words, vectors, lexicon))
            })
            .collect();
        let mut scores = Scores::default();
        for (gold, found) in &per_sentence {
            scores.add(gold, found);
        }
        scores
    }

    /// The loss of a sentence, adding its gradients (network then projection) to `grads`.
    fn sentence_gradient(&self, example: &Example, vectors: &dyn Vectors, dropout: Option<(f32, u64)>, grads: &mut [f32]) -> f32 {
        let words: Vec<&str> = example.words.iter().map(String::as_str).collect();
        let projected = self.project_raw(&words, vectors);
        let refs: Vec<Option<&[f32]>> = projected.iter().map(|v| v.as_ref().map(|(p, _)| p.as_slice())).collect();
        let dims = self.network.dims;
        let n = words.len();
        let masks = dropout.map(|(p, seed)| {
            let mut rng = Rng::new(seed);
            let mut mask = |len: usize| -> Vec<f32> { (0..len).map(|_| if rng.unit() < p { 0.0 } else { 1.0 / (1.0 - p) }).collect() };
            (mask(n * dims.input()), mask(n * 2 * dims.hidden))
        });
        let trace = self.network.forward(
            &words,
            &refs,
            &example.bits,
            masks.as_ref().map(|(inputs, states)| Dropout { inputs: inputs.as_slice(), states: states.as_slice() }),
        );
        let total = self.network.layout.total;
        let (loss, d_em) = backward::crf(&self.network, &trace.emissions, &example.tags, &mut grads[..total]);
        let d_inputs = backward::backward(
            &self.network,
            &trace,
            &d_em,
            masks.as_ref().map(|(a, b)| (a.as_slice(), b.as_slice())),
            &mut grads[..total],
        );
        let input = dims.input();
        for (t, v) in projected.iter().enumerate() {
            if let Some((_, g)) = v {
                outer_add(&mut grads[total..], &d_inputs[t * input..t * input + dims.word], g);
            }
        }
        loss
    }
}

impl Trained {
    /// A network that reads its word vectors as they are (identity projection).
    pub fn fixed(network: Network) -> Trained {
        let dim = network.dims.word;
        Trained { network, projection: identity(dim, dim) }
    }

    /// The parameters (network, then projection) as little-endian bytes after the layer sizes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let d = self.network.dims;
        let head = [d.word, d.char_dim, d.filters, d.hidden, d.lexicon, self.projection.len()].map(|x| x as u32);
        head.iter()
            .flat_map(|x| x.to_le_bytes())
            .chain(self.network.params.iter().chain(&self.projection).flat_map(|x| x.to_le_bytes()))
            .collect()
    }

    /// Reads what [`Trained::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Trained {
        let words: Vec<u32> = bytes.chunks_exact(4).map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes"))).collect();
        let [word, char_dim, filters, hidden, lexicon, projection] = [0, 1, 2, 3, 4, 5].map(|i| words[i] as usize);
        let dims = Dims { word, char_dim, filters, hidden, lexicon };
        let floats: Vec<f32> = words[6..].iter().map(|&w| f32::from_bits(w)).collect();
        let total = dims.layout().total;
        assert_eq!(floats.len(), total + projection);
        Trained { network: Network::new(dims, floats[..total].to_vec()), projection: floats[total..].to_vec() }
    }
}

/// How the shipped networks are made.
#[derive(Debug, Clone)]
pub struct MembersConfig {
    /// Networks that vote (each with its own seed).
    pub networks: usize,
    /// Bytes of residual codes per word.
    pub parts: usize,
    /// The first seed.
    pub seed: u64,
    /// Passes over the training sentences, for each network.
    pub epochs: usize,
}

/// The shipped model has no networks yet: two networks with a byte of
/// residual per word, their votes weighed by belief, reach 0.9117 on
/// `eng.testb`, but the vote is about five times slower than the perceptron,
/// changes marks that tests of quotes rely on, and takes the first visit to
/// 1.5 MB (the README has the figures and the other trials).
impl Default for MembersConfig {
    fn default() -> Self {
        MembersConfig { networks: 0, parts: 1, seed: 1, epochs: 30 }
    }
}

/// Trains the networks that vote with the perceptron: first a network that
/// learns how to project the wink vectors (`words`, `vectors`, most frequent
/// first: the words that were clustered) to a few dimensions; each word's
/// projected vector is kept as its cluster's mean (clusters of `lexicon`, as
/// shipped) and a quantised residual (see [`codes`]); then the voting
/// networks are trained on those vectors as shipped. `report` hears each
/// epoch (network, epoch, loss, development F1).
pub fn train_members(
    config: &MembersConfig,
    train_docs: &[ConllDocument],
    development: &[ConllDocument],
    words: Vec<String>,
    vectors: Vec<Vec<f32>>,
    lexicon: &Lexicon,
    report: &mut dyn FnMut(usize, usize, f32, f64),
) -> Members {
    let full = WordVectors::new(words.clone(), vectors);
    let projection_config = NetworkConfig { fixed_vectors: false, epochs: config.epochs, ..NetworkConfig::new(config.seed) };
    let projector = train(&projection_config, train_docs, development, &full, lexicon, &mut |e, loss, f1| report(0, e, loss, f1));
    let (clustered, clusters): (Vec<String>, Vec<usize>) =
        words.into_iter().filter_map(|w| lexicon.word_cluster(&w).map(|c| (w, c as usize))).unzip();
    let refs: Vec<&str> = clustered.iter().map(String::as_str).collect();
    let projected: Vec<Vec<f32>> = projector.project(&refs, &full).into_iter().map(Option::unwrap_or_default).collect();
    let dim = projector.network.dims.word;
    let means = codes::cluster_means(&projected, &clusters, dim);
    let residuals: Vec<f32> =
        projected.iter().zip(&clusters).flat_map(|(v, &c)| v.iter().zip(&means[c * dim..]).map(|(x, m)| x - m)).collect();
    let (book, word_codes) = codes::quantise(&residuals, dim, config.parts, 10, config.seed);
    let table = WordCodes::new(&clustered, &word_codes, dim, means, book.centres).shipped();
    let shipped = ShippedVectors { codes: &table, lexicon };
    let networks = (1..=config.networks)
        .map(|n| {
            let network_config = NetworkConfig { epochs: config.epochs, ..NetworkConfig::new(config.seed + n as u64) };
            train(&network_config, train_docs, development, &shipped, lexicon, &mut |e, loss, f1| report(n, e, loss, f1)).network.shipped()
        })
        .collect();
    Members::new(table, networks)
}

/// A `rows × cols` matrix with ones on its diagonal: the projection of vectors used as they are.
fn identity(rows: usize, cols: usize) -> Vec<f32> {
    (0..rows * cols).map(|k| if k / cols == k % cols { 1.0 } else { 0.0 }).collect()
}

/// Initial weights: uniform in ±√(6 / (fan in + fan out)) per matrix, forget gates biased open.
fn initial(dims: Dims, vector_dim: usize, fixed: bool, rng: &mut Rng) -> Trained {
    let l = dims.layout();
    let mut params = vec![0.0f32; l.total];
    let mut fill = |range: &std::ops::Range<usize>, fan_in: usize, fan_out: usize| {
        let scale = (6.0 / (fan_in + fan_out) as f32).sqrt();
        params[range.clone()].iter_mut().for_each(|p| *p = rng.uniform(scale));
    };
    let (i, h) = (dims.input(), dims.hidden);
    fill(&l.char_emb, 1, dims.char_dim);
    fill(&l.conv, 3 * dims.char_dim, dims.filters);
    for lstm in [&l.forward, &l.backward] {
        fill(&lstm[0], i, 4 * h);
        fill(&lstm[1], h, 4 * h);
    }
    fill(&l.out, 2 * h, newsmark_engine::tagger::network::TAGS);
    for lstm in [&l.forward, &l.backward] {
        params[lstm[2].start + h..lstm[2].start + 2 * h].fill(1.0);
    }
    let projection = if fixed {
        identity(dims.word, vector_dim)
    } else {
        let scale = (6.0 / (vector_dim + dims.word) as f32).sqrt();
        (0..dims.word * vector_dim).map(|_| rng.uniform(scale)).collect()
    };
    Trained { network: Network::new(dims, params), projection }
}

/// Trains a network on `train`, keeping the epoch that scores best on
/// `development`; `report` hears each epoch's loss and development F1.
pub fn train(
    config: &NetworkConfig,
    train: &[ConllDocument],
    development: &[ConllDocument],
    vectors: &dyn Vectors,
    lexicon: &Lexicon,
    report: &mut dyn FnMut(usize, f32, f64),
) -> Trained {
    let mut rng = Rng::new(config.seed);
    let mut model = initial(config.dims, vectors.dim(), config.fixed_vectors, &mut rng);
    // Fixed vectors: the projection is the identity and stays so.
    let learned = if config.fixed_vectors { model.network.layout.total } else { usize::MAX };
    let examples = examples(train, lexicon);
    let total = model.network.layout.total;
    let size = total + model.projection.len();
    let (mut m, mut v) = (vec![0.0f32; size], vec![0.0f32; size]);
    let (beta1, beta2) = (0.9f32, 0.999f32);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut step = 0i32;
    let mut best: Option<(f64, Trained)> = None;
    for epoch in 0..config.epochs {
        let mut state = config.seed.wrapping_add(epoch as u64);
        crate::shuffle(&mut order, &mut state);
        let mut epoch_loss = 0.0f32;
        // The step size falls linearly to a tenth by the last epoch.
        let rate = config.learning_rate * (1.0 - 0.9 * epoch as f32 / config.epochs.max(1) as f32);
        for (b, batch) in order.chunks(config.batch).enumerate() {
            let half = batch.len().div_ceil(2);
            let parts: Vec<(Vec<f32>, f32)> = batch
                .par_chunks(half)
                .map(|part| {
                    let mut grads = vec![0.0f32; size];
                    let mut loss = 0.0;
                    for &i in part {
                        let seed = config.seed ^ ((epoch as u64) << 40) ^ ((b as u64) << 20) ^ i as u64;
                        loss += model.sentence_gradient(&examples[i], vectors, Some((config.dropout, seed)), &mut grads);
                    }
                    (grads, loss)
                })
                .collect();
            let mut grads = vec![0.0f32; size];
            for (g, loss) in &parts {
                grads.iter_mut().zip(g).for_each(|(a, b)| *a += b);
                epoch_loss += loss;
            }
            let scale = 1.0 / batch.len() as f32;
            let norm = grads.iter().map(|g| g * g).sum::<f32>().sqrt() * scale;
            let clip = if norm > 5.0 { 5.0 / norm } else { 1.0 };
            step += 1;
            let (c1, c2) = (1.0 - beta1.powi(step), 1.0 - beta2.powi(step));
            let params = model.network.params.iter_mut().chain(model.projection.iter_mut());
            for (((p, g), m), v) in params.zip(&grads).zip(&mut m).zip(&mut v).take(learned) {
                let g = g * scale * clip;
                *m = beta1 * *m + (1.0 - beta1) * g;
                *v = beta2 * *v + (1.0 - beta2) * g * g;
                *p -= rate * (*m / c1) / ((*v / c2).sqrt() + 1e-8);
            }
        }
        let f1 = model.evaluate(development, vectors, lexicon).overall().f1();
        report(epoch, epoch_loss, f1);
        if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best = Some((f1, Trained { network: model.network.clone(), projection: model.projection.clone() }));
        }
    }
    best.map(|(_, t)| t).unwrap_or(model)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn param(t: &mut Trained, k: usize) -> &mut f32 {
        let total = t.network.layout.total;
        if k < total {
            &mut t.network.params[k]
        } else {
            &mut t.projection[k - total]
        }
    }

    /// The gradients agree with finite differences of the loss.
    #[test]
    fn gradients_match_finite_differences() {
        let dims = Dims { word: 3, char_dim: 2, filters: 3, hidden: 4, lexicon: 5 };
        let vectors = WordVectors::new(
            vec!["peter".into(), "lives".into(), "in".into()],
            vec![vec![0.3, -0.2, 0.5, 0.1], vec![-0.4, 0.2, 0.1, 0.3], vec![0.2, 0.2, -0.1, 0.6]],
        );
        let mut rng = Rng::new(5);
        let mut model = initial(dims, vectors.dim, false, &mut rng);
        model.network.params.iter_mut().for_each(|p| *p += rng.uniform(0.3));
        let example = Example {
            words: ["Peter", "lives", "in", "Bonn"].map(String::from).to_vec(),
            bits: vec![vec![0], vec![], vec![], vec![2, 4]],
            tags: vec![1, 0, 0, 5],
        };
        let total = model.network.layout.total;
        let mut grads = vec![0.0f32; total + model.projection.len()];
        model.sentence_gradient(&example, &vectors, None, &mut grads);
        let loss_at = |model: &Trained| model.sentence_gradient(&example, &vectors, None, &mut vec![0.0; grads.len()]) as f64;
        let eps = 1e-2f32;
        let mut checked = 0;
        for k in (0..grads.len()).step_by(7) {
            let mut probe = Trained { network: model.network.clone(), projection: model.projection.clone() };
            *param(&mut probe, k) += eps;
            let up = loss_at(&probe);
            *param(&mut probe, k) -= 2.0 * eps;
            let down = loss_at(&probe);
            let numeric = (up - down) / (2.0 * eps as f64);
            let analytic = grads[k] as f64;
            assert!((numeric - analytic).abs() < 2e-2 * (1.0 + numeric.abs()), "parameter {k}: numeric {numeric}, analytic {analytic}");
            checked += 1;
        }
        assert!(checked > 100);
    }
}
