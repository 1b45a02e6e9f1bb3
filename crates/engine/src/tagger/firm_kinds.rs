//! Firms named by what they are: right after it (`Danish company Novo
//! Nordisk`, `the British newspaper Guardian`, `drugmaker Eli Lilly`), after
//! their shares (`shares of Boeing`), or before it (`Kenya Airways`, `the
//! Wagner mercenary group`): the tagger, not knowing the name, reads a
//! person's, a work's or a place's. In CoNLL's training news a name right
//! after such a noun in lower case is an organisation's 92 times in 94.

use super::features::{is_capitalised, TokenView};
use super::kinds::FIRM_KINDS;
use super::spans::{join_touching, put_mark};
use super::TaggedSpan;

/// Words before `of` that say a firm's name follows (`shares of Boeing`).
const SHARE_WORDS: [&str; 3] = ["shares", "stock", "stake"];

/// Makes an organisation of the mark right after a kind of firm in lower
/// case ([`FIRM_KINDS`]) or after `shares of` ([`SHARE_WORDS`]); a kind that
/// opens the sentence with a capital and opens the mark is left out of it
/// (`Chipmaker Nvidia`), but not before a word in lower case (`Bank of England`);
/// a mark touching the one after a kind is the rest of the name (`drugmaker
/// Bavarian` + `Nordic`). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn firms_after_their_kind(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let after_kind = |span: &TaggedSpan| span.start > offset && FIRM_KINDS.contains(&views[span.start - offset - 1].word.as_str());
    for span in spans.iter_mut() {
        let at = span.start - offset;
        // (Before `of` the kind is the name's own word: `Bank of England officials`.)
        let opening_kind = at == 0
            && span.end - span.start > 1
            && FIRM_KINDS.contains(&views[0].lower.as_str())
            && !views[0].caps_line
            && is_capitalised(&views[1].word);
        let after_shares = at >= 2 && views[at - 1].word == "of" && SHARE_WORDS.contains(&views[at - 2].lower.as_str());
        // `France-registered`, `U.S.-based`: a word telling of the firm, not its name; so is a
        // people's name before the kind (`shares of Chinese electric-vehicle maker BYD`).
        let describes =
            views[at..span.end - offset].iter().any(|v| v.word.split('-').skip(1).any(|part| part.starts_with(char::is_lowercase)));
        if describes || kind_follows(views, span.end - offset) {
            continue;
        }
        if opening_kind {
            span.start += 1;
        }
        if opening_kind || after_kind(span) || after_shares {
            span.label = "ORG";
        }
    }
    join_touching(spans, |previous, _| previous.label == "ORG" && after_kind(previous));
}

/// Words for a carrier that end its name after a place or a people
/// (`Kenya Airways`, `Turkish Airlines`): CoNLL's training news writes such
/// a name whole 12 times, never apart.
const CARRIER_WORDS: [&str; 3] = ["Airlines", "Airways", "Railways"];

/// Joins a place's or a people's mark and the carrier's word just after it
/// ([`CARRIER_WORDS`], marked alone or not at all) into one organisation
/// (`Kenya` LOC + `Airways` ORG). `spans` are one sentence's, sorted, whose
/// first token is `offset`.
pub(crate) fn carriers_named_after_a_place(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let mut k = 0;
    while k < spans.len() {
        let after = spans[k].end - offset;
        let carrier = views.get(after).is_some_and(|v| CARRIER_WORDS.contains(&v.word.as_str()));
        let free = spans.get(k + 1).is_none_or(|next| next.start > spans[k].end || next.end == next.start + 1);
        if carrier && free && matches!(spans[k].label, "LOC" | "MISC") {
            let joined = TaggedSpan { end: spans[k].end + 1, label: "ORG", ..spans[k].clone() };
            put_mark(spans, joined);
        }
        k += 1;
    }
}

/// The most words in lower case between a name and its kind (`the Wagner mercenary group`).
const WORDS_BEFORE_KIND: usize = 2;

/// Whether a kind of firm ([`FIRM_KINDS`]) comes at token `at` or after up to
/// [`WORDS_BEFORE_KIND`] words in lower case (`Wagner` + `mercenary group`).
fn kind_follows(views: &[TokenView], at: usize) -> bool {
    views[at..]
        .iter()
        .take(WORDS_BEFORE_KIND + 1)
        .take_while(|v| v.word.starts_with(char::is_lowercase))
        .any(|v| FIRM_KINDS.contains(&v.word.as_str()))
}

/// Words for an armed group's members, written after the group's name (`Boko Haram militants`).
const FIGHTERS: [&str; 11] = [
    "rebels",
    "militants",
    "guerrillas",
    "fighters",
    "insurgents",
    "militia",
    "militiamen",
    "gunmen",
    "extremists",
    "separatists",
    "jihadists",
];

/// Makes an organisation of a person's mark between `the` and its kind of
/// firm after it ([`FIRM_KINDS`], up to [`WORDS_BEFORE_KIND`] words in lower
/// case between: `the Wagner mercenary group`), or right before a word for
/// fighters ([`FIGHTERS`]: `Boko Haram militants`): in CoNLL's training news
/// the name there is a body's, a place's or a people's (`the Lisbon side`,
/// `the Iranian news agency`, `Kurdish rebels`), never a person's (none in
/// 70 before fighters). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn persons_before_a_kind(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.label == "PER") {
        let (start, end) = (span.start - offset, span.end - offset);
        let after_the = start > 0 && views[start - 1].lower == "the";
        let fighters = views.get(end).is_some_and(|v| FIGHTERS.contains(&v.word.as_str()));
        if (after_the && kind_follows(views, end)) || fighters {
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
        let table: [Row; 12] = [
            (
                &["Danish", "drugmaker", "Bavarian", "Nordic", "said"],
                vec![span(5, 6, "MISC"), span(7, 8, "MISC"), span(8, 9, "ORG")],
                vec![span(5, 6, "MISC"), span(7, 9, "ORG")],
            ),
            // Touching marks not after a kind stay apart.
            (&["the", "CDU", "SPD", "coalition"], vec![span(6, 7, "ORG"), span(7, 8, "ORG")], vec![span(6, 7, "ORG"), span(7, 8, "ORG")]),
            (
                &["Danish", "company", "Novo", "Nordisk", "."],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![span(5, 6, "MISC"), span(7, 9, "ORG")],
            ),
            (&["the", "newspaper", "Guardian", "said"], vec![span(7, 8, "MISC")], vec![span(7, 8, "ORG")]),
            (&["Shares", "of", "Boeing", "fell"], vec![span(7, 8, "MISC")], vec![span(7, 8, "ORG")]),
            (&["Chipmaker", "Nvidia", "rose"], vec![span(5, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["Bank", "of", "England", "officials"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
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
            (&["shares", "of", "Chinese", "electric-vehicle", "maker", "BYD"], vec![span(7, 8, "MISC")], vec![span(7, 8, "MISC")]),
        ];
        check(firms_after_their_kind, &lexicon, &table);
    }

    #[test]
    fn a_carrier_named_after_a_place_is_one_organisation() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["Kenya", "Airways", "canceled"], vec![span(5, 6, "LOC"), span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["Turkish", "Airlines", "will"], vec![span(5, 6, "MISC")], vec![span(5, 7, "ORG")]),
            // A person's name, another word, a longer mark after: as they are.
            (&["Smith", "Airways", "flew"], vec![span(5, 6, "PER"), span(6, 7, "ORG")], vec![span(5, 6, "PER"), span(6, 7, "ORG")]),
            (&["Kenya", "Airways", "Holdings"], vec![span(5, 6, "LOC"), span(6, 8, "ORG")], vec![span(5, 6, "LOC"), span(6, 8, "ORG")]),
        ];
        check(carriers_named_after_a_place, &lexicon, &table);
    }

    #[test]
    fn a_person_s_mark_before_a_kind_of_firm_is_an_organisation() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 5] = [
            (&["the", "Wagner", "mercenary", "group", "'s"], vec![span(6, 7, "PER")], vec![span(6, 7, "ORG")]),
            (&["the", "Acme", "company", "said"], vec![span(6, 7, "PER")], vec![span(6, 7, "ORG")]),
            // Right before fighters.
            (&["Boko", "Haram", "militants", "attacked"], vec![span(5, 7, "PER")], vec![span(5, 7, "ORG")]),
            // Not after `the`; too many words between; a word between the name and the fighters.
            (&["Smith", "'s", "group", "said"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Smith", "'s", "militants"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
        ];
        check(|spans, views, offset| persons_before_a_kind(spans, views, offset), &lexicon, &table);
    }
}
