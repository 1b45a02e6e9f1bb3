//! The credit line that ends a wire story (`(Reporting by Chavi Mehta in
//! Bengaluru; Editing by Shinjini Ganguli)`): its names are people's and the
//! places after `in` where they wrote. Out of a sentence's context, the
//! tagger takes a name there for an organisation's or marks a first name alone.
//! And the reporter a broadcaster's lead-in names (`VOA's Rosanne Skirble has more.`).

use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, TokenView};
use super::organisations::BODY_NOUNS;
use super::spans::{is_unmarked, put_mark};
use super::TaggedSpan;

/// The work a credit names someone for, before `by`.
const CREDITED_WORK: [&str; 6] = ["reporting", "writing", "editing", "compiled", "produced", "research"];

/// The most words a credited name or its place has.
const NAME_WORDS: usize = 4;

/// Marks the names in a sentence's credits as people's and the places they
/// wrote in as places (where unmarked). A credit opens the sentence, or
/// follows `(`, `;` or `Additional`, with its work and `by`; names follow,
/// each perhaps with `in` and a place, joined by `and` or commas, until `;`
/// or `)`. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn credit_lines(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let word = |i: usize| views.get(i).map_or("", |v| v.word.as_str());
    let opens = |i: usize| i == 0 || matches!(word(i - 1), "(" | ";") || views[i - 1].lower == "additional";
    let credits = (0..views.len()).filter(|&i| CREDITED_WORK.contains(&views[i].lower.as_str()) && word(i + 1) == "by" && opens(i));
    for credit in credits.collect::<Vec<_>>() {
        let mut at = credit + 2;
        loop {
            let name = run_of_names(views, at);
            if name.is_empty() {
                break;
            }
            put_mark(spans, TaggedSpan { start: offset + name.start, end: offset + name.end, label: "PER", score: RULE_SCORE });
            at = name.end;
            if word(at) == "in" {
                let place = run_of_names(views, at + 1);
                let (start, end) = (offset + place.start, offset + place.end);
                if !place.is_empty() && is_unmarked(spans, start, end) {
                    put_mark(spans, TaggedSpan { start, end, label: "LOC", score: RULE_SCORE });
                }
                at = place.end.max(at + 1);
            }
            match word(at) {
                "and" | "," => at += 1,
                _ => break,
            }
        }
    }
}

/// Marks as a person the name of two or three words that an organisation's
/// possessive gives before `reports` or `has more` (`this report`, `the
/// story`): the reporter of a broadcaster's lead-in (`VOA's Rosanne Skirble
/// has more.`, `VOA's Parke Brewer reports.`), which the tagger, reading the
/// organisation's name on, took for an organisation when the name was not on
/// its lists. Not a body's service (`VOA's Somali Service reports`). `spans`
/// are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn reporters_in_lead_ins(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let lower = |i: usize| views.get(i).map_or("", |v| v.lower.as_str());
    // (The name is read only after an organisation's possessive: this runs on every sentence.)
    let outlet = |k: usize| matches!(lower(k), "'s" | "’s") && spans.iter().any(|s| s.end == offset + k && s.label == "ORG");
    let possessives: Vec<usize> = (1..views.len()).filter(|&k| outlet(k)).collect();
    for possessive in possessives {
        let name = run_of_names(views, possessive + 1);
        let lead_in = lower(name.end) == "reports" || (lower(name.end) == "has" && matches!(lower(name.end + 1), "more" | "this" | "the"));
        if lead_in && (2..=3).contains(&name.len()) && !BODY_NOUNS.contains(&lower(name.end - 1)) {
            put_mark(spans, TaggedSpan { start: offset + name.start, end: offset + name.end, label: "PER", score: RULE_SCORE });
        }
    }
}

/// The words from `from` that may be a name: capitalised, or holding a
/// capital after a particle (`al-Mughrabi`), at most [`NAME_WORDS`] (none if more).
fn run_of_names(views: &[TokenView], from: usize) -> std::ops::Range<usize> {
    let name_like = |v: &TokenView| is_capitalised(&v.word) || v.word.split('-').skip(1).any(is_capitalised);
    let end = (from..views.len()).find(|&i| !name_like(&views[i])).unwrap_or(views.len());
    if end.saturating_sub(from) > NAME_WORDS {
        from..from
    } else {
        from..end.max(from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, ruled, span, Row};

    #[test]
    fn credited_names_are_people_and_where_they_wrote_places() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 5] = [
            (
                &["(", "Reporting", "by", "Chavi", "Mehta", "in", "Bengaluru", ";", "Editing", "by", "Shinjini", "Ganguli", ")"],
                vec![span(9, 10, "PER"), span(11, 12, "LOC"), span(15, 17, "ORG")],
                vec![ruled(8, 10, "PER"), span(11, 12, "LOC"), ruled(15, 17, "PER")],
            ),
            (
                &["Reporting", "by", "Nidal", "al-Mughrabi", "in", "Gaza", "and", "Maayan", "Lubell", "in", "Jerusalem"],
                vec![span(8, 9, "MISC"), span(10, 11, "LOC")],
                vec![ruled(7, 9, "PER"), span(10, 11, "LOC"), ruled(12, 14, "PER"), ruled(15, 16, "LOC")],
            ),
            (
                &["Editing", "by", "Chizu", "Nomiyama", ",", "Jonathan", "Oatis", ")"],
                vec![span(10, 12, "PER")],
                vec![ruled(7, 9, "PER"), ruled(10, 12, "PER")],
            ),
            // Not inside a sentence, nor over a long run of capitals.
            (&["the", "reporting", "by", "Fox", "News", "was"], vec![span(8, 10, "ORG")], vec![span(8, 10, "ORG")]),
            (&["Editing", "by", "The", "New", "York", "Times", "Company"], vec![span(8, 12, "ORG")], vec![span(8, 12, "ORG")]),
        ];
        check(credit_lines, &lexicon, &table);
    }

    #[test]
    fn the_reporter_of_a_lead_in_is_a_person() {
        let table: [Row; 6] = [
            (
                &["VOA", "'s", "Rosanne", "Skirble", "has", "more", "."],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), ruled(7, 9, "PER")],
            ),
            (
                &["VOA", "'s", "Parke", "Brewer", "reports", "."],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), ruled(7, 9, "PER")],
            ),
            // Not a body's service, nor one word, nor without the lead-in's verb, nor after a place.
            (
                &["VOA", "'s", "Somali", "Service", "reports", "."],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
            ),
            (
                &["VOA", "'s", "Skirble", "reports", "."],
                vec![span(5, 6, "ORG"), span(7, 8, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 8, "ORG")],
            ),
            (
                &["VOA", "'s", "Parke", "Brewer", "said", "."],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
            ),
            (
                &["Kenya", "'s", "Safaricom", "Group", "reports", "."],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
            ),
        ];
        check(reporters_in_lead_ins, &crate::tagger::Lexicon::default(), &table);
    }
}
