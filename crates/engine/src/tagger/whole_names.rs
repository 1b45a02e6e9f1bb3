//! Names the article gives in full elsewhere: a mark that lacks its first
//! word or words (`International` for `Amnesty International`, whose first
//! word the tagger doubts at a sentence's start) takes them back when the
//! same label marks the whole name in the same article.

use super::features::is_capitalised;
use super::TaggedSpan;
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
    fn a_name_may_lack_two_words_but_only_capitalised_ones() {
        let text = "Doctors Without Borders said . Doctors Without Borders runs clinics . of Borders";
        assert_eq!(completed(text, vec![span(2, 3, "ORG"), span(5, 8, "ORG"), span(12, 13, "ORG")]), [(0, 3), (5, 8), (12, 13)]);
    }
}
