//! Where someone works, in news that quotes experts (`an analyst at
//! PFGBest`, `a professor at Stanford`): a firm or a university, which the
//! tagger reads as a place when it does not know the name.

use super::features::{is_listed_place, is_noun_of, TokenView};
use super::TaggedSpan;

/// Jobs done at a firm or a university, which news gives with `at` and the
/// employer (CoNLL's news: `analyst at` and `economist at` before
/// organisations only).
const EXPERTS: [&str; 13] = [
    "analyst",
    "economist",
    "strategist",
    "researcher",
    "professor",
    "lecturer",
    "scientist",
    "trader",
    "dealer",
    "broker",
    "partner",
    "fellow",
    "engineer",
];

/// Posts at the head of a firm, which news gives with `of` and the firm
/// (`the chief executive of Quora`, `a co-founder of Salesforce`).
const EXECUTIVES: [&str; 7] = ["executive", "ceo", "co-ceo", "chairman", "chairwoman", "founder", "co-founder"];

/// Makes an organisation of a place's or a one-word person's mark after an expert (from
/// [`EXPERTS`], singular or plural) and `at` (`a professor at Stanford`), or
/// after an executive ([`EXECUTIVES`]) and `of` (`the chief executive of Quora`),
/// unless it is a listed place (`an analyst at Singapore's exchange`).
/// `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn workplaces(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let at = span.start.wrapping_sub(offset + 1);
        let after_expert = at >= 1
            && at < views.len()
            && match views[at].lower.as_str() {
                "at" => is_noun_of(&EXPERTS, &views[at - 1].lower),
                "of" => is_noun_of(&EXECUTIVES, &views[at - 1].lower),
                _ => false,
            };
        // (A person's mark of one word: a firm's name, `analysts at Jefferies`; of more, a firm's named
        // after its founder, which CoNLL's news marks a person's: `analyst at Raymond James`.)
        let misread = span.label == "LOC" || (span.label == "PER" && span.end - span.start == 1);
        if misread && after_expert && !is_listed_place(&views[span.start - offset..span.end - offset]) {
            span.label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::CITIES;
    use crate::tagger::rule_table::{check, lexicon_listing, span, Row};

    #[test]
    fn an_expert_s_workplace_is_an_organisation() {
        let lexicon = lexicon_listing(&[(CITIES, &["singapore"])]);
        let table: [Row; 9] = [
            (&["an", "analyst", "at", "PFGBest", "in"], vec![span(8, 9, "LOC")], vec![span(8, 9, "ORG")]),
            (&["economists", "at", "Capital", "Economics"], vec![span(7, 9, "LOC")], vec![span(7, 9, "ORG")]),
            // A listed place, another word before `at`, or no place's mark: as it is.
            (&["an", "analyst", "at", "Singapore", "'s"], vec![span(8, 9, "LOC")], vec![span(8, 9, "LOC")]),
            (&["a", "passenger", "at", "Heathrow"], vec![span(8, 9, "LOC")], vec![span(8, 9, "LOC")]),
            (&["a", "professor", "at", "Stanford"], vec![span(8, 9, "PER")], vec![span(8, 9, "ORG")]),
            (&["chief", "executive", "of", "Quora", "will"], vec![span(8, 9, "LOC")], vec![span(8, 9, "ORG")]),
            (&["a", "co-founder", "of", "Salesforce"], vec![span(8, 9, "LOC")], vec![span(8, 9, "ORG")]),
            (&["the", "president", "of", "Kenbia"], vec![span(8, 9, "LOC")], vec![span(8, 9, "LOC")]),
            (&["an", "analyst", "at", "Raymond", "James"], vec![span(8, 10, "PER")], vec![span(8, 10, "PER")]),
        ];
        check(|spans, views, offset| workplaces(spans, views, offset), &lexicon, &table);
    }
}
