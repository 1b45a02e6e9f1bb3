//! Re-tagging after corrections: which marks may change (only where the
//! model agrees with what was taught), the string memory, and the marks of
//! a long article as sent to the worker.

use super::{decision_key, Correction, Learned, CHANGE_CONFIDENCE};
use crate::document::{Document, Entity, Source};
use crate::edit::next_ids;
use crate::headline::is_all_caps;
use crate::tagger::ENTITY_TYPES;
use crate::text::{char_slice, OffsetMap};
use crate::token::{tokenize, Token};
use crate::Prose;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// A mark without its text (which the article holds), for sending the marks
/// of a long article to the worker that re-tags it: start, end, label, id,
/// source, score, reviewed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mark(pub usize, pub usize, pub String, pub String, pub Source, pub Option<f64>, pub bool);

/// The marks of a document, without their text.
pub fn marks_of(doc: &Document) -> Vec<Mark> {
    doc.entities.iter().map(|e| Mark(e.start, e.end, e.label.clone(), e.id.clone(), e.source, e.score, e.reviewed)).collect()
}

/// A document (without quotes) from its text, labels and marks; `None` if a mark does not fit the text.
///
/// ```
/// use newsmark_engine::{learn::{document_from_marks, marks_of}, Annotator};
/// let doc = Annotator::shipped().unwrap().annotate("NATO met in Brussels.").unwrap();
/// let back = document_from_marks(doc.text.clone(), doc.labels.clone(), marks_of(&doc)).unwrap();
/// assert_eq!(back.entities, doc.entities);
/// ```
pub fn document_from_marks(text: String, labels: Vec<crate::document::Label>, marks: Vec<Mark>) -> Option<Document> {
    let map = OffsetMap::new(&text);
    let entities = marks
        .into_iter()
        .map(|Mark(start, end, label, id, source, score, reviewed)| {
            (start < end && end <= map.len_chars()).then(|| Entity {
                id,
                start,
                end,
                label,
                text: map.slice(&text, start, end).to_string(),
                source,
                score,
                reviewed,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Document { text, labels, entities, ..Default::default() })
}

/// Whether the one-word decision at token `i` may be a plain word in
/// capitals rather than the acronym decided (`IN` of `intelligent network
/// (IN)` in the headline `BEAT BRADFORD 42-36 IN SEMIFINAL`): a word in
/// capitals beside another such word, where capitals tell nothing; letters
/// only (`U.S.` is no word).
fn may_be_plain_word_in_capitals(tokens: &[Token<'_>], i: usize) -> bool {
    let caps_beside = [i.checked_sub(1), Some(i + 1)].into_iter().flatten().any(|k| tokens.get(k).is_some_and(|t| is_all_caps(t.text)));
    let word = tokens[i].text;
    is_all_caps(word) && word.chars().all(char::is_alphabetic) && caps_beside
}

/// Whether a text's word is a decided phrase's word: the same, or for a
/// phrase of two words or more the same in other capitals, the text's word
/// capitalised (`1998 World Cup` decided, `1998 WORLD CUP` in a headline;
/// `1997 FED CUP` decided, `1997 Fed Cup` in the story). One word alone
/// must match exactly: `IN` the acronym is not `In`.
fn is_decided_word(decided: &str, word: &str, in_phrase: bool) -> bool {
    decided == word || (in_phrase && word.chars().next().is_some_and(char::is_uppercase) && decided.to_lowercase() == word.to_lowercase())
}

/// Where the string memory's decisions occur in `tokens`, sorted: (start,
/// end, label or `None` for "not an entity"), but for a word in capitals that
/// may be a plain word ([`may_be_plain_word_in_capitals`]), and for a string
/// without a letter (`1,000` of `the 1,000 Lakes Rally`, a list's `3.`), which
/// names something only in its context. One pass over the tokens, with the
/// decisions indexed by their first token in lower case.
fn remembered_spans(tokens: &[Token<'_>], learned: &Learned) -> Vec<(usize, usize, Option<String>)> {
    // A decision as its tokens and its label.
    type Pattern<'a> = (Vec<String>, &'a Option<String>);
    let mut by_first: HashMap<String, Vec<Pattern>> = HashMap::new();
    let patterns: Vec<Pattern> = learned
        .decisions
        .iter()
        .map(|(string, decision)| (tokenize(string).iter().map(|t| t.text.to_string()).collect::<Vec<_>>(), decision))
        .filter(|(p, _)| p.iter().any(|w| w.chars().any(char::is_alphabetic)))
        .collect();
    for (pattern, decision) in &patterns {
        by_first.entry(pattern[0].to_lowercase()).or_default().push((pattern.clone(), decision));
    }
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        for (pattern, decision) in by_first.get(&token.text.to_lowercase()).map_or(&[][..], Vec::as_slice) {
            let end = i + pattern.len();
            let in_phrase = pattern.len() > 1;
            let plain = !in_phrase && may_be_plain_word_in_capitals(tokens, i);
            if end <= tokens.len() && !plain && tokens[i..end].iter().zip(pattern).all(|(t, p)| is_decided_word(p, t.text, in_phrase)) {
                out.push((token.start, tokens[end - 1].end, (*decision).clone()));
            }
        }
    }
    out
}

/// Whether a mark is the person's: reviewed, or made by hand. A re-tag never changes those.
pub(super) fn is_fixed(e: &Entity) -> bool {
    e.reviewed || e.source == Source::User
}

/// The word tokens of a text (punctuation left out).
pub(super) fn words_of(text: &str) -> HashSet<&str> {
    tokenize(text).into_iter().map(|t| t.text).filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

/// The marks a re-tag after corrections shows where nothing is the
/// person's: the article's unreviewed marks, changed only where the model's
/// new marks agree with what was just taught (the taught label, on a word of
/// a corrected span), and dropped where the string was just unmarked or the
/// model dropped a mark sharing a word with a span taught to be no entity.
/// So a correction never moves marks it says nothing about.
pub(super) fn agreeing_marks(doc: &Document, fresh: Vec<Entity>, taught: &[Correction], learned: &Learned) -> Vec<Entity> {
    let lessons: Vec<(HashSet<&str>, Option<&str>)> = taught
        .iter()
        .filter_map(|c| char_slice(&doc.text, c.start, c.end).map(|t| (t, c.label.as_deref())))
        .filter(|(t, _)| !learned.ambiguous.contains(&decision_key(t)))
        .map(|(t, label)| (words_of(t), label))
        .collect();
    let teaches = |e: &Entity, label: Option<&str>| {
        lessons.iter().any(|(_, taught)| *taught == label) && {
            let mine = words_of(&e.text);
            lessons.iter().any(|(words, taught)| *taught == label && !words.is_disjoint(&mine))
        }
    };
    let old: Vec<&Entity> = doc.entities.iter().filter(|e| !is_fixed(e)).collect();
    let fresh_spans: HashSet<(usize, usize, &str)> = fresh.iter().map(|e| (e.start, e.end, e.label.as_str())).collect();
    let old_spans: HashSet<(usize, usize, &str)> = old.iter().map(|e| (e.start, e.end, e.label.as_str())).collect();
    let changes: Vec<&Entity> = fresh
        .iter()
        .filter(|c| {
            !old_spans.contains(&(c.start, c.end, c.label.as_str()))
                && teaches(c, Some(&c.label))
                && c.score.unwrap_or(1.0) >= CHANGE_CONFIDENCE
        })
        .collect();
    // Changes do not overlap one another, so the last one starting before a mark's end is the only one that can cover it.
    let changed = |o: &Entity| {
        let at = changes.partition_point(|c| c.start < o.end);
        at > 0 && changes[at - 1].end > o.start
    };
    // Unmarking a string unmarks its other mentions that the model is not
    // sure of (`Photo` in every credit line); a name the model is sure of
    // elsewhere stays (gold data unmarks a name in one place and marks it in others).
    let unmarked: HashSet<String> = taught
        .iter()
        .filter(|c| c.label.is_none())
        .filter_map(|c| char_slice(&doc.text, c.start, c.end).map(decision_key))
        .filter(|key| !learned.ambiguous.contains(key))
        .collect();
    let dropped = |o: &Entity| {
        (!unmarked.is_empty() && o.score.unwrap_or(0.0) < CHANGE_CONFIDENCE && unmarked.contains(&decision_key(&o.text)))
            || !fresh_spans.contains(&(o.start, o.end, o.label.as_str())) && teaches(o, None)
    };
    let mut marks: Vec<Entity> = old.into_iter().filter(|o| !changed(o) && !dropped(o)).cloned().collect();
    marks.extend(changes.into_iter().cloned());
    crate::sort::sort_by_key(&mut marks, |e| (e.start, e.end));
    marks
}

/// The mentions by surname alone of the persons that the memory names in
/// full in an article (`Kemi Badenoch` decided a person in an earlier
/// article, then `Badenoch said`), as the tagger links them to full names it
/// marked itself (see `tagger::aliases`), as spans like `remembered`'s.
fn surnames_of_persons(tokens: &[Token<'_>], remembered: &[(usize, usize, Option<String>)]) -> Vec<(usize, usize, Option<String>)> {
    let surnames: HashSet<&str> = remembered
        .iter()
        .filter(|m| m.2.as_deref() == Some("PER"))
        .map(|m| (tokens.partition_point(|t| t.start < m.0), tokens.partition_point(|t| t.end <= m.1)))
        .filter(|&(first, end)| end > first + 1 && tokens[end - 1].text.chars().next().is_some_and(char::is_uppercase))
        .map(|(_, end)| tokens[end - 1].text)
        .collect();
    tokens.iter().filter(|t| surnames.contains(t.text)).map(|t| (t.start, t.end, Some("PER".to_string()))).collect()
}

/// In how many corrected sentences the words of `key` (a [`decision_key`])
/// were taught to be no name: known, and under no mark.
fn times_unmarked(learned: &Learned, key: &str) -> usize {
    let words: Vec<&str> = key.split(' ').collect();
    learned
        .examples
        .iter()
        .filter(|example| {
            let marked = |s: usize, e: usize| example.entities.iter().any(|m| m.0 < e && s < m.1);
            example.words.windows(words.len()).enumerate().any(|(at, w)| {
                w.iter().zip(&words).all(|(a, b)| a == b) && example.knows(at, at + words.len()) && !marked(at, at + words.len())
            })
        })
        .count()
}

/// How sure the model must be of a mark for a decision made in another article not to overrule it.
const SURE: f64 = 0.95;

/// How the string memory applies.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Memory {
    /// A new article: the memory's decisions override the model, except
    /// where it is sure of another reading of the string, unless the
    /// decision unmarked the string in two corrected sentences.
    Overrides,
    /// An article being corrected: the memory marks only text nothing
    /// marks. It neither relabels nor unmarks, as a string can mean two
    /// things in one article (the team and the city): those changes come
    /// from the model agreeing with what was taught.
    FillsGaps,
}

/// Keeps the reviewed and hand-made marks of `doc`, takes the rest from
/// `marks` (sorted, not overlapping), and applies the string memory. Linear
/// in the marks: sorted spans are walked side by side.
pub(super) fn merge(doc: &Document, prose: &Prose<'_>, marks: Vec<Entity>, learned: &Learned, memory: Memory) -> Document {
    let (tokens, map) = (&prose.tokens, &prose.map);
    let known_label = |label: &str| doc.labels.iter().any(|l| l.name == label);
    let kept: Vec<&Entity> = doc.entities.iter().filter(|e| is_fixed(e)).collect();
    // The string memory overrides the model on unreviewed text, but never
    // inside a longer mark (`U.S.` in `U.S. Open`, `Jones` in `Dow Jones`) or
    // a longer remembered phrase.
    let inside = |spans: &[(usize, usize)], (start, end): (usize, usize)| {
        let at = spans.partition_point(|s| s.0 <= start);
        at > 0 && spans[at - 1].1 >= end && spans[at - 1] != (start, end)
    };
    let marked: Vec<(usize, usize)> = marks.iter().map(|e| (e.start, e.end)).collect();
    let mut remembered = remembered_spans(tokens, learned);
    if memory == Memory::FillsGaps {
        let taken: Vec<(usize, usize)> = doc.entities.iter().map(|e| (e.start, e.end)).collect();
        remembered.retain(|m| {
            let at = taken.partition_point(|t| t.1 <= m.0);
            m.2.is_some() && taken.get(at).is_none_or(|t| t.0 >= m.1)
        });
    }
    if memory == Memory::Overrides {
        // A decision made in another article does not overrule the model
        // where it is sure of another reading of the string anywhere in this
        // one (`Boston` the team here, the city there; `the West`): the string means
        // something else here, at its other mentions too.
        // The strings the model is sure of, by entity type.
        let mut sure: [HashSet<&str>; ENTITY_TYPES.len()] = Default::default();
        for c in marks.iter().filter(|c| c.score.is_some_and(|s| s >= SURE)) {
            if let Some(t) = ENTITY_TYPES.iter().position(|label| *label == c.label) {
                sure[t].insert(&c.text);
            }
        }
        // But a string unmarked in two corrected sentences is no name to this person however sure the
        // model is (`God`); once may be a slip of the gold data (`Commerce` unmarked in one article only).
        // (The examples are counted only where the model is sure of another reading.)
        remembered.retain(|m| {
            let text = map.slice(&doc.text, m.0, m.1);
            !ENTITY_TYPES.iter().zip(&sure).any(|(label, strings)| m.2.as_deref() != Some(*label) && strings.contains(text))
                || (m.2.is_none() && times_unmarked(learned, &decision_key(text)) >= 2)
        });
        remembered.extend(surnames_of_persons(tokens, &remembered));
    }
    crate::sort::sort_by_key(&mut remembered, |m| (m.0, std::cmp::Reverse(m.1)));
    let mut covered_until = 0;
    remembered.retain(|m| {
        let outer = m.1 > covered_until;
        covered_until = covered_until.max(m.1);
        outer && !inside(&marked, (m.0, m.1))
    });
    let mut candidates: Vec<Entity> = Vec::with_capacity(marks.len() + remembered.len());
    let mut next_memory = 0;
    for c in marks.into_iter().filter(|e| known_label(&e.label)) {
        while next_memory < remembered.len() && remembered[next_memory].1 <= c.start {
            next_memory += 1;
        }
        // Memory spans are sorted by start but may nest, so look ahead while they can still overlap.
        let overlapped = remembered[next_memory..].iter().take_while(|m| m.0 < c.end).any(|m| m.1 > c.start);
        if !overlapped {
            candidates.push(c);
        }
    }
    for (start, end, decision) in remembered {
        if let Some(label) = decision.filter(|l| known_label(l)) {
            let text = map.slice(&doc.text, start, end).to_string();
            candidates.push(Entity { id: String::new(), start, end, label, text, source: Source::Rule, score: None, reviewed: false });
        }
    }
    crate::sort::sort_by_key(&mut candidates, |c| (c.start, c.end));
    let at_span: HashMap<(usize, usize), &Entity> = doc.entities.iter().filter(|e| !is_fixed(e)).map(|e| ((e.start, e.end), e)).collect();
    let mut fresh_ids = next_ids(doc, "e");
    let mut entities: Vec<Entity> = Vec::with_capacity(candidates.len() + kept.len());
    let mut next_kept = 0;
    let mut taken_until = 0;
    for mut c in candidates {
        while next_kept < kept.len() && kept[next_kept].end <= c.start {
            next_kept += 1;
        }
        let hits_kept = kept[next_kept..].iter().take_while(|k| k.start < c.end).any(|k| k.end > c.start);
        if hits_kept || c.start < taken_until {
            continue;
        }
        taken_until = c.end;
        // A mark at the same span keeps its id, so that quote speakers stay
        // linked and a relabel is one change in place.
        match at_span.get(&(c.start, c.end)) {
            Some(old) => {
                if old.label == c.label {
                    c.score = old.score.or(c.score);
                }
                c.id = old.id.clone();
            }
            None => c.id = fresh_ids.next().expect("the id sequence never ends"),
        }
        entities.push(c);
    }
    entities.extend(kept.into_iter().cloned());
    crate::sort::sort_by_key(&mut entities, |e| (e.start, e.end));
    let ids: HashSet<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    let quotes = doc
        .quotes
        .iter()
        .map(|q| {
            let mut q = q.clone();
            if q.speaker.as_ref().is_some_and(|id| !ids.contains(id.as_str())) {
                q.speaker = None;
            }
            q
        })
        .collect();
    Document { text: doc.text.clone(), labels: doc.labels.clone(), entities, quotes, sources: doc.sources.clone() }
}
