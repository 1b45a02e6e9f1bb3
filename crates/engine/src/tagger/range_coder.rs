//! An adaptive binary range coder, the kind LZMA uses: each bit is coded
//! with a probability learnt from the bits coded before it in the same
//! context, so skewed and correlated fields cost a fraction of a byte
//! (gzip cannot see inside bit-packed fields; this can).

const PROBABILITY_BITS: u32 = 11;
/// How fast a context's probability follows its bits (a shift: 1/32 of the way).
const ADAPTATION: u32 = 5;
const TOP: u32 = 1 << 24;

/// The probability, out of 2^11, that the next bit of a context is 0.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Probability(u16);

impl Default for Probability {
    fn default() -> Self {
        Probability(1 << (PROBABILITY_BITS - 1))
    }
}

impl Probability {
    /// Where the range splits: below the bound codes a 0, from it on a 1.
    fn bound(self, range: u32) -> u32 {
        (range >> PROBABILITY_BITS) * self.0 as u32
    }

    fn learn(&mut self, bit: bool) {
        if bit {
            self.0 -= self.0 >> ADAPTATION;
        } else {
            self.0 += ((1 << PROBABILITY_BITS) - self.0) >> ADAPTATION;
        }
    }
}

/// Codes one bit in a context. An encoder writes `bit` and gives it back; a
/// decoder ignores it and gives back the bit it reads. A field's coding is
/// written once over this trait and serves both directions.
pub(crate) trait BitCoder {
    fn bit(&mut self, probability: &mut Probability, bit: bool) -> Result<bool, String>;
}

/// The part of `range` that a coded bit leaves.
fn narrowed(range: u32, bound: u32, bit: bool) -> u32 {
    if bit {
        range - bound
    } else {
        bound
    }
}

/// Writes bits; [`RangeEncoder::finish`] gives the bytes.
pub(crate) struct RangeEncoder {
    low: u64,
    range: u32,
    /// The byte waiting to go out, and how many bytes (it and 0xFF bytes after it) a carry may still change.
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Default for RangeEncoder {
    fn default() -> Self {
        RangeEncoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new() }
    }
}

impl RangeEncoder {
    fn shift_low(&mut self) {
        if (self.low as u32) < 0xFF00_0000 || self.low >> 32 != 0 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xFF;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00FF_FFFF) << 8;
    }

    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }
}

impl BitCoder for RangeEncoder {
    fn bit(&mut self, probability: &mut Probability, bit: bool) -> Result<bool, String> {
        let bound = probability.bound(self.range);
        if bit {
            self.low += bound as u64;
        }
        self.range = narrowed(self.range, bound, bit);
        probability.learn(bit);
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
        Ok(bit)
    }
}

/// Reads bits written by [`RangeEncoder`].
pub(crate) struct RangeDecoder<'a> {
    bytes: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl<'a> RangeDecoder<'a> {
    pub fn new(bytes: &'a [u8]) -> Result<Self, String> {
        let mut decoder = RangeDecoder { bytes, at: 0, range: u32::MAX, code: 0 };
        for _ in 0..5 {
            decoder.code = decoder.code << 8 | decoder.next_byte()? as u32;
        }
        Ok(decoder)
    }

    fn next_byte(&mut self) -> Result<u8, String> {
        let byte = *self.bytes.get(self.at).ok_or("model file is truncated")?;
        self.at += 1;
        Ok(byte)
    }
}

impl BitCoder for RangeDecoder<'_> {
    fn bit(&mut self, probability: &mut Probability, _: bool) -> Result<bool, String> {
        let bound = probability.bound(self.range);
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
        }
        self.range = narrowed(self.range, bound, bit);
        probability.learn(bit);
        while self.range < TOP {
            self.range <<= 8;
            self.code = self.code << 8 | self.next_byte()? as u32;
        }
        Ok(bit)
    }
}

/// Codes a number of `width` bits, most significant first, each bit in the
/// context of the bits above it (a bit tree: `contexts` holds `2^width`).
pub(crate) fn code_bit_tree(coder: &mut impl BitCoder, contexts: &mut [Probability], width: u8, value: u32) -> Result<u32, String> {
    let mut node = 1usize;
    for i in (0..width).rev() {
        let bit = coder.bit(&mut contexts[node], value >> i & 1 == 1)?;
        node = node << 1 | bit as usize;
    }
    Ok((node - (1 << width)) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn bits_round_trip(bits in proptest::collection::vec((any::<bool>(), 0usize..4), 0..2000)) {
            let mut contexts = [Probability::default(); 4];
            let mut encoder = RangeEncoder::default();
            for &(bit, context) in &bits {
                encoder.bit(&mut contexts[context], bit).unwrap();
            }
            let bytes = encoder.finish();
            let mut contexts = [Probability::default(); 4];
            let mut decoder = RangeDecoder::new(&bytes).unwrap();
            for &(bit, context) in &bits {
                prop_assert_eq!(decoder.bit(&mut contexts[context], false).unwrap(), bit);
            }
            prop_assert_eq!(decoder.at, bytes.len());
        }
    }

    #[test]
    fn skewed_bits_cost_far_less_than_a_bit_each() {
        let mut context = Probability::default();
        let mut encoder = RangeEncoder::default();
        for i in 0..80_000 {
            encoder.bit(&mut context, i % 50 == 0).unwrap();
        }
        assert!(encoder.finish().len() < 80_000 / 8 / 5);
    }

    #[test]
    fn bit_trees_round_trip_and_truncation_is_an_error() {
        let values = [0u32, 1023, 512, 7, 7, 7];
        let mut contexts = vec![Probability::default(); 1024];
        let mut encoder = RangeEncoder::default();
        for &v in &values {
            code_bit_tree(&mut encoder, &mut contexts, 10, v).unwrap();
        }
        let bytes = encoder.finish();
        let mut contexts = vec![Probability::default(); 1024];
        let mut decoder = RangeDecoder::new(&bytes).unwrap();
        for &v in &values {
            assert_eq!(code_bit_tree(&mut decoder, &mut contexts, 10, 0).unwrap(), v);
        }
        assert!(RangeDecoder::new(&bytes[..3]).is_err());
    }
}
