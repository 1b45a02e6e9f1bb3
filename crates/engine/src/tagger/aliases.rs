//! Person names after tagging: a first name alone takes the capitalised word
//! after it, a name the tagger split in two is joined, and a person named in
//! full is later (or earlier) called by a part of the name alone, as news
//! style does. (Titles and honorifics before names: `titles.rs`.)

use super::features::{is_capitalised, is_listed_place, views, TokenView};
use super::gazetteer::FIRST_NAMES;
use super::spans::{join_to_previous, join_touching};
use super::{Lexicon, TaggedSpan};
use std::collections::HashSet;
use std::ops::Range;

/// Extends a person marked by a listed first name alone (`Bill`) over the
/// capitalised word that follows it (`Gross`, which is also a common word),
/// and a person marked by one word over a Korean given name after it
/// (`Woo` and `Won-shik`, `Choi` and `Sang-mok`: the tagger knows few such
/// names at a sentence's start). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn complete_first_names(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    // Spans are sorted: the word after a span is free unless the next span starts there.
    for k in 0..spans.len() {
        let (span, next_span) = (&spans[k], spans.get(k + 1));
        let next = span.end - offset;
        if span.label == "PER"
            && span.end == span.start + 1
            && next < views.len()
            && next_span.is_none_or(|n| n.start != span.end)
            && ((views[next - 1].list_position(FIRST_NAMES).is_some() && surname_like(&views[next].word))
                || is_korean_given_name(&views[next].word))
        {
            spans[k].end += 1;
        }
    }
}

/// Words after a hyphen that make a compound, not a given name's second syllable (`Won-shik`).
const COMPOUND_ENDINGS: [&str; 8] = ["war", "led", "run", "era", "born", "like", "free", "wide"];

/// Whether a word is a Korean given name as news writes it: two syllables of
/// two to five letters joined by a hyphen, the first capitalised
/// (`Jae-myung`, `Ki-moon`); not a compound (`Iran-backed`, `Anti-war`).
fn is_korean_given_name(word: &str) -> bool {
    let Some((first, second)) = word.split_once('-') else { return false };
    let syllable = |part: &str| (2..=5).contains(&part.len()) && part.chars().skip(1).all(|c| c.is_ascii_lowercase());
    first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.len() <= 4
        && syllable(first)
        && syllable(second)
        && second.starts_with(|c: char| c.is_ascii_lowercase())
        && !second.ends_with("ed")
        && !COMPOUND_ENDINGS.contains(&second)
}

/// A word that may be a surname: capitalised letters, not all capitals.
pub(super) fn surname_like(word: &str) -> bool {
    is_capitalised(word) && word.chars().all(char::is_alphabetic) && word.chars().any(char::is_lowercase)
}

/// Joins person names that touch: the tagger sometimes ends a long or
/// unfamiliar name early and starts another (`Cellou` + `Dalein Diallo`).
/// `spans` are one sentence's: names on two lines (a credit line's, then the
/// next paragraph's) are two people.
pub(crate) fn join_touching_names(spans: &mut Vec<TaggedSpan>) {
    join_touching(spans, |previous, span| previous.label == "PER" && span.label == "PER");
}

/// The words that are a person's one-word mark somewhere in the article (`Assefa`).
fn lone_persons<'a>(words: &[&'a str], spans: &[TaggedSpan]) -> HashSet<&'a str> {
    spans.iter().filter(|s| s.label == "PER" && s.end - s.start == 1).map(|s| words[s.start]).collect()
}

/// Joins two touching one-word marks of a sentence into a person's when the
/// second is a person's one-word mark elsewhere in the article and the first
/// a word that may begin a name (`Ngozi` LOC + `Okonjo-Iweala` LOC, then
/// `Mrs. Okonjo-Iweala`; `Suu` + `Kyi`): the tagger cut an unfamiliar name in
/// two. Not after a people's word, a listed place or a word in capitals
/// (`American` + `Tyson`, `Kenya` + `Kwanza`). `sentences` are the article's,
/// as token ranges.
pub(crate) fn join_cut_person_names(
    words: &[&str],
    lexicon: &Lexicon,
    mut spans: Vec<TaggedSpan>,
    sentences: &[Range<usize>],
) -> Vec<TaggedSpan> {
    let lone_persons = lone_persons(words, &spans);
    let sentence_of = |token: usize| sentences.partition_point(|s| s.end <= token);
    let may_begin_a_name = |at: usize| surname_like(words[at]) && !is_listed_place(&views(&[words[at]], lexicon));
    let mut k = 1;
    while k < spans.len() {
        let (previous, span) = (&spans[k - 1], &spans[k]);
        let halves = previous.end == span.start && previous.end - previous.start == 1 && span.end - span.start == 1;
        let cut = halves
            && previous.label != "MISC"
            && sentence_of(previous.start) == sentence_of(span.start)
            && may_begin_a_name(previous.start)
            && lone_persons.contains(words[span.start]);
        if cut {
            spans[k - 1].label = "PER";
            join_to_previous(&mut spans, k);
        } else {
            k += 1;
        }
    }
    spans
}

/// Relabels as persons the single-word entities that repeat the last word of
/// a person's full name found in the same article, and marks such words the
/// tagger left unmarked (with a doubtful score: the rule, not the model, found them).
/// A body's or other name's mark of the full name's first word alone is the
/// person too (`Tedros Adhanom Ghebreyesus`, then `Tedros said`; `Xi`: CoNLL's
/// news has such a word a person 95 times in 101), unless the word is a listed
/// place (`Paris Hilton` in `Paris`, `Milan Rapaic` and the club `Milan`).
/// And the other way: a mark of two or three capitalised words that ends
/// with a person's one-word mark in the article is that person's full name
/// (`Ethiopia's Tigist Assefa` ORG, then `Assefa` PER; 807 times in 808 in
/// CoNLL's news).
pub(crate) fn link_person_names(words: &[&str], lexicon: &Lexicon, mut spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let lone_persons = lone_persons(words, &spans);
    for span in &mut spans {
        let name = &words[span.start..span.end];
        if (2..=3).contains(&name.len()) && name.iter().all(|w| is_capitalised(w)) && lone_persons.contains(words[span.end - 1]) {
            span.label = "PER";
        }
    }
    let full_names = || spans.iter().filter(|s| s.label == "PER" && s.end - s.start > 1);
    // (A surname may open with its Arabic article in lower case: `Omar al-Bashir`, then `al-Bashir said`.)
    let surnames: HashSet<&str> =
        full_names().map(|s| words[s.end - 1]).filter(|w| is_capitalised(w) || super::particles::has_surname_article(w)).collect();
    let given_names: HashSet<&str> = full_names().map(|s| words[s.start]).filter(|w| is_capitalised(w)).collect();
    if surnames.is_empty() {
        return spans;
    }
    for span in spans.iter_mut().filter(|s| s.end - s.start == 1 && s.label != "PER") {
        let word = words[span.start];
        let given = || given_names.contains(word) && !is_listed_place(&views(&[word], lexicon));
        if surnames.contains(word) || given() {
            span.label = "PER";
        }
    }
    let mut covered = vec![false; words.len()];
    for span in &spans {
        covered[span.start..span.end].fill(true);
    }
    let missed: Vec<TaggedSpan> = (0..words.len())
        .filter(|&i| !covered[i] && surnames.contains(words[i]))
        .map(|i| TaggedSpan { start: i, end: i + 1, label: "PER", score: RULE_SCORE })
        .collect();
    if !missed.is_empty() {
        spans.extend(missed);
        crate::sort::sort_by_key(&mut spans, |s| s.start);
    }
    spans
}

/// Score of a mark a rule adds where the tagger marked nothing.
pub(super) const RULE_SCORE: f32 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::{CITIES, COUNTRIES};
    use crate::tagger::rule_table::{lexicon_listing, span};

    #[test]
    fn a_listed_first_name_takes_the_capitalised_word_after_it() {
        let lexicon =
            crate::tagger::Lexicon::new(crate::tagger::Gazetteer::from_phrases(&[vec!["Bill".into()]]), Vec::new(), Default::default());
        let words = ["Bill", "Gross", "and", "Bill", "Sells", "Inc", "met", "Bill", "NATO", "Mike", "Smith", "."];
        let views = crate::tagger::features::views(&words, &lexicon);
        let mut spans = vec![
            span(10, 11, "PER"),
            span(13, 14, "PER"),
            span(14, 16, "ORG"),
            span(17, 18, "PER"),
            span(18, 19, "ORG"),
            span(19, 20, "PER"),
        ];
        complete_first_names(&mut spans, &views, 10);
        let marks: Vec<_> = spans.iter().map(|s| (s.start, s.end)).collect();
        // Bill Gross joined; Bill before a marked word, before capitals, and Mike (not listed) left alone.
        assert_eq!(marks, [(10, 12), (13, 14), (14, 16), (17, 18), (18, 19), (19, 20)]);
    }

    #[test]
    fn a_surname_takes_the_korean_given_name_after_it() {
        let words = ["Woo", "Won-shik", "met", "Choi", "Sang-mok", ",", "Assad", "Iran-backed", "and", "Kim", "Anti-war", "."];
        let views = crate::tagger::features::views(&words, &crate::tagger::Lexicon::default());
        let mut spans = vec![span(0, 1, "PER"), span(3, 4, "PER"), span(6, 7, "PER"), span(9, 10, "PER")];
        complete_first_names(&mut spans, &views, 0);
        let marks: Vec<_> = spans.iter().map(|s| (s.start, s.end)).collect();
        // Not a compound (`Iran-backed`, `Anti-war`).
        assert_eq!(marks, [(0, 2), (3, 5), (6, 7), (9, 10)]);
    }

    #[test]
    fn touching_person_names_are_joined() {
        let mut joined = vec![span(0, 1, "PER"), span(1, 3, "PER"), span(3, 4, "ORG"), span(5, 6, "PER"), span(6, 7, "LOC")];
        join_touching_names(&mut joined);
        assert_eq!(
            joined.iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>(),
            [(0, 3, "PER"), (3, 4, "ORG"), (5, 6, "PER"), (6, 7, "LOC")]
        );
    }

    #[test]
    fn surnames_follow_the_full_name() {
        let words = ["the", "Trump", "team", "met", "Donald", "Trump", "and", "Trump", "spoke", "."];
        let found = link_person_names(&words, &lexicon_listing(&[(CITIES, &["paris"])]), vec![span(1, 2, "LOC"), span(4, 6, "PER")]);
        let marks: Vec<_> = found.iter().map(|s| (s.start, s.end, s.label)).collect();
        assert_eq!(marks, [(1, 2, "PER"), (4, 6, "PER"), (7, 8, "PER")]);
        assert_eq!(found[2].score, RULE_SCORE);
        // A surname with its Arabic article in lower case.
        let words = ["Omar", "al-Bashir", "spoke", ".", "al-Bashir", "said"];
        let found = link_person_names(&words, &lexicon_listing(&[]), vec![span(0, 2, "PER")]);
        assert_eq!(found.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>(), [(0, 2), (4, 5)]);
    }

    #[test]
    fn a_full_names_first_word_alone_is_the_person_unless_a_listed_place() {
        let words = ["Tedros", "Adhanom", "Ghebreyesus", "spoke", ".", "Tedros", "said", "Paris", "Hilton", "left", "Paris", "."];
        let found = link_person_names(
            &words,
            &lexicon_listing(&[(CITIES, &["paris"])]),
            vec![span(0, 3, "PER"), span(5, 6, "ORG"), span(7, 9, "PER"), span(10, 11, "ORG")],
        );
        assert_eq!(found.iter().map(|s| (s.start, s.label)).collect::<Vec<_>>(), [(0, "PER"), (5, "PER"), (7, "PER"), (10, "ORG")]);
    }

    #[test]
    fn a_name_ending_with_a_persons_lone_mark_is_that_person() {
        let words =
            ["Ethiopia", "'s", "Tigist", "Assefa", "won", ".", "Assefa", "and", "World", "Athletics", "Assefa", "Tigist", "Assefa", "Inc"];
        let marks = vec![span(2, 4, "ORG"), span(6, 7, "PER"), span(8, 10, "ORG"), span(10, 14, "ORG")];
        let found = link_person_names(&words, &lexicon_listing(&[]), marks);
        assert_eq!(found.iter().map(|s| (s.start, s.label)).collect::<Vec<_>>(), [(2, "PER"), (6, "PER"), (8, "ORG"), (10, "ORG")]);
    }

    #[test]
    fn a_persons_name_cut_in_two_is_joined() {
        let words = [
            "led",
            "by",
            "Ngozi",
            "Okonjo-Iweala",
            ".",
            "Mrs.",
            "Okonjo-Iweala",
            "said",
            "Kenya",
            "Okonjo-Iweala",
            "Africa",
            "Okonjo-Iweala",
        ];
        let marks = vec![
            span(2, 3, "LOC"),
            span(3, 4, "LOC"),
            span(6, 7, "PER"),
            span(8, 9, "LOC"),
            span(9, 10, "LOC"),
            span(10, 11, "LOC"),
            span(11, 12, "LOC"),
        ];
        let sentences = [0..5, 5..11, 11..12];
        let joined = join_cut_person_names(&words, &lexicon_listing(&[(COUNTRIES, &["kenya"])]), marks, &sentences);
        let found = link_person_names(&words, &lexicon_listing(&[]), joined);
        // Not after a listed place, nor across a sentence's end.
        assert_eq!(
            found.iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>(),
            [(2, 4, "PER"), (6, 7, "PER"), (8, 9, "LOC"), (9, 10, "PER"), (10, 11, "LOC"), (11, 12, "PER")]
        );
    }

    #[test]
    fn other_types_and_single_names_are_left_alone() {
        let words = ["Paris", "Hilton", "visited", "Paris", "and", "Madonna", "sang", "."];
        let found = link_person_names(
            &words,
            &lexicon_listing(&[(CITIES, &["paris"])]),
            vec![span(0, 2, "PER"), span(3, 4, "LOC"), span(5, 6, "PER")],
        );
        assert_eq!(found.iter().map(|s| (s.start, s.label)).collect::<Vec<_>>(), [(0, "PER"), (3, "LOC"), (5, "PER")]);
    }
}
