//! Words for a country's people (`Zambian`, `Botswanan`, `Nepali`), which
//! CoNLL's news marks MISC: the tagger, never having met some of them, leaves
//! them unmarked at a sentence's start (`Zambian President Hakainde
//! Hichilema`) or reads them as a person's.

use super::aliases::RULE_SCORE;
use super::features::TokenView;
use super::spans::{is_unmarked, put_mark};
use super::TaggedSpan;

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
}
