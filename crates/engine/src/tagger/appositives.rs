//! A name described right after it by what it is (`Brakwa, a town near the
//! border`, `Velmora, a Nairobi-based company,`): the description's noun says
//! the label where the tagger, not knowing the name, reads a person's.

use super::features::TokenView;
use super::kinds::kind_label;
use super::TaggedSpan;

/// The most words of a description before its noun (`a small fishing village`).
const MOST_WORDS_BEFORE: usize = 4;

/// Words that may follow the description's noun: the description ends there.
const AFTER_NOUN: [&str; 13] = [",", ".", ";", "in", "near", "on", "outside", "that", "which", "whose", "with", "based", "from"];

/// Words that end a description before its noun (`a former adviser to the firm`).
const ENDS_BEFORE_NOUN: [&str; 9] = ["'s", "to", "of", "for", "at", "by", "and", "or", "who"];

/// The label that the description opening at `at` (`a`, `an` or `the`)
/// gives: its noun's, the first kind's noun ([`kind_label`])
/// within [`MOST_WORDS_BEFORE`] words and before a word that ends it
/// ([`AFTER_NOUN`]); none if such a word, a preposition or a possessive
/// ([`ENDS_BEFORE_NOUN`]) comes first.
fn described_label(views: &[TokenView], at: usize) -> Option<&'static str> {
    if !matches!(views.get(at)?.lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    for k in at + 1..(at + 2 + MOST_WORDS_BEFORE).min(views.len()) {
        let lower = views[k].lower.as_str();
        let Some(label) = kind_label(lower) else {
            if AFTER_NOUN.contains(&lower) || ENDS_BEFORE_NOUN.contains(&lower) {
                return None;
            }
            continue;
        };
        // (`a bank teller`: a kind's noun that does not end the description says nothing.)
        if views.get(k + 1).is_none_or(|next| AFTER_NOUN.contains(&next.lower.as_str())) {
            return Some(label);
        }
    }
    None
}

/// Gives a mark followed by a comma and a description of what it is the
/// description's label ([`described_label`]). `spans` are one sentence's,
/// whose first token is `offset`.
pub(crate) fn appositives(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let after = span.end - offset;
        if views.get(after).is_some_and(|v| v.word == ",") {
            if let Some(label) = described_label(views, after + 1) {
                span.label = label;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_name_takes_the_label_of_what_it_is_described_as() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 8] = [
            (&["Brakwa", ",", "a", "town", "near", "the", "border"], vec![span(5, 6, "PER")], vec![span(5, 6, "LOC")]),
            (
                &["Velmora", ",", "a", "Nairobi-based", "company", ",", "won"],
                vec![span(5, 6, "PER"), span(8, 9, "MISC")],
                vec![span(5, 6, "ORG"), span(8, 9, "MISC")],
            ),
            (
                &["in", "Kabul", ",", "the", "Afghan", "capital", "."],
                vec![span(6, 7, "ORG"), span(9, 10, "MISC")],
                vec![span(6, 7, "LOC"), span(9, 10, "MISC")],
            ),
            (&["Kaduna", ",", "the", "state", "capital", ","], vec![span(5, 6, "ORG")], vec![span(5, 6, "LOC")]),
            // The noun not ending the description, a possessive, too far: as it is.
            (&["Jones", ",", "a", "bank", "teller", ",", "said"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Smith", ",", "the", "company", "'s", "founder"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Okonjo", ",", "the", "group", "'s", "spokesman"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Lee", ",", "a", "former", "adviser", "to", "the", "firm", ","], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
        ];
        check(|spans, views, offset| appositives(spans, views, offset), &lexicon, &table);
    }
}
