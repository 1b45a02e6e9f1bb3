//! Firms' names after tagging: names joined by `&` are a firm's (`Douglas &
//! Lomason Co`), whose halves the tagger often takes for people; a legal
//! form after a name (`NationsBank` + `Corp.`) joins it; a name before a
//! firm's title (`Amazon founder`) is the firm's; and a listed firm that
//! opens a sentence is marked when it speaks (`Boeing said`) and whole when
//! the tagger left its first word out (`General Motors said`: `Motors`); a
//! firm named by its web address (`Edmunds.com`).

use super::aliases::RULE_SCORE;
use super::datelines::after_dateline;
use super::features::{is_capitalised, is_one_listed_name, TokenView};
use super::gazetteer::{COMPANIES, COUNTRIES};
use super::spans::{first_ending_after, is_unmarked, put_mark, put_mark_over};
use super::titles::is_portfolio;
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// The most unmarked capitalised words either side of an `&` that a firm's name takes.
const FIRM_WORDS: usize = 3;

/// Words for a firm's partners, which an `and` joins to the founder's name
/// as an `&` does (`Ritterbusch and Associates`, `Smith and Sons`).
const PARTNERS: [&str; 4] = ["associates", "partners", "sons", "brothers"];

/// Marks as one organisation the capitalised words either side of an `&`
/// (`Douglas & Lomason Co`, `Edward D. Jones & Co`), or of an `and` before
/// the partners ([`PARTNERS`]): the marks that touch it and up to
/// [`FIRM_WORDS`] unmarked capitalised words on each side, the marks inside
/// taken in. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_firm_names(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let end = offset + views.len();
    let capitalised = |i: usize| is_capitalised(&views[i - offset].word);
    let joins_firm = |i: usize| {
        let view = &views[i - offset];
        view.word == "&" || (view.word == "and" && PARTNERS.contains(&views[i + 1 - offset].lower.as_str()))
    };
    for amp in offset + 1..end.saturating_sub(1) {
        if !joins_firm(amp) || !capitalised(amp - 1) || !capitalised(amp + 1) {
            continue;
        }
        let mark_at = |i: usize, spans: &[TaggedSpan]| spans.iter().position(|s| s.start <= i && i < s.end);
        let mut start = mark_at(amp - 1, spans).map_or(amp, |k| spans[k].start);
        if start == amp {
            while start > offset && amp - start < FIRM_WORDS && capitalised(start - 1) && mark_at(start - 1, spans).is_none() {
                start -= 1;
            }
        }
        let mut stop = mark_at(amp + 1, spans).map_or(amp + 1, |k| spans[k].end);
        let unmarked_from = stop;
        while stop < end && stop - unmarked_from < FIRM_WORDS && capitalised(stop) && mark_at(stop, spans).is_none() {
            stop += 1;
        }
        put_mark_over(spans, start, stop, "ORG");
    }
}

/// A firm's legal forms in lower case, without their full stop: those of
/// the training news and later ones (the European company, `Airbus SE`, from
/// 2004; the Italian `SpA`; British news's lower-case `plc`).
pub(super) const LEGAL_FORMS: [&str; 14] =
    ["inc", "corp", "corporation", "co", "cos", "ltd", "plc", "llc", "ag", "sa", "nv", "se", "spa", "gmbh"];

/// Legal forms that also stand for something else after a name (`New York
/// AG` is its attorney general), so they are one firm's name with it only where the tagger made it.
const FORMS_ALSO_ABBREVIATIONS: [&str; 2] = ["ag", "sa"];

/// Marks as one organisation a firm's name and the legal form after it,
/// capitalised or `plc` ([`LEGAL_FORMS`], but [`FORMS_ALSO_ABBREVIATIONS`]),
/// which the tagger cuts from a name it knows as a listed firm (`Nike` +
/// `Inc.`) or with a form the training news did not write (`Airbus` MISC +
/// `SE`; CoNLL's training news: 216 legal forms after a capitalised word, all
/// in the firm's name): the mark that ends just before the form (a
/// person's too: `Armani SpA`), or up to [`FIRM_WORDS`] unmarked capitalised
/// words (`Shell plc` unmarked). `spans` are one sentence's, sorted, whose first
/// token is `offset`.
pub(crate) fn firms_by_their_legal_form(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for form in 1..views.len() {
        let word = &views[form].word;
        let lower = views[form].lower.trim_end_matches('.');
        let written_as_form = is_capitalised(word) || word == "plc";
        if !written_as_form
            || !LEGAL_FORMS.contains(&lower)
            || FORMS_ALSO_ABBREVIATIONS.contains(&lower)
            || !is_capitalised(&views[form - 1].word)
        {
            continue;
        }
        let at = offset + form;
        let start = match first_ending_after(spans, at - 1).filter(|s| s.end == at) {
            Some(name) => name.start,
            None => {
                let mut start = at;
                while start > offset
                    && at - start < FIRM_WORDS
                    && is_capitalised(&views[start - 1 - offset].word)
                    && is_unmarked(spans, start - 1, start)
                {
                    start -= 1;
                }
                start
            }
        };
        if start < at {
            put_mark(spans, TaggedSpan { start, end: at + 1, label: "ORG", score: RULE_SCORE });
        }
    }
}

/// Titles held in a firm or an institution, which news writes after its name
/// (`Amazon founder Jeff Bezos`, `Audi CEO`): the name before one is an
/// organisation's. CoNLL's train and development text mark no place before
/// one (a country's `President`, a `White House spokesman` do follow places).
const FIRM_TITLES: [&str; 9] = ["founder", "co-founder", "ceo", "chairman", "chairwoman", "economist", "analyst", "director", "executive"];

/// Last words of the world's regions, whose names head a post in a firm or
/// a group as places (`Asia director at Human Rights Watch`, `Middle East
/// analyst`).
const WORLD_REGIONS: [&str; 7] = ["africa", "america", "americas", "asia", "caribbean", "east", "europe"];

/// Relabels as an organisation a place's mark just before a firm's title
/// ([`FIRM_TITLES`]), unless it names a country or a region of the world,
/// which a post covers (`the group's Kenya director`). `spans` are one
/// sentence's, whose first token is `offset`.
pub(crate) fn firms_before_their_titles(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let title_after = views.get(span.end - offset).is_some_and(|v| FIRM_TITLES.contains(&v.lower.as_str()));
        let words = &views[span.start - offset..span.end - offset];
        let covered = is_one_listed_name(words, COUNTRIES) || words.last().is_some_and(|w| WORLD_REGIONS.contains(&w.lower.as_str()));
        if span.label == "LOC" && title_after && !covered {
            span.label = "ORG";
        }
    }
}

/// Marks as an organisation an unmarked capitalised word that opens a
/// sentence (or follows its dateline), is a company's whole name on the name
/// lists and is followed by a speech verb (`Boeing said on Wednesday …`: the
/// tagger doubts a sentence's first word, and a firm's name alone gives it
/// little else). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn firms_that_speak(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let opening = after_dateline(views).unwrap_or(0);
    let speaks = opening + 1 < views.len() && crate::quotes::is_speech_verb(&views[opening + 1].word);
    let firm = views.get(opening).is_some_and(|v| is_capitalised(&v.word) && v.list_position(COMPANIES) == Some(0));
    let at = offset + opening;
    if speaks && firm && is_unmarked(spans, at, at + 1) {
        put_mark(spans, TaggedSpan { start: at, end: at + 1, label: "ORG", score: RULE_SCORE });
    }
}

/// Gives back to a mark the word that opens its sentence (or follows its
/// dateline) when the two are a listed firm's whole name (`General` +
/// `Motors said`, `Spirit` + `AeroSystems`), or a government's portfolio
/// and its ministry, office or department (`Home` + `Ministry`): the tagger
/// doubts a sentence's first word, the more so one that is also a title or a
/// common word, and CoNLL's news never leaves such a word out of the firm
/// (13 in 13). Not an
/// article (a list has `The Beirut …`); the word's own mark, if any, is
/// taken in. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn firms_cut_at_the_opening(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let opening = after_dateline(views).unwrap_or(0);
    let at = offset + opening;
    let Some(span) = spans.iter().find(|s| s.start == at + 1) else { return };
    let first = &views[opening];
    let whole = is_one_listed_name(&views[opening..span.end - offset], COMPANIES);
    // (`Home` + `Ministry spokesman …`: a government's portfolio and its ministry.)
    let ministry = is_portfolio(&first.lower) && matches!(views[span.start - offset].lower.as_str(), "ministry" | "office" | "department");
    let determiner = crate::quotes::DETERMINERS.contains(&first.lower.as_str());
    if (whole || ministry) && is_capitalised(&first.word) && !is_all_caps(&first.word) && !determiner {
        put_mark(spans, TaggedSpan { start: at, label: "ORG", ..span.clone() });
    }
}

/// Endings of a web address that names a firm (`Amazon.com`, `Edmunds.com`).
const FIRM_DOMAINS: [&str; 3] = [".com", ".org", ".net"];

/// Marks as an organisation an unmarked capitalised word that ends with a
/// web address's ending ([`FIRM_DOMAINS`]): a firm named by its address,
/// which the training news never wrote and the tagger leaves unmarked, so
/// that `Amazon.com said` had no speaker. `spans` are one sentence's, sorted,
/// whose first token is `offset`.
pub(crate) fn firms_named_by_their_address(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for (i, view) in views.iter().enumerate() {
        let address = FIRM_DOMAINS.iter().any(|domain| view.lower.len() > domain.len() + 1 && view.lower.ends_with(domain));
        if address && is_capitalised(&view.word) && is_unmarked(spans, offset + i, offset + i + 1) {
            put_mark(spans, TaggedSpan { start: offset + i, end: offset + i + 1, label: "ORG", score: RULE_SCORE });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn a_firms_name_and_a_later_legal_form_are_one_organisation() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 8] = [
            (&["Rival", "Airbus", "SE", "delivered"], vec![span(6, 7, "MISC"), span(7, 8, "ORG")], vec![ruled(6, 8, "ORG")]),
            (&["sued", "Nike", "Inc.", "today"], vec![span(6, 7, "ORG"), span(7, 8, "ORG")], vec![ruled(6, 8, "ORG")]),
            (&["sued", "Acme", "Widgets", "Corp", "today"], vec![span(8, 9, "ORG")], vec![ruled(6, 9, "ORG")]),
            // An abbreviation as well as a form: as the tagger made it.
            (&["said", "New", "York", "AG", "Letitia"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            // A legal form's word in lower case is no form.
            (&["Acme", "co", "-", "founder"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            (&["Royal", "Dutch", "Shell", "plc", "said"], vec![], vec![ruled(5, 9, "ORG")]),
            (&["owner", "Armani", "SpA", "said"], vec![span(6, 7, "PER")], vec![ruled(6, 8, "ORG")]),
            // After a word in lower case: as it is.
            (&["the", "firm", "SE", "said"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
        ];
        check(firms_by_their_legal_form, &lexicon, &table);
    }

    #[test]
    fn a_listed_firm_that_opens_a_sentence_and_speaks_is_marked() {
        let lexicon = lexicon_listing(&[(COMPANIES, &["boeing"])]);
        let table: [Row; 5] = [
            (&["Boeing", "said", "on", "Monday"], vec![], vec![ruled(5, 6, "ORG")]),
            // Not when the tagger marked it, nor without a speech verb, nor in lower case or further on.
            (&["Boeing", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Boeing", "jets", "flew"], vec![], vec![]),
            (&["boeing", "said", "so", "Boeing"], vec![], vec![]),
            // After a dateline.
            (
                &["WASHINGTON", "(", "Reuters", ")", "-", "Boeing", "said", "so"],
                vec![span(5, 6, "LOC"), span(7, 8, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 8, "ORG"), ruled(10, 11, "ORG")],
            ),
        ];
        check(firms_that_speak, &lexicon, &table);
    }

    #[test]
    fn a_listed_firms_opening_word_left_out_is_taken_back() {
        let lexicon = lexicon_listing(&[(COMPANIES, &["general motors", "spirit aerosystems", "the beirut"])]);
        let table: [Row; 10] = [
            (&["General", "Motors", "said", "so"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            // The opening word's own mark is taken in, not overlapped.
            (&["General", "Motors", "said", "so"], vec![span(5, 6, "PER"), span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["Spirit", "AeroSystems", ",", "which"], vec![span(6, 7, "PER")], vec![span(5, 7, "ORG")]),
            (
                &["DETROIT", "(", "AP", ")", "—", "General", "Motors", "said"],
                vec![span(5, 6, "LOC"), span(7, 8, "ORG"), span(11, 12, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 8, "ORG"), span(10, 12, "ORG")],
            ),
            // Not a word that with the mark is no listed name, nor an article, nor one further on, nor words in capitals.
            (&["The", "Beirut", "office"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
            (&["General", "Mills", "said"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["Then", "General", "Motors", "said"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["GENERAL", "MOTORS", "CUTS", "JOBS"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            // A portfolio's ministry, office or department; not another body.
            (&["Home", "Ministry", "spokesman", "Laxmi"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["Home", "Guard", "units"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
        ];
        check(firms_cut_at_the_opening, &lexicon, &table);
    }

    #[test]
    fn a_place_before_a_firm_title_is_the_firm() {
        let lexicon = lexicon_listing(&[(COUNTRIES, &["Kenya"])]);
        let table: [Row; 7] = [
            (
                &["Amazon", "founder", "Jeff", "Bezos"],
                vec![span(5, 6, "LOC"), span(7, 9, "PER")],
                vec![span(5, 6, "ORG"), span(7, 9, "PER")],
            ),
            (&["the", "Shell", "CEO", "said"], vec![span(6, 7, "LOC")], vec![span(6, 7, "ORG")]),
            // A country's president, a demonym, a place at the sentence's end stay as they are.
            (&["US", "President", "Joe", "Biden"], vec![span(5, 6, "LOC"), span(7, 9, "PER")], vec![span(5, 6, "LOC"), span(7, 9, "PER")]),
            (
                &["a", "Scottish", "executive", "in", "Paris"],
                vec![span(6, 7, "MISC"), span(9, 10, "LOC")],
                vec![span(6, 7, "MISC"), span(9, 10, "LOC")],
            ),
            // A post covering a country or a region of the world.
            (
                &["Adams", ",", "Asia", "director", "at"],
                vec![span(5, 6, "PER"), span(7, 8, "LOC")],
                vec![span(5, 6, "PER"), span(7, 8, "LOC")],
            ),
            (&["the", "Middle", "East", "analyst"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            (&["its", "Kenya", "director", "said"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
        ];
        let relabel = |spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize| firms_before_their_titles(spans, views, offset);
        check(relabel, &lexicon, &table);
    }

    #[test]
    fn names_joined_by_an_ampersand_are_a_firm() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            // Persons either side, a suffix after.
            (
                &["Shares", "of", "Douglas", "&", "Lomason", "Co", "rose"],
                vec![span(7, 8, "PER"), span(9, 10, "PER")],
                vec![span(7, 11, "ORG")],
            ),
            (&["at", "Edward", "D.", "Jones", "&", "Co", "."], vec![span(6, 9, "PER"), span(9, 11, "ORG")], vec![span(6, 11, "ORG")]),
            // Nothing marked.
            (&["Procter", "&", "Gamble", "said"], vec![], vec![ruled(5, 8, "ORG")]),
            // Not between lowercase words, nor at a sentence's edge.
            (&["salt", "&", "pepper", "Smith"], vec![span(8, 9, "PER")], vec![span(8, 9, "PER")]),
            (&["&", "Lomason"], vec![span(6, 7, "PER")], vec![span(6, 7, "PER")]),
            // `and` before the partners; not before others.
            (&["of", "Ritterbusch", "and", "Associates", "in"], vec![span(6, 7, "PER"), span(8, 9, "ORG")], vec![span(6, 9, "ORG")]),
            (&["Smith", "and", "Jones", "said"], vec![span(5, 6, "PER"), span(7, 8, "PER")], vec![span(5, 6, "PER"), span(7, 8, "PER")]),
        ];
        check(join_firm_names, &lexicon, &table);
    }

    #[test]
    fn a_firm_named_by_its_web_address_is_an_organisation() {
        let table: [Row; 3] = [
            (&["of", "Edmunds.com", "said"], vec![], vec![ruled(6, 7, "ORG")]),
            // Not inside a mark, nor a word in lower case or without a name before its ending.
            (&["Amazon.com", "Inc", "rose"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["visit", "example.com", "or", ".com"], vec![], vec![]),
        ];
        check(firms_named_by_their_address, &crate::tagger::Lexicon::default(), &table);
    }
}
