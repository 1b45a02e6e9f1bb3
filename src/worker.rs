//! The annotation worker: annotates big articles away from the page's
//! thread, so the page stays responsive, and reports its progress; and
//! re-tags a long article after learning. It is the app's own wasm, started
//! in a module worker by `worker-start.js` (one file to download and cache).
//!
//! The first message is the model file's bytes; the others are JSON strings.
//! - Annotate: in `{"text": ..., "learned": {...}}`; out `{"progress": 0.4}`
//!   while tagging, then `{"doc": "<newsmark JSON>"}` or `{"error": "..."}`.
//! - Re-tag: in `{"retag": {"request": n, "key": k, "text": ... (only when
//!   the key is new), "labels": [...], "marks": [...], "taught": [...]},
//!   "learned": {...}}`;
//!   out `{"retag_edit": <edit>, "request": n}` (the changes to make), or
//!   `{"retag_failed": "...", "request": n}`.

use newsmark_engine::document::Label;
use newsmark_engine::edit::{diff, Edit};
use newsmark_engine::format::to_json;
use newsmark_engine::learn::{document_from_marks, Correction, Learned, Mark};
use newsmark_engine::tagger::Model;
use newsmark_engine::Annotator;
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// A re-tag request; the text comes once per article and is kept by its key.
#[derive(Deserialize)]
struct Retag {
    request: u64,
    key: String,
    text: Option<String>,
    labels: Vec<Label>,
    marks: Vec<Mark>,
    taught: Vec<Correction>,
}

/// A request: an article to annotate or a re-tag, with what was learned.
#[derive(Deserialize)]
struct Request {
    #[serde(default)]
    text: String,
    retag: Option<Retag>,
    #[serde(default)]
    learned: Learned,
}

thread_local! {
    /// The last article's key and text.
    static ARTICLE: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
    /// The model, as the page sent it (its first message).
    static MODEL: RefCell<Result<Model, String>> = const { RefCell::new(Err(String::new())) };
}

/// A re-tag's changes for its request.
#[derive(Serialize)]
struct RetagReply {
    retag_edit: Edit,
    request: u64,
}

fn handle(request: &str, reply: &dyn Fn(String)) {
    // (Parsed straight into its types: the page's reply goes the same way, so no type is read through a `Value`.)
    let Request { text, retag, learned } = match serde_json::from_str(request) {
        Ok(request) => request,
        Err(e) => return reply(json!({"error": format!("bad request: {e}")}).to_string()),
    };
    let mut annotator = match MODEL.with(|m| m.borrow().clone()) {
        Ok(model) => Annotator::new(model),
        Err(e) => return reply(json!({"error": format!("the worker has no model: {e}")}).to_string()),
    };
    annotator.replay(&learned);
    if let Some(retag) = retag {
        let request = retag.request;
        return match retag_edit(retag, &annotator, &learned) {
            // (Written straight to a string, as the page reads it: no serde_json value tree of the changes.)
            Ok(retag_edit) => reply(serde_json::to_string(&RetagReply { retag_edit, request }).expect("replies serialise")),
            Err(e) => reply(json!({"retag_failed": e, "request": request}).to_string()),
        };
    }
    match annotator.annotate_with_progress(&text, &mut |p| reply(json!({"progress": p}).to_string())) {
        Ok(doc) => reply(json!({"doc": to_json(&annotator.remember(doc, &learned))}).to_string()),
        Err(e) => reply(json!({"error": e.to_string()}).to_string()),
    }
}

/// The changes a re-tag makes to the marks.
fn retag_edit(retag: Retag, annotator: &Annotator, learned: &Learned) -> Result<Edit, String> {
    let text = ARTICLE.with(|article| {
        let mut article = article.borrow_mut();
        if let Some(text) = retag.text {
            *article = Some((retag.key.clone(), text));
        }
        article.as_ref().filter(|(key, _)| *key == retag.key).map(|(_, text)| text.clone())
    });
    let text = text.ok_or("the worker does not hold this article's text")?;
    let doc = document_from_marks(text, retag.labels, retag.marks).ok_or("a mark does not fit the text")?;
    Ok(diff(&doc, &annotator.retag(&doc, learned, &retag.taught)))
}

/// Answers the page's messages (called instead of starting the app when there is no window).
pub fn run() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let onmessage = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let reply = |message: String| {
            let _ = replies.post_message(&JsValue::from_str(&message));
        };
        match event.data().as_string() {
            Some(request) => handle(&request, &reply),
            None => {
                let bytes = js_sys::Uint8Array::new(&event.data()).to_vec();
                MODEL.with(|m| *m.borrow_mut() = Model::from_bytes(&bytes).map_err(|e| e.to_string()));
            }
        }
    });
    scope.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    onmessage.forget();
}
