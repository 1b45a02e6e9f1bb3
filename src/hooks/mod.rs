//! The app's hooks into the browser: the store that runs the reducer and its
//! effects, window events, running work after paint, the worker, the
//! reading place in each article, the drawn window of a long one.

pub mod drawn_window;
mod reading_place;
mod store;

use crate::state::{is_long, Action};
use newsmark_engine::document::Document;
pub use reading_place::use_reading_place;
use std::rc::Rc;
pub use store::use_store;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

/// Runs `work` after the next frame is painted: a timeout set from an animation frame.
pub fn after_paint(work: impl FnOnce() + 'static) {
    let work = Closure::once_into_js(work);
    let after_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(work.unchecked_ref(), 0);
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.request_animation_frame(after_frame.unchecked_ref());
    }
}

/// The document as it was one frame ago when it is long: panels that
/// summarise a whole long article (the entity list, the sources) take it,
/// so that they redraw just after an edit is drawn instead of holding it up.
/// Short articles are never deferred.
#[hook]
pub fn use_deferred_doc(doc: Option<ByAddress<Document>>) -> Option<ByAddress<Document>> {
    let long = doc.as_ref().is_some_and(|d| is_long(&d.text));
    let shown = use_state(|| doc.clone());
    {
        let shown = shown.clone();
        use_effect_with(doc.clone(), move |doc| {
            if *shown != *doc {
                let doc = doc.clone();
                if long {
                    after_paint(move || shown.set(doc));
                } else {
                    shown.set(doc);
                }
            }
        });
    }
    match (long, &*shown) {
        (true, Some(shown)) => Some(shown.clone()),
        _ => doc,
    }
}

/// An `Rc` compared by address, not by value: a document is a new value
/// after every edit, and comparing two multi-megabyte documents field by
/// field on every redraw (as `Rc<Document>` props do) costs more than the redraw.
pub struct ByAddress<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Clone for ByAddress<T> {
    fn clone(&self) -> Self {
        ByAddress(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for ByAddress<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for ByAddress<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Listens to a window event for the component's lifetime.
#[hook]
pub fn use_window_event<E, H>(name: &'static str, handler: H)
where
    E: JsCast + 'static,
    H: Fn(E) + 'static,
{
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Ok(event) = event.dyn_into::<E>() {
                handler(event);
            }
        });
        let window = web_sys::window().expect("a browser window");
        let _ = window.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        move || {
            let _ = window.remove_event_listener_with_callback(name, listener.as_ref().unchecked_ref());
        }
    });
}

/// Starts the annotation worker; its messages come back as [`Action::WorkerReply`].
pub fn start_worker(dispatch: Callback<Action>) -> Result<web_sys::Worker, String> {
    // A module worker: it imports the app's own wasm-bindgen module.
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options("./worker-start.js", &options).map_err(|e| format!("{e:?}"))?;
    let replies = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
        dispatch.emit(Action::WorkerReply(event.data().as_string().unwrap_or_default()));
    });
    worker.set_onmessage(Some(replies.as_ref().unchecked_ref()));
    // The handler lives as long as the page.
    replies.forget();
    Ok(worker)
}
