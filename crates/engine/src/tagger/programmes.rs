//! Broadcast programmes, which CoNLL's guidelines mark MISC as other works
//! are: the tagger takes `Straight Talk Africa` and `Squawk Box` for bodies
//! and `VOA's Daybreak Africa program` for a person `Africa`. A programme is
//! known by the broadcaster that owns it or by what the article says it is.

use super::features::{is_capitalised, is_noun_of};
use super::kind_names::MOST_NAME_WORDS;
use super::organisations::BODY_NOUNS;
use super::TaggedSpan;
use std::ops::Range;

/// Nouns for a programme, in lower case after its name or describing it.
const PROGRAMME_NOUNS: [&str; 4] = ["program", "programme", "show", "series"];

/// Words that may follow a programme's noun in a description of it (`a
/// call-in show hosted by …`); a lower-case word besides these may make the
/// noun a verb (`a poll … show that`) or part of a longer noun.
const AFTER_DESCRIPTION: [&str; 6] = ["on", "hosted", "about", "that", "which", "broadcast"];

/// The names of programmes in an article (`words`, its marks `spans`):
/// - the capitalised words after a body's mark and `'s`, followed by a
///   programme's noun or after `on` (`VOA's Daybreak Africa program`, `on
///   CNBC's Squawk Box`), but not a person's whole name (`CNN's Wolf Blitzer`) nor
///   a body's own (`VOA's Persian Service`);
/// - a mark described after a comma as one (`Straight Talk Africa, a weekly,
///   one-hour call-in show`), not a person's.
pub(super) fn programme_names(words: &[&str], spans: &[TaggedSpan]) -> Vec<Range<usize>> {
    let is_noun_at = |i: usize| words.get(i).is_some_and(|w| PROGRAMME_NOUNS.contains(w));
    let mut names = Vec::new();
    for (k, span) in spans.iter().enumerate() {
        let owned = span.label == "ORG" && words.get(span.end) == Some(&"'s");
        if owned {
            let start = span.end + 1;
            let length = words.get(start..).unwrap_or_default().iter().take(MOST_NAME_WORDS).take_while(|w| is_capitalised(w)).count();
            let after_on = span.start > 0 && words[span.start - 1] == "on";
            // (The marks are sorted: only those starting by the name's first word may be it.)
            let is_persons = spans[k + 1..]
                .iter()
                .take_while(|s| s.start <= start)
                .any(|s| s.label == "PER" && (s.start, s.end) == (start, start + length));
            if length > 0
                && (after_on || is_noun_at(start + length))
                && !is_persons
                && !is_noun_of(&BODY_NOUNS, &words[start + length - 1].to_lowercase())
            {
                names.push(start..start + length);
            }
        }
        if span.label != "PER" && is_described_as_programme(words, span.end) {
            names.push(span.start..span.end);
        }
    }
    names
}

/// Whether the words from `at` describe a programme: a comma, `a` or `an`,
/// up to five words in lower case or commas, a programme's noun and then
/// no word in lower case but [`AFTER_DESCRIPTION`].
fn is_described_as_programme(words: &[&str], at: usize) -> bool {
    if words.get(at) != Some(&",") || !matches!(words.get(at + 1), Some(&("a" | "an"))) {
        return false;
    }
    let Some(noun) = (at + 2..(at + 8).min(words.len())).find(|&i| PROGRAMME_NOUNS.contains(&words[i])) else { return false };
    let plain = words[at + 2..noun].iter().all(|w| {
        *w == "," || w.chars().next().is_some_and(char::is_lowercase) && !matches!(*w, "of" | "by" | "from" | "that" | "which" | "who")
    });
    let next_is_lower = words.get(noun + 1).is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase));
    plain && (!next_is_lower || AFTER_DESCRIPTION.contains(&words[noun + 1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagger::rule_table::span;

    /// The programmes' names found in `text` (words apart by spaces) with its marks.
    fn names(text: &str, spans: Vec<TaggedSpan>) -> Vec<String> {
        let words: Vec<&str> = text.split(' ').collect();
        programme_names(&words, &spans).into_iter().map(|r| words[r].join(" ")).collect()
    }

    #[test]
    fn programmes_are_named_by_their_broadcaster_or_their_description() {
        // (text, its marks, names expected)
        let table: [(&str, Vec<TaggedSpan>, &[&str]); 9] = [
            ("told VOA 's Daybreak Africa program that", vec![span(1, 2, "ORG"), span(4, 5, "PER")], &["Daybreak Africa"]),
            ("speaking on CNBC 's Squawk Box , Buttigieg", vec![span(2, 3, "ORG"), span(4, 6, "ORG"), span(7, 8, "PER")], &["Squawk Box"]),
            ("Straight Talk Africa , a weekly , one-hour call-in show , airs", vec![span(0, 3, "ORG")], &["Straight Talk Africa"]),
            ("Squawk Box , a talk show hosted by Kim", vec![span(0, 2, "ORG")], &["Squawk Box"]),
            // A person, a body's own name, no noun nor `on`, a place's possessive: none.
            ("appeared on CNN 's Wolf Blitzer show", vec![span(2, 3, "ORG"), span(4, 6, "PER")], &[]),
            ("said on VOA 's Persian Service that", vec![span(2, 3, "ORG"), span(4, 6, "ORG")], &[]),
            ("told VOA 's Barry Wood that", vec![span(1, 2, "ORG"), span(3, 5, "PER")], &[]),
            ("on China 's Xinhua agency", vec![span(1, 2, "LOC"), span(3, 4, "ORG")], &[]),
            // Not a description of a programme: `show` a verb.
            ("Gallup , a poll of voters show that", vec![span(0, 1, "ORG")], &[]),
        ];
        for (text, spans, expected) in table {
            assert_eq!(names(text, spans), expected, "{text}");
        }
    }
}
