//! Names that news writes after their kind: ships and spacecraft (`the
//! shuttle Discovery`, `the cruise ship Diamond Princess`), storms
//! (`Hurricane Helene`), diseases (`the Zika virus`) and broadcast
//! programmes (`programmes.rs`), which
//! CoNLL's guidelines mark MISC, the noun left out (its training text has
//! `Hurricane` unmarked and `Edouard` MISC). The tagger takes them for
//! places or people, or leaves them out. A name found
//! after its noun is marked there and wherever else the article writes it
//! (`Discovery's launch`, `the Discovery crew`, `Helene killed`).

use super::aliases::RULE_SCORE;
use super::features::is_capitalised;
use super::gazetteer::COUNTRIES;
use super::programmes::programme_names;
use super::{Lexicon, TaggedSpan};
use crate::quotes::{MONTHS, WEEKDAYS};
use std::collections::HashSet;

/// Nouns for a ship or a spacecraft that news writes before its name.
/// Not `carrier` (an airline, in business news) nor `probe` (an inquiry).
const CRAFT_NOUNS: [&str; 24] = [
    "shuttle",
    "spacecraft",
    "spaceship",
    "rover",
    "lander",
    "orbiter",
    "capsule",
    "ship",
    "warship",
    "battleship",
    "vessel",
    "tanker",
    "supertanker",
    "freighter",
    "ferry",
    "liner",
    "yacht",
    "submarine",
    "destroyer",
    "frigate",
    "cruiser",
    "trawler",
    "schooner",
    "icebreaker",
];

/// Whether a lowercased word is a craft's noun ([`CRAFT_NOUNS`]).
pub(super) fn is_craft_noun(lower: &str) -> bool {
    CRAFT_NOUNS.contains(&lower)
}

/// The longest name taken after a craft noun, or of a programme, in words.
pub(super) const MOST_NAME_WORDS: usize = 4;

/// Nouns for a storm, before its one-word name in any case (`Hurricane
/// Helene`, `typhoon Haiyan`); `storm` itself only after `tropical`.
const STORM_NOUNS: [&str; 3] = ["hurricane", "typhoon", "cyclone"];

/// Words that follow a kind's noun in a capital without naming it (`the
/// National Hurricane Center`); weekdays and months too ([`WEEKDAYS`], [`MONTHS`]: `the ship Monday`).
const NOT_NAMES: [&str; 6] = ["center", "centre", "season", "watch", "warning", "hunters"];

fn is_date_or_not_a_name(word: &str) -> bool {
    let lower = word.to_lowercase();
    [&NOT_NAMES[..], WEEKDAYS, MONTHS].iter().any(|list| list.contains(&lower.as_str()))
}

/// How many words a name after the word at `at` may have: a craft's up to
/// [`MOST_NAME_WORDS`], a storm's one; none if that word is no kind's noun.
/// (It runs on every word of an article at each re-tag, so it compares
/// without lowering a copy of the word.)
fn name_words_after(words: &[&str], at: usize) -> usize {
    let word = words[at];
    let storm = STORM_NOUNS.iter().any(|noun| word.eq_ignore_ascii_case(noun))
        || (word.eq_ignore_ascii_case("storm") && at > 0 && words[at - 1].eq_ignore_ascii_case("tropical"));
    if CRAFT_NOUNS.contains(&word) {
        MOST_NAME_WORDS
    } else {
        usize::from(storm)
    }
}

/// The name right after the kind's noun at `at`: capitalised words (numbers
/// after the first: `Apollo 11`), as many as [`name_words_after`] allows;
/// none if it is a date, a country (`the tanker Iran seized`) or a word
/// that follows such nouns in other names ([`NOT_NAMES`]).
fn name_after(words: &[&str], at: usize, lexicon: &Lexicon) -> Option<std::ops::Range<usize>> {
    let most = name_words_after(words, at);
    let start = at + 1;
    words.get(start).filter(|w| most > 0 && is_capitalised(w) && !is_date_or_not_a_name(w))?;
    let length = words[start..]
        .iter()
        .take(most)
        .enumerate()
        .take_while(|(k, w)| is_capitalised(w) || (*k > 0 && w.chars().all(|c| c.is_ascii_digit())))
        .count();
    (!is_country(&words[start..start + length], lexicon)).then_some(start..start + length)
}

/// Whether `name` is a listed country's whole name (`the tanker Iran seized`).
fn is_country(name: &[&str], lexicon: &Lexicon) -> bool {
    let lowers: Vec<String> = name.iter().map(|w| w.to_lowercase()).collect();
    lexicon.gazetteer.matches(&lowers).iter().enumerate().all(|(k, m)| m.contains(&(COUNTRIES, k as u8)))
}

/// Words that open a craft's name written before its noun (`the Perseverance
/// rover`, `its Juno spacecraft`, `India's Chandrayaan-3 spacecraft`).
const BEFORE_CRAFT_NAMES: [&str; 6] = ["the", "its", "their", "a", "an", "'s"];

/// Whether a word is one of [`BEFORE_CRAFT_NAMES`] in any case (`Their` opening a sentence).
fn is_before_craft_name(word: &str) -> bool {
    BEFORE_CRAFT_NAMES.iter().any(|before| word.eq_ignore_ascii_case(before))
}

/// The names written between a determiner or a possessive ([`BEFORE_CRAFT_NAMES`],
/// in any case: `Their Crew Dragon capsule`) and a craft noun in lower case
/// (`the Perseverance rover`): capitalised words that no mark holds but a
/// person's within them (`the Vikram lander`), as `the NASA spacecraft` and
/// `a Chinese ship` are marked, or any mark within them that opens right
/// after a possessive (`Boeing's Starliner capsule`), up to
/// [`MOST_NAME_WORDS`]; not a date nor a country.
fn crafts_named_before_their_noun<'w>(words: &'w [&str], spans: &[TaggedSpan], lexicon: &Lexicon) -> Vec<&'w [&'w str]> {
    let mut names = Vec::new();
    for noun in (1..words.len()).filter(|&i| CRAFT_NOUNS.contains(&words[i])) {
        let free = |i: usize| {
            spans.get(spans.partition_point(|s| s.end <= i)).is_none_or(|s| {
                i < s.start || (s.end <= noun && (s.label == "PER" || s.start.checked_sub(1).is_some_and(|b| words[b] == "'s")))
            })
        };
        let name = (noun.saturating_sub(MOST_NAME_WORDS)..noun)
            .rev()
            .take_while(|&i| is_capitalised(words[i]) && !is_before_craft_name(words[i]) && free(i))
            .last();
        let Some(start) = name.filter(|&start| start > 0 && is_before_craft_name(words[start - 1])) else { continue };
        if !is_country(&words[start..noun], lexicon) && !words[start..noun].iter().any(|w| is_date_or_not_a_name(w)) {
            names.push(&words[start..noun]);
        }
    }
    names
}

/// Nouns after a disease's name (`the Zika virus`, `Lassa fever`, `Lyme
/// disease`): CoNLL's training news marks diseases MISC (`AIDS`, `BSE`,
/// `Creutzfeldt-Jakob`), where the tagger took `Zika` for a person.
const DISEASE_NOUNS: [&str; 3] = ["virus", "fever", "disease"];

/// The names of one or two words that the tagger marked, with any label,
/// right before a disease's noun ([`DISEASE_NOUNS`]); not a country (`the
/// Iran virus outbreak`). Only marks: an unmarked capital opening a sentence
/// is a common word (`Yellow fever`).
fn diseases_named_before_their_noun<'w>(words: &'w [&str], spans: &[TaggedSpan], lexicon: &Lexicon) -> Vec<&'w [&'w str]> {
    let before_noun = |s: &&TaggedSpan| s.end - s.start <= 2 && words.get(s.end).is_some_and(|w| DISEASE_NOUNS.contains(w));
    spans.iter().filter(before_noun).map(|s| &words[s.start..s.end]).filter(|name| !is_country(name, lexicon)).collect()
}

/// Marks as MISC each name written right after a craft noun in lower case
/// ([`CRAFT_NOUNS`]) or a storm's noun ([`STORM_NOUNS`]) or before a craft
/// noun ([`crafts_named_before_their_noun`]) or a disease's
/// ([`diseases_named_before_their_noun`]), each programme's
/// name ([`programme_names`]), and every other
/// place the article (`words`) writes the same name, replacing the marks
/// inside it or from the kind's noun to its end (`Cyclone Nargis` as PER); a
/// mark that reaches beyond it (`Discovery Channel`) keeps that place as it is. `spans` are sorted and do not overlap. Linear in the
/// article: each word looks up the names it may start, marks are walked in order.
pub(crate) fn name_kinds(words: &[&str], lexicon: &Lexicon, spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let crafts = (0..words.len()).filter_map(|i| name_after(words, i, lexicon));
    let mut names: HashSet<&[&str]> = crafts.chain(programme_names(words, &spans)).map(|range| &words[range]).collect();
    names.extend(crafts_named_before_their_noun(words, &spans, lexicon));
    names.extend(diseases_named_before_their_noun(words, &spans, lexicon));
    if names.is_empty() {
        return spans;
    }
    // The longest name that starts at each word, places not overlapping.
    let mut named: Vec<TaggedSpan> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let longest = (1..=MOST_NAME_WORDS.min(words.len() - i)).rev().find(|&length| names.contains(&words[i..i + length]));
        match longest {
            Some(length) => {
                named.push(TaggedSpan { start: i, end: i + length, label: "MISC", score: RULE_SCORE });
                i += length;
            }
            None => i += 1,
        }
    }
    // Both lists are sorted and free of overlaps: walk them side by side.
    // A name's place is taken unless a mark reaches beyond it; the marks inside it go.
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len() + named.len());
    let mut next = 0;
    for name in named {
        while next < spans.len() && spans[next].end <= name.start {
            out.push(spans[next].clone());
            next += 1;
        }
        let inside = spans[next..].iter().take_while(|s| s.start < name.end).count();
        // (`Cyclone Nargis` marked as a person: a mark from the kind's noun to the name's end is the name's too.)
        let from = if name.start > 0 && name_words_after(words, name.start - 1) > 0 { name.start - 1 } else { name.start };
        if spans[next..next + inside].iter().all(|s| from <= s.start && s.end <= name.end) {
            next += inside;
            out.push(name);
        }
    }
    out.extend(spans[next..].iter().cloned());
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{lexicon_listing, span};

    fn lexicon() -> Lexicon {
        lexicon_listing(&[(COUNTRIES, &["iran"])])
    }

    /// The marks after the rule, as (words, label).
    fn crafts(text: &str, spans: Vec<TaggedSpan>) -> Vec<(String, &'static str)> {
        let words: Vec<&str> = text.split(' ').collect();
        name_kinds(&words, &lexicon(), spans).iter().map(|s| (words[s.start..s.end].join(" "), s.label)).collect()
    }

    fn marks(list: &[(&str, &'static str)]) -> Vec<(String, &'static str)> {
        list.iter().map(|(w, l)| (w.to_string(), *l)).collect()
    }

    #[test]
    fn a_craft_is_named_after_its_noun_and_wherever_else_the_article_names_it() {
        let text = "The space shuttle Discovery lifted off after Columbia was lost . Discovery 's crew and the shuttle Columbia";
        let tagged = vec![span(7, 8, "LOC"), span(17, 18, "LOC")];
        assert_eq!(
            crafts(text, tagged),
            marks(&[("Discovery", "MISC"), ("Columbia", "MISC"), ("Discovery", "MISC"), ("Columbia", "MISC")])
        );
        // Several words, a number after the first.
        assert_eq!(crafts("the cruise ship Diamond Princess docked", vec![span(3, 5, "PER")]), marks(&[("Diamond Princess", "MISC")]));
        assert_eq!(crafts("the spacecraft Apollo 11 landed", vec![]), marks(&[("Apollo 11", "MISC")]));
        // Before its noun, unmarked after a determiner.
        assert_eq!(
            crafts("its Perseverance rover found rocks . Perseverance landed in 2021", vec![]),
            marks(&[("Perseverance", "MISC"), ("Perseverance", "MISC")])
        );
        // After a possessive, a number in the name; a person's mark inside the name is the craft's.
        assert_eq!(
            crafts("India 's Chandrayaan-3 spacecraft landed", vec![span(0, 1, "LOC")]),
            marks(&[("India", "LOC"), ("Chandrayaan-3", "MISC")])
        );
        assert_eq!(crafts("the Vikram lander was healthy", vec![span(1, 2, "PER")]), marks(&[("Vikram", "MISC")]));
        // A mark of any kind right after a possessive; a determiner in capitals at a sentence's start.
        assert_eq!(
            crafts("after Boeing 's Starliner capsule returned", vec![span(1, 2, "ORG"), span(3, 4, "ORG")]),
            marks(&[("Boeing", "ORG"), ("Starliner", "MISC")])
        );
        assert_eq!(crafts(". Their Crew Dragon capsule docked", vec![span(2, 4, "PER")]), marks(&[("Crew Dragon", "MISC")]));
        // A storm: one word, the noun in any case, `storm` after `tropical`.
        assert_eq!(
            crafts("Hurricane Helene hit Florida . Helene killed 200", vec![span(1, 2, "PER"), span(3, 4, "LOC")]),
            marks(&[("Helene", "MISC"), ("Florida", "LOC"), ("Helene", "MISC")])
        );
        assert_eq!(crafts("as Tropical Storm Debby neared Tampa", vec![span(5, 6, "LOC")]), marks(&[("Debby", "MISC"), ("Tampa", "LOC")]));
        assert_eq!(crafts("a Storm Front song", vec![]), marks(&[]));
        // A mark from the noun to the name's end is the name's.
        assert_eq!(
            crafts("Cyclone Nargis struck Burma", vec![span(0, 2, "PER"), span(3, 4, "LOC")]),
            marks(&[("Nargis", "MISC"), ("Burma", "LOC")])
        );
    }

    #[test]
    fn a_disease_marked_before_its_noun_is_misc_wherever_the_article_names_it() {
        assert_eq!(
            crafts("the Zika virus spread . Zika and West Nile fever", vec![span(1, 2, "PER"), span(5, 6, "PER"), span(7, 9, "LOC")]),
            marks(&[("Zika", "MISC"), ("Zika", "MISC"), ("West Nile", "MISC")])
        );
        // Not a word the tagger left unmarked, a country, nor a name before another noun.
        assert_eq!(crafts("Yellow fever spread", vec![]), marks(&[]));
        assert_eq!(crafts("the Iran virus outbreak", vec![span(1, 2, "LOC")]), marks(&[("Iran", "LOC")]));
        assert_eq!(crafts("the Zika team", vec![span(1, 2, "PER")]), marks(&[("Zika", "PER")]));
    }

    #[test]
    fn not_a_date_a_country_a_longer_name_or_a_capitalised_noun() {
        assert_eq!(crafts("the tanker Iran seized", vec![span(2, 3, "LOC")]), marks(&[("Iran", "LOC")]));
        assert_eq!(crafts("the ship Monday was late", vec![]), marks(&[]));
        // Before its noun: a marked name (a body, a people), no determiner, a country.
        assert_eq!(crafts("the NASA spacecraft flew", vec![span(1, 2, "ORG")]), marks(&[("NASA", "ORG")]));
        assert_eq!(crafts("the Chinese ship docked", vec![span(1, 2, "MISC")]), marks(&[("Chinese", "MISC")]));
        assert_eq!(crafts("the Navy SEAL ship", vec![span(1, 3, "ORG")]), marks(&[("Navy SEAL", "ORG")]));
        assert_eq!(crafts("Rescue ship crews", vec![]), marks(&[]));
        assert_eq!(crafts("the Iran tanker", vec![]), marks(&[]));
        // `Discovery Channel` keeps its mark; the craft is marked after its noun.
        assert_eq!(
            crafts("the shuttle Discovery flew . Discovery Channel filmed", vec![span(5, 7, "ORG")]),
            marks(&[("Discovery", "MISC"), ("Discovery Channel", "ORG")])
        );
        // The noun in a capital is a name's own word (`Space Shuttle Program`).
        assert_eq!(crafts("the Shuttle Discovery flew", vec![]), marks(&[]));
        assert_eq!(crafts("the National Hurricane Center said", vec![span(1, 4, "ORG")]), marks(&[("National Hurricane Center", "ORG")]));
        // No kind's noun: nothing changes.
        assert_eq!(crafts("Columbia University said", vec![span(0, 2, "ORG")]), marks(&[("Columbia University", "ORG")]));
    }
}
