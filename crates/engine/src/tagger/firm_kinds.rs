//! Firms named right after what they are (`Danish company Novo Nordisk`,
//! `the British newspaper Guardian`, `drugmaker Eli Lilly`) or after their
//! shares (`shares of Boeing`): the tagger, not knowing the name, reads a
//! person's or a work's. In CoNLL's training news a name right after such a
//! noun is an organisation's 101 times in 103 (`insurer` once before a
//! person).

use super::features::TokenView;
use super::TaggedSpan;

/// Nouns for a kind of firm, club or body written just before its name.
/// (Not `party`: `party leader` comes between as often; not words in
/// `-maker` at large: `lawmaker`, `playmaker`; not `broker` nor `insurer`,
/// a person's job too; not `giant`, an adjective too.)
const FIRM_KINDS: [&str; 24] = [
    "company",
    "firm",
    "group",
    "bank",
    "lender",
    "agency",
    "daily",
    "newspaper",
    "broadcaster",
    "publisher",
    "club",
    "side",
    "conglomerate",
    "retailer",
    "carrier",
    "airline",
    "brokerage",
    "maker",
    "carmaker",
    "automaker",
    "drugmaker",
    "chipmaker",
    "planemaker",
    "steelmaker",
];

/// Words before `of` that say a firm's name follows (`shares of Boeing`).
const SHARE_WORDS: [&str; 3] = ["shares", "stock", "stake"];

/// Makes an organisation of the mark right after a kind of firm in lower
/// case ([`FIRM_KINDS`]) or after `shares of` ([`SHARE_WORDS`]); a kind that
/// opens the sentence with a capital and opens the mark is left out of it
/// (`Chipmaker Nvidia`). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn firms_after_their_kind(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let at = span.start - offset;
        let opening_kind = at == 0 && span.end - span.start > 1 && FIRM_KINDS.contains(&views[0].lower.as_str()) && !views[0].caps_line;
        let after_kind = at >= 1 && FIRM_KINDS.contains(&views[at - 1].word.as_str());
        let after_shares = at >= 2 && views[at - 1].word == "of" && SHARE_WORDS.contains(&views[at - 2].lower.as_str());
        // `France-registered`, `U.S.-based`: a word telling of the firm, not its name.
        let describes =
            views[at..span.end - offset].iter().any(|v| v.word.split('-').skip(1).any(|part| part.starts_with(char::is_lowercase)));
        if describes {
            continue;
        }
        if opening_kind {
            span.start += 1;
        }
        if opening_kind || after_kind || after_shares {
            span.label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_name_after_its_kind_of_firm_is_an_organisation() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 8] = [
            (
                &["Danish", "company", "Novo", "Nordisk", "."],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![span(5, 6, "MISC"), span(7, 9, "ORG")],
            ),
            (&["the", "newspaper", "Guardian", "said"], vec![span(7, 8, "MISC")], vec![span(7, 8, "ORG")]),
            (&["Shares", "of", "Boeing", "fell"], vec![span(7, 8, "MISC")], vec![span(7, 8, "ORG")]),
            (&["Chipmaker", "Nvidia", "rose"], vec![span(5, 7, "ORG")], vec![span(6, 7, "ORG")]),
            // A kind in capitals is a name's own word; `lawmaker` is no firm.
            (
                &["the", "Wagner", "Group", "Prigozhin"],
                vec![span(6, 8, "ORG"), span(8, 9, "PER")],
                vec![span(6, 8, "ORG"), span(8, 9, "PER")],
            ),
            (
                &["Democratic", "lawmaker", "Nancy", "Pelosi"],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
            ),
            (&["Chipmaker", "Nvidia"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["shares", "of", "France-registered", "firm"], vec![span(7, 8, "MISC")], vec![span(7, 8, "MISC")]),
        ];
        check(|spans, views, offset| firms_after_their_kind(spans, views, offset), &lexicon, &table);
    }
}
