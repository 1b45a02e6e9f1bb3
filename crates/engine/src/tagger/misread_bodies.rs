//! Bodies the tagger reads as something else: names news gives often that
//! the news of 1996 never had (`Facebook`, `Hezbollah`), places named by a
//! body's noun and `of` or before `party`, and acronyms listed with an
//! organisation.

use super::aliases::RULE_SCORE;
use super::body_fields::PARTY_NOUNS;
use super::features::{is_capitalised, is_noun_of, TokenView};
use super::kinds::FIRM_KINDS;
use super::organisations::BODY_NOUNS;
use super::spans::{free_before, is_unmarked, put_mark};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Bodies that news names often and that the tagger, trained on the news of
/// 1996, takes for places, people or MISC or leaves unmarked: most named since
/// (`Facebook` LOC, `Google` PER, `Hezbollah` LOC, `Islamic Jihad` and `Al
/// Jazeera` PER, the `WHO`, which the tagger reads as `who`), some it never
/// saw (`Greenpeace` and `Oxfam` PER, `Arab League` MISC, as its leagues are sports';
/// `Homeland Security` cut to `Homeland`; `AU` LOC; the `International
/// Federation of Red Cross and Red Crescent Societies` cut in three), or
/// leaves unmarked before a title (`Pentagon spokesman`); the words of a name
/// of several joined by `_`.
const MISREAD_BODIES: &str =
    "WHO Google Facebook Twitter Instagram WhatsApp YouTube Snapchat Telegram Netflix Meta Nvidia ByteDance Tencent Baidu \
     OpenAI Anthropic SpaceX BioNTech Hezbollah al-Shabaab al-Qaeda al-Qaida ISIL Islamic_State Islamic_State_of_Iraq_and_the_Levant Islamic_Jihad Al_Jazeera Al_Arabiya Save_the_Children Greenpeace Oxfam Arab_League African_Union AU Homeland_Security Pentagon \
     International_Federation_of_Red_Cross_and_Red_Crescent_Societies";

/// Whether `word` spells `name`, a word of [`MISREAD_BODIES`]: in its case, or
/// capitalised unless the name is in capitals (`Who` is no `WHO`). (Compared
/// without allocating: the names are ASCII, and this runs for every word of the article.)
fn spells(name: &str, word: &str) -> bool {
    word == name || (!is_all_caps(name) && word.eq_ignore_ascii_case(name) && is_capitalised(word))
}

/// Whether `word` is the name of one word of a body of [`MISREAD_BODIES`] (`Google`).
pub(crate) fn is_misread_body(word: &str) -> bool {
    MISREAD_BODIES.split_whitespace().any(|name| spells(name, word))
}

/// Marks as an organisation each name of [`MISREAD_BODIES`] (in its case, or
/// capitalised) that is unmarked or marked as something else, not inside a
/// longer mark (`Google Maps`); a name in capitals only so and not in a line
/// in capitals (`Who`, `WHO WON`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn misread_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for name in MISREAD_BODIES.split_whitespace() {
        let words: Vec<&str> = name.split('_').collect();
        let in_capitals = is_all_caps(name);
        let spelt = |view: &TokenView, word: &str| spells(word, &view.word) && !(in_capitals && view.caps_line);
        for at in 0..views.len().saturating_sub(words.len() - 1) {
            let (start, end) = (offset + at, offset + at + words.len());
            let named = words.iter().zip(&views[at..]).all(|(word, view)| spelt(view, word));
            if named && spans.iter().all(|s| s.end <= start || end <= s.start || (start <= s.start && s.end <= end)) {
                put_mark(spans, TaggedSpan { start, end, label: "ORG", score: RULE_SCORE });
            }
        }
    }
}

/// Makes an organisation of a place's mark that opens with a body's or a
/// party's noun and `of` (`Alliance of Small Island States`, which the
/// tagger read as a place for its `States`; `Council of Europe`), and of a
/// place's or a person's mark just before the word `party` (`Her Morena
/// party`: CoNLL's training news has only organisations and MISC words,
/// `Democratic`, there), with the unmarked capitalised words after it
/// (`Pakistan` + `Tehreek-e-Insaf party`), or before it with `for` or `of`
/// (`the Alternative for Germany party`); and of a person's mark of two words
/// or more that ends with a body's noun (`Muslim Brotherhood`: no person's
/// name in CoNLL's news ends with one). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn bodies_read_as_places_or_people(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let free_from = free_before(spans, k, offset);
        let free_to = spans.get(k + 1).map_or(offset + views.len(), |next| next.start);
        let span = &mut spans[k];
        if !matches!(span.label, "LOC" | "PER") {
            continue;
        }
        // (`Pakistan` + `Tehreek-e-Insaf party`: the party's name goes on in unmarked capitalised words.)
        let mut end = span.end;
        while end < free_to && end - span.end < 3 && is_capitalised(&views[end - offset].word) {
            end += 1;
        }
        let party = views.get(end - offset).is_some_and(|v| v.word == "party");
        if party {
            span.end = end;
        }
        let first = &views[span.start - offset];
        let body = [&BODY_NOUNS[..], &PARTY_NOUNS].iter().any(|nouns| is_noun_of(nouns, &first.lower));
        // (`Muslim Brotherhood` PER: no person's name ends with a body's noun.)
        let person_named_as_body = span.label == "PER"
            && span.end - span.start >= 2
            && BODY_NOUNS.contains(&views[span.end - 1 - offset].lower.as_str())
            && is_capitalised(&views[span.end - 1 - offset].word);
        let named_body = span.label == "LOC"
            && span.end - span.start >= 3
            && body
            && is_capitalised(&first.word)
            && views[span.start + 1 - offset].word == "of";
        if named_body || party || person_named_as_body {
            span.label = "ORG";
        }
        // (`the Alternative for Germany party`: the party's name opens with unmarked words and `for`.)
        let capital = |i: usize| i >= free_from && is_capitalised(&views[i - offset].word);
        if party
            && span.start >= free_from + 2
            && matches!(views[span.start - 1 - offset].word.as_str(), "for" | "of")
            && capital(span.start - 2)
        {
            span.start -= 2;
            while span.start > free_from && capital(span.start - 1) {
                span.start -= 1;
            }
        }
    }
}

/// Marks as organisations the unmarked words in capitals listed with an
/// organisation (`AP, AFP and Reuters`, `BA and AA`): a list names things of
/// one kind, and the tagger knows the acronyms of few firms and agencies;
/// and one set off by commas after a body's or a firm's noun in lower case
/// (`Chile's national forestry agency, CONAF, said`). Not in a headline,
/// whose words are all in capitals. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn acronyms_listed_with_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    if views.first().is_none_or(|v| v.caps_line) {
        return;
    }
    let is_separator = |k: usize| matches!(views[k].word.as_str(), "," | "and" | "or");
    let is_acronym = |k: usize| {
        is_all_caps(&views[k].word) && views[k].word.chars().all(char::is_alphabetic) && is_unmarked(spans, offset + k, offset + k + 1)
    };
    // The next item of a list from word `k` in direction `step`, across `,`, `and`, `or` or `, and`.
    let next_item = |k: usize, step: isize| {
        let at = |n: isize| k.checked_add_signed(step * n).filter(|&i| i < views.len());
        let first = at(1).filter(|&i| is_separator(i))?;
        at(2).filter(|&i| is_separator(i) && views[first].word == ",").map_or(at(2), |_| at(3))
    };
    let body_noun = |k: usize| [&BODY_NOUNS[..], &FIRM_KINDS].iter().any(|nouns| nouns.contains(&views[k].word.as_str()));
    let set_off = |k: usize| k >= 2 && views[k - 1].word == "," && body_noun(k - 2) && views.get(k + 1).is_some_and(|v| v.word == ",");
    let mut found: Vec<usize> = (0..views.len()).filter(|&k| set_off(k) && is_acronym(k)).map(|k| offset + k).collect();
    for span in spans.iter().filter(|s| s.label == "ORG") {
        for (from, step) in [(span.start - offset, -1), (span.end - 1 - offset, 1)] {
            let mut k = from;
            while let Some(item) = next_item(k, step).filter(|&i| is_acronym(i)) {
                found.push(offset + item);
                k = item;
            }
        }
    }
    for at in found {
        if is_unmarked(spans, at, at + 1) {
            put_mark(spans, TaggedSpan { start: at, end: at + 1, label: "ORG", score: RULE_SCORE });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, ruled, span, Row};

    #[test]
    fn bodies_the_tagger_misreads_are_organisations() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 19] = [
            (&["posted", "on", "Facebook", "and", "Twitter"], vec![span(7, 8, "LOC")], vec![ruled(7, 8, "ORG"), ruled(9, 10, "ORG")]),
            (&["Al", "Jazeera", "reported"], vec![span(5, 7, "PER")], vec![ruled(5, 7, "ORG")]),
            (&["Save", "the", "Children", "said"], vec![], vec![ruled(5, 8, "ORG")]),
            (&["Greenpeace", "called", "it"], vec![span(5, 6, "PER")], vec![ruled(5, 6, "ORG")]),
            (&["Oxfam", "America", "president"], vec![span(5, 6, "PER"), span(6, 7, "LOC")], vec![ruled(5, 6, "ORG"), span(6, 7, "LOC")]),
            (&["Homeland", "Security", "Secretary", "Jeh"], vec![span(5, 6, "ORG")], vec![ruled(5, 7, "ORG")]),
            (&["Pentagon", "spokesman", "Steve", "Warren"], vec![span(7, 9, "PER")], vec![ruled(5, 6, "ORG"), span(7, 9, "PER")]),
            (&["by", "AU", "and", "government", "forces"], vec![span(6, 7, "LOC")], vec![ruled(6, 7, "ORG")]),
            (
                &["The", "International", "Federation", "of", "Red", "Cross", "and", "Red", "Crescent", "Societies", "said"],
                vec![span(6, 10, "ORG"), span(12, 14, "ORG"), span(14, 15, "ORG")],
                vec![ruled(6, 15, "ORG")],
            ),
            (&["Department", "of", "Homeland", "Security", "said"], vec![span(5, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (
                &["The", "Arab", "League", "and", "the", "African", "Union"],
                vec![span(6, 8, "MISC"), span(10, 12, "LOC")],
                vec![ruled(6, 8, "ORG"), ruled(10, 12, "ORG")],
            ),
            (
                &["Al-Qaeda", "and", "Islamic", "Jihad", "fought"],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![ruled(5, 6, "ORG"), ruled(7, 9, "ORG")],
            ),
            // A name that holds another (`Islamic State`) and a place the tagger marked.
            (
                &["from", "the", "Islamic", "State", "of", "Iraq", "and", "the", "Levant", "to"],
                vec![span(7, 11, "ORG"), span(13, 14, "LOC")],
                vec![ruled(7, 14, "ORG")],
            ),
            // Inside a longer mark, or in lower case: as it is.
            (&["opened", "Google", "Maps", "."], vec![span(6, 8, "MISC")], vec![span(6, 8, "MISC")]),
            (&["an", "Islamic", "state", "."], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
            (&["to", "google", "it"], vec![], vec![]),
            // A name in capitals: so written, outside a line in capitals.
            (&["The", "WHO", "chief", "said", "so"], vec![], vec![ruled(6, 7, "ORG")]),
            (&["Who", "said", "so", "?"], vec![], vec![]),
            (&["WHO", "WON", "THE", "CUP"], vec![], vec![]),
        ];
        check(misread_bodies, &lexicon, &table);
    }

    #[test]
    fn acronyms_listed_with_an_organisation_are_organisations() {
        let table: [Row; 8] = [
            (
                &["from", "AP", ",", "AFP", "and", "Reuters", "."],
                vec![span(10, 11, "ORG")],
                vec![ruled(6, 7, "ORG"), ruled(8, 9, "ORG"), span(10, 11, "ORG")],
            ),
            (&["Reuters", ",", "and", "AP", "said"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG"), ruled(8, 9, "ORG")]),
            (&["BA", "or", "AA", "flights"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG"), ruled(7, 8, "ORG")]),
            // Not beside a place, not a word in lower case or with digits, not in a headline.
            (&["US", "and", "UK", "troops"], vec![span(5, 6, "LOC")], vec![span(5, 6, "LOC")]),
            (&["Reuters", "and", "Ap", "or", "G7", "said"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            (&["REUTERS", "AND", "AP", "AT", "ODDS"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            // Set off by commas after a body's or a firm's noun in lower case; not after another word.
            (&["forestry", "agency", ",", "CONAF", ",", "said"], vec![], vec![ruled(8, 9, "ORG")]),
            (&["the", "chairman", ",", "JFK", ",", "said"], vec![], vec![]),
        ];
        check(acronyms_listed_with_bodies, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn a_place_named_by_a_body_s_noun_and_of_is_an_organisation() {
        let table: [Row; 9] = [
            (&["the", "Alliance", "of", "Small", "Island", "States"], vec![span(6, 11, "LOC")], vec![span(6, 11, "ORG")]),
            // Not another noun, nor a person's mark.
            (&["the", "Republic", "of", "Ireland", "said"], vec![span(6, 9, "LOC")], vec![span(6, 9, "LOC")]),
            (&["the", "Council", "of", "Europe"], vec![span(6, 9, "PER")], vec![span(6, 9, "PER")]),
            // A place or a person before the word `party`; not a MISC word.
            (&["Her", "Morena", "party", "won"], vec![span(6, 7, "LOC")], vec![span(6, 7, "ORG")]),
            (&["the", "Alternative", "for", "Germany", "party"], vec![span(8, 9, "LOC")], vec![span(6, 9, "ORG")]),
            (
                &["Khan", "'s", "Pakistan", "Tehreek-e-Insaf", "party"],
                vec![span(5, 6, "PER"), span(7, 8, "LOC")],
                vec![span(5, 6, "PER"), span(7, 9, "ORG")],
            ),
            (&["the", "Democratic", "party", "won"], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
            // A person's mark ending with a body's noun; not one word alone, nor the noun in lower case.
            (&["Muslim", "Brotherhood", "spokesman"], vec![span(5, 7, "PER")], vec![span(5, 7, "ORG")]),
            (&["Council", "said"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
        ];
        check(|spans, views, offset| bodies_read_as_places_or_people(spans, views, offset), &crate::tagger::Lexicon::default(), &table);
    }
}
