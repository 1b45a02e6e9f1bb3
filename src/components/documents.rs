//! The document list: every saved article, to open, rename, duplicate,
//! delete (undoably), and export all at once.

use crate::download;
use crate::state::Action;
use crate::state::Summary;
use crate::storage;
use newsmark_engine::format::from_json;
use newsmark_engine::formats::{export, Format};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`Documents`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The saved documents, newest first.
    pub documents: Rc<Vec<Summary>>,
    /// The open one.
    pub current: Option<String>,
    /// Whether a delete can be undone.
    pub can_undo_delete: bool,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

fn when(ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    String::from(date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED))
}

/// The list, with New, Export all and Undo delete.
#[function_component(Documents)]
pub fn documents(props: &Props) -> Html {
    let export_all = {
        let documents = props.documents.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let docs: Vec<_> =
                documents.iter().filter_map(|d| storage::load_document(&d.id)).filter_map(|(json, _)| from_json(&json).ok()).collect();
            let result = export(&docs, Format::NewsmarkLines).map_err(|e| format!("{e:?}"));
            match result.and_then(|lines| {
                download::save("newsmark-documents.newsmark.jsonl", &lines, "application/jsonl").map_err(|e| format!("{e:?}"))
            }) {
                Ok(()) => {}
                Err(e) => dispatch.emit(Action::Fail(format!("Export failed: {e}"))),
            }
        })
    };
    html! {
        <details class="panel documents" data-testid="documents" open={props.current.is_none() && !props.documents.is_empty()}>
            <summary><h2>{format!("Documents ({})", props.documents.len())}</h2></summary>
            <div class="toolbar">
                <button data-testid="new-document" onclick={props.dispatch.reform(|_| Action::NewDocument)}>{"New"}</button>
                <button data-testid="export-all" onclick={export_all} disabled={props.documents.is_empty()}>{"Export all (JSON lines)"}</button>
                if props.can_undo_delete {
                    <button data-testid="undo-delete" onclick={props.dispatch.reform(|_| Action::UndoDelete)}>{"Undo delete"}</button>
                }
            </div>
            <ul class="document-list">
                { for props.documents.iter().map(|d| {
                    let id = d.id.clone();
                    let rename = props.dispatch.reform({
                        let id = id.clone();
                        move |e: Event| Action::RenameDocument(id.clone(), e.target_unchecked_into::<HtmlInputElement>().value())
                    });
                    let open = props.dispatch.reform({ let id = id.clone(); move |_: MouseEvent| Action::OpenDocument(id.clone()) });
                    let duplicate = props.dispatch.reform({ let id = id.clone(); move |_: MouseEvent| Action::DuplicateDocument(id.clone()) });
                    let delete = props.dispatch.reform({ let id = id.clone(); move |_: MouseEvent| Action::DeleteDocument(id.clone()) });
                    let done = props.dispatch.reform({
                        let id = id.clone();
                        move |e: Event| Action::SetDone(id.clone(), e.target_unchecked_into::<HtmlInputElement>().checked())
                    });
                    let current = props.current.as_deref() == Some(d.id.as_str());
                    html! {
                        <li key={d.id.clone()} class={classes!(current.then_some("current"), d.done.then_some("done"))} data-testid="document" data-id={d.id.clone()} data-done={d.done.to_string()}>
                            <input class="title" aria-label="Title (click to rename)" title="Click to rename" value={d.title.clone()} onchange={rename} data-testid="document-title" />
                            <span class="meta">{format!("{} · {} / {} reviewed", when(d.changed), d.reviewed, d.total)}</span>
                            <label class="done-toggle"><input type="checkbox" checked={d.done} onchange={done} data-testid="document-done" />{"Done"}</label>
                            <span class="row-buttons">
                                <button onclick={open} data-testid="open-document" disabled={current}>{"Open"}</button>
                                <button onclick={duplicate} data-testid="duplicate-document">{"Duplicate"}</button>
                                <button onclick={delete} data-testid="delete-document">{"Delete"}</button>
                            </span>
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}
