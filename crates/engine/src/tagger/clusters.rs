//! Word clusters (made by k-means over word vectors at training time, a
//! stand-in for Brown clusters), shipped as a word-hash → cluster table at
//! three grains.

use super::codec::{Reader, Writer};
use super::features::hash_parts;
use super::{cut, key_width, recut, KeyMap};

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
    keys: Vec<u32>,
    fine: Vec<u16>,
    /// Word hash (its top bits) → fine cluster, for one look-up per word.
    index: KeyMap<u16>,
    /// Fine cluster → middle and coarse cluster.
    coarser: Vec<(u8, u8)>,
    /// How far word hashes are shifted right to give keys (0 until written in fewer bits).
    shift: u32,
}

fn word_key(lower: &str) -> u32 {
    hash_parts(&[b"word", lower.as_bytes()])
}

impl WordClusters {
    /// Clusters from each word's fine cluster and each fine cluster's
    /// middle and coarse cluster (made by k-means at training time).
    pub fn from_assignments(words: &[String], fine: &[usize], coarser: &[(usize, usize)]) -> Self {
        let mut entries: Vec<(u32, u16)> = words.iter().zip(fine).map(|(w, &c)| (word_key(w), c as u16)).collect();
        entries.sort_unstable();
        entries.dedup_by_key(|e| e.0);
        Self::with_index(
            entries.iter().map(|e| e.0).collect(),
            entries.iter().map(|e| e.1).collect(),
            coarser.iter().map(|&(m, c)| (m as u8, c as u8)).collect(),
            0,
        )
    }

    fn with_index(keys: Vec<u32>, fine: Vec<u16>, coarser: Vec<(u8, u8)>, shift: u32) -> Self {
        let index = keys.iter().copied().zip(fine.iter().copied()).collect();
        WordClusters { keys, fine, index, coarser, shift }
    }

    /// (coarse, middle, fine) cluster of a lowercased word (see the type's example).
    pub fn lookup(&self, lower: &str) -> Option<(u8, u8, u16)> {
        let fine = *self.index.get(&cut(word_key(lower), self.shift))?;
        let (middle, coarse) = *self.coarser.get(fine as usize)?;
        Some((coarse, middle, fine))
    }

    /// Writes the table with keys of `bits` bits, or the fewer it holds (where
    /// two words' cut keys coincide, the first keeps its cluster), and cluster
    /// ids in as few bits as their count needs.
    pub(crate) fn write(&self, out: &mut Writer, bits: u8) {
        let bits = key_width(bits, self.shift);
        out.varint(self.coarser.len() as u64);
        for &(m, c) in &self.coarser {
            out.raw(&[m, c]);
        }
        let mut entries: Vec<(u32, u32)> =
            self.keys.iter().zip(&self.fine).map(|(&k, &f)| (recut(k, self.shift, bits), f as u32)).collect();
        entries.dedup_by_key(|e| e.0);
        out.keys(&entries.iter().map(|e| e.0).collect::<Vec<_>>(), bits);
        out.ids(&entries.iter().map(|e| e.1).collect::<Vec<_>>(), id_width(self.coarser.len()));
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let count = input.varint()? as usize;
        let coarser = (0..count).map(|_| input.raw(2).map(|b| (b[0], b[1]))).collect::<Result<Vec<_>, _>>()?;
        let (keys, bits) = input.keys()?;
        let fine: Vec<u16> = input.ids(keys.len(), id_width(count))?.into_iter().map(|f| f as u16).collect();
        if fine.iter().any(|&f| f as usize >= count.max(1)) {
            return Err("model file has a cluster id out of range".into());
        }
        Ok(Self::with_index(keys, fine, coarser, 32 - bits as u32))
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
    fn round_trips_through_bytes() {
        let words: Vec<String> = ["paris", "london", "monday"].iter().map(|s| s.to_string()).collect();
        let clusters = WordClusters::from_assignments(&words, &[0, 0, 1], &[(0, 0), (1, 0)]);
        let mut w = Writer::default();
        clusters.write(&mut w, 32);
        let bytes = w.into_bytes();
        assert_eq!(WordClusters::read(&mut Reader::new(&bytes)).unwrap(), clusters);
    }
}
