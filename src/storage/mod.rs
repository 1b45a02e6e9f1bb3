//! What the app keeps in the browser: the label set, what the model learned
//! from corrections, and the saved documents with their undo history.
//!
//! Reads go to an in-memory copy, so the reducer stays synchronous; in a
//! browser, [`open`] fills the copy from IndexedDB at start and every write
//! goes on to IndexedDB (whose quota holds multi-megabyte articles, unlike
//! localStorage's few megabytes). Where IndexedDB is missing, localStorage
//! stands in. Outside a browser (native tests) the copy is all there is.
//!
//! Tabs stay in step: every write is announced to the other tabs of the app
//! (a `BroadcastChannel`), which update their copy and tell their app with a
//! [`CHANGED_EVENT`]. A document and what was learned carry a revision, and
//! are written only if the stored revision is still the one the change was
//! based on (checked and written in one IndexedDB transaction), so a tab
//! never overwrites another tab's work unseen: it merges it first.

use crate::state::{SaveOutcome, Summary};
use newsmark_engine::document::Label;
use newsmark_engine::history::History;
use newsmark_engine::learn::Learned;
use std::cell::RefCell;
use std::collections::HashMap;

#[cfg(target_arch = "wasm32")]
mod browser;

const LABELS: &str = "newsmark.labels";
const LEARNED: &str = "newsmark.learned";
const LEARNED_REVISION: &str = "newsmark.revision-of.learned";
/// The single document list of earlier versions, split into one summary per document at start.
const OLD_INDEX: &str = "newsmark.documents";
const SUMMARY: &str = "newsmark.summary.";
const DOCUMENT: &str = "newsmark.document.";
const HISTORY: &str = "newsmark.history.";
const REVISION: &str = "newsmark.revision.";

thread_local! {
    static MEMORY: RefCell<HashMap<String, String>> = Default::default();
}

/// One change to the store: a key and its new value (`None`: removed).
type Write = (String, Option<String>);

fn get(key: &str) -> Option<String> {
    MEMORY.with(|m| m.borrow().get(key).cloned())
}

/// Puts writes into the in-memory copy.
fn remember(writes: &[Write]) {
    MEMORY.with(|m| {
        let mut memory = m.borrow_mut();
        for (key, value) in writes {
            match value {
                Some(value) => memory.insert(key.clone(), value.clone()),
                None => memory.remove(key),
            };
        }
    });
}

/// Writes (each key's new value, or its removal) to the store and tells the other tabs.
fn write(writes: Vec<Write>) -> Result<(), String> {
    write_announcing(&writes, &[])
}

/// Like [`write`], telling the other tabs which marks this write `overrode` (changed by both).
fn write_announcing(writes: &[Write], overrode: &[String]) -> Result<(), String> {
    #[cfg(target_arch = "wasm32")]
    browser::persist(writes)?;
    remember(writes);
    #[cfg(target_arch = "wasm32")]
    browser::announce(writes, overrode);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = overrode;
    Ok(())
}

fn set(key: &str, value: &str) -> Result<(), String> {
    write(vec![(key.to_string(), Some(value.to_string()))])
}

/// The window event sent when no write is in flight any more (its detail: the error of a failed one, or null).
pub const STORED_EVENT: &str = "newsmark-stored";
/// The window event sent when another tab changed the store (its detail: JSON `{"keys": [...], "overridden": [...]}`).
pub const CHANGED_EVENT: &str = "newsmark-changed";

#[cfg(target_arch = "wasm32")]
pub use browser::{open, open_document, set_open_document, writes_pending};

/// Outside a browser nothing is kept between runs: only what is in memory to bring up to date.
#[cfg(not(target_arch = "wasm32"))]
pub async fn open() {
    split_old_index();
}

/// Outside a browser there is no tab to reopen a document in.
#[cfg(not(target_arch = "wasm32"))]
pub fn set_open_document(_: Option<&str>) {}

/// Outside a browser no tab had a document open.
#[cfg(not(target_arch = "wasm32"))]
pub fn open_document() -> Option<String> {
    None
}

/// Outside a browser there is nothing to wait for.
#[cfg(not(target_arch = "wasm32"))]
pub fn writes_pending() -> bool {
    false
}

/// What a checked write found: it was written (the new revision), or the
/// store holds a newer revision than the change was based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checked {
    /// Written; the new revision.
    Written(u64),
    /// Not written: the stored revision.
    Stale(u64),
}

fn revision_at(key: &str) -> u64 {
    get(key).and_then(|r| r.parse().ok()).unwrap_or(0)
}

/// Writes `writes` only if the revision at `revision_key` is still `base`,
/// and then makes it `base + 1`; the other tabs hear of it with the ids
/// this write `overrode` (changed by both).
async fn write_checked(revision_key: &str, base: u64, writes: Vec<Write>, overrode: &[String]) -> Result<Checked, String> {
    #[cfg(target_arch = "wasm32")]
    if let Some(checked) = browser::write_checked(revision_key, base, &writes, overrode).await {
        return checked;
    }
    // Without IndexedDB the in-memory copy (kept in step by the other tabs' announcements) is checked.
    let stored = revision_at(revision_key);
    if stored != base {
        return Ok(Checked::Stale(stored));
    }
    let mut writes = writes;
    writes.push((revision_key.to_string(), Some((base + 1).to_string())));
    write_announcing(&writes, overrode)?;
    Ok(Checked::Written(base + 1))
}

/// A key's value as stored now, read from the database rather than the copy
/// (which another tab's announcement may not have reached yet).
async fn read_fresh(key: &str) -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    if let Some(value) = browser::read_fresh(key).await {
        return value;
    }
    get(key)
}

/// The saved label set, if any (a damaged one is ignored).
pub fn load_labels() -> Option<Vec<Label>> {
    serde_json::from_str(&get(LABELS)?).ok().filter(|l: &Vec<Label>| !l.is_empty())
}

/// Saves the label set.
pub fn save_labels(labels: &[Label]) -> Result<(), String> {
    set(LABELS, &serde_json::to_string(labels).expect("labels serialise"))
}

/// What was learned from corrections (nothing, if none or damaged), and its revision.
pub fn load_learned() -> (Learned, u64) {
    (get(LEARNED).and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default(), revision_at(LEARNED_REVISION))
}

/// Saves what was learned if nothing else was saved since revision `base`.
pub async fn save_learned(learned: &Learned, base: u64) -> Result<Checked, String> {
    let json = serde_json::to_string(learned).expect("learned state serialises");
    write_checked(LEARNED_REVISION, base, vec![(LEARNED.to_string(), Some(json))], &[]).await
}

/// What was learned as stored now, and its revision.
pub async fn load_learned_fresh() -> (Learned, u64) {
    let learned = read_fresh(LEARNED).await.and_then(|s| serde_json::from_str(&s).ok()).unwrap_or_default();
    (learned, revision_at(LEARNED_REVISION))
}

fn summary_key(id: &str) -> String {
    format!("{SUMMARY}{id}")
}

fn document_key(id: &str) -> String {
    format!("{DOCUMENT}{id}")
}

fn history_key(id: &str) -> String {
    format!("{HISTORY}{id}")
}

fn revision_key(id: &str) -> String {
    format!("{REVISION}{id}")
}

/// The document whose summary, text or revision `key` holds, if it is one of those.
pub fn document_of(key: &str) -> Option<&str> {
    [SUMMARY, DOCUMENT, REVISION].iter().find_map(|prefix| key.strip_prefix(prefix))
}

/// Whether `key` holds the label set.
pub fn is_labels(key: &str) -> bool {
    key == LABELS
}

/// Whether `key` holds what was learned.
pub fn is_learned(key: &str) -> bool {
    key == LEARNED || key == LEARNED_REVISION
}

/// Milliseconds since 1970, for "changed" times.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Date::now();
    #[cfg(not(target_arch = "wasm32"))]
    return std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0.0, |d| d.as_millis() as f64);
}

/// The saved documents, newest first (a damaged summary is left out).
pub fn load_index() -> Vec<Summary> {
    let mut index: Vec<Summary> = MEMORY.with(|m| {
        m.borrow().iter().filter(|(key, _)| key.starts_with(SUMMARY)).filter_map(|(_, value)| serde_json::from_str(value).ok()).collect()
    });
    newsmark_engine::sort::sort_by(&mut index, |a, b| b.changed.total_cmp(&a.changed).then_with(|| a.id.cmp(&b.id)));
    index
}

/// One saved document's entry in the list (none if missing or damaged).
pub fn load_summary(id: &str) -> Option<Summary> {
    serde_json::from_str(&get(&summary_key(id))?).ok()
}

/// Splits the one document list of earlier versions into a summary per
/// document, which two tabs can change without overwriting each other.
fn split_old_index() {
    let Some(json) = get(OLD_INDEX) else { return };
    let old: Vec<Summary> = serde_json::from_str(&json).unwrap_or_default();
    let mut writes: Vec<Write> =
        old.iter().map(|s| (summary_key(&s.id), Some(serde_json::to_string(s).expect("summaries serialise")))).collect();
    writes.push((OLD_INDEX.to_string(), None));
    if let Err(e) = write(writes) {
        log(&format!("newsmark: the document list could not be moved: {e}"));
    }
}

fn log(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{message}");
}

fn document_writes(summary: &Summary, json: &str) -> Vec<Write> {
    vec![
        (document_key(&summary.id), Some(json.to_string())),
        (summary_key(&summary.id), Some(serde_json::to_string(summary).expect("summaries serialise"))),
    ]
}

/// Saves a new document, or a copy, outright (nobody else has it yet).
pub fn save_new_document(summary: &Summary, json: &str) -> Result<Vec<Summary>, String> {
    let mut writes = document_writes(summary, json);
    writes.push((revision_key(&summary.id), Some("1".into())));
    write(writes)?;
    Ok(load_index())
}

/// Saves a document's entry in the list (its title, whether it is done).
pub fn save_summary(summary: &Summary) -> Result<Vec<Summary>, String> {
    write(vec![(summary_key(&summary.id), Some(serde_json::to_string(summary).expect("summaries serialise")))])?;
    Ok(load_index())
}

/// Saves the open document (its newsmark JSON) with its undo history, if
/// no other tab saved it since revision `base`; the other tabs hear which
/// marks this save `overrode`.
pub async fn save_document(
    summary: &Summary,
    json: &str,
    history: &History,
    base: u64,
    overrode: &[String],
) -> Result<SaveOutcome, String> {
    let id = &summary.id;
    match write_checked(&revision_key(id), base, document_writes(summary, json), overrode).await? {
        Checked::Written(revision) => {
            save_history(id, history);
            Ok(SaveOutcome::Written { revision, index: load_index() })
        }
        Checked::Stale(revision) => match read_fresh(&document_key(id)).await {
            Some(json) => Ok(SaveOutcome::Stale { revision, json }),
            None => Err("it was deleted in another tab".into()),
        },
    }
}

/// A saved document's newsmark JSON and its revision.
pub fn load_document(id: &str) -> Option<(String, u64)> {
    Some((get(&document_key(id))?, revision_at(&revision_key(id))))
}

/// Forgets a saved document.
pub fn delete_document(id: &str) -> Result<Vec<Summary>, String> {
    write([summary_key(id), document_key(id), history_key(id), revision_key(id)].into_iter().map(|key| (key, None)).collect())?;
    Ok(load_index())
}

/// How many steps of undo history are kept with a saved document.
const KEPT_STEPS: usize = 200;

/// Saves a document's undo and redo steps (the newest); failure only
/// costs the history, never the document.
pub fn save_history(id: &str, history: &History) {
    let tail = |steps: &[newsmark_engine::edit::Edit]| steps[steps.len().saturating_sub(KEPT_STEPS)..].to_vec();
    let json = serde_json::to_string(&(tail(history.undo_steps()), tail(history.redo_steps()))).expect("edits serialise");
    if set(&history_key(id), &json).is_err() {
        let _ = write(vec![(history_key(id), None)]);
    }
}

/// A saved document's undo and redo steps (none if none or damaged).
pub fn load_history(id: &str) -> History {
    let (undo, redo) = get(&history_key(id)).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default();
    History::new(undo, redo)
}
