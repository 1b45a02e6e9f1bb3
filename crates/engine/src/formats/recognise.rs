//! What a file holds: a format newsmark imports, an article to annotate, or
//! data that is neither (refused with a reason, never annotated as prose).

use super::Format;

/// Guesses the format of a file from its name and first line.
///
/// ```
/// use newsmark_engine::formats::{sniff, Format};
/// assert_eq!(sniff("a.ann", ""), Some(Format::Brat));
/// assert_eq!(sniff("a.jsonl", "{\"text\": \"x\", \"tokens\": [], \"spans\": []}"), Some(Format::Spacy));
/// ```
pub fn sniff(name: &str, content: &str) -> Option<Format> {
    let name = name.to_lowercase();
    if name.ends_with(".ann") {
        return Some(Format::Brat);
    }
    let first = content.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let value: Option<serde_json::Value> = serde_json::from_str(content.trim_start()).ok().or_else(|| serde_json::from_str(first).ok());
    let value = value?;
    if value.is_array() {
        let first = value.get(0);
        if first.and_then(|t| t.get("data")).is_some() {
            return Some(Format::LabelStudio);
        }
        return first
            .and_then(|t| t.get("type"))
            .and_then(|t| t.as_str())
            .is_some_and(|t| t.starts_with("Annotation"))
            .then_some(Format::WebAnnotation);
    }
    let has = |k: &str| value.get(k).is_some();
    let several = content.trim().lines().count() > 1 && serde_json::from_str::<serde_json::Value>(content.trim()).is_err();
    // newsmark's own files, and the same without the header (gold files: text, entities, quotes).
    let headerless =
        !has("format") && value.get("text").is_some_and(|t| t.is_string()) && value.get("entities").is_some_and(|e| e.is_array());
    if value.get("format").and_then(|f| f.as_str()) == Some("newsmark") || headerless {
        return Some(if several { Format::NewsmarkLines } else { Format::Newsmark });
    }
    if has("@context") || value.get("type").and_then(|t| t.as_str()).is_some_and(|t| t.starts_with("Annotation")) {
        return Some(Format::WebAnnotation);
    }
    if has("data") {
        return Some(Format::LabelStudio);
    }
    if has("tokens") || has("spans") {
        return Some(Format::Spacy);
    }
    if has("label") || has("labels") {
        return Some(Format::DoccanoUtf16);
    }
    None
}

/// What kind of file `content` is when it is data rather than an article
/// (JSON, or a CoNLL token-per-line file), so that it is never annotated as
/// prose; `None` for text.
///
/// ```
/// use newsmark_engine::formats::data_kind;
/// assert_eq!(data_kind("US\tB-LOC\nDefense\tO\n\nsees\tO\n"), Some("CoNLL"));
/// assert_eq!(data_kind("[{\"a\": 1}]"), Some("JSON"));
/// assert_eq!(data_kind("NATO met in Brussels.\nIt was O.K."), None);
/// assert_eq!(data_kind("Ils parlent 🇫🇷.\nÀ Paris é."), None);
/// ```
pub fn data_kind(content: &str) -> Option<&'static str> {
    let trimmed = content.trim_start();
    let first = trimmed.lines().next().unwrap_or("");
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && (serde_json::from_str::<serde_json::Value>(trimmed).is_ok() || serde_json::from_str::<serde_json::Value>(first).is_ok())
    {
        return Some("JSON");
    }
    let lines: Vec<&str> = content.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let tagged = lines
        .iter()
        .filter(|l| {
            let fields: Vec<&str> = l.split_whitespace().collect();
            let tag = fields.last().copied().unwrap_or("");
            l.starts_with("-DOCSTART-")
                || fields.len() >= 2
                    && (tag == "O" || tag.len() > 2 && ["B-", "I-", "E-", "S-", "L-", "U-"].iter().any(|p| tag.starts_with(p)))
        })
        .count();
    (lines.len() >= 2 && tagged * 10 >= lines.len() * 9).then_some("CoNLL")
}

/// Why a file is neither an article nor in a format newsmark imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAnArticle {
    /// Data of this kind (`JSON`, `CoNLL`; see [`data_kind`]).
    Data(&'static str),
    /// JSON lines of texts without marks (`{"id": .., "text": ..}`, doccano's unlabelled import).
    Texts,
    /// JSON (by its name, or by starting with `{"`) that does not parse: where it goes wrong.
    MalformedJson {
        /// Line of the first error, from 1.
        line: usize,
        /// Column of the first error, from 1.
        column: usize,
        /// Whether the text breaks off there (a file cut short) rather than holding a wrong character.
        cut_short: bool,
    },
    /// A `.json` or `.jsonl` file in none of the formats.
    UnknownFormat,
}

impl std::fmt::Display for NotAnArticle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NotAnArticle::Data("CoNLL") => write!(f, "it is CoNLL data, not an article (and CoNLL files do not carry the article's text)"),
            NotAnArticle::Data(kind) => write!(f, "it is {kind} data, not an article"),
            NotAnArticle::Texts => write!(f, "it holds texts without marks (JSON lines with a \"text\"), not one article"),
            NotAnArticle::MalformedJson { line, column, cut_short: true } => {
                write!(f, "it is not valid JSON: it breaks off at line {line}, column {column} (was the file cut short?)")
            }
            NotAnArticle::MalformedJson { line, column, cut_short: false } => {
                write!(f, "it is not valid JSON: line {line}, column {column} is where it goes wrong")
            }
            NotAnArticle::UnknownFormat => write!(f, "it is not in a format newsmark reads"),
        }
    }
}

/// How newsmark opens a file named `name` holding `content` (the app's
/// **Open file…**, the CLI's `annotate` and `convert`): a format to import
/// (`Some`), an article to annotate (`None`), or neither.
///
/// ```
/// use newsmark_engine::formats::{recognise, Format, NotAnArticle};
/// assert_eq!(recognise("a.txt", "NATO met in Brussels."), Ok(None));
/// assert_eq!(recognise("a.jsonl", "{\"text\": \"x\", \"tokens\": [], \"spans\": []}"), Ok(Some(Format::Spacy)));
/// assert_eq!(recognise("a.txt", "EU\tB-ORG\nrejects\tO\n"), Err(NotAnArticle::Data("CoNLL")));
/// assert_eq!(recognise("a.jsonl", "{\"id\": 1, \"text\": \"x\"}\n{\"text\": \"y\"}"), Err(NotAnArticle::Texts));
/// assert_eq!(recognise("a.json", "[{\"a\": 1}]"), Err(NotAnArticle::Data("JSON")));
/// assert_eq!(recognise("a.json", "NATO met in Brussels."), Err(NotAnArticle::MalformedJson { line: 1, column: 1, cut_short: false }));
/// assert_eq!(recognise("a.json", "{\"text\": \"x\", \"entities\": ["), Err(NotAnArticle::MalformedJson { line: 1, column: 27, cut_short: true }));
/// assert_eq!(recognise("a.json", "{\"id\": 7}"), Err(NotAnArticle::Data("JSON")));
/// assert_eq!(recognise("a.jsonl", "\n{\"id\": 7,,}\n{\"id\": 8}"), Err(NotAnArticle::MalformedJson { line: 2, column: 10, cut_short: false }));
/// assert_eq!(recognise("a.txt", "{\"text\": \"Paris"), Err(NotAnArticle::MalformedJson { line: 1, column: 15, cut_short: true }));
/// assert_eq!(recognise("a.txt", "{Braces} open this article."), Ok(None));
/// ```
pub fn recognise(name: &str, content: &str) -> Result<Option<Format>, NotAnArticle> {
    if let Some(format) = sniff(name, content) {
        return Ok(Some(format));
    }
    if let Some(kind) = data_kind(content) {
        return Err(if holds_texts(content) { NotAnArticle::Texts } else { NotAnArticle::Data(kind) });
    }
    let name = name.to_lowercase();
    let json_named = name.ends_with(".json") || name.ends_with(".jsonl");
    if json_named || content.trim_start().starts_with("{\"") {
        if let Some(refusal) = json_error(content) {
            return Err(refusal);
        }
    }
    if json_named {
        return Err(NotAnArticle::UnknownFormat);
    }
    Ok(None)
}

/// Where `content` stops being JSON (JSON lines whose first line parses are [`data_kind`]'s).
fn json_error(content: &str) -> Option<NotAnArticle> {
    let error = serde_json::from_str::<serde_json::Value>(content).err()?;
    Some(NotAnArticle::MalformedJson {
        line: error.line(),
        column: error.column(),
        cut_short: error.classify() == serde_json::error::Category::Eof,
    })
}

/// Whether every line of `content` is a JSON object with a `text` string.
fn holds_texts(content: &str) -> bool {
    let mut lines = content.lines().filter(|l| !l.trim().is_empty()).peekable();
    lines.peek().is_some()
        && lines.all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok_and(|v| v.get("text").is_some_and(|t| t.is_string())))
}
