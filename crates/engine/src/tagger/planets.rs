//! Planets, places beyond the lists (`rocks on Mars`, `a probe to Jupiter`):
//! the training news never names one, and the tagger leaves them unmarked.

use super::features::{is_capitalised, TokenView};
use super::spans::{is_unmarked_or_alone, put_mark_over};
use super::TaggedSpan;

/// Planets whose names are not also common words (`Earth`) or often people's
/// (`Venus` Williams, Freddie `Mercury`).
const PLANETS: [&str; 6] = ["mars", "jupiter", "saturn", "uranus", "neptune", "pluto"];

/// Words before a planet's name that say it is the planet (`on Mars`, `orbiting Jupiter`).
const BEFORE_PLANET: [&str; 9] = ["on", "to", "of", "from", "around", "orbit", "orbiting", "reach", "planet"];

/// Marks as a place a planet's name ([`PLANETS`], capitalised), unmarked or
/// marked alone, after a word of [`BEFORE_PLANET`] and not before another
/// capitalised word (`Mars Inc`, `the Jupiter Fund`). `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn planets(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for i in (1..views.len()).filter(|&i| is_capitalised(&views[i].word) && PLANETS.contains(&views[i].lower.as_str())) {
        let at = i + offset;
        let alone = is_unmarked_or_alone(spans, at);
        let named_after = BEFORE_PLANET.contains(&views[i - 1].lower.as_str());
        if alone && named_after && !views.get(i + 1).is_some_and(|v| is_capitalised(&v.word)) {
            put_mark_over(spans, at, at + 1, "LOC");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn planets_are_places() {
        let lexicon = lexicon_listing(&[]);
        let table: [Row; 5] = [
            (&["found", "rocks", "on", "Mars", "."], vec![], vec![ruled(8, 9, "LOC")]),
            (&["a", "probe", "to", "Jupiter", "in"], vec![span(8, 9, "PER")], vec![span(8, 9, "LOC")]),
            // A firm, a person, a name in a longer mark: as they are.
            (&["shares", "of", "Mars", "Inc", "rose"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["Mars", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["the", "Jupiter", "Fund", "fell"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
        ];
        check(planets, &lexicon, &table);
    }
}
