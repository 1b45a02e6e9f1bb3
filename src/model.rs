//! The entity model, a file of its own (`ner-<hash>.bin` beside
//! `index.html`, named by the page's `<link rel="preload" data-model-file>`):
//! preloaded by the page, cached by the service worker, fetched once and
//! shared with the worker, so that neither wasm carries it and the page is
//! usable while it arrives. Work that needs it waits for it.

use crate::state::Action;
use newsmark_engine::tagger::Model;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::Callback;

/// Where the model is: the page's preload link names it (relative, so that the app works from any folder).
fn model_url() -> Option<String> {
    let link = web_sys::window()?.document()?.query_selector("link[data-model-file]").ok()??;
    link.get_attribute("href")
}

/// The model and the bytes it was read from (for the worker).
pub struct Loaded {
    /// The decoded model.
    pub model: Model,
    /// Its file.
    pub bytes: Vec<u8>,
}

thread_local! {
    static LOADED: RefCell<Option<Rc<Loaded>>> = const { RefCell::new(None) };
    /// Work waiting for the model, in the order it was asked for.
    static WAITING: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

/// The model, if it has arrived.
pub fn loaded() -> Option<Rc<Loaded>> {
    LOADED.with(|l| l.borrow().clone())
}

/// Runs `work` now if the model is here, else once it arrives.
pub fn when_loaded(work: impl FnOnce() + 'static) {
    if loaded().is_some() {
        work();
    } else {
        WAITING.with(|w| w.borrow_mut().push(Box::new(work)));
    }
}

/// Fetches and decodes the model, then runs what waited for it;
/// [`Action::ModelLoaded`] says how it went.
pub fn load(dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        match fetch().await.and_then(|bytes| Model::from_bytes(&bytes).map(|model| (model, bytes)).map_err(|e| e.to_string())) {
            Ok((model, bytes)) => {
                let size = bytes.len();
                LOADED.with(|l| *l.borrow_mut() = Some(Rc::new(Loaded { model, bytes })));
                dispatch.emit(Action::ModelLoaded(Ok(size)));
                for work in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                    work();
                }
            }
            Err(e) => {
                WAITING.with(|w| w.borrow_mut().clear());
                dispatch.emit(Action::ModelLoaded(Err(e)));
            }
        }
    });
}

async fn fetch() -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = model_url().ok_or("the page does not name the model file")?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(&url)).await.map_err(|e| describe(&e))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("{}: HTTP {}", url.trim_start_matches("./"), response.status()));
    }
    let buffer =
        wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(|e| describe(&e))?).await.map_err(|e| describe(&e))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    error.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{error:?}"), |e| String::from(e.message()))
}
