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
