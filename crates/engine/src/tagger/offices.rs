//! Bodies named after a post (`the Broward County Sheriff's Office`, `the
//! U.S. Attorney's Office`), one organisation's name with a possessive in it,
//! as CoNLL's training news marks the sheriff's. The tagger cuts them at the
//! possessive or marks the place alone.

use super::features::{is_capitalised, is_title, TokenView};
use super::spans::put_mark_over;
use super::TaggedSpan;

/// Posts that name an office and that news does not write before a person's
/// name ([`is_title`] holds those that it does: `Attorney General`, `Governor`).
const POSTS: [&str; 8] = ["sheriff", "examiner", "coroner", "marshal", "comptroller", "auditor", "treasurer", "defender"];

/// The bodies a post's possessive names (`Office`, `Department`, `Bureau`).
const OFFICES: [&str; 3] = ["office", "department", "bureau"];

/// Marks as one organisation a post, its possessive and a capitalised office
/// after it, with the capitalised words before the post (`Arizona Attorney
/// General's Office`): back to a word in lower case or `The`, and a sentence's
/// first word only if the tagger marked it (`In` before a place is no name's).
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn offices_of_a_post(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for possessive in 1..views.len().saturating_sub(1) {
        let (post, office) = (&views[possessive - 1], &views[possessive + 1]);
        let named = crate::quotes::is_possessive(&views[possessive].word)
            && is_capitalised(&post.word)
            && (is_title(&post.lower) || POSTS.contains(&post.lower.as_str()))
            && is_capitalised(&office.word)
            && OFFICES.contains(&office.lower.as_str());
        if !named {
            continue;
        }
        let mut start = possessive - 1;
        while start > 0 && is_capitalised(&views[start - 1].word) && views[start - 1].lower != "the" {
            start -= 1;
        }
        // (Sorted marks: the first word is marked if the first mark starts there.)
        if start == 0 && spans.first().is_none_or(|s| s.start > offset) {
            start += 1;
        }
        if start < possessive {
            put_mark_over(spans, offset + start, offset + possessive + 2, "ORG");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::aliases::RULE_SCORE;
    use crate::tagger::rule_table::{check, lexicon_listing, scored, span, Row};

    #[test]
    fn a_post_s_office_is_one_organisation() {
        let table: [Row; 6] = [
            // A place and a title of two words cut at the possessive; a place marked alone; a post that is no title.
            (
                &["The", "Arizona", "Attorney", "General", "'s", "Office", "is"],
                vec![span(6, 7, "LOC"), span(8, 11, "MISC")],
                vec![span(6, 11, "ORG")],
            ),
            (&["The", "U.S.", "Attorney", "'s", "Office", "in"], vec![span(6, 7, "LOC")], vec![span(6, 10, "ORG")]),
            (&["the", "Broward", "County", "Sheriff", "'s", "Office"], vec![span(6, 8, "LOC")], vec![span(6, 11, "ORG")]),
            // The sentence's first word only when marked.
            (&["Manhattan", "District", "Attorney", "'s", "Office"], vec![span(5, 6, "ORG")], vec![span(5, 10, "ORG")]),
            (&["In", "Governor", "'s", "Office", "files"], vec![], vec![scored(6, 9, "ORG", RULE_SCORE)]),
            // A name's possessive, an office in lower case: no body of a post.
            (&["the", "Mayor", "'s", "office", "said"], vec![], vec![]),
        ];
        check(offices_of_a_post, &lexicon_listing(&[]), &table);
    }
}
