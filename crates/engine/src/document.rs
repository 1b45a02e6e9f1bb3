//! The annotation model: a text with its labels, entity marks and quotes.

use serde::{Deserialize, Serialize};

/// Where a mark came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The statistical tagger.
    Model,
    /// A hand-written rule.
    Rule,
    /// The person annotating.
    User,
}

/// Direct speech (inside quotation marks) or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// Words inside quotation marks.
    Direct,
    /// A clause reported after a speech verb.
    Indirect,
}

/// A label of the label set, with its display colour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// Short name, e.g. `PER`.
    pub name: String,
    /// CSS colour, e.g. `#2563eb`.
    pub color: String,
    /// The key that assigns this label in the editor, e.g. `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hotkey: Option<String>,
}

/// An entity mention.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id within the document, e.g. `e1`.
    pub id: String,
    /// First code point.
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// Label name.
    pub label: String,
    /// The covered text, equal to `text[start..end]` in code points.
    pub text: String,
    /// Who made the mark.
    pub source: Source,
    /// The model's confidence from 0 to 1 (absent for marks made by hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Whether a person has checked the mark (accepted or edited it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reviewed: bool,
}

/// A quotation with its speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Stable id within the document, e.g. `q1`.
    pub id: String,
    /// First code point (inside the quotation marks for direct quotes).
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// The covered text.
    pub text: String,
    /// Direct or reported speech.
    pub kind: QuoteKind,
    /// Id of the entity mention that names the speaker, if any.
    pub speaker: Option<String>,
    /// The fullest name of the speaker in the text, if known.
    pub speaker_name: Option<String>,
    /// The mention nearest the quote that refers to the speaker (a name, a noun phrase or a pronoun).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_mention: Option<Mention>,
}

/// A span of text that is not an entity mark (a pronoun or a noun phrase).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// First code point.
    pub start: usize,
    /// Code point after the last.
    pub end: usize,
    /// The covered text.
    pub text: String,
}

/// What the person said about a source (a speaker), by the name the document
/// gives it: the source tracker reads it before any estimate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceNote {
    /// The speaker's name as this document gives it (its fullest name, or the phrase of an unnamed source).
    pub name: String,
    /// The gender the person set: `female`, `male` or `unknown` (set on purpose, not estimated).
    #[serde(with = "crate::names::gender_or_unknown")]
    pub gender: Option<crate::names::Gender>,
}

/// Facts about the file, not about the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The program that wrote the file, e.g. `newsmark 0.1.0`.
    pub generator: String,
}

/// An annotated article.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    /// The full article text.
    pub text: String,
    /// The label set.
    pub labels: Vec<Label>,
    /// Entity marks, sorted by start.
    pub entities: Vec<Entity>,
    /// Quotes, sorted by start.
    pub quotes: Vec<Quote>,
    /// What the person said about the sources (their gender), by name.
    pub sources: Vec<SourceNote>,
}

/// Colours for labels beyond the default set, in the order new labels take them.
pub const MORE_LABEL_COLOURS: [&str; 6] = ["#dc2626", "#0891b2", "#65a30d", "#db2777", "#7c3aed", "#ca8a04"];

/// The default label set, colour-blind friendly.
///
/// ```
/// assert_eq!(newsmark_engine::document::default_labels()[0].name, "PER");
/// ```
pub fn default_labels() -> Vec<Label> {
    [("PER", "#2563eb"), ("ORG", "#d97706"), ("LOC", "#059669"), ("MISC", "#9333ea")]
        .iter()
        .enumerate()
        .map(|(i, &(name, color))| Label { name: name.into(), color: color.into(), hotkey: Some((i + 1).to_string()) })
        .collect()
}

impl Document {
    /// The entity with id `id`.
    ///
    /// ```
    /// let doc = newsmark_engine::document::Document::default();
    /// assert!(doc.entity("e1").is_none());
    /// ```
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Sorts marks by position and numbers them `e1..`, `q1..`, keeping speaker links.
    ///
    /// ```
    /// use newsmark_engine::document::*;
    /// let mut doc = Document { text: "ab".into(), ..Default::default() };
    /// doc.entities.push(Entity { id: "x".into(), start: 1, end: 2, label: "PER".into(), text: "b".into(), source: Source::User, score: None, reviewed: false });
    /// doc.renumber();
    /// assert_eq!(doc.entities[0].id, "e1");
    /// ```
    pub fn renumber(&mut self) {
        crate::sort::sort_by_key(&mut self.entities, |e| (e.start, e.end));
        crate::sort::sort_by_key(&mut self.quotes, |q| (q.start, q.end));
        let renamed: std::collections::HashMap<String, String> =
            self.entities.iter().enumerate().map(|(i, e)| (e.id.clone(), format!("e{}", i + 1))).collect();
        for e in &mut self.entities {
            e.id = renamed[&e.id].clone();
        }
        for (i, q) in self.quotes.iter_mut().enumerate() {
            q.id = format!("q{}", i + 1);
            q.speaker = q.speaker.as_ref().and_then(|s| renamed.get(s).cloned());
        }
    }
}
