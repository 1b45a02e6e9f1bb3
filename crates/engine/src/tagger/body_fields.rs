//! Bodies named for more than one field (`Centers for Disease Control and
//! Prevention`, `Bureau of Alcohol, Tobacco, Firearms and Explosives`): the
//! tagger often ends the name at the last `and`, leaving the last field
//! unmarked or marking it apart (`Explosives` ORG, `Infectious Diseases` PER),
//! or cuts it at a field's word it does not know (`Senate` + `Armed` +
//! `Services Committee`).

use super::features::{is_capitalised, is_listed_place, is_noun_of, is_title, TokenView};
use super::gazetteer::{COMPANIES, FIRST_NAMES};
use super::misread_bodies::is_misread_body;
use super::organisations::BODY_NOUNS;
use super::spans::{join_to_previous, put_mark};
use super::titles::is_portfolio;
use super::TaggedSpan;
use crate::headline::is_all_caps;
use crate::quotes::{is_month, WEEKDAYS};

/// The most capitalised words after the `and` that a body's last field takes.
const FIELD_WORDS: usize = 3;

/// How sure the tagger may be of a mark after the `and` for it still to be
/// read as a field of the body before it (`Trade`, `Explosives` and `Budget`
/// are fields, `Greenpeace` and `Exxon` are bodies of their own).
const FIELD_SCORE: f32 = 0.95;

/// Takes into a body's mark (an organisation's holding a body noun, from
/// [`BODY_NOUNS`], then `of` or `for` and a capitalised word) the `and` just
/// after it and the one to [`FIELD_WORDS`] capitalised words after that,
/// where a word in lower case or punctuation ends them: none a title, a
/// listed first name or firm, a body the tagger misreads or in
/// capitals (`and President Biden`, `and Google`, `and FBI`), and
/// any mark on them one the tagger is unsure of and not a place's (`and
/// Britain`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn bodies_of_joined_fields(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let end = offset + views.len();
    let view = |i: usize| &views[i - offset];
    let is_field_word = |i: usize| {
        let v = view(i);
        is_capitalised(&v.word)
            && !is_all_caps(&v.word)
            && !is_title(&v.lower)
            && v.list_position(FIRST_NAMES).is_none()
            && v.list_position(COMPANIES).is_none()
            && !is_misread_body(&v.word)
    };
    for k in 0..spans.len() {
        let Some(body) = spans.get(k).cloned() else { break };
        let names_fields = body.label == "ORG"
            && (body.start..body.end.saturating_sub(2)).any(|i| {
                // (`Centers for`, `Institutes of`: plural too; `Ministry for the Propagation of Virtue`.)
                let field = if view(i + 2).lower == "the" { i + 3 } else { i + 2 };
                is_noun_of(&BODY_NOUNS, &view(i).lower)
                    && matches!(view(i + 1).lower.as_str(), "of" | "for")
                    && field < body.end
                    && is_capitalised(&view(field).word)
            });
        let and = body.end;
        if !names_fields || and + 1 >= end || view(and).lower != "and" {
            continue;
        }
        // (`and Prevention of Vice`: a field's own `of`, and the capitalised word after it, whatever the tagger
        // made of it: no body nor person is named there.)
        let field_of = |i: usize| {
            i > and + 1 && i + 1 < end && view(i).lower == "of" && is_capitalised(&view(i + 1).word) && !is_all_caps(&view(i + 1).word)
        };
        let after_field_of = |i: usize| field_of(i - 1);
        let mut stop = and + 1;
        while stop < end && stop - and <= FIELD_WORDS && (is_field_word(stop) || field_of(stop) || after_field_of(stop)) {
            stop += 1;
        }
        let ends_there = stop == end || !is_capitalised(&view(stop).word);
        let marks_are_fields = spans
            .iter()
            .filter(|s| s.start < stop && and < s.end)
            .all(|s| and < s.start && s.end <= stop && s.label != "LOC" && (s.score < FIELD_SCORE || after_field_of(s.start)));
        if stop > and + 1 && ends_there && marks_are_fields {
            put_mark(spans, TaggedSpan { end: stop, ..body });
        }
    }
}

/// Nouns that a party is named with, before what it is for (`Congress for
/// Democratic Change`; `Movement for Democratic Change` has a body noun).
pub(super) const PARTY_NOUNS: [&str; 5] = ["congress", "alliance", "coalition", "party", "front"];

/// Joins into one organisation a body's mark and the next mark where the
/// tagger cut the name:
/// - two organisations' marks with one capitalised word between them that no
///   mark holds (`Senate` + `Armed` + `Services Committee`): CoNLL's news
///   never writes an organisation, a capitalised word outside a name and
///   another organisation in a row. Only a plain word, capitalised, of two
///   letters or more (not `V` for versus, `Louis-based`, `W105`, capitals),
///   and no title (`Senate President`) but a portfolio (`NAACP Legal` +
///   `Defense` + `Fund`);
/// - an organisation's mark and a body noun's alone just after it (`House
///   Foreign Affairs` + `Committee`), or a capitalised body noun that no mark
///   holds (`Senate Foreign Relations` + `Committee Chairman`), which also
///   makes a MISC mark before it one (`International Olympic` MISC, read as
///   the `Olympic` of the article's games, + `Committee`);
/// - a mark of any label (a place's: `Britain's Office`; a person's: `Africa
///   Centers`) ending in a body or party noun ([`BODY_NOUNS`], [`PARTY_NOUNS`], or their plurals) and a
///   mark of two words or more after `for`, `for the` or `of the`
///   (`Congress` + `for Democratic Change`, `Institute` + `for the Study of
///   War`, `International Committee` + `of the Red Cross`), or of one plain
///   capitalised word that no firm's name on the lists begins (`National
///   League` MISC + `for Democracy`; in CoNLL's training news a body's name
///   goes on over `for` 11 times in 11); not another name of one word (`Mines
///   and Energy Ministry for Bre-X`: the ministry's dealings with a firm).
///
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_cut_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let mut k = 1;
    while k < spans.len() {
        let (before, after) = (&spans[k - 1], &spans[k]);
        let word = &views[before.end - offset];
        let organisations = before.label == "ORG" && after.label == "ORG";
        let plain_word_between = after.start == before.end + 1
            && word.word.len() > 1
            && is_capitalised(&word.word)
            && word.word.chars().skip(1).all(char::is_lowercase)
            && (!is_title(&word.lower) || is_portfolio(&word.lower));
        let body_noun_after = after.start == before.end && after.end == after.start + 1 && BODY_NOUNS.contains(&word.lower.as_str());
        // `for` or `for the` between (`Institute` + `for the Study of War`), or `of the` (`International
        // Committee` + `of the Red Cross`).
        let the_between = after.start == before.end + 2 && views[before.end + 1 - offset].word == "the";
        let linked = word.word == "for" && after.start == before.end + 1 || matches!(word.word.as_str(), "for" | "of") && the_between;
        let first_after = &views[after.start - offset];
        let plain_word_after = after.end == after.start + 1 && first_after.shape == "Xx" && first_after.list_position(COMPANIES).is_none();
        let cause_after = matches!(after.label, "ORG" | "MISC")
            && linked
            && (after.end - after.start > 1 || plain_word_after)
            && [&BODY_NOUNS[..], &PARTY_NOUNS].iter().any(|nouns| is_noun_of(nouns, &views[before.end - 1 - offset].lower));
        if (organisations && (plain_word_between || body_noun_after)) || cause_after {
            join_to_previous(spans, k);
            spans[k - 1].label = "ORG";
        } else {
            k += 1;
        }
    }
    for k in 0..spans.len() {
        let end = spans[k].end;
        let free = spans.get(k + 1).is_none_or(|next| next.start > end);
        let noun = views.get(end - offset).is_some_and(|v| v.shape == "Xx" && BODY_NOUNS.contains(&v.lower.as_str()));
        if matches!(spans[k].label, "ORG" | "MISC") && free && noun {
            spans[k].end += 1;
            spans[k].label = "ORG";
        }
    }
}

/// Body nouns that name what the body deals with after `on` or `to`
/// (`Conference on Disarmament`, `Committee to Protect Journalists`,
/// `Intergovernmental Panel on Climate Change`, `Forum on China-Africa
/// Cooperation`), with [`BODY_NOUNS`] and [`PARTY_NOUNS`].
const SUBJECT_NOUNS: [&str; 4] = ["conference", "campaign", "panel", "forum"];

/// The most capitalised words a body's subject after `on` or `to` takes.
const SUBJECT_WORDS: usize = 4;

/// Takes into a mark ending in a body noun the `on` or `to` after it and the
/// capitalised words that follow, the body's subject, as one organisation
/// (`Council` + `on Foreign Relations`, `Committee` + `to Protect
/// Journalists`): CoNLL's training news writes such a name four times, each
/// whole. Not a weekday or a month (`the Security Council on Friday`), not a
/// listed place (`the Commission to Brussels`), and after `to` two words at
/// least (a verb and what it acts on). Marks on those words are taken in.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn bodies_on_a_subject(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let end = offset + views.len();
    let mut k = 0;
    while k < spans.len() {
        let body = spans[k].clone();
        let last = &views[body.end - 1 - offset].lower;
        let link = body.end + 1 < end && matches!(views[body.end - offset].word.as_str(), "on" | "to");
        if !link || ![&BODY_NOUNS[..], &PARTY_NOUNS, &SUBJECT_NOUNS].iter().any(|nouns| is_noun_of(nouns, last)) {
            k += 1;
            continue;
        }
        let first = body.end + 1;
        let words =
            views[first - offset..].iter().take(SUBJECT_WORDS).take_while(|v| is_capitalised(&v.word) && !is_all_caps(&v.word)).count();
        let subject = &views[first - offset..first - offset + words];
        let least = if views[body.end - offset].word == "to" { 2 } else { 1 };
        let dated = subject.first().is_some_and(|v| WEEKDAYS.contains(&v.lower.as_str()) || is_month(&v.lower));
        let stop = first + words;
        let cut_mark = spans.iter().any(|s| s.start < stop && stop < s.end);
        if words < least || dated || is_listed_place(subject) || is_listed_place(&subject[..1]) || cut_mark || views[0].caps_line {
            k += 1;
            continue;
        }
        put_mark(spans, TaggedSpan { end: stop, label: "ORG", ..body });
        k += 1;
    }
}

/// Words that end the name of a firm or a school (`Adani Group`, `Tata
/// Motors`, `Dangote Refinery`, `Harvard University`): CoNLL's training news
/// has 43 names of two words or more ending in one, all organisations.
const FIRM_NAME_ENDINGS: [&str; 16] = [
    "group",
    "university",
    "college",
    "school",
    "motors",
    "holdings",
    "industries",
    "airlines",
    "airways",
    "refinery",
    "partners",
    "brothers",
    "media",
    "mining",
    "systems",
    "technologies",
];

/// Makes an organisation of a person's mark of two words or more that ends
/// in a body noun ([`BODY_NOUNS`], or its plural) or a firm's or school's
/// word ([`FIRM_NAME_ENDINGS`]): a body named after someone (`Carter Center`,
/// `Kennedy Foundation`, `Dangote Refinery`); CoNLL's training news has such
/// a person once in 433 such names. `spans` are one sentence's, whose first
/// token is `offset`.
pub(crate) fn bodies_named_after_people(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.label == "PER" && s.end - s.start > 1) {
        let last = &views[span.end - 1 - offset];
        if is_capitalised(&last.word) && (is_noun_of(&BODY_NOUNS, &last.lower) || FIRM_NAME_ENDINGS.contains(&last.lower.as_str())) {
            span.label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::CITIES;
    use crate::tagger::rule_table::{check, lexicon_listing, scored as mark, span, Row};

    #[test]
    fn the_last_field_after_and_is_in_the_body_s_name() {
        let lexicon = lexicon_listing(&[(FIRST_NAMES, &["joe"])]);
        let table: [Row; 12] = [
            // Unmarked, or marked by a tagger unsure of it: taken in.
            (
                &["Ministry", "for", "the", "Propagation", "of", "Virtue", "and", "Prevention", "of", "Vice", ","],
                vec![mark(5, 11, "ORG", 0.9), mark(12, 13, "ORG", 0.5), mark(14, 15, "ORG", 0.5)],
                vec![mark(5, 15, "ORG", 0.9)],
            ),
            (
                &["Office", "of", "Management", "and", "Budget", "said"],
                vec![mark(5, 8, "ORG", 0.9), mark(9, 10, "ORG", 0.91)],
                vec![mark(5, 10, "ORG", 0.9)],
            ),
            (
                &["Centers", "for", "Disease", "Control", "and", "Prevention", "said"],
                vec![mark(5, 9, "ORG", 0.9)],
                vec![mark(5, 11, "ORG", 0.9)],
            ),
            (
                &["Institute", "of", "Allergy", "and", "Infectious", "Diseases", "said"],
                vec![mark(5, 8, "ORG", 0.7), mark(10, 11, "PER", 0.4)],
                vec![mark(5, 11, "ORG", 0.7)],
            ),
            // A body of its own, a place, a person, capitals: two names.
            (
                &["Campaign", "for", "Peace", "and", "Greenpeace", "met"],
                vec![mark(5, 8, "ORG", 0.9), mark(9, 10, "ORG", 0.86)],
                vec![mark(5, 8, "ORG", 0.9), mark(9, 10, "ORG", 0.86)],
            ),
            (
                &["Ministry", "of", "Defence", "and", "Britain", "'s"],
                vec![mark(5, 8, "ORG", 0.9), mark(9, 10, "LOC", 0.5)],
                vec![mark(5, 8, "ORG", 0.9), mark(9, 10, "LOC", 0.5)],
            ),
            (
                &["Ministry", "of", "Defence", "and", "President", "Smith", "met"],
                vec![mark(5, 8, "ORG", 0.9)],
                vec![mark(5, 8, "ORG", 0.9)],
            ),
            (&["Ministry", "of", "Defence", "and", "Joe", "Smith", "met"], vec![mark(5, 8, "ORG", 0.9)], vec![mark(5, 8, "ORG", 0.9)]),
            (&["Ministry", "of", "Defence", "and", "NATO", "met"], vec![mark(5, 8, "ORG", 0.9)], vec![mark(5, 8, "ORG", 0.9)]),
            (&["Department", "of", "Justice", "and", "Google", "met"], vec![mark(5, 8, "ORG", 0.9)], vec![mark(5, 8, "ORG", 0.9)]),
            // Not a body named for a field; a name running on past the words allowed.
            (&["Exxon", "Mobil", "and", "Shell", "Oil", "rose"], vec![mark(5, 7, "ORG", 0.9)], vec![mark(5, 7, "ORG", 0.9)]),
            (
                &["Office", "of", "Budget", "and", "Human", "Services", "Secretary", "Smith"],
                vec![mark(5, 8, "ORG", 0.9)],
                vec![mark(5, 8, "ORG", 0.9)],
            ),
        ];
        check(bodies_of_joined_fields, &lexicon, &table);
    }

    #[test]
    fn what_a_body_deals_with_after_on_or_to_is_in_its_name() {
        let lexicon = lexicon_listing(&[(CITIES, &["brussels"])]);
        let table: [Row; 8] = [
            (&["the", "Council", "on", "Foreign", "Relations", "in"], vec![span(6, 7, "MISC")], vec![span(6, 10, "ORG")]),
            (
                &["Intergovernmental", "Panel", "on", "Climate", "Change", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 10, "ORG")],
            ),
            (&["the", "Conference", "on", "Disarmament", "in"], vec![span(6, 7, "ORG"), span(8, 9, "MISC")], vec![span(6, 9, "ORG")]),
            (&["The", "Committee", "to", "Protect", "Journalists", "said"], vec![span(6, 7, "ORG")], vec![span(6, 10, "ORG")]),
            // A date, a place, one word after `to`, a word in capitals: apart.
            (&["the", "Security", "Council", "on", "Friday", "asked"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["the", "Commission", "on", "Jan.", "5", "said"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["the", "Commission", "to", "Brussels", "Airport", "."], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["the", "Union", "to", "Smith", "and"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
        ];
        check(bodies_on_a_subject, &lexicon, &table);
    }

    #[test]
    fn a_body_named_after_someone_is_an_organisation() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["the", "Carter", "Center", "and"], vec![span(6, 8, "PER")], vec![span(6, 8, "ORG")]),
            (&["the", "Dangote", "Refinery", "in"], vec![span(6, 8, "PER")], vec![span(6, 8, "ORG")]),
            (&["Africa", "Centers", "for"], vec![span(5, 7, "PER")], vec![span(5, 7, "ORG")]),
            (&["Center", "Smith", "said"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
        ];
        check(|spans, views, offset| bodies_named_after_people(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn two_bodies_with_a_capitalised_word_between_are_one() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 12] = [
            // A body noun that no mark holds ends the body's name (an organisation's or MISC's); not a word in capitals or lower case.
            (&["Relations", "Committee", "Chairman", "Bob"], vec![span(5, 6, "ORG")], vec![span(5, 7, "ORG")]),
            (&["International", "Olympic", "Committee", "President"], vec![span(5, 7, "MISC")], vec![span(5, 8, "ORG")]),
            (&["Nigeria", "Football", "Federation", "said"], vec![span(5, 7, "LOC")], vec![span(5, 7, "LOC")]),
            (&["Relations", "committee", "chairman", "Bob"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            (
                &["Senate", "Armed", "Services", "Committee", "Chairman"],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 9, "ORG")],
            ),
            (&["House", "Affairs", "Committee", "met"], vec![span(5, 7, "ORG"), span(7, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["House", "Affairs", "Smith", "met"], vec![span(5, 7, "ORG"), span(7, 8, "ORG")], vec![span(5, 7, "ORG"), span(7, 8, "ORG")]),
            // A portfolio between.
            (&["NAACP", "Legal", "Defense", "Fund"], vec![span(5, 7, "ORG"), span(8, 9, "ORG")], vec![span(5, 9, "ORG")]),
            // A title, capitals, not a plain word, another label: apart.
            (
                &["St.", "Louis-based", "Mercantile", "Inc."],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
            ),
            (
                &["Senate", "President", "Acme", "Corp"],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
            ),
            (&["IBM", "SAYS", "Apple", "Corp"], vec![span(5, 6, "ORG"), span(7, 9, "ORG")], vec![span(5, 6, "ORG"), span(7, 9, "ORG")]),
            (
                &["Paris", "Armed", "Services", "Committee"],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
            ),
        ];
        check(join_cut_bodies, &lexicon, &table);
    }

    #[test]
    fn a_body_and_its_cause_marked_apart_are_one() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 11] = [
            (
                &["the", "Congress", "for", "Democratic", "Change", "said"],
                vec![span(6, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(6, 10, "ORG")],
            ),
            (&["'s", "Office", "for", "National", "Statistics"], vec![span(6, 7, "LOC"), span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            (
                &["Africa", "Centres", "for", "Nuclear", "Disarmament", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "MISC")],
                vec![span(5, 10, "ORG")],
            ),
            (
                &["Institute", "for", "the", "Study", "of", "War", "said"],
                vec![span(5, 6, "ORG"), span(8, 11, "ORG")],
                vec![span(5, 11, "ORG")],
            ),
            (
                &["International", "Committee", "of", "the", "Red", "Cross"],
                vec![span(5, 7, "ORG"), span(9, 11, "ORG")],
                vec![span(5, 11, "ORG")],
            ),
            // `of` without `the`: two names (`Ministry of X` is another rule's).
            (
                &["Defence", "Ministry", "of", "Acme", "Corp", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
            ),
            (
                &["Africa", "Centers", "for", "Disease", "Control", "said"],
                vec![span(5, 7, "PER"), span(8, 10, "ORG")],
                vec![span(5, 10, "ORG")],
            ),
            (
                &["'s", "National", "League", "for", "Democracy", "plans"],
                vec![span(6, 8, "MISC"), span(9, 10, "ORG")],
                vec![span(6, 10, "ORG")],
            ),
            // A name of one word after `for`, not a plain word, or a place's; no body's noun before it.
            (
                &["the", "Commission", "for", "Kenya", "said"],
                vec![span(6, 7, "ORG"), span(8, 9, "LOC")],
                vec![span(6, 7, "ORG"), span(8, 9, "LOC")],
            ),
            (
                &["Energy", "Ministry", "for", "Bre-X", "said"],
                vec![span(5, 7, "ORG"), span(8, 9, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 9, "ORG")],
            ),
            (
                &["Acme", "Corp", "for", "Democratic", "Change"],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
            ),
        ];
        check(join_cut_bodies, &lexicon, &table);
    }
}
