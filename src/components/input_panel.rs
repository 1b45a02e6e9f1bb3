//! The text box, Open, Annotate and Download.

use crate::download;
use crate::state::Action;
use newsmark_engine::document::Document;
use newsmark_engine::format::{slug, to_json};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// Props of [`InputPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// The text box contents.
    pub input: String,
    /// The current document (for Download).
    pub doc: Option<Rc<Document>>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Paste or open an article, annotate it, download the JSON.
#[function_component(InputPanel)]
pub fn input_panel(props: &Props) -> Html {
    let oninput = props.dispatch.reform(|e: InputEvent| Action::SetInput(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    let annotate = props.dispatch.reform(|_| Action::Annotate);
    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                dispatch.emit(Action::Annotate);
            }
        })
    };
    let open = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            input.set_value("");
            let dispatch = dispatch.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match download::read_bytes(file).await {
                    Ok(bytes) => dispatch.emit(Action::OpenFile { name, bytes }),
                    Err(e) => dispatch.emit(Action::Fail(format!("Could not read {name}: {e}"))),
                }
            });
        })
    };
    let save = {
        let doc = props.doc.clone();
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| {
            if let Some(doc) = &doc {
                let name = format!("{}.newsmark.json", slug(&doc.text));
                if let Err(e) = download::save(&name, &to_json(doc), "application/json") {
                    dispatch.emit(Action::Fail(format!("Download failed: {e:?}")));
                }
            }
        })
    };
    let count = props.input.chars().count();
    html! {
        <section class="input-panel">
            <label for="article-input" class="sr-only">{"Article text"}</label>
            <textarea id="article-input" data-testid="article-input" placeholder="Paste a news article here, or open a .txt file…"
                value={props.input.clone()} {oninput} {onkeydown} spellcheck="false" />
            <div class="toolbar">
                <button class="primary" data-testid="annotate" onclick={annotate} title="Annotate (Ctrl+Enter)">{"Annotate"}</button>
                <label class="button">
                    {"Open file…"}
                    <input type="file" accept=".txt,.json,text/plain,application/json" data-testid="open-file" onchange={open} />
                </label>
                <button data-testid="download-json" onclick={save} disabled={props.doc.is_none()}>{"Download JSON"}</button>
                <span class="count">{format!("{count} characters")}</span>
            </div>
        </section>
    }
}
