//! A person's other name, given after a comma: `General Mohamed Hamdan
//! Dagalo, known as Hemedti`, `Widodo, known as Jokowi`, `Mahmoud Abbas,
//! better known as Abu Mazen` (a person in CoNLL's news). The tagger, not
//! knowing the other name, reads it as a body's.

use super::features::TokenView;
use super::TaggedSpan;

/// Words that may come before `known as` (`better known as`).
const HOW_KNOWN: [&str; 4] = ["also", "better", "widely", "popularly"];

/// Makes a person of the mark right after `, known as` (or `, better known
/// as` …) that follows a person's mark. `spans` are one sentence's, sorted,
/// whose first token is `offset`.
pub(crate) fn nicknames(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let word = |i: Option<usize>| i.and_then(|i| views.get(i.checked_sub(offset)?)).map_or("", |v| v.lower.as_str());
    for k in 1..spans.len() {
        let back = |n: usize| spans[k].start.checked_sub(n);
        if word(back(2)) != "known" || word(back(1)) != "as" {
            continue;
        }
        let comma = if HOW_KNOWN.contains(&word(back(3))) { back(4) } else { back(3) };
        if word(comma) == "," && Some(spans[k - 1].end) == comma && spans[k - 1].label == "PER" {
            spans[k].label = "PER";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn the_name_a_person_is_known_by_is_the_person() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (
                &["Dagalo", ",", "known", "as", "Hemedti", ","],
                vec![span(5, 6, "PER"), span(9, 10, "ORG")],
                vec![span(5, 6, "PER"), span(9, 10, "PER")],
            ),
            (
                &["Abbas", ",", "better", "known", "as", "Abu", "Mazen"],
                vec![span(5, 6, "PER"), span(10, 12, "LOC")],
                vec![span(5, 6, "PER"), span(10, 12, "PER")],
            ),
            // Not after a person's mark, nor without the comma.
            (
                &["Forces", ",", "known", "as", "RSF", ","],
                vec![span(5, 6, "ORG"), span(9, 10, "ORG")],
                vec![span(5, 6, "ORG"), span(9, 10, "ORG")],
            ),
            (
                &["Bosnia", "known", "as", "Srpska", "."],
                vec![span(5, 6, "PER"), span(8, 9, "LOC")],
                vec![span(5, 6, "PER"), span(8, 9, "LOC")],
            ),
        ];
        check(|spans, views, offset| nicknames(spans, views, offset), &lexicon, &table);
    }
}
