//! The entity tagger: an averaged perceptron over hashed features with
//! BILOU tags and greedy left-to-right decoding (as in Ratinov and Roth 2009),
//! with gazetteers and document-level memory of earlier predictions, voting
//! sentence by sentence with small BiLSTM-CRF networks ([`network`], [`vote`]);
//! then surnames are linked to the full names of the same article.

mod administrations;
mod agreement;
mod aliases;
mod appositives;
mod awards;
mod body_fields;
mod body_openings;
mod clusters;
mod codec;
mod continents;
mod credit_lines;
mod datelines;
mod edges;
mod features;
mod firm_kinds;
mod firms;
mod games;
mod gazetteer;
mod jurisdictions;
mod kind_lists;
mod kind_names;
mod kinds;
mod laws;
mod misread_bodies;
mod model_file;
mod movements;
mod namesakes;
mod nicknames;
mod offices;
// The networks that a model may carry to vote with its perceptron are read
// natively (training, the CLI, Python); the shipped model has none, so the web
// app's wasm leaves their code out (a model with networks is refused there).
#[cfg(not(target_arch = "wasm32"))]
pub mod network;
mod organisations;
mod particles;
mod peoples;
mod places;
mod planets;
mod programmes;
mod range_coder;
mod retrieval;
#[cfg(test)]
mod rule_table;
mod spans;
mod tagging;
mod tags;
mod titles;
pub mod training;
mod user_layer;
#[cfg(not(target_arch = "wasm32"))]
pub mod vote;
mod weight_rows;
mod whole_names;
mod workplaces;

pub(crate) use aliases::link_person_names;
pub use clusters::{WordClusters, CHECK_BITS};
pub use gazetteer::{Gazetteer, NameGenders, LISTS};
pub use model_file::Encoding;
use model_file::{cut, key_width, recut};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
pub use tags::{bilou_tags, decode_sentence, type_of, Mistake, TagScorer, TaggedSpan, UNKNOWN};

/// The entity types the tagger predicts, as in CoNLL-2003.
pub const ENTITY_TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];
/// Tag 0 is O; type `t` (0-based) has B, I, L, U at `1 + 4t` .. `4 + 4t`.
pub const N_TAGS: usize = 1 + 4 * ENTITY_TYPES.len();

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
        crate::sort::sort(&mut keys);
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
}
