//! Stable sorting through one compiled copy of the standard library's sort.
//!
//! Every `sort_by_key` call site compiles its own copy of the standard stable
//! sort (about 3.5 KB of wasm each; the app had 29 of them). These helpers
//! sort a list of positions with one shared, non-generic copy, then move the
//! items into that order: the same stable order, a fraction of the code.

use std::cmp::Ordering;

/// Sorts `items` stably by `compare`.
///
/// ```
/// let mut words = vec![("b", 1), ("a", 2), ("b", 0)];
/// newsmark_engine::sort::sort_by(&mut words, |x, y| x.0.cmp(y.0));
/// assert_eq!(words, [("a", 2), ("b", 1), ("b", 0)]);
/// ```
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    // (Most lists sorted per word hold one item or none: no order to allocate.)
    if items.len() < 2 {
        return;
    }
    let order = stable_order(items.len(), &|a, b| compare(&items[a], &items[b]));
    apply_order(items, order);
}

/// Sorts `items` stably by a key.
///
/// ```
/// let mut spans = vec![(5, 9), (1, 3), (5, 6)];
/// newsmark_engine::sort::sort_by_key(&mut spans, |s| s.0);
/// assert_eq!(spans, [(1, 3), (5, 9), (5, 6)]);
/// ```
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` stably in their natural order.
///
/// ```
/// let mut numbers = vec![3, 1, 2];
/// newsmark_engine::sort::sort(&mut numbers);
/// assert_eq!(numbers, [1, 2, 3]);
/// ```
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// Positions `0..len` in the stable order `compare` gives them.
fn stable_order(len: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

/// Moves items so that position `i` holds the item that was at `order[i]`,
/// one cycle of the permutation at a time.
fn apply_order<T>(items: &mut [T], mut order: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for start in 0..order.len() {
        let mut current = start;
        while order[current] != DONE {
            let source = order[current];
            order[current] = DONE;
            if source == start {
                break;
            }
            items.swap(current, source);
            current = source;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_as_the_standard_stable_sort_does(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut expected = items.clone();
            expected.sort_by_key(|x| x.0);
            let mut sorted = items;
            sort_by_key(&mut sorted, |x| x.0);
            prop_assert_eq!(sorted, expected);
        }
    }
}
