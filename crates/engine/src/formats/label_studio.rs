//! Label Studio JSON: a list of tasks, each `{"data": {"text": ...},
//! "annotations": [{"result": [{"value": {"start", "end", "text", "labels"}, ...}]}]}`.
//! Offsets are code points.

use crate::document::Document;
use serde_json::{json, Value};

pub(super) fn write(docs: &[Document]) -> String {
    let tasks: Vec<Value> = docs
        .iter()
        .enumerate()
        .map(|(i, doc)| {
            let result: Vec<Value> = doc
                .entities
                .iter()
                .map(|e| {
                    json!({"id": e.id, "from_name": "label", "to_name": "text", "type": "labels",
                           "value": {"start": e.start, "end": e.end, "text": e.text, "labels": [e.label]}})
                })
                .collect();
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
            let spans = results
                .iter()
                .filter(|r| r.get("value").and_then(|v| v.get("labels")).is_some())
                .map(|r| {
                    let v = &r["value"];
                    let num = |k: &str| {
                        v.get(k).and_then(Value::as_u64).map(|n| n as usize).ok_or(format!("{which}: a result has no numeric {k:?}"))
                    };
                    let label = v["labels"].get(0).and_then(Value::as_str).ok_or(format!("{which}: a result has no label"))?;
                    Ok((num("start")?, num("end")?, label.to_string()))
                })
                .collect::<Result<Vec<_>, String>>()?;
            super::document(text, spans).map_err(|e| format!("{which}: {e}"))
        })
        .collect()
}
