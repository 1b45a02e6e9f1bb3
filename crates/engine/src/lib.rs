//! newsmark's engine: small stages over one document type.
//!
//! text and offsets ([`text`]) → tokens ([`token`]) → sentences ([`sentence`])
//! → entities ([`tagger`]) → quotes and speakers ([`quotes`]) → the annotation
//! model ([`document`]) → formats ([`format`]).
//!
//! ```
//! let annotator = newsmark_engine::Annotator::shipped().unwrap();
//! let doc = annotator.annotate("\"We are ready,\" said James Mattis in Brussels.").unwrap();
//! assert!(doc.entities.iter().any(|e| e.text == "James Mattis" && e.label == "PER"));
//! assert_eq!(doc.quotes[0].speaker_name.as_deref(), Some("James Mattis"));
//! ```
#![deny(missing_docs)]

pub mod conll;
pub mod document;
pub mod edit;
pub mod eval;
pub mod learn;
pub mod format;
pub mod formats;
pub mod quotes;
pub mod sentence;
pub mod tagger;
pub mod text;
pub mod token;

use document::{default_labels, Document, Entity, Mention, Quote, Source};
use quotes::{find_quotes, EntitySpan};
use tagger::Model;
use text::OffsetMap;

/// Why a text cannot be annotated.
///
/// ```
/// let annotator = newsmark_engine::Annotator::shipped().unwrap();
/// assert!(annotator.annotate("   ").unwrap_err().contains("empty"));
/// ```
pub fn check_text(text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        return Err("the text is empty".into());
    }
    let control = text.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    if control * 100 > text.chars().count().max(1) || text.contains('\0') {
        return Err("this looks like a binary file, not text (it has NUL or many control characters)".into());
    }
    Ok(())
}

/// Runs the whole pipeline with one model.
pub struct Annotator {
    pub(crate) model: Model,
}

impl Annotator {
    /// The annotator with the model compiled into this build.
    ///
    /// ```
    /// assert!(newsmark_engine::Annotator::shipped().is_ok());
    /// ```
    pub fn shipped() -> Result<Self, String> {
        Ok(Annotator { model: Model::shipped()? })
    }

    /// An annotator with a given model.
    ///
    /// ```
    /// let model = newsmark_engine::tagger::Model::shipped().unwrap();
    /// let _ = newsmark_engine::Annotator::new(model);
    /// ```
    pub fn new(model: Model) -> Self {
        Annotator { model }
    }

    /// Marks the entities and quotes of `text`.
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let doc = annotator.annotate("NATO met in Brussels.").unwrap();
    /// let marks: Vec<(&str, &str)> = doc.entities.iter().map(|e| (e.text.as_str(), e.label.as_str())).collect();
    /// assert_eq!(marks, [("NATO", "ORG"), ("Brussels", "LOC")]);
    /// ```
    pub fn annotate(&self, text: &str) -> Result<Document, String> {
        self.annotate_with_progress(text, &mut |_| {})
    }

    /// Like [`Annotator::annotate`], telling `progress` how far tagging got (0 to 1).
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let mut last = 0.0;
    /// annotator.annotate_with_progress("NATO met in Brussels.", &mut |p| last = p).unwrap();
    /// assert_eq!(last, 1.0);
    /// ```
    pub fn annotate_with_progress(&self, text: &str, progress: &mut dyn FnMut(f32)) -> Result<Document, String> {
        check_text(text)?;
        let tokens = token::tokenize(text);
        let sentences: Vec<_> = sentence::sentences(&tokens).into_iter().map(|s| s.tokens).collect();
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let tagged = self.model.tag_with_progress(&words, &sentences, progress);
        let map = OffsetMap::new(text);
        let entities: Vec<Entity> = tagged
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let (start, end) = (tokens[s.start].start, tokens[s.end - 1].end);
                Entity {
                    id: format!("e{}", i + 1),
                    start,
                    end,
                    label: s.label.to_string(),
                    text: map.slice(text, start, end).to_string(),
                    source: Source::Model,
                    score: Some((s.score as f64 * 1000.0).round() / 1000.0),
                    reviewed: false,
                }
            })
            .collect();
        let names = fullest_names(&entities);
        let spans: Vec<EntitySpan> = tagged.iter().map(|s| EntitySpan { tokens: s.start..s.end, label: s.label.to_string() }).collect();
        let quotes = find_quotes(text, &tokens, &sentences, &spans, &|name| self.model.name_gender(name))
            .into_iter()
            .enumerate()
            .map(|(i, q)| {
                let speaker_entity = q.speaker.as_ref().and_then(|s| s.entity);
                let mention = q.speaker.as_ref().map(|s| {
                    let (start, end) = (tokens[s.mention.start].start, tokens[s.mention.end - 1].end);
                    Mention { start, end, text: map.slice(text, start, end).to_string() }
                });
                Quote {
                    id: format!("q{}", i + 1),
                    start: q.start,
                    end: q.end,
                    text: map.slice(text, q.start, q.end).to_string(),
                    kind: q.kind,
                    speaker: speaker_entity.map(|e| entities[e].id.clone()),
                    speaker_name: speaker_entity.map(|e| names[e].clone()),
                    speaker_mention: mention,
                }
            })
            .collect();
        let mut doc = Document { text: text.to_string(), labels: default_labels(), entities, quotes };
        doc.renumber();
        Ok(doc)
    }
}

/// The longest mention of the same person (`Mattis` → `James Mattis`) or,
/// for other labels, the longest mention containing this one.
///
/// ```
/// use newsmark_engine::{document::{Entity, Source}, fullest_name};
/// let e = |text: &str| Entity { id: String::new(), start: 0, end: 0, label: "PER".into(), text: text.into(), source: Source::Model, score: None, reviewed: false };
/// assert_eq!(fullest_name(&[e("James Mattis"), e("Mattis")], 1), "James Mattis");
/// ```
pub fn fullest_name(entities: &[Entity], index: usize) -> String {
    let target = &entities[index];
    let candidates: Vec<(&str, &str, usize)> = entities.iter().map(|e| (e.label.as_str(), e.text.as_str(), e.start)).collect();
    fullest_among(&candidates, &target.label, &target.text)
}

/// The fullest name for a mention among (label, text, start) candidates.
fn fullest_among(candidates: &[(&str, &str, usize)], label: &str, text: &str) -> String {
    let last_word = |s: &str| s.split_whitespace().last().map(|w| w.trim_end_matches("'s").trim_end_matches("’s").to_string());
    let target_last = last_word(text);
    let single = text.split_whitespace().count() == 1;
    candidates
        .iter()
        .filter(|c| c.0 == label)
        .filter(|c| {
            if label == "PER" {
                last_word(c.1) == target_last || single && c.1.split_whitespace().any(|w| Some(w.to_string()) == target_last)
            } else {
                c.1.contains(text)
            }
        })
        .max_by_key(|c| (c.1.split_whitespace().count(), std::cmp::Reverse(c.2)))
        .map_or_else(|| text.to_string(), |c| c.1.to_string())
}

/// [`fullest_name`] of every entity, computed once per distinct mention.
///
/// ```
/// use newsmark_engine::{document::{Entity, Source}, fullest_names};
/// let e = |text: &str| Entity { id: String::new(), start: 0, end: 0, label: "PER".into(), text: text.into(), source: Source::Model, score: None, reviewed: false };
/// assert_eq!(fullest_names(&[e("Mattis"), e("James Mattis"), e("Mattis")]), ["James Mattis"; 3]);
/// ```
pub fn fullest_names(entities: &[Entity]) -> Vec<String> {
    use std::collections::HashMap;
    // Distinct mentions, each at its first position, stand for all their copies;
    // an index by word keeps big articles linear (only mentions sharing a word can match).
    let mut first: HashMap<(&str, &str), usize> = HashMap::new();
    for e in entities {
        let at = first.entry((e.label.as_str(), e.text.as_str())).or_insert(e.start);
        *at = (*at).min(e.start);
    }
    let mut by_word: HashMap<(&str, &str), Vec<(&str, &str, usize)>> = HashMap::new();
    for (&(label, text), &start) in &first {
        let mut words: Vec<&str> = text.split_whitespace().map(|w| w.trim_end_matches("'s").trim_end_matches("’s")).collect();
        words.sort_unstable();
        words.dedup();
        for word in words {
            by_word.entry((label, word)).or_default().push((label, text, start));
        }
    }
    let mut known: HashMap<(&str, &str), String> = HashMap::new();
    entities
        .iter()
        .map(|e| {
            known
                .entry((e.label.as_str(), e.text.as_str()))
                .or_insert_with(|| {
                    let key_word = e.text.split_whitespace().last().map_or("", |w| w.trim_end_matches("'s").trim_end_matches("’s"));
                    let candidates = by_word.get(&(e.label.as_str(), key_word)).map_or(&[][..], Vec::as_slice);
                    fullest_among(candidates, &e.label, &e.text)
                })
                .clone()
        })
        .collect()
}
