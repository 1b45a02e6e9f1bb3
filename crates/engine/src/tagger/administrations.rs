//! A leader's name before the government they lead: `the Trump
//! administration`, which CoNLL's news marks as it does `the Clinton
//! administration`, a person. The tagger, not knowing the name, reads it
//! as a place, as in `the U.S. administration`.

use super::features::{is_capitalised, is_listed_place, TokenView};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Makes a person of a one-word mark right before `administration` in lower
/// case, unless it is a listed place or in capitals (`the U.S.
/// administration`, `the EU administration`). `spans` are one sentence's,
/// whose first token is `offset`.
pub(crate) fn administrations(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.end - s.start == 1 && s.label != "PER") {
        let name = &views[span.start - offset..span.end - offset];
        let before_administration = views.get(span.end - offset).is_some_and(|v| v.word == "administration");
        if before_administration && is_capitalised(&name[0].word) && !is_all_caps(&name[0].word) && !is_listed_place(name) {
            span.label = "PER";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::COUNTRIES;
    use crate::tagger::rule_table::{check, lexicon_listing, span, Row};

    #[test]
    fn a_leaders_name_before_administration_is_a_person() {
        let lexicon = lexicon_listing(&[(COUNTRIES, &["kenya"])]);
        let table: [Row; 5] = [
            (&["the", "Trump", "administration", "said"], vec![span(6, 7, "LOC")], vec![span(6, 7, "PER")]),
            // A place, capitals, another noun, a capital `Administration`: as they are.
            (&["the", "Kenya", "administration", "said"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
            (&["the", "U.S.", "administration", "said"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
            (&["the", "Trump", "campaign", "said"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
            (&["the", "Food", "Administration", "said"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
        ];
        check(|spans, views, offset| administrations(spans, views, offset), &lexicon, &table);
    }
}
