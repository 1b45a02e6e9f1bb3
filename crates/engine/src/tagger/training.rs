//! The seams that training a model goes through, used by `newsmark-train`
//! (so that the browser's build carries no training code): sentences as
//! token views, greedy decoding with any scorer, and weights made into a
//! model with [`super::Model::from_weights`].

pub use super::features::{views, DocumentMemory, TokenView};
pub use super::{bilou_tags, decode_sentence, type_of, KeyHasher, KeyMap, Mistake, TagScorer, N_TAGS};
