//! Titles and honorifics before a person's name, which CoNLL's guidelines
//! leave out of it: `Reporter Kim Savage`, `VOA Sports Editor Parke Brewer`,
//! `U.S. Energy Secretary Steven Chu`, `Ms Patel`.

use super::aliases::{surname_like, RULE_SCORE};
use super::features::{is_capitalised, is_listed_place, is_one_listed_name, is_title, TokenView};
use super::gazetteer::{CITIES, COMPANIES, COUNTRIES, FIRST_NAMES, REGIONS};
use super::kinds::PLACE_KINDS;
use super::organisations::BODY_NOUNS;
use super::spans::{free_before, is_unmarked, join_to_previous, put_mark};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Words for a person's job that news writes before the name (`Reporter Kim
/// Savage`, `Host Shaka Ssali`, `Goldman Sachs CEO David Solomon`, `Mayor Ray
/// Nagin`, `Alderman Scott Waguespack`, `Rabbi Sharon Brous`, `Brigadier
/// Udaya Nanayakkara`: CoNLL never marks a rank) and that
/// are not part of it. Capitalised at the start of a sentence, they look like
/// names to the tagger, and the training news rarely has them there.
const ROLE_WORDS: [&str; 81] = [
    "president",
    "manager",
    "chair",
    "chairperson",
    "chairwoman",
    "adviser",
    "advisor",
    "principal",
    "ceo",
    "chief",
    "executive",
    "officer",
    "director",
    "economist",
    "founder",
    "chairman",
    "coach",
    "goalkeeper",
    "teammate",
    "substitute",
    "reporter",
    "correspondent",
    "journalist",
    "host",
    "anchor",
    "presenter",
    "columnist",
    "commentator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "analyst",
    "photographer",
    "editor",
    "mayor",
    "governor",
    "senator",
    "congressman",
    "congresswoman",
    "lawmaker",
    "minister",
    "secretary",
    "ambassador",
    "envoy",
    "judge",
    "justice",
    "justices",
    "commissioner",
    "administrator",
    "coordinator",
    "chancellor",
    "premier",
    "sheriff",
    "treasurer",
    "controller",
    "comptroller",
    "prosecutor",
    "alderman",
    "alderwoman",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "councilmember",
    "counsellor",
    "counselor",
    "assemblyman",
    "assemblywoman",
    "rabbi",
    "imam",
    "pastor",
    "admiral",
    "marshal",
    "rear",
    "brigadier",
    "captain",
    "colonel",
    "corporal",
    "lieutenant",
    "sergeant",
    "whip",
];

/// Words that open a title before its role word (`Managing Director`, `Acting President`).
const TITLE_OPENERS: [&str; 6] = ["managing", "deputy", "acting", "assistant", "associate", "senior"];

/// Whether a word is a capitalised title or role word (`Judge`, `Sheriff`, `Manager`).
pub(super) fn is_capitalised_title(view: &TokenView) -> bool {
    is_capitalised(&view.word) && (is_title(&view.lower) || is_role_word(&view.lower))
}

/// Whether a lowercased word is a role word or a compound of one (`director-general`, `vice-president`).
pub(super) fn is_role_word(lower: &str) -> bool {
    lower.split('-').any(|part| ROLE_WORDS.contains(&part))
}

/// A government's portfolios, which news writes between a country and a
/// minister's title (`U.S. Energy Secretary`); not `Treasury`, a department
/// in its own right (`the U.S. Treasury`).
const PORTFOLIOS: [&str; 15] = [
    "home",
    "energy",
    "defense",
    "defence",
    "foreign",
    "finance",
    "health",
    "interior",
    "education",
    "transport",
    "transportation",
    "agriculture",
    "commerce",
    "trade",
    "environment",
];

/// Whether a lowercased word is a government's portfolio ([`PORTFOLIOS`]).
pub(crate) fn is_portfolio(lower: &str) -> bool {
    PORTFOLIOS.contains(&lower)
}

/// Honorifics, which the CoNLL guidelines leave out of a name as they do
/// titles; British news writes them without a full stop (`Ms Patel`), which
/// the training news (`Mr.`) did not teach the tagger; and the titles of
/// honour it writes before a name (`Sir Keir Starmer`, `Dame Maggie Smith`,
/// `Lord Cameron`: CoNLL's training news leaves `Sir` and `Lord` out 5 times
/// in 5). Not `Lady`, which opens names (`Lady Gaga`).
const HONORIFICS: [&str; 13] = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame", "lord"];

/// Whether a word is a person's initials: capital letters, each with its full stop (`J.`, `D.Y.`).
fn is_initials(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    !letters.is_empty() && letters.len().is_multiple_of(2) && letters.chunks(2).all(|pair| pair[0].is_uppercase() && pair[1] == '.')
}

/// Whether a lowercased word is an abbreviated title (`gov.`, `sen.`, `lt.`), which only a person's name follows.
fn is_abbreviated_title(lower: &str) -> bool {
    lower.ends_with('.') && is_title(lower)
}

/// Honorifics that only a person's name follows (not `Dr Pepper`).
const PERSONAL_HONORIFICS: [&str; 7] = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss"];

/// Drops a mark of two words or more between two capitalised title words
/// (`Deputy` + `Shuttle Program` + `Manager`): common words inside a title.
/// Not a listed place's name nor one holding a word in capitals (`Deputy
/// NASA Chief Scientist`). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn drop_marks_inside_titles(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let titled = |i: Option<usize>| i.and_then(|i| views.get(i)).is_some_and(is_capitalised_title);
    spans.retain(|span| {
        let (start, end) = (span.start - offset, span.end - offset);
        let words = &views[start..end];
        let inside = end - start >= 2 && titled(start.checked_sub(1)) && titled(Some(end));
        !(inside && !is_listed_place(words) && !words.iter().any(|v| is_all_caps(&v.word)))
    });
}

/// Leaves role words ([`ROLE_WORDS`]) and honorifics ([`HONORIFICS`]) out of
/// names: a mark that starts with a role word is the person named after it,
/// when that name starts with a listed first name or initials, or is two to
/// four capitalised words (`Host Shaka Ssali` is `Shaka Ssali`, PER; `Counsellor
/// Aung San Suu Kyi`); a person's
/// mark that starts with an honorific is the name after it (`Ms Patel` is
/// `Patel`); a role word that ends another mark just before a person is left
/// out of it (`CNN Anchor` is `CNN`); a mark of the role word alone just
/// before a person, or of an honorific alone (a person's, or any just before a
/// person: `Dame` ORG + `Maggie Smith`), is dropped. The last word of a
/// title such as `Secretary of State` counts as a role word, and is never a mark alone. `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn leave_out_role_words(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let is_title_end = |i: usize| ends_title(views, i - offset);
    // (`Director-General`, `co-founder`, `editor-in-chief`: a compound of a role word is one.)
    let is_role = |i: usize| is_role_word(&views[i - offset].lower) || is_title_end(i);
    let is_honorific = |i: usize| HONORIFICS.contains(&views[i - offset].lower.as_str());
    // (Capitalised: `will miss England`.)
    let is_personal = |i: usize| PERSONAL_HONORIFICS.contains(&views[i - offset].lower.as_str()) && is_capitalised(&views[i - offset].word);
    let is_first_name = |i: usize| {
        let view = &views[i - offset];
        is_capitalised(&view.word) && view.list_position(FIRST_NAMES).is_some()
    };
    // (`D.Y. Chandrachud`, `J. Edgar Hoover`: initials stand for first names; so do two capitals before
    // a surname, `JB Pritzker`, `JD Vance`.)
    let names_a_person = |name: std::ops::Range<usize>| {
        let first = &views[name.start - offset].word;
        let surnamed = |from: usize| (from..name.end).all(|i| surname_like(&views[i - offset].word));
        is_first_name(name.start)
            || (name.len() >= 2 && is_initials(first))
            || (name.len() == 2 && first.len() == 2 && first.chars().all(|c| c.is_ascii_uppercase()) && surnamed(name.start + 1))
            || ((2..=4).contains(&name.len()) && surnamed(name.start))
    };
    for k in 0..spans.len() {
        let next_start = spans.get(k + 1).map_or(offset + views.len(), |next| next.start);
        // (`Justice Iftikhar` + `Muhammad Chaudhry`: a person's mark touching this one holds the rest of the name.)
        let name_end =
            spans.get(k + 1).filter(|next| next.start == spans[k].end && next.label == "PER").map_or(spans[k].end, |next| next.end);
        let span = &mut spans[k];
        if span.end - span.start < 2 {
            continue;
        }
        let honoured = (span.label == "PER" || is_personal(span.start))
            && is_honorific(span.start)
            && is_capitalised(&views[span.start + 1 - offset].word);
        if honoured {
            span.start += 1;
            span.label = "PER";
        }
        // (`Chief Executive Elon Musk`: a title may be more than one role word.)
        let width = span.end - span.start;
        while span.end - span.start >= 2 && is_role(span.start) && names_a_person(span.start + 1..name_end) {
            span.start += 1;
            span.label = "PER";
        }
        // (`Councilmember Hugo` + `Soto-Martinez`: a tagger that took the title for a first name ended the name early.)
        let surname_after = span.end < next_start && views[span.end - offset].word.split('-').all(surname_like);
        if width == 2 && span.end - span.start == 1 && surname_after {
            span.end += 1;
        }
        // (`WHO Director-General Tedros Adhanom Ghebreyesus`, an organisation to the tagger; `Gov. JB Pritzker`:
        // an abbreviated title is only ever a person's.)
        let after_role = span.start > offset && (is_role(span.start - 1) || is_abbreviated_title(&views[span.start - 1 - offset].lower));
        if after_role && span.label != "PER" && names_a_person(span.start..span.end) {
            span.label = "PER";
        }
    }
    // (`Ms Phillipson`: a name after `Mr`, `Mrs`, `Ms` or `Miss` is a person's, whatever the tagger made of it.)
    for span in spans.iter_mut() {
        if span.start > offset && is_personal(span.start - 1) {
            span.label = "PER";
        }
    }
    split_at_inner_titles(spans, views, offset, &is_role, &is_first_name, &names_a_person);
    // (Sorted, as the marks are.)
    let persons: Vec<usize> = spans.iter().filter(|s| s.label == "PER").map(|s| s.start).collect();
    let person_at = |at: usize| persons.binary_search(&at).is_ok();
    // `CNN Anchor Jake Tapper`, `BBC Political Editor Chris Mason`: the title ends the organisation's mark just before the person.
    // (`Rear Admiral Gregory Smith`: a mark of role words only is all title, and goes.)
    // (`"Justice is being done"`: a person's mark of one role word before a word in lower case, which the
    // article's earlier `Justice Alexandre de Moraes` taught the tagger, names no one.)
    let lower_after = |s: &TaggedSpan| views.get(s.end - offset).is_some_and(|v| v.word.starts_with(char::is_lowercase));
    spans.retain(|s| {
        let role_alone = (s.start..s.end).all(is_role);
        if s.label == "PER" {
            !(role_alone && s.end - s.start == 1 && lower_after(s))
        } else {
            !role_alone || !person_at(s.end)
        }
    });
    for span in spans.iter_mut() {
        if span.label != "PER" && span.end - span.start > 1 && is_role(span.end - 1) && person_at(span.end) {
            span.end = title_start(views, offset, span.start, span.end, &is_role);
        }
        // `U.S. Energy` + `Secretary Steven Chu`: the mark's last word is the title's portfolio; a listed country
        // or region is left (not a city: `Federal` + `Reserve Governor`, and there is a town called Federal).
        let title_follows = span.end < offset + views.len()
            && is_role(span.end)
            && person_at(span.end + 1)
            && is_portfolio(&views[span.end - 1 - offset].lower);
        let place = &views[span.start - offset..span.end - 1 - offset];
        // (The lists spell countries out; news abbreviates these two before a title.)
        let abbreviated = matches!(place, [one] if matches!(one.word.as_str(), "U.S." | "U.K."));
        let country = abbreviated || [COUNTRIES, REGIONS].into_iter().any(|list| is_one_listed_name(place, list));
        if span.label != "PER" && span.end - span.start > 1 && title_follows && country {
            span.end -= 1;
            span.label = "LOC";
        }
        // `House Minority` + `Leader John Boehner`: a house's majority or minority opens its leader's or whip's title.
        let leads_title = span.end + 1 < offset + views.len()
            && matches!(views[span.end - 1 - offset].lower.as_str(), "majority" | "minority")
            && (is_role(span.end) || views[span.end - offset].lower == "leader")
            && person_at(span.end + 1);
        // `IMF Managing` + `Director Christine Lagarde`: a word that opens a title ends no body's name.
        let opens_title = TITLE_OPENERS.contains(&views[span.end - 1 - offset].lower.as_str())
            && span.end + 1 < offset + views.len()
            && is_role(span.end)
            && person_at(span.end + 1);
        if span.label != "PER" && span.end - span.start > 1 && (leads_title || opens_title) {
            span.end -= 1;
        }
        // `FEMA Administrator`: an acronym's mark the tagger took for a nationality's, right before a title, is a
        // body's (CoNLL's training news: ORG 21 times, and `U.S.` a place); not in a headline (`SWISS PREMIER`).
        let acronym =
            span.end - span.start == 1 && is_all_caps(&views[span.start - offset].word) && views[span.start - offset].word.len() <= 5;
        let title_after = span.end < offset + views.len() && is_role(span.end) && !is_all_caps(&views[span.end - offset].word);
        if span.label == "MISC" && acronym && title_after {
            span.label = "ORG";
        }
    }
    // (`City Controller Kenneth Mejia`: a kind of place left of a title, once the title is out, is the title's too.)
    let is_place_kind = |i: usize| PLACE_KINDS.contains(&views[i - offset].lower.as_str());
    spans.retain(|s| {
        let alone = s.end - s.start == 1;
        !(alone
            && ((is_role(s.start) && person_at(s.end))
                || (is_place_kind(s.start) && s.end < offset + views.len() && is_role(s.end))
                || is_title_end(s.start)
                || (is_honorific(s.start) && (s.label == "PER" || person_at(s.end)))))
    });
}

/// Marks as one person an unmarked name word right after a title (a role
/// word, an honorific or a title of [`is_title`]) and the one-word mark
/// after it, which the tagger took for a body's, a place's or a person's
/// while leaving the first name out (`Former President Barack Obama`:
/// `Obama` ORG or PER); and so a one-word mark of another label right after a
/// title and the person's or one-word mark touching it (`WHO
/// Director-General Tedros` ORG + `Adhanom Ghebreyesus` PER, `Ngozi` LOC +
/// `Okonjo-Iweala` ORG). CoNLL's training news has 432 pairs of capitalised
/// words after a title, 418 persons. `spans` are one sentence's, sorted,
/// whose first token is `offset`.
pub(crate) fn first_names_after_titles(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let titled = |i: usize| {
        let lower = views[i].lower.as_str();
        is_role_word(lower) || HONORIFICS.contains(&lower) || is_title(lower)
    };
    for k in 0..spans.len() {
        let Some(span) = spans.get(k) else { break };
        let at = span.start - offset;
        if span.end - span.start != 1 || at == 0 {
            continue;
        }
        let person = span.label == "PER";
        let free = free_before(spans, k, offset) < span.start;
        let rest = spans.get(k + 1).filter(|next| {
            let word = &views[next.start - offset].word;
            next.start == span.end && (next.label == "PER" || next.end - next.start == 1) && is_capitalised(word) && !is_all_caps(word)
        });
        if free && at >= 2 && titled(at - 2) && !titled(at - 1) && surname_like(&views[at - 1].word) {
            spans[k].start -= 1;
            spans[k].label = "PER";
        } else if !person && rest.is_some() && titled(at - 1) && surname_like(&views[at].word) {
            join_to_previous(spans, k + 1);
            spans[k].label = "PER";
        }
    }
}

/// The most unmarked name words between a title and a speech verb that name a person.
const SPEAKER_NAME_WORDS: usize = 3;

/// Marks as a person the unmarked capitalised words between a capitalised
/// title and a speech verb (`General Waker-Uz-Zaman said`, which the tagger
/// leaves unmarked at a paragraph's start): CoNLL's training and development
/// news has a person there 47 times in 48. Each word is a name's, its parts
/// joined by hyphens (not a title, a body's noun, nor in capitals); the title
/// is no portfolio (`Foreign` + `Relations Ministry said`). `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn speakers_after_titles(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let name_word = |view: &TokenView| {
        view.word.split('-').all(surname_like) && !is_capitalised_title(view) && !BODY_NOUNS.contains(&view.lower.as_str())
    };
    let title = |view: &TokenView| is_capitalised_title(view) && !is_portfolio(&view.lower);
    for verb in 2..views.len() {
        if !crate::quotes::is_speech_verb(&views[verb].word) {
            continue;
        }
        let start = (verb.saturating_sub(SPEAKER_NAME_WORDS)..verb).rev().take_while(|&k| name_word(&views[k])).last();
        let Some(start) = start.filter(|&s| s > 0 && title(&views[s - 1])) else { continue };
        if is_unmarked(spans, offset + start, offset + verb) {
            put_mark(spans, TaggedSpan { start: offset + start, end: offset + verb, label: "PER", score: RULE_SCORE });
        }
    }
}

/// Drops a mark of a lawmaker's party and state, which follows the name
/// (`Rep. Marjorie Taylor Greene, R-Ga., filed …`: `R-Ga` PER, `R-Texas`
/// ORG); CoNLL's news has none, and marks neither a party's letter nor a
/// state's abbreviation inside a word. `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn drop_party_and_state(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    spans.retain(|s| !(s.end - s.start == 1 && crate::token::is_party_and_state(&views[s.start - offset].word)));
}

/// Where the title starts in a mark that runs from `start` over it to `name`
/// (the name's first word, or the mark's end): the title is its role words
/// and, before a single one, the capitalised word that says which (`Sports
/// Editor`, `Foreign Minister`; CoNLL's news leaves both out), unless that
/// word is in capitals, the mark's first, ends a listed firm or place
/// (`Goldman Sachs CEO`) or is a body noun (`African Union Commission
/// Chairperson`). The mark keeps its first word.
fn title_start(views: &[TokenView], offset: usize, start: usize, name: usize, is_role: &dyn Fn(usize) -> bool) -> usize {
    let mut title = name - 1;
    while title > start + 1 && is_role(title - 1) {
        title -= 1;
    }
    let which = &views[title - 1 - offset];
    let ends_listed = [COMPANIES, CITIES, COUNTRIES, REGIONS].into_iter().any(|list| matches!(which.list_position(list), Some(0 | 3)));
    let ends_body = BODY_NOUNS.contains(&which.lower.as_str());
    if title == name - 1 && title > start + 1 && is_capitalised(&which.word) && !is_all_caps(&which.word) && !ends_listed && !ends_body {
        title -= 1;
    }
    title
}

/// Splits a mark that runs from a body over a title into the person named
/// after it (`VOA Sports Editor Parke Brewer`, one organisation to the
/// tagger): the body keeps the mark, the title ([`title_start`]) is left
/// out, the name is a person. A person's mark that holds a title before the name is the
/// name (`Team Principal Christian Horner`), unless it opens with a first
/// name (`Bob Host Kim Savage` may be one person's names) or with a word in
/// capitals, a body's (or a listed place's) that is split off as above.
fn split_at_inner_titles(
    spans: &mut Vec<TaggedSpan>,
    views: &[TokenView],
    offset: usize,
    is_role: &dyn Fn(usize) -> bool,
    is_first_name: &dyn Fn(usize) -> bool,
    names_a_person: &dyn Fn(std::ops::Range<usize>) -> bool,
) {
    let mut k = 0;
    while k < spans.len() {
        let span = &spans[k];
        let person = (span.start + 2..span.end).find(|&p| is_role(p - 1) && !is_role(p) && names_a_person(p..span.end));
        // (`VOA Sports Editor Parke Brewer`, one person to the tagger: a mark opening with capitals opens with a body.)
        let opens_with_body = is_all_caps(&views[span.start - offset].word);
        if let Some(person) = person.filter(|_| span.label == "PER" && !is_first_name(span.start) && !opens_with_body) {
            spans[k].start = person;
        } else if let Some(person) = person.filter(|_| span.label != "PER" || opens_with_body) {
            let title = title_start(views, offset, span.start, person, is_role);
            let name = TaggedSpan { start: person, end: span.end, label: "PER", score: span.score };
            spans[k].end = title;
            if spans[k].label == "PER" {
                let front = &views[spans[k].start - offset..title - offset];
                spans[k].label = if is_listed_place(front) { "LOC" } else { "ORG" };
            }
            spans.insert(k + 1, name);
        }
        k += 1;
    }
}

/// Whether word `i` of a sentence ends a job title that news writes before a
/// name and the tagger takes for one: `State` in `Secretary of State Rex
/// Tillerson` and `Minister of State` (the CoNLL news leaves it unmarked
/// every time, as the title it is; the `State Department` is another thing).
fn ends_title(views: &[TokenView], i: usize) -> bool {
    i >= 2 && views[i].word == "State" && views[i - 1].lower == "of" && matches!(views[i - 2].lower.as_str(), "secretary" | "minister")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, lexicon_listing, span, Row};

    #[test]
    fn role_words_and_honorifics_are_left_out_of_names() {
        let lexicon = crate::tagger::rule_table::lexicon_listing(&[
            (FIRST_NAMES, &["kim", "bob", "hugo"]),
            (COUNTRIES, &["u.k.", "kenya"]),
            (COMPANIES, &["goldman sachs"]),
        ]);
        let table: [Row; 72] = [
            (&["Substitute", "Mario", "Goetze", "scored"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["Counsellor", "Aung", "San", "Suu", "Kyi", "said"], vec![span(5, 10, "PER")], vec![span(6, 10, "PER")]),
            // A person's mark of one role word before a word in lower case names no one.
            (&["\"", "Justice", "is", "being", "done"], vec![span(6, 7, "PER")], vec![]),
            // A word that opens a title ends no body's name before the role word and a person; not before other words.
            (
                &["IMF", "Managing", "Director", "Christine", "Lagarde"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
            ),
            (&["IMF", "Managing", "Director", "said"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            // A house's majority or minority opens its leader's or whip's title; not before another word.
            (
                &["House", "Minority", "Leader", "John", "Boehner"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["House", "Majority", "Whip", "Steve", "Scalise"],
                vec![span(5, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
            ),
            (&["the", "Moral", "Majority", "Leader", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            // A kind of place before a title goes with it; not before another word.
            (&["City", "Controller", "Kenneth", "Mejia", "said"], vec![span(5, 7, "ORG"), span(7, 9, "PER")], vec![span(7, 9, "PER")]),
            (&["City", "Council", "met"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            // A surname after a name the title cut to one word; not a word in lower case.
            (&["Councilmember", "Hugo", "Soto-Martinez", "said"], vec![span(5, 7, "PER")], vec![span(6, 8, "PER")]),
            (&["Councilmember", "Hugo", "said", "so"], vec![span(5, 7, "PER")], vec![span(6, 7, "PER")]),
            // A mark of role words only before the person goes (`Rear` ORG after `Admiral` was cut off it).
            (&["Rear", "Admiral", "Gregory", "Smith"], vec![span(5, 7, "ORG"), span(7, 9, "PER")], vec![span(7, 9, "PER")]),
            (
                &["U.N.", "Resident", "Coordinator", "Knut", "Ostby"],
                vec![span(5, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
            ),
            // Before a listed first name; the role word alone before a person.
            (&["Host", "Kim", "Savage", "spoke"], vec![span(5, 8, "ORG")], vec![span(6, 8, "PER")]),
            (&["Reporter", "Kim", "Savage", "spoke"], vec![span(5, 6, "ORG"), span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["Coach", "Jurgen", "Klopp", "said"], vec![span(5, 6, "ORG"), span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            // Before two capitalised words.
            (&["Host", "Shaka", "Ssali", "asked"], vec![span(5, 8, "ORG")], vec![span(6, 8, "PER")]),
            // The rest of the name in a person's mark touching the title's.
            (
                &["Justice", "Iftikhar", "Muhammad", "Chaudhry", "said"],
                vec![span(5, 7, "PER"), span(7, 9, "PER")],
                vec![span(6, 7, "PER"), span(7, 9, "PER")],
            ),
            (&["said", "Alderman", "Scott", "Waguespack"], vec![span(6, 9, "PER")], vec![span(7, 9, "PER")]),
            // Before initials.
            (&["Chief", "Justice", "D.Y.", "Chandrachud"], vec![span(5, 9, "PER")], vec![span(7, 9, "PER")]),
            (&["Judge", "T.", "Ellis", "ruled"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            // Before two capitals and a surname; after an abbreviated title, which only a person's name follows.
            (&["Senator", "JD", "Vance", "said"], vec![span(5, 8, "ORG")], vec![span(6, 8, "PER")]),
            (&["Sen.", "JD", "Vance", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "PER")]),
            (&["Senator", "JD", "Vance", "Inc", "said"], vec![span(5, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (&["Treasurer", "Jim", "Chalmers", "said"], vec![span(5, 6, "LOC"), span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            // An office held in government, or on a court.
            (&["Mayor", "Ray", "Nagin", "estimated"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["Justices", "Elena", "Kagan", "wrote"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            // A military rank.
            (&["spokesman", "Brigadier", "Udaya", "Nanayakkara", "told"], vec![span(6, 9, "PER")], vec![span(7, 9, "PER")]),
            (&["against", "Field", "Marshal", "Mohamed", "Tantawi"], vec![span(7, 10, "PER")], vec![span(8, 10, "PER")]),
            // Not before one word (`Host Hotels`), nor before capitals; not when no person follows.
            (&["Host", "Hotels", "rose"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["Anchor", "BHP", "LTD", "rose"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["Reporter", "said", "so"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            // An honorific: out of a person's mark, whatever follows; alone, no mark; an organisation keeps it.
            (&["Ms", "Patel", "met", "Mr"], vec![span(5, 7, "PER"), span(8, 9, "PER")], vec![span(6, 7, "PER")]),
            (&["Dr", "Pepper", "rose"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            // A title of honour; alone before a person, whatever its label, no mark.
            (&["Sir", "Keir", "Starmer", "said"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["Dame", "Maggie", "Smith", "died"], vec![span(5, 6, "ORG"), span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            // After `Ms` or within a mark of `Ms`: a person, whatever the label.
            (
                &["Ms", "Reeves", "and", "Ms", "Phillipson"],
                vec![span(5, 7, "ORG"), span(9, 10, "ORG")],
                vec![span(6, 7, "PER"), span(9, 10, "PER")],
            ),
            (&["will", "miss", "England", "'s", "game"], vec![span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
            // An acronym before a title is a body's, not in a headline.
            (
                &["FEMA", "Administrator", "Jo", "Li", "said"],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![span(5, 6, "ORG"), span(7, 9, "PER")],
            ),
            (&["SWISS", "PREMIER", "LEAGUE"], vec![span(5, 6, "MISC")], vec![span(5, 6, "MISC")]),
            // At the end of an organisation's mark before a person; not before other words.
            (
                &["CNN", "Anchor", "Jake", "Tapper", "asked"],
                vec![span(5, 7, "ORG"), span(7, 9, "PER")],
                vec![span(5, 6, "ORG"), span(7, 9, "PER")],
            ),
            (
                &["Goldman", "Sachs", "CEO", "David", "Solomon", "said"],
                vec![span(5, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["Union", "Commission", "Chairperson", "Moussa", "Faki"],
                vec![span(5, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
            (&["Radio", "Host", "rose"], vec![span(5, 7, "ORG")], vec![span(5, 7, "ORG")]),
            // With the word that says which title; not a listed firm's last word.
            (
                &["BBC", "Political", "Editor", "Chris", "Mason", "said"],
                vec![span(5, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["Goldman", "Sachs", "Chief", "Executive", "David", "Solomon"],
                vec![span(5, 9, "ORG"), span(9, 11, "PER")],
                vec![span(5, 7, "ORG"), span(9, 11, "PER")],
            ),
            (&["Goldman", "Sachs", "CEO", "Kim", "Solomon"], vec![span(5, 10, "ORG")], vec![span(5, 7, "ORG"), span(8, 10, "PER")]),
            // The word that says which title ending a mark before it: out of it if a listed place is left.
            (
                &["US", "Energy", "Secretary", "Kim", "Chu", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "LOC"), span(8, 10, "PER")],
            ),
            (
                &["US", "Treasury", "Secretary", "Kim", "Chu", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["Kenya", "Energy", "Secretary", "Kim", "Chu", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "LOC"), span(8, 10, "PER")],
            ),
            (
                &["Acme", "Energy", "Secretary", "Kim", "Chu", "said"],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
                vec![span(5, 7, "ORG"), span(8, 10, "PER")],
            ),
            // A title inside an organisation's mark: the body keeps it, the title is left out, the name is a person.
            (&["VOA", "Sports", "Editor", "Kim", "Brewer", "has"], vec![span(5, 10, "ORG")], vec![span(5, 6, "ORG"), span(8, 10, "PER")]),
            (
                &["White", "House", "Press", "Secretary", "Mike", "McCurry"],
                vec![span(5, 11, "LOC")],
                vec![span(5, 7, "LOC"), span(9, 11, "PER")],
            ),
            (&["BBC", "Chief", "Executive", "Kim", "Davie", "said"], vec![span(5, 10, "ORG")], vec![span(5, 6, "ORG"), span(8, 10, "PER")]),
            (&["NATO", "CEO", "Kim", "Jung"], vec![span(5, 9, "MISC")], vec![span(5, 6, "MISC"), span(7, 9, "PER")]),
            // A person's mark: the title is left out, unless the mark opens with a first name.
            (&["Team", "Principal", "Kim", "Savage"], vec![span(5, 9, "PER")], vec![span(7, 9, "PER")]),
            (&["Deputy", "Shuttle", "Program", "Manager", "Kim", "Hale"], vec![span(5, 11, "PER")], vec![span(9, 11, "PER")]),
            (&["Bob", "Host", "Kim", "Savage"], vec![span(5, 9, "PER")], vec![span(5, 9, "PER")]),
            (&["VOA", "Sports", "Editor", "Kim", "Brewer", "says"], vec![span(5, 10, "PER")], vec![span(5, 6, "ORG"), span(8, 10, "PER")]),
            (&["UK", "Prime", "Minister", "Kim", "Starmer"], vec![span(5, 10, "PER")], vec![span(5, 6, "LOC"), span(8, 10, "PER")]),
            // Not before one word, nor with nothing before the title.
            (&["VOA", "Sports", "Editor", "Brewer", "has"], vec![span(5, 9, "ORG")], vec![span(5, 9, "ORG")]),
            // Titles of firms and agencies: more than one role word; one alone, or at an organisation's end.
            (&["Chief", "Executive", "Elon", "Musk"], vec![span(5, 9, "ORG")], vec![span(7, 9, "PER")]),
            (
                &["Tesla", "Chief", "Executive", "Elon", "Musk"],
                vec![span(5, 6, "ORG"), span(7, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(8, 10, "PER")],
            ),
            (
                &["FBI", "Director", "Christopher", "Wray"],
                vec![span(5, 7, "ORG"), span(7, 9, "PER")],
                vec![span(5, 6, "ORG"), span(7, 9, "PER")],
            ),
            // A name after a title (a compound of a role word too) is a person's; not capitals.
            (
                &["WHO", "Director-General", "Tedros", "Adhanom", "Ghebreyesus", "urged"],
                vec![span(5, 6, "ORG"), span(7, 10, "ORG")],
                vec![span(5, 6, "ORG"), span(7, 10, "PER")],
            ),
            (&["its", "chairman", "BHP", "LTD"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            // The end of a title: out of the name after it, and never a mark alone; the department keeps its mark.
            (&["Secretary", "of", "State", "Rex", "Tillerson"], vec![span(7, 8, "ORG"), span(8, 10, "PER")], vec![span(8, 10, "PER")]),
            (&["Secretary", "of", "State", "Rex", "Tillerson"], vec![span(7, 10, "ORG")], vec![span(8, 10, "PER")]),
            (&["the", "Minister", "of", "State", "said"], vec![span(8, 9, "ORG")], vec![]),
            (&["the", "Department", "of", "State", "said"], vec![span(6, 9, "ORG")], vec![span(6, 9, "ORG")]),
            (&["the", "State", "Department", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
        ];
        check(leave_out_role_words, &lexicon, &table);
    }

    #[test]
    fn marks_of_common_words_inside_a_title_are_dropped() {
        let lexicon = lexicon_listing(&[(CITIES, &["new york"])]);
        let table: [Row; 4] = [
            (
                &["Deputy", "Shuttle", "Program", "Manager", "Wayne", "Hale"],
                vec![span(6, 8, "MISC"), span(9, 11, "PER")],
                vec![span(9, 11, "PER")],
            ),
            // A listed place, a word in capitals, one word, no title after: as they are.
            (
                &["Deputy", "New", "York", "Governor", "Ann", "Lee"],
                vec![span(6, 8, "LOC"), span(9, 11, "PER")],
                vec![span(6, 8, "LOC"), span(9, 11, "PER")],
            ),
            (&["Deputy", "NASA", "Program", "Manager"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["Deputy", "Shuttle", "Program", "said"], vec![span(6, 8, "MISC")], vec![span(6, 8, "MISC")]),
        ];
        check(drop_marks_inside_titles, &lexicon, &table);
    }

    #[test]
    fn a_name_word_after_a_title_and_the_mark_after_it_are_one_person() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 10] = [
            (&["Former", "President", "Barack", "Obama", "endorsed"], vec![span(8, 9, "ORG")], vec![span(7, 9, "PER")]),
            (&["said", "Mr", "Tim", "Cook", "."], vec![span(8, 9, "LOC")], vec![span(7, 9, "PER")]),
            (&["said", "President", "Barack", "Obama", "remains"], vec![span(8, 9, "PER")], vec![span(7, 9, "PER")]),
            // Not a title's second word (`Secretary General Ban`).
            (&["said", "Secretary", "General", "Ban", "."], vec![span(8, 9, "PER")], vec![span(8, 9, "PER")]),
            // A word in lower case, a mark of two words, the first word marked: as they are.
            (&["the", "president", "met", "Obama", "."], vec![span(8, 9, "ORG")], vec![span(8, 9, "ORG")]),
            (&["President", "Barack", "Obama", "Center"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            // A first name marked alone after a title, and the mark touching it.
            (
                &["WHO", "Director-General", "Tedros", "Adhanom", "Ghebreyesus", "told"],
                vec![span(5, 6, "ORG"), span(7, 8, "ORG"), span(8, 10, "PER")],
                vec![span(5, 6, "ORG"), span(7, 10, "PER")],
            ),
            (&["Director-General", "Ngozi", "Okonjo-Iweala", "said"], vec![span(6, 7, "LOC"), span(7, 8, "ORG")], vec![span(6, 8, "PER")]),
            // Not a body's mark of two words after it, nor a first mark not after a title.
            (
                &["President", "Obama", "White", "House"],
                vec![span(6, 7, "PER"), span(7, 9, "LOC")],
                vec![span(6, 7, "PER"), span(7, 9, "LOC")],
            ),
            (
                &["in", "Nairobi", "Kenya", "Airways"],
                vec![span(6, 7, "LOC"), span(7, 9, "ORG")],
                vec![span(6, 7, "LOC"), span(7, 9, "ORG")],
            ),
        ];
        check(first_names_after_titles, &lexicon, &table);
    }

    #[test]
    fn unmarked_words_between_a_title_and_a_speech_verb_name_a_person() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            (&["General", "Waker-Uz-Zaman", "said", "so"], vec![], vec![crate::tagger::rule_table::scored(6, 7, "PER", RULE_SCORE)]),
            (&["Chief", "Executive", "Daniel", "Levy", "said"], vec![], vec![crate::tagger::rule_table::scored(7, 9, "PER", RULE_SCORE)]),
            // Not after a word that is no title, nor over a mark, nor words in capitals.
            (&["Shares", "Daniel", "Levy", "said"], vec![], vec![]),
            (&["President", "Daniel", "Levy", "said"], vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            (&["Minister", "NATO", "said"], vec![], vec![]),
            (&["Foreign", "Relations", "Ministry", "said"], vec![], vec![]),
            (&["Foreign", "Daniel", "Levy", "said"], vec![], vec![]),
        ];
        check(speakers_after_titles, &lexicon, &table);
    }

    #[test]
    fn a_lawmakers_party_and_state_is_no_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["Greene", ",", "R-Ga", ".", ","], vec![span(5, 6, "PER"), span(7, 8, "PER")], vec![span(5, 6, "PER")]),
            (&["Cruz", ",", "R-Texas", ","], vec![span(5, 6, "PER"), span(7, 8, "ORG")], vec![span(5, 6, "PER")]),
            (&["Schumer", ",", "D-N.Y.", ","], vec![span(5, 6, "PER"), span(7, 8, "ORG")], vec![span(5, 6, "PER")]),
            // A hyphenated name that is no state: as it is.
            (&["the", "D-Day", "landings"], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
        ];
        check(drop_party_and_state, &lexicon, &table);
    }
}
