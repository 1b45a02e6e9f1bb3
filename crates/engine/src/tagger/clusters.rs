//! Word clusters (made by k-means over word vectors at training time, a
//! stand-in for Brown clusters), shipped as a word → cluster table that
//! stores no words (see `retrieval`) at three grains.

use super::codec::{Reader, Writer};
use super::features::hash_parts_wide;
use super::retrieval::Retrieval;

/// Bits of a word kept with its cluster: an unknown word finds a cluster by
/// chance once in 2^4 look-ups. Chosen on `eng.testa` as the fewest that
/// did not lower its F1 (0.9258 with 5 and with 4 bits, 0.9257 with 3).
/// (Sorted 23-bit word keys, shipped before, took 3 bits more per word and
/// matched 2.4 % of unknown words.)
pub const CHECK_BITS: u8 = 4;

/// Cluster ids of the most frequent words, at a fine grain with coarser
/// groupings of the fine clusters.
///
/// ```
/// use newsmark_engine::tagger::WordClusters;
/// let words = vec!["paris".to_string(), "monday".to_string()];
/// let clusters = WordClusters::from_assignments(&words, &[0, 1], &[(0, 0), (1, 0)]);
/// assert_eq!(clusters.lookup("paris"), Some((0, 0, 0)));
/// assert_eq!(clusters.lookup("monday"), Some((0, 1, 1)));
/// assert!(clusters.lookup("tuesday").is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordClusters {
    /// Word hash → fine cluster, sorted by hash: what training looks up
    /// (empty in a model read from bytes, which has only `shipped`).
    exact: Vec<(u64, u16)>,
    /// Word hash → fine cluster as shipped: no words, a few check bits.
    shipped: Retrieval,
    /// Fine cluster → middle and coarse cluster.
    coarser: Vec<(u8, u8)>,
    /// Words that kept their cluster in `shipped`.
    kept: usize,
}

fn word_key(lower: &str) -> u64 {
    hash_parts_wide(&[b"word", lower.as_bytes()])
}

impl WordClusters {
    /// Clusters from each word's fine cluster and each fine cluster's
    /// middle and coarse cluster (made by k-means at training time). Words
    /// come most frequent first: the shipped table has room for all but a
    /// few of the last ones (see `retrieval`).
    pub fn from_assignments(words: &[String], fine: &[usize], coarser: &[(usize, usize)]) -> Self {
        let mut exact: Vec<(u64, u16)> = words.iter().zip(fine).map(|(w, &c)| (word_key(w), c as u16)).collect();
        let entries: Vec<(u64, u64)> = exact.iter().map(|&(k, c)| (k, c as u64)).collect();
        let (shipped, kept) = Retrieval::build(&entries, id_width(coarser.len()), CHECK_BITS);
        crate::sort::sort_by_key(&mut exact, |e| e.0);
        exact.dedup_by_key(|e| e.0);
        WordClusters { exact, shipped, coarser: coarser.iter().map(|&(m, c)| (m as u8, c as u8)).collect(), kept }
    }

    /// (coarse, middle, fine) cluster of a lowercased word (see the type's example).
    pub fn lookup(&self, lower: &str) -> Option<(u8, u8, u16)> {
        let key = word_key(lower);
        let fine = if self.exact.is_empty() {
            self.shipped.get(key)? as u16
        } else {
            self.exact[self.exact.binary_search_by_key(&key, |e| e.0).ok()?].1
        };
        let (middle, coarse) = *self.coarser.get(fine as usize)?;
        Some((coarse, middle, fine))
    }

    /// How many words have a cluster (all but the few that found no room).
    pub fn kept(&self) -> usize {
        self.kept
    }

    pub(crate) fn write(&self, out: &mut Writer) {
        out.varint(self.coarser.len() as u64);
        for &(m, c) in &self.coarser {
            out.raw(&[m, c]);
        }
        out.varint(self.kept as u64);
        self.shipped.write(out);
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let count = input.varint()? as usize;
        let coarser = (0..count).map(|_| input.raw(2).map(|b| (b[0], b[1]))).collect::<Result<Vec<_>, _>>()?;
        let kept = input.varint()? as usize;
        Ok(WordClusters { exact: Vec::new(), shipped: Retrieval::read(input)?, coarser, kept })
    }
}

/// Bits that hold any id below `count`.
fn id_width(count: usize) -> u8 {
    (usize::BITS - count.saturating_sub(1).leading_zeros()).max(1) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_finds_what_training_found() {
        let words: Vec<String> = (0..5_000).map(|i| format!("word{i}")).collect();
        let fine: Vec<usize> = (0..words.len()).map(|i| i % 300).collect();
        let coarser: Vec<(usize, usize)> = (0..300).map(|c| (c % 30, c % 3)).collect();
        let clusters = WordClusters::from_assignments(&words, &fine, &coarser);
        let mut w = Writer::default();
        clusters.write(&mut w);
        let bytes = w.into_bytes();
        let shipped = WordClusters::read(&mut Reader::new(&bytes)).unwrap();
        assert_eq!(shipped.kept(), clusters.kept());
        let agree = words.iter().filter(|w| shipped.lookup(w) == clusters.lookup(w)).count();
        assert_eq!(agree, shipped.kept());
        assert!(shipped.kept() >= 4_950, "{} of 5000 words kept", shipped.kept());
        assert_eq!(clusters.lookup("word7"), Some((1, 7, 7)));
        let strangers = (0..5_000).filter(|i| shipped.lookup(&format!("other{i}")).is_some()).count();
        // A chance match finds a cluster only if its id is one of the 300 (of the 512 that 9 bits hold).
        let expected = 5_000.0 / f64::from(1u32 << CHECK_BITS) * 300.0 / 512.0;
        assert!(
            (strangers as f64 - expected).abs() < expected / 3.0,
            "{strangers} unknown words found a cluster, about {expected} expected"
        );
    }
}
