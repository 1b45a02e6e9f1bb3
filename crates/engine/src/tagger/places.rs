//! Places named by a feature of the land or water (`Strait of Hormuz`,
//! `South China Sea`, `Gulf of Mexico`) and streets (`Downing Street`): the
//! tagger, trained on news with few of them, takes a name with `of` for an
//! organisation's, cuts `Gulf of Mexico` in two and a street from its name;
//! countries named in several words (`Democratic Republic of the Congo`); and
//! the place of a dateline in capitals (`GAZA CITY —`).

use super::aliases::RULE_SCORE;
use super::datelines::{after_dateline, is_dash};
use super::features::{is_capitalised, is_listed_place, is_one_listed_name, TokenView};
use super::gazetteer::{COUNTRIES, LAST_NAMES};
use super::kinds::PLACE_KINDS;
use super::organisations::BODY_NOUNS;
use super::spans::{is_unmarked, join_to_previous, put_mark, put_mark_over, unmarked_capital_before};
use super::titles::is_capitalised_title;
use super::TaggedSpan;
use crate::headline::is_all_caps;
use crate::quotes::DETERMINERS;

/// Features that end a place's name (`South China Sea`, `Rift Valley`,
/// `Tahrir Square`), and works that CoNLL's training news marks as places
/// (`Allenby Bridge`, `Columbia Presbyterian Hospital`: 19 in 21; a
/// `Stadium` 3 in 3; `Guantanamo Naval Base`, and `Andrews Air Force Base`
/// had been MISC). (Not
/// `airport`: `Kansai International Airport` issues bonds.)
/// (Not `coast` nor `bay`: `Gold Coast`, `West Coast` and `Tampa Bay` are
/// sports clubs; not `channel`: `Discovery Channel` broadcasts.)
const LAST_FEATURES: [&str; 31] = [
    "sea",
    "ocean",
    "gulf",
    "strait",
    "straits",
    "islands",
    "isles",
    "peninsula",
    "desert",
    "valley",
    "basin",
    "delta",
    "plateau",
    "archipelago",
    "canal",
    "mountains",
    "river",
    "reef",
    "shoal",
    "atoll",
    "glacier",
    "crater",
    "canyon",
    "heights",
    "hills",
    "square",
    "station",
    "hospital",
    "bridge",
    "stadium",
    "base",
];

/// Features that open a place's name before `of` (`Strait of Hormuz`, `Horn of Africa`), and `Republic` (`the Republic of Congo`).
const FIRST_FEATURES: [&str; 12] =
    ["gulf", "bay", "sea", "strait", "straits", "isle", "cape", "horn", "lake", "islands", "mouth", "republic"];

/// The most words of a name relabelled as a place: longer ones are
/// bodies named after one (`Association for Relations Across the Taiwan Straits`).
const MOST_PLACE_WORDS: usize = 4;

/// Mends places named by a feature: a mark of one feature word
/// ([`FIRST_FEATURES`]) then `of` then a place's mark is one place (`Gulf` +
/// `of` + `Mexico`); a mark whose last word is a feature ([`LAST_FEATURES`])
/// or whose first is one before `of` is a place, whatever label the tagger
/// gave, unless it names a body (a body noun, or more than
/// [`MOST_PLACE_WORDS`] words). `spans` are one sentence's, sorted, whose
/// first token is `offset`.
pub(crate) fn mend_feature_places(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let lower = |i: usize| views[i - offset].lower.as_str();
    let mut k = 1;
    while k < spans.len() {
        let (first, second) = (&spans[k - 1], &spans[k]);
        let cut = first.end - first.start == 1
            && FIRST_FEATURES.contains(&lower(first.start))
            && second.start == first.end + 1
            && lower(first.end) == "of"
            && second.label == "LOC";
        if cut {
            spans[k - 1].label = "LOC";
            join_to_previous(spans, k);
        } else {
            k += 1;
        }
    }
    for span in spans.iter_mut() {
        let words = span.end - span.start;
        let ends_in_feature = words >= 2 && LAST_FEATURES.contains(&lower(span.end - 1));
        let opens_with_feature = words >= 3 && FIRST_FEATURES.contains(&lower(span.start)) && lower(span.start + 1) == "of";
        let body = (span.start..span.end).any(|i| BODY_NOUNS.contains(&lower(i)));
        if (ends_in_feature || opens_with_feature) && words <= MOST_PLACE_WORDS && !body {
            span.label = "LOC";
        }
    }
}

/// Arabic, Hebrew, Spanish, Italian and Portuguese words that open a place's
/// name (`Khan Younis`, `Beit Lahiya`, `Deir al-Balah`, `Kfar Aza`, `Sharm
/// el-Sheikh`, `Plaza Murillo`, `Puerta del Sol`, `Piazza Venezia`), and
/// `St.` (`St. Marc`): no person's name of several words in CoNLL's news
/// opens with one (`Khan` ends persons' names, as `Piazza` does).
const PLACE_HEADS: [&str; 17] = [
    "khan", "beit", "deir", "kfar", "wadi", "jabal", "jebel", "sharm", "kiryat", "ramat", "givat", "plaza", "puerta", "piazza", "praça",
    "praca", "st.",
];

/// Relabels as a place a person's mark of several words that opens with a
/// word of [`PLACE_HEADS`]. `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn places_by_their_first_word(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut().filter(|s| s.label == "PER" && s.end - s.start > 1) {
        let head = &views[span.start - offset];
        if is_capitalised(&head.word) && PLACE_HEADS.contains(&head.lower.as_str()) {
            span.label = "LOC";
        }
    }
}

/// Relabels as a place a mark that names a republic of a listed country
/// (`Democratic Republic of Congo`, `Islamic Republic of Iran`), which the
/// tagger or the join over `of` took for a body's. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn republics(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let words = &views[span.start - offset..span.end - offset];
        let Some(of) = words.windows(2).position(|w| w[0].lower == "republic" && w[1].lower == "of") else { continue };
        let country = &words[of + 2..];
        let first = country.iter().position(|v| v.lower != "the").unwrap_or(country.len());
        if is_one_listed_name(&country[first..], COUNTRIES) {
            span.label = "LOC";
        }
    }
}

/// Relabels as a place the mark right after a kind of place in lower case
/// and `of` ([`PLACE_KINDS`]: `the city of Wad Madani`, `the village of Abu
/// Shouk`): in CoNLL's training news a name there is a place's 117 times in 117. `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn places_after_their_kind(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let at = span.start - offset;
        if at >= 2 && views[at - 1].word == "of" && PLACE_KINDS.contains(&views[at - 2].word.as_str()) {
            span.label = "LOC";
        }
    }
}

/// Relabels as a place a listed place's whole name right after `in`
/// (`the nomination in Cleveland` ORG): CoNLL's training news has a place
/// there 299 times in 304, and the others before a possessive (`in
/// Karlsruhe's 4-0 win`); not a word of three letters (`God`); or after a
/// person's mark and `of` (`Chuck Schumer of New York`: a place in CoNLL's
/// training and development news 68 times in 68, a firm only when not a
/// listed place's whole name). `spans` are one sentence's, sorted, whose
/// first token is `offset`.
pub(crate) fn listed_places_after_in(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let (start, end) = (spans[k].start - offset, spans[k].end - offset);
        let after_in = start > 0 && views[start - 1].word == "in";
        let after_person_of =
            k > 0 && views[start - 1].word == "of" && spans[k - 1].label == "PER" && spans[k - 1].end + 1 == spans[k].start;
        let possessed = views.get(end).is_some_and(|v| v.word == "'s");
        // (`believe in God`: a word of three letters is listed as a place too often.)
        let short = end - start == 1 && views[start].word.chars().count() <= 3;
        if (after_in || after_person_of) && !possessed && !short && is_listed_place(&views[start..end]) {
            spans[k].label = "LOC";
        }
    }
}

/// Words for a party's member, written after the member's place (`a New York Democrat`).
const PARTY_MEMBERS: [&str; 2] = ["Democrat", "Republican"];

/// Splits a mark of a listed place's whole name and a party's member
/// ([`PARTY_MEMBERS`]) into the place and the member, a MISC (`New York
/// Democrat`, one organisation to the tagger), as CoNLL's training news
/// marks `a California Democrat`. `spans` are one sentence's, sorted, whose
/// first token is `offset`.
pub(crate) fn party_members_of_a_place(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for k in (0..spans.len()).rev() {
        let (start, end) = (spans[k].start, spans[k].end);
        let member = PARTY_MEMBERS.contains(&views[end - 1 - offset].word.as_str());
        if end - start > 1 && member && is_listed_place(&views[start - offset..end - 1 - offset]) {
            let member = TaggedSpan { start: end - 1, label: "MISC", ..spans[k].clone() };
            spans[k].end -= 1;
            spans[k].label = "LOC";
            spans.insert(k + 1, member);
        }
    }
}

/// Relabels as a place a body's mark that is a listed place's whole name
/// (city, country or region) before an office's title in capitals and the
/// person who holds it (`Manhattan District Attorney Alvin Bragg`, `New York
/// Governor Kathy Hochul`): the office is the place's. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn places_before_their_offices(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len().saturating_sub(1) {
        let (span, person) = (&spans[k], &spans[k + 1]);
        let (start, end) = (span.start - offset, span.end - offset);
        let listed = is_listed_place(&views[start..end]);
        let title = &views[end..person.start - offset];
        let office = !title.is_empty()
            && title.iter().all(|v| is_capitalised(&v.word))
            && title.last().is_some_and(|v| super::features::is_title(&v.lower));
        if span.label == "ORG" && person.label == "PER" && listed && office {
            spans[k].label = "LOC";
        }
    }
}

/// Words that end a county's name (`Harris County`, `Orleans Parish`).
const COUNTY_WORDS: [&str; 2] = ["county", "parish"];

/// Makes one place of a county's name before an office's title in capitals
/// and the person who holds it (`Harris County Judge Lina Hidalgo`, `Cook` +
/// `County Sheriff Tom Dart`, `Santa Fe` + `County`): the tagger reads the
/// name as a person's or a body's, leaves `County` out or marks it alone, or
/// takes the title in. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn counties_before_their_offices(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for k in (0..spans.len()).rev() {
        let Some(person) = spans.get(k).filter(|s| s.label == "PER") else { continue };
        let at = person.start - offset;
        let title = (0..at).rev().take_while(|&i| is_capitalised_title(&views[i])).last();
        let Some(county) = title.and_then(|t| t.checked_sub(1)) else { continue };
        if !(is_capitalised(&views[county].word) && COUNTY_WORDS.contains(&views[county].lower.as_str())) {
            continue;
        }
        let county = county + offset;
        // The name's mark: the one holding `County` or ending just before it, with a mark it touches before.
        let Some(mut name) = spans[..k].iter().rposition(|s| s.start <= county && county <= s.end) else { continue };
        if name > 0 && spans[name].start == county && spans[name - 1].end == county {
            name -= 1;
        }
        let start = spans[name].start;
        if start < county {
            put_mark_over(spans, start, county + 1, "LOC");
        }
    }
}

/// Takes into a place's mark a county's word right after it, unmarked or
/// marked alone (`Los Angeles` LOC + `County` ORG): one county's name, which
/// the tagger cuts as CoNLL's `County` is mostly a football club's (`Notts
/// County`, which it marks whole). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn counties_cut_off(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let is_county = |i: usize| views.get(i - offset).is_some_and(|v| is_capitalised(&v.word) && COUNTY_WORDS.contains(&v.lower.as_str()));
    let mut k = 0;
    while k < spans.len() {
        let end = spans[k].end;
        let next = spans.get(k + 1).filter(|next| next.start == end);
        if spans[k].label == "LOC" && is_county(end) {
            match next {
                Some(next) if next.end == end + 1 => {
                    join_to_previous(spans, k + 1);
                    spans[k].label = "LOC";
                }
                Some(_) => {}
                None => spans[k].end += 1,
            }
        }
        k += 1;
    }
}

/// Words that end a street's name (`Downing Street`, `Pennsylvania Avenue`).
const STREET_WORDS: [&str; 5] = ["street", "avenue", "road", "boulevard", "lane"];

/// Makes one place of a country's name of two words or more on the lists
/// (`Democratic Republic of the Congo`, `Côte d'Ivoire`) where the tagger
/// cut it or left a word of it out: the place marks inside it and its
/// unmarked words become one, when no other mark crosses it. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn whole_country_names(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let position = |k: usize| views[k].list_position(COUNTRIES);
    let mut k = 0;
    while k < views.len() {
        let Some(last) = (position(k) == Some(1)).then(|| (k + 1..views.len()).find(|&j| position(j) != Some(2))).flatten() else {
            k += 1;
            continue;
        };
        let (start, end) = (offset + k, offset + last + 1);
        let inside: Vec<&TaggedSpan> = spans.iter().filter(|s| s.start < end && start < s.end).collect();
        // (Not `the Netherlands`, which CoNLL marks without `the`.)
        let mends = position(last) == Some(3)
            && is_capitalised(&views[k].word)
            && !inside.is_empty()
            && inside.iter().all(|s| s.label == "LOC" && start <= s.start && s.end <= end)
            && !(inside.len() == 1 && inside[0].start == start && inside[0].end == end);
        if mends {
            let score = inside.iter().map(|s| s.score).fold(f32::MAX, f32::min);
            put_mark(spans, TaggedSpan { start, end, label: "LOC", score });
        }
        k = last + 1;
    }
}

/// Makes one place of the words in capitals that open a sentence before its
/// dateline's comma, bracket or dash (`GAZA CITY —`, `KHAN YOUNIS, Gaza Strip
/// —`): the tagger, trained on Reuters' datelines of a place's one word, cuts
/// such a place or takes it for a person. Only words the tagger marked in
/// full; a dateline marked as one place or body stays (`UNITED NATIONS (AP)
/// —`), unless it is a listed place: the tagger takes a city before an
/// agency's brackets for a body (`MIAMI (AP) —`), which Reuters' datelines
/// never have. Not in a headline in capitals.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn dateline_places(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    if views.first().is_none_or(|v| v.caps_line) || after_dateline(views).is_none() {
        return;
    }
    let words = views.iter().take_while(|v| is_all_caps(&v.word)).count();
    let closed = views.get(words).is_some_and(|v| matches!(v.word.as_str(), "," | "(") || is_dash(&v.word));
    let (start, end) = (offset, offset + words);
    let inside: Vec<&TaggedSpan> = spans.iter().filter(|s| s.start < end).collect();
    // (Every word marked, by marks within it: not a heading's `PRESS DIGEST -` nor `IPO FILING --`.)
    let marked = inside.iter().map(|s| s.end - s.start).sum::<usize>() == words && inside.iter().all(|s| s.end <= end);
    let one_body = inside.len() == 1 && matches!(inside[0].label, "LOC" | "ORG");
    let listed = is_listed_place(&views[..words]);
    if closed && ((words >= 2 && marked && !one_body) || listed) {
        put_mark(spans, TaggedSpan { start, end, label: "LOC", score: RULE_SCORE });
    }
}

/// Makes a street's name whole, as a place:
/// - a mark of the street word alone takes the unmarked capitalised word
///   before it (`10 Downing Street` had `Street` alone), or joins a person's
///   mark just before it (`Martin Luther King Jr.` + `Boulevard`);
/// - a mark of at most three words followed by an unmarked street word in
///   capitals takes it (`Pennsylvania` + `Avenue`);
/// - a mark ending in a street word is a place (`Kenyatta Avenue` had been a
///   person);
/// - a street word and the one to four capitalised words before it, none
///   marked, are a place (`A Downing Street spokesperson`), unless a
///   capitalised word follows (`the Forth Road Bridge`).
///
/// A street word that is a listed surname (`Lane`, `Street`) may end a
/// person's name, so it joins no person's mark and turns none into a place.
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn whole_street_names(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let end = offset + views.len();
    let street = |i: usize| i < end && STREET_WORDS.contains(&views[i - offset].lower.as_str()) && is_capitalised(&views[i - offset].word);
    let surname = |i: usize| views[i - offset].list_position(LAST_NAMES).is_some();
    let mut k = 0;
    while k < spans.len() {
        let free_to = spans.get(k + 1).map_or(end, |next| next.start);
        let alone = spans[k].end - spans[k].start == 1 && street(spans[k].start);
        let after_person = k > 0 && spans[k - 1].end == spans[k].start && spans[k - 1].label == "PER";
        if alone && unmarked_capital_before(spans, k, views, offset) {
            spans[k].start -= 1;
            spans[k].label = "LOC";
        } else if alone && after_person && !surname(spans[k].start) {
            join_to_previous(spans, k);
            k -= 1;
            spans[k].label = "LOC";
        } else if spans[k].end - spans[k].start <= 3 && spans[k].end < free_to && street(spans[k].end) {
            spans[k].end += 1;
            spans[k].label = "LOC";
        } else if spans[k].end - spans[k].start >= 2 && street(spans[k].end - 1) && (spans[k].label != "PER" || !surname(spans[k].end - 1))
        {
            spans[k].label = "LOC";
        }
        k += 1;
    }
    // Unmarked: the tagger reads `Downing` at a sentence's start as a verb's form.
    let caps_line = views.first().is_some_and(|v| v.caps_line);
    for i in (offset + 1..end).filter(|&i| !caps_line && street(i) && !(i + 1 < end && is_capitalised(&views[i + 1 - offset].word))) {
        let name_word = |j: usize| is_capitalised(&views[j - offset].word) && !DETERMINERS.contains(&views[j - offset].lower.as_str());
        let start = (offset.max(i.saturating_sub(MOST_STREET_NAME_WORDS))..i).rev().take_while(|&j| name_word(j)).last();
        if let Some(start) = start.filter(|&start| is_unmarked(spans, start, i + 1)) {
            put_mark(spans, TaggedSpan { start, end: i + 1, label: "LOC", score: RULE_SCORE });
        }
    }
}

/// The most capitalised words before an unmarked street word that its name takes (`Martin Luther King Jr. Boulevard`).
const MOST_STREET_NAME_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::gazetteer::CITIES;
    use crate::tagger::rule_table::{check, lexicon_listing, ruled, span, Row};

    #[test]
    fn a_persons_mark_opening_with_a_place_head_is_a_place() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 5] = [
            (
                &["in", "Rafah", "and", "Khan", "Younis"],
                vec![span(6, 7, "LOC"), span(8, 10, "PER")],
                vec![span(6, 7, "LOC"), span(8, 10, "LOC")],
            ),
            (&["into", "Plaza", "Murillo", "in"], vec![span(6, 8, "PER")], vec![span(6, 8, "LOC")]),
            (&["near", "St.", "Marc", "."], vec![span(6, 8, "PER")], vec![span(6, 8, "LOC")]),
            // A surname alone, or ending a name: a person.
            (&["Imran", "Khan", "said"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
            (&["Khan", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
        ];
        check(|spans, views, offset| places_by_their_first_word(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_party_member_of_a_place_is_apart_from_it() {
        let lexicon = lexicon_listing(&[(crate::tagger::gazetteer::REGIONS, &["new york", "texas"])]);
        let table: [Row; 3] = [
            (&["a", "New", "York", "Democrat", ","], vec![span(6, 9, "ORG")], vec![span(6, 8, "LOC"), span(8, 9, "MISC")]),
            // Not a place that is no listed one's whole name, nor a party's other words.
            (&["a", "Smith", "Republican", ","], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["the", "Texas", "Republican", "Party"], vec![span(6, 9, "ORG")], vec![span(6, 9, "ORG")]),
        ];
        check(party_members_of_a_place, &lexicon, &table);
    }

    #[test]
    fn a_listed_place_after_in_is_a_place() {
        let lexicon = lexicon_listing(&[(CITIES, &["cleveland", "karlsruhe", "god", "new york"])]);
        let table: [Row; 6] = [
            // After a person and `of` too; not a firm after them, nor a place after a firm and `of`.
            (
                &["Schumer", "of", "New", "York", "said"],
                vec![span(5, 6, "PER"), span(7, 9, "ORG")],
                vec![span(5, 6, "PER"), span(7, 9, "LOC")],
            ),
            (
                &["Bank", "of", "New", "York", "said"],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 9, "ORG")],
            ),
            (&["believe", "in", "God", "."], vec![span(7, 8, "PER")], vec![span(7, 8, "PER")]),
            (&["nomination", "in", "Cleveland", "."], vec![span(7, 8, "ORG")], vec![span(7, 8, "LOC")]),
            (&["in", "Karlsruhe", "'s", "win"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["at", "Cleveland", "."], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
        ];
        check(|spans, views, offset| listed_places_after_in(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_name_after_its_kind_of_place_is_a_place() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["the", "city", "of", "Wad", "Madani", "on"], vec![span(8, 10, "PER")], vec![span(8, 10, "LOC")]),
            (&["off", "the", "coast", "of", "Java", "on"], vec![span(9, 10, "MISC")], vec![span(9, 10, "LOC")]),
            (&["the", "village", "of", "Abu", "Shouk"], vec![span(8, 10, "ORG")], vec![span(8, 10, "LOC")]),
            // A kind in capitals is a title or a name's own word.
            (
                &["Secretary", "of", "State", "Blinken"],
                vec![span(7, 8, "ORG"), span(8, 9, "PER")],
                vec![span(7, 8, "ORG"), span(8, 9, "PER")],
            ),
        ];
        check(|spans, views, offset| places_after_their_kind(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_republic_of_a_listed_country_is_a_place() {
        let lexicon = lexicon_listing(&[(COUNTRIES, &["congo", "iran"])]);
        let table: [Row; 3] = [
            (&["the", "Democratic", "Republic", "of", "Congo", "said"], vec![span(6, 10, "ORG")], vec![span(6, 10, "LOC")]),
            (&["Islamic", "Republic", "of", "Iran"], vec![span(5, 9, "MISC")], vec![span(5, 9, "LOC")]),
            // Not of a name off the lists.
            (&["Republic", "of", "Acme", "Bank"], vec![span(5, 9, "ORG")], vec![span(5, 9, "ORG")]),
        ];
        check(|spans, views, offset| republics(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_place_before_its_office_and_the_holder_is_a_place() {
        let lexicon = lexicon_listing(&[(CITIES, &["manhattan", "new york"])]);
        let table: [Row; 5] = [
            (
                &["Manhattan", "District", "Attorney", "Alvin", "Bragg", "said"],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "LOC"), span(8, 10, "PER")],
            ),
            (
                &["New", "York", "Governor", "Kathy", "Hochul"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "LOC"), span(8, 10, "PER")],
            ),
            // Not a title in lower case (a team's coach), nor a name not on the lists, nor with no person after.
            (
                &["New", "York", "coach", "Kathy", "Hochul"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["Acme", "Governor", "Kathy", "Hochul"],
                vec![span(5, 6, "ORG"), span(7, 9, "PER")],
                vec![span(5, 6, "ORG"), span(7, 9, "PER")],
            ),
            (&["Manhattan", "Governor", "said", "so"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
        ];
        check(|spans, views, offset| places_before_their_offices(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn places_named_by_a_feature() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 13] = [
            (&["at", "Al-Shifa", "Hospital", "in"], vec![span(6, 8, "ORG")], vec![span(6, 8, "LOC")]),
            (&["at", "the", "Etihad", "Stadium", "on"], vec![span(7, 9, "MISC")], vec![span(7, 9, "LOC")]),
            (&["at", "Andrews", "Air", "Force", "Base", "by"], vec![span(6, 10, "MISC")], vec![span(6, 10, "LOC")]),
            // Cut at `of`: one place.
            (&["in", "the", "Gulf", "of", "Mexico", "."], vec![span(7, 8, "LOC"), span(9, 10, "LOC")], vec![span(7, 10, "LOC")]),
            (&["and", "the", "Republic", "of", "Congo", "."], vec![span(7, 8, "LOC"), span(9, 10, "LOC")], vec![span(7, 10, "LOC")]),
            // Taken for an organisation: a place.
            (&["close", "the", "Strait", "of", "Hormuz", "."], vec![span(7, 10, "ORG")], vec![span(7, 10, "LOC")]),
            (&["in", "the", "South", "China", "Sea", "."], vec![span(7, 10, "ORG")], vec![span(7, 10, "LOC")]),
            (&["exploring", "Gale", "Crater", "since"], vec![span(6, 8, "PER")], vec![span(6, 8, "LOC")]),
            (
                &["in", "Cairo", "'s", "Tahrir", "Square", "."],
                vec![span(6, 7, "LOC"), span(8, 10, "ORG")],
                vec![span(6, 7, "LOC"), span(8, 10, "LOC")],
            ),
            // A body named after a place, a longer name, a club named after a bay: as they are.
            (&["the", "Mekong", "River", "Commission", "met"], vec![span(6, 9, "ORG")], vec![span(6, 9, "ORG")]),
            (
                &["Association", "for", "Relations", "Across", "the", "Taiwan", "Straits"],
                vec![span(5, 12, "ORG")],
                vec![span(5, 12, "ORG")],
            ),
            (&["Tampa", "Bay", "beat", "Boston"], vec![span(5, 7, "ORG"), span(8, 9, "ORG")], vec![span(5, 7, "ORG"), span(8, 9, "ORG")]),
            // A feature word and a place not joined by `of`: apart.
            (&["Bay", "and", "Mexico"], vec![span(5, 6, "LOC"), span(7, 8, "LOC")], vec![span(5, 6, "LOC"), span(7, 8, "LOC")]),
        ];
        check(mend_feature_places, &lexicon, &table);
    }

    #[test]
    fn a_datelines_place_in_capitals_is_one_place() {
        let lexicon = lexicon_listing(&[(CITIES, &["miami", "kansas city"])]);
        let table: [Row; 9] = [
            // A listed place before an agency's brackets, taken for a body or left unmarked: a place.
            (
                &["MIAMI", "(", "AP", ")", "—", "Hurricane", "Milton"],
                vec![span(5, 6, "ORG"), span(7, 8, "ORG")],
                vec![ruled(5, 6, "LOC"), span(7, 8, "ORG")],
            ),
            (&["KANSAS", "CITY", ",", "Mo.", "—", "Voters"], vec![span(7, 8, "LOC")], vec![ruled(5, 7, "LOC"), span(7, 8, "LOC")]),
            // A listed place without a dateline: as tagged.
            (&["MIAMI", "stocks", "fell", "on", "Monday"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            // Cut, or taken for a person: one place.
            (&["GAZA", "CITY", "—", "Airstrikes", "killed"], vec![span(5, 6, "LOC"), span(6, 7, "ORG")], vec![ruled(5, 7, "LOC")]),
            (
                &["KHAN", "YOUNIS", ",", "Gaza", "Strip", "—", "Families", "fled"],
                vec![span(5, 7, "PER"), span(8, 10, "LOC")],
                vec![ruled(5, 7, "LOC"), span(8, 10, "LOC")],
            ),
            // One body's mark stays; a headline in capitals and capitals without a dateline are left as they are.
            (&["UNITED", "NATIONS", "(", "AP", ")", "—", "The", "council"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (
                &["RUGBY", "UNION", "-", "CAMPESE", "TO", "PLAY"],
                vec![span(5, 7, "ORG"), span(8, 9, "PER")],
                vec![span(5, 7, "ORG"), span(8, 9, "PER")],
            ),
            (&["NEW", "YORK", "stocks", "rose", "-", "up"], vec![span(5, 6, "LOC")], vec![span(5, 6, "LOC")]),
            // Words left unmarked: a heading.
            (
                &["IPO", "FILING", "--", "Homegate", "Hospitality"],
                vec![span(5, 6, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 6, "ORG"), span(8, 10, "ORG")],
            ),
        ];
        check(dateline_places, &lexicon, &table);
    }

    #[test]
    fn country_names_on_the_lists_are_whole() {
        let countries = ["democratic republic of the congo", "côte d'ivoire", "the netherlands"].map(String::from).to_vec();
        let lists: Vec<Vec<String>> = (0..6).map(|list| if list == COUNTRIES { countries.clone() } else { vec![] }).collect();
        let lexicon = crate::tagger::Lexicon::new(crate::tagger::Gazetteer::from_phrases(&lists), Vec::new(), Default::default());
        let table: [Row; 5] = [
            // Cut: one place; a word left out: taken in.
            (
                &["in", "the", "Democratic", "Republic", "of", "the", "Congo", "."],
                vec![span(7, 9, "LOC"), span(11, 12, "LOC")],
                vec![span(7, 12, "LOC")],
            ),
            (&["Côte", "d'Ivoire", "voted"], vec![span(5, 6, "LOC")], vec![span(5, 7, "LOC")]),
            // Not over another label or a mark that crosses it, nor with a lower-case `the`.
            (&["Côte", "d'Ivoire", "voted"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            (&["Côte", "d'Ivoire", "voted"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            (&["to", "the", "Netherlands", "."], vec![span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
        ];
        check(whole_country_names, &lexicon, &table);
    }

    #[test]
    fn a_county_before_its_office_and_the_holder_is_one_place() {
        let lexicon = lexicon_listing(&[]);
        let table: [Row; 7] = [
            // Read as a person, cut from `County`, marked apart from it, or with the title taken in.
            (
                &["Harris", "County", "Judge", "Lina", "Hidalgo"],
                vec![span(5, 7, "PER"), span(8, 10, "PER")],
                vec![span(5, 7, "LOC"), span(8, 10, "PER")],
            ),
            (
                &["Cook", "County", "Sheriff", "Tom", "Dart"],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "LOC"), span(8, 10, "PER")],
            ),
            (
                &["Santa", "Fe", "County", "Sheriff", "Adan", "Mendoza"],
                vec![span(5, 7, "LOC"), span(7, 8, "ORG"), span(9, 11, "PER")],
                vec![span(5, 8, "LOC"), span(9, 11, "PER")],
            ),
            (
                &["Orleans", "Parish", "Sheriff", "Ann", "Lee"],
                vec![span(5, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "LOC"), span(8, 10, "PER")],
            ),
            // No title and person after it (a team, a body), or a title in lower case: as they are.
            (
                &["Notts", "County", "beat", "Ann", "Lee"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["Cook", "County", "Board", "met", "Ann", "Lee"],
                vec![span(5, 8, "ORG"), span(9, 11, "PER")],
                vec![span(5, 8, "ORG"), span(9, 11, "PER")],
            ),
            (
                &["Harris", "County", "judge", "Lina", "Hidalgo"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
        ];
        check(counties_before_their_offices, &lexicon, &table);
    }

    #[test]
    fn a_county_s_word_cut_off_its_place_joins_it() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 5] = [
            (&["across", "Los", "Angeles", "County", ","], vec![span(6, 8, "LOC"), span(8, 9, "ORG")], vec![span(6, 9, "LOC")]),
            (&["in", "Orleans", "Parish", "."], vec![span(6, 7, "LOC")], vec![span(6, 8, "LOC")]),
            // Not after another label's mark (`Notts County`), nor taking a longer mark in, nor a word in lower case.
            (&["Notts", "County", "won"], vec![span(5, 6, "ORG"), span(6, 7, "ORG")], vec![span(5, 6, "ORG"), span(6, 7, "ORG")]),
            (
                &["Los", "Angeles", "County", "Sheriff"],
                vec![span(5, 7, "LOC"), span(7, 9, "ORG")],
                vec![span(5, 7, "LOC"), span(7, 9, "ORG")],
            ),
            (&["Kenya", "county", "officials"], vec![span(5, 6, "LOC")], vec![span(5, 6, "LOC")]),
        ];
        check(counties_cut_off, &lexicon, &table);
    }

    #[test]
    fn street_names_are_whole() {
        let lexicon = lexicon_listing(&[(LAST_NAMES, &["street", "lane"])]);
        let table: [Row; 10] = [
            // The street word marked alone; the name marked without its street word.
            (&["outside", "10", "Downing", "Street", "."], vec![span(8, 9, "LOC")], vec![span(7, 9, "LOC")]),
            (&["along", "Pennsylvania", "Avenue", "to"], vec![span(6, 7, "LOC")], vec![span(6, 8, "LOC")]),
            // A street named after a person, marked as one.
            (&["near", "Kenyatta", "Avenue", "on"], vec![span(6, 8, "PER")], vec![span(6, 8, "LOC")]),
            // Unmarked, but for the determiner; not before another capitalised word.
            (&["A", "Downing", "Street", "spokesperson"], vec![], vec![ruled(6, 8, "LOC")]),
            (&["the", "Forth", "Road", "Bridge"], vec![], vec![]),
            (&["King", "Jr.", "Boulevard", "in"], vec![span(5, 7, "PER"), span(7, 8, "LOC")], vec![span(5, 8, "LOC")]),
            // A surname that is a street word: the person stays.
            (&["Nathan", "Lane", "said", "so"], vec![span(5, 7, "PER")], vec![span(5, 7, "PER")]),
            // Already whole, another mark's word, a lower-case street: as they are.
            (&["on", "Oxford", "Street", "in"], vec![span(6, 8, "LOC")], vec![span(6, 8, "LOC")]),
            (&["Smith", "Street", "said"], vec![span(5, 6, "PER"), span(6, 7, "LOC")], vec![span(5, 6, "PER"), span(6, 7, "LOC")]),
            (&["in", "London", "street", "protests"], vec![span(6, 7, "LOC")], vec![span(6, 7, "LOC")]),
        ];
        check(whole_street_names, &lexicon, &table);
    }
}
