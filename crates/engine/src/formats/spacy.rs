//! spaCy / Prodigy JSON lines: `text`, `tokens` (`text`, `start`, `end`, `id`,
//! `ws`) and `spans` (`start`, `end`, `token_start`, `token_end` inclusive,
//! `label`), and newsmark's `quotes` beside them (which those tools ignore).
//! Offsets are Python string indices, that is code points.
//!
//! Tokens follow spaCy's whitespace convention so that
//! `Doc(vocab, words, spaces).text` rebuilds the text: one space after a token
//! is its `ws`; any other whitespace (line breaks, tabs, a second space) is a
//! token of its own.

use crate::document::Document;
use crate::token::tokenize;
use serde_json::{json, Value};

/// A token as spaCy counts it: code point offsets and whether one space follows.
struct SpacyToken {
    start: usize,
    end: usize,
    ws: bool,
}

/// The words and whitespace tokens of `text`, in order, covering it exactly.
fn spacy_tokens(text: &str, chars: &[char]) -> Vec<SpacyToken> {
    let mut out: Vec<SpacyToken> = Vec::new();
    let gap = |out: &mut Vec<SpacyToken>, mut from: usize, to: usize| {
        if from < to && chars[from] == ' ' && !out.is_empty() {
            out.last_mut().expect("checked").ws = true;
            from += 1;
        }
        if from < to {
            // A run of whitespace followed by one space keeps that space as its `ws`, as spaCy does.
            let ws = to - from > 1 && chars[to - 1] == ' ';
            out.push(SpacyToken { start: from, end: if ws { to - 1 } else { to }, ws });
        }
    };
    let mut at = 0;
    for token in tokenize(text) {
        gap(&mut out, at, token.start);
        out.push(SpacyToken { start: token.start, end: token.end, ws: false });
        at = token.end;
    }
    gap(&mut out, at, chars.len());
    out
}

pub(super) fn write(doc: &Document) -> String {
    let chars: Vec<char> = doc.text.chars().collect();
    let tokens = spacy_tokens(&doc.text, &chars);
    let token_values: Vec<Value> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let text: String = chars[t.start..t.end].iter().collect();
            json!({"text": text, "start": t.start, "end": t.end, "id": i, "ws": t.ws})
        })
        .collect();
    let spans: Vec<Value> = doc
        .entities
        .iter()
        .map(|e| {
            let first = tokens.partition_point(|t| t.end <= e.start);
            let last = tokens.partition_point(|t| t.start < e.end).saturating_sub(1).max(first);
            json!({"start": e.start, "end": e.end, "token_start": first, "token_end": last, "label": e.label})
        })
        .collect();
    let mut line = json!({"text": doc.text, "tokens": token_values, "spans": spans});
    if !doc.quotes.is_empty() {
        // Quotes beside the entity spans (they overlap them), as spaCy keeps them in `doc.spans["quotes"]`.
        line["quotes"] = Value::Array(super::headerless::quotes_json(doc, &|p| p));
    }
    line.to_string()
}

pub(super) fn read(value: Value) -> Result<Document, String> {
    let text = value.get("text").and_then(Value::as_str).ok_or("no \"text\" string")?.to_string();
    let spans = value.get("spans").and_then(Value::as_array).cloned().unwrap_or_default();
    let spans = spans
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let num = |k: &str| s.get(k).and_then(Value::as_u64).map(|n| n as usize).ok_or(format!("span {} has no numeric {k:?}", i + 1));
            let label = s.get("label").and_then(Value::as_str).ok_or(format!("span {} has no label", i + 1))?;
            Ok((num("start")?, num("end")?, label.to_string()))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut doc = super::document(text, spans)?;
    let quotes = value.get("quotes").and_then(Value::as_array).cloned().unwrap_or_default();
    super::headerless::add_quotes(&mut doc, &quotes, &|offset, _| Ok(offset))?;
    Ok(doc)
}
