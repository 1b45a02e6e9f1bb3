//! Movements and armed groups named in Arabic, Urdu or Pashto (`Lashkar-e-Taiba`,
//! `Jamaat-ul-Ahrar`, `Ansar al-Sharia`), which the training news never
//! names: the tagger reads them as people, or marks the article's word alone.

use super::aliases::surname_like;
use super::features::TokenView;
use super::gazetteer::COUNTRIES;
use super::particles::has_surname_article;
use super::spans::{join_marks, put_mark_over};
use super::TaggedSpan;

/// Words that open such a group's name: army, society, party, movement, front, helpers, soldiers.
const GROUP_HEADS: [&str; 11] = ["jamaat", "jaish", "lashkar", "hizb", "harkat", "tehrik", "tehreek", "ansar", "jabhat", "jund", "sipah"];

/// The linking particles inside a name written as one word (`Lashkar-e-Taiba`, `Hizb-ut-Tahrir`).
const LINKS: [&str; 6] = ["e", "i", "ul", "ut", "ud", "al"];

/// Marks as an organisation a group's name that opens with a word of
/// [`GROUP_HEADS`]: one word with a link of [`LINKS`] and a capitalised part
/// (`Jamaat-ul-Ahrar`), or the head and a word with its article (`Ansar` +
/// `al-Sharia`), maybe after one capitalised word (`Ansar Beit al-Maqdis`),
/// with a listed country's name after it (`Tehrik-i-Taliban
/// Pakistan`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn movements(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let mut i = 0;
    while i < views.len() {
        let mut parts = views[i].word.split('-');
        // (Compared without lowering a copy: this runs on every word.)
        let head = parts.next().is_some_and(|h| GROUP_HEADS.iter().any(|g| g.eq_ignore_ascii_case(h)));
        // (Read further only after a head.)
        let joined = head
            && parts.next().is_some_and(|link| LINKS.contains(&link))
            && parts.next().is_some_and(|p| p.starts_with(char::is_uppercase));
        // (`Ansar` + `al-Sharia`, or with one capitalised word before the article's: `Ansar Beit al-Maqdis`.)
        let article_at = |k: usize| views.get(k).is_some_and(|v| has_surname_article(&v.word));
        let to_article = if !head || joined {
            0
        } else if article_at(i + 1) {
            1
        } else {
            2 * usize::from(views.get(i + 1).is_some_and(|v| surname_like(&v.word)) && article_at(i + 2))
        };
        if !joined && to_article == 0 {
            i += 1;
            continue;
        }
        let mut end = i + 1 + to_article;
        if views.get(end).is_some_and(|v| v.list_position(COUNTRIES) == Some(0)) {
            end += 1;
        }
        // (`Pakistan Tehreek-e-Insaf`: a body's mark holding the name already names it.)
        if !spans.iter().any(|s| s.label == "ORG" && s.start <= i + offset && end + offset <= s.end) {
            put_mark_over(spans, i + offset, end + offset, "ORG");
        }
        i = end;
    }
}

/// The names of al-Qaida, whose branches news names by where they fight (`al-Qaida in the Islamic Maghreb`).
const AL_QAIDA: [&str; 2] = ["al-qaida", "al-qaeda"];

/// Joins al-Qaida's mark to the place or the mark after `in` (and `the`)
/// that names a branch (`al-Qaida` + `in the` + `Arabian Peninsula`): one
/// body, which the tagger marks as the group and a place apart. `spans` are
/// one sentence's, sorted, whose first token is `offset`.
pub(crate) fn branches_of_al_qaida(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let word = |i: usize| views[i - offset].lower.as_str();
    join_marks(spans, |group, branch| {
        let between = branch.start - group.end;
        group.label == "ORG"
            && AL_QAIDA.contains(&word(group.end - 1))
            && (between == 1 || (between == 2 && word(group.end + 1) == "the"))
            && word(group.end) == "in"
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn groups_named_in_arabic_or_urdu_are_organisations() {
        let lexicon = lexicon_listing(&[(COUNTRIES, &["pakistan"])]);
        let table: [Row; 8] = [
            (&["Jamaat-ul-Ahrar", "claimed", "it"], vec![span(5, 6, "PER")], vec![span(5, 6, "ORG")]),
            (&["Jaish-e-Mohammed", "claimed", "it"], vec![], vec![ruled(5, 6, "ORG")]),
            (&["Ansar", "al-Sharia", "denied"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["Ansar", "Beit", "al-Maqdis", "claimed"], vec![span(5, 8, "PER")], vec![span(5, 8, "ORG")]),
            (&["Tehrik-i-Taliban", "Pakistan", "said"], vec![span(6, 7, "LOC")], vec![span(5, 7, "ORG")]),
            // Inside a body's longer mark: as it is.
            (&["Pakistan", "Tehreek-e-Insaf", "party"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            // Not a head alone, nor a person with the word as a name.
            (&["the", "Jamaat", "said"], vec![], vec![]),
            (&["Ansar", "Ali", "said"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
        ];
        check(movements, &lexicon, &table);
    }

    #[test]
    fn a_branch_of_al_qaida_is_one_body() {
        let table: [Row; 3] = [
            (
                &["al-Qaida", "in", "the", "Islamic", "Maghreb", "and"],
                vec![span(5, 6, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 10, "ORG")],
            ),
            (&["Al-Qaeda", "in", "Iraq", "claimed"], vec![span(5, 6, "ORG"), span(7, 8, "LOC")], vec![span(5, 8, "ORG")]),
            // Another body, or more words between: as they are.
            (
                &["Hamas", "in", "the", "Gaza", "Strip"],
                vec![span(5, 6, "ORG"), span(8, 10, "LOC")],
                vec![span(5, 6, "ORG"), span(8, 10, "LOC")],
            ),
        ];
        check(branches_of_al_qaida, &lexicon_listing(&[]), &table);
    }
}
