//! The little binary codec of the model file: LEB128 varints, sorted hash
//! keys cut to their top bits with their gaps range-coded, bit-packed values,
//! blocks, and readers that fail with a message instead of panicking.

use super::range_coder::{code_bit_tree, BitCoder, Probability, RangeDecoder, RangeEncoder};

/// The widest ids [`Writer::ids`] codes (its contexts take `2^width` slots).
const MAX_ID_WIDTH: u8 = 16;

/// Appends encoded values to a byte vector.
#[derive(Default)]
pub(crate) struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    pub fn raw(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    /// Sorted, distinct keys of `bits` bits each: the gaps between them,
    /// range-coded (see [`code_gap`]).
    pub fn keys(&mut self, keys: &[u32], bits: u8) {
        self.raw(&[bits]);
        self.varint(keys.len() as u64);
        let span = if bits >= 32 { 1u64 << 32 } else { 1u64 << bits };
        let k = rice_parameter(span / (keys.len() as u64 + 1));
        self.raw(&[k]);
        let (mut contexts, mut coder) = (GapContexts::default(), RangeEncoder::default());
        let mut last = 0u64;
        for &key in keys {
            code_gap(&mut coder, &mut contexts, k, key as u64 - last).expect("encoding cannot fail");
            last = key as u64;
        }
        self.block(&coder.finish());
    }

    /// Bytes with their length before them.
    pub fn block(&mut self, bytes: &[u8]) {
        self.varint(bytes.len() as u64);
        self.raw(bytes);
    }

    /// Numbers below `2^width`, range-coded in a bit tree (so frequent values cost fewer bits).
    pub fn ids(&mut self, values: &[u32], width: u8) {
        assert!(width <= MAX_ID_WIDTH, "ids of {width} bits");
        let mut contexts = vec![Probability::default(); 1 << width];
        let mut coder = RangeEncoder::default();
        for &value in values {
            code_bit_tree(&mut coder, &mut contexts, width, value).expect("encoding cannot fail");
        }
        self.block(&coder.finish());
    }

    /// Values of `width` bits each, bit-packed after their count (for values that look random).
    pub fn packed(&mut self, values: &[u64], width: u8) {
        self.varint(values.len() as u64);
        let mut bits_out = BitWriter::default();
        for &value in values {
            bits_out.push(value, width);
        }
        self.bytes.extend(bits_out.finish());
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// The Rice parameter for a mean gap: its base-2 logarithm, rounded down.
fn rice_parameter(mean_gap: u64) -> u8 {
    (63 - mean_gap.max(1).leading_zeros()) as u8
}

/// Unary steps of a gap's quotient with a context of their own; later steps share the last.
const UNARY_CONTEXTS: usize = 16;
/// Top bits of a gap's remainder coded in a bit tree (the rest have one context per bit).
const TREE_BITS: u8 = 3;

/// What [`code_gap`] has learnt about the gaps of one key list.
struct GapContexts {
    unary: [Probability; UNARY_CONTEXTS],
    tree: [Probability; 1 << TREE_BITS],
    low: [Probability; 32],
}

impl Default for GapContexts {
    fn default() -> Self {
        let p = Probability::default();
        GapContexts { unary: [p; UNARY_CONTEXTS], tree: [p; 1 << TREE_BITS], low: [p; 32] }
    }
}

/// Codes a gap between sorted hash keys as a Rice code does (its quotient
/// by `2^k` in unary, then the remainder's `k` bits), but each bit
/// range-coded in a context: gaps between random keys are geometric, and a
/// fixed Rice code spends up to a quarter bit more than their entropy.
fn code_gap(coder: &mut impl BitCoder, contexts: &mut GapContexts, k: u8, gap: u64) -> Result<u64, String> {
    let mut quotient = 0u64;
    while coder.bit(&mut contexts.unary[(quotient as usize).min(UNARY_CONTEXTS - 1)], gap >> k > quotient)? {
        quotient += 1;
        if quotient > u32::MAX as u64 >> k {
            return Err("model file has a malformed key list".into());
        }
    }
    let top = k.min(TREE_BITS);
    let low = k - top;
    let high = code_bit_tree(coder, &mut contexts.tree, top, (gap >> low) as u32 & ((1 << top) - 1))? as u64;
    let mut rest = 0;
    for i in (0..low).rev() {
        rest |= (coder.bit(&mut contexts.low[i as usize], gap >> i & 1 == 1)? as u64) << i;
    }
    Ok(quotient << k | high << low | rest)
}

/// Bits, least significant first, packed into bytes.
#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    pending: u64,
    count: u8,
}

impl BitWriter {
    fn push(&mut self, value: u64, width: u8) {
        for i in 0..width {
            self.pending |= ((value >> i) & 1) << self.count;
            self.count += 1;
            if self.count == 8 {
                self.bytes.push(self.pending as u8);
                self.pending = 0;
                self.count = 0;
            }
        }
    }

    fn finish(mut self) -> Vec<u8> {
        if self.count > 0 {
            self.bytes.push(self.pending as u8);
        }
        self.bytes
    }
}

/// Reads bits as [`BitWriter`] packs them.
struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    fn bit(&mut self) -> Result<u64, String> {
        let byte = self.bytes.get(self.at / 8).ok_or("model file is truncated")?;
        let bit = (byte >> (self.at % 8)) & 1;
        self.at += 1;
        Ok(bit as u64)
    }

    fn bits(&mut self, width: u8) -> Result<u64, String> {
        let mut value = 0;
        for i in 0..width {
            value |= self.bit()? << i;
        }
        Ok(value)
    }
}

/// Reads values back, in the order they were written.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, at: 0 }
    }

    pub fn raw(&mut self, len: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(len).filter(|&e| e <= self.bytes.len()).ok_or("model file is truncated")?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    pub fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.raw(1)?[0];
            value |= ((byte & 0x7f) as u64) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err("model file has a malformed number".into())
    }

    /// Keys written by [`Writer::keys`], and their width in bits.
    pub fn keys(&mut self) -> Result<(Vec<u32>, u8), String> {
        let bits = self.raw(1)?[0];
        if !(1..=32).contains(&bits) {
            return Err("model file has keys of a malformed width".into());
        }
        let count = self.varint()? as usize;
        let k = self.raw(1)?[0];
        if k > 32 {
            return Err("model file has a malformed key list".into());
        }
        let mut coder = RangeDecoder::new(self.block()?)?;
        let mut contexts = GapContexts::default();
        let mut keys = Vec::with_capacity(count.min(self.bytes.len() * 8));
        let mut last = 0u64;
        for _ in 0..count {
            last += code_gap(&mut coder, &mut contexts, k, 0)?;
            if last >= 1u64 << bits.min(32) {
                return Err("model file has a key out of range".into());
            }
            keys.push(last as u32);
        }
        Ok((keys, bits))
    }

    /// Bytes written by [`Writer::block`].
    pub fn block(&mut self) -> Result<&'a [u8], String> {
        let len = self.varint()?;
        self.raw(usize::try_from(len).map_err(|_| "model file has a malformed block")?)
    }

    /// `count` numbers written by [`Writer::ids`].
    pub fn ids(&mut self, count: usize, width: u8) -> Result<Vec<u32>, String> {
        if width > MAX_ID_WIDTH {
            return Err("model file has ids of a malformed width".into());
        }
        let mut coder = RangeDecoder::new(self.block()?)?;
        let mut contexts = vec![Probability::default(); 1 << width];
        (0..count).map(|_| code_bit_tree(&mut coder, &mut contexts, width, 0)).collect()
    }

    /// Values written by [`Writer::packed`] with the same `width`.
    pub fn packed(&mut self, width: u8) -> Result<Vec<u64>, String> {
        let count = self.varint()?;
        let bytes = count.checked_mul(width as u64).map(|bits| bits.div_ceil(8)).ok_or("model file has a malformed number")?;
        let bytes = self.raw(usize::try_from(bytes).map_err(|_| "model file is truncated")?)?;
        let mut bits_in = BitReader { bytes, at: 0 };
        (0..count).map(|_| bits_in.bits(width)).collect()
    }

    pub fn is_done(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let mut w = Writer::default();
        w.varint(300);
        w.block(b"abc");
        let bytes = w.into_bytes();
        let mut r = Reader::new(&bytes);
        assert_eq!(r.varint().unwrap(), 300);
        assert_eq!(r.block().unwrap(), b"abc");
        assert!(r.is_done());
        assert!(r.varint().is_err());
    }

    #[test]
    fn keys_and_packed_values_round_trip() {
        for (keys, bits) in [(vec![], 24), (vec![0, 1, 2, 16_777_215], 24), (vec![5, 4_000_000_000, u32::MAX], 32), (vec![3], 8)] {
            let mut w = Writer::default();
            w.keys(&keys, bits);
            w.packed(&[1023, 0, 512], 10);
            w.varint(7);
            let bytes = w.into_bytes();
            let mut r = Reader::new(&bytes);
            assert_eq!(r.keys().unwrap(), (keys.clone(), bits));
            assert_eq!(r.packed(10).unwrap(), [1023, 0, 512]);
            assert_eq!(r.varint().unwrap(), 7);
            assert!(r.is_done());
        }
    }

    #[test]
    fn a_truncated_key_list_is_an_error() {
        let mut w = Writer::default();
        w.keys(&[1, 900, 70_000], 24);
        let bytes = w.into_bytes();
        assert!(Reader::new(&bytes[..bytes.len() - 1]).keys().is_err());
    }
}
