//! The entity tagger: an averaged perceptron over hashed features with
//! BILOU tags and greedy left-to-right decoding (as in Ratinov and Roth 2009),
//! with gazetteers and document-level memory of earlier predictions, voting
//! sentence by sentence with small BiLSTM-CRF networks ([`network`], [`vote`]);
//! then surnames are linked to the full names of the same article.

mod aliases;
mod clusters;
mod codec;
mod features;
mod gazetteer;
// The networks that a model may carry to vote with its perceptron are read
// natively (training, the CLI, Python); the shipped model has none, so the web
// app's wasm leaves their code out (a model with networks is refused there).
#[cfg(not(target_arch = "wasm32"))]
pub mod network;
mod organisations;
mod range_coder;
mod retrieval;
#[cfg(test)]
mod rule_table;
mod tags;
pub mod training;
#[cfg(not(target_arch = "wasm32"))]
pub mod vote;
mod weight_rows;

pub use clusters::{WordClusters, CHECK_BITS};
use codec::{Reader, Writer};
use features::{views, DocumentMemory, TokenView};
pub use gazetteer::{Gazetteer, NameGenders, LISTS};
use range_coder::{RangeDecoder, RangeEncoder};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
pub use tags::{bilou_tags, decode_sentence, type_of, Mistake, TagScorer, TaggedSpan, UNKNOWN};
use tags::{decode_window, spans_from_tags};
use weight_rows::RowContexts;

/// The entity types the tagger predicts, as in CoNLL-2003.
pub const ENTITY_TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// Tag 0 is O; type `t` (0-based) has B, I, L, U at `1 + 4t` .. `4 + 4t`.
pub const N_TAGS: usize = 1 + 4 * ENTITY_TYPES.len();
const MAGIC: &[u8; 8] = b"NMNER\x00\x06\x00";

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

    /// The fine cluster of a lower-cased word in the first clustering (the
    /// one the networks' word vectors build on), if it has one.
    pub fn word_cluster(&self, lower: &str) -> Option<u16> {
        self.clusters.first()?.lookup(lower).map(|(_, _, fine)| fine)
    }

    fn write(&self, out: &mut Writer, encoding: &Encoding) {
        self.gazetteer.write(out, encoding.name_bits);
        out.varint(self.clusters.len() as u64);
        for clusters in &self.clusters {
            clusters.write(out);
        }
        self.genders.write(out, encoding.name_bits);
    }

    fn read(input: &mut Reader<'_>) -> Result<Lexicon, String> {
        let gazetteer = Gazetteer::read(input)?;
        let clusterings = input.varint()?;
        let clusters = (0..clusterings).map(|_| WordClusters::read(input)).collect::<Result<_, _>>()?;
        let genders = NameGenders::read(input)?;
        Ok(Lexicon { gazetteer, clusters, genders })
    }
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

/// The shipped model: gazetteers plus quantised perceptron weights.
#[derive(Clone)]
pub struct Model {
    lexicon: Lexicon,
    /// Feature hash (its top bits, see `shift`) -> range in `entries`.
    index: KeyMap<(u32, u32)>,
    /// How far feature hashes are shifted right to give `index` keys (0 until written in fewer bits).
    shift: u32,
    entries: Vec<(u8, f32)>,
    /// What the person's corrections taught, on top of the shipped weights:
    /// small bounded steps, so that a few corrections cannot swing the
    /// model (and forgetting them is clearing this layer).
    user: KeyMap<Vec<(u8, f32)>>,
    /// The networks that vote with the perceptron (none in a model still in training).
    #[cfg(not(target_arch = "wasm32"))]
    members: Option<network::Members>,
    /// Whether the perceptron tags alone (faster) though the model has networks.
    #[cfg(not(target_arch = "wasm32"))]
    fast: bool,
}

impl TagScorer for Model {
    fn has_learned(&self) -> bool {
        !self.user.is_empty()
    }

    fn add_scores(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        ShippedWeights(self).add_scores(features, scores);
        if self.user.is_empty() {
            return;
        }
        for f in features {
            for &(class, weight) in self.user.get(f).map_or(&[][..], Vec::as_slice) {
                scores[class as usize] += weight;
            }
        }
    }
}

/// A model's shipped weights alone, without what corrections taught.
struct ShippedWeights<'m>(&'m Model);

impl TagScorer for ShippedWeights<'_> {
    fn add_scores(&self, features: &[u32], scores: &mut [f32; N_TAGS]) {
        let model = self.0;
        for f in features {
            if let Some(&(from, to)) = model.index.get(&cut(*f, model.shift)) {
                for &(class, weight) in &model.entries[from as usize..to as usize] {
                    scores[class as usize] += weight;
                }
            }
        }
    }
}

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

/// The entity type (1-based, 0 for none) of each token of sentence `s` under the spans `known`.
fn known_types(known: &[TaggedSpan], s: &std::ops::Range<usize>) -> Vec<u8> {
    let mut types = vec![0u8; s.len()];
    for span in known {
        let t = ENTITY_TYPES.iter().position(|&l| l == span.label).map_or(0, |i| i as u8 + 1);
        for k in span.start.max(s.start)..span.end.min(s.end) {
            types[k - s.start] = t;
        }
    }
    types
}

/// A sentence as [`Model::tag_some`] tags it: all of it, or the windows around the `focused` tokens.
struct SentenceToTag<'a> {
    views: &'a [TokenView],
    memory: &'a DocumentMemory,
    focused: &'a [usize],
    known: &'a [TaggedSpan],
    range: &'a std::ops::Range<usize>,
}

impl SentenceToTag<'_> {
    /// The perceptron's tags and spans (in document tokens) with `scorer`'s weights.
    fn perceptron_spans<S: TagScorer>(&self, scorer: &S) -> (Vec<u8>, Vec<TaggedSpan>) {
        let (tags, probabilities) = if self.focused.is_empty() {
            decode_sentence(scorer, self.views, self.memory, None)
        } else {
            let (mut tags, mut probabilities) = known_tags(self.known, self.range);
            for window in windows(self.focused, self.known, self.range) {
                decode_window(scorer, self.views, self.memory, window, &mut tags, &mut probabilities);
            }
            (tags, probabilities)
        };
        let spans = spans_from_tags(&tags, &probabilities, self.range.start);
        (tags, spans)
    }

    /// The rules for names that follow tagging, on the sentence's marks after any vote.
    fn mend(&self, spans: &mut Vec<TaggedSpan>) {
        let offset = self.range.start;
        tags::trim_separators(spans, self.views, offset);
        aliases::complete_first_names(spans, self.views, offset);
        aliases::take_name_particles(spans, self.views, offset);
        aliases::leave_out_role_words(spans, self.views, offset);
        organisations::join_coordinated_bodies(spans, self.views, offset);
        organisations::join_firm_names(spans, self.views, offset);
        organisations::mend_names_ending_in_of(spans, self.views, offset);
    }
}

/// The BILOU tags of sentence `s` under the spans `known`, and each token's probability (its span's score).
fn known_tags(known: &[TaggedSpan], s: &std::ops::Range<usize>) -> (Vec<u8>, Vec<f32>) {
    let mut local = Vec::new();
    let mut probabilities = vec![1.0; s.len()];
    for span in known.iter().filter(|k| s.start <= k.start && k.end <= s.end) {
        let (from, to) = (span.start - s.start, span.end - s.start);
        local.push((from, to, span.label));
        probabilities[from..to].fill(span.score);
    }
    (bilou_tags(s.len(), &local), probabilities)
}

/// The token windows (sentence-relative) to decode again around the `focused` tokens of sentence `s`: from two
/// tokens before each to three after, widened to cover the spans in `known` they touch, overlapping ones merged.
fn windows(focused: &[usize], known: &[TaggedSpan], s: &std::ops::Range<usize>) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for &i in focused {
        let (near_from, near_to) = (i.saturating_sub(2).max(s.start), (i + 3).min(s.end));
        let touched = known.iter().filter(|k| k.start < near_to && near_from < k.end);
        let from = touched.clone().map(|k| k.start.max(s.start)).fold(near_from, usize::min);
        let to = touched.map(|k| k.end.min(s.end)).fold(near_to, usize::max);
        match out.last_mut() {
            Some(last) if from <= last.end => last.end = last.end.max(to),
            _ => out.push(from..to),
        }
    }
    out.into_iter().map(|w| w.start - s.start..w.end - s.start).collect()
}

/// One step of the user layer, relative to the shipped weights' scale, and
/// the most a feature's weight for a tag may move from corrections (both
/// tuned with `newsmark simulate` on `eng.testa`: larger ones made later
/// articles worse).
const USER_STEP: f32 = 0.5;
const USER_LIMIT: f32 = 0.5;

impl Model {
    /// A model of these parts, with nothing learned and no networks.
    fn of_parts(lexicon: Lexicon, index: KeyMap<(u32, u32)>, entries: Vec<(u8, f32)>, shift: u32) -> Model {
        Model {
            lexicon,
            index,
            entries,
            shift,
            user: KeyMap::default(),
            #[cfg(not(target_arch = "wasm32"))]
            members: None,
            #[cfg(not(target_arch = "wasm32"))]
            fast: false,
        }
    }

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
        Model::of_parts(lexicon, index, entries, 0)
    }

    /// The model compiled into this build (`crates/engine/model/ner.bin`, made by `newsmark train`).
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().expect("the repository ships a model");
    /// assert!(model.feature_count() > 1000);
    /// ```
    #[cfg(feature = "embedded-model")]
    pub fn shipped() -> Result<Model, crate::Error> {
        static BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner.bin"));
        if BYTES.is_empty() {
            return Err(crate::Error::Model(
                "this build has no entity model: run `newsmark train` to make crates/engine/model/ner.bin".into(),
            ));
        }
        Model::from_bytes(BYTES)
    }

    /// Whether a word (lowercased) is on a name list: a first or last name, a place, a company.
    pub fn lists_word(&self, lower: &str) -> bool {
        self.lexicon.gazetteer.lists_word(lower)
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

    /// The name lists and word clusters the model reads.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// How many words have a word cluster.
    pub fn cluster_words_kept(&self) -> usize {
        self.lexicon.clusters.iter().map(WordClusters::kept).max().unwrap_or(0)
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
        self.tag_some(self, words, sentences, None, &[], true, progress)
    }

    /// Like [`Model::tag_with_progress`] with the shipped weights alone, as if nothing had been learned.
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let words = ["Angela", "Merkel", "spoke", "."];
    /// assert_eq!(model.tag_shipped(&words, &[0..4], &mut |_| {}), model.tag(&words, &[0..4]));
    /// ```
    pub fn tag_shipped(&self, words: &[&str], sentences: &[std::ops::Range<usize>], progress: &mut dyn FnMut(f32)) -> Vec<TaggedSpan> {
        self.tag_some(&ShippedWeights(self), words, sentences, None, &[], true, progress)
    }

    /// Tags with the perceptron alone, with what was learned (what learning compares with what it was taught).
    pub fn tag_alone(&self, words: &[&str], sentences: &[std::ops::Range<usize>]) -> Vec<TaggedSpan> {
        self.tag_some(self, words, sentences, None, &[], false, &mut |_| {})
    }

    /// Whether corrections have taught the model anything.
    pub fn has_learned(&self) -> bool {
        !self.user.is_empty()
    }

    /// Tags again only the tokens around those `focus` picks (token indices):
    /// in each sentence holding one, the words from two before it to three
    /// after it, widened to the marks they touch and on while an entity is
    /// open; all else keeps the spans in `known` (sorted, token indices),
    /// which also stand in for the model's predictions as the document's
    /// memory and as the full names that surnames link to. Gives the spans of
    /// the sentences tagged again. A re-tag after a correction needs only the
    /// words around the corrected ones.
    ///
    /// ```
    /// use newsmark_engine::tagger::Model;
    /// let model = Model::shipped().unwrap();
    /// let words = ["Bob", "Dylan", "sang", ".", "Dylan", "left", "."];
    /// let all = model.tag(&words, &[0..4, 4..7]);
    /// let second = model.tag_around(&words, &[0..4, 4..7], &|i| i == 4, &all[..1]);
    /// assert_eq!(second, all[1..]);
    /// ```
    pub fn tag_around(
        &self,
        words: &[&str],
        sentences: &[std::ops::Range<usize>],
        focus: &dyn Fn(usize) -> bool,
        known: &[TaggedSpan],
    ) -> Vec<TaggedSpan> {
        self.tag_some(self, words, sentences, Some(focus), known, true, &mut |_| {})
    }

    /// Tags every sentence (`focus` is `None`), or the words around the
    /// tokens `focus` picks (see [`Model::tag_around`]).
    #[allow(clippy::too_many_arguments)]
    fn tag_some(
        &self,
        scorer: &impl TagScorer,
        words: &[&str],
        sentences: &[std::ops::Range<usize>],
        focus: Option<&dyn Fn(usize) -> bool>,
        known: &[TaggedSpan],
        with_networks: bool,
        progress: &mut dyn FnMut(f32),
    ) -> Vec<TaggedSpan> {
        let mut memory = DocumentMemory::default();
        #[cfg(not(target_arch = "wasm32"))]
        let mut caches = None;
        // (Only a model with networks reads it: without them the perceptron tags alone anyway.)
        #[cfg(target_arch = "wasm32")]
        let _ = with_networks;
        for s in sentences {
            memory.observe_lowercase(&words[s.clone()]);
        }
        let mut out = Vec::new();
        let mut kept = Vec::new();
        let mut redone = Vec::new();
        let mut next_known = 0;
        for (n, s) in sentences.iter().enumerate() {
            if n % 1000 == 999 {
                progress(n as f32 / sentences.len() as f32);
            }
            let first_known = next_known;
            while next_known < known.len() && known[next_known].start < s.end {
                next_known += 1;
            }
            let known_here = &known[first_known..next_known];
            let focused: Vec<usize> = focus.map_or_else(Vec::new, |f| s.clone().filter(|&i| f(i)).collect());
            if focus.is_some() && focused.is_empty() {
                let types = known_types(known_here, s);
                memory.record_words(&words[s.clone()], &types);
                kept.extend_from_slice(known_here);
                continue;
            }
            redone.push(s.clone());
            let sentence_views = views(&words[s.clone()], &self.lexicon);
            let sentence = SentenceToTag { views: &sentence_views, memory: &memory, focused: &focused, known: known_here, range: s };
            let (tags, mut spans) = sentence.perceptron_spans(scorer);
            // The memory holds what was marked: after a vote, its spans (as a
            // sentence that is not tagged again is remembered, so that a re-tag
            // around a correction sees the memory the whole article's tagging saw).
            let perceptron_types = || tags.iter().map(|&t| type_of(t)).collect::<Vec<u8>>();
            #[cfg(not(target_arch = "wasm32"))]
            let types = match self.voters().filter(|_| with_networks) {
                Some(members) => {
                    let caches = caches.get_or_insert_with(|| members.caches());
                    self.vote_sentence(members, caches, scorer.has_learned(), &sentence, &mut spans)
                }
                None => perceptron_types(),
            };
            #[cfg(target_arch = "wasm32")]
            let types = perceptron_types();
            sentence.mend(&mut spans);
            memory.record(&sentence_views, &types);
            out.extend(spans);
        }
        progress(1.0);
        if kept.is_empty() {
            return aliases::link_surnames(words, aliases::join_touching_names(out));
        }
        // Surnames link to full names anywhere in the article; only the re-tagged sentences' spans come back.
        let in_redone = |span: &TaggedSpan| {
            let at = redone.partition_point(|s| s.end <= span.start);
            redone.get(at).is_some_and(|s| s.start <= span.start)
        };
        let mut all: Vec<TaggedSpan> = aliases::join_touching_names(out).into_iter().chain(kept).collect();
        crate::sort::sort_by_key(&mut all, |s| (s.start, s.end));
        aliases::link_surnames(words, all).into_iter().filter(in_redone).collect()
    }

    /// What corrections taught, as (feature, [(tag, weight)]) sorted by feature: to keep and load at start-up instead of replaying every correction.
    pub fn user_layer(&self) -> Vec<(u32, Vec<(u8, f32)>)> {
        let mut layer: Vec<(u32, Vec<(u8, f32)>)> = self
            .user
            .iter()
            .map(|(&f, row)| (f, row.iter().copied().filter(|e| e.1 != 0.0).collect::<Vec<_>>()))
            .filter(|(_, row)| !row.is_empty())
            .collect();
        layer.sort_unstable_by_key(|e| e.0);
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

    /// The model whose weights are the mean of `models`' weights (which
    /// share this one's lexicon): perceptrons trained on different orders of
    /// the data disagree on rare features, and their mean generalises better.
    /// The first model's networks, if any, stay with it.
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
            crate::sort::sort_by_key(row, |e| e.0);
        }
        let mean = Model { shift: first.shift, ..Model::from_weights(first.lexicon.clone(), weights) };
        #[cfg(not(target_arch = "wasm32"))]
        let mean = Model { members: first.members.clone(), ..mean };
        Some(mean)
    }

    /// Encodes the model as shipped ([`Encoding::SHIPPED`]).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_bytes_with(&Encoding::SHIPPED)
    }

    /// Encodes the model: name and word lists and feature keys as hashes cut
    /// to the widths of `encoding` (or to the fewer bits a decoded model
    /// holds), weights rounded to its grid with those below `min_weight`
    /// dropped; the rows' tag sets and weights range-coded (see `weight_rows`).
    pub fn to_bytes_with(&self, encoding: &Encoding) -> Vec<u8> {
        let mut out = Writer::default();
        out.raw(MAGIC);
        self.lexicon.write(&mut out, encoding);
        // Features whose cut keys coincide share one row, as they would when looked up.
        let bits = key_width(encoding.feature_bits, self.shift);
        let mut rows: std::collections::BTreeMap<u32, [f32; N_TAGS]> = std::collections::BTreeMap::new();
        for (&key, &(from, to)) in &self.index {
            let row = rows.entry(recut(key, self.shift, bits)).or_insert([0.0; N_TAGS]);
            for &(class, w) in &self.entries[from as usize..to as usize] {
                row[class as usize] += w;
            }
        }
        let quantum = encoding.quantum as f32;
        out.raw(&[encoding.quantum]);
        let mut kept = Vec::new();
        let (mut contexts, mut coded) = (RowContexts::default(), RangeEncoder::default());
        for (key, row) in rows {
            let row: Vec<(u8, i64)> = row
                .iter()
                .enumerate()
                .filter(|&(_, &w)| w.abs() >= encoding.min_weight)
                .map(|(c, &w)| (c as u8, (w * quantum).round() as i64))
                .filter(|&(_, q)| q != 0)
                .collect();
            if row.is_empty() {
                continue;
            }
            kept.push(key);
            contexts.code(&mut coded, &row).expect("encoding cannot fail");
        }
        out.keys(&kept, bits);
        out.block(&coded.finish());
        #[cfg(not(target_arch = "wasm32"))]
        if let Some(members) = &self.members {
            members.write(&mut out);
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
            return Err("not a newsmark entity model of this version (wrong header); run `newsmark train`".into());
        }
        let lexicon = Lexicon::read(&mut input)?;
        let quantum = input.raw(1)?[0];
        if quantum == 0 {
            return Err("model file has no weight scale".into());
        }
        let quantum = quantum as f32;
        let (keys, bits) = input.keys()?;
        let mut coded = RangeDecoder::new(input.block()?)?;
        let mut contexts = RowContexts::default();
        let mut index = KeyMap::default();
        index.reserve(keys.len());
        let mut entries = Vec::new();
        for key in keys {
            let from = entries.len() as u32;
            entries.extend(contexts.code(&mut coded, &[])?.into_iter().map(|(tag, q)| (tag, q as f32 / quantum)));
            index.insert(key, (from, entries.len() as u32));
        }
        let model = Model::of_parts(lexicon, index, entries, 32 - bits as u32);
        // The networks come last, if the model has them.
        #[cfg(not(target_arch = "wasm32"))]
        let model = Model { members: if input.is_done() { None } else { Some(network::Members::read(&mut input)?) }, ..model };
        if !input.is_done() {
            return Err(if cfg!(not(target_arch = "wasm32")) {
                "model file has trailing bytes".into()
            } else {
                "this model has networks that vote with the perceptron; this build reads the perceptron alone".into()
            });
        }
        Ok(model)
    }
}

/// How a model file is written: how many bits of each hash key are kept
/// (fewer bits: a smaller file, and a few more hashes that match a key by
/// chance), and the smallest weight kept.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Encoding {
    /// Bits of a feature key.
    pub feature_bits: u8,
    /// Bits of a name-list phrase key.
    pub name_bits: u8,
    /// Weights below this are dropped (most features fire rarely and barely move a score).
    pub min_weight: f32,
    /// Weights are kept as multiples of 1/`quantum`.
    pub quantum: u8,
}

impl Encoding {
    /// What `newsmark train` writes, chosen on `eng.testa` by re-encoding
    /// one trained model over a grid (features 22–26 bits, names 24–27,
    /// floors 3/16–11/16): the smallest file whose `eng.testa` F1 did not
    /// fall below the earlier encoding's (0.9252; 26 and 27 bits, floor
    /// 3/16). The floor drops two thirds of the weights (most features fire
    /// rarely and barely move a score); a key cut to fewer bits matches an
    /// unknown hash by chance (keys / 2^bits per look-up), which cost F1
    /// below these widths.
    pub const SHIPPED: Encoding = Encoding { feature_bits: 23, name_bits: 25, min_weight: 0.4375, quantum: 8 };
}

/// The top bits of a hash: what is left after shifting it right by `shift`.
pub(crate) fn cut(key: u32, shift: u32) -> u32 {
    key.checked_shr(shift).unwrap_or(0)
}

/// The width keys held `shift` bits short of a full hash are written in, at
/// most `bits`: a key never gets back the bits it lost.
pub(crate) fn key_width(bits: u8, shift: u32) -> u8 {
    bits.min((32 - shift) as u8)
}

/// A key held `shift` bits short of a full hash, cut to `bits` bits (at most its [`key_width`]).
pub(crate) fn recut(key: u32, shift: u32, bits: u8) -> u32 {
    cut(key, 32 - bits as u32 - shift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(feature = "embedded-model")]
    fn tagging_around_words_with_nothing_learned_gives_back_what_tagging_the_whole_article_gave() {
        let seed = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/seed-article.txt")).unwrap();
        let tokens = crate::token::tokenize(&seed);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let sentences: Vec<_> = crate::sentence::sentences(&tokens).into_iter().map(|s| s.tokens).collect();
        let model = Model::shipped().unwrap();
        let all = model.tag(&words, &sentences);
        for focus in ["Mattis", "NATO", "US", "said", "Trump", "the"] {
            let around = model.tag_around(&words, &sentences, &|i| words[i] == focus, &all);
            let held: Vec<usize> = (0..sentences.len()).filter(|&n| words[sentences[n].clone()].contains(&focus)).collect();
            assert!(!held.is_empty(), "the seed article has {focus}");
            // Spans and labels, not scores: the tags before a window are the repaired ones, which can move a probability a little.
            let marks = |spans: Vec<&TaggedSpan>| spans.into_iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
            let expected = marks(all.iter().filter(|span| held.iter().any(|&n| sentences[n].contains(&span.start))).collect());
            assert_eq!(marks(around.iter().collect()), expected, "around {focus}");
        }
    }

    #[test]
    #[cfg(feature = "embedded-model")]
    fn shipped_model_decodes_and_re_encodes_identically() {
        let model = Model::shipped().unwrap();
        let again = Model::from_bytes(&model.to_bytes()).unwrap();
        assert_eq!(again.to_bytes(), model.to_bytes());
    }

    #[test]
    #[cfg(feature = "embedded-model")]
    fn a_damaged_model_file_is_an_error_not_a_crash() {
        let bytes = Model::shipped().unwrap().to_bytes();
        for len in [9, 1_000, bytes.len() / 2, bytes.len() - 1] {
            assert!(Model::from_bytes(&bytes[..len]).is_err(), "cut to {len} bytes");
        }
        // Changed bytes in each part of the file: name lists, clusters, feature keys, coded rows.
        for at in (8..bytes.len()).step_by(bytes.len() / 11) {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x5a;
            let _ = Model::from_bytes(&damaged);
        }
    }

    #[test]
    #[cfg(feature = "embedded-model")]
    fn asking_for_wider_keys_than_a_decoded_model_holds_keeps_what_it_has() {
        let model = Model::shipped().unwrap();
        let wide = Encoding { feature_bits: 32, name_bits: 32, ..Encoding::SHIPPED };
        let again = Model::from_bytes(&model.to_bytes_with(&wide)).unwrap();
        let words = ["Angela", "Merkel", "met", "Siemens", "executives", "in", "Hamburg", "."];
        let whole = 0..words.len();
        let sentence = std::slice::from_ref(&whole);
        assert_eq!(again.tag(&words, sentence), model.tag(&words, sentence));
        assert_eq!(again.to_bytes(), model.to_bytes());
    }
}
