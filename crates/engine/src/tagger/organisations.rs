//! Organisation names after tagging: a body named by two things joined with
//! `and` (`Independent Electoral and Boundaries Commission`, `Food and Drug
//! Administration`) is one name, which the tagger often cuts at the `and`;
//! and names joined by `&` are a firm's (`Douglas & Lomason Co`), whose
//! halves the tagger often takes for people; a name cut after a possessive
//! inside it (`Lord's` + `Resistance Army`) is one; a name before a firm's title
//! (`Amazon founder`) is the firm's, a listed firm that opens a sentence
//! and speaks (`Boeing said`) is marked, and so are the agency in a
//! dateline's brackets (`(AP) —`) or a photo credit's (`(AP Photo/Ben
//! Curtis)`) and acronyms listed with an organisation; and bodies news has
//! named often since the training news was written (`Facebook`, `Hezbollah`).

use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, is_one_listed_name, is_title, TokenView};
use super::gazetteer::{COMPANIES, FIRST_NAMES};
use super::tags::{
    free_before, is_unmarked, join_to_previous, join_touching, put_mark, unmarked_capital_before, CONNECTORS, LINKING_ADVERBS,
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

/// The most words before the `and` that a name's first half takes when the tagger left them unmarked.
const UNMARKED_WORDS: usize = 3;

/// Joins an organisation that ends with a body noun ([`BODY_NOUNS`]) and
/// follows `and` with the organisation's mark (or unmarked capitalised words)
/// just before the `and`, when those hold no body noun themselves. `spans`
/// are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_coordinated_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let view = |i: usize| &views[i - offset];
    let is_body = |i: usize| BODY_NOUNS.contains(&view(i).lower.as_str());
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
        let inside = spans.iter().filter(|s| start <= s.start && s.end <= stop);
        let score = inside.map(|s| s.score).fold(RULE_SCORE, f32::max);
        put_mark(spans, TaggedSpan { start, end: stop, label: "ORG", score });
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
/// tagger left out, inside a sentence (after a word in lower case): `Home` of
/// `Home Office`, a common word alone; or opening it before `International`
/// alone, which names no body by itself, or before a name of two words or
/// more ending in a body noun (`Amnesty International said`, `Nuclear` +
/// `Regulatory Commission`, where the tagger read the word as the sentence's
/// first). Not a date (`July FOMC`), a title, a word in capitals, a
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
        let inside = span.start >= free_from + 2 && views[span.start - 2 - offset].word.starts_with(char::is_lowercase);
        let headless = span.end - span.start == 1 && views[span.start - offset].word == "International";
        let named_body = span.end - span.start > 1 && BODY_NOUNS.contains(&views[span.end - 1 - offset].lower.as_str());
        let opening = span.start - 1 == offset && (headless || named_body) && !small;
        if (inside || opening) && is_capitalised(&word.word) && common && !dated && !is_title(&word.lower) {
            spans[k].start -= 1;
        }
    }
}

/// Joins `Premier` to the mark after it, unless a person's (`Premier League`,
/// `Premier Division`): the training news's `Premier` is a head of
/// government's title, so the tagger leaves it out of the name. `spans` are
/// one sentence's, sorted, whose first token is `offset`.
pub(crate) fn bodies_named_premier(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let before = span.start.checked_sub(offset + 1).map(|k| &views[k]);
        if span.label != "PER" && before.is_some_and(|v| v.word == "Premier" && !v.caps_line) {
            span.start -= 1;
        }
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
        let start = match spans.iter().find(|s| s.end == at) {
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

/// Joins a mark that ends with a possessive to the mark of its label that
/// touches it: the possessive was inside one name, which the tagger cut after
/// it (`Tigray People's` + `Liberation Front`, `Lord's` + `Resistance Army`).
/// `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_names_across_possessives(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    join_touching(spans, |previous, span| {
        let possessive = crate::quotes::is_possessive(&views[previous.end - 1 - offset].word);
        possessive && previous.end - previous.start > 1 && previous.label == span.label
    });
}

/// Bodies that news has named often since 1996, when the training news was
/// written, and that the tagger takes for places or people or leaves
/// unmarked (`Facebook` LOC, `Google` PER, `Hezbollah` LOC, `Islamic Jihad`
/// PER, the `WHO`, which the tagger reads as `who`); the words of a name of
/// several joined by `_`.
const LATER_BODIES: &str =
    "WHO Google Facebook Twitter Instagram WhatsApp YouTube Snapchat Telegram Netflix Meta Nvidia ByteDance Tencent Baidu \
     OpenAI Anthropic SpaceX BioNTech Hezbollah al-Shabaab al-Qaeda al-Qaida ISIL Islamic_State Islamic_Jihad";

/// Marks as an organisation each name of [`LATER_BODIES`] (in its case, or
/// capitalised) that is unmarked or marked as something else, not inside a
/// longer mark (`Google Maps`); a name in capitals only so and not in a line
/// in capitals (`Who`, `WHO WON`). `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn later_bodies(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for name in LATER_BODIES.split_whitespace() {
        let words: Vec<&str> = name.split('_').collect();
        // (Compared without allocating: the names are ASCII, and this runs for every word of the article.)
        let in_capitals = is_all_caps(name);
        let spelt = |view: &TokenView, word: &str| {
            if in_capitals {
                view.word == word && !view.caps_line
            } else {
                view.word == word || (view.word.eq_ignore_ascii_case(word) && is_capitalised(&view.word))
            }
        };
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

/// Titles held in a firm or an institution, which news writes after its name
/// (`Amazon founder Jeff Bezos`, `Audi CEO`): the name before one is an
/// organisation's. CoNLL's train and development text mark no place before
/// one (a country's `President`, a `White House spokesman` do follow places).
const FIRM_TITLES: [&str; 9] = ["founder", "co-founder", "ceo", "chairman", "chairwoman", "economist", "analyst", "director", "executive"];

/// Relabels as an organisation a place's mark just before a firm's title
/// ([`FIRM_TITLES`]). `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn firms_before_their_titles(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let title_after = views.get(span.end - offset).is_some_and(|v| FIRM_TITLES.contains(&v.lower.as_str()));
        if span.label == "LOC" && title_after {
            span.label = "ORG";
        }
    }
}

/// How far into a sentence a dateline's dash may be (`NAIROBI, Kenya (AP) —`).
const DATELINE_WORDS: usize = 8;

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
/// `Motors said`, `Spirit` + `AeroSystems`): the tagger doubts a sentence's
/// first word, the more so one that is also a title or a common word, and
/// CoNLL's news never leaves such a word out of the firm (13 in 13). Not an
/// article (a list has `The Beirut …`). `spans` are one sentence's, sorted,
/// whose first token is `offset`.
pub(crate) fn firms_cut_at_the_opening(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let opening = after_dateline(views).unwrap_or(0);
    let at = offset + opening;
    let Some(span) = spans.iter_mut().find(|s| s.start == at + 1) else { return };
    let first = &views[opening];
    let whole = is_one_listed_name(&views[opening..span.end - offset], COMPANIES);
    let determiner = crate::quotes::DETERMINERS.contains(&first.lower.as_str());
    if whole && is_capitalised(&first.word) && !is_all_caps(&first.word) && !determiner {
        span.start = at;
        span.label = "ORG";
    }
}

/// Whether a word is a dash, as datelines write it (`-`, `--`, `–`, `—`).
pub(crate) fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--" | "–" | "—")
}

/// The word after a sentence's dateline: after a dash among its first words.
pub(crate) fn after_dateline(views: &[TokenView]) -> Option<usize> {
    (1..views.len().min(DATELINE_WORDS + 1)).find(|&k| is_dash(&views[k - 1].word))
}

/// The most words an agency's name in a dateline has (`Agence France-Presse`).
const CREDIT_WORDS: usize = 3;

/// Marks as an organisation the unmarked capitalised words in brackets that
/// end a dateline (`NAIROBI, Kenya (AP) —`): the agency that filed the story,
/// which the training news, Reuters' own, rarely names. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn agencies_in_datelines(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let Some(dash) = after_dateline(views).map(|k| k - 1) else { return };
    let Some(open) = (1..dash).rev().find(|&k| views[k].word == "(") else { return };
    let words = open + 1..dash - 1;
    // A place's words before the brackets (not a score line's `Radnicki ( N ) -`), a name in them.
    let place = (0..open).all(|k| is_capitalised(&views[k].word) || views[k].word == ",");
    let credit = place
        && views[dash - 1].word == ")"
        && (1..=CREDIT_WORDS).contains(&words.len())
        && words.clone().all(|k| is_capitalised(&views[k].word) && views[k].word.chars().count() > 1);
    let (start, end) = (offset + words.start, offset + words.end);
    if credit && is_unmarked(spans, start, end) {
        put_mark(spans, TaggedSpan { start, end, label: "ORG", score: RULE_SCORE });
    }
}

/// Marks as an organisation the unmarked capitalised words that open a photo
/// credit in brackets, before the slash and the photographer's mark (`(AP
/// Photo/Ben Curtis)`, `(REUTERS/Elizabeth Frantz)`): the agency, without the
/// word `Photo`. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn agencies_in_photo_credits(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    for slash in 2..views.len() {
        let photographer = views[slash].word == "/" && spans.iter().any(|s| s.start == offset + slash + 1 && s.label == "PER");
        let Some(open) = (slash.saturating_sub(CREDIT_WORDS + 2)..slash).rev().find(|&k| views[k].word == "(").filter(|_| photographer)
        else {
            continue;
        };
        let end = if matches!(views[slash - 1].lower.as_str(), "photo" | "photos") { slash - 1 } else { slash };
        let named = end > open + 1 && (open + 1..end).all(|k| is_capitalised(&views[k].word));
        let (start, end) = (offset + open + 1, offset + end);
        if named && is_unmarked(spans, start, end) {
            put_mark(spans, TaggedSpan { start, end, label: "ORG", score: RULE_SCORE });
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
        let table: [Row; 11] = [
            (&["according", "to", "Home", "Office", "figures"], vec![span(8, 9, "ORG")], vec![span(7, 9, "ORG")]),
            // Not a date, a title, a word in capitals, after a capital or a mark, or opening the sentence.
            (&["the", "July", "FOMC", "meeting"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["said", "Chairman", "Acme", "Corp"], vec![span(7, 9, "ORG")], vec![span(7, 9, "ORG")]),
            (&["By", "Home", "Office", "rules"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["in", "Paris", "Home", "Office"], vec![span(6, 7, "LOC"), span(8, 9, "ORG")], vec![span(6, 7, "LOC"), span(8, 9, "ORG")]),
            // Opening the sentence before `International` alone; not a connector or a linking adverb.
            (&["Amnesty", "International", "said"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["In", "International", "news"], vec![span(6, 7, "ORG")], vec![span(6, 7, "ORG")]),
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
        let table: [Row; 3] = [
            (&["top", "of", "the", "Premier", "League", "."], vec![span(9, 10, "ORG")], vec![span(8, 10, "ORG")]),
            // Not a person's, nor unmarked words.
            (&["said", "Premier", "Li", "Peng"], vec![span(7, 9, "PER")], vec![span(7, 9, "PER")]),
            (&["the", "Premier", "said", "so"], vec![], vec![]),
        ];
        check(|spans, views, offset| bodies_named_premier(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn bodies_named_since_the_training_news_are_organisations() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 8] = [
            (&["posted", "on", "Facebook", "and", "Twitter"], vec![span(7, 8, "LOC")], vec![ruled(7, 8, "ORG"), ruled(9, 10, "ORG")]),
            (
                &["Al-Qaeda", "and", "Islamic", "Jihad", "fought"],
                vec![span(5, 6, "MISC"), span(7, 9, "PER")],
                vec![ruled(5, 6, "ORG"), ruled(7, 9, "ORG")],
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
        check(later_bodies, &lexicon, &table);
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
        let table: [Row; 7] = [
            (&["General", "Motors", "said", "so"], vec![span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
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
        ];
        check(|spans, views, offset| firms_cut_at_the_opening(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn an_agency_in_brackets_in_a_dateline_is_marked() {
        let table: [Row; 6] = [
            (
                &["NAIROBI", ",", "Kenya", "(", "AP", ")", "—", "Kenya", "voted"],
                vec![span(5, 6, "LOC"), span(7, 8, "LOC")],
                vec![span(5, 6, "LOC"), span(7, 8, "LOC"), ruled(9, 10, "ORG")],
            ),
            (&["PARIS", "(", "Agence", "France-Presse", ")", "-", "It", "rained"], vec![], vec![ruled(7, 9, "ORG")]),
            // Marked already; not a score line's letter, nor after words that are no place, nor without the dash.
            (&["PARIS", "(", "Reuters", ")", "-", "It", "rained"], vec![span(7, 8, "ORG")], vec![span(7, 8, "ORG")]),
            (&["Radnicki", "1", "Spartak", "(", "NK", ")", "-", "Zeta"], vec![], vec![]),
            (&["Radnicki", "(", "N", ")", "-", "Zeta"], vec![], vec![]),
            (&["PARIS", "(", "AP", ")", "It", "rained", "-", "so"], vec![], vec![]),
        ];
        check(agencies_in_datelines, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn the_agency_of_a_photo_credit_is_marked() {
        let table: [Row; 5] = [
            (&["(", "AP", "Photo", "/", "Ben", "Curtis", ")"], vec![span(9, 11, "PER")], vec![ruled(6, 7, "ORG"), span(9, 11, "PER")]),
            (&["(", "REUTERS", "/", "Kim", "Lee", ")"], vec![span(8, 10, "PER")], vec![ruled(6, 7, "ORG"), span(8, 10, "PER")]),
            // Not without the photographer's mark, nor over a mark or lower-case words, nor without brackets.
            (&["(", "REUTERS", "/", "staff", ")"], vec![], vec![]),
            (&["(", "the", "photo", "/", "Kim", "Lee", ")"], vec![span(9, 11, "PER")], vec![span(9, 11, "PER")]),
            (&["Reuters", "/", "Kim", "Lee"], vec![span(5, 6, "ORG"), span(7, 9, "PER")], vec![span(5, 6, "ORG"), span(7, 9, "PER")]),
        ];
        check(agencies_in_photo_credits, &crate::tagger::Lexicon::default(), &table);
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
    fn names_cut_after_an_inner_possessive_are_joined() {
        let table: [Row; 4] = [
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
        ];
        check(join_names_across_possessives, &crate::tagger::Lexicon::default(), &table);
    }

    #[test]
    fn a_place_before_a_firm_title_is_the_firm() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
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
        ];
        let relabel = |spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize| firms_before_their_titles(spans, views, offset);
        check(relabel, &lexicon, &table);
    }

    #[test]
    fn a_body_named_by_two_things_is_one_organisation() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 11] = [
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
}
