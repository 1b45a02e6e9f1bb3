//! Bodies named for what they judge or serve: courts (`Kenya's High Court`,
//! `the Ninth Circuit`), which the tagger reads as places where a verb comes
//! late, and districts that run a service (`Lubbock Independent School
//! District`), whose `District` the training news writes in lower case and
//! the tagger leaves out.

use super::features::{is_capitalised, is_listed_place, TokenView};
use super::TaggedSpan;

/// Words that say a `Court` judges (`High Court`, `Court of Appeals`), as a
/// sports ground's (`Centre Court`, `Stadium Court`) does not.
const COURT_KINDS: [&str; 22] = [
    "high",
    "supreme",
    "constitutional",
    "federal",
    "district",
    "circuit",
    "appeal",
    "appeals",
    "criminal",
    "magistrates",
    "magistrate's",
    "crown",
    "county",
    "superior",
    "military",
    "administrative",
    "electoral",
    "family",
    "juvenile",
    "bankruptcy",
    "sharia",
    "justice",
];

/// Ordinals that number an appeals court's circuit (`Ninth Circuit`, `5th Circuit`).
const ORDINALS: [&str; 11] = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh"];

/// Whether a lowercased word is an ordinal in letters or figures (`ninth`, `5th`, `1st`).
fn is_ordinal(lower: &str) -> bool {
    let figures = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    ORDINALS.contains(&lower)
        || (!figures.is_empty()
            && figures.chars().all(|c| c.is_ascii_digit())
            && matches!(&lower[figures.len()..], "st" | "nd" | "rd" | "th"))
}

/// Makes an organisation of a mark of two words or more that names a court:
/// it holds a capitalised `Court` and a word of [`COURT_KINDS`], or ends with
/// `Circuit` after an ordinal (a race's circuit has none). CoNLL's training
/// news marks a `Court` an organisation 18 times in 21 (the others tennis
/// grounds). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn courts(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.label != "ORG" && s.end - s.start > 1) {
        let words = &views[span.start - offset..span.end - offset];
        let court = words.iter().any(|v| v.word == "Court") && words.iter().any(|v| COURT_KINDS.contains(&v.lower.as_str()));
        let circuit = matches!(words, [.., ordinal, last] if last.word == "Circuit" && is_ordinal(&ordinal.lower));
        if court || circuit {
            span.label = "ORG";
        }
    }
}

/// Takes into a mark of two words or more, not a person's nor a listed
/// place's, the unmarked capitalised `District` after it, or a capitalised
/// word and `District` (`South Plains Public Health` + `District`, `Los
/// Angeles Unified` + `School District`): a district that runs a service.
/// Not before another capitalised word (`Manhattan District Attorney`).
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn service_districts(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let capitalised = |i: usize| views.get(i).is_some_and(|v| is_capitalised(&v.word));
    for k in 0..spans.len() {
        let (start, end) = (spans[k].start - offset, spans[k].end - offset);
        let free_to = spans.get(k + 1).map_or(views.len(), |next| next.start - offset);
        let Some(district) = (end..free_to.min(end + 2)).find(|&i| views[i].word == "District") else { continue };
        let named = end - start > 1 && spans[k].label != "PER" && !is_listed_place(&views[start..end]);
        if named && (end..district).all(capitalised) && !capitalised(district + 1) {
            spans[k].end = district + 1 + offset;
            spans[k].label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::CITIES;
    use crate::tagger::rule_table::{check, lexicon_listing, span, Row};

    #[test]
    fn courts_are_organisations() {
        let lexicon = lexicon_listing(&[]);
        let table: [Row; 7] = [
            (
                &["Kenya", "'s", "High", "Court", "on", "Friday"],
                vec![span(5, 6, "LOC"), span(7, 9, "LOC")],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
            ),
            (&["the", "Federal", "Court", "of", "Australia", "ruled"], vec![span(6, 10, "LOC")], vec![span(6, 10, "ORG")]),
            (&["the", "Ninth", "Circuit", "ruled"], vec![span(6, 8, "MISC")], vec![span(6, 8, "ORG")]),
            (&["the", "5th", "Circuit", "ruled"], vec![span(6, 8, "LOC")], vec![span(6, 8, "ORG")]),
            // A tennis ground, a race's circuit, a person named Court: as they are.
            (&["on", "Centre", "Court", "today"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            (&["at", "Lusail", "International", "Circuit"], vec![span(6, 9, "LOC")], vec![span(6, 9, "LOC")]),
            (&["Judge", "Anna", "Court", "said"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
        ];
        check(|spans, views, offset| courts(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_district_after_a_service_s_name_is_in_it() {
        let lexicon = lexicon_listing(&[(CITIES, &["new delhi"])]);
        let table: [Row; 7] = [
            (&["the", "South", "Plains", "Public", "Health", "District", "said"], vec![span(6, 10, "ORG")], vec![span(6, 11, "ORG")]),
            (&["Lubbock", "Independent", "School", "District", "said"], vec![span(5, 8, "LOC")], vec![span(5, 9, "ORG")]),
            (&["Los", "Angeles", "Unified", "School", "District", "."], vec![span(5, 8, "ORG")], vec![span(5, 10, "ORG")]),
            // Before a title, after a listed place, a person or one word, or with a mark between: as they are.
            (&["Manhattan", "Borough", "District", "Attorney", "Bragg"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["New", "Delhi", "District", "said"], vec![span(5, 7, "LOC")], vec![span(5, 7, "LOC")]),
            (&["Gulu", "District", "said"], vec![span(5, 6, "LOC")], vec![span(5, 6, "LOC")]),
            (&["Ann", "Lee", "District", "said"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
        ];
        check(|spans, views, offset| service_districts(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn ordinals_in_letters_and_figures() {
        for (word, expected) in
            [("ninth", true), ("5th", true), ("21st", true), ("th", false), ("5", false), ("eleventh", true), ("north", false)]
        {
            assert_eq!(is_ordinal(word), expected, "{word}");
        }
    }
}
