//! Names: which mentions name the same person or organisation, and the
//! gender a first name or a pronoun points to (used by the tagger's lexicon
//! and by the quote finder).

/// The gender a first name or a pronoun points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// she, her; Angela
    Female,
    /// he, him; James
    Male,
}

/// The fullest name for a mention among (label, text, start) candidates,
/// ordered longest first and then earliest first: the first that names it.
fn fullest_among(candidates: &[(&str, &str, usize)], label: &str, text: &str) -> String {
    let last_word = |s: &str| s.split_whitespace().last().map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_string());
    let target_last = last_word(text);
    let single = text.split_whitespace().count() == 1;
    candidates
        .iter()
        .filter(|c| c.0 == label)
        .find(|c| {
            // `Mattis` is `James Mattis`, but `Gregory Kowalski` is not `Margaret Kowalski`.
            if label == "PER" && single {
                last_word(c.1) == target_last || c.1.split_whitespace().any(|w| Some(w.to_string()) == target_last)
            } else if label == "PER" {
                last_word(c.1) == target_last && c.1.contains(text.trim_end_matches("'s").trim_end_matches("’s"))
            } else {
                c.1.contains(text)
            }
        })
        .map_or_else(|| text.to_string(), |c| c.1.to_string())
}

/// Each entity's fullest name: the longest mention of the same person
/// (`Mattis` → `James Mattis`) or, for other labels, the longest mention
/// containing it; computed once per distinct mention.
///
/// ```
/// use newsmark_engine::{document::{Entity, Source}, names::fullest_names};
/// let e = |text: &str| Entity { id: String::new(), start: 0, end: 0, label: "PER".into(), text: text.into(), source: Source::Model, score: None, reviewed: false };
/// assert_eq!(fullest_names(&[e("Mattis"), e("James Mattis"), e("Mattis")]), ["James Mattis"; 3]);
/// ```
pub fn fullest_names(entities: &[crate::document::Entity]) -> Vec<String> {
    use std::collections::HashMap;
    // Distinct mentions, each at its first position and then with its fullest name, stand for all their copies;
    // an index by word keeps big articles linear (only mentions sharing a word can match).
    fn without_possessive(word: &str) -> &str {
        word.trim_end_matches("'s").trim_end_matches("’s")
    }
    let mut distinct: HashMap<(&str, &str), (usize, String)> = HashMap::new();
    for e in entities {
        let at = &mut distinct.entry((e.label.as_str(), e.text.as_str())).or_insert((e.start, String::new())).0;
        *at = (*at).min(e.start);
    }
    // Mentions as (label, text, first start), found by (label, word).
    type Mention<'a> = (&'a str, &'a str, usize);
    let mut by_word: HashMap<(&str, &str), Vec<Mention>> = HashMap::new();
    for (&(label, text), &(start, _)) in &distinct {
        let mut words: Vec<&str> = text.split_whitespace().map(without_possessive).collect();
        crate::sort::sort(&mut words);
        words.dedup();
        for word in words {
            by_word.entry((label, word)).or_default().push((label, text, start));
        }
    }
    // (Longest first, then earliest: a mention's search stops at the first that names it, itself at the latest.)
    for mentions in by_word.values_mut() {
        crate::sort::sort_by_key(mentions, |m| (std::cmp::Reverse(m.1.split_whitespace().count()), m.2));
    }
    for (&(label, text), (_, fullest)) in distinct.iter_mut() {
        let key_word = text.split_whitespace().last().map_or("", without_possessive);
        let candidates = by_word.get(&(label, key_word)).map_or(&[][..], Vec::as_slice);
        *fullest = fullest_among(candidates, label, text);
    }
    entities.iter().map(|e| distinct[&(e.label.as_str(), e.text.as_str())].1.clone()).collect()
}

/// A gender that may be unknown, written `female`, `male` or `unknown`.
pub mod gender_or_unknown {
    use super::Gender;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Its name: `female`, `male` or `unknown`.
    pub fn name(gender: Option<Gender>) -> &'static str {
        match gender {
            Some(Gender::Female) => "female",
            Some(Gender::Male) => "male",
            None => "unknown",
        }
    }

    /// Writes it by [`name`].
    pub fn serialize<S: Serializer>(gender: &Option<Gender>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(name(*gender))
    }

    /// Reads `female`, `male`, `unknown` or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Gender>, D::Error> {
        match Option::<String>::deserialize(deserializer)?.as_deref() {
            Some("female") => Ok(Some(Gender::Female)),
            Some("male") => Ok(Some(Gender::Male)),
            Some("unknown") | None => Ok(None),
            Some(other) => Err(serde::de::Error::custom(format!("unknown gender {other:?} (expected female, male or unknown)"))),
        }
    }
}
