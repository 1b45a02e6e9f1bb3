//! Organisation names the tagger cuts: a body named by two things joined
//! with `and` (`Independent Electoral and Boundaries Commission`, `Food and
//! Drug Administration`) is one name, which the tagger often cuts at the
//! `and`; so is a name cut after a possessive inside it (`Lord's` +
//! `Resistance Army`), at its `of`, `for` or a preposition, or a chamber's
//! committee. Opening words: `body_openings.rs`; bodies read as something
//! else: `misread_bodies.rs`; firms: `firms.rs`; agencies in datelines and
//! photo credits: `datelines.rs`.

use super::datelines::after_dateline;
use super::features::{is_capitalised, is_noun_of, is_title, TokenView};
use super::firms::LEGAL_FORMS;
use super::gazetteer::COMPANIES;
use super::misread_bodies::is_misread_body;
use super::spans::{free_before, join_marks, join_to_previous, join_touching, put_mark_over, unmarked_capital_before};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Nouns that end the name of a public body. A name that ends with one and
/// follows `and` is the second half of a longer name, unless the words before
/// the `and` already name a body of their own (`the Federal Trade Commission
/// and Justice Department` are two).
pub(super) const BODY_NOUNS: [&str; 29] = [
    "administration",
    "agency",
    "association",
    "authority",
    "board",
    "brotherhood",
    "bureau",
    "center",
    "centre",
    "commission",
    "committee",
    "council",
    "department",
    "federation",
    "foundation",
    "fund",
    "institute",
    "league",
    "ministry",
    "movement",
    "office",
    "organisation",
    "organization",
    "service",
    "services",
    "society",
    "tribunal",
    "union",
    "unit",
];

/// Nouns that open the name of a school (`College London` after `King's`).
const SCHOOL_NOUNS: [&str; 3] = ["college", "university", "school"];

/// The most words before the `and` that a name's first half takes when the tagger left them unmarked.
const UNMARKED_WORDS: usize = 3;

/// Joins an organisation that ends with a body noun ([`BODY_NOUNS`]) and
/// follows `and` with the organisation's mark (or unmarked capitalised words)
/// just before the `and`, when those hold no body noun themselves. `spans`
/// are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_coordinated_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let view = |i: usize| &views[i - offset];
    // (`Freedom and Justice Party`: a party's name too.)
    let is_body = |i: usize| BODY_NOUNS.contains(&view(i).lower.as_str()) || view(i).lower == "party";
    let mut k = 0;
    while k < spans.len() {
        let second = &spans[k];
        // (`Google and Amazon Web Services`: two firms, each named by its own, are two bodies.)
        let firm = |i: usize| is_misread_body(&view(i).word) || matches!(view(i).list_position(COMPANIES), Some(0 | 1));
        let joined = second.label == "ORG"
            && is_body(second.end - 1)
            && second.start >= offset + 2
            && matches!(view(second.start - 1).lower.as_str(), "and" | "&")
            && is_capitalised(&view(second.start - 2).word)
            && !(firm(second.start) && firm(second.start - 2));
        if !joined {
            k += 1;
            continue;
        }
        let and = second.start - 1;
        let previous_end = free_before(spans, k, offset);
        if previous_end == and {
            let first = &spans[k - 1];
            // (A body noun may open the first half's name: `Union Solidarity and Development Party`.)
            let names_a_body = |i: usize| is_body(i) && (i > first.start || first.end == first.start + 1);
            if first.label == "ORG" && !(first.start..first.end).any(names_a_body) {
                join_to_previous(spans, k);
                continue;
            }
        } else {
            let mut start = and;
            // (`The Economic and Financial Crimes Commission`: a sentence's `The` is no word of the name.)
            let name_word = |i: usize| is_capitalised(&view(i).word) && view(i).lower != "the";
            while start > previous_end && and - start < UNMARKED_WORDS && name_word(start - 1) && !is_body(start - 1) {
                start -= 1;
            }
            if start < and && (start == previous_end || !name_word(start - 1)) {
                spans[k].start = start;
            }
        }
        k += 1;
    }
}

/// Chambers whose committees' names open with them (`Senate Foreign Relations Committee`).
const CHAMBERS: [&str; 2] = ["senate", "house"];

/// Joins a chamber's mark of one word ([`CHAMBERS`]) to a committee's mark
/// of any label after it, with the capitalised words between that the tagger
/// left out (`Senate` and `Relations Committee`, `Foreign` unmarked): one committee's name.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn committees_of_a_chamber(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    // (The committee's mark may have any label: the tagger reads `Relations Committee` as a person.)
    join_marks(spans, |chamber, committee| {
        chamber.label == "ORG"
            && chamber.end - chamber.start == 1
            && CHAMBERS.contains(&views[chamber.start - offset].lower.as_str())
            && committee.start - chamber.end <= 2
            && (chamber.end..committee.start).all(|i| is_capitalised(&views[i - offset].word))
            && views[committee.end - 1 - offset].lower == "committee"
    });
}

/// Joins a mark that ends with a possessive to the mark of its label that
/// touches it: the possessive was inside one name, which the tagger cut after
/// it (`Tigray People's` + `Liberation Front`, `Lord's` + `Resistance Army`).
/// And an organisation's mark after a possessive (or one opening with a body's
/// or a school's noun: an organisation if the tagger read it as a person's)
/// takes it and the unmarked capitalised word before it (`King's` + `College London`,
/// `People's` + `Liberation Army`): a mark's possessive is an owner (`Britain's` + `Labour
/// Party`), but a word the tagger left unmarked before it opens the name. Not
/// the sentence's first word (`Today's`), nor a day's or a month's name.
/// A mark of the possessive alone, which the tagger made of `People's`, names
/// nothing and goes first; a mark of a people or a place touching such an
/// organisation opens its name (`Ethiopian` + `People's Revolutionary
/// Democratic Front`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_names_across_possessives(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    spans.retain(|s| !(s.end - s.start == 1 && crate::quotes::is_possessive(&views[s.start - offset].word)));
    join_touching(spans, |previous, span| {
        let possessive = crate::quotes::is_possessive(&views[previous.end - 1 - offset].word);
        possessive && previous.end - previous.start > 1 && previous.label == span.label
    });
    for k in 0..spans.len() {
        let Some(owner) = spans[k].start.checked_sub(offset + 2).filter(|&i| i > 0) else { continue };
        let word = &views[owner];
        let opens_name = is_capitalised(&word.word)
            && !is_all_caps(&word.word)
            && !crate::quotes::is_month(&word.lower)
            && !crate::quotes::WEEKDAYS.contains(&word.lower.as_str());
        // (The tagger may read `College London` after `King's` as a person.)
        let first = &views[spans[k].start - offset].lower;
        let body = spans[k].label == "ORG" || BODY_NOUNS.contains(&first.as_str()) || SCHOOL_NOUNS.contains(&first.as_str());
        if body && crate::quotes::is_possessive(&views[owner + 1].word) && opens_name && free_before(spans, k, offset) <= offset + owner {
            spans[k].start -= 2;
            if spans[k].label == "PER" {
                spans[k].label = "ORG";
            }
        }
    }
    let peoples = |span: &TaggedSpan| span.label == "ORG" && span.end - span.start > 2 && views[span.start - offset].lower == "people";
    let mut k = 1;
    while k < spans.len() {
        if spans[k - 1].end == spans[k].start && matches!(spans[k - 1].label, "MISC" | "LOC") && peoples(&spans[k]) {
            join_to_previous(spans, k);
            spans[k - 1].label = "ORG";
        } else {
            k += 1;
        }
    }
}

/// Mends a mark that ends with `of` or `for` before another mark, not a
/// person's (a name never ends with either): after a firm's legal form ([`LEGAL_FORMS`])
/// the `of` is left out and a place stays, as `of` and a place tell where
/// the firm is (`Kia Motor Corp of South Korea`; CoNLL's training and
/// development text mark the place apart 4 times in 7); otherwise the two are
/// one name of the first's kind (`Voice of America`, `Bomas of Kenya`,
/// `Nation of Islam`, `Republic of Ireland`, which the tagger cuts after the
/// `of`; `National Superintendency for` + `Fair Prices`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn mend_names_ending_in_of_or_for(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let lower = |i: usize| views[i - offset].lower.trim_end_matches('.');
    let mut k = 1;
    while k < spans.len() {
        let (first, second) = (&spans[k - 1], &spans[k]);
        let cut = second.label != "PER"
            && first.end == second.start
            && first.end - first.start > 1
            && matches!(lower(first.end - 1), "of" | "for");
        if !cut {
            k += 1;
        } else if first.label == "ORG" && second.label == "LOC" && LEGAL_FORMS.contains(&lower(first.end - 2)) {
            spans[k - 1].end -= 1;
            k += 1;
        } else {
            join_to_previous(spans, k);
        }
    }
}

/// Prepositions that only a body's name holds in capitals (`Doctors Without
/// Borders`, `Action Against Hunger`; all four such names in CoNLL's training
/// news are organisations').
const NAME_PREPOSITIONS: [&str; 4] = ["without", "against", "across", "beyond"];

/// Takes the capitalised word before a mark that starts with such a
/// preposition ([`NAME_PREPOSITIONS`]) into it, as an organisation
/// (`Without Borders` LOC after `Doctors`). `spans` are one sentence's,
/// sorted, whose first token is `offset`.
pub(crate) fn bodies_named_with_a_preposition(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let span = &spans[k];
        let opens = NAME_PREPOSITIONS.contains(&views[span.start - offset].lower.as_str()) && span.end - span.start > 1;
        if opens && unmarked_capital_before(spans, k, views, offset) {
            spans[k].start -= 1;
            spans[k].label = "ORG";
        }
    }
}

/// The most capitalised words after `of` in a body's name that opens a sentence.
const OPENING_BODY_WORDS: usize = 5;

/// Marks a body's name that opens the sentence (or follows its dateline)
/// with its noun, `of` and capitalised words (`Ministry of Defence officials
/// said`, `Council of Europe` LOC, `Department of` + `Homeland Security`),
/// which the tagger, reading the first word as any sentence's, leaves out
/// or cuts: inside a sentence CoNLL's training news has a capitalised body
/// noun before `of` and a capitalised word in a name 32 times in 32. The
/// marks among those words make way. Not in a line in capitals, where every
/// word is capitalised. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn bodies_opening_with_their_noun(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let opening = after_dateline(views).unwrap_or(0);
    let head = |i: usize| views.get(i).is_some_and(|v| is_capitalised(&v.word) && !v.caps_line && BODY_NOUNS.contains(&v.lower.as_str()));
    if !head(opening) || views.get(opening + 1).is_none_or(|v| v.word != "of") {
        return;
    }
    let name = opening + 2 + usize::from(views.get(opening + 2).is_some_and(|v| v.word == "the"));
    let words = views[name.min(views.len())..].iter().take(OPENING_BODY_WORDS).take_while(|v| is_capitalised(&v.word)).count();
    if words == 0 {
        return;
    }
    let (start, end) = (offset + opening, offset + name + words);
    // (Not over a mark that runs out of the name.)
    let crosses = spans.iter().any(|s| s.start < end && start < s.end && (s.start < start || end < s.end));
    if !crosses {
        put_mark_over(spans, start, end, "ORG");
    }
}

/// Takes into a body's mark the capitalised words and the `for` just before
/// it, which name what the body is (`Centers for` + `Disease Control`,
/// `Committee for` + `Human Rights`): unmarked, not a title (`Minister for`)
/// and not the sentence's first word (`Support for Hamas`). A MISC mark
/// after a body's noun and `for` is such a body's too (`Centers for` +
/// `Disease Control` MISC, without `and Prevention`). `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn bodies_for_a_cause(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let free_from = free_before(spans, k, offset);
        let span = &spans[k];
        if span.start < free_from + 2 || views[span.start - 1 - offset].word != "for" {
            continue;
        }
        let body_noun = &views[span.start - 2 - offset];
        let body = is_capitalised(&body_noun.word) && is_noun_of(&BODY_NOUNS, &body_noun.lower);
        if !(span.label == "ORG" || (span.label == "MISC" && body)) {
            continue;
        }
        let named = |i: usize| {
            let view = &views[i - offset];
            i > offset && is_capitalised(&view.word) && !is_title(&view.lower)
        };
        let mut start = span.start - 1;
        while start > free_from && named(start - 1) {
            start -= 1;
        }
        if start < span.start - 1 {
            spans[k].start = start;
            spans[k].label = "ORG";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn what_a_body_is_for_is_in_its_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            (
                &["the", "U.S.", "Centers", "for", "Disease", "Control", "said"],
                vec![span(6, 7, "LOC"), span(9, 11, "ORG")],
                vec![span(6, 7, "LOC"), span(7, 11, "ORG")],
            ),
            (&["a", "Campaign", "for", "Nuclear", "Disarmament", "rally"], vec![span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            // A MISC mark after a body's noun and `for`; not after another word.
            (&["The", "Centers", "for", "Disease", "Control", "advised"], vec![span(8, 10, "MISC")], vec![span(6, 10, "ORG")]),
            (&["The", "Tickets", "for", "Euro", "2024", "sold"], vec![span(8, 10, "MISC")], vec![span(8, 10, "MISC")]),
            // Not a title, nor the sentence's first word, nor before another kind of mark.
            (&["the", "Minister", "for", "Foreign", "Affairs"], vec![span(8, 10, "ORG")], vec![span(8, 10, "ORG")]),
            (&["Support", "for", "Hamas", "grew"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["a", "Ticket", "for", "Paris", "."], vec![span(8, 9, "LOC")], vec![span(8, 9, "LOC")]),
        ];
        check(|spans, views, offset| bodies_for_a_cause(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_chamber_s_committee_is_one_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (
                &["The", "Senate", "Foreign", "Relations", "Committee", "approved"],
                vec![span(6, 7, "ORG"), span(8, 10, "PER")],
                vec![span(6, 10, "ORG")],
            ),
            (&["the", "House", "Judiciary", "Committee"], vec![span(6, 7, "ORG"), span(8, 9, "ORG")], vec![span(6, 9, "ORG")]),
            // Not a word in lower case between, nor a mark that is no committee.
            (
                &["the", "Senate", "voted", "Committee"],
                vec![span(6, 7, "ORG"), span(8, 9, "ORG")],
                vec![span(6, 7, "ORG"), span(8, 9, "ORG")],
            ),
            (&["the", "Senate", "Obama", "Care"], vec![span(6, 7, "ORG"), span(7, 9, "PER")], vec![span(6, 7, "ORG"), span(7, 9, "PER")]),
        ];
        check(committees_of_a_chamber, &lexicon, &table);
    }

    #[test]
    fn names_cut_after_an_inner_possessive_are_joined() {
        let table: [Row; 12] = [
            (
                &["Tigray", "People", "'s", "Liberation", "Front", "says"],
                vec![span(5, 8, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 10, "ORG")],
            ),
            (&["Lord", "’s", "Resistance", "Army"], vec![span(5, 7, "ORG"), span(7, 9, "ORG")], vec![span(5, 9, "ORG")]),
            // A mark of the possessive alone goes; a people's or a place's mark opens a people's body after it.
            (
                &["the", "Ethiopian", "People", "'s", "Revolutionary", "Democratic", "Front"],
                vec![span(6, 7, "MISC"), span(8, 9, "ORG"), span(9, 12, "ORG")],
                vec![span(6, 12, "ORG")],
            ),
            (&["the", "group", "'s", "leader"], vec![span(7, 8, "ORG")], vec![]),
            (&["Ethiopian", "Airlines", "flew"], vec![span(5, 6, "MISC"), span(6, 7, "ORG")], vec![span(5, 6, "MISC"), span(6, 7, "ORG")]),
            // Not marks apart or of two labels (`Germany 's` + `Foreign Ministry` is no mark's possessive).
            (
                &["Lord", "'s", "the", "Resistance", "Army"],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 10, "ORG")],
            ),
            (
                &["Tigray", "'s", "Liberation", "Front"],
                vec![span(5, 7, "LOC"), span(7, 9, "ORG")],
                vec![span(5, 7, "LOC"), span(7, 9, "ORG")],
            ),
            // An unmarked word and its possessive open the organisation after them.
            (&["of", "King", "'s", "College", "London"], vec![span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            (&["of", "King", "'s", "College", "London"], vec![span(8, 10, "PER")], vec![span(6, 10, "ORG")]),
            // Not a mark's (an owner), the sentence's first word, a day's name.
            (&["Britain", "'s", "Labour", "Party"], vec![span(5, 6, "LOC"), span(7, 9, "ORG")], vec![span(5, 6, "LOC"), span(7, 9, "ORG")]),
            (&["Today", "'s", "Federal", "Reserve"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["on", "Monday", "'s", "Federal", "Reserve"], vec![span(8, 10, "ORG")], vec![span(8, 10, "ORG")]),
        ];
        check(join_names_across_possessives, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn a_body_named_by_two_things_is_one_organisation() {
        let lexicon = lexicon_listing(&[(COMPANIES, &["microsoft", "amazon"])]);
        let table: [Row; 16] = [
            // Two marks either side of `and`.
            (
                &["the", "Justice", "and", "Equality", "Movement", ","],
                vec![span(6, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(6, 10, "ORG")],
            ),
            (
                &["Disaster", "Management", "and", "Mitigation", "Unit", "said"],
                vec![span(6, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(6, 10, "ORG")],
            ),
            (
                &["Kenya", "'s", "Independent", "Electoral", "and", "Boundaries", "Commission", "said"],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG"), span(10, 12, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 12, "ORG")],
            ),
            (&["the", "Freedom", "and", "Justice", "Party"], vec![span(6, 7, "ORG"), span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            (
                &["the", "Union", "Solidarity", "and", "Development", "Party"],
                vec![span(6, 8, "ORG"), span(9, 11, "ORG")],
                vec![span(6, 11, "ORG")],
            ),
            // Unmarked capitalised words before `and`.
            (&["the", "Food", "and", "Drug", "Administration"], vec![span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            (&["Food", "and", "Drug", "Administration", "said"], vec![span(7, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (&["The", "Food", "and", "Drug", "Administration"], vec![span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            // Two bodies stay two; a place before `and` is not a body's first half.
            (
                &["the", "Trade", "Commission", "and", "Justice", "Department"],
                vec![span(6, 8, "ORG"), span(9, 11, "ORG")],
                vec![span(6, 8, "ORG"), span(9, 11, "ORG")],
            ),
            (
                &["the", "Commission", "and", "Labour", "Party"],
                vec![span(6, 7, "ORG"), span(8, 10, "ORG")],
                vec![span(6, 7, "ORG"), span(8, 10, "ORG")],
            ),
            (
                &["Japan", "and", "Finance", "Ministry", "officials"],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
            ),
            // Not without a body noun, nor after lowercase words, nor with more unmarked words than a name's half takes.
            (&["Apple", "and", "Google", "Inc"], vec![span(5, 6, "ORG"), span(7, 9, "ORG")], vec![span(5, 6, "ORG"), span(7, 9, "ORG")]),
            (&["police", "and", "Defence", "Ministry"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["A", "B", "C", "D", "and", "Drug", "Administration"], vec![span(10, 12, "ORG")], vec![span(10, 12, "ORG")]),
            // Two firms, each named by its own (listed, or a body the tagger misreads), stay two.
            (
                &["Microsoft", "and", "Amazon", "Web", "Services"],
                vec![span(5, 6, "ORG"), span(7, 10, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 10, "ORG")],
            ),
            (
                &["Google", "and", "Amazon", "Web", "Services"],
                vec![span(5, 6, "ORG"), span(7, 10, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 10, "ORG")],
            ),
        ];
        check(join_coordinated_bodies, &lexicon, &table);
    }

    #[test]
    fn an_organisation_never_ends_with_of_or_for() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 8] = [
            (
                &["the", "National", "Superintendency", "for", "Fair", "Prices"],
                vec![span(6, 9, "ORG"), span(9, 11, "ORG")],
                vec![span(6, 11, "ORG")],
            ),
            // Cut after the `of`: one organisation with the place.
            (&["the", "Voice", "of", "America", "said"], vec![span(6, 8, "ORG"), span(8, 9, "LOC")], vec![span(6, 9, "ORG")]),
            (&["at", "the", "Bomas", "of", "Kenya"], vec![span(7, 9, "ORG"), span(9, 10, "LOC")], vec![span(7, 10, "ORG")]),
            // After a firm's legal form, the `of` goes and the place stays.
            (
                &["Kia", "Motor", "Corp", "of", "South", "Korea"],
                vec![span(5, 9, "ORG"), span(9, 11, "LOC")],
                vec![span(5, 8, "ORG"), span(9, 11, "LOC")],
            ),
            // Any other name but a person's: one, of the first's kind.
            (&["Nation", "of", "Islam", "group"], vec![span(5, 7, "ORG"), span(7, 8, "MISC")], vec![span(5, 8, "ORG")]),
            (&["Republic", "of", "Ireland", "beat"], vec![span(5, 7, "LOC"), span(7, 8, "LOC")], vec![span(5, 8, "LOC")]),
            // A person's mark, and marks that do not touch, are left alone.
            (
                &["Citra", "Group", "of", "Suharto", "'s"],
                vec![span(5, 8, "ORG"), span(8, 9, "PER")],
                vec![span(5, 8, "ORG"), span(8, 9, "PER")],
            ),
            (
                &["Olympiakos", "of", "Greece", "won"],
                vec![span(5, 6, "ORG"), span(7, 8, "LOC")],
                vec![span(5, 6, "ORG"), span(7, 8, "LOC")],
            ),
        ];
        check(mend_names_ending_in_of_or_for, &lexicon, &table);
    }

    #[test]
    fn a_body_named_with_a_preposition_takes_the_word_before_it() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["Doctors", "Without", "Borders", "said"], vec![span(6, 8, "LOC")], vec![span(5, 8, "ORG")]),
            (&["by", "Action", "Against", "Hunger", "."], vec![span(7, 9, "ORG")], vec![span(6, 9, "ORG")]),
            // Not a lowercase word, another mark's word, or a preposition marked alone.
            (&["doctors", "Without", "Borders", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (
                &["Paris", "Without", "Borders", "said"],
                vec![span(5, 6, "LOC"), span(6, 8, "ORG")],
                vec![span(5, 6, "LOC"), span(6, 8, "ORG")],
            ),
        ];
        check(|spans, views, offset| bodies_named_with_a_preposition(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_body_named_by_its_noun_and_of_may_open_a_sentence() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            (&["Ministry", "of", "Defence", "officials", "said"], vec![], vec![ruled(5, 8, "ORG")]),
            (&["Council", "of", "Europe", "monitors"], vec![span(7, 8, "LOC")], vec![span(5, 8, "ORG")]),
            (&["Department", "of", "Homeland", "Security", "said"], vec![span(7, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (
                &["KABUL", "—", "Office", "of", "the", "Attorney", "General", "said"],
                vec![span(5, 6, "LOC"), span(10, 12, "PER")],
                vec![span(5, 6, "LOC"), span(7, 12, "ORG")],
            ),
            // Not a body's noun, nor a name after `of`, nor a sentence's opening.
            (&["Residents", "of", "Kabul", "said"], vec![span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
            (&["Board", "of", "directors", "met"], vec![], vec![]),
            (&["the", "Council", "of", "Europe"], vec![span(8, 9, "LOC")], vec![span(8, 9, "LOC")]),
        ];
        check(bodies_opening_with_their_noun, &lexicon, &table);
    }
}
