//! Learning from a person's corrections: bounded perceptron steps in the
//! model's user layer from what they reviewed, and an exact-string memory of
//! their decisions; then the article is re-tagged ([`retag`]) where the
//! model agrees with what was taught.

mod carry;
mod combine;
mod retag;

pub use carry::carried;
use retag::{agreeing_marks, is_fixed, merge, words_of, Memory};
pub use retag::{document_from_marks, marks_of, Mark};

use crate::document::Document;
use crate::tagger::ENTITY_TYPES;
use crate::text::char_slice;
use crate::token::{tokenize, tokenize_around, Token};
use crate::{Annotator, Prose};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

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

impl Example {
    /// Whether the tags of tokens `start..end` are known (all are in what earlier versions kept).
    fn knows(&self, start: usize, end: usize) -> bool {
        self.known.as_ref().is_none_or(|ranges| ranges.iter().any(|&(s, e)| s <= start && end <= e))
    }
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
    pub layer: Vec<LayerRow>,
}

/// One feature's weights in the user layer: (feature hash, (tag, weight) pairs).
type LayerRow = (u32, Vec<(u8, f32)>);

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
        for _ in 0..PASSES {
            let whole = 0..words.len();
            let predicted = self.model.tag_alone(&words, std::slice::from_ref(&whole));
            // Agreement on the known tokens is all that is asked.
            let found: Vec<(usize, usize, &str)> = predicted
                .iter()
                .map(|p| (p.start, p.end, p.label))
                .filter(|p| known.iter().any(|r| r.start < p.1 && p.0 < r.end))
                .collect();
            let expected: Vec<(usize, usize, &str)> = gold.iter().copied().filter(|g| example.knows(g.0, g.1)).collect();
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
        if crate::check_text(&doc.text).is_err() {
            return doc.clone();
        }
        // Only marks on a corrected word may change: only the sentences holding one are tagged again.
        let words: std::collections::HashSet<&str> =
            taught.iter().filter_map(|c| char_slice(&doc.text, c.start, c.end)).flat_map(words_of).collect();
        let masked = crate::markup::mask(&doc.text);
        let prose = Prose::of(&doc.text, &masked);
        let fresh = self.marks_near(doc, &prose, &words);
        let marks = agreeing_marks(doc, fresh, taught, learned);
        merge(doc, &prose, marks, learned, Memory::FillsGaps)
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
        let masked = crate::markup::mask(&fresh.text);
        merge(&fresh, &Prose::of(&fresh.text, &masked), marks, learned, Memory::Overrides)
    }
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
    use crate::document::{Entity, Source};
    use crate::edit::{apply, next_id, Edit};
    use crate::text::OffsetMap;

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

    /// A mark as the tagger gives it, at `start..end` of `text`.
    fn model_mark(text: &str, start: usize, end: usize, label: &str, score: f64) -> Entity {
        Entity {
            id: format!("e{start}"),
            start,
            end,
            label: label.into(),
            text: text[start..end].into(),
            source: Source::Model,
            score: Some(score),
            reviewed: false,
        }
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
        // What was learned carries over to the next article (annotated as the app does, then remembered).
        let mut fresh = Annotator::shipped().unwrap();
        fresh.replay(&learned);
        let next = fresh.remember(fresh.annotate("Blorgh claimed the attack.").unwrap(), &learned);
        assert!(next.entities.iter().any(|e| e.text == "Blorgh" && e.label == "ORG"));
    }

    #[test]
    fn a_name_made_whole_by_learning_names_its_other_mentions_in_the_next_article() {
        let mut annotator = Annotator::shipped().unwrap();
        let mut learned = Learned::default();
        let mut doc = annotator.annotate("Ngozi Okonjo-Iweala, the WTO chief, spoke in Geneva.").unwrap();
        correct(&mut annotator, &mut doc, 0, 19, Some("PER"), &mut learned);
        let next = annotator.annotate("Finance minister Ngozi Okonjo-Iweala spoke in Abuja. Okonjo-Iweala said debts would fall.").unwrap();
        let marks: Vec<(&str, &str)> = next.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert_eq!(marks, [("Ngozi Okonjo-Iweala", "PER"), ("Abuja", "LOC"), ("Okonjo-Iweala", "PER")]);
    }

    #[test]
    fn a_person_remembered_from_another_article_names_the_person_s_other_mentions() {
        let annotator = Annotator::shipped().unwrap();
        let text = "The opposition, led by Kemi Badenoch, met in Leeds. Badenoch said it was hard. Leeds United lost.";
        let mark = |start: usize, end: usize, label: &str, score: f64| model_mark(text, start, end, label, score);
        // As the tagger gave it: the full name a place, the surname unmarked.
        let mut fresh = annotator.annotate(text).unwrap();
        fresh.entities = vec![mark(23, 36, "LOC", 0.78), mark(45, 50, "LOC", 1.0), mark(79, 91, "ORG", 0.99)];
        let mut learned = Learned::default();
        learned.decisions.insert("Kemi Badenoch".into(), Some("PER".into()));
        let doc = annotator.remember(fresh.clone(), &learned);
        let marks: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert_eq!(marks, [("Kemi Badenoch", "PER"), ("Leeds", "LOC"), ("Badenoch", "PER"), ("Leeds United", "ORG")]);
        // Not where the person decided the string is no entity.
        learned.decisions.insert("Badenoch".into(), None);
        assert_eq!(annotator.remember(fresh.clone(), &learned).entities.len(), 3);
        // Nothing remembered about persons: the marks stay as tagged.
        learned.decisions = [("Zorblax".to_string(), Some("ORG".to_string()))].into();
        assert_eq!(annotator.remember(fresh.clone(), &learned).entities, fresh.entities);
    }

    #[test]
    fn a_decision_from_another_article_yields_where_the_model_is_sure_of_another_reading_in_this_one() {
        let annotator = Annotator::shipped().unwrap();
        let text = "Boston beat Oakland. Boston has won 15 of 19. The West watched.";
        let mark = |start: usize, end: usize, label: &str, score: f64| model_mark(text, start, end, label, score);
        // The team, sure at one mention and not at the other; a place the model is sure of.
        let mut fresh = annotator.annotate(text).unwrap();
        fresh.entities = vec![mark(0, 6, "ORG", 0.99), mark(12, 19, "ORG", 0.97), mark(21, 27, "ORG", 0.7), mark(50, 54, "LOC", 0.98)];
        let mut learned = Learned::default();
        // Decided in another article: the city, and `West` no name.
        learned.decisions.insert("Boston".into(), Some("LOC".into()));
        learned.decisions.insert("West".into(), None);
        let marks = |doc: &Document| doc.entities.iter().map(|e| (e.text.clone(), e.label.clone())).collect::<Vec<_>>();
        assert_eq!(annotator.remember(fresh.clone(), &learned).entities, fresh.entities);
        // Where the model is sure of no mention, the decisions stand.
        fresh.entities = vec![mark(0, 6, "ORG", 0.9), mark(12, 19, "ORG", 0.97), mark(21, 27, "ORG", 0.7), mark(50, 54, "LOC", 0.9)];
        let decided = annotator.remember(fresh, &learned);
        let expected = [("Boston", "LOC"), ("Oakland", "ORG"), ("Boston", "LOC")].map(|(t, l)| (t.to_string(), l.to_string()));
        assert_eq!(marks(&decided), expected);
    }

    #[test]
    fn a_string_unmarked_in_two_sentences_stays_unmarked_where_the_model_is_sure_of_it() {
        let mut annotator = Annotator::shipped().unwrap();
        let mut learned = Learned::default();
        let mut unmark_god = |annotator: &mut Annotator, sentence: &str| {
            let mut doc = annotator.annotate(sentence).unwrap();
            let at = sentence.find("God").unwrap();
            correct(annotator, &mut doc, at, at + 3, None, &mut learned);
            learned.clone()
        };
        let text = "Residents thanked God for the rain.";
        let at = text.find("God").unwrap();
        let mut fresh = annotator.annotate(text).unwrap();
        fresh.entities = vec![model_mark(text, at, at + 3, "PER", 0.99)];
        // Once may be a slip: the sure mark stays.
        let once = unmark_god(&mut annotator, "They prayed to God on Sunday.");
        assert_eq!(annotator.remember(fresh.clone(), &once).entities, fresh.entities);
        let twice = unmark_god(&mut annotator, "God help us, she said.");
        assert!(annotator.remember(fresh, &twice).entities.is_empty());
    }

    #[test]
    fn a_number_marked_in_one_place_is_not_marked_elsewhere() {
        let annotator = Annotator::shipped().unwrap();
        let mut learned = Learned::default();
        learned.decisions.insert("1,000".into(), Some("MISC".into()));
        learned.decisions.insert("Lakes".into(), Some("MISC".into()));
        let doc = annotator.remember(annotator.annotate("Wages rose to 1,000 a month near the Lakes on Monday.").unwrap(), &learned);
        let marks: Vec<&str> = doc.entities.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(marks, ["Lakes"]);
    }

    #[test]
    fn a_new_article_does_not_carry_a_relabel_of_a_name_the_shipped_model_knows() {
        let mut annotator = Annotator::shipped().unwrap();
        let mut learned = Learned::default();
        for text in [
            "Paris said he would stay.",
            "Paris told reporters he had won.",
            "Paris thanked the fans.",
            "Paris scored twice.",
            "Paris was booked.",
            "Paris joined the club.",
        ] {
            let mut doc = annotator.annotate(text).unwrap();
            correct(&mut annotator, &mut doc, 0, 5, Some("PER"), &mut learned);
        }
        let text = "Paris said he would leave.";
        let tokens = tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let all = 0..words.len();
        let whole = std::slice::from_ref(&all);
        // The perceptron with the layer now calls this Paris a person; the shipped model, a place.
        assert_eq!(annotator.model.tag_alone(&words, whole)[0].label, "PER");
        assert_eq!(annotator.model.tag_shipped(&words, whole, &mut |_| {})[0].label, "LOC");
        let doc = annotator.annotate(text).unwrap();
        assert_eq!(doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect::<Vec<_>>(), [("Paris", "LOC")]);
    }

    #[test]
    fn an_acronym_remembered_is_not_a_plain_word_among_capitals() {
        let annotator = Annotator::shipped().unwrap();
        let mut learned = Learned::default();
        learned.decisions.insert("IN".into(), Some("MISC".into()));
        learned.decisions.insert("U.S.".into(), Some("LOC".into()));
        let text = "RUGBY - WIGAN BEAT U.S. 42-36 IN SEMIFINAL .\nSales of IN products rose .";
        let doc = annotator.remember(annotator.annotate(text).unwrap(), &learned);
        let marks: Vec<(&str, usize)> = doc.entities.iter().filter(|e| e.label != "ORG").map(|e| (e.text.as_str(), e.start)).collect();
        assert_eq!(marks, [("U.S.", 19), ("IN", text.rfind("IN").unwrap())]);
    }

    #[test]
    fn a_phrase_remembered_is_found_in_other_capitals_and_a_word_only_as_written() {
        let annotator = Annotator::shipped().unwrap();
        let mut learned = Learned::default();
        learned.decisions.insert("1998 World Cup".into(), Some("MISC".into()));
        learned.decisions.insert("Blorgh Quux".into(), Some("ORG".into()));
        learned.decisions.insert("AND".into(), Some("ORG".into()));
        let text = "SOCCER - PLAYERS EYE 1998 WORLD CUP .\nAnd BLORGH QUUX said blorgh quux was ready .";
        let doc = annotator.remember(annotator.annotate(text).unwrap(), &learned);
        let marks: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
        assert!(marks.contains(&("1998 WORLD CUP", "MISC")), "{marks:?}");
        assert!(marks.contains(&("BLORGH QUUX", "ORG")), "{marks:?}");
        assert!(!marks.iter().any(|(text, _)| *text == "And" || *text == "blorgh quux"), "{marks:?}");
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
