//! Label Studio JSON: a list of tasks, each `{"data": {"text": ...},
//! "annotations": [{"result": [{"value": {"start", "end", "text", "labels"}, ...}]}]}`.
//! Offsets are code points. Quotes are regions labelled `DIRECT_QUOTE` or
//! `REPORTED_QUOTE`, each joined to its speaker's mark by a `speaker` relation.

use crate::document::{Document, QuoteKind};
use serde_json::{json, Value};
use std::collections::HashMap;

const DIRECT: &str = "DIRECT_QUOTE";
const REPORTED: &str = "REPORTED_QUOTE";

pub(super) fn write(docs: &[Document]) -> String {
    let tasks: Vec<Value> = docs
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            let region = |id: &str, start: usize, end: usize, text: &str, label: &str| {
                json!({"id": id, "from_name": "label", "to_name": "text", "type": "labels",
                       "value": {"start": start, "end": end, "text": text, "labels": [label]}})
            };
            let mut result: Vec<Value> = doc.entities.iter().map(|e| region(&e.id, e.start, e.end, &e.text, &e.label)).collect();
            for q in &doc.quotes {
                result.push(region(&q.id, q.start, q.end, &q.text, if q.kind == QuoteKind::Direct { DIRECT } else { REPORTED }));
            }
            for q in &doc.quotes {
                if let Some(speaker) = &q.speaker {
                    result
                        .push(json!({"type": "relation", "from_id": q.id, "to_id": speaker, "direction": "right", "labels": ["speaker"]}));
                }
            }
            json!({"id": i + 1, "data": {"text": doc.text}, "annotations": [{"result": result}]})
        })
        .collect();
    serde_json::to_string_pretty(&tasks).expect("tasks serialise") + "\n"
}

pub(super) fn read(input: &str) -> Result<Vec<Document>, String> {
    let value: Value = serde_json::from_str(input).map_err(|e| format!("not valid JSON: {e}"))?;
    let tasks = match value {
        Value::Array(tasks) => tasks,
        task @ Value::Object(_) => vec![task],
        _ => return Err("expected a Label Studio task or a list of tasks".into()),
    };
    tasks
        .iter()
        .enumerate()
        .map(|(n, task)| {
            let which = format!("task {}", n + 1);
            let text = task.pointer("/data/text").and_then(Value::as_str).ok_or(format!("{which}: no data.text"))?.to_string();
            let results = task.pointer("/annotations/0/result").and_then(Value::as_array).cloned().unwrap_or_default();
            let mut regions = Vec::new();
            for r in results.iter().filter(|r| r.get("value").and_then(|v| v.get("labels")).is_some()) {
                let v = &r["value"];
                let num =
                    |k: &str| v.get(k).and_then(Value::as_u64).map(|n| n as usize).ok_or(format!("{which}: a result has no numeric {k:?}"));
                let label = v["labels"].get(0).and_then(Value::as_str).ok_or(format!("{which}: a result has no label"))?;
                regions.push((
                    r.get("id").and_then(Value::as_str).unwrap_or("").to_string(),
                    num("start")?,
                    num("end")?,
                    label.to_string(),
                ));
            }
            let is_quote = |label: &str| label == DIRECT || label == REPORTED;
            let spans = regions.iter().filter(|r| !is_quote(&r.3)).map(|(_, s, e, l)| (*s, *e, l.clone())).collect();
            let mut doc = super::document(text, spans).map_err(|e| format!("{which}: {e}"))?;
            // Quotes, with the span of the mark each `speaker` relation points to.
            let mut region_of: HashMap<&str, usize> = HashMap::new();
            for (i, region) in regions.iter().enumerate() {
                region_of.entry(region.0.as_str()).or_insert(i);
            }
            // A quote's first relation names its speaker.
            let mut speaker_of: HashMap<&str, &str> = HashMap::new();
            for r in results.iter().filter(|r| r.get("type").and_then(Value::as_str) == Some("relation")) {
                if let (Some(from), Some(to)) = (r.get("from_id").and_then(Value::as_str), r.get("to_id").and_then(Value::as_str)) {
                    speaker_of.entry(from).or_insert(to);
                }
            }
            let quotes: Vec<Value> = regions
                .iter()
                .filter(|r| is_quote(&r.3))
                .map(|(id, start, end, label)| {
                    let speaker = speaker_of
                        .get(id.as_str())
                        .and_then(|to| region_of.get(to))
                        .map(|&i| json!({"start": regions[i].1, "end": regions[i].2}));
                    json!({"start": start, "end": end, "kind": if label == DIRECT { "direct" } else { "indirect" }, "speaker": speaker})
                })
                .collect();
            super::headerless::add_quotes(&mut doc, &quotes, &|offset, _| Ok(offset)).map_err(|e| format!("{which}: {e}"))?;
            Ok(doc)
        })
        .collect()
}
