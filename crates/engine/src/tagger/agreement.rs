//! One reading of a name in an article: a mark the tagger doubts takes the
//! label it gave the same words with confidence elsewhere (`WTO` a place
//! before `Director-General`, an organisation in the next sentence). News
//! names one thing with one string within an article; the tagger's document
//! memory only leans that way, from the marks before.

use super::{TaggedSpan, ENTITY_TYPES};
use std::collections::HashSet;
use std::ops::Range;

/// Below this score a mark takes the confident reading of its words.
const DOUBTED: f32 = 0.8;
/// From this score a mark's reading is given to the doubted ones.
const CONFIDENT: f32 = 0.9;

/// Relabels each doubted mark ([`DOUBTED`]) whose words other marks hold
/// with confidence ([`CONFIDENT`]) and one other label, to that label. A
/// mark at a sentence's first word gives no reading: there the tagger is
/// sure of a person before `said` that is an organisation in the list
/// before (`Oxfam said`). `spans` sorted, over the article's `words`.
pub(crate) fn agree_labels(words: &[&str], sentences: &[Range<usize>], mut spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let opens_sentence = |at: usize| sentences.binary_search_by_key(&at, |s| s.start).is_ok();
    let confident: HashSet<(&[&str], &str)> =
        spans.iter().filter(|s| s.score >= CONFIDENT && !opens_sentence(s.start)).map(|s| (&words[s.start..s.end], s.label)).collect();
    for s in spans.iter_mut().filter(|s| s.score < DOUBTED) {
        if let Some(label) = one_reading(&confident, &words[s.start..s.end]) {
            s.label = label;
        }
    }
    spans
}

/// The label `readings` give `name`, if they give it exactly one.
pub(super) fn one_reading(readings: &HashSet<(&[&str], &str)>, name: &[&str]) -> Option<&'static str> {
    let mut labels = ENTITY_TYPES.into_iter().filter(|label| readings.contains(&(name, *label)));
    match (labels.next(), labels.next()) {
        (Some(label), None) => Some(label),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::scored as span;

    #[test]
    fn a_doubted_mark_takes_the_one_confident_reading_of_its_words() {
        let text = "The WTO Director-General spoke . He said the WTO would meet WTO staff . Oxfam and Gavi said . Oxfam said no";
        let words: Vec<&str> = text.split(' ').collect();
        let sentences = [0..5, 5..14, 14..18, 18..21];
        // (marks as tagged, labels expected)
        let table: [(Vec<TaggedSpan>, Vec<&str>); 7] = [
            // Doubted before a confident reading, and after one.
            (vec![span(1, 2, "LOC", 0.34), span(8, 9, "ORG", 1.0)], vec!["ORG", "ORG"]),
            (vec![span(1, 2, "ORG", 1.0), span(8, 9, "LOC", 0.34)], vec!["ORG", "ORG"]),
            // Neither confident enough, or the other not doubted: left.
            (vec![span(1, 2, "LOC", 0.34), span(8, 9, "ORG", 0.85)], vec!["LOC", "ORG"]),
            (vec![span(1, 2, "LOC", 0.85), span(8, 9, "ORG", 1.0)], vec!["LOC", "ORG"]),
            // Two confident readings: left.
            (vec![span(1, 2, "PER", 0.34), span(8, 9, "ORG", 1.0), span(11, 12, "LOC", 1.0)], vec!["PER", "ORG", "LOC"]),
            // Other words: left.
            (vec![span(14, 15, "ORG", 0.55), span(16, 17, "PER", 1.0)], vec!["ORG", "PER"]),
            // A confident reading at a sentence's first word gives nothing.
            (vec![span(14, 15, "ORG", 0.55), span(18, 19, "PER", 1.0)], vec!["ORG", "PER"]),
        ];
        for (tagged, expected) in table {
            let labels: Vec<&str> = agree_labels(&words, &sentences, tagged.clone()).iter().map(|s| s.label).collect();
            assert_eq!(labels, expected, "{tagged:?}");
        }
    }
}
