//! Laws and treaties, which CoNLL's news marks MISC (`Clean Air Act`,
//! `Comprehensive Test Ban Treaty`, `Lusaka Agreement`, `Peking Protocol`):
//! the tagger reads a law named after a body (`National Defense
//! Authorization Act`) as the body.

use super::features::{is_capitalised, TokenView};
use super::spans::free_before;
use super::TaggedSpan;

/// Last words of the names of laws, bills and treaties (CoNLL's training
/// news: `Brady Bill`, `Democratic National Convention` MISC 7 times in 8).
const LAWS: [&str; 8] = ["act", "bill", "treaty", "accord", "accords", "agreement", "protocol", "convention"];

/// The most unmarked capitalised words before a law's word that its name takes.
const MOST_WORDS_BEFORE_LAW: usize = 4;

/// Makes MISC an organisation's or a place's mark of two words or more that
/// ends with the name of a law or a treaty ([`LAWS`], capitalised); a mark of
/// the law's word alone first takes the unmarked capitalised words before it
/// (up to [`MOST_WORDS_BEFORE_LAW`]). A
/// person's stays (`Stuart Law` is a cricketer). `spans` are one sentence's,
/// whose first token is `offset`.
pub(crate) fn laws(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let free_from = free_before(spans, k, offset);
        let span = &mut spans[k];
        let word = &views[span.start - offset];
        if span.end - span.start == 1 && span.label != "PER" && is_capitalised(&word.word) && LAWS.contains(&word.lower.as_str()) {
            // (`1951 Mutual Defense` + `Treaty`: the tagger marked the law's word alone.)
            let name_word = |i: usize| is_capitalised(&views[i - offset].word) && views[i - offset].lower != "the";
            while span.start > free_from && span.end - span.start <= MOST_WORDS_BEFORE_LAW && name_word(span.start - 1) {
                span.start -= 1;
            }
        }
        let last = &views[span.end - 1 - offset];
        let names_a_law = span.end - span.start > 1 && is_capitalised(&last.word) && LAWS.contains(&last.lower.as_str());
        if names_a_law && matches!(span.label, "ORG" | "LOC") {
            span.label = "MISC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn laws_and_treaties_are_misc() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            (&["the", "National", "Defense", "Authorization", "Act", "."], vec![span(6, 10, "ORG")], vec![span(6, 10, "MISC")]),
            (&["the", "Treaty", "Principles", "Bill", "."], vec![span(6, 9, "ORG")], vec![span(6, 9, "MISC")]),
            (&["the", "1951", "Mutual", "Defense", "Treaty", ","], vec![span(9, 10, "ORG")], vec![span(7, 10, "MISC")]),
            (&["the", "Paris", "Agreement", "on"], vec![span(6, 8, "LOC")], vec![span(6, 8, "MISC")]),
            // A person's mark, one word alone, a word in lower case: as they are.
            (&["batsman", "Stuart", "Law", "hit"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["the", "Act", "says"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["the", "Acme", "act", "says"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
        ];
        check(|spans, views, offset| laws(spans, views, offset), &lexicon, &table);
    }
}
