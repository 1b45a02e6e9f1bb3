//! The browser side of the store: IndexedDB (or localStorage), and the
//! channel that keeps the app's tabs in step.

use super::{remember, Checked, Write, CHANGED_EVENT, MEMORY, STORED_EVENT};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{BroadcastChannel, IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DATABASE: &str = "newsmark";
const STORE: &str = "kv";
const CHANNEL: &str = "newsmark";
/// How long the database may take to open before localStorage is used instead.
const OPEN_TIMEOUT_MS: i32 = 5_000;
/// Set once the localStorage of earlier versions has been copied over.
const MIGRATED: &str = "newsmark.migrated-from-local-storage";

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    static TABS: RefCell<Option<BroadcastChannel>> = const { RefCell::new(None) };
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

/// Resolves with true when the transaction commits, false when it aborts.
async fn committed(transaction: &IdbTransaction) -> bool {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let (on_complete, on_abort) = (resolve.clone(), resolve);
        let complete = Closure::once_into_js(move || on_complete.call1(&JsValue::NULL, &JsValue::TRUE));
        let abort = Closure::once_into_js(move || on_abort.call1(&JsValue::NULL, &JsValue::FALSE));
        transaction.set_oncomplete(Some(complete.unchecked_ref()));
        transaction.set_onabort(Some(abort.unchecked_ref()));
    });
    JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Opens the database and loads everything into memory, and starts
/// listening to the other tabs; call before the app starts. Without
/// IndexedDB, localStorage is read instead.
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
    super::split_old_index();
    listen_to_other_tabs();
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

/// The key, in the tab's session storage, of the document this tab has open.
const OPEN_DOCUMENT: &str = "newsmark.open";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Notes which document this tab has open (`None`: none), so that a reload
/// opens it again. Kept per tab (session storage survives a reload, and
/// each tab has its own): another tab opening another document does not
/// change what this one reopens.
pub fn set_open_document(id: Option<&str>) {
    // Without session storage (blocked), a reload opens the newest document instead.
    if let Some(session) = session_storage() {
        let _ = match id {
            Some(id) => session.set_item(OPEN_DOCUMENT, id),
            None => session.remove_item(OPEN_DOCUMENT),
        };
    }
}

/// The document this tab had open, if it noted one.
pub fn open_document() -> Option<String> {
    session_storage()?.get_item(OPEN_DOCUMENT).ok()?
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

fn local_storage_entries() -> Vec<(String, String)> {
    let Some(storage) = local_storage() else { return Vec::new() };
    let keys: Vec<String> =
        (0..storage.length().unwrap_or(0)).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with("newsmark.")).collect();
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
    if !committed(&transaction).await {
        return Err("the move was not committed".into());
    }
    MEMORY.with(|m| m.borrow_mut().insert(MIGRATED.to_string(), "1".to_string()));
    if let Some(storage) = local_storage() {
        for (key, _) in &entries {
            let _ = storage.remove_item(key);
        }
    }
    Ok(())
}

fn put_all(store: &IdbObjectStore, writes: &[Write]) -> Result<(), JsValue> {
    for (key, value) in writes {
        match value {
            Some(value) => store.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?,
            None => store.delete(&JsValue::from_str(key))?,
        };
    }
    Ok(())
}

/// Writes to IndexedDB in one transaction, or to localStorage where there
/// is no database. A write IndexedDB refuses at once is an error here; one
/// that fails later is reported by the [`STORED_EVENT`].
pub fn persist(writes: &[Write]) -> Result<(), String> {
    let written = DB.with(|db| {
        let db = db.borrow();
        let db = db.as_ref()?;
        Some(persist_in(db, writes).map_err(|_| "browser storage refused the change".to_string()))
    });
    match written {
        Some(result) => result,
        None => {
            let storage = local_storage().ok_or("browser storage is not available (private mode?)")?;
            for (key, value) in writes {
                match value {
                    Some(value) => storage.set_item(key, value).map_err(|_| "browser storage is full or blocked".to_string())?,
                    None => storage.remove_item(key).map_err(|_| "browser storage is blocked".to_string())?,
                }
            }
            Ok(())
        }
    }
}

fn persist_in(db: &IdbDatabase, writes: &[Write]) -> Result<(), JsValue> {
    let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    put_all(&transaction.object_store(STORE)?, writes)?;
    IN_FLIGHT.with(|n| n.set(n.get() + 1));
    wasm_bindgen_futures::spawn_local(async move {
        let failure =
            (!committed(&transaction).await).then(|| "browser storage is full or blocked: the last change is not saved".to_string());
        finished(failure);
    });
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
        let failure = FAILURE.with(|f| f.borrow_mut().take());
        dispatch_window_event(STORED_EVENT, &failure.map_or(JsValue::NULL, |f| JsValue::from_str(&f)));
    }
}

fn dispatch_window_event(name: &str, detail: &JsValue) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(detail);
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::CustomEvent::new_with_event_init_dict(name, &init)) {
        let _ = window.dispatch_event(&event);
    }
}

/// Whether writes are still on their way to IndexedDB.
pub fn writes_pending() -> bool {
    IN_FLIGHT.with(|n| n.get() > 0)
}

/// The checked write of [`super::write_checked`] in one IndexedDB
/// transaction, so that two tabs cannot both write on top of one revision;
/// `None` where there is no database.
pub async fn write_checked(revision_key: &str, base: u64, writes: &[Write], overrode: &[String]) -> Option<Result<Checked, String>> {
    let db = DB.with(|db| db.borrow().clone())?;
    let refused = |_| "browser storage refused the change".to_string();
    let mut writes = writes.to_vec();
    writes.push((revision_key.to_string(), Some((base + 1).to_string())));
    let run = async {
        let transaction = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).map_err(refused)?;
        let store = transaction.object_store(STORE).map_err(refused)?;
        let read = store.get(&JsValue::from_str(revision_key)).map_err(refused)?;
        let outcome: Rc<Cell<Option<Checked>>> = Rc::default();
        let on_read = {
            let (outcome, read, transaction, writes) = (outcome.clone(), read.clone(), transaction.clone(), writes.clone());
            Closure::once_into_js(move || {
                let stored = read.result().ok().and_then(|v| v.as_string()).and_then(|r| r.parse().ok()).unwrap_or(0u64);
                if stored != base {
                    outcome.set(Some(Checked::Stale(stored)));
                    let _ = transaction.abort();
                } else if put_all(&store, &writes).is_ok() {
                    outcome.set(Some(Checked::Written(base + 1)));
                } else {
                    let _ = transaction.abort();
                }
            })
        };
        read.set_onsuccess(Some(on_read.unchecked_ref()));
        let stored = committed(&transaction).await;
        match (outcome.get(), stored) {
            (Some(Checked::Written(revision)), true) => Ok(Checked::Written(revision)),
            (Some(Checked::Stale(revision)), _) => Ok(Checked::Stale(revision)),
            _ => Err("browser storage is full or blocked: the last change is not saved".to_string()),
        }
    };
    let result = run.await;
    if let Ok(Checked::Written(_)) = result {
        remember(&writes);
        announce(&writes, overrode);
    }
    Some(result)
}

/// A key's value read from IndexedDB (and kept in the copy); `None` where there is no database.
pub async fn read_fresh(key: &str) -> Option<Option<String>> {
    let db = DB.with(|db| db.borrow().clone())?;
    let read = async {
        let request = db.transaction_with_str(STORE)?.object_store(STORE)?.get(&JsValue::from_str(key))?;
        Ok::<_, JsValue>(done(&request).await?.as_string())
    };
    let value = read.await.ok().flatten();
    remember(&[(key.to_string(), value.clone())]);
    Some(value)
}

/// Tells the other tabs what was written, and which marks the write overrode.
pub fn announce(writes: &[Write], overrode: &[String]) {
    let message = serde_json::json!({ "writes": writes, "overridden": overrode }).to_string();
    TABS.with(|tabs| {
        if let Some(channel) = tabs.borrow().as_ref() {
            let _ = channel.post_message(&JsValue::from_str(&message));
        }
    });
}

/// Takes the other tabs' writes into the copy and tells this tab's app.
fn listen_to_other_tabs() {
    let Ok(channel) = BroadcastChannel::new(CHANNEL) else { return };
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|event: web_sys::MessageEvent| {
        let Some(message) = event.data().as_string() else { return };
        #[derive(serde::Deserialize)]
        struct Announcement {
            writes: Vec<Write>,
            #[serde(default)]
            overridden: Vec<String>,
        }
        let Ok(announcement) = serde_json::from_str::<Announcement>(&message) else { return };
        remember(&announcement.writes);
        let keys: Vec<&String> = announcement.writes.iter().map(|(key, _)| key).collect();
        let detail = serde_json::json!({ "keys": keys, "overridden": announcement.overridden }).to_string();
        dispatch_window_event(CHANGED_EVENT, &JsValue::from_str(&detail));
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The listener lives as long as the page.
    on_message.forget();
    TABS.with(|tabs| *tabs.borrow_mut() = Some(channel));
}
