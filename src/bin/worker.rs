//! The annotation worker: annotates big articles away from the page's
//! thread, so the page stays responsive, and reports its progress.
//!
//! Messages are JSON strings. In: `{"text": ..., "learned": {...}}`.
//! Out: `{"progress": 0.4}` while tagging, then `{"doc": "<newsmark JSON>"}`
//! or `{"error": "..."}`. A long article's re-tag after learning:
//! `{"retag": "<newsmark JSON>", "learned": {...}, "request": n}` in,
//! `{"retagged": "<newsmark JSON>", "request": n}` out.

use newsmark_engine::format::{from_json, to_json, to_json_keeping_ids};
use newsmark_engine::learn::Learned;
use newsmark_engine::Annotator;
use serde_json::{json, Value};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn annotate(request: &str, reply: &dyn Fn(Value)) {
    let request: Value = match serde_json::from_str(request) {
        Ok(value) => value,
        Err(e) => return reply(json!({"error": format!("bad request: {e}")})),
    };
    let text = request.get("text").and_then(Value::as_str).unwrap_or_default();
    let learned: Learned = request.get("learned").cloned().and_then(|l| serde_json::from_value(l).ok()).unwrap_or_default();
    let mut annotator = match Annotator::shipped() {
        Ok(annotator) => annotator,
        Err(e) => return reply(json!({"error": e.to_string()})),
    };
    annotator.replay(&learned);
    if let Some(retag) = request.get("retag").and_then(Value::as_str) {
        return match from_json(retag) {
            Ok(doc) => reply(json!({"retagged": to_json_keeping_ids(&annotator.retag(&doc, &learned)), "request": request.get("request")})),
            Err(e) => reply(json!({"error": format!("bad request: {e}")})),
        };
    }
    match annotator.annotate_with_progress(text, &mut |p| reply(json!({"progress": p}))) {
        Ok(doc) => reply(json!({"doc": to_json(&annotator.remember(doc, &learned))})),
        Err(e) => reply(json!({"error": e.to_string()})),
    }
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let onmessage = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = |value: Value| {
            let _ = replies.post_message(&JsValue::from_str(&value.to_string()));
        };
        annotate(&event.data().as_string().unwrap_or_default(), &reply);
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
}
