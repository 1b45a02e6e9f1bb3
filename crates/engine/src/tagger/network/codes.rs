//! The networks' word vectors as shipped, sharing the perceptron's word
//! clusters (see `clusters`): a word's vector is the mean vector of its
//! cluster plus what that mean leaves, product-quantised (each part of the
//! residual is one of 256 centres, a byte per part). The residual codes are
//! kept in a table that stores no words and no check bits: the cluster
//! table already tells known words from unknown ones.

use super::super::codec::{Reader, Writer};
use super::super::features::hash_parts_wide;
use super::super::retrieval::Retrieval;

/// Centres per part (a code is a byte).
const CENTRES: usize = 256;

/// Words → vectors, as cluster means and residual codes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WordCodes {
    /// Word → residual codes (a byte per part).
    table: Retrieval,
    /// Vector width.
    dim: usize,
    /// Parts per residual (bytes per word).
    parts: usize,
    /// The mean vector of each word cluster (`clusters × dim`).
    means: Vec<f32>,
    /// `parts × 256 × dim / parts` residual centres.
    centres: Vec<f32>,
    /// Words that found room in the table.
    kept: usize,
}

fn word_key(lower: &str) -> u64 {
    hash_parts_wide(&[b"vector", lower.as_bytes()])
}

impl WordCodes {
    /// The table of `words` (lower case, most frequent first) with their
    /// residual `codes` (a byte per part), the clusters' `means` and the
    /// parts' residual `centres`.
    pub fn new(words: &[String], codes: &[Vec<u8>], dim: usize, means: Vec<f32>, centres: Vec<f32>) -> Self {
        let parts = codes.first().map_or(1, Vec::len);
        assert_eq!(centres.len(), parts * CENTRES * (dim / parts), "centre count");
        assert!(means.len().is_multiple_of(dim), "mean count");
        let entries: Vec<(u64, u64)> =
            words.iter().zip(codes).map(|(w, c)| (word_key(w), c.iter().rev().fold(0u64, |v, &b| v << 8 | b as u64))).collect();
        let (table, kept) = Retrieval::build(&entries, 8 * parts as u8, 0);
        WordCodes { table, dim, parts, means, centres, kept }
    }

    /// Vector width.
    pub fn dim(&self) -> usize {
        self.dim
    }

    /// How many words have a residual.
    pub fn kept(&self) -> usize {
        self.kept
    }

    /// The vector of a lower-cased word in word cluster `cluster`.
    pub fn vector(&self, lower: &str, cluster: u16) -> Option<Vec<f32>> {
        let at = cluster as usize * self.dim;
        let mut v = self.means.get(at..at + self.dim)?.to_vec();
        let codes = self.table.get(word_key(lower))?;
        let width = self.dim / self.parts;
        for (part, chunk) in v.chunks_exact_mut(width).enumerate() {
            let code = (codes >> (8 * part)) as usize & 0xff;
            let at = (part * CENTRES + code) * width;
            chunk.iter_mut().zip(&self.centres[at..at + width]).for_each(|(x, c)| *x += c);
        }
        Some(v)
    }

    /// The table as shipped: its means and centres rounded as the model file keeps them.
    pub fn shipped(&self) -> WordCodes {
        let mut out = Writer::default();
        self.write(&mut out);
        let bytes = out.into_bytes();
        WordCodes::read(&mut Reader::new(&bytes)).expect("a table reads back what it wrote")
    }

    pub(crate) fn write(&self, out: &mut Writer) {
        out.varint(self.dim as u64);
        out.varint(self.parts as u64);
        out.varint(self.kept as u64);
        out.varint((self.means.len() / self.dim.max(1)) as u64);
        write_floats(out, &self.means);
        write_floats(out, &self.centres);
        self.table.write(out);
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let dim = input.varint()? as usize;
        let parts = input.varint()? as usize;
        let kept = input.varint()? as usize;
        let clusters = input.varint()? as usize;
        if parts == 0 || parts > 6 || !dim.is_multiple_of(parts) || dim > 1024 || clusters > 1 << 16 {
            return Err("model file has malformed word codes".into());
        }
        let means = read_floats(input, clusters * dim)?;
        let centres = read_floats(input, parts * CENTRES * (dim / parts))?;
        Ok(WordCodes { table: Retrieval::read(input)?, dim, parts, means, centres, kept })
    }
}

/// Floats as bytes: a scale, then each value rounded to a multiple of it in
/// one signed byte (the largest magnitude is 127 of them).
pub(crate) fn write_floats(out: &mut Writer, values: &[f32]) {
    let largest = values.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    out.raw(&scale.to_le_bytes());
    let bytes: Vec<u8> = values.iter().map(|v| (v / scale).round() as i8 as u8).collect();
    out.raw(&bytes);
}

/// Reads `count` floats written by [`write_floats`].
pub(crate) fn read_floats(input: &mut Reader<'_>, count: usize) -> Result<Vec<f32>, String> {
    let scale = f32::from_le_bytes(input.raw(4)?.try_into().map_err(|_| "model file is truncated")?);
    if !scale.is_finite() {
        return Err("model file has a malformed weight scale".into());
    }
    Ok(input.raw(count)?.iter().map(|&b| b as i8 as f32 * scale).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_find_their_cluster_mean_plus_residual_after_a_round_trip() {
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}")).collect();
        let codes: Vec<Vec<u8>> = (0..3000).map(|i| vec![(i % 256) as u8, (i / 256) as u8]).collect();
        let centre = |i: usize| (i % 97) as f32 / 97.0 - 0.5;
        let means: Vec<f32> = (0..3 * 4).map(|i| i as f32 / 24.0).collect();
        let table = WordCodes::new(&words, &codes, 4, means, (0..2 * 256 * 2).map(centre).collect());
        let mut w = Writer::default();
        table.write(&mut w);
        let bytes = w.into_bytes();
        let read = WordCodes::read(&mut Reader::new(&bytes)).unwrap();
        let v = read.vector("w5", 2).unwrap();
        let residual = [5 * 2, 5 * 2 + 1, 256 * 2, 256 * 2 + 1].map(centre);
        let expected: Vec<f32> = residual.iter().enumerate().map(|(j, r)| r + (8 + j) as f32 / 24.0).collect();
        for (a, b) in v.iter().zip(&expected) {
            assert!((a - b).abs() <= 0.5 / 127.0 + 0.5 / 127.0 * 11.0 / 24.0 + 1e-6, "{v:?} against {expected:?}");
        }
        assert!(read.vector("w5", 3).is_none(), "a cluster beyond the means has no vector");
        assert!(read.kept() >= 2950);
        assert!(WordCodes::read(&mut Reader::new(&bytes[..bytes.len() - 2])).is_err());
    }
}
