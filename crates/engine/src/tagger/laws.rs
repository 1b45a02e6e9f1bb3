//! Laws and treaties, which CoNLL's news marks MISC (`Clean Air Act`,
//! `Comprehensive Test Ban Treaty`, `Lusaka Agreement`, `Peking Protocol`):
//! the tagger reads a law named after a body (`National Defense
//! Authorization Act`) as the body. And court cases (`Roe v. Wade`), which
//! the training news never named, read as their parties.

use super::features::{is_capitalised, TokenView};
use super::spans::{free_before, put_mark_over};
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

/// Words that join the words of a party's name in a court case (`Brown v.
/// Board of Education`, `Dobbs v. Jackson Women's Health Organization`).
const PARTY_JOINERS: [&str; 5] = ["of", "the", "'s", "and", "&"];

/// Makes one MISC mark of a court case, `X v. Y` (`Roe v. Wade`, `Trump v.
/// United States`): from the first party's mark, or its one capitalised word,
/// to the end of the second party's capitalised words (joined by
/// [`PARTY_JOINERS`]) or of a mark that runs on past them. Only the lawyer's
/// `v.`: a results line writes `England v Australia`, which stay two names.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn court_cases(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let capitalised = |i: usize| views.get(i).is_some_and(|v| is_capitalised(&v.word));
    for versus in (1..views.len()).filter(|&i| views[i].word == "v." && capitalised(i - 1) && capitalised(i + 1)) {
        let (before, at) = (offset + versus - 1, offset + versus);
        let start = spans.iter().find(|s| s.start <= before && before < s.end).map_or(before, |s| s.start.min(before));
        let mut end = versus + 2;
        loop {
            if capitalised(end) {
                end += 1;
            } else if PARTY_JOINERS.contains(&views.get(end).map_or("", |v| v.lower.as_str())) && capitalised(end + 1) {
                end += 2;
            } else {
                break;
            }
        }
        let end = spans.iter().filter(|s| s.start > at && s.start < offset + end).map(|s| s.end).fold(offset + end, usize::max);
        put_mark_over(spans, start, end, "MISC");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, ruled, span, Row};

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

    #[test]
    fn a_court_case_is_one_misc_mark() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 5] = [
            (&["Roe", "v.", "Wade", "was"], vec![span(5, 6, "PER"), span(7, 8, "PER")], vec![span(5, 8, "MISC")]),
            (&["in", "Trump", "v.", "United", "States", "that"], vec![span(6, 7, "LOC"), span(8, 10, "LOC")], vec![span(6, 10, "MISC")]),
            (&["Brown", "v.", "Board", "of", "Education", ","], vec![span(5, 10, "ORG")], vec![span(5, 10, "MISC")]),
            (&["Dobbs", "v.", "Jackson", "Women", "'s", "Health", "Organization"], vec![], vec![ruled(5, 12, "MISC")]),
            // A results line's `v`: two names.
            (&["England", "v", "Australia"], vec![span(5, 6, "LOC"), span(7, 8, "LOC")], vec![span(5, 6, "LOC"), span(7, 8, "LOC")]),
        ];
        check(court_cases, &lexicon, &table);
    }
}
