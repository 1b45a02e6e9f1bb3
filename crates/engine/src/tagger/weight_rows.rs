//! The feature rows of the model file (each row: which tags a feature has a
//! weight for, and those weights on the quantised grid), range-coded.
//!
//! The tag set is coded tag by tag, in the context of the first and the last
//! tag set before it and how many (rows share a few patterns).
//! A weight is coded as a zero flag, a sign and an Elias-gamma magnitude, in
//! the context of its tag. The last weight of a row is coded as what the
//! row sums to: perceptron steps add to one tag what they take from another,
//! so a row's weights nearly cancel and that sum is small.

use super::range_coder::{BitCoder, Probability};
use super::N_TAGS;

/// Bits of a magnitude's length, the most a row's number can need.
const MAX_LENGTH: usize = 40;

/// One feature's weights, as (tag, weight in grid steps), in tag order.
pub(crate) type Row = Vec<(u8, i64)>;

/// The learnt probabilities, shared in the same order by encoder and decoder.
pub(crate) struct RowContexts {
    tags: Vec<Probability>,
    zero: Vec<Probability>,
    sign: Vec<Probability>,
    length: Vec<Probability>,
    low_bits: Vec<Probability>,
}

impl Default for RowContexts {
    fn default() -> Self {
        let slots = N_TAGS * 2;
        RowContexts {
            tags: vec![Probability::default(); N_TAGS * (N_TAGS + 1) * (N_TAGS + 1) * 4],
            zero: vec![Probability::default(); slots],
            sign: vec![Probability::default(); slots * 3],
            length: vec![Probability::default(); slots * MAX_LENGTH],
            low_bits: vec![Probability::default(); MAX_LENGTH * MAX_LENGTH],
        }
    }
}

impl RowContexts {
    /// Codes one row: an encoder writes `row` and gives it back; a decoder
    /// (given an empty row) reads one.
    pub fn code(&mut self, coder: &mut impl BitCoder, row: &[(u8, i64)]) -> Result<Row, String> {
        let set = self.code_tag_set(coder, row.iter().fold(0, |set, &(tag, _)| set | 1 << tag))?;
        let tags: Vec<u8> = (0..N_TAGS as u8).filter(|t| set >> t & 1 == 1).collect();
        let mut out = Vec::with_capacity(tags.len());
        let mut sum = 0i64;
        for (i, &tag) in tags.iter().enumerate() {
            let given = row.get(i).map_or(0, |e| e.1);
            let as_sum = i + 1 == tags.len() && i > 0;
            let slot = tag as usize * 2 + as_sum as usize;
            let offset = if as_sum { sum } else { 0 };
            let weight = self.code_number(coder, slot, sum.signum(), given + offset)? - offset;
            sum += weight;
            out.push((tag, weight));
        }
        Ok(out)
    }

    fn code_tag_set(&mut self, coder: &mut impl BitCoder, set: u32) -> Result<u32, String> {
        let (mut out, mut count) = (0u32, 0usize);
        for tag in 0..N_TAGS {
            let first = if out == 0 { N_TAGS } else { out.trailing_zeros() as usize };
            let last = if out == 0 { N_TAGS } else { 31 - out.leading_zeros() as usize };
            let context = ((tag * (N_TAGS + 1) + first) * (N_TAGS + 1) + last) * 4 + count.min(3);
            let has = coder.bit(&mut self.tags[context], set >> tag & 1 == 1)?;
            out |= (has as u32) << tag;
            count += has as usize;
        }
        if out == 0 {
            return Err("model file has a feature without weights".into());
        }
        Ok(out)
    }

    fn code_number(&mut self, coder: &mut impl BitCoder, slot: usize, sum_sign: i64, value: i64) -> Result<i64, String> {
        if coder.bit(&mut self.zero[slot], value == 0)? {
            return Ok(0);
        }
        let negative = coder.bit(&mut self.sign[slot * 3 + (sum_sign + 1) as usize], value < 0)?;
        let magnitude = value.unsigned_abs();
        let length = (63 - magnitude.max(1).leading_zeros()) as usize;
        let mut decoded_length = 0;
        while coder.bit(&mut self.length[slot * MAX_LENGTH + decoded_length], decoded_length < length)? {
            decoded_length += 1;
            if decoded_length + 1 >= MAX_LENGTH {
                return Err("model file has a malformed weight".into());
            }
        }
        let mut decoded = 1u64;
        for i in (0..decoded_length).rev() {
            let context = decoded_length * MAX_LENGTH + (decoded_length - 1 - i).min(MAX_LENGTH - 1);
            let bit = coder.bit(&mut self.low_bits[context], magnitude >> i & 1 == 1)?;
            decoded = decoded << 1 | bit as u64;
        }
        let decoded = decoded as i64;
        Ok(if negative { -decoded } else { decoded })
    }
}

#[cfg(test)]
mod tests {
    use super::super::range_coder::{RangeDecoder, RangeEncoder};
    use super::*;

    #[test]
    fn rows_round_trip() {
        let rows: Vec<Row> = vec![
            vec![(0, -13), (6, 13)],
            vec![(3, 4)],
            vec![(0, 7), (4, -4), (16, 900_000)],
            vec![(1, -1), (2, 1), (5, 0)],
            (0..N_TAGS as u8).map(|t| (t, t as i64 - 8)).collect(),
        ];
        let mut contexts = RowContexts::default();
        let mut encoder = RangeEncoder::default();
        for row in &rows {
            assert_eq!(&contexts.code(&mut encoder, row).unwrap(), row);
        }
        let bytes = encoder.finish();
        let mut contexts = RowContexts::default();
        let mut decoder = RangeDecoder::new(&bytes).unwrap();
        for row in &rows {
            assert_eq!(&contexts.code(&mut decoder, &[]).unwrap(), row);
        }
    }
}
