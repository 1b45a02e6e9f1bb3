//! Training and evaluating newsmark's entity model, apart from the engine
//! the browser runs: reading CoNLL-2003 ([`conll`]) and the name lists
//! ([`data`]), clustering word vectors ([`clusters`]), training the averaged
//! perceptron ([`perceptron`]), scoring entities and quotes ([`eval`]) and
//! measuring correction with a simulated annotator ([`simulate`]).
#![deny(missing_docs)]

pub mod clusters;
pub mod conll;
pub mod data;
pub mod eval;
pub mod perceptron;
pub mod simulate;
