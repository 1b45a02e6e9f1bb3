//! Continents, which are places whatever comes before them: the tagger reads
//! a continent on from a MISC word before it as one more MISC name
//! (`sub-Saharan` + `Africa`), and the name lists hold no continent.

use super::features::TokenView;
use super::TaggedSpan;

/// Continents' names (`America` alone too: `Latin America` is one mark of two words).
const CONTINENTS: [&str; 6] = ["africa", "asia", "europe", "america", "oceania", "antarctica"];

/// Makes a place of a MISC mark that is a continent's name alone
/// ([`CONTINENTS`]). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn continents(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.label == "MISC" && s.end - s.start == 1) {
        if CONTINENTS.contains(&views[span.start - offset].lower.as_str()) {
            span.label = "LOC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_continent_marked_misc_alone_is_a_place() {
        let table: [Row; 3] = [
            (
                &["sub-Saharan", "Africa", "has", "lagged"],
                vec![span(5, 6, "MISC"), span(6, 7, "MISC")],
                vec![span(5, 6, "MISC"), span(6, 7, "LOC")],
            ),
            // Not a longer name, nor another word.
            (&["the", "Asia", "Cup", "final"], vec![span(6, 8, "MISC")], vec![span(6, 8, "MISC")]),
            (&["the", "Asian", "markets"], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
        ];
        check(|spans, views, offset| continents(spans, views, offset), &crate::tagger::Lexicon::default(), &table);
    }
}
