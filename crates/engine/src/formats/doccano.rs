//! doccano JSON lines: `{"text": ..., "label": [[start, end, "LABEL"], ...]}`,
//! with newsmark's `quotes` beside the labels.
//! doccano counts UTF-16 units by default (it runs in the browser); the
//! code-point variant suits tools that count as Python does.

use super::from_utf16;
use crate::document::Document;
use crate::text::OffsetMap;
use serde_json::{json, Value};

pub(super) fn write(doc: &Document, utf16: bool) -> String {
    let map = OffsetMap::new(&doc.text);
    let at = |p: usize| if utf16 { map.utf16(p) } else { p };
    let labels: Vec<Value> = doc.entities.iter().map(|e| json!([at(e.start), at(e.end), e.label])).collect();
    let mut line = json!({"text": doc.text, "label": labels});
    if !doc.quotes.is_empty() {
        // Beside the labels (doccano keeps unknown fields as the example's metadata).
        line["quotes"] = Value::Array(super::headerless::quotes_json(doc, &at));
    }
    line.to_string()
}

pub(super) fn read(value: Value, utf16: bool) -> Result<Document, String> {
    let text = value.get("text").and_then(Value::as_str).ok_or("no \"text\" string")?.to_string();
    let map = OffsetMap::new(&text);
    // Older doccano exports call the list "labels".
    let list = value.get("label").or_else(|| value.get("labels")).and_then(Value::as_array).cloned().unwrap_or_default();
    let spans = list
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let what = format!("label {}", i + 1);
            let (Some(s), Some(e), Some(l)) =
                (item.get(0).and_then(Value::as_u64), item.get(1).and_then(Value::as_u64), item.get(2).and_then(Value::as_str))
            else {
                return Err(format!("{what} is not [start, end, \"LABEL\"]"));
            };
            let (s, e) = (s as usize, e as usize);
            if utf16 {
                Ok((from_utf16(&map, s, &what)?, from_utf16(&map, e, &what)?, l.to_string()))
            } else {
                Ok((s, e, l.to_string()))
            }
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut doc = super::document(text, spans)?;
    let quotes = value.get("quotes").and_then(Value::as_array).cloned().unwrap_or_default();
    let offset = |n: usize, what: &str| if utf16 { from_utf16(&map, n, what) } else { Ok(n) };
    super::headerless::add_quotes(&mut doc, &quotes, &offset)?;
    Ok(doc)
}
