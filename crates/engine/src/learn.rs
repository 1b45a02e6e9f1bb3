//! Learning from a person's corrections: online perceptron updates on the
//! corrected sentence, and an exact-string memory of their decisions; then
//! the unreviewed marks of the article are re-tagged.

use crate::document::{Document, Entity, Source};
use crate::edit::next_ids;
use crate::tagger::ENTITY_TYPES;
use crate::text::char_slice;
use crate::text::OffsetMap;
use crate::token::{tokenize, tokenize_around, Token};
use crate::Annotator;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A corrected sentence: its tokens, its reviewed entities as (first token,
/// token after the last, label), and the token ranges whose tags are known
/// (reviewed marks and the corrected span); the other tokens teach nothing,
/// as their marks may still be wrong.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    /// The tokens.
    pub words: Vec<String>,
    /// Entity spans in tokens.
    pub entities: Vec<(usize, usize, String)>,
    /// Token ranges with known tags (absent in what earlier versions kept: then every token is known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub known: Option<Vec<(usize, usize)>>,
}

/// What the model learned from corrections; kept with the user's settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Learned {
    /// Corrected sentences, oldest first (at most [`MAX_EXAMPLES`]).
    pub examples: Vec<Example>,
    /// Exact strings the person marked with a label, or unmarked (`None`).
    pub decisions: BTreeMap<String, Option<String>>,
    /// Strings the person decided differently at different places (`Philadelphia` the team and the
    /// city): neither remembered nor spread, as one answer does not fit them.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub ambiguous: BTreeSet<String>,
    /// The model's user layer after the examples (see [`crate::tagger::Model::user_layer`]), so
    /// that start-up loads it instead of replaying them; absent in what earlier versions kept.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub layer: Vec<(u32, Vec<(u8, f32)>)>,
}

/// A correction to learn from: the span (code points), the label given
/// (`None`: not an entity), and the text a resized mark had before (which is
/// then no longer a decision).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Correction {
    /// First code point.
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// The label given, or `None` for "not an entity".
    pub label: Option<String>,
    /// The text the mark had before it was resized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replaces: Option<String>,
}

impl Correction {
    /// A mark given `label` (or removed, with `None`) at `start..end`.
    pub fn new(start: usize, end: usize, label: Option<&str>) -> Self {
        Correction { start, end, label: label.map(str::to_string), replaces: None }
    }
}

/// How sure the model must be of a new mark for a re-tag to show it, and
/// of a mark for a re-tag to keep it when its string was unmarked elsewhere
/// (tuned with `newsmark simulate` on `eng.testa`).
const CHANGE_CONFIDENCE: f64 = 0.8;

/// How many corrected sentences are kept.
pub const MAX_EXAMPLES: usize = 2000;
/// Perceptron passes over a corrected sentence, until the model agrees.
const PASSES: usize = 8;

/// The memory's key for a string: its tokens joined by spaces, so that
/// "Bonn" and "Bonn " are one decision.
///
/// ```
/// assert_eq!(newsmark_engine::learn::decision_key(" Moscow's "), "Moscow 's");
/// ```
pub fn decision_key(text: &str) -> String {
    tokenize(text).iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

fn token_spans(tokens: &[Token<'_>], start: usize, end: usize) -> Option<(usize, usize)> {
    let first = tokens.iter().position(|t| t.start == start)?;
    let last = tokens[first..].iter().position(|t| t.end == end)? + first;
    Some((first, last + 1))
}

impl Annotator {
    /// Replays what was learned (at start-up, or for a new article).
    ///
    /// ```
    /// let mut annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// annotator.replay(&Default::default());
    /// ```
    pub fn replay(&mut self, learned: &Learned) {
        if learned.layer.is_empty() {
            for example in &learned.examples {
                self.learn_example(example);
            }
        } else {
            self.model.set_user_layer(&learned.layer);
        }
    }

    fn learn_example(&mut self, example: &Example) {
        let words: Vec<&str> = example.words.iter().map(String::as_str).collect();
        let gold: Vec<(usize, usize, &str)> = example.entities.iter().map(|(s, e, l)| (*s, *e, l.as_str())).collect();
        let known: Vec<std::ops::Range<usize>> = match &example.known {
            Some(ranges) => ranges.iter().map(|&(s, e)| s..e).collect(),
            None => std::iter::once(0..words.len()).collect(),
        };
        let is_known = |s: usize, e: usize| known.iter().any(|r| r.start <= s && e <= r.end);
        for _ in 0..PASSES {
            let whole = 0..words.len();
            let predicted = self.model.tag(&words, std::slice::from_ref(&whole));
            // Agreement on the known tokens is all that is asked.
            let found: Vec<(usize, usize, &str)> = predicted
                .iter()
                .map(|p| (p.start, p.end, p.label))
                .filter(|p| known.iter().any(|r| r.start < p.1 && p.0 < r.end))
                .collect();
            let expected: Vec<(usize, usize, &str)> = gold.iter().copied().filter(|g| is_known(g.0, g.1)).collect();
            if found == expected {
                break;
            }
            self.model.learn_sentence(&words, &gold, &known);
        }
    }

    /// Learns from a correction of the text at `start..end` (code points) in
    /// `doc`, which already holds the corrected marks: `label` is the label
    /// given, or `None` for "not an entity". [`Annotator::retag`] then brings
    /// the rest of the article in line.
    ///
    /// ```
    /// use newsmark_engine::{edit::{apply, Edit}, learn::{Correction, Learned}, Annotator};
    /// let mut annotator = Annotator::shipped().unwrap();
    /// let text = "Zorblax Quux spoke. Later Zorblax Quux left.";
    /// let mut doc = annotator.annotate(text).unwrap();
    /// for e in doc.entities.clone() { apply(&mut doc, Edit::RemoveEntity(e.id)).unwrap(); }
    /// let mut mark = newsmark_engine::document::Entity { id: "e1".into(), start: 0, end: 12, label: "ORG".into(), text: "Zorblax Quux".into(), source: newsmark_engine::document::Source::User, score: None, reviewed: true };
    /// apply(&mut doc, Edit::PutEntity(mark)).unwrap();
    /// let mut learned = Learned::default();
    /// annotator.learn_correction(&doc, 0, 12, Some("ORG"), &mut learned);
    /// let retagged = annotator.retag(&doc, &learned, &[Correction::new(0, 12, Some("ORG"))]);
    /// assert!(retagged.entities.iter().any(|e| e.start == 26 && e.label == "ORG"));
    /// ```
    pub fn learn_correction(&mut self, doc: &Document, start: usize, end: usize, label: Option<&str>, learned: &mut Learned) {
        let key = char_slice(&doc.text, start, end).map(decision_key).unwrap_or_default();
        let decision = label.map(str::to_string);
        if learned.decisions.get(&key).is_some_and(|earlier| *earlier != decision) {
            learned.decisions.remove(&key);
            learned.ambiguous.insert(key);
        } else if !key.is_empty() && !learned.ambiguous.contains(&key) {
            learned.decisions.insert(key, decision);
        }
        if let Some(example) = example_around(doc, start, end) {
            self.learn_example(&example);
            learned.examples.push(example);
            if learned.examples.len() > MAX_EXAMPLES {
                learned.examples.remove(0);
            }
            learned.layer = self.model.user_layer();
        }
    }

    /// Learns from corrections of `doc`, oldest first (see [`Annotator::learn_correction`]).
    pub fn learn_corrections(&mut self, doc: &Document, corrections: &[Correction], learned: &mut Learned) {
        for Correction { start, end, label, replaces } in corrections {
            if let Some(old) = replaces {
                learned.decisions.remove(&decision_key(old));
            }
            self.learn_correction(doc, *start, *end, label.as_deref(), learned);
        }
    }

    /// Re-tags an article after the corrections `taught`: reviewed marks and
    /// marks made by hand stay as they are; an unreviewed mark changes only
    /// where the model, having learned, is sure of a new mark that agrees
    /// with what was taught (its label, on a word of a corrected span); the
    /// string memory marks only text that nothing marks.
    ///
    /// ```
    /// use newsmark_engine::learn::{Correction, Learned};
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let doc = annotator.annotate("NATO met in Brussels.").unwrap();
    /// assert_eq!(annotator.retag(&doc, &Learned::default(), &[]), doc);
    /// // A lesson about Brussels says nothing about NATO.
    /// assert_eq!(annotator.retag(&doc, &Learned::default(), &[Correction::new(12, 20, Some("ORG"))]).entities[0], doc.entities[0]);
    /// ```
    pub fn retag(&self, doc: &Document, learned: &Learned, taught: &[Correction]) -> Document {
        let Ok(fresh) = self.annotate(&doc.text) else { return doc.clone() };
        let marks = agreeing_marks(doc, fresh.entities, taught, learned);
        merge(doc, marks, learned)
    }

    /// A fresh annotation with the string memory applied (what [`Annotator::retag`]
    /// gives for an article without reviewed marks, without tagging it twice).
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let doc = annotator.annotate("NATO met in Brussels.").unwrap();
    /// assert_eq!(annotator.remember(doc.clone(), &Default::default()), doc);
    /// ```
    pub fn remember(&self, fresh: Document, learned: &Learned) -> Document {
        if learned.decisions.is_empty() {
            return fresh;
        }
        let marks = fresh.entities.clone();
        merge(&fresh, marks, learned)
    }
}

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
    Some(Document { text, labels, entities, quotes: Vec::new() })
}

/// Where the string memory's decisions occur in `tokens`, sorted: (start,
/// end, label or `None` for "not an entity"). One pass over the tokens, with
/// the decisions indexed by their first token.
fn remembered_spans(tokens: &[Token<'_>], learned: &Learned) -> Vec<(usize, usize, Option<String>)> {
    // A decision as its tokens and its label.
    type Pattern<'a> = (Vec<String>, &'a Option<String>);
    let mut by_first: HashMap<&str, Vec<Pattern>> = HashMap::new();
    let patterns: Vec<Pattern> = learned
        .decisions
        .iter()
        .map(|(string, decision)| (tokenize(string).iter().map(|t| t.text.to_string()).collect::<Vec<_>>(), decision))
        .filter(|(p, _)| !p.is_empty())
        .collect();
    for (pattern, decision) in &patterns {
        by_first.entry(pattern[0].as_str()).or_default().push((pattern.clone(), decision));
    }
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        for (pattern, decision) in by_first.get(token.text).map_or(&[][..], Vec::as_slice) {
            let end = i + pattern.len();
            if end <= tokens.len() && tokens[i..end].iter().map(|t| t.text).eq(pattern.iter().map(String::as_str)) {
                out.push((token.start, tokens[end - 1].end, (*decision).clone()));
            }
        }
    }
    out
}

/// Whether a mark is the person's: reviewed, or made by hand. A re-tag never changes those.
fn is_fixed(e: &Entity) -> bool {
    e.reviewed || e.source == Source::User
}

/// The word tokens of a text (punctuation left out).
fn words_of(text: &str) -> HashSet<&str> {
    tokenize(text).into_iter().map(|t| t.text).filter(|w| w.chars().any(char::is_alphanumeric)).collect()
}

/// The marks a re-tag after corrections shows where nothing is the
/// person's: the article's unreviewed marks, changed only where the model's
/// new marks agree with what was just taught (the taught label, on a word of
/// a corrected span), and dropped where the string was just unmarked or the
/// model dropped a mark sharing a word with a span taught to be no entity.
/// So a correction never moves marks it says nothing about.
fn agreeing_marks(doc: &Document, fresh: Vec<Entity>, taught: &[Correction], learned: &Learned) -> Vec<Entity> {
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
    marks.sort_by_key(|e| (e.start, e.end));
    marks
}

/// Keeps the reviewed and hand-made marks of `doc`, takes the rest from
/// `marks` (sorted, not overlapping), and applies the string memory. Linear
/// in the marks: sorted spans are walked side by side.
fn merge(doc: &Document, marks: Vec<Entity>, learned: &Learned) -> Document {
    let tokens = tokenize(&doc.text);
    let map = OffsetMap::new(&doc.text);
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
    let mut remembered = remembered_spans(&tokens, learned);
    if doc.entities.iter().any(is_fixed) {
        // Re-tagging an article being corrected: the memory marks only text
        // nothing marks. It neither relabels nor unmarks, as a string can
        // mean two things in one article (the team and the city): those
        // changes come from the model agreeing with what was taught.
        let taken: Vec<(usize, usize)> = doc.entities.iter().map(|e| (e.start, e.end)).collect();
        remembered.retain(|m| {
            let at = taken.partition_point(|t| t.1 <= m.0);
            m.2.is_some() && taken.get(at).is_none_or(|t| t.0 >= m.1)
        });
    }
    remembered.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
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
    candidates.sort_by_key(|c| (c.start, c.end));
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
    entities.sort_by_key(|e| (e.start, e.end));
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
    Document { text: doc.text.clone(), labels: doc.labels.clone(), entities, quotes }
}

/// The corrected sentence around the correction at `start..end`, with its
/// reviewed marks of the model's labels; the tokens of those marks and of the
/// corrected span are the known ones.
fn example_around(doc: &Document, start: usize, end: usize) -> Option<Example> {
    // Sentences end at line breaks, so the line holding the correction holds its sentence.
    let tokens = tokenize_around(&doc.text, start, start + 1, 0);
    let sentences = crate::sentence::sentences(&tokens);
    let sentence = sentences.iter().find(|s| tokens[s.tokens.clone()].iter().any(|t| t.end > start))?.tokens.clone();
    let inside = &tokens[sentence.clone()];
    let entities: Vec<(usize, usize, String)> = doc
        .entities
        .iter()
        .filter(|e| ENTITY_TYPES.contains(&e.label.as_str()) && is_fixed(e))
        .filter_map(|e| token_spans(inside, e.start, e.end).map(|(s, t)| (s, t, e.label.clone())))
        .collect();
    let mut known: Vec<(usize, usize)> = entities.iter().map(|(s, e, _)| (*s, *e)).collect();
    let corrected: Vec<usize> = (0..inside.len()).filter(|&i| inside[i].start < end && start < inside[i].end).collect();
    if let (Some(&first), Some(&last)) = (corrected.first(), corrected.last()) {
        known.push((first, last + 1));
    }
    Some(Example { words: inside.iter().map(|t| t.text.to_string()).collect(), entities, known: Some(known) })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{apply, next_id, Edit};

    fn correct(annotator: &mut Annotator, doc: &mut Document, start: usize, end: usize, label: Option<&str>, learned: &mut Learned) {
        let map = OffsetMap::new(&doc.text);
        for e in doc.entities.clone().into_iter().filter(|e| e.start < end && start < e.end) {
            apply(doc, Edit::RemoveEntity(e.id)).unwrap();
        }
        if let Some(label) = label {
            let mark = Entity {
                id: next_id(doc, "e"),
                start,
                end,
                label: label.into(),
                text: map.slice(&doc.text, start, end).into(),
                source: Source::User,
                score: None,
                reviewed: true,
            };
            apply(doc, Edit::PutEntity(mark)).unwrap();
        }
        annotator.learn_correction(doc, start, end, label, learned);
        *doc = annotator.retag(doc, learned, &[Correction::new(start, end, label)]);
    }

    #[test]
    fn marking_one_mention_marks_the_others_and_unmarking_stops_it() {
        let mut annotator = Annotator::shipped().unwrap();
        let text = "Photo by: Reuters\n\nThe group known as Blorgh attacked. Officials said Blorgh fighters fled.\n\nPhoto by: AP";
        let mut doc = annotator.annotate(text).unwrap();
        let mut learned = Learned::default();
        let blorgh = text.find("Blorgh").unwrap();
        correct(&mut annotator, &mut doc, blorgh, blorgh + 6, Some("ORG"), &mut learned);
        let marks: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert_eq!(marks.iter().filter(|m| **m == ("Blorgh", "ORG")).count(), 2, "{marks:?}");
        // Unmark "Photo" wherever it was marked.
        if let Some(photo) = doc.entities.iter().find(|e| e.text == "Photo").cloned() {
            correct(&mut annotator, &mut doc, photo.start, photo.end, None, &mut learned);
            assert!(doc.entities.iter().all(|e| e.text != "Photo"));
        }
        assert_eq!(learned.decisions.get("Blorgh"), Some(&Some("ORG".to_string())));
        // What was learned carries over to the next article.
        let mut fresh = Annotator::shipped().unwrap();
        fresh.replay(&learned);
        let next = fresh.retag(&fresh.annotate("Blorgh claimed the attack.").unwrap(), &learned, &[]);
        assert!(next.entities.iter().any(|e| e.text == "Blorgh" && e.label == "ORG"));
    }

    #[test]
    fn reviewed_marks_survive_retagging() {
        let annotator = Annotator::shipped().unwrap();
        let mut doc = annotator.annotate("James Mattis visited Brussels.").unwrap();
        let mut mattis = doc.entities[0].clone();
        mattis.label = "MISC".into();
        mattis.reviewed = true;
        apply(&mut doc, Edit::PutEntity(mattis.clone())).unwrap();
        let retagged = annotator.retag(&doc, &Learned::default(), &[]);
        assert!(retagged.entities.contains(&mattis));
    }

    #[test]
    fn start_up_loads_the_layer_and_tags_as_the_learning_model_did() {
        let mut annotator = Annotator::shipped().unwrap();
        let text = "Zorblax Quux spoke. Later Zorblax Quux left.";
        let mut doc = annotator.annotate(text).unwrap();
        let mut learned = Learned::default();
        correct(&mut annotator, &mut doc, 0, 12, Some("ORG"), &mut learned);
        assert!(!learned.layer.is_empty());
        let saved: Learned = serde_json::from_str(&serde_json::to_string(&learned).unwrap()).unwrap();
        let mut loaded = Annotator::shipped().unwrap();
        loaded.replay(&saved);
        let next = "Zorblax Quux met Zorblax Quux again. Blorgh said so.";
        assert_eq!(loaded.annotate(next).unwrap(), annotator.annotate(next).unwrap());
    }
}
