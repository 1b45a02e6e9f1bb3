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

pub mod document;
pub mod edit;
pub mod error;
pub mod format;
pub mod formats;
pub mod headline;
pub mod history;
pub mod learn;
pub mod markup;
pub mod merge;
pub mod names;
pub mod quotes;
pub mod revise;
pub mod sentence;
pub mod sort;
pub mod sources;
pub mod tagger;
pub mod text;
pub mod token;
pub mod wrapped;

use document::{default_labels, Document, Entity, Mention, Quote, Source};
pub use error::Error;
use names::fullest_names;
use quotes::{find_quotes, EntitySpan};
use tagger::Model;
use text::OffsetMap;

/// Why a text cannot be annotated.
///
/// ```
/// let annotator = newsmark_engine::Annotator::shipped().unwrap();
/// let error = annotator.annotate("   ").unwrap_err();
/// assert!(matches!(error, newsmark_engine::Error::Text(_)) && error.to_string().contains("empty"));
/// ```
pub fn check_text(text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::Text("the text is empty".into()));
    }
    let control = text.chars().filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')).count();
    if control * 100 > text.chars().count().max(1) || text.contains('\0') {
        return Err(Error::Text("this looks like a binary file, not text (it has NUL or many control characters)".into()));
    }
    Ok(())
}

/// Runs the whole pipeline with one model.
#[derive(Clone)]
pub struct Annotator {
    pub(crate) model: Model,
}

impl Annotator {
    /// The annotator with the model compiled into this build.
    ///
    /// ```
    /// assert!(newsmark_engine::Annotator::shipped().is_ok());
    /// ```
    #[cfg(feature = "embedded-model")]
    pub fn shipped() -> Result<Self, Error> {
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
    pub fn annotate(&self, text: &str) -> Result<Document, Error> {
        self.annotate_with_progress(text, &mut |_| {})
    }

    /// One JSON-lines record (`{"id": .., "text": .., ...}`) annotated: the
    /// export as one compact line with the record's other fields first (the
    /// export's own fields win a clash); `None` for a blank line. This is
    /// `newsmark annotate --jsonl`, one line at a time.
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let line = annotator.annotate_record(r#"{"id": "a1", "text": "NATO met in Brussels."}"#).unwrap().unwrap();
    /// assert!(line.starts_with(r#"{"id":"a1","format":"newsmark""#));
    /// assert_eq!(annotator.annotate_record("  ").unwrap(), None);
    /// assert_eq!(annotator.annotate_record(r#"{"id": 1}"#).unwrap_err().to_string(), r#"no "text" string"#);
    /// ```
    pub fn annotate_record(&self, line: &str) -> Result<Option<String>, Error> {
        if line.trim().is_empty() {
            return Ok(None);
        }
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| Error::import(format!("not valid JSON: {e}")))?;
        let serde_json::Value::Object(mut fields) = value else {
            return Err(Error::import("expected a JSON object"));
        };
        let Some(serde_json::Value::String(text)) = fields.remove("text") else {
            return Err(Error::import("no \"text\" string"));
        };
        let doc = self.annotate(&text)?;
        Ok(Some(format::to_json_line(&doc, fields)))
    }

    /// The sources quoted in `documents` (each with a name for it), added up
    /// across them, with genders estimated with this model's first-name lists.
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let doc = annotator.annotate("\"We are ready,\" said Angela Merkel.").unwrap();
    /// let tally = annotator.sources(&[("a".into(), &doc)]);
    /// assert_eq!(tally.sources[0].gender, Some(newsmark_engine::names::Gender::Female));
    /// ```
    pub fn sources(&self, documents: &[(String, &Document)]) -> sources::Tally {
        sources::tally(documents, &|first| self.model.name_gender(first))
    }

    /// Like [`Annotator::annotate`], telling `progress` how far tagging got (0 to 1).
    ///
    /// ```
    /// let annotator = newsmark_engine::Annotator::shipped().unwrap();
    /// let mut last = 0.0;
    /// annotator.annotate_with_progress("NATO met in Brussels.", &mut |p| last = p).unwrap();
    /// assert_eq!(last, 1.0);
    /// ```
    pub fn annotate_with_progress(&self, text: &str, progress: &mut dyn FnMut(f32)) -> Result<Document, Error> {
        check_text(text)?;
        // Markup, code and data are blanked (offsets unchanged): only prose is tagged and searched for quotes.
        let prose = markup::mask(text);
        let tokens = token::tokenize(&prose);
        let sentences: Vec<_> = sentence::sentences(&tokens).into_iter().map(|s| s.tokens).collect();
        let words = self.words_for_tagging(&tokens);
        let words: Vec<&str> = words.iter().map(|w| w.as_ref()).collect();
        // With something learned the article is tagged twice (see `learn::carried`), each half of the progress.
        let learned = self.model.has_learned();
        let share = if learned { 0.5 } else { 1.0 };
        let tagged = self.model.tag_with_progress(&words, &sentences, &mut |p| progress(p * share));
        let tagged = if learned {
            let shipped = self.model.tag_shipped(&words, &sentences, &mut |p| progress(0.5 + p / 2.0));
            let written: Vec<&str> = tokens.iter().map(|t| t.text).collect();
            let carried = learn::carried(shipped.clone(), tagged, &written);
            // A name made whole by what was learned names its other mentions too (`Ngozi Okonjo-Iweala`, then `Okonjo-Iweala`).
            if carried == shipped {
                carried
            } else {
                tagger::link_person_names(&words, self.model.lexicon(), carried)
            }
        } else {
            tagged
        };
        let map = OffsetMap::new(text);
        let entities = marks_of_spans(text, &map, &tokens, &tagged);
        let names = fullest_names(&entities);
        let spans: Vec<EntitySpan> = tagged.iter().map(|s| EntitySpan { tokens: s.start..s.end, label: s.label.to_string() }).collect();
        let quotes = find_quotes(&prose, &tokens, &sentences, &spans, &|name| self.model.name_gender(name))
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
        let mut doc = Document { text: text.to_string(), labels: default_labels(), entities, quotes, sources: Vec::new() };
        doc.renumber();
        Ok(doc)
    }

    /// The words the tagger reads: headlines in Title Case in sentence case, so
    /// that their capitals are not taken for names.
    fn words_for_tagging<'t>(&self, tokens: &[token::Token<'t>]) -> Vec<std::borrow::Cow<'t, str>> {
        headline::words_for_tagging(tokens, &|lower| self.model.lists_word(lower))
    }

    /// Fresh marks for the sentences of `doc` that hold one of `words`, tagged
    /// again only around those words; the rest keeps its marks, which stand
    /// in for the model's. What a re-tag after a correction needs: only marks
    /// on a corrected word may change, so a 10,000-word article costs a few
    /// words per mention.
    pub(crate) fn marks_near(&self, doc: &Document, prose: &Prose<'_>, words: &std::collections::HashSet<&str>) -> Vec<Entity> {
        let tokens = &prose.tokens;
        let focus: Vec<bool> = tokens.iter().map(|t| words.contains(t.text)).collect();
        if !focus.contains(&true) {
            return Vec::new();
        }
        let sentences: Vec<_> = sentence::sentences(tokens).into_iter().map(|s| s.tokens).collect();
        let tagging = self.words_for_tagging(tokens);
        let tagging: Vec<&str> = tagging.iter().map(|w| w.as_ref()).collect();
        let known = spans_of_marks(tokens, &doc.entities);
        let tagged = self.model.tag_around(&tagging, &sentences, &|i| focus[i], &known);
        marks_of_spans(&doc.text, &prose.map, tokens, &tagged)
    }
}

/// A text as the tagger reads it: the tokens of its prose (markup, code and
/// data blanked by [`markup::mask`], offsets unchanged) and the text's offset
/// map; made once per re-tag.
pub(crate) struct Prose<'m> {
    pub(crate) tokens: Vec<token::Token<'m>>,
    pub(crate) map: OffsetMap,
}

impl<'m> Prose<'m> {
    /// `masked` is `markup::mask(text)`.
    pub(crate) fn of(text: &str, masked: &'m str) -> Self {
        Prose { tokens: token::tokenize(masked), map: OffsetMap::new(text) }
    }
}

/// The tagger's spans (token indices) as marks of `text`.
fn marks_of_spans(text: &str, map: &OffsetMap, tokens: &[token::Token<'_>], tagged: &[tagger::TaggedSpan]) -> Vec<Entity> {
    tagged
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
        .collect()
}

/// Marks of the tagger's entity types that cover whole tokens, as the tagger's spans (token indices).
fn spans_of_marks(tokens: &[token::Token<'_>], marks: &[Entity]) -> Vec<tagger::TaggedSpan> {
    marks
        .iter()
        .filter_map(|e| {
            let label = tagger::ENTITY_TYPES.iter().find(|&&l| l == e.label)?;
            let start = tokens.partition_point(|t| t.start < e.start);
            let end = tokens.partition_point(|t| t.end <= e.end);
            (start < end && tokens[start].start == e.start && tokens[end - 1].end == e.end).then_some(tagger::TaggedSpan {
                start,
                end,
                label,
                score: e.score.unwrap_or(1.0) as f32,
            })
        })
        .collect()
}
