//! Training and evaluating newsmark's entity model, apart from the engine
//! the browser runs: reading CoNLL-2003 ([`conll`]) and the name lists
//! ([`data`]), clustering word vectors ([`clusters`]), training the averaged
//! perceptron ([`perceptron`]) and the networks that vote with it
//! ([`network`]), scoring entities and quotes ([`eval`]) and
//! measuring correction with a simulated annotator ([`simulate`]).
#![deny(missing_docs)]

pub mod clusters;
pub mod conll;
pub mod data;
pub mod eval;
pub mod network;
pub mod perceptron;
pub mod simulate;

/// Shuffles `items` in place (Fisher–Yates with a xorshift generator whose
/// `state` carries over between calls), the same on every machine.
///
/// ```
/// let (mut a, mut b) = ([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]);
/// newsmark_train::shuffle(&mut a, &mut 7);
/// newsmark_train::shuffle(&mut b, &mut 7);
/// assert_eq!(a, b);
/// assert_ne!(a, [1, 2, 3, 4, 5]);
/// ```
pub fn shuffle<T>(items: &mut [T], state: &mut u64) {
    *state = (*state).max(1);
    for i in (1..items.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        items.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}
