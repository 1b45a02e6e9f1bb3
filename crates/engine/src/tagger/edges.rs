//! The words a name's edges never hold: separators (`,` `;` `:`),
//! connectors (`of`, `and`) at either end, a longer name's possessive `'s`,
//! linking adverbs (`Meanwhile`), and acronyms of things (`AI`, `IPO`) alone.

use super::features::{is_capitalised, TokenView};
use super::gazetteer::LAST_NAMES;
use super::kind_names::is_craft_noun;
use super::spans::{join_to_previous, unmarked_capital_before};
use super::TaggedSpan;
use crate::headline::is_all_caps;

/// Tokens that separate names and never begin or end one (`the BBC, Health
/// Secretary`: the tagger may carry a name over the comma towards the next capital).
const SEPARATORS: [&str; 3] = [",", ";", ":"];

/// Points of the compass, which a full stop after them never abbreviates:
/// it ends the sentence (`in the South.`), where a stop the tokenizer
/// splits off an unlisted abbreviation belongs to the name (`Boulder, Colo.`).
const COMPASS_POINTS: [&str; 9] = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest"];

/// Takes separators ([`SEPARATORS`]) off the edges of `spans` (one
/// sentence's, whose first token is `offset`), and a full stop after a point
/// of the compass ([`COMPASS_POINTS`]) off their end, dropping a span of
/// nothing else, or without a letter (a year alone: `the 2008 Beijing Olympics`).
pub(crate) fn trim_separators(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let is_separator = |i: usize| SEPARATORS.contains(&views[i - offset].word.as_str());
    let ends_sentence =
        |i: usize| views[i - offset].word == "." && i > offset && COMPASS_POINTS.contains(&views[i - 1 - offset].lower.as_str());
    for span in spans.iter_mut() {
        while span.start < span.end && is_separator(span.start) {
            span.start += 1;
        }
        while span.start < span.end && (is_separator(span.end - 1) || ends_sentence(span.end - 1)) {
            span.end -= 1;
        }
    }
    spans.retain(|s| (s.start..s.end).any(|i| views[i - offset].word.chars().any(char::is_alphabetic)));
}

/// Small words that join the words of a name (`Bank of England`, `Food and
/// Drug Administration`) and so never end one.
pub(crate) const CONNECTORS: [&str; 11] = ["of", "and", "or", "the", "for", "in", "on", "at", "to", "with", "by"];

/// Mends the marks that start with a connector ([`CONNECTORS`]), which no
/// name does: after `and` or `or` the mark is the name that follows
/// (`United Nations` + `and Human Rights Watch`: two bodies); after another
/// it ends a name begun just before, which it takes in: the mark touching it,
/// as an organisation if either was one (`National League` MISC + `for
/// Democracy` ORG), or the capitalised word before it (`Queen` + `of South`,
/// `Artisans` + `for Peace`; `Alliance` + `for` alone); without either the
/// connector is left out, and a mark of nothing else dropped. `spans` are one
/// sentence's, sorted, whose first token is `offset`.
pub(crate) fn mend_leading_connectors(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let mut k = 0;
    while k < spans.len() {
        let first = views[spans[k].start - offset].word.as_str();
        if !CONNECTORS.contains(&first) {
            k += 1;
            continue;
        }
        let touching = k > 0 && spans[k - 1].end == spans[k].start;
        if matches!(first, "and" | "or") || !(touching || unmarked_capital_before(spans, k, views, offset)) {
            if spans[k].end - spans[k].start == 1 {
                spans.remove(k);
            } else {
                spans[k].start += 1;
            }
        } else if touching {
            let organisation = spans[k].label == "ORG";
            join_to_previous(spans, k);
            if organisation {
                spans[k - 1].label = "ORG";
            }
        } else {
            spans[k].start -= 1;
            k += 1;
        }
    }
}

/// Takes the connectors ([`CONNECTORS`]) off the end of `spans` (one
/// sentence's, whose first token is `offset`) where no name goes on after
/// them (`the Muslim Brotherhood of trying`), and an `and` or `or` always
/// (`Johnson Controls and` before `Lear`: two names). Where a name goes on
/// in capitalised words that no mark holds, the mark takes them, up to
/// [`MOST_WORDS_AFTER_CONNECTOR`] (`Citizens Coalition for` + `Change`). (Run
/// after the rules that join a name cut after `of` with the place it names.)
pub(crate) fn trim_trailing_connectors(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    let word = |i: usize| views.get(i - offset).map(|v| v.word.as_str());
    let capitalised = |i: usize| word(i).is_some_and(is_capitalised);
    for k in 0..spans.len() {
        // (Sorted and apart, so only the next mark may start where this one ends.)
        let next_start = spans.get(k + 1).map_or(offset + views.len(), |s| s.start);
        let span = &mut spans[k];
        while span.end - span.start > 1 {
            let last = word(span.end - 1).unwrap_or_default();
            // (A `the` not into the next mark: `told the BBC the` + `Bank of England`.)
            let name_goes_on = capitalised(span.end) && !(last == "the" && next_start == span.end);
            if !CONNECTORS.contains(&last) {
                break;
            }
            if name_goes_on && !matches!(last, "and" | "or") {
                let mut end = span.end;
                while end < next_start && end - span.end < MOST_WORDS_AFTER_CONNECTOR && capitalised(end) {
                    end += 1;
                }
                span.end = end;
                break;
            }
            span.end -= 1;
        }
    }
}

/// The most unmarked capitalised words a mark ending in a connector takes after it.
const MOST_WORDS_AFTER_CONNECTOR: usize = 3;

/// Takes a possessive `'s` off the end of a mark of two words or more before
/// it (`Muslim Brotherhood's candidate`): the tagger learned the `'s` of a
/// firm's one word (`Moody's`, `Sotheby's`), and CoNLL's training news ends
/// only 2 longer names with one (`St. Matthew's`), against hundreds it
/// writes before a possessive. `spans` are one sentence's, whose first token is `offset`.
pub(crate) fn trim_trailing_possessives(spans: &mut [TaggedSpan], views: &[TokenView], offset: usize) {
    for span in spans.iter_mut() {
        let possessive = matches!(views[span.end - 1 - offset].word.as_str(), "'s" | "’s");
        if possessive && span.end - span.start > 2 {
            span.end -= 1;
        }
    }
}

/// Adverbs that open a sentence and link it to the one before (`Meanwhile
/// Microsoft said`): capitalised there, the tagger may take them into the
/// name that follows. No name in CoNLL's train or development text begins
/// with one.
pub(crate) const LINKING_ADVERBS: [&str; 24] = [
    "meanwhile",
    "however",
    "separately",
    "earlier",
    "later",
    "also",
    "instead",
    "nevertheless",
    "nonetheless",
    "moreover",
    "furthermore",
    "additionally",
    "elsewhere",
    "overall",
    "yesterday",
    "therefore",
    "thus",
    "indeed",
    "finally",
    "similarly",
    "likewise",
    "otherwise",
    "afterwards",
    "consequently",
];

/// Participles that open a sentence before where or when (`Born in Ilford,
/// Essex, in 1934, Smith …`: `Born` is also a town's name on the lists).
const OPENING_PARTICIPLES: [&str; 6] = ["born", "raised", "based", "founded", "located", "educated"];

/// Takes a linking adverb ([`LINKING_ADVERBS`]) off the start of `spans`
/// (one sentence's, whose first token is `offset`), and an opening
/// participle ([`OPENING_PARTICIPLES`]) before `in`, `on` or `at` off the
/// sentence's first mark, dropping a span of nothing else.
pub(crate) fn leave_out_linking_adverbs(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let opening_participle = |i: usize| {
        i == offset
            && OPENING_PARTICIPLES.contains(&views[0].lower.as_str())
            && views.get(1).is_some_and(|v| matches!(v.word.as_str(), "in" | "on" | "at"))
    };
    for span in spans.iter_mut() {
        if span.start < span.end && (LINKING_ADVERBS.contains(&views[span.start - offset].lower.as_str()) || opening_participle(span.start))
        {
            span.start += 1;
        }
    }
    spans.retain(|s| s.start < s.end);
}

/// Acronyms of things, not names, that news has used often since the
/// training news (1996) was written, which the tagger takes for
/// organisations (`AI`, `IPO`, `NGOs`, `SUVs`: CoNLL's news leaves `GDP` and
/// `CEO` unmarked).
const THINGS_IN_CAPITALS: [&str; 9] = ["AI", "EV", "EVs", "IPO", "IPOs", "NGO", "NGOs", "SUV", "SUVs"];

/// Drops the marks of one such acronym alone ([`THINGS_IN_CAPITALS`]), or
/// of a compound of one (`AI-related`), from
/// `spans` (one sentence's, whose first token is `offset`), and of a craft's
/// noun alone, capitalised as NASA writes it (`the Shuttle's mission`: a
/// kind, not a name; none in CoNLL's news), unless it is a listed surname
/// (`Ferry`); and a person's mark all in capitals in a sentence that is not
/// (`Boeing's 737 MAX`: CoNLL's news writes no person so, but for three
/// datelines marked as persons by mistake); and `God` exclaimed (`Oh my God`).
pub(crate) fn drop_things_in_capitals(spans: &mut Vec<TaggedSpan>, views: &[TokenView], offset: usize) {
    let written_in_capitals = views.first().is_some_and(|v| v.caps_line) || !views.iter().any(|v| v.word.chars().any(char::is_lowercase));
    spans.retain(|s| {
        let view = &views[s.start - offset];
        let craft = is_craft_noun(&view.lower) && view.list_position(LAST_NAMES).is_none();
        let person_in_capitals =
            s.label == "PER" && !written_in_capitals && views[s.start - offset..s.end - offset].iter().all(|v| is_all_caps(&v.word));
        // (`AI-related`, `EV-maker`: a compound of one, too.)
        let thing = THINGS_IN_CAPITALS.contains(&view.word.as_str())
            || view.word.split_once('-').is_some_and(|(acronym, rest)| {
                THINGS_IN_CAPITALS.contains(&acronym) && rest.chars().next().is_some_and(char::is_lowercase)
            });
        // (`"God I do not really know"`, `Oh my God`: an exclamation, not a mention.)
        let at = s.start - offset;
        let exclaimed = view.word == "God"
            && (at.checked_sub(1).is_some_and(|b| matches!(views[b].lower.as_str(), "my" | "oh"))
                || views.get(at + 1).is_some_and(|a| matches!(a.word.as_str(), "I" | "!")));
        !(s.end - s.start == 1 && (thing || craft || exclaimed)) && !person_in_capitals
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::{check, span, Row};

    #[test]
    fn a_linking_adverb_is_no_part_of_a_name() {
        use crate::tagger::rule_table::{check, span, Row};
        let lexicon = crate::tagger::Lexicon::default();
        let table: Vec<Row> = vec![
            (&["Meanwhile", "Microsoft", "said", "so"], vec![span(5, 7, "ORG")], vec![span(6, 7, "ORG")]),
            (&["However", "Angela", "Merkel", "said"], vec![span(5, 8, "PER")], vec![span(6, 8, "PER")]),
            // A mark of the adverb alone is dropped.
            (&["Later", ",", "he", "left"], vec![span(5, 6, "MISC")], vec![]),
            // An opening participle before where or when.
            (&["Born", "in", "Ilford", ","], vec![span(5, 6, "LOC"), span(7, 8, "LOC")], vec![span(7, 8, "LOC")]),
            (&["Born", "Free", "won"], vec![span(5, 7, "MISC")], vec![span(5, 7, "MISC")]),
            // (`Still` may begin a title: it is not on the list.)
            (&["Still", "Life", "won"], vec![span(5, 7, "MISC")], vec![span(5, 7, "MISC")]),
        ];
        check(leave_out_linking_adverbs, &lexicon, &table);
    }

    #[test]
    fn separators_are_taken_off_the_edges_of_names() {
        let lexicon = crate::tagger::Lexicon::default();
        let words =
            ["the", "BBC", ",", "Health", "and", "Goldman", ",", "Sachs", ";", ",", "2008", "Beijing", "the", "South", ".", "Colo", "."];
        let views = crate::tagger::features::views(&words, &lexicon);
        let span = |start, end| TaggedSpan { start, end, label: "ORG", score: 1.0 };
        let mut spans = vec![span(11, 13), span(15, 18), span(18, 20), span(20, 21), span(21, 22), span(23, 25), span(25, 27)];
        trim_separators(&mut spans, &views, 10);
        // The comma after BBC is left out, the one inside a name kept, a span of separators dropped, a year
        // alone, and the full stop after a point of the compass, but not after an abbreviation.
        assert_eq!(spans, [span(11, 12), span(15, 18), span(21, 22), span(23, 24), span(25, 27)]);
    }

    #[test]
    fn acronyms_of_things_are_no_names() {
        let lexicon = crate::tagger::rule_table::lexicon_listing(&[(LAST_NAMES, &["ferry"])]);
        let table: [Row; 11] = [
            (&["its", "AI", "tools", "and", "IPO", "plans"], vec![span(6, 7, "ORG"), span(9, 10, "ORG")], vec![]),
            (&["NGO", "workers", "and", "SUVs"], vec![span(5, 6, "ORG"), span(8, 9, "ORG")], vec![]),
            // A compound of one; not a name that opens with one.
            (&["AI-related", "revenue", "and", "AI-Now"], vec![span(5, 6, "MISC"), span(8, 9, "ORG")], vec![span(8, 9, "ORG")]),
            // A person in capitals, but in a headline written so.
            (&["Boeing", "'s", "737", "MAX", "jets"], vec![span(5, 6, "ORG"), span(8, 9, "PER")], vec![span(5, 6, "ORG")]),
            (&["JONES", "WINS", "IN", "BONN"], vec![span(5, 6, "PER"), span(8, 9, "LOC")], vec![span(5, 6, "PER"), span(8, 9, "LOC")]),
            // A craft's noun alone; not a listed surname.
            (&["the", "Shuttle", "'s", "mission"], vec![span(6, 7, "ORG")], vec![]),
            (&["Ferry", "said", "so"], vec![span(5, 6, "PER")], vec![span(5, 6, "PER")]),
            // `God` exclaimed; not mentioned.
            (&["\"", "God", "I", "do", "not", "know"], vec![span(6, 7, "PER")], vec![]),
            (&["Oh", "my", "God", "!"], vec![span(7, 8, "PER")], vec![]),
            (&["they", "prayed", "to", "God", "."], vec![span(8, 9, "PER")], vec![span(8, 9, "PER")]),
            // Within a longer name, or another word in capitals: as they are.
            (
                &["the", "AI", "Now", "Institute", "and", "IBM"],
                vec![span(6, 9, "ORG"), span(10, 11, "ORG")],
                vec![span(6, 9, "ORG"), span(10, 11, "ORG")],
            ),
        ];
        check(drop_things_in_capitals, &lexicon, &table);
    }

    #[test]
    fn connectors_end_no_name() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 7] = [
            // No name after the `of`, nor after a `the` before another mark; an `and` before another name.
            (&["the", "Muslim", "Brotherhood", "of", "trying"], vec![span(6, 9, "ORG")], vec![span(6, 8, "ORG")]),
            (
                &["the", "BBC", "the", "Bank", "of", "England"],
                vec![span(6, 8, "ORG"), span(8, 11, "ORG")],
                vec![span(6, 7, "ORG"), span(8, 11, "ORG")],
            ),
            (
                &["Johnson", "Controls", "and", "Lear", "rose"],
                vec![span(5, 8, "ORG"), span(8, 9, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 9, "ORG")],
            ),
            // The name goes on after the connector in unmarked capitalised words: taken in; it holds it: as it is.
            (&["Republic", "of", "Ireland", "beat"], vec![span(5, 7, "LOC")], vec![span(5, 8, "LOC")]),
            (&["Coalition", "for", "Democratic", "Change", "said"], vec![span(5, 7, "ORG")], vec![span(5, 9, "ORG")]),
            (&["Bank", "of", "England", "rose"], vec![span(5, 8, "ORG")], vec![span(5, 8, "ORG")]),
            // A mark of one word (`And` as a name) keeps it.
            (&["and", "rose"], vec![span(5, 6, "MISC")], vec![span(5, 6, "MISC")]),
        ];
        check(|spans, views, offset| trim_trailing_connectors(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn a_longer_names_possessive_is_left_out() {
        let lexicon = crate::tagger::Lexicon::default();
        let table: [Row; 4] = [
            (&["The", "Muslim", "Brotherhood", "'s", "candidate"], vec![span(6, 9, "ORG")], vec![span(6, 8, "ORG")]),
            (&["the", "Red", "Cross", "’s", "envoy"], vec![span(6, 9, "ORG")], vec![span(6, 8, "ORG")]),
            // A firm's one word keeps it; so does a name that goes on after it.
            (&["at", "Moody", "'s", "said"], vec![span(6, 8, "ORG")], vec![span(6, 8, "ORG")]),
            (&["the", "Lord", "'s", "Resistance", "Army"], vec![span(6, 10, "ORG")], vec![span(6, 10, "ORG")]),
        ];
        check(|spans, views, offset| trim_trailing_possessives(spans, views, offset), &lexicon, &table);
    }

    #[test]
    fn connectors_begin_no_name() {
        let table: [Row; 8] = [
            // After `and`: the name that follows.
            (
                &["United", "Nations", "and", "Human", "Rights", "Watch"],
                vec![span(5, 7, "ORG"), span(7, 11, "ORG")],
                vec![span(5, 7, "ORG"), span(8, 11, "ORG")],
            ),
            // After another connector: the mark touching it, as an organisation if either was one.
            (&["National", "League", "for", "Democracy", "won"], vec![span(5, 7, "MISC"), span(7, 9, "ORG")], vec![span(5, 9, "ORG")]),
            (&["Bank", "of", "England", "rose"], vec![span(5, 6, "LOC"), span(6, 8, "LOC")], vec![span(5, 8, "LOC")]),
            // Or the capitalised word before it; without either, the connector is left out.
            (&["Queen", "of", "South", "3"], vec![span(6, 8, "ORG")], vec![span(5, 8, "ORG")]),
            (&["prize", "for", "Peace", "went"], vec![span(6, 8, "MISC")], vec![span(7, 8, "MISC")]),
            (&["and", "the", "Netherlands"], vec![span(5, 8, "LOC")], vec![span(7, 8, "LOC")]),
            // A mark of the connector alone: joined to the mark it touches, or dropped.
            (&["Alliance", "for", "Progress"], vec![span(5, 6, "LOC"), span(6, 7, "ORG")], vec![span(5, 7, "ORG")]),
            (&["prize", "for", "peace"], vec![span(6, 7, "ORG")], vec![]),
        ];
        check(mend_leading_connectors, &crate::tagger::Lexicon::default(), &table);
    }
}
