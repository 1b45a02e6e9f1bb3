//! Sporting games, which CoNLL's news marks MISC whole with the place that
//! holds them (`Atlanta Games` seven times, `Olympic Games`, `Paralympics`):
//! the tagger reads `Pan American Games` as a body, `Los Angeles` + `Games`
//! as a place and a body, and `the 2016 Rio Games` as a person.

use super::features::{is_capitalised, TokenView};
use super::gazetteer::{CITIES, COUNTRIES, REGIONS};
use super::spans::join_to_previous;
use super::TaggedSpan;

/// Last words of the names of games and races (`Boston Marathon`).
const GAMES: [&str; 5] = ["games", "olympics", "paralympics", "olympiad", "marathon"];

/// Makes the marks that end with the name of games ([`GAMES`], capitalised)
/// MISC: an organisation's or a place's always; a person's when a year
/// comes before it or a listed place opens it (a horse is `Mind Games` in
/// the racing results); `Games` or `Marathon` alone just after a place's mark
/// takes it in (`Berlin` + `Marathon`, as `Chicago Marathon` is one MISC).
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn games(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let view = |i: usize| &views[i - offset];
    let is_year = |i: usize| i >= offset && view(i).word.len() == 4 && view(i).word.chars().all(|c| c.is_ascii_digit());
    let is_place = |i: usize| [CITIES, COUNTRIES, REGIONS].into_iter().any(|list| view(i).list_position(list).is_some());
    let mut k = 0;
    while k < spans.len() {
        let span = &spans[k];
        let last = view(span.end - 1);
        if !is_capitalised(&last.word) {
            k += 1;
            continue;
        }
        let after_place = k > 0 && spans[k - 1].end == span.start && spans[k - 1].label == "LOC";
        if after_place && span.end - span.start == 1 && matches!(last.lower.as_str(), "games" | "marathon") {
            join_to_previous(spans, k);
            spans[k - 1].label = "MISC";
            continue;
        }
        // (`Marathon` alone is as often a firm, `shares of Marathon`.)
        let alone_marathon = span.end - span.start == 1 && last.lower == "marathon";
        if !GAMES.contains(&last.lower.as_str()) || alone_marathon {
            k += 1;
            continue;
        }
        let hosted = span.start > offset && is_year(span.start - 1) || is_place(span.start);
        if span.label != "PER" || hosted {
            spans[k].label = "MISC";
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, span, Row};

    #[test]
    fn games_are_misc_with_the_place_that_holds_them() {
        let lexicon = lexicon_listing(&[(CITIES, &["los angeles", "rio"])]);
        let table: [Row; 10] = [
            (&["the", "Pan", "American", "Games", "in"], vec![span(6, 9, "ORG")], vec![span(6, 9, "MISC")]),
            (&["the", "Los", "Angeles", "Games", "in"], vec![span(6, 8, "LOC"), span(8, 9, "ORG")], vec![span(6, 9, "MISC")]),
            (&["the", "2016", "Rio", "Games", "."], vec![span(7, 9, "PER")], vec![span(7, 9, "MISC")]),
            (&["the", "Berlin", "Marathon", "on"], vec![span(6, 7, "LOC"), span(7, 8, "MISC")], vec![span(6, 8, "MISC")]),
            // A firm of that name alone.
            (&["shares", "of", "Marathon", "Oil"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["shares", "of", "Marathon", "fell"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["in", "the", "Boston", "Marathon", "."], vec![span(7, 9, "ORG")], vec![span(7, 9, "MISC")]),
            // A horse; the Olympics apart from the city that holds them, as CoNLL's news writes them most.
            (&["favourite", "Mind", "Games", "won"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["the", "Tokyo", "Olympics", "in"], vec![span(6, 7, "LOC"), span(7, 8, "MISC")], vec![span(6, 7, "LOC"), span(7, 8, "MISC")]),
            // In lower case: no name.
            (&["the", "Lakers", "games", "in"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
        ];
        check(games, &lexicon, &table);
    }
}
