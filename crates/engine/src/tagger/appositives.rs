//! A name described right after it by what it is (`Brakwa, a town near the
//! border`, `Velmora, a Nairobi-based company,`), or right before it (`his
//! security chief, Akol Koor Kuc,`): the description's noun says the label
//! where the tagger, not knowing the name, reads another.

use super::features::TokenView;
use super::firms::LEGAL_FORMS;
use super::kinds::kind_label;
use super::spans::join_to_previous;
use super::titles::is_role_word;
use super::TaggedSpan;
use crate::quotes::{DETERMINERS, PERSON_NOUNS};

/// The most words of a description before its noun (`a small fishing village`).
const MOST_WORDS_BEFORE: usize = 4;

/// Words that may follow the description's noun: the description ends there.
const AFTER_NOUN: [&str; 13] = [",", ".", ";", "in", "near", "on", "outside", "that", "which", "whose", "with", "based", "from"];

/// Words that end a description before its noun (`a former adviser to the firm`).
const ENDS_BEFORE_NOUN: [&str; 9] = ["'s", "to", "of", "for", "at", "by", "and", "or", "who"];

/// The label that the description opening at `at` (`a`, `an` or `the`)
/// gives: its noun's, the first kind's noun ([`kind_label`])
/// within [`MOST_WORDS_BEFORE`] words and before a word that ends it
/// ([`AFTER_NOUN`]); none if such a word, a preposition or a possessive
/// ([`ENDS_BEFORE_NOUN`]) comes first, but the first noun's possessive.
fn described_label(views: &[TokenView], at: usize) -> Option<&'static str> {
    if !matches!(views.get(at)?.lower.as_str(), "a" | "an" | "the") {
        return None;
    }
    for k in at + 1..(at + 2 + MOST_WORDS_BEFORE).min(views.len()) {
        let lower = views[k].lower.as_str();
        let Some(label) = kind_label(lower) else {
            // (`the country's largest mobile carrier`: the possessive of the description's first noun.)
            let owner_s = k == at + 2 && lower == "'s";
            if !owner_s && (AFTER_NOUN.contains(&lower) || ENDS_BEFORE_NOUN.contains(&lower)) {
                return None;
            }
            continue;
        };
        // (`a bank teller`: a kind's noun that does not end the description says nothing.)
        if views.get(k + 1).is_none_or(|next| AFTER_NOUN.contains(&next.lower.as_str())) {
            return Some(label);
        }
    }
    None
}

/// The most words in lower case of a post before `of` or `at` (`first deputy managing director of`).
const MOST_POST_WORDS: usize = 4;

/// Whether the words from `at` hold a post without an article: up to
/// [`MOST_POST_WORDS`] words in lower case ending in a role word, then `of`
/// or `at` (`director-general of the World Trade Organization`).
fn names_a_post(views: &[TokenView], at: usize) -> bool {
    let words = views[at.min(views.len())..].iter().take_while(|v| v.word.chars().all(|c| c.is_lowercase() || c == '-'));
    let lowers: Vec<&str> = words.take(MOST_POST_WORDS + 1).map(|v| v.lower.as_str()).collect();
    // (`the Argentine, whose coach at Boca`: a relative clause; `the secretary-general of`: an article.)
    let opens_otherwise = lowers.first().is_some_and(|w| DETERMINERS.contains(w) || matches!(*w, "who" | "whose" | "which"));
    !opens_otherwise && lowers.iter().position(|w| matches!(*w, "of" | "at")).is_some_and(|p| p > 0 && is_role_word(lowers[p - 1]))
}

/// Gives a mark followed by a comma and a description of what it is the
/// description's label ([`described_label`]), or a person's before a post
/// held without an article ([`names_a_post`]: `Ngozi` LOC + `Okonjo-Iweala`
/// LOC, `director-general of`), joined with a mark touching it. `spans` are
/// one sentence's, sorted, whose first token is `offset`.
pub(crate) fn appositives(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    // (`Hamid Algabid of Niger, the secretary-general of …`: the post is the person's before the preposition.)
    let after_preposition =
        |start: usize| start > offset && matches!(views[start - 1 - offset].lower.as_str(), "of" | "in" | "at" | "from");
    let mut k = 0;
    while k < spans.len() {
        let after = spans[k].end - offset;
        if views.get(after).is_some_and(|v| v.word == ",") {
            if let Some(label) = described_label(views, after + 1) {
                spans[k].label = label;
            } else if names_a_post(views, after + 1) && !after_preposition(spans[k].start) {
                spans[k].label = "PER";
                if k > 0 && spans[k - 1].end == spans[k].start {
                    join_to_previous(spans, k);
                    k -= 1;
                    spans[k].label = "PER";
                }
            }
        }
        k += 1;
    }
}

/// Words for a relative, which describe a person before the name (`Reagan's wife, Nancy,`).
const RELATIVES: [&str; 14] =
    ["wife", "husband", "widow", "son", "daughter", "father", "mother", "brother", "sister", "uncle", "aunt", "cousin", "nephew", "niece"];

/// Makes a person's the mark set off by commas after a description ending in
/// a listed noun for a person or a relative, written in lower case (`his
/// longtime security chief, Akol Koor Kuc.` ORG, `Reagan's wife, Nancy,`
/// LOC): CoNLL's training news has 27 names there, 26 persons' (the other
/// after `newspaper`, no person's noun). The mark must end the apposition: a
/// comma, a full stop or the sentence's end after it (`the spokesman, Reuters
/// reported` is a clause), and not a firm's with its legal form (`American's
/// parent, AMR Corp.,`). Right after a relative's noun, without a comma, a
/// mark is a person's too (`pardoned his son Hunter` LOC; CoNLL: 11 in 11).
/// `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn people_after_their_description(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let lower_word = |i: usize| Some(views[i].lower.as_str()).filter(|lower| views[i].word == *lower);
    for span in spans.iter_mut().filter(|s| s.label != "PER") {
        let Some(before) = (span.start - offset).checked_sub(1) else { continue };
        if lower_word(before).is_some_and(|w| RELATIVES.contains(&w)) {
            span.label = "PER";
            continue;
        }
        let Some(noun) = before.checked_sub(1) else { continue };
        let for_a_person =
            lower_word(noun).is_some_and(|w| PERSON_NOUNS.contains(&w) || RELATIVES.contains(&w) || kind_label(w) == Some("PER"));
        let closed = views.get(span.end - offset).is_none_or(|v| matches!(v.word.as_str(), "," | "."));
        let firm = LEGAL_FORMS.contains(&views[span.end - 1 - offset].lower.trim_end_matches('.'));
        if views[before].word == "," && for_a_person && closed && !firm {
            span.label = "PER";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_name_takes_the_label_of_what_it_is_described_as() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 15] = [
            (&["Brakwa", ",", "a", "town", "near", "the", "border"], vec![span(5, 6, "PER")], vec![span(5, 6, "LOC")]),
            (
                &["Velmora", ",", "a", "Nairobi-based", "company", ",", "won"],
                vec![span(5, 6, "PER"), span(8, 9, "MISC")],
                vec![span(5, 6, "ORG"), span(8, 9, "MISC")],
            ),
            (
                &["in", "Kabul", ",", "the", "Afghan", "capital", "."],
                vec![span(6, 7, "ORG"), span(9, 10, "MISC")],
                vec![span(6, 7, "LOC"), span(9, 10, "MISC")],
            ),
            (&["Kaduna", ",", "the", "state", "capital", ","], vec![span(5, 6, "ORG")], vec![span(5, 6, "LOC")]),
            // The noun not ending the description, a possessive, too far: as it is.
            (&["Jones", ",", "a", "bank", "teller", ",", "said"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Smith", ",", "the", "company", "'s", "founder"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            // The first noun's possessive: the noun after it says.
            (&["Jio", ",", "the", "country", "'s", "largest", "mobile", "carrier", ","], vec![span(5, 6, "PER")], vec![span(5, 6, "ORG")]),
            (&["Lagos", ",", "the", "country", "'s", "biggest", "city", ","], vec![span(5, 6, "ORG")], vec![span(5, 6, "LOC")]),
            (&["Okonjo", ",", "the", "group", "'s", "spokesman"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Lee", ",", "a", "former", "adviser", "to", "the", "firm", ","], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            // A post without an article: a person, joined with the mark touching it.
            (
                &["Ngozi", "Okonjo-Iweala", ",", "director-general", "of", "the", "WTO"],
                vec![span(5, 6, "LOC"), span(6, 7, "LOC"), span(11, 12, "ORG")],
                vec![span(5, 7, "PER"), span(11, 12, "ORG")],
            ),
            (&["Banga", ",", "first", "deputy", "managing", "director", "of"], vec![span(5, 6, "ORG")], vec![span(5, 6, "PER")]),
            // No role word before `of`, a relative clause, a place after a preposition: as they are.
            (&["the", "Argentine", ",", "whose", "coach", "at", "Boca"], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
            (
                &["Algabid", "of", "Niger", ",", "secretary-general", "of"],
                vec![span(5, 6, "PER"), span(7, 8, "LOC")],
                vec![span(5, 6, "PER"), span(7, 8, "LOC")],
            ),
            (
                &["Paris", ",", "capital", "of", "France"],
                vec![span(5, 6, "LOC"), span(9, 10, "LOC")],
                vec![span(5, 6, "LOC"), span(9, 10, "LOC")],
            ),
        ];
        check(appositives, &lexicon, &table);
    }

    #[test]
    fn a_name_after_a_description_of_a_person_is_a_persons() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 9] = [
            (&["security", "chief", ",", "Akol", "Koor", "Kuc", "."], vec![span(8, 11, "ORG")], vec![span(8, 11, "PER")]),
            (&["'s", "president", ",", "Lansana", "Conte", ",", "said"], vec![span(8, 10, "LOC")], vec![span(8, 10, "PER")]),
            (&["'s", "wife", ",", "Nancy", ",", "admitted"], vec![span(8, 9, "LOC")], vec![span(8, 9, "PER")]),
            (&["pardoned", "his", "son", "Hunter", ","], vec![span(8, 9, "LOC")], vec![span(8, 9, "PER")]),
            // A firm's word, a name shaped like a person's noun; a clause after the name; no comma: as it is.
            (&["'s", "parent", ",", "AMR", "Corp.", ","], vec![span(8, 10, "ORG")], vec![span(8, 10, "ORG")]),
            (&["Amman", ",", "Jordan", "."], vec![span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
            (&["daily", "newspaper", ",", "Dnevi", "Avaz", ","], vec![span(8, 10, "ORG")], vec![span(8, 10, "ORG")]),
            (&["the", "spokesman", ",", "Reuters", "reported"], vec![span(8, 9, "ORG")], vec![span(8, 9, "ORG")]),
            (&["the", "spokesman", "Reuters", "."], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
        ];
        check(|spans, views, offset| people_after_their_description(spans, views, offset), &lexicon, &table);
    }
}
