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
use std::collections::{BTreeMap, HashMap, HashSet};

/// A corrected sentence: its tokens and its entities as (first token, token after the last, label).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Example {
    /// The tokens.
    pub words: Vec<String>,
    /// Entity spans in tokens.
    pub entities: Vec<(usize, usize, String)>,
}

/// What the model learned from corrections; kept with the user's settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Learned {
    /// Corrected sentences, oldest first (at most [`MAX_EXAMPLES`]).
    pub examples: Vec<Example>,
    /// Exact strings the person marked with a label, or unmarked (`None`).
    pub decisions: BTreeMap<String, Option<String>>,
}

/// A correction to learn from: the span (code points), the label given
/// (`None`: not an entity), and the text a resized mark had before (which is
/// then no longer a decision).
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// First code point.
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// The label given, or `None` for "not an entity".
    pub label: Option<String>,
    /// The text the mark had before it was resized.
    pub replaces: Option<String>,
}

impl Correction {
    /// A mark given `label` (or removed, with `None`) at `start..end`.
    pub fn new(start: usize, end: usize, label: Option<&str>) -> Self {
        Correction { start, end, label: label.map(str::to_string), replaces: None }
    }
}

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
        for example in &learned.examples {
            self.learn_example(example);
        }
    }

    fn learn_example(&mut self, example: &Example) {
        let words: Vec<&str> = example.words.iter().map(String::as_str).collect();
        let gold: Vec<(usize, usize, &str)> = example.entities.iter().map(|(s, e, l)| (*s, *e, l.as_str())).collect();
        for _ in 0..PASSES {
            let whole = 0..words.len();
            let predicted = self.model.tag(&words, std::slice::from_ref(&whole));
            let agrees = predicted.len() == gold.len() && predicted.iter().zip(&gold).all(|(p, g)| (p.start, p.end, p.label) == *g);
            if agrees {
                break;
            }
            self.model.learn_sentence(&words, &gold);
        }
    }

    /// Learns from a correction of the text at `start..end` (code points) in
    /// `doc`, which already holds the corrected marks: `label` is the label
    /// given, or `None` for "not an entity". [`Annotator::retag`] then brings
    /// the rest of the article in line.
    ///
    /// ```
    /// use newsmark_engine::{edit::{apply, Edit}, learn::Learned, Annotator};
    /// let mut annotator = Annotator::shipped().unwrap();
    /// let text = "Zorblax Quux spoke. Later Zorblax Quux left.";
    /// let mut doc = annotator.annotate(text).unwrap();
    /// for e in doc.entities.clone() { apply(&mut doc, Edit::RemoveEntity(e.id)).unwrap(); }
    /// let mut mark = newsmark_engine::document::Entity { id: "e1".into(), start: 0, end: 12, label: "ORG".into(), text: "Zorblax Quux".into(), source: newsmark_engine::document::Source::User, score: None, reviewed: true };
    /// apply(&mut doc, Edit::PutEntity(mark)).unwrap();
    /// let mut learned = Learned::default();
    /// annotator.learn_correction(&doc, 0, 12, Some("ORG"), &mut learned);
    /// let retagged = annotator.retag(&doc, &learned);
    /// assert!(retagged.entities.iter().any(|e| e.start == 26 && e.label == "ORG"));
    /// ```
    pub fn learn_correction(&mut self, doc: &Document, start: usize, end: usize, label: Option<&str>, learned: &mut Learned) {
        let key = char_slice(&doc.text, start, end).map(decision_key).unwrap_or_default();
        if !key.is_empty() {
            learned.decisions.insert(key, label.map(str::to_string));
        }
        if let Some(example) = example_around(doc, start) {
            self.learn_example(&example);
            learned.examples.push(example);
            if learned.examples.len() > MAX_EXAMPLES {
                learned.examples.remove(0);
            }
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

    /// Re-tags the unreviewed model marks and applies the string memory;
    /// reviewed marks and marks made by hand stay as they are.
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let doc = annotator.annotate("NATO met in Brussels.").unwrap();
    /// assert_eq!(annotator.retag(&doc, &Default::default()), doc);
    /// ```
    pub fn retag(&self, doc: &Document, learned: &Learned) -> Document {
        let Ok(fresh) = self.annotate(&doc.text) else { return doc.clone() };
        merge(doc, fresh, learned)
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
        merge(&fresh.clone(), fresh, learned)
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

/// Keeps the reviewed and hand-made marks of `doc`, takes the rest from
/// `fresh`, and applies the string memory. Linear in the marks: sorted
/// spans are walked side by side.
fn merge(doc: &Document, fresh: Document, learned: &Learned) -> Document {
    let tokens = tokenize(&doc.text);
    let map = OffsetMap::new(&doc.text);
    let known_label = |label: &str| doc.labels.iter().any(|l| l.name == label);
    let fixed = |e: &Entity| e.reviewed || e.source == Source::User;
    let kept: Vec<&Entity> = doc.entities.iter().filter(|e| fixed(e)).collect();
    // The string memory overrides the model on unreviewed text.
    let remembered = remembered_spans(&tokens, learned);
    let mut candidates: Vec<Entity> = Vec::with_capacity(fresh.entities.len() + remembered.len());
    let mut next_memory = 0;
    for c in fresh.entities.into_iter().filter(|e| known_label(&e.label)) {
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
    let at_span: HashMap<(usize, usize), &Entity> = doc.entities.iter().filter(|e| !fixed(e)).map(|e| ((e.start, e.end), e)).collect();
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

/// The corrected sentence around code point `at`, with the marks of the
/// model's labels that fit its tokens.
fn example_around(doc: &Document, at: usize) -> Option<Example> {
    // Sentences end at line breaks, so the line holding `at` holds its sentence.
    let tokens = tokenize_around(&doc.text, at, at + 1, 0);
    let sentences = crate::sentence::sentences(&tokens);
    let sentence = sentences.iter().find(|s| tokens[s.tokens.clone()].iter().any(|t| t.end > at))?.tokens.clone();
    let inside = &tokens[sentence.clone()];
    let entities = doc
        .entities
        .iter()
        .filter(|e| ENTITY_TYPES.contains(&e.label.as_str()))
        .filter_map(|e| token_spans(inside, e.start, e.end).map(|(s, t)| (s, t, e.label.clone())))
        .collect();
    Some(Example { words: inside.iter().map(|t| t.text.to_string()).collect(), entities })
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
        *doc = annotator.retag(doc, learned);
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
        let next = fresh.retag(&fresh.annotate("Blorgh claimed the attack.").unwrap(), &learned);
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
        let retagged = annotator.retag(&doc, &Learned::default());
        assert!(retagged.entities.contains(&mattis));
    }
}
