//! Name lists (first and last names, cities, countries, regions, companies)
//! stored as sorted hashes of their normalised phrases, so that the shipped
//! model carries them in a few hundred kilobytes.

use super::codec::{Reader, Writer};
use super::features::{fold_hash, hash_extend, hash_parts, HASH_START};
use super::{cut, key_width, recut, KeyMap};
use crate::token::tokenize;

/// Names of the lists, in the order of their ids (the order [`Gazetteer::from_phrases`] takes them in).
pub const LISTS: [&str; 6] = ["first-name", "last-name", "city", "country", "region", "company"];
/// Id of the first-name list.
pub(crate) const FIRST_NAMES: u8 = 0;
/// Id of the last-name list.
pub(crate) const LAST_NAMES: u8 = 1;
/// Id of the city list.
pub(crate) const CITIES: u8 = 2;
/// Id of the country list.
pub(crate) const COUNTRIES: u8 = 3;
/// Id of the region list.
pub(crate) const REGIONS: u8 = 4;
/// Id of the company list.
pub(crate) const COMPANIES: u8 = 5;
/// Endings that make a people's word of a country's name, and how many of
/// the word's letters each takes off to give the country (`Zambia` + `n`,
/// `Mali` + `an`, `Brazil` + `ian`, `Sudan` + `ese`, `Togo` + `lese`, `Nepal` + `i`).
const PEOPLE_ENDINGS: [(&str, usize); 6] = [("n", 1), ("an", 2), ("ian", 3), ("ese", 3), ("lese", 4), ("i", 1)];
const MAX_PHRASE_TOKENS: usize = 6;
/// Lists a phrase's set of lists (a byte) can name.
const MAX_LISTS: usize = 8;

/// Name lists as phrase hashes, each with the set of lists holding it.
///
/// ```
/// use newsmark_engine::tagger::Gazetteer;
/// let g = Gazetteer::from_phrases(&[vec!["James".into()]]);
/// assert_ne!(g, Gazetteer::default());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gazetteer {
    /// How many lists there are.
    list_count: usize,
    /// Phrase hash (its top bits) → bit set of the lists holding it.
    index: KeyMap<u8>,
    /// How far phrase hashes are shifted right to give keys (0 until written in fewer bits).
    shift: u32,
}

/// The normalised key of a phrase given as lowercased tokens.
fn phrase_hash(lowers: &[String]) -> u32 {
    let parts: Vec<&[u8]> = lowers.iter().map(|s| s.as_bytes()).collect();
    hash_parts(&parts)
}

fn phrase_key(phrase: &str) -> Option<u32> {
    let lowers: Vec<String> = tokenize(phrase).iter().map(|t| t.text.to_lowercase()).collect();
    (!lowers.is_empty() && lowers.len() <= MAX_PHRASE_TOKENS).then(|| phrase_hash(&lowers))
}

impl Gazetteer {
    /// Builds lists from phrases, one vector of phrases per list in [`LISTS`] order.
    pub fn from_phrases(lists: &[Vec<String>]) -> Self {
        assert!(lists.len() <= MAX_LISTS, "at most {MAX_LISTS} name lists");
        let mut index = KeyMap::default();
        for (list_id, phrases) in lists.iter().enumerate() {
            for key in phrases.iter().filter_map(|p| phrase_key(p)) {
                *index.entry(key).or_insert(0u8) |= 1 << list_id;
            }
        }
        Gazetteer { list_count: lists.len(), index, shift: 0 }
    }

    /// For each token, the (list, position) pairs of the longest phrase of each
    /// list that covers it. Positions: 0 single, 1 begin, 2 inside, 3 last.
    pub(crate) fn matches(&self, lowers: &[String]) -> Vec<Vec<(u8, u8)>> {
        let n = lowers.len();
        let mut out = vec![Vec::new(); n];
        let mut covered_until = vec![0usize; self.list_count];
        for start in 0..n {
            let longest = MAX_PHRASE_TOKENS.min(n - start);
            // The hashes of the phrases starting here, each extending the one a word shorter.
            let mut hashes = [0u32; MAX_PHRASE_TOKENS];
            let mut wide = HASH_START;
            for (slot, word) in hashes.iter_mut().zip(&lowers[start..start + longest]) {
                wide = hash_extend(wide, word.as_bytes());
                *slot = fold_hash(wide);
            }
            // Longest first, so that each list marks its longest phrase.
            for len in (1..=longest).rev() {
                let Some(&lists) = self.index.get(&cut(hashes[len - 1], self.shift)) else { continue };
                for (list_id, covered) in covered_until.iter_mut().enumerate() {
                    if start < *covered || lists & (1 << list_id) == 0 {
                        continue;
                    }
                    for (k, slot) in out[start..start + len].iter_mut().enumerate() {
                        let position = if len == 1 {
                            0
                        } else if k == 0 {
                            1
                        } else if k + 1 == len {
                            3
                        } else {
                            2
                        };
                        slot.push((list_id as u8, position));
                    }
                    *covered = start + len;
                }
            }
        }
        for slot in &mut out {
            crate::sort::sort(slot);
        }
        out
    }

    /// Whether a word (lowercased) names a listed country's people: the
    /// country's one-word name with a people's ending ([`PEOPLE_ENDINGS`]).
    ///
    /// ```
    /// use newsmark_engine::tagger::Gazetteer;
    /// let g = Gazetteer::from_phrases(&[vec![], vec![], vec![], vec!["Zambia".into(), "Togo".into()]]);
    /// assert!(g.names_a_people("zambian") && g.names_a_people("togolese"));
    /// assert!(!g.names_a_people("zambia") && !g.names_a_people("roman"));
    /// ```
    pub fn names_a_people(&self, lower: &str) -> bool {
        PEOPLE_ENDINGS.iter().any(|&(ending, cut_letters)| {
            lower.ends_with(ending)
                && lower.len() > cut_letters + 2
                && lower.is_char_boundary(lower.len() - cut_letters)
                && self.word_lists(&lower[..lower.len() - cut_letters]) & (1 << COUNTRIES) != 0
        })
    }

    /// The lists holding a single word (lowercased) as a phrase of its own, one bit per list.
    fn word_lists(&self, lower: &str) -> u8 {
        self.index.get(&cut(hash_parts(&[lower.as_bytes()]), self.shift)).copied().unwrap_or(0)
    }

    /// Whether a single word (lowercased) is on any list.
    pub(crate) fn lists_word(&self, lower: &str) -> bool {
        self.word_lists(lower) != 0
    }

    /// Writes the phrases once each, with keys of `bits` bits (or the fewer
    /// it holds), then each phrase's set of lists, range-coded (most
    /// phrases are on one list, and a phrase on several costs its key once).
    pub(crate) fn write(&self, out: &mut Writer, bits: u8) {
        let bits = key_width(bits, self.shift);
        let mut entries: Vec<(u32, u8)> = self.index.iter().map(|(&key, &lists)| (recut(key, self.shift, bits), lists)).collect();
        crate::sort::sort_by_key(&mut entries, |e| e.0);
        // Phrases whose cut keys coincide are one phrase on all their lists, as they would be when looked up.
        let mut merged: Vec<(u32, u8)> = Vec::with_capacity(entries.len());
        for (key, lists) in entries {
            match merged.last_mut() {
                Some(last) if last.0 == key => last.1 |= lists,
                _ => merged.push((key, lists)),
            }
        }
        out.varint(self.list_count as u64);
        out.keys(&merged.iter().map(|e| e.0).collect::<Vec<_>>(), bits);
        out.ids(&merged.iter().map(|e| e.1 as u32).collect::<Vec<_>>(), self.list_count.max(1) as u8);
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let list_count = input.varint()? as usize;
        if list_count > MAX_LISTS {
            return Err("model file has too many name lists".into());
        }
        let (keys, bits) = input.keys()?;
        let sets = input.ids(keys.len(), list_count.max(1) as u8)?;
        if sets.contains(&0) {
            return Err("model file has a name on no list".into());
        }
        let index = keys.into_iter().zip(sets.into_iter().map(|set| set as u8)).collect();
        Ok(Gazetteer { list_count, index, shift: 32 - bits as u32 })
    }
}

/// Writes sorted keys (hashes shifted right by `shift`) cut to `bits` bits; keys that coincide once cut are written once.
fn write_cut_keys(out: &mut Writer, keys: &[u32], shift: u32, bits: u8) {
    let mut cut_to: Vec<u32> = keys.iter().map(|&k| recut(k, shift, bits)).collect();
    cut_to.dedup();
    out.keys(&cut_to, bits);
}

/// First names that are (nearly) only women's or only men's in the US Census
/// lists, to resolve "she" and "he" to the right person.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NameGenders {
    female: Vec<u32>,
    male: Vec<u32>,
    /// How far name hashes are shifted right to give keys (0 until written in fewer bits).
    shift: u32,
}

fn name_key(name: &str) -> u32 {
    hash_parts(&[b"first-name", name.to_lowercase().as_bytes()])
}

impl NameGenders {
    /// From lists of names (for tests and tools).
    ///
    /// ```
    /// use newsmark_engine::{names::Gender, tagger::NameGenders};
    /// let g = NameGenders::from_names(&["Angela"], &["James"]);
    /// assert_eq!(g.gender("angela"), Some(Gender::Female));
    /// assert_eq!(g.gender("Rex"), None);
    /// ```
    pub fn from_names(female: &[&str], male: &[&str]) -> Self {
        let keys = |names: &[&str]| {
            let mut keys: Vec<u32> = names.iter().map(|n| name_key(n)).collect();
            crate::sort::sort(&mut keys);
            keys
        };
        NameGenders { female: keys(female), male: keys(male), shift: 0 }
    }

    /// The gender a first name points to, if it points to one.
    pub fn gender(&self, first_name: &str) -> Option<crate::names::Gender> {
        let key = cut(name_key(first_name), self.shift);
        if self.female.binary_search(&key).is_ok() {
            Some(crate::names::Gender::Female)
        } else if self.male.binary_search(&key).is_ok() {
            Some(crate::names::Gender::Male)
        } else {
            None
        }
    }

    /// Writes the names with keys of `bits` bits (or the fewer it holds).
    pub(crate) fn write(&self, out: &mut Writer, bits: u8) {
        let bits = key_width(bits, self.shift);
        for keys in [&self.female, &self.male] {
            write_cut_keys(out, keys, self.shift, bits);
        }
    }

    pub(crate) fn read(input: &mut Reader<'_>) -> Result<Self, String> {
        let (female, _) = input.keys()?;
        let (male, bits) = input.keys()?;
        Ok(NameGenders { female, male, shift: 32 - bits as u32 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins_and_positions_are_marked() {
        let g = Gazetteer::from_phrases(&[vec![], vec![], vec!["New York".into(), "York".into()]]);
        let lowers: Vec<String> = "in new york and york".split(' ').map(String::from).collect();
        let found = g.matches(&lowers);
        assert_eq!(found[1], [(2, 1)]);
        assert_eq!(found[2], [(2, 3)]);
        assert_eq!(found[4], [(2, 0)]);
        assert!(found[0].is_empty());
    }

    #[test]
    fn round_trips_through_bytes() {
        let g = Gazetteer::from_phrases(&[vec!["James".into()], vec!["Mattis".into(), "Smith".into()]]);
        let mut w = Writer::default();
        g.write(&mut w, 32);
        let bytes = w.into_bytes();
        assert_eq!(Gazetteer::read(&mut Reader::new(&bytes)).unwrap(), g);
        // With fewer bits, the same phrases still match.
        let mut w = Writer::default();
        g.write(&mut w, 20);
        let cut = Gazetteer::read(&mut Reader::new(&w.into_bytes())).unwrap();
        let lowers: Vec<String> = ["james", "smith", "rex"].map(String::from).to_vec();
        assert_eq!(cut.matches(&lowers), g.matches(&lowers));
    }
}
