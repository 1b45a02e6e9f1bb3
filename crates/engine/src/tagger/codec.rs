//! The little binary codec of the model file: LEB128 varints, sorted hash
//! keys cut to their top bits and Rice-coded, range-coded blocks, and
//! readers that fail with a message instead of panicking.

use super::range_coder::{code_bit_tree, Probability, RangeDecoder, RangeEncoder};

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
    /// Rice-coded (about two bits more than the log of the mean gap each).
    pub fn keys(&mut self, keys: &[u32], bits: u8) {
        self.raw(&[bits]);
        self.varint(keys.len() as u64);
        let span = if bits >= 32 { 1u64 << 32 } else { 1u64 << bits };
        let k = rice_parameter(span / (keys.len() as u64 + 1));
        self.raw(&[k]);
        let mut bits_out = BitWriter::default();
        let mut last = 0u64;
        for &key in keys {
            let gap = key as u64 - last;
            last = key as u64;
            for _ in 0..gap >> k {
                bits_out.push(1, 1);
            }
            bits_out.push(0, 1);
            bits_out.push(gap & ((1 << k) - 1), k);
        }
        self.bytes.extend(bits_out.finish());
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

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// The Rice parameter for a mean gap: its base-2 logarithm, rounded down.
fn rice_parameter(mean_gap: u64) -> u8 {
    (63 - mean_gap.max(1).leading_zeros()) as u8
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
        let mut bits_in = BitReader { bytes: &self.bytes[self.at..], at: 0 };
        let mut keys = Vec::with_capacity(count.min(self.bytes.len() * 8));
        let mut last = 0u64;
        for _ in 0..count {
            let mut high = 0u64;
            while bits_in.bit()? == 1 {
                high += 1;
            }
            last += (high << k) | bits_in.bits(k)?;
            if last >= 1u64 << bits.min(32) {
                return Err("model file has a key out of range".into());
            }
            keys.push(last as u32);
        }
        self.at += bits_in.at.div_ceil(8);
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
    fn keys_and_ids_round_trip() {
        for (keys, bits) in [(vec![], 24), (vec![0, 1, 2, 16_777_215], 24), (vec![5, 4_000_000_000, u32::MAX], 32), (vec![3], 8)] {
            let mut w = Writer::default();
            w.keys(&keys, bits);
            w.ids(&[1023, 0, 512], 10);
            w.varint(7);
            let bytes = w.into_bytes();
            let mut r = Reader::new(&bytes);
            assert_eq!(r.keys().unwrap(), (keys.clone(), bits));
            assert_eq!(r.ids(3, 10).unwrap(), [1023, 0, 512]);
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
