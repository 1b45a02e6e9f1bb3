//! Awards and prizes, which CoNLL's news marks MISC (`Nobel Prize` 5 in 5,
//! `Oscars`): the tagger reads `Oscar` and `Tony` as the first names its
//! training news holds (20 times in 20), `Grammy` as a place and `Golden
//! Globe` or `Booker Prize` as a body's or a person's name.

use super::features::{is_capitalised, TokenView};
use super::spans::{is_unmarked_or_alone, put_mark_over};
use super::TaggedSpan;

/// Awards named in one word (in lower case).
const AWARDS: [&str; 10] = ["oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "tony", "tonys", "bafta", "baftas"];

/// Last words of a prize's name (`Booker Prize`, `Grammy Awards`).
const PRIZE_WORDS: [&str; 4] = ["prize", "prizes", "award", "awards"];

/// Words before an award's name that say it is the award (`won an Oscar`,
/// `a two-time Tony`), where a person's first name has none.
const BEFORE_AWARD: [&str; 18] = [
    "a", "an", "the", "his", "her", "their", "its", "won", "win", "wins", "winning", "first", "second", "third", "best", "two", "three",
    "four",
];

/// Words after an award's name that say it is the award (`Oscar winner`).
const AFTER_AWARD: [&str; 12] = [
    "winner",
    "winners",
    "nominee",
    "nominees",
    "nomination",
    "nominations",
    "ceremony",
    "statuette",
    "night",
    "race",
    "voters",
    "hopeful",
];

/// Makes MISC a mark of two words or more that ends with a prize's word
/// ([`PRIZE_WORDS`], capitalised) or is `Golden Globe`; and an award's name
/// of one word ([`AWARDS`]), unmarked or marked alone, that a word of
/// [`BEFORE_AWARD`] or a `-time` count comes before or a word of
/// [`AFTER_AWARD`] after, and no capitalised word after (`Tony Blair`,
/// `Oscar Pistorius`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn awards(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.end - s.start > 1) {
        let words = &views[span.start - offset..span.end - offset];
        let last = &words[words.len() - 1];
        let prize = is_capitalised(&last.word) && PRIZE_WORDS.contains(&last.lower.as_str());
        let golden_globe = matches!(words, [golden, globe] if golden.word == "Golden" && matches!(globe.word.as_str(), "Globe" | "Globes"));
        if prize || golden_globe {
            span.label = "MISC";
        }
    }
    for i in 0..views.len() {
        let (at, word) = (i + offset, &views[i]);
        let alone = is_unmarked_or_alone(spans, at);
        if !(alone && is_capitalised(&word.word) && AWARDS.contains(&word.lower.as_str())) {
            continue;
        }
        let before = i.checked_sub(1).map(|b| views[b].lower.as_str());
        let after = views.get(i + 1);
        let named_as_award = before.is_some_and(|b| BEFORE_AWARD.contains(&b) || b.ends_with("-time"))
            || after.is_some_and(|a| AFTER_AWARD.contains(&a.lower.as_str()));
        if named_as_award && !after.is_some_and(|a| is_capitalised(&a.word)) {
            put_mark_over(spans, at, at + 1, "MISC");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn awards_and_prizes_are_misc() {
        let lexicon = lexicon_listing(&[]);
        let table: [Row; 9] = [
            (&["the", "two-time", "Oscar", "winner"], vec![span(7, 8, "PER")], vec![span(7, 8, "MISC")]),
            (&["won", "a", "Grammy", "for"], vec![span(7, 8, "LOC")], vec![span(7, 8, "MISC")]),
            (&["a", "Tony", "nomination"], vec![], vec![ruled(6, 7, "MISC")]),
            (&["won", "the", "Booker", "Prize", "."], vec![span(7, 9, "PER")], vec![span(7, 9, "MISC")]),
            (&["a", "Golden", "Globe", "for"], vec![span(6, 8, "ORG")], vec![span(6, 8, "MISC")]),
            // First names, and a newspaper's `Globe`: as they are.
            (&["the", "Tony", "Blair", "Institute"], vec![span(6, 9, "ORG")], vec![span(6, 9, "ORG")]),
            (&["when", "Oscar", "arrived"], vec![span(6, 7, "PER")], vec![span(6, 7, "PER")]),
            (&["the", "Oscar", "Pistorius", "trial"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["the", "Boston", "Globe", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
        ];
        check(awards, &lexicon, &table);
    }
}
