//! Word clusters (made by k-means over word vectors at training time, a
//! stand-in for Brown clusters), shipped as a word-hash → cluster table at
//! three grains.

use super::codec::{Reader, Writer};
use super::features::hash_parts;
use super::KeyMap;

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
    /// Word hash → fine cluster, for one look-up per word.
    index: KeyMap<u16>,
    /// Fine cluster → middle and coarse cluster.
    coarser: Vec<(u8, u8)>,
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
        )
    }

    fn with_index(keys: Vec<u32>, fine: Vec<u16>, coarser: Vec<(u8, u8)>) -> Self {
        let index = keys.iter().copied().zip(fine.iter().copied()).collect();
        WordClusters { keys, fine, index, coarser }
    }

    /// (coarse, middle, fine) cluster of a lowercased word (see the type's example).
    pub fn lookup(&self, lower: &str) -> Option<(u8, u8, u16)> {
        let fine = *self.index.get(&word_key(lower))?;
        let (middle, coarse) = *self.coarser.get(fine as usize)?;
        Some((coarse, middle, fine))
    }

    pub(crate) fn write(&self, out: &mut Writer) {
        out.sorted_u32s(&self.keys);
        for &f in &self.fine {
            out.varint(f as u64);
        }
        out.varint(self.coarser.len() as u64);
        for &(m, c) in &self.coarser {
            out.raw(&[m, c]);
        }
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let keys = input.sorted_u32s()?;
        let fine = (0..keys.len()).map(|_| input.varint().map(|v| v as u16)).collect::<Result<Vec<_>, _>>()?;
        let count = input.varint()? as usize;
        let coarser = (0..count).map(|_| input.raw(2).map(|b| (b[0], b[1]))).collect::<Result<Vec<_>, _>>()?;
        if fine.iter().any(|&f| f as usize >= coarser.len().max(1) && !coarser.is_empty()) {
            return Err("model file has a cluster id out of range".into());
        }
        Ok(Self::with_index(keys, fine, coarser))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_bytes() {
        let words: Vec<String> = ["paris", "london", "monday"].iter().map(|s| s.to_string()).collect();
        let clusters = WordClusters::from_assignments(&words, &[0, 0, 1], &[(0, 0), (1, 0)]);
        let mut w = Writer::default();
        clusters.write(&mut w);
        let bytes = w.into_bytes();
        assert_eq!(WordClusters::read(&mut Reader::new(&bytes)).unwrap(), clusters);
    }
}
