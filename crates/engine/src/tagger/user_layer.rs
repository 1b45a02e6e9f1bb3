//! The user layer: what corrections taught, in bounded steps on top of the shipped weights.

use super::features::{views, DocumentMemory};
use super::tags::{bilou_tags, decode_sentence, UNKNOWN};
use super::{Model, N_TAGS};

/// One step of the user layer, relative to the shipped weights' scale, and
/// the most a feature's weight for a tag may move from corrections (both
/// tuned with `newsmark simulate` on `eng.testa`: larger ones made later
/// articles worse).
const USER_STEP: f32 = 0.5;
const USER_LIMIT: f32 = 0.5;

impl Model {
    /// Moves the user layer towards `gold` and away from `predicted`, in bounded steps.
    fn learn(&mut self, features: &[u32], gold: u8, predicted: u8) {
        for &f in features {
            let row = self.user.entry(f).or_default();
            for (class, delta) in [(gold, USER_STEP), (predicted, -USER_STEP)] {
                match row.iter_mut().find(|e| e.0 == class) {
                    Some(entry) => entry.1 = (entry.1 + delta).clamp(-USER_LIMIT, USER_LIMIT),
                    None => row.push((class, delta)),
                }
            }
        }
    }
}

impl Model {
    /// Whether corrections have taught the model anything.
    pub fn has_learned(&self) -> bool {
        !self.user.is_empty()
    }

    /// What corrections taught, as (feature, [(tag, weight)]) sorted by feature: to keep and load at start-up instead of replaying every correction.
    pub fn user_layer(&self) -> Vec<(u32, Vec<(u8, f32)>)> {
        let mut layer: Vec<(u32, Vec<(u8, f32)>)> = self
            .user
            .iter()
            .map(|(&f, row)| (f, row.iter().copied().filter(|e| e.1 != 0.0).collect::<Vec<_>>()))
            .filter(|(_, row)| !row.is_empty())
            .collect();
        crate::sort::sort_by_key(&mut layer, |e| e.0);
        layer
    }

    /// Puts back a layer made by [`Model::user_layer`] (weights beyond the layer's bounds are clamped).
    pub fn set_user_layer(&mut self, layer: &[(u32, Vec<(u8, f32)>)]) {
        self.user = layer
            .iter()
            .map(|(f, row)| {
                (*f, row.iter().filter(|e| (e.0 as usize) < N_TAGS).map(|&(c, w)| (c, w.clamp(-USER_LIMIT, USER_LIMIT))).collect())
            })
            .collect();
    }

    /// Learns from one corrected sentence, as a perceptron does online, in
    /// the user layer: `entities` are (first token, token after the last,
    /// type) in `words`; only tokens inside `known` ranges (what the person
    /// reviewed) teach, the others may be wrong and are left alone.
    ///
    /// ```
    /// let mut model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let words = ["Zorblax", "Quuxley", "spoke", "."];
    /// for _ in 0..5 {
    ///     model.learn_sentence(&words, &[(0, 2, "ORG")], &[0..4]);
    /// }
    /// assert_eq!(model.tag(&words, &[0..4])[0].label, "ORG");
    /// ```
    pub fn learn_sentence(&mut self, words: &[&str], entities: &[(usize, usize, &str)], known: &[std::ops::Range<usize>]) {
        let mut gold = bilou_tags(words.len(), entities);
        for (i, tag) in gold.iter_mut().enumerate() {
            if !known.iter().any(|r| r.contains(&i)) {
                *tag = UNKNOWN;
            }
        }
        let gold = &gold[..];
        let sentence_views = views(words, &self.lexicon);
        let mut mistakes = Vec::new();
        decode_sentence(&*self, &sentence_views, &DocumentMemory::default(), Some((gold, &mut mistakes)));
        for (features, gold, predicted) in mistakes {
            self.learn(&features, gold, predicted);
        }
    }
}
