//! Words for a people (`Zambian`, `Botswanan`, `Nepali`; `Black`,
//! `Latino`), which CoNLL's news marks MISC: the tagger, never having met
//! some of them, leaves them unmarked at a sentence's start (`Zambian
//! President Hakainde Hichilema`) or reads them as a person's or a place.

use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, is_noun_of, TokenView};
use super::spans::{is_unmarked, put_mark, put_mark_over};
use super::TaggedSpan;
use crate::quotes::PERSON_NOUNS;

/// Words for a people that is no country's, which news has capitalised
/// since the training news (1996) was written (`Black voters`: AP style since
/// 2020), and `Latino`, which that news never wrote.
const PEOPLES_OF_NO_COUNTRY: [&str; 7] = ["black", "latino", "latina", "latinx", "hispanic", "indigenous", "aboriginal"];

/// Nouns for people in numbers, which a word for a people describes (`Black
/// residents`), with [`PERSON_NOUNS`] (`Black lawmakers`).
const GROUP_NOUNS: [&str; 17] = [
    "people",
    "voter",
    "resident",
    "student",
    "men",
    "women",
    "man",
    "woman",
    "children",
    "family",
    "families",
    "community",
    "communities",
    "worker",
    "youth",
    "american",
    "neighborhood",
];

/// Marks MISC each word naming a listed country's people
/// ([`TokenView::names_a_people`]) that nothing marks, outside lines in
/// capitals; a mark stays (CoNLL's news marks `Bahraini village` a place).
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn peoples(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for i in (0..views.len()).filter(|&i| views[i].names_a_people && !views[i].caps_line) {
        let at = offset + i;
        if is_unmarked(spans, at, at + 1) {
            put_mark(spans, TaggedSpan { start: at, end: at + 1, label: "MISC", score: RULE_SCORE });
        }
    }
}

/// Marks MISC a word for a people of no country ([`PEOPLES_OF_NO_COUNTRY`]),
/// capitalised, before a noun for people ([`GROUP_NOUNS`], [`PERSON_NOUNS`];
/// `Black voters`, `Black and Hispanic students`), with the word `Americans`
/// after it (`Black Americans`); in place of marks of those words alone,
/// never inside a longer name (`Black Lives Matter`, `Jack Black`, `the
/// Black Sea`). Not before a verb (`Black said`). `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn peoples_of_no_country(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let people = |i: usize| {
        views.get(i).is_some_and(|v| !v.caps_line && is_capitalised(&v.word) && PEOPLES_OF_NO_COUNTRY.contains(&v.lower.as_str()))
    };
    let noun_for_people = |i: usize| {
        views.get(i).is_some_and(|v| {
            v.word.chars().next().is_some_and(char::is_lowercase)
                && (is_noun_of(&GROUP_NOUNS, &v.lower) || is_noun_of(PERSON_NOUNS, &v.lower))
        })
    };
    for i in (0..views.len()).filter(|&i| people(i)) {
        // The noun may follow a list of peoples (`Black and Hispanic students`).
        let mut next = i + 1;
        while views.get(next).is_some_and(|v| matches!(v.word.as_str(), "and" | "or" | ",")) && people(next + 1) {
            next += 2;
        }
        let americans = views.get(i + 1).is_some_and(|v| v.word == "Americans");
        let end = offset + i + if americans { 2 } else { 1 };
        let at = offset + i;
        let alone = spans.iter().filter(|s| s.start < end && at < s.end).all(|s| at <= s.start && s.end <= end);
        if (americans || noun_for_people(next)) && alone {
            put_mark_over(spans, at, end, "MISC");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::COUNTRIES;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn a_word_for_a_countrys_people_is_misc_where_nothing_marks_it() {
        let lexicon = lexicon_listing(&[(COUNTRIES, &["zambia", "bahrain", "togo"])]);
        let table: [Row; 4] = [
            (&["Zambian", "President", "Hakainde", "Hichilema"], vec![span(7, 9, "PER")], vec![ruled(5, 6, "MISC"), span(7, 9, "PER")]),
            (&["two", "Togolese", "soldiers"], vec![], vec![ruled(6, 7, "MISC")]),
            // Marked already; the country itself; capitals: as they are.
            (&["a", "Bahraini", "village"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
            (&["in", "Zambia", "today"], vec![], vec![]),
        ];
        check(peoples, &lexicon, &table);
    }

    #[test]
    fn a_word_for_a_people_of_no_country_before_people_is_misc() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 8] = [
            (&["among", "Black", "voters", "rose"], vec![span(6, 7, "LOC")], vec![span(6, 7, "MISC")]),
            (&["Latino", "lawmakers", "said"], vec![span(5, 6, "PER")], vec![span(5, 6, "MISC")]),
            (
                &["Black", "and", "Hispanic", "students"],
                vec![span(5, 6, "LOC"), span(7, 8, "MISC")],
                vec![span(5, 6, "MISC"), span(7, 8, "MISC")],
            ),
            (&["many", "Black", "Americans", "were"], vec![span(6, 8, "ORG")], vec![span(6, 8, "MISC")]),
            // Before a verb, in a longer name, or lower case: as they are.
            (&["Black", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Jack", "Black", "fans", "cheered"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
            (&["the", "Black", "Sea", "fleet"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            (&["the", "black", "voters"], vec![], vec![]),
        ];
        check(peoples_of_no_country, &lexicon, &table);
    }
}
