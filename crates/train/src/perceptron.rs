//! Training the averaged perceptron on CoNLL-2003, deterministically.

use crate::conll::{spans, ConllDocument};
use crate::eval::Scores;
use newsmark_engine::tagger::training::{
    bilou_tags, decode_sentence, type_of, views, DocumentMemory, KeyMap, TagScorer, TokenView, N_TAGS,
};
use newsmark_engine::tagger::{Lexicon, Model};

/// Perceptron weights with the running sums needed for averaging.
#[derive(Default)]
struct Trainer {
    index: KeyMap<u32>,
    weights: Vec<f32>,
    totals: Vec<f64>,
    stamps: Vec<u32>,
    clock: u32,
}

impl TagScorer for Trainer {
    fn add_scores(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        for f in features {
            if let Some(&row) = self.index.get(f) {
                let row = row as usize * N_TAGS;
                for (s, w) in scores.iter_mut().zip(&self.weights[row..row + N_TAGS]) {
                    *s += w;
                }
            }
        }
    }
}

impl Trainer {
    /// Moves weights towards `gold` and away from `predicted`.
    fn learn(&mut self, features: &[u32], gold: u8, predicted: u8) {
        for &f in features {
            let next = self.index.len() as u32;
            let row = *self.index.entry(f).or_insert(next) as usize;
            if row as u32 == next {
                self.weights.extend([0.0; N_TAGS]);
                self.totals.extend([0.0; N_TAGS]);
                self.stamps.extend([0; N_TAGS]);
            }
            for (class, delta) in [(gold, 1.0), (predicted, -1.0)] {
                let slot = row * N_TAGS + class as usize;
                self.totals[slot] += (self.clock - self.stamps[slot]) as f64 * self.weights[slot] as f64;
                self.stamps[slot] = self.clock;
                self.weights[slot] += delta;
            }
        }
    }
}

impl Trainer {
    fn averaged(&self, lexicon: &Lexicon) -> Model {
        let clock = self.clock.max(1) as f64;
        let mut weights: KeyMap<Vec<(u8, f32)>> = KeyMap::default();
        for (&feature, &row) in &self.index {
            let row = row as usize * N_TAGS;
            let entries: Vec<(u8, f32)> = (0..N_TAGS)
                .filter_map(|c| {
                    let slot = row + c;
                    let total = self.totals[slot] + (self.clock - self.stamps[slot]) as f64 * self.weights[slot] as f64;
                    let w = (total / clock) as f32;
                    (w != 0.0).then_some((c as u8, w))
                })
                .collect();
            if !entries.is_empty() {
                weights.insert(feature, entries);
            }
        }
        Model::from_weights(lexicon.clone(), weights)
    }
}

/// IOB1 or IOB2 tags to BILOU tag ids.
fn bilou(tags: &[String]) -> Vec<u8> {
    let spans: Vec<(usize, usize, String)> = spans(tags);
    let borrowed: Vec<(usize, usize, &str)> = spans.iter().map(|(s, e, l)| (*s, *e, l.as_str())).collect();
    bilou_tags(tags.len(), &borrowed)
}

/// A CoNLL document prepared for training: views and gold tags per sentence.
struct Prepared {
    words: Vec<Vec<String>>,
    views: Vec<Vec<TokenView>>,
    gold: Vec<Vec<u8>>,
}

fn prepare(docs: &[ConllDocument], lexicon: &Lexicon) -> Vec<Prepared> {
    docs.iter()
        .map(|doc| Prepared {
            words: doc.iter().map(|s| s.words.clone()).collect(),
            views: doc.iter().map(|s| views(&s.words.iter().map(String::as_str).collect::<Vec<_>>(), lexicon)).collect(),
            gold: doc.iter().map(|s| bilou(&s.tags)).collect(),
        })
        .collect()
}

fn memory_for(doc: &Prepared) -> DocumentMemory {
    let mut memory = DocumentMemory::default();
    for words in &doc.words {
        memory.observe_lowercase(&words.iter().map(String::as_str).collect::<Vec<_>>());
    }
    memory
}

/// Scores a model on CoNLL documents (pre-tokenised), the conlleval way.
///
/// ```no_run
/// let text = std::fs::read_to_string("../shared/data/conll2003/eng.testb").unwrap();
/// let model = newsmark_engine::tagger::Model::shipped().unwrap();
/// let scores = newsmark_train::perceptron::evaluate_conll(&model, &newsmark_train::conll::parse(&text));
/// println!("{}", scores.report());
/// ```
pub fn evaluate_conll(model: &Model, docs: &[ConllDocument]) -> Scores {
    let mut scores = Scores::default();
    for doc in docs {
        let words: Vec<&str> = doc.iter().flat_map(|s| s.words.iter().map(String::as_str)).collect();
        let mut ranges = Vec::new();
        let mut gold = Vec::new();
        for s in doc {
            let start = ranges.last().map_or(0, |r: &std::ops::Range<usize>| r.end);
            gold.extend(spans(&s.tags).into_iter().map(|(a, b, l)| (start + a, start + b, l)));
            ranges.push(start..start + s.words.len());
        }
        let predicted: Vec<_> = model.tag(&words, &ranges).into_iter().map(|s| (s.start, s.end, s.label.to_string())).collect();
        scores.add(&gold, &predicted);
    }
    scores
}

/// Settings of a training run.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the training data; the best on the development data is kept.
    pub epochs: usize,
    /// Seed of the document shuffle; member `k` of the ensemble uses `seed + k`.
    pub seed: u64,
    /// Perceptrons trained on different shuffles, whose weights are averaged.
    pub members: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig { epochs: 15, seed: 2003, members: 5 }
    }
}

/// Trains `config.members` perceptrons on `train` (on all cores), each kept
/// at its best epoch on `dev`, reports development F1 after each epoch
/// through `progress`, and returns the mean of their weights.
///
/// ```
/// use newsmark_train::{conll::parse, perceptron::{train, TrainConfig}};
/// let docs = parse("Paris NNP x I-LOC\nis VBZ x O\nnice JJ x O\n\nRome NNP x I-LOC\nis VBZ x O\nold JJ x O\n");
/// let model = train(&docs, &docs, Default::default(), &TrainConfig { epochs: 3, seed: 1, members: 2 }, |_| {});
/// let scores = newsmark_train::perceptron::evaluate_conll(&model, &docs);
/// assert_eq!(scores.overall().f1(), 1.0);
/// ```
pub fn train(
    train: &[ConllDocument],
    dev: &[ConllDocument],
    lexicon: Lexicon,
    config: &TrainConfig,
    mut progress: impl FnMut(&str),
) -> Model {
    let prepared = prepare(train, &lexicon);
    let (sender, receiver) = std::sync::mpsc::channel::<String>();
    let members: Vec<Model> = std::thread::scope(|scope| {
        let running: Vec<_> = (0..config.members.max(1) as u64)
            .map(|k| {
                let sender = sender.clone();
                let (prepared, lexicon) = (&prepared, &lexicon);
                scope.spawn(move || {
                    let prefix = if config.members > 1 { format!("model {}, ", k + 1) } else { String::new() };
                    train_member(prepared, dev, lexicon, config.epochs, config.seed + k, |line| {
                        // The receiver outlives every member.
                        let _ = sender.send(format!("{prefix}{line}"));
                    })
                })
            })
            .collect();
        drop(sender);
        for line in receiver {
            progress(&line);
        }
        running.into_iter().map(|member| member.join().expect("a training thread panicked")).collect()
    });
    Model::mean(&members).expect("at least one member is trained")
}

/// One averaged perceptron, at its best epoch on `dev`.
fn train_member(
    prepared: &[Prepared],
    dev: &[ConllDocument],
    lexicon: &Lexicon,
    epochs: usize,
    seed: u64,
    mut progress: impl FnMut(&str),
) -> Model {
    let mut trainer = Trainer::default();
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut rng = seed.max(1);
    let mut best: Option<(f64, Model)> = None;
    for epoch in 1..=epochs {
        crate::shuffle(&mut order, &mut rng);
        let mut mistakes_total = 0;
        for &d in &order {
            let doc = &prepared[d];
            let mut memory = memory_for(doc);
            for (views, gold) in doc.views.iter().zip(&doc.gold) {
                let mut mistakes = Vec::new();
                let (tags, _) = decode_sentence(&trainer, views, &memory, Some((gold, &mut mistakes)));
                trainer.clock += views.len() as u32;
                mistakes_total += mistakes.len();
                for (features, g, p) in mistakes {
                    trainer.learn(&features, g, p);
                }
                memory.record(views, &tags.iter().map(|&t| type_of(t)).collect::<Vec<_>>());
            }
        }
        let model = trainer.averaged(lexicon);
        let f1 = evaluate_conll(&model, dev).overall().f1();
        progress(&format!("epoch {epoch:>2}: {mistakes_total} training mistakes, development F1 {f1:.4}"));
        if best.as_ref().is_none_or(|(b, _)| f1 > *b) {
            best = Some((f1, model));
        }
    }
    best.map(|(_, m)| m).unwrap_or_else(|| trainer.averaged(lexicon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob1_to_bilou() {
        let tags: Vec<String> = ["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-LOC"].iter().map(|s| s.to_string()).collect();
        assert_eq!(bilou(&tags), bilou_tags(7, &[(0, 2, "PER"), (3, 4, "LOC"), (4, 7, "LOC")]));
    }
}
