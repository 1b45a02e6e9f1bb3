//! The entity tagger: an averaged perceptron over hashed features with
//! BILOU tags and greedy left-to-right decoding (as in Ratinov and Roth 2009),
//! with gazetteers and document-level memory of earlier predictions; then
//! surnames are linked to the full names of the same article.

mod aliases;
mod clusters;
mod codec;
mod features;
mod gazetteer;
pub mod training;

pub use clusters::WordClusters;
use codec::{Reader, Writer};
use features::{static_features, tag_features, views, DocumentMemory, TokenView};
pub use gazetteer::{Gazetteer, NameGenders, LISTS};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The entity types the tagger predicts, as in CoNLL-2003.
pub const ENTITY_TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// Tag 0 is O; type `t` (0-based) has B, I, L, U at `1 + 4t` .. `4 + 4t`.
pub const N_TAGS: usize = 1 + 4 * ENTITY_TYPES.len();
const MAGIC: &[u8; 8] = b"NMNER\x00\x03\x00";

/// What the tagger knows about words besides its weights: name lists and word clusters.
///
/// ```
/// let lexicon = newsmark_engine::tagger::Lexicon::new(Default::default(), Default::default(), Default::default());
/// # let _ = lexicon;
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lexicon {
    pub(crate) gazetteer: Gazetteer,
    pub(crate) clusters: Vec<WordClusters>,
    pub(crate) genders: NameGenders,
}

impl Lexicon {
    /// Bundles name lists, word clusters and first-name genders.
    pub fn new(gazetteer: Gazetteer, clusters: Vec<WordClusters>, genders: NameGenders) -> Self {
        Lexicon { gazetteer, clusters, genders }
    }
}

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
fn part_of(tag: u8) -> usize {
    (tag as usize - 1) % 4
}

/// An identity hasher: feature keys are already hashes.
#[derive(Default)]
pub struct KeyHasher(u64);
impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u32 keys are hashed")
    }
    fn write_u32(&mut self, key: u32) {
        self.0 = (key as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}
/// A map keyed by feature hashes.
pub type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// Something that scores tags from features, and may learn from a mistake.
pub trait TagScorer {
    /// Adds the weights of `features` to `scores`.
    fn add_scores(&self, features: &[u32], scores: &mut [f32; N_TAGS]);
    /// Moves weights towards `gold` and away from `predicted`.
    fn learn(&mut self, features: &[u32], gold: u8, predicted: u8);
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
    let mut fixed = Vec::new();
    let mut moving = Vec::new();
    let (mut prev1, mut prev2) = (0u8, 0u8);
    for i in 0..views.len() {
        static_features(views, i, memory, &mut fixed);
        tag_features(views, i, prev1, prev2, &mut moving);
        let mut scores = [0f32; N_TAGS];
        scorer.add_scores(&fixed, &mut scores);
        scorer.add_scores(&moving, &mut scores);
        let best = (0..N_TAGS as u8).max_by(|&a, &b| scores[a as usize].total_cmp(&scores[b as usize])).unwrap_or(0);
        if let Some((gold, mistakes)) = gold.as_mut() {
            if gold[i] != best {
                let mut features = fixed.clone();
                features.extend_from_slice(&moving);
                mistakes.push((features, gold[i], best));
            }
        }
        let top = scores[best as usize];
        let total: f32 = scores.iter().map(|s| ((s - top) * PROBABILITY_SHARPNESS).exp()).sum();
        probabilities.push(1.0 / total);
        tags.push(best);
        prev2 = prev1;
        prev1 = best;
    }
    (repaired(&tags), probabilities)
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

/// The shipped model: gazetteers plus quantised perceptron weights.
pub struct Model {
    lexicon: Lexicon,
    /// Feature hash -> range in `entries`.
    index: KeyMap<(u32, u32)>,
    entries: Vec<(u8, f32)>,
}

impl TagScorer for Model {
    fn add_scores(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        for f in features {
            if let Some(&(from, to)) = self.index.get(f) {
                for &(class, weight) in &self.entries[from as usize..to as usize] {
                    scores[class as usize] += weight;
                }
            }
        }
    }

    fn learn(&mut self, features: &[u32], gold: u8, predicted: u8) {
        for &f in features {
            for (class, delta) in [(gold, 1.0), (predicted, -1.0)] {
                self.add_weight(f, class, delta * ONLINE_STEP);
            }
        }
    }
}

/// Size of one online correction, relative to the averaged weights' scale.
const ONLINE_STEP: f32 = 1.0;

impl Model {
    /// A model from weights per feature: (tag, weight) pairs (what training makes).
    pub fn from_weights(lexicon: Lexicon, weights: KeyMap<Vec<(u8, f32)>>) -> Self {
        let mut keys: Vec<u32> = weights.keys().copied().collect();
        keys.sort_unstable();
        let mut index = KeyMap::default();
        let mut entries = Vec::new();
        for key in keys {
            let from = entries.len() as u32;
            entries.extend_from_slice(&weights[&key]);
            index.insert(key, (from, entries.len() as u32));
        }
        Model { lexicon, index, entries }
    }

    fn add_weight(&mut self, feature: u32, class: u8, delta: f32) {
        if let Some(&(from, to)) = self.index.get(&feature) {
            if let Some(entry) = self.entries[from as usize..to as usize].iter_mut().find(|e| e.0 == class) {
                entry.1 += delta;
                return;
            }
            // Move the feature's entries to the end, with room for the new class.
            let mut moved: Vec<(u8, f32)> = self.entries[from as usize..to as usize].to_vec();
            moved.push((class, delta));
            let start = self.entries.len() as u32;
            self.entries.extend(moved);
            self.index.insert(feature, (start, self.entries.len() as u32));
        } else {
            let start = self.entries.len() as u32;
            self.entries.push((class, delta));
            self.index.insert(feature, (start, start + 1));
        }
    }

    /// The model compiled into this build (`crates/engine/model/ner.bin`, made by `newsmark train`).
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().expect("the repository ships a model");
    /// assert!(model.feature_count() > 1000);
    /// ```
    pub fn shipped() -> Result<Model, crate::Error> {
        static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.bin"));
        if BYTES.is_empty() {
            return Err(crate::Error::Model(
                "this build has no entity model: run `newsmark train` to make crates/engine/model/ner.bin".into(),
            ));
        }
        Model::from_bytes(BYTES)
    }

    /// The gender a first name points to (from the Census lists), if any.
    ///
    /// ```
    /// use newsmark_engine::names::Gender;
    /// let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// assert_eq!(model.name_gender("Angela"), Some(Gender::Female));
    /// assert_eq!(model.name_gender("James"), Some(Gender::Male));
    /// ```
    pub fn name_gender(&self, first_name: &str) -> Option<crate::names::Gender> {
        self.lexicon.genders.gender(first_name)
    }

    /// Number of features with weights.
    ///
    /// ```
    /// # let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// assert!(model.feature_count() > 0);
    /// ```
    pub fn feature_count(&self) -> usize {
        self.index.len()
    }

    /// Tags a whole document: tokens grouped into sentences (token index ranges).
    /// Sentences are tagged in order, each seeing what was predicted before it.
    ///
    /// ```
    /// use newsmark_engine::{sentence::sentences, tagger::Model, token::tokenize};
    /// let model = Model::shipped().unwrap();
    /// let tokens = tokenize("Angela Merkel visited Paris.");
    /// let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
    /// let ranges: Vec<_> = sentences(&tokens).into_iter().map(|s| s.tokens).collect();
    /// let spans = model.tag(&words, &ranges);
    /// assert_eq!(spans.iter().map(|s| s.label).collect::<Vec<_>>(), ["PER", "LOC"]);
    /// ```
    pub fn tag(&self, words: &[&str], sentences: &[std::ops::Range<usize>]) -> Vec<TaggedSpan> {
        self.tag_with_progress(words, sentences, &mut |_| {})
    }

    /// Like [`Model::tag`], telling `progress` the share of sentences done (0 to 1) every 1,000 sentences.
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let mut seen = Vec::new();
    /// model.tag_with_progress(&["Hi", "."], &[0..2], &mut |p| seen.push(p));
    /// assert_eq!(seen, [1.0]);
    /// ```
    pub fn tag_with_progress(
        &self,
        words: &[&str],
        sentences: &[std::ops::Range<usize>],
        progress: &mut dyn FnMut(f32),
    ) -> Vec<TaggedSpan> {
        let mut memory = DocumentMemory::default();
        for s in sentences {
            memory.observe_lowercase(&words[s.clone()]);
        }
        let mut out = Vec::new();
        for (n, s) in sentences.iter().enumerate() {
            if n % 1000 == 999 {
                progress(n as f32 / sentences.len() as f32);
            }
            let sentence_views = views(&words[s.clone()], &self.lexicon);
            let (tags, probabilities) = decode_sentence(self, &sentence_views, &memory, None);
            memory.record(&sentence_views, &tags.iter().map(|&t| type_of(t)).collect::<Vec<_>>());
            let mut spans = spans_from_tags(&tags, &probabilities, s.start);
            aliases::complete_first_names(&mut spans, &sentence_views, s.start);
            out.extend(spans);
        }
        progress(1.0);
        aliases::link_surnames(words, aliases::join_touching_names(out))
    }

    /// Learns from one corrected sentence, as a perceptron does online:
    /// `entities` are (first token, token after the last, type) in `words`.
    ///
    /// ```
    /// let mut model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let words = ["Zorblax", "Quuxley", "spoke", "."];
    /// for _ in 0..5 {
    ///     model.learn_sentence(&words, &[(0, 2, "ORG")]);
    /// }
    /// assert_eq!(model.tag(&words, &[0..4])[0].label, "ORG");
    /// ```
    pub fn learn_sentence(&mut self, words: &[&str], entities: &[(usize, usize, &str)]) {
        let gold = &bilou_tags(words.len(), entities)[..];
        let sentence_views = views(words, &self.lexicon);
        let mut mistakes = Vec::new();
        decode_sentence(&*self, &sentence_views, &DocumentMemory::default(), Some((gold, &mut mistakes)));
        for (features, gold, predicted) in mistakes {
            self.learn(&features, gold, predicted);
        }
    }

    /// The model whose weights are the mean of `models`' weights (which
    /// share this one's lexicon): perceptrons trained on different orders of
    /// the data disagree on rare features, and their mean generalises better.
    ///
    /// ```
    /// use newsmark_engine::tagger::Model;
    /// let model = Model::shipped().unwrap();
    /// let twice = Model::mean(&[Model::shipped().unwrap(), Model::shipped().unwrap()]).unwrap();
    /// assert_eq!(twice.to_bytes(), model.to_bytes());
    /// assert!(Model::mean(&[]).is_none());
    /// ```
    pub fn mean(models: &[Model]) -> Option<Model> {
        let first = models.first()?;
        let mut weights: KeyMap<Vec<(u8, f32)>> = KeyMap::default();
        for model in models {
            for (&feature, &(from, to)) in &model.index {
                let row = weights.entry(feature).or_default();
                for &(class, w) in &model.entries[from as usize..to as usize] {
                    match row.iter_mut().find(|e| e.0 == class) {
                        Some(entry) => entry.1 += w / models.len() as f32,
                        None => row.push((class, w / models.len() as f32)),
                    }
                }
            }
        }
        for row in weights.values_mut() {
            row.sort_by_key(|e| e.0);
        }
        Some(Model::from_weights(first.lexicon.clone(), weights))
    }

    /// Encodes the model: weights rounded to a 1/`QUANTUM` grid, tiny ones dropped.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Writer::default();
        out.raw(MAGIC);
        self.lexicon.gazetteer.write(&mut out);
        out.varint(self.lexicon.clusters.len() as u64);
        for clusters in &self.lexicon.clusters {
            clusters.write(&mut out);
        }
        self.lexicon.genders.write(&mut out);
        let mut keys: Vec<u32> = self.index.keys().copied().collect();
        keys.sort_unstable();
        let mut kept = Vec::new();
        let mut rows = Vec::new();
        for key in keys {
            let (from, to) = self.index[&key];
            let row: Vec<(u8, i64)> = self.entries[from as usize..to as usize]
                .iter()
                .map(|&(c, w)| (c, (w * QUANTUM).round() as i64))
                .filter(|&(_, q)| q != 0)
                .collect();
            if !row.is_empty() {
                kept.push(key);
                rows.push(row);
            }
        }
        out.sorted_u32s(&kept);
        for row in rows {
            out.varint(row.len() as u64);
            for (class, q) in row {
                out.varint(class as u64);
                out.signed(q);
            }
        }
        out.into_bytes()
    }

    /// Decodes a model made by [`Model::to_bytes`].
    ///
    /// ```
    /// assert!(newsmark_engine::tagger::Model::from_bytes(b"not a model").is_err());
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, crate::Error> {
        Model::read(bytes).map_err(crate::Error::Model)
    }

    fn read(bytes: &[u8]) -> Result<Model, String> {
        let mut input = Reader::new(bytes);
        if input.raw(MAGIC.len()).ok() != Some(&MAGIC[..]) {
            return Err("not a newsmark entity model (wrong header)".into());
        }
        let gazetteer = Gazetteer::read(&mut input)?;
        let clusterings = input.varint()?;
        let clusters = (0..clusterings).map(|_| WordClusters::read(&mut input)).collect::<Result<_, _>>()?;
        let genders = NameGenders::read(&mut input)?;
        let keys = input.sorted_u32s()?;
        let mut index = KeyMap::default();
        index.reserve(keys.len());
        let mut entries = Vec::with_capacity(keys.len() * 3);
        for key in keys {
            let from = entries.len() as u32;
            for _ in 0..input.varint()? {
                let class = input.varint()?;
                if class >= N_TAGS as u64 {
                    return Err("model file names an unknown tag".into());
                }
                entries.push((class as u8, input.signed()? as f32 / QUANTUM));
            }
            index.insert(key, (from, entries.len() as u32));
        }
        if !input.is_done() {
            return Err("model file has trailing bytes".into());
        }
        Ok(Model { lexicon: Lexicon { gazetteer, clusters, genders }, index, entries })
    }
}

/// Weights are stored as multiples of 1/QUANTUM.
const QUANTUM: f32 = 8.0;

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

    #[test]
    fn shipped_model_decodes_and_re_encodes_identically() {
        let model = Model::shipped().unwrap();
        let again = Model::from_bytes(&model.to_bytes()).unwrap();
        assert_eq!(again.to_bytes(), model.to_bytes());
    }
}
