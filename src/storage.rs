//! What the app keeps in the browser: the label set, what the model learned
//! from corrections, and the saved documents with their undo history.
//!
//! Reads and writes go to an in-memory copy, so the reducer stays
//! synchronous; in a browser, [`open`] fills the copy from IndexedDB at start
//! and every write goes on to IndexedDB (whose quota holds multi-megabyte
//! articles, unlike localStorage's few megabytes). When the writes in flight
//! are done, a `newsmark-stored` event tells the app, with the error if one
//! failed. Where IndexedDB is missing, localStorage stands in. Outside a
//! browser (native tests) the in-memory copy is all there is.

use crate::state::Summary;
use newsmark_engine::document::Label;
use newsmark_engine::history::History;
use newsmark_engine::learn::Learned;
use std::cell::RefCell;
use std::collections::HashMap;

const LABELS: &str = "newsmark.labels";
const LEARNED: &str = "newsmark.learned";

thread_local! {
    static MEMORY: RefCell<HashMap<String, String>> = Default::default();
}

fn get(key: &str) -> Option<String> {
    MEMORY.with(|m| m.borrow().get(key).cloned())
}

fn set(key: &str, value: &str) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    browser::persist(key, Some(value))?;
    MEMORY.with(|m| m.borrow_mut().insert(key.to_string(), value.to_string()));
    Ok(())
}

fn remove(key: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = browser::persist(key, None);
    MEMORY.with(|m| m.borrow_mut().remove(key));
}

/// The window event sent when no write is in flight any more (its detail: the error of a failed one, or null).
pub const STORED_EVENT: &str = "newsmark-stored";

#[cfg(target_arch = "wasm32")]
pub use browser::{open, writes_pending};

/// Outside a browser nothing is kept between runs: nothing to read.
#[cfg(not(target_arch = "wasm32"))]
pub async fn open() {}

/// Outside a browser there is nothing to wait for.
#[cfg(not(target_arch = "wasm32"))]
pub fn writes_pending() -> bool {
    false
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{MEMORY, STORED_EVENT};
    use std::cell::{Cell, RefCell};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

    const DATABASE: &str = "newsmark";
    const STORE: &str = "kv";
    /// How long the database may take to open before localStorage is used instead.
    const OPEN_TIMEOUT_MS: i32 = 5_000;
    /// Set once the localStorage of earlier versions has been copied over.
    const MIGRATED: &str = "newsmark.migrated-from-local-storage";

    thread_local! {
        static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
        static IN_FLIGHT: Cell<usize> = const { Cell::new(0) };
        static FAILURE: RefCell<Option<String>> = const { RefCell::new(None) };
    }

    /// Waits for one IndexedDB request and returns its result.
    async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
        let promise = js_sys::Promise::new(&mut |resolve, reject| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&reject));
        });
        JsFuture::from(promise).await?;
        request.result()
    }

    /// Opens the database and loads everything into memory; call before the
    /// app starts. Without IndexedDB, localStorage is read instead.
    pub async fn open() {
        match open_database().await {
            Ok(db) => {
                if let Err(e) = load(&db).await {
                    web_sys::console::error_2(&"newsmark: reading saved work failed".into(), &e);
                }
                if let Err(e) = migrate_local_storage(&db).await {
                    web_sys::console::error_2(&"newsmark: moving work from localStorage failed".into(), &e);
                }
                DB.with(|slot| *slot.borrow_mut() = Some(db));
            }
            Err(e) => {
                web_sys::console::warn_2(&"newsmark: IndexedDB unavailable, using localStorage".into(), &e);
                for (key, value) in local_storage_entries() {
                    MEMORY.with(|m| m.borrow_mut().insert(key, value));
                }
            }
        }
    }

    async fn open_database() -> Result<IdbDatabase, JsValue> {
        let factory = web_sys::window().ok_or("no window")?.indexed_db()?.ok_or("no IndexedDB")?;
        let request: IdbOpenDbRequest = factory.open_with_u32(DATABASE, 1)?;
        let upgrade = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
            let db = event.target().and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok()).and_then(|r| r.result().ok());
            if let Some(db) = db.and_then(|db| db.dyn_into::<IdbDatabase>().ok()) {
                let _ = db.create_object_store(STORE);
            }
        });
        request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        // A database that never answers (blocked by another tab) must not keep the app from starting.
        let opened = js_sys::Promise::new(&mut |resolve, reject| {
            request.set_onsuccess(Some(&resolve));
            request.set_onerror(Some(&reject));
            request.set_onblocked(Some(&reject));
        });
        let too_late = js_sys::Promise::new(&mut |_, reject| {
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&reject, OPEN_TIMEOUT_MS);
            }
        });
        JsFuture::from(js_sys::Promise::race(&js_sys::Array::of2(&opened, &too_late))).await?;
        Ok(request.result()?.unchecked_into())
    }

    async fn load(db: &IdbDatabase) -> Result<(), JsValue> {
        let store = db.transaction_with_str(STORE)?.object_store(STORE)?;
        let keys = store.get_all_keys()?;
        let values = store.get_all()?;
        let keys: js_sys::Array = done(&keys).await?.unchecked_into();
        let values: js_sys::Array = done(&values).await?.unchecked_into();
        MEMORY.with(|m| {
            let mut memory = m.borrow_mut();
            for (key, value) in keys.iter().zip(values.iter()) {
                if let (Some(key), Some(value)) = (key.as_string(), value.as_string()) {
                    memory.insert(key, value);
                }
            }
        });
        Ok(())
    }

    fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    fn local_storage_entries() -> Vec<(String, String)> {
        let Some(storage) = local_storage() else { return Vec::new() };
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with("newsmark."))
            .collect();
        keys.into_iter().filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v))).collect()
    }

    /// Work saved by earlier versions (in localStorage) moves to IndexedDB
    /// once, in one transaction; localStorage is cleared only after it commits.
    async fn migrate_local_storage(db: &IdbDatabase) -> Result<(), JsValue> {
        if super::get(MIGRATED).is_some() {
            return Ok(());
        }
        let entries: Vec<(String, String)> = local_storage_entries().into_iter().filter(|(key, _)| super::get(key).is_none()).collect();
        // Shown this session whatever happens below.
        MEMORY.with(|m| m.borrow_mut().extend(entries.iter().cloned()));
        let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
        let store = transaction.object_store(STORE)?;
        for (key, value) in entries.iter().map(|(k, v)| (k.as_str(), v.as_str())).chain([(MIGRATED, "1")]) {
            store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
        }
        let committed = js_sys::Promise::new(&mut |resolve, reject| {
            transaction.set_oncomplete(Some(&resolve));
            transaction.set_onabort(Some(&reject));
        });
        JsFuture::from(committed).await?;
        MEMORY.with(|m| m.borrow_mut().insert(MIGRATED.to_string(), "1".to_string()));
        if let Some(storage) = local_storage() {
            for (key, _) in &entries {
                let _ = storage.remove_item(key);
            }
        }
        Ok(())
    }

    /// Writes (or with `None` deletes) one entry in IndexedDB, or in
    /// localStorage where there is no database. A write IndexedDB refuses at
    /// once is an error here; one that fails later is reported by the
    /// [`STORED_EVENT`].
    pub fn persist(key: &str, value: Option<&str>) -> Result<(), String> {
        let written = DB.with(|db| {
            let db = db.borrow();
            let db = db.as_ref()?;
            Some(write(db, key, value).map_err(|_| "browser storage refused the change".to_string()))
        });
        match written {
            Some(result) => result,
            None => {
                let storage = local_storage().ok_or("browser storage is not available (private mode?)")?;
                match value {
                    Some(value) => storage.set_item(key, value).map_err(|_| "browser storage is full or blocked".to_string()),
                    None => storage.remove_item(key).map_err(|_| "browser storage is blocked".to_string()),
                }
            }
        }
    }

    fn write(db: &IdbDatabase, key: &str, value: Option<&str>) -> Result<(), JsValue> {
        let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
        let store = transaction.object_store(STORE)?;
        match value {
            Some(value) => store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?,
            None => store.delete(&JsValue::from_str(key))?,
        };
        IN_FLIGHT.with(|n| n.set(n.get() + 1));
        // A failed transaction aborts, so exactly one of the two runs.
        let complete = Closure::once_into_js(|| finished(None));
        let abort =
            Closure::once_into_js(|| finished(Some("browser storage is full or blocked: the last change is not saved".to_string())));
        transaction.set_oncomplete(Some(complete.unchecked_ref()));
        transaction.set_onabort(Some(abort.unchecked_ref()));
        Ok(())
    }

    fn finished(failure: Option<String>) {
        if failure.is_some() {
            FAILURE.with(|f| *f.borrow_mut() = failure);
        }
        let left = IN_FLIGHT.with(|n| {
            n.set(n.get().saturating_sub(1));
            n.get()
        });
        if left == 0 {
            let init = web_sys::CustomEventInit::new();
            let failure = FAILURE.with(|f| f.borrow_mut().take());
            init.set_detail(&failure.map_or(JsValue::NULL, |f| JsValue::from_str(&f)));
            if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::CustomEvent::new_with_event_init_dict(STORED_EVENT, &init)) {
                let _ = window.dispatch_event(&event);
            }
        }
    }

    /// Whether writes are still on their way to IndexedDB.
    pub fn writes_pending() -> bool {
        IN_FLIGHT.with(|n| n.get() > 0)
    }
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

/// Milliseconds since 1970, for "changed" times.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64);
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

/// Saves a document's undo and redo steps (the newest); failure only
/// costs the history, never the document.
pub fn save_history(id: &str, history: &History) {
    let tail = |steps: &[newsmark_engine::edit::Edit]| steps[steps.len().saturating_sub(KEPT_STEPS)..].to_vec();
    let json = serde_json::to_string(&(tail(history.undo_steps()), tail(history.redo_steps()))).expect("edits serialise");
    if set(&history_key(id), &json).is_err() {
        remove(&history_key(id));
    }
}

/// A saved document's undo and redo steps (none if none or damaged).
pub fn load_history(id: &str) -> History {
    let (undo, redo) = get(&history_key(id)).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
    History::new(undo, redo)
}
