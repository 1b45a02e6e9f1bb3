//! Settings kept in the browser's localStorage: the label set and what the
//! model learned from corrections. Outside a browser (native tests) an
//! in-memory store stands in, so the reducer runs the same code.

use newsmark_engine::document::Label;
use newsmark_engine::learn::Learned;

const LABELS: &str = "newsmark.labels";
const LEARNED: &str = "newsmark.learned";

#[cfg(target_arch = "wasm32")]
fn get(key: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(key).ok()?
}

#[cfg(target_arch = "wasm32")]
fn set(key: &str, value: &str) -> Result<(), String> {
    let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).ok_or("browser storage is not available (private mode?)")?;
    storage.set_item(key, value).map_err(|_| "browser storage is full or blocked".to_string())
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static MEMORY: std::cell::RefCell<std::collections::HashMap<String, String>> = Default::default();
}

#[cfg(not(target_arch = "wasm32"))]
fn get(key: &str) -> Option<String> {
    MEMORY.with(|m| m.borrow().get(key).cloned())
}

#[cfg(not(target_arch = "wasm32"))]
fn set(key: &str, value: &str) -> Result<(), String> {
    MEMORY.with(|m| m.borrow_mut().insert(key.to_string(), value.to_string()));
    Ok(())
}

/// The saved label set, if any (a damaged one is ignored).
pub fn load_labels() -> Option<Vec<Label>> {
    serde_json::from_str(&get(LABELS)?).ok().filter(|l: &Vec<Label>| !l.is_empty())
}

/// Saves the label set.
pub fn save_labels(labels: &[Label]) -> Result<(), String> {
    set(LABELS, &serde_json::to_string(labels).expect("labels serialise"))
}

/// What was learned from corrections (nothing, if none or damaged).
pub fn load_learned() -> Learned {
    get(LEARNED).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default()
}

/// Saves what was learned.
pub fn save_learned(learned: &Learned) -> Result<(), String> {
    set(LEARNED, &serde_json::to_string(learned).expect("learned state serialises"))
}

const INDEX: &str = "newsmark.documents";

fn document_key(id: &str) -> String {
    format!("newsmark.document.{id}")
}

#[cfg(target_arch = "wasm32")]
fn remove(key: &str) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.remove_item(key);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn remove(key: &str) {
    MEMORY.with(|m| m.borrow_mut().remove(key));
}

/// Milliseconds since 1970, for "changed" times.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64);
}

/// A saved document as the document list shows it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Summary {
    /// Storage id.
    pub id: String,
    /// Title: the first line, or what the user named it.
    pub title: String,
    /// When it last changed (ms since 1970).
    pub changed: f64,
    /// Reviewed marks.
    pub reviewed: usize,
    /// All marks.
    pub total: usize,
}

/// The saved documents, newest first (a damaged index reads as none).
pub fn load_index() -> Vec<Summary> {
    let mut index: Vec<Summary> = get(INDEX).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
    index.sort_by(|a, b| b.changed.total_cmp(&a.changed));
    index
}

/// Saves a document (its newsmark JSON) and its entry in the list. The
/// document is written first, so a full store never leaves an entry without one.
pub fn save_document(summary: &Summary, json: &str) -> Result<Vec<Summary>, String> {
    set(&document_key(&summary.id), json)?;
    let mut index = load_index();
    index.retain(|s| s.id != summary.id);
    index.insert(0, summary.clone());
    set(INDEX, &serde_json::to_string(&index).expect("index serialises"))?;
    Ok(index)
}

/// A saved document's newsmark JSON.
pub fn load_document(id: &str) -> Option<String> {
    get(&document_key(id))
}

/// Forgets a saved document.
pub fn delete_document(id: &str) -> Result<Vec<Summary>, String> {
    let mut index = load_index();
    index.retain(|s| s.id != id);
    set(INDEX, &serde_json::to_string(&index).expect("index serialises"))?;
    remove(&document_key(id));
    remove(&history_key(id));
    Ok(index)
}

fn history_key(id: &str) -> String {
    format!("newsmark.history.{id}")
}

/// How many steps of undo history are kept with a saved document.
const KEPT_STEPS: usize = 200;

/// Saves a document's undo and redo stacks (the newest steps); failure only
/// costs the history, never the document.
pub fn save_history(id: &str, undo: &[newsmark_engine::edit::Edit], redo: &[newsmark_engine::edit::Edit]) {
    let tail = |steps: &[newsmark_engine::edit::Edit]| steps[steps.len().saturating_sub(KEPT_STEPS)..].to_vec();
    let json = serde_json::to_string(&(tail(undo), tail(redo))).expect("edits serialise");
    if set(&history_key(id), &json).is_err() {
        remove(&history_key(id));
    }
}

/// A saved document's undo and redo stacks (empty if none or damaged).
pub fn load_history(id: &str) -> (Vec<newsmark_engine::edit::Edit>, Vec<newsmark_engine::edit::Edit>) {
    get(&history_key(id)).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default()
}
