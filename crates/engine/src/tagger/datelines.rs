//! Datelines and photo credits: where a sentence's dateline ends (after its
//! dash), and the agency named in a dateline's brackets (`(AP) —`) or in a
//! photo credit's (`(AP Photo/Ben Curtis)`), which the tagger, out of a
//! sentence's context, often leaves unmarked.

use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, TokenView};
use super::spans::{is_unmarked, put_mark};
use super::TaggedSpan;

/// How far into a sentence a dateline's dash may be (`NAIROBI, Kenya (AP) —`).
const DATELINE_WORDS: usize = 8;

/// Whether a word is a dash, as datelines write it (`-`, `--`, `–`, `—`).
pub(crate) fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--" | "–" | "—")
}

/// The word after a sentence's dateline: after a dash among its first words.
pub(crate) fn after_dateline(views: &[TokenView]) -> Option<usize> {
    (1..views.len().min(DATELINE_WORDS + 1)).find(|&k| is_dash(&views[k - 1].word))
}

/// The most words an agency's name in a dateline has (`Agence France-Presse`).
const CREDIT_WORDS: usize = 3;

/// Marks as an organisation the unmarked capitalised words in brackets that
/// end a dateline (`NAIROBI, Kenya (AP) —`): the agency that filed the story,
/// which the training news, Reuters' own, rarely names. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn agencies_in_datelines(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let Some(dash) = after_dateline(views).map(|k| k - 1) else { return };
    let Some(open) = (1..dash).rev().find(|&k| views[k].word == "(") else { return };
    let words = open + 1..dash - 1;
    // A place's words before the brackets (not a score line's `Radnicki ( N ) -`), a name in them.
    let place = (0..open).all(|k| is_capitalised(&views[k].word) || views[k].word == ",");
    let credit = place
        && views[dash - 1].word == ")"
        && (1..=CREDIT_WORDS).contains(&words.len())
        && words.clone().all(|k| is_capitalised(&views[k].word) && views[k].word.chars().count() > 1);
    let (start, end) = (offset + words.start, offset + words.end);
    if credit && is_unmarked(spans, start, end) {
        put_mark(spans, TaggedSpan { start, end, label: "ORG", score: RULE_SCORE });
    }
}

/// Marks as an organisation the unmarked capitalised words that name the
/// agency of a photo credit in brackets: those that open it, before the slash
/// and the photographer's mark (`(AP Photo/Ben Curtis)`, `(REUTERS/Elizabeth
/// Frantz)`), without the word `Photo`; or those after the photographer's
/// mark and the slash, up to `via` or the bracket's end (`(Jim Watson/AFP via
/// Getty Images)`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn agencies_in_photo_credits(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for slash in (2..views.len()).filter(|&k| views[k].word == "/") {
        let Some(open) = (slash.saturating_sub(CREDIT_WORDS + 2)..slash).rev().find(|&k| views[k].word == "(") else {
            continue;
        };
        let person = |start: usize, end: Option<usize>| {
            spans.iter().any(|s| s.label == "PER" && s.start == offset + start && end.is_none_or(|end| s.end == offset + end))
        };
        let agency = if person(slash + 1, None) {
            open + 1..if matches!(views[slash - 1].lower.as_str(), "photo" | "photos") { slash - 1 } else { slash }
        } else if person(open + 1, Some(slash)) {
            let end = (slash + 1..views.len()).find(|&k| matches!(views[k].word.as_str(), ")" | "via"));
            slash + 1..end.filter(|&end| end - slash - 1 <= CREDIT_WORDS).unwrap_or(slash + 1)
        } else {
            continue;
        };
        let named = !agency.is_empty() && agency.clone().all(|k| is_capitalised(&views[k].word));
        let (start, end) = (offset + agency.start, offset + agency.end);
        if named && is_unmarked(spans, start, end) {
            put_mark(spans, TaggedSpan { start, end, label: "ORG", score: RULE_SCORE });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, ruled, span, Row};

    #[test]
    fn an_agency_in_brackets_in_a_dateline_is_marked() {
        let table: [Row; 6] = [
            (
                &["NAIROBI", ",", "Kenya", "(", "AP", ")", "—", "Kenya", "voted"],
                vec![span(5, 6, "LOC"), span(7, 8, "LOC")],
                vec![span(5, 6, "LOC"), span(7, 8, "LOC"), ruled(9, 10, "ORG")],
            ),
            (&["PARIS", "(", "Agence", "France-Presse", ")", "-", "It", "rained"], vec![], vec![ruled(7, 9, "ORG")]),
            // Marked already; not a score line's letter, nor after words that are no place, nor without the dash.
            (&["PARIS", "(", "Reuters", ")", "-", "It", "rained"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["Radnicki", "1", "Spartak", "(", "NK", ")", "-", "Zeta"], vec![], vec![]),
            (&["Radnicki", "(", "N", ")", "-", "Zeta"], vec![], vec![]),
            (&["PARIS", "(", "AP", ")", "It", "rained", "-", "so"], vec![], vec![]),
        ];
        check(agencies_in_datelines, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn the_agency_of_a_photo_credit_is_marked() {
        let table: [Row; 9] = [
            (&["(", "AP", "Photo", "/", "Ben", "Curtis", ")"], vec![span(9, 11, "PER")], vec![ruled(6, 7, "ORG"), span(9, 11, "PER")]),
            // The agency after the photographer, before `via` or the bracket's end.
            (
                &["(", "Jim", "Watson", "/", "AFP", "via", "Getty", "Images", ")"],
                vec![span(6, 8, "PER"), span(11, 13, "ORG")],
                vec![span(6, 8, "PER"), ruled(9, 10, "ORG"), span(11, 13, "ORG")],
            ),
            (&["(", "Kim", "Lee", "/", "Pool", "Photo", ")"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER"), ruled(9, 11, "ORG")]),
            // Not after words that are no photographer's mark, nor a run too long for an agency.
            (&["(", "Kim", "Lee", "/", "AFP", ")"], vec![span(6, 7, "PER")], vec![span(6, 7, "PER")]),
            (&["(", "Kim", "Lee", "/", "A", "B", "C", "D", ")"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["(", "REUTERS", "/", "Kim", "Lee", ")"], vec![span(8, 10, "PER")], vec![ruled(6, 7, "ORG"), span(8, 10, "PER")]),
            // Not without the photographer's mark, nor over a mark or lower-case words, nor without brackets.
            (&["(", "REUTERS", "/", "staff", ")"], vec![], vec![]),
            (&["(", "the", "photo", "/", "Kim", "Lee", ")"], vec![span(9, 11, "PER")], vec![span(9, 11, "PER")]),
            (&["Reuters", "/", "Kim", "Lee"], vec![span(5, 6, "ORG"), span(7, 9, "PER")], vec![span(5, 6, "ORG"), span(7, 9, "PER")]),
        ];
        check(agencies_in_photo_credits, &crate::tagger::Lexicon::default(), &table);
    }
}
