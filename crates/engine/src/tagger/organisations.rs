//! Organisation names after tagging: a body named by two things joined with
//! `and` (`Independent Electoral and Boundaries Commission`, `Food and Drug
//! Administration`) is one name, which the tagger often cuts at the `and`; a
//! name cut after a possessive inside it (`Lord's` + `Resistance Army`) is
//! one; descriptions and capitals are kept out of or put into bodies' names
//! as news writes them; acronyms listed with an organisation are marked; and
//! bodies news names often that the tagger misreads
//! (`Facebook`, `Hezbollah`). Firms: `firms.rs`; agencies in datelines and
//! photo credits: `datelines.rs`.

use super::aliases::RULE_SCORE;
use super::body_fields::PARTY_NOUNS;
use super::datelines::after_dateline;
use super::edges::{CONNECTORS, LINKING_ADVERBS};
use super::features::{is_capitalised, is_noun_of, is_title, TokenView};
use super::firms::LEGAL_FORMS;
use super::gazetteer::{COMPANIES, FIRST_NAMES};
use super::spans::{
    free_before, is_unmarked, join_marks, join_to_previous, join_touching, put_mark, put_mark_over, unmarked_capital_before, widen_marks,
};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Nouns that end the name of a public body. A name that ends with one and
/// follows `and` is the second half of a longer name, unless the words before
/// the `and` already name a body of their own (`the Federal Trade Commission
/// and Justice Department` are two).
pub(super) const BODY_NOUNS: [&str; 28] = [
    "administration",
    "agency",
    "association",
    "authority",
    "board",
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
        let joined = second.label == "ORG"
            && is_body(second.end - 1)
            && second.start >= offset + 2
            && matches!(view(second.start - 1).lower.as_str(), "and" | "&")
            && is_capitalised(&view(second.start - 2).word);
        if !joined {
            k += 1;
            continue;
        }
        let and = second.start - 1;
        let previous_end = free_before(spans, k, offset);
        if previous_end == and {
            let first = &spans[k - 1];
            if first.label == "ORG" && !(first.start..first.end).any(is_body) {
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

/// Makes an organisation of a place's mark that opens with a body's or a
/// party's noun and `of` (`Alliance of Small Island States`, which the
/// tagger read as a place for its `States`; `Council of Europe`), and of a
/// place's or a person's mark just before the word `party` (`Her Morena
/// party`: CoNLL's training news has only organisations and MISC words,
/// `Democratic`, there), with the unmarked capitalised words after it
/// (`Pakistan` + `Tehreek-e-Insaf party`), or before it with `for` or `of`
/// (`the Alternative for Germany party`). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn bodies_read_as_places_or_people(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let free_from = free_before(spans, k, offset);
        let free_to = spans.get(k + 1).map_or(offset + views.len(), |next| next.start);
        let span = &mut spans[k];
        if !matches!(span.label, "LOC" | "PER") {
            continue;
        }
        // (`Pakistan` + `Tehreek-e-Insaf party`: the party's name goes on in unmarked capitalised words.)
        let mut end = span.end;
        while end < free_to && end - span.end < 3 && is_capitalised(&views[end - offset].word) {
            end += 1;
        }
        let party = views.get(end - offset).is_some_and(|v| v.word == "party");
        if party {
            span.end = end;
        }
        let first = &views[span.start - offset];
        let body = [&BODY_NOUNS[..], &PARTY_NOUNS].iter().any(|nouns| is_noun_of(nouns, &first.lower));
        let named_body = span.label == "LOC"
            && span.end - span.start >= 3
            && body
            && is_capitalised(&first.word)
            && views[span.start + 1 - offset].word == "of";
        if named_body || party {
            span.label = "ORG";
        }
        // (`the Alternative for Germany party`: the party's name opens with unmarked words and `for`.)
        let capital = |i: usize| i >= free_from && is_capitalised(&views[i - offset].word);
        if party
            && span.start >= free_from + 2
            && matches!(views[span.start - 1 - offset].word.as_str(), "for" | "of")
            && capital(span.start - 2)
        {
            span.start -= 2;
            while span.start > free_from && capital(span.start - 1) {
                span.start -= 1;
            }
        }
    }
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
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_names_across_possessives(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
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
}

/// Bodies that news names often and that the tagger, trained on the news of
/// 1996, takes for places, people or MISC or leaves unmarked: most named since
/// (`Facebook` LOC, `Google` PER, `Hezbollah` LOC, `Islamic Jihad` and `Al
/// Jazeera` PER, the `WHO`, which the tagger reads as `who`), some it never
/// saw (`Greenpeace` PER, `Arab League` MISC, as its leagues are sports'); the
/// words of a name of several joined by `_`.
const MISREAD_BODIES: &str =
    "WHO Google Facebook Twitter Instagram WhatsApp YouTube Snapchat Telegram Netflix Meta Nvidia ByteDance Tencent Baidu \
     OpenAI Anthropic SpaceX BioNTech Hezbollah al-Shabaab al-Qaeda al-Qaida ISIL Islamic_State Islamic_State_of_Iraq_and_the_Levant Islamic_Jihad Al_Jazeera Al_Arabiya Save_the_Children Greenpeace Arab_League African_Union";

/// Whether `word` spells `name`, a word of [`MISREAD_BODIES`]: in its case, or
/// capitalised unless the name is in capitals (`Who` is no `WHO`). (Compared
/// without allocating: the names are ASCII, and this runs for every word of the article.)
fn spells(name: &str, word: &str) -> bool {
    word == name || (!is_all_caps(name) && word.eq_ignore_ascii_case(name) && is_capitalised(word))
}

/// Whether `word` is the name of one word of a body of [`MISREAD_BODIES`] (`Google`).
pub(crate) fn is_misread_body(word: &str) -> bool {
    MISREAD_BODIES.split_whitespace().any(|name| spells(name, word))
}

/// Marks as an organisation each name of [`MISREAD_BODIES`] (in its case, or
/// capitalised) that is unmarked or marked as something else, not inside a
/// longer mark (`Google Maps`); a name in capitals only so and not in a line
/// in capitals (`Who`, `WHO WON`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn misread_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for name in MISREAD_BODIES.split_whitespace() {
        let words: Vec<&str> = name.split('_').collect();
        let in_capitals = is_all_caps(name);
        let spelt = |view: &TokenView, word: &str| spells(word, &view.word) && !(in_capitals && view.caps_line);
        for at in 0..views.len().saturating_sub(words.len() - 1) {
            let (start, end) = (offset + at, offset + at + words.len());
            let named = words.iter().zip(&views[at..]).all(|(word, view)| spelt(view, word));
            if named && spans.iter().all(|s| s.end <= start || end <= s.start || (start <= s.start && s.end <= end)) {
                put_mark(spans, TaggedSpan { start, end, label: "ORG", score: RULE_SCORE });
            }
        }
    }
}

/// Mends a mark that ends with `of` before another mark, not a person's (a
/// name never ends with `of`): after a firm's legal form ([`LEGAL_FORMS`])
/// the `of` is left out and a place stays, as `of` and a place tell where
/// the firm is (`Kia Motor Corp of South Korea`; CoNLL's training and
/// development text mark the place apart 4 times in 7); otherwise the two are
/// one name of the first's kind (`Voice of America`, `Bomas of Kenya`,
/// `Nation of Islam`, `Republic of Ireland`, which the tagger cuts after the
/// `of`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn mend_names_ending_in_of(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let lower = |i: usize| views[i - offset].lower.trim_end_matches('.');
    let mut k = 1;
    while k < spans.len() {
        let (first, second) = (&spans[k - 1], &spans[k]);
        let cut = second.label != "PER" && first.end == second.start && first.end - first.start > 1 && lower(first.end - 1) == "of";
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

/// Marks as organisations the unmarked words in capitals listed with an
/// organisation (`AP, AFP and Reuters`, `BA and AA`): a list names things of
/// one kind, and the tagger knows the acronyms of few firms and agencies.
/// Not in a headline, whose words are all in capitals. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn acronyms_listed_with_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    if views.first().is_none_or(|v| v.caps_line) {
        return;
    }
    let is_separator = |k: usize| matches!(views[k].word.as_str(), "," | "and" | "or");
    let is_acronym = |k: usize| {
        is_all_caps(&views[k].word) && views[k].word.chars().all(char::is_alphabetic) && is_unmarked(spans, offset + k, offset + k + 1)
    };
    // The next item of a list from word `k` in direction `step`, across `,`, `and`, `or` or `, and`.
    let next_item = |k: usize, step: isize| {
        let at = |n: isize| k.checked_add_signed(step * n).filter(|&i| i < views.len());
        let first = at(1).filter(|&i| is_separator(i))?;
        at(2).filter(|&i| is_separator(i) && views[first].word == ",").map_or(at(2), |_| at(3))
    };
    let mut found = Vec::new();
    for span in spans.iter().filter(|s| s.label == "ORG") {
        for (from, step) in [(span.start - offset, -1), (span.end - 1 - offset, 1)] {
            let mut k = from;
            while let Some(item) = next_item(k, step).filter(|&i| is_acronym(i)) {
                found.push(offset + item);
                k = item;
            }
        }
    }
    for at in found {
        if is_unmarked(spans, at, at + 1) {
            put_mark(spans, TaggedSpan { start: at, end: at + 1, label: "ORG", score: RULE_SCORE });
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
/// and not the sentence's first word (`Support for Hamas`). `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn bodies_for_a_cause(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for k in 0..spans.len() {
        let free_from = free_before(spans, k, offset);
        let span = &spans[k];
        if span.label != "ORG" || span.start < free_from + 2 || views[span.start - 1 - offset].word != "for" {
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
        let table: [Row; 5] = [
            (
                &["the", "U.S.", "Centers", "for", "Disease", "Control", "said"],
                vec![span(6, 7, "LOC"), span(9, 11, "ORG")],
                vec![span(6, 7, "LOC"), span(7, 11, "ORG")],
            ),
            (&["a", "Campaign", "for", "Nuclear", "Disarmament", "rally"], vec![span(8, 10, "ORG")], vec![span(6, 10, "ORG")]),
            // Not a title, nor the sentence's first word, nor before another kind of mark.
            (&["the", "Minister", "for", "Foreign", "Affairs"], vec![span(8, 10, "ORG")], vec![span(8, 10, "ORG")]),
            (&["Support", "for", "Hamas", "grew"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["a", "Ticket", "for", "Paris", "."], vec![span(8, 9, "LOC")], vec![span(8, 9, "LOC")]),
        ];
        check(|spans, views, offset| bodies_for_a_cause(spans, views, offset), &lexicon, &table);
    }

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
    fn bodies_the_tagger_misreads_are_organisations() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 13] = [
            (&["posted", "on", "Facebook", "and", "Twitter"], vec![span(7, 8, "LOC")], vec![ruled(7, 8, "ORG"), ruled(9, 10, "ORG")]),
            (&["Al", "Jazeera", "reported"], vec![span(5, 7, "PER")], vec![ruled(5, 7, "ORG")]),
            (&["Save", "the", "Children", "said"], vec![], vec![ruled(5, 8, "ORG")]),
            (&["Greenpeace", "called", "it"], vec![span(5, 6, "PER")], vec![ruled(5, 6, "ORG")]),
            (
                &["The", "Arab", "League", "and", "the", "African", "Union"],
                vec![span(6, 8, "MISC"), span(10, 12, "LOC")],
                vec![ruled(6, 8, "ORG"), ruled(10, 12, "ORG")],
            ),
            (
                &["Al-Qaeda", "and", "Islamic", "Jihad", "fought"],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![ruled(5, 6, "ORG"), ruled(7, 9, "ORG")],
            ),
            // A name that holds another (`Islamic State`) and a place the tagger marked.
            (
                &["from", "the", "Islamic", "State", "of", "Iraq", "and", "the", "Levant", "to"],
                vec![span(7, 11, "ORG"), span(13, 14, "LOC")],
                vec![ruled(7, 14, "ORG")],
            ),
            // Inside a longer mark, or in lower case: as it is.
            (&["opened", "Google", "Maps", "."], vec![span(6, 8, "MISC")], vec![span(6, 8, "MISC")]),
            (&["an", "Islamic", "state", "."], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
            (&["to", "google", "it"], vec![], vec![]),
            // A name in capitals: so written, outside a line in capitals.
            (&["The", "WHO", "chief", "said", "so"], vec![], vec![ruled(6, 7, "ORG")]),
            (&["Who", "said", "so", "?"], vec![], vec![]),
            (&["WHO", "WON", "THE", "CUP"], vec![], vec![]),
        ];
        check(misread_bodies, &lexicon, &table);
    }

    #[test]
    fn acronyms_listed_with_an_organisation_are_organisations() {
        let table: [Row; 6] = [
            (
                &["from", "AP", ",", "AFP", "and", "Reuters", "."],
                vec![span(10, 11, "ORG")],
                vec![ruled(6, 7, "ORG"), ruled(8, 9, "ORG"), span(10, 11, "ORG")],
            ),
            (&["Reuters", ",", "and", "AP", "said"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG"), ruled(8, 9, "ORG")]),
            (&["BA", "or", "AA", "flights"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG"), ruled(7, 8, "ORG")]),
            // Not beside a place, not a word in lower case or with digits, not in a headline.
            (&["US", "and", "UK", "troops"], vec![span(5, 6, "LOC")], vec![span(5, 6, "LOC")]),
            (&["Reuters", "and", "Ap", "or", "G7", "said"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
            (&["REUTERS", "AND", "AP", "AT", "ODDS"], vec![span(5, 6, "ORG")], vec![span(5, 6, "ORG")]),
        ];
        check(acronyms_listed_with_bodies, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn a_place_named_by_a_body_s_noun_and_of_is_an_organisation() {
        let table: [Row; 7] = [
            (&["the", "Alliance", "of", "Small", "Island", "States"], vec![span(6, 11, "LOC")], vec![span(6, 11, "ORG")]),
            // Not another noun, nor a person's mark.
            (&["the", "Republic", "of", "Ireland", "said"], vec![span(6, 9, "LOC")], vec![span(6, 9, "LOC")]),
            (&["the", "Council", "of", "Europe"], vec![span(6, 9, "PER")], vec![span(6, 9, "PER")]),
            // A place or a person before the word `party`; not a MISC word.
            (&["Her", "Morena", "party", "won"], vec![span(6, 7, "LOC")], vec![span(6, 7, "ORG")]),
            (&["the", "Alternative", "for", "Germany", "party"], vec![span(8, 9, "LOC")], vec![span(6, 9, "ORG")]),
            (
                &["Khan", "'s", "Pakistan", "Tehreek-e-Insaf", "party"],
                vec![span(5, 6, "PER"), span(7, 8, "LOC")],
                vec![span(5, 6, "PER"), span(7, 9, "ORG")],
            ),
            (&["the", "Democratic", "party", "won"], vec![span(6, 7, "MISC")], vec![span(6, 7, "MISC")]),
        ];
        check(|spans, views, offset| bodies_read_as_places_or_people(spans, views, offset), &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn names_cut_after_an_inner_possessive_are_joined() {
        let table: [Row; 9] = [
            (
                &["Tigray", "People", "'s", "Liberation", "Front", "says"],
                vec![span(5, 8, "ORG"), span(8, 10, "ORG")],
                vec![span(5, 10, "ORG")],
            ),
            (&["Lord", "’s", "Resistance", "Army"], vec![span(5, 7, "ORG"), span(7, 9, "ORG")], vec![span(5, 9, "ORG")]),
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
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 12] = [
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
                &["Japan", "and", "Finance", "Ministry", "officials"],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
                vec![span(5, 6, "LOC"), span(7, 9, "ORG")],
            ),
            // Not without a body noun, nor after lowercase words, nor with more unmarked words than a name's half takes.
            (&["Apple", "and", "Google", "Inc"], vec![span(5, 6, "ORG"), span(7, 9, "ORG")], vec![span(5, 6, "ORG"), span(7, 9, "ORG")]),
            (&["police", "and", "Defence", "Ministry"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["A", "B", "C", "D", "and", "Drug", "Administration"], vec![span(10, 12, "ORG")], vec![span(10, 12, "ORG")]),
        ];
        check(join_coordinated_bodies, &lexicon, &table);
    }

    #[test]
    fn an_organisation_never_ends_with_of() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
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
        check(mend_names_ending_in_of, &lexicon, &table);
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
