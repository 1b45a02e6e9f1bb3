//! spaCy / Prodigy JSON lines: `text`, `tokens` (`text`, `start`, `end`, `id`,
//! `ws`) and `spans` (`start`, `end`, `token_start`, `token_end` inclusive, `label`).
//! Offsets are Python string indices, that is code points.

use crate::document::Document;
use crate::token::tokenize;
use serde_json::{json, Value};

pub(super) fn write(doc: &Document) -> String {
    let tokens = tokenize(&doc.text);
    let token_values: Vec<Value> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let ws = tokens.get(i + 1).is_some_and(|next| next.start > t.end);
            json!({"text": t.text, "start": t.start, "end": t.end, "id": i, "ws": ws})
        })
        .collect();
    let spans: Vec<Value> = doc
        .entities
        .iter()
        .map(|e| {
            let first = tokens.iter().position(|t| t.end > e.start).unwrap_or(0);
            let last = tokens.iter().rposition(|t| t.start < e.end).unwrap_or(first);
            json!({"start": e.start, "end": e.end, "token_start": first, "token_end": last, "label": e.label})
        })
        .collect();
    json!({"text": doc.text, "tokens": token_values, "spans": spans}).to_string()
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
    super::document(text, spans)
}
