//! Runs what the reducer asks for: the engine (annotating, learning) on this
//! thread or, for long articles, in the worker; and the browser's storage.
//! Each result comes back to the reducer as an action.

use crate::page::{jump_to, mark_selector};
use crate::state::{is_long, text_key, Action, Correction, Effect, SaveOutcome, Saved, SourcesView, Summary};
use crate::storage::Checked;
use crate::{hooks, storage};
use newsmark_engine::document::Document;
use newsmark_engine::document::Label;
use newsmark_engine::format::{from_json, to_json, to_json_keeping_ids};
use newsmark_engine::learn::{marks_of, Learned, Mark};
use newsmark_engine::names::Gender;
use newsmark_engine::sources::with_gender;
use newsmark_engine::tagger::Model;
use newsmark_engine::Annotator;
use serde::Serialize;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use yew::Callback;

/// The model on this thread, with what was learned replayed into it.
pub struct Engine {
    annotator: Annotator,
    /// The model as shipped, for starting again from it.
    shipped: Model,
}

impl Engine {
    /// `model` with `learned` replayed.
    pub fn new(model: Model, learned: &Learned) -> Self {
        let mut annotator = Annotator::new(model.clone());
        annotator.replay(learned);
        Engine { annotator, shipped: model }
    }

    /// Annotates an article, applying the string memory.
    pub fn annotate(&self, text: &str, learned: &Learned) -> Action {
        let result = self.annotator.annotate(text).map(|doc| self.annotator.remember(doc, learned)).map_err(|e| e.to_string());
        Action::Annotated(result)
    }

    /// Learns from corrections of `doc`; re-tags it here unless it is long
    /// (the worker re-tags those, so that the page stays responsive).
    pub fn learn(&mut self, doc: Rc<Document>, corrections: &[Correction], learned: &Learned) -> Action {
        let mut learned = learned.clone();
        self.annotator.learn_corrections(&doc, corrections, &mut learned);
        let retagged = (!is_long(&doc.text)).then(|| self.annotator.retag(&doc, &learned, corrections));
        Action::Learned { base: doc, taught: corrections.to_vec(), learned, retagged }
    }

    /// Who is quoted in `documents`, genders estimated with the model's first-name lists.
    pub fn sources(&self, documents: &[(String, &Document)]) -> newsmark_engine::sources::Tally {
        self.annotator.sources(documents)
    }

    /// Loads what was learned anew (after a reset, or another tab's learning).
    pub fn reload(&mut self, learned: &Learned) {
        *self = Engine::new(self.shipped.clone(), learned);
    }
}

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    static WORKER: RefCell<Option<web_sys::Worker>> = const { RefCell::new(None) };
    /// The key of the article text the worker holds.
    static WORKER_TEXT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// An article for the worker to annotate (see `src/worker.rs`).
#[derive(Serialize)]
struct AnnotateMessage<'a> {
    text: &'a str,
    learned: &'a Learned,
}

/// A re-tag request for the worker (see `src/worker.rs`).
#[derive(Serialize)]
struct RetagMessage<'a> {
    retag: Retag<'a>,
    learned: &'a Learned,
}

#[derive(Serialize)]
struct Retag<'a> {
    request: u32,
    key: &'a str,
    text: Option<&'a str>,
    labels: &'a [Label],
    marks: Vec<Mark>,
    taught: &'a [Correction],
}

/// Runs `work` with the engine, made from the model on first use (only called once the model is here).
fn with_engine<T>(learned: &Learned, work: impl FnOnce(&mut Engine) -> T) -> T {
    ENGINE.with(|slot| {
        work(slot.borrow_mut().get_or_insert_with(|| {
            Engine::new(crate::model::loaded().expect("work that needs the model waits for it").model.clone(), learned)
        }))
    })
}

/// What was kept in the browser, for the first state.
pub fn load_saved() -> Saved {
    let documents = storage::load_index();
    // The document this tab had open before a reload, else the newest.
    let open = storage::open_document().filter(|id| documents.iter().any(|d| &d.id == id));
    let latest = open.or_else(|| documents.first().map(|d| d.id.clone())).and_then(|id| {
        let stored = storage::load_document(&id)?;
        Some((id.clone(), stored, storage::load_history(&id)))
    });
    Saved { labels: storage::load_labels(), learned: storage::load_learned(), documents, latest }
}

/// A document's entry in the list (whether it was marked done is kept from its last one).
fn summary(id: String, title: String, doc: &Document) -> Summary {
    let done = storage::load_summary(&id).is_some_and(|s| s.done);
    Summary {
        id,
        title,
        changed: storage::now_ms(),
        reviewed: doc.entities.iter().filter(|e| e.reviewed).count(),
        total: doc.entities.len(),
        text: text_key(&doc.text),
        done,
    }
}

fn new_id() -> String {
    format!("d{}", storage::now_ms() as u64)
}

/// Runs one effect; results go back through `dispatch`. What needs the
/// model waits for it (the page is usable while it arrives).
pub fn run(effect: Effect, dispatch: &Callback<Action>) {
    if needs_model(&effect) && crate::model::loaded().is_none() {
        let dispatch = dispatch.clone();
        return crate::model::when_loaded(move || run(effect, &dispatch));
    }
    match effect {
        Effect::Annotate { text, learned, in_worker: true } => {
            // (Written straight to a string, as the re-tag's request is: no serde_json value tree of what was learned.)
            let message = serde_json::to_string(&AnnotateMessage { text: &text, learned: &learned }).expect("requests serialise");
            post_to_worker(message, dispatch)
        }
        Effect::Annotate { text, learned, in_worker: false } => {
            dispatch.emit(with_engine(&learned, |engine| engine.annotate(&text, &learned)))
        }
        Effect::FocusMark(id) => hooks::after_paint(move || jump_to(&mark_selector(&id))),
        Effect::FocusQuoteEditor => hooks::after_paint(|| jump_to("[data-testid=quote-kind]")),
        Effect::FocusQuote(id) => hooks::after_paint(move || jump_to(&mark_selector(&id))),
        Effect::TallySources { open } => dispatch.emit(Action::SourcesTallied(Rc::new(tally_sources(open)))),
        Effect::NoteGender { documents, gender, open } => {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = note_gender(documents, gender).await {
                    dispatch.emit(Action::Fail(format!("The gender could not be kept in every document: {e}.")));
                }
                dispatch.emit(Action::LibraryChanged { result: Ok(storage::load_index()), failed: "" });
                dispatch.emit(Action::SourcesTallied(Rc::new(tally_sources(open))));
            });
        }
        Effect::LearnAfterPaint => {
            let dispatch = dispatch.clone();
            hooks::after_paint(move || dispatch.emit(Action::Learn));
        }
        Effect::SaveAfterPaint => {
            let dispatch = dispatch.clone();
            hooks::after_paint(move || dispatch.emit(Action::Save));
        }
        Effect::Learn { doc, corrections, learned } => {
            dispatch.emit(with_engine(&learned, |engine| engine.learn(doc, &corrections, &learned)))
        }
        Effect::RetagInWorker { request, doc, learned, taught } => {
            // The worker keeps the article's text, so that each re-tag sends only the marks.
            let key = text_key(&doc.text);
            let known = WORKER_TEXT.with(|sent| sent.replace(Some(key.clone())) == Some(key.clone()));
            let retag = Retag {
                request,
                key: &key,
                text: (!known).then_some(doc.text.as_str()),
                labels: &doc.labels,
                marks: marks_of(&doc),
                taught: &taught,
            };
            // Written straight to a string: a long article's marks as a JSON value tree cost more than the re-tag.
            let message = serde_json::to_string(&RetagMessage { retag, learned: &learned }).expect("requests serialise");
            post_to_worker(message, dispatch)
        }
        Effect::ReloadModel(learned) => ENGINE.with(|slot| slot.borrow_mut().as_mut().map(|engine| engine.reload(&learned))).unwrap_or(()),
        Effect::SaveLearned { learned, base, replace } => {
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move { dispatch.emit(save_learned(learned, base, replace).await) });
        }
        Effect::SaveLabels(labels) => {
            if let Err(e) = storage::save_labels(&labels) {
                dispatch.emit(Action::Fail(format!("The label set could not be saved: {e}.")));
            }
        }
        Effect::SaveDocument { id, base, serial, overrode, title, doc, history } => {
            let id = id.unwrap_or_else(new_id);
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let summary = summary(id.clone(), title, &doc);
                let result = storage::save_document(&summary, &to_json_keeping_ids(&doc), &history, base, &overrode).await;
                dispatch.emit(Action::Saved { id, serial, doc, result });
            });
        }
        Effect::SaveHistory { id, history } => {
            storage::save_history(&id, &history);
            report_stored(dispatch);
        }
        Effect::Import { name, docs } => {
            let mut docs = docs.into_iter();
            let Some(first) = docs.next() else { return };
            let base = new_id();
            let mut result = Ok(storage::load_index());
            for (n, doc) in docs.enumerate() {
                let title = crate::state::title_of(&doc.text);
                result = storage::save_new_document(&summary(format!("{base}-{}", n + 1), title, &doc), &to_json(&doc));
                if result.is_err() {
                    break;
                }
            }
            dispatch.emit(Action::Imported { name, first: Box::new(first), result });
        }
        Effect::LoadDocument(id) => {
            let (json, history) = (storage::load_document(&id), storage::load_history(&id));
            dispatch.emit(Action::DocumentLoaded { id, json, history });
        }
        Effect::RenameDocument { id, title } => {
            let result = match (storage::load_document(&id), storage::load_summary(&id)) {
                (Some(_), Some(summary)) => storage::save_summary(&Summary { title, ..summary }),
                _ => Err(format!("the saved document {id} is missing")),
            };
            dispatch.emit(Action::LibraryChanged { result, failed: "Could not rename" });
            report_stored(dispatch);
        }
        Effect::DuplicateDocument(id) => {
            let result = match (storage::load_document(&id), storage::load_summary(&id)) {
                (Some((json, _)), Some(original)) => {
                    let copy =
                        Summary { id: new_id(), title: format!("{} (copy)", original.title), changed: storage::now_ms(), ..original };
                    storage::save_new_document(&copy, &json)
                }
                _ => Err(format!("the saved document {id} is missing")),
            };
            dispatch.emit(Action::LibraryChanged { result, failed: "Could not duplicate" });
            report_stored(dispatch);
        }
        Effect::SetDone(id, done) => {
            let result = match storage::load_summary(&id) {
                Some(summary) => storage::save_summary(&Summary { done, ..summary }),
                None => Err(format!("the saved document {id} is missing")),
            };
            dispatch.emit(Action::LibraryChanged { result, failed: "Could not mark it" });
            report_stored(dispatch);
        }
        Effect::DeleteDocument(id) => {
            let (Some((json, _)), Some(summary)) = (storage::load_document(&id), storage::load_summary(&id)) else {
                return;
            };
            dispatch.emit(Action::Deleted(storage::delete_document(&id).map(|index| (summary, json, index))));
        }
        Effect::RestoreDocument(deleted) => {
            dispatch.emit(Action::Restored(storage::save_new_document(&deleted.0, &deleted.1)));
        }
        Effect::Refresh { keys, open, overridden } => refresh(&keys, open.as_deref(), overridden, dispatch),
    }
}

fn needs_model(effect: &Effect) -> bool {
    matches!(
        effect,
        Effect::Annotate { .. }
            | Effect::Learn { .. }
            | Effect::RetagInWorker { .. }
            | Effect::TallySources { .. }
            | Effect::NoteGender { .. }
    )
}

/// The sources of every saved document (the open one as it is now), with
/// the text of each quote the rows list.
fn tally_sources(open: Option<(String, Rc<Document>)>) -> SourcesView {
    let mut docs: Vec<(String, Rc<Document>)> = Vec::new();
    let mut unreadable = 0;
    for summary in storage::load_index() {
        match open.as_ref().filter(|(id, _)| *id == summary.id) {
            Some((id, doc)) => docs.push((id.clone(), doc.clone())),
            None => match storage::load_document(&summary.id).map(|(json, _)| from_json(&json)) {
                Some(Ok(doc)) => docs.push((summary.id, Rc::new(doc))),
                _ => unreadable += 1,
            },
        }
    }
    if let Some((id, doc)) = open.filter(|(id, _)| !docs.iter().any(|(d, _)| d == id)) {
        docs.push((id, doc));
    }
    let named: Vec<(String, &Document)> = docs.iter().map(|(id, doc)| (id.clone(), &**doc)).collect();
    let tally = with_engine(&storage::load_learned().0, |engine| engine.sources(&named));
    let by_id: HashMap<&str, &Document> = named.iter().map(|(id, doc)| (id.as_str(), *doc)).collect();
    let mut quotes = HashMap::new();
    for appearance in tally.sources.iter().flat_map(|row| &row.appearances) {
        let Some(doc) = by_id.get(appearance.document.as_str()) else { continue };
        for q in doc.quotes.iter().filter(|q| appearance.quotes.contains(&q.id)) {
            quotes.insert((appearance.document.clone(), q.id.clone()), q.text.clone());
        }
    }
    SourcesView { tally, quotes, unreadable }
}

/// Keeps a gender in saved documents that are not open, each under the name it gives the source.
async fn note_gender(documents: Vec<(String, String)>, gender: Option<Gender>) -> Result<(), String> {
    'documents: for (id, name) in documents {
        // Read, changed and written with a revision check; another tab's save in between means reading again.
        for _attempt in 0..3 {
            let (Some((json, base)), Some(summary)) = (storage::load_document(&id), storage::load_summary(&id)) else {
                return Err(format!("the saved document {id} is missing"));
            };
            let mut doc = from_json(&json).map_err(|e| e.to_string())?;
            doc.sources = with_gender(&doc.sources, &name, gender);
            let saved = storage::save_document(&summary, &to_json_keeping_ids(&doc), &storage::load_history(&id), base, &[]).await?;
            if matches!(saved, SaveOutcome::Written { .. }) {
                continue 'documents;
            }
        }
        return Err(format!("another tab kept changing “{}”", storage::load_summary(&id).map_or(id, |s| s.title)));
    }
    Ok(())
}

/// Saves what was learned; where another tab stored learning meanwhile, the
/// two are merged (or, for a reset, overwritten) and saved again.
async fn save_learned(learned: Rc<Learned>, base: u64, replace: bool) -> Action {
    match storage::save_learned(&learned, base).await {
        Ok(Checked::Written(revision)) => Action::LearnedStored { revision, learned: None, save: false },
        Ok(Checked::Stale(revision)) if replace => match storage::save_learned(&learned, revision).await {
            Ok(Checked::Written(revision)) => Action::LearnedStored { revision, learned: None, save: false },
            _ => Action::Fail("Could not reset what was learned: another tab kept changing it. Try again.".into()),
        },
        Ok(Checked::Stale(_)) => {
            let (stored, revision) = storage::load_learned_fresh().await;
            Action::LearnedStored { revision, learned: Some(learned.merged_with(&stored)), save: true }
        }
        Err(e) => Action::Fail(format!("What was learned could not be saved: {e}.")),
    }
}

/// Reads what another tab changed and hands it to the reducer.
fn refresh(keys: &[String], open: Option<&str>, overridden: Vec<String>, dispatch: &Callback<Action>) {
    if keys.iter().any(|key| storage::document_of(key).is_some()) {
        dispatch.emit(Action::LibraryChanged { result: Ok(storage::load_index()), failed: "" });
    }
    if let Some(open) = open.filter(|open| keys.iter().any(|key| storage::document_of(key) == Some(open))) {
        dispatch.emit(Action::ExternalDocument { id: open.to_string(), stored: storage::load_document(open), overridden });
    }
    if keys.iter().any(|key| storage::is_labels(key)) {
        if let Some(labels) = storage::load_labels() {
            dispatch.emit(Action::LabelsChanged(labels));
        }
    }
    if keys.iter().any(|key| storage::is_learned(key)) {
        let (learned, revision) = storage::load_learned();
        dispatch.emit(Action::LearnedStored { revision, learned: Some(learned), save: false });
    }
}

/// Where no database write is left in flight (localStorage, or native), says so at once.
fn report_stored(dispatch: &Callback<Action>) {
    if !storage::writes_pending() {
        dispatch.emit(Action::Stored(None));
    }
}

/// Sends a request to the annotation worker, started on first use; its replies come as [`Action::WorkerReply`].
fn post_to_worker(message: String, dispatch: &Callback<Action>) {
    let posted = WORKER.with(|slot| {
        let mut slot = slot.borrow_mut();
        if slot.is_none() {
            let worker = hooks::start_worker(dispatch.clone())?;
            // The model first: the worker reads it from the page rather than fetching it again.
            let loaded = crate::model::loaded().ok_or("the model has not arrived")?;
            worker.post_message(&js_sys::Uint8Array::from(&loaded.bytes[..])).map_err(|e| format!("{e:?}"))?;
            *slot = Some(worker);
        }
        let worker = slot.as_ref().expect("started above");
        worker.post_message(&wasm_bindgen::JsValue::from_str(&message)).map_err(|e| format!("{e:?}"))
    });
    if let Err(e) = posted {
        dispatch.emit(Action::WorkerReply(serde_json::json!({"error": format!("no worker: {e}")}).to_string()));
    }
}
