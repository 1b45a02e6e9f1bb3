//! Names the article gives in full elsewhere: a mark that lacks its first
//! word or words (`International` for `Amnesty International`, whose first
//! word the tagger doubts at a sentence's start) takes them back when the
//! same label marks the whole name in the same article; an organisation's
//! acronym is marked where the article names it in full (`WHO spokesman`,
//! which the tagger reads as the word `who`).

use super::aliases::RULE_SCORE;
use super::features::is_capitalised;
use super::TaggedSpan;
use crate::headline::is_all_caps;
use std::collections::HashSet;

/// How many words back a mark may reach for the rest of its name.
const MOST_WORDS_MISSING: usize = 2;

/// Extends each mark over the unmarked words before it when those words and
/// the mark's are a whole name marked with the same label elsewhere in the
/// article (`spans` sorted, over the article's `words`).
pub(crate) fn complete_from_article(words: &[&str], mut spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let whole: HashSet<(&[&str], &str)> = spans.iter().filter(|s| s.end - s.start > 1).map(|s| (&words[s.start..s.end], s.label)).collect();
    if whole.is_empty() {
        return spans;
    }
    let mut free_from = 0;
    for span in &mut spans {
        let reach = (1..=MOST_WORDS_MISSING.min(span.start - free_from.min(span.start)))
            .rev()
            .find(|&k| is_capitalised(words[span.start - k]) && whole.contains(&(&words[span.start - k..span.end], span.label)));
        free_from = span.end;
        if let Some(k) = reach {
            span.start -= k;
        }
    }
    spans
}

/// Small words an acronym leaves out (`World Health Organization` is `WHO`, `Bank of England` `BOE`).
const NOT_IN_ACRONYMS: [&str; 8] = ["of", "and", "for", "the", "on", "in", "to", "&"];

/// The fewest letters an acronym has here: two-letter ones are words too (`IN`, `AS`).
const SHORTEST_ACRONYM: usize = 3;

/// Marks as an organisation each unmarked word in capitals that is the
/// initials of an organisation the article marks in full (`WHO` after `World
/// Health Organization`), at least [`SHORTEST_ACRONYM`] letters, and not in a
/// line of capitals (a headline's words are all like it). `spans` sorted,
/// over the article's `words`.
pub(crate) fn mark_acronyms(words: &[&str], mut spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let acronyms: HashSet<String> = spans
        .iter()
        .filter(|s| s.label == "ORG")
        .filter_map(|s| {
            let initials: Option<String> = words[s.start..s.end]
                .iter()
                .filter(|w| !NOT_IN_ACRONYMS.contains(&w.to_lowercase().as_str()))
                .map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            initials.filter(|i| i.chars().count() >= SHORTEST_ACRONYM)
        })
        .collect();
    if acronyms.is_empty() {
        return spans;
    }
    let in_capitals =
        |i: usize| [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|k| words.get(k).is_some_and(|w| is_all_caps(w)));
    let mut marked = vec![false; words.len()];
    for s in &spans {
        marked[s.start..s.end].fill(true);
    }
    for (i, word) in words.iter().enumerate() {
        if !marked[i] && is_all_caps(word) && acronyms.contains(*word) && !in_capitals(i) {
            spans.push(TaggedSpan { start: i, end: i + 1, label: "ORG", score: RULE_SCORE });
        }
    }
    crate::sort::sort_by_key(&mut spans, |s| (s.start, s.end));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::span;

    /// The (start, end) of the marks after the rule.
    fn completed(text: &str, spans: Vec<TaggedSpan>) -> Vec<(usize, usize)> {
        let words: Vec<&str> = text.split(' ').collect();
        complete_from_article(&words, spans).iter().map(|s| (s.start, s.end)).collect()
    }

    #[test]
    fn a_mark_takes_the_words_the_article_names_it_with_elsewhere() {
        let text = "Amnesty International said . The report by Amnesty International came out";
        // Cut at a sentence's start, whole later.
        assert_eq!(completed(text, vec![span(1, 2, "ORG"), span(7, 9, "ORG")]), [(0, 2), (7, 9)]);
        // Whole in the first sentence, cut later.
        assert_eq!(completed(text, vec![span(0, 2, "ORG"), span(8, 9, "ORG")]), [(0, 2), (7, 9)]);
        // The whole name with another label, or nowhere: left as it is.
        assert_eq!(completed(text, vec![span(1, 2, "ORG"), span(7, 9, "MISC")]), [(1, 2), (7, 9)]);
        assert_eq!(completed(text, vec![span(1, 2, "ORG"), span(8, 9, "ORG")]), [(1, 2), (8, 9)]);
        // The word before belongs to another mark.
        assert_eq!(completed(text, vec![span(0, 1, "PER"), span(1, 2, "ORG"), span(7, 9, "ORG")]), [(0, 1), (1, 2), (7, 9)]);
    }

    #[test]
    fn an_organisation_s_acronym_is_marked_where_the_article_names_it_in_full() {
        let text = "The World Health Organization said . WHO spokesman Tarik Jasarevic spoke . who knows . POLISH WHO FELL";
        let words: Vec<&str> = text.split(' ').collect();
        let acronyms = |spans| mark_acronyms(&words, spans).iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
        let person = || span(8, 10, "PER");
        assert_eq!(acronyms(vec![span(1, 4, "ORG"), person()]), [(1, 4, "ORG"), (6, 7, "ORG"), (8, 10, "PER")]);
        // Not without the full name, nor with it under another label; not in a line of capitals.
        assert_eq!(acronyms(vec![person()]), [(8, 10, "PER")]);
        assert_eq!(acronyms(vec![span(1, 4, "MISC"), person()]), [(1, 4, "MISC"), (8, 10, "PER")]);
        // Two letters are too few (`Intelligent Network ( IN )`).
        let words: Vec<&str> = "Intelligent Network ( IN ) products".split(' ').collect();
        assert_eq!(mark_acronyms(&words, vec![span(0, 2, "ORG")]).len(), 1);
    }

    #[test]
    fn a_name_may_lack_two_words_but_only_capitalised_ones() {
        let text = "Doctors Without Borders said . Doctors Without Borders runs clinics . of Borders";
        assert_eq!(completed(text, vec![span(2, 3, "ORG"), span(5, 8, "ORG"), span(12, 13, "ORG")]), [(0, 3), (5, 8), (12, 13)]);
    }
}
