//! The first word of a body's name as news writes it: a description that
//! opens a sentence is left out (`Automaker` + `General Motors Co`), and a
//! capitalised word the tagger cut off is taken in (`Home` + `Office`,
//! `Premier` + `League`).

use super::datelines::after_dateline;
use super::edges::{CONNECTORS, LINKING_ADVERBS};
use super::features::{is_capitalised, is_title, TokenView};
use super::firms::LEGAL_FORMS;
use super::gazetteer::{COMPANIES, FIRST_NAMES};
use super::organisations::BODY_NOUNS;
use super::spans::{free_before, widen_marks};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Leaves out of a mark that opens a sentence (or follows its dateline) a
/// word that describes the name after it (`Automaker` + `General Motors Co`,
/// `Billionaire` + `Elon Musk`), as wire copy writes today and the training
/// news rarely did: the next word starts a listed firm's name or is a listed
/// first name, the opening word is neither (`Morgan Stanley`, `Baker
/// Hughes` stay whole), and it is a word for someone (a person noun:
/// `Defender`, `Chipmaker`) or the mark a firm's with its legal form
/// (`Rival Advanced Micro Devices Inc`). Before a first name the rest is a
/// person's, and so it is after a listed word for a person when the name
/// speaks (`Survivor Chum Mey told`; CoNLL's training news: 7 in 7).
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn leave_out_descriptions(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let opening = offset + after_dateline(views).unwrap_or(0);
    let Some(span) = spans.iter_mut().find(|s| s.start == opening && s.end - s.start > 2) else { return };
    let (first, next) = (&views[span.start - offset], &views[span.start + 1 - offset]);
    let lists = |view: &TokenView, list: u8| matches!(view.list_position(list), Some(0 | 1));
    let plain_word = first.word.chars().skip(1).all(char::is_lowercase) && is_capitalised(&first.word);
    let named = |view: &TokenView| lists(view, COMPANIES) || lists(view, FIRST_NAMES);
    // A word for a person or a firm (`Automaker`, `Defender`), or any before a firm's whole name with its legal form.
    let last = views[span.end - 1 - offset].lower.trim_end_matches('.');
    let firm = span.label == "ORG" && LEGAL_FORMS.contains(&last);
    let describes = crate::quotes::is_person_noun(&first.lower) || firm;
    let speaks = views.get(span.end - offset).is_some_and(|v| crate::quotes::is_speech_verb(&v.word));
    let someone_speaks = speaks && crate::quotes::PERSON_NOUNS.contains(&first.lower.as_str()) && !firm;
    if plain_word && describes && !named(first) && (named(next) || someone_speaks) && is_capitalised(&next.word) {
        span.start += 1;
        if (lists(next, FIRST_NAMES) || someone_speaks) && !lists(next, COMPANIES) && !firm {
            span.label = "PER";
        }
    }
}

/// Takes into a body's mark the capitalised word just before it that the
/// tagger left out, inside a sentence (after a word in lower case or `The`): `Home` of
/// `Home Office`, a common word alone; or opening it before `International`
/// or `Party` alone, which name no body by themselves, or before a name of
/// two words or more ending in a body noun (`Amnesty International said`,
/// `Socialist Party leader`, `Nuclear` + `Regulatory Commission`, where the
/// tagger read the word as the sentence's first). Not a date (`July FOMC`), a title, a word in capitals, a
/// connector, a linking adverb, a determiner or a word opening a clause
/// (`By`, `Meanwhile`, `These`, `When`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn capitals_cut_off_bodies(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let free_from = free_before(spans, k, offset);
        let span = &spans[k];
        if span.label != "ORG" || span.start < free_from + 1 {
            continue;
        }
        let word = &views[span.start - 1 - offset];
        let common = word.word.chars().skip(1).all(char::is_lowercase);
        let dated = crate::quotes::MONTHS.contains(&word.lower.as_str()) || crate::quotes::WEEKDAYS.contains(&word.lower.as_str());
        let small =
            [&CONNECTORS[..], &LINKING_ADVERBS, crate::quotes::DETERMINERS, crate::quotes::NOUN_MAKERS, crate::quotes::CLAUSE_OPENERS]
                .iter()
                .any(|words| words.contains(&word.lower.as_str()));
        // (After a word in lower case, or `The` opening the sentence before a name not in capitals: `The Home
        // Office said`, but `The Socialist CFDT union`.)
        let inside = span.start >= free_from + 2 && {
            let before = &views[span.start - 2 - offset];
            before.word.starts_with(char::is_lowercase) || (before.word == "The" && !is_all_caps(&views[span.start - offset].word))
        };
        let headless = span.end - span.start == 1 && matches!(views[span.start - offset].word.as_str(), "International" | "Party");
        let named_body = span.end - span.start > 1 && BODY_NOUNS.contains(&views[span.end - 1 - offset].lower.as_str());
        // (`General`, which the tagger leaves out as a title, opens any body's name: `General Motors Co. said`.)
        let opening = span.start - 1 == offset && (headless || named_body || word.lower == "general") && !small;
        // (`General` is a title before a person but opens a body's name: `the General Assembly`.)
        let title = is_title(&word.lower) && word.lower != "general";
        if (inside || opening) && is_capitalised(&word.word) && common && !dated && !title {
            spans[k].start -= 1;
        }
    }
}

/// Joins `Premier` to the mark after it, unless a person's (`Premier League`,
/// `Premier Division`): the training news's `Premier` is a head of
/// government's title, so the tagger leaves it out of the name (or marks it
/// on its own, which the name then takes in). `spans` are one sentence's,
/// sorted, whose first token is `offset`.
pub(crate) fn bodies_named_premier(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    widen_marks(spans, |span| {
        let before = span.start.checked_sub(offset + 1).map(|i| &views[i]);
        (span.label != "PER" && before.is_some_and(|v| v.word == "Premier" && !v.caps_line))
            .then(|| TaggedSpan { start: span.start - 1, ..span.clone() })
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, span, Row};

    #[test]
    fn a_description_that_opens_a_sentence_is_left_out_of_the_name() {
        let lexicon = lexicon_listing(&[(COMPANIES, &["general motors", "baker hughes", "hughes"]), (FIRST_NAMES, &["elon"])]);
        let table: [Row; 9] = [
            (&["Automaker", "General", "Motors", "Co", "said"], vec![span(5, 9, "ORG")], vec![span(6, 9, "ORG")]),
            // A word for a person before a name that speaks.
            (&["Survivor", "Chum", "Mey", "told", "VOA"], vec![span(5, 8, "ORG")], vec![span(6, 8, "PER")]),
            (&["Survivor", "Chum", "Mey", "is", "here"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["Investor", "Elon", "Musk", "said"], vec![span(5, 8, "ORG")], vec![span(6, 8, "PER")]),
            (&["Rival", "General", "Motors", "Co", "said"], vec![span(5, 9, "ORG")], vec![span(6, 9, "ORG")]),
            // Neither a word for someone nor a firm's full name: as it is (`Queens Park Rangers`).
            (&["Queens", "Elon", "Rangers", "won"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (
                &["DETROIT", "(", "Reuters", ")", "-", "Automaker", "General", "Motors", "Co", "said"],
                vec![span(5, 6, "LOC"), span(7, 8, "ORG"), span(10, 14, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 8, "ORG"), span(11, 14, "ORG")],
            ),
            // A listed firm's own first word stays; so does a mark further on.
            (&["Baker", "Hughes", "Co", "said"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["Shares", "in", "Automaker", "General", "Motors", "Co"], vec![span(7, 11, "ORG")], vec![span(7, 11, "ORG")]),
        ];
        check(|spans, views, offset| leave_out_descriptions(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_capital_cut_off_a_body_is_its_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 16] = [
            (&["according", "to", "Home", "Office", "figures"], vec![span(8, 9, "ORG")], vec![span(7, 9, "ORG")]),
            // `General`, a title before persons; after `The` opening the sentence, but not before a name in capitals.
            (&["in", "the", "General", "Assembly"], vec![span(8, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["The", "General", "Assembly", "voted"], vec![span(7, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["The", "Socialist", "CFDT", "union"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["General", "Motors", "Co.", "said"], vec![span(6, 8, "ORG")], vec![span(5, 8, "ORG")]),
            // Not a date, a title, a word in capitals, after a capital or a mark, or opening the sentence.
            (&["the", "July", "FOMC", "meeting"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["said", "Chairman", "Acme", "Corp"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["By", "Home", "Office", "rules"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["in", "Paris", "Home", "Office"], vec![span(6, 7, "LOC"), span(8, 9, "ORG")], vec![span(6, 7, "LOC"), span(8, 9, "ORG")]),
            // Opening the sentence before `International` or `Party` alone; not a connector or a linking adverb.
            (&["Amnesty", "International", "said"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["In", "International", "news"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["Socialist", "Party", "leader", "Olivier"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["Meanwhile", "International", "said"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["Nuclear", "Regulatory", "Commission", "Chairman"], vec![span(6, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["When", "Regulatory", "Commission", "staff"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["Nuclear", "Commission", "staff"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
        ];
        check(|spans, views, offset| capitals_cut_off_bodies(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn premier_opens_the_body_after_it() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["top", "of", "the", "Premier", "League", "."], vec![span(9, 10, "ORG")], vec![span(8, 10, "ORG")]),
            // `Premier` marked on its own is taken in, not overlapped.
            (&["the", "Premier", "League", "."], vec![span(6, 7, "MISC"), span(7, 8, "ORG")], vec![span(6, 8, "ORG")]),
            // Not a person's, nor unmarked words.
            (&["said", "Premier", "Li", "Peng"], vec![span(7, 9, "PER")], vec![span(7, 9, "PER")]),
            (&["the", "Premier", "said", "so"], vec![], vec![]),
        ];
        check(bodies_named_premier, &lexicon, &table);
    }
}
