//! A static function from hashed keys to small values that stores no keys
//! (ribbon retrieval: Dietzfelbinger and Walzer 2019, Dillinger and Walzer
//! 2021). Each key names 64 consecutive slots and a random subset of them;
//! the slots are solved so that the XOR of each key's subset is its value.
//! It takes about one value's bits per key where a sorted key list takes
//! the value plus 7–8 bits of key; a few check bits per value tell most
//! unknown keys apart instead.

use super::codec::{Reader, Writer};

/// Slots a key's subset is drawn from.
const WIDTH: usize = 64;
/// Spare slots per hundred keys. With none, about 0.8 % of the keys (the
/// last-inserted ones, mostly) find no room and are left out; with 1 %
/// spare, 0.4 %. For the word clusters (with 5 check bits), 1 % spare did
/// not score higher on `eng.testa` (0.9253 against 0.9258) and took 3.7 KB more.
const SPARE_PERCENT: usize = 0;
/// The widest value with its check bits.
const MAX_BITS: u8 = 48;

/// Keys → values of `value_bits` bits, each stored with `check_bits` bits
/// of its key so that an unknown key finds nothing, but for one in
/// `2^check_bits`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Retrieval {
    slots: Vec<u64>,
    value_bits: u8,
    check_bits: u8,
}

/// splitmix64's finaliser: every output bit depends on every input bit.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A key's first slot (below `starts`), its subset of the 64 slots from
/// there (bit 0 always set), and its check bits.
fn key_row(key: u64, starts: usize, check_bits: u8) -> (usize, u64, u64) {
    let a = mix(key);
    let start = ((a as u128 * starts as u128) >> 64) as usize;
    let b = mix(a ^ 0x9e37_79b9_7f4a_7c15);
    (start, b | 1, a & ((1u64 << check_bits) - 1))
}

impl Retrieval {
    /// Stores `(key, value)` pairs, earlier pairs first: where a key finds no
    /// room it is left out, so pass the ones that matter most first. Returns
    /// the table and how many pairs it holds.
    pub fn build(entries: &[(u64, u64)], value_bits: u8, check_bits: u8) -> (Self, usize) {
        assert!(value_bits + check_bits <= MAX_BITS, "{value_bits} + {check_bits} bits do not fit a slot");
        if entries.is_empty() {
            return (Retrieval { slots: Vec::new(), value_bits, check_bits }, 0);
        }
        let len = (entries.len() + entries.len() * SPARE_PERCENT / 100).max(WIDTH);
        let starts = len - WIDTH + 1;
        // Gaussian elimination as the rows arrive: slot i keeps the one row whose first subset bit is i.
        let (mut rows, mut sums) = (vec![0u64; len], vec![0u64; len]);
        let mut kept = 0;
        for &(key, value) in entries {
            let (mut start, mut row, check) = key_row(key, starts, check_bits);
            let mut sum = value | (check << value_bits);
            loop {
                if rows[start] == 0 {
                    (rows[start], sums[start]) = (row, sum);
                    kept += 1;
                    break;
                }
                row ^= rows[start];
                sum ^= sums[start];
                if row == 0 {
                    // Already implied by the rows before it: kept if it agrees with them.
                    kept += usize::from(sum == 0);
                    break;
                }
                let skip = row.trailing_zeros();
                start += skip as usize;
                row >>= skip;
            }
        }
        let mut slots = vec![0u64; len];
        let mask = (1u64 << (value_bits + check_bits)) - 1;
        for i in (0..len).rev() {
            slots[i] = if rows[i] == 0 {
                // A free slot: anything solves the rows, and noise keeps unknown keys' sums uniform.
                mix(i as u64) & mask
            } else {
                sums[i] ^ subset_xor(&slots[i..], rows[i] & !1)
            };
        }
        (Retrieval { slots, value_bits, check_bits }, kept)
    }

    /// The value stored for `key`; for a key never stored, `None` (but for
    /// one in `2^check_bits`, a value at random).
    pub fn get(&self, key: u64) -> Option<u64> {
        if self.slots.len() < WIDTH {
            return None;
        }
        let (start, row, check) = key_row(key, self.slots.len() - WIDTH + 1, self.check_bits);
        let sum = subset_xor(&self.slots[start..], row);
        (sum >> self.value_bits == check).then_some(sum & ((1u64 << self.value_bits) - 1))
    }

    pub fn write(&self, out: &mut Writer) {
        out.raw(&[self.value_bits, self.check_bits]);
        out.packed(&self.slots, self.value_bits + self.check_bits);
    }

    pub fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let widths = input.raw(2)?;
        let (value_bits, check_bits) = (widths[0], widths[1]);
        if value_bits + check_bits > MAX_BITS || value_bits + check_bits == 0 {
            return Err("model file has a malformed value table".into());
        }
        let slots = input.packed(value_bits + check_bits)?;
        if !slots.is_empty() && slots.len() < WIDTH {
            return Err("model file has a malformed value table".into());
        }
        Ok(Retrieval { slots, value_bits, check_bits })
    }
}

/// XOR of the slots whose bits are set in `subset` (slot 0 is bit 0).
fn subset_xor(slots: &[u64], mut subset: u64) -> u64 {
    let mut sum = 0;
    while subset != 0 {
        sum ^= slots[subset.trailing_zeros() as usize];
        subset &= subset - 1;
    }
    sum
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(count: u64, salt: u64) -> Vec<u64> {
        (0..count).map(|i| mix(i | salt << 32)).collect()
    }

    #[test]
    fn keeps_nearly_every_key_and_rejects_nearly_every_other() {
        for count in [0, 1, 3, 100, 20_000] {
            let entries: Vec<(u64, u64)> = keys(count, 1).into_iter().enumerate().map(|(i, k)| (k, (i % 1024) as u64)).collect();
            let (table, kept) = Retrieval::build(&entries, 10, 5);
            let found = entries.iter().filter(|&&(k, v)| table.get(k) == Some(v)).count();
            assert_eq!(found, kept);
            assert!(kept as f64 >= 0.99 * count as f64, "{kept} of {count} kept");
            // The keys left out are the late ones.
            assert!(entries[..entries.len() * 9 / 10].iter().all(|&(k, v)| table.get(k) == Some(v)));
            let strangers = keys(10_000, 2);
            let false_hits = strangers.iter().filter(|&&k| table.get(k).is_some()).count();
            let expected = if count == 0 { 0.0 } else { 10_000.0 / 32.0 };
            assert!((false_hits as f64 - expected).abs() < 60.0, "{false_hits} unknown keys found, about {expected} expected");
        }
    }

    #[test]
    fn round_trips_through_bytes_and_rejects_damage() {
        let entries: Vec<(u64, u64)> = keys(500, 3).into_iter().map(|k| (k, k >> 30)).collect();
        let (table, _) = Retrieval::build(&entries, 34, 4);
        let mut w = Writer::default();
        table.write(&mut w);
        let bytes = w.into_bytes();
        assert_eq!(Retrieval::read(&mut Reader::new(&bytes)).unwrap(), table);
        assert!(Retrieval::read(&mut Reader::new(&bytes[..bytes.len() - 1])).is_err());
        assert!(Retrieval::read(&mut Reader::new(&[40, 9])).is_err());
    }
}
