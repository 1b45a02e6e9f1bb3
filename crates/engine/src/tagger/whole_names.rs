//! Names the article gives in full elsewhere: a mark that lacks its first
//! word or words (`International` for `Amnesty International`, whose first
//! word the tagger doubts at a sentence's start) takes them back when the
//! same label marks the whole name in the same article; an organisation's
//! acronym is marked where the article names it in full (`WHO spokesman`,
//! which the tagger reads as the word `who`); and a name that its acronym
//! spells, in brackets after it, is one mark (`Kenya Defence Forces (KDF)`).

use super::agreement::one_reading;
use super::aliases::RULE_SCORE;
use super::features::{is_capitalised, TokenView};
use super::spans::put_mark_over;
use super::TaggedSpan;
use crate::headline::is_all_caps;
use std::collections::HashSet;

/// How many words back a mark may reach for the rest of its name.
const MOST_WORDS_MISSING: usize = 3;

/// Extends each mark over the words before it when those words and the
/// mark's are a whole name, or its ending, marked with the same label
/// elsewhere in the article (`Suu` + `Kyi` after `Aung San Suu Kyi`): words
/// no mark holds, or marks of that label, which it takes in (`Aung San` +
/// `Suu` + `Kyi`). Marked with one other label only, the name takes that
/// label and any marks within it (`America`, a place, in `Voice of America`
/// at a sentence's start). `spans` sorted, over the article's `words`.
pub(crate) fn complete_from_article(words: &[&str], spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let whole: HashSet<(&[&str], &str)> = spans
        .iter()
        .filter(|s| s.end - s.start > 1)
        .flat_map(|s| (s.start..s.end - 1).map(move |from| (&words[from..s.end], s.label)))
        .collect();
    if whole.is_empty() {
        return spans;
    }
    let mut out: Vec<TaggedSpan> = Vec::with_capacity(spans.len());
    for mut span in spans {
        let from = |k: usize| span.start - k;
        // The label of the name the reach makes: the mark's, or the one other label the article gives it
        // (`America` a place, in `Voice of America` an organisation elsewhere).
        let label_of = |k: usize| {
            let name = &words[from(k)..span.end];
            if whole.contains(&(name, span.label)) {
                Some(span.label)
            } else {
                one_reading(&whole, name)
            }
        };
        // The marks the reach would cross lie within it and have its label, or any label where the name takes another.
        let takes_in = |k: usize, label: &str| {
            out.iter().rev().take_while(|m| m.end > from(k)).all(|m| m.start >= from(k) && (m.label == label || label != span.label))
        };
        let reach = (1..=MOST_WORDS_MISSING.min(span.start))
            .rev()
            .filter(|&k| is_capitalised(words[from(k)]))
            .find_map(|k| label_of(k).filter(|label| takes_in(k, label)).map(|label| (k, label)));
        if let Some((k, label)) = reach {
            span.start -= k;
            span.label = label;
            while out.last().is_some_and(|m| m.end > span.start) {
                out.pop();
            }
        }
        out.push(span);
    }
    out
}

/// Small words an acronym leaves out (`World Health Organization` is `WHO`, `Bank of England` `BOE`).
const NOT_IN_ACRONYMS: [&str; 8] = ["of", "and", "for", "the", "on", "in", "to", "&"];

/// The fewest letters an unmarked acronym has here: two-letter ones are words too (`IN`, `AS`).
const SHORTEST_ACRONYM: usize = 3;

/// Marks as an organisation each word in capitals that is the initials of an
/// organisation the article marks in full, not in a line of capitals (a
/// headline's words are all like it): unmarked, of at least
/// [`SHORTEST_ACRONYM`] letters (`WHO` after `World Health Organization`); or
/// marked alone with another label, of two letters or more (`AU` after
/// `African Union`, a place or MISC to the tagger). `spans` sorted, over the
/// article's `words`.
pub(crate) fn mark_acronyms(words: &[&str], mut spans: Vec<TaggedSpan>) -> Vec<TaggedSpan> {
    let acronyms: HashSet<String> = spans
        .iter()
        .filter(|s| s.label == "ORG")
        .filter_map(|s| {
            let initials: Option<String> = words[s.start..s.end]
                .iter()
                .filter(|w| !NOT_IN_ACRONYMS.contains(&w.to_lowercase().as_str()))
                .map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                .collect();
            initials.filter(|i| i.chars().count() >= 2)
        })
        .collect();
    if acronyms.is_empty() {
        return spans;
    }
    let in_capitals =
        |i: usize| [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|k| words.get(k).is_some_and(|w| is_all_caps(w)));
    let is_acronym = |i: usize| is_all_caps(words[i]) && acronyms.contains(words[i]) && !in_capitals(i);
    let mut marked = vec![false; words.len()];
    for s in spans.iter_mut() {
        marked[s.start..s.end].fill(true);
        if s.end == s.start + 1 && s.label != "ORG" && is_acronym(s.start) {
            s.label = "ORG";
        }
    }
    for (i, word) in words.iter().enumerate() {
        if !marked[i] && word.chars().count() >= SHORTEST_ACRONYM && is_acronym(i) {
            spans.push(TaggedSpan { start: i, end: i + 1, label: "ORG", score: RULE_SCORE });
        }
    }
    crate::sort::sort_by_key(&mut spans, |s| (s.start, s.end));
    spans
}

/// The most words a name spelled by its acronym spans.
const MOST_WORDS_SPELLED: usize = 12;

/// The most letters of an acronym read for the words it spells (the ways to
/// spell one grow quickly with its length; `UNESCO`, `AMISOM` have six).
const MOST_ACRONYM_LETTERS: usize = 10;

/// Marks as one name the words before an acronym in brackets that the
/// acronym spells (`Organization for Security and Co-operation in Europe
/// (OSCE)`, `National League for Democracy (NLD)`), when the tagger cut them
/// into several marks or left some unmarked: the shortest run of capitalised
/// words (and small words, [`NOT_IN_ACRONYMS`]) ending before the bracket
/// whose beginnings spell it ([`spells`]). The marks inside are taken in, an
/// organisation's label first; a mark that reaches past the run is left as
/// it is. `spans` are one sentence's, sorted, whose first token is `offset`.
pub(crate) fn join_names_spelled_by_acronyms(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let word = |i: usize| views[i - offset].word.as_str();
    let end = offset + views.len();
    for open in offset + 2..end.saturating_sub(2) {
        if word(open) != "(" || word(open + 2) != ")" || !is_capitalised(word(open - 1)) {
            continue;
        }
        let acronym = word(open + 1);
        let letters = acronym.chars().filter(|c| c.is_uppercase()).count();
        let shaped = acronym.chars().all(char::is_alphabetic)
            && letters >= 2
            && acronym.chars().count() <= MOST_ACRONYM_LETTERS
            && is_capitalised(acronym);
        if !shaped {
            continue;
        }
        let in_name = |i: usize| is_capitalised(word(i)) || NOT_IN_ACRONYMS.contains(&views[i - offset].lower.as_str());
        let Some(start) = (offset.max(open.saturating_sub(MOST_WORDS_SPELLED))..open - 1)
            .rev()
            .take_while(|&i| in_name(i))
            .filter(|&i| is_capitalised(word(i)))
            .find(|&i| spells(acronym, &(i..open).map(word).collect::<Vec<_>>()))
        else {
            continue;
        };
        let inside: Vec<&TaggedSpan> = spans.iter().filter(|s| s.start < open && start < s.end).collect();
        let crosses = inside.iter().any(|s| s.start < start || open < s.end);
        let whole = inside.len() == 1 && (inside[0].start, inside[0].end) == (start, open);
        if inside.is_empty() || crosses || whole {
            continue;
        }
        let label =
            inside.iter().find(|s| s.label == "ORG").or_else(|| inside.iter().max_by_key(|s| s.end - s.start)).map_or("ORG", |s| s.label);
        put_mark_over(spans, start, open, label);
    }
}

/// Whether `acronym` is the beginnings of `words` in order: each capitalised
/// word gives one or more of its first letters (`TEPCO`: `Tokyo Electric
/// Power Company`), each part of a hyphenated word may (`Co-operation`), and
/// a small word may give its first letter (`Bank of England`, `BOE`).
fn spells(acronym: &str, words: &[&str]) -> bool {
    // (Upper-cased a char at a time: `str::to_uppercase` would bring its own code into the wasm, some 500 bytes.)
    let acronym: Vec<char> = acronym.chars().flat_map(char::to_uppercase).collect();
    // parts[k]: the letters of each part of word k, upper-cased; small words are optional.
    let parts: Vec<Vec<Vec<char>>> = words
        .iter()
        .map(|w| w.split('-').filter(|p| !p.is_empty()).map(|p| p.chars().flat_map(char::to_uppercase).collect()).collect())
        .collect();
    let optional = |k: usize| NOT_IN_ACRONYMS.contains(&words[k].to_lowercase().as_str());
    // Depth first over (word, part, letter of the acronym), each part giving a prefix of itself.
    fn from(acronym: &[char], parts: &[Vec<Vec<char>>], optional: &dyn Fn(usize) -> bool, word: usize, part: usize, at: usize) -> bool {
        let Some(pieces) = parts.get(word) else { return at == acronym.len() };
        let Some(piece) = pieces.get(part) else { return from(acronym, parts, optional, word + 1, 0, at) };
        // A word's first part must give a letter unless the word is small; later parts may give none.
        if (part > 0 || optional(word)) && from(acronym, parts, optional, word, part + 1, at) {
            return true;
        }
        let shared = piece.iter().zip(&acronym[at..]).take_while(|(a, b)| a == b).count();
        let longest = if optional(word) { shared.min(1) } else { shared };
        (1..=longest).rev().any(|n| from(acronym, parts, optional, word, part + 1, at + n))
    }
    from(&acronym, &parts, &optional, 0, 0, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::span;

    /// The (start, end) of the marks after the rule.
    fn completed(text: &str, spans: Vec<TaggedSpan>) -> Vec<(usize, usize)> {
        let words: Vec<&str> = text.split(' ').collect();
        complete_from_article(&words, spans).iter().map(|s| (s.start, s.end)).collect()
    }

    #[test]
    fn a_mark_takes_the_words_the_article_names_it_with_elsewhere() {
        let text = "Amnesty International said . The report by Amnesty International came out";
        // Cut at a sentence's start, whole later.
        assert_eq!(completed(text, vec![span(1, 2, "ORG"), span(7, 9, "ORG")]), [(0, 2), (7, 9)]);
        // Whole in the first sentence, cut later.
        assert_eq!(completed(text, vec![span(0, 2, "ORG"), span(8, 9, "ORG")]), [(0, 2), (7, 9)]);
        // The whole name nowhere: left as it is.
        assert_eq!(completed(text, vec![span(1, 2, "ORG"), span(8, 9, "ORG")]), [(1, 2), (8, 9)]);
        // The word before belongs to another mark.
        assert_eq!(completed(text, vec![span(0, 1, "PER"), span(1, 2, "ORG"), span(7, 9, "ORG")]), [(0, 1), (1, 2), (7, 9)]);
    }

    #[test]
    fn a_piece_of_a_name_given_in_full_elsewhere_takes_the_name_s_label() {
        let text = "Voice of America reporter Anita Powell . He told Voice of America . the Voice of America said";
        let words: Vec<&str> = text.split(' ').collect();
        let marks = |spans| complete_from_article(&words, spans).iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
        let whole = span(14, 17, "ORG");
        // Cut at the sentence's start, a place; cut in two, an organisation and a place.
        assert_eq!(marks(vec![span(2, 3, "LOC"), span(4, 6, "PER"), whole.clone()]), [(0, 3, "ORG"), (4, 6, "PER"), (14, 17, "ORG")]);
        assert_eq!(marks(vec![span(9, 10, "ORG"), span(11, 12, "LOC"), whole.clone()]), [(9, 12, "ORG"), (14, 17, "ORG")]);
        // A name the article gives two labels tells nothing.
        assert_eq!(marks(vec![span(2, 3, "LOC"), span(9, 12, "PER"), whole]), [(2, 3, "LOC"), (9, 12, "PER"), (14, 17, "ORG")]);
    }

    #[test]
    fn a_mark_takes_the_rest_of_a_name_given_in_full_elsewhere() {
        let text = "Aung San Suu Kyi was jailed . Suu Kyi 's party . Aung San Suu Kyi spoke . San Kyi met";
        let whole = span(12, 16, "PER");
        // The ending of the name; the name cut in two, whose other mark it takes in.
        assert_eq!(completed(text, vec![span(8, 9, "PER"), whole.clone()]), [(7, 9), (12, 16)]);
        assert_eq!(completed(text, vec![span(0, 2, "PER"), span(3, 4, "PER"), whole.clone()]), [(0, 4), (12, 16)]);
        // Not over a mark of another label (only up to it), nor where the words do not spell the name.
        assert_eq!(completed(text, vec![span(0, 2, "ORG"), span(3, 4, "PER"), whole.clone()]), [(0, 2), (2, 4), (12, 16)]);
        assert_eq!(completed(text, vec![whole, span(19, 20, "PER")]), [(12, 16), (19, 20)]);
    }

    #[test]
    fn an_organisation_s_acronym_is_marked_where_the_article_names_it_in_full() {
        let text = "The World Health Organization said . WHO spokesman Tarik Jasarevic spoke . who knows . POLISH WHO FELL";
        let words: Vec<&str> = text.split(' ').collect();
        let acronyms = |spans| mark_acronyms(&words, spans).iter().map(|s| (s.start, s.end, s.label)).collect::<Vec<_>>();
        let person = || span(8, 10, "PER");
        assert_eq!(acronyms(vec![span(1, 4, "ORG"), person()]), [(1, 4, "ORG"), (6, 7, "ORG"), (8, 10, "PER")]);
        // Not without the full name, nor with it under another label; not in a line of capitals.
        assert_eq!(acronyms(vec![person()]), [(8, 10, "PER")]);
        assert_eq!(acronyms(vec![span(1, 4, "MISC"), person()]), [(1, 4, "MISC"), (8, 10, "PER")]);
        // Two letters are too few unmarked (`Intelligent Network ( IN )`), but a mark of them is the body's.
        let words: Vec<&str> = "Intelligent Network ( IN ) products".split(' ').collect();
        assert_eq!(mark_acronyms(&words, vec![span(0, 2, "ORG")]).len(), 1);
        let words: Vec<&str> = "The African Union said . The AU force grew".split(' ').collect();
        assert_eq!(mark_acronyms(&words, vec![span(1, 3, "ORG"), span(6, 7, "LOC")])[1].label, "ORG");
    }

    #[test]
    fn acronyms_spell_the_beginnings_of_words() {
        let yes: [(&str, &str); 5] = [
            ("OSCE", "Organization for Security and Co-operation in Europe"),
            ("TEPCO", "Tokyo Electric Power Company"),
            ("BOE", "Bank of England"),
            ("KDF", "Kenya Defence Forces"),
            ("NLD", "National League for Democracy"),
        ];
        for (acronym, name) in yes {
            assert!(spells(acronym, &name.split(' ').collect::<Vec<_>>()), "{acronym} {name}");
        }
        let no: [(&str, &str); 4] = [
            ("OSCE", "Security and Co-operation in Europe"),
            ("KDF", "Defence Forces"),
            ("UN", "United Nations Council"),
            ("IEBC", "Boundaries Commission"),
        ];
        for (acronym, name) in no {
            assert!(!spells(acronym, &name.split(' ').collect::<Vec<_>>()), "{acronym} {name}");
        }
    }

    #[test]
    fn a_name_spelled_by_its_acronym_is_one_mark() {
        use crate::tagger::rule_table::{check, Row};
        let osce = "Observers from the Organization for Security and Co-operation in Europe ( OSCE ) said".split(' ').collect::<Vec<_>>();
        let kdf = "Ruto ordered the Kenya Defence Forces ( KDF ) to help".split(' ').collect::<Vec<_>>();
        let nld = "the National League for Democracy ( NLD ) won".split(' ').collect::<Vec<_>>();
        let rdr = "the Rally for the Return of Refugees and Democracy in Rwanda ( RDR ) said".split(' ').collect::<Vec<_>>();
        let cnn = "told Larry King ( CNN ) that".split(' ').collect::<Vec<_>>();
        let long = "Alpha Beta Gamma ( ALPHABETAGAM ) met".split(' ').collect::<Vec<_>>();
        let table: [Row<'_>; 7] = [
            // Cut at `in`: joined, an organisation's label first.
            (&osce, vec![span(8, 13, "ORG"), span(14, 15, "LOC")], vec![span(8, 15, "ORG")]),
            (&kdf, vec![span(8, 9, "LOC"), span(9, 11, "ORG")], vec![span(8, 11, "ORG")]),
            (&nld, vec![span(6, 8, "MISC"), span(9, 10, "ORG")], vec![span(6, 10, "ORG")]),
            // A mark that reaches before the words the acronym spells (`Refugees and Democracy in Rwanda`) is left.
            (&rdr, vec![span(6, 16, "ORG")], vec![span(6, 16, "ORG")]),
            // Already one mark, or nothing the acronym spells: as it is.
            (&kdf, vec![span(8, 11, "ORG")], vec![span(8, 11, "ORG")]),
            (&cnn, vec![span(6, 8, "PER")], vec![span(6, 8, "PER")]),
            // An acronym longer than [`MOST_ACRONYM_LETTERS`] is not read.
            (&long, vec![span(5, 7, "LOC"), span(7, 8, "ORG")], vec![span(5, 7, "LOC"), span(7, 8, "ORG")]),
        ];
        let lexicon = crate::tagger::Lexicon::default();
        check(join_names_spelled_by_acronyms, &lexicon, &table);
    }

    #[test]
    fn a_name_may_lack_two_words_but_only_capitalised_ones() {
        let text = "Doctors Without Borders said . Doctors Without Borders runs clinics . of Borders";
        assert_eq!(completed(text, vec![span(2, 3, "ORG"), span(5, 8, "ORG"), span(12, 13, "ORG")]), [(0, 3), (5, 8), (12, 13)]);
    }
}
