//! The page: input, toolbar, article view and side panels.

use super::{
    doc_view::DocView, documents::Documents, entity_list::EntityList, help::Help, input_panel::InputPanel, label_editor::LabelEditor, legend::Legend, picker::Picker,
    quote_inspector::QuoteInspector, sources::Sources,
};
use crate::{keys, storage};
use std::rc::Rc;
use crate::state::{Action, Selected, State};
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

/// Runs `work` after the next frame is painted: a timeout set from an animation frame.
fn after_paint(work: impl FnOnce() + 'static) {
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

/// The root component: owns the state and hands actions to the reducer.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    // One callback for the app's lifetime, so that unchanged components compare equal and skip rendering.
    let dispatch = {
        let dispatcher = state.dispatcher();
        (*use_memo((), move |_| Callback::from(move |action: Action| dispatcher.dispatch(action)))).clone()
    };
    {
        // One window-wide key listener for the editor's shortcuts.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |event: web_sys::KeyboardEvent| {
                if let Some(action) = keys::action_for(&event) {
                    event.prevent_default();
                    dispatcher.dispatch(action);
                }
            });
            let window = web_sys::window().expect("a browser window");
            window.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref()).expect("keydown listener");
            move || {
                let _ = window.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            }
        });
    }
    {
        // The browser's database reports when saved changes are in.
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |event: web_sys::CustomEvent| {
                dispatcher.dispatch(Action::Stored(event.detail().as_string()));
            });
            let window = web_sys::window().expect("a browser window");
            let _ = window.add_event_listener_with_callback(storage::STORED_EVENT, listener.as_ref().unchecked_ref());
            move || {
                let _ = window.remove_event_listener_with_callback(storage::STORED_EVENT, listener.as_ref().unchecked_ref());
            }
        });
    }
    {
        // Learning re-tags the whole article, and saving writes it out: both run after the edit is on screen.
        let dispatcher = state.dispatcher();
        use_effect_with(state.pending.len(), move |pending| {
            if *pending > 0 {
                after_paint(move || dispatcher.dispatch(Action::Learn));
            }
        });
        let dispatcher = state.dispatcher();
        use_effect_with(state.unsaved_document || state.unsaved_history, move |unsaved| {
            if *unsaved {
                after_paint(move || dispatcher.dispatch(Action::Save));
            }
        });
    }
    {
        // Big articles go to the annotation worker, started on first use.
        let worker = use_mut_ref(|| None::<web_sys::Worker>);
        let dispatcher = state.dispatcher();
        let learned = state.learned.clone();
        use_effect_with(state.request.clone(), move |request| {
            if let Some((_, text)) = request {
                if worker.borrow().is_none() {
                    match web_sys::Worker::new("/worker-start.js") {
                        Ok(started) => {
                            let replies = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                                dispatcher.dispatch(Action::WorkerReply(event.data().as_string().unwrap_or_default()));
                            });
                            started.set_onmessage(Some(replies.as_ref().unchecked_ref()));
                            // The handler lives as long as the page.
                            replies.forget();
                            *worker.borrow_mut() = Some(started);
                        }
                        Err(e) => dispatcher.dispatch(Action::WorkerReply(serde_json::json!({"error": format!("no worker: {e:?}")}).to_string())),
                    }
                }
                if let Some(worker) = worker.borrow().as_ref() {
                    let message = serde_json::json!({"text": text.as_str(), "learned": &*learned}).to_string();
                    let _ = worker.post_message(&wasm_bindgen::JsValue::from_str(&message));
                }
            }
        });
    }
    let dismiss = dispatch.reform(|_| Action::Dismiss);
    let quote_selected = match (&state.selected, &state.doc) {
        (Some(Selected::Quote(id)), Some(doc)) => doc.quotes.iter().find(|q| &q.id == id).cloned(),
        _ => None,
    };
    html! {
        <div class="page">
            <header class="masthead">
                <h1>{"newsmark"}</h1>
                <p class="tagline">{"Entities, quotes and who said them, marked in your browser. Nothing leaves this page."}</p>
                <button class="link help-button" onclick={dispatch.reform(|_| Action::ToggleHelp)} title="Keyboard shortcuts (?)">{"Shortcuts ?"}</button>
            </header>
            if let Some(error) = &state.error {
                <div class="error" role="alert" data-testid="error">
                    <span>{error}</span>
                    <button class="link" onclick={dismiss.clone()}>{"Dismiss"}</button>
                </div>
            }
            if let Some(progress) = state.busy {
                <div class="notice busy" role="status" data-testid="annotating">
                    <span>{format!("Annotating… {:.0}%", progress * 100.0)}</span>
                    <progress max="1" value={progress.to_string()} />
                </div>
            }
            if let Some(notice) = &state.notice {
                <div class="notice" role="status" data-testid="notice">{notice}</div>
            }
            if state.help {
                <Help dispatch={dispatch.clone()} />
            }
            <InputPanel input={state.input.clone()} doc={state.doc.clone()} dispatch={dispatch.clone()} />
            <Documents documents={state.documents.clone()} current={state.current.clone()} can_undo_delete={state.deleted.is_some()} dispatch={dispatch.clone()} />
            if let Some(doc) = &state.doc {
                <div class="edit-bar" data-testid="edit-bar" data-pending={state.pending.len().to_string()}
                    data-saved={(!state.unsaved_document && !state.unsaved_history && !state.writes_in_flight).to_string()}>
                    <button data-testid="undo" onclick={dispatch.reform(|_| Action::Undo)} disabled={state.undo.is_empty()} title="Undo (Ctrl+Z)">{"Undo"}</button>
                    <button data-testid="redo" onclick={dispatch.reform(|_| Action::Redo)} disabled={state.redo.is_empty()} title="Redo (Ctrl+Shift+Z)">{"Redo"}</button>
                    <button data-testid="apply-all" onclick={dispatch.reform(|_| Action::ApplyToAll)} title="Apply the last label or delete to every occurrence (a)">{"Apply to all"}</button>
                    <button data-testid="reset-learning" class="link" onclick={dispatch.reform(|_| Action::ResetLearning)}
                        title="Forget what the model learned from your corrections">{format!("Learned from {} correction{}", state.learned.examples.len(), if state.learned.examples.len() == 1 { "" } else { "s" })}{" · reset"}</button>
                </div>
                <main class="workspace">
                    <DocView doc={doc.clone()} focus={state.focus.clone()} selected={state.selected.clone()} dispatch={dispatch.clone()} />
                    <aside class="side">
                        <Legend doc={doc.clone()} />
                        if let Some(quote) = quote_selected {
                            <QuoteInspector doc={doc.clone()} {quote} dispatch={dispatch.clone()} />
                        }
                        <Sources quotes={Rc::new(doc.quotes.clone())} focus={state.focus.clone()} dispatch={dispatch.clone()} />
                        <EntityList doc={doc.clone()} filter={state.filter.clone()} dispatch={dispatch.clone()} />
                        <LabelEditor labels={doc.labels.clone()} dispatch={dispatch.clone()} />
                    </aside>
                </main>
                if let Some(Selected::Text { at, .. }) = &state.selected {
                    <Picker labels={doc.labels.clone()} at={*at} dispatch={dispatch.clone()} />
                }
            }
        </div>
    }
}
