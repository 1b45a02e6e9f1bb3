//! The newsmark JSON format, version 1: the contract between the app, the CLI
//! and other tools. See `docs/format.md`.
//!
//! ```json
//! {"format": "newsmark", "version": 1, "offsets": "codepoint",
//!  "text": "...", "labels": [{"name": "PER", "color": "#2563eb"}],
//!  "entities": [{"id": "e1", "start": 0, "end": 12, "label": "PER", "text": "James Mattis", "source": "model", "score": 0.98}],
//!  "quotes": [{"id": "q1", "start": 20, "end": 40, "text": "...", "kind": "direct", "speaker": "e1", "speaker_name": "James Mattis"}],
//!  "sources": [{"name": "James Mattis", "gender": "male"}],
//!  "meta": {"generator": "newsmark 0.1.0"}}
//! ```

use crate::document::{Document, Entity, Label, Meta, Quote, SourceNote};
use crate::text::OffsetMap;
use crate::Error;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The generator string written into `meta`.
pub const GENERATOR: &str = concat!("newsmark ", env!("CARGO_PKG_VERSION"));

/// The fields read from a file (its format, version and offsets are checked before).
#[derive(Deserialize)]
struct FileV1 {
    text: String,
    labels: Vec<Label>,
    entities: Vec<Entity>,
    quotes: Vec<Quote>,
    #[serde(default)]
    sources: Vec<SourceNote>,
}

/// Writes a document as newsmark JSON (pretty-printed, ending with a newline).
///
/// ```
/// use newsmark_engine::{document::Document, format::{from_json, to_json}};
/// let doc = Document { text: "Hello".into(), ..Default::default() };
/// let json = to_json(&doc);
/// assert!(json.starts_with("{\n  \"format\": \"newsmark\""));
/// assert_eq!(from_json(&json).unwrap(), doc);
/// ```
pub fn to_json(doc: &Document) -> String {
    to_json_with(doc, serde_json::Map::new())
}

/// Like [`to_json`], with extra top-level fields first (such as a JSON-lines `id`).
///
/// ```
/// let mut extra = serde_json::Map::new();
/// extra.insert("id".into(), "a1".into());
/// let json = newsmark_engine::format::to_json_with(&Default::default(), extra);
/// assert!(json.starts_with("{\n  \"id\": \"a1\""));
/// ```
pub fn to_json_with(doc: &Document, extra: serde_json::Map<String, serde_json::Value>) -> String {
    let mut out = serde_json::to_string_pretty(&with_extra(doc, extra)).expect("documents always serialise");
    out.push('\n');
    out
}

/// The export as a compact single line (for JSON lines).
///
/// ```
/// let line = newsmark_engine::format::to_json_line(&Default::default(), Default::default());
/// assert!(!line.contains('\n'));
/// ```
pub fn to_json_line(doc: &Document, extra: serde_json::Map<String, serde_json::Value>) -> String {
    serde_json::to_string(&with_extra(doc, extra)).expect("documents always serialise")
}

/// The export's fields after `extra`; the export's own win on a clash and keep their place.
fn with_extra(doc: &Document, mut extra: serde_json::Map<String, serde_json::Value>) -> serde_json::Map<String, serde_json::Value> {
    if let serde_json::Value::Object(fields) = file_value(doc) {
        extra.retain(|key, _| !fields.contains_key(key));
        extra.extend(fields);
    }
    extra
}

/// Like [`to_json`], but compact and with the ids as they are in memory (not
/// renumbered), for saving a document together with undo history that
/// names them. Written straight from the document, without copying it: a
/// multi-megabyte article is saved after every edit.
///
/// ```
/// use newsmark_engine::document::*;
/// let mut doc = Document { text: "Bob".into(), labels: default_labels(), ..Default::default() };
/// doc.entities.push(Entity { id: "e7".into(), start: 0, end: 3, label: "PER".into(), text: "Bob".into(), source: Source::User, score: None, reviewed: true });
/// let saved = newsmark_engine::format::to_json_keeping_ids(&doc);
/// assert!(saved.contains("\"e7\"") && !saved.contains('\n'));
/// assert_eq!(newsmark_engine::format::from_json(&saved).unwrap(), doc);
/// assert!(newsmark_engine::format::to_json(&doc).contains("\"e1\""));
/// ```
pub fn to_json_keeping_ids(doc: &Document) -> String {
    serde_json::to_string(&FileRef::of(doc)).expect("documents always serialise")
}

/// The file's fields, borrowed from a document.
#[derive(Serialize)]
struct FileRef<'a> {
    format: &'static str,
    version: u32,
    offsets: &'static str,
    text: &'a str,
    labels: &'a [Label],
    entities: &'a [Entity],
    quotes: &'a [Quote],
    #[serde(skip_serializing_if = "<[SourceNote]>::is_empty")]
    sources: &'a [SourceNote],
    meta: Meta,
}

impl<'a> FileRef<'a> {
    fn of(doc: &'a Document) -> Self {
        FileRef {
            format: "newsmark",
            version: VERSION,
            offsets: "codepoint",
            text: &doc.text,
            labels: &doc.labels,
            entities: &doc.entities,
            quotes: &doc.quotes,
            sources: &doc.sources,
            meta: Meta { generator: GENERATOR.into() },
        }
    }
}

fn file_value(doc: &Document) -> serde_json::Value {
    // Ids in the file are e1.., q1.. in text order, whatever the editing history.
    let mut doc = doc.clone();
    doc.renumber();
    serde_json::to_value(FileRef::of(&doc)).expect("documents always serialise")
}

/// Reads newsmark JSON, refusing anything malformed or inconsistent with a
/// message that says what is wrong.
///
/// ```
/// let err = newsmark_engine::format::from_json("{\"format\": \"newsmark\", \"version\": 7}").unwrap_err();
/// assert!(err.to_string().contains("version 7"));
/// ```
pub fn from_json(json: &str) -> Result<Document, Error> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| Error::import(format!("not valid JSON: {e}")))?;
    from_value(value)
}

/// Like [`from_json`], from an already parsed value.
///
/// ```
/// assert!(newsmark_engine::format::from_value(serde_json::json!([1, 2])).is_err());
/// ```
pub fn from_value(value: serde_json::Value) -> Result<Document, Error> {
    read_v1(value).map_err(Error::import)
}

fn read_v1(value: serde_json::Value) -> Result<Document, String> {
    let Some(object) = value.as_object() else {
        return Err("not a newsmark file: expected a JSON object".into());
    };
    match object.get("format").and_then(|f| f.as_str()) {
        Some("newsmark") => {}
        Some(other) => return Err(format!("not a newsmark file: its format is {other:?}")),
        None if object.get("text").is_some_and(|t| t.is_string()) && object.get("entities").is_some_and(|e| e.is_array()) => {
            return crate::formats::read_headerless(&value);
        }
        None => return Err("not a newsmark file: it has no \"format\": \"newsmark\" field".into()),
    }
    match object.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == VERSION as u64 => {}
        Some(v) => return Err(format!("unsupported newsmark file version {v} (this newsmark reads version {VERSION})")),
        None => return Err("newsmark file has no version number".into()),
    }
    match object.get("offsets").and_then(|v| v.as_str()) {
        Some("codepoint") => {}
        Some(other) => return Err(format!("unsupported offsets {other:?} (expected \"codepoint\")")),
        None => return Err("newsmark file has no \"offsets\": \"codepoint\" field, so its offsets cannot be trusted".into()),
    }
    let file: FileV1 = serde_json::from_value(value).map_err(|e| format!("malformed newsmark file: {e}"))?;
    let doc = Document { text: file.text, labels: file.labels, entities: file.entities, quotes: file.quotes, sources: file.sources };
    check(&doc)?;
    Ok(doc)
}

/// Checks that every span fits the text and that references resolve.
///
/// ```
/// use newsmark_engine::document::*;
/// let mut doc = Document { text: "Paris".into(), labels: default_labels(), ..Default::default() };
/// doc.entities.push(Entity { id: "e1".into(), start: 0, end: 9, label: "LOC".into(), text: "Paris".into(), source: Source::User, score: None, reviewed: false });
/// assert!(newsmark_engine::format::validate(&doc).unwrap_err().to_string().contains("e1"));
/// ```
pub fn validate(doc: &Document) -> Result<(), Error> {
    check(doc).map_err(Error::import)
}

pub(crate) fn check(doc: &Document) -> Result<(), String> {
    let map = OffsetMap::new(&doc.text);
    let len = map.len_chars();
    let check_span = |what: &str, id: &str, start: usize, end: usize, text: &str| -> Result<(), String> {
        if start >= end || end > len {
            return Err(format!("{what} {id} has offsets {start}..{end} outside the text (length {len} code points)"));
        }
        let actual = map.slice(&doc.text, start, end);
        if actual != text {
            return Err(format!("{what} {id} says {text:?} but the text at {start}..{end} is {actual:?}"));
        }
        Ok(())
    };
    let labels: HashSet<&str> = doc.labels.iter().map(|l| l.name.as_str()).collect();
    let mut ids = HashSet::new();
    let mut last_end = 0;
    let mut last_id = "";
    for e in &doc.entities {
        check_span("entity", &e.id, e.start, e.end, &e.text)?;
        if !labels.contains(e.label.as_str()) {
            return Err(format!("entity {} has label {:?}, which is not in \"labels\"", e.id, e.label));
        }
        if !ids.insert(e.id.as_str()) {
            return Err(format!("entity id {} is used twice", e.id));
        }
        if e.start < last_end {
            return Err(format!("entities {last_id} and {} overlap or are not sorted by start", e.id));
        }
        if e.score.is_some_and(|s| !(0.0..=1.0).contains(&s)) {
            return Err(format!("entity {} has a score outside 0..1", e.id));
        }
        last_end = e.end;
        last_id = &e.id;
    }
    let entity_ids = ids.clone();
    let mut last_start = 0;
    for q in &doc.quotes {
        check_span("quote", &q.id, q.start, q.end, &q.text)?;
        if !ids.insert(q.id.as_str()) {
            return Err(format!("id {} is used twice", q.id));
        }
        if q.start < last_start {
            return Err(format!("quote {} is not sorted by start", q.id));
        }
        last_start = q.start;
        if let Some(speaker) = &q.speaker {
            if !entity_ids.contains(speaker.as_str()) {
                return Err(format!("quote {} names speaker {speaker}, which is not an entity id", q.id));
            }
        }
        if let Some(m) = &q.speaker_mention {
            check_span("speaker mention of quote", &q.id, m.start, m.end, &m.text)?;
        }
    }
    Ok(())
}

/// File name stem for a document: the first line's words, lowercased and
/// joined by hyphens (at most 60 characters), or `article`.
///
/// ```
/// assert_eq!(newsmark_engine::format::slug("US Defense Secretary sees no collaboration\n\nBody"), "us-defense-secretary-sees-no-collaboration");
/// assert_eq!(newsmark_engine::format::slug("😀"), "article");
/// ```
pub fn slug(text: &str) -> String {
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut out = String::new();
    for word in first_line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        let word = word.to_lowercase();
        if out.chars().count() + word.chars().count() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word);
    }
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}
