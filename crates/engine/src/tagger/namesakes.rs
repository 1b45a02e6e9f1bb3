//! Places and bodies named after people (`Rod Laver Arena`, `John F.
//! Kennedy International Airport`, `Johns Hopkins University`): the tagger
//! reads the person's name and marks a person, or cuts the name after it.

use super::features::{is_capitalised, TokenView};
use super::spans::join_to_previous;
use super::TaggedSpan;

/// Words that end the name of a building or a site, a place in CoNLL's news
/// (`Wembley Stadium`, `Groote Schuur Hospital`, the White House's `Roosevelt Room` and `Rose Garden`).
const SITES: [&str; 12] =
    ["arena", "stadium", "hospital", "museum", "memorial", "centre", "bridge", "room", "garden", "palace", "mosque", "cathedral"];

/// Words that end the name of an institution, an organisation in CoNLL's
/// news (`Harvard University`, `Heathrow Airport`).
const INSTITUTIONS: [&str; 5] = ["university", "foundation", "institute", "college", "airport"];

/// The label of a name that ends with `lower`, if it names a site or an institution.
fn namesake_label(lower: &str) -> Option<&'static str> {
    if SITES.contains(&lower) {
        Some("LOC")
    } else if INSTITUTIONS.contains(&lower) {
        Some("ORG")
    } else {
        None
    }
}

/// Makes a person's mark that names a site or an institution into its mark:
/// with the capitalised word after it that says which (`Rod Laver` +
/// `Arena`), with the mark after it that ends with one (`John F.` + `Kennedy
/// International Airport`), or ending with one itself. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn places_named_after_people(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let lower = |i: usize| views.get(i - offset).map_or("", |v| v.lower.as_str());
    let mut k = 0;
    while k < spans.len() {
        if spans[k].label != "PER" {
            k += 1;
            continue;
        }
        let end = spans[k].end;
        let next = spans.get(k + 1).filter(|n| n.start == end);
        let word_after = views.get(end - offset).filter(|v| is_capitalised(&v.word)).and_then(|v| namesake_label(&v.lower));
        if let Some(label) = next.and_then(|n| namesake_label(lower(n.end - 1))) {
            join_to_previous(spans, k + 1);
            spans[k].label = label;
        } else if let Some(label) = word_after.filter(|_| next.is_none()) {
            spans[k].end += 1;
            spans[k].label = label;
        } else if let Some(label) = namesake_label(lower(end - 1)).filter(|_| end - spans[k].start > 1) {
            spans[k].label = label;
        }
        k += 1;
    }
}

/// Takes into a place's or a person's mark a possessive and the site's word
/// after it (`St. George` + `'s Cathedral`, `Children's Hospital`, as CoNLL
/// marks it): one place, unless another mark starts at the site's word.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn sites_with_a_possessive(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let end = spans[k].end;
        let site = views.get(end + 1 - offset).is_some_and(|v| is_capitalised(&v.word) && SITES.contains(&v.lower.as_str()));
        let possessive = views.get(end - offset).is_some_and(|v| crate::quotes::is_possessive(&v.word));
        let free = spans.get(k + 1).is_none_or(|next| next.start > end + 1);
        if matches!(spans[k].label, "LOC" | "PER") && possessive && site && free {
            spans[k].end += 2;
            spans[k].label = "LOC";
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_site_after_a_possessive_is_the_place_s_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 3] = [
            (&["at", "St.", "George", "'s", "Cathedral", "on"], vec![span(6, 8, "LOC")], vec![span(6, 10, "LOC")]),
            // Not another kind of word, nor a site's word another mark holds.
            (&["at", "St.", "George", "'s", "feast", "on"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            (
                &["in", "Paris", "'s", "Museum", "Row"],
                vec![span(6, 7, "LOC"), span(8, 10, "ORG")],
                vec![span(6, 7, "LOC"), span(8, 10, "ORG")],
            ),
        ];
        check(|spans, views, offset| sites_with_a_possessive(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_site_or_an_institution_named_after_a_person_is_not_the_person() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            (&["at", "Rod", "Laver", "Arena", "on"], vec![span(6, 9, "PER")], vec![span(6, 9, "LOC")]),
            (&["at", "Rod", "Laver", "Arena", "on"], vec![span(6, 8, "PER")], vec![span(6, 9, "LOC")]),
            (&["in", "the", "Roosevelt", "Room", "."], vec![span(7, 9, "PER")], vec![span(7, 9, "LOC")]),
            (
                &["at", "John", "F.", "Kennedy", "International", "Airport"],
                vec![span(6, 8, "PER"), span(8, 11, "ORG")],
                vec![span(6, 11, "ORG")],
            ),
            // A person's name before a word in lower case, or alone: a person.
            (&["Rod", "Laver", "arena", "events"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
            (&["Arena", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            // A person's name before another mark: as it is.
            (
                &["Rod", "Laver", "Paris", "Hospital"],
                vec![span(5, 7, "PER"), span(7, 8, "LOC")],
                vec![span(5, 7, "PER"), span(7, 8, "LOC")],
            ),
        ];
        check(places_named_after_people, &lexicon, &table);
    }
}
