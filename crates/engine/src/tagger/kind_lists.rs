//! Names listed after the kind they are (`aid groups including Oxfam and
//! Save the Children`, `countries such as Malawi and Zambia`, `leaders
//! including Macron and Scholz`): the kind says the label, where the tagger,
//! not knowing a name, reads a person in a charity or a place in a streaming
//! service. In CoNLL's training news every such listed name has its kind's
//! label.

use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, TokenView};
use super::kinds::kind_label;
use super::spans::join_to_previous;
use super::TaggedSpan;

/// Words that open a list after its kind (`such as` is read at its `as`).
fn opens_list(views: &[TokenView], at: usize) -> bool {
    match views[at].lower.as_str() {
        "including" | "like" => true,
        "as" => at > 0 && views[at - 1].lower == "such",
        _ => false,
    }
}

/// The label of the kind written in the plural just before the list that
/// opens at `at` (`groups including`, `companies, such as`), if it is a kind's ([`kind_label`]).
fn kind_before(views: &[TokenView], at: usize) -> Option<&'static str> {
    let mut k = if views[at].lower == "as" { at.checked_sub(2)? } else { at.checked_sub(1)? };
    if views[k].word == "," {
        k = k.checked_sub(1)?;
    }
    let lower = views[k].lower.as_str();
    let singular = lower.strip_suffix("ies").map(|stem| format!("{stem}y")).or_else(|| lower.strip_suffix('s').map(str::to_string))?;
    kind_label(&singular)
}

/// The most words of a listed name that the tagger left unmarked.
const UNMARKED_WORDS: usize = 4;

/// Gives each name listed right after a kind in the plural and `including`,
/// `such as` or `like` the kind's label ([`kind_label`]): marks, or capitalised
/// words no mark holds (`Amnesty International`, which the tagger may
/// miss), one after another, apart by a comma, `and` or `or` (and a `the`),
/// until another word; two marks apart by `the` alone are one name (`Save` +
/// `the` + `Children`); not a mark a possessive or a capitalised word follows
/// (`Japan` of `Japan's Sony`, `U.N.` of `U.N. Secretary-General Ban Ki-moon`),
/// which is not the listed name. `spans` are one sentence's, sorted,
/// whose first token is `offset`.
pub(crate) fn kind_lists(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for at in 0..views.len() {
        let Some(label) = Some(at).filter(|&at| opens_list(views, at)).and_then(|at| kind_before(views, at)) else { continue };
        let the = views.get(at + 1).is_some_and(|v| v.lower == "the");
        let mut next = offset + at + 1 + usize::from(the);
        loop {
            let k = spans.partition_point(|s| s.start < next);
            let item = match spans.get(k) {
                Some(mark) if mark.start == next => k,
                _ => {
                    let words = views[next - offset..].iter().take(UNMARKED_WORDS).take_while(|v| is_capitalised(&v.word)).count();
                    let free =
                        spans.get(k).is_none_or(|mark| mark.start >= next + words) && k.checked_sub(1).is_none_or(|p| spans[p].end <= next);
                    if words == 0 || !free || views[0].caps_line {
                        break;
                    }
                    spans.insert(k, TaggedSpan { start: next, end: next + words, label, score: RULE_SCORE });
                    k
                }
            };
            let end = spans[item].end;
            // (Nor one a capitalised word follows, a name it describes: `U.N.` of `U.N. Secretary-General Ban Ki-moon`.)
            if views.get(end - offset).is_none_or(|v| v.word != "'s" && !is_capitalised(&v.word)) {
                spans[item].label = label;
            }
            let parted = views[end - offset..].iter().take_while(|v| matches!(v.lower.as_str(), "," | "and" | "or" | "the" | "'s")).count();
            let joins = parted == 1 && views[end - offset].lower == "the" && spans.get(item + 1).is_some_and(|m| m.start == end + 1);
            if joins {
                join_to_previous(spans, item + 1);
                spans[item].label = label;
                next = spans[item].end;
                continue;
            }
            if parted == 0 {
                break;
            }
            next = end + parted;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, ruled, span, Row};

    #[test]
    fn names_listed_after_their_kind_take_its_label() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 12] = [
            (
                &["groups", "including", "Greenpeace", "and", "the", "World", "Wildlife", "Fund"],
                vec![span(7, 8, "PER"), span(10, 13, "ORG")],
                vec![span(7, 8, "ORG"), span(10, 13, "ORG")],
            ),
            (
                &["services", "like", "Netflix", "and", "Hulu", "are"],
                vec![span(7, 8, "ORG"), span(9, 10, "LOC")],
                vec![span(7, 8, "ORG"), span(9, 10, "ORG")],
            ),
            (
                &["Leaders", "including", "Macron", "and", "Scholz"],
                vec![span(7, 8, "MISC"), span(9, 10, "PER")],
                vec![span(7, 8, "PER"), span(9, 10, "PER")],
            ),
            (
                &["countries", ",", "such", "as", "Malawi", ",", "Zambia", "or", "Chad"],
                vec![span(9, 10, "PER"), span(11, 12, "LOC"), span(13, 14, "ORG")],
                vec![span(9, 10, "LOC"), span(11, 12, "LOC"), span(13, 14, "LOC")],
            ),
            // A possessive's owner is not listed; a word other than a comma, `and`, `or` or `the` ends the list.
            (
                &["companies", "such", "as", "Japan", "'s", "Sony", "and", "Ford", "in", "Detroit"],
                vec![span(8, 9, "LOC"), span(10, 11, "PER"), span(12, 13, "PER"), span(14, 15, "LOC")],
                vec![span(8, 9, "LOC"), span(10, 11, "ORG"), span(12, 13, "ORG"), span(14, 15, "LOC")],
            ),
            // Nor a mark a capitalised word follows, which describes the name after it.
            (
                &["leaders", "including", "U.N.", "Secretary-General", "Ban", "Ki-moon"],
                vec![span(7, 8, "ORG"), span(9, 11, "PER")],
                vec![span(7, 8, "ORG"), span(9, 11, "PER")],
            ),
            (
                &["firms", "including", "Acme", "in", "Ohio"],
                vec![span(7, 8, "PER"), span(9, 10, "LOC")],
                vec![span(7, 8, "ORG"), span(9, 10, "LOC")],
            ),
            // Words the tagger left unmarked; a name with `the` inside.
            (&["groups", "such", "as", "Amnesty", "International", "say"], vec![], vec![ruled(8, 10, "ORG")]),
            (
                &["groups", "including", "Oxfam", "and", "Save", "the", "Children", "warned"],
                vec![span(7, 8, "PER"), span(9, 10, "ORG"), span(11, 12, "MISC")],
                vec![span(7, 8, "ORG"), span(9, 12, "ORG")],
            ),
            // Not a kind: as it is.
            (&["things", "like", "Paris"], vec![span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
            // A mark running over the list's start is left as it is.
            (&["Firms", "Like", "Us", "Inc"], vec![span(5, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (&["groups", "like", "the", "Taliban", "."], vec![span(8, 9, "PER")], vec![span(8, 9, "ORG")]),
        ];
        check(kind_lists, &lexicon, &table);
    }
}
