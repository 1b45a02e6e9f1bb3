//! Reading and writing the formats other annotation tools use. Every
//! importer checks every span against the text and refuses the whole file,
//! naming the first bad span, rather than import part of it.

mod brat;
mod conll_iob;
mod doccano;
mod headerless;
mod label_studio;
mod recognise;
mod spacy;
mod web_annotation;

use crate::document::{default_labels, Document, Entity, Label, Source};
use crate::format::{from_json, from_value, to_json, to_json_line};
use crate::text::OffsetMap;
use crate::Error;
pub use recognise::{data_kind, recognise, sniff, NotAnArticle};

/// A file format newsmark reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// newsmark JSON, one document (the contract in `docs/format.md`).
    Newsmark,
    /// newsmark JSON lines, a document per line.
    NewsmarkLines,
    /// spaCy / Prodigy JSON lines: `text`, `tokens`, `spans` (token_end inclusive).
    Spacy,
    /// doccano JSON lines with UTF-16 offsets (doccano's default).
    DoccanoUtf16,
    /// doccano JSON lines with code-point offsets.
    DoccanoCodepoint,
    /// brat standoff: the `.ann` file (the text goes in a `.txt` beside it).
    Brat,
    /// CoNLL IOB2: a token and its tag per line (export only).
    ConllIob2,
    /// Label Studio JSON tasks with `labels` results.
    LabelStudio,
    /// W3C Web Annotation JSON-LD with position and quote selectors (export only).
    WebAnnotation,
}

impl Format {
    /// Every format, with the name used on the command line.
    pub const ALL: [(&'static str, Format); 9] = [
        ("newsmark", Format::Newsmark),
        ("newsmark-jsonl", Format::NewsmarkLines),
        ("spacy", Format::Spacy),
        ("doccano", Format::DoccanoUtf16),
        ("doccano-codepoint", Format::DoccanoCodepoint),
        ("brat", Format::Brat),
        ("conll", Format::ConllIob2),
        ("label-studio", Format::LabelStudio),
        ("web-annotation", Format::WebAnnotation),
    ];

    /// The format with a command-line name.
    ///
    /// ```
    /// use newsmark_engine::formats::Format;
    /// assert_eq!(Format::from_name("spacy"), Some(Format::Spacy));
    /// assert_eq!(Format::from_name("nope"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
    }

    /// The command-line name.
    ///
    /// ```
    /// assert_eq!(newsmark_engine::formats::Format::Brat.name(), "brat");
    /// ```
    pub fn name(self) -> &'static str {
        Format::ALL.iter().find(|(_, f)| *f == self).map_or("newsmark", |(n, _)| n)
    }

    /// The usual file name ending.
    ///
    /// ```
    /// assert_eq!(newsmark_engine::formats::Format::Spacy.extension(), "spacy.jsonl");
    /// ```
    pub fn extension(self) -> &'static str {
        match self {
            Format::Newsmark => "newsmark.json",
            Format::NewsmarkLines => "newsmark.jsonl",
            Format::Spacy => "spacy.jsonl",
            Format::DoccanoUtf16 | Format::DoccanoCodepoint => "doccano.jsonl",
            Format::Brat => "ann",
            Format::ConllIob2 => "conll",
            Format::LabelStudio => "label-studio.json",
            Format::WebAnnotation => "jsonld",
        }
    }

    /// Whether the format carries the text, so that it can be imported.
    ///
    /// ```
    /// assert!(!newsmark_engine::formats::Format::ConllIob2.imports());
    /// ```
    pub fn imports(self) -> bool {
        !matches!(self, Format::ConllIob2 | Format::WebAnnotation)
    }
}

/// Writes documents in a format. brat's `.ann` holds one document (its text
/// goes in the `.txt`, see [`brat_text`]); the others hold them all.
///
/// ```
/// use newsmark_engine::formats::{export, Format};
/// let doc = newsmark_engine::Annotator::shipped().unwrap().annotate("NATO met in Brussels.").unwrap();
/// let lines = export(&[doc], Format::DoccanoCodepoint).unwrap();
/// assert!(lines.contains("[12,20,\"LOC\"]"));
/// ```
pub fn export(docs: &[Document], format: Format) -> Result<String, Error> {
    match format {
        Format::Newsmark => match docs {
            [doc] => Ok(to_json(doc)),
            _ => Err(Error::Export("newsmark JSON holds one document; use newsmark-jsonl for several".into())),
        },
        Format::NewsmarkLines => Ok(docs.iter().map(|d| to_json_line(d, Default::default()) + "\n").collect()),
        Format::Spacy => Ok(docs.iter().map(|d| spacy::write(d) + "\n").collect()),
        Format::DoccanoUtf16 => Ok(docs.iter().map(|d| doccano::write(d, true) + "\n").collect()),
        Format::DoccanoCodepoint => Ok(docs.iter().map(|d| doccano::write(d, false) + "\n").collect()),
        Format::Brat => match docs {
            [doc] => Ok(brat::write(doc)),
            _ => Err(Error::Export("brat holds one document per .ann file".into())),
        },
        Format::ConllIob2 => Ok(docs.iter().map(conll_iob::write).collect::<Vec<_>>().join("\n")),
        Format::LabelStudio => Ok(label_studio::write(docs)),
        Format::WebAnnotation => Ok(web_annotation::write(docs)),
    }
}

/// The `.txt` that goes with a brat `.ann`: the document's text as it is.
///
/// ```
/// let doc = newsmark_engine::document::Document { text: "Hi".into(), ..Default::default() };
/// assert_eq!(newsmark_engine::formats::brat_text(&doc), "Hi");
/// ```
pub fn brat_text(doc: &Document) -> &str {
    &doc.text
}

/// Reads documents in a format (for brat, `text` is the `.txt` beside the `.ann`).
///
/// ```
/// use newsmark_engine::formats::{import, Format};
/// let docs = import("{\"text\": \"Hi Bob\", \"label\": [[3, 6, \"PER\"]]}\n", Format::DoccanoCodepoint, None).unwrap();
/// assert_eq!(docs[0].entities[0].text, "Bob");
/// let err = import("{\"text\": \"Hi\", \"label\": [[0, 9, \"PER\"]]}", Format::DoccanoCodepoint, None).unwrap_err();
/// assert!(err.to_string().contains("line 1"));
/// assert!(matches!(err, newsmark_engine::Error::Import { line: Some(1), .. }));
/// ```
pub fn import(input: &str, format: Format, text: Option<&str>) -> Result<Vec<Document>, Error> {
    let docs = match format {
        Format::Newsmark => vec![from_json(input)?],
        Format::NewsmarkLines => lines(input, from_value)?,
        Format::Spacy => lines(input, |v| spacy::read(v).map_err(Error::import))?,
        Format::DoccanoUtf16 => lines(input, |v| doccano::read(v, true).map_err(Error::import))?,
        Format::DoccanoCodepoint => lines(input, |v| doccano::read(v, false).map_err(Error::import))?,
        Format::Brat => vec![brat::read(input, text.ok_or_else(|| Error::import("a brat .ann needs its .txt"))?).map_err(Error::import)?],
        Format::LabelStudio => label_studio::read(input).map_err(Error::import)?,
        Format::ConllIob2 | Format::WebAnnotation => {
            return Err(Error::import(format!("{} files do not carry the text, so newsmark cannot import them", format.name())))
        }
    };
    Ok(docs)
}

/// Parses JSON lines, numbering errors by line; blank lines are skipped.
fn lines(input: &str, read: impl Fn(serde_json::Value) -> Result<Document, Error>) -> Result<Vec<Document>, Error> {
    input
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            let value = serde_json::from_str(l).map_err(|e| Error::import(format!("not valid JSON: {e}")).at_line(n + 1))?;
            read(value).map_err(|e| e.at_line(n + 1))
        })
        .collect()
}

/// Reads newsmark JSON that has no header (`format`, `version`, `offsets`), such as gold files.
pub(crate) fn read_headerless(value: &serde_json::Value) -> Result<Document, String> {
    headerless::read(value)
}

/// Builds a document from text and (start, end, label) entity spans in code
/// points, refusing it with the first bad span.
pub(crate) fn document(text: String, spans: Vec<(usize, usize, String)>) -> Result<Document, String> {
    let map = OffsetMap::new(&text);
    let len = map.len_chars();
    let mut labels: Vec<Label> = default_labels();
    let mut entities = Vec::new();
    let mut spans = spans;
    crate::sort::sort(&mut spans);
    for (i, (start, end, label)) in spans.into_iter().enumerate() {
        if start >= end || end > len {
            return Err(format!("span {start}..{end} ({label}) does not fit the text of {len} characters"));
        }
        if !labels.iter().any(|l| l.name == label) {
            let colours = crate::document::MORE_LABEL_COLOURS;
            labels.push(Label { name: label.clone(), color: colours[labels.len() % colours.len()].into(), hotkey: None });
        }
        entities.push(Entity {
            id: format!("e{}", i + 1),
            start,
            end,
            text: map.slice(&text, start, end).to_string(),
            label,
            source: Source::User,
            score: None,
            // Another tool's marks are for the person to review here.
            reviewed: false,
        });
    }
    let doc = Document { text, labels, entities, ..Default::default() };
    crate::format::check(&doc)?;
    Ok(doc)
}

/// Converts a UTF-16 offset to a code point, or says which span is wrong.
pub(crate) fn from_utf16(map: &OffsetMap, unit: usize, what: &str) -> Result<usize, String> {
    map.char_from_utf16(unit).ok_or(format!("{what}: UTF-16 offset {unit} is outside the text or splits a character"))
}

#[cfg(test)]
mod tests;
