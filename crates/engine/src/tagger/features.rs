//! Feature extraction for the entity tagger: every feature is a 32-bit hash of
//! a template name and its values, so no feature strings are ever stored.

use super::Lexicon;
use std::borrow::Cow;
use std::collections::HashMap;

/// The hash of no parts (FNV-1a's offset basis).
pub(crate) const HASH_START: u64 = 0xcbf2_9ce4_8422_2325;

/// A hash extended by one more part, with a separator so that ("ab","c") != ("a","bc").
pub(crate) fn hash_extend(mut h: u64, part: &[u8]) -> u64 {
    for &b in part {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^= 0xff;
    h.wrapping_mul(0x0100_0000_01b3)
}

/// FNV-1a over the parts (see [`hash_extend`]).
pub(crate) fn hash_parts_wide(parts: &[&[u8]]) -> u64 {
    parts.iter().fold(HASH_START, |h, part| hash_extend(h, part))
}

/// A wide hash folded to 32 bits.
pub(crate) fn fold_hash(h: u64) -> u32 {
    (h ^ (h >> 32)) as u32
}

/// [`hash_parts_wide`] folded to 32 bits.
pub(crate) fn hash_parts(parts: &[&[u8]]) -> u32 {
    fold_hash(hash_parts_wide(parts))
}

/// Collapsed word shape: `Mattis` -> `Xx`, `U.S.` -> `X.X.`, `1996` -> `d`.
pub(crate) fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars() {
        let class = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if last != Some(class) {
            out.push(class);
            last = Some(class);
        }
    }
    out
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// What the tagger knows about one token before it looks at tags.
pub struct TokenView {
    pub(crate) word: String,
    pub(crate) lower: String,
    pub(crate) shape: String,
    /// Gazetteer matches: for each list, the token's position in a matched phrase.
    pub(crate) gazetteer: Vec<(u8, u8)>,
    /// Whether the token's sentence is written in capitals (a headline).
    pub(crate) caps_line: bool,
    /// Whether the word, capitalised and on no list, names a listed country's people (`Zambian`); for
    /// the rules after tagging only, as the shipped model was trained without it.
    pub(crate) names_a_people: bool,
    /// (coarse, middle, fine) word cluster in each clustering.
    pub(crate) clusters: Vec<Option<(u8, u8, u16)>>,
}

impl TokenView {
    /// Where the token stands in a phrase of name list `list`: 0 a name of one word, 1 the first of
    /// several, 2 inside, 3 the last (each list marks one phrase at a token, its longest).
    pub(crate) fn list_position(&self, list: u8) -> Option<u8> {
        self.gazetteer.iter().find(|&&(l, _)| l == list).map(|&(_, position)| position)
    }
}

/// Whether `words` are one whole listed place: a city's, a country's or a region's (`Kenya`, `New Zealand`).
pub(crate) fn is_listed_place(words: &[TokenView]) -> bool {
    [super::gazetteer::CITIES, super::gazetteer::COUNTRIES, super::gazetteer::REGIONS]
        .into_iter()
        .any(|list| is_one_listed_name(words, list))
}

/// Whether a lowercased word is one of `nouns` or the plural of one (`centers`, `analysts`).
pub(crate) fn is_noun_of(nouns: &[&str], lower: &str) -> bool {
    nouns.contains(&lower) || lower.strip_suffix('s').is_some_and(|one| nouns.contains(&one))
}

/// Whether `words` are one whole name of list `list` (`Manhattan`, `New York`, `Congo`).
pub(crate) fn is_one_listed_name(words: &[TokenView], list: u8) -> bool {
    match words {
        [one] => one.list_position(list) == Some(0),
        [first, inner @ .., last] => {
            first.list_position(list) == Some(1)
                && last.list_position(list) == Some(3)
                && inner.iter().all(|v| v.list_position(list) == Some(2))
        }
        [] => false,
    }
}

/// Document-level knowledge, gathered as the tagger goes through the article.
#[derive(Default)]
pub struct DocumentMemory {
    /// Lowercased words seen in lowercase away from the start of a sentence.
    pub(crate) lowercase_words: std::collections::HashSet<String>,
    /// For capitalised words: counts of the entity types predicted so far (O, PER, ORG, LOC, MISC).
    pub(crate) history: HashMap<String, [u16; 5]>,
}

impl DocumentMemory {
    /// Notes every word written in lowercase inside a sentence.
    pub fn observe_lowercase(&mut self, words: &[&str]) {
        for w in words.iter().skip(1) {
            if w.chars().next().is_some_and(char::is_lowercase) {
                self.lowercase_words.insert(w.to_lowercase());
            }
        }
    }

    /// Records the entity type (0 for none) predicted for each capitalised word.
    pub fn record(&mut self, views: &[TokenView], types: &[u8]) {
        for (view, &t) in views.iter().zip(types) {
            self.count(&view.word, || view.lower.clone(), t);
        }
    }

    /// Like [`DocumentMemory::record`], from the words themselves (for a sentence not tagged again).
    pub fn record_words(&mut self, words: &[&str], types: &[u8]) {
        for (word, &t) in words.iter().zip(types) {
            let word = as_read(word);
            self.count(&word, || word.to_lowercase(), t);
        }
    }

    fn count(&mut self, word: &str, lower: impl FnOnce() -> String, t: u8) {
        if is_capitalised(word) && word.chars().count() > 1 {
            let counts = self.history.entry(lower()).or_default();
            counts[t as usize] = counts[t as usize].saturating_add(1);
        }
    }
}

/// A word as the tagger reads it: in the 1996 Reuters spelling the model
/// learnt from, with straight apostrophes inside it (`d’Ivoire`, `O’Brien`),
/// and without soft hyphens, which web pages that hyphenate leave invisible
/// in the text (`Pa\u{AD}ris` is `Paris`), nor a `+` that names a wider
/// group or a service after a name (`OPEC+`, `Disney+`: the news of 1996 has
/// none); a credit rating keeps it (`BBB+`).
fn as_read(word: &str) -> Cow<'_, str> {
    let named = |name: &&str| name.starts_with(char::is_alphabetic) && !name.chars().all(|c| matches!(c, 'A' | 'B' | 'C'));
    let word = word.strip_suffix('+').filter(named).unwrap_or(word);
    match conll_spelling(word) {
        spelled if spelled.contains(['\u{AD}', '’']) => Cow::Owned(spelled.replace('\u{AD}', "").replace('’', "'")),
        spelled => Cow::Borrowed(spelled),
    }
}

/// Today's spellings mapped to the 1996 Reuters ones the model learnt from.
fn conll_spelling(word: &str) -> &str {
    match word {
        "US" => "U.S.",
        "UK" => "U.K.",
        "UN" => "U.N.",
        "USA" => "U.S.",
        "Kyiv" => "Kiev",
        "Odesa" => "Odessa",
        "Mumbai" => "Bombay",
        "Kolkata" => "Calcutta",
        "Yangon" => "Rangoon",
        "Türkiye" => "Turkey",
        "“" | "”" => "\"",
        "—" | "–" => "--",
        _ => word,
    }
}

/// Words that introduce a person's name without being part of it.
const TITLES: &[&str] = &[
    "president",
    "secretary",
    "minister",
    "chancellor",
    "premier",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "general",
    "gen.",
    "senator",
    "sen.",
    "governor",
    "gov.",
    "ambassador",
    "commissioner",
    "director",
    "chief",
    "secretary-general",
    "chairman",
    "chairwoman",
    "mayor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "judge",
    "justice",
    "officer",
    "leader",
    "envoy",
    "deputy",
    "vice",
    "prime",
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "sergeant",
    "lieutenant",
    "lt.",
    "admiral",
    "coach",
    "manager",
    "striker",
    "analyst",
    "economist",
    "professor",
    "prof.",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
    "rep.",
    "representative",
    "attorney",
    "sheikh",
    "ayatollah",
    "cardinal",
    "bishop",
    "reverend",
    "rev.",
];

/// Whether a lowercased word is a title news writes before a name ([`TITLES`]).
pub(crate) fn is_title(lower: &str) -> bool {
    TITLES.contains(&lower)
}

/// Builds the per-token views of one sentence.
/// The tokens of a sentence as the tagger sees them.
pub fn views(words: &[&str], lexicon: &Lexicon) -> Vec<TokenView> {
    let words: Vec<Cow<'_, str>> = words.iter().map(|w| as_read(w)).collect();
    let lowers: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let matches = lexicon.gazetteer.matches(&lowers);
    let letters = words.iter().flat_map(|w| w.chars()).filter(|c| c.is_alphabetic());
    let (upper, total) = letters.fold((0, 0), |(u, t), c| (u + c.is_uppercase() as usize, t + 1));
    let caps_line = total > 3 && upper * 10 >= total * 8;
    words
        .iter()
        .zip(lowers)
        .zip(matches)
        .map(|((w, lower), gazetteer)| TokenView {
            word: (*w).to_string(),
            names_a_people: is_capitalised(w) && gazetteer.is_empty() && lexicon.gazetteer.names_a_people(&lower),
            shape: shape(w),
            caps_line,
            clusters: lexicon.clusters.iter().map(|c| c.lookup(&lower)).collect(),
            lower,
            gazetteer,
        })
        .collect()
}

const HISTORY_NAMES: [&[u8]; 5] = [b"O", b"PER", b"ORG", b"LOC", b"MISC"];

/// Features of token `i` that do not depend on the tags before it.
pub(crate) fn static_features(views: &[TokenView], i: usize, memory: &DocumentMemory, out: &mut Vec<u32>) {
    out.clear();
    let v = &views[i];
    let n = views.len();
    let lower_at = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < 0 {
            b"<s>"
        } else if j as usize >= n {
            b"</s>"
        } else {
            views[j as usize].lower.as_bytes()
        }
    };
    let shape_at = |k: isize| -> &[u8] {
        let j = i as isize + k;
        if j < 0 || j as usize >= n {
            b"_"
        } else {
            views[j as usize].shape.as_bytes()
        }
    };
    out.push(hash_parts(&[b"bias"]));
    out.push(hash_parts(&[b"w", v.word.as_bytes()]));
    out.push(hash_parts(&[b"l", v.lower.as_bytes()]));
    out.push(hash_parts(&[b"s", v.shape.as_bytes()]));
    let prefix_ends = v.word.char_indices().map(|(b, _)| b).skip(1).chain([v.word.len()]).take(4);
    for end in prefix_ends {
        out.push(hash_parts(&[b"p", &v.word.as_bytes()[..end]]));
    }
    let suffix_starts = v.lower.char_indices().rev().map(|(b, _)| b).take(4);
    for start in suffix_starts {
        out.push(hash_parts(&[b"x", &v.lower.as_bytes()[start..]]));
    }
    for (name, k) in [(&b"l-2"[..], -2), (b"l-1", -1), (b"l+1", 1), (b"l+2", 2)] {
        out.push(hash_parts(&[name, lower_at(k)]));
    }
    out.push(hash_parts(&[b"l-1l", lower_at(-1), lower_at(0)]));
    out.push(hash_parts(&[b"ll+1", lower_at(0), lower_at(1)]));
    out.push(hash_parts(&[b"s-1s", shape_at(-1), shape_at(0)]));
    out.push(hash_parts(&[b"ss+1", shape_at(0), shape_at(1)]));
    out.push(hash_parts(&[b"s-1ss+1", shape_at(-1), shape_at(0), shape_at(1)]));
    out.push(hash_parts(&[b"s-2", shape_at(-2)]));
    out.push(hash_parts(&[b"s+2", shape_at(2)]));
    if i == 0 {
        out.push(hash_parts(&[b"first", v.shape.as_bytes()]));
    }
    for (c, _) in v.clusters.iter().enumerate() {
        let c = c as u8;
        for k in -1..=1isize {
            let j = i as isize + k;
            let cluster = if j >= 0 && (j as usize) < n { views[j as usize].clusters[c as usize] } else { None };
            if let Some((coarse, middle, fine)) = cluster {
                let [f0, f1] = fine.to_le_bytes();
                out.push(hash_parts(&[b"c-fine", &[c, k as u8, f0, f1]]));
                out.push(hash_parts(&[b"c-mid", &[c, k as u8, middle]]));
                if k == 0 {
                    out.push(hash_parts(&[b"c-coarse", &[c, coarse]]));
                    out.push(hash_parts(&[b"c-fine-shape", &[c, f0, f1], v.shape.as_bytes()]));
                }
            } else if k == 0 {
                out.push(hash_parts(&[b"c-none", &[c], v.shape.as_bytes()]));
            }
        }
    }
    if v.caps_line {
        out.push(hash_parts(&[b"capsline", v.shape.as_bytes()]));
        out.push(hash_parts(&[b"capsline-l", v.lower.as_bytes()]));
    }
    for k in -1..=1isize {
        let j = i as isize + k;
        if j >= 0 && (j as usize) < n {
            let view = &views[j as usize];
            for &(list, position) in &view.gazetteer {
                out.push(hash_parts(&[b"gz", &[k as u8, list, position]]));
            }
            if is_title(&view.lower) {
                out.push(hash_parts(&[b"title", &[k as u8]]));
            }
        }
    }
    if is_capitalised(&v.word) {
        if memory.lowercase_words.contains(&v.lower) {
            out.push(hash_parts(&[b"seen-lower", &[(i == 0) as u8]]));
        }
        if let Some(counts) = memory.history.get(&v.lower) {
            let best = (0..5).max_by_key(|&t| (counts[t], t == 0)).unwrap_or(0);
            out.push(hash_parts(&[b"hist", HISTORY_NAMES[best]]));
            out.push(hash_parts(&[b"hist-s", HISTORY_NAMES[best], v.shape.as_bytes()]));
        }
    }
}

/// Features that depend on the two tags before token `i`.
pub(crate) fn tag_features(views: &[TokenView], i: usize, prev1: u8, prev2: u8, out: &mut Vec<u32>) {
    out.clear();
    out.push(hash_parts(&[b"t-1", &[prev1]]));
    out.push(hash_parts(&[b"t-2t-1", &[prev2, prev1]]));
    out.push(hash_parts(&[b"t-1l", &[prev1], views[i].lower.as_bytes()]));
    out.push(hash_parts(&[b"t-1s", &[prev1], views[i].shape.as_bytes()]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        for (word, expected) in [("Mattis", "Xx"), ("U.S.", "X.X."), ("1996-08-28", "d-d-d"), ("NATO", "X"), ("iPhone", "xXx")] {
            assert_eq!(shape(word), expected);
        }
    }

    #[test]
    fn words_are_read_as_the_training_news_spelled_them() {
        for (word, read) in [
            ("d’Ivoire", "d'Ivoire"),
            ("’s", "'s"),
            ("n’t", "n't"),
            ("Pa\u{AD}ris", "Paris"),
            ("US", "U.S."),
            ("”", "\""),
            ("Kyiv", "Kiev"),
            ("OPEC+", "OPEC"),
            ("Disney+", "Disney"),
            ("BBB+", "BBB+"),
            ("3+", "3+"),
        ] {
            assert_eq!(as_read(word), read);
        }
    }

    #[test]
    fn hash_separates_parts() {
        assert_ne!(hash_parts(&[b"ab", b"c"]), hash_parts(&[b"a", b"bc"]));
    }
}
